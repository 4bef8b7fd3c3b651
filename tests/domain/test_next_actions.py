"""The facilitator's next actions: each rule on fixed dates around the default schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, Phase
from dxworkshop.domain.next_actions import (
    ActionItemFact,
    ActionKind,
    Facts,
    FeedbackFact,
    MunicipalityFact,
    NextAction,
    SessionFact,
    Severity,
    Target,
    TraineeFact,
    attention_by_place,
    check_in_overdue,
    milestones,
    next_actions,
)

# The shipped two-month schedule, starting on Tuesday 1 September 2026.
START = dt.date(2026, 9, 1)


def day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


SCHEDULE = (
    SessionFact(Phase.HEARING, day(0)),
    SessionFact(Phase.ISSUES, day(14)),  # day 1: 15 Sep
    SessionFact(Phase.PRIORITIZE, day(21)),  # 22 Sep
    SessionFact(Phase.FEEDBACK, day(28)),
    SessionFact(Phase.PLANS, day(35)),  # brush-up: 6 Oct → practice from 7 Oct
    SessionFact(Phase.PRACTICE, day(49)),
    SessionFact(Phase.PRACTICE, day(56)),
    SessionFact(Phase.REPORT, day(63)),  # results: 3 Nov
)


def facts(**changes: object) -> Facts:
    base = Facts(sessions=SCHEDULE, first_feedback_due=day(32))
    return replace(base, **changes)  # type: ignore[arg-type]


def trainee(ident: int, **changes: object) -> TraineeFact:
    base = TraineeFact(
        id=ident,
        name=f"受講者{ident}",
        municipality="岡山市",
        has_supervisor=True,
        issue_count=3,
        has_theme=True,
        plan_id=100 + ident,
        action_items=4,
        last_check_in=None,
        has_outcome=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def kinds(actions: tuple[NextAction, ...]) -> list[ActionKind]:
    return [a.kind for a in actions]


def only(actions: tuple[NextAction, ...], kind: ActionKind) -> NextAction:
    found = [a for a in actions if a.kind == kind]
    assert len(found) == 1, kinds(actions)
    return found[0]


# --- milestones ---------------------------------------------------------------------------


def test_milestones_of_the_default_schedule() -> None:
    stones = milestones(SCHEDULE)
    assert stones.day1 == dt.date(2026, 9, 15)
    assert stones.prioritisation == dt.date(2026, 9, 22)
    assert stones.practice_start == dt.date(2026, 10, 7)  # the day after the brush-up
    assert stones.practice_end == stones.results == dt.date(2026, 11, 3)


def test_milestones_without_sessions_are_unknown() -> None:
    stones = milestones(())
    assert stones.day1 is None and stones.practice_start is None and stones.results is None


def test_practice_without_check_in_sessions_starts_after_the_plans_session() -> None:
    sessions = (SessionFact(Phase.PLANS, day(35)), SessionFact(Phase.REPORT, day(63)))
    stones = milestones(sessions)
    assert stones.practice_start == day(36)
    assert stones.practice_end == day(63)


# --- hearings -----------------------------------------------------------------------------


MUNIS = (
    MunicipalityFact(1, "岡山市", hearing_done=True),
    MunicipalityFact(2, "倉敷市", hearing_done=False, open_hearing_id=7),
    MunicipalityFact(3, "早島町", hearing_done=False),
)


@pytest.mark.parametrize(
    ("today", "severity"),
    [
        (day(-10), Severity.INFO),  # 25 days before day 1
        (day(0), Severity.WARNING),  # 14 days before
        (day(11), Severity.URGENT),  # 3 days before
        (day(14), Severity.URGENT),  # day 1 itself
    ],
)
def test_hearings_not_done_before_day_1(today: dt.date, severity: Severity) -> None:
    action = only(next_actions(facts(municipalities=MUNIS), today), ActionKind.HEARINGS_NOT_DONE)
    assert action.severity == severity
    assert action.count == 2
    assert [r.name for r in action.records] == ["倉敷市", "早島町"]
    assert action.deadline == day(14)
    assert action.days_left == (day(14) - today).days
    # the planned hearing opens where it is filled in; a municipality with none opens the page
    assert action.records[0].target == Target("hearing", 7)
    assert action.records[1].target == Target("hearing", None)
    assert action.target == Target("hearing", 7)


def test_hearings_no_longer_matter_after_day_1() -> None:
    assert ActionKind.HEARINGS_NOT_DONE not in kinds(
        next_actions(facts(municipalities=MUNIS), day(15))
    )


def test_every_hearing_done_means_no_action() -> None:
    done = tuple(replace(m, hearing_done=True) for m in MUNIS)
    assert next_actions(facts(municipalities=done), day(5)) == ()


def test_without_a_schedule_missing_hearings_are_information() -> None:
    action = only(next_actions(Facts(municipalities=MUNIS), day(0)), ActionKind.HEARINGS_NOT_DONE)
    assert action.severity == Severity.INFO and action.deadline is None


# --- issues, themes, plans, supervisors ---------------------------------------------------------


def test_trainees_without_issues_from_day_1_to_prioritisation() -> None:
    people = (trainee(1, issue_count=0), trainee(2), trainee(3, issue_count=0))
    assert ActionKind.NO_ISSUES not in kinds(next_actions(facts(trainees=people), day(13)))
    on_day_1 = only(next_actions(facts(trainees=people), day(14)), ActionKind.NO_ISSUES)
    assert on_day_1.severity == Severity.WARNING
    assert [r.id for r in on_day_1.records] == [1, 3]
    assert on_day_1.deadline == day(21) and on_day_1.days_left == 7
    assert on_day_1.target == Target("issues", None)
    close = only(next_actions(facts(trainees=people), day(19)), ActionKind.NO_ISSUES)
    assert close.severity == Severity.URGENT
    assert ActionKind.NO_ISSUES not in kinds(next_actions(facts(trainees=people), day(22)))


def test_trainees_without_a_theme_from_the_prioritisation_session() -> None:
    people = (trainee(1, has_theme=False, plan_id=None), trainee(2))
    assert ActionKind.NO_THEME not in kinds(next_actions(facts(trainees=people), day(20)))
    on_the_day = only(next_actions(facts(trainees=people), day(21)), ActionKind.NO_THEME)
    assert on_the_day.severity == Severity.WARNING
    assert on_the_day.records[0].target == Target("prioritize", 1)
    week_later = only(next_actions(facts(trainees=people), day(28)), ActionKind.NO_THEME)
    assert week_later.severity == Severity.URGENT


def test_themes_without_a_plan_before_the_first_feedback_round() -> None:
    people = (trainee(1, plan_id=None), trainee(2, has_theme=False, plan_id=None), trainee(3))
    assert ActionKind.NO_PLAN not in kinds(next_actions(facts(trainees=people), day(21)))
    action = only(next_actions(facts(trainees=people), day(22)), ActionKind.NO_PLAN)
    assert [r.id for r in action.records] == [1]  # no theme is another action
    assert action.severity == Severity.WARNING and action.deadline == day(32)
    assert only(next_actions(facts(trainees=people), day(29)), ActionKind.NO_PLAN).severity == (
        Severity.URGENT
    )


def test_trainees_without_a_supervisor_until_the_practice() -> None:
    people = (trainee(1, has_supervisor=False), trainee(2))
    early = only(next_actions(facts(trainees=people), day(3)), ActionKind.NO_SUPERVISOR)
    assert early.severity == Severity.INFO
    assert early.target == Target("participants", 1)
    later = only(next_actions(facts(trainees=people), day(25)), ActionKind.NO_SUPERVISOR)
    assert later.severity == Severity.WARNING
    assert ActionKind.NO_SUPERVISOR not in kinds(next_actions(facts(trainees=people), day(36)))


# --- feedback -------------------------------------------------------------------------------


def feedback(ident: int, due: dt.date | None, status: FeedbackStatus) -> FeedbackFact:
    return FeedbackFact(ident, 1, due, status, f"上司{ident}", f"受講者{ident}")


def test_feedback_requested_and_past_its_due_is_overdue() -> None:
    rows = (
        feedback(1, day(32), FeedbackStatus.REQUESTED),
        feedback(2, day(32), FeedbackStatus.RECEIVED),
        feedback(3, day(30), FeedbackStatus.REQUESTED),
        feedback(4, None, FeedbackStatus.REQUESTED),
    )
    assert ActionKind.FEEDBACK_OVERDUE not in kinds(next_actions(facts(feedback=rows), day(30)))
    action = only(next_actions(facts(feedback=rows), day(33)), ActionKind.FEEDBACK_OVERDUE)
    assert action.severity == Severity.URGENT
    assert [r.id for r in action.records] == [3, 1]  # the longest overdue first
    assert action.records[0].target == Target("feedback", 3)
    assert action.deadline == day(30) and action.days_left == -3


def test_feedback_due_within_three_days() -> None:
    rows = (feedback(1, day(32), FeedbackStatus.REQUESTED),)
    assert ActionKind.FEEDBACK_DUE_SOON not in kinds(next_actions(facts(feedback=rows), day(28)))
    soon = only(next_actions(facts(feedback=rows), day(29)), ActionKind.FEEDBACK_DUE_SOON)
    assert soon.severity == Severity.WARNING and soon.days_left == 3
    due_today = next_actions(facts(feedback=rows), day(32))
    assert kinds(due_today) == [ActionKind.FEEDBACK_DUE_SOON]


# --- practice -------------------------------------------------------------------------------


def test_no_check_in_for_two_weeks_during_the_practice() -> None:
    people = (
        trainee(1, last_check_in=None),  # none yet: counted from the practice start (7 Oct)
        trainee(2, last_check_in=day(40)),  # 11 Oct
        trainee(3, last_check_in=day(48)),
        trainee(4, plan_id=None, last_check_in=None),  # no plan, nothing to report on
    )
    assert ActionKind.NO_RECENT_CHECK_IN not in kinds(next_actions(facts(trainees=people), day(49)))
    action = only(next_actions(facts(trainees=people), day(50)), ActionKind.NO_RECENT_CHECK_IN)
    assert [r.id for r in action.records] == [1]
    assert action.severity == Severity.WARNING
    assert action.records[0].target == Target("practice", 1)
    later = only(next_actions(facts(trainees=people), day(57)), ActionKind.NO_RECENT_CHECK_IN)
    assert [r.id for r in later.records] == [1, 2]  # 21 and 17 days: the longest silence first
    assert later.severity == Severity.URGENT
    # after the results session the check-ins are over
    assert ActionKind.NO_RECENT_CHECK_IN not in kinds(next_actions(facts(trainees=people), day(64)))


def test_check_in_overdue_counts_days_without_news() -> None:
    start = day(36)
    assert check_in_overdue(None, start, day(49)) is None
    assert check_in_overdue(None, start, day(50)) == 14
    assert check_in_overdue(day(30), start, day(50)) == 14  # before the start: from the start
    assert check_in_overdue(day(45), start, day(50)) is None
    assert check_in_overdue(None, None, day(50)) is None


def test_blocked_items_are_urgent_and_open_the_trainees_practice() -> None:
    items = (
        ActionItemFact(11, 1, "受講者1", "RPAの試行", ActionStatus.BLOCKED, day(45)),
        ActionItemFact(12, 2, "受講者2", "手順書の作成", ActionStatus.DOING, day(60)),
    )
    action = only(next_actions(facts(action_items=items), day(44)), ActionKind.BLOCKED_ITEMS)
    assert action.severity == Severity.URGENT
    assert action.records[0].id == 11 and action.records[0].detail == "RPAの試行"
    assert action.target == Target("practice", 1)


def test_overdue_items_are_information() -> None:
    items = (
        ActionItemFact(11, 1, "受講者1", "計測", ActionStatus.DOING, day(40)),
        ActionItemFact(12, 1, "受講者1", "試行", ActionStatus.DONE, day(40)),
        ActionItemFact(13, 2, "受講者2", "報告", ActionStatus.TODO, day(45)),
    )
    action = only(next_actions(facts(action_items=items), day(45)), ActionKind.OVERDUE_ITEMS)
    assert action.severity == Severity.INFO
    assert [r.id for r in action.records] == [11]


def test_plans_without_action_items_once_the_practice_started() -> None:
    people = (trainee(1, action_items=0), trainee(2))
    assert ActionKind.NO_ACTION_ITEMS not in kinds(next_actions(facts(trainees=people), day(35)))
    action = only(next_actions(facts(trainees=people), day(36)), ActionKind.NO_ACTION_ITEMS)
    assert action.records[0].target == Target("practice", 1)


def test_outcomes_missing_in_the_week_before_the_results_session() -> None:
    people = (
        trainee(1, last_check_in=day(55)),
        trainee(2, has_outcome=True, last_check_in=day(55)),
    )
    assert ActionKind.NO_OUTCOME not in kinds(next_actions(facts(trainees=people), day(55)))
    week_before = only(next_actions(facts(trainees=people), day(56)), ActionKind.NO_OUTCOME)
    assert week_before.severity == Severity.WARNING and week_before.days_left == 7
    assert [r.id for r in week_before.records] == [1]
    after = only(next_actions(facts(trainees=people), day(64)), ActionKind.NO_OUTCOME)
    assert after.severity == Severity.URGENT


# --- order and badges ---------------------------------------------------------------------


def test_the_most_pressing_come_first() -> None:
    people = (trainee(1, last_check_in=None), trainee(2, has_supervisor=False))
    items = (
        ActionItemFact(11, 1, "受講者1", "計測", ActionStatus.DOING, day(40)),
        ActionItemFact(12, 1, "受講者1", "試行", ActionStatus.BLOCKED, day(40)),
    )
    rows = (
        feedback(1, day(32), FeedbackStatus.REQUESTED),
        feedback(2, day(52), FeedbackStatus.REQUESTED),
    )
    found = next_actions(facts(trainees=people, action_items=items, feedback=rows), day(50))
    assert kinds(found) == [
        ActionKind.FEEDBACK_OVERDUE,  # urgent, with a deadline
        ActionKind.BLOCKED_ITEMS,  # urgent
        ActionKind.FEEDBACK_DUE_SOON,  # warning, with a deadline
        ActionKind.NO_RECENT_CHECK_IN,  # warning
        ActionKind.OVERDUE_ITEMS,  # information
    ]


def test_attention_by_place_sums_warnings_and_worse() -> None:
    people = (trainee(1, last_check_in=None), trainee(2, last_check_in=None))
    items = (
        ActionItemFact(11, 1, "受講者1", "計測", ActionStatus.DOING, day(40)),
        ActionItemFact(12, 1, "受講者1", "試行", ActionStatus.BLOCKED, day(40)),
    )
    found = next_actions(facts(trainees=people, action_items=items), day(50))
    badges = attention_by_place(found)
    assert set(badges) == {"practice"}
    assert badges["practice"].count == 3  # one blocked item, two quiet trainees; not the overdue
    assert badges["practice"].severity == Severity.URGENT
    everything = attention_by_place(found, minimum=Severity.INFO)
    assert everything["practice"].count == 4
