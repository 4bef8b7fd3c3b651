"""R6 privacy: a document made for one municipality, trainee or supervisor holds nothing
of anyone else's, across the whole demo programme.

Every municipality's hearing answers, attendees, notes and findings, and every trainee's
issues, plans, feedback and check-ins, get a sentinel string naming their owner. Each
exporter in ``EXPORTERS`` writes one document per subject (the hearing sheet per
municipality, the feedback request form per supervisor); every part of each document
(body, headers, properties) is searched for sentinels, and only the subject's own may
appear, nor the names of people outside it. Own sentinels must appear where the document
carries that data, so the search cannot pass by finding nothing.

Adding an export (the per-trainee and per-supervisor summaries of the reports): one more
``Exporter`` with its subjects, a writer, and whose data a subject may see.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session, select

from dxworkshop.domain.enums import QuestionKind
from dxworkshop.reports.feedback_form_docx import write_feedback_form
from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet
from dxworkshop.services import feedback, feedback_form, hearing_sheet, people
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

SENTINEL = re.compile(r"R6SENTINEL-([MP])(\d{4})-X")

Owner = tuple[str, int]  # ("M", municipality id) or ("P", person id)


def sentinel(owner: Owner) -> str:
    kind, ident = owner
    return f"R6SENTINEL-{kind}{ident:04d}-X"


def with_sentinel(text: str | None, owner: Owner) -> str:
    return f"{text or ''} {sentinel(owner)}".strip()


def plant_sentinels(session: Session) -> None:
    """Mark each municipality's hearing data and each trainee's own data with its owner."""
    kinds = {q.id: q.kind for q in session.exec(select(m.HearingQuestion)).all()}
    for hearing in session.exec(select(m.Hearing)).all():
        owner: Owner = ("M", hearing.municipality_id)
        hearing.attendees = with_sentinel(hearing.attendees, owner)
        hearing.notes = with_sentinel(hearing.notes, owner)
        session.add(hearing)
        answers = select(m.HearingAnswer).where(m.HearingAnswer.hearing_id == hearing.id)
        for answer in session.exec(answers).all():
            if kinds[answer.question_id] == QuestionKind.TEXT:
                answer.value = with_sentinel(answer.value, owner)
            elif kinds[answer.question_id] == QuestionKind.TABLE and answer.value:
                answer.value = [[with_sentinel(row[0], owner), *row[1:]] for row in answer.value]
            else:
                continue
            session.add(answer)
        for finding in session.exec(select(m.Finding).where(m.Finding.hearing_id == hearing.id)):
            finding.text = with_sentinel(finding.text, owner)
            session.add(finding)
    for issue in session.exec(select(m.Issue)).all():
        if issue.owner_id is not None:
            issue.description = with_sentinel(issue.description, ("P", issue.owner_id))
            session.add(issue)
    for plan in session.exec(select(m.Plan)).all():
        versions = select(m.PlanVersion).where(m.PlanVersion.plan_id == plan.id)
        for version in session.exec(versions).all():
            version.goal = with_sentinel(version.goal, ("P", plan.trainee_id))
            session.add(version)
            for given in session.exec(
                select(m.Feedback).where(m.Feedback.plan_version_id == version.id)
            ).all():
                given.good_points = with_sentinel(given.good_points, ("P", plan.trainee_id))
                session.add(given)
        for check_in in session.exec(select(m.CheckIn).where(m.CheckIn.plan_id == plan.id)):
            check_in.note = with_sentinel(check_in.note, ("P", plan.trainee_id))
            session.add(check_in)
    session.commit()


@dataclass(frozen=True)
class Directory:
    """Who is who in the programme, for deciding what a document may show."""

    municipality_of: dict[int, int | None]  # person → municipality
    supervisor_of: dict[int, int | None]  # person → supervisor
    names: dict[int, str]  # person → name

    def people_in(self, municipality_id: int) -> set[int]:
        return {p for p, mid in self.municipality_of.items() if mid == municipality_id}

    def supervised_by(self, supervisor_id: int) -> set[int]:
        return {p for p, boss in self.supervisor_of.items() if boss == supervisor_id}


@dataclass(frozen=True)
class Exporter:
    name: str
    subjects: Callable[[Workshop], list[int]]
    write: Callable[[Workshop, int, Path], Path]
    #: The owners whose data a subject's document may hold.
    allowed: Callable[[Directory, int], set[Owner]]
    #: Whether the document must show its subject's own sentinels.
    carries_own_data: Callable[[Workshop, int], bool]


def _municipalities(workshop: Workshop) -> list[int]:
    return [muni.id for muni in people.list_municipalities(workshop)]


def _has_hearing(workshop: Workshop, municipality_id: int) -> bool:
    with workshop.session() as session:
        hearings = select(m.Hearing).where(
            m.Hearing.municipality_id == municipality_id,
            m.Hearing.deleted_at == None,  # noqa: E711
        )
        return session.exec(hearings).first() is not None


def _municipality_and_its_people(directory: Directory, municipality_id: int) -> set[Owner]:
    return {("M", municipality_id)} | {("P", p) for p in directory.people_in(municipality_id)}


def _write_sheet(workshop: Workshop, municipality_id: int, folder: Path, *, blank: bool) -> Path:
    data = hearing_sheet.sheet_data(workshop, municipality_id, blank=blank)
    suffix = "blank" if blank else "filled"
    return write_hearing_sheet(data, folder / f"hearing-{municipality_id}-{suffix}.docx")


def _supervisors(workshop: Workshop) -> list[int]:
    return [row.id for row in feedback.supervisors_with_plans(workshop)]


def _write_feedback_form(workshop: Workshop, supervisor_id: int, folder: Path) -> Path:
    first_round = feedback.list_rounds(workshop)[0]
    data = feedback_form.form_data(workshop, supervisor_id, first_round.id)
    return write_feedback_form(data, folder / f"feedback-form-{supervisor_id}.docx")


def _supervisor_and_trainees(directory: Directory, supervisor_id: int) -> set[Owner]:
    return {("P", p) for p in {supervisor_id, *directory.supervised_by(supervisor_id)}}


# One entry per kind of document made for one municipality, trainee or supervisor.
EXPORTERS = [
    Exporter(
        "hearing sheet",
        _municipalities,
        lambda ws, mid, folder: _write_sheet(ws, mid, folder, blank=False),
        _municipality_and_its_people,
        _has_hearing,
    ),
    Exporter(
        "blank hearing sheet",
        _municipalities,
        lambda ws, mid, folder: _write_sheet(ws, mid, folder, blank=True),
        lambda directory, mid: set(),
        lambda ws, mid: False,
    ),
    Exporter(
        "feedback request form",
        _supervisors,
        _write_feedback_form,
        _supervisor_and_trainees,
        lambda ws, sid: True,
    ),
]


def document_text(path: Path) -> str:
    """Every XML part of a Word document (body, headers, footers, properties) as text."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(
            z.read(name).decode("utf-8")
            for name in z.namelist()
            if name.endswith((".xml", ".rels"))
        )


@pytest.fixture
def marked_demo(demo_file: Path) -> Iterator[tuple[Workshop, Directory]]:
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        with workshop.session() as session:
            plant_sentinels(session)
            everyone = session.exec(select(m.Person)).all()
        directory = Directory(
            {p.id: p.municipality_id for p in everyone if p.id is not None},
            {p.id: p.supervisor_id for p in everyone if p.id is not None},
            {p.id: p.name for p in everyone if p.id is not None},
        )
        yield workshop, directory


@pytest.mark.parametrize("exporter", EXPORTERS, ids=lambda e: e.name)
def test_a_document_holds_only_its_subjects_data(
    exporter: Exporter, marked_demo: tuple[Workshop, Directory], tmp_path: Path
) -> None:
    workshop, directory = marked_demo
    subjects = exporter.subjects(workshop)
    assert len(subjects) >= 5, "the whole demo programme"
    with_own_data = 0
    for subject in subjects:
        path = exporter.write(workshop, subject, tmp_path)
        text = document_text(path)
        allowed = exporter.allowed(directory, subject)
        found = {(kind, int(ident)) for kind, ident in SENTINEL.findall(text)}
        assert found <= allowed, f"{exporter.name} of {subject} holds {sorted(found - allowed)}"
        if exporter.carries_own_data(workshop, subject):
            assert found & allowed, f"{exporter.name} of {subject} shows none of its own data"
            with_own_data += 1
        own_names = {directory.names[p] for kind, p in allowed if kind == "P"}
        outsiders = {
            name
            for p, name in directory.names.items()
            if ("P", p) not in allowed
            and directory.municipality_of[p] is not None  # staff may sign any document
            and name not in own_names
        }
        leaked = sorted(name for name in outsiders if name in text)
        assert not leaked, f"{exporter.name} of {subject} names {leaked}"
    print(f"R6 {exporter.name}: {len(subjects)} documents, {with_own_data} with own data")
