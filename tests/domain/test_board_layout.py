"""Where the affinity board puts cards nobody placed (domain.board_layout)."""

from __future__ import annotations

from itertools import combinations

from dxworkshop.domain.board_layout import Board, Geometry, arrange_all, place_missing, regions
from dxworkshop.domain.geometry import Rect, bounding

G = Geometry()


def label(_cluster: int) -> float:
    return 120.0


def overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_a_fresh_layout_overlaps_no_card_and_keeps_cards_inside_their_group() -> None:
    board = Board({1: None, 2: None, 3: 1}, {10: 1, 11: 1, 12: 3, 13: 2, 14: None, 15: None})
    cards, clusters = arrange_all(board, label, G)
    assert set(cards) == {10, 11, 12, 13, 14, 15} and set(clusters) == {1, 2, 3}
    rects = {c: G.card_rect(p) for c, p in cards.items()}
    assert not any(overlaps(a, b) for a, b in combinations(rects.values(), 2))
    found = regions(board, cards, clusters, label, G)
    for card, cluster in ((10, 1), (12, 3), (12, 1), (13, 2)):
        region = found[cluster]
        assert region.contains((rects[card].x, rects[card].y))
        assert region.contains((rects[card].right, rects[card].bottom))


def test_placing_the_missing_keeps_every_stored_spot_and_puts_a_new_card_under_its_group() -> None:
    board = Board({1: None}, {10: 1, 11: 1, 12: 1, 20: None})
    stored = {10: (0.0, 0.0), 11: (250.0, 0.0), 20: (900.0, 900.0)}
    cards, _clusters = place_missing(board, stored, {}, label, G)
    assert {c: cards[c] for c in stored} == stored
    new = G.card_rect(cards[12])
    above = bounding(G.card_rect(stored[c]) for c in (10, 11))
    assert above is not None and new.y > above.bottom  # under the group's cards
    assert not overlaps(new, G.card_rect(stored[20]))


def test_rects_unite_and_hold_their_corners() -> None:
    a, b = Rect(0, 0, 10, 10), Rect(5, 20, 10, 5)
    assert a.united(b) == Rect(0, 0, 15, 25) == bounding([a, b])
    assert a.contains((10, 10)) and not a.contains((10.5, 0))
    assert b.centre == (10.0, 22.5) and bounding([]) is None
