"""Operations (services/ops.py): an edit's value, the records it changed and its reverse."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxworkshop.services import issues
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.services.programme import new_programme


def test_changes_say_which_records_of_which_kind() -> None:
    a = Changes.of(issue=[1, 2])
    b = Changes.of(issue=[3], score=None)
    both = a | b
    assert both.kinds == {Kind.ISSUE, Kind.SCORE}
    assert both.ids(Kind.ISSUE) == {1, 2, 3}
    assert both.ids(Kind.SCORE) is None and both.touches(Kind.SCORE)
    assert not both.touches(Kind.PLAN) and not Changes() and both
    assert (a | Changes.of(issue=None)).ids(Kind.ISSUE) is None  # unknown wins
    with pytest.raises(ValueError, match="no such kind"):
        Changes.of(issues=[1])


def test_adding_a_card_reports_it_and_reverses_and_redoes(tmp_path: Path) -> None:
    with new_programme(tmp_path / "ops.dxw", "ops 研修") as workshop:
        done = issues.add_issue_op("転入届の転記", cases_per_year=1200.0)(workshop)
        card = done.value
        assert done.changes.ids(Kind.ISSUE) == {card.id}
        undone = done.reverse(workshop)
        assert [i.id for i in issues.list_issues(workshop)] == []
        assert undone.changes.ids(Kind.ISSUE) == {card.id}
        redone = undone.reverse(workshop)
        [back] = issues.list_issues(workshop)
        assert (back.id, back.title, back.cases_per_year) == (card.id, "転入届の転記", 1200.0)
        assert redone.reverse(workshop).changes.ids(Kind.ISSUE) == {card.id}
        assert issues.list_issues(workshop) == []


def test_editing_a_card_reverses_to_what_it_was_and_redoes(tmp_path: Path) -> None:
    with new_programme(tmp_path / "ops.dxw", "ops 研修") as workshop:
        card = issues.add_issue(workshop, "転入届の転記", cases_per_year=1200.0)
        done = issues.update_issue_op(card.id, title="転出届の転記", minutes_per_case=15.0)(
            workshop
        )
        assert done.changes.ids(Kind.ISSUE) == {card.id}
        undone = done.reverse(workshop)
        back = issues.get_issue(workshop, card.id)
        assert (back.title, back.minutes_per_case) == ("転入届の転記", None)
        undone.reverse(workshop)
        again = issues.get_issue(workshop, card.id)
        assert (again.title, again.minutes_per_case) == ("転出届の転記", 15.0)
