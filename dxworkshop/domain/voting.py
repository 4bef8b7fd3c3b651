"""Dot voting (ドット投票) rules: how many dots a voter has, how many one issue may take."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

#: A new round's caps (three dots each, one per issue), unless the facilitator says
#: otherwise: the services, the stored default and the page's empty boxes.
VOTES_PER_PERSON = 3
MAX_PER_ISSUE = 1


class VoteRefusal(StrEnum):
    """Why a dot cannot be placed; the values are the services' error codes."""

    NO_VOTES_LEFT = "no_votes_left"  # the voter has used all their dots
    ISSUE_CAP = "issue_cap"  # the voter already put the most dots allowed on this issue


def vote_refusal(
    used_by_voter: int, on_issue_by_voter: int, votes_per_person: int, max_per_issue: int
) -> VoteRefusal | None:
    """Whether one more dot from a voter on an issue breaks a cap (None: it may be cast).

    *used_by_voter* counts the voter's dots in the round, *on_issue_by_voter* those on
    this issue. The cap per issue is per voter: nobody puts more than *max_per_issue*
    dots on one issue.
    """
    if used_by_voter + 1 > votes_per_person:
        return VoteRefusal.NO_VOTES_LEFT
    if on_issue_by_voter + 1 > max_per_issue:
        return VoteRefusal.ISSUE_CAP
    return None


def remaining_votes(used_by_voter: int, votes_per_person: int) -> int:
    return max(0, votes_per_person - used_by_voter)


def caps_broken(
    votes: Iterable[tuple[int, int, int]], votes_per_person: int, max_per_issue: int
) -> VoteRefusal | None:
    """Whether dots already cast, as (voter, issue, count), exceed new caps for a round."""
    per_voter: Counter[int] = Counter()
    for voter, _issue, count in votes:
        if count > max_per_issue:
            return VoteRefusal.ISSUE_CAP
        per_voter[voter] += count
    if any(n > votes_per_person for n in per_voter.values()):
        return VoteRefusal.NO_VOTES_LEFT
    return None
