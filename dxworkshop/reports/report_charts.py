"""Charts of the Word reports: the trainee's payoff matrix, hours saved, mixes, decisions.

Every chart is a function returning a matplotlib ``Figure`` (Agg, no pyplot), except the
trainee's matrix: 600 supervisor summaries need 600 matrices, and matplotlib takes about
0.12 s for each (mostly laying out card labels), which would be most of a batch export.
So :class:`MatrixStamp` renders the matrix itself — quadrants, grid, scale and axis
names, drawn by ``matrix_chart`` — once per export, and stamps each trainee's cards onto
a copy with Pillow (a few milliseconds), placed by the same ``domain.matrix`` rules as
the board. Shared charts go through a :class:`ChartCache`, so each is rendered once.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dxworkshop.domain.matrix import Rect, cell_of, plan_grid, spread_ties, steps
from dxworkshop.domain.scoring import CriterionSpec
from dxworkshop.reports.chart_style import (
    FONT_FILE,
    GRID,
    PALETTE,
    TEXT,
    figure_png,
    new_figure,
)
from dxworkshop.reports.matrix_chart import (
    CARD_FONT_PT,
    CHARS_PER_LINE,
    HIGHLIGHT,
    MUTED,
    MatrixAxis,
    matrix_figure,
    wrap_label,
)

MEASURED_COLOUR = PALETTE[2]
EXPECTED_COLOUR = PALETTE[0]
DECISION_COLOURS = {
    "approved": PALETTE[2],
    "conditional": PALETTE[1],
    "rework": PALETTE[3],
    "pending": "#cbd5e1",
}

# --- cache -------------------------------------------------------------------------------


class ChartCache:
    """PNG bytes by key: a chart shared by several documents is rendered once."""

    def __init__(self) -> None:
        self._png: dict[Any, bytes] = {}
        self._lock = threading.Lock()
        self.rendered = 0  # how many charts were actually drawn (for tests and benches)

    def png(self, key: Any, make: Callable[[], bytes]) -> bytes:
        with self._lock:
            found = self._png.get(key)
        if found is not None:
            return found
        data = make()
        with self._lock:
            self._png.setdefault(key, data)
            self.rendered += 1
            return self._png[key]


def figure_bytes(fig: Any, dpi: int = 150) -> bytes:
    return figure_png(fig, dpi=dpi)


# --- the trainee's payoff matrix ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatrixCard:
    """One of the trainee's issues on the matrix: its number in the issue table, scores."""

    number: int
    label: str
    x: int
    y: int
    theme: bool = False
    gated_out: bool = False


# The board geometry of ``matrix_chart.matrix_figure`` (its plot area and card size), so
# the stamped cards sit in the frame's cells exactly as its own cards would.
_PT_PER_CM = 72 / 2.54
_GAP = 0.08
_SUPERSAMPLE = 2
_MIN_LABEL_PT = 5.5  # below this a card shows its number only
_NUMBER_PT = 7.5


class MatrixStamp:
    """The payoff matrix frame, drawn once, onto which each trainee's cards are stamped."""

    def __init__(
        self,
        x: MatrixAxis,
        y: MatrixAxis,
        *,
        width_cm: float = 15.0,
        height_cm: float = 10.0,
        dpi: int = 150,
    ) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from PIL import Image

        self.x_spec: CriterionSpec = x.spec
        self.y_spec: CriterionSpec = y.spec
        self.dpi = dpi
        fig = matrix_figure([], x, y, width_cm=width_cm, height_cm=height_cm)
        fig.set_dpi(dpi * _SUPERSAMPLE)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        width, height = canvas.get_width_height()
        self._frame = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba()).convert("RGB")
        nx, ny = steps(x.spec), steps(y.spec)
        area = Rect(0.0, 0.0, width_cm * 0.85, height_cm * 0.8)
        self._card_w = CHARS_PER_LINE * CARD_FONT_PT / _PT_PER_CM + 0.2
        self._card_h = 2 * 1.3 * CARD_FONT_PT / _PT_PER_CM + 0.15
        self._plan = plan_grid({}, nx, ny, area, self._card_w, self._card_h, _GAP, min_scale=0.2)
        # Board units → frame pixels (y grows downwards in both).
        ax = fig.axes[0]
        b = self._plan.bounds
        (x0, y0), (x1, y1) = ax.transData.transform([(b.x, b.y), (b.right, b.bottom)])
        self._sx = (x1 - x0) / b.width
        self._sy = (y0 - y1) / b.height  # display y grows upwards
        self._ox = x0 - b.x * self._sx
        self._oy = (height - y0) - b.y * self._sy
        self._fonts: dict[int, Any] = {}
        self._palette_image: Any = None

    def _palette(self) -> Any:
        """128 colours: the frame's own and the cards' (found once, on a sample card)."""
        if self._palette_image is None:
            from PIL import Image, ImageDraw

            sample = self._frame.copy()
            draw = ImageDraw.Draw(sample)
            plan = self._plan
            for n, (theme, gated) in enumerate(((False, False), (True, False), (False, True))):
                cell = plan.cell(n, 0)
                rect = Rect(cell.x, cell.y, self._card_w * 0.9, self._card_h * 0.9)
                card = MatrixCard(n + 1, "課題の例です", 1, 1, theme=theme, gated_out=gated)
                self._card(draw, card, rect, CARD_FONT_PT, self.dpi * _SUPERSAMPLE / 72)
            self._palette_image = sample.reduce(_SUPERSAMPLE).quantize(
                128, method=Image.Quantize.MEDIANCUT
            )
        return self._palette_image

    def _font(self, px: int) -> Any:
        from PIL import ImageFont

        from dxworkshop.paths import resource_path

        font = self._fonts.get(px)
        if font is None:
            font = ImageFont.truetype(str(resource_path(*FONT_FILE)), px)
            self._fonts[px] = font
        return font

    def _box(self, r: Rect) -> tuple[float, float, float, float]:
        return (
            self._ox + r.x * self._sx,
            self._oy + r.y * self._sy,
            self._ox + r.right * self._sx,
            self._oy + r.bottom * self._sy,
        )

    def png(self, cards: Sequence[MatrixCard]) -> bytes:
        """The matrix with *cards* on it, as PNG bytes."""
        from PIL import Image, ImageDraw

        image = self._frame.copy()
        draw = ImageDraw.Draw(image)
        piles: dict[tuple[int, int], list[MatrixCard]] = {}
        for card in sorted(cards, key=lambda c: c.number):
            key = (cell_of(card.x, self.x_spec), cell_of(card.y, self.y_spec))
            piles.setdefault(key, []).append(card)
        scale = self._plan.card_scale
        px_per_pt = self.dpi * _SUPERSAMPLE / 72
        for (ix, iy), pile in piles.items():
            cell = self._plan.cell(ix, iy)
            layout = spread_ties(len(pile), cell, self._card_w * scale, self._card_h * scale, _GAP)
            font_pt = CARD_FONT_PT * scale * layout.scale
            for card, rect in zip(pile, layout.cards, strict=True):
                self._card(draw, card, rect, font_pt, px_per_pt)
        # A palette of 128 colours keeps the anti-aliased edges and halves the PNG's
        # encoding time and size (a few flat colours, grey text).
        small = image.reduce(_SUPERSAMPLE).quantize(
            palette=self._palette(), dither=Image.Dither.NONE
        )
        buffer = io.BytesIO()
        small.save(buffer, "PNG", compress_level=3, dpi=(self.dpi, self.dpi))
        return buffer.getvalue()

    def _card(self, draw: Any, card: MatrixCard, rect: Rect, font_pt: float, k: float) -> None:
        left, top, right, bottom = self._box(rect)
        pad = min(right - left, bottom - top) * 0.06
        left, top, right, bottom = left + pad, top + pad, right - pad, bottom - pad
        if card.gated_out:
            face, edge, ink, width = "#f3f4f6", MUTED, MUTED, 1.0
        elif card.theme:
            face, edge, ink, width = "#dbeafe", HIGHLIGHT, TEXT, 2.2
        else:
            face, edge, ink, width = "white", HIGHLIGHT, TEXT, 1.3
        draw.rounded_rectangle(
            (left, top, right, bottom),
            radius=max(2.0, pad * 2.5),
            fill=face,
            outline=edge,
            width=max(1, round(width * k / 2.5)),
        )
        mark = "★" if card.theme else ""
        if font_pt >= _MIN_LABEL_PT:
            text = f"{mark}{card.number}. {card.label}"
            text = wrap_label(text, per_line=CHARS_PER_LINE + 1)
            size = max(1, round(font_pt * k))
        else:
            text = f"{mark}{card.number}"
            size = max(1, round(min(_NUMBER_PT, (bottom - top) / k * 0.8) * k))
        draw.multiline_text(
            ((left + right) / 2, (top + bottom) / 2),
            text,
            fill=ink,
            font=self._font(size),
            anchor="mm",
            align="center",
            spacing=round(size * 0.15),
        )


# --- bar charts ------------------------------------------------------------------------------


def _bar_height_cm(rows: int) -> float:
    return 2.2 + 0.55 * max(rows, 1)


def _plain_axes(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0, labelsize=8)
    ax.tick_params(axis="x", labelsize=7)


def _empty(fig: Any, text: str) -> Any:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", color=TEXT, fontsize=10)
    return fig


def count_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str = "",
    unit: str = "件",
    colour: str = PALETTE[0],
    width_cm: float = 16.0,
) -> Any:
    """Horizontal bars, one per (label, value), first at the top (returns Figure)."""
    fig = new_figure(width_cm, _bar_height_cm(len(items)))
    if not items:
        return _empty(fig, "データがありません")
    ax = fig.add_subplot()
    labels = [label for label, _ in items]
    values = [value for _, value in items]
    ys = list(range(len(items)))
    ax.barh(ys, values, color=colour, height=0.62)
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(items) - 0.5, -0.5)
    top = max(values) if values else 0
    for y, value in zip(ys, values, strict=True):
        ax.text(value + top * 0.01, y, f"{value:,.0f}{unit}", va="center", fontsize=7, color=TEXT)
    ax.set_xlim(0, top * 1.15 if top else 1)
    _plain_axes(ax)
    if title:
        ax.set_title(title, fontsize=9, color=TEXT, loc="left")
    return fig


def hours_chart(
    rows: Sequence[tuple[str, float | None, float | None]],
    *,
    title: str = "",
    expected_label: str = "計画上の削減見込み",
    measured_label: str = "実測の削減時間",
    width_cm: float = 16.0,
) -> Any:
    """Expected and measured hours saved per year side by side, per row (returns Figure)."""
    fig = new_figure(width_cm, _bar_height_cm(len(rows)) + 0.8)
    if not rows:
        return _empty(fig, "データがありません")
    ax = fig.add_subplot()
    ys = list(range(len(rows)))
    expected = [e or 0.0 for _, e, _ in rows]
    measured = [mv or 0.0 for _, _, mv in rows]
    ax.barh(
        [y - 0.19 for y in ys], expected, height=0.36, color=EXPECTED_COLOUR, label=expected_label
    )
    ax.barh(
        [y + 0.19 for y in ys], measured, height=0.36, color=MEASURED_COLOUR, label=measured_label
    )
    ax.set_yticks(ys, [label for label, _, _ in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    top = max([*expected, *measured, 0.0])
    ax.set_xlim(0, top * 1.12 if top else 1)
    ax.xaxis.set_major_formatter(_thousands())
    ax.set_xlabel("時間／年", fontsize=8)
    _plain_axes(ax)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12 if len(rows) > 3 else -0.3),
        ncol=2,
        fontsize=7,
        frameon=False,
    )
    if title:
        ax.set_title(title, fontsize=9, color=TEXT, loc="left")
    return fig


def _thousands() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: f"{v:,.0f}")


def mix_chart(
    ecrs: Sequence[tuple[str, int]],
    dx_means: Sequence[tuple[str, int]],
    *,
    ecrs_title: str = "改善の方向（ECRS）",
    dx_title: str = "DX手段",
    width_cm: float = 16.0,
) -> Any:
    """Two panels: how many plans use each ECRS class and each DX means (returns Figure)."""
    rows = max(len(ecrs), len(dx_means), 1)
    fig = new_figure(width_cm, _bar_height_cm(rows))
    if not ecrs and not dx_means:
        return _empty(fig, "データがありません")
    axes = fig.subplots(1, 2, width_ratios=[1, 1.5])
    for ax, items, title, colour in (
        (axes[0], ecrs, ecrs_title, PALETTE[4]),
        (axes[1], dx_means, dx_title, PALETTE[5]),
    ):
        ys = list(range(len(items)))
        values = [v for _, v in items]
        ax.barh(ys, values, color=colour, height=0.62)
        ax.set_yticks(ys, [label for label, _ in items])
        ax.set_ylim(rows - 0.5, -0.5)
        top = max(values, default=0)
        for y, value in zip(ys, values, strict=True):
            ax.text(value + top * 0.02, y, f"{value}", va="center", fontsize=7, color=TEXT)
        ax.set_xlim(0, top * 1.2 if top else 1)
        _plain_axes(ax)
        ax.set_title(title, fontsize=9, color=TEXT, loc="left")
    return fig


def decision_chart(
    rounds: Sequence[tuple[str, Mapping[str, int]]],
    labels: Mapping[str, str],
    *,
    width_cm: float = 16.0,
) -> Any:
    """One stacked bar per feedback round: approved, conditional, rework, pending (Figure)."""
    fig = new_figure(width_cm, 2.6 + 0.8 * max(len(rounds), 1))
    if not rounds:
        return _empty(fig, "データがありません")
    ax = fig.add_subplot()
    ys = list(range(len(rounds)))
    left = [0.0] * len(rounds)
    for key in ("approved", "conditional", "rework", "pending"):
        values = [float(counts.get(key, 0)) for _, counts in rounds]
        ax.barh(ys, values, left=left, height=0.55, color=DECISION_COLOURS[key], label=labels[key])
        for y, (value, start) in enumerate(zip(values, left, strict=True)):
            if value:
                ax.text(start + value / 2, y, f"{value:.0f}", ha="center", va="center", fontsize=7)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(ys, [title for title, _ in rounds])
    ax.set_ylim(len(rounds) - 0.5, -0.5)
    ax.set_xlim(0, max(left) * 1.02 if max(left) else 1)
    ax.set_xlabel("件数", fontsize=8)
    _plain_axes(ax)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35), ncol=4, fontsize=7, frameon=False)
    return fig
