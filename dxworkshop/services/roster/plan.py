"""Planning an import: every change the rows of a sheet would make to the workshop as it is
(municipalities, departments, people matched or created, 上司 links without loops, roles),
worked out without writing; and the report of that plan."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from dxworkshop.domain.enums import Role
from dxworkshop.services import municipalities
from dxworkshop.services.notes import Note
from dxworkshop.services.roster.read_models import (
    RejectedRow,
    RosterReport,
    RosterRow,
    RosterSheet,
    RowAction,
    RowOutcome,
)
from dxworkshop.services.roster.rows import _RowRejected, _same_identity
from dxworkshop.services.roster.text import _email_key, _key
from dxworkshop.store import models as m

_ROLE_VALUES = frozenset(r.value for r in Role)


# A row of the workshop: ("db", id) exists; ("new", n) is the n-th one the import creates.
_Ref = tuple[str, int]


@dataclass
class _PersonPlan:
    row: int | None  # None: a supervisor named only in the 上司 column
    existing: m.Person | None
    name: str
    kana: str
    title: str
    email: str
    municipality: _Ref | None
    department: _Ref | None
    roles: set[Role]
    missing_roles: set[Role] = field(default_factory=set)
    supervisor: int | None = None  # index into _Plan.people
    changes: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    municipalities: list[tuple[str, str]] = field(default_factory=list)  # new: name, code
    code_updates: dict[int, str] = field(default_factory=dict)  # existing id → code
    departments: list[tuple[_Ref, str]] = field(default_factory=list)  # new: muni, name
    people: list[_PersonPlan] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    supervisors_created: int = 0


class _Planner:
    """Works out every change an import makes, reading the workshop once and writing nothing."""

    def __init__(self, session: Session) -> None:
        self.plan = _Plan()
        # A programme of a prefecture takes that prefecture's municipalities by name alone.
        self.prefecture = session.exec(select(m.Programme.prefecture)).first() or ""
        munis = session.exec(
            select(m.Municipality)
            .where(col(m.Municipality.deleted_at).is_(None))
            .order_by(col(m.Municipality.id))
        ).all()
        self.muni_by_code: dict[str, _Ref] = {}
        self.muni_by_name: dict[str, _Ref] = {}
        self.muni_name: dict[_Ref, str] = {}
        self.muni_code: dict[_Ref, str] = {}
        for mu in munis:
            assert mu.id is not None
            ref = ("db", mu.id)
            if mu.code:
                self.muni_by_code.setdefault(mu.code, ref)
            self.muni_by_name.setdefault(_key(mu.name), ref)
            self.muni_name[ref] = mu.name
            self.muni_code[ref] = mu.code
        self.dept_by_key: dict[tuple[_Ref, str], _Ref] = {}
        for d in session.exec(
            select(m.Department)
            .where(col(m.Department.deleted_at).is_(None))
            .order_by(col(m.Department.id))
        ).all():
            assert d.id is not None
            self.dept_by_key.setdefault((("db", d.municipality_id), _key(d.name)), ("db", d.id))
        people = session.exec(
            select(m.Person).where(col(m.Person.deleted_at).is_(None)).order_by(col(m.Person.id))
        ).all()
        self.person_by_id = {p.id: p for p in people if p.id is not None}
        self.person_by_email: dict[str, m.Person] = {}
        self.person_by_name: dict[tuple[str, int | None], list[m.Person]] = defaultdict(list)
        for p in people:
            if p.email:
                self.person_by_email.setdefault(_email_key(p.email), p)
            self.person_by_name[(_key(p.name), p.municipality_id)].append(p)
        self.roles: dict[int, set[Role]] = defaultdict(set)
        for pr in session.exec(select(m.PersonRole)).all():
            if pr.role in _ROLE_VALUES:
                self.roles[pr.person_id].add(Role(pr.role))
        self.taken_by_email: set[int] = set()  # people some row of the sheet names by e-mail
        # Sheet rows already planned, for duplicates and for 上司 lookups.
        self.planned_by_key: dict[tuple[str, _Ref | None], int] = {}  # the first of a name
        self.planned_by_identity: dict[tuple[str, _Ref | None], list[int]] = defaultdict(list)
        self.planned_by_existing: dict[int, int] = {}
        self.new_supervisors: dict[tuple[str, _Ref | None], int] = {}

    # -- municipalities and departments -------------------------------------------------

    def _municipality(self, row: RosterRow) -> tuple[_Ref | None, str, str]:
        """The municipality a row names: (ref, or None if to be created; name; code)."""
        name, code = row.municipality, row.municipality_code
        if row.code_refusal is not None:
            # A code the national list gives to another municipality: taken only where the
            # workshop already pairs this name with one of its readings.
            held = self.muni_by_name.get(_key(name))
            known = self.muni_code.get(held, "") if held is not None else ""
            if not known or known not in row.code_readings:
                raise _RowRejected(self._code_refusal(row, row.code_refusal, known))
            code = known
        elif name and not code and self.prefecture:
            name, code = self._named_in_prefecture(name)
        ref = self.muni_by_code.get(code) if code else None
        by_name = self.muni_by_name.get(_key(name)) if name else None
        if ref is not None:
            if name and by_name != ref:
                raise _RowRejected(
                    Note.of(
                        "roster.code_of_other_municipality",
                        code=code,
                        known=self.muni_name[ref],
                        municipality=name,
                    )
                )
            return ref, self.muni_name[ref], code
        if by_name is not None:
            known = self.muni_code.get(by_name, "")
            if code and known and known != code:
                raise _RowRejected(
                    Note.of(
                        "roster.municipality_has_other_code",
                        municipality=name,
                        known=known,
                        code=code,
                    )
                )
            return by_name, self.muni_name[by_name], code
        if not name and code:
            raise _RowRejected(Note.of("roster.code_unknown", code=code))
        return None, name, code

    def _named_in_prefecture(self, name: str) -> tuple[str, str]:
        """A municipality the row names without a code, in the programme's prefecture: its
        name and code as the national list has them (岡山県倉敷市 → 倉敷市, 332020). A name the
        workshop already holds stays as it is there (倉敷市役所, with the code it has or the
        list's); any other name is refused, with the nearest names of the prefecture."""
        held = self.muni_by_name.get(_key(name))
        try:
            entry = municipalities.in_prefecture(name, self.prefecture, field="municipality")
        except municipalities.NotInPrefecture as exc:
            if held is not None:
                return name, ""
            nearest = tuple(e.name for e in exc.nearest)
            if nearest:
                note = Note.of(
                    "roster.not_in_prefecture_nearest",
                    municipality=name,
                    prefecture=exc.prefecture,
                    nearest=nearest,
                )
            else:
                note = Note.of(
                    "roster.not_in_prefecture", municipality=name, prefecture=exc.prefecture
                )
            raise _RowRejected(note) from None
        if held is not None:
            return name, self.muni_code.get(held) or entry.code
        return entry.name, entry.code

    def _code_refusal(self, row: RosterRow, refusal: Note, known: str) -> Note:
        """Why a code of another municipality is refused, as the workshop tells it where it
        can (as for a code the list does not contradict): the workshop has the code under
        another name, or the row's municipality under another code."""
        readings = row.code_readings
        shown = readings[0] if len(readings) == 1 else str(refusal.params["code"])
        for reading in readings:
            if (ref := self.muni_by_code.get(reading)) is not None:
                return Note.of(
                    "roster.code_of_other_municipality",
                    code=reading,
                    known=self.muni_name[ref],
                    municipality=row.municipality,
                )
        if known:
            return Note.of(
                "roster.municipality_has_other_code",
                municipality=row.municipality,
                known=known,
                code=shown,
            )
        return refusal

    def _add_municipality(self, ref: _Ref | None, name: str, code: str) -> _Ref:
        if ref is not None:
            if code and not self.muni_code.get(ref):  # the workshop learns the code
                if ref[0] == "db":
                    self.plan.code_updates[ref[1]] = code
                else:
                    self.plan.municipalities[ref[1]] = (self.muni_name[ref], code)
                self.muni_code[ref] = code
                self.muni_by_code[code] = ref
            return ref
        ref = ("new", len(self.plan.municipalities))
        self.plan.municipalities.append((name, code))
        self.muni_by_name[_key(name)] = ref
        self.muni_name[ref] = name
        self.muni_code[ref] = code
        if code:
            self.muni_by_code[code] = ref
        return ref

    def _department(self, muni: _Ref, name: str) -> _Ref:
        key = (muni, _key(name))
        ref = self.dept_by_key.get(key)
        if ref is None:
            ref = ("new", len(self.plan.departments))
            self.plan.departments.append((muni, name))
            self.dept_by_key[key] = ref
        return ref

    # -- people ----------------------------------------------------------------------------

    def _existing_person(
        self, row: RosterRow, muni: _Ref | None
    ) -> tuple[m.Person | None, Note | None]:
        """The person a row is in the workshop, if any, and a warning about the match."""
        if row.email and (found := self.person_by_email.get(row.email)) is not None:
            return found, None
        if muni is not None and muni[0] == "new":
            return None, None
        muni_id = muni[1] if muni is not None else None
        other_email = False
        for person in self.person_by_name.get((_key(row.name), muni_id), []):
            if person.id in self.taken_by_email:
                continue  # another row of the sheet is this person, by e-mail
            if row.email and person.email and _email_key(person.email) != row.email:
                other_email = True  # two people of the same name, told apart by their e-mail
                continue
            return person, None
        if other_email:
            return None, Note.of("roster.same_name_other_email", row=row.row, name=row.name)
        return None, None

    def add_row(self, row: RosterRow) -> None:
        """Plan one sheet row, or raise _RowRejected before anything is planned for it."""
        muni_ref, muni_name, code = self._municipality(row)
        pending: _Ref = muni_ref or ("new", len(self.plan.municipalities))
        identity = (_key(row.name), pending if (muni_name or code) else None)
        for earlier in self.planned_by_identity.get(identity, ()):
            other = self.plan.people[earlier]
            if _same_identity(other, row):
                raise _RowRejected(
                    Note.of("roster.same_person", other_row=other.row or 0, name=other.name)
                )
        existing, note = self._existing_person(row, pending if (muni_name or code) else None)
        if existing is not None and existing.id in self.planned_by_existing:
            other = self.plan.people[self.planned_by_existing[existing.id]]
            raise _RowRejected(
                Note.of("roster.same_existing_person", other_row=other.row or 0, name=existing.name)
            )
        # Accepted: from here on the row's municipality and department become part of the plan.
        if note is not None:
            self.plan.warnings.append(note)
        muni = self._add_municipality(muni_ref, muni_name, code) if (muni_name or code) else None
        dept: _Ref | None = None
        if row.department and muni is not None:
            dept = self._department(muni, row.department)
        elif row.department:
            self.plan.warnings.append(
                Note.of(
                    "roster.department_without_municipality",
                    row=row.row,
                    department=row.department,
                )
            )
        person = _PersonPlan(
            row=row.row,
            existing=existing,
            name=row.name,
            kana=row.kana,
            title=row.title,
            email=row.email,
            municipality=muni,
            department=dept,
            roles=set(row.roles),
        )
        index = len(self.plan.people)
        self.plan.people.append(person)
        self.planned_by_key.setdefault((_key(row.name), muni), index)
        self.planned_by_identity[(_key(row.name), muni)].append(index)
        if existing is not None and existing.id is not None:
            self.planned_by_existing[existing.id] = index

    def link_supervisor(self, trainee_index: int, supervisor_name: str) -> None:
        trainee = self.plan.people[trainee_index]
        key = (_key(supervisor_name), trainee.municipality)
        index = self.planned_by_key.get(key)
        if index is None:
            index = self.new_supervisors.get(key)
        if index is None:
            index = self._existing_supervisor(key)
        if index is None:
            index = len(self.plan.people)
            self.plan.people.append(
                _PersonPlan(
                    row=None,
                    existing=None,
                    name=supervisor_name,
                    kana="",
                    title="",
                    email="",
                    municipality=trainee.municipality,
                    department=trainee.department,
                    roles={Role.SUPERVISOR},
                )
            )
            self.new_supervisors[key] = index
            self.plan.supervisors_created += 1
        if index == trainee_index:
            self.plan.warnings.append(
                Note.of("roster.own_supervisor", row=trainee.row or 0, name=trainee.name)
            )
            return
        trainee.supervisor = index

    def break_loops(self) -> None:
        """Leave out links that would make a loop (A supervises B supervises A).

        Judged on the workshop as it will be, with every link of the sheet in place, so a
        re-import judges the same way; a left-out link keeps the trainee's present 上司.
        """
        # The row further down the sheet is the one that closes a loop.
        linked = sorted(
            (i for i, p in enumerate(self.plan.people) if p.supervisor is not None),
            key=lambda i: self.plan.people[i].row or 0,
            reverse=True,
        )
        changed = True
        while changed:
            changed = False
            for index in linked:
                person = self.plan.people[index]
                if person.supervisor is not None and self._in_loop(index):
                    boss = self.plan.people[person.supervisor]
                    self.plan.warnings.append(
                        Note.of(
                            "roster.supervision_loop",
                            row=person.row or 0,
                            supervisor=boss.name,
                            name=person.name,
                        )
                    )
                    person.supervisor = None
                    changed = True
        for person in self.plan.people:
            if person.supervisor is not None:
                self.plan.people[person.supervisor].roles.add(Role.SUPERVISOR)

    def _existing_supervisor(self, key: tuple[str, _Ref | None]) -> int | None:
        name, muni = key
        if muni is not None and muni[0] == "new":
            return None
        candidates = [
            p
            for p in self.person_by_name.get((name, muni[1] if muni else None), [])
            # A sheet row that took this person gives their name and municipality now; it
            # was looked for under those already (planned_by_key).
            if not self._taken_by_row(p)
        ]
        if not candidates:
            return None
        # Prefer someone who already is a supervisor; then the oldest record.
        person = min(
            candidates, key=lambda p: (Role.SUPERVISOR not in self.roles[p.id or 0], p.id or 0)
        )
        assert person.id is not None
        if person.id in self.planned_by_existing:
            return self.planned_by_existing[person.id]
        index = len(self.plan.people)
        self.plan.people.append(
            _PersonPlan(
                row=None,
                existing=person,
                name=person.name,
                kana=person.kana,
                title=person.title,
                email=person.email,
                municipality=None,  # None here: leave as it is
                department=None,
                roles=set(),
            )
        )
        self.planned_by_existing[person.id] = index
        return index

    def _taken_by_row(self, person: m.Person) -> bool:
        index = self.planned_by_existing.get(person.id or 0)
        return index is not None and self.plan.people[index].row is not None

    def _supervisor_of(self, index: int) -> tuple[str, int] | None:
        """The planned supervisor of a plan entry, or its present one in the workshop."""
        person = self.plan.people[index]
        if person.supervisor is not None:
            return ("plan", person.supervisor)
        if person.existing is not None and person.existing.supervisor_id is not None:
            return ("db", person.existing.supervisor_id)
        return None

    def _in_loop(self, start: int) -> bool:
        seen: set[tuple[str, int]] = set()
        current = self._supervisor_of(start)
        while current is not None and current not in seen:
            seen.add(current)
            kind, ident = current
            if kind == "db":
                if ident in self.planned_by_existing:
                    current = ("plan", self.planned_by_existing[ident])
                    continue
                up = self.person_by_id.get(ident)
                current = ("db", up.supervisor_id) if up and up.supervisor_id else None
                continue
            if ident == start:
                return True
            current = self._supervisor_of(ident)
        return False

    # -- changes ------------------------------------------------------------------------------

    def finish(self) -> None:
        for person in self.plan.people:
            existing = person.existing
            if existing is None or existing.id is None:
                person.missing_roles = set(person.roles)
                continue
            have = self.roles[existing.id]
            person.missing_roles = person.roles - have
            changes = person.changes
            if person.row is not None:
                if person.name != existing.name:
                    changes.append("name")
                if person.kana and person.kana != existing.kana:
                    changes.append("kana")
                if person.title and person.title != existing.title:
                    changes.append("title")
                if person.email and person.email != _email_key(existing.email):
                    changes.append("email")
                if person.municipality and person.municipality != ("db", existing.municipality_id):
                    changes.append("municipality")
                if person.department and person.department != ("db", existing.department_id):
                    changes.append("department")
            if person.supervisor is not None:
                boss = self.plan.people[person.supervisor].existing
                if boss is None or boss.id != existing.supervisor_id:
                    changes.append("supervisor")
            if person.missing_roles:
                changes.append("roles")


def _plan(session: Session, roster: RosterSheet) -> _Plan:
    planner = _Planner(session)
    # E-mail identifies a person more surely than a name, whichever row comes first.
    for row in roster.rows:
        if row.email and (person := planner.person_by_email.get(row.email)) is not None:
            planner.taken_by_email.add(person.id or 0)
    plan = planner.plan
    plan.rejected.extend(roster.rejected)
    plan.warnings.extend(roster.warnings)
    accepted: list[tuple[int, RosterRow]] = []
    # Rows giving only a 団体コード come last, so they find a municipality that another
    # row of the sheet names (with its code) wherever that row is.
    code_only = [r for r in roster.rows if r.municipality_code and not r.municipality]
    for row in [*(r for r in roster.rows if r not in code_only), *code_only]:
        try:
            planner.add_row(row)
        except _RowRejected as exc:
            plan.rejected.append(RejectedRow(row.row, exc.reason, row.name))
            continue
        accepted.append((len(plan.people) - 1, row))
    # Supervisors after all rows: a trainee's 上司 may be listed further down the sheet.
    for index, row in sorted(accepted, key=lambda pair: pair[1].row):
        if row.supervisor:
            planner.link_supervisor(index, row.supervisor)
    planner.break_loops()
    planner.finish()
    plan.rejected.sort(key=lambda r: r.row)
    return plan


def _report(roster: RosterSheet, plan: _Plan, dry_run: bool) -> RosterReport:
    outcomes: list[RowOutcome] = []
    for person in plan.people:
        if person.row is None:
            continue
        if person.existing is None:
            action = RowAction.CREATED
        elif person.changes:
            action = RowAction.UPDATED
        else:
            action = RowAction.UNCHANGED
        outcomes.append(RowOutcome(person.row, person.name, action, tuple(person.changes)))
    outcomes.sort(key=lambda o: o.row)

    def tally(action: RowAction) -> int:
        return sum(1 for o in outcomes if o.action is action)

    return RosterReport(
        path=roster.path,
        sheet=roster.sheet,
        people_created=tally(RowAction.CREATED),
        people_updated=tally(RowAction.UPDATED),
        people_unchanged=tally(RowAction.UNCHANGED),
        municipalities_created=len(plan.municipalities),
        departments_created=len(plan.departments),
        supervisors_created=plan.supervisors_created,
        rejected=tuple(plan.rejected),
        warnings=tuple(plan.warnings),
        dry_run=dry_run,
        outcomes=tuple(outcomes),
    )
