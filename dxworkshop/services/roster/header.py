"""The header row: which row among the first rows names the roster's columns, what each
column holds (its heading, or the caller's mapping), and an example value of each."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dxworkshop.services.notes import Note
from dxworkshop.services.roster.errors import MappingConflict, NoHeaderRow, NoNameColumn
from dxworkshop.services.roster.limits import HEADER_SCAN_ROWS
from dxworkshop.services.roster.read_models import ColumnMapping, RosterColumn, RosterField
from dxworkshop.services.roster.text import _cell_text, _clean, _key, _letter

_BRACKETED = re.compile(r"[(\[【〔〈《「『{<]([^)\]】〕〉》」』}>]*)[)\]】〕〉》」』}>]")
_HEADER_MARKS = re.compile(r"[*※:#]")


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
