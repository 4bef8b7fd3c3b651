"""What the app's on-screen charts share: colours and alignments, tick rules, the scene a
chart is laid out into (a short list of shapes and texts that ``paintEvent`` only
replays), and ``ChartWidget``, which lays out once per data, size or font change and
gives tooltips and the accessible description from the same layout.

The charts are painted with QPainter so start-up never imports matplotlib; they show
what the Word reports draw (``dxworkshop.reports.charts``, ``reports.hearing_charts``) —
the same words, colours and rules. Text sizes are the reports' point sizes times the
page's text scale, in the widget's font (the bundled Japanese one).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
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

# Neither module imports matplotlib until a figure is made (a test checks the home page).
from dxworkshop.reports.chart_style import GRID
from dxworkshop.reports.charts import (
    ChartTexts,
)

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
