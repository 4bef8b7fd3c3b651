"""Setup phase: municipalities (市町村), departments (所属), people and roles, work groups (班)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlmodel import Session, col, delete, select

from dxworkshop.domain.enums import Role
from dxworkshop.domain.grouping import mix_groups
from dxworkshop.domain.names import person_sort_key
from dxworkshop.services import municipalities, ops
from dxworkshop.services._common import UNSET, Unset, check_code, clean_text, required_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

T = TypeVar("T", bound=m.SoftDeleted)


@dataclass(frozen=True, slots=True)
class MunicipalityRow:
    id: int
    name: str
    kana: str
    code: str


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    id: int
    municipality_id: int
    name: str


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    kana: str
    municipality_id: int | None
    municipality_name: str
    department_id: int | None
    department_name: str
    title: str
    email: str
    roles: frozenset[Role]
    supervisor_id: int | None
    supervisor_name: str


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: int
    name: str
    member_ids: tuple[int, ...]


#: the rows an added record returns (see ``_created_op``)
T_Row = TypeVar("T_Row", MunicipalityRow, DepartmentRow, PersonRow, GroupRow)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _live(session: Session, model: type[T], ident: int, what: str) -> T:
    row = session.get(model, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound(what, ident)
    return row


def _set_deleted(
    workshop: Workshop, model: type[m.SoftDeleted], ident: int, what: str, deleted: bool
) -> None:
    with workshop.session() as session:
        row = session.get(model, ident)
        if row is None:
            raise NotFound(what, ident)
        row.deleted_at = _now() if deleted else None
        session.add(row)
        session.commit()


# --- municipalities -------------------------------------------------------------


def _municipality(row: m.Municipality) -> MunicipalityRow:
    assert row.id is not None
    return MunicipalityRow(row.id, row.name, row.kana, row.code)


def list_municipalities(workshop: Workshop) -> list[MunicipalityRow]:
    """Live municipalities, by 団体コード (the official order), then kana and name."""
    with workshop.session() as session:
        rows = session.exec(
            select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
        ).all()
        ordered = sorted(rows, key=lambda r: (r.code == "", r.code, r.kana or r.name, r.id or 0))
        return [_municipality(r) for r in ordered]


def add_municipality(
    workshop: Workshop, name: str, kana: str = "", code: str = ""
) -> MunicipalityRow:
    """A new municipality. In a programme of a prefecture, one given by name alone must be
    among that prefecture's (or the prefecture itself): it takes the national list's name,
    code and — unless given — kana, and any other name is refused
    (``municipalities.NotInPrefecture``, with the nearest names). A rename later keeps it."""
    name = required_text("name", name)
    kana = clean_text(kana)
    with workshop.session() as session:
        prefecture = session.exec(select(m.Programme.prefecture)).first() or ""
    if prefecture and not (code or "").strip():
        entry = municipalities.in_prefecture(name, prefecture)
        name, code, kana = entry.name, entry.code, kana or entry.kana
    row = m.Municipality(name=name, kana=kana, code=check_code("code", code, name))
    with workshop.session() as session:
        _refuse_duplicate_municipality(session, row.name, row.code, None)
        session.add(row)
        session.commit()
        return _municipality(row)


def _refuse_duplicate_municipality(
    session: Session, name: str, code: str, own_id: int | None
) -> None:
    for other in session.exec(
        select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
    ).all():
        if other.id == own_id:
            continue
        if other.name == name:
            raise ValidationError("name", "duplicate", f"{name} is already in the programme")
        if code and other.code == code:
            raise ValidationError(
                "code", "duplicate", f"code {code} is already used by {other.name}"
            )


def update_municipality(
    workshop: Workshop,
    municipality_id: int,
    *,
    name: str | None = None,
    kana: str | None = None,
    code: str | None = None,
) -> MunicipalityRow:
    with workshop.session() as session:
        row = _live(session, m.Municipality, municipality_id, "municipality")
        if name is not None:
            row.name = required_text("name", name)
        if kana is not None:
            row.kana = clean_text(kana)
        if code is not None:
            # read against the name it is given with; a later rename (倉敷市役所) keeps it
            row.code = check_code("code", code, row.name)
        _refuse_duplicate_municipality(session, row.name, row.code, row.id)
        session.add(row)
        session.commit()
        return _municipality(row)


def set_municipality_deleted(workshop: Workshop, municipality_id: int, deleted: bool) -> None:
    _set_deleted(workshop, m.Municipality, municipality_id, "municipality", deleted)


# --- departments ---------------------------------------------------------------------


def list_departments(workshop: Workshop, municipality_id: int | None = None) -> list[DepartmentRow]:
    with workshop.session() as session:
        stmt = select(m.Department).where(col(m.Department.deleted_at).is_(None))
        if municipality_id is not None:
            stmt = stmt.where(m.Department.municipality_id == municipality_id)
        rows = session.exec(
            stmt.order_by(col(m.Department.municipality_id), col(m.Department.id))
        ).all()
        return [DepartmentRow(r.id or 0, r.municipality_id, r.name) for r in rows]


def add_department(workshop: Workshop, municipality_id: int, name: str) -> DepartmentRow:
    name = required_text("name", name)
    with workshop.session() as session:
        _live(session, m.Municipality, municipality_id, "municipality")
        existing = session.exec(
            select(m.Department).where(
                m.Department.municipality_id == municipality_id,
                m.Department.name == name,
                col(m.Department.deleted_at).is_(None),
            )
        ).first()
        if existing is not None:
            raise ValidationError(
                "name", "duplicate", f"{name} already exists in this municipality"
            )
        row = m.Department(municipality_id=municipality_id, name=name)
        session.add(row)
        session.commit()
        return DepartmentRow(row.id or 0, row.municipality_id, row.name)


def rename_department(workshop: Workshop, department_id: int, name: str) -> DepartmentRow:
    with workshop.session() as session:
        row = _live(session, m.Department, department_id, "department")
        row.name = required_text("name", name)
        session.add(row)
        session.commit()
        return DepartmentRow(row.id or 0, row.municipality_id, row.name)


def set_department_deleted(workshop: Workshop, department_id: int, deleted: bool) -> None:
    _set_deleted(workshop, m.Department, department_id, "department", deleted)


# --- people --------------------------------------------------------------------------


def _roles(values: Iterable[Role | str]) -> frozenset[Role]:
    result = set()
    for value in values:
        try:
            result.add(Role(value))
        except ValueError:
            raise ValidationError("roles", "bad_value", f"unknown role {value!r}") from None
    return frozenset(result)


def list_people(workshop: Workshop, role: Role | None = None) -> list[PersonRow]:
    """Live people with their municipality, department, roles and supervisor resolved.

    A handful of queries whatever the size (no per-person queries), ordered by kana
    (五十音順) then name.
    """
    with workshop.session() as session:
        return _people(session, role)


def _people(
    session: Session, role: Role | None = None, only: set[int] | None = None
) -> list[PersonRow]:
    people = session.exec(select(m.Person).where(col(m.Person.deleted_at).is_(None))).all()
    munis = {r.id: r.name for r in session.exec(select(m.Municipality)).all()}
    depts = {r.id: r.name for r in session.exec(select(m.Department)).all()}
    roles: dict[int, set[Role]] = defaultdict(set)
    for pr in session.exec(select(m.PersonRole)).all():
        roles[pr.person_id].add(Role(pr.role))
    names = {p.id: p.name for p in people}
    result = []
    for p in people:
        assert p.id is not None
        if only is not None and p.id not in only:
            continue
        if role is not None and role not in roles[p.id]:
            continue
        result.append(
            PersonRow(
                id=p.id,
                name=p.name,
                kana=p.kana,
                municipality_id=p.municipality_id,
                municipality_name=munis.get(p.municipality_id, "") if p.municipality_id else "",
                department_id=p.department_id,
                department_name=depts.get(p.department_id, "") if p.department_id else "",
                title=p.title,
                email=p.email,
                roles=frozenset(roles[p.id]),
                supervisor_id=p.supervisor_id if p.supervisor_id in names else None,
                supervisor_name=names.get(p.supervisor_id, "") if p.supervisor_id else "",
            )
        )
    result.sort(key=lambda r: (person_sort_key(r.kana, r.name), r.id))
    return result


def get_person(workshop: Workshop, person_id: int) -> PersonRow:
    with workshop.session() as session:
        rows = _people(session, only={person_id})
        if not rows:
            raise NotFound("person", person_id)
        return rows[0]


def _check_links(
    session: Session,
    person_id: int | None,
    municipality_id: int | None,
    department_id: int | None,
    supervisor_id: int | None,
) -> None:
    if municipality_id is not None:
        _live(session, m.Municipality, municipality_id, "municipality")
    if department_id is not None:
        dept = _live(session, m.Department, department_id, "department")
        if municipality_id is not None and dept.municipality_id != municipality_id:
            raise ValidationError(
                "department", "mismatch", "the department belongs to another municipality"
            )
    if supervisor_id is not None:
        if supervisor_id == person_id:
            raise ValidationError("supervisor", "self", "a person cannot supervise themselves")
        _live(session, m.Person, supervisor_id, "person")
        # Walk up the chain: a loop (A supervises B supervises A) makes no sense.
        seen = {person_id}
        current: int | None = supervisor_id
        while current is not None:
            if current in seen:
                raise ValidationError("supervisor", "cycle", "this would make a supervision loop")
            seen.add(current)
            up = session.get(m.Person, current)
            current = up.supervisor_id if up else None


def add_person(
    workshop: Workshop,
    name: str,
    *,
    kana: str = "",
    municipality_id: int | None = None,
    department_id: int | None = None,
    title: str = "",
    email: str = "",
    roles: Iterable[Role | str] = (Role.TRAINEE,),
    supervisor_id: int | None = None,
) -> PersonRow:
    row = m.Person(
        name=required_text("name", name),
        kana=clean_text(kana),
        municipality_id=municipality_id,
        department_id=department_id,
        title=clean_text(title),
        email=clean_text(email),
        supervisor_id=supervisor_id,
    )
    role_set = _roles(roles)
    with workshop.session() as session:
        _check_links(session, None, municipality_id, department_id, supervisor_id)
        session.add(row)
        session.flush()
        assert row.id is not None
        for r in sorted(role_set):
            session.add(m.PersonRole(person_id=row.id, role=r.value))
        session.commit()
        return _people(session, only={row.id})[0]


def update_person(
    workshop: Workshop,
    person_id: int,
    *,
    name: str | None = None,
    kana: str | None = None,
    municipality_id: int | Unset | None = UNSET,
    department_id: int | Unset | None = UNSET,
    title: str | None = None,
    email: str | None = None,
    roles: Iterable[Role | str] | None = None,
    supervisor_id: int | Unset | None = UNSET,
) -> PersonRow:
    """Change the given fields; for the id fields, ``None`` clears and omitting leaves as is."""
    with workshop.session() as session:
        row = _live(session, m.Person, person_id, "person")
        if name is not None:
            row.name = required_text("name", name)
        if kana is not None:
            row.kana = clean_text(kana)
        if title is not None:
            row.title = clean_text(title)
        if email is not None:
            row.email = clean_text(email)
        if municipality_id is not UNSET:
            row.municipality_id = municipality_id
        if department_id is not UNSET:
            row.department_id = department_id
        if supervisor_id is not UNSET:
            row.supervisor_id = supervisor_id
        _check_links(session, person_id, row.municipality_id, row.department_id, row.supervisor_id)
        if roles is not None:
            role_set = _roles(roles)
            session.exec(delete(m.PersonRole).where(col(m.PersonRole.person_id) == person_id))
            for r in sorted(role_set):
                session.add(m.PersonRole(person_id=person_id, role=r.value))
        session.add(row)
        session.commit()
        return _people(session, only={person_id})[0]


def set_person_deleted(workshop: Workshop, person_id: int, deleted: bool) -> None:
    _set_deleted(workshop, m.Person, person_id, "person", deleted)


# --- work groups (班) -----------------------------------------------------------------


def list_groups(workshop: Workshop) -> list[GroupRow]:
    with workshop.session() as session:
        groups = session.exec(
            select(m.WorkGroup)
            .where(col(m.WorkGroup.deleted_at).is_(None))
            .order_by(col(m.WorkGroup.position), col(m.WorkGroup.id))
        ).all()
        members: dict[int, list[int]] = defaultdict(list)
        live = set(
            session.exec(select(m.Person.id).where(col(m.Person.deleted_at).is_(None))).all()
        )
        for gm in session.exec(select(m.GroupMember).order_by(col(m.GroupMember.person_id))).all():
            if gm.person_id in live:
                members[gm.group_id].append(gm.person_id)
        return [GroupRow(g.id or 0, g.name, tuple(members[g.id or 0])) for g in groups]


def add_group(workshop: Workshop, name: str, member_ids: Iterable[int] = ()) -> GroupRow:
    name = required_text("name", name)
    with workshop.session() as session:
        position = len(session.exec(select(m.WorkGroup.id)).all())
        row = m.WorkGroup(name=name, position=position)
        session.add(row)
        session.flush()
        assert row.id is not None
        _set_members(session, row.id, member_ids)
        session.commit()
    return next(g for g in list_groups(workshop) if g.id == row.id)


def _set_members(session: Session, group_id: int, member_ids: Iterable[int]) -> None:
    wanted = list(dict.fromkeys(member_ids))
    for pid in wanted:
        _live(session, m.Person, pid, "person")
    session.exec(delete(m.GroupMember).where(col(m.GroupMember.group_id) == group_id))
    for pid in wanted:
        session.add(m.GroupMember(group_id=group_id, person_id=pid))


def update_group(
    workshop: Workshop,
    group_id: int,
    *,
    name: str | None = None,
    member_ids: Iterable[int] | None = None,
) -> GroupRow:
    with workshop.session() as session:
        row = _live(session, m.WorkGroup, group_id, "group")
        if name is not None:
            row.name = required_text("name", name)
            session.add(row)
        if member_ids is not None:
            _set_members(session, group_id, member_ids)
        session.commit()
    return next(g for g in list_groups(workshop) if g.id == group_id)


def set_group_deleted(workshop: Workshop, group_id: int, deleted: bool) -> None:
    _set_deleted(workshop, m.WorkGroup, group_id, "group", deleted)


def add_group_members(workshop: Workshop, group_id: int, person_ids: Iterable[int]) -> GroupRow:
    """Add people to a group, leaving its other members as they are."""
    with workshop.session() as session:
        _live(session, m.WorkGroup, group_id, "group")
        present = set(
            session.exec(
                select(m.GroupMember.person_id).where(m.GroupMember.group_id == group_id)
            ).all()
        )
        for pid in dict.fromkeys(person_ids):
            _live(session, m.Person, pid, "person")
            if pid not in present:
                session.add(m.GroupMember(group_id=group_id, person_id=pid))
        session.commit()
    return next(g for g in list_groups(workshop) if g.id == group_id)


def remove_group_members(workshop: Workshop, group_id: int, person_ids: Iterable[int]) -> GroupRow:
    """Take people out of a group (those not in it are ignored)."""
    ids = list(person_ids)
    with workshop.session() as session:
        _live(session, m.WorkGroup, group_id, "group")
        session.exec(
            delete(m.GroupMember).where(
                col(m.GroupMember.group_id) == group_id, col(m.GroupMember.person_id).in_(ids)
            )
        )
        session.commit()
    return next(g for g in list_groups(workshop) if g.id == group_id)


@dataclass(frozen=True, slots=True)
class GroupSnapshot:
    """One group as stored, members of soft-deleted people included (for undo)."""

    id: int
    name: str
    position: int
    member_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GroupsState:
    """All live groups with their memberships: what undoing a regrouping goes back to."""

    groups: tuple[GroupSnapshot, ...]


def groups_state(workshop: Workshop) -> GroupsState:
    with workshop.session() as session:
        groups = session.exec(
            select(m.WorkGroup)
            .where(col(m.WorkGroup.deleted_at).is_(None))
            .order_by(col(m.WorkGroup.position), col(m.WorkGroup.id))
        ).all()
        members: dict[int, list[int]] = defaultdict(list)
        for gm in session.exec(select(m.GroupMember).order_by(col(m.GroupMember.person_id))).all():
            members[gm.group_id].append(gm.person_id)
        return GroupsState(
            tuple(
                GroupSnapshot(g.id or 0, g.name, g.position, tuple(members[g.id or 0]))
                for g in groups
            )
        )


def restore_groups_state(workshop: Workshop, state: GroupsState) -> None:
    """Make the live groups and their memberships exactly *state* again, in one commit.

    Groups live now but absent from *state* are soft-deleted; groups of *state* that were
    deleted since come back with their names, positions and members.
    """
    keep = {g.id for g in state.groups}
    with workshop.session() as session:
        for row in session.exec(
            select(m.WorkGroup).where(col(m.WorkGroup.deleted_at).is_(None))
        ).all():
            if row.id not in keep:
                row.deleted_at = _now()
                session.add(row)
        for snap in state.groups:
            group = session.get(m.WorkGroup, snap.id)
            if group is None:
                raise NotFound("group", snap.id)
            group.deleted_at = None
            group.name = snap.name
            group.position = snap.position
            session.add(group)
            session.exec(delete(m.GroupMember).where(col(m.GroupMember.group_id) == snap.id))
            for pid in snap.member_ids:
                session.add(m.GroupMember(group_id=snap.id, person_id=pid))
        session.commit()


def auto_mix_groups(
    workshop: Workshop, group_size: int, *, name_for: Callable[[int], str]
) -> list[GroupRow]:
    """Regroup every live trainee into groups of at most *group_size* that mix municipalities.

    The rule is ``domain.grouping.mix_groups`` (trainees in 五十音順 within a
    municipality). The live groups are reused in order, keeping their names; missing ones
    are created and named ``name_for(n)`` (n counting from 1, skipping names in use);
    surplus ones are soft-deleted. Each group's members are replaced by its trainees. One
    commit; take ``groups_state`` first and ``restore_groups_state`` undoes it.
    """
    if isinstance(group_size, bool) or group_size < 1:
        raise ValidationError("group_size", "out_of_range", "a group needs at least one member")
    with workshop.session() as session:
        trainees = _people(session, Role.TRAINEE)
        if not trainees:
            raise ValidationError("trainees", "empty", "there are no trainees to group")
        plan = mix_groups([(p.id, p.municipality_id) for p in trainees], group_size)
        groups = list(
            session.exec(
                select(m.WorkGroup)
                .where(col(m.WorkGroup.deleted_at).is_(None))
                .order_by(col(m.WorkGroup.position), col(m.WorkGroup.id))
            ).all()
        )
        used = {g.name for g in groups[: len(plan)]}
        position = max((g.position for g in session.exec(select(m.WorkGroup)).all()), default=-1)
        number = 0
        for i, member_ids in enumerate(plan):
            if i < len(groups):
                group = groups[i]
            else:
                number = max(number, i)
                while True:
                    number += 1
                    name = required_text("name", name_for(number))
                    if name not in used:
                        break
                used.add(name)
                position += 1
                group = m.WorkGroup(name=name, position=position)
                session.add(group)
                session.flush()
            assert group.id is not None
            _set_members(session, group.id, member_ids)
        for surplus in groups[len(plan) :]:
            surplus.deleted_at = _now()
            session.add(surplus)
        session.commit()
    return list_groups(workshop)


# --- operations (see services/ops.py) -----------------------------------------------------------


def _created_op(
    create: Callable[[Workshop], T_Row],
    set_deleted: Callable[[Workshop, int, bool], None],
    changes: Callable[[T_Row], ops.Changes],
) -> ops.Operation:
    """An added row as an operation: its reverse soft-deletes the row, whose reverse brings
    the same row back (same id), never a second one."""
    return ops.created(
        create,
        lambda ws, row, deleted: set_deleted(ws, row.id, deleted),
        changes,
    )


def _person_ids(session: Session, *where: object) -> set[int]:
    return {
        i
        for i in session.exec(
            select(m.Person.id).where(col(m.Person.deleted_at).is_(None), *where)  # type: ignore[arg-type]
        ).all()
        if i is not None
    }


def add_municipality_op(name: str, kana: str = "", code: str = "") -> ops.Operation:
    """:func:`add_municipality` as an operation (value: the new ``MunicipalityRow``)."""
    return _created_op(
        lambda ws: add_municipality(ws, name, kana, code),
        set_municipality_deleted,
        lambda row: ops.Changes.of(municipality=[row.id]),
    )


def update_municipality_op(municipality_id: int, **fields: str) -> ops.Operation:
    """:func:`update_municipality` (name, kana, code) as an operation; its reverse puts the
    fields back. Its people show its name, so they are reported too."""

    def run(workshop: Workshop) -> ops.OpResult[MunicipalityRow]:
        with workshop.session() as session:
            old = _municipality(_live(session, m.Municipality, municipality_id, "municipality"))
            people = _person_ids(session, m.Person.municipality_id == municipality_id)
        row = update_municipality(workshop, municipality_id, **fields)
        before = {name: getattr(old, name) for name in fields}
        changes = ops.Changes.of(municipality=[municipality_id], person=people)
        return ops.OpResult(row, changes, update_municipality_op(municipality_id, **before))

    return run


def set_municipality_deleted_op(municipality_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_municipality_deleted(ws, municipality_id, deleted),
        lambda ws: set_municipality_deleted(ws, municipality_id, not deleted),
        ops.Changes.of(municipality=[municipality_id]),
    )


def _department_changes(row: DepartmentRow) -> ops.Changes:
    # a municipality's row counts its departments
    return ops.Changes.of(department=[row.id], municipality=[row.municipality_id])


def add_department_op(municipality_id: int, name: str) -> ops.Operation:
    """:func:`add_department` as an operation (value: the new ``DepartmentRow``)."""
    return _created_op(
        lambda ws: add_department(ws, municipality_id, name),
        set_department_deleted,
        _department_changes,
    )


def rename_department_op(department_id: int, name: str) -> ops.Operation:
    """:func:`rename_department` as an operation; its reverse puts the old name back. Its
    people show its name, so they are reported too."""

    def run(workshop: Workshop) -> ops.OpResult[DepartmentRow]:
        with workshop.session() as session:
            old = _live(session, m.Department, department_id, "department").name
            people = _person_ids(session, m.Person.department_id == department_id)
        row = rename_department(workshop, department_id, name)
        changes = ops.Changes.of(department=[department_id], person=people)
        return ops.OpResult(row, changes, rename_department_op(department_id, old))

    return run


def set_department_deleted_op(department_id: int, deleted: bool) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[None]:
        with workshop.session() as session:
            row = session.get(m.Department, department_id)
            if row is None:
                raise NotFound("department", department_id)
            municipality_id = row.municipality_id
        set_department_deleted(workshop, department_id, deleted)
        changes = _department_changes(DepartmentRow(department_id, municipality_id, ""))
        return ops.OpResult(None, changes, set_department_deleted_op(department_id, not deleted))

    return run


def add_person_op(name: str, **fields: object) -> ops.Operation:
    """:func:`add_person` as an operation (value: the new ``PersonRow``); its reverse removes
    the person, whose reverse brings the same person back."""
    return _created_op(
        lambda ws: add_person(ws, name, **fields),  # type: ignore[arg-type]
        set_person_deleted,
        lambda row: ops.Changes.of(person=[row.id]),
    )


_PERSON_FIELDS = (
    "name",
    "kana",
    "municipality_id",
    "department_id",
    "title",
    "email",
    "roles",
    "supervisor_id",
)


def update_person_op(person_id: int, **fields: object) -> ops.Operation:
    """:func:`update_person` as an operation; its reverse puts back the fields given, as
    the person showed them. A new name shows on the rows of the people they supervise."""
    unknown = set(fields) - set(_PERSON_FIELDS)
    if unknown:
        raise TypeError(f"update_person has no field {', '.join(sorted(unknown))}")

    def run(workshop: Workshop) -> ops.OpResult[PersonRow]:
        old = get_person(workshop, person_id)
        row = update_person(workshop, person_id, **fields)  # type: ignore[arg-type]
        before = {name: getattr(old, name) for name in fields}
        people = {person_id}
        if "name" in fields:
            with workshop.session() as session:
                people |= _person_ids(session, m.Person.supervisor_id == person_id)
        changes = ops.Changes.of(person=people)
        return ops.OpResult(row, changes, update_person_op(person_id, **before))

    return run


def set_people_deleted_op(person_ids: Iterable[int], deleted: bool) -> ops.Operation:
    """Soft-delete (or restore) people as one operation. Their groups lose (or regain) them
    and the people they supervise lose (or regain) their supervisor's name."""
    ids = list(dict.fromkeys(person_ids))

    def run(workshop: Workshop) -> ops.OpResult[None]:
        for pid in ids:
            set_person_deleted(workshop, pid, deleted)
        with workshop.session() as session:
            supervised = _person_ids(session, col(m.Person.supervisor_id).in_(ids))
            groups = set(
                session.exec(
                    select(m.GroupMember.group_id).where(col(m.GroupMember.person_id).in_(ids))
                ).all()
            )
        changes = ops.Changes.of(person=set(ids) | supervised, group=groups)
        return ops.OpResult(None, changes, set_people_deleted_op(ids, not deleted))

    return run


def add_group_op(name: str, member_ids: Iterable[int] = ()) -> ops.Operation:
    """:func:`add_group` as an operation (value: the new ``GroupRow``)."""
    members = tuple(member_ids)
    return _created_op(
        lambda ws: add_group(ws, name, members),
        set_group_deleted,
        lambda row: ops.Changes.of(group=[row.id], person=row.member_ids),
    )


def rename_group_op(group_id: int, name: str) -> ops.Operation:
    """:func:`update_group` of the name as an operation; its reverse puts the old name back."""

    def run(workshop: Workshop) -> ops.OpResult[GroupRow]:
        with workshop.session() as session:
            old = _live(session, m.WorkGroup, group_id, "group").name
        row = update_group(workshop, group_id, name=name)
        return ops.OpResult(row, ops.Changes.of(group=[group_id]), rename_group_op(group_id, old))

    return run


def set_group_deleted_op(group_id: int, deleted: bool) -> ops.Operation:
    """Soft-delete (or restore) a group; its members are left out of (or back in) it."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        set_group_deleted(workshop, group_id, deleted)
        with workshop.session() as session:
            members = session.exec(
                select(m.GroupMember.person_id).where(m.GroupMember.group_id == group_id)
            ).all()
        changes = ops.Changes.of(group=[group_id], person=members)
        return ops.OpResult(None, changes, set_group_deleted_op(group_id, not deleted))

    return run


def _members(session: Session, group_id: int) -> set[int]:
    return set(
        session.exec(
            select(m.GroupMember.person_id).where(m.GroupMember.group_id == group_id)
        ).all()
    )


def add_group_members_op(group_id: int, person_ids: Iterable[int]) -> ops.Operation:
    """:func:`add_group_members` as an operation; its reverse takes out only the people it
    added (not those who were members already)."""
    ids = list(dict.fromkeys(person_ids))

    def run(workshop: Workshop) -> ops.OpResult[GroupRow]:
        with workshop.session() as session:
            present = _members(session, group_id)
        row = add_group_members(workshop, group_id, ids)
        added = [pid for pid in ids if pid not in present]
        changes = ops.Changes.of(group=[group_id], person=added)
        return ops.OpResult(row, changes, remove_group_members_op(group_id, added))

    return run


def remove_group_members_op(group_id: int, person_ids: Iterable[int]) -> ops.Operation:
    """:func:`remove_group_members` as an operation; its reverse puts back only the people
    it took out."""
    ids = list(dict.fromkeys(person_ids))

    def run(workshop: Workshop) -> ops.OpResult[GroupRow]:
        with workshop.session() as session:
            present = _members(session, group_id)
        row = remove_group_members(workshop, group_id, ids)
        removed = [pid for pid in ids if pid in present]
        changes = ops.Changes.of(group=[group_id], person=removed)
        return ops.OpResult(row, changes, add_group_members_op(group_id, removed))

    return run


def _regrouping_changes(*states: GroupsState) -> ops.Changes:
    groups = {g.id for state in states for g in state.groups}
    people = {pid for state in states for g in state.groups for pid in g.member_ids}
    return ops.Changes.of(group=groups, person=people)


def _groups_state_op(state: GroupsState, current: GroupsState) -> ops.Operation:
    """Make the groups *state* again (from *current*); its reverse makes them *current*."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        restore_groups_state(workshop, state)
        changes = _regrouping_changes(state, current)
        return ops.OpResult(None, changes, _groups_state_op(current, state))

    return run


def auto_mix_groups_op(group_size: int, *, name_for: Callable[[int], str]) -> ops.Operation:
    """:func:`auto_mix_groups` as an operation (value: the groups); its reverse puts every
    group and membership back, whose reverse makes the same groups (same ids) again."""

    def run(workshop: Workshop) -> ops.OpResult[list[GroupRow]]:
        before = groups_state(workshop)
        rows = auto_mix_groups(workshop, group_size, name_for=name_for)
        after = groups_state(workshop)
        changes = _regrouping_changes(before, after)
        return ops.OpResult(rows, changes, _groups_state_op(before, after))

    return run
