"""Applying an import in one transaction (:func:`import_roster`, :func:`import_sheet`), and
taking it back and putting it again exactly (:func:`undo_import`, :func:`redo_import`)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlmodel import Session

from dxworkshop.domain.enums import Role
from dxworkshop.services.municipalities import national_list
from dxworkshop.services.roster.plan import _Plan, _plan, _Ref, _report
from dxworkshop.services.roster.read import read_roster
from dxworkshop.services.roster.read_models import (
    CodeUpdate,
    ColumnMapping,
    ImportUndo,
    PersonUpdate,
    PersonValues,
    RosterReport,
    RosterSheet,
)
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)


def _kana(code: str) -> str:
    """A new municipality's kana: the national list's, where it has the code."""
    entry = national_list().by_code(code) if code else None
    return entry.kana if entry is not None else ""


def _values(person: m.Person) -> PersonValues:
    return PersonValues(
        name=person.name,
        kana=person.kana,
        title=person.title,
        email=person.email,
        municipality_id=person.municipality_id,
        department_id=person.department_id,
        supervisor_id=person.supervisor_id,
    )


def _set_values(person: m.Person, values: PersonValues) -> None:
    person.name = values.name
    person.kana = values.kana
    person.title = values.title
    person.email = values.email
    person.municipality_id = values.municipality_id
    person.department_id = values.department_id
    person.supervisor_id = values.supervisor_id


def _apply(session: Session, plan: _Plan) -> ImportUndo:
    before = {
        p.existing.id: _values(p.existing)
        for p in plan.people
        if p.existing is not None and p.existing.id is not None
    }
    codes: list[CodeUpdate] = []
    new_munis = [
        m.Municipality(name=name, kana=_kana(code), code=code) for name, code in plan.municipalities
    ]
    session.add_all(new_munis)
    for known_id, code in plan.code_updates.items():
        muni = session.get(m.Municipality, known_id)
        if muni is not None:
            codes.append(CodeUpdate(known_id, muni.code, code))
            muni.code = code
            session.add(muni)
    session.flush()

    def muni_id(ref: _Ref) -> int:
        ident = ref[1] if ref[0] == "db" else new_munis[ref[1]].id
        assert ident is not None
        return ident

    new_depts = [m.Department(municipality_id=muni_id(mu), name=n) for mu, n in plan.departments]
    session.add_all(new_depts)
    session.flush()

    def dept_id(ref: _Ref) -> int:
        ident = ref[1] if ref[0] == "db" else new_depts[ref[1]].id
        assert ident is not None
        return ident

    rows: list[m.Person] = []
    for person in plan.people:
        target = person.existing
        if target is None:
            target = m.Person(
                name=person.name,
                kana=person.kana,
                title=person.title,
                email=person.email,
                municipality_id=muni_id(person.municipality) if person.municipality else None,
                department_id=dept_id(person.department) if person.department else None,
            )
        else:
            changed = set(person.changes)
            if "name" in changed:
                target.name = person.name
            if "kana" in changed:
                target.kana = person.kana
            if "title" in changed:
                target.title = person.title
            if "email" in changed:
                target.email = person.email
            if "municipality" in changed and person.municipality:
                target.municipality_id = muni_id(person.municipality)
            if "department" in changed and person.department:
                target.department_id = dept_id(person.department)
        rows.append(target)
    session.add_all(rows)
    session.flush()
    for person, target in zip(plan.people, rows, strict=True):
        if person.supervisor is not None:
            boss_id = rows[person.supervisor].id
            if target.supervisor_id != boss_id:
                target.supervisor_id = boss_id
                session.add(target)
        assert target.id is not None
        session.add_all(
            m.PersonRole(person_id=target.id, role=role.value)
            for role in sorted(person.missing_roles)
        )
    session.flush()
    created: list[int] = []
    updates: list[PersonUpdate] = []
    roles_added: list[tuple[int, Role]] = []
    for person, target in zip(plan.people, rows, strict=True):
        assert target.id is not None
        if person.existing is None:
            created.append(target.id)
            continue
        if (after := _values(target)) != before[target.id]:
            updates.append(PersonUpdate(target.id, before[target.id], after))
        roles_added.extend((target.id, role) for role in sorted(person.missing_roles))
    return ImportUndo(
        municipalities=tuple(mu.id for mu in new_munis if mu.id is not None),
        departments=tuple(d.id for d in new_depts if d.id is not None),
        people=tuple(created),
        updates=tuple(updates),
        roles_added=tuple(roles_added),
        codes=tuple(codes),
    )


def import_roster(
    workshop: Workshop,
    path: Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    mapping: ColumnMapping | None = None,
) -> RosterReport:
    """Import the people of a roster file into *workshop*, in one transaction.

    Re-importing the same file changes nothing (every row reported unchanged). With
    ``dry_run`` the report is computed the same way and nothing is written. *mapping* is
    :func:`read_roster`'s. Raises a :class:`RosterError`, having changed nothing, when the
    file cannot be read at all. The report of a real import carries the :class:`ImportUndo`
    that :func:`undo_import` takes.
    """
    return import_sheet(workshop, read_roster(path, sheet, mapping=mapping), dry_run=dry_run)


def import_sheet(workshop: Workshop, roster: RosterSheet, *, dry_run: bool = False) -> RosterReport:
    """Import a roster already read by :func:`read_roster` (what a preview showed is what is
    imported, even if the file changes meanwhile); otherwise as :func:`import_roster`."""
    with workshop.session() as session:
        plan = _plan(session, roster)
        report = _report(roster, plan, dry_run)
        if not dry_run:
            report = replace(report, undo=_apply(session, plan))
            session.commit()
    where = f" [{roster.sheet}]" if roster.sheet else ""
    log.info(
        "roster %s%s%s: %s", roster.path, where, " (dry run)" if dry_run else "", report.summary()
    )
    return report


def _undo_token(token: ImportUndo | RosterReport) -> ImportUndo:
    if isinstance(token, RosterReport):
        if token.undo is None:
            raise ValueError("the report of a dry run has nothing to undo")
        return token.undo
    return token


def undo_import(workshop: Workshop, token: ImportUndo | RosterReport) -> None:
    """Take back one real import: soft-delete the people, municipalities and departments it
    created, give updated people their previous values and remove the roles it added.

    Meant for the undo stack: the workshop is as the import left it (later edits undone).
    """
    undo = _undo_token(token)
    now = dt.datetime.now(dt.UTC)
    with workshop.session() as session:
        for update in undo.updates:
            if (person := session.get(m.Person, update.person_id)) is not None:
                _set_values(person, update.before)
                session.add(person)
        for person_id, role in undo.roles_added:
            if (pr := session.get(m.PersonRole, (person_id, role.value))) is not None:
                session.delete(pr)
        for code in undo.codes:
            if (muni := session.get(m.Municipality, code.municipality_id)) is not None:
                muni.code = code.before
                session.add(muni)
        _set_deleted(session, m.Person, undo.people, now)
        _set_deleted(session, m.Department, undo.departments, now)
        _set_deleted(session, m.Municipality, undo.municipalities, now)
        session.commit()
    log.info(
        "roster import undone (%d people created, %d updated)", len(undo.people), len(undo.updates)
    )


def redo_import(workshop: Workshop, token: ImportUndo | RosterReport) -> None:
    """Put back an import that :func:`undo_import` took back, exactly as it was."""
    undo = _undo_token(token)
    with workshop.session() as session:
        _set_deleted(session, m.Municipality, undo.municipalities, None)
        _set_deleted(session, m.Department, undo.departments, None)
        _set_deleted(session, m.Person, undo.people, None)
        for code in undo.codes:
            if (muni := session.get(m.Municipality, code.municipality_id)) is not None:
                muni.code = code.after
                session.add(muni)
        for person_id, role in undo.roles_added:
            if session.get(m.PersonRole, (person_id, role.value)) is None:
                session.add(m.PersonRole(person_id=person_id, role=role.value))
        for update in undo.updates:
            if (person := session.get(m.Person, update.person_id)) is not None:
                _set_values(person, update.after)
                session.add(person)
        session.commit()
    log.info(
        "roster import redone (%d people created, %d updated)", len(undo.people), len(undo.updates)
    )


def _set_deleted(
    session: Session, model: type[m.SoftDeleted], ids: Sequence[int], when: dt.datetime | None
) -> None:
    for ident in ids:
        row = session.get(model, ident)
        if row is not None:
            row.deleted_at = when
            session.add(row)
