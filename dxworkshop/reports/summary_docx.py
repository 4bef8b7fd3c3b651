"""上司向けサマリー: one trainee's programme on a few A4 pages, for their supervisor.

The trainee's issues with their workload, where those issues sit on the payoff matrix,
the chosen theme, the latest plan version in A3 order with its expected saving, the
feedback of every round, practice and its measured outcome, and what comes next. It is
built from one :class:`TraineeReport` only, so it cannot show anybody else's data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dxworkshop.reports import docstyle
from dxworkshop.reports import report_common as rc
from dxworkshop.reports.report_charts import MatrixCard, MatrixStamp
from dxworkshop.services.programme import ProgrammeInfo
from dxworkshop.services.report_data import FeedbackLine, TraineeReport

TITLE = "上司向けサマリー"
MATRIX_WIDTH_MM = 150.0


def summary_file_name(municipality_name: str, trainee_name: str) -> str:
    """e.g. 上司向けサマリー_倉敷市_山田太郎.docx (the name without its space)."""
    return docstyle.safe_file_name(TITLE, municipality_name, rc.person_file_part(trainee_name))


def matrix_cards(trainee: TraineeReport) -> list[MatrixCard]:
    """The trainee's scored issues, numbered as in the summary's issue table."""
    theme_id = trainee.theme.id if trainee.theme else None
    return [
        MatrixCard(
            number=n,
            label=issue.title,
            x=issue.x_score,
            y=issue.y_score,
            theme=issue.id == theme_id,
            gated_out=issue.gated_out,
        )
        for n, issue in enumerate(trainee.issues, start=1)
        if issue.x_score is not None and issue.y_score is not None
    ]


def build_summary(
    trainee: TraineeReport,
    programme: ProgrammeInfo,
    *,
    options: docstyle.DocOptions | None = None,
    matrix_png: bytes | None = None,
    today: dt.date | None = None,
    doc: Any = None,
) -> Any:
    """The summary as a python-docx Document (not saved).

    *doc* is a blank document in the house style to fill (batch export opens one from a
    template made once); *matrix_png* the trainee's matrix (see :class:`MatrixStamp`).
    """
    options = options or docstyle.DocOptions(header_text=programme.name)
    doc = doc if doc is not None else rc.new_report_document(options)
    today = today or dt.date.today()
    writer = _Summary(doc, trainee, programme, options)
    writer.front(today)
    writer.issues()
    writer.matrix(matrix_png)
    writer.theme()
    writer.plan()
    writer.feedback()
    writer.practice()
    writer.next_steps()
    rc.closing(doc)
    return doc


def write_summary(
    trainee: TraineeReport,
    programme: ProgrammeInfo,
    path: Path,
    *,
    options: docstyle.DocOptions | None = None,
    stamp: MatrixStamp | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write one summary to *path* atomically (the matrix drawn with *stamp*, when given)."""
    cards = matrix_cards(trainee)
    png = stamp.png(cards) if stamp is not None and cards else None
    doc = build_summary(trainee, programme, options=options, matrix_png=png, today=today)
    return docstyle.save(doc, Path(path))


class _Summary:
    def __init__(
        self,
        doc: Any,
        trainee: TraineeReport,
        programme: ProgrammeInfo,
        options: docstyle.DocOptions,
    ) -> None:
        self.doc = doc
        self.t = trainee
        self.programme = programme
        self.options = options
        self.number = 0

    def _date(self, day: dt.date | None) -> str:
        return rc.date_text(day, self.options)

    def _short(self, day: dt.date | None) -> str:
        start = self.programme.start_date
        return rc.table_date(day, self.options, start.year if start else None)

    def _heading(self, text: str) -> None:
        self.number += 1
        rc.heading(self.doc, f"{self.number}　{text}", 1)

    # -- front ---------------------------------------------------------------------------

    def front(self, today: dt.date) -> None:
        t = self.t
        addressee = f"{t.supervisor_name} 様" if t.supervisor_name else ""
        rc.title_block(
            self.doc,
            TITLE,
            self.programme.name,
            f"作成日　{self._date(today)}",
            addressee,
        )
        rc.paragraph(
            self.doc,
            f"{t.name}さんが受講している研修での取組（業務課題の洗い出しから職場での実践まで）"
            "をご報告します。ご確認のうえ、職場での実践へのご支援をお願いいたします。",
        )
        who = t.name + (f"（{t.title}）" if t.title else "")
        place = "　".join(p for p in (t.municipality_name, t.department_name) if p)
        boss = t.supervisor_name + (f"（{t.supervisor_title}）" if t.supervisor_title else "")
        pairs = [("受講者", who), ("所属", rc.or_dash(place)), ("上司", rc.or_dash(boss))]
        if t.group_name:
            pairs.append(("研修グループ", t.group_name))
        pairs.append(
            (
                "研修期間",
                rc.period_text(self.programme.start_date, self.programme.end_date, self.options),
            )
        )
        rc.key_values(self.doc, pairs, label_mm=30)

    # -- issues and matrix --------------------------------------------------------------------

    def issues(self) -> None:
        self._heading("研修で挙げた業務課題")
        issues = self.t.issues
        if not issues:
            rc.note(self.doc, "業務課題はまだ登録されていません。")
            return
        rows = []
        for n, issue in enumerate(issues, start=1):
            name = issue.title + ("（改善テーマ）" if self._is_theme(issue.id) else "")
            detail = [name]
            about = []
            if issue.process:
                about.append(f"業務：{issue.process}")
            if issue.categories:
                about.append(f"分類：{'、'.join(issue.categories)}")
            if about:
                detail.append("　".join(about))
            if issue.description:
                detail.append(issue.description)
            rows.append(
                [
                    str(n),
                    "\n".join(detail),
                    rc.workload_text(issue.cases_per_year, issue.minutes_per_case, issue.people),
                    rc.hours_number(issue.annual_hours),
                    rc.quadrant_label(issue.quadrant) if not issue.gated_out else "対象外",
                ]
            )
        rc.table(
            self.doc,
            ["No.", "課題", "業務量（件/年×分/件×人）", "年間時間", "優先度"],
            rows,
            [11, 82, 37, 18, 18],
            right={0, 3},
        )
        rc.note(
            self.doc,
            f"課題 {len(issues)}件、業務量の合計 年間{rc.hours_text(self.t.issue_hours)}。"
            "優先度はペイオフマトリクス（効果と実現容易性の評点）による区分です。",
        )

    def _is_theme(self, issue_id: int) -> bool:
        return self.t.theme is not None and self.t.theme.id == issue_id

    def matrix(self, png: bytes | None) -> None:
        self._heading("優先順位付け（ペイオフマトリクス）")
        if png is None:
            rc.note(self.doc, "評点のついた課題がまだありません。")
            return
        rc.picture(
            self.doc,
            png,
            MATRIX_WIDTH_MM,
            f"図　{self.t.name}さんの課題の位置（番号は上の表のNo.、★は改善テーマ）",
        )

    # -- theme and plan -----------------------------------------------------------------------

    def theme(self) -> None:
        self._heading("改善テーマ")
        theme = self.t.theme
        if theme is None:
            rc.note(self.doc, "改善テーマはまだ選ばれていません。")
            return
        workload = rc.workload_text(theme.cases_per_year, theme.minutes_per_case, theme.people)
        rc.key_values(
            self.doc,
            [
                ("テーマ", theme.title),
                ("対象の業務", rc.or_dash(theme.process)),
                ("現在の業務量", f"{workload}　＝　年間{rc.hours_text(theme.annual_hours)}"),
                ("優先度", rc.quadrant_label(theme.quadrant)),
            ],
            label_mm=30,
        )

    def plan(self) -> None:
        plan = self.t.plan
        if plan is None:
            self._heading("改善計画")
            rc.note(self.doc, "改善計画はまだ作成されていません。")
            return
        self._heading(f"改善計画（第{plan.version_number}版）")
        version = f"第{plan.version_number}版（{self._date(plan.version_date)}）"
        if plan.versions > 1 and plan.reason:
            version += f"：{plan.reason}"
        rc.note(self.doc, version)
        after = rc.workload_text(
            plan.after_cases_per_year, plan.after_minutes_per_case, plan.after_people
        )
        if plan.hours_saved is not None:
            effect = (
                f"現在 年間{rc.hours_text(plan.hours_before)} → 改善後 年間"
                f"{rc.hours_text(plan.hours_after)}（{after}）\n"
                f"年間{rc.hours_text(plan.hours_saved)}の削減を見込む"
            )
        else:
            effect = "業務量の見込みがまだ入力されていないため、算定できません。"
        pairs = [
            ("対象業務", rc.or_dash(plan.target_process)),
            ("現状", rc.or_dash(plan.current_state)),
            ("問題点", rc.or_dash(plan.problems)),
            ("真因", rc.or_dash(plan.root_cause)),
            ("改善策", rc.or_dash(plan.solution)),
            ("改善の方向（ECRS）", rc.ecrs_text(plan.ecrs)),
            ("DX手段", rc.join(plan.dx_means)),
            ("目標", rc.or_dash(plan.goal)),
            ("KPI", rc.or_dash(plan.kpi)),
            ("期待効果", effect),
            ("リスク・制約", rc.or_dash(plan.risks)),
            ("必要な支援", rc.or_dash(plan.support_needed)),
        ]
        rc.key_values(self.doc, pairs, label_mm=34)
        rc.heading(self.doc, "実施計画", 2)
        if not plan.steps:
            rc.note(self.doc, "実施計画はまだ入力されていません。")
            return
        rc.table(
            self.doc,
            ["No.", "実施内容", "担当", "期限"],
            [
                [str(n), step.what, rc.or_dash(step.who), self._short(step.due)]
                for n, step in enumerate(plan.steps, start=1)
            ],
            [11, 105, 28, 22],
            right={0},
        )

    # -- feedback ------------------------------------------------------------------------------

    def feedback(self) -> None:
        self._heading("フィードバック")
        lines = self.t.feedback
        if not lines:
            rc.note(self.doc, "フィードバックはまだ依頼されていません。")
            return
        rounds: dict[int, list[FeedbackLine]] = {}
        for line in lines:
            rounds.setdefault(line.round_number, []).append(line)
        for number, group in rounds.items():
            first = group[0]
            title = f"第{number}回　{first.round_title}"
            rc.heading(self.doc, title, 2)
            if first.round_due:
                rc.note(self.doc, f"回答期限　{self._date(first.round_due)}")
            self._feedback_table(group)

    def _feedback_table(self, group: Sequence[FeedbackLine]) -> None:
        if not any(f.received for f in group):
            asked = "、".join(
                f"{rc.label(rc.REVIEWER_LABELS, f.role)} {f.reviewer_name}" for f in group
            )
            rc.paragraph(self.doc, f"{asked}に依頼中です（回答はまだありません）。")
            return
        headers = ["項目"] + [
            f"{rc.label(rc.REVIEWER_LABELS, f.role)}：{f.reviewer_name}（第{f.version_number}版）"
            for f in group
        ]
        items: list[str] = []
        for f in group:
            for rating in f.ratings:
                if rating.item not in items:
                    items.append(rating.item)
        rows: list[list[str]] = []
        for item in items:
            row = [item]
            for f in group:
                value = next((r for r in f.ratings if r.item == item), None)
                row.append(f"{value.value}／{value.max}" if value else rc.DASH)
            rows.append(row)

        def texts(get: Any) -> list[str]:
            return [get(f) if f.received else "（未回答）" for f in group]

        rows.append(["良い点", *texts(lambda f: rc.or_dash(f.good_points))])
        rows.append(["改善してほしい点", *texts(lambda f: rc.or_dash(f.improvements))])
        rows.append(["支援の内容", *texts(lambda f: rc.or_dash(f.support))])
        rows.append(["判定", *texts(lambda f: rc.label(rc.DECISION_LABELS, f.decision))])
        rows.append(["状況", *[rc.label(rc.FEEDBACK_STATUS_LABELS, f.status) for f in group]])
        if any(f.response for f in group):
            rows.append(["受講者の対応", *[rc.or_dash(f.response) for f in group]])
        first = 36.0
        rest = (rc.TEXT_WIDTH_MM - first) / len(group)
        rc.table(self.doc, headers, rows, [first, *[rest] * len(group)])

    # -- practice ---------------------------------------------------------------------------------

    def practice(self) -> None:
        self._heading("職場での実践")
        t = self.t
        if not (t.actions or t.check_ins or t.measurements or t.outcome):
            rc.note(self.doc, "職場での実践はまだ始まっていません。")
            return
        if t.actions:
            rc.heading(self.doc, "実践項目", 2)
            rc.table(
                self.doc,
                ["実践項目", "担当", "期限", "状況", "進捗"],
                [
                    [
                        a.title,
                        rc.or_dash(a.owner_name),
                        self._short(a.due),
                        rc.label(rc.ACTION_STATUS_LABELS, a.status),
                        f"{a.progress}%",
                    ]
                    for a in t.actions
                ],
                [84, 26, 22, 18, 16],
                right={4},
            )
        last = t.last_check_in
        if last is not None:
            rc.heading(self.doc, f"最新の進捗報告（{self._date(last.date)}）", 2)
            pairs = [("進捗", f"{last.progress}%"), ("取組内容", rc.or_dash(last.note))]
            if last.obstacles:
                pairs.append(("課題・障害", last.obstacles))
            if last.support_needed:
                pairs.append(("必要な支援", last.support_needed))
            rc.key_values(self.doc, pairs, label_mm=30)
            if len(t.check_ins) > 1:
                rc.note(self.doc, f"進捗報告は{len(t.check_ins)}回（最新のもののみ掲載）。")
        if t.measurements:
            rc.heading(self.doc, "効果測定", 2)
            rc.table(
                self.doc,
                ["指標", "基準値", "目標値", "実績", "測定日"],
                [
                    [
                        m.metric,
                        rc.number_text(m.baseline),
                        rc.number_text(m.target),
                        rc.number_text(m.actual),
                        self._short(m.date),
                    ]
                    for m in t.measurements
                ],
                [70, 24, 24, 24, 24],
                right={1, 2, 3},
            )
        rc.heading(self.doc, "成果", 2)
        if t.outcome is None:
            rc.note(self.doc, "成果はまだ報告されていません。")
            return
        outcome = t.outcome
        saved = rc.hours_text(outcome.hours_saved_per_year)
        if t.expected_hours_saved is not None:
            saved += f"（計画上の見込み 年間{rc.hours_text(t.expected_hours_saved)}）"
        pairs = [("削減時間（実測・年間）", saved), ("効果", rc.or_dash(outcome.effects))]
        if outcome.spread_potential:
            pairs.append(("横展開の可能性", outcome.spread_potential))
        rc.key_values(self.doc, pairs, label_mm=40)

    def next_steps(self) -> None:
        self._heading("今後の取組")
        steps = self.t.next_steps
        if steps:
            rc.bullets(
                self.doc,
                [
                    f"{a.title}（期限 {self._short(a.due)}・"
                    f"{rc.label(rc.ACTION_STATUS_LABELS, a.status)} {a.progress}%）"
                    for a in steps
                ],
            )
        elif self.t.actions:
            rc.paragraph(self.doc, "予定した実践項目はすべて完了しています。")
        else:
            rc.note(self.doc, "実践項目はまだ登録されていません。")
        support = self._support_asked()
        if support:
            rc.heading(self.doc, "上司の方へのお願い（受講者が求めている支援）", 2)
            rc.bullets(self.doc, support)

    def _support_asked(self) -> list[str]:
        t = self.t
        asked = []
        last = t.last_check_in
        if last is not None and last.support_needed:
            asked.append(last.support_needed)
        if t.plan is not None and t.plan.support_needed and t.outcome is None:
            asked.append(t.plan.support_needed)
        return list(dict.fromkeys(asked))
