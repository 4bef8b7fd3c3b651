"""The dashboard charts: rendered to PNG with Japanese labels, axes as the data says."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator

import pytest
from matplotlib.figure import Figure

from dxworkshop.domain.progress_rules import ProgressPoint
from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.charts import (
    ChartTexts,
    hours_saved_by_municipality,
    issues_by_category,
    practice_progress,
)
from dxworkshop.services.dashboard import CategoryCount, MunicipalityHours


@pytest.fixture(autouse=True)
def no_missing_glyphs() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing": the Japanese font must be used
        yield


def png(fig: Figure) -> bytes:
    data = figure_png(fig)
    assert data.startswith(b"\x89PNG")
    return data


def texts_of(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def ytick_labels(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_yticklabels()]


CATEGORIES = [
    CategoryCount("手入力・転記", 66, 780.0),
    CategoryCount("紙・押印", 50, 280.0),
    CategoryCount("情報共有", 39, 150.0),
    CategoryCount("", 4, 0.0),
]


def test_issues_by_category_one_bar_per_category() -> None:
    fig = issues_by_category(CATEGORIES)
    png(fig)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "カテゴリ別の課題数"
    assert ytick_labels(fig) == ["手入力・転記", "紙・押印", "情報共有", "未分類"]
    assert [round(p.get_width()) for p in ax.patches] == [66, 50, 39, 4]
    assert texts_of(fig) == ["66件", "50件", "39件", "4件"]


def test_issues_by_category_sums_the_smallest_into_others() -> None:
    rows = [CategoryCount(f"分類{i}", 20 - i, 0.0) for i in range(12)]
    fig = issues_by_category(rows, max_rows=5, texts=ChartTexts(others="Others"))
    labels = ytick_labels(fig)
    assert labels == ["分類0", "分類1", "分類2", "分類3", "Others"]
    assert round(fig.axes[0].patches[-1].get_width()) == sum(20 - i for i in range(4, 12))


HOURS = [
    MunicipalityHours("岡山市", 9180.0, 1866.0, 9, 5),
    MunicipalityHours("倉敷市", 8736.0, 3054.0, 9, 5),
    MunicipalityHours("早島町", 120.0, 0.0, 1, 0),
]


def test_hours_saved_by_municipality_expected_against_measured() -> None:
    fig = hours_saved_by_municipality(HOURS)
    png(fig)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "市町村別の削減時間（時間／年）"
    assert ytick_labels(fig) == ["岡山市", "倉敷市", "早島町"]
    assert ax.get_xlabel() == "時間／年"
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["計画", "実測（報告済み／計画数）"]
    widths = [round(p.get_width()) for p in ax.patches]
    assert widths == [9180, 8736, 120, 1866, 3054, 0]
    # the measured hours with how many plans reported; none reported: no label
    assert texts_of(fig) == ["1,866（5/9）", "3,054（5/9）"]


def test_hours_saved_beyond_the_limit_are_counted_not_drawn() -> None:
    rows = [MunicipalityHours(f"市{i}", 100.0 - i, 10.0, 2, 1) for i in range(14)]
    fig = hours_saved_by_municipality(
        rows, max_rows=10, texts=ChartTexts(more_municipalities="+{n}")
    )
    assert len(ytick_labels(fig)) == 10
    assert "+4" in texts_of(fig)


def test_practice_progress_line_and_pace() -> None:
    start, end = dt.date(2026, 10, 7), dt.date(2026, 11, 3)
    points = [
        ProgressPoint(start, 0.0, 0),
        ProgressPoint(dt.date(2026, 10, 14), 20.0, 12),
        ProgressPoint(dt.date(2026, 10, 23), 46.0, 37),
    ]
    fig = practice_progress(points, start=start, end=end)
    png(fig)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "職場実践の進捗（全受講者の平均）"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["0%", "25%", "50%", "75%", "100%"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["平均進捗", "目安"]
    line, pace = ax.get_lines()
    assert list(line.get_ydata()) == [0.0, 20.0, 46.0]
    assert list(pace.get_ydata()) == [0, 100]
    assert "46%" in [t.get_text() for t in ax.texts]
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks and all("/" in t for t in ticks)  # 10/7, 10/14 … (month/day)


@pytest.mark.parametrize(
    "make",
    [
        lambda t: issues_by_category([], texts=t),
        lambda t: hours_saved_by_municipality([], texts=t),
        lambda t: practice_progress([], texts=t),
    ],
)
def test_no_data_says_so_in_the_callers_words(make: object) -> None:
    fig = make(ChartTexts(no_data="nothing yet"))  # type: ignore[operator]
    png(fig)
    assert texts_of(fig) == ["nothing yet"]


def test_text_scale_enlarges_the_lettering() -> None:
    small = issues_by_category(CATEGORIES)
    large = issues_by_category(CATEGORIES, text_scale=1.5)
    assert large.axes[0].texts[0].get_fontsize() == 1.5 * small.axes[0].texts[0].get_fontsize()
