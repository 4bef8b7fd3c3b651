"""Workplace practice (職場実践): action items from the plan's steps, check-ins, measurements,
the outcome, and the cohort at a glance.

Every edit commits at once and returns what undo needs: an update returns the row before
and after (``restore_*`` puts the before back), a creation returns the new rows (undo hides
them with ``set_*_deleted``), the outcome returns the outcome before (``restore_outcome``).
Reads use a handful of queries whatever the size of the programme.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from dxworkshop.domain.enums import ActionStatus, Phase, Role
from dxworkshop.domain.next_actions import (
    SessionFact,
    check_in_overdue,
    in_practice,
    milestones,
)
from dxworkshop.domain.progress_rules import (
    average_progress,
    reconcile,
    rolled_up,
    rolled_up_total,
)
from dxworkshop.domain.workload import annual_hours, hours_saved
from dxworkshop.services import ops
from dxworkshop.services._common import (
    UNSET,
    Unset,
    check_date,
    check_number,
    clean_text,
    plain_text,
    required_text,
)
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

R = TypeVar("R")


# --- read models ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionItemRow:
    id: int
    plan_id: int
    title: str
    owner_id: int | None
    owner_name: str
    due: dt.date | None
    status: ActionStatus
    progress: int
    position: int


@dataclass(frozen=True, slots=True)
class CheckInRow:
    id: int
    plan_id: int
    date: dt.date
    progress: int
    note: str
    obstacles: str
    support_needed: str


@dataclass(frozen=True, slots=True)
class MeasurementRow:
    id: int
    plan_id: int
    metric: str
    baseline: float | None
    target: float | None
    actual: float | None
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    plan_id: int
    hours_saved_per_year: float | None
    effects: str
    spread_potential: str  # 横展開の可能性


@dataclass(frozen=True, slots=True)
class StepRow:
    """A step of the latest plan version (実施計画): what, who, by when."""

    what: str
    who: str
    due: dt.date | None


@dataclass(frozen=True, slots=True)
class Change(Generic[R]):
    """An update: the row before (what undo restores) and after."""

    before: R
    after: R


@dataclass(frozen=True, slots=True)
class TraineePractice:
    """One trainee's practice: their plan, its steps, and everything recorded on it."""

    trainee_id: int
    name: str
    municipality: str
    plan_id: int | None
    theme: str  # the plan's issue title
    version: int | None  # the latest plan version's number
    kpi: str
    expected_hours: float | None  # issue annual hours − the latest version's after-hours
    steps: tuple[StepRow, ...]
    items: tuple[ActionItemRow, ...]
    check_ins: tuple[CheckInRow, ...]  # newest first
    measurements: tuple[MeasurementRow, ...]
    outcome: OutcomeRow | None
    owner_choices: tuple[tuple[int, str], ...]  # the trainee, their supervisor, colleagues
    new_steps: int  # steps that "create from steps" would add

    @property
    def progress(self) -> int | None:
        last = self.check_ins[0].progress if self.check_ins else None
        return rolled_up([i.progress for i in self.items], last)


@dataclass(frozen=True, slots=True)
class CohortRow:
    """A trainee in the cohort view."""

    trainee_id: int
    name: str
    kana: str
    municipality_id: int | None
    municipality: str
    plan_id: int | None
    theme: str
    items: int
    done: int
    blocked: int
    overdue: int  # not done, past due
    progress: int | None
    last_check_in: dt.date | None
    days_without_check_in: int | None  # set when two weeks or more during the practice
    expected_hours: float | None
    measured_hours: float | None

    @property
    def id(self) -> int:
        return self.trainee_id


@dataclass(frozen=True, slots=True)
class CohortSummary:
    """The cohort's practice in figures (the practice page's summary line)."""

    plans: int  # trainees with a plan in practice
    average_progress: float | None  # domain.progress_rules.average_progress
    blocked: int  # blocked action items
    quiet: int  # plans without a check-in for two weeks during the practice
    measured_hours: float  # hours saved per year, as measured so far
    expected_hours: float  # …as the plans expect
    reported: int  # plans with a measured figure


def cohort_summary(rows: Iterable[CohortRow]) -> CohortSummary:
    """The figures of the cohort rows that have a plan."""
    planned = [r for r in rows if r.plan_id is not None]
    return CohortSummary(
        plans=len(planned),
        average_progress=average_progress(r.progress for r in planned),
        blocked=sum(r.blocked for r in planned),
        quiet=sum(1 for r in planned if r.days_without_check_in is not None),
        measured_hours=sum(r.measured_hours or 0 for r in planned),
        expected_hours=sum(r.expected_hours or 0 for r in planned),
        reported=sum(1 for r in planned if r.measured_hours is not None),
    )


# --- validation -------------------------------------------------------------------------------


def _status(value: ActionStatus | str) -> ActionStatus:
    try:
        return ActionStatus(value)
    except ValueError:
        raise ValidationError("status", "bad_value", f"unknown status {value!r}") from None


def _percent(field: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(field, "out_of_range", f"{value!r} is not a percentage (0–100)")
    return value


def _text(value: str | None) -> str:
    return plain_text(value)


def _live_plan(session: Session, plan_id: int) -> m.Plan:
    plan = session.get(m.Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound("plan", plan_id)
    return plan


def _owner(session: Session, owner_id: int | None) -> m.Person | None:
    if owner_id is None:
        return None
    person = session.get(m.Person, owner_id)
    if person is None or person.deleted_at is not None:
        raise ValidationError("owner", "bad_value", f"no person with id {owner_id}")
    return person


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    """The first column of two-column rows mapped to the second."""
    return {row[0]: row[1] for row in rows}


def _id(value: int | None) -> int:
    """A primary key read back from the database (never NULL)."""
    assert value is not None
    return value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- plans of trainees ------------------------------------------------------------------------


def current_plan_of(trainee_id: Any) -> Any:
    """The trainee's plan as an SQL expression (*trainee_id*: a column of the enclosing
    query): the newest live plan on their theme, else their newest live plan, else NULL.
    The one home of this choice (``plans_by_trainee`` reads it)."""
    plan = aliased(m.Plan)
    live = col(plan.deleted_at).is_(None)
    on_theme = (
        sa_select(func.max(col(plan.id)))
        .join(
            m.Theme,
            (col(m.Theme.trainee_id) == col(plan.trainee_id))
            & (col(m.Theme.issue_id) == col(plan.issue_id)),
        )
        .where(col(plan.trainee_id) == trainee_id, live)
        .scalar_subquery()
    )
    newest = (
        sa_select(func.max(col(plan.id)))
        .where(col(plan.trainee_id) == trainee_id, live)
        .scalar_subquery()
    )
    return func.coalesce(on_theme, newest)


@functools.cache
def _plans_by_trainee_statement() -> Any:
    owners = (
        sa_select(col(m.Plan.trainee_id).label("trainee_id"))
        .where(col(m.Plan.deleted_at).is_(None))
        .distinct()
        .subquery()
    )
    return sa_select(owners.c.trainee_id, current_plan_of(owners.c.trainee_id))


def plans_by_trainee(session: Session) -> dict[int, int]:
    """Each trainee's plan: the one on their theme, else their newest live plan."""
    return {int(t): int(p) for t, p in session.connection().execute(_plans_by_trainee_statement())}


def plan_of(workshop: Workshop, trainee_id: int) -> int | None:
    """The trainee's plan (on their theme, else their newest), or None."""
    with workshop.session() as session:
        return plans_by_trainee(session).get(trainee_id)


@dataclass(frozen=True, slots=True)
class _Version:
    id: int
    number: int
    kpi: str
    after: tuple[float | None, float | None, float | None]


def _latest_versions(
    session: Session, plan_ids: Iterable[int] | None = None
) -> dict[int, _Version]:
    """The newest version of each plan (of *plan_ids*, when given): the columns needed."""
    newest = (
        sa_select(
            col(m.PlanVersion.plan_id).label("plan_id"),
            func.max(col(m.PlanVersion.number)).label("number"),
        )
        .group_by(col(m.PlanVersion.plan_id))
        .subquery()
    )
    v = m.PlanVersion
    stmt = sa_select(
        col(v.plan_id),
        col(v.id),
        col(v.number),
        col(v.kpi),
        col(v.after_cases_per_year),
        col(v.after_minutes_per_case),
        col(v.after_people),
    ).join(newest, (col(v.plan_id) == newest.c.plan_id) & (col(v.number) == newest.c.number))
    if plan_ids is not None:
        stmt = stmt.where(col(v.plan_id).in_(list(plan_ids)))
    return {
        _id(plan): _Version(_id(ident), number, kpi, (cases, minutes, people))
        for plan, ident, number, kpi, cases, minutes, people in session.connection().execute(stmt)
    }


def expected_saving(
    issue: tuple[float | None, float | None, float | None],
    after: tuple[float | None, float | None, float | None],
) -> float | None:
    """Hours per year the plan expects to save: the issue's workload minus the workload
    after (the latest version's 件数 × 分 × 人数); unknown when either is incomplete."""
    return hours_saved(annual_hours(*issue), annual_hours(*after))


def _after(version: _Version | None) -> tuple[float | None, float | None, float | None]:
    return version.after if version is not None else (None, None, None)


@functools.cache
def _expected_statement() -> Any:
    newest = (
        sa_select(
            col(m.PlanVersion.plan_id).label("plan_id"),
            func.max(col(m.PlanVersion.number)).label("number"),
        )
        .group_by(col(m.PlanVersion.plan_id))
        .subquery()
    )
    v, i, p = m.PlanVersion, m.Issue, m.Plan
    latest = (
        sa_select(
            col(v.plan_id).label("plan_id"),
            col(v.after_cases_per_year).label("cases"),
            col(v.after_minutes_per_case).label("minutes"),
            col(v.after_people).label("people"),
        )
        .join(newest, (col(v.plan_id) == newest.c.plan_id) & (col(v.number) == newest.c.number))
        .subquery()
    )
    return (
        sa_select(
            col(p.id),
            col(i.cases_per_year),
            col(i.minutes_per_case),
            col(i.people),
            latest.c.cases,
            latest.c.minutes,
            latest.c.people,
        )
        .outerjoin(i, col(i.id) == col(p.issue_id))
        .outerjoin(latest, latest.c.plan_id == col(p.id))
        .where(col(p.deleted_at).is_(None))
    )


def expected_hours_by_plan(session: Session) -> dict[int, float | None]:
    """Expected hours saved of every live plan (one query: the plan's issue and its
    latest version joined)."""
    return {
        _id(plan_id): expected_saving(tuple(row[:3]), tuple(row[3:]))
        for plan_id, *row in session.connection().execute(_expected_statement())
    }


# --- one trainee ------------------------------------------------------------------------------


def _item_rows(session: Session, plan_id: int) -> tuple[ActionItemRow, ...]:
    rows = session.exec(
        select(m.ActionItem).where(
            m.ActionItem.plan_id == plan_id, col(m.ActionItem.deleted_at).is_(None)
        )
    ).all()
    owners = {r.owner_id for r in rows if r.owner_id is not None}
    names = _names(session, owners)
    ordered = sorted(rows, key=lambda r: (r.position, r.due is None, r.due or dt.date.min, r.id))
    return tuple(_item_row(r, names) for r in ordered)


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {
        _id(i): n
        for i, n in session.connection().execute(
            sa_select(col(m.Person.id), col(m.Person.name)).where(col(m.Person.id).in_(wanted))
        )
    }


def _item_row(row: m.ActionItem, names: Mapping[int, str]) -> ActionItemRow:
    assert row.id is not None
    return ActionItemRow(
        id=row.id,
        plan_id=row.plan_id,
        title=row.title,
        owner_id=row.owner_id,
        owner_name=names.get(row.owner_id, "") if row.owner_id is not None else "",
        due=row.due,
        status=ActionStatus(row.status),
        progress=row.progress,
        position=row.position,
    )


def _check_in_row(row: m.CheckIn) -> CheckInRow:
    assert row.id is not None
    return CheckInRow(
        row.id, row.plan_id, row.date, row.progress, row.note, row.obstacles, row.support_needed
    )


def _measurement_row(row: m.Measurement) -> MeasurementRow:
    assert row.id is not None
    return MeasurementRow(
        row.id, row.plan_id, row.metric, row.baseline, row.target, row.actual, row.date
    )


def _outcome_row(row: m.Outcome) -> OutcomeRow:
    return OutcomeRow(row.plan_id, row.hours_saved_per_year, row.effects, row.spread_potential)


def _steps(session: Session, version: _Version | None) -> tuple[StepRow, ...]:
    if version is None:
        return ()
    rows = session.exec(
        select(m.PlanStep)
        .where(m.PlanStep.version_id == version.id)
        .order_by(col(m.PlanStep.position), col(m.PlanStep.id))
    ).all()
    return tuple(StepRow(r.what, r.who, r.due) for r in rows if clean_text(r.what))


def _missing_steps(steps: Sequence[StepRow], items: Sequence[ActionItemRow]) -> list[StepRow]:
    have = {clean_text(i.title) for i in items}
    missing = []
    for step in steps:
        key = clean_text(step.what)
        if key and key not in have:
            missing.append(step)
            have.add(key)
    return missing


def _owner_choices(session: Session, trainee: m.Person) -> tuple[tuple[int, str], ...]:
    assert trainee.id is not None
    choices: dict[int, str] = {trainee.id: trainee.name}
    if trainee.supervisor_id is not None:
        boss = session.get(m.Person, trainee.supervisor_id)
        if boss is not None and boss.deleted_at is None and boss.id is not None:
            choices[boss.id] = boss.name
    if trainee.municipality_id is not None:
        for pid, name in session.connection().execute(
            sa_select(col(m.Person.id), col(m.Person.name))
            .where(
                col(m.Person.deleted_at).is_(None),
                col(m.Person.municipality_id) == trainee.municipality_id,
            )
            .order_by(col(m.Person.kana), col(m.Person.name))
        ):
            choices.setdefault(_id(pid), name)
    return tuple(choices.items())


def trainee_practice(workshop: Workshop, trainee_id: int) -> TraineePractice:
    """Everything about one trainee's practice (their plan may not exist yet)."""
    with workshop.session() as session:
        trainee = session.get(m.Person, trainee_id)
        if trainee is None or trainee.deleted_at is not None:
            raise NotFound("person", trainee_id)
        muni = (
            session.get(m.Municipality, trainee.municipality_id)
            if trainee.municipality_id is not None
            else None
        )
        plan_id = plans_by_trainee(session).get(trainee_id)
        choices = _owner_choices(session, trainee)
        if plan_id is None:
            return TraineePractice(
                trainee_id, trainee.name, muni.name if muni else "", None, "", None, "", None,
                (), (), (), (), None, choices, 0,
            )  # fmt: skip
        plan = _live_plan(session, plan_id)
        issue = session.get(m.Issue, plan.issue_id)
        version = _latest_versions(session, [plan_id]).get(plan_id)
        steps = _steps(session, version)
        items = _item_rows(session, plan_id)
        check_ins = session.exec(
            select(m.CheckIn).where(
                m.CheckIn.plan_id == plan_id, col(m.CheckIn.deleted_at).is_(None)
            )
        ).all()
        measurements = session.exec(
            select(m.Measurement).where(
                m.Measurement.plan_id == plan_id, col(m.Measurement.deleted_at).is_(None)
            )
        ).all()
        outcome = session.get(m.Outcome, plan_id)
        before = (
            (issue.cases_per_year, issue.minutes_per_case, issue.people)
            if issue is not None
            else (None, None, None)
        )
        return TraineePractice(
            trainee_id=trainee_id,
            name=trainee.name,
            municipality=muni.name if muni else "",
            plan_id=plan_id,
            theme=issue.title if issue is not None else "",
            version=version.number if version is not None else None,
            kpi=version.kpi if version is not None else "",
            expected_hours=expected_saving(before, _after(version)),
            steps=steps,
            items=items,
            check_ins=tuple(
                _check_in_row(r)
                for r in sorted(check_ins, key=lambda r: (r.date, r.id or 0), reverse=True)
            ),
            measurements=tuple(
                _measurement_row(r)
                for r in sorted(
                    measurements,
                    key=lambda r: (r.date is None, r.date or dt.date.min, r.id or 0),
                )
            ),
            outcome=_outcome_row(outcome) if outcome is not None else None,
            owner_choices=choices,
            new_steps=len(_missing_steps(steps, items)),
        )


# --- action items -----------------------------------------------------------------------------


def create_items_from_steps(workshop: Workshop, plan_id: int) -> tuple[ActionItemRow, ...]:
    """An action item for each step of the latest plan version that has none yet (same
    title); the owner is the person the step names, else the trainee. Returns the new rows
    (undo: ``set_action_items_deleted(ids, True)``)."""
    with workshop.session() as session:
        plan = _live_plan(session, plan_id)
        version = _latest_versions(session, [plan_id]).get(plan_id)
        items = _item_rows(session, plan_id)
        missing = _missing_steps(_steps(session, version), items)
        if not missing:
            return ()
        people = {
            name: _id(pid)
            for pid, name in session.connection().execute(
                sa_select(col(m.Person.id), col(m.Person.name)).where(
                    col(m.Person.deleted_at).is_(None)
                )
            )
        }
        position = max((i.position for i in items), default=-1) + 1
        created = []
        for n, step in enumerate(missing):
            row = m.ActionItem(
                plan_id=plan_id,
                title=clean_text(step.what),
                owner_id=people.get(clean_text(step.who), plan.trainee_id),
                due=step.due,
                position=position + n,
            )
            session.add(row)
            created.append(row)
        session.commit()
        names = _names(session, {r.owner_id for r in created if r.owner_id is not None})
        return tuple(_item_row(r, names) for r in created)


def add_action_item(
    workshop: Workshop,
    plan_id: int,
    title: str,
    *,
    owner_id: int | None = None,
    due: dt.date | None = None,
    status: ActionStatus | str = ActionStatus.TODO,
    progress: int = 0,
) -> ActionItemRow:
    """A new action item at the end of the plan's list."""
    title = required_text("title", title)
    state, percent = _status(status), _percent("progress", progress)
    # A percentage given says more than the status; with none the status sets it.
    state, percent = reconcile(state, percent, changed="progress" if percent else "status")
    with workshop.session() as session:
        _live_plan(session, plan_id)
        _owner(session, owner_id)
        last = session.exec(
            select(func.max(col(m.ActionItem.position))).where(m.ActionItem.plan_id == plan_id)
        ).one()
        row = m.ActionItem(
            plan_id=plan_id,
            title=title,
            owner_id=owner_id,
            due=check_date("due", due),
            status=state.value,
            progress=percent,
            position=(last if last is not None else -1) + 1,
        )
        session.add(row)
        session.commit()
        return _item_row(row, _names(session, [owner_id] if owner_id is not None else []))


def _live_item(session: Session, item_id: int) -> m.ActionItem:
    row = session.get(m.ActionItem, item_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("action item", item_id)
    return row


def get_action_item(workshop: Workshop, item_id: int) -> ActionItemRow:
    with workshop.session() as session:
        row = _live_item(session, item_id)
        return _item_row(row, _names(session, [row.owner_id] if row.owner_id else []))


def update_action_item(
    workshop: Workshop,
    item_id: int,
    *,
    title: str | None = None,
    owner_id: int | Unset | None = UNSET,
    due: dt.date | Unset | None = UNSET,
    status: ActionStatus | str | None = None,
    progress: int | None = None,
) -> Change[ActionItemRow]:
    """Change the given fields; status and progress are kept in step (done = 100 %, …)."""
    with workshop.session() as session:
        row = _live_item(session, item_id)
        names = _names(session, [row.owner_id] if row.owner_id else [])
        before = _item_row(row, names)
        if title is not None:
            row.title = required_text("title", title)
        if not isinstance(owner_id, Unset):
            _owner(session, owner_id)
            row.owner_id = owner_id
        if not isinstance(due, Unset):
            row.due = check_date("due", due)
        state, percent = ActionStatus(row.status), row.progress
        if status is not None:
            state, percent = reconcile(_status(status), percent, changed="status")
        if progress is not None:
            state, percent = reconcile(state, _percent("progress", progress), changed="progress")
        row.status, row.progress = state.value, percent
        session.add(row)
        session.commit()
        after = _item_row(row, _names(session, [row.owner_id] if row.owner_id else []))
        return Change(before, after)


def restore_action_item(workshop: Workshop, row: ActionItemRow) -> ActionItemRow:
    """Put an action item back as *row* says (undo of an update)."""
    with workshop.session() as session:
        item = session.get(m.ActionItem, row.id)
        if item is None:
            raise NotFound("action item", row.id)
        item.title, item.owner_id, item.due = row.title, row.owner_id, row.due
        item.status, item.progress, item.position = row.status.value, row.progress, row.position
        item.deleted_at = None
        session.add(item)
        session.commit()
        return _item_row(item, _names(session, [item.owner_id] if item.owner_id else []))


def set_action_items_deleted(workshop: Workshop, item_ids: Iterable[int], deleted: bool) -> None:
    """Soft-delete (or bring back, for undo) action items."""
    _set_deleted(workshop, m.ActionItem, "action item", item_ids, deleted)


def _set_deleted(
    workshop: Workshop,
    model: type[m.ActionItem] | type[m.CheckIn] | type[m.Measurement],
    what: str,
    ids: Iterable[int],
    deleted: bool,
) -> None:
    with workshop.session() as session:
        stamp = _now() if deleted else None
        for ident in ids:
            row = session.get(model, ident)
            if row is None:
                raise NotFound(what, ident)
            row.deleted_at = stamp
            session.add(row)
        session.commit()


# --- check-ins --------------------------------------------------------------------------------


def add_check_in(
    workshop: Workshop,
    plan_id: int,
    date: dt.date,
    progress: int,
    *,
    note: str = "",
    obstacles: str = "",
    support_needed: str = "",
) -> CheckInRow:
    if date is None:
        raise ValidationError("date", "empty", "a check-in needs a date")
    row = m.CheckIn(
        plan_id=plan_id,
        date=check_date("date", date) or date,
        progress=_percent("progress", progress),
        note=_text(note),
        obstacles=_text(obstacles),
        support_needed=_text(support_needed),
    )
    with workshop.session() as session:
        _live_plan(session, plan_id)
        session.add(row)
        session.commit()
        return _check_in_row(row)


def _live_check_in(session: Session, ident: int) -> m.CheckIn:
    row = session.get(m.CheckIn, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound("check-in", ident)
    return row


def update_check_in(
    workshop: Workshop,
    check_in_id: int,
    *,
    date: dt.date | None = None,
    progress: int | None = None,
    note: str | None = None,
    obstacles: str | None = None,
    support_needed: str | None = None,
) -> Change[CheckInRow]:
    with workshop.session() as session:
        row = _live_check_in(session, check_in_id)
        before = _check_in_row(row)
        if date is not None:
            row.date = check_date("date", date) or date
        if progress is not None:
            row.progress = _percent("progress", progress)
        if note is not None:
            row.note = _text(note)
        if obstacles is not None:
            row.obstacles = _text(obstacles)
        if support_needed is not None:
            row.support_needed = _text(support_needed)
        session.add(row)
        session.commit()
        return Change(before, _check_in_row(row))


def restore_check_in(workshop: Workshop, row: CheckInRow) -> CheckInRow:
    with workshop.session() as session:
        found = session.get(m.CheckIn, row.id)
        if found is None:
            raise NotFound("check-in", row.id)
        found.date, found.progress, found.note = row.date, row.progress, row.note
        found.obstacles, found.support_needed = row.obstacles, row.support_needed
        found.deleted_at = None
        session.add(found)
        session.commit()
        return _check_in_row(found)


def set_check_ins_deleted(workshop: Workshop, ids: Iterable[int], deleted: bool) -> None:
    _set_deleted(workshop, m.CheckIn, "check-in", ids, deleted)


# --- measurements -----------------------------------------------------------------------------


def add_measurement(
    workshop: Workshop,
    plan_id: int,
    metric: str,
    *,
    baseline: float | None = None,
    target: float | None = None,
    actual: float | None = None,
    date: dt.date | None = None,
) -> MeasurementRow:
    row = m.Measurement(
        plan_id=plan_id,
        metric=required_text("metric", metric),
        baseline=check_number("baseline", baseline),
        target=check_number("target", target),
        actual=check_number("actual", actual),
        date=check_date("date", date),
    )
    with workshop.session() as session:
        _live_plan(session, plan_id)
        session.add(row)
        session.commit()
        return _measurement_row(row)


def _live_measurement(session: Session, ident: int) -> m.Measurement:
    row = session.get(m.Measurement, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound("measurement", ident)
    return row


def update_measurement(
    workshop: Workshop,
    measurement_id: int,
    *,
    metric: str | None = None,
    baseline: float | Unset | None = UNSET,
    target: float | Unset | None = UNSET,
    actual: float | Unset | None = UNSET,
    date: dt.date | Unset | None = UNSET,
) -> Change[MeasurementRow]:
    with workshop.session() as session:
        row = _live_measurement(session, measurement_id)
        before = _measurement_row(row)
        if metric is not None:
            row.metric = required_text("metric", metric)
        if not isinstance(baseline, Unset):
            row.baseline = check_number("baseline", baseline)
        if not isinstance(target, Unset):
            row.target = check_number("target", target)
        if not isinstance(actual, Unset):
            row.actual = check_number("actual", actual)
        if not isinstance(date, Unset):
            row.date = check_date("date", date)
        session.add(row)
        session.commit()
        return Change(before, _measurement_row(row))


def restore_measurement(workshop: Workshop, row: MeasurementRow) -> MeasurementRow:
    with workshop.session() as session:
        found = session.get(m.Measurement, row.id)
        if found is None:
            raise NotFound("measurement", row.id)
        found.metric, found.baseline, found.target = row.metric, row.baseline, row.target
        found.actual, found.date, found.deleted_at = row.actual, row.date, None
        session.add(found)
        session.commit()
        return _measurement_row(found)


def set_measurements_deleted(workshop: Workshop, ids: Iterable[int], deleted: bool) -> None:
    _set_deleted(workshop, m.Measurement, "measurement", ids, deleted)


# --- outcome ----------------------------------------------------------------------------------


def get_outcome(workshop: Workshop, plan_id: int) -> OutcomeRow | None:
    with workshop.session() as session:
        row = session.get(m.Outcome, plan_id)
        return _outcome_row(row) if row is not None else None


def set_outcome(
    workshop: Workshop,
    plan_id: int,
    *,
    hours_saved_per_year: float | Unset | None = UNSET,
    effects: str | None = None,
    spread_potential: str | None = None,
) -> Change[OutcomeRow | None]:
    """Record the given parts of the plan's outcome (creating it on first use)."""
    with workshop.session() as session:
        _live_plan(session, plan_id)
        row = session.get(m.Outcome, plan_id)
        before = _outcome_row(row) if row is not None else None
        if row is None:
            row = m.Outcome(plan_id=plan_id)
        if not isinstance(hours_saved_per_year, Unset):
            row.hours_saved_per_year = check_number("hours_saved_per_year", hours_saved_per_year)
        if effects is not None:
            row.effects = _text(effects)
        if spread_potential is not None:
            row.spread_potential = _text(spread_potential)
        session.add(row)
        session.commit()
        return Change(before, _outcome_row(row))


def restore_outcome(workshop: Workshop, plan_id: int, row: OutcomeRow | None) -> None:
    """Put the outcome back as it was (None: there was none)."""
    with workshop.session() as session:
        found = session.get(m.Outcome, plan_id)
        if row is None:
            if found is not None:
                session.delete(found)
        else:
            if found is None:
                found = m.Outcome(plan_id=plan_id)
            found.hours_saved_per_year = row.hours_saved_per_year
            found.effects, found.spread_potential = row.effects, row.spread_potential
            session.add(found)
        session.commit()


# --- the cohort -------------------------------------------------------------------------------


def practice_sessions(session: Session) -> list[SessionFact]:
    return [
        SessionFact(Phase(phase), date)
        for phase, date in session.connection().execute(
            sa_select(col(m.TrainingSession.phase), col(m.TrainingSession.date)).where(
                col(m.TrainingSession.deleted_at).is_(None)
            )
        )
    ]


def trainee_rows(session: Session) -> list[tuple[int, str, str, int | None, int | None]]:
    """Live trainees: (id, name, kana, municipality id, supervisor id), by kana."""
    trainee_ids = sa_select(col(m.PersonRole.person_id)).where(
        col(m.PersonRole.role) == Role.TRAINEE.value
    )
    rows = session.connection().execute(
        sa_select(
            col(m.Person.id),
            col(m.Person.name),
            col(m.Person.kana),
            col(m.Person.municipality_id),
            col(m.Person.supervisor_id),
        ).where(col(m.Person.deleted_at).is_(None), col(m.Person.id).in_(trainee_ids))
    )
    found = [(_id(i), n, k, mu, s) for i, n, k, mu, s in rows]
    found.sort(key=lambda r: trainee_order(r[0], r[1], r[2]))
    return found


def trainee_order(ident: int, name: str, kana: str) -> tuple[bool, str, str, int]:
    """The order of ``trainee_rows``: by kana (those without one last), name, id."""
    return (kana == "", kana or name, name, ident)


@dataclass(frozen=True, slots=True)
class PlanPractice:
    """Aggregates of one plan's practice, for the cohort and the dashboard."""

    items: int = 0
    done: int = 0
    blocked: int = 0
    item_progress: tuple[int, ...] = ()
    overdue_dues: tuple[dt.date, ...] = ()
    last_check_in: dt.date | None = None
    last_progress: int | None = None


def plan_practice(session: Session, today: dt.date | None) -> dict[int, PlanPractice]:
    """Action items and check-ins of every live plan, rolled up (two queries)."""
    items: dict[int, list[tuple[str, int, dt.date | None]]] = defaultdict(list)
    for plan_id, status, progress, due in session.connection().execute(
        sa_select(
            col(m.ActionItem.plan_id),
            col(m.ActionItem.status),
            col(m.ActionItem.progress),
            col(m.ActionItem.due),
        ).where(col(m.ActionItem.deleted_at).is_(None))
    ):
        items[int(plan_id)].append((status, int(progress), due))
    last: dict[int, tuple[dt.date, int, int]] = {}
    for ident, plan_id, date, progress in session.connection().execute(
        sa_select(
            col(m.CheckIn.id), col(m.CheckIn.plan_id), col(m.CheckIn.date), col(m.CheckIn.progress)
        ).where(col(m.CheckIn.deleted_at).is_(None))
    ):
        key = (date, _id(ident), int(progress))
        if int(plan_id) not in last or key[:2] > last[int(plan_id)][:2]:
            last[int(plan_id)] = key
    result = {}
    for plan_id in set(items) | set(last):
        rows = items.get(plan_id, [])
        open_states = (ActionStatus.TODO.value, ActionStatus.DOING.value)
        check = last.get(plan_id)
        result[plan_id] = PlanPractice(
            items=len(rows),
            done=sum(1 for s, _p, _d in rows if s == ActionStatus.DONE.value),
            blocked=sum(1 for s, _p, _d in rows if s == ActionStatus.BLOCKED.value),
            item_progress=tuple(p for _s, p, _d in rows),
            overdue_dues=tuple(
                d
                for s, _p, d in rows
                if today is not None and s in open_states and d is not None and d < today
            ),
            last_check_in=check[0] if check else None,
            last_progress=check[2] if check else None,
        )
    return result


@dataclass(frozen=True, slots=True)
class PlanActivity:
    """A plan's practice in numbers, aggregated in SQL: its live action items and the sum
    of their percentages, its last live check-in (latest date, then newest) and what that
    said. ``progress`` is ``rolled_up`` of them."""

    items: int = 0
    progress_total: int = 0
    last_check_in: dt.date | None = None
    last_progress: int | None = None

    @property
    def progress(self) -> int | None:
        return rolled_up_total(self.progress_total, self.items, self.last_progress)


@functools.cache
def _activity_statements() -> tuple[Any, Any]:
    item = m.ActionItem
    items = (
        sa_select(col(item.plan_id), func.count(col(item.id)), func.sum(col(item.progress)))
        .where(col(item.deleted_at).is_(None))
        .group_by(col(item.plan_id))
    )
    c = m.CheckIn
    newest = func.row_number().over(
        partition_by=col(c.plan_id), order_by=(col(c.date).desc(), col(c.id).desc())
    )
    ranked = (
        sa_select(col(c.plan_id), col(c.date), col(c.progress), newest.label("n"))
        .where(col(c.deleted_at).is_(None))
        .subquery()
    )
    last = sa_select(ranked.c.plan_id, ranked.c.date, ranked.c.progress).where(ranked.c.n == 1)
    return items, last


def plan_activity(session: Session) -> dict[int, PlanActivity]:
    """Every plan with live action items or check-ins (deleted plans too: callers pick
    theirs), in two aggregate queries — no item or check-in is read one by one."""
    items_stmt, last_stmt = _activity_statements()
    conn = session.connection()
    items = {int(p): (int(n), int(total or 0)) for p, n, total in conn.execute(items_stmt)}
    last = {int(p): (day, int(progress)) for p, day, progress in conn.execute(last_stmt)}
    result = {}
    for plan_id in items.keys() | last.keys():
        n, total = items.get(plan_id, (0, 0))
        day, progress = last.get(plan_id, (None, None))
        result[plan_id] = PlanActivity(n, total, day, progress)
    return result


def cohort(workshop: Workshop, today: dt.date) -> list[CohortRow]:
    """Every trainee's practice at a glance, by kana: progress, last check-in (and how long
    ago, once that is two weeks during the practice), blocked items, hours saved measured
    against the plan's expectation."""
    with workshop.session() as session:
        trainees = trainee_rows(session)
        munis = _pairs(
            session.connection().execute(
                sa_select(col(m.Municipality.id), col(m.Municipality.name))
            )
        )
        plans = plans_by_trainee(session)
        titles = _pairs(
            session.connection().execute(
                sa_select(col(m.Plan.id), col(m.Issue.title)).join(
                    m.Issue, col(m.Issue.id) == col(m.Plan.issue_id)
                )
            )
        )
        expected = expected_hours_by_plan(session)
        practice = plan_practice(session, today)
        measured = _pairs(
            session.connection().execute(
                sa_select(col(m.Outcome.plan_id), col(m.Outcome.hours_saved_per_year))
            )
        )
        stones = milestones(practice_sessions(session))
    start = stones.practice_start
    running = in_practice(stones, today)
    result = []
    for tid, name, kana, mid, _sup in trainees:
        plan_id = plans.get(tid)
        p = practice.get(plan_id, PlanPractice()) if plan_id is not None else PlanPractice()
        stale = (
            check_in_overdue(p.last_check_in, start, today)
            if plan_id is not None and running
            else None
        )
        result.append(
            CohortRow(
                trainee_id=tid,
                name=name,
                kana=kana,
                municipality_id=mid,
                municipality=munis.get(mid, "") if mid is not None else "",
                plan_id=plan_id,
                theme=titles.get(plan_id, "") if plan_id is not None else "",
                items=p.items,
                done=p.done,
                blocked=p.blocked,
                overdue=len(p.overdue_dues),
                progress=rolled_up(p.item_progress, p.last_progress) if plan_id else None,
                last_check_in=p.last_check_in,
                days_without_check_in=stale,
                expected_hours=expected.get(plan_id) if plan_id is not None else None,
                measured_hours=measured.get(plan_id) if plan_id is not None else None,
            )
        )
    return result


# --- operations (see services/ops.py) -----------------------------------------------------------
# ``practice`` ids are the plans' (a trainee's practice hangs on their plan).


def _practice(plan_ids: Iterable[int]) -> ops.Changes:
    return ops.Changes.of(practice=plan_ids)


def _created_op(
    create: Callable[[Workshop], Any],
    set_deleted: Callable[[Workshop, list[int], bool], None],
) -> ops.Operation:
    """An "add" as an operation: the first run creates (one row or a tuple of rows, the
    value); redo brings the same rows back, undo hides them (creating again on redo would
    make rows with new ids)."""

    def rows(value: Any) -> tuple[Any, ...]:
        return value if isinstance(value, tuple) else (value,)

    return ops.created(
        create,
        lambda ws, value, deleted: set_deleted(ws, [r.id for r in rows(value)], deleted),
        lambda value: _practice(r.plan_id for r in rows(value)),
    )


def _deleted_op(
    model: Any, set_deleted: Callable[[Workshop, list[int], bool], None], ids: Iterable[int]
) -> ops.Operation:
    wanted = list(dict.fromkeys(ids))

    def run(workshop: Workshop) -> ops.OpResult[None]:
        with workshop.session() as session:
            plans = session.exec(select(model.plan_id).where(col(model.id).in_(wanted))).all()
        set_deleted(workshop, wanted, True)
        return ops.OpResult(None, _practice(plans), _restored_op(model, set_deleted, wanted, plans))

    return run


def _restored_op(
    model: Any,
    set_deleted: Callable[[Workshop, list[int], bool], None],
    ids: list[int],
    plans: Iterable[int],
) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[None]:
        set_deleted(workshop, ids, False)
        return ops.OpResult(None, _practice(plans), _deleted_op(model, set_deleted, ids))

    return run


def _updated_op(
    update: Callable[[Workshop], Change[Any]], restore: Callable[[Workshop, Any], Any]
) -> ops.Operation:
    return ops.recorded(
        update,
        lambda ws, _change: update(ws),
        lambda ws, change: restore(ws, change.before),
        lambda change: _practice([change.after.plan_id]),
    )


def create_items_from_steps_op(plan_id: int) -> ops.Operation:
    """:func:`create_items_from_steps` as an operation (value: the new rows)."""
    return _created_op(lambda ws: create_items_from_steps(ws, plan_id), set_action_items_deleted)


def add_action_item_op(plan_id: int, title: str, **fields: Any) -> ops.Operation:
    """:func:`add_action_item` as an operation (value: the new ``ActionItemRow``)."""
    return _created_op(
        lambda ws: add_action_item(ws, plan_id, title, **fields), set_action_items_deleted
    )


def update_action_item_op(item_id: int, **fields: Any) -> ops.Operation:
    return _updated_op(lambda ws: update_action_item(ws, item_id, **fields), restore_action_item)


def delete_action_items_op(item_ids: Iterable[int]) -> ops.Operation:
    return _deleted_op(m.ActionItem, set_action_items_deleted, item_ids)


def add_check_in_op(plan_id: int, date: dt.date, progress: int, **fields: Any) -> ops.Operation:
    """:func:`add_check_in` as an operation (value: the new ``CheckInRow``)."""
    return _created_op(
        lambda ws: add_check_in(ws, plan_id, date, progress, **fields), set_check_ins_deleted
    )


def update_check_in_op(check_in_id: int, **fields: Any) -> ops.Operation:
    return _updated_op(lambda ws: update_check_in(ws, check_in_id, **fields), restore_check_in)


def delete_check_ins_op(check_in_ids: Iterable[int]) -> ops.Operation:
    return _deleted_op(m.CheckIn, set_check_ins_deleted, check_in_ids)


def add_next_measurement(
    workshop: Workshop, plan_id: int, first_metric: str, *, date: dt.date | None = None
) -> MeasurementRow:
    """A new measurement of the plan's KPI on *date*: a KPI is measured again and again,
    so the newest measurement's metric and goals carry over (*first_metric* names the
    first one)."""
    with workshop.session() as session:
        _live_plan(session, plan_id)
        last = session.exec(
            select(m.Measurement)
            .where(m.Measurement.plan_id == plan_id, col(m.Measurement.deleted_at).is_(None))
            .order_by(
                col(m.Measurement.date).is_(None),  # undated ones count as the oldest
                col(m.Measurement.date).desc(),
                col(m.Measurement.id).desc(),
            )
        ).first()
        metric = last.metric if last is not None else first_metric
        baseline = last.baseline if last is not None else None
        target = last.target if last is not None else None
    return add_measurement(workshop, plan_id, metric, baseline=baseline, target=target, date=date)


def add_next_measurement_op(
    plan_id: int, first_metric: str, *, date: dt.date | None = None
) -> ops.Operation:
    """:func:`add_next_measurement` as an operation (value: the new ``MeasurementRow``)."""
    return _created_op(
        lambda ws: add_next_measurement(ws, plan_id, first_metric, date=date),
        set_measurements_deleted,
    )


def add_measurement_op(plan_id: int, metric: str, **fields: Any) -> ops.Operation:
    """:func:`add_measurement` as an operation (value: the new ``MeasurementRow``)."""
    return _created_op(
        lambda ws: add_measurement(ws, plan_id, metric, **fields), set_measurements_deleted
    )


def update_measurement_op(measurement_id: int, **fields: Any) -> ops.Operation:
    return _updated_op(
        lambda ws: update_measurement(ws, measurement_id, **fields), restore_measurement
    )


def delete_measurements_op(measurement_ids: Iterable[int]) -> ops.Operation:
    return _deleted_op(m.Measurement, set_measurements_deleted, measurement_ids)


def set_outcome_op(plan_id: int, **fields: Any) -> ops.Operation:
    """:func:`set_outcome` as an operation; its reverse puts the outcome back as it was
    (none, if there was none)."""
    return ops.recorded(
        lambda ws: set_outcome(ws, plan_id, **fields),
        lambda ws, _change: set_outcome(ws, plan_id, **fields),
        lambda ws, change: restore_outcome(ws, plan_id, change.before),
        _practice([plan_id]),
    )
