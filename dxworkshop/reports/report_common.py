"""What the three Word reports share: their words, number formats and table helpers.

The reports are Japanese office documents whatever the UI language, so their labels of
the domain's enumerations live here rather than in the translated UI catalogue. The
helpers build on ``docstyle`` (the house style) and add what dense report tables need:
fixed column widths that Word and LibreOffice both honour, 9 pt cells, numbers aligned
right, a one-line note where a section has no data.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from dxworkshop.domain.dates import WEEKDAYS, fiscal_year_label
from dxworkshop.reports import docstyle
from dxworkshop.reports.matrix_chart import QUADRANT_LABELS

ECRS_LABELS = {
    "eliminate": "排除（E）",
    "combine": "結合（C）",
    "rearrange": "交換（R）",
    "simplify": "簡素化（S）",
}
ECRS_SHORT = {"eliminate": "排除", "combine": "結合", "rearrange": "交換", "simplify": "簡素化"}
DECISION_LABELS = {"approved": "承認", "conditional": "条件付き承認", "rework": "再検討"}
FEEDBACK_STATUS_LABELS = {"requested": "依頼中", "received": "受領", "addressed": "対応済み"}
ACTION_STATUS_LABELS = {"todo": "未着手", "doing": "実施中", "done": "完了", "blocked": "停滞"}
REVIEWER_LABELS = {"supervisor": "上司", "instructor": "講師"}
HEARING_STATUS_LABELS = {"planned": "予定", "done": "実施済み"}
SOURCE_LABELS = {"workshop": "ワークショップ", "hearing": "事前ヒアリング", "other": "その他"}

DASH = "—"
NOT_YET = "まだありません。"


def quadrant_label(value: str | None) -> str:
    return QUADRANT_LABELS.get(value, DASH) if value else DASH


def label(table: dict[str, str], value: str | None) -> str:
    if not value:
        return DASH
    return table.get(str(value), str(value))


def ecrs_text(values: Iterable[str]) -> str:
    return "、".join(label(ECRS_LABELS, v) for v in values) or DASH


def join(values: Iterable[str]) -> str:
    return "、".join(v for v in values if v) or DASH


def number_text(value: float | None) -> str:
    """6100.0 → 6,100; 2.5 → 2.5; None → —."""
    if value is None or not math.isfinite(value):
        return DASH
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def hours_text(value: float | None) -> str:
    """Annual hours rounded to whole hours: 3,660時間; None → —."""
    if value is None or not math.isfinite(value):
        return DASH
    return f"{round(value):,}時間"


def hours_number(value: float | None) -> str:
    """Annual hours in a table column whose heading names the unit: 3,660; None → —."""
    if value is None or not math.isfinite(value):
        return DASH
    return f"{round(value):,}"


def ecrs_short(values: Iterable[str]) -> str:
    """排除・結合: the ECRS classes in a narrow column."""
    return "・".join(ECRS_SHORT.get(v, v) for v in values) or DASH


def workload_text(cases: float | None, minutes: float | None, people: float | None) -> str:
    """年6,100件 × 6分 × 6人 (the unknown parts as ？)."""
    if cases is None and minutes is None and people is None:
        return DASH

    def part(value: float | None, unit: str) -> str:
        return f"{number_text(value)}{unit}" if value is not None else f"？{unit}"

    return f"{part(cases, '件')} × {part(minutes, '分')} × {part(people, '人')}"


def percent_text(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{round(value)}%"


def or_dash(text: str | None) -> str:
    text = (text or "").strip()
    return text or DASH


def person_file_part(name: str) -> str:
    """山田 太郎 → 山田太郎: file names carry names without the space."""
    return "".join(name.split())


# --- document helpers ---------------------------------------------------------------------
#
# A batch export writes hundreds of documents, and python-docx looks a style up by name
# by scanning every style of the document (about 2 ms each time), and builds a table
# cell by cell through several layers. These helpers set style ids directly and fill
# the table XML in one pass: a summary takes a few milliseconds instead of 0.15 s.

TEXT_WIDTH_MM = 166.0  # A4 minus the house margins
TABLE_PT = 9.0
NOTE_PT = 9.0
LABEL_FILL = "F3F4F6"
HEADER_FILL = "E5E7EB"
TOTAL_FILL = "F9FAFB"
GREY = "4B5563"

TITLE_STYLE = "Title"
HEADING_STYLES = {1: "Heading1", 2: "Heading2", 3: "Heading3"}
TABLE_STYLE = "TableGrid"
CELL_STYLE = "ReportCell"
CELL_BOLD_STYLE = "ReportCellBold"
CELL_NUMBER_STYLE = "ReportCellNumber"
NOTE_STYLE = "ReportNote"
_REPORT_STYLES = (
    # id, name, bold, right-aligned, size, grey
    (CELL_STYLE, "Report Cell", False, False, TABLE_PT, False),
    (CELL_BOLD_STYLE, "Report Cell Bold", True, False, TABLE_PT, False),
    (CELL_NUMBER_STYLE, "Report Cell Number", False, True, TABLE_PT, False),
    (NOTE_STYLE, "Report Note", False, False, NOTE_PT, True),
)


def new_report_document(options: docstyle.DocOptions) -> Any:
    """A blank document in the house style, with the report's table and note styles."""
    doc = docstyle.new_document(options)
    add_report_styles(doc, options)
    return doc


def add_report_styles(doc: Any, options: docstyle.DocOptions) -> None:
    """Paragraph styles of table cells (9 pt, no spacing) and notes (9 pt, grey)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    for style_id, name, bold, right, size, grey in _REPORT_STYLES:
        if any(s.style_id == style_id for s in styles):
            continue
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
        style.base_style = styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold or None
        if grey:
            style.font.color.rgb = RGBColor.from_string(GREY)
        fmt = style.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0 if style_id != NOTE_STYLE else 3)
        fmt.line_spacing = 1.05
        if right:
            fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), options.font)
        fonts.set(qn("w:ascii"), options.latin_font)
        fonts.set(qn("w:hAnsi"), options.latin_font)


class DocumentFactory:
    """Blank report documents: the house style is built once, then each copy is parsed."""

    def __init__(self, options: docstyle.DocOptions) -> None:
        import io

        self.options = options
        buffer = io.BytesIO()
        new_report_document(options).save(buffer)
        self._template = buffer.getvalue()

    def new(self) -> Any:
        import io

        from docx import Document

        return Document(io.BytesIO(self._template))


def styled(doc: Any, text: str, style_id: str | None = None) -> Any:
    """A paragraph with a style given by id (no lookup by name)."""
    p = doc.add_paragraph(text)
    if style_id:
        p._p.style = style_id
    return p


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TWIPS_PER_MM = 1440 / 25.4


def _runs(text: str) -> str:
    """A run holding *text*, line breaks as <w:br/> (no run at all for empty text)."""
    if not text:
        return ""
    parts = [
        f'<w:t xml:space="preserve">{escape(line)}</w:t>'
        for line in _BAD_XML.sub("", text).split("\n")
    ]
    return "<w:r>" + "<w:br/>".join(parts) + "</w:r>"


def _cell(text: str, width: int, style_id: str, fill: str | None) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{_runs(text)}</w:p></w:tc>'
    )


def _table_xml(
    rows: Sequence[Sequence[tuple[str, str, str | None]]],  # (text, style id, fill)
    widths_mm: Sequence[float],
    *,
    header: bool,
) -> str:
    twips = [round(w * _TWIPS_PER_MM) for w in widths_mm]
    out = [
        f'<w:tbl xmlns:w="{_W}"><w:tblPr><w:tblStyle w:val="{TABLE_STYLE}"/>'
        '<w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="34" w:type="dxa"/><w:bottom w:w="34" w:type="dxa"/>'
        "</w:tblCellMar>"
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
    ]
    out.extend(f'<w:gridCol w:w="{w}"/>' for w in twips)
    out.append("</w:tblGrid>")
    for index, row in enumerate(rows):
        repeat = '<w:tblHeader w:val="true"/>' if header and index == 0 else ""
        out.append(f"<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>")
        out.extend(
            _cell(text, width, style, fill)
            for (text, style, fill), width in zip(row, twips, strict=True)
        )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _add_table_xml(doc: Any, xml: str) -> Any:
    from docx.oxml import parse_xml
    from docx.table import Table

    tbl = parse_xml(xml)
    doc.element.body._insert_tbl(tbl)
    return Table(tbl, doc._body)


def table(
    doc: Any,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    *,
    right: Iterable[int] = (),
    total: Sequence[str] | None = None,
) -> Any:
    """A report table: shaded header row repeated on every page, 9 pt cells.

    *right* lists the columns of numbers (aligned right); *total* is a bold last row.
    Rows never split across pages; column widths are fixed (on the grid as well, which
    is all LibreOffice and some Word versions read).
    """
    numbers = set(right)
    cells: list[list[tuple[str, str, str | None]]] = [
        [(text, CELL_BOLD_STYLE, HEADER_FILL) for text in headers]
    ]
    for values in rows:
        cells.append(
            [
                (text, CELL_NUMBER_STYLE if col in numbers else CELL_STYLE, None)
                for col, text in enumerate(values)
            ]
        )
    if total is not None:
        cells.append(
            [
                (text, CELL_NUMBER_STYLE if col in numbers else CELL_BOLD_STYLE, TOTAL_FILL)
                for col, text in enumerate(total)
            ]
        )
    return _add_table_xml(doc, _table_xml(cells, widths_mm, header=True))


def key_values(doc: Any, pairs: Sequence[tuple[str, str]], *, label_mm: float = 36.0) -> Any:
    """Labels (shaded) and values, two columns: the A3 fields of a plan, a person's data."""
    cells = [
        [(label_text, CELL_BOLD_STYLE, LABEL_FILL), (value, CELL_STYLE, None)]
        for label_text, value in pairs
    ]
    return _add_table_xml(
        doc, _table_xml(cells, [label_mm, TEXT_WIDTH_MM - label_mm], header=False)
    )


def heading(doc: Any, text: str, level: int = 1) -> Any:
    return styled(doc, text, HEADING_STYLES[level])


def paragraph(doc: Any, text: str) -> Any:
    return styled(doc, text)


def note(doc: Any, text: str) -> Any:
    """A one-line remark under a table or in place of an empty section (9 pt, grey)."""
    return styled(doc, text, NOTE_STYLE)


def bullets(doc: Any, items: Iterable[str]) -> None:
    from docx.shared import Mm

    for item in items:
        p = doc.add_paragraph("・" + item)
        p.paragraph_format.left_indent = Mm(4)
        p.paragraph_format.first_line_indent = Mm(-4)


def picture(doc: Any, png: bytes, width_mm: float, caption: str = "") -> None:
    """A centred picture with its caption (図) under it, kept on one page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    docstyle.add_picture_png(doc, png, width_mm)
    last = doc.paragraphs[-1]
    last.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if caption:
        last.paragraph_format.keep_with_next = True
        note(doc, caption).alignment = WD_ALIGN_PARAGRAPH.CENTER


def title_block(doc: Any, title: str, subtitle: str, dated: str, addressee: str = "") -> None:
    """The date on the right, the addressee (〇〇 様) for a letter, title and subtitle."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    date_line = doc.add_paragraph(dated)
    date_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if addressee:
        doc.add_paragraph(addressee).paragraph_format.space_before = Pt(6)
    styled(doc, title, TITLE_STYLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    lead = doc.add_paragraph(subtitle)
    lead.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lead.paragraph_format.space_after = Pt(12)


def page_break(doc: Any) -> None:
    doc.add_page_break()


def closing(doc: Any) -> None:
    """以上: the end of a Japanese office document."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph("以上")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(12)


def date_text(day: dt.date | None, options: docstyle.DocOptions) -> str:
    return docstyle.date_text(day, options) or DASH


def table_date(
    day: dt.date | None, options: docstyle.DocOptions, year: int | None, *, weekday: bool = False
) -> str:
    """A date in a table: 11月12日 in the programme's own year, the full date otherwise."""
    if day is None:
        return DASH
    if year is not None and day.year == year:
        text = f"{day.month}月{day.day}日"
    else:
        text = docstyle.date_text(day, options)
    if weekday:
        text += f"（{WEEKDAYS[day.weekday()]}）"
    return text


def period_text(start: dt.date | None, end: dt.date | None, options: docstyle.DocOptions) -> str:
    if start is None and end is None:
        return DASH
    return f"{docstyle.date_text(start, options)}〜{docstyle.date_text(end, options)}"


def year_text(fiscal_year: int | None, options: docstyle.DocOptions) -> str:
    return fiscal_year_label(fiscal_year, options.wareki) if fiscal_year else DASH
