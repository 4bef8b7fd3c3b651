"""The home dashboard's three charts, painted with QPainter so start-up never imports matplotlib.

They show what ``dxworkshop.reports.charts`` draws for the Word reports — the same words
(``ChartTexts``), colours and rules: issues by category (the smallest summed into "others"
beyond *max_rows*, untagged last), hours saved by municipality (expected against measured,
"and N more" beyond *max_rows*) and the cohort's practice progress against a steady pace.
The hearing page's comparison chart shows what ``dxworkshop.reports.hearing_charts`` draws:
each municipality's 手順書 step and the progress of its 重点取組事項.

Each widget lays its chart out once per data, size or font change into a ``_Scene`` (a short
list of shapes and texts) that ``paintEvent`` only replays; tooltips and the accessible
description come from the same layout. Text sizes are the reports' point sizes times the
page's text scale, in the widget's font (the bundled Japanese one).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dxworkshop.domain.progress_rules import ProgressPoint

# Neither module imports matplotlib until a figure is made (a test checks the home page).
from dxworkshop.reports.chart_style import GRID, PALETTE, TEXT
from dxworkshop.reports.charts import (
    EXPECTED_COLOUR,
    MEASURED_COLOUR,
    PLANNED_COLOUR,
    ChartTexts,
)
from dxworkshop.reports.hearing_charts import NO_ANSWER_COLOUR
from dxworkshop.reports.hearing_charts import ChartTexts as HearingChartTexts
from dxworkshop.services.dashboard import CategoryCount, MunicipalityHours
from dxworkshop.services.hearings import Comparison, ScaleColumn

MUTED = "#6b7280"
AXIS_TEXT = "#374151"
BACKGROUND = "#ffffff"
ELLIPSIS = Qt.TextElideMode.ElideRight
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def _labelled(label: str, value: str) -> str:
    return QCoreApplication.translate("ChartWidgets", "{label}: {value}").format(
        label=label, value=value
    )


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def _exact(value: float) -> str:
    """A value as it is, grouped: 1,234 or 1,234.5."""
    text = f"{value:,.1f}"
    return text[:-2] if text.endswith(".0") else text


def _month_day(day: dt.date) -> str:
    return f"{day.month}/{day.day}"


# -- data as the charts show it ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CategoryBar:
    label: str  # the category, the word for untagged issues, or "others"
    issues: int
    colour: str
    members: tuple[str, ...] = ()  # the categories summed into "others"


def category_bars(
    rows: Sequence[CategoryCount], texts: ChartTexts, max_rows: int
) -> tuple[CategoryBar, ...]:
    """The bars of ``charts.issues_by_category``: categories with issues in the read model's
    order; beyond *max_rows* the last ones summed into one "others" bar."""
    shown = [r for r in rows if r.issues > 0]
    members: tuple[str, ...] = ()
    if len(shown) > max_rows:
        rest = shown[max_rows - 1 :]
        members = tuple(r.category or texts.uncategorised for r in rest)
        shown = [
            *shown[: max_rows - 1],
            CategoryCount(texts.others, sum(r.issues for r in rest), sum(r.hours for r in rest)),
        ]
    bars = [
        CategoryBar(r.category or texts.uncategorised, r.issues, PALETTE[i % len(PALETTE)])
        for i, r in enumerate(shown)
    ]
    if members:
        last = bars[-1]
        bars[-1] = CategoryBar(last.label, last.issues, last.colour, members)
    return tuple(bars)


def hours_rows(
    rows: Sequence[MunicipalityHours], max_rows: int
) -> tuple[tuple[MunicipalityHours, ...], int]:
    """The municipalities of ``charts.hours_saved_by_municipality`` (those with plans, the
    first *max_rows*) and how many more there are; none when nothing is expected or measured."""
    with_plans = [r for r in rows if r.plans > 0]
    shown = with_plans[:max_rows]
    if not any(r.expected or r.measured for r in shown):
        return (), 0
    return tuple(shown), max(0, len(with_plans) - max_rows)


# -- axes ----------------------------------------------------------------------------------------


def nice_ticks(top: float, count: int, *, integers: bool = False) -> list[float]:
    """Round tick values from 0 up to *top*, at most about *count* + 1 of them."""
    if top <= 0:
        return [0.0]
    raw = top / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if integers else (1, 2, 2.5, 5, 10)
    step = next(s * magnitude for s in steps if s * magnitude >= raw)
    if integers:
        step = max(1.0, round(step))
    return [i * step for i in range(int(top / step + 1e-9) + 1)]


def date_ticks(left: dt.date, right: dt.date, count: int) -> list[dt.date]:
    """Dates to mark between *left* and *right*, at most *count*: every day, every other
    day, weekly (the 1st, 8th, 15th and 22nd), twice a month, monthly or every few months."""
    span = (right - left).days
    days = [left + dt.timedelta(days=i) for i in range(span + 1)] if span <= 400 else []
    rules = (
        lambda d: True,
        lambda d: (d - left).days % 2 == 0,
        lambda d: d.day in (1, 8, 15, 22),
        lambda d: d.day in (1, 15),
        lambda d: d.day == 1,
        lambda d: d.day == 1 and d.month % 2 == 1,
        lambda d: d.day == 1 and d.month % 3 == 1,
    )
    for rule in rules:
        ticks = [d for d in days if rule(d)]
        if 0 < len(ticks) <= count:
            return ticks
    return [left, right] if count >= 2 and right != left else [left]


# -- painting --------------------------------------------------------------------------------------


class _Line(NamedTuple):
    line: QLineF
    pen: QPen


class _Rect(NamedTuple):
    rect: QRectF
    brush: QBrush
    radius: float


class _Path(NamedTuple):
    path: QPainterPath
    pen: QPen | Qt.PenStyle
    brush: QBrush | Qt.BrushStyle


class TextItem(NamedTuple):
    rect: QRectF
    flags: int
    text: str
    font: QFont
    pen: QPen


class _Scene:
    """A laid-out chart: shapes and texts in painting order, and the tooltip areas."""

    __slots__ = ("ops", "tips")

    def __init__(self) -> None:
        self.ops: list[_Line | _Rect | _Path | TextItem] = []
        self.tips: list[tuple[QRectF, str]] = []

    def line(self, line: QLineF, pen: QPen) -> None:
        self.ops.append(_Line(line, pen))

    def rect(self, rect: QRectF, colour: QColor, radius: float = 0.0) -> None:
        self.ops.append(_Rect(rect, QBrush(colour), radius))

    def path(self, path: QPainterPath, pen: QPen | None, brush: QBrush | None = None) -> None:
        self.ops.append(
            _Path(
                path,
                Qt.PenStyle.NoPen if pen is None else pen,
                Qt.BrushStyle.NoBrush if brush is None else brush,
            )
        )

    def text(
        self, rect: QRectF, flags: Qt.AlignmentFlag, text: str, font: QFont, colour: QColor
    ) -> None:
        self.ops.append(TextItem(rect, int(flags), text, font, QPen(colour)))

    def tip(self, rect: QRectF, text: str) -> None:
        self.tips.append((rect, text))

    def texts(self) -> list[TextItem]:
        return [op for op in self.ops if isinstance(op, TextItem)]

    def paint(self, painter: QPainter) -> None:
        for op in self.ops:
            if isinstance(op, _Line):
                painter.setPen(op.pen)
                painter.drawLine(op.line)
            elif isinstance(op, _Rect):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(op.brush)
                painter.drawRoundedRect(op.rect, op.radius, op.radius)
            elif isinstance(op, _Path):
                painter.setPen(op.pen)
                painter.setBrush(op.brush)
                painter.drawPath(op.path)
            else:
                painter.setFont(op.font)
                painter.setPen(op.pen)
                painter.drawText(op.rect, op.flags, op.text)


def _snap(x: float, y: float, w: float, h: float) -> QRectF:
    """A rectangle on whole logical pixels, so bar edges stay crisp."""
    left, top = round(x), round(y)
    return QRectF(left, top, max(round(x + w) - left, 0), max(round(y + h) - top, 1))


class ChartWidget(QWidget):
    """What the three charts share: words, text scale, empty state, tooltips, accessibility.

    A chart shows nothing until its data is first set (``revision`` counts the settings).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = ChartTexts()
        self.text_scale = 1.0
        self.revision = 0
        self._scene: _Scene | None = None
        self.setMinimumSize(160, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- for subclasses -----------------------------------------------------------------------

    def is_empty(self) -> bool:
        raise NotImplementedError

    def _lay_out(self, scene: _Scene, area: QRectF) -> None:
        raise NotImplementedError

    def _summary(self) -> str:
        raise NotImplementedError

    def _data_set(self, texts: ChartTexts | None, text_scale: float) -> None:
        self.texts = texts or ChartTexts()
        self.text_scale = text_scale
        self.revision += 1
        self._scene = None
        self.setAccessibleDescription(self._no_data() if self.is_empty() else self._summary())
        self.update()

    def _no_data(self) -> str:
        return self.texts.no_data

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(points * self.text_scale, 4.0))
        font.setBold(bold)
        return font

    def _px(self, points: float) -> float:
        """A length in points, scaled like the text, in logical pixels."""
        return points * self.text_scale * (self.logicalDpiY() or 96) / 72.0

    # -- QWidget ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 150)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scene = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scene = None
        super().changeEvent(event)

    def scene(self) -> _Scene | None:
        """The laid-out chart at the current size (None before any data)."""
        if self.revision == 0:
            return None
        if self._scene is None:
            scene = _Scene()
            area = QRectF(self.rect())
            if self.is_empty():
                font = self._font(9)
                scene.text(area, CENTRE, self._no_data(), font, QColor(MUTED))
            else:
                self._lay_out(scene, area)
            self._scene = scene
        return self._scene

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        scene = self.scene()
        if scene is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            scene.paint(painter)
        painter.end()

    def tooltip_at(self, pos: QPointF) -> str | None:
        found = self.tooltip_area(pos)
        return found[1] if found else None

    def tooltip_area(self, pos: QPointF) -> tuple[QRectF, str] | None:
        scene = self.scene()
        if scene is None:
            return None
        for rect, text in scene.tips:
            if rect.contains(pos):
                return rect, text
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.tooltip_area(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), found[1], self, found[0].toAlignedRect())
            return True
        return super().event(event)


def _fit_font(font: QFont, height: float) -> QFont:
    """*font*, made smaller when its lines are taller than *height* (down to 60 %)."""
    line = QFontMetricsF(font).height()
    if line <= height:
        return font
    smaller = QFont(font)
    smaller.setPointSizeF(max(font.pointSizeF() * max(height / line, 0.6), 4.0))
    return smaller


def _value_scale(
    values: Sequence[float], label_widths: Sequence[float], width: float, gap: float
) -> tuple[float, bool]:
    """Pixels per unit so the longest bar, and each bar's label after it (width 0: none),
    fit in *width*; with no room for the labels, the bars alone (and False: no labels)."""
    top = max(values)
    scale = width / top
    for value, label in zip(values, label_widths, strict=True):
        room = width - gap - label if label else width
        if value > 0:
            scale = min(scale, room / value)
        elif room < 0:
            scale = -1.0
    if scale < 0.45 * width / top:  # the labels would squash the bars
        return width / top, False
    return scale, True


def _inside(box: QRectF, area: QRectF) -> QRectF:
    """*box* moved sideways as little as needed to lie within *area*."""
    box.moveLeft(max(area.left(), min(box.left(), area.right() - box.width())))
    return box


def _x_axis(
    scene: _Scene,
    x0: float,
    scale: float,
    ticks: Sequence[float],
    top: float,
    bottom: float,
    font: QFont,
    area: QRectF,
    reserved: QRectF | None = None,
) -> None:
    """Vertical grid lines at *ticks* from *top* to *bottom* and the tick labels under them
    (kept inside *area*; none over *reserved*)."""
    grid = QPen(QColor(GRID), 1.0)
    grid.setCosmetic(True)
    metrics = QFontMetricsF(font)
    colour = QColor(AXIS_TEXT)
    for value in ticks:
        x = round(x0 + value * scale) + 0.5
        scene.line(QLineF(x, top, x, bottom), grid)
        text = _thousands(value)
        width = metrics.horizontalAdvance(text) + 4
        box = _inside(QRectF(x - width / 2, bottom + 2, width, metrics.height()), area)
        if reserved is not None and box.intersects(reserved):
            continue
        scene.text(box, CENTRE, text, font, colour)


class CategoryChart(ChartWidget):
    """Horizontal bars: how many issues carry each category, most first, untagged last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[CategoryBar, ...] = ()

    def set_data(
        self,
        rows: Sequence[CategoryCount],
        *,
        texts: ChartTexts | None = None,
        text_scale: float = 1.0,
        max_rows: int = 10,
    ) -> None:
        words = texts or ChartTexts()
        self.bars = category_bars(rows, words, max_rows)
        self._data_set(words, text_scale)

    def is_empty(self) -> bool:
        return not self.bars

    def _count(self, bar: CategoryBar) -> str:
        return f"{bar.issues:,}{self.texts.issues}"

    def _tooltip(self, bar: CategoryBar) -> str:
        lines = [bar.label, self._count(bar)]
        if bar.members:  # what "others" sums up, one a line
            lines += [f"  {m}" for m in bar.members[:12]]
            if len(bar.members) > 12:
                lines.append("  …")
        return "\n".join(lines)

    def _summary(self) -> str:
        return "\n".join(_labelled(bar.label, self._count(bar)) for bar in self.bars)

    def _lay_out(self, scene: _Scene, area: QRectF) -> None:
        bars = self.bars
        tick_font = self._font(7.5)
        tick_h = QFontMetricsF(tick_font).height()
        pad = round(tick_h * 0.6)
        gap = round(tick_h * 0.35)
        top = area.top() + pad
        axis = area.bottom() - pad - tick_h - 2
        line = QFontMetricsF(self._font(7.5)).height()
        band = min((axis - top) / len(bars), line * 3.5)
        thickness = min(band * 0.66, line * 1.5)
        label_font = _fit_font(self._font(7.5), band)
        value_font = _fit_font(self._font(7), band)
        labels = QFontMetricsF(label_font)
        values = QFontMetricsF(value_font)
        label_w = min(max(labels.horizontalAdvance(b.label) for b in bars), area.width() * 0.4)
        x0 = area.left() + pad + label_w + gap
        width = area.right() - pad - x0
        counts = [b.issues for b in bars]
        value_texts = [self._count(b) for b in bars]
        value_ws = [values.horizontalAdvance(t) for t in value_texts]
        scale, with_values = _value_scale(counts, value_ws, width, gap)
        ticks = nice_ticks(max(counts), max(1, int(width // (tick_h * 3.5))), integers=True)
        bottom = top + band * len(bars)
        _x_axis(scene, x0, scale, ticks, top, bottom, tick_font, area)
        text, muted = QColor(TEXT), QColor(AXIS_TEXT)
        for i, bar in enumerate(bars):
            y = top + i * band
            row = QRectF(area.left(), y, area.width(), band)
            rect = _snap(x0, y + (band - thickness) / 2, bar.issues * scale, thickness)
            scene.rect(rect, QColor(bar.colour), min(3.0, rect.height() / 4))
            name = labels.elidedText(bar.label, ELLIPSIS, label_w)
            scene.text(QRectF(area.left() + pad, y, label_w, band), RIGHT, name, label_font, muted)
            if with_values:
                box = QRectF(rect.right() + gap, y, value_ws[i] + 2, band)
                scene.text(box, LEFT, value_texts[i], value_font, text)
            scene.tip(row, self._tooltip(bar))


class HoursChart(ChartWidget):
    """Paired bars per municipality: hours a year its plans expect to save, and measured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[MunicipalityHours, ...] = ()
        self.hidden = 0

    def set_data(
        self,
        rows: Sequence[MunicipalityHours],
        *,
        texts: ChartTexts | None = None,
        text_scale: float = 1.0,
        max_rows: int = 10,
    ) -> None:
        self.rows, self.hidden = hours_rows(rows, max_rows)
        self._data_set(texts, text_scale)

    def is_empty(self) -> bool:
        return not self.rows

    def _name(self, row: MunicipalityHours) -> str:
        return row.municipality or "—"

    def _measured(self, row: MunicipalityHours, exact: bool = False) -> str:
        hours = _exact(row.measured) if exact else _thousands(row.measured)
        return self.texts.measured_label.format(
            hours=hours, done=row.measured_plans, plans=row.plans
        )

    def _row_text(self, row: MunicipalityHours, separator: str) -> str:
        unit = self.texts.hours_unit
        return separator.join(
            (
                self._name(row),
                _labelled(self.texts.expected, f"{_exact(row.expected)} {unit}"),
                _labelled(self.texts.measured, f"{self._measured(row, exact=True)} {unit}"),
            )
        )

    def _summary(self) -> str:
        lines = [self._row_text(row, " ") for row in self.rows]
        if self.hidden:
            lines.append(self.texts.more_municipalities.format(n=self.hidden))
        return "\n".join(lines)

    def _lay_out(self, scene: _Scene, area: QRectF) -> None:
        rows = self.rows
        texts = self.texts
        tick_font = self._font(7.5)
        tick_h = QFontMetricsF(tick_font).height()
        pad = round(tick_h * 0.6)
        gap = round(tick_h * 0.35)
        legend_font = self._font(7)
        legend_h = QFontMetricsF(legend_font).height()
        top = area.top() + pad
        note = texts.more_municipalities.format(n=self.hidden) if self.hidden else ""
        if note:
            top += QFontMetricsF(legend_font).height() + 2
        legend_y = area.bottom() - pad - legend_h
        axis = legend_y - gap - tick_h - 2
        line = QFontMetricsF(self._font(7.5)).height()
        band = min((axis - top) / len(rows), line * 4.5)
        thickness = min(band * 0.36, line)
        label_font = _fit_font(self._font(7.5), band)
        value_font = _fit_font(self._font(6.5), thickness * 1.4)
        readable = value_font.pointSizeF() >= self._font(6.5).pointSizeF() * 0.8
        labels = QFontMetricsF(label_font)
        values = QFontMetricsF(value_font)
        names = [self._name(r) for r in rows]
        label_w = min(max(labels.horizontalAdvance(n) for n in names), area.width() * 0.34)
        x0 = area.left() + pad + label_w + gap
        width = area.right() - pad - x0
        value_texts = [self._measured(r) if r.measured_plans else "" for r in rows]
        value_ws = [values.horizontalAdvance(t) if t else 0.0 for t in value_texts]
        # the expected bars need no room for a label; the measured ones do
        scale, with_values = _value_scale(
            [*(r.expected for r in rows), *(r.measured for r in rows)],
            [*(0.0 for _ in rows), *(w if readable else 0.0 for w in value_ws)],
            width,
            gap,
        )
        with_values = with_values and readable
        top_value = max(max(r.expected, r.measured) for r in rows)
        bottom = top + band * len(rows)
        unit = texts.hours_unit
        unit_w = QFontMetricsF(tick_font).horizontalAdvance(unit) + 4
        unit_box = QRectF(area.right() - pad - unit_w, bottom + 2, unit_w, tick_h)
        count = max(1, int((width - unit_w) // (tick_h * 4.5)))
        ticks = nice_ticks(top_value, count)
        _x_axis(scene, x0, scale, ticks, top, bottom, tick_font, area, reserved=unit_box)
        scene.text(unit_box, RIGHT, unit, tick_font, QColor(AXIS_TEXT))
        if note:
            box = QRectF(area.left() + pad, area.top() + pad, area.width() - 2 * pad, legend_h)
            scene.text(box, RIGHT, note, legend_font, QColor(MUTED))
        expected, measured = QColor(EXPECTED_COLOUR), QColor(MEASURED_COLOUR)
        text, muted = QColor(TEXT), QColor(AXIS_TEXT)
        for i, row in enumerate(rows):
            y = top + i * band
            first = _snap(x0, y + band / 2 - thickness, row.expected * scale, thickness)
            second = _snap(x0, first.bottom(), row.measured * scale, thickness)
            for rect, colour in ((first, expected), (second, measured)):
                if rect.width() > 0:
                    scene.rect(rect, colour, min(2.0, rect.height() / 4))
            name = labels.elidedText(names[i], ELLIPSIS, label_w)
            scene.text(QRectF(area.left() + pad, y, label_w, band), RIGHT, name, label_font, muted)
            if with_values and value_texts[i]:
                middle = second.center().y()
                height = values.height()
                box = QRectF(second.right() + gap, middle - height / 2, value_ws[i] + 2, height)
                scene.text(box, LEFT, value_texts[i], value_font, text)
            scene.tip(QRectF(area.left(), y, area.width(), band), self._row_text(row, "\n"))
        self._legend(scene, area, pad, legend_y, legend_font)

    def _legend(self, scene: _Scene, area: QRectF, pad: float, y: float, font: QFont) -> None:
        metrics = QFontMetricsF(font)
        line = metrics.height()
        swatch = round(line * 0.7)
        space = line * 0.4
        items = [(self.texts.expected, EXPECTED_COLOUR), (self.texts.measured, MEASURED_COLOUR)]
        room = (area.width() - 2 * pad) / len(items) - swatch - 2 * space
        words = [metrics.elidedText(word, ELLIPSIS, room) for word, _ in items]
        widths = [swatch + space + metrics.horizontalAdvance(w) for w in words]
        x = area.left() + (area.width() - sum(widths) - line * (len(items) - 1)) / 2
        for (full, colour), word, width in zip(items, words, widths, strict=True):
            scene.rect(_snap(x, y + (line - swatch) / 2, swatch, swatch), QColor(colour), 1.5)
            box = QRectF(x + swatch + space, y, width - swatch - space + 2, line)
            scene.text(box, LEFT, word, font, QColor(TEXT))
            scene.tip(QRectF(x, y, width, line), full)
            x += width + line


class PracticeChart(ChartWidget):
    """The cohort's average practice progress by date, against a steady pace from 0 % at
    the practice start to 100 % at its end (when both are known)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[ProgressPoint, ...] = ()
        self.start: dt.date | None = None
        self.end: dt.date | None = None

    def set_data(
        self,
        points: Sequence[ProgressPoint],
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        texts: ChartTexts | None = None,
        text_scale: float = 1.0,
    ) -> None:
        self.points = tuple(points)
        self.start, self.end = start, end
        self._data_set(texts, text_scale)

    def is_empty(self) -> bool:
        return not self.points

    def has_pace(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start

    def _point_text(self, point: ProgressPoint, separator: str) -> str:
        return separator.join(
            (
                _month_day(point.date),
                _labelled(self.texts.progress, f"{point.average:.0f}%"),
                QCoreApplication.translate("ChartWidgets", "Plans reported: {n}").format(
                    n=point.reporting
                ),
            )
        )

    def _summary(self) -> str:
        lines = [self._point_text(self.points[-1], " ")]
        if self.has_pace():
            assert self.start is not None and self.end is not None
            span = f"{_month_day(self.start)}–{_month_day(self.end)}"
            lines.append(_labelled(self.texts.planned_pace, f"0–100% {span}"))
        return "\n".join(lines)

    def _range(self) -> tuple[dt.date, dt.date]:
        first, last = self.points[0].date, self.points[-1].date
        left = min(self.start, first) if self.start else first
        right = max(self.end, last) if self.end else last
        if right == left:
            right = left + dt.timedelta(days=1)
        return left, right

    def _lay_out(self, scene: _Scene, area: QRectF) -> None:
        points = self.points
        tick_font = self._font(7.5)
        ticks = QFontMetricsF(tick_font)
        tick_h = ticks.height()
        pad = round(tick_h * 0.6)
        gap = round(tick_h * 0.35)
        note_font = self._font(8, bold=True)
        note = f"{points[-1].average:.0f}%"
        note_w = QFontMetricsF(note_font).horizontalAdvance(note) + 2
        offset = self._px(4)
        left, right = self._range()
        span = (right - left).days
        x0 = area.left() + pad + ticks.horizontalAdvance("100%") + gap
        date_w = ticks.horizontalAdvance("12/28")
        width = area.right() - pad - date_w / 2 - x0
        share = (points[-1].date - left).days / span
        if share > 0:  # the last value's note stays inside
            width = min(width, (area.right() - pad - offset - note_w - x0) / share)
        width = max(width, 24.0)
        top = area.top() + pad + tick_h / 2
        bottom = area.bottom() - pad - tick_h - 2
        height = bottom - top

        def x_of(day: dt.date) -> float:
            return x0 + (day - left).days / span * width

        def y_of(value: float) -> float:
            return bottom - value / 105.0 * height

        grid = QPen(QColor(GRID), 1.0)
        grid.setCosmetic(True)
        axis_text = QColor(AXIS_TEXT)
        for value in (0, 25, 50, 75, 100):
            y = round(y_of(value)) + 0.5
            scene.line(QLineF(x0, y, x0 + width, y), grid)
            box = QRectF(area.left(), y - tick_h / 2, x0 - gap - area.left(), tick_h)
            scene.text(box, RIGHT, f"{value}%", tick_font, axis_text)
        count = min(7, max(2, int(width // (date_w * 1.8))))
        for day in date_ticks(left, right, count):
            x = x_of(day)
            scene.line(QLineF(x, bottom, x, bottom + 3), grid)
            text = _month_day(day)
            text_w = ticks.horizontalAdvance(text) + 4
            box = _inside(QRectF(x - text_w / 2, bottom + 2, text_w, tick_h), area)
            scene.text(box, CENTRE, text, tick_font, axis_text)
        colour = QColor(MEASURED_COLOUR)
        if self.has_pace():
            assert self.start is not None and self.end is not None
            pace = QPen(QColor(PLANNED_COLOUR), self._px(1.2))
            pace.setDashPattern([4.0, 3.0])
            path = QPainterPath(QPointF(x_of(self.start), y_of(0)))
            path.lineTo(x_of(self.end), y_of(100))
            scene.path(path, pace)
        xs = [x_of(p.date) for p in points]
        ys = [y_of(p.average) for p in points]
        steps = QPainterPath(QPointF(xs[0], ys[0]))
        for i in range(1, len(points)):
            steps.lineTo(xs[i], ys[i - 1])
            steps.lineTo(xs[i], ys[i])
        area_path = QPainterPath(steps)
        area_path.lineTo(xs[-1], bottom)
        area_path.lineTo(xs[0], bottom)
        area_path.closeSubpath()
        fill = QColor(colour)
        fill.setAlphaF(0.12)
        scene.path(area_path, None, QBrush(fill))
        line = QPen(colour, self._px(2))
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        scene.path(steps, line)
        radius = self._px(1.5) + 0.5
        if width / len(points) >= radius * 4:  # dots closer than that only blur the line
            markers = QPainterPath()
            for x, y in zip(xs, ys, strict=True):
                markers.addEllipse(QPointF(x, y), radius, radius)
            scene.path(markers, None, QBrush(colour))
        note_h = QFontMetricsF(note_font).height()
        note_y = max(area.top(), ys[-1] - offset - note_h)
        box = _inside(QRectF(xs[-1] + offset, note_y, note_w, note_h), area)
        scene.text(box, LEFT, note, note_font, colour)
        self._legend(scene, QPointF(x0 + gap, top), width - 2 * gap, colour)
        for i, (x, point) in enumerate(zip(xs, points, strict=True)):
            before = (xs[i - 1] + x) / 2 if i else x - radius - 4
            after = (xs[i + 1] + x) / 2 if i + 1 < len(xs) else x + radius + 4
            scene.tip(QRectF(before, top, after - before, height), self._point_text(point, "\n"))

    def _legend(self, scene: _Scene, corner: QPointF, room: float, colour: QColor) -> None:
        """The two lines' key in the top left corner, at most *room* wide."""
        font = self._font(7)
        metrics = QFontMetricsF(font)
        line = metrics.height() * 1.15
        sample = min(line * 1.6, max(room * 0.35, 8.0))
        space = line * 0.4
        items: list[tuple[str, QPen]] = [(self.texts.progress, QPen(colour, self._px(2)))]
        if self.has_pace():
            pace = QPen(QColor(PLANNED_COLOUR), self._px(1.2))
            pace.setDashPattern([4.0, 3.0])
            items.append((self.texts.planned_pace, pace))
        words = max(metrics.horizontalAdvance(w) for w, _ in items) + 4
        width = max(min(sample + space + words, room), sample)
        backing = QColor(BACKGROUND)
        backing.setAlphaF(0.85)
        scene.rect(QRectF(corner.x() - 2, corner.y(), width + 4, line * len(items) + 4), backing, 3)
        for i, (word, pen) in enumerate(items):
            y = corner.y() + 2 + i * line
            middle = y + line / 2
            path = QPainterPath(QPointF(corner.x(), middle))
            path.lineTo(corner.x() + sample, middle)
            scene.path(path, pen)
            box = QRectF(corner.x() + sample + space, y, width - sample - space, line)
            shown = metrics.elidedText(word, ELLIPSIS, box.width() - 2)
            if shown:
                scene.text(box, LEFT, shown, font, QColor(TEXT))
            scene.tip(QRectF(corner.x(), y, width, line), word)


# -- the pre-hearing comparison -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProgressRow:
    name: str
    step: int | None  # the 手順書 step answered (None: no answer, or no step panel)
    levels: tuple[int | None, ...]  # the 重点取組事項 answered, in the priority panel's order

    @property
    def answered(self) -> bool:
        return any(level is not None for level in self.levels)

    @property
    def total(self) -> int:
        """What the row's priority bar adds up to (no answer adds nothing)."""
        return sum(level or 0 for level in self.levels)


@dataclass(frozen=True, slots=True)
class HearingProgress:
    """What ``hearing_charts.progress_chart`` shows of a comparison: every municipality in
    its order, the step panel (when the template has the 手順書 question) and the priority
    panel (when it has 重点取組事項)."""

    rows: tuple[ProgressRow, ...]
    step: ScaleColumn | None
    priorities: tuple[ScaleColumn, ...]

    @property
    def step_top(self) -> int:
        """The highest step (the step axis goes from 0 to it)."""
        return max(len(self.step.labels) - 1, 1) if self.step else 1

    @property
    def full(self) -> int:
        """A priority bar's length when every measure is at its highest level."""
        return sum(max(len(c.labels) - 1, 1) for c in self.priorities)

    def share(self, row: ProgressRow) -> int:
        """The priority bar as a rounded share of the whole, in per cent."""
        return round(100 * row.total / self.full) if self.full else 0

    def colour(self, n: int) -> str:
        """The colour of the *n*-th priority measure (the first colour is the step's)."""
        return PALETTE[(n + 1) % len(PALETTE)]


def hearing_progress(comparison: Comparison) -> HearingProgress | None:
    """The comparison as the chart shows it; None when there is nothing to compare (no
    municipality, no step or priority question, or no scale answered yet)."""
    step = comparison.step_column
    priorities = comparison.priority_columns
    rows = comparison.rows
    answered = [r for r in rows if any(level is not None for level in r.levels)]
    if not rows or (step is None and not priorities) or not answered:
        return None
    return HearingProgress(
        rows=tuple(
            ProgressRow(
                r.municipality_name,
                r.levels[step] if step is not None else None,
                tuple(r.levels[i] for i in priorities),
            )
            for r in rows
        ),
        step=comparison.columns[step] if step is not None else None,
        priorities=tuple(comparison.columns[i] for i in priorities),
    )


class _Frame(NamedTuple):
    """The measures of a comparison chart at one lettering size (see ``_frame``)."""

    title_font: QFont
    tick_font: QFont
    name_font: QFont
    name_line: float
    tick_h: float
    pad: float
    gap: float
    legend_line: float
    swatch: float
    space: float
    label_w: float
    x_start: float
    between: float
    step_x: float
    step_w: float
    prio_x: float
    prio_w: float
    legend: tuple[int, int, list[float], bool] | None
    legend_box: QRectF
    fixed: float


class HearingProgressChart(ChartWidget):
    """How far each municipality's DX has come, side by side: on the left its 手順書 step
    (a line to a dot on steps 0–3), on the right its 重点取組事項 as one bar adding each
    measure's level, with the share of the whole after it; the measures' key below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = HearingChartTexts()
        self.progress: HearingProgress | None = None
        self.setMinimumSize(160, 220)

    def set_data(
        self,
        comparison: Comparison,
        *,
        texts: HearingChartTexts | None = None,
        text_scale: float = 1.0,
    ) -> None:
        self.words = texts or HearingChartTexts()
        self.progress = hearing_progress(comparison)
        self._data_set(None, text_scale)
        self.updateGeometry()

    def is_empty(self) -> bool:
        return self.progress is None

    def _no_data(self) -> str:
        return self.words.no_data

    def sizeHint(self) -> QSize:
        rows = len(self.progress.rows) if self.progress else 4
        line = QFontMetricsF(self._font(8)).height()
        return QSize(720, max(220, round(line * (2.2 * rows + 8))))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 220)

    # -- words ------------------------------------------------------------------------------

    def _step_text(self, row: ProgressRow) -> str:
        progress = self.progress
        assert progress is not None and progress.step is not None
        value = self.words.no_answer if row.step is None else progress.step.labels[row.step]
        return _labelled(self.words.step_title, value)

    def _share_text(self, row: ProgressRow, exact: bool = False) -> str:
        progress = self.progress
        assert progress is not None
        if not row.answered:
            return _labelled(self.words.priority_title, self.words.no_answer)
        share = f"{progress.share(row)}%"
        if exact:
            share += f" ({row.total}/{progress.full})"
        return _labelled(self.words.priority_title, share)

    def _priority_lines(self, row: ProgressRow) -> list[str]:
        progress = self.progress
        assert progress is not None
        lines = [self._share_text(row, exact=True)]
        if row.answered:
            for column, level in zip(progress.priorities, row.levels, strict=True):
                value = self.words.no_answer if level is None else column.labels[level]
                lines.append("  " + _labelled(column.short_text, value))
        return lines

    def _row_lines(self, row: ProgressRow) -> list[str]:
        progress = self.progress
        assert progress is not None
        lines = [row.name]
        if progress.step is not None:
            lines.append(self._step_text(row))
        if progress.priorities:
            lines.append(self._share_text(row))
        return lines

    def _summary(self) -> str:
        progress = self.progress
        assert progress is not None
        return "\n".join(" ".join(self._row_lines(row)) for row in progress.rows)

    # -- layout -----------------------------------------------------------------------------

    def _legend_grid(
        self, metrics: QFontMetricsF, swatch: float, space: float, room: float, height: float
    ) -> tuple[int, int, list[float], bool]:
        """Columns, rows and column widths of the measures' key, and whether the words fit
        *room* whole: up to three columns filled top to bottom (as matplotlib's legend),
        fewer when they do not fit and the taller key takes at most 30 % of *height*."""
        progress = self.progress
        assert progress is not None
        count = len(progress.priorities)
        entry = [
            swatch + space + metrics.horizontalAdvance(c.short_text) + 2
            for c in progress.priorities
        ]
        spacing = metrics.height()
        best = min(3, count)
        for columns in range(best, 0, -1):
            rows = math.ceil(count / columns)
            widths = [max(entry[c * rows : (c + 1) * rows]) for c in range(columns)]
            if sum(widths) + spacing * (columns - 1) <= room:
                if rows * metrics.height() <= height * 0.3 or columns == best:
                    return columns, rows, widths, True
                break
        rows = math.ceil(count / best)
        each = (room - spacing * (best - 1)) / best
        widths = [min(max(entry[c * rows : (c + 1) * rows]), each) for c in range(best)]
        return best, rows, widths, False

    def _frame(self, area: QRectF, factor: float) -> _Frame:
        """The fonts, margins, panels and key of the chart with its lettering *factor* times
        its size, and the height of everything but the rows."""
        progress = self.progress
        assert progress is not None
        # the lettering stays a small part of a low chart
        title_font = _fit_font(self._font(9 * factor), area.height() * 0.11)
        tick_font = _fit_font(self._font(7 * factor), area.height() * 0.09)
        name_font = self._font(8 * factor)
        ticks = QFontMetricsF(tick_font)
        names = QFontMetricsF(name_font)
        tick_h = ticks.height()
        pad = round(tick_h * 0.6)
        gap = round(tick_h * 0.4)
        legend_line = tick_h * 1.1
        swatch = round(tick_h * 0.7)
        space = tick_h * 0.4
        widest = max(names.horizontalAdvance(r.name) for r in progress.rows) + 2
        label_w = min(widest, area.width() * 0.25)
        x_start = area.left() + pad + label_w + gap
        both = progress.step is not None and bool(progress.priorities)
        between = round(tick_h * 2.2) if both else 0
        room = max(area.right() - pad - x_start - between, 20.0)
        step_w = room / 3.3 if both else (room if progress.step is not None else 0.0)
        prio_x = x_start + step_w + between
        prio_w = area.right() - pad - prio_x
        legend: tuple[int, int, list[float], bool] | None = None
        legend_box = QRectF(prio_x, 0, prio_w, legend_line)
        title_h = QFontMetricsF(title_font).height()
        fixed = 2 * pad + title_h + gap + tick_h + 2
        if progress.priorities:
            height = area.height() - 2 * pad - title_h - tick_h
            legend = self._legend_grid(ticks, swatch, space, prio_w, height)
            if not legend[3]:  # too narrow under the priority panel: the whole width
                legend_box = QRectF(area.left() + pad, 0, area.width() - 2 * pad, legend_line)
                legend = self._legend_grid(ticks, swatch, space, legend_box.width(), height)
            fixed += legend[1] * legend_line + gap
        return _Frame(
            title_font,
            tick_font,
            name_font,
            names.height(),
            tick_h,
            pad,
            gap,
            legend_line,
            swatch,
            space,
            label_w,
            x_start,
            between,
            x_start,
            step_w,
            prio_x,
            prio_w,
            legend,
            legend_box,
            fixed,
        )

    def _lay_out(self, scene: _Scene, area: QRectF) -> None:
        progress = self.progress
        assert progress is not None
        words = self.words
        rows = progress.rows
        # When the rows would be lower than their names, all the lettering is made smaller
        # together (down to 60 %) so the chart keeps its proportions.
        factor = 1.0
        frame = self._frame(area, factor)
        for _ in range(3):
            wanted = frame.fixed + len(rows) * frame.name_line * 1.15
            if wanted <= area.height() or factor <= 0.6:
                break
            factor = max(0.6, factor * area.height() / wanted)
            frame = self._frame(area, factor)
        title_font, tick_font, small_font = frame.title_font, frame.tick_font, frame.tick_font
        name_font = frame.name_font
        titles = QFontMetricsF(title_font)
        names = QFontMetricsF(name_font)
        tick_h, title_h = frame.tick_h, titles.height()
        pad, gap = frame.pad, frame.gap
        top = area.top() + pad + title_h + gap
        legend_line, swatch, space = frame.legend_line, frame.swatch, frame.space
        label_w, x_start, between = frame.label_w, frame.x_start, frame.between
        step_x, step_w, prio_x, prio_w = frame.step_x, frame.step_w, frame.prio_x, frame.prio_w
        legend, legend_box = frame.legend, frame.legend_box
        bottom_limit = area.bottom() - pad
        if legend is not None:
            bottom_limit -= legend[1] * legend_line + gap
        axis = bottom_limit - tick_h - 2
        line = names.height()
        band = max(min((axis - top) / len(rows), line * 4), 1.0)
        bottom = top + band * len(rows)
        name_font = _fit_font(name_font, band)
        names = QFontMetricsF(name_font)
        # names on every row while they fit, else on every few rows (the tooltips tell all)
        stride = max(1, math.ceil(names.height() / band - 0.05))
        text, muted = QColor(TEXT), QColor(AXIS_TEXT)
        mark_font = _fit_font(small_font, band)
        for i, row in enumerate(rows):
            y = top + i * band
            if i % stride == 0:
                name = names.elidedText(row.name, ELLIPSIS, label_w)
                box = QRectF(
                    area.left() + pad, y + band / 2 - names.height() / 2, label_w, names.height()
                )
                scene.text(box, RIGHT, name, name_font, muted)
            scene.tip(
                QRectF(area.left(), y, x_start - area.left(), band), "\n".join(self._row_lines(row))
            )
        panels_top = area.top() + pad
        if progress.step is not None:
            self._step_panel(
                scene, QRectF(step_x, top, step_w, bottom - top), band, tick_font, mark_font
            )
            # over the panel, or from the names' left edge when it is longer than the panel
            right = step_x + step_w + between - gap
            left = step_x
            if titles.horizontalAdvance(words.step_title) + 2 > right - left:
                left = area.left() + pad
            box = QRectF(left, panels_top, right - left, title_h)
            title = titles.elidedText(words.step_title, ELLIPSIS, box.width())
            scene.text(box, LEFT, title, title_font, text)
            scene.tip(box, words.step_title)
        if progress.priorities:
            assert legend is not None
            self._priority_panel(
                scene, QRectF(prio_x, top, prio_w, bottom - top), band, tick_font, mark_font, gap
            )
            title = titles.elidedText(words.priority_title, ELLIPSIS, prio_w)
            scene.text(QRectF(prio_x, panels_top, prio_w, title_h), LEFT, title, title_font, text)
            scene.tip(QRectF(prio_x, panels_top, prio_w, title_h), words.priority_title)
            legend_box.moveTop(bottom + 2 + tick_h + gap)
            self._legend(
                scene,
                legend_box,
                legend,
                small_font,
                swatch,
                space,
            )

    def _axis(
        self,
        scene: _Scene,
        panel: QRectF,
        xs: Sequence[float],
        labels: Sequence[str],
        font: QFont,
    ) -> None:
        """The panel's grid lines at *xs*, its bottom line and the tick labels (fewer when
        they would touch)."""
        grid = QPen(QColor(GRID), 1.0)
        grid.setCosmetic(True)
        metrics = QFontMetricsF(font)
        bottom = round(panel.bottom()) + 0.5
        for x in xs:
            scene.line(QLineF(round(x) + 0.5, panel.top(), round(x) + 0.5, bottom), grid)
        scene.line(QLineF(panel.left(), bottom, panel.right(), bottom), grid)
        widest = max(metrics.horizontalAdvance(t) for t in labels) + metrics.height() * 0.6
        spacing = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
        every = 1
        while every < len(xs) - 1 and spacing * every < widest:
            every += 1
        area = QRectF(self.rect())
        colour = QColor(AXIS_TEXT)
        drawn: QRectF | None = None
        for i, (x, label) in enumerate(zip(xs, labels, strict=True)):
            if i % every and i != len(xs) - 1:
                continue
            width = metrics.horizontalAdvance(label) + 4
            box = _inside(QRectF(x - width / 2, bottom + 2, width, metrics.height()), area)
            if drawn is not None and box.left() < drawn.right() + metrics.height() * 0.3:
                continue
            scene.text(box, CENTRE, label, font, colour)
            drawn = box

    def _no_answer(
        self, scene: _Scene, x: float, y: float, band: float, room: float, font: QFont
    ) -> None:
        metrics = QFontMetricsF(font)
        if metrics.height() > band:  # rows too low for words: the tooltips say it
            return
        word = metrics.elidedText(self.words.no_answer, ELLIPSIS, room - 2)
        if word:
            box = QRectF(x, y + band / 2 - metrics.height() / 2, room, metrics.height())
            scene.text(box, LEFT, word, font, QColor(NO_ANSWER_COLOUR))

    def _step_panel(
        self, scene: _Scene, panel: QRectF, band: float, tick_font: QFont, mark_font: QFont
    ) -> None:
        progress = self.progress
        assert progress is not None and progress.step is not None
        top = progress.step_top
        count = len(progress.step.labels)
        span = top + 0.6

        def x_of(value: float) -> float:
            return panel.left() + (value + 0.3) / span * panel.width()

        xs = [x_of(i) for i in range(count)]
        self._axis(scene, panel, xs, [str(i) for i in range(count)], tick_font)
        colour = QColor(PALETTE[0])
        pen = QPen(colour, min(self._px(2.2), band * 0.18))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        radius = min(self._px(3.2), band * 0.3)
        for i, row in enumerate(progress.rows):
            y = panel.top() + i * band
            middle = round(y + band / 2) + 0.5 if pen.widthF() < 1.5 else y + band / 2
            if row.step is None:
                self._no_answer(scene, x_of(0), y, band, panel.right() - x_of(0), mark_font)
            else:
                end = x_of(row.step)
                path = QPainterPath(QPointF(x_of(0), middle))
                path.lineTo(end, middle)
                scene.path(path, pen)
                dot = QPainterPath()
                dot.addEllipse(QPointF(end, middle), radius, radius)
                scene.path(dot, None, QBrush(colour))
            scene.tip(
                QRectF(panel.left(), y, panel.width(), band),
                "\n".join((row.name, self._step_text(row))),
            )

    def _priority_panel(
        self,
        scene: _Scene,
        panel: QRectF,
        band: float,
        tick_font: QFont,
        mark_font: QFont,
        gap: float,
    ) -> None:
        progress = self.progress
        assert progress is not None
        full = progress.full
        marks = QFontMetricsF(mark_font)
        share_w = marks.horizontalAdvance("100%") + 2
        # the axis goes to 110 % of the whole (room for the share after the bar)
        scale = min(panel.width() / (full * 1.1), (panel.width() - gap - share_w) / full)
        scale = max(scale, 0.1)
        x0 = panel.left()
        self._axis(
            scene,
            panel,
            [x0 + full * q / 4 * scale for q in range(5)],
            [f"{25 * q}%" for q in range(5)],
            tick_font,
        )
        thickness = max(min(band * 0.62, QFontMetricsF(self._font(8)).height() * 1.5), 1.0)
        edge = 1 if thickness >= 4 else 0
        for i, row in enumerate(progress.rows):
            y = panel.top() + i * band
            if not row.answered:
                self._no_answer(scene, x0, y, band, panel.width(), mark_font)
            else:
                left = 0
                for n, level in enumerate(row.levels):
                    if not level:
                        continue
                    start = round(x0 + left * scale) + (edge if left else 0)
                    end = round(x0 + (left + level) * scale)
                    rect = _snap(start, y + (band - thickness) / 2, end - start, thickness)
                    scene.rect(rect, QColor(progress.colour(n)))
                    left += level
                share = f"{progress.share(row)}%"
                width = marks.horizontalAdvance(share) + 2
                box = QRectF(
                    round(x0 + left * scale) + gap,
                    y + band / 2 - marks.height() / 2,
                    width,
                    marks.height(),
                )
                if box.right() <= panel.right() + 0.5 and marks.height() <= band:
                    scene.text(box, LEFT, share, mark_font, QColor(TEXT))
            scene.tip(
                QRectF(panel.left(), y, panel.width(), band),
                "\n".join((row.name, *self._priority_lines(row))),
            )

    def _legend(
        self,
        scene: _Scene,
        box: QRectF,
        grid: tuple[int, int, list[float], bool],
        font: QFont,
        swatch: float,
        space: float,
    ) -> None:
        """The measures' key, centred under the priority panel, one *box* high a line."""
        progress = self.progress
        assert progress is not None
        columns, rows, widths, _ = grid
        metrics = QFontMetricsF(font)
        spacing = metrics.height()
        total = sum(widths) + spacing * (columns - 1)
        x = box.left() + max((box.width() - total) / 2, 0.0)
        line = box.height()
        for c in range(columns):
            for r in range(rows):
                n = c * rows + r
                if n >= len(progress.priorities):
                    break
                column = progress.priorities[n]
                y = box.top() + r * line
                scene.rect(
                    _snap(x, y + (line - swatch) / 2, swatch, swatch), QColor(progress.colour(n))
                )
                room = widths[c] - swatch - space
                word = metrics.elidedText(column.short_text, ELLIPSIS, room - 2)
                if word:
                    scene.text(
                        QRectF(x + swatch + space, y, room, line), LEFT, word, font, QColor(TEXT)
                    )
                scene.tip(QRectF(x, y, widths[c], line), column.text)
            x += widths[c] + spacing
