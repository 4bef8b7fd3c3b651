"""Practice progress: an action item's status and percentage kept in step, a trainee's
progress rolled up from their items, and the cohort's progress over time."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from dxworkshop.domain.enums import ActionStatus


def reconcile(status: ActionStatus, progress: int, *, changed: str) -> tuple[ActionStatus, int]:
    """Status and progress that agree, after the user changed one of them.

    *changed* is ``"status"`` or ``"progress"``. Done means 100 %; to do means 0 %; doing
    and blocked keep the percentage. A percentage moves a to-do item to doing and a done
    one back to doing below 100 %, and 100 % makes it done; a blocked item stays blocked.
    """
    progress = max(0, min(100, int(progress)))
    if changed == "status":
        if status == ActionStatus.DONE:
            return status, 100
        if status == ActionStatus.TODO:
            return status, 0
        return status, progress
    if status == ActionStatus.BLOCKED:
        return status, progress
    if progress >= 100:
        return ActionStatus.DONE, 100
    if progress == 0 and status == ActionStatus.TODO:
        return status, 0
    return ActionStatus.DOING, progress


def rolled_up(
    item_progress: Sequence[int], last_check_in_progress: int | None = None
) -> int | None:
    """A trainee's practice progress: the mean of their action items' percentages; with no
    items, what their last check-in said; None when there is neither."""
    return rolled_up_total(sum(item_progress), len(item_progress), last_check_in_progress)


def rolled_up_total(
    progress_total: int, items: int, last_check_in_progress: int | None = None
) -> int | None:
    """``rolled_up`` from the sum of the items' percentages and their number (what an
    aggregate query gives)."""
    if items:
        return round(progress_total / items)
    return last_check_in_progress


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    date: dt.date
    average: float  # mean progress (0–100) of every plan, as last reported on that date
    reporting: int  # plans that had reported at least once by then


def progress_over_time(
    check_ins: Iterable[tuple[Hashable, dt.date, int]],
    plans: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[ProgressPoint]:
    """The cohort's progress on each day a check-in came in (and on *start* and *end*).

    Each plan counts with its latest reported percentage up to that day; a plan that has
    not reported yet counts as 0, so the line shows the whole cohort, not the keen ones.
    """
    by_day: dict[dt.date, list[tuple[Hashable, int]]] = defaultdict(list)
    for plan, day, progress in check_ins:
        if end is not None and day > end:
            continue
        by_day[day].append((plan, max(0, min(100, progress))))
    days = sorted(by_day)
    if start is not None and (not days or days[0] > start):
        days.insert(0, start)
    if end is not None and (not days or days[-1] < end):
        days.append(end)
    latest: dict[Hashable, int] = {}
    points = []
    total = max(plans, 1)
    for day in days:
        for plan, progress in by_day.get(day, ()):
            latest[plan] = progress
        points.append(ProgressPoint(day, sum(latest.values()) / total, len(latest)))
    return points


def achievement(baseline: float | None, target: float | None, actual: float | None) -> float | None:
    """How far a measurement has come from its baseline towards its target (1.0 = reached;
    may pass 1.0 or fall below 0); None when unknown or when target equals baseline."""
    if baseline is None or target is None or actual is None or target == baseline:
        return None
    return (actual - baseline) / (target - baseline)


def average_progress(plans: Iterable[int | None]) -> float | None:
    """The cohort's practice progress (0–100): the mean over its plans, a plan with no
    progress yet counting 0; None when there is no plan. The dashboard and the practice
    page both say it."""
    values = [value or 0 for value in plans]
    return sum(values) / len(values) if values else None
