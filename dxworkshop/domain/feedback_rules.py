"""Rules of feedback (フィードバック): when a request is overdue, how its status may move,
and what a rubric rating may be.

A feedback request goes requested → received (the reviewer's comments are in) →
addressed (the trainee changed the plan in answer to it). A step forward or one step
back (to correct a mistake) is allowed; skipping from requested straight to addressed
is not, since there is nothing to address before the comments are in.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from dxworkshop.domain.enums import FeedbackStatus

_ORDER: tuple[FeedbackStatus, ...] = (
    FeedbackStatus.REQUESTED,
    FeedbackStatus.RECEIVED,
    FeedbackStatus.ADDRESSED,
)


class CellState(StrEnum):
    """How one reviewer's feedback for one trainee stands (a cell of the overview)."""

    NONE = "none"  # not requested
    REQUESTED = "requested"
    OVERDUE = "overdue"  # requested, and the round's due date has passed
    RECEIVED = "received"
    ADDRESSED = "addressed"


def is_overdue(status: FeedbackStatus | str, due: dt.date | None, today: dt.date) -> bool:
    """A request still waiting for its comments after the round's due date (the due day
    itself still counts as on time); a round without a due date is never overdue."""
    return FeedbackStatus(status) == FeedbackStatus.REQUESTED and due is not None and today > due


def days_overdue(status: FeedbackStatus | str, due: dt.date | None, today: dt.date) -> int:
    """How many days past due an overdue request is (0 when it is not overdue)."""
    if not is_overdue(status, due, today):
        return 0
    assert due is not None
    return (today - due).days


def cell_state(
    status: FeedbackStatus | str | None, due: dt.date | None, today: dt.date
) -> CellState:
    if status is None:
        return CellState.NONE
    if is_overdue(status, due, today):
        return CellState.OVERDUE
    return CellState(FeedbackStatus(status).value)


def transition_allowed(old: FeedbackStatus | str, new: FeedbackStatus | str) -> bool:
    """One step forward along requested → received → addressed, or one step back."""
    a, b = _ORDER.index(FeedbackStatus(old)), _ORDER.index(FeedbackStatus(new))
    return abs(a - b) <= 1


def status_with_content(status: FeedbackStatus | str, has_content: bool) -> FeedbackStatus:
    """Comments or ratings entered on a request mean it has been received."""
    current = FeedbackStatus(status)
    if current == FeedbackStatus.REQUESTED and has_content:
        return FeedbackStatus.RECEIVED
    return current


def rating_in_range(value: int, low: int, high: int) -> bool:
    """A rubric rating is a whole number on the item's scale (bounds included)."""
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def can_link(status: FeedbackStatus | str) -> bool:
    """A change can answer a comment only once the comment has been received."""
    return FeedbackStatus(status) in (FeedbackStatus.RECEIVED, FeedbackStatus.ADDRESSED)
