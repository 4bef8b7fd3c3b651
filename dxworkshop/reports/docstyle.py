"""The shared look of every Word document: A4, Japanese office fonts, header, footer, tables.

Body 10.5 pt in 游ゴシック (or MS 明朝), eastAsia fonts set on every style with the
theme attributes removed (they would otherwise win over explicit names), A4 with
margins Japanese offices use, the programme name in the header and page numbers in
the footer, table header rows repeated across pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxworkshop.domain.dates import format_date
from dxworkshop.domain.text import storable

GOTHIC = "游ゴシック"
MINCHO = "ＭＳ 明朝"
LATIN_GOTHIC = "Yu Gothic"
LATIN_MINCHO = "MS Mincho"
BODY_PT = 10.5


@dataclass(frozen=True)
class DocOptions:
    font: str = GOTHIC  # GOTHIC or MINCHO
    wareki: bool = False
    header_text: str = ""
    author: str = ""  # the document's author in File ▸ Properties (the organiser)

    @property
    def latin_font(self) -> str:
        return LATIN_MINCHO if self.font == MINCHO else LATIN_GOTHIC


def date_text(day: dt.date | None, options: DocOptions) -> str:
    return format_date(day, wareki=options.wareki)


def _set_fonts(style_or_run: Any, east_asia: str, latin: str) -> None:
    from docx.oxml.ns import qn

    element = style_or_run.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)


def new_document(options: DocOptions | None = None) -> Any:
    """A python-docx Document with the house style applied (returns docx Document)."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm, Pt, RGBColor

    options = options or DocOptions()
    doc = Document()
    # python-docx's template says "python-docx" as author and comment: a supervisor
    # opening File ▸ Properties should see the organiser, and the title (set on save).
    props = doc.core_properties
    props.author = options.author
    props.last_modified_by = options.author
    props.comments = ""
    props.keywords = ""
    props.subject = options.header_text
    props.title = ""
    section = doc.sections[0]
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.left_margin = Mm(22)
    section.right_margin = Mm(22)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)

    styles = doc.styles
    for style in styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE):
            try:
                _set_fonts(style, options.font, options.latin_font)
            except AttributeError:  # some latent styles have no run properties
                continue
    normal = styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Title", 18), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0x11, 0x18, 0x27)
        # Headings in Japanese documents are usually ゴシック even when the body is 明朝.
        _set_fonts(style, GOTHIC, LATIN_GOTHIC)
        style.paragraph_format.space_before = Pt(10 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    _header_footer(doc, options)
    return doc


def _field(paragraph: Any, instruction: str) -> None:
    """Insert a Word field (e.g. PAGE) into *paragraph*."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, text, end):
        run._r.append(element)


def _header_footer(doc: Any, options: DocOptions) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = options.header_text
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in header.runs:
        run.font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("– ")
    _field(footer, "PAGE")
    footer.add_run(" / ")
    _field(footer, "NUMPAGES")
    footer.add_run(" –")
    for run in footer.runs:
        run.font.size = Pt(8)


def repeat_header_row(table: Any) -> None:
    """Mark the first row of *table* as a header row repeated on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def add_table(
    doc: Any, headers: list[str], rows: list[list[str]], widths_mm: list[float] | None = None
) -> Any:
    """A bordered table with a shaded header row repeated across pages."""
    from docx.shared import Mm

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        shade(cell, "E5E7EB")
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    repeat_header_row(table)
    if widths_mm:
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm, strict=False):
                cell.width = Mm(width)
    return table


def add_key_values(doc: Any, pairs: list[tuple[str, str]], label_mm: float = 40) -> Any:
    """A two-column table of labels and values (e.g. the A3 fields of a plan)."""
    from docx.shared import Mm

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in pairs:
        cells = table.add_row().cells
        cells[0].text = label
        shade(cells[0], "F3F4F6")
        cells[1].text = value
        cells[0].width = Mm(label_mm)
        cells[1].width = Mm(166 - label_mm)
    return table


def add_picture_png(doc: Any, png: bytes, width_mm: float = 160) -> None:
    import io

    from docx.shared import Mm

    doc.add_picture(io.BytesIO(png), width=Mm(width_mm))


_UNSAFE = '<>:"/\\|?*'


def safe_file_name(*parts: str, suffix: str = ".docx") -> str:
    """A file name that says what it is and is valid on Windows: parts joined by _."""
    cleaned = []
    for part in parts:
        text = "".join("_" if c in _UNSAFE or ord(c) < 32 else c for c in storable(part).strip())
        text = text.strip(" .")
        if text:
            cleaned.append(text)
    name = "_".join(cleaned) or "document"
    return name[:120] + suffix


def save(doc: Any, path: Path, *, replace: bool = True) -> Path:
    """Save through a temporary name so a failure or cancel leaves no half-written file.

    The document is readable by its owner only (it holds names and comments). An SQLite
    database at *path* is never replaced (``store.outputs``); another existing file only
    with *replace* — callers that may not replace check first and say so.
    """
    import io

    from dxworkshop.store.outputs import check_target, place, temporary_beside

    # Build the document in memory first: python-docx leaves its zip file open when a
    # write to disk fails half-way, so the file itself is written in a with-block here.
    props = getattr(doc, "core_properties", None)  # (a test's stand-in has none)
    if props is not None:
        props.title = storable(props.title or path.stem)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now
        props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    check_target(path, replace=replace)
    tmp = temporary_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(buffer.getbuffer())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return place(tmp, path, replace=replace)


_CUSTOM_PROPERTIES_PART = "/docProps/custom.xml"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def set_custom_properties(doc: Any, properties: dict[str, str]) -> None:
    """Document custom properties (Word: File ▸ Info ▸ Properties ▸ Custom), as text.

    Forms that come back filled in carry their identity here: Word keeps these through
    editing and saving, and they are not in the way of the person filling in the form.
    """
    from xml.sax.saxutils import escape, quoteattr

    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    entries = "".join(
        f'<property fmtid="{_CUSTOM_FMTID}" pid="{pid}" name={quoteattr(name)}>'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)
    )
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes">{entries}</Properties>'
    ).encode()
    package = doc.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES:
            rel.target_part._blob = blob
            return
    part = Part(PackURI(_CUSTOM_PROPERTIES_PART), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


def add_hidden_text(paragraph: Any, text: str) -> Any:
    """A run Word does not show or print (unless the user asks to see hidden text)."""
    run = paragraph.add_run(text)
    run.font.hidden = True
    return run


def set_column_widths(table: Any, widths_mm: list[float]) -> None:
    """Fixed column widths, on the grid too (LibreOffice and some Word versions read only that)."""
    from docx.shared import Mm

    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=False):
        col.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def min_row_height(row: Any, mm: float) -> None:
    """A row at least *mm* high (room to write in), growing with its text."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Mm

    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def multiline_cell(cell: Any, text: str) -> None:
    """A cell holding *text* with its line breaks as paragraphs."""
    lines = text.split("\n") if text else [""]
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
