from __future__ import annotations

import math

import pytest

from dxworkshop.domain import limits
from dxworkshop.domain.text import spreadsheet_safe, storable, unstorable_character


@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x0b", "\x1f", "\ud800", "\ufffe", "\uffff"])
def test_characters_no_document_can_hold_are_found_and_removed(bad: str) -> None:
    text = f"山田{bad}太郎"
    assert unstorable_character(text) == f"U+{ord(bad):04X}"
    assert storable(text) == "山田太郎"


def test_tab_newline_and_all_japanese_text_are_kept() -> None:
    text = "課題\t一\n二\r\n三　①ｶﾅ😀"
    assert unstorable_character(text) is None
    assert storable(text) == text


def test_the_kept_text_is_accepted_by_a_word_document() -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph(storable("a\x00b\x1fc\ufffe"))  # raised ValueError before stripping
    with pytest.raises(ValueError):
        doc.add_paragraph("a\x00b")


@pytest.mark.parametrize("text", ["=1+1", "+81", "-3", "@SUM(A1)", "\t=x"])
def test_formula_text_is_quoted_for_a_spreadsheet(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text
    assert spreadsheet_safe("合計=3") == "合計=3"


def test_ranges_refuse_what_is_not_a_sane_number() -> None:
    cases = limits.CASES_PER_YEAR
    assert cases.contains(0) and cases.contains(250_000) and cases.contains(12.5)
    for bad in (-1, 1e308, math.inf, math.nan, True, "3", None):
        assert not cases.contains(bad)  # type: ignore[arg-type]
    assert cases.describe() == "0–10,000,000"
    worst = cases.high * limits.MINUTES_PER_CASE.high * limits.PEOPLE.high / 60
    assert math.isfinite(worst) and worst < 1e16


def test_every_stored_float_column_has_a_range() -> None:
    from dxworkshop.store import models as m

    floats = {
        column.name
        for table in m.metadata.tables.values()
        for column in table.columns
        if column.type.python_type is float
    }
    assert floats <= set(limits.BY_FIELD), floats - set(limits.BY_FIELD)


def test_storable_in_cleans_a_read_model_and_keeps_a_clean_one() -> None:
    import dataclasses

    from dxworkshop.domain.text import storable_in

    @dataclasses.dataclass(frozen=True)
    class Line:
        name: str
        tags: tuple[str, ...]
        extra: dict[str, list[str]]

    clean = Line("倉敷市", ("a",), {"k": ["v"]})
    assert storable_in(clean) is clean
    dirty = Line("倉敷市\x00", ("a\x01", "b"), {"k\x07": ["v\x0b"]})
    assert storable_in(dirty) == Line("倉敷市", ("a", "b"), {"k": ["v"]})
    assert storable_in(["x\x1b", 3, None]) == ["x", 3, None]
