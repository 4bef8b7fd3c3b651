"""The home dashboard: where the programme stands, completion per phase, next actions and
the data of its charts — gathered with a handful of aggregate queries, then the domain
rules (``domain.next_actions``), so it builds fast on a prefecture-sized programme."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, HearingStatus, Phase
from dxworkshop.domain.next_actions import (
    ActionItemFact,
    Facts,
    FeedbackFact,
    Milestones,
    MunicipalityFact,
    NextAction,
    PageAttention,
    TraineeFact,
    attention_by_page,
    milestones,
    next_actions,
)
from dxworkshop.domain.progress_rules import ProgressPoint, progress_over_time, rolled_up
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import practice
from dxworkshop.services.programme import (
    ProgrammeInfo,
    SessionRow,
    current_session_index,
    get_programme,
    list_sessions,
)
from dxworkshop.services.progress import PhaseProgress, ProgressLine, phase_progress, progress_lines
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """Issues tagged with a category ("" = none), and their annual hours (known ones)."""

    category: str
    issues: int
    hours: float


@dataclass(frozen=True, slots=True)
class MunicipalityHours:
    """Hours saved per year in one municipality: expected by its plans, measured so far."""

    municipality: str
    expected: float
    measured: float
    plans: int
    measured_plans: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: dt.date
    programme: ProgrammeInfo
    sessions: tuple[SessionRow, ...]
    next_session: int | None  # index into sessions of the next one on or after today
    milestones: Milestones
    phases: dict[Phase, PhaseProgress]
    lines: tuple[ProgressLine, ...]
    actions: tuple[NextAction, ...]
    categories: tuple[CategoryCount, ...]
    hours: tuple[MunicipalityHours, ...]
    practice: tuple[ProgressPoint, ...]
    average_progress: float | None  # the cohort's practice progress now (0–100)

    @property
    def current_phase(self) -> Phase | None:
        """The phase of the last session held (or being held today)."""
        held = [s for s in self.sessions if s.date is not None and s.date <= self.today]
        return held[-1].phase if held else None


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    return {row[0]: row[1] for row in rows}


def _id(value: int | None) -> int:
    assert value is not None
    return value


@dataclass(frozen=True, slots=True)
class _Gathered:
    facts: Facts
    stones: Milestones
    municipality_of_plan: dict[int, str]
    expected: dict[int, float | None]
    measured: dict[int, float | None]
    check_ins: list[tuple[int, dt.date, int]]
    plan_practice: dict[int, practice.PlanPractice]


def _gather(session: Session, today: dt.date) -> _Gathered:
    conn = session.connection()
    sessions = practice.practice_sessions(session)
    stones = milestones(sessions)
    munis = _pairs(
        conn.execute(
            sa_select(col(m.Municipality.id), col(m.Municipality.name)).where(
                col(m.Municipality.deleted_at).is_(None)
            )
        )
    )
    done: set[int] = set()
    open_hearing: dict[int, int] = {}
    for hid, mid, status in conn.execute(
        sa_select(col(m.Hearing.id), col(m.Hearing.municipality_id), col(m.Hearing.status))
        .where(col(m.Hearing.deleted_at).is_(None))
        .order_by(col(m.Hearing.date), col(m.Hearing.id))
    ):
        if status == HearingStatus.DONE.value:
            done.add(mid)
        else:
            open_hearing.setdefault(mid, _id(hid))
    municipalities = tuple(
        MunicipalityFact(mid, name, mid in done, open_hearing.get(mid))
        for mid, name in sorted(munis.items(), key=lambda kv: kv[0])
    )
    names = _pairs(conn.execute(sa_select(col(m.Person.id), col(m.Person.name))))
    issue_counts = _pairs(
        conn.execute(
            sa_select(col(m.Issue.owner_id), func.count(col(m.Issue.id)))
            .where(col(m.Issue.deleted_at).is_(None), col(m.Issue.owner_id).is_not(None))
            .group_by(col(m.Issue.owner_id))
        )
    )
    themed = {
        t
        for (t,) in conn.execute(
            sa_select(col(m.Theme.trainee_id))
            .join(m.Issue, col(m.Issue.id) == col(m.Theme.issue_id))
            .where(col(m.Issue.deleted_at).is_(None))
        )
    }
    plans = practice.plans_by_trainee(session)
    trainee_of_plan = {p: t for t, p in plans.items()}
    per_plan = practice.plan_practice(session, today)
    measured = _pairs(
        conn.execute(sa_select(col(m.Outcome.plan_id), col(m.Outcome.hours_saved_per_year)))
    )
    trainees = []
    municipality_of_plan: dict[int, str] = {}
    for tid, name, _kana, home, supervisor in practice.trainee_rows(session):
        plan_id = plans.get(tid)
        pp = per_plan.get(plan_id, practice.PlanPractice()) if plan_id is not None else None
        muni = munis.get(home, "") if home is not None else ""
        if plan_id is not None:
            municipality_of_plan[plan_id] = muni
        trainees.append(
            TraineeFact(
                id=tid,
                name=name,
                municipality=muni,
                has_supervisor=supervisor is not None and supervisor in names,
                issue_count=int(issue_counts.get(tid, 0)),
                has_theme=tid in themed,
                plan_id=plan_id,
                action_items=pp.items if pp is not None else 0,
                last_check_in=pp.last_check_in if pp is not None else None,
                has_outcome=plan_id is not None and plan_id in measured,
            )
        )
    rounds = {
        _id(rid): (number, due)
        for rid, number, due in conn.execute(
            sa_select(
                col(m.FeedbackRound.id), col(m.FeedbackRound.number), col(m.FeedbackRound.due)
            ).where(col(m.FeedbackRound.deleted_at).is_(None))
        )
    }
    first_round = min(rounds.values(), key=lambda r: r[0], default=None)
    feedback = []
    for fid, rid, status, reviewer, trainee in conn.execute(
        sa_select(
            col(m.Feedback.id),
            col(m.Feedback.round_id),
            col(m.Feedback.status),
            col(m.Feedback.reviewer_id),
            col(m.Plan.trainee_id),
        )
        .join(m.PlanVersion, col(m.PlanVersion.id) == col(m.Feedback.plan_version_id))
        .join(m.Plan, col(m.Plan.id) == col(m.PlanVersion.plan_id))
        .where(
            col(m.Feedback.deleted_at).is_(None),
            col(m.Plan.deleted_at).is_(None),
            col(m.Feedback.status) == FeedbackStatus.REQUESTED.value,
        )
    ):
        if rid not in rounds:
            continue
        number, due = rounds[rid]
        feedback.append(
            FeedbackFact(
                _id(fid),
                number,
                due,
                FeedbackStatus(status),
                names.get(reviewer, ""),
                names.get(trainee, ""),
            )
        )
    items = []
    open_states = (ActionStatus.TODO.value, ActionStatus.DOING.value)
    for iid, item_plan, title, status, due in conn.execute(
        sa_select(
            col(m.ActionItem.id),
            col(m.ActionItem.plan_id),
            col(m.ActionItem.title),
            col(m.ActionItem.status),
            col(m.ActionItem.due),
        ).where(
            col(m.ActionItem.deleted_at).is_(None),
            (col(m.ActionItem.status) == ActionStatus.BLOCKED.value)
            | (col(m.ActionItem.status).in_(open_states) & (col(m.ActionItem.due) < today)),
        )
    ):
        holder = trainee_of_plan.get(item_plan)
        if holder is None:  # the plan was deleted or is not the trainee's current one
            continue
        items.append(
            ActionItemFact(
                _id(iid), holder, names.get(holder, ""), title, ActionStatus(status), due
            )
        )
    check_ins = [
        (_id(p), d, int(v))
        for p, d, v in conn.execute(
            sa_select(col(m.CheckIn.plan_id), col(m.CheckIn.date), col(m.CheckIn.progress)).where(
                col(m.CheckIn.deleted_at).is_(None)
            )
        )
        if p in trainee_of_plan
    ]
    facts = Facts(
        sessions=sessions,
        municipalities=municipalities,
        trainees=tuple(trainees),
        feedback=tuple(feedback),
        action_items=tuple(items),
        first_feedback_due=first_round[1] if first_round else None,
    )
    return _Gathered(
        facts,
        stones,
        municipality_of_plan,
        practice.expected_hours_by_plan(session),
        {p: h for p, h in measured.items() if p in trainee_of_plan},
        check_ins,
        per_plan,
    )


def _categories(session: Session, catalogue: Iterable[str]) -> tuple[CategoryCount, ...]:
    counts: dict[str, int] = defaultdict(int)
    hours: dict[str, float] = defaultdict(float)
    # Grouped by the stored list as text: a few dozen combinations instead of every issue.
    tags = cast(col(m.Issue.categories), String)
    workload = col(m.Issue.cases_per_year) * col(m.Issue.minutes_per_case) * col(m.Issue.people)
    for text, n, total in session.connection().execute(
        sa_select(tags, func.count(col(m.Issue.id)), func.sum(workload))
        .where(col(m.Issue.deleted_at).is_(None))
        .group_by(tags)
    ):
        categories = json.loads(text) if text else []
        # Unknown parts leave an issue's hours out (NULL in the product, skipped by SUM).
        spent = annual_hours(float(total), 1.0, 1.0) if total is not None else 0.0
        for category in dict.fromkeys(categories or [""]):
            counts[category] += int(n)
            hours[category] += spent or 0.0
    order = {c: i for i, c in enumerate(catalogue)}
    ranked = sorted(
        counts,
        key=lambda c: (c == "", c not in order, -counts[c], order.get(c, 0), c),
    )
    return tuple(CategoryCount(c, counts[c], hours[c]) for c in ranked)


def _hours(g: _Gathered) -> tuple[MunicipalityHours, ...]:
    expected: dict[str, float] = defaultdict(float)
    measured: dict[str, float] = defaultdict(float)
    plans: dict[str, int] = defaultdict(int)
    measured_plans: dict[str, int] = defaultdict(int)
    for plan_id, muni in g.municipality_of_plan.items():
        plans[muni] += 1
        expected[muni] += g.expected.get(plan_id) or 0.0
        hours = g.measured.get(plan_id)
        if plan_id in g.measured:
            measured_plans[muni] += 1
            measured[muni] += hours or 0.0
    ranked = sorted(plans, key=lambda k: (k == "", -expected[k], k))
    return tuple(
        MunicipalityHours(k, expected[k], measured[k], plans[k], measured_plans[k]) for k in ranked
    )


def _practice_line(g: _Gathered, today: dt.date) -> tuple[ProgressPoint, ...]:
    start = g.stones.practice_start
    if start is None or today < start:
        return ()
    end = today if g.stones.practice_end is None else min(today, g.stones.practice_end)
    plans = len(g.municipality_of_plan)
    return tuple(progress_over_time(g.check_ins, plans, start, end))


def _average_progress(g: _Gathered) -> float | None:
    values = []
    for plan_id in g.municipality_of_plan:
        pp = g.plan_practice.get(plan_id)
        value = rolled_up(pp.item_progress, pp.last_progress) if pp is not None else None
        values.append(value or 0)
    return sum(values) / len(values) if values else None


def build_dashboard(workshop: Workshop, today: dt.date) -> Dashboard:
    """Everything the home page shows on *today*."""
    info = get_programme(workshop)
    sessions = tuple(list_sessions(workshop))
    phases = phase_progress(workshop)
    lines = progress_lines(workshop, phases)
    with workshop.session() as session:
        gathered = _gather(session, today)
        categories = _categories(session, info.issue_categories)
    return Dashboard(
        today=today,
        programme=info,
        sessions=sessions,
        next_session=current_session_index(list(sessions), today),
        milestones=gathered.stones,
        phases=phases,
        lines=lines,
        actions=next_actions(gathered.facts, today),
        categories=categories,
        hours=_hours(gathered),
        practice=_practice_line(gathered, today),
        average_progress=_average_progress(gathered),
    )


def facts(workshop: Workshop, today: dt.date) -> Facts:
    """The plain facts the next-action rules read (for tests and tools)."""
    with workshop.session() as session:
        return _gather(session, today).facts


def actions_for(workshop: Workshop, today: dt.date) -> tuple[NextAction, ...]:
    """The facilitator's next actions on *today*."""
    return next_actions(facts(workshop, today), today)


@dataclass(frozen=True, slots=True)
class NavigatorBadges:
    """What needs attention beside each navigator page, by the next-action rules."""

    attention: dict[str, PageAttention]
    actions: tuple[NextAction, ...]


def navigator_badges(workshop: Workshop, today: dt.date) -> NavigatorBadges:
    """The badges by the same rules as the dashboard's next actions."""
    found = actions_for(workshop, today)
    return NavigatorBadges(attention_by_page(found), found)
