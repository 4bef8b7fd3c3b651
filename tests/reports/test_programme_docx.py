"""研修実施報告書: opened again with python-docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from dxworkshop.reports import docstyle
from dxworkshop.reports.programme_docx import (
    build_programme,
    programme_file_name,
    write_programme,
)
from dxworkshop.services.demo import create_demo
from dxworkshop.services.programme import new_programme
from dxworkshop.services.report_data import ReportBook, gather
from dxworkshop.store.readonly import open_readonly

TODAY = dt.date(2026, 11, 26)
SECTIONS = (
    "1　研修の概要",
    "2　実施経過",
    "3　参加状況",
    "4　市町村のDX推進状況（事前ヒアリング）",
    "5　業務課題の傾向",
    "6　改善テーマと改善の手法",
    "7　フィードバックの結果",
    "8　職場での実践の成果",
    "9　成果と横展開の可能性",
    "別表　改善テーマの一覧",
)


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


def test_the_programme_report(book: ReportBook, tmp_path: Path) -> None:
    report = book.programme_report()
    path = write_programme(report, tmp_path / programme_file_name(report.programme.name))
    assert path.name.startswith("研修実施報告書_")
    document = docx.Document(str(path))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1)
    assert abs(section.page_height - Mm(297)) < Mm(1)
    assert report.programme.name in section.header.paragraphs[0].text
    assert "PAGE" in section.footer._element.xml
    for name in ("Normal", "Title", "Heading 1", "Report Cell"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == docstyle.GOTHIC, name

    assert [h for h in headings(document) if h in SECTIONS] == list(SECTIONS)
    # charts: hearing progress, categories, mix, decisions, hours per municipality
    assert len(document.inline_shapes) == 5

    text = all_text(document)
    for p in report.participation:
        assert p.municipality_name in text
    for s in report.sessions_held:
        assert s.title in text
    assert "今後の予定" in text
    assert "合計と内訳の和が一致しないことがある" in text  # rounded per municipality
    for case in report.cases[:5]:
        assert case.spread_potential in text
    assert "岡山県" in text
    # trainees are not named in the prefecture's report
    assert not any(t.name in text for t in book.trainees)

    participation = next(t for t in document.tables if t.rows[0].cells[0].text == "市町村")
    assert participation.rows[-1].cells[0].text == "合計"
    assert participation.rows[-1].cells[2].text == "40"
    themes = document.tables[-1]
    assert len(themes.rows) == len(report.themes) + 1
    for table in document.tables:
        tr_pr = table.rows[0]._tr.trPr
        if table.rows[0].cells[0].text in ("市町村", "日付", "分類", "市町村・所属"):
            assert tr_pr.find(qn("w:tblHeader")) is not None


def test_charts_go_through_the_callers_cache(book: ReportBook) -> None:
    asked: list[str] = []

    def charts(key: str, make: Any) -> bytes:
        from dxworkshop.reports.chart_style import figure_png

        asked.append(key)
        return figure_png(make(), dpi=40)

    build_programme(book.programme_report(), charts=charts)
    assert asked == [
        "hearing-progress",
        "issue-categories",
        "mix",
        "decisions",
        "hours-by-municipality",
    ]


def test_an_empty_programme_says_so(tmp_path: Path) -> None:
    with new_programme(tmp_path / "t.dxw", "研修", organiser="岡山県") as ws:
        report = gather(ws, today=TODAY).programme_report()
    document = docx.Document(str(write_programme(report, tmp_path / "p.docx")))
    text = all_text(document)
    for line in (
        "実施した研修回はまだありません。",
        "参加した市町村はまだありません。",
        "比較できるヒアリングの回答はまだありません。",
        "業務課題はまだ登録されていません。",
        "改善テーマはまだ選ばれていません。",
        "削減効果はまだ算定されていません。",
        "横展開の可能性が報告された事例はまだありません。",
    ):
        assert line in text
    assert "別表　改善テーマの一覧" not in headings(document)
    assert len(document.inline_shapes) == 0
