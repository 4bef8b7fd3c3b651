"""P2: the home dashboard on the large demo (600 trainees, 12,000 issues; --scale N: N×).

    python bench/bench_dashboard.py [--runs 7] [--size 1280x800] [--scale 1] [--check]

Builds the large demo programme (cached, see ``demo_files.py``), opens a copy and times, each as
the median (and p95) of several runs:

- the home page's read model (``services.dashboard.build_dashboard``);
- the raw SQL baseline of the same run: the minimal queries for what the page shows
  (``MINIMAL_SQL``: counts, one row per trainee and per municipality aggregated in SQL, the
  requests and action items the next actions name, the charts' sums), on a plain
  ``sqlite3`` connection, fetching every row — the floor any read model of the page pays;
  for reference, the read model's own statements replayed the same way (what it asks
  for, over-fetching included; not the baseline);
- the home page opened and rendered (a new page: read model, next actions, progress, the
  three charts drawn, the page grabbed into an image), at the given size; then reloaded
  with its charts redrawn, and reloaded as after most edits (charts unchanged);
- the navigator badges: read in full (a file opened, a new day), and as the navigator
  updates them after an edit of one issue card (``dashboard.NavigatorFacts``: the sections
  of the facts that edit feeds, for the trainees it names).

Also prints the first opening once (cold: the page shows, then its charts are drawn
for the first time; they are painted by Qt, no plotting library to import).
The target: the dashboard opens in well under a second (``--check`` exits 1 when the
median of the opened page is 1 s or more). Headless unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_S = 1.0
TODAY = dt.date(2026, 10, 23)  # the demo is in its workplace practice

# The minimal queries for what the home page shows (``services.dashboard.Dashboard``):
# each names the part of the page it feeds. They aggregate in SQL what the page only
# shows as counts or sums, and read the rows the page names one by one (next actions).
MINIMAL_SQL: tuple[tuple[str, str], ...] = (
    (
        "programme header",
        "SELECT name, fiscal_year, organiser, start_date, end_date, issue_categories"
        " FROM programme",
    ),
    (
        "sessions (schedule, milestones)",
        "SELECT title, phase, date, place FROM training_session WHERE deleted_at IS NULL"
        " ORDER BY date, id",
    ),
    (
        "completion per phase and progress lines (counts)",
        """SELECT
          (SELECT count(*) FROM person p JOIN person_role r ON r.person_id = p.id
            AND r.role = 'trainee' WHERE p.deleted_at IS NULL),
          (SELECT count(*) FROM municipality WHERE deleted_at IS NULL),
          (SELECT count(DISTINCT municipality_id) FROM hearing
            WHERE deleted_at IS NULL AND status = 'done'),
          (SELECT count(DISTINCT owner_id) FROM issue WHERE deleted_at IS NULL),
          (SELECT count(*) FROM theme),
          (SELECT count(*) FROM "plan" WHERE deleted_at IS NULL),
          (SELECT count(DISTINCT plan_id) FROM plan_version WHERE number > 1),
          (SELECT count(DISTINCT plan_id) FROM check_in WHERE deleted_at IS NULL),
          (SELECT count(*) FROM outcome),
          (SELECT count(*) FROM action_item WHERE deleted_at IS NULL),
          (SELECT count(*) FROM action_item WHERE deleted_at IS NULL AND status = 'done')""",
    ),
    (
        "feedback per round and status (counts)",
        "SELECT round_id, status, count(*) FROM feedback WHERE deleted_at IS NULL"
        " GROUP BY round_id, status",
    ),
    (
        "municipalities: hearing done, the open one (next actions)",
        """SELECT m.id, m.name, max(h.status = 'done'),
                  min(CASE WHEN h.status != 'done' THEN h.id END)
           FROM municipality m
           LEFT JOIN hearing h ON h.municipality_id = m.id AND h.deleted_at IS NULL
           WHERE m.deleted_at IS NULL GROUP BY m.id""",
    ),
    (
        "trainees: one row each with the facts of the next-action rules",
        """SELECT p.id, p.name, mu.name, p.supervisor_id IS NOT NULL, coalesce(ic.n, 0),
                  t.issue_id IS NOT NULL, pl.id, coalesce(ai.n, 0), ci.last, o.plan_id IS NOT NULL
           FROM person p
           JOIN person_role r ON r.person_id = p.id AND r.role = 'trainee'
           LEFT JOIN municipality mu ON mu.id = p.municipality_id
           LEFT JOIN (SELECT owner_id, count(*) AS n FROM issue WHERE deleted_at IS NULL
                      GROUP BY owner_id) ic ON ic.owner_id = p.id
           LEFT JOIN theme t ON t.trainee_id = p.id
           LEFT JOIN "plan" pl ON pl.trainee_id = p.id AND pl.deleted_at IS NULL
           LEFT JOIN (SELECT plan_id, count(*) AS n FROM action_item WHERE deleted_at IS NULL
                      GROUP BY plan_id) ai ON ai.plan_id = pl.id
           LEFT JOIN (SELECT plan_id, max(date) AS last FROM check_in WHERE deleted_at IS NULL
                      GROUP BY plan_id) ci ON ci.plan_id = pl.id
           LEFT JOIN outcome o ON o.plan_id = pl.id
           WHERE p.deleted_at IS NULL""",
    ),
    (
        "feedback still requested (next actions name reviewer and trainee)",
        """SELECT f.id, fr.number, fr.due, rv.name, tp.name
           FROM feedback f
           JOIN feedback_round fr ON fr.id = f.round_id AND fr.deleted_at IS NULL
           JOIN plan_version v ON v.id = f.plan_version_id
           JOIN "plan" pl ON pl.id = v.plan_id AND pl.deleted_at IS NULL
           JOIN person rv ON rv.id = f.reviewer_id
           JOIN person tp ON tp.id = pl.trainee_id
           WHERE f.deleted_at IS NULL AND f.status = 'requested'""",
    ),
    (
        "action items late or blocked (next actions)",
        """SELECT a.id, pl.trainee_id, a.title, a.status, a.due
           FROM action_item a JOIN "plan" pl ON pl.id = a.plan_id AND pl.deleted_at IS NULL
           WHERE a.deleted_at IS NULL
             AND (a.status = 'blocked' OR (a.status IN ('todo', 'doing') AND a.due < :today))""",
    ),
    (
        "chart: issues and hours per category",
        "SELECT CAST(categories AS TEXT), count(*), sum(cases_per_year * minutes_per_case * people)"
        " FROM issue WHERE deleted_at IS NULL GROUP BY 1",
    ),
    (
        "chart: hours saved per municipality (newest version of each plan; measured)",
        """SELECT mu.name, count(*),
                  sum(max(0, i.cases_per_year * i.minutes_per_case * i.people
                     - v.after_cases_per_year * v.after_minutes_per_case * v.after_people) / 60.0),
                  sum(o.hours_saved_per_year), count(o.plan_id)
           FROM "plan" pl
           JOIN issue i ON i.id = pl.issue_id
           JOIN person p ON p.id = pl.trainee_id
           LEFT JOIN municipality mu ON mu.id = p.municipality_id
           JOIN plan_version v ON v.plan_id = pl.id AND v.number =
                (SELECT max(number) FROM plan_version WHERE plan_id = pl.id)
           LEFT JOIN outcome o ON o.plan_id = pl.id
           WHERE pl.deleted_at IS NULL GROUP BY mu.name""",
    ),
    (
        "chart: practice progress over time (check-ins)",
        "SELECT plan_id, date, progress FROM check_in WHERE deleted_at IS NULL",
    ),
    (
        "average practice progress (per plan)",
        "SELECT plan_id, avg(progress) FROM action_item WHERE deleted_at IS NULL GROUP BY plan_id",
    ),
)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_files import demo_file, working_copy  # noqa: E402


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _times(fn: Callable[[], object], runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        found.append(_ms(time.perf_counter() - start))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", default="1280x800", help="page size, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=int, default=1, help="the large demo N times (1-8)")
    parser.add_argument("--check", action="store_true", help="exit 1 when over one second")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from dxworkshop.domain.enums import Phase
    from dxworkshop.services import dashboard
    from dxworkshop.services.progress import phase_progress
    from dxworkshop.store.workshop import Workshop
    from dxworkshop.ui.app import register_japanese_font
    from dxworkshop.ui.controller import WorkshopController
    from dxworkshop.ui.preferences import Preferences

    register_japanese_font()

    with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-") as folder:
        start = time.perf_counter()
        path = working_copy(demo_file(args.scale, today=TODAY), Path(folder))
        demo_s = time.perf_counter() - start
        start = time.perf_counter()
        ws = Workshop.open(path, backup_on_open=False)
        open_ms = _ms(time.perf_counter() - start)
        controller = WorkshopController(ws)

        # The statements of one read model, with their parameters, for the raw baseline.
        statements: list[tuple[str, Any]] = []

        def capture(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
            statements.append((sql, params))

        event.listen(ws.engine, "before_cursor_execute", capture)
        board = dashboard.build_dashboard(ws, TODAY)
        event.remove(ws.engine, "before_cursor_execute", capture)

        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows_read = 0
        minimal_rows = 0

        def replay() -> None:
            nonlocal rows_read
            rows_read = 0
            for sql, params in statements:
                rows_read += len(raw.execute(sql, params).fetchall())

        def minimal() -> None:
            nonlocal minimal_rows
            minimal_rows = 0
            for _what, sql in MINIMAL_SQL:
                minimal_rows += len(raw.execute(sql, {"today": TODAY.isoformat()}).fetchall())

        model_times = _times(lambda: dashboard.build_dashboard(ws, TODAY), args.runs)
        minimal_times = _times(minimal, args.runs)
        raw_times = _times(replay, args.runs)
        badge_times = _times(
            lambda: (phase_progress(ws), dashboard.navigator_badges(ws, TODAY)), args.runs
        )
        from dxworkshop.services.ops import Changes

        kept = dashboard.NavigatorFacts()
        kept.badges(ws, TODAY)
        one_card = Changes.of(issue=[dashboard.facts(ws, TODAY).trainees[0].id])
        edit_badge_times = _times(
            lambda: (phase_progress(ws), kept.badges(ws, TODAY, one_card)), args.runs
        )

        from dxworkshop.ui.pages.home_page import HomePage

        prefs = Preferences(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))

        def open_page() -> HomePage:
            page = HomePage(controller, prefs, today=lambda: TODAY)
            page.resize(width, height)
            page.show()  # reads the dashboard
            app.processEvents()
            page.draw_charts_now()  # (the timer would, just after)
            page.grab()  # everything painted
            return page

        def close(page: HomePage) -> None:
            page.close()
            page.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

        # The first opening pays for the first queries and layouts; the charts come just after.
        start = time.perf_counter()
        page = HomePage(controller, prefs, today=lambda: TODAY)
        page.resize(width, height)
        page.show()
        page.grab()
        cold_shown_ms = _ms(time.perf_counter() - start)
        page.draw_charts_now()
        page.grab()
        cold_ms = _ms(time.perf_counter() - start)
        close(page)
        open_times = _times(lambda: close(open_page()), args.runs)
        page = open_page()

        def reload(redraw: bool) -> None:
            page.reload(redraw_charts=redraw)
            app.processEvents()
            page.draw_charts_now()
            page.grab()

        redraw_times = _times(lambda: reload(True), args.runs)
        reload_times = _times(lambda: reload(False), args.runs)
        raw.close()

        screen = QGuiApplication.primaryScreen()
        print(f"P2 dashboard benchmark: home page of the large demo x{args.scale}")
        print(
            f"  PySide6 {pyside_version}, platform {QGuiApplication.platformName()}, "
            f"screen {screen.size().width()}×{screen.size().height()}, page {width}×{height}, "
            f"{args.runs} runs, today {TODAY.isoformat()}"
        )
        trainees = board.phases[Phase.ISSUES].total
        print(
            f"  large demo x{args.scale} ready in {demo_s:.1f} s (cached); "
            f"opened in {open_ms:.0f} ms; "
            f"{trainees} trainees, {sum(h.plans for h in board.hours)} plans, "
            f"{len(board.actions)} next actions"
        )
        rows = [
            ("read model (build_dashboard)", model_times, ""),
            (
                "raw SQL, minimal for the page",
                minimal_times,
                f"(baseline: {len(MINIMAL_SQL)} queries, {minimal_rows:,} rows)",
            ),
            (
                "raw SQL, the read model's own",
                raw_times,
                f"(reference, not the baseline: {len(statements)} statements, {rows_read:,} rows)",
            ),
            ("home page opened and rendered", open_times, "(new page: read model, 3 charts)"),
            ("reload, charts redrawn", redraw_times, ""),
            ("reload, charts unchanged", reload_times, "(after most edits)"),
            ("navigator badges, full read", badge_times, "(a file opened, a new day)"),
            ("navigator badges after an edit", edit_badge_times, "(one card: what it feeds)"),
        ]
        for name, times, note in rows:
            median, p95 = statistics.median(times), _p95(times)
            print(f"  {name:<32} median {median:7.1f} ms   p95 {p95:7.1f} ms   {note}")
        print(
            f"  {'first opening (cold)':<32} once   {cold_ms:7.1f} ms   (shown after "
            f"{cold_shown_ms:.0f} ms, then the charts drawn for the first time)"
        )
        ratio = statistics.median(model_times) / statistics.median(minimal_times)
        print(f"  read model / minimal SQL: {ratio:.1f}× (medians)")
        worst = statistics.median(open_times) / 1000
        verdict = "within" if worst < TARGET_S else "OVER"
        print(f"  target: opens in under {TARGET_S:g} s: {verdict} (median {worst:.3f} s)")
        close(page)
        controller.close()
    return 1 if args.check and worst >= TARGET_S else 0


if __name__ == "__main__":
    sys.exit(main())
