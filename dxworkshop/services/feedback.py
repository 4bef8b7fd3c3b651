"""Feedback rounds (フィードバック回) and the feedback of supervisors and instructors.

A round has a number, a title and a due date. In a round each trainee's plan gets
feedback from their supervisor (上司) and from an instructor (講師), each on a given plan
version: rubric ratings, good points, points to improve, the support the reviewer will
give, a decision (承認 / 条件付き承認 / 再検討), a status (requested → received →
addressed) and the trainee's response. ``overview`` is the grid of trainees × reviewers;
whether a request is overdue is decided by ``domain.feedback_rules`` against ``today``
(injectable, so tests fix the date).

Every mutating call commits at once and returns what its undo needs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from dxworkshop.domain import feedback_rules as rules
from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole, Role
from dxworkshop.domain.feedback_rules import CellState
from dxworkshop.services import ops
from dxworkshop.services._common import (
    UNSET,
    Unset,
    check_date,
    plain_text,
    required_text,
)
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

TEXT_FIELDS: tuple[str, ...] = ("good_points", "improvements", "support", "response")
#: What the reviewer writes: entering any of it on a request means it was received.
REVIEWER_FIELDS: tuple[str, ...] = ("good_points", "improvements", "support", "decision")
EDITABLE_FIELDS: tuple[str, ...] = (*TEXT_FIELDS, "decision", "status")


# --- read models -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: int
    number: int
    title: str
    due: dt.date | None
    requested: int  # feedback waiting for comments
    received: int
    addressed: int
    overdue: int


@dataclass(frozen=True, slots=True)
class RoundEdit:
    """``update_round(ws, id, **old)`` undoes it."""

    round_id: int
    old: Mapping[str, Any]
    new: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FeedbackRow:
    id: int
    round_id: int
    round_number: int
    round_title: str
    due: dt.date | None
    plan_id: int
    plan_version_id: int
    version_number: int
    latest_version_number: int
    trainee_id: int
    trainee_name: str
    reviewer_id: int
    reviewer_name: str
    role: ReviewerRole
    ratings: tuple[tuple[int, int], ...]  # (rubric item id, value)
    good_points: str
    improvements: str
    support: str
    decision: Decision | None
    status: FeedbackStatus
    response: str
    addressed_in_version_id: int | None
    addressed_in_version_number: int | None
    state: CellState
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.state == CellState.OVERDUE

    def rating(self, rubric_item_id: int) -> int | None:
        return dict(self.ratings).get(rubric_item_id)

    @property
    def has_content(self) -> bool:
        return bool(
            self.ratings
            or self.good_points
            or self.improvements
            or self.support
            or self.decision is not None
        )


@dataclass(frozen=True, slots=True)
class FeedbackEdit:
    """One field changed (and maybe the status with it); ``restore_feedback`` undoes it."""

    feedback_id: int
    field: str
    old: Any
    new: Any
    old_status: FeedbackStatus
    new_status: FeedbackStatus
    old_link: int | None = None  # addressed_in_version_id before and after
    new_link: int | None = None


@dataclass(frozen=True, slots=True)
class RatingEdit:
    feedback_id: int
    rubric_item_id: int
    old: int | None
    new: int | None
    old_status: FeedbackStatus
    new_status: FeedbackStatus


@dataclass(frozen=True, slots=True)
class RequestResult:
    """What ``request_feedback`` did: the feedback created, and who could not be asked."""

    round_id: int
    created: tuple[int, ...]
    already: int  # requests that existed before (repeating the request adds none)
    without_supervisor: tuple[str, ...]  # trainees (names) with a plan but no supervisor
    without_instructor: tuple[str, ...]  # trainees no instructor could be found for
    without_plan: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OverviewCell:
    feedback_id: int | None
    reviewer_id: int | None
    reviewer_name: str
    role: ReviewerRole
    state: CellState
    decision: Decision | None
    version_number: int | None
    days_overdue: int


@dataclass(frozen=True, slots=True)
class OverviewColumn:
    role: ReviewerRole
    index: int  # 0 for the first reviewer of the role, 1 for a second …


@dataclass(frozen=True, slots=True)
class OverviewRow:
    trainee_id: int
    name: str
    kana: str
    municipality_name: str
    plan_id: int | None
    latest_version_number: int | None
    cells: tuple[OverviewCell, ...]  # one per column of the overview

    @property
    def id(self) -> int:
        return self.trainee_id


@dataclass(frozen=True, slots=True)
class Overview:
    round: RoundRow | None
    columns: tuple[OverviewColumn, ...]
    rows: tuple[OverviewRow, ...]
    today: dt.date


@dataclass(frozen=True, slots=True)
class SupervisorRow:
    """A supervisor with trainees who have a plan (one feedback form each)."""

    id: int
    name: str
    kana: str
    municipality_name: str
    trainee_ids: tuple[int, ...]


# --- helpers -----------------------------------------------------------------------------


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else dt.date.today()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _live_round(session: Session, round_id: int) -> m.FeedbackRound:
    row = session.get(m.FeedbackRound, round_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("feedback round", round_id)
    return row


def _live_feedback(session: Session, feedback_id: int) -> m.Feedback:
    row = session.get(m.Feedback, feedback_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("feedback", feedback_id)
    return row


def _live_rounds(session: Session) -> list[m.FeedbackRound]:
    return list(
        session.exec(
            select(m.FeedbackRound)
            .where(col(m.FeedbackRound.deleted_at).is_(None))
            .order_by(col(m.FeedbackRound.number), col(m.FeedbackRound.id))
        ).all()
    )


def _ratings(session: Session, feedback_ids: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
    ids = list(feedback_ids)
    found: dict[int, list[tuple[int, int]]] = {}
    if not ids:
        return found
    live_items = {
        r.id: r.position
        for r in session.exec(
            select(m.RubricItem).where(col(m.RubricItem.deleted_at).is_(None))
        ).all()
    }
    for rating in session.exec(
        select(m.FeedbackRating).where(col(m.FeedbackRating.feedback_id).in_(ids))
    ).all():
        if rating.rubric_item_id in live_items:
            found.setdefault(rating.feedback_id, []).append((rating.rubric_item_id, rating.value))
    for pairs in found.values():
        pairs.sort(key=lambda p: (live_items[p[0]], p[0]))
    return found


class _Context:
    """Names, versions and rounds of *feedback*, looked up once for all its rows (only
    those it refers to: one trainee's two rows must not load the whole programme)."""

    def __init__(self, session: Session, feedback: list[m.Feedback]) -> None:
        version_ids = {f.plan_version_id for f in feedback} | {
            f.addressed_in_version_id for f in feedback if f.addressed_in_version_id is not None
        }
        self.versions = {
            v.id: v
            for v in session.exec(
                select(m.PlanVersion).where(col(m.PlanVersion.id).in_(version_ids))
            ).all()
        }
        plan_ids = {v.plan_id for v in self.versions.values()}
        self.plans = {
            p.id: p for p in session.exec(select(m.Plan).where(col(m.Plan.id).in_(plan_ids))).all()
        }
        person_ids = {f.reviewer_id for f in feedback} | {p.trainee_id for p in self.plans.values()}
        self.people = {
            p.id: p
            for p in session.exec(select(m.Person).where(col(m.Person.id).in_(person_ids))).all()
        }
        round_ids = {f.round_id for f in feedback}
        self.rounds = {
            r.id: r
            for r in session.exec(
                select(m.FeedbackRound).where(col(m.FeedbackRound.id).in_(round_ids))
            ).all()
        }
        latest = session.exec(
            select(m.PlanVersion.plan_id, func.max(m.PlanVersion.number))
            .where(col(m.PlanVersion.plan_id).in_(plan_ids))
            .group_by(col(m.PlanVersion.plan_id))
        ).all()
        self.latest: dict[int, int] = {plan_id: number for plan_id, number in latest}

    def row(self, f: m.Feedback, ratings: list[tuple[int, int]], today: dt.date) -> FeedbackRow:
        rnd = self.rounds.get(f.round_id)
        version = self.versions.get(f.plan_version_id)
        plan_id = version.plan_id if version is not None else 0
        plan = self.plans.get(plan_id)
        trainee = self.people.get(plan.trainee_id) if plan is not None else None
        reviewer = self.people.get(f.reviewer_id)
        addressed = (
            self.versions.get(f.addressed_in_version_id)
            if f.addressed_in_version_id is not None
            else None
        )
        due = rnd.due if rnd is not None else None
        return FeedbackRow(
            id=_id(f.id),
            round_id=f.round_id,
            round_number=rnd.number if rnd is not None else 0,
            round_title=rnd.title if rnd is not None else "",
            due=due,
            plan_id=plan_id,
            plan_version_id=f.plan_version_id,
            version_number=version.number if version is not None else 0,
            latest_version_number=self.latest.get(plan_id, 0),
            trainee_id=plan.trainee_id if plan is not None else 0,
            trainee_name=trainee.name if trainee is not None else "",
            reviewer_id=f.reviewer_id,
            reviewer_name=reviewer.name if reviewer is not None else "",
            role=ReviewerRole(f.role),
            ratings=tuple(ratings),
            good_points=f.good_points,
            improvements=f.improvements,
            support=f.support,
            decision=Decision(f.decision) if f.decision else None,
            status=FeedbackStatus(f.status),
            response=f.response,
            addressed_in_version_id=f.addressed_in_version_id,
            addressed_in_version_number=addressed.number if addressed is not None else None,
            state=rules.cell_state(f.status, due, today),
            days_overdue=rules.days_overdue(f.status, due, today),
        )


def _rows(session: Session, feedback: Iterable[m.Feedback], today: dt.date) -> list[FeedbackRow]:
    items = list(feedback)
    context = _Context(session, items)
    ratings = _ratings(session, (_id(f.id) for f in items))
    return [context.row(f, ratings.get(_id(f.id), []), today) for f in items]


# --- rounds -----------------------------------------------------------------------------------


def list_rounds(workshop: Workshop, *, today: dt.date | None = None) -> list[RoundRow]:
    day = _today(today)
    with workshop.session() as session:
        rounds = _live_rounds(session)
        counts = _status_counts(session)
        return [_round_row(r, counts.get(_id(r.id), Counter()), day) for r in rounds]


def _status_counts(session: Session, round_id: int | None = None) -> dict[int, Counter[str]]:
    """Round id → how many live feedback of each status it has (counted in SQL)."""
    stmt = (
        sa_select(col(m.Feedback.round_id), col(m.Feedback.status), func.count())
        .where(col(m.Feedback.deleted_at).is_(None))
        .group_by(col(m.Feedback.round_id), col(m.Feedback.status))
    )
    if round_id is not None:
        stmt = stmt.where(col(m.Feedback.round_id) == round_id)
    counts: dict[int, Counter[str]] = {}
    for rid, status, n in session.execute(stmt):
        counts.setdefault(rid, Counter())[status] = n
    return counts


def _round_row(r: m.FeedbackRound, statuses: Counter[str], today: dt.date) -> RoundRow:
    return RoundRow(
        id=_id(r.id),
        number=r.number,
        title=r.title,
        due=r.due,
        requested=statuses[FeedbackStatus.REQUESTED.value],
        received=statuses[FeedbackStatus.RECEIVED.value],
        addressed=statuses[FeedbackStatus.ADDRESSED.value],
        overdue=sum(
            n for s, n in statuses.items() if rules.is_overdue(FeedbackStatus(s), r.due, today)
        ),
    )


def get_round(workshop: Workshop, round_id: int, *, today: dt.date | None = None) -> RoundRow:
    with workshop.session() as session:
        r = _live_round(session, round_id)
        counts = _status_counts(session, round_id).get(round_id, Counter())
        return _round_row(r, counts, _today(today))


def _check_number(number: int) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 99:
        raise ValidationError("number", "out_of_range", f"{number!r} is not a round number")
    return number


def _refuse_duplicate_number(session: Session, number: int, but: int | None) -> None:
    for r in _live_rounds(session):
        if r.number == number and r.id != but:
            raise ValidationError("number", "duplicate", f"round {number} exists already")


def add_round(
    workshop: Workshop, title: str, due: dt.date | None = None, *, number: int | None = None
) -> RoundRow:
    """A new round; without *number* it comes after the last one."""
    title = required_text("title", title)
    due = check_date("due", due)
    with workshop.session() as session:
        if number is None:
            number = max((r.number for r in _live_rounds(session)), default=0) + 1
        number = _check_number(number)
        _refuse_duplicate_number(session, number, None)
        row = m.FeedbackRound(number=number, title=title, due=due)
        session.add(row)
        session.commit()
        return _round_row(row, Counter(), dt.date.today())


def update_round(
    workshop: Workshop,
    round_id: int,
    *,
    number: int | Unset = UNSET,
    title: str | Unset = UNSET,
    due: dt.date | Unset | None = UNSET,
) -> RoundEdit:
    with workshop.session() as session:
        row = _live_round(session, round_id)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        if not isinstance(number, Unset):
            value = _check_number(number)
            _refuse_duplicate_number(session, value, round_id)
            old["number"], new["number"] = row.number, value
            row.number = value
        if not isinstance(title, Unset):
            text = required_text("title", title)
            old["title"], new["title"] = row.title, text
            row.title = text
        if not isinstance(due, Unset):
            day = check_date("due", due)
            old["due"], new["due"] = row.due, day
            row.due = day
        session.add(row)
        session.commit()
        return RoundEdit(round_id, old, new)


def set_round_deleted(workshop: Workshop, round_id: int, deleted: bool) -> None:
    """Soft-delete a round (its feedback is kept with it), or restore it for undo."""
    with workshop.session() as session:
        row = session.get(m.FeedbackRound, round_id)
        if row is None:
            raise NotFound("feedback round", round_id)
        if not deleted and row.deleted_at is not None:
            _refuse_duplicate_number(session, row.number, round_id)
        row.deleted_at = _now() if deleted else None
        session.add(row)
        session.commit()


# --- feedback ---------------------------------------------------------------------------------


def get_feedback(
    workshop: Workshop, feedback_id: int, *, today: dt.date | None = None
) -> FeedbackRow:
    with workshop.session() as session:
        return _rows(session, [_live_feedback(session, feedback_id)], _today(today))[0]


def list_feedback(
    workshop: Workshop,
    *,
    round_id: int | None = None,
    plan_id: int | None = None,
    reviewer_id: int | None = None,
    today: dt.date | None = None,
) -> list[FeedbackRow]:
    """Live feedback (of a round, a plan, a reviewer), by round, trainee and role."""
    with workshop.session() as session:
        stmt = select(m.Feedback).where(col(m.Feedback.deleted_at).is_(None))
        live_rounds = select(m.FeedbackRound.id).where(col(m.FeedbackRound.deleted_at).is_(None))
        stmt = stmt.where(col(m.Feedback.round_id).in_(live_rounds))
        if round_id is not None:
            stmt = stmt.where(m.Feedback.round_id == round_id)
        if reviewer_id is not None:
            stmt = stmt.where(m.Feedback.reviewer_id == reviewer_id)
        if plan_id is not None:
            versions = select(m.PlanVersion.id).where(m.PlanVersion.plan_id == plan_id)
            stmt = stmt.where(col(m.Feedback.plan_version_id).in_(versions))
        rows = _rows(session, session.exec(stmt.order_by(col(m.Feedback.id))).all(), _today(today))
    roles = list(ReviewerRole)
    return sorted(rows, key=lambda r: (r.round_number, r.trainee_id, roles.index(r.role), r.id))


def _has_role(session: Session, person_id: int, role: Role) -> bool:
    return session.get(m.PersonRole, (person_id, role.value)) is not None


def _check_reviewer(session: Session, reviewer_id: int, role: ReviewerRole) -> m.Person:
    person = session.get(m.Person, reviewer_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("person", reviewer_id)
    if not _has_role(session, reviewer_id, Role(role.value)):
        raise ValidationError(
            "reviewer", "bad_role", f"{person.name} is not registered as a {role.value}"
        )
    return person


def _existing(session: Session, round_id: int, plan_id: int, reviewer_id: int) -> m.Feedback | None:
    versions = select(m.PlanVersion.id).where(m.PlanVersion.plan_id == plan_id)
    return session.exec(
        select(m.Feedback).where(
            m.Feedback.round_id == round_id,
            m.Feedback.reviewer_id == reviewer_id,
            col(m.Feedback.plan_version_id).in_(versions),
            col(m.Feedback.deleted_at).is_(None),
        )
    ).first()


def add_feedback(
    workshop: Workshop,
    round_id: int,
    plan_version_id: int,
    reviewer_id: int,
    role: ReviewerRole | str,
) -> FeedbackRow:
    """Request feedback from *reviewer* on a plan version; one per round, plan and reviewer."""
    role = ReviewerRole(role)
    with workshop.session() as session:
        _live_round(session, round_id)
        version = session.get(m.PlanVersion, plan_version_id)
        plan = session.get(m.Plan, version.plan_id) if version is not None else None
        if version is None or plan is None or plan.deleted_at is not None:
            raise NotFound("plan version", plan_version_id)
        _check_reviewer(session, reviewer_id, role)
        if _existing(session, round_id, version.plan_id, reviewer_id) is not None:
            raise ValidationError(
                "reviewer", "duplicate", "this reviewer's feedback is already requested"
            )
        row = m.Feedback(
            round_id=round_id,
            plan_version_id=plan_version_id,
            reviewer_id=reviewer_id,
            role=role.value,
        )
        session.add(row)
        session.commit()
        return _rows(session, [row], dt.date.today())[0]


def set_feedback_deleted(workshop: Workshop, feedback_ids: Iterable[int], deleted: bool) -> None:
    """Soft-delete feedback (ratings kept), or restore it for undo; all in one go."""
    with workshop.session() as session:
        stamp = _now() if deleted else None
        for ident in feedback_ids:
            row = session.get(m.Feedback, ident)
            if row is None:
                raise NotFound("feedback", ident)
            row.deleted_at = stamp
            session.add(row)
        session.commit()


def _clean_field(field: str, value: Any) -> Any:
    if field not in EDITABLE_FIELDS:
        raise ValidationError(field, "bad_value", f"{field} is not a field of feedback")
    if field == "decision":
        if value is None or value == "":
            return None
        try:
            return Decision(value).value
        except ValueError:
            raise ValidationError("decision", "bad_value", f"{value!r} is not a decision") from None
    if field == "status":
        try:
            return FeedbackStatus(value).value
        except ValueError:
            raise ValidationError("status", "bad_value", f"{value!r} is not a status") from None
    return plain_text(value)


def update_feedback(workshop: Workshop, feedback_id: int, field: str, value: Any) -> FeedbackEdit:
    """Change one field. A status change must follow requested → received → addressed (one
    step either way); comments or a decision entered on a request make it "received"."""
    new = _clean_field(field, value)
    with workshop.session() as session:
        row = _live_feedback(session, feedback_id)
        old_status = FeedbackStatus(row.status)
        old = getattr(row, field)
        old_link = row.addressed_in_version_id
        if field == "status":
            if not rules.transition_allowed(old_status, new):
                raise ValidationError(
                    "status", "bad_transition", f"the status cannot go from {old} to {new}"
                )
            new_status = FeedbackStatus(new)
            if new_status != FeedbackStatus.ADDRESSED:
                row.addressed_in_version_id = None  # no longer answered by a version
        else:
            has = bool(new) if field in REVIEWER_FIELDS else False
            new_status = rules.status_with_content(old_status, has)
        setattr(row, field, new)
        row.status = new_status.value
        session.add(row)
        session.commit()
        return FeedbackEdit(
            feedback_id,
            field,
            _enum_value(field, old),
            _enum_value(field, new),
            old_status,
            new_status,
            old_link,
            row.addressed_in_version_id,
        )


def _enum_value(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field == "decision":
        return Decision(value)
    if field == "status":
        return FeedbackStatus(value)
    return value


def restore_feedback(workshop: Workshop, edit: FeedbackEdit) -> None:
    """Undo an edit: the field and the status as they were (no transition rule applies)."""
    with workshop.session() as session:
        row = _live_feedback(session, edit.feedback_id)
        value = edit.old.value if isinstance(edit.old, Decision | FeedbackStatus) else edit.old
        setattr(row, edit.field, value)
        row.status = edit.old_status.value
        row.addressed_in_version_id = edit.old_link
        session.add(row)
        session.commit()


def redo_feedback(workshop: Workshop, edit: FeedbackEdit) -> None:
    """Apply an edit again as it was first made."""
    with workshop.session() as session:
        row = _live_feedback(session, edit.feedback_id)
        value = edit.new.value if isinstance(edit.new, Decision | FeedbackStatus) else edit.new
        setattr(row, edit.field, value)
        row.status = edit.new_status.value
        row.addressed_in_version_id = edit.new_link
        session.add(row)
        session.commit()


def _rubric_item(session: Session, item_id: int) -> m.RubricItem:
    row = session.get(m.RubricItem, item_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("rubric item", item_id)
    return row


def check_rating(item: m.RubricItem, value: int | None) -> int | None:
    if value is None:
        return None
    if not rules.rating_in_range(value, item.min, item.max):
        raise ValidationError(
            "rating", "out_of_range", f"{value!r} is outside {item.min}–{item.max} ({item.name})"
        )
    return value


def _put_rating(session: Session, feedback_id: int, item_id: int, value: int | None) -> None:
    current = session.get(m.FeedbackRating, (feedback_id, item_id))
    if value is None:
        if current is not None:
            session.delete(current)
    elif current is None:
        session.add(m.FeedbackRating(feedback_id=feedback_id, rubric_item_id=item_id, value=value))
    else:
        current.value = value
        session.add(current)


def set_rating(
    workshop: Workshop, feedback_id: int, rubric_item_id: int, value: int | None
) -> RatingEdit:
    """Rate one rubric item (None clears it); a rating on a request makes it "received"."""
    with workshop.session() as session:
        row = _live_feedback(session, feedback_id)
        item = _rubric_item(session, rubric_item_id)
        value = check_rating(item, value)
        current = session.get(m.FeedbackRating, (feedback_id, rubric_item_id))
        old = current.value if current is not None else None
        old_status = FeedbackStatus(row.status)
        new_status = rules.status_with_content(old_status, value is not None)
        _put_rating(session, feedback_id, rubric_item_id, value)
        row.status = new_status.value
        session.add(row)
        session.commit()
        return RatingEdit(feedback_id, rubric_item_id, old, value, old_status, new_status)


def restore_rating(workshop: Workshop, edit: RatingEdit, *, redo: bool = False) -> None:
    """Undo (or, with *redo*, apply again) a rating edit."""
    value, status = (edit.new, edit.new_status) if redo else (edit.old, edit.old_status)
    with workshop.session() as session:
        row = _live_feedback(session, edit.feedback_id)
        _put_rating(session, edit.feedback_id, edit.rubric_item_id, value)
        row.status = status.value
        session.add(row)
        session.commit()


# --- requesting a round -----------------------------------------------------------------------


# The reads below select the columns they use (rows with the same attribute names as the
# records), never whole records: a prefecture-size programme has thousands of plan versions
# with their texts.


def _versions(session: Session, plan_ids: Iterable[int] | None = None) -> list[Any]:
    """Every plan version's id, plan_id and number (of the plans *plan_ids*, if given)."""
    stmt = sa_select(col(m.PlanVersion.id), col(m.PlanVersion.plan_id), col(m.PlanVersion.number))
    if plan_ids is not None:
        stmt = stmt.where(col(m.PlanVersion.plan_id).in_(list(plan_ids)))
    return list(session.execute(stmt).all())


def _latest_versions(session: Session, plan_ids: Iterable[int] | None = None) -> dict[int, Any]:
    latest: dict[int, Any] = {}
    for v in _versions(session, plan_ids):
        if v.plan_id not in latest or v.number > latest[v.plan_id].number:
            latest[v.plan_id] = v
    return latest


def _trainees(session: Session, only: Iterable[int] | None = None) -> list[Any]:
    """Live trainees (id, name, kana, municipality_id, supervisor_id), by kana (those of
    the ids *only*, if given)."""
    ids = select(m.PersonRole.person_id).where(m.PersonRole.role == Role.TRAINEE.value)
    stmt = sa_select(
        col(m.Person.id),
        col(m.Person.name),
        col(m.Person.kana),
        col(m.Person.municipality_id),
        col(m.Person.supervisor_id),
    ).where(col(m.Person.deleted_at).is_(None), col(m.Person.id).in_(ids))
    if only is not None:
        stmt = stmt.where(col(m.Person.id).in_(list(only)))
    rows = session.execute(stmt).all()
    return sorted(rows, key=lambda p: (p.kana or p.name, p.name, p.id or 0))


def _current_plans(session: Session, only: Iterable[int] | None = None) -> dict[int, Any]:
    """Trainee id → their plan (id, trainee_id, issue_id) for the current theme (else
    their newest live plan); of the trainees *only*, if given."""
    theme_stmt = sa_select(col(m.Theme.trainee_id), col(m.Theme.issue_id))
    plan_stmt = (
        sa_select(col(m.Plan.id), col(m.Plan.trainee_id), col(m.Plan.issue_id))
        .where(col(m.Plan.deleted_at).is_(None))
        .order_by(col(m.Plan.id))
    )
    if only is not None:
        ids = list(only)
        theme_stmt = theme_stmt.where(col(m.Theme.trainee_id).in_(ids))
        plan_stmt = plan_stmt.where(col(m.Plan.trainee_id).in_(ids))
    themes = dict(session.execute(theme_stmt).all())
    found: dict[int, Any] = {}
    for plan in session.execute(plan_stmt).all():
        held = found.get(plan.trainee_id)
        if held is None or held.issue_id != themes.get(plan.trainee_id):
            found[plan.trainee_id] = plan
    return found


def _live_people_with_role(session: Session, role: Role) -> list[m.Person]:
    ids = select(m.PersonRole.person_id).where(m.PersonRole.role == role.value)
    rows = session.exec(
        select(m.Person).where(col(m.Person.deleted_at).is_(None), col(m.Person.id).in_(ids))
    ).all()
    return sorted(rows, key=lambda p: (p.kana or p.name, p.name, p.id or 0))


def request_feedback(
    workshop: Workshop, round_id: int, *, instructor_id: int | None = None
) -> RequestResult:
    """Ask for feedback on every trainee's latest plan version in the round: from their
    supervisor and from an instructor. Repeating it adds nothing already asked for.

    The instructor is *instructor_id* when given; otherwise the one who gave the trainee
    feedback before (in any round), else the instructor with the fewest requests in this
    round (so the work is shared).
    """
    with workshop.session() as session:
        _live_round(session, round_id)
        if instructor_id is not None:
            _check_reviewer(session, instructor_id, ReviewerRole.INSTRUCTOR)
        plans = _current_plans(session)
        latest = _latest_versions(session)
        instructors = [p for p in _live_people_with_role(session, Role.INSTRUCTOR)]
        instructor_ids = {_id(p.id) for p in instructors}
        supervisors = {_id(p.id) for p in _live_people_with_role(session, Role.SUPERVISOR)}
        feedback = session.exec(
            select(m.Feedback).where(col(m.Feedback.deleted_at).is_(None))
        ).all()
        version_plan = {v.id: v.plan_id for v in _versions(session)}
        in_round: dict[int, set[tuple[int, str]]] = {}
        earlier_instructor: dict[int, int] = {}
        load = {i: 0 for i in instructor_ids}
        rounds = {r.id: r.number for r in session.exec(select(m.FeedbackRound)).all()}
        for f in sorted(feedback, key=lambda f: (rounds.get(f.round_id, 0), f.id or 0)):
            plan_id = version_plan.get(f.plan_version_id)
            if plan_id is None:
                continue
            if f.round_id == round_id:
                in_round.setdefault(plan_id, set()).add((f.reviewer_id, f.role))
                if f.role == ReviewerRole.INSTRUCTOR.value and f.reviewer_id in load:
                    load[f.reviewer_id] += 1
            if f.role == ReviewerRole.INSTRUCTOR.value and f.reviewer_id in instructor_ids:
                earlier_instructor[plan_id] = f.reviewer_id
        created: list[m.Feedback] = []
        already = 0
        no_supervisor: list[str] = []
        no_instructor: list[str] = []
        no_plan: list[str] = []
        for trainee in _trainees(session):
            plan = plans.get(_id(trainee.id))
            version = latest.get(_id(plan.id)) if plan is not None else None
            if plan is None or version is None:
                no_plan.append(trainee.name)
                continue
            asked = in_round.get(_id(plan.id), set())
            roles_asked = {role for _rid, role in asked}
            # supervisor
            if ReviewerRole.SUPERVISOR.value in roles_asked:
                already += 1
            elif trainee.supervisor_id is None or trainee.supervisor_id not in supervisors:
                no_supervisor.append(trainee.name)
            else:
                created.append(
                    m.Feedback(
                        round_id=round_id,
                        plan_version_id=_id(version.id),
                        reviewer_id=trainee.supervisor_id,
                        role=ReviewerRole.SUPERVISOR.value,
                    )
                )
            # instructor
            if ReviewerRole.INSTRUCTOR.value in roles_asked:
                already += 1
                continue
            chosen = instructor_id
            if chosen is None:
                chosen = earlier_instructor.get(_id(plan.id))
            if chosen is None and load:
                chosen = min(load, key=lambda i: (load[i], _order(instructors, i)))
            if chosen is None:
                no_instructor.append(trainee.name)
                continue
            if chosen in load:
                load[chosen] += 1
            created.append(
                m.Feedback(
                    round_id=round_id,
                    plan_version_id=_id(version.id),
                    reviewer_id=chosen,
                    role=ReviewerRole.INSTRUCTOR.value,
                )
            )
        for row in created:
            session.add(row)
        session.commit()
        return RequestResult(
            round_id,
            tuple(_id(r.id) for r in created),
            already,
            tuple(no_supervisor),
            tuple(no_instructor),
            tuple(no_plan),
        )


def _order(people: list[m.Person], person_id: int) -> int:
    return next(i for i, p in enumerate(people) if p.id == person_id)


# --- the overview grid ------------------------------------------------------------------------


def overview(
    workshop: Workshop,
    round_id: int | None,
    *,
    today: dt.date | None = None,
    trainee_ids: Iterable[int] | None = None,
) -> Overview:
    """Trainees × reviewers of a round: each cell the status of one reviewer's feedback.

    The columns are the supervisor and the instructor (more of either when a trainee has
    more than one reviewer of that role in the round). Every live trainee has a row —
    or, given *trainee_ids*, those trainees only (what an edit of their feedback changed:
    the columns and the round's counts are still the whole round's).
    """
    day = _today(today)
    only = None if trainee_ids is None else list(trainee_ids)
    feedback: list[Any] = []
    counts = dict.fromkeys(ReviewerRole, 1)
    with workshop.session() as session:
        rnd = _live_round(session, round_id) if round_id is not None else None
        trainees = _trainees(session, only)
        plans = _current_plans(session, only)
        latest = _latest_versions(session, [_id(p.id) for p in plans.values()])
        munis = dict(
            session.execute(sa_select(col(m.Municipality.id), col(m.Municipality.name))).all()
        )
        if rnd is not None:
            in_round = (col(m.Feedback.round_id) == round_id, col(m.Feedback.deleted_at).is_(None))
            # Each feedback with its trainee and version number, joined in SQL.
            stmt = (
                sa_select(
                    col(m.Feedback.id),
                    col(m.Feedback.reviewer_id),
                    col(m.Feedback.role),
                    col(m.Feedback.status),
                    col(m.Feedback.decision),
                    col(m.Plan.trainee_id),
                    col(m.PlanVersion.number),
                )
                .join(m.PlanVersion, col(m.PlanVersion.id) == col(m.Feedback.plan_version_id))
                .join(m.Plan, col(m.Plan.id) == col(m.PlanVersion.plan_id))
                .where(*in_round)
                .order_by(col(m.Feedback.id))
            )
            if only is not None:
                stmt = stmt.where(col(m.Plan.trainee_id).in_(only))
            feedback = list(session.execute(stmt).all())
            statuses = Counter(
                dict(
                    session.execute(
                        sa_select(col(m.Feedback.status), func.count())
                        .where(*in_round)
                        .group_by(col(m.Feedback.status))
                    ).all()
                )
            )
            round_row = _round_row(rnd, statuses, day)
            # The columns: the most reviewers of each role any trainee has in the round.
            per_trainee = (
                sa_select(col(m.Feedback.role), func.count().label("n"))
                .join(m.PlanVersion, col(m.PlanVersion.id) == col(m.Feedback.plan_version_id))
                .join(m.Plan, col(m.Plan.id) == col(m.PlanVersion.plan_id))
                .where(*in_round)
                .group_by(col(m.Plan.trainee_id), col(m.Feedback.role))
                .subquery()
            )
            for role, most in session.execute(
                sa_select(per_trainee.c.role, func.max(per_trainee.c.n)).group_by(
                    per_trainee.c.role
                )
            ).all():
                counts[ReviewerRole(role)] = max(1, int(most))
        else:
            round_row = None
        named = {f.reviewer_id for f in feedback} | {t.supervisor_id for t in trainees}
        people = dict(
            session.execute(
                sa_select(col(m.Person.id), col(m.Person.name)).where(
                    col(m.Person.id).in_([p for p in named if p is not None])
                )
            ).all()
        )
    due = rnd.due if rnd is not None else None
    by_trainee: dict[int, dict[ReviewerRole, list[Any]]] = {}
    for f in feedback:
        by_trainee.setdefault(f.trainee_id, {}).setdefault(ReviewerRole(f.role), []).append(f)
    columns = tuple(OverviewColumn(role, i) for role in ReviewerRole for i in range(counts[role]))
    rows = []
    for trainee in trainees:
        tid = _id(trainee.id)
        plan = plans.get(tid)
        version = latest.get(_id(plan.id)) if plan is not None else None
        mine = by_trainee.get(tid, {})
        cells = []
        for column in columns:
            given = mine.get(column.role, [])
            if column.index < len(given):
                f = given[column.index]
                cells.append(
                    OverviewCell(
                        feedback_id=f.id,
                        reviewer_id=f.reviewer_id,
                        reviewer_name=people.get(f.reviewer_id, ""),
                        role=column.role,
                        state=rules.cell_state(f.status, due, day),
                        decision=Decision(f.decision) if f.decision else None,
                        version_number=f.number,
                        days_overdue=rules.days_overdue(f.status, due, day),
                    )
                )
            else:
                expected = (
                    trainee.supervisor_id
                    if column.role == ReviewerRole.SUPERVISOR
                    and column.index == 0
                    and trainee.supervisor_id in people
                    else None
                )
                cells.append(
                    OverviewCell(
                        feedback_id=None,
                        reviewer_id=expected,
                        reviewer_name=people[expected] if expected is not None else "",
                        role=column.role,
                        state=CellState.NONE,
                        decision=None,
                        version_number=None,
                        days_overdue=0,
                    )
                )
        rows.append(
            OverviewRow(
                trainee_id=tid,
                name=trainee.name,
                kana=trainee.kana,
                municipality_name=munis.get(trainee.municipality_id, "")
                if trainee.municipality_id is not None
                else "",
                plan_id=plan.id if plan is not None and version is not None else None,
                latest_version_number=version.number if version is not None else None,
                cells=tuple(cells),
            )
        )
    return Overview(round_row, columns, tuple(rows), day)


def supervisors_with_plans(workshop: Workshop) -> list[SupervisorRow]:
    """Supervisors whose trainees have a plan, by kana: one feedback form each."""
    with workshop.session() as session:
        plans = _current_plans(session)
        munis = {mu.id: mu.name for mu in session.exec(select(m.Municipality)).all()}
        trainees = [t for t in _trainees(session) if _id(t.id) in plans]
        by_supervisor: dict[int, list[int]] = {}
        for t in trainees:
            if t.supervisor_id is not None:
                by_supervisor.setdefault(t.supervisor_id, []).append(_id(t.id))
        result = []
        for sid, tids in by_supervisor.items():
            person = session.get(m.Person, sid)
            if person is None or person.deleted_at is not None:
                continue
            result.append(
                SupervisorRow(
                    id=sid,
                    name=person.name,
                    kana=person.kana,
                    municipality_name=munis.get(person.municipality_id, "")
                    if person.municipality_id is not None
                    else "",
                    trainee_ids=tuple(tids),
                )
            )
    return sorted(result, key=lambda s: (s.kana or s.name, s.name, s.id))


# --- operations (see services/ops.py) -----------------------------------------------------------
# Feedback ids are the records' own; a round's edits change the rows of every feedback in it
# (its title, number and due date show in each), so they report feedback=None.

_ROUNDS = ops.Changes.of(feedback=None)


def add_round_op(title: str, *, number: int | None = None) -> ops.Operation:
    """:func:`add_round` as an operation (value: the new ``RoundRow``); redo brings the
    same round back."""
    return ops.created(
        lambda ws: add_round(ws, title, number=number),
        lambda ws, row, deleted: set_round_deleted(ws, row.id, deleted),
        _ROUNDS,
    )


def update_round_op(round_id: int, **values: Any) -> ops.Operation:
    """:func:`update_round` as an operation; its reverse puts the old values back."""

    def run(workshop: Workshop) -> ops.OpResult[RoundEdit]:
        edit = update_round(workshop, round_id, **values)
        return ops.OpResult(edit, _ROUNDS, update_round_op(round_id, **edit.old))

    return run


def set_round_deleted_op(round_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_round_deleted(ws, round_id, deleted),
        lambda ws: set_round_deleted(ws, round_id, not deleted),
        _ROUNDS,
    )


def request_feedback_op(round_id: int) -> ops.Operation:
    """:func:`request_feedback` as an operation (value: the ``RequestResult``); undo takes
    back the requests it made, redo makes the same ones again."""
    return ops.created(
        lambda ws: request_feedback(ws, round_id),
        lambda ws, result, deleted: set_feedback_deleted(ws, result.created, deleted),
        lambda result: ops.Changes.of(feedback=result.created),
    )


def add_feedback_op(
    round_id: int, plan_version_id: int, reviewer_id: int, role: ReviewerRole | str
) -> ops.Operation:
    """:func:`add_feedback` as an operation (value: the new ``FeedbackRow``)."""
    return ops.created(
        lambda ws: add_feedback(ws, round_id, plan_version_id, reviewer_id, role),
        lambda ws, row, deleted: set_feedback_deleted(ws, [row.id], deleted),
        lambda row: ops.Changes.of(feedback=[row.id]),
    )


def set_feedback_deleted_op(feedback_ids: Iterable[int], deleted: bool) -> ops.Operation:
    ids = tuple(dict.fromkeys(feedback_ids))
    return ops.reversible(
        lambda ws: set_feedback_deleted(ws, ids, deleted),
        lambda ws: set_feedback_deleted(ws, ids, not deleted),
        ops.Changes.of(feedback=ids),
    )


def update_feedback_op(feedback_id: int, field: str, value: Any) -> ops.Operation:
    """:func:`update_feedback` as an operation (value: the ``FeedbackEdit``). A link to
    the plan version that took the feedback in changes the plan's rows too."""

    def changed(edit: FeedbackEdit) -> ops.Changes:
        changes = ops.Changes.of(feedback=[feedback_id])
        return changes | ops.Changes.of(plan=None) if edit.old_link != edit.new_link else changes

    return ops.recorded(
        lambda ws: update_feedback(ws, feedback_id, field, value),
        redo_feedback,
        restore_feedback,
        changed,
    )


def set_rating_op(feedback_id: int, item_id: int, rating: int | None) -> ops.Operation:
    """:func:`set_rating` as an operation (value: the ``RatingEdit``)."""
    return ops.recorded(
        lambda ws: set_rating(ws, feedback_id, item_id, rating),
        lambda ws, edit: restore_rating(ws, edit, redo=True),
        restore_rating,
        ops.Changes.of(feedback=[feedback_id]),
    )
