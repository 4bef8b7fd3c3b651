"""市町村別サマリー: opened again with python-docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from dxworkshop.reports import docstyle
from dxworkshop.reports.municipality_docx import (
    hours_chart_png,
    municipality_file_name,
    progress_chart_png,
    write_municipality,
)
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.services.programme import new_programme
from dxworkshop.services.report_data import ReportBook, gather
from dxworkshop.store.readonly import open_readonly

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> ReportBook:
    path = tmp_path_factory.mktemp("demo") / "demo.dxw"
    create_demo(path, today=TODAY).close()
    with open_readonly(path) as ws:
        return gather(ws, today=TODAY)


def all_text(document: Any) -> str:
    return "".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def headings(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_a_municipality_with_hearing_trainees_plans_and_cases(
    book: ReportBook, tmp_path: Path
) -> None:
    report = next(mr for mr in book.municipalities if mr.spread_cases)
    path = write_municipality(
        report, book.programme, tmp_path / municipality_file_name(report.name), today=TODAY
    )
    assert path.name == f"市町村別サマリー_{report.name}.docx"
    document = docx.Document(str(path))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    assert book.programme.name in section.header.paragraphs[0].text
    assert "NUMPAGES" in section.footer._element.xml
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == docstyle.GOTHIC

    assert "1　事前ヒアリングの結果" in headings(document)
    assert "所見" in headings(document)
    for title in ("2　受講者と改善テーマ", "3　改善計画と効果", "4　横展開が期待される取組"):
        assert title in headings(document)

    text = all_text(document)
    assert report.hearing is not None
    for finding in report.hearing.findings:
        assert finding in text
    for answer in report.hearing.answers:
        assert answer.answer in text
    for trainee in report.trainees:
        assert trainee.name in text
        if trainee.theme:
            assert trainee.theme.title in text
    participants = next(t for t in document.tables if t.rows[0].cells[0].text == "氏名")
    assert len(participants.rows) == len(report.trainees) + 1
    plans = next(t for t in document.tables if t.rows[0].cells[0].text == "受講者")
    assert plans.rows[-1].cells[0].text == "合計"
    assert plans.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(document.inline_shapes) == 2  # hearing progress, hours per trainee
    assert hours_chart_png(report) is not None
    assert progress_chart_png(report) is not None
    assert report.progress is not None and len(report.progress.rows) == 1
    # no other municipality's trainee appears
    others = {t.name for t in book.trainees if t.municipality_id != report.id}
    assert not any(name in text for name in others - {t.name for t in report.trainees})


def test_nothing_yet_says_so(tmp_path: Path) -> None:
    with new_programme(tmp_path / "t.dxw", "研修", start_date=dt.date(2026, 9, 1)) as ws:
        city = people.add_municipality(ws, "倉敷市", code="332020")
        hs.add_hearing(ws, city.id)
        book = gather(ws, today=TODAY)
    report = book.municipality(book.municipalities[0].id)
    out = write_municipality(report, book.programme, tmp_path / "m.docx", today=TODAY)
    document = docx.Document(str(out))
    text = all_text(document)
    assert "回答はまだ記録されていません。" in text
    assert "この市町村の受講者はいません。" in text
    assert "改善計画はまだ作成されていません。" in text
    assert "4　横展開が期待される取組" not in headings(document)  # left out, not empty
    assert len(document.inline_shapes) == 0
