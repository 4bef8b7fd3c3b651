"""研修実施報告書: the programme report for the prefecture.

Overview, the sessions held, participation per municipality, the municipalities' DX
progress side by side (the pre-hearing chart), issues by category, the themes with
their ECRS and DX-means mix, feedback decisions, practice outcomes with hours saved in
total and per municipality, and the cases others could copy (横展開). Individual
trainees are not named: the prefecture reads the programme, not people's evaluations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dxworkshop.reports import docstyle
from dxworkshop.reports import report_common as rc
from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.hearing_charts import progress_chart
from dxworkshop.reports.report_charts import count_chart, decision_chart, hours_chart, mix_chart
from dxworkshop.services.report_data import ProgrammeReport

TITLE = "研修実施報告書"
CHART_WIDTH_MM = 160.0
TOP_CATEGORIES = 12

Charts = Callable[[str, Callable[[], Any]], bytes]  # (key, make figure) → PNG


def programme_file_name(programme_name: str) -> str:
    """e.g. 研修実施報告書_令和8年度 市町村職員 業務改善・DX実践研修.docx."""
    return docstyle.safe_file_name(TITLE, programme_name)


def _direct(_key: str, make: Callable[[], Any]) -> bytes:
    return figure_png(make())


def build_programme(
    report: ProgrammeReport,
    *,
    options: docstyle.DocOptions | None = None,
    charts: Charts | None = None,
    doc: Any = None,
) -> Any:
    """The report as a python-docx Document (not saved).

    *charts* renders a figure to PNG by key; batch export passes its cache, so a chart
    shared with another document is drawn once.
    """
    options = options or docstyle.DocOptions(header_text=report.programme.name)
    doc = doc if doc is not None else rc.new_report_document(options)
    w = _Programme(doc, report, options, charts or _direct)
    w.front()
    w.overview()
    w.schedule()
    w.participation()
    w.hearings()
    w.issues()
    w.themes()
    w.feedback()
    w.outcomes()
    w.cases()
    rc.closing(doc)  # 以上 ends the report; the appendix (別表) follows it
    w.theme_list()
    return doc


def write_programme(
    report: ProgrammeReport, path: Path, *, options: docstyle.DocOptions | None = None
) -> Path:
    return docstyle.save(build_programme(report, options=options), Path(path))


class _Programme:
    def __init__(
        self, doc: Any, report: ProgrammeReport, options: docstyle.DocOptions, charts: Charts
    ) -> None:
        self.doc = doc
        self.r = report
        self.options = options
        self.charts = charts
        self.number = 0
        self.figure = 0

    def _date(self, day: dt.date | None) -> str:
        return rc.date_text(day, self.options)

    def _short(self, day: dt.date | None, *, weekday: bool = False) -> str:
        start = self.r.programme.start_date
        year = start.year if start else self.r.today.year
        return rc.table_date(day, self.options, year, weekday=weekday)

    def _heading(self, text: str) -> None:
        self.number += 1
        rc.heading(self.doc, f"{self.number}　{text}", 1)

    def _chart(self, key: str, make: Callable[[], Any], caption: str) -> None:
        self.figure += 1
        png = self.charts(key, make)
        rc.picture(self.doc, png, CHART_WIDTH_MM, f"図{self.figure}　{caption}")

    # -- front and overview ---------------------------------------------------------------------

    def front(self) -> None:
        p = self.r.programme
        dated = f"{self._date(self.r.today)}"
        if p.organiser:
            dated += f"\n{p.organiser}"
        rc.title_block(self.doc, TITLE, p.name, dated)

    def overview(self) -> None:
        self._heading("研修の概要")
        p = self.r.programme
        c = self.r.counts
        pairs = [("研修名", p.name)]
        if p.fiscal_year:
            pairs.append(("年度", rc.year_text(p.fiscal_year, self.options)))
        if p.organiser:
            pairs.append(("主催", p.organiser))
        pairs.append(("期間", rc.period_text(p.start_date, p.end_date, self.options)))
        pairs.append(
            (
                "参加",
                f"{c['municipalities']}市町村・{c['departments']}所属から受講者{c['trainees']}名"
                f"（上司{c['supervisors']}名、講師{c['instructors']}名）",
            )
        )
        if p.description:
            pairs.append(("目的・内容", p.description))
        pairs.append(
            (
                "主な成果",
                f"改善テーマ{c['themes']}件、改善計画{c['plans']}件。"
                f"業務削減の見込みは年間{rc.hours_text(self.r.expected_hours_saved)}、"
                f"職場での実践で確認できた削減は年間{rc.hours_text(self.r.measured_hours_saved)}"
                f"（成果報告{c['outcomes']}件）。",
            )
        )
        rc.key_values(self.doc, pairs, label_mm=28)

    def schedule(self) -> None:
        self._heading("実施経過")
        held = self.r.sessions_held
        if held:
            rc.table(
                self.doc,
                ["日付", "内容", "会場"],
                [[self._short(s.date, weekday=True), s.title, rc.or_dash(s.place)] for s in held],
                [32, 84, 50],
            )
        else:
            rc.note(self.doc, "実施した研修回はまだありません。")
        ahead = self.r.sessions_ahead
        if ahead:
            rc.note(
                self.doc,
                "今後の予定："
                + "、".join(
                    f"{s.title}（{self._short(s.date, weekday=True)}）" if s.date else s.title
                    for s in ahead
                ),
            )

    def participation(self) -> None:
        self._heading("参加状況")
        rows = self.r.participation
        if not rows:
            rc.note(self.doc, "参加した市町村はまだありません。")
            return
        table_rows = [
            [
                p.municipality_name,
                rc.label(rc.HEARING_STATUS_LABELS, p.hearing_status),
                str(p.trainees),
                str(p.issues),
                str(p.themes),
                str(p.plans),
                f"{p.feedback_received}／{p.feedback_requested}",
                str(p.check_ins),
                str(p.outcomes),
            ]
            for p in rows
        ]
        c = self.r.counts
        total = [
            "合計",
            f"{c['hearings_done']}／{c['hearings']}",
            str(c["trainees"]),
            str(c["issues"]),
            str(c["themes"]),
            str(c["plans"]),
            f"{c['feedback_received']}／{c['feedback_requested']}",
            str(c["check_ins"]),
            str(c["outcomes"]),
        ]
        rc.table(
            self.doc,
            [
                "市町村",
                "ヒアリング",
                "受講者",
                "課題",
                "テーマ",
                "計画",
                "FB受領／依頼",
                "進捗報告",
                "成果報告",
            ],
            table_rows,
            [22, 20, 15, 15, 15, 14, 25, 20, 20],
            right=set(range(2, 9)),
            total=total,
        )
        rc.note(self.doc, "FBは上司・講師からのフィードバック（受領件数／依頼件数）。")

    # -- hearings and issues ---------------------------------------------------------------------

    def hearings(self) -> None:
        self._heading("市町村のDX推進状況（事前ヒアリング）")
        comparison = self.r.comparison
        answered = [r for r in comparison.rows if any(v is not None for v in r.levels)]
        if not answered:
            rc.note(self.doc, "比較できるヒアリングの回答はまだありません。")
            return
        rc.paragraph(
            self.doc,
            f"事前ヒアリングで{len(answered)}市町村から回答を得た、自治体DX全体手順書の"
            "ステップと重点取組事項の進捗を比較した。",
        )
        self._chart(
            "hearing-progress",
            lambda: progress_chart(comparison),
            "市町村ごとのDX推進状況",
        )

    def issues(self) -> None:
        self._heading("業務課題の傾向")
        cats = self.r.categories
        if not cats:
            rc.note(self.doc, "業務課題はまだ登録されていません。")
            return
        total = self.r.counts["issues"]
        rc.paragraph(
            self.doc,
            f"受講者が挙げた業務課題は{total:,}件。分類ごとの件数と業務量（年間時間）は次のとおり"
            "（1件の課題が複数の分類に当たる場合は、それぞれに数えている）。",
        )
        shown = cats[:TOP_CATEGORIES]
        self._chart(
            "issue-categories",
            lambda: count_chart([(c.label, c.count) for c in shown]),
            "分類ごとの課題の件数",
        )
        rc.table(
            self.doc,
            ["分類", "課題の件数", "業務量（時間／年）"],
            [[c.label, f"{c.count:,}", rc.hours_number(c.hours)] for c in cats],
            [70, 40, 56],
            right={1, 2},
        )

    # -- themes, feedback, outcomes --------------------------------------------------------------

    def themes(self) -> None:
        self._heading("改善テーマと改善の手法")
        r = self.r
        if not r.themes:
            rc.note(self.doc, "改善テーマはまだ選ばれていません。")
            return
        rc.paragraph(
            self.doc,
            f"受講者{r.counts['trainees']}名のうち{r.counts['themes']}名が改善テーマを選び、"
            f"{r.counts['plans']}名が改善計画を作成した。改善計画（最新版）が用いる改善の方向"
            "（ECRS）とDX手段の内訳は次のとおり（1件の計画が複数に当たる場合がある）。"
            "テーマの一覧は別表に掲げる。",
        )
        if r.ecrs_mix or r.dx_means_mix:
            ecrs = [(rc.label(rc.ECRS_LABELS, c.label), c.count) for c in r.ecrs_mix]
            dx = [(c.label, c.count) for c in r.dx_means_mix]
            self._chart("mix", lambda: mix_chart(ecrs, dx), "改善の方向（ECRS）とDX手段")

    def feedback(self) -> None:
        self._heading("フィードバックの結果")
        decisions = self.r.decisions
        if not decisions:
            rc.note(self.doc, "フィードバックの回はまだ設定されていません。")
            return
        keys = ("approved", "conditional", "rework")
        rows = []
        for d in decisions:
            counts = {k.value: n for k, n in d.counts.items()}
            rows.append(
                [
                    f"第{d.round_number}回　{d.round_title}",
                    self._short(d.due),
                    *[str(counts.get(k, 0)) for k in keys],
                    str(d.pending),
                ]
            )
        rc.table(
            self.doc,
            ["フィードバック回", "期限", "承認", "条件付き承認", "再検討", "未回答"],
            rows,
            [60, 34, 16, 24, 16, 16],
            right={2, 3, 4, 5},
        )
        if any(d.counts or d.pending for d in decisions):
            labels = {**rc.DECISION_LABELS, "pending": "未回答"}
            data = [
                (
                    f"第{d.round_number}回",
                    {**{k.value: n for k, n in d.counts.items()}, "pending": d.pending},
                )
                for d in decisions
            ]
            self._chart("decisions", lambda: decision_chart(data, labels), "フィードバックの判定")

    def outcomes(self) -> None:
        self._heading("職場での実践の成果")
        r = self.r
        rows = [p for p in r.participation if p.expected_hours_saved or p.measured_hours_saved]
        if not rows:
            rc.note(self.doc, "削減効果はまだ算定されていません。")
            return
        rc.paragraph(
            self.doc,
            f"改善計画による業務削減の見込みは年間{rc.hours_text(r.expected_hours_saved)}。"
            f"職場での実践を終えて成果を報告した{r.counts['outcomes']}件で、"
            f"年間{rc.hours_text(r.measured_hours_saved)}の削減を確認した。",
        )
        rc.table(
            self.doc,
            ["市町村", "計画", "成果報告", "削減見込み（時間／年）", "実測の削減（時間／年）"],
            [
                [
                    p.municipality_name,
                    str(p.plans),
                    str(p.outcomes),
                    rc.hours_number(p.expected_hours_saved),
                    rc.hours_number(p.measured_hours_saved),
                ]
                for p in rows
            ],
            [40, 20, 24, 41, 41],
            right={1, 2, 3, 4},
            total=[
                "合計",
                str(r.counts["plans"]),
                str(r.counts["outcomes"]),
                rc.hours_number(r.expected_hours_saved),
                rc.hours_number(r.measured_hours_saved),
            ],
        )
        rc.note(
            self.doc,
            "時間は市町村ごとに四捨五入しているため、合計と内訳の和が一致しないことがある。",
        )
        data = [(p.municipality_name, p.expected_hours_saved, p.measured_hours_saved) for p in rows]
        self._chart("hours-by-municipality", lambda: hours_chart(data), "市町村ごとの業務削減時間")

    def cases(self) -> None:
        self._heading("成果と横展開の可能性")
        cases = self.r.cases
        if not cases:
            rc.note(self.doc, "横展開の可能性が報告された事例はまだありません。")
            return
        rc.paragraph(
            self.doc,
            f"職場での実践の成果と、他の所属・市町村への展開について報告された内容"
            f"（{len(cases)}件、削減時間の大きい順）。",
        )
        rc.table(
            self.doc,
            ["市町村・所属", "取組（DX手段）", "削減時間\n（年間）", "効果・横展開の可能性"],
            [
                [
                    f"{c.municipality_name}\n{c.department_name}".strip(),
                    f"{c.theme}\n（{rc.join(c.dx_means)}）",
                    rc.hours_number(c.hours_saved),
                    f"{c.effects}\n{c.spread_potential}".strip(),
                ]
                for c in cases
            ],
            [26, 50, 22, 68],
            right={2},
        )

    def theme_list(self) -> None:
        themes = self.r.themes
        if not themes:
            return
        rc.page_break(self.doc)
        rc.heading(self.doc, "別表　改善テーマの一覧", 1)
        rc.table(
            self.doc,
            ["市町村", "所属", "改善テーマ", "改善の方向", "DX手段", "削減見込\n（時間）"],
            [
                [
                    t.municipality_name,
                    rc.or_dash(t.department_name),
                    t.theme,
                    rc.ecrs_short(t.ecrs),
                    rc.join(t.dx_means),
                    rc.hours_number(t.expected_hours_saved),
                ]
                for t in themes
            ],
            [20, 24, 44, 20, 38, 20],
            right={5},
        )
