"""The hearing page's comparison chart: each municipality's 手順書 step and the progress
of its 重点取組事項 — as ``dxworkshop.reports.hearing_charts`` draws it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QWidget

# Neither module imports matplotlib until a figure is made (a test checks the home page).
from dxworkshop.reports.chart_style import GRID, PALETTE, TEXT
from dxworkshop.reports.hearing_charts import NO_ANSWER_COLOUR
from dxworkshop.reports.hearing_charts import ChartTexts as HearingChartTexts
from dxworkshop.services.hearings import Comparison, ScaleColumn
from dxworkshop.ui.charts.base import (
    AXIS_TEXT,
    CENTRE,
    ELLIPSIS,
    LEFT,
    RIGHT,
    ChartWidget,
    _fit_font,
    _inside,
    _labelled,
    _Scene,
    _snap,
)


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
