"""Payoff matrix geometry and tie spreading, with hand-computed expectations."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dxworkshop.domain.enums import Quadrant
from dxworkshop.domain.matrix import (
    Rect,
    better_half_start,
    cell_of,
    fit_scale,
    pile_fits,
    pile_shape,
    plan_grid,
    spread_ties,
    step,
    steps,
    value_of,
)
from dxworkshop.domain.scoring import CriterionSpec, quadrant

EASE = CriterionSpec("ease", weight=2)
EFFECT = CriterionSpec("effect", weight=3)
COST = CriterionSpec("cost", weight=1, higher_is_better=False)
FOUR = CriterionSpec("four", weight=1, min=1, max=4)
TEN = CriterionSpec("ten", weight=1, min=0, max=10)


def test_scores_map_to_cells_with_the_better_end_right_and_up() -> None:
    assert steps(EASE) == 5
    assert [cell_of(v, EASE) for v in (1, 2, 3, 4, 5)] == [0, 1, 2, 3, 4]
    assert [value_of(i, EASE) for i in range(5)] == [1, 2, 3, 4, 5]
    # lower is better: the cheapest (1) is the best cell, on the right
    assert [cell_of(v, COST) for v in (1, 2, 3, 4, 5)] == [4, 3, 2, 1, 0]
    assert value_of(0, COST) == 5
    assert value_of(4, COST) == 1


def test_out_of_range_values_and_indexes_are_clamped() -> None:
    assert cell_of(9, EASE) == 4
    assert cell_of(-2, EASE) == 0
    assert value_of(-3, EASE) == 1
    assert value_of(12, EASE) == 5
    assert steps(TEN) == 11 and value_of(10, TEN) == 10


def test_a_step_moves_towards_the_better_end_and_stops_at_the_edge() -> None:
    assert step(3, +1, EASE) == 4
    assert step(3, -1, EASE) == 2
    assert step(5, +1, EASE) == 5
    assert step(1, -1, EASE) == 1
    # right on a lower-is-better axis means a lower raw value
    assert step(3, +1, COST) == 2


def test_quadrant_line_lies_where_the_scoring_rule_puts_it() -> None:
    assert better_half_start(EASE) == 2  # 3, 4, 5 are the better half on 1–5
    assert better_half_start(FOUR) == 2  # 3, 4 on 1–4
    assert better_half_start(TEN) == 5  # 5..10 on 0–10
    assert better_half_start(COST) == 2  # cells of 3, 2, 1


@pytest.mark.parametrize("x_spec", [EASE, COST, FOUR])
@pytest.mark.parametrize("y_spec", [EFFECT, TEN])
def test_cells_agree_with_the_quadrant_rule(x_spec: CriterionSpec, y_spec: CriterionSpec) -> None:
    for xv in range(x_spec.min, x_spec.max + 1):
        for yv in range(y_spec.min, y_spec.max + 1):
            easy = cell_of(xv, x_spec) >= better_half_start(x_spec)
            high = cell_of(yv, y_spec) >= better_half_start(y_spec)
            expected = {
                (True, True): Quadrant.DO_NOW,
                (False, True): Quadrant.PLAN,
                (True, False): Quadrant.SPARE_TIME,
                (False, False): Quadrant.SKIP,
            }[(easy, high)]
            assert quadrant(xv, yv, x_spec, y_spec) == expected


def test_fit_scale_keeps_gaps_unscaled() -> None:
    # free width 100 - 3×10 = 70 for 2 cards of 40 → 0.875; height 50 - 2×10 = 30 ≥ 20
    assert fit_scale(2, 1, 100, 50, 40, 20, 10) == pytest.approx(0.875)
    assert fit_scale(1, 1, 100, 100, 40, 20, 10) == 1.0
    assert fit_scale(3, 1, 20, 100, 40, 20, 10) == 0.0


def test_pile_shape_prefers_the_largest_cards_then_the_cell_proportions() -> None:
    # 4 cards of 40×40 in 100×100, gap 5: 2×2 fits at full size, 1×4 and 4×1 do not
    assert pile_shape(4, 100, 100, 40, 40, 5) == (2, 2)
    # 5 cards of 40×20 in a wide 200×60 cell: 3×2 fits (5×1 only at 0.85)
    assert pile_shape(5, 200, 60, 40, 20, 5) == (3, 2)
    # both 1×2 and 2×1 fit and are equally far from a square cell: fewer columns wins
    assert pile_shape(2, 100, 100, 20, 20, 0) == (1, 2)
    assert pile_shape(0, 100, 100, 20, 20, 0) == (0, 0)


def test_three_ties_in_a_tall_cell_stack_around_the_centre() -> None:
    layout = spread_ties(3, Rect(0, 0, 100, 100), 40, 20, 10)
    # 1×3: block 3×20 + 2×10 = 80 high, from y = 50 − 40 = 10; x = 50 − 20 = 30
    assert layout.scale == 1.0
    assert layout.cards == (Rect(30, 10, 40, 20), Rect(30, 40, 40, 20), Rect(30, 70, 40, 20))


def test_three_ties_in_a_wide_cell_make_two_rows_each_centred() -> None:
    layout = spread_ties(3, Rect(0, 0, 200, 100), 40, 20, 10)
    # 2×2 (outline 110×70 is nearest to 2:1); block 50 high from y = 25;
    # row 1: 2 cards, 90 wide from x = 55; row 2: 1 card centred at x = 80
    assert layout.cards == (Rect(55, 25, 40, 20), Rect(105, 25, 40, 20), Rect(80, 55, 40, 20))


def test_a_pile_too_big_for_its_cell_shrinks_instead_of_overlapping() -> None:
    layout = spread_ties(4, Rect(0, 0, 50, 50), 40, 40, 5)
    # 2×2: (50 − 3×5) / 80 = 0.4375 → 17.5-unit cards
    assert layout.scale == pytest.approx(0.4375)
    assert layout.cards == (
        Rect(5, 5, 17.5, 17.5),
        Rect(27.5, 5, 17.5, 17.5),
        Rect(5, 27.5, 17.5, 17.5),
        Rect(27.5, 27.5, 17.5, 17.5),
    )
    assert not pile_fits(4, Rect(0, 0, 50, 50), 40, 40, 5)
    assert pile_fits(4, Rect(0, 0, 100, 100), 40, 40, 5)


def _overlap(a: Rect, b: Rect) -> bool:
    return (
        a.x < b.right - 1e-9
        and b.x < a.right - 1e-9
        and a.y < b.bottom - 1e-9
        and (b.y < a.bottom - 1e-9)
    )


@given(
    count=st.integers(1, 40),
    width=st.floats(20, 800),
    height=st.floats(20, 600),
    card_w=st.floats(10, 200),
    card_h=st.floats(10, 100),
    gap=st.floats(0, 12),
)
def test_tied_cards_never_overlap_and_stay_in_their_cell(
    count: int, width: float, height: float, card_w: float, card_h: float, gap: float
) -> None:
    cell = Rect(10, 20, width, height)
    layout = spread_ties(count, cell, card_w, card_h, gap)
    assert len(layout.cards) == count
    for a, b in itertools.combinations(layout.cards, 2):
        assert not _overlap(a, b)
    cols, rows = pile_shape(count, width, height, card_w, card_h, gap)
    if fit_scale(cols, rows, width, height, card_w, card_h, gap) > 0:
        for card in layout.cards:
            assert card.x >= cell.x - 1e-6 and card.right <= cell.right + 1e-6
            assert card.y >= cell.y - 1e-6 and card.bottom <= cell.bottom + 1e-6


def test_spreading_is_deterministic() -> None:
    a = spread_ties(7, Rect(0, 0, 300, 200), 50, 30, 6)
    b = spread_ties(7, Rect(0, 0, 300, 200), 50, 30, 6)
    assert a == b
    # reading order: top row left to right first
    assert a.cards[0].y <= a.cards[-1].y
    assert a.cards[0].x < a.cards[1].x


def test_an_empty_board_shares_the_area_equally() -> None:
    plan = plan_grid({}, 5, 5, Rect(0, 0, 500, 250), 40, 20, 10)
    assert plan.card_scale == 1.0
    assert plan.col_edges == (0, 100, 200, 300, 400, 500)
    assert plan.row_edges == (0, 50, 100, 150, 200, 250)
    assert plan.cell(0, 0) == Rect(0, 200, 100, 50)  # worst-worst: bottom left
    assert plan.cell(4, 4) == Rect(400, 0, 100, 50)  # best-best: top right


def test_a_crowded_cell_widens_its_column_and_cards_shrink_to_fit() -> None:
    # 2×2 board 120×80, three tied cards top right, cards 40×20, gap 10; an empty
    # column or row keeps room for half a card. Best shape 2×2: widths need
    # 120 − (1.5 + 3)×10 = 75 for 2.5 cards of 40 → 0.75; heights 80 − 45 = 35 for
    # 2.5 cards of 20 → 0.7. At 0.7: column 0 is 0.5×28 + 15 = 29, column 1 is
    # 2×28 + 30 = 86, plus (120 − 115) / 2 = 2.5 each; row 0 (bottom) 0.5×14 + 15 = 22,
    # row 1 2×14 + 30 = 58, nothing spare.
    plan = plan_grid({(1, 1): 3}, 2, 2, Rect(0, 0, 120, 80), 40, 20, 10)
    assert plan.card_scale == pytest.approx(0.7)
    assert plan.col_edges == pytest.approx((0, 31.5, 120))
    assert plan.row_edges == pytest.approx((0, 58, 80))
    assert plan.cell(1, 1) == Rect(31.5, 0, 88.5, 58)
    layout = spread_ties(3, plan.cell(1, 1), 28, 14, 10)
    assert layout.scale == 1.0


def test_each_pile_gets_the_shape_that_suits_its_column_and_row() -> None:
    # 160×100, cards 40×20, gap 10. Bottom left holds 3, top left 2, bottom right 2,
    # top right 1. Best: 2×2 bottom left, 2×1 top left (wide), 1×2 bottom right (tall):
    # columns of 2 and 1 cards → (160 − 5×10) / 120 = 0.917; rows of 2 and 1 cards →
    # (100 − 5×10) / 60 = 0.833. One proportion for every pile cannot find this.
    plan = plan_grid(
        {(0, 0): 3, (0, 1): 2, (1, 0): 2, (1, 1): 1}, 2, 2, Rect(0, 0, 160, 100), 40, 20, 10
    )
    assert plan.card_scale == pytest.approx(5 / 6)
    # widths 2×33.3 + 30 and 33.3 + 20, plus (160 − 150) / 2 each
    assert plan.col_edges == pytest.approx((0, 101 + 2 / 3, 160))
    # heights: the top row 16.7 + 20, the bottom row 2×16.7 + 30
    assert plan.row_edges == pytest.approx((0, 36 + 2 / 3, 100))


def test_room_to_spare_is_shared_equally() -> None:
    # 200×100: 3×1 fits at full size; widths 35 and 160, heights 25 and 40, and the
    # spare 5 and 35 are split between the two columns and the two rows.
    plan = plan_grid({(1, 1): 3}, 2, 2, Rect(0, 0, 200, 100), 40, 20, 10)
    assert plan.card_scale == 1.0
    assert plan.col_edges == pytest.approx((0, 37.5, 200))
    assert plan.row_edges == pytest.approx((0, 57.5, 100))


def test_below_the_minimum_scale_the_grid_grows_beyond_the_area() -> None:
    plan = plan_grid({}, 2, 1, Rect(0, 0, 30, 50), 40, 20, 10, min_scale=0.3)
    # no room at all: each column is 0.5 × 0.3 × 40 + 1.5 × 10 = 21 wide
    assert plan.card_scale == 0.3
    assert plan.col_edges == pytest.approx((0, 21, 42))


def test_a_dropped_point_snaps_to_its_cell_and_outside_to_the_nearest() -> None:
    plan = plan_grid({(1, 1): 3}, 2, 2, Rect(0, 0, 200, 100), 40, 20, 10)
    assert plan.cell_at(60, 10) == (1, 1)
    assert plan.cell_at(37.4, 99) == (0, 0)
    assert plan.cell_at(-5, 500) == (0, 0)
    assert plan.cell_at(900, -40) == (1, 1)
    assert plan.bounds == Rect(0, 0, 200, 100)


def test_every_planned_pile_fits_its_cell() -> None:
    counts = {(2, 4): 11, (3, 4): 7, (1, 4): 4, (4, 4): 4, (3, 3): 5, (2, 3): 3, (3, 2): 2}
    plan = plan_grid(counts, 5, 5, Rect(0, 0, 1800, 900), 184, 92, 8)
    w, h = 184 * plan.card_scale, 92 * plan.card_scale
    for (ix, iy), n in counts.items():
        assert pile_fits(n, plan.cell(ix, iy), w, h, 8)
    assert plan.bounds.width == pytest.approx(1800)
    assert plan.bounds.height == pytest.approx(900)
