from __future__ import annotations

from dxworkshop.domain.voting import VoteRefusal, caps_broken, remaining_votes, vote_refusal


def test_a_voter_with_dots_left_may_vote_up_to_the_issue_cap() -> None:
    # 3 dots each, at most 2 on one issue
    assert vote_refusal(0, 0, 3, 2) is None
    assert vote_refusal(1, 1, 3, 2) is None
    assert vote_refusal(2, 2, 3, 2) is VoteRefusal.ISSUE_CAP
    assert vote_refusal(3, 0, 3, 2) is VoteRefusal.NO_VOTES_LEFT


def test_no_dots_left_is_reported_before_the_issue_cap() -> None:
    assert vote_refusal(3, 2, 3, 2) is VoteRefusal.NO_VOTES_LEFT


def test_remaining_votes() -> None:
    assert remaining_votes(0, 3) == 3
    assert remaining_votes(2, 3) == 1
    assert remaining_votes(5, 3) == 0


def test_new_caps_are_checked_against_dots_already_cast() -> None:
    votes = [(1, 10, 2), (1, 11, 1), (2, 10, 1)]  # voter 1: 3 dots, 2 on issue 10
    assert caps_broken(votes, 3, 2) is None
    assert caps_broken(votes, 3, 1) is VoteRefusal.ISSUE_CAP
    assert caps_broken(votes, 2, 2) is VoteRefusal.NO_VOTES_LEFT
    assert caps_broken([], 1, 1) is None
