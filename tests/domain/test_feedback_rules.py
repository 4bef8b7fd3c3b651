"""Feedback rules: overdue by date, status transitions, rubric ratings (fixed dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from dxworkshop.domain.enums import FeedbackStatus
from dxworkshop.domain.feedback_rules import (
    CellState,
    can_link,
    cell_state,
    days_overdue,
    is_overdue,
    rating_in_range,
    status_with_content,
    transition_allowed,
)

DUE = dt.date(2026, 10, 2)
R, V, A = FeedbackStatus.REQUESTED, FeedbackStatus.RECEIVED, FeedbackStatus.ADDRESSED


@pytest.mark.parametrize(
    ("status", "today", "overdue"),
    [
        (R, dt.date(2026, 10, 1), False),
        (R, DUE, False),  # the due day itself is still on time
        (R, dt.date(2026, 10, 3), True),
        (V, dt.date(2026, 12, 1), False),  # received late is not overdue any more
        (A, dt.date(2026, 12, 1), False),
    ],
)
def test_overdue_by_date(status: FeedbackStatus, today: dt.date, overdue: bool) -> None:
    assert is_overdue(status, DUE, today) is overdue
    assert is_overdue(status.value, DUE, today) is overdue


def test_a_round_without_due_date_is_never_overdue() -> None:
    assert not is_overdue(R, None, dt.date(2099, 1, 1))
    assert days_overdue(R, None, dt.date(2099, 1, 1)) == 0


def test_days_overdue() -> None:
    assert days_overdue(R, DUE, dt.date(2026, 10, 9)) == 7
    assert days_overdue(R, DUE, DUE) == 0
    assert days_overdue(V, DUE, dt.date(2026, 10, 9)) == 0


def test_cell_states() -> None:
    late = dt.date(2026, 10, 5)
    assert cell_state(None, DUE, late) == CellState.NONE
    assert cell_state(R, DUE, DUE) == CellState.REQUESTED
    assert cell_state("requested", DUE, late) == CellState.OVERDUE
    assert cell_state(V, DUE, late) == CellState.RECEIVED
    assert cell_state(A, DUE, late) == CellState.ADDRESSED


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        (R, R, True),
        (R, V, True),
        (V, A, True),
        (A, V, True),  # one step back corrects a mistake
        (V, R, True),
        (R, A, False),  # nothing to address before the comments are in
        (A, R, False),
    ],
)
def test_transitions(old: FeedbackStatus, new: FeedbackStatus, allowed: bool) -> None:
    assert transition_allowed(old, new) is allowed


def test_comments_on_a_request_mean_it_was_received() -> None:
    assert status_with_content(R, True) == V
    assert status_with_content(R, False) == R
    assert status_with_content(A, True) == A
    assert status_with_content("received", False) == V


def test_rating_range() -> None:
    assert rating_in_range(1, 1, 5)
    assert rating_in_range(5, 1, 5)
    assert not rating_in_range(0, 1, 5)
    assert not rating_in_range(6, 1, 5)
    assert not rating_in_range(True, 0, 5)  # a bool is not a rating
    assert not rating_in_range(2.5, 1, 5)  # type: ignore[arg-type]


def test_only_received_comments_can_be_answered() -> None:
    assert not can_link(R)
    assert can_link(V)
    assert can_link(A)
