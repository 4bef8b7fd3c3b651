"""Dates the Japanese way: 2026年9月1日（火） or, in 和暦, 令和8年9月1日（火）."""

from __future__ import annotations

import datetime as dt

# (first day, era name); newest first. 元年 is written for year 1.
ERAS: tuple[tuple[dt.date, str], ...] = (
    (dt.date(2019, 5, 1), "令和"),
    (dt.date(1989, 1, 8), "平成"),
    (dt.date(1926, 12, 25), "昭和"),
)
WEEKDAYS = "月火水木金土日"


def wareki_year(day: dt.date) -> str:
    """The year in the Japanese era, e.g. 令和8年 or 令和元年; Gregorian before 昭和."""
    for start, name in ERAS:
        if day >= start:
            year = day.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年"
    return f"{day.year}年"


def fiscal_year_label(year: int, wareki: bool) -> str:
    """年度 label: 2026 → 2026年度 or 令和8年度.

    A fiscal year starts on 1 April; FY2019 is called 令和元年度 although 令和 began on
    1 May, so the era is taken at 1 May.
    """
    if wareki:
        return wareki_year(dt.date(year, 5, 1)) + "度"
    return f"{year}年度"


def format_date(day: dt.date | None, *, wareki: bool = False, weekday: bool = False) -> str:
    if day is None:
        return ""
    year = wareki_year(day) if wareki else f"{day.year}年"
    text = f"{year}{day.month}月{day.day}日"
    if weekday:
        text += f"（{WEEKDAYS[day.weekday()]}）"
    return text


def format_date_en(day: dt.date | None, *, weekday: bool = False) -> str:
    if day is None:
        return ""
    text = f"{day.day} {day.strftime('%b')} {day.year}"
    return f"{day.strftime('%a')} {text}" if weekday else text
