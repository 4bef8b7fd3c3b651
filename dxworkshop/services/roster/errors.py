"""The errors of a roster file that cannot be imported at all: not found, unreadable, no such
sheet, no header row, no name column, a column mapping that puts one field on two columns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dxworkshop.services.errors import ServiceError
from dxworkshop.services.notes import Note
from dxworkshop.services.roster.limits import HEADER_SCAN_ROWS
from dxworkshop.services.roster.read_models import RosterColumn, RosterField
from dxworkshop.services.roster.text import _letter


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
