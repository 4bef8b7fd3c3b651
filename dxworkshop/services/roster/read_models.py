"""What reading and importing a roster return: the fields and columns of a sheet, its rows
and rejected rows, the report of an import and what undoes it; frozen dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from dxworkshop.domain.enums import Role
from dxworkshop.services.notes import Note


class RosterField(StrEnum):
    NAME = "name"
    KANA = "kana"
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    FAMILY_KANA = "family_kana"
    GIVEN_KANA = "given_kana"
    MUNICIPALITY = "municipality"
    MUNICIPALITY_CODE = "municipality_code"
    DEPARTMENT = "department"
    TITLE = "title"
    EMAIL = "email"
    SUPERVISOR = "supervisor"
    ROLE = "role"


@dataclass(frozen=True, slots=True)
class RosterColumn:
    """A column of the header row; ``field`` None means not a roster column (ignored).

    A column with data but no heading is listed too (``header`` ""), so it can be mapped.
    """

    column: int  # 1-based
    letter: str  # as Excel shows it: A, B, … AA
    header: str
    field: RosterField | None
    example: str = ""  # the first value below the heading, to tell what the column holds


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One person as the sheet gives them, values normalised; empty string = not given."""

    row: int  # 1-based sheet row, as the user sees it in Excel
    name: str
    kana: str = ""
    municipality: str = ""
    municipality_code: str = ""
    department: str = ""
    title: str = ""
    email: str = ""
    supervisor: str = ""
    roles: tuple[Role, ...] = (Role.TRAINEE,)
    #: A 団体コード the national list gives to another municipality than ``municipality``
    #: (``municipality_code`` is then empty): why it is refused, and its readings on the
    #: list. The import takes it only where the workshop already has ``municipality`` under
    #: one of them (a municipality stored as 倉敷市役所, the demo's numbered copies).
    code_refusal: Note | None = None
    code_readings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RejectedRow:
    row: int  # 1-based sheet row
    reason: Note  # a code of REJECTION_CODES; str() is the English sentence
    name: str = ""

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RosterSheet:
    """A roster file read and checked on its own (no workshop involved)."""

    path: Path
    sheet: str | None  # None for CSV
    file_format: str  # "xlsx" or "csv"
    encoding: str | None  # of a CSV file
    header_row: int  # 1-based
    columns: tuple[RosterColumn, ...]
    rows: tuple[RosterRow, ...]
    rejected: tuple[RejectedRow, ...]
    warnings: tuple[Note, ...]  # codes of WARNING_CODES


class RowAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What the import did (or, in a dry run, would do) with one accepted row."""

    row: int
    name: str
    action: RowAction
    changes: tuple[str, ...] = ()  # the fields an update changes


@dataclass(frozen=True, slots=True)
class PersonValues:
    """The fields of a person an import may change."""

    name: str
    kana: str
    title: str
    email: str
    municipality_id: int | None
    department_id: int | None
    supervisor_id: int | None


@dataclass(frozen=True, slots=True)
class PersonUpdate:
    person_id: int
    before: PersonValues
    after: PersonValues


@dataclass(frozen=True, slots=True)
class CodeUpdate:
    """A 団体コード the workshop learned from the sheet."""

    municipality_id: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ImportUndo:
    """Everything one real import changed: what :func:`undo_import` takes back and
    :func:`redo_import` puts again, without reading the file a second time."""

    municipalities: tuple[int, ...] = ()  # created
    departments: tuple[int, ...] = ()  # created
    people: tuple[int, ...] = ()  # created (sheet rows and supervisors named in 上司)
    updates: tuple[PersonUpdate, ...] = ()  # people who were in the workshop before
    roles_added: tuple[tuple[int, Role], ...] = ()  # (person id, role) of those people
    codes: tuple[CodeUpdate, ...] = ()

    @property
    def empty(self) -> bool:
        return not (
            self.municipalities
            or self.departments
            or self.people
            or self.updates
            or self.roles_added
            or self.codes
        )


@dataclass(frozen=True, slots=True)
class RosterReport:
    path: Path
    sheet: str | None
    people_created: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    municipalities_created: int = 0
    departments_created: int = 0
    supervisors_created: int = 0  # people named only in the 上司 column, created for it
    rejected: tuple[RejectedRow, ...] = ()
    warnings: tuple[Note, ...] = ()  # codes of WARNING_CODES
    dry_run: bool = False
    outcomes: tuple[RowOutcome, ...] = ()
    #: What a real import changed, for :func:`undo_import`; None for a dry run. Not part of
    #: equality, so a dry run's report equals the real import's.
    undo: ImportUndo | None = field(default=None, compare=False, repr=False)

    @property
    def people_imported(self) -> int:
        return self.people_created + self.people_updated

    def summary(self) -> str:
        """One line for the CLI and the status bar (the CLI adds "dry run:" itself)."""
        parts = [
            f"{_count(self.people_imported, 'person', 'people')} imported "
            f"({self.people_created} new, {self.people_updated} updated)"
        ]
        if self.people_unchanged:
            parts.append(f"{self.people_unchanged} unchanged")
        if self.municipalities_created:
            n = self.municipalities_created
            parts.append(_count(n, "municipality", "municipalities") + " added")
        if self.departments_created:
            parts.append(_count(self.departments_created, "department", "departments") + " added")
        if self.supervisors_created:
            parts.append(_count(self.supervisors_created, "supervisor", "supervisors") + " added")
        parts.append(_count(len(self.rejected), "row", "rows") + " rejected")
        if self.warnings:
            parts.append(_count(len(self.warnings), "warning", "warnings"))
        return ", ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


#: A caller's column mapping: 1-based column → the field it holds, None = ignore the column.
ColumnMapping = Mapping[int, RosterField | None]
