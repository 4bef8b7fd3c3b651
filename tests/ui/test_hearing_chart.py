"""The pre-hearing comparison chart, painted natively: it shows what the report's matplotlib
chart (``reports.hearing_charts.progress_chart``) shows — each municipality's 手順書 step and
its 重点取組事項 bar with the share of the whole, "no answer", the empty state — elides long
names with the full name in a tooltip, fits any size, and the GUI never imports matplotlib."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from dxworkshop.reports import hearing_charts
from dxworkshop.reports.chart_style import PALETTE
from dxworkshop.reports.hearing_charts import NO_ANSWER_COLOUR, ChartTexts, progress_chart
from dxworkshop.services.hearings import Comparison, ComparisonRow, ScaleColumn
from dxworkshop.ui.charts.hearing import HearingProgressChart, ProgressRow, hearing_progress
from tests.ui.test_chart_widgets import image, runs, texts

TEXTS = ChartTexts()
STEPS = ("ステップ0", "ステップ1", "ステップ2", "ステップ3")
LEVELS = ("未着手", "検討中", "実施中", "完了")
MEASURES = (
    "情報システムの標準化・共通化",
    "行政手続のオンライン化・書かない窓口",
    "AI・RPAの利用推進",
    "テレワークの推進",
    "セキュリティ対策の徹底",
)
PRIORITY_COLOURS = [PALETTE[(n + 1) % len(PALETTE)] for n in range(len(MEASURES))]


def comparison(
    rows: list[tuple[str, int | None, tuple[int | None, ...]]],
    *,
    step: bool = True,
    priorities: bool = True,
    other: int | None = 1,
) -> Comparison:
    """A comparison as ``hearings.comparison`` makes it: the step question first, then the
    five priority measures and an unrelated scale question (answered, never charted)."""
    columns = [
        ScaleColumn(
            1,
            "自治体DX全体手順書のステップ（現在地）",
            "自治体DX全体手順書のステップ",
            "現状",
            STEPS,
        )
    ]
    columns += [
        ScaleColumn(10 + n, f"{text}（取組状況）", text, "重点取組事項", LEVELS)
        for n, text in enumerate(MEASURES)
    ]
    columns.append(ScaleColumn(99, "職員の意識", "職員の意識", "その他", ("低", "高")))
    return Comparison(
        columns=tuple(columns),
        rows=tuple(
            ComparisonRow(i + 1, name, None, None, (level, *levels, other))
            for i, (name, level, levels) in enumerate(rows)
        ),
        step_column=0 if step else None,
        priority_columns=tuple(range(1, 1 + len(MEASURES))) if priorities else (),
    )


ROWS = [
    ("岡山市", 3, (3, 3, 2, 3, 3)),
    ("倉敷市", 1, (0, 2, None, 1, 3)),  # 0 and no answer add nothing
    ("玉野市", 2, (None, None, None, None, None)),  # the step only
    ("早島町", None, (None, None, None, None, None)),  # nothing at all
    ("総社市", 0, (1, 1, 1, 1, 1)),
    ("真庭市", None, (3, 0, 0, 0, 0)),  # the priorities only
]


def report(comp: Comparison) -> dict[str, dict[str, object]]:
    """What the report's matplotlib figure shows, per municipality: the step (where the
    line ends), the priority bar's segments (colour, length) left to right, the share and
    which panels say "no answer"."""
    figure = progress_chart(comp, texts=TEXTS)
    panels = figure.axes
    names = [t.get_text() for t in panels[0].get_yticklabels()]
    shown: dict[str, dict[str, object]] = {n: {"no_answer": []} for n in names}
    for ax in panels:
        is_step = ax.get_title(loc="left") == TEXTS.step_title
        for text in ax.texts:
            entry = shown[names[round(text.get_position()[1])]]
            if text.get_text() == TEXTS.no_answer:
                entry["no_answer"].append("step" if is_step else "priority")  # type: ignore[attr-defined]
            else:
                entry["share"] = text.get_text()
        if is_step:
            for y, line in enumerate(ax.lines):
                y = round(line.get_ydata()[0])
                shown[names[y]]["step"] = line.get_xdata()[1]
        else:
            for patch in ax.patches:
                if patch.get_height() == 0:  # the legend's handles
                    continue
                y = round(patch.get_y() + patch.get_height() / 2)
                colour = QColor.fromRgbF(*patch.get_facecolor()).name()
                shown[names[y]].setdefault("segments", []).append(  # type: ignore[attr-defined]
                    (colour, patch.get_width())
                )
    return shown


def row_band(chart: HearingProgressChart, name: str, title: str) -> QRectF:
    """The row's area in the panel titled *title* (where its tooltip shows)."""
    scene = chart.scene()
    assert scene is not None
    found = [
        rect
        for rect, tip in scene.tips
        if tip.startswith(f"{name}\n") and tip.splitlines()[1].startswith(title)
    ]
    assert found, f"no {title} row for {name}"
    return found[-1]  # the panel's, laid out after the names' (which tell every panel)


def colour_runs(img: QImage, y: int, left: int, right: int) -> list[tuple[str, int, int]]:
    """The runs of palette colours along row *y*: (colour, first x, length)."""
    palette = {QColor(c).rgb(): QColor(c).name() for c in PALETTE}
    found: list[list[object]] = []
    for x in range(left, right):
        colour = palette.get(img.pixel(x, y))
        if colour is None:
            continue
        if found and found[-1][0] == colour and found[-1][1] + found[-1][2] == x:  # type: ignore[operator]
            found[-1][2] += 1  # type: ignore[operator]
        else:
            found.append([colour, x, 1])
    return [(str(c), int(x), int(n)) for c, x, n in found]  # type: ignore[call-overload]


def assert_lettering_fits(chart: HearingProgressChart) -> None:
    """Every text inside the widget, as wide and tall as its box allows, none on another."""
    scene = chart.scene()
    assert scene is not None
    bounds = QRectF(chart.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    items = scene.texts()
    for item in items:
        metrics = QFontMetricsF(item.font)
        assert bounds.contains(item.rect), (item.text, item.rect, chart.size())
        width = metrics.horizontalAdvance(item.text)
        assert width <= item.rect.width() + 1, (item.text, width, item.rect.width())
        if len(items) > 1:  # the empty state's words sit in the whole widget
            assert metrics.height() <= item.rect.height() + 1, (item.text, item.rect)
    for i, one in enumerate(items):
        for other in items[i + 1 :]:
            overlap = one.rect.adjusted(1, 1, -1, -1).intersected(other.rect.adjusted(1, 1, -1, -1))
            assert overlap.isEmpty(), (one.text, one.rect, other.text, other.rect)


@pytest.fixture
def chart(qtbot: QtBot) -> HearingProgressChart:
    widget = HearingProgressChart()
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_rows_are_those_of_the_report_chart() -> None:
    comp = comparison(ROWS)
    progress = hearing_progress(comp)
    assert progress is not None
    assert [r.name for r in progress.rows] == [name for name, _, _ in ROWS]
    assert progress.rows[1] == ProgressRow("倉敷市", 1, (0, 2, None, 1, 3))
    assert progress.full == 15 and progress.step_top == 3
    shown = report(comp)
    assert list(shown) == [r.name for r in progress.rows]
    for row in progress.rows:
        drawn = shown[row.name]
        assert drawn.get("step") == row.step
        segments = [(PRIORITY_COLOURS[n], level) for n, level in enumerate(row.levels) if level]
        assert drawn.get("segments", []) == segments
        assert drawn.get("share") == (f"{progress.share(row)}%" if row.answered else None)
        no_answer = [] if row.step is not None else ["step"]
        no_answer += [] if row.answered else ["priority"]
        assert drawn["no_answer"] == no_answer
    assert [progress.share(r) for r in progress.rows] == [93, 40, 0, 0, 33, 20]


def test_the_chart_draws_the_steps_and_bars_of_the_comparison(chart: HearingProgressChart) -> None:
    comp = comparison(ROWS)
    chart.set_data(comp, texts=TEXTS, text_scale=1.2)
    progress = chart.progress
    assert progress is not None
    img = image(chart)
    shown = report(comp)
    unit = None  # pixels per level on the priority axis
    step_ends = {}
    for row in progress.rows:
        # the priority bar: the report's segments in its colours, as long as their levels
        band = row_band(chart, row.name, TEXTS.priority_title)
        y = round(band.center().y())
        found = colour_runs(img, y, round(band.left()), round(band.right()))
        segments = shown[row.name].get("segments", [])
        assert [c for c, _, _ in found] == [c for c, _ in segments], row.name  # type: ignore[attr-defined]
        for (_, _, length), (_, level) in zip(found, segments, strict=True):  # type: ignore[call-overload]
            unit = unit or length / level
            assert abs(length - unit * level) <= 2, (row.name, length, level, unit)
        if found:  # the segments follow on each other from the axis on
            assert abs(found[0][1] - band.left()) <= 1
            for before, after in itertools.pairwise(found):
                assert 0 <= after[1] - (before[1] + before[2]) <= 1
        # the step: a line from step 0 to a dot on the step answered
        band = row_band(chart, row.name, TEXTS.step_title)
        y = round(band.center().y())
        found = colour_runs(img, y, round(band.left()), round(band.right()))
        if row.step is None:
            assert found == []
        else:
            assert [c for c, _, _ in found] == [QColor(PALETTE[0]).name()]
            step_ends[row.step] = found[0][1] + found[0][2]
    # the dots' steps apart as the steps are
    spacing = step_ends[3] - step_ends[2]
    assert spacing > 30
    assert abs(step_ends[2] - step_ends[1] - spacing) <= 1
    assert abs(step_ends[1] - step_ends[0] - spacing) <= 1
    words = texts(chart)
    ticks = {"0%", "25%", "50%", "75%", "100%"}
    shares = [w for w in words if w.endswith("%") and w not in ticks]
    assert shares == [r["share"] for r in shown.values() if "share" in r]
    assert shares == ["93%", "40%", "33%", "20%"]
    # 玉野市's bar, 早島町's step and bar, 真庭市's step
    no_answer = [t for t in chart.scene().texts() if t.text == TEXTS.no_answer]  # type: ignore[union-attr]
    assert len(no_answer) == 4
    assert {t.pen.color().name() for t in no_answer} == {NO_ANSWER_COLOUR}
    assert {TEXTS.step_title, TEXTS.priority_title, "0", "3", "0%", "100%", *MEASURES} <= set(words)
    assert chart.accessibleDescription().splitlines() == [
        "岡山市 自治体DX全体手順書のステップ: ステップ3 重点取組事項の進捗: 93%",
        "倉敷市 自治体DX全体手順書のステップ: ステップ1 重点取組事項の進捗: 40%",
        "玉野市 自治体DX全体手順書のステップ: ステップ2 重点取組事項の進捗: 未回答",
        "早島町 自治体DX全体手順書のステップ: 未回答 重点取組事項の進捗: 未回答",
        "総社市 自治体DX全体手順書のステップ: ステップ0 重点取組事項の進捗: 33%",
        "真庭市 自治体DX全体手順書のステップ: 未回答 重点取組事項の進捗: 20%",
    ]
    assert_lettering_fits(chart)


def test_the_key_names_every_measure_in_its_colour(chart: HearingProgressChart) -> None:
    chart.set_data(comparison(ROWS), texts=TEXTS, text_scale=1.2)
    scene = chart.scene()
    assert scene is not None
    img = image(chart)
    for n, measure in enumerate(MEASURES):
        (item,) = [t for t in scene.texts() if t.text == measure]
        y = round(item.rect.center().y())
        left = colour_runs(img, y, round(item.rect.left()) - 40, round(item.rect.left()))
        assert left and left[-1][0] == QColor(PRIORITY_COLOURS[n]).name(), measure
        assert chart.tooltip_at(item.rect.center()) == f"{measure}（取組状況）"
    # matplotlib's order: three columns filled top to bottom
    tops = {t.text: t.rect for t in scene.texts() if t.text in MEASURES}
    assert tops[MEASURES[0]].top() < tops[MEASURES[1]].top()
    assert tops[MEASURES[0]].left() == tops[MEASURES[1]].left() < tops[MEASURES[2]].left()


def test_tooltips_give_the_exact_answers(chart: HearingProgressChart, qtbot: QtBot) -> None:
    chart.set_data(comparison(ROWS), texts=TEXTS)
    bar = row_band(chart, "倉敷市", TEXTS.priority_title)
    assert chart.tooltip_at(bar.center()) == "\n".join(
        (
            "倉敷市",
            "重点取組事項の進捗: 40% (6/15)",
            f"  {MEASURES[0]}: 未着手",
            f"  {MEASURES[1]}: 実施中",
            f"  {MEASURES[2]}: 未回答",
            f"  {MEASURES[3]}: 検討中",
            f"  {MEASURES[4]}: 完了",
        )
    )
    step = row_band(chart, "早島町", TEXTS.step_title)
    assert chart.tooltip_at(step.center()) == "早島町\n自治体DX全体手順書のステップ: 未回答"
    pos = row_band(chart, "岡山市", TEXTS.step_title).center().toPoint()
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.text() == "岡山市\n自治体DX全体手順書のステップ: ステップ3")
    QToolTip.hideText()


def test_a_long_name_is_elided_with_the_full_name_in_its_tooltip(
    chart: HearingProgressChart,
) -> None:
    name = "とても長い名前の架空の市町村組合広域連合"
    chart.resize(480, 260)
    chart.set_data(comparison([(name, 2, (1, 2, 3, 0, 1)), *ROWS[:2]]), texts=TEXTS)
    words = texts(chart)
    assert name not in words
    (elided,) = [w for w in words if w.endswith("…") and name.startswith(w[:-1])]
    scene = chart.scene()
    assert scene is not None
    (item,) = [t for t in scene.texts() if t.text == elided]
    tip = chart.tooltip_at(item.rect.center())
    assert tip == f"{name}\n自治体DX全体手順書のステップ: ステップ2\n重点取組事項の進捗: 47%"
    assert_lettering_fits(chart)


@pytest.mark.parametrize(
    ("step", "priorities", "panels"), [(True, False, 1), (False, True, 1), (True, True, 2)]
)
def test_a_template_without_one_of_the_questions_has_one_panel(
    chart: HearingProgressChart, step: bool, priorities: bool, panels: int
) -> None:
    comp = comparison(ROWS, step=step, priorities=priorities)
    assert len(progress_chart(comp, texts=TEXTS).axes) == panels
    chart.set_data(comp, texts=TEXTS)
    words = set(texts(chart))
    assert (TEXTS.step_title in words) == step
    assert (TEXTS.priority_title in words) == priorities
    img = image(chart)
    assert bool(runs(img, PALETTE[0])) == step
    assert bool(runs(img, PRIORITY_COLOURS[1])) == priorities
    assert_lettering_fits(chart)


@pytest.mark.parametrize(
    "comp",
    [
        comparison([]),  # no municipality
        comparison([("早島町", None, (None,) * 5)], other=None),  # nobody answered
        comparison(ROWS, step=False, priorities=False),  # nothing to chart
    ],
)
def test_nothing_to_compare_says_so(chart: HearingProgressChart, comp: Comparison) -> None:
    blank = image(chart)
    assert chart.scene() is None  # nothing before the data comes
    chart.set_data(comp, texts=TEXTS)
    assert chart.is_empty()
    report_text = [t.get_text() for t in progress_chart(comp, texts=TEXTS).axes[0].texts]
    assert report_text == [TEXTS.no_data]
    assert texts(chart) == [TEXTS.no_data]
    assert chart.accessibleDescription() == TEXTS.no_data
    img = image(chart)
    assert img != blank
    assert not runs(img, PALETTE[0]) and not runs(img, PRIORITY_COLOURS[0])
    assert_lettering_fits(chart)


def test_an_answer_outside_the_chart_still_shows_everybody_unanswered(
    chart: HearingProgressChart,
) -> None:
    """As in the report: any scale answered is something to compare."""
    comp = comparison([("早島町", None, (None,) * 5)], other=1)
    report_texts = [t.get_text() for ax in progress_chart(comp, texts=TEXTS).axes for t in ax.texts]
    assert report_texts == [TEXTS.no_answer, TEXTS.no_answer]
    chart.set_data(comp, texts=TEXTS)
    assert not chart.is_empty()
    assert texts(chart).count(TEXTS.no_answer) == 2
    assert_lettering_fits(chart)


def test_translated_words_are_used(chart: HearingProgressChart) -> None:
    words = ChartTexts("DX procedure step", "Progress", "No answer", "Nothing yet")
    chart.set_data(comparison(ROWS), texts=words)
    assert {"DX procedure step", "Progress", "No answer"} <= set(texts(chart))
    chart.set_data(comparison([]), texts=words)
    assert texts(chart) == ["Nothing yet"]
    assert chart.accessibleDescription() == "Nothing yet"


MANY = [
    (f"{name}{i}", i % 4, tuple((i + n) % 4 for n in range(5)))
    for i, name in enumerate(["岡山市", "倉敷市", "新見市", "備前市", "瀬戸内市", "鏡野町"] * 5)
]


@pytest.mark.parametrize("size", [(160, 220), (300, 220), (480, 260), (1024, 420), (1920, 1080)])
def test_the_lettering_fits_small_and_large(
    chart: HearingProgressChart, size: tuple[int, int]
) -> None:
    chart.resize(*size)
    for rows in (ROWS, MANY):
        for scale in (1.0, 1.2, 1.6, 2.0, 2.4):
            chart.set_data(comparison(rows), texts=TEXTS, text_scale=scale)
            assert not image(chart).isNull()
            assert_lettering_fits(chart)
    assert chart.minimumSizeHint().height() >= 220
    assert chart.minimumHeight() >= 220


def test_a_new_size_lays_the_chart_out_again(chart: HearingProgressChart) -> None:
    chart.set_data(comparison(ROWS), texts=TEXTS)
    before = max(length for _, _, length in runs(image(chart), PRIORITY_COLOURS[4]))
    chart.resize(1800, 420)
    wider = max(length for _, _, length in runs(image(chart), PRIORITY_COLOURS[4]))
    assert wider > before * 1.5
    assert hearing_charts.ChartTexts() == TEXTS  # the report keeps its own words


NO_MATPLOTLIB = """
import sys
from pathlib import Path

from dxworkshop.services.demo import create_demo
from dxworkshop.ui.app import Application, make_application
from dxworkshop.ui.pages.hearing_page import COMPARISON_TAB

folder = Path(sys.argv[1])
app = make_application()
shell = Application(app, backups=folder / "backups")
window = shell.window
window.set_workshop(create_demo(folder / "demo.dxw", backup_root=folder / "backups"))
window.resize(1280, 800)
window.show()
window.navigate_to("hearing", None)
for _ in range(5):
    app.processEvents()
page = window.page("hearing")
page.ui.tabs.setCurrentIndex(COMPARISON_TAB)
for _ in range(5):
    app.processEvents()
window.grab()
assert window.stack.currentWidget() is page
chart = page.chart_canvas
assert chart is not None and chart.isVisible() and not chart.is_empty(), chart
print("chart rows:", len(chart.progress.rows))
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "matplotlib")
print("matplotlib modules:", loaded)
window.close_workshop()
"""


def test_the_hearing_comparison_never_imports_matplotlib(tmp_path: Path) -> None:
    """A fresh interpreter opens the demo and shows the hearings' comparison with its chart:
    no matplotlib (importing it and its Qt backend cost about a second)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DXWORKSHOP_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", NO_MATPLOTLIB, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=100,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "chart rows: " in result.stdout, result.stdout
    assert "matplotlib modules: []" in result.stdout, result.stdout
