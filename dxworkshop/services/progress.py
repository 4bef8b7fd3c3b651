"""How far each phase has come: the numbers behind the navigator's badges (e.g. 8/10) and
the finer lines of the home dashboard (per measure, feedback per round)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import distinct, func
from sqlmodel import Session, col, select

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, HearingStatus, Phase, Role
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


def _count(session: Session, stmt: object) -> int:
    return int(session.exec(stmt).one())  # type: ignore[call-overload]


def phase_progress(workshop: Workshop) -> dict[Phase, PhaseProgress]:
    """Done/total per phase, counted over live rows with a few aggregate queries."""
    with workshop.session() as s:
        live_person = col(m.Person.deleted_at).is_(None)
        trainee_ids = (
            select(m.PersonRole.person_id)
            .join(m.Person, col(m.Person.id) == col(m.PersonRole.person_id))
            .where(m.PersonRole.role == Role.TRAINEE.value, live_person)
        )
        trainees = _count(s, select(func.count()).select_from(trainee_ids.subquery()))
        supervised = _count(
            s,
            select(func.count(col(m.Person.id))).where(
                col(m.Person.id).in_(trainee_ids), col(m.Person.supervisor_id).is_not(None)
            ),
        )
        municipalities = _count(
            s,
            select(func.count(col(m.Municipality.id))).where(
                col(m.Municipality.deleted_at).is_(None)
            ),
        )
        live_hearing = col(m.Hearing.deleted_at).is_(None)
        hearings_done = _count(
            s,
            select(func.count(distinct(col(m.Hearing.municipality_id)))).where(
                live_hearing, m.Hearing.status == HearingStatus.DONE.value
            ),
        )
        live_issue = col(m.Issue.deleted_at).is_(None)
        with_issues = _count(
            s,
            select(func.count(distinct(col(m.Issue.owner_id)))).where(
                live_issue, col(m.Issue.owner_id).in_(trainee_ids)
            ),
        )
        with_theme = _count(
            s,
            select(func.count(col(m.Theme.trainee_id))).where(
                col(m.Theme.trainee_id).in_(trainee_ids)
            ),
        )
        live_plan = col(m.Plan.deleted_at).is_(None)
        with_plan = _count(
            s,
            select(func.count(distinct(col(m.Plan.trainee_id)))).where(
                live_plan, col(m.Plan.trainee_id).in_(trainee_ids)
            ),
        )
        live_feedback = col(m.Feedback.deleted_at).is_(None)
        feedback_total = _count(s, select(func.count(col(m.Feedback.id))).where(live_feedback))
        feedback_in = _count(
            s,
            select(func.count(col(m.Feedback.id))).where(
                live_feedback, m.Feedback.status != FeedbackStatus.REQUESTED.value
            ),
        )
        plans = _count(s, select(func.count(col(m.Plan.id))).where(live_plan))
        practising = _count(
            s,
            select(func.count(distinct(col(m.CheckIn.plan_id)))).where(
                col(m.CheckIn.deleted_at).is_(None)
            ),
        )
        outcomes = _count(s, select(func.count(col(m.Outcome.plan_id))))
    numbers = {
        Phase.SETUP: (supervised, trainees),
        Phase.HEARING: (hearings_done, municipalities),
        Phase.ISSUES: (with_issues, trainees),
        Phase.PRIORITIZE: (with_theme, trainees),
        Phase.PLANS: (with_plan, with_theme),
        Phase.FEEDBACK: (feedback_in, feedback_total),
        Phase.PRACTICE: (practising, plans),
        Phase.REPORT: (outcomes, plans),
    }
    return {phase: PhaseProgress(phase, *numbers[phase]) for phase in Phase}


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


def progress_lines(
    workshop: Workshop, phases: dict[Phase, PhaseProgress] | None = None
) -> tuple[ProgressLine, ...]:
    """The dashboard's completion lines, phase by phase, with aggregate queries only
    (*phases*: ``phase_progress`` already at hand)."""
    base = phases if phases is not None else phase_progress(workshop)
    with workshop.session() as s:
        live_person = col(m.Person.deleted_at).is_(None)
        trainee_ids = (
            select(m.PersonRole.person_id)
            .join(m.Person, col(m.Person.id) == col(m.PersonRole.person_id))
            .where(m.PersonRole.role == Role.TRAINEE.value, live_person)
        )
        live_issue = col(m.Issue.deleted_at).is_(None)
        with_scores = _count(
            s,
            select(func.count(distinct(col(m.Issue.owner_id))))
            .join(m.Score, col(m.Score.issue_id) == col(m.Issue.id))
            .where(live_issue, col(m.Issue.owner_id).in_(trainee_ids)),
        )
        live_plan = col(m.Plan.deleted_at).is_(None)
        plans = _count(s, select(func.count(col(m.Plan.id))).where(live_plan))
        brushed_up = _count(
            s,
            select(func.count(distinct(col(m.PlanVersion.plan_id))))
            .join(m.Plan, col(m.Plan.id) == col(m.PlanVersion.plan_id))
            .where(live_plan, col(m.PlanVersion.number) >= 2),
        )
        rounds = s.exec(
            select(m.FeedbackRound)
            .where(col(m.FeedbackRound.deleted_at).is_(None))
            .order_by(col(m.FeedbackRound.number), col(m.FeedbackRound.id))
        ).all()
        per_round: dict[int, tuple[int, int]] = {}
        for round_id, status, n in s.exec(
            select(m.Feedback.round_id, m.Feedback.status, func.count(col(m.Feedback.id)))
            .where(col(m.Feedback.deleted_at).is_(None))
            .group_by(col(m.Feedback.round_id), col(m.Feedback.status))
        ).all():
            done, total = per_round.get(round_id, (0, 0))
            received = status != FeedbackStatus.REQUESTED.value
            per_round[round_id] = (done + (n if received else 0), total + n)
        live_item = col(m.ActionItem.deleted_at).is_(None)
        items = _count(
            s,
            select(func.count(col(m.ActionItem.id)))
            .join(m.Plan, col(m.Plan.id) == col(m.ActionItem.plan_id))
            .where(live_item, live_plan),
        )
        items_done = _count(
            s,
            select(func.count(col(m.ActionItem.id)))
            .join(m.Plan, col(m.Plan.id) == col(m.ActionItem.plan_id))
            .where(live_item, live_plan, m.ActionItem.status == ActionStatus.DONE.value),
        )
        checked_in = _count(
            s,
            select(func.count(distinct(col(m.CheckIn.plan_id))))
            .join(m.Plan, col(m.Plan.id) == col(m.CheckIn.plan_id))
            .where(col(m.CheckIn.deleted_at).is_(None), live_plan),
        )
        outcomes = _count(
            s,
            select(func.count(col(m.Outcome.plan_id)))
            .join(m.Plan, col(m.Plan.id) == col(m.Outcome.plan_id))
            .where(live_plan),
        )
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
    for r in rounds:
        assert r.id is not None
        done, total = per_round.get(r.id, (0, 0))
        lines.append(
            ProgressLine(Phase.FEEDBACK, Measure.FEEDBACK_RECEIVED, done, total, r.number, r.title)
        )
    lines += [
        ProgressLine(Phase.PRACTICE, Measure.CHECKED_IN, checked_in, plans),
        ProgressLine(Phase.PRACTICE, Measure.ITEMS_DONE, items_done, items),
        ProgressLine(Phase.REPORT, Measure.OUTCOMES, outcomes, plans),
    ]
    return tuple(lines)
