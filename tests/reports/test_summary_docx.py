"""上司向けサマリー: opened again with python-docx, section by section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from dxworkshop.domain.enums import Role
from dxworkshop.reports import docstyle
from dxworkshop.reports.matrix_chart import MatrixAxis
from dxworkshop.reports.report_charts import MatrixStamp
from dxworkshop.reports.summary_docx import (
    matrix_cards,
    summary_file_name,
    write_summary,
)
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.services.prioritize import spec_of
from dxworkshop.services.programme import new_programme
from dxworkshop.services.report_data import ReportBook, TraineeReport, gather
from dxworkshop.store.readonly import open_readonly

TODAY = dt.date(2026, 11, 26)
SECTIONS = (
    "1　研修で挙げた業務課題",
    "2　優先順位付け（ペイオフマトリクス）",
    "3　改善テーマ",
    "5　フィードバック",
    "6　職場での実践",
    "7　今後の取組",
)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> ReportBook:
    path = tmp_path_factory.mktemp("demo") / "demo.dxw"
    create_demo(path, today=TODAY).close()
    with open_readonly(path) as ws:
        return gather(ws, today=TODAY)


def stamp_of(book: ReportBook) -> MatrixStamp:
    assert book.matrix_axes is not None
    x, y = book.matrix_axes
    return MatrixStamp(MatrixAxis(x.name, spec_of(x)), MatrixAxis(y.name, spec_of(y)))


def all_text(document: Any) -> str:
    return "".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def headings(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def complete_trainee(book: ReportBook) -> TraineeReport:
    return next(
        t
        for t in book.trainees
        if t.outcome and t.check_ins and t.measurements and t.feedback and t.next_steps
    )


def test_a_complete_summary(book: ReportBook, tmp_path: Path) -> None:
    trainee = complete_trainee(book)
    path = write_summary(
        trainee,
        book.programme,
        tmp_path / summary_file_name(trainee.municipality_name, trainee.name),
        stamp=stamp_of(book),
        today=TODAY,
    )
    assert (
        path.name
        == f"上司向けサマリー_{trainee.municipality_name}_{''.join(trainee.name.split())}.docx"
    )
    document = docx.Document(str(path))

    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    assert book.programme.name in section.header.paragraphs[0].text
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer

    for name in ("Normal", "Heading 1", "Heading 2", "Title", "Report Cell", "Report Note"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == docstyle.GOTHIC, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None
    assert document.styles["Normal"].font.size.pt == 10.5

    found = headings(document)
    for title in SECTIONS:
        assert title in found
    assert f"4　改善計画（第{trainee.plan.version_number}版）" in found  # type: ignore[union-attr]
    assert "実施計画" in found and "効果測定" in found and "成果" in found

    text = all_text(document)
    assert f"{trainee.supervisor_name} 様" in text
    assert trainee.theme is not None and trainee.theme.title in text
    for issue in trainee.issues:
        assert issue.title in text
    assert trainee.plan is not None and trainee.plan.solution in text
    for fb in trainee.feedback:
        assert fb.reviewer_name in text
    for action in trainee.next_steps:
        assert action.title in text
    assert "2026年11月26日" in text and "以上" in text

    assert len(document.inline_shapes) == 1  # the matrix
    tables = document.tables
    assert len(tables) >= 8
    for table in tables:
        first = table.rows[0]._tr
        if first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None:
            assert table.style.name == "Table Grid"
    headed = [t for t in tables if t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert len(headed) >= 5
    issues_table = next(t for t in tables if t.rows[0].cells[0].text == "No.")
    assert len(issues_table.rows) == len(trainee.issues) + 1


def test_matrix_cards_are_numbered_as_the_issue_table(book: ReportBook) -> None:
    trainee = complete_trainee(book)
    cards = matrix_cards(trainee)
    assert cards
    for card in cards:
        issue = trainee.issues[card.number - 1]
        assert card.label == issue.title
        assert (card.x, card.y) == (issue.x_score, issue.y_score)
        assert card.theme == (trainee.theme is not None and issue.id == trainee.theme.id)
    assert sum(c.theme for c in cards) == 1


def test_mincho_and_wareki(book: ReportBook, tmp_path: Path) -> None:
    trainee = complete_trainee(book)
    options = docstyle.DocOptions(
        font=docstyle.MINCHO, wareki=True, header_text=book.programme.name
    )
    path = write_summary(trainee, book.programme, tmp_path / "s.docx", options=options, today=TODAY)
    document = docx.Document(str(path))
    body = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert body.get(qn("w:eastAsia")) == docstyle.MINCHO
    cell = document.styles["Report Cell"].element.rPr.find(qn("w:rFonts"))
    assert cell.get(qn("w:eastAsia")) == docstyle.MINCHO
    heading = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading.get(qn("w:eastAsia")) == docstyle.GOTHIC  # headings stay ゴシック
    text = all_text(document)
    assert "令和8年11月26日" in text and "2026年" not in text
    assert len(document.inline_shapes) == 0  # no stamp given: no matrix


def test_empty_sections_say_so(tmp_path: Path) -> None:
    path = tmp_path / "t.dxw"
    with new_programme(path, "研修", start_date=dt.date(2026, 9, 1)) as ws:
        city = people.add_municipality(ws, "倉敷市")
        people.add_person(ws, "山田 太郎", municipality_id=city.id, roles=[Role.TRAINEE])
        book = gather(ws, today=TODAY)
    trainee = book.trainees[0]
    out = write_summary(trainee, book.programme, tmp_path / "s.docx", stamp=stamp_of(book))
    document = docx.Document(str(out))
    text = all_text(document)
    for line in (
        "業務課題はまだ登録されていません。",
        "評点のついた課題がまだありません。",
        "改善テーマはまだ選ばれていません。",
        "改善計画はまだ作成されていません。",
        "フィードバックはまだ依頼されていません。",
        "職場での実践はまだ始まっていません。",
        "実践項目はまだ登録されていません。",
    ):
        assert line in text
    assert len(document.inline_shapes) == 0
    assert "様" not in text  # no supervisor: no addressee line
    # each section heading is followed by its one-line note, not by an empty section
    paragraphs = [p for p in document.paragraphs if p.text]
    for index, p in enumerate(paragraphs[:-1]):
        if p.style.name == "Heading 1":
            assert paragraphs[index + 1].style.name != "Heading 1"


def test_the_stamped_card_sits_in_its_cell(book: ReportBook) -> None:
    import io

    from PIL import Image, ImageChops

    from dxworkshop.reports.report_charts import MatrixCard

    stamp = stamp_of(book)

    def image(cards: list[MatrixCard]) -> Image.Image:
        return Image.open(io.BytesIO(stamp.png(cards))).convert("RGB")

    empty = image([])

    def where(x: int, y: int) -> tuple[float, float]:
        card = image([MatrixCard(1, "電話対応", x, y, theme=True)])
        box = ImageChops.difference(card, empty).getbbox()
        assert box is not None
        left, top, right, bottom = box
        return ((left + right) / 2 / empty.width, (top + bottom) / 2 / empty.height)

    right_top = where(5, 5)
    left_bottom = where(1, 1)
    assert right_top[0] > 0.8 and right_top[1] < 0.2
    assert left_bottom[0] < 0.25 and left_bottom[1] > 0.7
