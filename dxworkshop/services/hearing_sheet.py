"""The hearing sheet (ヒアリングシート) round trip: what a sheet holds, and reading one back.

A municipality gets the hearing as a Word document (written by
``reports.hearing_sheet_docx`` from :func:`sheet_data`), types its answers into the white
table cells and sends it back; :func:`plan_sheet_import` reads it and says what would
change, :func:`apply_sheet_import` applies that in one transaction.

How a returned sheet is recognised (the layout contract between writer and reader):

- Document custom properties (File ▸ Info ▸ Properties in Word) name the form, its
  version, the programme (a key made from the programme's creation, so a copy of the
  file is the same programme and another file is not), the municipality, the hearing and
  a fingerprint of the questions on the sheet.
- Each question's label cell holds a hidden marker ``[[dx:q:<id>:<signature>]]`` (a
  table question's marker sits in the first heading cell of its table); the answer is the
  last cell of that row, or the rows under the heading. The 回答日 and ご回答者 rows carry
  ``[[dx:date]]`` and ``[[dx:attendees]]``. The signature covers the question's kind and
  options, so a sheet whose options have since changed is refused rather than misread.

Refused, with nothing changed: a file that is not a .docx; a document without our
properties; a sheet of another programme, of another municipality than the hearing it is
imported into, or of a municipality no longer in the programme; a sheet whose markers no
longer match its fingerprint (rows deleted, duplicated or merged: "edited beyond
recognition"); a question whose options changed since the sheet was made.

Read leniently, each noted as a warning in the preview: a choice is the option whose box
is marked (■ ☑ ✓ ● ○ …) or the only option left in the cell; an answer that cannot be read
(two options marked, a number that is not one) is left as it is. A blank answer never
erases what the hearing already holds; a table's rows replace the old ones when the sheet
has at least one filled row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain.enums import HearingStatus, QuestionKind
from dxworkshop.services import docx_forms
from dxworkshop.services import hearings as hs
from dxworkshop.services._common import MAX_YEAR, MIN_YEAR
from dxworkshop.services.docx_forms import FormRefused
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.notes import Note, define, validation_note
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

FORM_KIND = "hearing-sheet"
SHEET_VERSION = "1"

PROP_FORM = docx_forms.PROP_FORM
PROP_VERSION = docx_forms.PROP_VERSION
PROP_PROGRAMME = docx_forms.PROP_PROGRAMME
PROP_PROGRAMME_NAME = docx_forms.PROP_PROGRAMME_NAME
PROP_MUNICIPALITY = "dxworkshop.municipality"
PROP_MUNICIPALITY_NAME = "dxworkshop.municipality_name"
PROP_HEARING = "dxworkshop.hearing"
PROP_TEMPLATE = "dxworkshop.template"

#: Empty rows a table question gets on the sheet below the rows already known.
BLANK_TABLE_ROWS = 5
UNCHECKED = "☐"
CHECKED = "■"
#: Marks a municipality may put before an option to choose it.
CHOSEN_MARKS = frozenset("■☑☒✓✔●◉◎○◯〇✅xX×")
_UNCHOSEN_MARKS = "☐□"
#: What the sheet itself prints between the options of a choice (boxes, separators).
_LAYOUT = frozenset(_UNCHOSEN_MARKS + "・,、/|()（）[]「」:：")

_MARKER = docx_forms.MARKER
_SPACE = re.compile(r"[\s\u3000]+")


def marker(kind: str, question_id: int | None = None, signature: str = "") -> str:
    """The hidden marker text of a row: ``q``/``t`` questions, ``date``, ``attendees``."""
    if question_id is None:
        return f"[[dx:{kind}]]"
    return f"[[dx:{kind}:{question_id}:{signature}]]"


def sheet_fingerprint(markers: Iterable[tuple[int, str]]) -> str:
    """Of the (question id, signature) pairs on a sheet, in any order."""
    text = ",".join(sorted(f"{qid}:{sig}" for qid, sig in markers))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def options_text(options: Sequence[str], chosen: int | None) -> str:
    """A choice or scale answer area: every option with a box, the chosen one filled."""
    return "　".join(
        f"{CHECKED if i == chosen else UNCHECKED} {option}" for i, option in enumerate(options)
    )


# --- what the import says: note codes and their English -------------------------------------

#: Why an answer area cannot be read (the ``problem`` of a warning; also the feedback form's).
PROBLEM_CODES = define(
    {
        "form.several_marked": "more than one option is marked",
        "form.no_option": "no option can be made out",
        "form.not_a_number": "'{text}' is not a number",
        "form.not_a_date": "'{text}' is not a date",
        "form.not_a_table": "not a table",
        "form.cell_count": "a row has a different number of cells",
        "form.not_single": "not a single answer",
    }
)
#: The warnings of a sheet import (``SheetImport.warnings``).
WARNING_CODES = define(
    {
        "sheet.retired_question": "「{question}」 is no longer asked; its answer is not read",
        "sheet.answer_unreadable": "「{question}」: {problem}; left as it is",
        "sheet.date_unreadable": "回答日: {problem}; left as it is",
    }
)
#: Every code a sheet import's note can have (problems may also be ValidationErrors).
NOTE_CODES = PROBLEM_CODES | WARNING_CODES


# --- errors --------------------------------------------------------------------------------


class SheetRefused(FormRefused):
    """A returned sheet that cannot be imported at all; nothing was changed.

    ``reason``: ``unreadable``, ``not_a_sheet``, ``other_form``, ``other_programme``,
    ``other_municipality``, ``unknown_municipality``, ``layout`` or ``template_changed``;
    ``detail`` names what (the other programme or municipality, the question).
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

    @property
    def fingerprint(self) -> str:
        return sheet_fingerprint((q.id, q.signature) for s in self.sections for q in s.questions)

    @property
    def properties(self) -> dict[str, str]:
        return {
            PROP_FORM: FORM_KIND,
            PROP_VERSION: SHEET_VERSION,
            PROP_PROGRAMME: self.programme_key,
            PROP_PROGRAMME_NAME: self.programme_name,
            PROP_MUNICIPALITY: str(self.municipality_id),
            PROP_MUNICIPALITY_NAME: self.municipality_name,
            PROP_HEARING: str(self.hearing_id or ""),
            PROP_TEMPLATE: self.fingerprint,
        }


def _programme_key(session: Session) -> tuple[str, m.Programme]:
    return docx_forms.programme_key(session)


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
                        signature=hs.question_signature(q.kind.value, q.choices),
                    )
                    for q in s.questions
                ),
            )
            for s in hs.sections_in(session, include_retired=False)
            if s.questions
        )
        return SheetData(
            programme_key=key,
            programme_name=programme.name,
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


def _custom_properties(path: Path, document: Any) -> dict[str, str]:
    try:
        return docx_forms.custom_properties(document)
    except ValueError:
        raise SheetRefused(path, "layout", "its document properties are damaged") from None


_cells = docx_forms.row_cells
_visible_text = docx_forms.visible_text


def read_sheet(path: Path) -> ReturnedSheet:
    """Read a returned sheet's properties and answer areas; SheetRefused when it is not one."""
    path = Path(path)
    try:
        from docx import Document

        if not zipfile.is_zipfile(path):
            raise SheetRefused(path, "unreadable", "not a Word document (.docx)")
        document = Document(str(path))
    except FileNotFoundError:
        raise SheetRefused(path, "unreadable", "no such file") from None
    except SheetRefused:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise SheetRefused(path, "unreadable", f"not a Word document we can read ({exc})") from exc
    props = _custom_properties(path, document)
    if PROP_FORM not in props:
        raise SheetRefused(
            path, "not_a_sheet", "not a hearing sheet made by dxworkshop (no sheet properties)"
        )
    if props[PROP_FORM] != FORM_KIND:
        raise SheetRefused(
            path, "other_form", f"a {props[PROP_FORM]} form, not a hearing sheet", props[PROP_FORM]
        )
    if props.get(PROP_VERSION) != SHEET_VERSION:
        raise SheetRefused(
            path, "layout", f"sheet version {props.get(PROP_VERSION)!r} is not one this reads"
        )
    answers: dict[int, tuple[str, str | list[list[str]]]] = {}
    date_text: str | None = None
    attendees_text: str | None = None
    for table in document.tables:
        rows = list(table.rows)
        for index, row in enumerate(rows):
            cells = _cells(row)
            if not cells:
                continue
            found = _MARKER.search(cells[0].text)
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
    return ReturnedSheet(path, props, answers, date_text, attendees_text)


# --- reading answers -----------------------------------------------------------------------


class UnreadableAnswer(docx_forms.Unreadable):
    """An answer area that cannot be made out; ``note`` says why (a :data:`PROBLEM_CODES`)."""

    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


_Unreadable = UnreadableAnswer


def problem_note(exc: UnreadableAnswer | ValidationError) -> Note:
    """Why an answer was not taken, as a note (the ``problem`` of a warning)."""
    if isinstance(exc, ValidationError):
        return validation_note(exc.field, exc.code, exc.message)
    return exc.note


def _fold(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def read_option(text: str, options: Sequence[str]) -> int | None:
    """Which option a choice/scale area chose (index), None if none; _Unreadable if unclear."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    folded = [_fold(o) for o in options]
    bare = _fold(plain.strip(_UNCHOSEN_MARKS + "".join(CHOSEN_MARKS) + " "))
    if bare in folded:
        return folded.index(bare)  # the option alone, others deleted
    # Find each option in the text (longest first, so 実施中 is not found inside 未実施中).
    compact = _SPACE.sub("", plain)
    taken = [False] * len(compact)
    places: list[tuple[int, int]] = []
    for i in sorted(range(len(options)), key=lambda i: -len(folded[i])):
        needle = _SPACE.sub("", unicodedata.normalize("NFKC", options[i]))
        start = compact.casefold().find(needle.casefold()) if needle else -1
        while start >= 0 and any(taken[start : start + len(needle)]):
            start = compact.casefold().find(needle.casefold(), start + 1)
        if start >= 0:
            for j in range(start, start + len(needle)):
                taken[j] = True
            places.append((i, start))
    chosen = [i for i, start in places if start > 0 and compact[start - 1] in CHOSEN_MARKS]
    if len(chosen) == 1:
        return chosen[0]
    if len(chosen) > 1:
        raise _Unreadable(Note.of("form.several_marked"))
    if len(places) == 1 and len(options) > 1:
        return places[0][0]  # the others were deleted
    if len(places) == len(options):
        written = [
            c for c, used in zip(compact, taken, strict=True) if not used and c not in _LAYOUT
        ]
        if written:  # none marked, but something written beside them (「← 実施中」)
            raise _Unreadable(Note.of("form.no_option"))
        return None  # the options as sent, none marked
    raise _Unreadable(Note.of("form.no_option"))


def _read_number(text: str) -> int | float | None:
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    value = hs.cell_value(re.sub(r"[^\d.,\-+eE]+$", "", plain).strip() or plain)
    if isinstance(value, int | float):
        return value
    raise _Unreadable(Note.of("form.not_a_number", text=text.strip()))


def read_answer(question: hs.QuestionRow, raw: str | list[list[str]]) -> Any:
    """A raw answer area as a value for *question*; None when left blank."""
    kind = question.kind
    if kind == QuestionKind.TABLE:
        if not isinstance(raw, list):
            raise _Unreadable(Note.of("form.not_a_table"))
        rows = []
        for cells in raw:
            if len(cells) != len(question.choices):
                raise _Unreadable(Note.of("form.cell_count"))
            values = [hs.cell_value(c) for c in cells]
            if any(v is not None for v in values):
                rows.append(values)
        return rows or None
    if not isinstance(raw, str):
        raise _Unreadable(Note.of("form.not_single"))
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
        raise _Unreadable(Note.of("form.not_a_date", text=text.strip()))
    year = 1 if found["y"] == "元" else int(found["y"])
    era = found["era"]
    if not era and year < 100 and found["ysep"] == "年":
        era = "令和"  # 「8年10月20日」 on a form of this era
    if era:
        year += _ERAS[era.lower() if era.isascii() else era]
    if not MIN_YEAR <= year <= MAX_YEAR:  # the years the services accept
        raise _Unreadable(Note.of("form.not_a_date", text=text.strip()))
    try:
        return dt.date(year, int(found["m"]), int(found["d"]))
    except ValueError:
        raise _Unreadable(Note.of("form.not_a_date", text=text.strip())) from None


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


def _refuse_other(
    sheet: ReturnedSheet, key: str, session: Session, hearing_id: int | None
) -> tuple[m.Municipality, m.Hearing | None]:
    props, path = sheet.properties, sheet.path
    if props.get(PROP_PROGRAMME) != key:
        name = props.get(PROP_PROGRAMME_NAME, "")
        raise SheetRefused(path, "other_programme", f"a sheet of another programme ({name})", name)
    muni_name = props.get(PROP_MUNICIPALITY_NAME, "")
    try:
        muni_id = int(props.get(PROP_MUNICIPALITY, ""))
    except ValueError:
        raise SheetRefused(path, "layout", "its municipality property is damaged") from None
    muni = session.get(m.Municipality, muni_id)
    if muni is None or muni.deleted_at is not None:
        raise SheetRefused(
            path,
            "unknown_municipality",
            f"{muni_name} is no longer in the programme",
            muni_name,
        )
    hearing: m.Hearing | None = None
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
        marked = props.get(PROP_HEARING, "")
        if marked.isdigit():
            candidate = session.get(m.Hearing, int(marked))
            if (
                candidate is not None
                and candidate.deleted_at is None
                and candidate.municipality_id == muni_id
            ):
                hearing = candidate
        if hearing is None:
            hearing = _main_hearing(session, muni_id)
    return muni, hearing


def _check_layout(
    sheet: ReturnedSheet, questions: Mapping[int, hs.QuestionRow]
) -> dict[int, hs.QuestionRow]:
    """The sheet's questions as they are now; SheetRefused when the sheet cannot be trusted."""
    path = sheet.path
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
        if hs.question_signature(q.kind.value, q.choices) != sig:
            raise SheetRefused(
                path,
                "template_changed",
                f"「{q.short_text}」 has changed since the sheet was made; send a new sheet",
                q.short_text,
            )
        found[qid] = q
    return found


def plan_sheet_import(
    workshop: Workshop, path: Path, *, hearing_id: int | None = None
) -> SheetImport:
    """Read a returned sheet and work out what importing it changes; changes nothing.

    With *hearing_id* the sheet must be of that hearing's municipality; without, it goes
    to the hearing it was made from (else the municipality's hearing, else a new one).
    """
    sheet = read_sheet(Path(path))
    with workshop.session() as session:
        key, programme = _programme_key(session)
        muni, hearing = _refuse_other(sheet, key, session, hearing_id)
        questions = {
            q.id: q for s in hs.sections_in(session, include_retired=True) for q in s.questions
        }
        found = _check_layout(sheet, questions)
        current: dict[int, Any] = {}
        if hearing is not None:
            current = {
                a.question_id: a.value
                for a in session.exec(
                    select(m.HearingAnswer).where(m.HearingAnswer.hearing_id == hearing.id)
                ).all()
            }
        changes: list[AnswerChange] = []
        warnings: list[Note] = []
        unchanged = 0
        order = {q: i for i, q in enumerate(questions)}
        for qid in sorted(found, key=order.__getitem__):
            q = found[qid]
            if q.retired:
                warnings.append(Note.of("sheet.retired_question", question=q.short_text))
                continue
            try:
                value = hs.check_answer(q.kind, q.choices, read_answer(q, sheet.answers[qid][1]))
            except (UnreadableAnswer, ValidationError) as exc:
                warnings.append(
                    Note.of(
                        "sheet.answer_unreadable", question=q.short_text, problem=problem_note(exc)
                    )
                )
                continue
            if value is None:
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
                day = parse_date(sheet.date_text)
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
            text = " ".join(sheet.attendees_text.split())
            old_text = hearing.attendees if hearing is not None else ""
            if text != old_text:
                fields.append(FieldChange("attendees", old_text, text, old_text, text))
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


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    plan: SheetImport
    result: SheetImportResult | None  # None on a dry run


def import_sheet(
    workshop: Workshop, path: Path, *, hearing_id: int | None = None, dry_run: bool = False
) -> ImportOutcome:
    """Plan and (unless ``dry_run``) apply the import of a returned sheet."""
    plan = plan_sheet_import(workshop, path, hearing_id=hearing_id)
    if dry_run:
        return ImportOutcome(plan, None)
    return ImportOutcome(replace(plan, dry_run=False), apply_sheet_import(workshop, plan))
