"""Roster import: the Excel (.xlsx) and CSV participant lists municipalities send, into people.

Reading (:func:`read_roster`) and importing (:func:`import_roster`) are separate so the UI
can preview a file. The import *plans* every change from the file and the workshop as it
is, then applies the plan in one transaction; a dry run is the same plan, not applied, so
its report is exactly what the real import reports.

Rules decided here (the facilitator sees each outcome in the report):

- The header row is the row among the first :data:`HEADER_SCAN_ROWS` that names the most
  known columns and has a name column (氏名, or 姓 + 名). Rows above it are titles.
- A row is blank, and skipped silently, when all of its *known* columns are empty: a
  template's pre-numbered "No." column alone does not make a row.
- A blank cell never erases what the workshop already holds: re-importing a shorter
  list updates only what the sheet says. Roles are only ever added, never removed.
- A value of only dashes ("-", "ー", "―") or "なし" counts as an empty cell.
- A person repeated in the sheet (same e-mail, or same name in the same municipality) is
  skipped with a warning when the rows are identical, and rejected (naming the earlier
  row) when they differ.
- 団体コード: six digits with a valid check digit. Fewer digits are taken as a code that
  lost its leading zeros (Excel numbers: 12025 → 012025) when that gives a valid check
  digit, else as the five-digit code without its check digit, which is then added
  (33202 → 332020).
- A row matches a person of the workshop by e-mail first, then by name within the
  municipality (a same-named person with another e-mail is someone else, with a warning).
  A person some row names by e-mail is not also taken by another row's name.
- A 団体コード and a 市町村 name that point at different municipalities reject the row.
  Rows that give only a code are matched after the others, so another row of the sheet
  may introduce the municipality with its code.
- A 所属 without a 市町村 cannot be stored (a department belongs to a municipality): the
  person is imported without it, with a warning.
- A 上司 is looked for among the sheet's rows, then the workshop's people, in the trainee's
  municipality; else created there (in the trainee's 所属) with the supervisor role. A link
  that would make a loop (A supervises B supervises A) is left out for the row further
  down, and so is a person named as their own 上司, each with a warning.
- A caller's column mapping (column → field, or None to ignore it) overrides the headings of
  those columns: it decides what the header row's columns hold, never which row is the
  header. A heading elsewhere naming a mapped field is ignored, with a warning; one field
  mapped onto two columns is refused (:class:`MappingConflict`).
- A real import reports what it changed (:class:`ImportUndo`), so the UI can undo it
  (created rows soft-deleted, updated people back to their values) and redo it exactly.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
import re
import unicodedata
import warnings
import zipfile
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain.enums import Role
from dxworkshop.domain.text import storable, unstorable_character
from dxworkshop.services import ops, zip_guard
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.notes import Note, define
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)

#: How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 30
#: A roster is a list of people; anything bigger is not one (and would not fit in memory well).
#: A prefecture's 10,000 staff make a file of a few MB.
MAX_FILE_BYTES = 32 * 1024 * 1024
#: The cells a sheet may have (rows × their columns up to the last filled one, merged
#: ranges counted as they fill): 10,000 staff × 20 columns are 200,000. A sheet beyond is
#: refused — it is no roster, and its rows would not fit in memory well.
MAX_CELLS = 1_000_000
#: The columns read from a row; cells further right are ignored, with a warning.
MAX_COLUMNS = 200

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


# --- what the import says: note codes and their English ---------------------------------

#: Why a row is rejected (``RejectedRow.reason``).
REJECTION_CODES = define(
    {
        "roster.no_name": "no name ({column})",
        "roster.name_is_number": "“{value}” is a number, not a name ({column})",
        "roster.municipality_is_number": (
            "“{value}” is a number, not the name of a municipality ({column}); a 団体コード "
            "goes in its own column"
        ),
        "roster.bad_email": "“{value}” is not an e-mail address ({column})",
        "roster.unknown_role": (
            "unknown role “{value}” ({column}); use 受講者, 上司, 講師, DX推進担当者 or "
            "ファシリテーター"
        ),
        "roster.code_not_number": "団体コード “{value}” is not a number",
        "roster.code_too_long": "団体コード {value} has more than six digits",
        "roster.code_no_prefecture": "団体コード {value} is not valid (no prefecture {prefecture})",
        "roster.code_check_digit": (
            "団体コード {value} is not valid (its check digit would be {expected})"
        ),
        "roster.code_invalid": "団体コード {value} is not valid",
        "roster.same_person": "same person as row {other_row} ({name})",
        "roster.same_existing_person": (
            "matches the same person in the workshop as row {other_row} ({name})"
        ),
        "roster.code_of_other_municipality": (
            "団体コード {code} belongs to {known}, not {municipality}"
        ),
        "roster.municipality_has_other_code": (
            "{municipality} has 団体コード {known} in the workshop, not {code}"
        ),
        "roster.code_unknown": (
            "団体コード {code} matches no municipality in the workshop or the sheet, and the row "
            "names none"
        ),
        "roster.bad_byte": (
            "{column} holds bytes that are not {encoding} text; correct the cell and import "
            "the row again"
        ),
    }
)
#: What the reading and the import note without rejecting (``warnings``).
WARNING_CODES = define(
    {
        "roster.column_claimed": (
            "column {column} “{heading}” ignored: column {mapped} is mapped to {field}"
        ),
        "roster.column_repeated": "column {column} “{heading}” repeats column {first}; ignored",
        "roster.column_unknown": "column {column} “{heading}” is not a roster column; ignored",
        "roster.no_municipality_column": (
            "no 市町村 column: people are imported without a municipality"
        ),
        "roster.row_repeated": "row {row} repeats row {other_row} ({name}); skipped",
        "roster.csv_has_no_sheets": "a CSV file has no sheets; “{sheet}” ignored",
        "roster.other_sheets": "read sheet “{sheet}”; the workbook also has {others}",
        "roster.same_name_other_email": (
            "row {row}: {name} is already in the workshop with another e-mail address; added "
            "as a second person"
        ),
        "roster.department_without_municipality": (
            "row {row}: 所属 “{department}” left out because the row has no 市町村"
        ),
        "roster.own_supervisor": "row {row}: {name} is named as their own 上司; not linked",
        "roster.supervision_loop": (
            "row {row}: {supervisor} as 上司 of {name} would make a supervision loop; not linked"
        ),
        "roster.hidden_sheet": (
            "read hidden sheet “{sheet}”: the visible sheets {others} hold no roster"
        ),
        "roster.unstorable_removed": (
            "row {row}: {column} had a character no document can hold ({character}); removed"
        ),
        "roster.columns_cut": (
            "cells right of column {limit} are ignored (the first in row {row}, column {column})"
        ),
    }
)
#: Why a file cannot be read at all (``UnreadableRoster.note``).
FILE_CODES = define(
    {
        "roster.file_is_folder": "this is a folder, not a roster file",
        "roster.file_too_big": "the file is too big for a roster ({size} bytes)",
        "roster.file_permission": "permission denied (cannot read)",
        "roster.file_os_error": "cannot read the file ({detail})",
        "roster.file_empty": "the file is empty",
        "roster.file_encrypted": (
            "the workbook is password-protected; remove the password in Excel "
            "(ファイル → 情報 → ブックの保護) and save it again"
        ),
        "roster.file_xls": (
            "an Excel 97–2003 workbook (.xls); open it in Excel and save it as "
            "“Excel ブック (.xlsx)” or as CSV"
        ),
        "roster.file_not_a_roster": (
            "not an Excel workbook (.xlsx) or a CSV text file; save it from Excel as "
            "“Excel ブック (.xlsx)” or CSV"
        ),
        "roster.file_fake_xlsx": (
            "not an Excel workbook (.xlsx) or a CSV text file (it ends in .xlsx but is not an "
            "Excel workbook); save it from Excel as “Excel ブック (.xlsx)” or CSV"
        ),
        "roster.file_bad_csv": "not a readable CSV file ({detail})",
        "roster.file_bad_xlsx": "not a readable Excel workbook ({detail})",
        "roster.file_no_worksheets": "the workbook has no worksheets",
        "roster.file_out_of_memory": (
            "there is not enough memory to read it; a roster needs far less, is it one?"
        ),
        "roster.too_many_cells": "the file has more than {limit} cells (the limit for a roster)",
        "roster.sheet_too_many_cells": (
            "sheet “{sheet}” has more than {limit} cells (the limit for a roster)"
        ),
        "roster.zip_members": (
            "the workbook has {count} parts, more than {limit} (the limit for a roster)"
        ),
        "roster.zip_member_size": "{member} inflates beyond {limit} (the limit for a roster)",
        "roster.zip_xml_size": (
            "its XML parts inflate beyond {limit} together (the limit for a roster)"
        ),
        "roster.zip_total_size": (
            "its parts inflate beyond {limit} together (the limit for a roster)"
        ),
        "roster.zip_ratio": (
            "{member} inflates more than {limit} times its compressed size (the limit for a roster)"
        ),
        "roster.zip_dtd": (
            "{member} declares a DTD (<!DOCTYPE>), which no Excel workbook has; it is not read"
        ),
    }
)
#: Every code a roster note can have.
NOTE_CODES = REJECTION_CODES | WARNING_CODES | FILE_CODES


# --- errors ------------------------------------------------------------------------------


class RosterError(ServiceError):
    """A roster file that cannot be imported at all; ``str()`` says what and where."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class RosterFileNotFound(RosterError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "no such file")


class UnreadableRoster(RosterError):
    """Not an .xlsx workbook or a CSV text file we can read (random bytes, .xls, password).

    ``note`` says why (a code of :data:`FILE_CODES`); ``message`` is its English.
    """

    def __init__(self, path: Path | str, note: Note) -> None:
        super().__init__(path, str(note))
        self.note = note


class SheetNotFound(RosterError):
    def __init__(self, path: Path | str, sheet: str, sheets: Sequence[str]) -> None:
        listed = ", ".join(f"“{s}”" for s in sheets) or "none"
        super().__init__(path, f"no sheet named “{sheet}”; the workbook's sheets are {listed}")
        self.sheet = sheet
        self.sheets = tuple(sheets)


class NoHeaderRow(RosterError):
    def __init__(self, path: Path | str, where: str, *, sheet: str | None = None) -> None:
        super().__init__(
            path,
            f"no header row found in the first {HEADER_SCAN_ROWS} rows{where}; expected "
            "column headings such as 氏名, ふりがな, 市町村, 所属, 職名, メールアドレス, 上司, "
            "役割, 団体コード",
        )
        self.sheet = sheet


class NoNameColumn(RosterError):
    """The header row has no name column (as headed, or after a column mapping).

    ``columns`` are the header row's columns, so a caller can offer to map one to the name.
    """

    def __init__(
        self,
        path: Path | str,
        where: str,
        row: int,
        found: Sequence[str],
        *,
        columns: Sequence[RosterColumn] = (),
        sheet: str | None = None,
    ) -> None:
        super().__init__(
            path,
            f"row {row}{where} looks like the header row ({', '.join(found)}) but has no name "
            "column; add one headed 氏名 (or 名前, 受講者名, name)",
        )
        self.row = row
        self.columns = tuple(columns)
        self.sheet = sheet


class MappingConflict(RosterError):
    """A column mapping that puts one roster field on two columns."""

    def __init__(self, path: Path | str, fld: RosterField, first: int, second: int) -> None:
        super().__init__(
            path,
            f"columns {_letter(first)} and {_letter(second)} are both mapped to {fld.value}; "
            "map one of them to another field or to nothing",
        )
        self.field = fld
        self.columns = (first, second)
        self.letters = (_letter(first), _letter(second))


# --- what reading and importing return ----------------------------------------------------


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


# --- normalising text ----------------------------------------------------------------------

# Control and invisible format characters (zero-width space, BOM, bidi marks, lone
# surrogates) never belong in a name; Excel's Alt+Enter newline becomes a space.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ud800-\udfff]"
)
_SPACES = re.compile(r"\s+")  # includes 全角スペース U+3000, tabs and newlines
_DASHES_ONLY = re.compile("[-‐‑‒–—―ー－−~〜～_]+")
_NONE_WORDS = frozenset({"なし", "無し", "該当なし", "n/a", "na", "none", "null"})
_BRACKETED = re.compile(r"[(\[【〔〈《「『{<]([^)\]】〕〉》」』}>]*)[)\]】〕〉》」』}>]")
_HEADER_MARKS = re.compile(r"[*※:#]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ROLE_SEPARATORS = re.compile(r"[、,/・;]")


def _cell_text(value: Any) -> str:
    """A cell as text: Excel numbers without a spurious ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _clean(text: str) -> str:
    """Drop invisible characters (and any no document can hold), collapse any run of spaces
    to one ASCII space, trim."""
    text = storable(_SPACES.sub(" ", _INVISIBLE.sub("", text))).strip()
    if _DASHES_ONLY.fullmatch(text) or text.casefold() in _NONE_WORDS:
        return ""
    return text


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _key(text: str) -> str:
    """Matching key for names: width, case and spacing do not make two people."""
    return _SPACES.sub("", _nfkc(text)).casefold()


def _letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- headers -------------------------------------------------------------------------------


def _header_key(text: str) -> str:
    return _HEADER_MARKS.sub("", _key(text))


def _alias_table(aliases: dict[RosterField, str]) -> dict[str, RosterField]:
    return {_header_key(name): fld for fld, names in aliases.items() for name in names.split("|")}


# Headings as municipalities write them; matched after NFKC, lower case, no spaces, no marks.
_HEADERS = _alias_table(
    {
        RosterField.NAME: "氏名|名前|お名前|受講者名|受講者氏名|参加者名|参加者氏名|研修生氏名|"
        "職員氏名|氏名漢字|name|full name",
        RosterField.KANA: "ふりがな|フリガナ|カナ|かな|よみがな|ヨミガナ|よみ|読み|氏名カナ|"
        "氏名かな|氏名ふりがな|氏名フリガナ|カナ氏名|kana|furigana",
        RosterField.FAMILY_NAME: "姓|氏|苗字|名字|last name|family name|surname",
        RosterField.GIVEN_NAME: "名|first name|given name",
        RosterField.FAMILY_KANA: "せい|セイ|姓カナ|姓ふりがな|姓フリガナ",
        RosterField.GIVEN_KANA: "めい|メイ|名カナ|名ふりがな|名フリガナ",
        RosterField.MUNICIPALITY: "市町村|市町村名|自治体|自治体名|団体名|市区町村|市区町村名|"
        "所属団体|所属自治体|municipality|city",
        RosterField.MUNICIPALITY_CODE: "団体コード|地方公共団体コード|全国地方公共団体コード|"
        "市町村コード|自治体コード|code|municipality code|lg code",
        RosterField.DEPARTMENT: "所属|所属名|課|課名|部署|部署名|所属課|所属部署|所属部課|担当課|"
        "department|dept|division|section",
        RosterField.TITLE: "職名|役職|職|役職名|職位|title|job title|position",
        RosterField.EMAIL: "メール|メールアドレス|eメール|eメールアドレス|電子メール|mail|e-mail|"
        "email|mail address|e-mail address|email address",
        RosterField.SUPERVISOR: "上司|上司氏名|上司名|所属長|所属長氏名|所属長名|"
        "supervisor|manager",
        RosterField.ROLE: "役割|区分|参加区分|受講区分|role",
    }
)
_KANA_MARKERS = frozenset(
    _header_key(t) for t in ("ふりがな", "フリガナ", "かな", "カナ", "よみがな", "ヨミガナ", "kana")
)
_KANA_OF = {
    RosterField.NAME: RosterField.KANA,
    RosterField.FAMILY_NAME: RosterField.FAMILY_KANA,
    RosterField.GIVEN_NAME: RosterField.GIVEN_KANA,
}
_ROLE_VALUES = frozenset(r.value for r in Role)
_ROLES = {
    _header_key(word): role
    for role, words in {
        Role.TRAINEE: "受講者|研修生|受講生|参加者|trainee|participant",
        Role.SUPERVISOR: "上司|所属長|supervisor|manager",
        Role.INSTRUCTOR: "講師|instructor|lecturer",
        Role.DX_CONTACT: "DX担当|DX担当者|DX推進担当|DX推進担当者|dx_contact|dx contact",
        Role.FACILITATOR: "ファシリテーター|ファシリテータ|facilitator",
    }.items()
    for word in words.split("|")
}


def header_field(text: str) -> RosterField | None:
    """The roster column a heading names, or None: "氏名（必須）" → name, "氏名(カナ)" → kana."""
    key = _header_key(_cell_text(text))
    if not key:
        return None
    if key in _HEADERS:
        return _HEADERS[key]
    base = _BRACKETED.sub("", key)
    found = _HEADERS.get(base)
    if found in _KANA_OF and any(inner in _KANA_MARKERS for inner in _BRACKETED.findall(key)):
        return _KANA_OF[found]
    return found


#: A caller's column mapping: 1-based column → the field it holds, None = ignore the column.
ColumnMapping = Mapping[int, RosterField | None]


@dataclass
class _Header:
    row: int  # 1-based
    fields: dict[RosterField, int] = field(default_factory=dict)  # field → 0-based column
    columns: list[RosterColumn] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    recognised: int = 0  # headings recognised by their text, whatever the mapping says

    @property
    def has_name(self) -> bool:
        return RosterField.NAME in self.fields or RosterField.FAMILY_NAME in self.fields


def _check_mapping(path: Path, mapping: ColumnMapping | None) -> dict[int, RosterField | None]:
    """The mapping with its fields as :class:`RosterField`; refuses one field on two columns."""
    checked: dict[int, RosterField | None] = {}
    taken: dict[RosterField, int] = {}
    for column, value in sorted((mapping or {}).items()):
        if isinstance(column, bool) or not isinstance(column, int) or column < 1:
            raise ValueError(f"column numbers start at 1, not {column!r}")
        fld = None if value is None else RosterField(value)
        if fld is not None:
            if fld in taken:
                raise MappingConflict(path, fld, taken[fld], column)
            taken[fld] = column
        checked[column] = fld
    return checked


def _match_header(
    cells: Sequence[Any], row: int, mapping: Mapping[int, RosterField | None] | None = None
) -> _Header:
    header = _Header(row)
    mapping = mapping or {}
    # A field the caller put on a column is not also taken from a heading elsewhere.
    claimed = {fld: column for column, fld in mapping.items() if fld is not None}
    for index in range(max(len(cells), max(mapping, default=0))):
        text = _clean(_cell_text(cells[index])) if index < len(cells) else ""
        column = index + 1
        letter = _letter(column)
        detected = header_field(text) if text else None
        if detected is not None:
            header.recognised += 1
        if column in mapping:
            fld = mapping[column]
            if fld is not None:
                header.fields[fld] = index
            if text or fld is not None:
                header.columns.append(RosterColumn(column, letter, text, fld))
            continue
        if not text:
            continue
        fld = detected
        if fld is not None and fld in claimed:
            header.warnings.append(
                Note.of(
                    "roster.column_claimed",
                    column=letter,
                    heading=text,
                    mapped=_letter(claimed[fld]),
                    field=fld.value,
                )
            )
            fld = None
        elif fld is not None and fld in header.fields:
            first = header.fields[fld]
            header.warnings.append(
                Note.of(
                    "roster.column_repeated", column=letter, heading=text, first=_letter(first + 1)
                )
            )
            fld = None
        elif fld is not None:
            header.fields[fld] = index
        else:
            header.warnings.append(Note.of("roster.column_unknown", column=letter, heading=text))
        header.columns.append(RosterColumn(column, letter, text, fld))
    return header


def _find_header(
    rows: Sequence[Sequence[Any]],
    path: Path,
    where: str,
    mapping: Mapping[int, RosterField | None] | None = None,
    sheet: str | None = None,
) -> _Header:
    # The header row is found by its headings; a mapping then decides what its columns hold
    # (and so whether it has a name column), never which row is the header.
    best: _Header | None = None
    nameless: _Header | None = None
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        header = _match_header(cells, index + 1, mapping)
        if not header.recognised:
            continue
        if header.has_name:
            if best is None or len(header.fields) > len(best.fields):
                best = header
        elif nameless is None or len(header.fields) > len(nameless.fields):
            nameless = header
    if best is not None:
        _describe_columns(best, rows)
        return best
    if nameless is not None:
        _describe_columns(nameless, rows)
    if nameless is not None and (len(nameless.fields) >= 2 or mapping):
        found = [c.header or c.letter for c in nameless.columns if c.field is not None]
        raise NoNameColumn(path, where, nameless.row, found, columns=nameless.columns, sheet=sheet)
    raise NoHeaderRow(path, where, sheet=sheet)


def _describe_columns(header: _Header, rows: Sequence[Sequence[Any]]) -> None:
    """Give each column an example value, and list the data columns that have no heading."""
    examples: dict[int, str] = {}
    for cells in rows[header.row :]:
        for index, value in enumerate(cells):
            if index not in examples and (text := _clean(_cell_text(value))):
                examples[index] = text
    listed = {c.column for c in header.columns}
    columns = [replace(c, example=examples.get(c.column - 1, "")) for c in header.columns]
    columns += [
        RosterColumn(index + 1, _letter(index + 1), "", None, text)
        for index, text in examples.items()
        if index + 1 not in listed
    ]
    header.columns = sorted(columns, key=lambda c: c.column)


# --- values ---------------------------------------------------------------------------------


class _RowRejected(Exception):
    def __init__(self, reason: Note) -> None:
        super().__init__(str(reason))
        self.reason = reason


class InvalidMunicipalityCode(ValueError):
    """A 団体コード that is not one; ``note`` says why (``str()`` in English)."""

    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


def _check_digit(five: str) -> str:
    total = sum(int(d) * w for d, w in zip(five, (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10)


def _valid_code(code: str) -> bool:
    return len(code) == 6 and 1 <= int(code[:2]) <= 47 and _check_digit(code[:5]) == code[5]


def municipality_code(value: Any) -> str:
    """A 団体コード as its six digits; raises :class:`InvalidMunicipalityCode` (a ValueError)
    saying why otherwise."""
    text = _SPACES.sub("", _nfkc(_clean(_cell_text(value))))
    if not text:
        return ""
    if not re.fullmatch(r"[0-9]+", text):
        raise InvalidMunicipalityCode(Note.of("roster.code_not_number", value=text))
    if len(text) > 6:
        raise InvalidMunicipalityCode(Note.of("roster.code_too_long", value=text))
    if len(text) == 6:
        if not _valid_code(text):
            if not 1 <= int(text[:2]) <= 47:
                raise InvalidMunicipalityCode(
                    Note.of("roster.code_no_prefecture", value=text, prefecture=text[:2])
                )
            raise InvalidMunicipalityCode(
                Note.of("roster.code_check_digit", value=text, expected=_check_digit(text[:5]))
            )
        return text
    padded = text.zfill(6)  # an Excel number that lost its leading zero: 12025 → 012025
    if _valid_code(padded):
        return padded
    five = text.zfill(5)  # the five-digit code without its check digit: 33202 → 332020
    with_check = five + _check_digit(five)
    if _valid_code(with_check):
        return with_check
    raise InvalidMunicipalityCode(Note.of("roster.code_invalid", value=text))


def _roles(text: str, header: str) -> tuple[Role, ...]:
    if not text:
        return (Role.TRAINEE,)
    roles: list[Role] = []
    for part in _ROLE_SEPARATORS.split(_nfkc(text)):
        word = _header_key(part)
        if not word:
            continue
        role = _ROLES.get(word)
        if role is None:
            raise _RowRejected(Note.of("roster.unknown_role", value=part.strip(), column=header))
        if role not in roles:
            roles.append(role)
    return tuple(roles) or (Role.TRAINEE,)


def _email(text: str, header: str) -> str:
    email = _SPACES.sub("", _nfkc(text)).lower()
    email = email.removeprefix("mailto:")
    if email and not _EMAIL.fullmatch(email):
        raise _RowRejected(Note.of("roster.bad_email", value=text, column=header))
    return email


class _RowReader:
    """Turns the cells of one data row into a :class:`RosterRow`.

    ``notes`` collects the warnings of the rows read (a character no document can hold,
    removed). With *bad_bytes* (the encoding of a CSV file some bytes of which were not
    text) a row with such a byte in one of its columns is rejected naming the column.
    """

    def __init__(self, header: _Header, bad_bytes: str | None = None) -> None:
        self.fields = header.fields
        self.bad_bytes = bad_bytes
        self.notes: list[Note] = []
        # Headings for messages, without annotations: "氏名（必須）" → "氏名".
        self.headers = {
            # A heading-less column is named by its letter (F), in every language.
            c.field: _BRACKETED.sub("", _nfkc(c.header)).strip() or c.header or c.letter
            for c in header.columns
            if c.field is not None
        }

    def _label(self, fld: RosterField) -> str:
        return self.headers.get(fld) or _letter(self.fields[fld] + 1)

    def _text(self, cells: Sequence[Any], fld: RosterField) -> str:
        index = self.fields.get(fld)
        if index is None or index >= len(cells):
            return ""
        return _cell_text(cells[index])

    def _raw(self, cells: Sequence[Any], fld: RosterField) -> str:
        return _clean(self._text(cells, fld))

    def _check_characters(self, cells: Sequence[Any], row: int) -> list[Note]:
        """Reject a row with a byte that is not text; note characters no document holds."""
        notes = []
        for fld in self.fields:
            text = self._text(cells, fld)
            if self.bad_bytes is not None and _BAD_BYTE in text:
                note = Note.of("roster.bad_byte", column=self._label(fld), encoding=self.bad_bytes)
                raise _RowRejected(note)
            found = unstorable_character(_SPACES.sub(" ", text))
            if found is not None:
                notes.append(
                    Note.of(
                        "roster.unstorable_removed",
                        row=row,
                        column=self._label(fld),
                        character=found,
                    )
                )
        return notes

    def read(self, cells: Sequence[Any], row: int) -> RosterRow | None:
        """None for a blank row; raises _RowRejected with the reason for a bad one."""
        raw = {fld: self._raw(cells, fld) for fld in self.fields}
        if not any(raw.values()):
            return None
        notes = self._check_characters(cells, row)
        name = raw.get(RosterField.NAME, "") or _join(
            raw.get(RosterField.FAMILY_NAME, ""), raw.get(RosterField.GIVEN_NAME, "")
        )
        if not name:
            label = self.headers.get(RosterField.NAME) or self.headers.get(
                RosterField.FAMILY_NAME, "氏名"
            )
            raise _RowRejected(Note.of("roster.no_name", column=label))
        if _NUMBER.fullmatch(_nfkc(name)):  # a number pasted into the name column
            label = self.headers.get(RosterField.NAME) or self.headers.get(
                RosterField.FAMILY_NAME, "氏名"
            )
            raise _RowRejected(Note.of("roster.name_is_number", value=name, column=label))
        municipality = _clean(_nfkc(raw.get(RosterField.MUNICIPALITY, "")))
        if _NUMBER.fullmatch(municipality):
            raise _RowRejected(
                Note.of(
                    "roster.municipality_is_number",
                    value=municipality,
                    column=self.headers.get(RosterField.MUNICIPALITY, "市町村"),
                )
            )
        kana = raw.get(RosterField.KANA, "") or _join(
            raw.get(RosterField.FAMILY_KANA, ""), raw.get(RosterField.GIVEN_KANA, "")
        )
        try:
            code = municipality_code(raw.get(RosterField.MUNICIPALITY_CODE, ""))
        except InvalidMunicipalityCode as exc:
            raise _RowRejected(exc.note) from None
        person = RosterRow(
            row=row,
            name=name,
            kana=_clean(_nfkc(kana)),
            municipality=municipality,
            municipality_code=code,
            department=_clean(_nfkc(raw.get(RosterField.DEPARTMENT, ""))),
            title=_clean(_nfkc(raw.get(RosterField.TITLE, ""))),
            email=_email(raw.get(RosterField.EMAIL, ""), self.headers.get(RosterField.EMAIL, "")),
            supervisor=raw.get(RosterField.SUPERVISOR, ""),
            roles=_roles(raw.get(RosterField.ROLE, ""), self.headers.get(RosterField.ROLE, "")),
        )
        self.notes.extend(notes)
        return person


#: A cell that holds only a number (digits, separators, a sign): not a name.
_NUMBER = re.compile(r"[+\-]?[\d\s.,]*\d[\d\s.,]*")


def _join(family: str, given: str) -> str:
    return " ".join(part for part in (family, given) if part)


def _same_identity(a: RosterRow | _PersonPlan, b: RosterRow) -> bool:
    """Whether two of one name (in one municipality) are one person: unless both give an
    e-mail address and the addresses differ."""
    return not (a.email and b.email and a.email != b.email)


def _same_except_row(a: RosterRow, b: RosterRow) -> bool:
    return replace(a, row=0) == replace(b, row=0)


def _parse(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    sheet: str | None,
    file_format: str,
    encoding: str | None,
    warnings_: Sequence[Note] = (),
    mapping: Mapping[int, RosterField | None] | None = None,
    bad_bytes: str | None = None,
) -> RosterSheet:
    where = f" of sheet “{sheet}”" if sheet is not None else ""
    header = _find_header(rows, path, where, mapping, sheet)
    reader = _RowReader(header, bad_bytes)
    notes = [*warnings_, *header.warnings]
    if (
        RosterField.MUNICIPALITY not in header.fields
        and RosterField.MUNICIPALITY_CODE not in header.fields
    ):
        notes.append(Note.of("roster.no_municipality_column"))
    accepted: list[RosterRow] = []
    rejected: list[RejectedRow] = []
    by_email: dict[str, RosterRow] = {}
    by_name: dict[tuple[str, str], list[RosterRow]] = defaultdict(list)
    for index in range(header.row, len(rows)):
        number = index + 1
        try:
            person = reader.read(rows[index], number)
        except _RowRejected as exc:
            name = _clean(_cell_text(_cell(rows[index], header.fields.get(RosterField.NAME))))
            rejected.append(RejectedRow(number, exc.reason, name))
            continue
        if person is None:
            continue
        notes.extend(reader.notes)
        reader.notes.clear()
        muni = _key(person.municipality) or person.municipality_code
        earlier = by_email.get(person.email) if person.email else None
        if earlier is None:
            # Two of one name are two people when their e-mail addresses differ.
            earlier = next(
                (r for r in by_name[(_key(person.name), muni)] if _same_identity(r, person)),
                None,
            )
        if earlier is not None:
            if _same_except_row(earlier, person):
                notes.append(
                    Note.of(
                        "roster.row_repeated", row=number, other_row=earlier.row, name=person.name
                    )
                )
            else:
                reason = Note.of("roster.same_person", other_row=earlier.row, name=earlier.name)
                rejected.append(RejectedRow(number, reason, person.name))
            continue
        accepted.append(person)
        if person.email:
            by_email[person.email] = person
        by_name[(_key(person.name), muni)].append(person)
    return RosterSheet(
        path=path,
        sheet=sheet,
        file_format=file_format,
        encoding=encoding,
        header_row=header.row,
        columns=tuple(header.columns),
        rows=tuple(accepted),
        rejected=tuple(rejected),
        warnings=tuple(notes),
    )


def _cell(cells: Sequence[Any], index: int | None) -> Any:
    if index is None or index >= len(cells):
        return None
    return cells[index]


# --- reading files ------------------------------------------------------------------------


def read_roster(
    path: Path, sheet: str | None = None, *, mapping: ColumnMapping | None = None
) -> RosterSheet:
    """Read and check a roster file (.xlsx or CSV) without touching any workshop.

    *sheet* names the worksheet; without it, the sheet that holds the roster is read: the
    first visible sheet with a header row and people under it, else the first hidden one
    (with a warning), else the first sheet with a header row. *mapping* overrides what the
    header row says for the columns it names (1-based column → field, or None to ignore
    the column); the other columns keep their detected field, except one whose field the
    mapping puts on another column (ignored, with a warning). Raises a :class:`RosterError`
    for a file that cannot be read at all (also one beyond the limits of
    :data:`~dxworkshop.services.zip_guard.ROSTER` or :data:`MAX_CELLS`, or one that needs
    more memory than there is), a :class:`MappingConflict` for a mapping that puts one
    field on two columns, and :class:`NoNameColumn` when no column holds the name after
    the mapping.
    """
    path = Path(path)
    checked = _check_mapping(path, mapping)
    try:
        data = _read_bytes(path)
        if _is_workbook(path, data):
            return _read_xlsx(path, data, sheet, checked)
        text, encoding, bad_bytes = _decode(path, data)
        del data
        notes = [Note.of("roster.csv_has_no_sheets", sheet=sheet)] if sheet is not None else []
        rows = _csv_rows(path, text)
        return _parse(
            path,
            rows,
            sheet=None,
            file_format="csv",
            encoding=encoding,
            warnings_=notes,
            mapping=checked,
            bad_bytes=bad_bytes,
        )
    except MemoryError:
        raise UnreadableRoster(path, Note.of("roster.file_out_of_memory")) from None


def list_sheets(path: Path) -> list[str]:
    """The names of the visible worksheets of an .xlsx workbook, in order; [] for a CSV file.

    Raises a :class:`RosterError` for a file :func:`read_roster` could not read either.
    """
    path = Path(path)
    try:
        return _list_sheets(path)
    except MemoryError:
        raise UnreadableRoster(path, Note.of("roster.file_out_of_memory")) from None


def _list_sheets(path: Path) -> list[str]:
    data = _read_bytes(path)
    if not _is_workbook(path, data):
        _decode(path, data)  # refuses what is not CSV text either
        return []
    _guard(path, data)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        try:
            from openpyxl import load_workbook

            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:
            log.info("openpyxl could not read %s", path, exc_info=True)
            raise UnreadableRoster(path, _bad_xlsx(exc)) from exc
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        visible = [ws for ws in sheets if ws.sheet_state == "visible"] or sheets
        return [str(ws.title) for ws in visible]
    finally:
        workbook.close()


def _guard(path: Path, data: bytes) -> None:
    """Refuse a workbook beyond the zip guard's limits, or with a DTD, before openpyxl."""
    try:
        zip_guard.check_archive(data, zip_guard.ROSTER)
    except zip_guard.ZipRefused as exc:
        if exc.code == "damaged":
            note = Note.of("roster.file_bad_xlsx", detail=exc.message)
        elif exc.code == "members":
            note = Note.of("roster.zip_members", count=exc.count, limit=exc.limit)
        elif exc.code in {"xml_size", "total_size"}:
            note = Note.of(f"roster.zip_{exc.code}", limit=exc.limit)
        else:  # member_size, ratio, dtd
            note = Note.of(f"roster.zip_{exc.code}", member=exc.member, limit=exc.limit)
        raise UnreadableRoster(path, note) from None


def _is_workbook(path: Path, data: bytes) -> bool:
    """True for an .xlsx (zip) file, False for text; refuses the old and encrypted formats."""
    if data.startswith(_ZIP_MAGIC):
        return True
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTION_STREAM in data:
            raise UnreadableRoster(path, Note.of("roster.file_encrypted"))
        raise UnreadableRoster(path, Note.of("roster.file_xls"))
    return False


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise UnreadableRoster(path, Note.of("roster.file_is_folder"))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableRoster(path, Note.of("roster.file_too_big", size=f"{size:,}"))
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterFileNotFound(path) from None
    except PermissionError:
        raise UnreadableRoster(path, Note.of("roster.file_permission")) from None
    except OSError as exc:
        note = Note.of("roster.file_os_error", detail=str(exc.strerror or exc))
        raise UnreadableRoster(path, note) from None
    if not data:
        raise UnreadableRoster(path, Note.of("roster.file_empty"))
    return data


#: What a byte that is not text becomes in a decoded CSV file (NUL is never text: a file
#: with a real NUL byte is refused as binary before decoding, or is UTF-16).
_BAD_BYTE = "\x00"


def _mark_bad_byte(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return _BAD_BYTE, exc.end


codecs.register_error("dxworkshop.bad_byte", _mark_bad_byte)
#: How the encodings are named in messages.
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "cp932": "Shift_JIS",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}


def _bad_byte_limit(text: str) -> int:
    """How many bytes that are not text a file may have and still be read (each rejects
    its row): a few damaged cells, not a file of another kind."""
    return max(20, len(text) // 200)


def _decode(path: Path, data: bytes) -> tuple[str, str, str | None]:
    """CSV text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its
    NUL bytes say so), or cp932 (Japanese Excel).

    Returns the text, the encoding, and the encoding's name when some bytes were not text
    in it (each became :data:`_BAD_BYTE`, and its row is rejected naming the column), else
    None. The encoding with the fewest such bytes wins; a file with more than a few is not
    CSV text.
    """
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]  # Excel's "Unicode テキスト": tab-separated UTF-16
    elif (utf16 := _utf16_without_bom(data)) is not None:
        candidates = [utf16]
    elif b"\x00" in data:
        candidates = []  # binary, whatever it decodes as
    else:
        candidates = ["utf-8", "cp932"]  # cp932: Shift_JIS as Japanese Windows writes it
    best: tuple[int, str, str] | None = None
    for encoding in candidates:
        text = data.decode(encoding, errors="dxworkshop.bad_byte")
        bad = text.count(_BAD_BYTE)
        if bad == 0:
            if _looks_binary(text):
                break
            return text, encoding, None
        if best is None or bad < best[0]:
            best = (bad, encoding, text)
    else:
        if best is not None:
            bad, encoding, text = best
            if bad <= _bad_byte_limit(text) and not _looks_binary(text.replace(_BAD_BYTE, "")):
                return text, encoding, _ENCODING_NAMES.get(encoding, encoding)
    fake = path.suffix.lower() in {".xlsx", ".xlsm"}
    raise UnreadableRoster(
        path, Note.of("roster.file_fake_xlsx" if fake else "roster.file_not_a_roster")
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE told by its NUL bytes (the high byte of every ASCII character: the
    commas, tabs and line ends of any CSV), or None."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    enough = max(2, pairs // 50)
    if odd >= enough and even * 10 <= odd:
        return "utf-16-le"
    if even >= enough and odd * 10 <= even:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n\x0c\x1a")
    return controls > max(2, len(text) // 100)


def _csv_rows(path: Path, text: str) -> list[tuple[str, ...]]:
    lines = [line for line in text[:1_000_000].splitlines()[:50] if line.strip()]
    tabs = sum(line.count("\t") for line in lines)
    commas = sum(line.count(",") for line in lines)
    delimiter = "\t" if tabs > commas else ","
    cells = _CellBudget(path, None)
    try:
        # Each CSV record is one row in Excel, also when a quoted cell spans lines. The lines
        # are cut one at a time (a StringIO would hold the text again, four bytes a character).
        reader = csv.reader(_lines(text), delimiter=delimiter)
        return [cells.row(record, reader.line_num) for record in reader]
    except csv.Error as exc:
        raise UnreadableRoster(path, Note.of("roster.file_bad_csv", detail=str(exc))) from None


_LINE_END = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> Iterator[str]:
    """The lines of *text* with their ends, as a file opened with ``newline=""`` gives them."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start : end.end()]
        start = end.end()
    if start < len(text):
        yield text[start:]


class _CellBudget:
    """Keeps the cells of a sheet within :data:`MAX_CELLS` and its rows within
    :data:`MAX_COLUMNS`; empty cells at the end of a row are not kept."""

    def __init__(self, path: Path, sheet: str | None) -> None:
        self.path = path
        self.sheet = sheet
        self.count = 0
        self.cut: tuple[int, int] | None = None  # (first row, its first column) cut off

    def spend(self, cells: int) -> None:
        self.count += cells
        if self.count > MAX_CELLS:
            limit = f"{MAX_CELLS:,}"
            if self.sheet is None:
                note = Note.of("roster.too_many_cells", limit=limit)
            else:
                note = Note.of("roster.sheet_too_many_cells", sheet=self.sheet, limit=limit)
            raise UnreadableRoster(self.path, note)

    def row(self, values: Sequence[Any], number: int) -> tuple[Any, ...]:
        cells = tuple(values)
        if len(cells) > MAX_COLUMNS:
            if self.cut is None:
                beyond = next(
                    (i for i, v in enumerate(cells[MAX_COLUMNS:]) if v is not None and v != ""),
                    None,
                )
                if beyond is not None:
                    self.cut = (number, MAX_COLUMNS + beyond + 1)
            cells = cells[:MAX_COLUMNS]
        end = len(cells)
        while end and (cells[end - 1] is None or cells[end - 1] == ""):
            end -= 1
        self.spend(end)
        return cells[:end] if end < len(cells) else cells

    def notes(self) -> list[Note]:
        if self.cut is None:
            return []
        row, column = self.cut
        return [
            Note.of(
                "roster.columns_cut", row=row, column=_letter(column), limit=_letter(MAX_COLUMNS)
            )
        ]


def _read_xlsx(path: Path, data: bytes, sheet: str | None, mapping: ColumnMapping) -> RosterSheet:
    # openpyxl parses an arbitrary file a municipality sent: a damaged or odd one can fail
    # in many ways (zip, XML, missing parts, bad values), none of them our bug. Every such
    # failure becomes one UnreadableRoster with the detail; our own errors pass through.
    # openpyxl warns about workbook features it drops (data validation, styles): noise for
    # an import that only reads values, so it goes to the log instead of the console.
    _guard(path, data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return _parse_workbook(path, data, sheet, mapping)
        except (RosterError, MemoryError):
            raise
        except Exception as exc:
            log.info("openpyxl could not read %s", path, exc_info=True)
            raise UnreadableRoster(path, _bad_xlsx(exc)) from exc
        finally:
            for w in caught:
                log.debug("openpyxl: %s", w.message)


def _bad_xlsx(exc: Exception) -> Note:
    return Note.of("roster.file_bad_xlsx", detail=f"{type(exc).__name__}: {exc}")


def _parse_workbook(
    path: Path, data: bytes, sheet: str | None, mapping: ColumnMapping
) -> RosterSheet:
    from openpyxl import load_workbook

    # A file object (not the path) so openpyxl does not judge the file by its extension.
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        names = [str(ws.title) for ws in sheets]

        def parse(ws: Any) -> RosterSheet:
            rows, notes = _sheet_rows(path, ws, archive)
            return _parse(
                path,
                rows,
                sheet=ws.title,
                file_format="xlsx",
                encoding=None,
                warnings_=notes,
                mapping=mapping,
            )

        if sheet is not None:
            chosen = [ws for ws in sheets if ws.title == sheet] or [
                ws for ws in sheets if _key(ws.title) == _key(sheet)
            ]
            if not chosen:
                raise SheetNotFound(path, sheet, names)
            return parse(chosen[0])
        visible = [ws for ws in sheets if ws.sheet_state == "visible"]
        hidden = [ws for ws in sheets if ws.sheet_state != "visible"]
        first_error: RosterError | None = None
        found: RosterSheet | None = None  # a sheet with a header row and people under it
        headed: RosterSheet | None = None  # the first with a header row (maybe no people)
        for ws in [*visible, *hidden]:
            try:
                roster = parse(ws)
            except (NoHeaderRow, NoNameColumn) as exc:
                # A sheet with headings but no name column says more than one without any.
                if first_error is None or (
                    isinstance(exc, NoNameColumn) and not isinstance(first_error, NoNameColumn)
                ):
                    first_error = exc
                continue
            if roster.rows or roster.rejected:
                found = roster
                break
            if headed is None:
                headed = roster
        roster = found or headed  # type: ignore[assignment]
        if roster is None:
            if first_error is None:
                raise UnreadableRoster(path, Note.of("roster.file_no_worksheets"))
            raise first_error
        if roster.sheet in {str(ws.title) for ws in hidden}:
            shown = tuple(str(ws.title) for ws in visible)
            return _with_warning(
                roster, Note.of("roster.hidden_sheet", sheet=str(roster.sheet), others=shown)
            )
        if len(names) > 1:
            others = tuple(n for n in names if n != roster.sheet)
            return _with_warning(
                roster, Note.of("roster.other_sheets", sheet=str(roster.sheet), others=others)
            )
        return roster
    finally:
        archive.close()
        workbook.close()


def _sheet_rows(
    path: Path, ws: Any, archive: zipfile.ZipFile
) -> tuple[list[tuple[Any, ...]], list[Note]]:
    """A sheet's rows, within the cell budget, with each merged cell's value in every row
    it covers; and the warnings about what was cut off."""
    cells = _CellBudget(path, str(ws.title))
    # Some writers record a wrong sheet size, which would cut reading short.
    ws.reset_dimensions()
    rows = [cells.row(row, number) for number, row in enumerate(ws.iter_rows(values_only=True), 1)]
    while rows and not rows[-1]:
        rows.pop()
    member = getattr(ws, "_worksheet_path", None)
    if isinstance(member, str) and rows:
        _fill_merged(rows, _merged_ranges(archive, member.lstrip("/")), cells)
    return rows, cells.notes()


#: A merged range in a sheet's XML: <mergeCell ref="A2:A7"/> (any namespace prefix).
_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*[\"']([A-Za-z]{1,3})([0-9]{1,7}):([A-Za-z]{1,3})([0-9]{1,7})[\"']"
)


def _merged_ranges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int]]:
    """The merged ranges of a sheet as (0-based column, first row, last row), read from its
    XML through the zip guard in chunks (openpyxl's read-only mode does not give them)."""
    try:
        archive.getinfo(member)
    except KeyError:
        return []
    found: list[tuple[int, int, int]] = []
    tail = b""
    for chunk in zip_guard.member_chunks(archive, member, zip_guard.ROSTER):
        window = tail + chunk
        end = 0
        for match in _MERGE_CELL.finditer(window):
            first_col, first_row, _last_col, last_row = match.groups()
            found.append((_column_index(first_col), int(first_row), int(last_row)))
            end = match.end()
        tail = window[max(end, len(window) - 512) :]
    return found


def _column_index(letters: bytes) -> int:
    index = 0
    for byte in letters.upper():
        index = index * 26 + (byte - ord("A") + 1)
    return index - 1


def _fill_merged(
    rows: list[tuple[Any, ...]], merges: Sequence[tuple[int, int, int]], cells: _CellBudget
) -> None:
    """Give every row a merged cell covers the merged cell's value (in its first column):
    市町村名 merged over six rows names the municipality of all six. What a range covers
    counts against the cell budget, so many or huge ranges cannot run away."""
    for column, first, last in merges:
        if column >= MAX_COLUMNS or first < 1 or first > len(rows) or last <= first:
            continue
        top = rows[first - 1]
        value = top[column] if column < len(top) else None
        if value is None or value == "":
            continue
        last = min(last, len(rows))
        cells.spend(last - first)
        for index in range(first, last):
            row = rows[index]
            if column < len(row) and row[column] is not None and row[column] != "":
                continue
            if column >= len(row):
                cells.spend(column + 1 - len(row))
                row = row + (None,) * (column + 1 - len(row))
            rows[index] = (*row[:column], value, *row[column + 1 :])


def _with_warning(roster: RosterSheet, warning: Note) -> RosterSheet:
    return replace(roster, warnings=(warning, *roster.warnings))


# --- planning the import ----------------------------------------------------------------------

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

    def _municipality(self, name: str, code: str) -> tuple[_Ref | None, str, str]:
        """The municipality a row names: (ref, or None if to be created; name; code)."""
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
        muni_ref, muni_name, code = self._municipality(row.municipality, row.municipality_code)
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


def _email_key(email: str) -> str:
    return _SPACES.sub("", _nfkc(email)).lower()


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


# --- applying it ---------------------------------------------------------------------------------


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
    new_munis = [m.Municipality(name=name, code=code) for name, code in plan.municipalities]
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


# --- operations (see services/ops.py) -----------------------------------------------------------


def _import_changes(undo: ImportUndo) -> ops.Changes:
    people = set(undo.people) | {u.person_id for u in undo.updates}
    people |= {person_id for person_id, _role in undo.roles_added}
    municipalities = set(undo.municipalities) | {c.municipality_id for c in undo.codes}
    found = {"person": people, "municipality": municipalities, "department": undo.departments}
    # groups list their members by name: which groups show an updated person is not read
    return ops.Changes.of(group=None, **{kind: ids for kind, ids in found.items() if ids})


def import_sheet_op(roster: RosterSheet) -> ops.Operation:
    """:func:`import_sheet` (a real import) as an operation (value: its report); its
    reverse is :func:`undo_import`, whose reverse is :func:`redo_import` — the same rows
    back, the file not read again."""

    def run(workshop: Workshop) -> ops.OpResult[RosterReport]:
        report = import_sheet(workshop, roster)
        assert report.undo is not None
        return ops.OpResult(report, _import_changes(report.undo), _undo_import_op(report.undo))

    return run


def _undo_import_op(undo: ImportUndo) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[None]:
        undo_import(workshop, undo)
        return ops.OpResult(None, _import_changes(undo), _redo_import_op(undo))

    return run


def _redo_import_op(undo: ImportUndo) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[None]:
        redo_import(workshop, undo)
        return ops.OpResult(None, _import_changes(undo), _undo_import_op(undo))

    return run
