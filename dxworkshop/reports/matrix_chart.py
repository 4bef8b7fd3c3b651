"""The payoff matrix (ペイオフマトリクス) as a matplotlib Figure for Word reports.

The same matrix as the board: one cell per scale step, quadrants split where the
scoring rule splits them, cards with the same two scores spread in a grid in their cell
(``domain.matrix``), columns and rows widened where cards crowd. Labels are Japanese
(reports are Japanese documents). One trainee's issues can be highlighted, the others
then shown muted for context.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dxworkshop.domain.matrix import (
    GridPlan,
    Rect,
    better_half_start,
    cell_of,
    plan_grid,
    spread_ties,
    steps,
    value_of,
)
from dxworkshop.domain.scoring import CriterionSpec
from dxworkshop.reports.chart_style import GRID, PALETTE, QUADRANT_COLOURS, TEXT, new_figure
from dxworkshop.services.prioritize import ScoringBoard, spec_of

QUADRANT_LABELS = {
    "do_now": "すぐやる",
    "plan": "計画的に取り組む",
    "spare_time": "余力で",
    "skip": "見送り",
}
HIGHLIGHT = PALETTE[0]
MUTED = "#9ca3af"
CARD_FONT_PT = 7.0
MIN_LABEL_PT = 4.5
CHARS_PER_LINE = 7
_PT_PER_CM = 72 / 2.54


@dataclass(frozen=True, slots=True)
class MatrixPoint:
    """One card: its label and its two axis scores."""

    key: int
    label: str
    x: int
    y: int
    highlight: bool = False
    theme: bool = False
    gated_out: bool = False


@dataclass(frozen=True, slots=True)
class MatrixAxis:
    name: str
    spec: CriterionSpec


def wrap_label(text: str, per_line: int = CHARS_PER_LINE, lines: int = 2) -> str:
    """Up to *lines* lines of *per_line* characters; a longer text ends with "…"."""
    text = " ".join(text.split())
    if len(text) <= per_line * lines:
        parts = [text[i : i + per_line] for i in range(0, len(text), per_line)]
    else:
        parts = [text[i : i + per_line] for i in range(0, per_line * lines, per_line)]
        parts[-1] = parts[-1][:-1] + "…"
    return "\n".join(parts)


def matrix_figure(
    points: Sequence[MatrixPoint],
    x: MatrixAxis,
    y: MatrixAxis,
    *,
    title: str | None = None,
    width_cm: float = 16.0,
    height_cm: float = 12.0,
) -> Any:
    """The matrix with a card per point (returns a matplotlib Figure)."""
    fig = new_figure(width_cm, height_cm)
    ax = fig.add_subplot()
    nx, ny = steps(x.spec), steps(y.spec)
    # Board units are centimetres of the plot area (about 85 % of the figure).
    area = Rect(0.0, 0.0, width_cm * 0.85, height_cm * 0.8)
    card_w = CHARS_PER_LINE * CARD_FONT_PT / _PT_PER_CM + 0.2
    card_h = 2 * 1.3 * CARD_FONT_PT / _PT_PER_CM + 0.15
    gap = 0.08
    piles: dict[tuple[int, int], list[MatrixPoint]] = defaultdict(list)
    for p in sorted(points, key=lambda p: p.key):
        piles[(cell_of(p.x, x.spec), cell_of(p.y, y.spec))].append(p)
    plan = plan_grid(
        {k: len(v) for k, v in piles.items()}, nx, ny, area, card_w, card_h, gap, min_scale=0.2
    )
    bounds = plan.bounds
    ax.set_xlim(bounds.x, bounds.right)
    ax.set_ylim(bounds.y, bounds.bottom)
    ax.invert_yaxis()  # board units grow downwards, like the screen board
    _quadrants(ax, plan, x.spec, y.spec)
    _ticks(ax, plan, x, y)
    scale = plan.card_scale
    font = CARD_FONT_PT * scale
    highlighting = any(p.highlight for p in points)
    # A star marks themes among other issues; on a board of themes only it says nothing.
    mark_themes = not all(p.theme for p in points)
    for (ix, iy), pile in piles.items():
        layout = spread_ties(len(pile), plan.cell(ix, iy), card_w * scale, card_h * scale, gap)
        for point, rect in zip(pile, layout.cards, strict=True):
            _card(
                ax,
                point,
                rect,
                font * layout.scale,
                muted=highlighting and not point.highlight,
                mark_theme=mark_themes,
            )
    if title:
        ax.set_title(title, fontsize=11, color=TEXT, loc="left")
    return fig


def _quadrants(ax: Any, plan: GridPlan, x_spec: CriterionSpec, y_spec: CriterionSpec) -> None:
    from matplotlib.patches import Rectangle

    split_x = plan.col_edges[better_half_start(x_spec)]
    # Row edges run top to bottom; the better half is the top rows.
    split_y = plan.row_edges[plan.rows - better_half_start(y_spec)]
    b = plan.bounds
    boxes = {
        "do_now": Rect(split_x, b.y, b.right - split_x, split_y - b.y),
        "plan": Rect(b.x, b.y, split_x - b.x, split_y - b.y),
        "spare_time": Rect(split_x, split_y, b.right - split_x, b.bottom - split_y),
        "skip": Rect(b.x, split_y, split_x - b.x, b.bottom - split_y),
    }
    for key, r in boxes.items():
        ax.add_patch(
            Rectangle(
                (r.x, r.y), r.width, r.height, facecolor=QUADRANT_COLOURS[key], lw=0, zorder=0
            )
        )
        right = key in ("do_now", "spare_time")
        top = key in ("do_now", "plan")
        ax.text(
            r.right - 0.1 if right else r.x + 0.1,
            r.y + 0.1 if top else r.bottom - 0.1,
            QUADRANT_LABELS[key],
            ha="right" if right else "left",
            va="top" if top else "bottom",
            fontsize=10,
            color="#475569",
            alpha=0.55,
            zorder=1,
        )
    for edge in plan.col_edges[1:-1]:
        ax.axvline(edge, color=GRID, lw=0.5, zorder=1)
    for edge in plan.row_edges[1:-1]:
        ax.axhline(edge, color=GRID, lw=0.5, zorder=1)
    ax.axvline(split_x, color="#64748b", lw=1.2, zorder=1)
    ax.axhline(split_y, color="#64748b", lw=1.2, zorder=1)


def _ticks(ax: Any, plan: GridPlan, x: MatrixAxis, y: MatrixAxis) -> None:
    xs = [(plan.col_edges[i] + plan.col_edges[i + 1]) / 2 for i in range(plan.columns)]
    ax.set_xticks(xs, [str(value_of(i, x.spec)) for i in range(plan.columns)])
    ys = [plan.cell(0, i).centre[1] for i in range(plan.rows)]
    ax.set_yticks(ys, [str(value_of(i, y.spec)) for i in range(plan.rows)])
    ax.tick_params(length=0, labelsize=8)
    ax.set_xlabel(f"{x.name}　→", fontsize=9)
    ax.set_ylabel(f"{y.name}　→", fontsize=9)
    for side in ax.spines.values():
        side.set_color(GRID)


def _card(
    ax: Any, point: MatrixPoint, rect: Rect, font_pt: float, *, muted: bool, mark_theme: bool
) -> None:
    from matplotlib.patches import FancyBboxPatch

    if point.gated_out:
        face, edge, text, style = "#f3f4f6", MUTED, MUTED, "--"
    elif muted:
        face, edge, text, style = "#f9fafb", "#d1d5db", MUTED, "-"
    else:
        face, edge, text, style = "white", HIGHLIGHT if point.highlight else "#94a3b8", TEXT, "-"
    theme = point.theme and mark_theme
    width = 1.4 if point.highlight else (1.1 if theme else 0.6)
    if theme and not muted and not point.highlight:
        edge = "#d97706"
    pad = min(rect.width, rect.height) * 0.06
    ax.add_patch(
        FancyBboxPatch(
            (rect.x + pad, rect.y + pad),
            rect.width - 2 * pad,
            rect.height - 2 * pad,
            boxstyle=f"round,pad={pad},rounding_size={pad * 1.5}",
            facecolor=face,
            edgecolor=edge,
            linewidth=width,
            linestyle=style,
            zorder=3,
            gid=f"card-{point.key}",
        )
    )
    if font_pt < MIN_LABEL_PT:
        return
    label = wrap_label(point.label)
    if theme:
        label = "★" + label
    cx, cy = rect.centre
    ax.text(
        cx,
        cy,
        label,
        ha="center",
        va="center",
        fontsize=font_pt,
        color=text,
        linespacing=1.15,
        zorder=4,
    )


def board_matrix_figure(
    board: ScoringBoard,
    *,
    highlight_owner_id: int | None = None,
    title: str | None = None,
    width_cm: float = 16.0,
    height_cm: float = 12.0,
) -> Any:
    """The matrix of a scoring board's issues (those with both axis scores)."""
    x_crit, y_crit = board.x_criterion, board.y_criterion
    if x_crit is None or y_crit is None:
        raise ValueError("the programme has no matrix axes")
    points = [
        MatrixPoint(
            key=row.id,
            label=row.title,
            x=row.scores[x_crit.id],
            y=row.scores[y_crit.id],
            highlight=highlight_owner_id is not None and row.owner_id == highlight_owner_id,
            theme=bool(row.theme_of),
            gated_out=row.gated_out,
        )
        for row in board.rows
        if x_crit.id in row.scores and y_crit.id in row.scores
    ]
    return matrix_figure(
        points,
        MatrixAxis(short_criterion_name(x_crit.name), spec_of(x_crit)),
        MatrixAxis(short_criterion_name(y_crit.name), spec_of(y_crit)),
        title=title,
        width_cm=width_cm,
        height_cm=height_cm,
    )


def short_criterion_name(name: str) -> str:
    """効果（業務削減効果） → 効果: the axis title without its explanation."""
    for bracket in ("（", "("):
        if bracket in name and not name.startswith(bracket):
            return name.split(bracket, 1)[0]
    return name
