from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dxworkshop.domain.grouping import (
    can_fully_mix,
    group_count,
    mix_groups,
    most_from_one_municipality,
)


def _trainees(counts: dict[int, int]) -> list[tuple[int, int | None]]:
    """counts: municipality id → number of trainees; person ids numbered in order."""
    result: list[tuple[int, int | None]] = []
    for muni, n in counts.items():
        start = len(result) + 1
        result.extend((start + i, muni) for i in range(n))
    return result


def test_group_count_rounds_up_so_no_group_is_larger_than_asked() -> None:
    assert group_count(40, 5) == 8
    assert group_count(10, 4) == 3
    assert group_count(3, 5) == 1
    assert group_count(0, 5) == 0
    with pytest.raises(ValueError):
        group_count(10, 0)


def test_sizes_differ_by_at_most_one_and_earlier_groups_take_the_extra() -> None:
    groups = mix_groups(_trainees({1: 4, 2: 3, 3: 3}), 4)
    assert [len(g) for g in groups] == [4, 3, 3]


def test_each_group_mixes_municipalities_when_possible() -> None:
    trainees = _trainees({1: 5, 2: 5, 3: 4, 4: 4, 5: 2})  # 20 trainees, 5 groups of 4
    groups = mix_groups(trainees, 4)
    assert len(groups) == 5
    muni = dict(trainees)
    for g in groups:
        assert len({muni[p] for p in g}) == len(g)


def test_a_large_municipality_is_spread_evenly() -> None:
    trainees = _trainees({1: 7, 2: 2, 3: 1})  # 10 trainees, size 5 → 2 groups
    groups = mix_groups(trainees, 5)
    muni = dict(trainees)
    assert sorted(Counter(muni[p] for p in g)[1] for g in groups) == [3, 4]
    assert most_from_one_municipality(groups, muni) == 4
    assert not can_fully_mix(trainees, 5)


def test_deterministic_and_every_trainee_placed_once() -> None:
    trainees = _trainees({3: 2, 1: 4, 2: 4})
    first = mix_groups(trainees, 3)
    assert first == mix_groups(trainees, 3)
    assert sorted(p for g in first for p in g) == sorted(p for p, _m in trainees)


def test_largest_municipality_first_ties_by_id() -> None:
    # municipality 2 (3 trainees) is dealt before 1 and 3 (2 each, 1 before 3)
    trainees = [(10, 1), (11, 1), (20, 2), (21, 2), (22, 2), (30, 3), (31, 3)]
    assert mix_groups(trainees, 3) == [(20, 10, 31), (21, 11), (22, 30)]


def test_trainees_without_municipality_fill_in_last() -> None:
    trainees: list[tuple[int, int | None]] = [(1, None), (2, 7), (3, 7), (4, None)]
    assert mix_groups(trainees, 2) == [(2, 1), (3, 4)]
    assert can_fully_mix(trainees, 2)


def test_empty_and_single_group() -> None:
    assert mix_groups([], 4) == []
    assert mix_groups([(1, 1), (2, 1)], 10) == [(1, 2)]


municipality_counts = st.dictionaries(
    st.integers(min_value=1, max_value=30), st.integers(min_value=1, max_value=12), max_size=12
)


@given(municipality_counts, st.integers(min_value=1, max_value=12))
def test_property_sizes_balanced_and_everyone_placed(counts: dict[int, int], size: int) -> None:
    trainees = _trainees(counts)
    groups = mix_groups(trainees, size)
    assert len(groups) == group_count(len(trainees), size)
    if groups:
        lengths = [len(g) for g in groups]
        assert max(lengths) - min(lengths) <= 1
        assert max(lengths) <= size
    assert sorted(p for g in groups for p in g) == sorted(p for p, _m in trainees)


@given(municipality_counts, st.integers(min_value=1, max_value=12))
def test_property_no_two_from_one_municipality_when_possible(
    counts: dict[int, int], size: int
) -> None:
    trainees = _trainees(counts)
    groups = mix_groups(trainees, size)
    muni = dict(trainees)
    k = len(groups)
    if all(n <= k for n in counts.values()):
        assert can_fully_mix(trainees, size)
        for g in groups:
            assert len({muni[p] for p in g}) == len(g)
    # In every case each municipality is spread as evenly as the number of groups allows.
    for m, n in counts.items():
        per_group = [sum(1 for p in g if muni[p] == m) for g in groups]
        assert max(per_group) - min(per_group) <= 1
        assert max(per_group) == -(-n // k)
