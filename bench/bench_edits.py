"""Common edits in the real main window, from the user's action to the screen updated.

    python bench/bench_edits.py [--edits 20] [--scales 1,4] [--only add_card,...] [--check]

For each scale (the large demo programme, ``dxworkshop demo --size large --scale N``:
×1 = 600 trainees and 12,000 issues, ×4 = 2,400 and 48,000), a fresh process (offscreen
platform unless QT_QPA_PLATFORM says otherwise, the code of this checkout, private
settings and data folders) opens a copy of the file in ``MainWindow`` the way the app
does (``MainWindow.open_path``, then start-up's garbage-collector freeze), and times each
edit from the user's action — a key, a mouse release or click, the focus leaving a
field — until the events are processed to idle and the page in sight and the navigator
are repainted:

- ``add_card``: issues page, a title typed in the fast-entry field, Enter;
- ``move_matrix_card``: prioritise page, a card dragged on the payoff matrix to another
  cell; timed from the release (the drop: scores saved, read again, board updated);
- ``move_affinity_card``: issues page, board tab with one group chosen (a KJ session; the
  board refuses more than 2,000 cards), a card dragged from one affinity group into
  another; timed from the release;
- ``record_vote``: prioritise page, the demo's dot vote with its caps raised, a voter
  chosen, vote mode on; one click on a card adds a dot;
- ``save_plan_field``: plans page, text typed into 問題点 of a trainee's newest plan
  version, then the focus moves to the next field, which saves it;
- ``save_feedback_field``: feedback page, a cell opened, text typed into 良い点 of that
  feedback, then the focus moves on, which saves it.

Typing, pressing and dragging happen before the clock starts; every timed edit is
checked afterwards (one more step on the undo stack and the change in the file), so a
refused or lost edit stops the benchmark. The baseline, in the same process, is the same
page and the navigator repainted after the same settling, with no edit. Prints median and
p95 (ms) per edit and scale against that baseline; the goal is p95 ≤ 50 ms at ×1 and ≤ 100
ms at ×4 (``--check`` exits 1 when one is missed). The timed backup is switched off so
that it cannot land inside an edit. The last line of output is one JSON object:
``{"add_card": {"x1": P95_MS, "x4": P95_MS}, …}``.

Demo files are cached in ``<tmp>/dxworkshop-bench-demos`` (see ``demo_files.py``);
the benchmark edits a copy.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_files import ROOT, child_env, demo_file, working_copy

if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(1, str(ROOT))

EDITS = (
    "add_card",
    "move_affinity_card",
    "move_matrix_card",
    "record_vote",
    "save_plan_field",
    "save_feedback_field",
)
GOAL_MS = {1: 50.0, 4: 100.0}
WARM_UP = 2  # untimed edits of each kind first (first layouts, caches, imports)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# =====================================================================================
# In the child process: the window, the settling, the drivers of each edit
# =====================================================================================


@dataclass
class Bench:
    """What the drivers share: the application, the window and per-edit state."""

    app: Any
    window: Any
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def controller(self) -> Any:
        return self.window.controller

    @property
    def ws(self) -> Any:
        return self.window.workshop

    def undo_count(self) -> int:
        return int(self.controller.undo_stack.count())


def settle_and_paint(b: Bench) -> None:
    """Process events until idle, then repaint the page in sight and the navigator."""
    for _ in range(50):
        start = time.perf_counter()
        b.app.processEvents()
        if time.perf_counter() - start < 0.0005:
            break
    b.window.stack.currentWidget().repaint()
    b.window.navigator.repaint()


def settle(b: Bench) -> None:
    """Untimed: finish what preparing an edit started (typing, pressing, dragging)."""
    for _ in range(5):
        b.app.processEvents()


def _mouse(view: Any, kind: Any, pos: Any, button: Any, buttons: Any) -> None:
    """A mouse event on a graphics view's viewport, as the window system sends it."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _press_and_drag(view: Any, start: Any, end: Any, steps: int = 8) -> None:
    """Press the left button on *start* and move with it held to *end* (view points)."""
    from PySide6.QtCore import QEvent, Qt

    left = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, left, left)
    for i in range(1, steps + 1):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * (i / steps), left, left)


def _release(view: Any, pos: Any) -> None:
    from PySide6.QtCore import QEvent, Qt

    _mouse(
        view,
        QEvent.Type.MouseButtonRelease,
        pos,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
    )


def _leave_field(b: Bench, field_widget: Any, next_widget: Any) -> None:
    """The focus moves from *field_widget* to *next_widget* (a click or Tab)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    if b.state.get("real_focus"):
        next_widget.setFocus(Qt.FocusReason.TabFocusReason)
    else:  # no active window on this platform: the focus-out the field would get
        QApplication.sendEvent(
            field_widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
        )


def _type_into(b: Bench, edit: Any, text: str) -> None:
    """Click into a text field and type *text* at its end (as an input method commits)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.insertPlainText(text)
    settle(b)


# --- add_card: IssuesPage.ui.titleEdit + Enter (returnPressed → IssuesPage.add_card) --------


def add_card_setup(b: Bench) -> Any:
    from dxworkshop.ui.pages.issues_page import TABLE_TAB

    page = b.window.show_page("issues")
    page.ui.tabs.setCurrentIndex(TABLE_TAB)
    return page


def add_card_prepare(b: Bench, page: Any, i: int) -> None:
    page.ui.titleEdit.setFocus()
    page.ui.titleEdit.setText(f"ベンチマークの課題カード {i}")  # typed
    b.state["cards"] = len(page._rows)


def add_card_act(b: Bench, page: Any, i: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(page.ui.titleEdit, Qt.Key.Key_Return)


def add_card_check(b: Bench, page: Any, i: int) -> str | None:
    if page.ui.titleEdit.text():
        return "the title field was not cleared"
    if len(page._rows) != b.state["cards"] + 1:
        return "the new card is not in the page's rows"
    return None


# --- move_affinity_card: IssuesPage board tab (ensure_board), group filter, ---------------
# --- a real drag on AffinityBoard's viewport (mousePress/Move/Release → drop_at) ----------


def move_affinity_card_setup(b: Bench) -> Any:
    from dxworkshop.services import people
    from dxworkshop.ui.pages.issues_page import BOARD_TAB

    page = b.window.show_page("issues")
    group = people.list_groups(b.ws)[0]
    page.set_filter("group", group.id)  # a KJ session is one group's cards
    page.ui.tabs.setCurrentIndex(BOARD_TAB)  # → page.ensure_board()
    settle(b)
    board = page.board
    board.fit_all()
    settle(b)
    # The two affinity groups with the most cards on this board: cards go back and forth.
    counts: dict[int, int] = {}
    for ident in board.card_ids():
        cid = board.cluster_of(ident)
        if cid is not None:
            counts[cid] = counts.get(cid, 0) + 1
    a, c = sorted(counts, key=lambda k: -counts[k])[:2]
    b.state["affinity"] = (a, c)
    return page


def move_affinity_card_prepare(b: Bench, page: Any, i: int) -> None:
    board = page.board
    src, dest = b.state["affinity"] if i % 2 == 0 else b.state["affinity"][::-1]
    card = next(
        board.card_item(ident)
        for ident in sorted(board.card_ids())
        if board.cluster_of(ident) == src
    )
    target = board.cluster_item(dest)
    start = board.mapFromScene(card.sceneBoundingRect().center())
    end = board.mapFromScene(target.mapToScene(target.plate_rect().center()))
    _press_and_drag(board, start, end)
    b.state["drop"] = (card.issue_id, dest, end)
    settle(b)


def move_affinity_card_act(b: Bench, page: Any, i: int) -> None:
    _release(page.board, b.state["drop"][2])


def move_affinity_card_check(b: Bench, page: Any, i: int) -> str | None:
    from dxworkshop.services import issues

    issue_id, dest, _end = b.state["drop"]
    if issues.get_issue(b.ws, issue_id).cluster_id != dest:
        return "the card is not in the group it was dropped on (in the file)"
    if page.board.cluster_of(issue_id) != dest:
        return "the board does not show the card in its new group"
    return None


# --- move_matrix_card: PrioritizePage.board (MatrixBoard), a real drag on its viewport; -----
# --- the release → MatrixBoard.commit_moves → PrioritizeState.place ------------------------


def move_matrix_card_setup(b: Bench) -> Any:
    page = b.window.show_page("prioritize")  # opens on the first group (a large programme)
    page.state.set_vote_mode(False)
    page.board.fit_all()
    settle(b)
    board = page.state.board
    rows = [r for r in page.state.rows if not r.gated_out and r.scores.get(board.x_criterion_id)]
    b.state["matrix_cards"] = [r.id for r in sorted(rows, key=lambda r: r.id)[:10]]
    return page


def move_matrix_card_prepare(b: Bench, page: Any, i: int) -> None:
    state, view = page.state, page.board
    board = state.board
    ident = b.state["matrix_cards"][i % len(b.state["matrix_cards"])]
    row = state.row(ident)
    x = row.scores.get(board.x_criterion_id) or 3
    y = row.scores.get(board.y_criterion_id) or 3
    # Another cell: one step along both axes, back where it hits the edge.
    tx = x + 1 if x < 5 else x - 1
    ty = y - 1 if y > 1 else y + 1
    card = view.card(ident)
    start = view.mapFromScene(card.sceneBoundingRect().center())
    end = view.mapFromScene(view.cell_rect(tx, ty).center())
    _press_and_drag(view, start, end)
    b.state["drop"] = (ident, tx, ty, end)
    settle(b)


def move_matrix_card_act(b: Bench, page: Any, i: int) -> None:
    _release(page.board, b.state["drop"][3])


def move_matrix_card_check(b: Bench, page: Any, i: int) -> str | None:
    ident, tx, ty, _end = b.state["drop"]
    board = page.state.board
    row = page.state.row(ident)
    got = (row.scores.get(board.x_criterion_id), row.scores.get(board.y_criterion_id))
    if got != (tx, ty):
        return f"the card's scores are {got}, not the cell it was dropped on {(tx, ty)}"
    card = page.board.card(ident)
    if not page.board.cell_rect(tx, ty).contains(card.sceneBoundingRect().center()):
        return "the board does not show the card in its new cell"
    return None


# --- record_vote: PrioritizePage.ui.roundCombo, perPersonSpin/perIssueSpin, select_voter, ----
# --- ui.voteModeButton; a click on a MatrixCard (mousePress → PrioritizeState.vote) --------


def record_vote_setup(b: Bench) -> Any:
    page = b.window.show_page("prioritize")
    ui = page.ui
    state = page.state
    if ui.roundCombo.count() < 2:  # the first entry is "(no voting round)"
        raise SystemExit("the demo has no voting round")
    ui.roundCombo.setCurrentIndex(1)  # the demo's dot vote (→ PrioritizeState.set_round)
    ui.perPersonSpin.setValue(99)  # the facilitator raises the caps: room for every dot
    ui.perIssueSpin.setValue(99)
    voter = state.raters[0].id
    page.select_voter(voter)
    if not state.vote_mode:
        ui.voteModeButton.click()
    settle(b)
    if state.voter_id != voter or not state.vote_mode or state.round_id is None:
        raise SystemExit(
            "could not start voting on the prioritise page "
            f"(voter {state.voter_id} for {voter}, mode {state.vote_mode}, round {state.round_id})"
        )
    rows = [r for r in state.rows if not r.gated_out]
    b.state["vote_cards"] = [r.id for r in sorted(rows, key=lambda r: r.id)[:10]]
    return page


def record_vote_prepare(b: Bench, page: Any, i: int) -> None:
    ident = b.state["vote_cards"][i % len(b.state["vote_cards"])]
    b.state["vote"] = (ident, page.state.votes_on(ident))


def record_vote_act(b: Bench, page: Any, i: int) -> None:
    from PySide6.QtCore import QEvent, Qt

    ident, _before = b.state["vote"]
    view = page.board
    pos = view.mapFromScene(view.card(ident).sceneBoundingRect().center())
    left = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, pos, left, left)
    _mouse(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)


def record_vote_check(b: Bench, page: Any, i: int) -> str | None:
    ident, before = b.state["vote"]
    if page.state.votes_on(ident) != before + 1:
        return f"the card has {page.state.votes_on(ident)} dots, not {before + 1}"
    if page.board.card(ident).votes != before + 1:
        return "the board does not show the new dot"
    return None


# --- save_plan_field: PlansPage.select_trainee, ui.problemsEdit typed, focus to ui.kpiEdit ---
# --- (FocusOut → PlansPage.eventFilter → _save_plain → _update_version) ----------------------


def save_plan_field_setup(b: Bench) -> Any:
    page = b.window.show_page("plans")
    trainees = [r.trainee_id for r in page._rows if r.plan_id is not None]
    b.state["plan_trainees"] = trainees[:10]
    return page


def save_plan_field_prepare(b: Bench, page: Any, i: int) -> None:
    trainees = b.state["plan_trainees"]
    page.select_trainee(trainees[i % len(trainees)])  # a click in the trainee list
    settle(b)
    if page.version is None or not page.version.editable:
        raise SystemExit("the chosen plan's newest version is not editable")
    text = f"（追記{i}）"
    _type_into(b, page.ui.problemsEdit, text)
    b.state["plan"] = (page.version.id, text)


def save_plan_field_act(b: Bench, page: Any, i: int) -> None:
    _leave_field(b, page.ui.problemsEdit, page.ui.kpiEdit)


def save_plan_field_check(b: Bench, page: Any, i: int) -> str | None:
    from dxworkshop.services import plans

    version_id, text = b.state["plan"]
    if not plans.get_version(b.ws, version_id).problems.endswith(text):
        return "問題点 was not saved"
    return None


# --- save_feedback_field: FeedbackPage.open_cell (a click on a cell), FeedbackEditor ---------
# --- ui.goodEdit typed, focus to ui.improveEdit (FocusOut → field_edited → edit_field) -------


def save_feedback_field_setup(b: Bench) -> Any:
    from dxworkshop.domain.enums import ReviewerRole

    page = b.window.show_page("feedback")
    overview = page.overview  # the grid of the round shown (the first with requests waiting)
    cells = []
    for row in overview.rows:
        for column in range(len(page.model.columns)):
            cell = page.model.cell(row, page.model.FIXED + column)
            if (
                cell is not None
                and cell.feedback_id is not None
                and cell.role == ReviewerRole.SUPERVISOR
            ):
                cells.append((row.trainee_id, cell.feedback_id))
                break
        if len(cells) == 10:
            break
    if not cells:
        raise SystemExit("no feedback to edit in the round shown")
    b.state["feedback_cells"] = cells
    return page


def save_feedback_field_prepare(b: Bench, page: Any, i: int) -> None:
    from dxworkshop.domain.enums import ReviewerRole

    cells = b.state["feedback_cells"]
    trainee, feedback_id = cells[i % len(cells)]
    if not page.open_cell(trainee, ReviewerRole.SUPERVISOR):
        raise SystemExit("could not open a feedback cell")
    settle(b)
    text = f"（追記{i}）"
    _type_into(b, page.editor.ui.goodEdit, text)
    b.state["feedback"] = (feedback_id, text)


def save_feedback_field_act(b: Bench, page: Any, i: int) -> None:
    _leave_field(b, page.editor.ui.goodEdit, page.editor.ui.improveEdit)


def save_feedback_field_check(b: Bench, page: Any, i: int) -> str | None:
    from dxworkshop.services import feedback

    feedback_id, text = b.state["feedback"]
    if not feedback.get_feedback(b.ws, feedback_id).good_points.endswith(text):
        return "良い点 was not saved"
    return None


@dataclass(frozen=True)
class Driver:
    setup: Callable[[Bench], Any]
    prepare: Callable[[Bench, Any, int], None]
    act: Callable[[Bench, Any, int], None]
    check: Callable[[Bench, Any, int], str | None]


DRIVERS: dict[str, Driver] = {
    name: Driver(*(globals()[f"{name}_{part}"] for part in ("setup", "prepare", "act", "check")))
    for name in EDITS
}


def run_edit(b: Bench, name: str, edits: int, profile: Path | None = None) -> dict[str, Any]:
    """Set the page up, then *edits* timed edits (after the warm-up) and as many baselines;
    with *profile*, the timed edits (action to paint, nothing else) run under cProfile and
    its statistics go to ``profile/<edit>.prof`` (read them with ``python -m pstats``)."""
    import cProfile

    driver = DRIVERS[name]
    page = driver.setup(b)
    settle(b)
    times: list[float] = []
    profiler = cProfile.Profile() if profile is not None else None
    for i in range(WARM_UP + edits):
        driver.prepare(b, page, i)
        before = b.undo_count()
        timed = profiler is not None and i >= WARM_UP
        start = time.perf_counter()
        if timed:
            profiler.enable()
        driver.act(b, page, i)
        settle_and_paint(b)
        if timed:
            profiler.disable()
        elapsed = (time.perf_counter() - start) * 1000
        if b.undo_count() != before + 1:
            raise SystemExit(f"{name}: edit {i} did not make one undoable step")
        problem = driver.check(b, page, i)
        if problem:
            raise SystemExit(f"{name}: edit {i}: {problem}")
        if i >= WARM_UP:
            times.append(elapsed)
    baseline: list[float] = []
    for _ in range(edits):
        start = time.perf_counter()
        settle_and_paint(b)
        baseline.append((time.perf_counter() - start) * 1000)
    if profiler is not None and profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(str(profile / f"{name}.prof"))
    return {"times": times, "baseline": baseline}


def child(path: Path, edits: int, only: list[str], profile: Path | None = None) -> int:
    import gc
    import os

    from PySide6.QtCore import QSettings

    gc.disable()  # as run_gui: off during start-up, then frozen (see ui.app.startup_done)
    from dxworkshop.ui.app import Application, make_application
    from dxworkshop.ui.preferences import Preferences

    app = make_application()
    prefs = Preferences(
        QSettings(
            str(Path(os.environ["XDG_CONFIG_HOME"]) / "bench.ini"), QSettings.Format.IniFormat
        )
    )
    prefs.set("backup/interval_minutes", 0)  # no timed backup inside an edit
    shell = Application(app, backups=Path(os.environ["DXWORKSHOP_HOME"]) / "backups", prefs=prefs)
    window = shell.window
    window.resize(1280, 800)
    window.show()
    start = time.perf_counter()
    if not window.open_path(path):
        raise SystemExit(f"could not open {path}")
    window.stack.currentWidget().repaint()
    open_ms = (time.perf_counter() - start) * 1000
    from dxworkshop.ui.app import startup_done

    startup_done(app)  # the collector as the app sets it up: full collections when idle
    window.activateWindow()
    app.processEvents()
    b = Bench(app, window)
    b.state["real_focus"] = window.isActiveWindow()
    results: dict[str, Any] = {"open_ms": open_ms, "real_focus": b.state["real_focus"]}
    for name in only:
        results[name] = run_edit(b, name, edits, profile)
    print("RESULT " + json.dumps(results), flush=True)
    window.close_workshop()
    return 0


# =====================================================================================
# In the parent: one child per scale, the report
# =====================================================================================


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20, help="timed edits of each kind")
    parser.add_argument("--scales", default="1,4", help="comma-separated demo scales")
    parser.add_argument("--only", default=",".join(EDITS), help="comma-separated edits")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        type=Path,
        help="profile the timed edits: DIR/x<scale>/<edit>.prof (times then include the profiler)",
    )
    parser.add_argument("--child", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    only = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = sorted(set(only) - set(EDITS))
    if unknown:
        parser.error(f"unknown edit(s): {', '.join(unknown)} (known: {', '.join(EDITS)})")
    if args.child:
        return child(Path(args.child), args.edits, only, args.profile)
    edits = max(1, args.edits)
    scales = [int(s) for s in args.scales.split(",") if s.strip()]

    results: dict[int, dict[str, Any]] = {}
    for scale in scales:
        source = demo_file(scale, args.seed)
        with tempfile.TemporaryDirectory(prefix="dxworkshop-bench-edits-") as name:
            home = Path(name)
            copy = working_copy(source, home / "work")
            argv_child = [
                sys.executable,
                str(Path(__file__).resolve()),
                "--child",
                str(copy),
                "--edits",
                str(edits),
                "--only",
                ",".join(only),
            ]
            if args.profile is not None:
                argv_child += ["--profile", str((args.profile / f"x{scale}").resolve())]
            start = time.perf_counter()
            done = subprocess.run(
                argv_child,
                cwd=ROOT,
                env=child_env(home),
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                sys.stderr.write(done.stdout[-4000:] + done.stderr[-8000:])
                raise SystemExit(f"the x{scale} run failed ({done.returncode})")
            line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
            results[scale] = json.loads(line.removeprefix("RESULT "))
            results[scale]["run_s"] = time.perf_counter() - start

    from PySide6 import __version__ as pyside_version

    print("bench_edits: common edits in the main window, user action → page and navigator painted")
    print(
        f"  PySide6 {pyside_version}, {edits} timed edits of each kind after {WARM_UP} untimed,"
        f" window 1280×800; baseline: the same page and navigator repainted, no edit"
    )
    for scale in scales:
        r = results[scale]
        focus = "real focus changes" if r["real_focus"] else "focus-out events sent"
        print(f"  x{scale}: file opened in {r['open_ms']:.0f} ms, run {r['run_s']:.0f} s ({focus})")
    print(
        f"  {'edit':<22}{'scale':>6}{'median':>10}{'p95':>10}{'max':>10}"
        f"{'base med':>10}{'base p95':>10}   goal"
    )
    summary: dict[str, dict[str, float]] = {}
    missed = False
    for name in only:
        for scale in scales:
            times = results[scale][name]["times"]
            base = results[scale][name]["baseline"]
            p95 = _p95(times)
            goal = GOAL_MS.get(scale)
            verdict = "" if goal is None else ("ok" if p95 <= goal else f"MISSED (≤ {goal:g})")
            missed = missed or (goal is not None and p95 > goal)
            print(
                f"  {name:<22}{'x' + str(scale):>6}{statistics.median(times):10.1f}{p95:10.1f}"
                f"{max(times):10.1f}{statistics.median(base):10.2f}{_p95(base):10.2f}   {verdict}"
            )
            summary.setdefault(name, {})[f"x{scale}"] = round(p95, 1)
    print(json.dumps(summary))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
