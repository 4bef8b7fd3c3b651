from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from dxworkshop.reports.chart_style import figure_png, new_figure
from dxworkshop.reports.docstyle import (
    MINCHO,
    DocOptions,
    add_key_values,
    add_picture_png,
    add_table,
    new_document,
    safe_file_name,
    save,
)


def test_document_is_a4_with_japanese_fonts_and_page_numbers(tmp_path: Path) -> None:
    doc = new_document(DocOptions(header_text="令和8年度 業務改善研修"))
    doc.add_heading("上司向けサマリー", level=1)
    doc.add_paragraph("本文です。")
    table = add_table(doc, ["業務名", "時間/年"], [["転入届", "600"]] * 3)
    add_key_values(doc, [("対象業務", "住民異動届の受付")])
    fig = new_figure(12, 6)
    ax = fig.add_subplot()
    ax.bar(["倉敷市", "岡山市"], [3, 5])
    ax.set_title("市町村別")
    add_picture_png(doc, figure_png(fig), 120)
    path = save(doc, tmp_path / "doc.docx")

    reopened = docx.Document(str(path))
    section = reopened.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    normal = reopened.styles["Normal"]
    assert normal.font.size.pt == 10.5
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "游ゴシック"
    heading_fonts = reopened.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading_fonts.get(qn("w:eastAsiaTheme")) is None
    assert heading_fonts.get(qn("w:eastAsia")) == "游ゴシック"
    assert "令和8年度 業務改善研修" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    first_row = reopened.tables[0].rows[0]._tr
    assert first_row.trPr.find(qn("w:tblHeader")) is not None
    assert len(reopened.inline_shapes) == 1
    assert table is not None


def test_mincho_body_keeps_gothic_headings() -> None:
    doc = new_document(DocOptions(font=MINCHO))
    body = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert body.get(qn("w:eastAsia")) == MINCHO
    head = doc.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert head.get(qn("w:eastAsia")) == "游ゴシック"


def test_safe_file_names() -> None:
    assert (
        safe_file_name("上司向けサマリー", "倉敷市", "山田 太郎")
        == "上司向けサマリー_倉敷市_山田 太郎.docx"
    )
    assert safe_file_name("a/b:c", "  ", "x?.") == "a_b_c_x_.docx"
    assert safe_file_name("") == "document.docx"


def test_save_leaves_nothing_behind_on_failure(tmp_path: Path) -> None:
    class Broken:
        def save(self, target: object) -> None:
            raise OSError("disk full")

    with pytest.raises(OSError):
        save(Broken(), tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []
