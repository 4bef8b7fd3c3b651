"""Roster import: the Excel (.xlsx) and CSV participant lists municipalities send, into people.

Reading (:func:`read_roster`) and importing (:func:`import_roster`) are separate so the UI
can preview a file. The import *plans* every change from the file and the workshop as it
is, then applies the plan in one transaction; a dry run is the same plan, not applied, so
its report is exactly what the real import reports.

Callers import from here (``from dxworkshop.services import roster``); the modules, in the
order a file passes them:

- ``files`` — opening the file: its size, the zip guard for a workbook, CSV text decoded,
  a sheet's rows within the cell budget, merged cells filled; ``limits`` — how much is read.
- ``text`` — a cell's text normalised (invisible characters, filler words, width, case).
- ``header`` — which row is the header and what each column holds (headings or mapping).
- ``rows`` — each data row read and checked (names, 団体コード, e-mail, roles) or rejected,
  repeated people found; a sheet's rows become a :class:`RosterSheet`.
- ``read`` — :func:`read_roster` and :func:`list_sheets`: which sheet, then the above.
- ``plan`` — what an import would change in the workshop as it is, and its report.
- ``apply`` — the plan written in one transaction; undo and redo of an import.
- ``operations`` — a real import as an operation (``services/ops.py``).
- ``read_models`` — the frozen dataclasses all of them return; ``errors`` — the
  :class:`RosterError` family; ``messages`` — the note codes and their English.

Names with a leading underscore are the package's own, shared between its modules.

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
- 団体コード: read by the national list's one rule (``services.municipalities.resolve_code``):
  six digits with their check digit, five without it (33202 → 332020), or either as an
  Excel number that lost its leading zero (12025 → 012025). Of the readings whose check
  digit fits, only those the national list has count; where two remain, the row's 市町村
  decides (13102 is 中央区 131024, not 013102, which no municipality has). A code of no
  municipality, one two municipalities share with no name to decide, and one of another
  municipality than the row's 市町村 reject the row — the last unless the workshop already
  holds that 市町村 under the code (a name of its own: 倉敷市役所, the demo's copies).
- A row matches a person of the workshop by e-mail first, then by name within the
  municipality (a same-named person with another e-mail is someone else, with a warning).
  A person some row names by e-mail is not also taken by another row's name.
- A 団体コード and a 市町村 name that point at different municipalities reject the row.
  Rows that give only a code are matched after the others, so another row of the sheet
  may introduce the municipality with its code.
- In a programme of a prefecture (``programme.prefecture``), a 市町村 named without a
  団体コード is looked up among that prefecture's municipalities (and the prefecture itself):
  the list's name and code are taken (岡山県倉敷市 → 倉敷市, 332020), and a new municipality
  gets the list's kana (as does any new one whose code the list has). A name that is none
  of them is refused, with the nearest names (倉式市 → 倉敷市) — unless the workshop already
  holds that name (倉敷市役所).
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

from dxworkshop.services.roster.apply import import_roster, import_sheet, redo_import, undo_import
from dxworkshop.services.roster.errors import (
    MappingConflict,
    NoHeaderRow,
    NoNameColumn,
    RosterError,
    RosterFileNotFound,
    SheetNotFound,
    UnreadableRoster,
)
from dxworkshop.services.roster.header import header_field
from dxworkshop.services.roster.limits import (
    HEADER_SCAN_ROWS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
)
from dxworkshop.services.roster.messages import (
    FILE_CODES,
    NOTE_CODES,
    REJECTION_CODES,
    WARNING_CODES,
)
from dxworkshop.services.roster.operations import import_sheet_op
from dxworkshop.services.roster.read import list_sheets, read_roster
from dxworkshop.services.roster.read_models import (
    CodeUpdate,
    ColumnMapping,
    ImportUndo,
    PersonUpdate,
    PersonValues,
    RejectedRow,
    RosterColumn,
    RosterField,
    RosterReport,
    RosterRow,
    RosterSheet,
    RowAction,
    RowOutcome,
)
from dxworkshop.services.roster.rows import InvalidMunicipalityCode, municipality_code

__all__ = [
    "FILE_CODES",
    "HEADER_SCAN_ROWS",
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "NOTE_CODES",
    "REJECTION_CODES",
    "WARNING_CODES",
    "CodeUpdate",
    "ColumnMapping",
    "ImportUndo",
    "InvalidMunicipalityCode",
    "MappingConflict",
    "NoHeaderRow",
    "NoNameColumn",
    "PersonUpdate",
    "PersonValues",
    "RejectedRow",
    "RosterColumn",
    "RosterError",
    "RosterField",
    "RosterFileNotFound",
    "RosterReport",
    "RosterRow",
    "RosterSheet",
    "RowAction",
    "RowOutcome",
    "SheetNotFound",
    "UnreadableRoster",
    "header_field",
    "import_roster",
    "import_sheet",
    "import_sheet_op",
    "list_sheets",
    "municipality_code",
    "read_roster",
    "redo_import",
    "undo_import",
]
