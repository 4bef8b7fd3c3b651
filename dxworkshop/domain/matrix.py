"""Payoff matrix geometry: scores ↔ board cells, the grid for a board size, tie spreading.

The matrix has one column per step of the x-axis criterion and one row per step of the
y-axis criterion, the better end always right and up (a lower-is-better criterion is
mirrored, as the quadrant rule does). Cards with the same two scores share a cell and
are laid out in a small grid around the cell's centre, so no card hides another.

Coordinates are board units with y growing downwards (as on a screen); cell index 0 is
the worst step: the left column and the bottom row.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dxworkshop.domain.geometry import Rect as Rect  # the matrix's cells are board rectangles
from dxworkshop.domain.scoring import CriterionSpec, normalised

#: Shape biases tried by ``plan_grid``: how much taller than the average cell a pile may be.
_SHAPE_BIASES = (0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0)
_EPS = 1e-9


# --- scores ↔ cells ---------------------------------------------------------------------


def steps(spec: CriterionSpec) -> int:
    """Number of cells along an axis: one per whole value of the scale."""
    return spec.max - spec.min + 1


def cell_of(value: int, spec: CriterionSpec) -> int:
    """Cell index of a score (0 = worst end); values outside the scale are clamped."""
    value = max(spec.min, min(spec.max, value))
    return value - spec.min if spec.higher_is_better else spec.max - value


def value_of(index: int, spec: CriterionSpec) -> int:
    """The score of a cell index (clamped to the scale); the inverse of ``cell_of``."""
    index = max(0, min(steps(spec) - 1, index))
    return spec.min + index if spec.higher_is_better else spec.max - index


def step(value: int, delta: int, spec: CriterionSpec) -> int:
    """The score *delta* cells further towards the better end (negative: worse), clamped."""
    return value_of(cell_of(value, spec) + delta, spec)


def better_half_start(spec: CriterionSpec) -> int:
    """First cell index of the better half, exactly as ``scoring.quadrant`` decides it.

    On a 1–5 scale the middle value 3 counts as the better half, so the quadrant line
    lies between the cells of 2 and 3 (index 2).
    """
    for index in range(steps(spec)):
        if normalised(value_of(index, spec), spec) >= 0.5:
            return index
    return steps(spec)


# --- the grid -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GridPlan:
    """Where the cells are: column edges left→right, row edges top→bottom, the card scale."""

    col_edges: tuple[float, ...]
    row_edges: tuple[float, ...]
    card_scale: float

    @property
    def columns(self) -> int:
        return len(self.col_edges) - 1

    @property
    def rows(self) -> int:
        return len(self.row_edges) - 1

    @property
    def bounds(self) -> Rect:
        x0, y0 = self.col_edges[0], self.row_edges[0]
        return Rect(x0, y0, self.col_edges[-1] - x0, self.row_edges[-1] - y0)

    def cell(self, ix: int, iy: int) -> Rect:
        """Rectangle of column *ix* and row *iy* (iy 0 is the bottom row)."""
        r = self.rows - 1 - iy
        return Rect(
            self.col_edges[ix],
            self.row_edges[r],
            self.col_edges[ix + 1] - self.col_edges[ix],
            self.row_edges[r + 1] - self.row_edges[r],
        )

    def cell_at(self, x: float, y: float) -> tuple[int, int]:
        """The cell under a point, snapped to the nearest cell when outside the grid."""
        ix = _snap(x, self.col_edges)
        r = _snap(y, self.row_edges)
        return ix, self.rows - 1 - r


def _snap(pos: float, edges: Sequence[float]) -> int:
    return max(0, min(len(edges) - 2, bisect_right(edges, pos) - 1))


def fit_scale(
    cols: int, rows: int, width: float, height: float, card_w: float, card_h: float, gap: float
) -> float:
    """Largest card scale (at most 1) at which *cols* × *rows* cards fit in width × height.

    Gaps (around and between cards) do not scale.
    """
    free_w = width - (cols + 1) * gap
    free_h = height - (rows + 1) * gap
    if free_w <= 0 or free_h <= 0:
        return 0.0
    return min(1.0, free_w / (cols * card_w), free_h / (rows * card_h))


def pile_shape(
    count: int, width: float, height: float, card_w: float, card_h: float, gap: float
) -> tuple[int, int]:
    """Columns and rows for *count* cards in a width × height cell.

    The shape that lets the cards be largest wins; among equals, the one whose outline is
    closest to the cell's proportions, then the one with fewer columns.
    """
    if count <= 0:
        return (0, 0)
    target = math.log(max(width, _EPS) / max(height, _EPS))
    best: tuple[float, float, int] | None = None
    best_shape = (1, count)
    for cols, rows in _shapes(count):
        scale = fit_scale(cols, rows, width, height, card_w, card_h, gap)
        outline = math.log((cols * card_w + (cols + 1) * gap) / (rows * card_h + (rows + 1) * gap))
        key = (-round(scale, 9), abs(outline - target), cols)
        if best is None or key < best:
            best = key
            best_shape = (cols, rows)
    return best_shape


def plan_grid(
    counts: Mapping[tuple[int, int], int],
    columns: int,
    rows: int,
    area: Rect,
    card_w: float,
    card_h: float,
    gap: float,
    *,
    min_scale: float = 0.3,
    empty: float = 0.5,
) -> GridPlan:
    """Cells for a board of *area* holding *counts* cards per (column, row) cell.

    Each pile is given a shape (columns × rows of cards); a column is as wide as its
    widest pile, a row as tall as its tallest, an empty one room for *empty* of a card
    (still a place to drop one, without taking room from the crowded ones). The card
    scale is the largest (at most 1, at least *min_scale*) at which that fits the area,
    and the space left over is shared equally, so the grid fills the area. Below
    *min_scale* the grid grows beyond the area instead of shrinking the cards further.
    """
    piles = {
        key: count
        for key, count in counts.items()
        if count > 0 and 0 <= key[0] < columns and 0 <= key[1] < rows
    }

    def measure(shapes: Mapping[CellKey, tuple[int, int]]) -> _Trial:
        col_cards = [empty] * columns
        row_cards = [empty] * rows
        for (ix, iy), (c, r) in shapes.items():
            col_cards[ix] = max(col_cards[ix], c)
            row_cards[iy] = max(row_cards[iy], r)
        scale = _grid_scale(col_cards, row_cards, area, card_w, card_h, gap)
        return _Trial(scale, col_cards, row_cards, dict(shapes))

    # Start from the best of a few shared pile proportions …
    best: _Trial | None = None
    cell_w = area.width / columns
    for bias in _SHAPE_BIASES:
        cell_h = area.height / rows * bias
        trial = measure(
            {k: pile_shape(n, cell_w, cell_h, card_w, card_h, gap) for k, n in piles.items()}
        )
        if best is None or trial.scale > best.scale + _EPS:
            best = trial
    assert best is not None
    # … then reshape one pile at a time while that lets the cards grow: a crowded column
    # may want its piles tall while a crowded row wants them wide.
    improved = True
    while improved and best.scale < 1.0:
        improved = False
        for key in sorted(piles):
            for shape in _shapes(piles[key]):
                if shape == best.shapes[key]:
                    continue
                trial = measure({**best.shapes, key: shape})
                if trial.scale > best.scale + _EPS:
                    best, improved = trial, True
    col_cards, row_cards = best.col_cards, best.row_cards
    scale = max(min_scale, min(1.0, best.scale))
    widths = _share([c * card_w * scale + (c + 1) * gap for c in col_cards], area.width)
    heights = _share([r * card_h * scale + (r + 1) * gap for r in row_cards], area.height)
    # Row sizes were computed bottom-up (row 0 = worst); edges run top to bottom.
    heights.reverse()
    return GridPlan(
        col_edges=_edges(area.x, widths),
        row_edges=_edges(area.y, heights),
        card_scale=scale,
    )


CellKey = tuple[int, int]


@dataclass(frozen=True, slots=True)
class _Trial:
    scale: float
    col_cards: list[float]
    row_cards: list[float]
    shapes: dict[CellKey, tuple[int, int]]


def _shapes(count: int) -> list[tuple[int, int]]:
    """Every useful columns × rows arrangement of *count* cards."""
    out = []
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        if cols == 1 or (cols - 1) * rows < count:
            out.append((cols, rows))
    return out


def _grid_scale(
    col_cards: Sequence[float],
    row_cards: Sequence[float],
    area: Rect,
    card_w: float,
    card_h: float,
    gap: float,
) -> float:
    free_w = area.width - sum(c + 1 for c in col_cards) * gap
    free_h = area.height - sum(r + 1 for r in row_cards) * gap
    if free_w <= 0 or free_h <= 0:
        return 0.0
    return min(1.0, free_w / (sum(col_cards) * card_w), free_h / (sum(row_cards) * card_h))


def _share(needs: list[float], total: float) -> list[float]:
    extra = max(0.0, total - sum(needs)) / len(needs)
    return [n + extra for n in needs]


def _edges(start: float, sizes: Sequence[float]) -> tuple[float, ...]:
    edges = [start]
    for size in sizes:
        edges.append(edges[-1] + size)
    return tuple(edges)


# --- tie spreading -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TieLayout:
    """Card rectangles of one pile, in the order given; ``scale`` < 1 when it had to shrink."""

    scale: float
    cards: tuple[Rect, ...]


def spread_ties(count: int, cell: Rect, card_w: float, card_h: float, gap: float) -> TieLayout:
    """Lay *count* cards with the same two scores out in a grid around the cell's centre.

    Row by row from the top left, each row centred, so the order of the cards given is
    the reading order. The cards keep their size when the pile fits the cell; otherwise
    they shrink until it does, so they never overlap.
    """
    if count <= 0:
        return TieLayout(1.0, ())
    cols, rows = pile_shape(count, cell.width, cell.height, card_w, card_h, gap)
    scale = fit_scale(cols, rows, cell.width, cell.height, card_w, card_h, gap)
    if scale <= 0:
        scale = 1.0 / max(cols, rows)  # a cell smaller than its gaps: keep cards visible
    w, h = card_w * scale, card_h * scale
    cx, cy = cell.centre
    block_h = rows * h + (rows - 1) * gap
    top = cy - block_h / 2
    cards: list[Rect] = []
    for r in range(rows):
        in_row = min(cols, count - r * cols)
        row_w = in_row * w + (in_row - 1) * gap
        left = cx - row_w / 2
        y = top + r * (h + gap)
        for c in range(in_row):
            cards.append(Rect(left + c * (w + gap), y, w, h))
    return TieLayout(scale, tuple(cards))


def pile_fits(count: int, cell: Rect, card_w: float, card_h: float, gap: float) -> bool:
    """Whether *count* cards fit the cell at their full size."""
    if count <= 0:
        return True
    cols, rows = pile_shape(count, cell.width, cell.height, card_w, card_h, gap)
    return fit_scale(cols, rows, cell.width, cell.height, card_w, card_h, gap) >= 1.0 - 1e-6
