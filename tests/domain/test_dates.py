from __future__ import annotations

import datetime as dt

import pytest

from dxworkshop.domain.dates import fiscal_year_label, format_date, format_date_en, wareki_year


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2023, 9, 12), "令和5年"),
        (dt.date(2019, 5, 1), "令和元年"),
        (dt.date(2019, 4, 30), "平成31年"),
        (dt.date(1989, 1, 8), "平成元年"),
        (dt.date(1989, 1, 7), "昭和64年"),
        (dt.date(1900, 1, 1), "1900年"),
    ],
)
def test_wareki_year(day: dt.date, expected: str) -> None:
    assert wareki_year(day) == expected


def test_format_date() -> None:
    day = dt.date(2023, 9, 12)
    assert format_date(day) == "2023年9月12日"
    assert format_date(day, wareki=True) == "令和5年9月12日"
    assert format_date(day, wareki=True, weekday=True) == "令和5年9月12日（火）"
    assert format_date(None) == ""
    assert format_date_en(day) == "12 Sep 2023"


def test_fiscal_year_label() -> None:
    assert fiscal_year_label(2026, wareki=False) == "2026年度"
    assert fiscal_year_label(2026, wareki=True) == "令和8年度"
    assert fiscal_year_label(2019, wareki=True) == "令和元年度"
