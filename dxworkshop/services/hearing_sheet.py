"""The hearing sheet (ヒアリングシート) round trip: what a sheet holds, and reading one back.

A municipality gets the hearing as a Word document (written by
``reports.hearing_sheet_docx`` from :func:`sheet_data`), types its answers into the white
table cells and sends it back; :func:`plan_sheet_import` reads it and says what would
change, :func:`apply_sheet_import` applies that in one transaction.

How a returned sheet is recognised (the layout contract between writer and reader):

- Document custom properties (File ▸ Info ▸ Properties in Word) name the form, its
  version, the programme (a key made from the programme's creation, so a copy of the
  file is the same programme and another file is not), the municipality, the hearing and
  a fingerprint of the questions on the sheet; from layout version 2 on also
  ``dxworkshop.signature``, a keyed hash (HMAC) of all of them with a key only the
  programme file knows (:func:`signing_key`), so a hand edit of any one is found.
- Each question's label cell holds a hidden marker ``[[dx:q:<id>:<signature>]]`` (a
  table question's marker sits in the first heading cell of its table); the answer is the
  last cell of that row, or the rows under the heading. The 回答日 and ご回答者 rows carry
  ``[[dx:date]]`` and ``[[dx:attendees]]``. The signature covers the question's kind and
  options, so a sheet whose options have since changed is refused rather than misread;
  from version 2 on it ends with a binding of the row to the sheet's municipality
  (:func:`row_binding`), and the 市町村 row carries ``[[dx:muni:<id>:<binding>]]``.

A sheet says who it is for twice, in its properties and in its body (the 市町村 field,
the hidden markers); the two must agree, and from version 2 on the signature must match
the properties: a sheet that contradicts itself (``contradicts``: a property changed in
Word, markers copied from another municipality's sheet, a marker's id changed) is refused,
the message naming which property disagrees with which part of the body. A version 1 sheet
(no signature) is checked for agreement only.

Refused, with nothing changed: a file that is not a .docx; a document without our
properties; a sheet of another programme, of another municipality than the hearing it is
imported into, or of a municipality no longer in the programme; a sheet whose markers no
longer match its fingerprint (rows deleted, duplicated or merged: "edited beyond
recognition"); a question whose options changed since the sheet was made; a sheet that
contradicts itself (above).

Read leniently, each noted as a warning in the preview: a choice is the option whose box
is marked (■ ☑ ✓ ● ○ …) or the only option left in the cell; an answer that cannot be read
(two options marked, a number that is not one) is left as it is. A blank answer never
erases what the hearing already holds; a table's rows replace the old ones when the sheet
has at least one filled row. A number beyond its range (``domain.limits``: a 業務課題 row's
件数/年, 分/件, 人数 those of an issue) is not stored — the cell is left empty for a person
to fill in, and a warning names the row and the range; characters no document can hold are
removed with a warning naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain.enums import HearingStatus, QuestionKind
from dxworkshop.domain.text import storable, storable_in, unstorable_character
from dxworkshop.services import hearings as hs
from dxworkshop.services import ops
from dxworkshop.services._common import MAX_YEAR, MIN_YEAR
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.forms import apply as form_apply
from dxworkshop.services.forms import fields, identity, marks, preview
from dxworkshop.services.forms.fields import PROBLEM_CODES, UnreadableAnswer, same_name
from dxworkshop.services.forms.fields import fold as _fold
from dxworkshop.services.forms.fields import read_number as _read_number
from dxworkshop.services.forms.identity import (
    PROP_SIGNATURE,
    FormRefused,
    marker,
    properties_signature,
    row_binding,
    same_signature,
    signature_agrees,
    signing_key,
)
from dxworkshop.services.forms.marks import read_option
from dxworkshop.services.hearings.values import number_in
from dxworkshop.services.notes import Note, define, validation_note
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

FORM_KIND = "hearing-sheet"
#: The layout written: 2 adds the signature property and the row bindings.
SHEET_VERSION = "2"
#: The layouts read (a version 1 sheet has no signature; it is checked for agreement).
READ_VERSIONS = ("1", "2")

PROP_FORM = identity.PROP_FORM
PROP_VERSION = identity.PROP_VERSION
PROP_PROGRAMME = identity.PROP_PROGRAMME
PROP_PROGRAMME_NAME = identity.PROP_PROGRAMME_NAME
PROP_MUNICIPALITY = "dxworkshop.municipality"
PROP_MUNICIPALITY_NAME = "dxworkshop.municipality_name"
PROP_HEARING = "dxworkshop.hearing"
PROP_TEMPLATE = "dxworkshop.template"
#: The hex digits of a question's own signature; a version 2 marker adds the row binding.
_QUESTION_SIG = 10

#: Empty rows a table question gets on the sheet below the rows already known.
BLANK_TABLE_ROWS = 5
_MARKER = identity.MARKER
#: The label of the sheet's 市町村 field (the body's word on whose sheet it is).
MUNICIPALITY_LABEL = "市町村"
#: The fields of the 回答日 and ご回答者 rows, as warnings name them.
DATE_LABEL = "回答日"
ATTENDEES_LABEL = "ご回答者"


def sheet_fingerprint(markers: Iterable[tuple[int, str]]) -> str:
    """Of the (question id, signature) pairs on a sheet, in any order."""
    return identity.fingerprint(f"{qid}:{sig}" for qid, sig in markers)


# --- what the import says: note codes and their English -------------------------------------

#: The warnings of a sheet import (``SheetImport.warnings``).
WARNING_CODES = define(
    {
        "sheet.retired_question": "「{question}」 is no longer asked; its answer is not read",
        "sheet.answer_unreadable": "「{question}」: {problem}; left as it is",
        "sheet.date_unreadable": "回答日: {problem}; left as it is",
        "sheet.unstorable_removed": (
            "{label}: {character} removed (a character no document can hold)"
        ),
        "sheet.number_out_of_range": (
            "「{question}」 row {row}, {column}: {value} is outside {range}; not stored "
            "(left empty for a person to fill in)"
        ),
    }
)
#: Every code a sheet import's note can have (problems may also be ValidationErrors).
NOTE_CODES = PROBLEM_CODES | WARNING_CODES | preview.NOTE_CODES


# --- errors --------------------------------------------------------------------------------


class SheetRefused(FormRefused):
    """A returned sheet that cannot be imported at all; nothing was changed.

    ``reason``: ``unreadable``, ``too_big``, ``not_a_sheet``, ``other_form``,
    ``other_programme``, ``other_municipality``, ``unknown_municipality``, ``layout``,
    ``template_changed`` or ``contradicts`` (its properties and its body disagree, or its
    signature does not match its properties); ``detail`` names what (the other programme
    or municipality, the question, the property).
    """


# --- what a sheet holds --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetQuestion:
    id: int
    text: str
    kind: QuestionKind
    choices: tuple[str, ...]
    value: Any  # the answer pre-filled (None on a blank sheet)
    signature: str

    @property
    def marker(self) -> str:
        return marker("t" if self.kind == QuestionKind.TABLE else "q", self.id, self.signature)


@dataclass(frozen=True, slots=True)
class SheetSection:
    title: str
    questions: tuple[SheetQuestion, ...]


@dataclass(frozen=True, slots=True)
class SheetData:
    """Everything a hearing sheet shows, and the properties that identify it."""

    programme_key: str
    programme_name: str
    organiser: str
    fiscal_year: int | None
    municipality_id: int
    municipality_name: str
    department_name: str
    hearing_id: int | None
    date: dt.date | None
    attendees: str
    blank: bool
    sections: tuple[SheetSection, ...]
    #: The binding of the 市町村 row's marker (empty: a sheet without one).
    municipality_binding: str = ""
    #: The key the properties are signed with (empty: unsigned, layout version 1).
    signing_key: bytes = field(default=b"", repr=False, compare=False)
    #: Where the programme comes from: its creation date and its file's name.
    programme_created: str = ""
    programme_file: str = ""

    @property
    def fingerprint(self) -> str:
        return sheet_fingerprint((q.id, q.signature) for s in self.sections for q in s.questions)

    @property
    def municipality_marker(self) -> str:
        """The hidden marker of the 市町村 row (empty on an unsigned sheet)."""
        if not self.municipality_binding:
            return ""
        return marker("muni", self.municipality_id, self.municipality_binding)

    @property
    def properties(self) -> dict[str, str]:
        props = {
            PROP_FORM: FORM_KIND,
            PROP_VERSION: SHEET_VERSION if self.signing_key else "1",
            PROP_PROGRAMME: self.programme_key,
            PROP_PROGRAMME_NAME: self.programme_name,
            PROP_MUNICIPALITY: str(self.municipality_id),
            PROP_MUNICIPALITY_NAME: self.municipality_name,
            PROP_HEARING: str(self.hearing_id or ""),
            PROP_TEMPLATE: self.fingerprint,
        }
        props |= identity.origin_properties(self.programme_created, self.programme_file)
        if self.signing_key:
            props[PROP_SIGNATURE] = properties_signature(self.signing_key, props)
        return props


def _programme_key(session: Session) -> tuple[str, m.Programme]:
    return identity.programme_key(session)


def programme_key(workshop: Workshop) -> str:
    with workshop.session() as session:
        return _programme_key(session)[0]


def _main_hearing(session: Session, municipality_id: int) -> m.Hearing | None:
    """The municipality-level hearing, else its first department hearing."""
    rows = session.exec(
        select(m.Hearing).where(
            m.Hearing.municipality_id == municipality_id, col(m.Hearing.deleted_at).is_(None)
        )
    ).all()
    return min(rows, key=lambda h: (h.department_id is not None, h.id or 0), default=None)


def sheet_data(
    workshop: Workshop,
    municipality_id: int,
    *,
    blank: bool = False,
    hearing_id: int | None = None,
) -> SheetData:
    """The sheet of a municipality: its hearing's answers, or none (``blank``).

    Without *hearing_id* the municipality-level hearing is used (else its first one).
    """
    with workshop.session() as session:
        key, programme = _programme_key(session)
        secret = signing_key(programme)
        muni = session.get(m.Municipality, municipality_id)
        if muni is None or muni.deleted_at is not None:
            raise NotFound("municipality", municipality_id)
        if hearing_id is not None:
            hearing = session.get(m.Hearing, hearing_id)
            if hearing is None or hearing.deleted_at is not None:
                raise NotFound("hearing", hearing_id)
            if hearing.municipality_id != municipality_id:
                raise ValidationError(
                    "hearing", "mismatch", "the hearing belongs to another municipality"
                )
        else:
            hearing = _main_hearing(session, municipality_id)
        answers: dict[int, Any] = {}
        department = ""
        if hearing is not None:
            assert hearing.id is not None
            answers = {
                a.question_id: a.value
                for a in session.exec(
                    select(m.HearingAnswer).where(m.HearingAnswer.hearing_id == hearing.id)
                ).all()
            }
            if hearing.department_id is not None:
                dept = session.get(m.Department, hearing.department_id)
                department = dept.name if dept is not None else ""
        sections = tuple(
            SheetSection(
                s.title,
                tuple(
                    SheetQuestion(
                        id=q.id,
                        text=q.text,
                        kind=q.kind,
                        choices=q.choices,
                        value=None if blank else answers.get(q.id),
                        signature=hs.question_signature(q.kind.value, q.choices)
                        + row_binding(secret, FORM_KIND, "q", municipality_id, q.id),
                    )
                    for q in s.questions
                ),
            )
            for s in hs.sections_in(session, include_retired=False)
            if s.questions
        )
        # A file altered outside the app may hold text no document can: dropped here.
        return storable_in(
            SheetData(
                programme_key=key,
                programme_name=programme.name,
                programme_created=programme.created_at.date().isoformat(),
                programme_file=Path(workshop.path).name,
                organiser=programme.organiser,
                fiscal_year=programme.fiscal_year,
                municipality_id=municipality_id,
                municipality_name=muni.name,
                department_name=department,
                hearing_id=hearing.id if hearing is not None else None,
                date=None if blank or hearing is None else hearing.date,
                attendees="" if blank or hearing is None else hearing.attendees,
                blank=blank,
                sections=sections,
                municipality_binding=row_binding(secret, FORM_KIND, "muni", municipality_id),
                signing_key=secret,
            )
        )


# --- reading a returned sheet --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReturnedSheet:
    """A sheet as read from the .docx, before it is compared with the workshop."""

    path: Path
    properties: Mapping[str, str]
    answers: Mapping[int, tuple[str, str | list[list[str]]]]  # id → (signature, raw)
    date_text: str | None  # None: the row is not on the sheet
    attendees_text: str | None
    #: What the 市町村 field(s) of the body say, as seen.
    municipality_texts: tuple[str, ...] = ()
    #: The ``[[dx:muni:<id>:<binding>]]`` markers of the body (version 2 on).
    municipality_markers: tuple[tuple[int, str], ...] = ()
    #: What the sheet holds that no field takes (:mod:`~dxworkshop.services.forms.preview`).
    notes: tuple[Note, ...] = ()


_cells = fields.row_cells
_visible_text = fields.visible_text


def read_sheet(path: Path) -> ReturnedSheet:
    """Read a returned sheet's properties and answer areas; SheetRefused when it is not one."""
    path = Path(path)
    try:
        document, props = identity.open_form(path)
    except SheetRefused:
        raise
    except FormRefused as exc:
        if exc.reason == "not_a_form":
            raise SheetRefused(
                path, "not_a_sheet", "not a hearing sheet made by dxworkshop (no sheet properties)"
            ) from None
        raise SheetRefused(path, exc.reason, exc.message, exc.detail) from None
    if props[PROP_FORM] != FORM_KIND:
        raise SheetRefused(
            path, "other_form", f"a {props[PROP_FORM]} form, not a hearing sheet", props[PROP_FORM]
        )
    if props.get(PROP_VERSION) not in READ_VERSIONS:
        raise SheetRefused(
            path, "layout", f"sheet version {props.get(PROP_VERSION)!r} is not one this reads"
        )
    answers: dict[int, tuple[str, str | list[list[str]]]] = {}
    date_text: str | None = None
    attendees_text: str | None = None
    muni_texts: list[str] = []
    muni_markers: list[tuple[int, str]] = []
    for table in document.tables:
        rows = list(table.rows)
        for index, row in enumerate(rows):
            cells = _cells(row)
            if not cells:
                continue
            found = _MARKER.search(cells[0].text)
            if (
                len(cells) >= 2
                and (found is None or found.group(1) == "muni")
                and _visible_text(cells[0]) == MUNICIPALITY_LABEL
            ):
                muni_texts.append(_visible_text(cells[-1]))
            if found is None:
                continue
            kind, ident, sig = found.group(1), found.group(2), found.group(3)
            if kind in ("q", "date", "attendees") and len(cells) < 2:
                raise SheetRefused(
                    path, "layout", "an answer cell is missing (cells were merged or deleted)"
                )
            if kind == "date":
                date_text = _visible_text(cells[-1])
            elif kind == "attendees":
                attendees_text = _visible_text(cells[-1])
            elif kind == "muni" and ident is not None:
                muni_markers.append((int(ident), sig))
            elif kind in ("q", "t") and ident is not None:
                qid = int(ident)
                if qid in answers:
                    raise SheetRefused(
                        path, "layout", "a question appears twice (rows were copied)"
                    )
                if kind == "q":
                    answers[qid] = (sig, _visible_text(cells[-1]))
                else:
                    answers[qid] = (
                        sig,
                        [[_visible_text(c) for c in _cells(r)] for r in rows[index + 1 :]],
                    )
                    break  # the rest of this table is the answer
    return ReturnedSheet(
        path,
        props,
        answers,
        date_text,
        attendees_text,
        tuple(muni_texts),
        tuple(muni_markers),
        tuple(preview.document_notes(document)),
    )


# --- reading answers -----------------------------------------------------------------------


def problem_note(exc: UnreadableAnswer | ValidationError) -> Note:
    """Why an answer was not taken, as a note (the ``problem`` of a warning)."""
    if isinstance(exc, ValidationError):
        return validation_note(exc.field, exc.code, exc.message)
    return exc.note


def _table_cell(text: str, field_name: str) -> Any:
    """A cell of a table answer: a workload column's 「約1200」「15分」「2名」 as its number."""
    value = hs.cell_value(text)
    if isinstance(value, str) and field_name != "answer":
        number = number_in(value)
        if number is not None:
            return int(number) if number.is_integer() else number
    return value


def read_answer(question: hs.QuestionRow, raw: str | list[list[str]]) -> Any:
    """A raw answer area as a value for *question*; None when left blank."""
    kind = question.kind
    if kind == QuestionKind.TABLE:
        if not isinstance(raw, list):
            raise UnreadableAnswer(Note.of("form.not_a_table"))
        rows = []
        ranges = hs.column_ranges(question.choices)
        for cells in raw:
            if len(cells) != len(question.choices):
                raise UnreadableAnswer(Note.of("form.cell_count"))
            values = [_table_cell(c, r[0]) for c, r in zip(cells, ranges, strict=True)]
            if any(v is not None for v in values):
                rows.append(values)
        return rows or None
    if not isinstance(raw, str):
        raise UnreadableAnswer(Note.of("form.not_single"))
    if kind == QuestionKind.TEXT:
        return raw.strip() or None
    if kind == QuestionKind.NUMBER:
        return _read_number(raw)
    index = read_option(raw, question.choices)
    if index is None:
        return None
    return question.choices[index] if kind == QuestionKind.CHOICE else index


_ERAS = {"令和": 2018, "平成": 1988, "r": 2018, "h": 1988}
_DATE = re.compile(
    r"(?P<era>令和|平成|[RrHh])?\s*(?P<y>\d{1,4}|元)\s*(?P<ysep>[年./\-])\s*(?P<m>\d{1,2})\s*[月./\-]"
    r"\s*(?P<d>\d{1,2})\s*日?"
)


def parse_date(text: str) -> dt.date | None:
    """2026-09-01, 2026/9/1, 2026年9月1日, 令和8年9月1日, R8.9.1, 8年9月1日 (令和, as
    forms say it); None when blank. A year written short without an era otherwise
    (26/9/1) or out of any training's reach is refused rather than guessed."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not re.sub(r"[\s年月日/.\-]", "", plain):
        return None  # blank, or the printed 年 月 日 only
    found = _DATE.search(plain)
    if found is None:
        raise UnreadableAnswer(Note.of("form.not_a_date", text=text.strip()))
    year = 1 if found["y"] == "元" else int(found["y"])
    era = found["era"]
    if not era and year < 100 and found["ysep"] == "年":
        era = "令和"  # 「8年10月20日」 on a form of this era
    if era:
        year += _ERAS[era.lower() if era.isascii() else era]
    if not MIN_YEAR <= year <= MAX_YEAR:  # the years the services accept
        raise UnreadableAnswer(Note.of("form.not_a_date", text=text.strip()))
    try:
        return dt.date(year, int(found["m"]), int(found["d"]))
    except ValueError:
        raise UnreadableAnswer(Note.of("form.not_a_date", text=text.strip())) from None


# --- import plan ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnswerChange:
    question_id: int
    question_text: str
    old_text: str
    new_text: str
    old_value: Any
    new_value: Any


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # "date" or "attendees"
    old_text: str
    new_text: str
    old_value: Any
    new_value: Any


@dataclass(frozen=True, slots=True)
class SheetImport:
    """What importing a returned sheet changes (a preview until applied)."""

    path: Path
    programme_name: str
    municipality_id: int
    municipality_name: str
    hearing_id: int | None  # None: a hearing is created for the municipality
    answer_changes: tuple[AnswerChange, ...]
    field_changes: tuple[FieldChange, ...]
    unchanged: int  # answers on the sheet equal to what the hearing holds
    warnings: tuple[Note, ...] = ()  # codes of WARNING_CODES
    dry_run: bool = True

    @property
    def changed(self) -> bool:
        return bool(self.answer_changes or self.field_changes or self.hearing_id is None)

    def summary(self) -> str:
        parts = [
            f"hearing of {self.municipality_name}: "
            f"{len(self.answer_changes)} answer(s) changed, {self.unchanged} unchanged"
        ]
        if self.field_changes:
            parts.append(", ".join(f"{c.field} set" for c in self.field_changes))
        if self.hearing_id is None:
            parts.append("hearing created")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning(s)")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class SheetImportResult:
    """What was written, with the values before, so the import can be undone and redone."""

    hearing_id: int
    created_hearing: bool
    old_answers: Mapping[int, Any]
    new_answers: Mapping[int, Any]
    old_fields: Mapping[str, Any]
    new_fields: Mapping[str, Any]


def _contradicts(path: Path, message: str, detail: str) -> SheetRefused:
    return SheetRefused(path, "contradicts", message, detail)


def _refuse_other(
    sheet: ReturnedSheet,
    key: str,
    session: Session,
    programme: m.Programme,
    hearing_id: int | None,
) -> tuple[m.Municipality, m.Hearing | None]:
    props, path = sheet.properties, sheet.path
    if props.get(PROP_PROGRAMME) != key:
        name = identity.other_programme(props, programme)
        raise SheetRefused(path, "other_programme", f"a sheet of another programme ({name})", name)
    muni_name = props.get(PROP_MUNICIPALITY_NAME, "")
    try:
        muni_id = int(props.get(PROP_MUNICIPALITY, ""))
    except ValueError:
        raise SheetRefused(path, "layout", "its municipality property is damaged") from None
    _check_body(sheet, session, programme, muni_id, muni_name)
    muni = session.get(m.Municipality, muni_id)
    if muni is None:
        raise _contradicts(
            path,
            f"its {PROP_MUNICIPALITY} property ({muni_id}) names no municipality of this "
            f"programme; the sheet's {MUNICIPALITY_LABEL} field says {muni_name}",
            PROP_MUNICIPALITY,
        )
    if not same_name(muni.name, muni_name):
        # Renamed since the sheet was made, or the id changed by hand: the name the sheet
        # shows must not be another municipality's.
        other = _live_municipality_named(session, muni_name)
        if other is not None and other.id != muni_id:
            raise _contradicts(
                path,
                f"its {PROP_MUNICIPALITY} property names {muni.name} (id {muni_id}); the "
                f"sheet's {MUNICIPALITY_LABEL} field says {muni_name}",
                PROP_MUNICIPALITY,
            )
    if muni.deleted_at is not None:
        raise SheetRefused(
            path,
            "unknown_municipality",
            f"{muni_name} is no longer in the programme",
            muni_name,
        )
    hearing: m.Hearing | None = None
    marked = props.get(PROP_HEARING, "")
    candidate = session.get(m.Hearing, int(marked)) if marked.isdigit() else None
    if (
        candidate is not None
        and candidate.deleted_at is None
        and candidate.municipality_id != muni_id
    ):
        owner = session.get(m.Municipality, candidate.municipality_id)
        raise _contradicts(
            path,
            f"its {PROP_HEARING} property names a hearing of "
            f"{owner.name if owner is not None else '?'}, not of {muni.name} "
            f"(the sheet's {MUNICIPALITY_LABEL} field)",
            PROP_HEARING,
        )
    _check_signature(sheet, programme)
    if hearing_id is not None:
        hearing = session.get(m.Hearing, hearing_id)
        if hearing is None or hearing.deleted_at is not None:
            raise NotFound("hearing", hearing_id)
        if hearing.municipality_id != muni_id:
            raise SheetRefused(
                path,
                "other_municipality",
                f"the sheet of {muni.name}, not of the hearing's municipality",
                muni.name,
            )
    else:
        if candidate is not None and candidate.deleted_at is None:
            hearing = candidate
        if hearing is None:
            hearing = _main_hearing(session, muni_id)
    return muni, hearing


def _live_municipality_named(session: Session, name: str) -> m.Municipality | None:
    rows = session.exec(
        select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
    ).all()
    return next((row for row in rows if same_name(row.name, name)), None)


def _check_body(
    sheet: ReturnedSheet, session: Session, programme: m.Programme, muni_id: int, muni_name: str
) -> None:
    """The sheet's properties agree with its body (and, version 2 on, its signature)."""
    props, path = sheet.properties, sheet.path
    texts = {_fold(t): t for t in sheet.municipality_texts}
    if not texts:
        raise SheetRefused(
            path, "layout", f"the sheet's {MUNICIPALITY_LABEL} row is missing", MUNICIPALITY_LABEL
        )
    shown = ", ".join(texts.values())
    if len(texts) > 1 or _fold(muni_name) not in texts:
        raise _contradicts(
            path,
            f"its {PROP_MUNICIPALITY_NAME} property ({muni_name}) disagrees with the sheet's "
            f"{MUNICIPALITY_LABEL} field ({shown})",
            PROP_MUNICIPALITY_NAME,
        )
    version = props.get(PROP_VERSION)
    if version == "1":
        if PROP_SIGNATURE in props or sheet.municipality_markers:
            raise _contradicts(
                path,
                f"its {PROP_VERSION} property (1) disagrees with the sheet's layout "
                "(it was made signed, by version 2)",
                PROP_VERSION,
            )
        return
    secret = signing_key(programme)
    marked = set(sheet.municipality_markers)
    if len(marked) != 1:
        raise _contradicts(
            path,
            f"the sheet's {MUNICIPALITY_LABEL} row has "
            + ("no hidden marker" if not marked else "the hidden markers of several sheets"),
            MUNICIPALITY_LABEL,
        )
    ((marker_id, binding),) = marked
    if marker_id != muni_id:
        named = session.get(m.Municipality, muni_id)
        marked_as = session.get(m.Municipality, marker_id)
        raise _contradicts(
            path,
            f"its {PROP_MUNICIPALITY} property names "
            f"{named.name if named is not None else 'no municipality'} (id {muni_id}); the "
            f"sheet's {MUNICIPALITY_LABEL} row is of "
            f"{marked_as.name if marked_as is not None else '?'} (id {marker_id})",
            PROP_MUNICIPALITY,
        )
    if not same_signature(binding, row_binding(secret, FORM_KIND, "muni", muni_id)):
        raise _contradicts(
            path,
            f"the sheet's {MUNICIPALITY_LABEL} row carries a marker that is not of this sheet",
            MUNICIPALITY_LABEL,
        )


def _check_signature(sheet: ReturnedSheet, programme: m.Programme) -> None:
    """Version 2 on: the signature matches the properties (any hand edit is found)."""
    props, path = sheet.properties, sheet.path
    if props.get(PROP_VERSION) == "1":
        return
    if PROP_SIGNATURE not in props:
        raise _contradicts(
            path, f"its {PROP_SIGNATURE} property is missing (removed by hand?)", PROP_SIGNATURE
        )
    if not signature_agrees(signing_key(programme), props):
        raise _contradicts(
            path,
            f"its properties were changed after the sheet was made ({PROP_SIGNATURE} does "
            "not match them)",
            PROP_SIGNATURE,
        )


def _check_layout(
    sheet: ReturnedSheet,
    questions: Mapping[int, hs.QuestionRow],
    *,
    secret: bytes,
    municipality_id: int,
) -> dict[int, hs.QuestionRow]:
    """The sheet's questions as they are now; SheetRefused when the sheet cannot be trusted."""
    path = sheet.path
    signed = sheet.properties.get(PROP_VERSION) != "1"
    if signed:
        for qid, (sig, _raw) in sheet.answers.items():
            expected = row_binding(secret, FORM_KIND, "q", municipality_id, qid)
            if not same_signature(sig[_QUESTION_SIG:], expected):
                q = questions.get(qid)
                name = f"「{q.short_text}」" if q is not None else f"question {qid}"
                raise _contradicts(
                    path,
                    f"the row of {name} is not of this sheet (its hidden marker was changed "
                    "or copied from another municipality's sheet)",
                    q.short_text if q is not None else str(qid),
                )
    pairs = [(qid, sig) for qid, (sig, _raw) in sheet.answers.items()]
    if sheet_fingerprint(pairs) != sheet.properties.get(PROP_TEMPLATE):
        missing = ""
        for q in questions.values():
            if not q.retired and q.id not in sheet.answers:
                missing = q.short_text
                break
        raise SheetRefused(
            path,
            "layout",
            "the sheet's answer areas do not match the sheet as it was made"
            + (f" (「{missing}」 is missing)" if missing else ""),
            missing,
        )
    found: dict[int, hs.QuestionRow] = {}
    for qid, (sig, _raw) in sheet.answers.items():
        if qid not in questions:
            raise SheetRefused(path, "layout", f"question {qid} is not in the programme")
        q = questions[qid]
        own = sig[:_QUESTION_SIG] if signed else sig
        if hs.question_signature(q.kind.value, q.choices) != own:
            raise SheetRefused(
                path,
                "template_changed",
                f"「{q.short_text}」 has changed since the sheet was made; send a new sheet",
                q.short_text,
            )
        found[qid] = q
    return found


def _storable_raw(
    raw: str | list[list[str]], field_name: str, warnings: list[Note]
) -> str | list[list[str]]:
    """*raw* without the characters no document can hold; each removal warned about once."""
    texts = [raw] if isinstance(raw, str) else [c for row in raw for c in row]
    for text in texts:
        bad = unstorable_character(text)
        if bad is not None:
            warnings.append(Note.of("sheet.unstorable_removed", label=field_name, character=bad))
            break
    if isinstance(raw, str):
        return storable(raw)
    return [[storable(c) for c in row] for row in raw]


def _within_ranges(question: hs.QuestionRow, value: Any, warnings: list[Note]) -> Any:
    """A table answer without the numbers beyond their range (each cell emptied, warned)."""
    if question.kind != QuestionKind.TABLE or not isinstance(value, list):
        return value
    problems = hs.range_problems(question.choices, value)
    if not problems:
        return value
    rows = [list(row) for row in value]
    for problem in problems:
        rows[problem.row - 1][problem.column] = None
        warnings.append(
            Note.of(
                "sheet.number_out_of_range",
                question=question.short_text,
                row=problem.row,
                column=problem.column_name,
                value=hs.shown_number(problem.value),
                range=problem.range.describe(),
            )
        )
    kept = [row for row in rows if any(c is not None for c in row)]
    return kept or None


def plan_sheet_import(
    workshop: Workshop, path: Path, *, hearing_id: int | None = None
) -> SheetImport:
    """Read a returned sheet and work out what importing it changes; changes nothing.

    With *hearing_id* the sheet must be of that hearing's municipality; without, it goes
    to the hearing it was made from (else the municipality's hearing, else a new one).
    """
    return plan_read_sheet(workshop, read_sheet(Path(path)), hearing_id=hearing_id)


def plan_read_sheet(
    workshop: Workshop, sheet: ReturnedSheet, *, hearing_id: int | None = None
) -> SheetImport:
    """:func:`plan_sheet_import` of a sheet already read (:func:`read_sheet`)."""
    with workshop.session() as session:
        key, programme = _programme_key(session)
        muni, hearing = _refuse_other(sheet, key, session, programme, hearing_id)
        questions = {
            q.id: q for s in hs.sections_in(session, include_retired=True) for q in s.questions
        }
        found = _check_layout(
            sheet, questions, secret=signing_key(programme), municipality_id=muni.id or 0
        )
        current: dict[int, Any] = {}
        if hearing is not None:
            current = {
                a.question_id: a.value
                for a in session.exec(
                    select(m.HearingAnswer).where(m.HearingAnswer.hearing_id == hearing.id)
                ).all()
            }
        changes: list[AnswerChange] = []
        warnings: list[Note] = list(sheet.notes)
        unchanged = 0
        order = {q: i for i, q in enumerate(questions)}
        for qid in sorted(found, key=order.__getitem__):
            q = found[qid]
            if q.retired:
                warnings.append(Note.of("sheet.retired_question", question=q.short_text))
                continue
            raw = _storable_raw(sheet.answers[qid][1], q.short_text, warnings)
            try:
                value = _within_ranges(q, read_answer(q, raw), warnings)
                value = hs.check_answer(q.kind, q.choices, value)
            except (UnreadableAnswer, ValidationError) as exc:
                warnings.append(
                    Note.of(
                        "sheet.answer_unreadable", question=q.short_text, problem=problem_note(exc)
                    )
                )
                continue
            if value is None:
                if isinstance(raw, str) and q.choices and marks.hollow_mark(raw):
                    warnings.append(
                        Note.of(
                            "form.hollow_mark",
                            where=f"「{q.short_text}」",
                            text=preview.quote(raw),
                        )
                    )
                continue  # blank: never erases
            old = current.get(qid)
            if value == old:
                unchanged += 1
                continue
            changes.append(
                AnswerChange(
                    qid, q.text, hs.answer_text(q, old), hs.answer_text(q, value), old, value
                )
            )
        fields: list[FieldChange] = []
        if sheet.date_text:
            try:
                day = parse_date(str(_storable_raw(sheet.date_text, DATE_LABEL, warnings)))
            except UnreadableAnswer as exc:
                warnings.append(Note.of("sheet.date_unreadable", problem=exc.note))
                day = None
            old_day = hearing.date if hearing is not None else None
            if day is not None and day != old_day:
                fields.append(
                    FieldChange(
                        "date",
                        old_day.isoformat() if old_day else "",
                        day.isoformat(),
                        old_day,
                        day,
                    )
                )
        if sheet.attendees_text:
            attendees = str(_storable_raw(sheet.attendees_text, ATTENDEES_LABEL, warnings))
            text = " ".join(attendees.split())
            old_text = hearing.attendees if hearing is not None else ""
            if text and text != old_text:
                fields.append(FieldChange("attendees", old_text, text, old_text, text))
        old_status = HearingStatus(hearing.status) if hearing is not None else None
        if (changes or fields) and old_status != HearingStatus.DONE:
            # A sheet filled in is the hearing held (on the sheet's 回答日, set above); a
            # sheet that comes back as it was sent changes nothing.
            before = old_status or HearingStatus.PLANNED
            fields.append(
                FieldChange(
                    "status", before.value, HearingStatus.DONE.value, before, HearingStatus.DONE
                )
            )
        return SheetImport(
            path=sheet.path,
            programme_name=programme.name,
            municipality_id=muni.id or 0,
            municipality_name=muni.name,
            hearing_id=hearing.id if hearing is not None else None,
            answer_changes=tuple(changes),
            field_changes=tuple(fields),
            unchanged=unchanged,
            warnings=tuple(warnings),
        )


def _write(
    session: Session,
    hearing: m.Hearing,
    answers: Mapping[int, Any],
    fields: Mapping[str, Any],
) -> None:
    assert hearing.id is not None
    for qid, value in answers.items():
        hs.store_answer(session, hearing.id, qid, value)
    if "date" in fields:
        hearing.date = fields["date"]
    if "attendees" in fields:
        hearing.attendees = fields["attendees"]
    if "status" in fields:
        hearing.status = HearingStatus(fields["status"]).value
    session.add(hearing)


def apply_sheet_import(workshop: Workshop, plan: SheetImport) -> SheetImportResult:
    """Apply a planned import in one transaction: all of it or, on any error, nothing."""
    new_answers = {c.question_id: c.new_value for c in plan.answer_changes}
    old_answers = {c.question_id: c.old_value for c in plan.answer_changes}
    new_fields = {c.field: c.new_value for c in plan.field_changes}
    old_fields = {c.field: c.old_value for c in plan.field_changes}
    with workshop.session() as session:
        created = plan.hearing_id is None
        hearing: m.Hearing | None
        if created:
            hearing = m.Hearing(
                municipality_id=plan.municipality_id, status=HearingStatus.PLANNED.value
            )
            session.add(hearing)
            session.flush()
        else:
            hearing = session.get(m.Hearing, plan.hearing_id)
            if hearing is None or hearing.deleted_at is not None:
                raise NotFound("hearing", plan.hearing_id)
        _write(session, hearing, new_answers, new_fields)
        session.commit()
        assert hearing.id is not None
        return SheetImportResult(
            hearing.id, created, old_answers, new_answers, old_fields, new_fields
        )


def undo_sheet_import(workshop: Workshop, result: SheetImportResult) -> None:
    with workshop.session() as session:
        hearing = session.get(m.Hearing, result.hearing_id)
        if hearing is None:
            raise NotFound("hearing", result.hearing_id)
        _write(session, hearing, result.old_answers, result.old_fields)
        if result.created_hearing:
            hearing.deleted_at = dt.datetime.now(dt.UTC)
        session.commit()


def redo_sheet_import(workshop: Workshop, result: SheetImportResult) -> None:
    with workshop.session() as session:
        hearing = session.get(m.Hearing, result.hearing_id)
        if hearing is None:
            raise NotFound("hearing", result.hearing_id)
        if result.created_hearing:
            hearing.deleted_at = None
        _write(session, hearing, result.new_answers, result.new_fields)
        session.commit()


#: What :func:`import_sheet` returns: the plan, and the result unless it was a dry run.
ImportOutcome = form_apply.ImportOutcome[SheetImport, SheetImportResult]


def import_sheet(
    workshop: Workshop, path: Path, *, hearing_id: int | None = None, dry_run: bool = False
) -> ImportOutcome:
    """Plan and (unless ``dry_run``) apply the import of a returned sheet."""
    plan = plan_sheet_import(workshop, path, hearing_id=hearing_id)
    return form_apply.run_import(workshop, plan, apply_sheet_import, dry_run=dry_run)


# --- operations (see services/ops.py) -----------------------------------------------------------


def apply_sheet_import_op(plan: SheetImport) -> ops.Operation:
    """:func:`apply_sheet_import` as an operation (value: the :class:`SheetImportResult`),
    reported as a change of the hearing written (or created); its reverse puts the answers
    and fields back (and deletes a hearing it created), whose reverse writes the same
    hearing again."""
    return form_apply.import_operation(
        plan,
        apply_sheet_import,
        redo_sheet_import,
        undo_sheet_import,
        lambda result: ops.Changes.of(hearing=[result.hearing_id]),
    )
