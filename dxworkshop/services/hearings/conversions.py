"""What a hearing turns into: its 現在の業務課題 rows and findings into candidate issues,
its 受講予定者 rows into people — each change exact, so that it can be undone and redone.

Rules decided here:

- 現在の業務課題 rows and findings become candidate issues (source "hearing") of the
  hearing's municipality. A finding that quotes a row (its text names both the row's
  業務名 and 困りごと) makes one issue with the row's workload and the finding's link.
  Nothing is made twice: a finding already linked to a live issue, and a row whose
  業務名 and 困りごと match a live issue of the municipality, are skipped. A workload
  beyond its range (``domain.limits``) is refused, naming the row.
- 受講予定者 rows become trainees of the hearing's municipality, matched as the roster
  import matches people: by name with width, case and spaces ignored, within the
  municipality. An existing person only gains what they lack (the trainee role, a 所属,
  a 上司); nobody is overwritten. The 上司 is matched the same way or created as a
  supervisor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain import limits
from dxworkshop.domain.enums import IssueSource, IssueStatus, Role
from dxworkshop.domain.names import name_key
from dxworkshop.services._common import clean_text, required_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.hearings._rows import live, now
from dxworkshop.services.hearings.hearings import findings_of
from dxworkshop.services.hearings.questions import sections_in
from dxworkshop.services.hearings.read_models import IssueConversion, PeopleConversion, QuestionRow
from dxworkshop.services.hearings.values import (
    ISSUE_COLUMNS,
    TRAINEE_COLUMNS,
    cell_text,
    column_map,
    is_issue_table,
    is_trainee_table,
    number_in,
    shown_number,
)
from dxworkshop.services.notes import Note, define
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

MAX_TITLE = 80  # an issue title made from a long finding is cut here; the rest is its description


def _text_cell(row: Sequence[Any], index: int | None) -> str:
    if index is None or index >= len(row) or row[index] is None:
        return ""
    return clean_text(cell_text(row[index]))


def _workload(
    question: QuestionRow, row_number: int, row: Sequence[Any], index: int, field_name: str
) -> float | None:
    """A row's workload number for an issue; ValidationError when beyond its range."""
    number = number_in(row[index]) if index < len(row) else None
    sane = limits.BY_FIELD[field_name]
    if number is not None and not sane.contains(number):
        raise ValidationError(
            field_name,
            "out_of_range",
            f"「{question.short_text}」 row {row_number}, {question.choices[index]}: "
            f"{shown_number(row[index])} is outside {sane.describe()}",
        )
    return number


@dataclass
class _IssueDraft:
    title: str
    process: str = ""
    description: str = ""
    cases_per_year: float | None = None
    minutes_per_case: float | None = None
    people: float | None = None
    finding_id: int | None = None
    row_key: tuple[str, str] | None = None


def _split_title(text: str) -> tuple[str, str]:
    """A finding as (title, description): its first line, cut to MAX_TITLE, and the rest."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= MAX_TITLE and first == text.strip():
        return first, ""
    return (first[: MAX_TITLE - 1] + "…") if len(first) > MAX_TITLE else first, text.strip()


def _issue_drafts(session: Session, hearing: m.Hearing) -> list[_IssueDraft]:
    assert hearing.id is not None
    drafts: list[_IssueDraft] = []
    questions = [
        q
        for s in sections_in(session, include_retired=False)
        for q in s.questions
        if is_issue_table(q)
    ]
    for q in questions:
        answer = session.get(m.HearingAnswer, (hearing.id, q.id))
        if answer is None or not isinstance(answer.value, list):
            continue
        cols = column_map(q.choices, ISSUE_COLUMNS)
        for number, row in enumerate(answer.value, start=1):
            process = _text_cell(row, cols.get("process"))
            trouble = _text_cell(row, cols.get("title"))
            if not process and not trouble:
                continue
            workload = {
                name: _workload(q, number, row, cols[name], name) if name in cols else None
                for name in ("cases_per_year", "minutes_per_case", "people")
            }
            drafts.append(
                _IssueDraft(
                    title=trouble or process,
                    process=process,
                    cases_per_year=workload["cases_per_year"],
                    minutes_per_case=workload["minutes_per_case"],
                    people=workload["people"],
                    row_key=(name_key(process), name_key(trouble or process)),
                )
            )
    for finding in findings_of(session, hearing.id):
        key = name_key(finding.text)
        quoted = next(
            (
                d
                for d in drafts
                if d.finding_id is None
                and d.process
                and name_key(d.process) in key
                and name_key(d.title) in key
            ),
            None,
        )
        if quoted is not None:
            quoted.finding_id = finding.id
            quoted.description = finding.text
            continue
        title, description = _split_title(finding.text)
        drafts.append(_IssueDraft(title=title, description=description, finding_id=finding.id))
    return drafts


def convert_to_issues(workshop: Workshop, hearing_id: int) -> IssueConversion:
    """Make candidate issues from the hearing's 業務課題 rows and findings (module docstring).

    Running it again makes nothing new. ``set_issues_deleted`` undoes and redoes it.
    """
    with workshop.session() as session:
        hearing = live(session, m.Hearing, hearing_id, "hearing")
        live_issues = session.exec(select(m.Issue).where(col(m.Issue.deleted_at).is_(None))).all()
        linked = {i.finding_id for i in live_issues if i.finding_id is not None}
        rows_made = {
            (name_key(i.process), name_key(i.title))
            for i in live_issues
            if i.municipality_id == hearing.municipality_id
        }
        created: list[m.Issue] = []
        skipped = 0
        for draft in _issue_drafts(session, hearing):
            if (draft.finding_id is not None and draft.finding_id in linked) or (
                draft.row_key is not None and draft.row_key in rows_made
            ):
                skipped += 1
                continue
            issue = m.Issue(
                municipality_id=hearing.municipality_id,
                title=required_text("title", draft.title),
                process=draft.process,
                description=draft.description,
                cases_per_year=draft.cases_per_year,
                minutes_per_case=draft.minutes_per_case,
                people=draft.people,
                source=IssueSource.HEARING.value,
                status=IssueStatus.CANDIDATE.value,
                finding_id=draft.finding_id,
            )
            session.add(issue)
            created.append(issue)
            if draft.row_key is not None:
                rows_made.add(draft.row_key)
            if draft.finding_id is not None:
                linked.add(draft.finding_id)
        session.commit()
        return IssueConversion(hearing_id, tuple(i.id or 0 for i in created), skipped)


def set_issues_deleted(workshop: Workshop, issue_ids: Iterable[int], deleted: bool) -> None:
    """Soft-delete or restore issues made by ``convert_to_issues`` (its undo and redo)."""
    with workshop.session() as session:
        stamp = now() if deleted else None
        for ident in issue_ids:
            issue = session.get(m.Issue, ident)
            if issue is None:
                raise NotFound("issue", ident)
            issue.deleted_at = stamp
            session.add(issue)
        session.commit()


#: The warnings of turning 受講予定者 rows into people (``PeopleConversion.warnings``).
TRAINEE_WARNING_CODES = define(
    {
        "trainees.own_supervisor": "row {row}: {name} is named as their own 上司",
        "trainees.supervision_loop": "row {row}: {supervisor} as 上司 of {name} would make a loop",
        "trainees.other_supervisor": "row {row}: {name} already has another 上司; left as it is",
    }
)

#: Every code a note of this module can have.
NOTE_CODES = TRAINEE_WARNING_CODES


@dataclass
class _PeoplePlan:
    created_people: list[m.Person] = field(default_factory=list)
    created_departments: list[m.Department] = field(default_factory=list)
    roles_added: list[tuple[int, Role]] = field(default_factory=list)
    departments_of: list[tuple[int, int]] = field(default_factory=list)
    supervisors_set: list[tuple[int, int]] = field(default_factory=list)
    matched: int = 0
    warnings: list[Note] = field(default_factory=list)


def convert_trainees(workshop: Workshop, hearing_id: int) -> PeopleConversion:
    """Make the 受講予定者 rows of a hearing people of its municipality (module docstring).

    Running it again changes nothing. ``undo_trainees`` / ``redo_trainees`` reverse it.
    """
    with workshop.session() as session:
        hearing = live(session, m.Hearing, hearing_id, "hearing")
        muni_id = hearing.municipality_id
        people = [
            p
            for p in session.exec(
                select(m.Person).where(
                    m.Person.municipality_id == muni_id, col(m.Person.deleted_at).is_(None)
                )
            ).all()
        ]
        by_name: dict[str, m.Person] = {}
        for p in sorted(people, key=lambda p: p.id or 0):
            by_name.setdefault(name_key(p.name), p)
        roles: dict[int, set[str]] = defaultdict(set)
        for pr in session.exec(select(m.PersonRole)).all():
            roles[pr.person_id].add(pr.role)
        depts = {
            name_key(d.name): d
            for d in session.exec(
                select(m.Department).where(
                    m.Department.municipality_id == muni_id, col(m.Department.deleted_at).is_(None)
                )
            ).all()
        }
        plan = _PeoplePlan()
        created_ids: set[int] = set()

        def department(name: str) -> m.Department | None:
            if not name:
                return None
            key = name_key(name)
            if key not in depts:
                dept = m.Department(municipality_id=muni_id, name=name)
                session.add(dept)
                session.flush()
                depts[key] = dept
                plan.created_departments.append(dept)
            return depts[key]

        def person(name: str, role: Role, dept: m.Department | None, title: str = "") -> m.Person:
            key = name_key(name)
            found = by_name.get(key)
            if found is None:
                found = m.Person(
                    name=name,
                    municipality_id=muni_id,
                    department_id=dept.id if dept else None,
                    title=title,
                )
                session.add(found)
                session.flush()
                assert found.id is not None
                session.add(m.PersonRole(person_id=found.id, role=role.value))
                roles[found.id].add(role.value)
                by_name[key] = found
                plan.created_people.append(found)
                created_ids.add(found.id)
                return found
            assert found.id is not None
            if role.value not in roles[found.id]:
                session.add(m.PersonRole(person_id=found.id, role=role.value))
                roles[found.id].add(role.value)
                if found.id not in created_ids:
                    plan.roles_added.append((found.id, role))
            if dept is not None and found.department_id is None:
                found.department_id = dept.id
                session.add(found)
                if found.id not in created_ids:
                    assert dept.id is not None
                    plan.departments_of.append((found.id, dept.id))
            return found

        questions = [q for s in sections_in(session, include_retired=False) for q in s.questions]
        for q in questions:
            if not is_trainee_table(q):
                continue
            answer = session.get(m.HearingAnswer, (hearing_id, q.id))
            if answer is None or not isinstance(answer.value, list):
                continue
            cols = column_map(q.choices, TRAINEE_COLUMNS)
            for number, row in enumerate(answer.value, start=1):
                name = _text_cell(row, cols.get("name"))
                if not name:
                    continue
                existed = name_key(name) in by_name
                dept = department(_text_cell(row, cols.get("department")))
                trainee = person(name, Role.TRAINEE, dept, _text_cell(row, cols.get("title")))
                if existed:
                    plan.matched += 1
                boss_name = _text_cell(row, cols.get("supervisor"))
                if not boss_name:
                    continue
                if name_key(boss_name) == name_key(name):
                    plan.warnings.append(Note.of("trainees.own_supervisor", row=number, name=name))
                    continue
                boss = person(boss_name, Role.SUPERVISOR, dept)
                if trainee.supervisor_id is None:
                    if _supervises(session, trainee.id, boss.id):
                        plan.warnings.append(
                            Note.of(
                                "trainees.supervision_loop",
                                row=number,
                                supervisor=boss_name,
                                name=name,
                            )
                        )
                        continue
                    trainee.supervisor_id = boss.id
                    session.add(trainee)
                    assert trainee.id is not None and boss.id is not None
                    plan.supervisors_set.append((trainee.id, boss.id))
                elif trainee.supervisor_id != boss.id:
                    plan.warnings.append(
                        Note.of("trainees.other_supervisor", row=number, name=name)
                    )
        session.commit()
        return PeopleConversion(
            hearing_id=hearing_id,
            created_people=tuple(p.id or 0 for p in plan.created_people),
            created_departments=tuple(d.id or 0 for d in plan.created_departments),
            roles_added=tuple(plan.roles_added),
            departments_set=tuple(pid for pid, _ in plan.departments_of),
            departments_of=tuple(plan.departments_of),
            supervisors_set=tuple(plan.supervisors_set),
            matched=plan.matched,
            warnings=tuple(plan.warnings),
        )


def _supervises(session: Session, person_id: int | None, boss_id: int | None) -> bool:
    """True when *person_id* is *boss_id* or above them in the supervision chain."""
    seen: set[int] = set()
    current = boss_id
    while current is not None and current not in seen:
        if current == person_id:
            return True
        seen.add(current)
        up = session.get(m.Person, current)
        current = up.supervisor_id if up else None
    return False


def undo_trainees(workshop: Workshop, result: PeopleConversion) -> None:
    """Take back exactly what ``convert_trainees`` did (people and departments soft-deleted)."""
    _apply_trainees(workshop, result, undo=True)


def redo_trainees(workshop: Workshop, result: PeopleConversion) -> None:
    _apply_trainees(workshop, result, undo=False)


def _apply_trainees(workshop: Workshop, result: PeopleConversion, *, undo: bool) -> None:
    with workshop.session() as session:
        stamp = now() if undo else None
        for pid in result.created_people:
            p = session.get(m.Person, pid)
            if p is not None:
                p.deleted_at = stamp
                session.add(p)
        for did in result.created_departments:
            d = session.get(m.Department, did)
            if d is not None:
                d.deleted_at = stamp
                session.add(d)
        for pid, role in result.roles_added:
            existing = session.get(m.PersonRole, (pid, role.value))
            if undo and existing is not None:
                session.delete(existing)
            elif not undo and existing is None:
                session.add(m.PersonRole(person_id=pid, role=role.value))
        for pid, did in result.departments_of:
            p = session.get(m.Person, pid)
            if p is not None:
                p.department_id = None if undo else did
                session.add(p)
        for pid, boss in result.supervisors_set:
            p = session.get(m.Person, pid)
            if p is not None and p.id not in result.created_people:
                p.supervisor_id = None if undo else boss
                session.add(p)
        session.commit()
