"""The hearing sheet as a Word document a municipality fills in and sends back.

The layout follows the contract in ``services.hearing_sheet`` (custom properties, a
hidden marker in each question's label cell and in the 市町村 row, answers in the white
cells), so that
``plan_sheet_import`` can read a returned sheet. Grey cells are ours; white cells are
theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dxworkshop.domain.dates import fiscal_year_label, format_date
from dxworkshop.domain.enums import QuestionKind
from dxworkshop.reports import docstyle
from dxworkshop.services import hearings as hs
from dxworkshop.services.forms.identity import marker
from dxworkshop.services.forms.marks import CHECKED, UNCHECKED, options_text
from dxworkshop.services.forms.preview import record_layout
from dxworkshop.services.hearing_sheet import (
    ATTENDEES_LABEL,
    BLANK_TABLE_ROWS,
    DATE_LABEL,
    MUNICIPALITY_LABEL,
    SheetData,
    SheetQuestion,
)

TITLE = "事前ヒアリングシート"
TEXT_WIDTH_MM = 166.0
LABEL_MM = 62.0
LABEL_FILL = "F3F4F6"
HEADER_FILL = "E5E7EB"
NUMBER_COLUMN_MM = 20.0
#: Columns of the known tables that hold numbers: narrow on the sheet.
_NUMBER_COLUMNS = ("cases_per_year", "minutes_per_case", "people")


def hearing_sheet_file_name(data: SheetData) -> str:
    """e.g. 事前ヒアリングシート_倉敷市.docx (記入用 for a blank one)."""
    parts = [TITLE, data.municipality_name]
    if data.department_name:
        parts.append(data.department_name)
    if data.blank:
        parts.append("記入用")
    return docstyle.safe_file_name(*parts)


def _label_cell(cell: Any, text: str, hidden: str = "") -> None:
    cell.text = ""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(text)
    if hidden:
        docstyle.add_hidden_text(paragraph, hidden)
    docstyle.shade(cell, LABEL_FILL)


def _answer_cell(cell: Any, text: str) -> None:
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _widths(table: Any, widths_mm: list[float]) -> None:
    """Fixed column widths, on the grid too (LibreOffice and some Word versions read only that)."""
    from docx.shared import Mm

    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=False):
        col.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def _min_height(row: Any, mm: float) -> None:
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Mm

    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def _answer_text(question: SheetQuestion) -> str:
    value = question.value
    if question.kind == QuestionKind.CHOICE:
        chosen = question.choices.index(value) if value in question.choices else None
        return options_text(question.choices, chosen)
    if question.kind == QuestionKind.SCALE:
        return options_text(question.choices, value if isinstance(value, int) else None)
    if question.kind == QuestionKind.NUMBER:
        return hs.cell_text(value)
    return str(value) if value else ""


def _question_rows(doc: Any, questions: list[SheetQuestion]) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for q in questions:
        row = table.add_row()
        label, answer = row.cells
        _label_cell(label, q.text, q.marker)
        _answer_cell(answer, _answer_text(q))
        if q.kind == QuestionKind.TEXT:
            _min_height(row, 22)
        else:
            _min_height(row, 9)
    _widths(table, [LABEL_MM, TEXT_WIDTH_MM - LABEL_MM])


def _table_widths(columns: tuple[str, ...]) -> list[float]:
    found = hs.column_map(columns, hs.ISSUE_COLUMNS)
    narrow = {found[name] for name in _NUMBER_COLUMNS if name in found}
    wide = [i for i in range(len(columns)) if i not in narrow]
    rest = TEXT_WIDTH_MM - NUMBER_COLUMN_MM * len(narrow)
    each = rest / len(wide) if wide else 0.0
    return [NUMBER_COLUMN_MM if i in narrow else each for i in range(len(columns))]


def _table_question(doc: Any, q: SheetQuestion) -> None:
    from docx.shared import Pt

    heading = doc.add_paragraph()
    heading.add_run(q.text).bold = True
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    rows = [list(r) for r in q.value] if isinstance(q.value, list) else []
    table = doc.add_table(rows=1, cols=len(q.choices))
    table.style = "Table Grid"
    for index, (cell, column) in enumerate(zip(table.rows[0].cells, q.choices, strict=True)):
        cell.text = ""
        paragraph = cell.paragraphs[0]
        paragraph.add_run(column).bold = True
        if index == 0:
            docstyle.add_hidden_text(paragraph, q.marker)
        docstyle.shade(cell, HEADER_FILL)
    docstyle.repeat_header_row(table)
    for values in [*rows, *([[None] * len(q.choices)] * BLANK_TABLE_ROWS)]:
        row = table.add_row()
        _min_height(row, 8)
        for cell, value in zip(row.cells, values, strict=False):
            cell.text = hs.cell_text(value)
    _widths(table, _table_widths(q.choices))


def _header(doc: Any, data: SheetData) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle = data.programme_name
    if data.fiscal_year and str(data.fiscal_year) not in subtitle and "年度" not in subtitle:
        subtitle = f"{fiscal_year_label(data.fiscal_year, True)}　{subtitle}"
    lead = doc.add_paragraph(subtitle)
    lead.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lead.paragraph_format.space_after = Pt(10)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    # The 市町村 field is the body's word on whose sheet this is (with its hidden marker):
    # the import checks it against the properties.
    fixed = [(MUNICIPALITY_LABEL, data.municipality_name, data.municipality_marker)]
    if data.department_name:
        fixed.append(("所属", data.department_name, ""))
    for label, value, hidden in fixed:
        cells = table.add_row().cells
        _label_cell(cells[0], label, hidden)
        _label_cell(cells[1], value)
    cells = table.add_row().cells
    _label_cell(cells[0], DATE_LABEL, marker("date"))
    _answer_cell(cells[1], format_date(data.date) if data.date else "　　　　年　　月　　日")
    row = table.add_row()
    _label_cell(row.cells[0], f"{ATTENDEES_LABEL}（所属・職・氏名）", marker("attendees"))
    _answer_cell(row.cells[1], data.attendees)
    _min_height(row, 14)
    _widths(table, [LABEL_MM, TEXT_WIDTH_MM - LABEL_MM])

    note = doc.add_paragraph()
    note.paragraph_format.space_before = Pt(8)
    for text in (
        "白い欄にご記入ください（灰色の欄は記入不要です）。",
        f"選択肢は、該当するものの「{UNCHECKED}」を「{CHECKED}」に置き換えてください"
        "（該当しない選択肢を消していただいても構いません）。",
        "表の行が足りない場合は、Wordで行を追加してください。"
        "表や行の削除・結合はしないでください（読み取りに使います）。",
    ):
        run = note.add_run("・" + text + "\n")
        run.font.size = Pt(9)


def build_hearing_sheet(data: SheetData, options: docstyle.DocOptions | None = None) -> Any:
    """The sheet as a python-docx Document (not saved)."""
    from docx.shared import Pt

    options = options or docstyle.DocOptions(
        header_text=f"{data.programme_name}　{TITLE}（{data.municipality_name}）"
    )
    doc = docstyle.new_document(options)
    _header(doc, data)
    for number, section in enumerate(data.sections, start=1):
        doc.add_heading(f"{number}. {section.title}", level=2)
        pending: list[SheetQuestion] = []
        for q in section.questions:
            if q.kind == QuestionKind.TABLE:
                if pending:
                    _question_rows(doc, pending)
                    pending = []
                _table_question(doc, q)
            else:
                pending.append(q)
        if pending:
            _question_rows(doc, pending)
    closing = doc.add_paragraph("ご協力ありがとうございました。")
    closing.paragraph_format.space_before = Pt(12)
    docstyle.set_custom_properties(doc, data.properties)
    record_layout(doc)
    return doc


def write_hearing_sheet(
    data: SheetData, path: Path, options: docstyle.DocOptions | None = None
) -> Path:
    """Write the sheet to *path* (atomically: no half-written file on failure)."""
    return docstyle.save(build_hearing_sheet(data, options), Path(path))
