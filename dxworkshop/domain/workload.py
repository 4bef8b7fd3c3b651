"""Workload (業務量) arithmetic: annual hours from cases, minutes and people."""

from __future__ import annotations

from collections.abc import Iterable


def annual_hours(
    cases_per_year: float | None, minutes_per_case: float | None, people: float | None
) -> float | None:
    """Hours per year spent on a process: cases × minutes × people ÷ 60.

    Any unknown input makes the result unknown (None) rather than zero, so a
    half-filled card never claims a workload it does not have.
    """
    if cases_per_year is None or minutes_per_case is None or people is None:
        return None
    return cases_per_year * minutes_per_case * people / 60.0


def hours_saved(before: float | None, after: float | None) -> float | None:
    """Hours per year saved by a change (before − after); None when either is unknown."""
    if before is None or after is None:
        return None
    return before - after


def sum_known(values: Iterable[float | None]) -> float:
    """Total of the known values; unknowns count as nothing."""
    return sum(v for v in values if v is not None)
