"""How far each phase has come: the numbers behind the navigator's badges (e.g. 8/10) and
the finer lines of the home dashboard (per measure, feedback per round)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import distinct, exists, func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, HearingStatus, Phase, Role
from dxworkshop.services import ops
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@dataclass(frozen=True, slots=True)
class PhaseProgress:
    phase: Phase
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


@functools.cache
def _phase_counts() -> Any:
    """One statement of thirteen counts (built once: building costs more than running).

    Per trainee counts probe the indexes (EXISTS on issue.owner_id, plan.trainee_id)
    instead of reading every issue."""
    live_person = col(m.Person.deleted_at).is_(None)
    trainee = (
        select(col(m.PersonRole.person_id).label("id"))
        .join(m.Person, col(m.Person.id) == col(m.PersonRole.person_id))
        .where(m.PersonRole.role == Role.TRAINEE.value, live_person)
        .subquery("trainee")
    )
    trainee_ids = select(trainee.c.id)

    def of_trainees(*where: Any) -> Any:
        return select(func.count()).select_from(trainee).where(*where).scalar_subquery()

    live_issue = col(m.Issue.deleted_at).is_(None)
    live_plan = col(m.Plan.deleted_at).is_(None)
    live_feedback = col(m.Feedback.deleted_at).is_(None)
    counts = {
        "trainees": of_trainees(),
        "supervised": select(func.count(col(m.Person.id)))
        .where(col(m.Person.id).in_(trainee_ids), col(m.Person.supervisor_id).is_not(None))
        .scalar_subquery(),
        "municipalities": select(func.count(col(m.Municipality.id)))
        .where(col(m.Municipality.deleted_at).is_(None))
        .scalar_subquery(),
        "hearings_done": select(func.count(distinct(col(m.Hearing.municipality_id))))
        .where(col(m.Hearing.deleted_at).is_(None), m.Hearing.status == HearingStatus.DONE.value)
        .scalar_subquery(),
        "with_issues": of_trainees(
            exists().where(col(m.Issue.owner_id) == trainee.c.id, live_issue)
        ),
        "with_theme": of_trainees(exists().where(col(m.Theme.trainee_id) == trainee.c.id)),
        "with_plan": of_trainees(exists().where(col(m.Plan.trainee_id) == trainee.c.id, live_plan)),
        "feedback_total": select(func.count(col(m.Feedback.id)))
        .where(live_feedback)
        .scalar_subquery(),
        "feedback_in": select(func.count(col(m.Feedback.id)))
        .where(live_feedback, m.Feedback.status != FeedbackStatus.REQUESTED.value)
        .scalar_subquery(),
        "plans": select(func.count(col(m.Plan.id))).where(live_plan).scalar_subquery(),
        "practising": select(func.count(distinct(col(m.CheckIn.plan_id))))
        .where(col(m.CheckIn.deleted_at).is_(None))
        .scalar_subquery(),
        "outcomes": select(func.count(col(m.Outcome.plan_id))).scalar_subquery(),
    }
    return sa_select(*(value.label(key) for key, value in counts.items()))


#: The kinds of records the phase counts read (``services.ops.Kind``): an edit of other
#: kinds (a score, a vote, a group, a setting) leaves them as they are.
PHASE_KINDS = frozenset(
    {
        ops.Kind.PERSON,
        ops.Kind.MUNICIPALITY,
        ops.Kind.HEARING,
        ops.Kind.ISSUE,
        ops.Kind.THEME,
        ops.Kind.PLAN,
        ops.Kind.FEEDBACK,
        ops.Kind.PRACTICE,
    }
)


def phase_progress(workshop: Workshop) -> dict[Phase, PhaseProgress]:
    """Done/total per phase, counted over live rows in one query of counts."""
    with workshop.session() as s:
        c = s.connection().execute(_phase_counts()).one()._mapping
    numbers = {
        Phase.SETUP: (c["supervised"], c["trainees"]),
        Phase.HEARING: (c["hearings_done"], c["municipalities"]),
        Phase.ISSUES: (c["with_issues"], c["trainees"]),
        Phase.PRIORITIZE: (c["with_theme"], c["trainees"]),
        Phase.PLANS: (c["with_plan"], c["with_theme"]),
        Phase.FEEDBACK: (c["feedback_in"], c["feedback_total"]),
        Phase.PRACTICE: (c["practising"], c["plans"]),
        Phase.REPORT: (c["outcomes"], c["plans"]),
    }
    return {
        phase: PhaseProgress(phase, int(numbers[phase][0]), int(numbers[phase][1]))
        for phase in Phase
    }


class Measure(StrEnum):
    """What a line of the dashboard's progress counts (done of total)."""

    SUPERVISED = "supervised"  # trainees with a supervisor / trainees
    HEARINGS_DONE = "hearings_done"  # municipalities heard / municipalities
    WITH_ISSUES = "with_issues"  # trainees with issues / trainees
    WITH_SCORES = "with_scores"  # trainees with a scored issue / trainees
    WITH_THEME = "with_theme"  # trainees with a theme / trainees
    WITH_PLAN = "with_plan"  # trainees with a plan / trainees with a theme
    BRUSHED_UP = "brushed_up"  # plans with a second version / plans
    FEEDBACK_RECEIVED = "feedback_received"  # of one round: received / requested
    CHECKED_IN = "checked_in"  # plans with a check-in / plans
    ITEMS_DONE = "items_done"  # action items done / action items
    OUTCOMES = "outcomes"  # plans with an outcome / plans


@dataclass(frozen=True, slots=True)
class ProgressLine:
    phase: Phase
    measure: Measure
    done: int
    total: int
    round_number: int | None = None  # FEEDBACK_RECEIVED: the round
    round_title: str = ""

    @property
    def share(self) -> float | None:
        return self.done / self.total if self.total else None


@functools.cache
def _line_counts() -> Any:
    """The counts of the dashboard's finer lines in one statement (built once)."""
    trainee = (
        select(col(m.PersonRole.person_id).label("id"))
        .join(m.Person, col(m.Person.id) == col(m.PersonRole.person_id))
        .where(m.PersonRole.role == Role.TRAINEE.value, col(m.Person.deleted_at).is_(None))
        .subquery("trainee")
    )
    live_plan = col(m.Plan.deleted_at).is_(None)
    live_item = col(m.ActionItem.deleted_at).is_(None)
    scored = exists().where(
        col(m.Issue.owner_id) == trainee.c.id,
        col(m.Issue.deleted_at).is_(None),
        exists().where(col(m.Score.issue_id) == col(m.Issue.id)),
    )
    counts = {
        # trainees with a live issue that has a score (probing the indexes per trainee)
        "with_scores": select(func.count()).select_from(trainee).where(scored),
        "plans": select(func.count(col(m.Plan.id))).where(live_plan),
        "brushed_up": select(func.count(distinct(col(m.PlanVersion.plan_id))))
        .join(m.Plan, col(m.Plan.id) == col(m.PlanVersion.plan_id))
        .where(live_plan, col(m.PlanVersion.number) >= 2),
        "items": select(func.count(col(m.ActionItem.id)))
        .join(m.Plan, col(m.Plan.id) == col(m.ActionItem.plan_id))
        .where(live_item, live_plan),
        "items_done": select(func.count(col(m.ActionItem.id)))
        .join(m.Plan, col(m.Plan.id) == col(m.ActionItem.plan_id))
        .where(live_item, live_plan, m.ActionItem.status == ActionStatus.DONE.value),
        "checked_in": select(func.count(distinct(col(m.CheckIn.plan_id))))
        .join(m.Plan, col(m.Plan.id) == col(m.CheckIn.plan_id))
        .where(col(m.CheckIn.deleted_at).is_(None), live_plan),
        "outcomes": select(func.count(col(m.Outcome.plan_id)))
        .join(m.Plan, col(m.Plan.id) == col(m.Outcome.plan_id))
        .where(live_plan),
    }
    return sa_select(*(q.scalar_subquery().label(k) for k, q in counts.items()))


def progress_lines(
    workshop: Workshop, phases: dict[Phase, PhaseProgress] | None = None
) -> tuple[ProgressLine, ...]:
    """The dashboard's completion lines, phase by phase, with aggregate queries only
    (*phases*: ``phase_progress`` already at hand)."""
    base = phases if phases is not None else phase_progress(workshop)
    with workshop.session() as s:
        conn = s.connection()
        c = conn.execute(_line_counts()).one()._mapping
        with_scores, plans, brushed_up = c["with_scores"], c["plans"], c["brushed_up"]
        items, items_done = c["items"], c["items_done"]
        checked_in, outcomes = c["checked_in"], c["outcomes"]
        rounds = conn.execute(
            sa_select(
                col(m.FeedbackRound.id), col(m.FeedbackRound.number), col(m.FeedbackRound.title)
            )
            .where(col(m.FeedbackRound.deleted_at).is_(None))
            .order_by(col(m.FeedbackRound.number), col(m.FeedbackRound.id))
        ).all()
        per_round: dict[int | None, tuple[int, int]] = {}
        for round_id, status, n in conn.execute(
            sa_select(
                col(m.Feedback.round_id), col(m.Feedback.status), func.count(col(m.Feedback.id))
            )
            .where(col(m.Feedback.deleted_at).is_(None))
            .group_by(col(m.Feedback.round_id), col(m.Feedback.status))
        ).all():
            done, total = per_round.get(round_id, (0, 0))
            received = status != FeedbackStatus.REQUESTED.value
            per_round[round_id] = (done + (n if received else 0), total + n)
    trainees = base[Phase.ISSUES].total
    lines = [
        ProgressLine(Phase.SETUP, Measure.SUPERVISED, base[Phase.SETUP].done, trainees),
        ProgressLine(
            Phase.HEARING,
            Measure.HEARINGS_DONE,
            base[Phase.HEARING].done,
            base[Phase.HEARING].total,
        ),
        ProgressLine(Phase.ISSUES, Measure.WITH_ISSUES, base[Phase.ISSUES].done, trainees),
        ProgressLine(Phase.PRIORITIZE, Measure.WITH_SCORES, with_scores, trainees),
        ProgressLine(Phase.PRIORITIZE, Measure.WITH_THEME, base[Phase.PRIORITIZE].done, trainees),
        ProgressLine(
            Phase.PLANS, Measure.WITH_PLAN, base[Phase.PLANS].done, base[Phase.PLANS].total
        ),
        ProgressLine(Phase.PLANS, Measure.BRUSHED_UP, brushed_up, plans),
    ]
    for rid, number, title in rounds:
        done, total = per_round.get(rid, (0, 0))
        lines.append(
            ProgressLine(Phase.FEEDBACK, Measure.FEEDBACK_RECEIVED, done, total, number, title)
        )
    lines += [
        ProgressLine(Phase.PRACTICE, Measure.CHECKED_IN, checked_in, plans),
        ProgressLine(Phase.PRACTICE, Measure.ITEMS_DONE, items_done, items),
        ProgressLine(Phase.REPORT, Measure.OUTCOMES, outcomes, plans),
    ]
    return tuple(lines)
