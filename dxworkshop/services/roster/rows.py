"""The data rows: each row's cells read and checked into a :class:`RosterRow` (names, kana,
団体コード with its check digit, e-mail, roles) or rejected with a reason, and repeated
people found; :func:`_parse` turns a sheet's rows into a :class:`RosterSheet`."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from dxworkshop.domain.enums import Role
from dxworkshop.domain.text import unstorable_character
from dxworkshop.services.municipalities import MunicipalityCodeError, resolve_code
from dxworkshop.services.notes import Note
from dxworkshop.services.roster.header import _BRACKETED, _find_header, _Header, _header_key
from dxworkshop.services.roster.read_models import RejectedRow, RosterField, RosterRow, RosterSheet
from dxworkshop.services.roster.text import (
    _BAD_BYTE,
    _SPACES,
    _cell_text,
    _clean,
    _key,
    _letter,
    _nfkc,
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ROLE_SEPARATORS = re.compile(r"[、,/・;]")
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


class _RowRejected(Exception):
    def __init__(self, reason: Note) -> None:
        super().__init__(str(reason))
        self.reason = reason


class InvalidMunicipalityCode(ValueError):
    """A 団体コード that is not one; ``note`` says why (``str()`` in English), ``error`` is
    the list's refusal it was read from."""

    def __init__(self, note: Note, error: MunicipalityCodeError) -> None:
        super().__init__(str(note))
        self.note = note
        self.error = error


def _code_note(exc: MunicipalityCodeError) -> Note:
    """Why the national list's rule refused a 団体コード, as the roster says it."""
    # One municipality as the workshop names it (倉敷市); several with their prefectures.
    known = "、".join(e.full_name if len(exc.known) > 1 else e.name for e in exc.known)
    if exc.reason == "no_prefecture":
        return Note.of("roster.code_no_prefecture", value=exc.value, prefecture=exc.value[:2])
    if exc.reason == "check_digit":
        return Note.of("roster.code_check_digit", value=exc.value, expected=exc.expected)
    if exc.reason == "other_municipality":
        return Note.of(
            "roster.code_of_other_municipality", code=exc.value, known=known, municipality=exc.name
        )
    if exc.reason == "unknown":
        return Note.of("roster.code_not_national", value=exc.value)
    if exc.reason == "ambiguous":
        return Note.of("roster.code_ambiguous", value=exc.value, known=known)
    if exc.reason in ("not_number", "too_long"):
        return Note.of(f"roster.code_{exc.reason}", value=exc.value)
    return Note.of("roster.code_invalid", value=exc.value)


def municipality_code(value: Any, name: str = "") -> str:
    """A 団体コード as its six digits, read by the national list's rule
    (``services.municipalities.resolve_code``): six digits with the check digit, five
    without it, or a number cell that lost its leading zero; where two readings are real
    municipalities the row's municipality *name* decides. Raises
    :class:`InvalidMunicipalityCode` (a ValueError) saying why otherwise — a code of no
    municipality, or of another one than *name*, included."""
    text = _clean(_cell_text(value))
    if not text:
        return ""
    try:
        return resolve_code(text, name, field="municipality_code").code
    except MunicipalityCodeError as exc:
        raise InvalidMunicipalityCode(_code_note(exc), exc) from None


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
        code, refusal = "", None
        readings: tuple[str, ...] = ()
        try:
            code = municipality_code(raw.get(RosterField.MUNICIPALITY_CODE, ""), municipality)
        except InvalidMunicipalityCode as exc:
            if exc.error.reason != "other_municipality":
                raise _RowRejected(exc.note) from None
            # The list names the code otherwise; the plan accepts it only where the workshop
            # already has this municipality under one of its readings (倉敷市役所).
            refusal, readings = exc.note, tuple(e.code for e in exc.error.known)
        person = RosterRow(
            row=row,
            name=name,
            kana=_clean(_nfkc(kana)),
            municipality=municipality,
            municipality_code=code,
            code_refusal=refusal,
            code_readings=readings,
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


class _HasEmail(Protocol):
    """A row of the sheet, or a person planned from one (``plan._PersonPlan``)."""

    @property
    def email(self) -> str: ...


def _same_identity(a: _HasEmail, b: RosterRow) -> bool:
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
