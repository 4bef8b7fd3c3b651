"""What the pre-hearing services return: frozen rows of the template, hearings and
findings, the results of the two conversions (kept exact so they can be undone), and the
cross-municipality comparison."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dxworkshop.domain.enums import HearingStatus, QuestionKind, Role
from dxworkshop.services.hearings.values import short_text
from dxworkshop.services.notes import Note


@dataclass(frozen=True, slots=True)
class QuestionRow:
    id: int
    section_id: int
    text: str
    kind: QuestionKind
    choices: tuple[str, ...]  # choice: options; scale: labels low → high; table: columns
    position: int
    retired: bool
    answers: int  # hearings (live) holding an answer to it

    @property
    def short_text(self) -> str:
        return short_text(self.text)


@dataclass(frozen=True, slots=True)
class SectionRow:
    id: int
    title: str
    position: int
    retired: bool
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True, slots=True)
class HearingRow:
    id: int
    municipality_id: int
    municipality_name: str
    department_id: int | None
    department_name: str
    date: dt.date | None
    interviewer_id: int | None
    interviewer_name: str
    attendees: str
    status: HearingStatus
    notes: str
    answered: int  # live questions answered
    questions: int  # live questions
    findings: int


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: int
    hearing_id: int
    text: str
    position: int
    issue_ids: tuple[int, ...]  # live issues made from it


@dataclass(frozen=True, slots=True)
class HearingDetail:
    hearing: HearingRow
    answers: Mapping[int, Any]  # question id → value (retired questions' answers included)
    findings: tuple[FindingRow, ...]


@dataclass(frozen=True, slots=True)
class IssueConversion:
    """What turning a hearing into candidate issues made; ``created`` undoes and redoes it."""

    hearing_id: int
    created: tuple[int, ...]  # issue ids
    skipped: int  # rows and findings that already had an issue


@dataclass(frozen=True, slots=True)
class PeopleConversion:
    """What turning 受講予定者 rows into people changed, exactly, so it can be undone."""

    hearing_id: int
    created_people: tuple[int, ...]
    created_departments: tuple[int, ...]
    roles_added: tuple[tuple[int, Role], ...]  # (person id, role) for existing people
    departments_set: tuple[int, ...]  # existing people whose empty 所属 was set
    departments_of: tuple[tuple[int, int], ...]  # (person id, department id) for those
    supervisors_set: tuple[tuple[int, int], ...]  # (person id, supervisor id); was none
    matched: int  # rows that were already people
    warnings: tuple[Note, ...] = ()  # codes of TRAINEE_WARNING_CODES

    @property
    def changed(self) -> bool:
        return bool(
            self.created_people
            or self.created_departments
            or self.roles_added
            or self.departments_set
            or self.supervisors_set
        )


@dataclass(frozen=True, slots=True)
class ScaleColumn:
    question_id: int
    text: str
    short_text: str
    section_title: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    municipality_id: int
    municipality_name: str
    hearing_id: int | None  # the municipality-level hearing (or the first one), if any
    status: HearingStatus | None
    levels: tuple[int | None, ...]  # one per column: index into its labels


@dataclass(frozen=True, slots=True)
class Comparison:
    """Scale answers of every municipality side by side (rows × columns)."""

    columns: tuple[ScaleColumn, ...]
    rows: tuple[ComparisonRow, ...]
    step_column: int | None  # the 手順書 step, if the template has it
    priority_columns: tuple[int, ...]  # the 重点取組事項
