"""Where cards and clusters go on the affinity board when nobody has placed them yet.

Pure geometry in board units (the board scales everything for a shared screen), no Qt —
a rule of the board, so it lives in the domain:
a cluster's region is the box around its cards and child clusters plus a margin and a
header for its 表札; ``arrange_all`` lays out a whole board (clusters as blocks packed in
rows, loose cards below); ``place_missing`` keeps every position already stored and
finds room for the rest (new cards go under their cluster's cards, new clusters and
loose cards below everything).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from dxworkshop.domain.geometry import Point, Rect, bounding


@dataclass(frozen=True)
class Geometry:
    """Sizes in board units (1 unit = 1 px at text scale 1 and zoom 1)."""

    card_w: float = 232
    card_h: float = 112
    gap: float = 14  # between cards
    pad: float = 16  # inside a cluster, around its content
    header: float = 50  # the 表札 strip on top of a cluster
    empty_w: float = 264
    empty_h: float = 120
    block_gap: float = 44  # between top-level blocks
    aspect: float = 16 / 9  # the shape arrange_all aims for

    def card_rect(self, pos: Point) -> Rect:
        return Rect(pos[0], pos[1], self.card_w, self.card_h)


@dataclass
class Board:
    """The tree of clusters and cards: cluster → parent, card → cluster (None: loose)."""

    cluster_parent: dict[int, int | None] = field(default_factory=dict)
    card_cluster: dict[int, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.children: dict[int | None, list[int]] = {None: []}
        self.cards: dict[int | None, list[int]] = {None: []}
        for cid in self.cluster_parent:
            self.children.setdefault(cid, [])
            self.cards.setdefault(cid, [])
        for cid, parent in sorted(self.cluster_parent.items()):
            self.children[parent if parent in self.cluster_parent else None].append(cid)
        for card, home in sorted(self.card_cluster.items()):
            self.cards[home if home in self.cluster_parent else None].append(card)

    def subtree(self, cid: int) -> list[int]:
        """*cid* and every cluster nested in it, parents first."""
        result = [cid]
        for kid in self.children.get(cid, []):
            result.extend(self.subtree(kid))
        return result

    def depth_first(self) -> list[int]:
        """Every cluster, children before their parents."""
        result: list[int] = []

        def visit(cid: int) -> None:
            for kid in self.children.get(cid, []):
                visit(kid)
            result.append(cid)

        for root in self.children[None]:
            visit(root)
        return result


def cluster_rect(
    content: Rect | None, own: Point | None, label_w: float, g: Geometry
) -> Rect | None:
    """The region of a cluster around *content* (its cards and child regions); an empty
    cluster is a box at its own position (None when it has none)."""
    min_w = max(label_w + 2 * g.pad, g.empty_w if content is None else 0.0)
    if content is None:
        if own is None:
            return None
        return Rect(own[0], own[1], min_w, g.empty_h)
    return Rect(
        content.x - g.pad,
        content.y - g.header,
        max(content.width + 2 * g.pad, min_w),
        content.height + g.header + g.pad,
    )


def regions(
    board: Board,
    card_pos: Mapping[int, Point],
    cluster_pos: Mapping[int, Point],
    label_w: Callable[[int], float],
    g: Geometry,
    shown: Callable[[int], bool] = lambda _card: True,
) -> dict[int, Rect]:
    """Every cluster's region, computed from its shown cards and child clusters."""
    result: dict[int, Rect] = {}
    for cid in board.depth_first():
        parts = [g.card_rect(card_pos[c]) for c in board.cards[cid] if c in card_pos and shown(c)]
        parts += [result[k] for k in board.children[cid] if k in result]
        rect = cluster_rect(bounding(parts), cluster_pos.get(cid), label_w(cid), g)
        if rect is not None:
            result[cid] = rect
    return result


# --- laying out -------------------------------------------------------------------------


def columns_for(n: int) -> int:
    """Cards per row in a cluster: a short row for a few, about square beyond."""
    if n <= 3:
        return max(n, 1)
    return min(6, math.ceil(math.sqrt(n)))


@dataclass
class _Block:
    w: float
    h: float
    cards: dict[int, Point] = field(default_factory=dict)  # relative to the block
    clusters: dict[int, Point] = field(default_factory=dict)

    def shift(self, dx: float, dy: float) -> tuple[dict[int, Point], dict[int, Point]]:
        return (
            {k: (x + dx, y + dy) for k, (x, y) in self.cards.items()},
            {k: (x + dx, y + dy) for k, (x, y) in self.clusters.items()},
        )


def _grid(cards: list[int], cols: int, x0: float, y0: float, g: Geometry) -> dict[int, Point]:
    return {
        card: (x0 + (i % cols) * (g.card_w + g.gap), y0 + (i // cols) * (g.card_h + g.gap))
        for i, card in enumerate(cards)
    }


def _grid_size(n: int, cols: int, g: Geometry) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    rows = math.ceil(n / cols)
    return cols * g.card_w + (cols - 1) * g.gap, rows * g.card_h + (rows - 1) * g.gap


def _pack(
    blocks: Sequence[tuple[int | None, _Block]], width: float, gap: float
) -> tuple[list[tuple[int | None, _Block, Point]], float, float]:
    """Rows of blocks within *width*; returns the placed blocks, the width and height used."""
    placed: list[tuple[int | None, _Block, Point]] = []
    x = y = shelf = used_w = 0.0
    for key, block in blocks:
        if x > 0 and x + block.w > width:
            y += shelf + gap
            x = shelf = 0.0
        placed.append((key, block, (x, y)))
        used_w = max(used_w, x + block.w)
        x += block.w + gap
        shelf = max(shelf, block.h)
    return placed, used_w, (y + shelf) if placed else 0.0


def _cluster_block(cid: int, board: Board, label_w: Callable[[int], float], g: Geometry) -> _Block:
    cards = board.cards[cid]
    cols = columns_for(len(cards))
    grid_w, grid_h = _grid_size(len(cards), cols, g)
    kids = [(k, _cluster_block(k, board, label_w, g)) for k in board.children[cid]]
    if not cards and not kids:
        w = max(g.empty_w, label_w(cid) + 2 * g.pad)
        return _Block(w, g.empty_h, {}, {cid: (0.0, 0.0)})
    inner = max([grid_w, label_w(cid), *(b.w for _k, b in kids)])
    block = _Block(0, 0, _grid(cards, cols, g.pad, g.header, g), {cid: (0.0, 0.0)})
    top = g.header + grid_h + (g.gap if cards and kids else 0.0)
    placed, kids_w, kids_h = _pack(kids, inner, g.gap)
    for _k, kid, (x, y) in placed:
        cards_abs, clusters_abs = kid.shift(g.pad + x, top + y)
        block.cards.update(cards_abs)
        block.clusters.update(clusters_abs)
    content_w = max(grid_w, kids_w)
    block.w = max(content_w + 2 * g.pad, label_w(cid) + 2 * g.pad)
    block.h = top + kids_h + g.pad if kids else g.header + grid_h + g.pad
    return block


def _loose_block(cards: list[int], width: float, g: Geometry) -> _Block:
    cols = max(1, min(len(cards), int((width + g.gap) // (g.card_w + g.gap))))
    w, h = _grid_size(len(cards), cols, g)
    return _Block(w, h, _grid(cards, cols, 0.0, 0.0, g), {})


def _lay_blocks(
    roots: list[int],
    loose: list[int],
    board: Board,
    label_w: Callable[[int], float],
    g: Geometry,
    origin: Point,
    min_width: float,
) -> tuple[dict[int, Point], dict[int, Point]]:
    blocks: list[tuple[int | None, _Block]] = [
        (cid, _cluster_block(cid, board, label_w, g)) for cid in roots
    ]
    area = sum((b.w + g.block_gap) * (b.h + g.block_gap) for _k, b in blocks)
    area += len(loose) * (g.card_w + g.gap) * (g.card_h + g.gap)
    widest = max([g.card_w, *(b.w for _k, b in blocks)])
    width = max(widest, min_width, math.sqrt(area * g.aspect))
    placed, _w, height = _pack(blocks, width, g.block_gap)
    cards: dict[int, Point] = {}
    clusters: dict[int, Point] = {}
    ox, oy = origin
    for _key, block, (x, y) in placed:
        c, k = block.shift(ox + x, oy + y)
        cards.update(c)
        clusters.update(k)
    if loose:
        top = oy + (height + g.block_gap if placed else 0.0)
        c, _k = _loose_block(loose, width, g).shift(ox, top)
        cards.update(c)
    return cards, clusters


def arrange_all(
    board: Board, label_w: Callable[[int], float], g: Geometry
) -> tuple[dict[int, Point], dict[int, Point]]:
    """A fresh layout of the whole board: (card positions, cluster positions)."""
    return _lay_blocks(board.children[None], board.cards[None], board, label_w, g, (0.0, 0.0), 0.0)


def place_missing(
    board: Board,
    card_pos: Mapping[int, Point],
    cluster_pos: Mapping[int, Point],
    label_w: Callable[[int], float],
    g: Geometry,
) -> tuple[dict[int, Point], dict[int, Point]]:
    """Positions for every card and cluster: the known ones kept, the others laid out."""
    cards = {k: v for k, v in card_pos.items() if k in board.card_cluster}
    clusters = {k: v for k, v in cluster_pos.items() if k in board.cluster_parent}
    placed: dict[int, bool] = {}
    for cid in board.depth_first():
        placed[cid] = (
            cid in clusters
            or any(c in cards for c in board.cards[cid])
            or any(placed[k] for k in board.children[cid])
        )
    # Inside clusters that are on the board already, deepest first.
    for cid in board.depth_first():
        if not placed[cid]:
            continue
        missing = [c for c in board.cards[cid] if c not in cards]
        new_kids = [k for k in board.children[cid] if not placed[k]]
        if not missing and not new_kids:
            continue
        here = None
        if _has_content(cid, board, cards, clusters):
            here = _region_of(cid, board, cards, clusters, label_w, g)
        if here is None:
            x0, y0 = clusters.get(cid, (0.0, 0.0))
            x0, y0 = x0 + g.pad, y0 + g.header
            width = max(g.empty_w, label_w(cid) + 2 * g.pad) - 2 * g.pad
        else:
            x0, y0 = here.x + g.pad, here.bottom - g.pad + g.gap
            width = here.width - 2 * g.pad
        if missing:
            cols = max(1, int((width + g.gap) // (g.card_w + g.gap)))
            cards.update(_grid(missing, cols, x0, y0, g))
            y0 += _grid_size(len(missing), cols, g)[1] + g.gap
        kid_blocks = [(k, _cluster_block(k, board, label_w, g)) for k in new_kids]
        laid, _w, _h = _pack(kid_blocks, width, g.gap)
        for _k, block, (x, y) in laid:
            c, k = block.shift(x0 + x, y0 + y)
            cards.update(c)
            clusters.update(k)
    # New top-level clusters and loose cards below everything.
    roots = [cid for cid in board.children[None] if not placed[cid]]
    loose = [c for c in board.cards[None] if c not in cards]
    if roots or loose:
        everything = bounding(
            [
                *(g.card_rect(p) for p in cards.values()),
                *regions(board, cards, clusters, label_w, g).values(),
            ]
            if cards or clusters
            else []
        )
        if everything is None:
            origin, min_width = (0.0, 0.0), 0.0
        else:
            origin, min_width = (everything.x, everything.bottom + g.block_gap), everything.width
        c, k = _lay_blocks(roots, loose, board, label_w, g, origin, min_width)
        cards.update(c)
        clusters.update(k)
    return cards, clusters


def _region_of(
    cid: int,
    board: Board,
    card_pos: Mapping[int, Point],
    cluster_pos: Mapping[int, Point],
    label_w: Callable[[int], float],
    g: Geometry,
) -> Rect | None:
    """One cluster's region, computed from its own subtree only."""
    parts = [g.card_rect(card_pos[c]) for c in board.cards[cid] if c in card_pos]
    for kid in board.children[cid]:
        rect = _region_of(kid, board, card_pos, cluster_pos, label_w, g)
        if rect is not None:
            parts.append(rect)
    return cluster_rect(bounding(parts), cluster_pos.get(cid), label_w(cid), g)


def _has_content(
    cid: int, board: Board, cards: Mapping[int, Point], clusters: Mapping[int, Point]
) -> bool:
    for sub in board.subtree(cid):
        if any(c in cards for c in board.cards[sub]):
            return True
        if sub != cid and sub in clusters:
            return True
    return False
