"""How far each phase has come: the numbers behind the navigator's badges (e.g. 8/10)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func
from sqlmodel import Session, col, select

from dxworkshop.domain.enums import FeedbackStatus, HearingStatus, Phase, Role
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
