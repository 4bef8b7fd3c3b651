"""市町村別サマリー: one municipality's part of the programme, for its DX lead.

The pre-hearing's key answers and findings, the municipality's trainees with their
themes, their plans in one table with the expected and measured hours saved, a chart of
those hours, and the improvements others could copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from dxworkshop.reports import docstyle
from dxworkshop.reports import report_common as rc
from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.hearing_charts import progress_chart
from dxworkshop.reports.report_charts import hours_chart
from dxworkshop.services.programme import ProgrammeInfo
from dxworkshop.services.report_data import MunicipalityReport

TITLE = "市町村別サマリー"
CHART_WIDTH_MM = 160.0


def municipality_file_name(municipality_name: str) -> str:
    """e.g. 市町村別サマリー_倉敷市.docx."""
    return docstyle.safe_file_name(TITLE, municipality_name)


def hours_chart_png(report: MunicipalityReport) -> bytes | None:
    """Expected and measured hours saved per trainee (None when no plan has either)."""
    rows = [
        (t.name, t.expected_hours_saved, t.measured_hours_saved)
        for t in report.trainees
        if t.expected_hours_saved is not None or t.measured_hours_saved is not None
    ]
    if not rows:
        return None
    return figure_png(hours_chart(rows, width_cm=16.0))


def progress_chart_png(report: MunicipalityReport) -> bytes | None:
    """The municipality's 手順書 step and 重点取組事項 progress (None without answers)."""
    if report.progress is None:
        return None
    return figure_png(progress_chart(report.progress, width_cm=16.0, height_cm=5.6))


def build_municipality(
    report: MunicipalityReport,
    programme: ProgrammeInfo,
    *,
    options: docstyle.DocOptions | None = None,
    chart_png: bytes | None = None,
    progress_png: bytes | None = None,
    today: dt.date | None = None,
    doc: Any = None,
) -> Any:
    """The summary as a python-docx Document (not saved); *chart_png* from
    :func:`hours_chart_png` and *progress_png* from :func:`progress_chart_png` (each drawn
    here when not given)."""
    options = options or docstyle.DocOptions(header_text=programme.name)
    doc = doc if doc is not None else rc.new_report_document(options)
    today = today or dt.date.today()
    if chart_png is None:
        chart_png = hours_chart_png(report)
    if progress_png is None:
        progress_png = progress_chart_png(report)
    w = _Municipality(doc, report, programme, options)
    w.front(today)
    w.hearing(progress_png)
    w.participants()
    w.plans(chart_png)
    w.cases()
    rc.closing(doc)
    return doc


def write_municipality(
    report: MunicipalityReport,
    programme: ProgrammeInfo,
    path: Path,
    *,
    options: docstyle.DocOptions | None = None,
    today: dt.date | None = None,
) -> Path:
    doc = build_municipality(report, programme, options=options, today=today)
    return docstyle.save(doc, Path(path))


class _Municipality:
    def __init__(
        self,
        doc: Any,
        report: MunicipalityReport,
        programme: ProgrammeInfo,
        options: docstyle.DocOptions,
    ) -> None:
        self.doc = doc
        self.r = report
        self.programme = programme
        self.options = options
        self.number = 0

    def _date(self, day: dt.date | None) -> str:
        return rc.date_text(day, self.options)

    def _heading(self, text: str) -> None:
        self.number += 1
        rc.heading(self.doc, f"{self.number}　{text}", 1)

    def front(self, today: dt.date) -> None:
        r = self.r
        rc.title_block(
            self.doc, f"{TITLE}（{r.name}）", self.programme.name, f"作成日　{self._date(today)}"
        )
        rc.paragraph(
            self.doc,
            f"{r.name}から受講した職員の取組と成果をまとめました。事前ヒアリングの結果、"
            "受講者の改善テーマと改善計画、職場での実践による業務削減の効果を掲載しています。",
        )
        trainees = r.trainees
        themes = sum(1 for t in trainees if t.theme is not None)
        pairs = [
            ("市町村", r.name + (f"（団体コード {r.code}）" if r.code else "")),
            (
                "受講者",
                f"{len(trainees)}名（{len(r.departments)}所属）" if trainees else "なし",
            ),
            ("改善テーマの設定", f"{themes}名／{len(trainees)}名"),
            ("削減見込み（計画）", f"年間{rc.hours_text(r.expected_hours_saved)}"),
            ("削減時間（実測）", f"年間{rc.hours_text(r.measured_hours_saved)}"),
        ]
        rc.key_values(self.doc, pairs, label_mm=36)

    # -- hearing ------------------------------------------------------------------------------

    def hearing(self, progress_png: bytes | None) -> None:
        self._heading("事前ヒアリングの結果")
        h = self.r.hearing
        if h is None:
            rc.note(self.doc, "事前ヒアリングの記録はありません。")
            return
        pairs = [
            ("実施日", self._date(h.date)),
            ("状況", rc.label(rc.HEARING_STATUS_LABELS, h.status)),
        ]
        if h.attendees:
            pairs.append(("対応者", h.attendees))
        if h.interviewer_name:
            pairs.append(("聞き取り", h.interviewer_name))
        rc.key_values(self.doc, pairs, label_mm=30)
        if h.answers:
            rc.heading(self.doc, "主な回答", 2)
            rows = []
            previous = None
            for a in h.answers:
                answer = a.answer
                if a.level is not None and a.labels:
                    answer = a.labels[a.level]
                rows.append([a.section if a.section != previous else "", a.question, answer])
                previous = a.section
            rc.table(self.doc, ["区分", "項目", "回答"], rows, [30, 62, 74])
        else:
            rc.note(self.doc, "回答はまだ記録されていません。")
        if progress_png is not None:
            rc.picture(
                self.doc,
                progress_png,
                CHART_WIDTH_MM,
                "図　自治体DX全体手順書のステップと重点取組事項の進捗",
            )
        if h.findings:
            rc.heading(self.doc, "所見", 2)
            rc.bullets(self.doc, h.findings)
        if h.notes:
            rc.heading(self.doc, "メモ", 2)
            rc.paragraph(self.doc, h.notes)

    # -- trainees and plans -----------------------------------------------------------------------

    def participants(self) -> None:
        self._heading("受講者と改善テーマ")
        trainees = self.r.trainees
        if not trainees:
            rc.note(self.doc, "この市町村の受講者はいません。")
            return
        rc.table(
            self.doc,
            ["氏名", "所属", "上司", "課題数", "改善テーマ"],
            [
                [
                    t.name,
                    rc.or_dash(t.department_name),
                    rc.or_dash(t.supervisor_name),
                    str(len(t.issues)),
                    t.theme.title if t.theme else "（未設定）",
                ]
                for t in trainees
            ],
            [26, 30, 26, 16, 68],
            right={3},
        )

    def plans(self, chart_png: bytes | None) -> None:
        self._heading("改善計画と効果")
        with_plan = [t for t in self.r.trainees if t.plan is not None]
        if not with_plan:
            rc.note(self.doc, "改善計画はまだ作成されていません。")
            return
        rows = []
        for t in with_plan:
            assert t.plan is not None
            progress = t.practice_progress
            rows.append(
                [
                    t.name,
                    f"{t.plan.solution}\n（{rc.ecrs_text(t.plan.ecrs)}／{rc.join(t.plan.dx_means)}）",
                    rc.label(rc.DECISION_LABELS, t.latest_decision),
                    rc.hours_number(t.expected_hours_saved),
                    f"{progress}%" if progress is not None else rc.DASH,
                    rc.hours_number(t.measured_hours_saved),
                ]
            )
        rc.table(
            self.doc,
            [
                "受講者",
                "改善策（改善の方向／DX手段）",
                "判定",
                "見込み\n（時間）",
                "実践",
                "実測\n（時間）",
            ],
            rows,
            [21, 63, 26, 20, 14, 22],
            right={3, 4, 5},
            total=[
                "合計",
                f"{len(with_plan)}件",
                "",
                rc.hours_number(self.r.expected_hours_saved),
                "",
                rc.hours_number(self.r.measured_hours_saved),
            ],
        )
        rc.note(
            self.doc,
            "見込み・実測は年間の業務削減時間。判定は最新のフィードバックによる。"
            "実践は最新の進捗報告の進捗率。",
        )
        if chart_png is not None:
            rc.picture(self.doc, chart_png, CHART_WIDTH_MM, "図　受講者ごとの業務削減時間（年間）")

    def cases(self) -> None:
        cases = self.r.spread_cases
        if not cases:
            return  # no outcome names a spread potential yet: the section is left out
        self._heading("横展開が期待される取組")
        rc.table(
            self.doc,
            ["所属", "取組", "削減時間\n（年間）", "効果・横展開の可能性"],
            [
                [
                    rc.or_dash(c.department_name),
                    c.theme,
                    rc.hours_number(c.hours_saved),
                    f"{c.effects}\n{c.spread_potential}".strip(),
                ]
                for c in cases
            ],
            [24, 48, 22, 72],
            right={2},
        )
