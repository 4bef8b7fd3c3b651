"""Practice progress: status and percentage in step, roll-ups, the cohort over time."""

from __future__ import annotations

import datetime as dt

import pytest

from dxworkshop.domain.enums import ActionStatus as S
from dxworkshop.domain.progress_rules import (
    achievement,
    progress_over_time,
    reconcile,
    rolled_up,
    rolled_up_total,
)


@pytest.mark.parametrize(
    ("status", "progress", "changed", "expected"),
    [
        (S.DONE, 40, "status", (S.DONE, 100)),
        (S.TODO, 40, "status", (S.TODO, 0)),
        (S.DOING, 40, "status", (S.DOING, 40)),
        (S.BLOCKED, 40, "status", (S.BLOCKED, 40)),
        (S.TODO, 30, "progress", (S.DOING, 30)),
        (S.DONE, 80, "progress", (S.DOING, 80)),
        (S.DOING, 100, "progress", (S.DONE, 100)),
        (S.BLOCKED, 100, "progress", (S.BLOCKED, 100)),
        (S.TODO, 0, "progress", (S.TODO, 0)),
        (S.DOING, 150, "progress", (S.DONE, 100)),
        (S.DOING, -5, "progress", (S.DOING, 0)),
    ],
)
def test_reconcile(status: S, progress: int, changed: str, expected: tuple[S, int]) -> None:
    assert reconcile(status, progress, changed=changed) == expected


def test_rolled_up_is_the_mean_of_the_items_else_the_last_check_in() -> None:
    assert rolled_up([100, 50, 0, 0]) == 38
    assert rolled_up([], 45) == 45
    assert rolled_up([]) is None
    assert rolled_up_total(150, 4) == 38 and rolled_up_total(0, 0, 45) == 45
    assert rolled_up_total(0, 0) is None


def test_progress_over_time_counts_every_plan() -> None:
    d = dt.date(2026, 10, 7)
    check_ins = [
        ("a", d + dt.timedelta(days=3), 20),
        ("b", d + dt.timedelta(days=3), 40),
        ("a", d + dt.timedelta(days=10), 60),
        ("c", d + dt.timedelta(days=30), 90),  # after the end: left out
    ]
    points = progress_over_time(check_ins, plans=4, start=d, end=d + dt.timedelta(days=14))
    assert [p.date for p in points] == [d, d + dt.timedelta(days=3), d + dt.timedelta(days=10),
                                        d + dt.timedelta(days=14)]  # fmt: skip
    assert [p.average for p in points] == [0, 15, 25, 25]  # (20+40)/4, then (60+40)/4
    assert [p.reporting for p in points] == [0, 2, 2, 2]


def test_progress_over_time_with_nothing_reported() -> None:
    assert progress_over_time([], plans=0) == []
    d = dt.date(2026, 10, 7)
    assert [p.average for p in progress_over_time([], 3, d, d)] == [0]


def test_achievement_runs_from_baseline_to_target_either_way() -> None:
    assert achievement(6, 2, 4) == 0.5  # down is better: minutes per case
    assert achievement(10, 20, 25) == 1.5  # up is better, beyond the target
    assert achievement(6, 2, 7) == -0.25  # worse than before
    assert achievement(6, 6, 4) is None
    assert achievement(None, 2, 4) is None


def test_the_average_progress_counts_a_plan_without_progress_as_zero() -> None:
    from dxworkshop.domain.progress_rules import average_progress

    assert average_progress([40, None, 80]) == 40
    assert average_progress([]) is None
