"""Hearings: one per municipality and optionally one per department of it, with their
answers (stored in the shapes of ``values``) and findings (所見)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain.enums import HearingStatus, QuestionKind
from dxworkshop.services._common import UNSET, Unset, check_date, clean_text, required_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.hearings._rows import live, now
from dxworkshop.services.hearings.questions import sections_in, stored_question
from dxworkshop.services.hearings.read_models import FindingRow, HearingDetail, HearingRow
from dxworkshop.services.hearings.values import check_answer, is_answered
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


def _hearing_rows(session: Session, only: set[int] | None = None) -> list[HearingRow]:
    stmt = select(m.Hearing).where(col(m.Hearing.deleted_at).is_(None))
    if only is not None:
        stmt = stmt.where(col(m.Hearing.id).in_(only))
    hearings = session.exec(stmt).all()
    munis = {
        r.id: r
        for r in session.exec(
            select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
        ).all()
    }
    depts = {r.id: r.name for r in session.exec(select(m.Department)).all()}
    people = {r.id: r.name for r in session.exec(select(m.Person)).all()}
    live_questions = {
        q.id for s in sections_in(session, include_retired=False) for q in s.questions
    }
    answered: dict[int, int] = defaultdict(int)
    ids = [h.id for h in hearings]
    for a in session.exec(
        select(m.HearingAnswer).where(col(m.HearingAnswer.hearing_id).in_(ids))
    ).all():
        if a.question_id in live_questions and is_answered(a.value):
            answered[a.hearing_id] += 1
    findings: dict[int, int] = defaultdict(int)
    for f in session.exec(
        select(m.Finding).where(
            col(m.Finding.hearing_id).in_(ids), col(m.Finding.deleted_at).is_(None)
        )
    ).all():
        findings[f.hearing_id] += 1
    rows = []
    for h in hearings:
        assert h.id is not None
        muni = munis.get(h.municipality_id)
        if muni is None:  # its municipality was deleted: the hearing goes with it
            continue
        rows.append(
            HearingRow(
                id=h.id,
                municipality_id=h.municipality_id,
                municipality_name=muni.name,
                department_id=h.department_id,
                department_name=depts.get(h.department_id, "") if h.department_id else "",
                date=h.date,
                interviewer_id=h.interviewer_id,
                interviewer_name=people.get(h.interviewer_id, "") if h.interviewer_id else "",
                attendees=h.attendees,
                status=HearingStatus(h.status),
                notes=h.notes,
                answered=answered[h.id],
                questions=len(live_questions),
                findings=findings[h.id],
            )
        )
    order = {r.id: (r.code == "", r.code, r.kana or r.name, r.id or 0) for r in munis.values()}
    rows.sort(key=lambda r: (order[r.municipality_id], r.department_id is not None, r.id))
    return rows


def list_hearings(workshop: Workshop) -> list[HearingRow]:
    """Live hearings of live municipalities, in the municipalities' official order."""
    with workshop.session() as session:
        return _hearing_rows(session)


def findings_of(session: Session, hearing_id: int) -> tuple[FindingRow, ...]:
    rows = session.exec(
        select(m.Finding)
        .where(m.Finding.hearing_id == hearing_id, col(m.Finding.deleted_at).is_(None))
        .order_by(col(m.Finding.position), col(m.Finding.id))
    ).all()
    ids = [r.id for r in rows]
    issues: dict[int, list[int]] = defaultdict(list)
    for issue in session.exec(
        select(m.Issue).where(col(m.Issue.finding_id).in_(ids), col(m.Issue.deleted_at).is_(None))
    ).all():
        assert issue.finding_id is not None and issue.id is not None
        issues[issue.finding_id].append(issue.id)
    return tuple(
        FindingRow(r.id or 0, r.hearing_id, r.text, r.position, tuple(issues[r.id or 0]))
        for r in rows
    )


def get_hearing(workshop: Workshop, hearing_id: int) -> HearingDetail:
    with workshop.session() as session:
        rows = _hearing_rows(session, {hearing_id})
        if not rows:
            raise NotFound("hearing", hearing_id)
        answers = {
            a.question_id: a.value
            for a in session.exec(
                select(m.HearingAnswer).where(m.HearingAnswer.hearing_id == hearing_id)
            ).all()
            if a.value is not None
        }
        return HearingDetail(rows[0], answers, findings_of(session, hearing_id))


def _status(value: HearingStatus | str) -> HearingStatus:
    try:
        return HearingStatus(value)
    except ValueError:
        raise ValidationError("status", "bad_value", f"unknown status {value!r}") from None


def _check_hearing_links(
    session: Session,
    hearing_id: int | None,
    municipality_id: int,
    department_id: int | None,
    interviewer_id: int | None,
) -> None:
    live(session, m.Municipality, municipality_id, "municipality")
    if department_id is not None:
        dept = live(session, m.Department, department_id, "department")
        if dept.municipality_id != municipality_id:
            raise ValidationError(
                "department", "mismatch", "the department belongs to another municipality"
            )
    if interviewer_id is not None:
        live(session, m.Person, interviewer_id, "person")
    for other in session.exec(
        select(m.Hearing).where(
            m.Hearing.municipality_id == municipality_id, col(m.Hearing.deleted_at).is_(None)
        )
    ).all():
        if other.id != hearing_id and other.department_id == department_id:
            raise ValidationError(
                "department" if department_id is not None else "municipality",
                "duplicate",
                "there is already a hearing for it",
            )


def add_hearing(
    workshop: Workshop,
    municipality_id: int,
    *,
    department_id: int | None = None,
    date: dt.date | None = None,
    interviewer_id: int | None = None,
    attendees: str = "",
    status: HearingStatus | str = HearingStatus.PLANNED,
    notes: str = "",
) -> HearingRow:
    """One hearing per municipality, and optionally one more per department of it."""
    row = m.Hearing(
        municipality_id=municipality_id,
        department_id=department_id,
        date=check_date("date", date),
        interviewer_id=interviewer_id,
        attendees=clean_text(attendees),
        status=_status(status).value,
        notes=notes.strip(),
    )
    with workshop.session() as session:
        _check_hearing_links(session, None, municipality_id, department_id, interviewer_id)
        session.add(row)
        session.commit()
        assert row.id is not None
        return _hearing_rows(session, {row.id})[0]


def update_hearing(
    workshop: Workshop,
    hearing_id: int,
    *,
    department_id: int | Unset | None = UNSET,
    date: dt.date | Unset | None = UNSET,
    interviewer_id: int | Unset | None = UNSET,
    attendees: str | None = None,
    status: HearingStatus | str | None = None,
    notes: str | None = None,
) -> HearingRow:
    """Change the given fields; for ids and the date, ``None`` clears and omitting keeps."""
    with workshop.session() as session:
        row = live(session, m.Hearing, hearing_id, "hearing")
        if department_id is not UNSET:
            row.department_id = department_id
        if date is not UNSET:
            row.date = check_date("date", date)
        if interviewer_id is not UNSET:
            row.interviewer_id = interviewer_id
        if attendees is not None:
            row.attendees = clean_text(attendees)
        if status is not None:
            row.status = _status(status).value
        if notes is not None:
            row.notes = notes.strip()
        _check_hearing_links(
            session, hearing_id, row.municipality_id, row.department_id, row.interviewer_id
        )
        session.add(row)
        session.commit()
        return _hearing_rows(session, {hearing_id})[0]


def set_hearing_deleted(workshop: Workshop, hearing_id: int, deleted: bool) -> None:
    with workshop.session() as session:
        row = session.get(m.Hearing, hearing_id)
        if row is None:
            raise NotFound("hearing", hearing_id)
        if not deleted:
            _check_hearing_links(session, hearing_id, row.municipality_id, row.department_id, None)
        row.deleted_at = now() if deleted else None
        session.add(row)
        session.commit()


def get_answer(workshop: Workshop, hearing_id: int, question_id: int) -> Any:
    with workshop.session() as session:
        answer = session.get(m.HearingAnswer, (hearing_id, question_id))
        return answer.value if answer is not None else None


def store_answer(session: Session, hearing_id: int, question_id: int, value: Any) -> Any:
    q = stored_question(session, question_id)
    value = check_answer(QuestionKind(q.kind), q.choices or [], value)
    answer = session.get(m.HearingAnswer, (hearing_id, question_id))
    if value is None:
        if answer is not None:
            session.delete(answer)
        return None
    if answer is None:
        answer = m.HearingAnswer(hearing_id=hearing_id, question_id=question_id, value=value)
    else:
        answer.value = value
    session.add(answer)
    return value


def set_answer(workshop: Workshop, hearing_id: int, question_id: int, value: Any) -> Any:
    """Store one answer (None or empty clears it); returns the value as stored."""
    with workshop.session() as session:
        live(session, m.Hearing, hearing_id, "hearing")
        stored = store_answer(session, hearing_id, question_id, value)
        session.commit()
        return stored


def set_answers(workshop: Workshop, hearing_id: int, values: Mapping[int, Any]) -> None:
    """Several answers in one commit (all or none): question id → value (None clears)."""
    with workshop.session() as session:
        live(session, m.Hearing, hearing_id, "hearing")
        for question_id, value in values.items():
            store_answer(session, hearing_id, question_id, value)
        session.commit()


def list_findings(workshop: Workshop, hearing_id: int) -> list[FindingRow]:
    with workshop.session() as session:
        return list(findings_of(session, hearing_id))


def add_finding(workshop: Workshop, hearing_id: int, text: str) -> FindingRow:
    """A finding (所見) at the end of the hearing's list."""
    text = required_text("text", text)
    with workshop.session() as session:
        live(session, m.Hearing, hearing_id, "hearing")
        last = session.exec(
            select(m.Finding.position).where(m.Finding.hearing_id == hearing_id)
        ).all()
        row = m.Finding(hearing_id=hearing_id, text=text, position=max(last, default=-1) + 1)
        session.add(row)
        session.commit()
        assert row.id is not None
        return FindingRow(row.id, hearing_id, row.text, row.position, ())


def update_finding(workshop: Workshop, finding_id: int, text: str) -> None:
    text = required_text("text", text)
    with workshop.session() as session:
        row = live(session, m.Finding, finding_id, "finding")
        row.text = text
        session.add(row)
        session.commit()


def set_finding_deleted(workshop: Workshop, finding_id: int, deleted: bool) -> None:
    with workshop.session() as session:
        row = session.get(m.Finding, finding_id)
        if row is None:
            raise NotFound("finding", finding_id)
        row.deleted_at = now() if deleted else None
        session.add(row)
        session.commit()


def finding_order(workshop: Workshop, hearing_id: int) -> list[int]:
    """Every finding id of a hearing (deleted ones too) in order, for ``reorder_findings``."""
    with workshop.session() as session:
        return [
            r.id or 0
            for r in session.exec(
                select(m.Finding)
                .where(m.Finding.hearing_id == hearing_id)
                .order_by(col(m.Finding.position), col(m.Finding.id))
            ).all()
        ]


def reorder_findings(workshop: Workshop, hearing_id: int, ordered_ids: Sequence[int]) -> None:
    with workshop.session() as session:
        rows = {
            r.id: r
            for r in session.exec(select(m.Finding).where(m.Finding.hearing_id == hearing_id))
        }
        if sorted(ordered_ids) != sorted(r or 0 for r in rows):
            raise ValidationError("findings", "mismatch", "the order must list every finding")
        for position, ident in enumerate(ordered_ids):
            rows[ident].position = position
            session.add(rows[ident])
        session.commit()
