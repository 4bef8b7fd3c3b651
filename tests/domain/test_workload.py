from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dxworkshop.domain.workload import annual_hours, hours_saved, sum_known


def test_annual_hours_is_cases_times_minutes_times_people_over_60() -> None:
    # 転入届: 1,200 cases × 15 min × 2 people = 600 h
    assert annual_hours(1200, 15, 2) == pytest.approx(600.0)


@pytest.mark.parametrize(
    ("cases", "minutes", "people"),
    [(None, 15, 2), (1200, None, 2), (1200, 15, None), (None, None, None)],
)
def test_annual_hours_is_unknown_when_any_input_is(cases, minutes, people) -> None:  # type: ignore[no-untyped-def]
    assert annual_hours(cases, minutes, people) is None


def test_zero_is_a_real_value_not_unknown() -> None:
    assert annual_hours(0, 15, 2) == 0.0


def test_hours_saved() -> None:
    assert hours_saved(600.0, 100.0) == pytest.approx(500.0)
    assert hours_saved(100.0, 600.0) == pytest.approx(-500.0)  # a change can cost time
    assert hours_saved(None, 100.0) is None
    assert hours_saved(600.0, None) is None


def test_sum_known_skips_unknowns() -> None:
    assert sum_known([1.0, None, 2.5]) == pytest.approx(3.5)
    assert sum_known([]) == 0


@given(
    st.floats(0, 1e6, allow_nan=False),
    st.floats(0, 1e4, allow_nan=False),
    st.floats(0, 100, allow_nan=False),
)
def test_annual_hours_scales_linearly_with_people(
    cases: float, minutes: float, people: float
) -> None:
    one = annual_hours(cases, minutes, 1)
    many = annual_hours(cases, minutes, people)
    assert one is not None and many is not None
    assert many == pytest.approx(one * people, rel=1e-9, abs=1e-9)
