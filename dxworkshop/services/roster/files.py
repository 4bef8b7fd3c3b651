"""Opening a roster file: its bytes within the size limit, the workbook refused before
openpyxl when the zip guard says so, CSV text decoded (UTF-8, UTF-16, cp932) and split
into rows, a sheet's rows within the cell budget with merged cells filled."""

from __future__ import annotations

import codecs
import csv
import re
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dxworkshop.services import zip_guard
from dxworkshop.services.notes import Note
from dxworkshop.services.roster.errors import RosterFileNotFound, UnreadableRoster
from dxworkshop.services.roster.limits import MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES
from dxworkshop.services.roster.text import _BAD_BYTE, _letter

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


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
