from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dxworkshop.domain.enums import Quadrant
from dxworkshop.domain.scoring import (
    CriterionSpec,
    RankInput,
    ScoreResult,
    is_gated_out,
    normalised,
    oriented,
    quadrant,
    rank,
    weighted_total,
)

EFFECT = CriterionSpec("effect", weight=3)
EASE = CriterionSpec("ease", weight=2)
URGENCY = CriterionSpec("urgency", weight=1)
COST = CriterionSpec("cost", weight=1, higher_is_better=False)
GATE = CriterionSpec("feasible", weight=0, min=0, max=1, gate=True)
DEFAULTS = [EFFECT, EASE, URGENCY, GATE]


def test_weighted_total_of_the_default_criteria() -> None:
    result = weighted_total({"effect": 5, "ease": 4, "urgency": 1, "feasible": 1}, DEFAULTS)
    assert result.total == pytest.approx(3 * 5 + 2 * 4 + 1 * 1)
    assert result.complete
    assert not result.gated_out
    # best 30, worst 6: (24 - 6) / 24
    assert result.percent == pytest.approx(75.0)


def test_lower_is_better_is_mirrored() -> None:
    assert oriented(1, COST) == 5
    assert oriented(5, COST) == 1
    assert normalised(1, COST) == pytest.approx(1.0)
    cheap = weighted_total({"cost": 1}, [COST])
    dear = weighted_total({"cost": 5}, [COST])
    assert cheap.total is not None and dear.total is not None
    assert cheap.total > dear.total


def test_missing_scores_make_the_total_incomplete_not_zero() -> None:
    result = weighted_total({"effect": 4}, DEFAULTS)
    assert result.total == pytest.approx(12)
    assert not result.complete
    nothing = weighted_total({}, DEFAULTS)
    assert nothing.total is None and nothing.percent is None and not nothing.complete


def test_gate_answered_no_excludes_and_unanswered_does_not() -> None:
    assert is_gated_out({"feasible": 0}, DEFAULTS)
    assert not is_gated_out({"feasible": 1}, DEFAULTS)
    assert not is_gated_out({}, DEFAULTS)
    assert weighted_total({"effect": 5, "feasible": 0}, DEFAULTS).gated_out


def test_gates_do_not_count_in_the_total() -> None:
    with_gate = weighted_total({"effect": 5, "ease": 5, "urgency": 5, "feasible": 1}, DEFAULTS)
    assert with_gate.total == pytest.approx(30)


@pytest.mark.parametrize(
    ("ease", "effect", "expected"),
    [
        (5, 5, Quadrant.DO_NOW),
        (1, 5, Quadrant.PLAN),
        (5, 1, Quadrant.SPARE_TIME),
        (1, 1, Quadrant.SKIP),
        (3, 3, Quadrant.DO_NOW),  # the middle line counts as the better half
        (2, 3, Quadrant.PLAN),
        (3, 2, Quadrant.SPARE_TIME),
    ],
)
def test_quadrant(ease: int, effect: int, expected: Quadrant) -> None:
    assert quadrant(ease, effect, EASE, EFFECT) is expected


def test_quadrant_with_a_lower_is_better_axis() -> None:
    # x = cost (lower is better): cost 1 is "easy"
    assert quadrant(1, 5, COST, EFFECT) is Quadrant.DO_NOW
    assert quadrant(5, 5, COST, EFFECT) is Quadrant.PLAN


def _item(
    key: str, total: float | None, hours: float | None = None, gated: bool = False, tie: int = 0
) -> RankInput:
    return RankInput(key, ScoreResult(total, None, total is not None, gated), hours, tie)


def test_rank_orders_by_total_then_hours_then_tie_break() -> None:
    items = [
        _item("low", 10, tie=1),
        _item("gated", 30, gated=True, tie=2),
        _item("unscored", None, tie=3),
        _item("high-small", 20, hours=10, tie=4),
        _item("high-big", 20, hours=500, tie=5),
        _item("high-unknown-a", 20, tie=7),
        _item("high-unknown-b", 20, tie=6),
    ]
    ranked = rank(items)
    assert [item.key for _, item in ranked] == [
        "high-big",
        "high-small",
        "high-unknown-b",
        "high-unknown-a",
        "low",
        "unscored",
        "gated",
    ]
    assert [n for n, _ in ranked] == [1, 2, 3, 4, 5, 6, 7]


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 30)),
            st.one_of(st.none(), st.integers(0, 1000)),
            st.booleans(),
        ),
        max_size=30,
    ),
    st.randoms(),
)
def test_rank_does_not_depend_on_input_order(
    rows: list[tuple[int | None, int | None, bool]], rnd
) -> None:  # type: ignore[no-untyped-def]
    items = [_item(f"i{n}", t, h, g, tie=n) for n, (t, h, g) in enumerate(rows)]
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert [i.key for _, i in rank(items)] == [i.key for _, i in rank(shuffled)]
