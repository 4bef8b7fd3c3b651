"""The home dashboard's three charts: issues by category (the smallest summed into
"others" beyond *max_rows*, untagged last), hours saved by municipality (expected against
measured, "and N more" beyond *max_rows*) and the cohort's practice progress against a
steady pace — as ``dxworkshop.reports.charts`` draws them for the Word reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QWidget

from dxworkshop.domain.progress_rules import ProgressPoint

# Neither module imports matplotlib until a figure is made (a test checks the home page).
from dxworkshop.reports.chart_style import GRID, PALETTE, TEXT
from dxworkshop.reports.charts import (
    EXPECTED_COLOUR,
    MEASURED_COLOUR,
    PLANNED_COLOUR,
    ChartTexts,
)
from dxworkshop.services.dashboard import CategoryCount, MunicipalityHours
from dxworkshop.ui.charts.base import (
    AXIS_TEXT,
    BACKGROUND,
    CENTRE,
    ELLIPSIS,
    LEFT,
    MUTED,
    RIGHT,
    ChartWidget,
    _exact,
    _fit_font,
    _inside,
    _labelled,
    _month_day,
    _Scene,
    _snap,
    _thousands,
    _value_scale,
    _x_axis,
    date_ticks,
    nice_ticks,
)


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
