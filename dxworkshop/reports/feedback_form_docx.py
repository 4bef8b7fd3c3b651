"""The feedback request form (フィードバック依頼票) as a Word document a supervisor fills in.

One document per supervisor and round, covering only that supervisor's trainees: for each,
their plan version in A3 order, then a table with the rubric and comment fields. The
layout follows the contract in ``services.feedback_form`` (custom properties, a hidden
marker in each label cell, answers in the white cells) so that ``plan_form_import`` can
read a returned form. Grey cells are ours; white cells are theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dxworkshop.domain.dates import fiscal_year_label, format_date
from dxworkshop.domain.enums import Ecrs
from dxworkshop.reports import docstyle
from dxworkshop.services.feedback_form import (
    FIELD_LABELS,
    ROUND_LABEL,
    SUPERVISOR_LABEL,
    FeedbackFormData,
    FormEntry,
    decision_text,
    rating_text,
)
from dxworkshop.services.forms.identity import marker
from dxworkshop.services.forms.marks import CHECKED, UNCHECKED
from dxworkshop.services.forms.preview import record_layout

TITLE = "フィードバック依頼票"
TEXT_WIDTH_MM = 166.0
LABEL_MM = 38.0
FEEDBACK_LABEL_MM = 52.0
LABEL_FILL = "F3F4F6"
HEADER_FILL = "E5E7EB"
ECRS_LABELS = {
    Ecrs.ELIMINATE: "排除",
    Ecrs.COMBINE: "結合",
    Ecrs.REARRANGE: "交換",
    Ecrs.SIMPLIFY: "簡素化",
}


def feedback_form_file_name(data: FeedbackFormData) -> str:
    """e.g. フィードバック依頼票_第1回_岡田課長.docx"""
    return docstyle.safe_file_name(
        TITLE, f"第{data.round_number}回", data.supervisor_name.replace(" ", "")
    )


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def _hours(value: float | None) -> str:
    return "—" if value is None else f"約{_number(round(value))}時間"


def _effect_text(entry: FormEntry) -> str:
    v = entry.version
    after = v.after
    lines = [
        f"改善後の業務量：{_number(after.cases_per_year)}件/年 × "
        f"{_number(after.minutes_per_case)}分/件 × {_number(after.people)}人",
        f"年間の業務時間：現状 {_hours(v.hours_before)} → 改善後 {_hours(v.hours_after)}",
    ]
    if v.hours_saved is not None:
        lines.append(f"削減効果：年間{_hours(v.hours_saved)}")
    return "\n".join(lines)


def _label(cell: Any, text: str, hidden: str = "", fill: str = LABEL_FILL) -> None:
    cell.text = ""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(text)
    if hidden:
        docstyle.add_hidden_text(paragraph, hidden)
    docstyle.shade(cell, fill)


def _plan_table(doc: Any, entry: FormEntry) -> None:
    v = entry.version
    ecrs = "・".join(ECRS_LABELS[Ecrs(e)] for e in v.ecrs) or "—"
    rows = [
        ("対象業務", v.target_process),
        ("現状", v.current_state),
        ("問題点", v.problems),
        ("真因", v.root_cause),
        ("改善策", v.solution),
        ("ECRS", ecrs),
        ("DX手段", "、".join(v.dx_means) or "—"),
        ("目標", v.goal),
        ("KPI", v.kpi),
        ("期待効果", _effect_text(entry)),
        ("リスク・制約", v.risks),
        ("必要な支援", v.support_needed),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        _label(cells[0], label)
        docstyle.multiline_cell(cells[1], value or "—")
        docstyle.shade(cells[1], LABEL_FILL)
    docstyle.set_column_widths(table, [LABEL_MM, TEXT_WIDTH_MM - LABEL_MM])


def _steps_table(doc: Any, entry: FormEntry) -> None:
    from docx.shared import Pt

    heading = doc.add_paragraph()
    heading.add_run("実施計画").bold = True
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    steps = entry.version.steps
    rows = [[s.what, s.who, format_date(s.due) if s.due else ""] for s in steps]
    if not rows:
        rows = [["（未記入）", "", ""]]
    table = docstyle.add_table(doc, ["実施項目", "担当", "期限"], rows)
    docstyle.set_column_widths(table, [92.0, 36.0, 38.0])


def _feedback_table(doc: Any, data: FeedbackFormData, entry: FormEntry) -> None:
    from docx.shared import Pt

    heading = doc.add_paragraph()
    run = heading.add_run("フィードバック記入欄")
    run.bold = True
    run.font.size = Pt(12)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.keep_with_next = True
    note = heading.add_run("　白い欄にご記入ください")
    note.font.size = Pt(9)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    _label(head[0], "評価観点", entry.marker, HEADER_FILL)
    _label(head[1], f"評価（該当する数字の「{UNCHECKED}」を「{CHECKED}」に）", fill=HEADER_FILL)
    for paragraph in (head[0].paragraphs[0], head[1].paragraphs[0]):
        for r in paragraph.runs:
            r.bold = True
    for item in data.rubric:
        row = table.add_row()
        _label(row.cells[0], item.name, item.marker)
        row.cells[1].text = rating_text(item, entry.ratings.get(item.id))
        docstyle.min_row_height(row, 9)
    for kind, field in (
        ("good", "good_points"),
        ("improve", "improvements"),
        ("support", "support"),
    ):
        row = table.add_row()
        _label(row.cells[0], FIELD_LABELS[field], marker(kind))
        docstyle.multiline_cell(row.cells[1], getattr(entry, field))
        docstyle.min_row_height(row, 28)
    row = table.add_row()
    _label(row.cells[0], FIELD_LABELS["decision"], marker("decision"))
    row.cells[1].text = decision_text(entry.decision)
    docstyle.min_row_height(row, 9)
    docstyle.set_column_widths(table, [FEEDBACK_LABEL_MM, TEXT_WIDTH_MM - FEEDBACK_LABEL_MM])
    _keep_together(table)


def _keep_together(table: Any) -> None:
    """Keep the table on one page (it is one trainee's answer sheet)."""
    from docx.oxml import OxmlElement

    rows = list(table.rows)
    for index, row in enumerate(rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if index < len(rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _entry(doc: Any, data: FeedbackFormData, number: int, entry: FormEntry) -> None:
    from docx.shared import Pt

    where = "　".join(p for p in (entry.municipality_name, entry.department_name) if p)
    title = f"{number}. {entry.trainee_name}" + (f"（{where}）" if where else "")
    doc.add_heading(title, level=1)
    theme = doc.add_paragraph()
    theme.add_run("改善テーマ：").bold = True
    theme.add_run(entry.issue_title)
    v = entry.version
    made = v.created_at.astimezone().date()
    line = doc.add_paragraph(f"改善計画 第{v.number}版（{format_date(made)}作成）")
    if v.reason:
        line.add_run(f"　改訂の理由：{v.reason}")
    for r in line.runs:
        r.font.size = Pt(9)
    _plan_table(doc, entry)
    _steps_table(doc, entry)
    _feedback_table(doc, data, entry)


def _header(doc: Any, data: FeedbackFormData) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = data.programme_name
    if data.fiscal_year and str(data.fiscal_year) not in subtitle and "年度" not in subtitle:
        subtitle = f"{fiscal_year_label(data.fiscal_year, True)}　{subtitle}"
    lead = doc.add_paragraph(subtitle)
    lead.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lead.paragraph_format.space_after = Pt(10)
    names = "、".join(e.trainee_name for e in data.entries)
    supervisor = data.supervisor_name + " 様"
    if data.supervisor_municipality:
        supervisor = f"{data.supervisor_municipality}　{supervisor}"
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    # フィードバック回 and ご依頼先 are the body's word on which round and whose form this is
    # (with their hidden markers): the import checks them against the properties.
    for label, value, hidden in (
        (ROUND_LABEL, f"第{data.round_number}回　{data.round_title}", data.round_marker),
        ("ご回答期限", format_date(data.due) if data.due else "—", ""),
        (SUPERVISOR_LABEL, supervisor, data.supervisor_marker),
        ("対象の受講者", names, ""),
    ):
        cells = table.add_row().cells
        _label(cells[0], label, hidden)
        _label(cells[1], value)
    docstyle.set_column_widths(table, [LABEL_MM, TEXT_WIDTH_MM - LABEL_MM])
    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(8)
    for text in (
        "受講者ごとに改善計画をお読みいただき、「フィードバック記入欄」の白い欄にご記入ください"
        "（灰色の欄は記入不要です）。",
        f"評価と判定は、該当するものの「{UNCHECKED}」を「{CHECKED}」に置き換えてください。",
        "表や行の削除・結合はしないでください（読み取りに使います）。"
        "ご記入後、このファイルを保存してご返送ください。",
    ):
        run = note.add_run("・" + text + "\n")
        run.font.size = Pt(9)


def build_feedback_form(data: FeedbackFormData, options: docstyle.DocOptions | None = None) -> Any:
    """The form as a python-docx Document (not saved)."""
    options = options or docstyle.DocOptions(
        header_text=f"{data.programme_name}　{TITLE}（{data.supervisor_name} 様）"
    )
    doc = docstyle.new_document(options)
    _header(doc, data)
    for number, entry in enumerate(data.entries, start=1):
        if number > 1:
            doc.add_page_break()
        _entry(doc, data, number, entry)
    docstyle.set_custom_properties(doc, data.properties)
    record_layout(doc)
    return doc


def write_feedback_form(
    data: FeedbackFormData, path: Path, options: docstyle.DocOptions | None = None
) -> Path:
    """Write the form to *path* (atomically: no half-written file on failure)."""
    return docstyle.save(build_feedback_form(data, options), Path(path))
