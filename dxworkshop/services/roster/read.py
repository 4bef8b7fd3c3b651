"""Reading a roster without a workshop: :func:`read_roster` (which sheet, its header and rows)
and :func:`list_sheets`."""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from dxworkshop.services.notes import Note
from dxworkshop.services.roster.errors import (
    NoHeaderRow,
    NoNameColumn,
    RosterError,
    SheetNotFound,
    UnreadableRoster,
)
from dxworkshop.services.roster.files import (
    _csv_rows,
    _decode,
    _guard,
    _is_workbook,
    _read_bytes,
    _sheet_rows,
)
from dxworkshop.services.roster.header import _check_mapping
from dxworkshop.services.roster.read_models import ColumnMapping, RosterSheet
from dxworkshop.services.roster.rows import _parse
from dxworkshop.services.roster.text import _key

log = logging.getLogger(__name__)


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


def _with_warning(roster: RosterSheet, warning: Note) -> RosterSheet:
    return replace(roster, warnings=(warning, *roster.warnings))
