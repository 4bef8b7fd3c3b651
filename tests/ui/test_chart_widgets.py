"""The home dashboard's native charts: they draw what the reports' matplotlib charts draw
(bars proportional to the values, "others", "and N more", the steady pace), say so to
screen readers, elide long names with the full name in a tooltip, and fit any size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from dxworkshop.domain.progress_rules import ProgressPoint
from dxworkshop.reports import charts
from dxworkshop.reports.chart_style import PALETTE
from dxworkshop.services.dashboard import CategoryCount, MunicipalityHours
from dxworkshop.ui.charts.base import ChartWidget, date_ticks, nice_ticks
from dxworkshop.ui.charts.dashboard import (
    CategoryChart,
    HoursChart,
    PracticeChart,
    category_bars,
    hours_rows,
)

TEXTS = charts.ChartTexts()
SIZES = [(160, 150), (240, 170), (420, 300), (1920, 1080)]


def image(chart: ChartWidget) -> QImage:
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def runs(img: QImage, colour: str) -> list[tuple[int, int, int]]:
    """Every horizontal run of exactly *colour*: (row, first x, length)."""
    rgb = QColor(colour).rgb()
    found = []
    for y in range(img.height()):
        start = None
        for x in range(img.width() + 1):
            inside = x < img.width() and img.pixel(x, y) == rgb
            if inside and start is None:
                start = x
            elif not inside and start is not None:
                found.append((y, start, x - start))
                start = None
    return found


def bar_length(img: QImage, colour: str) -> int:
    found = runs(img, colour)
    assert found, f"no {colour} pixels"
    return max(length for _, _, length in found)


def blocks(img: QImage, colour: str) -> list[tuple[int, int, int]]:
    """The filled rectangles of *colour*, top to bottom: (top row, height, length), runs in
    consecutive rows from the same x being one (a bar's rounded corners are shorter)."""
    found: list[list[int]] = []  # top, last row, x, length
    for y, x, length in runs(img, colour):
        for block in found:
            if block[1] in (y - 1, y) and abs(block[2] - x) <= 2:
                block[1] = y
                block[3] = max(block[3], length)
                break
        else:
            found.append([y, y, x, length])
    return [(top, last - top + 1, length) for top, last, _, length in found]


def texts(chart: ChartWidget) -> list[str]:
    scene = chart.scene()
    assert scene is not None
    return [item.text for item in scene.texts()]


def assert_texts_fit(chart: ChartWidget) -> None:
    """No text reaches outside the widget or is wider than the box it is drawn in."""
    scene = chart.scene()
    assert scene is not None
    bounds = QRectF(chart.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    for item in scene.texts():
        assert bounds.contains(item.rect), (item.text, item.rect, chart.size())
        width = QFontMetricsF(item.font).horizontalAdvance(item.text)
        assert width <= item.rect.width() + 1, (item.text, width, item.rect.width())


@pytest.fixture
def show(qtbot: QtBot) -> Iterator[object]:
    def shown(chart: ChartWidget, width: int = 420, height: int = 300) -> ChartWidget:
        qtbot.addWidget(chart)
        chart.resize(width, height)
        chart.show()
        qtbot.waitExposed(chart)
        return chart

    yield shown


CATEGORIES = [
    CategoryCount("手入力・転記", 60, 100.0),
    CategoryCount("紙・押印", 30, 50.0),
    CategoryCount("", 15, 10.0),  # untagged, last
]


def test_category_bars_are_as_long_as_their_counts(show) -> None:  # type: ignore[no-untyped-def]
    chart = show(CategoryChart())
    chart.set_data(CATEGORIES, texts=TEXTS, max_rows=8)
    img = image(chart)
    first, second, third = (bar_length(img, PALETTE[i]) for i in range(3))
    assert first > 100
    assert abs(second - first / 2) <= 2
    assert abs(third - first / 4) <= 2
    # most first, top to bottom
    tops = [min(y for y, _, _ in runs(img, PALETTE[i])) for i in range(3)]
    assert tops == sorted(tops)
    assert [b.label for b in chart.bars] == ["手入力・転記", "紙・押印", "未分類"]
    assert {"60件", "30件", "15件", "未分類"} <= set(texts(chart))
    assert chart.accessibleDescription().splitlines() == [
        "手入力・転記: 60件",
        "紙・押印: 30件",
        "未分類: 15件",
    ]
    assert_texts_fit(chart)


def test_beyond_max_rows_the_smallest_categories_are_others() -> None:
    rows = [CategoryCount(f"c{i}", 20 - i, 0.0) for i in range(10)] + [CategoryCount("", 1, 0)]
    bars = category_bars(rows, TEXTS, max_rows=8)
    assert len(bars) == 8
    assert [b.label for b in bars[:7]] == [f"c{i}" for i in range(7)]
    others = bars[-1]
    assert others.label == "その他"
    assert others.issues == sum(20 - i for i in range(7, 10)) + 1
    assert others.members == ("c7", "c8", "c9", "未分類")
    assert [b.colour for b in bars] == list(PALETTE[:8])
    assert category_bars(rows[:8], TEXTS, max_rows=8)[-1].label == "c7"  # exactly max_rows
    assert category_bars([CategoryCount("x", 0, 0.0)], TEXTS, max_rows=8) == ()


def test_the_bars_are_those_of_the_report_chart() -> None:
    """The same categories, order and counts as ``charts.issues_by_category``."""
    rows = [CategoryCount(f"分類{i}", 40 - 3 * i, 0.0) for i in range(11)]
    rows.append(CategoryCount("", 2, 0.0))
    figure = charts.issues_by_category(rows, max_rows=8)
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    widths = [patch.get_width() for patch in axes.patches]
    bars = category_bars(rows, TEXTS, max_rows=8)
    assert [b.label for b in bars] == labels
    assert [b.issues for b in bars] == widths


def test_others_and_long_names_have_their_tooltip(show, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    long_name = "庁内の問い合わせ対応と申請書類の紙での回覧・押印・転記にかかる作業"
    rows = [CategoryCount(long_name, 40, 0.0)] + [
        CategoryCount(f"c{i}", 10 - i, 0.0) for i in range(9)
    ]
    chart = show(CategoryChart(), 260, 220)
    chart.set_data(rows, texts=TEXTS, max_rows=4)
    shown = texts(chart)
    assert long_name not in shown
    elided = [t for t in shown if t.endswith("…")]
    assert elided and long_name.startswith(elided[0][:-1])
    img = image(chart)
    y, x, length = max(runs(img, PALETTE[0]), key=lambda run: run[2])
    on_bar = QPointF(x + length / 2, y)
    assert chart.tooltip_at(on_bar) == f"{long_name}\n40件"
    y, x, length = max(runs(img, PALETTE[3]), key=lambda run: run[2])
    others = chart.tooltip_at(QPointF(x + 1, y))
    assert others is not None
    assert others.splitlines() == [
        "その他",
        f"{sum(10 - i for i in range(2, 9))}件",
        *(f"  c{i}" for i in range(2, 9)),
    ]
    # through Qt's tooltip event, as the mouse would
    pos = on_bar.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos))
    QApplication.sendEvent(chart, event)
    qtbot.waitUntil(lambda: QToolTip.text() == f"{long_name}\n40件")
    QToolTip.hideText()
    assert chart.tooltip_at(QPointF(2, chart.height() - 2)) is None  # below the bars
    assert_texts_fit(chart)


@pytest.mark.parametrize("kind", [CategoryChart, HoursChart, PracticeChart])
def test_no_data_says_so(show, kind: type[ChartWidget]) -> None:  # type: ignore[no-untyped-def]
    chart = show(kind())
    blank = image(chart)
    assert chart.scene() is None  # nothing before the data comes
    chart.set_data([], texts=TEXTS)  # type: ignore[attr-defined]
    assert chart.is_empty()
    assert texts(chart) == ["まだデータがありません"]
    assert chart.accessibleDescription() == "まだデータがありません"
    img = image(chart)
    assert img != blank  # the words are painted
    for colour in (PALETTE[0], charts.EXPECTED_COLOUR):
        assert not runs(img, colour)


def test_hours_no_data_when_nothing_expected_or_measured() -> None:
    rows = [MunicipalityHours("倉敷市", 0.0, 0.0, 3, 0), MunicipalityHours("岡山市", 0, 0, 0, 0)]
    assert hours_rows(rows, max_rows=8) == ((), 0)


HOURS = [
    MunicipalityHours("倉敷市", 1000.0, 400.0, 9, 5),
    MunicipalityHours("岡山市", 500.0, 0.0, 4, 0),
    MunicipalityHours("総社市", 250.0, 125.5, 2, 1),
]


def test_hours_bars_compare_expected_and_measured(show) -> None:  # type: ignore[no-untyped-def]
    chart = show(HoursChart(), 480, 320)
    chart.set_data(HOURS, texts=TEXTS, max_rows=8)
    img = image(chart)
    # each bar, top to bottom; the legend's square swatch last
    expected = blocks(img, charts.EXPECTED_COLOUR)
    measured = blocks(img, charts.MEASURED_COLOUR)
    assert len(expected) == 4 and len(measured) == 3  # nothing measured in 岡山市
    large, middle, small = (length for _, _, length in expected[:3])
    assert abs(middle - large / 2) <= 2 and abs(small - large / 4) <= 2
    assert abs(measured[0][2] - large * 0.4) <= 2
    assert abs(measured[1][2] - large * 0.1255) <= 2
    # each municipality's measured bar right under its expected one
    assert measured[0][0] == expected[0][0] + expected[0][1]
    assert measured[1][0] == expected[2][0] + expected[2][1]
    assert expected[3][2] == expected[3][1] == measured[2][2]  # the swatches
    shown = texts(chart)
    assert {"倉敷市", "岡山市", "総社市", "400（5/9）", "126（1/2）", "計画", "時間／年"} <= set(
        shown
    )
    assert "0（0/4）" not in shown  # no plan of 岡山市 has reported
    assert not any(t.startswith("ほか") for t in shown)
    lines = chart.accessibleDescription().splitlines()
    assert lines[2] == "総社市 計画: 250 時間／年 実測（報告済み／計画数）: 125.5（1/2） 時間／年"
    assert_texts_fit(chart)


def test_hours_beyond_max_rows_says_how_many_more(show) -> None:  # type: ignore[no-untyped-def]
    rows = [MunicipalityHours(f"市{i}", 1000.0 - i, 10.0, 2, 1) for i in range(11)]
    rows.append(MunicipalityHours("村", 0.0, 0.0, 0, 0))  # no plans: not counted
    shown, hidden = hours_rows(rows, max_rows=8)
    assert [r.municipality for r in shown] == [f"市{i}" for i in range(8)] and hidden == 3
    chart = show(HoursChart())
    chart.set_data(rows, texts=TEXTS, max_rows=8)
    assert "ほか3市町村" in texts(chart)
    assert chart.accessibleDescription().splitlines()[-1] == "ほか3市町村"
    figure = charts.hours_saved_by_municipality(rows, max_rows=8)
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == [r.municipality for r in shown]
    assert "ほか3市町村" in [t.get_text() for t in axes.texts]


def test_a_long_municipality_name_is_elided_with_a_tooltip(show) -> None:  # type: ignore[no-untyped-def]
    name = "とても長い名前の架空の市町村組合広域連合"
    chart = show(HoursChart(), 200, 180)
    chart.set_data([MunicipalityHours(name, 800.0, 200.0, 3, 2)], texts=TEXTS)
    assert name not in texts(chart)
    assert any(t.endswith("…") and name.startswith(t[:-1]) for t in texts(chart))
    y, x, length = max(runs(image(chart), charts.EXPECTED_COLOUR), key=lambda run: run[2])
    tip = chart.tooltip_at(QPointF(x + length - 2, y))
    assert tip is not None and tip.splitlines()[0] == name
    assert "800 時間／年" in tip and "200（2/3）" in tip
    assert_texts_fit(chart)


START = dt.date(2026, 10, 8)
END = dt.date(2026, 11, 3)
POINTS = [
    ProgressPoint(START, 0.0, 0),
    ProgressPoint(dt.date(2026, 10, 15), 20.0, 12),
    ProgressPoint(dt.date(2026, 10, 22), 46.4, 30),
]


def test_practice_progress_against_the_steady_pace(show) -> None:  # type: ignore[no-untyped-def]
    chart = show(PracticeChart())
    chart.set_data(POINTS, start=START, end=END, texts=TEXTS)
    img = image(chart)
    assert len(runs(img, charts.MEASURED_COLOUR)) > 20  # the line
    assert runs(img, charts.PLANNED_COLOUR)  # the dashed pace line
    shown = texts(chart)
    assert {"46%", "平均進捗", "目安", "0%", "100%", "10/8", "10/15", "10/22", "11/1"} <= set(shown)
    assert chart.accessibleDescription().splitlines() == [
        "10/22 平均進捗: 46% Plans reported: 30",
        "目安: 0–100% 10/8–11/3",
    ]
    # the latest point's tooltip, where the line ends
    scene = chart.scene()
    assert scene is not None
    rect, tip = scene.tips[-1]
    assert tip.splitlines() == ["10/22", "平均進捗: 46%", "Plans reported: 30"]
    assert chart.tooltip_at(rect.center()) == tip
    # later than the line the x axis goes on to the practice end
    assert rect.right() < chart.width() * 0.9
    assert_texts_fit(chart)


def test_no_steady_pace_without_both_ends(show) -> None:  # type: ignore[no-untyped-def]
    chart = show(PracticeChart())
    chart.set_data(POINTS, start=START, end=None, texts=TEXTS)
    assert not runs(image(chart), charts.PLANNED_COLOUR)
    assert "目安" not in texts(chart)
    chart.set_data(POINTS[:1], start=START, end=START, texts=TEXTS)  # one day: still drawn
    assert "0%" in texts(chart)
    assert_texts_fit(chart)


@pytest.mark.parametrize("size", SIZES)
def test_every_chart_fits_small_and_large(show, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    many_days = [
        ProgressPoint(START + dt.timedelta(days=i), min(100.0, i * 1.7), i) for i in range(60)
    ]
    charts_with_data = [
        (CategoryChart(), lambda c, k: c.set_data(CATEGORIES * 4, texts=TEXTS, text_scale=k)),
        (HoursChart(), lambda c, k: c.set_data(HOURS * 4, texts=TEXTS, text_scale=k)),
        (
            PracticeChart(),
            lambda c, k: c.set_data(
                many_days, start=START, end=many_days[-1].date, texts=TEXTS, text_scale=k
            ),
        ),
    ]
    for chart, fill in charts_with_data:
        show(chart, *size)
        for scale in (1.0, 1.2, 2.0):
            fill(chart, scale)
            assert chart.text_scale == scale
            assert not image(chart).isNull()
            assert_texts_fit(chart)
        assert chart.minimumSizeHint().width() <= 160


def test_a_new_size_or_new_data_lays_the_chart_out_again(show) -> None:  # type: ignore[no-untyped-def]
    chart = show(CategoryChart(), 400, 260)
    chart.set_data(CATEGORIES, texts=TEXTS)
    before = bar_length(image(chart), PALETTE[0])
    chart.resize(800, 260)
    wider = bar_length(image(chart), PALETTE[0])
    assert wider > before * 1.5
    revision = chart.revision
    chart.set_data([CategoryCount("紙・押印", 5, 0.0), *CATEGORIES], texts=TEXTS)
    assert chart.revision == revision + 1
    assert chart.bars[0].label == "紙・押印" and chart.bars[0].colour == PALETTE[0]
    assert bar_length(image(chart), PALETTE[0]) < wider / 5


def test_ticks() -> None:
    assert nice_ticks(66, 7, integers=True) == [0, 10, 20, 30, 40, 50, 60]
    assert nice_ticks(66, 6, integers=True) == [0, 20, 40, 60]
    assert nice_ticks(3, 6, integers=True) == [0, 1, 2, 3]
    assert nice_ticks(9166.4, 4) == [0, 2500, 5000, 7500]
    assert date_ticks(START, END, 7) == [
        dt.date(2026, 10, 8),
        dt.date(2026, 10, 15),
        dt.date(2026, 10, 22),
        dt.date(2026, 11, 1),
    ]
    assert date_ticks(START, END, 2) == [dt.date(2026, 10, 15), dt.date(2026, 11, 1)]
    assert date_ticks(START, START + dt.timedelta(days=3), 7) == [
        START + dt.timedelta(days=i) for i in range(4)
    ]
    assert len(date_ticks(dt.date(2026, 4, 1), dt.date(2027, 3, 31), 7)) <= 7


def test_tooltip_event_outside_any_bar_shows_none(show) -> None:  # type: ignore[no-untyped-def]
    chart = show(CategoryChart())
    chart.set_data(CATEGORIES, texts=TEXTS)
    pos = QPoint(chart.width() - 2, chart.height() - 2)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    assert not QToolTip.isVisible()
