"""Setup phase: a new programme with the shipped defaults, its details and its sessions (研修回)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from dxworkshop.domain.enums import Phase
from dxworkshop.services import defaults, municipalities, ops
from dxworkshop.services._common import (
    UNSET,
    Unset,
    check_date,
    check_year,
    clean_text,
    required_text,
)
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@dataclass(frozen=True, slots=True)
class ProgrammeInfo:
    name: str
    fiscal_year: int | None
    organiser: str
    start_date: dt.date | None
    end_date: dt.date | None
    description: str
    issue_categories: tuple[str, ...]
    dx_means_catalogue: tuple[str, ...]
    prefecture: str = ""  # 岡山県: whose municipalities rosters and the participants page know


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    title: str
    phase: Phase
    date: dt.date | None
    place: str


def new_programme(
    path: Path | str,
    name: str,
    *,
    fiscal_year: int | None = None,
    organiser: str = "",
    start_date: dt.date | None = None,
    prefecture: str = "",
    backup_root: Path | None = None,
) -> Workshop:
    """Create a workshop file for a new programme with every shipped default.

    With a start date, the schedule of sessions and the feedback rounds are generated
    from the two-month template; the criteria, payoff axes, rubric, hearing template
    and catalogues always are. *prefecture* (岡山県, 岡山 or 33) is the one the programme
    belongs to.
    """
    name = required_text("name", name)
    prefecture = municipalities.prefecture_name(prefecture)
    fiscal_year = check_year("fiscal_year", fiscal_year)
    start_date = check_date("start_date", start_date)
    end_date = (
        start_date + dt.timedelta(days=defaults.schedule_length_days()) if start_date else None
    )

    def initialise(session: Session) -> None:
        session.add(
            m.Programme(
                name=name,
                fiscal_year=fiscal_year,
                organiser=clean_text(organiser),
                start_date=start_date,
                end_date=end_date,
                issue_categories=defaults.issue_categories(),
                dx_means_catalogue=defaults.dx_means(),
                prefecture=prefecture,
            )
        )
        defaults.add_criteria_and_rubric(session)
        defaults.add_hearing_template(session)
        if start_date is not None:
            defaults.add_schedule(session, start_date)

    return Workshop.create(path, initialise, backup_root=backup_root)


def _programme_row(session: Session) -> m.Programme:
    row = session.exec(select(m.Programme).order_by(col(m.Programme.id))).first()
    if row is None:
        raise NotFound("programme", 1)
    return row


def get_programme(workshop: Workshop) -> ProgrammeInfo:
    with workshop.session() as session:
        p = _programme_row(session)
        return ProgrammeInfo(
            name=p.name,
            fiscal_year=p.fiscal_year,
            organiser=p.organiser,
            start_date=p.start_date,
            end_date=p.end_date,
            description=p.description,
            issue_categories=tuple(p.issue_categories),
            dx_means_catalogue=tuple(p.dx_means_catalogue),
            prefecture=p.prefecture,
        )


def update_programme(
    workshop: Workshop,
    *,
    name: str | None = None,
    fiscal_year: int | Unset | None = UNSET,
    organiser: str | None = None,
    start_date: dt.date | Unset | None = UNSET,
    end_date: dt.date | Unset | None = UNSET,
    description: str | None = None,
    prefecture: str | None = None,
) -> ProgrammeInfo:
    """Change the given fields.

    Text fields: None leaves them as they are. The year and dates can be cleared, so for
    them None clears and leaving the argument out leaves them as they are.
    """
    with workshop.session() as session:
        p = _programme_row(session)
        if name is not None:
            p.name = required_text("name", name)
        if not isinstance(fiscal_year, Unset):
            p.fiscal_year = check_year("fiscal_year", fiscal_year)
        if organiser is not None:
            p.organiser = clean_text(organiser)
        if not isinstance(start_date, Unset):
            p.start_date = check_date("start_date", start_date)
        if not isinstance(end_date, Unset):
            p.end_date = check_date("end_date", end_date)
        if p.start_date and p.end_date and p.end_date < p.start_date:
            raise ValidationError("end_date", "before_start", "the end date is before the start")
        if description is not None:
            p.description = description.strip()
        if prefecture is not None:
            p.prefecture = municipalities.prefecture_name(prefecture)
        session.add(p)
        session.commit()
    return get_programme(workshop)


# --- sessions (研修回) ------------------------------------------------------


def _session_row(row: m.TrainingSession) -> SessionRow:
    assert row.id is not None
    return SessionRow(row.id, row.title, Phase(row.phase), row.date, row.place)


def list_sessions(workshop: Workshop) -> list[SessionRow]:
    """Live sessions in date order (undated last), then creation order."""
    with workshop.session() as session:
        rows = session.exec(
            select(m.TrainingSession).where(col(m.TrainingSession.deleted_at).is_(None))
        ).all()
        ordered = sorted(rows, key=lambda r: (r.date is None, r.date or dt.date.min, r.id or 0))
        return [_session_row(r) for r in ordered]


def _phase(value: Phase | str) -> Phase:
    try:
        return Phase(value)
    except ValueError:
        raise ValidationError("phase", "bad_value", f"unknown phase {value!r}") from None


def add_session(
    workshop: Workshop, title: str, phase: Phase | str, date: dt.date | None, place: str = ""
) -> SessionRow:
    row = m.TrainingSession(
        title=required_text("title", title),
        phase=_phase(phase).value,
        date=check_date("date", date),
        place=clean_text(place),
    )
    with workshop.session() as session:
        session.add(row)
        session.commit()
        return _session_row(row)


def update_session(
    workshop: Workshop,
    session_id: int,
    *,
    title: str | None = None,
    phase: Phase | str | None = None,
    date: dt.date | None = None,
    clear_date: bool = False,
    place: str | None = None,
) -> SessionRow:
    with workshop.session() as session:
        row = session.get(m.TrainingSession, session_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("session", session_id)
        if title is not None:
            row.title = required_text("title", title)
        if phase is not None:
            row.phase = _phase(phase).value
        if clear_date:
            row.date = None
        elif date is not None:
            row.date = check_date("date", date)
        if place is not None:
            row.place = clean_text(place)
        session.add(row)
        session.commit()
        return _session_row(row)


def set_session_deleted(workshop: Workshop, session_id: int, deleted: bool) -> None:
    """Soft-delete (or restore, for undo) a session."""
    with workshop.session() as session:
        row = session.get(m.TrainingSession, session_id)
        if row is None:
            raise NotFound("session", session_id)
        row.deleted_at = dt.datetime.now(dt.UTC) if deleted else None
        session.add(row)
        session.commit()


def current_session_index(sessions: list[SessionRow], today: dt.date) -> int | None:
    """Index of the next session on or after *today* (None when all are past or undated)."""
    for index, s in enumerate(sessions):
        if s.date is not None and s.date >= today:
            return index
    return None


# --- counts (for `check` and the home page) -----------------------------------

COUNTED_TABLES: tuple[tuple[str, type[SQLModel]], ...] = (
    ("municipalities", m.Municipality),
    ("departments", m.Department),
    ("people", m.Person),
    ("groups", m.WorkGroup),
    ("sessions", m.TrainingSession),
    ("hearings", m.Hearing),
    ("issues", m.Issue),
    ("clusters", m.Cluster),
    ("criteria", m.Criterion),
    ("scores", m.Score),
    ("themes", m.Theme),
    ("plans", m.Plan),
    ("plan_versions", m.PlanVersion),
    ("feedback", m.Feedback),
    ("actions", m.ActionItem),
    ("check_ins", m.CheckIn),
    ("measurements", m.Measurement),
    ("outcomes", m.Outcome),
)


def counts(workshop: Workshop) -> dict[str, int]:
    """Live rows per kind of thing (soft-deleted rows not counted)."""
    result: dict[str, int] = {}
    with workshop.session() as session:
        for label, model in COUNTED_TABLES:
            stmt = select(func.count()).select_from(model)
            if "deleted_at" in model.model_fields:
                stmt = stmt.where(getattr(model, "deleted_at").is_(None))  # noqa: B009
            result[label] = int(session.exec(stmt).one())
    return result


# --- operations (see services/ops.py) -----------------------------------------------------------

_PROGRAMME_FIELDS = (
    "name",
    "fiscal_year",
    "organiser",
    "start_date",
    "end_date",
    "description",
    "prefecture",
)
_SESSION_FIELDS = ("title", "phase", "date", "place")


def update_programme_op(**fields: Any) -> ops.Operation:
    """:func:`update_programme` as an operation; its reverse puts the fields back (a year
    or date that was not set is cleared again)."""
    unknown = set(fields) - set(_PROGRAMME_FIELDS)
    if unknown:
        raise TypeError(f"update_programme has no field {', '.join(sorted(unknown))}")

    def run(workshop: Workshop) -> ops.OpResult[ProgrammeInfo]:
        with workshop.session() as session:
            ident = _programme_row(session).id
        old = get_programme(workshop)
        info = update_programme(workshop, **fields)
        before = {name: getattr(old, name) for name in fields}
        changes = ops.Changes.of(programme=[ident or 0])
        return ops.OpResult(info, changes, update_programme_op(**before))

    return run


def _session_update(fields: dict[str, Any]) -> dict[str, Any]:
    """:func:`update_session`'s arguments for *fields*, where a ``date`` of None clears."""
    args = dict(fields)
    if "date" in args and args["date"] is None:
        del args["date"]
        args["clear_date"] = True
    return args


def _live_session(workshop: Workshop, session_id: int) -> SessionRow:
    with workshop.session() as session:
        row = session.get(m.TrainingSession, session_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("session", session_id)
        return _session_row(row)


def update_session_op(session_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_session` (title, phase, date — None clears it —, place) as an
    operation; its reverse puts the fields back."""
    unknown = set(fields) - set(_SESSION_FIELDS)
    if unknown:
        raise TypeError(f"update_session has no field {', '.join(sorted(unknown))}")

    def run(workshop: Workshop) -> ops.OpResult[SessionRow]:
        old = _live_session(workshop, session_id)
        row = update_session(workshop, session_id, **_session_update(fields))
        before = {name: getattr(old, name) for name in fields}
        changes = ops.Changes.of(session=[session_id])
        return ops.OpResult(row, changes, update_session_op(session_id, **before))

    return run


def add_session_op(
    title: str, phase: Phase | str, date: dt.date | None, place: str = ""
) -> ops.Operation:
    """:func:`add_session` as an operation (value: the new ``SessionRow``); its reverse
    removes the session, whose reverse brings the same session back."""
    return ops.created(
        lambda ws: add_session(ws, title, phase, date, place),
        lambda ws, row, deleted: set_session_deleted(ws, row.id, deleted),
        lambda row: ops.Changes.of(session=[row.id]),
    )


def set_sessions_deleted_op(session_ids: Iterable[int], deleted: bool) -> ops.Operation:
    """Soft-delete (or restore) sessions as one operation."""
    ids = list(dict.fromkeys(session_ids))

    def apply(workshop: Workshop, value: bool) -> None:
        for ident in ids:
            set_session_deleted(workshop, ident, value)

    return ops.reversible(
        lambda ws: apply(ws, deleted),
        lambda ws: apply(ws, not deleted),
        ops.Changes.of(session=ids),
    )


def set_session_dates_op(dates: Mapping[int, dt.date | None]) -> ops.Operation:
    """Give sessions these dates (None: undated) as one operation; its reverse puts the
    dates they had back. Every date is checked before any is saved."""
    wanted = dict(dates)

    def run(workshop: Workshop) -> ops.OpResult[None]:
        for day in wanted.values():
            check_date("date", day)
        before = {ident: _live_session(workshop, ident).date for ident in wanted}
        for ident, day in wanted.items():
            update_session(workshop, ident, **_session_update({"date": day}))
        changes = ops.Changes.of(session=wanted)
        return ops.OpResult(None, changes, set_session_dates_op(before))

    return run


def shift_sessions_op(session_ids: Iterable[int], days: int) -> ops.Operation:
    """Move the dated ones of these sessions by *days* (undated ones stay undated)."""
    ids = list(dict.fromkeys(session_ids))

    def run(workshop: Workshop) -> ops.OpResult[None]:
        current = {ident: _live_session(workshop, ident).date for ident in ids}
        moved = {ident: day + dt.timedelta(days=days) for ident, day in current.items() if day}
        return set_session_dates_op(moved)(workshop)

    return run
