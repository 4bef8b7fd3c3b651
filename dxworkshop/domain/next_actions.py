"""What the facilitator should do next, from plain facts about the programme and a date.

The rules (each produces at most one action, listing the records concerned):

===================  ==========================================  ===========================
kind                 when it is shown                            severity
===================  ==========================================  ===========================
hearings_not_done    municipalities whose hearing is not done,   urgent ≤ 3 days before day 1
                     until day 1 (the first "issues" session)    warning ≤ 14 days, else info
no_supervisor        trainees without a supervisor, before the   info before prioritisation,
                     practice starts                             then warning
no_issues            trainees without issues, from day 1 until   urgent ≤ 2 days before it,
                     the prioritisation session                  else warning
no_theme             trainees without a theme, from the          warning; urgent a week after
                     prioritisation session on                   the session
no_plan              trainees with a theme but no plan, after    warning; urgent ≤ 3 days
                     the prioritisation session                  before feedback round 1 is due
feedback_overdue     feedback requested and past its round's due urgent
feedback_due_soon    feedback requested, due within 3 days       warning
no_action_items      plans without action items, once the        warning
                     practice has started
no_recent_check_in   during the practice, trainees whose last    warning; urgent after 3 weeks
                     check-in (or the practice start) is two
                     weeks or more ago
blocked_items        blocked action items                        urgent
overdue_items        action items past their due, not done       info
no_outcome           plans without an outcome, from a week       warning; urgent after the
                     before the results session                  session
===================  ==========================================  ===========================

A date the schedule does not have leaves that window open and the action at "info", so a
programme without sessions still hears what is missing. The practice runs from the day
after the last session before the first practice check-in (the brush-up, by default) to
the results session (report).

Every action points where it is fixed: a :class:`Where` (the roster, or the work of one
phase) and a record id whose kind that place knows (hearing → hearing id, participants →
person id, prioritize → trainee id, plans → plan id, feedback → feedback id, practice →
trainee id; ``None``: the place itself). Which screen shows a place is the UI's to say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, Phase

STALE_CHECK_IN_DAYS = 14
VERY_STALE_CHECK_IN_DAYS = 21
FEEDBACK_SOON_DAYS = 3
OUTCOME_WINDOW_DAYS = 7


class ActionKind(StrEnum):
    HEARINGS_NOT_DONE = "hearings_not_done"
    NO_SUPERVISOR = "no_supervisor"
    NO_ISSUES = "no_issues"
    NO_THEME = "no_theme"
    NO_PLAN = "no_plan"
    FEEDBACK_OVERDUE = "feedback_overdue"
    FEEDBACK_DUE_SOON = "feedback_due_soon"
    NO_ACTION_ITEMS = "no_action_items"
    NO_RECENT_CHECK_IN = "no_recent_check_in"
    BLOCKED_ITEMS = "blocked_items"
    OVERDUE_ITEMS = "overdue_items"
    NO_OUTCOME = "no_outcome"


KIND_ORDER: tuple[ActionKind, ...] = tuple(ActionKind)


class Where(StrEnum):
    """Where something is fixed: the roster of people, or the work of one phase."""

    PARTICIPANTS = "participants"
    HEARING = Phase.HEARING.value
    ISSUES = Phase.ISSUES.value
    PRIORITIZE = Phase.PRIORITIZE.value
    PLANS = Phase.PLANS.value
    FEEDBACK = Phase.FEEDBACK.value
    PRACTICE = Phase.PRACTICE.value


#: Where each kind of action is fixed.
WHERE_OF: dict[ActionKind, Where] = {
    ActionKind.HEARINGS_NOT_DONE: Where.HEARING,
    ActionKind.NO_SUPERVISOR: Where.PARTICIPANTS,
    ActionKind.NO_ISSUES: Where.ISSUES,
    ActionKind.NO_THEME: Where.PRIORITIZE,
    ActionKind.NO_PLAN: Where.PLANS,
    ActionKind.FEEDBACK_OVERDUE: Where.FEEDBACK,
    ActionKind.FEEDBACK_DUE_SOON: Where.FEEDBACK,
    ActionKind.NO_ACTION_ITEMS: Where.PRACTICE,
    ActionKind.NO_RECENT_CHECK_IN: Where.PRACTICE,
    ActionKind.BLOCKED_ITEMS: Where.PRACTICE,
    ActionKind.OVERDUE_ITEMS: Where.PRACTICE,
    ActionKind.NO_OUTCOME: Where.PRACTICE,
}


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    URGENT = 2


# --- facts (plain data gathered by the service) ---------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionFact:
    phase: Phase
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class MunicipalityFact:
    id: int
    name: str
    hearing_done: bool
    open_hearing_id: int | None = None  # a planned hearing to open, when there is one


@dataclass(frozen=True, slots=True)
class TraineeFact:
    id: int
    name: str
    municipality: str = ""
    has_supervisor: bool = True
    issue_count: int = 0
    has_theme: bool = False
    plan_id: int | None = None
    action_items: int = 0
    last_check_in: dt.date | None = None
    has_outcome: bool = False


@dataclass(frozen=True, slots=True)
class FeedbackFact:
    id: int
    round_number: int
    due: dt.date | None
    status: FeedbackStatus
    reviewer: str
    trainee: str


@dataclass(frozen=True, slots=True)
class ActionItemFact:
    id: int
    trainee_id: int
    trainee: str
    title: str
    status: ActionStatus
    due: dt.date | None


@dataclass(frozen=True, slots=True)
class Facts:
    sessions: Sequence[SessionFact] = ()
    municipalities: Sequence[MunicipalityFact] = ()
    trainees: Sequence[TraineeFact] = ()
    feedback: Sequence[FeedbackFact] = ()
    action_items: Sequence[ActionItemFact] = ()
    first_feedback_due: dt.date | None = None


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """Where something is fixed: a place and (optionally) a record there."""

    where: Where
    record_id: int | None = None


@dataclass(frozen=True, slots=True)
class RecordRef:
    """One record an action is about: its name and a detail (data, shown as is)."""

    id: int
    name: str
    detail: str
    target: Target


@dataclass(frozen=True, slots=True)
class NextAction:
    kind: ActionKind
    severity: Severity
    records: tuple[RecordRef, ...]
    deadline: dt.date | None = None
    days_left: int | None = None  # deadline − today (negative: past)

    @property
    def count(self) -> int:
        return len(self.records)

    @property
    def where(self) -> Where:
        return WHERE_OF[self.kind]

    @property
    def target(self) -> Target:
        """The first record's place, or the place itself when the records have none."""
        for record in self.records:
            if record.target.record_id is not None:
                return record.target
        return Target(self.where)


@dataclass(frozen=True, slots=True)
class Milestones:
    """The dates the rules hang on, read off the schedule (None: not scheduled)."""

    day1: dt.date | None = None
    prioritisation: dt.date | None = None
    practice_start: dt.date | None = None
    practice_end: dt.date | None = None
    results: dt.date | None = None


def _first(sessions: Iterable[SessionFact], phase: Phase) -> dt.date | None:
    dates = [s.date for s in sessions if s.phase == phase and s.date is not None]
    return min(dates) if dates else None


def milestones(sessions: Sequence[SessionFact]) -> Milestones:
    """Day 1, prioritisation, the practice period and the results session."""
    day1 = _first(sessions, Phase.ISSUES)
    prioritisation = _first(sessions, Phase.PRIORITIZE)
    results = _first(sessions, Phase.REPORT)
    first_practice = _first(sessions, Phase.PRACTICE)
    order = {p: i for i, p in enumerate(Phase)}
    before_practice = [
        s.date
        for s in sessions
        if s.date is not None
        and order[s.phase] < order[Phase.PRACTICE]
        and (first_practice is None or s.date < first_practice)
    ]
    plans = [s.date for s in sessions if s.phase == Phase.PLANS and s.date is not None]
    if first_practice is not None and before_practice:
        start: dt.date | None = max(before_practice) + dt.timedelta(days=1)
    elif plans:
        start = max(plans) + dt.timedelta(days=1)
    else:
        start = first_practice
    if results is not None:
        end: dt.date | None = results
    else:
        practice = [s.date for s in sessions if s.phase == Phase.PRACTICE and s.date is not None]
        end = max(practice) if practice else None
    return Milestones(day1, prioritisation, start, end, results)


def in_practice(stones: Milestones, today: dt.date) -> bool:
    """Whether *today* falls in the practice period (an open end counts as open)."""
    if stones.practice_start is None or today < stones.practice_start:
        return False
    return stones.practice_end is None or today <= stones.practice_end


def check_in_overdue(
    last_check_in: dt.date | None, practice_start: dt.date | None, today: dt.date
) -> int | None:
    """Days without news when that is two weeks or more (counted from the practice start
    when there is no check-in yet), else None."""
    since = last_check_in
    if practice_start is not None and (since is None or since < practice_start):
        since = practice_start
    if since is None:
        return None
    days = (today - since).days
    return days if days >= STALE_CHECK_IN_DAYS else None


# --- the rules -------------------------------------------------------------------------------


def _days(deadline: dt.date | None, today: dt.date) -> int | None:
    return None if deadline is None else (deadline - today).days


def _trainee_ref(t: TraineeFact, where: Where, record_id: int | None) -> RecordRef:
    return RecordRef(t.id, t.name, t.municipality, Target(where, record_id))


def _action(
    kind: ActionKind,
    severity: Severity,
    records: Iterable[RecordRef],
    today: dt.date,
    deadline: dt.date | None = None,
) -> NextAction | None:
    found = tuple(records)
    if not found:
        return None
    return NextAction(kind, severity, found, deadline, _days(deadline, today))


def _hearings(facts: Facts, stones: Milestones, today: dt.date) -> NextAction | None:
    day1 = stones.day1
    if day1 is not None and today > day1:
        return None
    left = _days(day1, today)
    if left is None:
        severity = Severity.INFO
    elif left <= 3:
        severity = Severity.URGENT
    elif left <= 14:
        severity = Severity.WARNING
    else:
        severity = Severity.INFO
    where = WHERE_OF[ActionKind.HEARINGS_NOT_DONE]
    records = (
        RecordRef(m.id, m.name, "", Target(where, m.open_hearing_id))
        for m in facts.municipalities
        if not m.hearing_done
    )
    return _action(ActionKind.HEARINGS_NOT_DONE, severity, records, today, day1)


def _supervisors(facts: Facts, stones: Milestones, today: dt.date) -> NextAction | None:
    if stones.practice_start is not None and today >= stones.practice_start:
        return None
    late = stones.prioritisation is not None and today >= stones.prioritisation
    where = WHERE_OF[ActionKind.NO_SUPERVISOR]
    records = (_trainee_ref(t, where, t.id) for t in facts.trainees if not t.has_supervisor)
    severity = Severity.WARNING if late else Severity.INFO
    return _action(ActionKind.NO_SUPERVISOR, severity, records, today)


def _issues(facts: Facts, stones: Milestones, today: dt.date) -> NextAction | None:
    if stones.day1 is not None and today < stones.day1:
        return None
    deadline = stones.prioritisation
    if deadline is not None and today > deadline:
        return None
    left = _days(deadline, today)
    if stones.day1 is None and deadline is None:
        severity = Severity.INFO
    elif left is not None and left <= 2:
        severity = Severity.URGENT
    else:
        severity = Severity.WARNING
    where = WHERE_OF[ActionKind.NO_ISSUES]
    records = (_trainee_ref(t, where, None) for t in facts.trainees if t.issue_count == 0)
    return _action(ActionKind.NO_ISSUES, severity, records, today, deadline)


def _themes(facts: Facts, stones: Milestones, today: dt.date) -> NextAction | None:
    start = stones.prioritisation
    if start is not None and today < start:
        return None
    if start is None:
        severity = Severity.INFO
    elif (today - start).days >= 7:
        severity = Severity.URGENT
    else:
        severity = Severity.WARNING
    where = WHERE_OF[ActionKind.NO_THEME]
    records = (_trainee_ref(t, where, t.id) for t in facts.trainees if not t.has_theme)
    return _action(ActionKind.NO_THEME, severity, records, today)


def _plans(facts: Facts, stones: Milestones, today: dt.date) -> NextAction | None:
    if stones.prioritisation is not None and today <= stones.prioritisation:
        return None
    deadline = facts.first_feedback_due
    left = _days(deadline, today)
    if stones.prioritisation is None and deadline is None:
        severity = Severity.INFO
    elif left is not None and left <= 3:
        severity = Severity.URGENT
    else:
        severity = Severity.WARNING
    where = WHERE_OF[ActionKind.NO_PLAN]
    records = (
        _trainee_ref(t, where, None) for t in facts.trainees if t.has_theme and t.plan_id is None
    )
    return _action(ActionKind.NO_PLAN, severity, records, today, deadline)


def _feedback(facts: Facts, today: dt.date) -> list[NextAction | None]:
    where = WHERE_OF[ActionKind.FEEDBACK_OVERDUE]
    waiting = [f for f in facts.feedback if f.status == FeedbackStatus.REQUESTED]
    overdue = sorted(
        (f for f in waiting if f.due is not None and f.due < today),
        key=lambda f: (f.due or today, f.round_number, f.id),
    )
    soon = sorted(
        (
            f
            for f in waiting
            if f.due is not None and 0 <= (f.due - today).days <= FEEDBACK_SOON_DAYS
        ),
        key=lambda f: (f.due or today, f.round_number, f.id),
    )

    def refs(rows: Iterable[FeedbackFact]) -> list[RecordRef]:
        return [RecordRef(f.id, f.reviewer, f.trainee, Target(where, f.id)) for f in rows]

    return [
        _action(
            ActionKind.FEEDBACK_OVERDUE,
            Severity.URGENT,
            refs(overdue),
            today,
            overdue[0].due if overdue else None,
        ),
        _action(
            ActionKind.FEEDBACK_DUE_SOON,
            Severity.WARNING,
            refs(soon),
            today,
            soon[0].due if soon else None,
        ),
    ]


def _practice(facts: Facts, stones: Milestones, today: dt.date) -> list[NextAction | None]:
    where = WHERE_OF[ActionKind.NO_RECENT_CHECK_IN]
    started = stones.practice_start is None or today >= stones.practice_start
    planned = [t for t in facts.trainees if t.plan_id is not None]
    found: list[NextAction | None] = []
    if started and stones.practice_start is not None:
        found.append(
            _action(
                ActionKind.NO_ACTION_ITEMS,
                Severity.WARNING,
                (_trainee_ref(t, where, t.id) for t in planned if t.action_items == 0),
                today,
            )
        )
    if in_practice(stones, today):
        quiet = []
        worst = 0
        for t in planned:
            days = check_in_overdue(t.last_check_in, stones.practice_start, today)
            if days is not None:
                quiet.append((days, t))
                worst = max(worst, days)
        quiet.sort(key=lambda pair: (-pair[0], pair[1].name, pair[1].id))
        severity = Severity.URGENT if worst >= VERY_STALE_CHECK_IN_DAYS else Severity.WARNING
        found.append(
            _action(
                ActionKind.NO_RECENT_CHECK_IN,
                severity,
                (_trainee_ref(t, where, t.id) for _d, t in quiet),
                today,
            )
        )
    blocked = [a for a in facts.action_items if a.status == ActionStatus.BLOCKED]
    found.append(
        _action(
            ActionKind.BLOCKED_ITEMS,
            Severity.URGENT,
            (RecordRef(a.id, a.trainee, a.title, Target(where, a.trainee_id)) for a in blocked),
            today,
        )
    )
    overdue = sorted(
        (
            a
            for a in facts.action_items
            if a.status in (ActionStatus.TODO, ActionStatus.DOING)
            and a.due is not None
            and a.due < today
        ),
        key=lambda a: (a.due or today, a.trainee, a.id),
    )
    found.append(
        _action(
            ActionKind.OVERDUE_ITEMS,
            Severity.INFO,
            (RecordRef(a.id, a.trainee, a.title, Target(where, a.trainee_id)) for a in overdue),
            today,
        )
    )
    results = stones.results
    if results is not None and today >= results - dt.timedelta(days=OUTCOME_WINDOW_DAYS):
        severity = Severity.URGENT if today > results else Severity.WARNING
        found.append(
            _action(
                ActionKind.NO_OUTCOME,
                severity,
                (_trainee_ref(t, where, t.id) for t in planned if not t.has_outcome),
                today,
                results,
            )
        )
    return found


def next_actions(facts: Facts, today: dt.date) -> tuple[NextAction, ...]:
    """Every action due on *today*, the most pressing first."""
    stones = milestones(facts.sessions)
    found: list[NextAction | None] = [
        _hearings(facts, stones, today),
        _supervisors(facts, stones, today),
        _issues(facts, stones, today),
        _themes(facts, stones, today),
        _plans(facts, stones, today),
        *_feedback(facts, today),
        *_practice(facts, stones, today),
    ]
    actions = [a for a in found if a is not None]
    actions.sort(
        key=lambda a: (
            -a.severity,
            a.deadline is None,
            a.deadline or today,
            KIND_ORDER.index(a.kind),
        )
    )
    return tuple(actions)


@dataclass(frozen=True, slots=True)
class Attention:
    """What needs attention at one place: records of actions, and the worst level."""

    count: int = 0
    severity: Severity = Severity.INFO
    kinds: tuple[ActionKind, ...] = field(default_factory=tuple)


def attention_by_place(
    actions: Iterable[NextAction], minimum: Severity = Severity.WARNING
) -> dict[Where, Attention]:
    """Records of actions at *minimum* severity or above, summed per place."""
    result: dict[Where, Attention] = {}
    for action in actions:
        if action.severity < minimum:
            continue
        now = result.get(action.where, Attention())
        result[action.where] = Attention(
            now.count + action.count,
            max(now.severity, action.severity) if now.count else action.severity,
            (*now.kinds, action.kind),
        )
    return result
