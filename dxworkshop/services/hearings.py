"""Pre-hearing (事前ヒアリング): the question template, hearings with answers and findings,
turning what was heard into candidate issues and people, and the cross-municipality view.

Rules decided here:

- The template is the programme's own copy. Questions and sections are *retired*
  (soft-deleted), never removed, so every answer already given stays in the file and comes
  back when the question is restored. Editing a question never loses an answer either:
  its kind can only change while nobody has answered it; a choice question keeps every
  option that was chosen (the same number of options is a rewording, and the answers are
  reworded with it); a scale keeps at least as many labels as the highest level given; a
  table may gain columns at the end (rows get an empty cell) and lose only columns that
  are empty in every answer.
- Answer values have the shapes of the interchange format: text and choice → str, scale
  → int index into the labels, number → int or float, table → list of rows, each a list
  with one cell (str, number or None) per column. An empty answer is stored as no answer.
- 現在の業務課題 rows and findings become candidate issues (source "hearing") of the
  hearing's municipality. A finding that quotes a row (its text names both the row's
  業務名 and 困りごと) makes one issue with the row's workload and the finding's link.
  Nothing is made twice: a finding already linked to a live issue, and a row whose
  業務名 and 困りごと match a live issue of the municipality, are skipped.
- 受講予定者 rows become trainees of the hearing's municipality, matched as the roster
  import matches people: by name with width, case and spaces ignored, within the
  municipality. An existing person only gains what they lack (the trainee role, a 所属,
  a 上司); nobody is overwritten. The 上司 is matched the same way or created as a
  supervisor.
- Every number an answer holds keeps to one range (``domain.limits``): a 現在の業務課題
  row's 件数/年, 分/件 and 人数 those of an issue's workload, any other number that of a
  hearing answer. An answer beyond it is refused (``out_of_range``, naming the row and the
  range), and so is turning a row into an issue whose workload would be beyond it (text a
  row holds, 「約1億件」, is read as a number there). Text answers lose the characters no
  document can hold.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain import limits
from dxworkshop.domain.enums import HearingStatus, IssueSource, IssueStatus, QuestionKind, Role
from dxworkshop.domain.names import name_key
from dxworkshop.domain.text import storable
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import ops
from dxworkshop.services._common import UNSET, Unset, check_date, clean_text, required_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.notes import Note, define
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

#: Column headings (normalised) of the 現在の業務課題 table, by what they hold.
ISSUE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "process": ("業務名", "業務", "対象業務"),
    "cases_per_year": ("件数/年", "年間件数", "件数", "件数(年)"),
    "minutes_per_case": ("分/件", "処理時間", "1件あたりの時間(分)", "時間/件"),
    "people": ("人数", "担当人数", "従事人数"),
    "title": ("困りごと", "課題", "困っていること", "内容"),
}
#: Column headings of the 受講予定者 table.
TRAINEE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "name": ("氏名", "名前", "受講者名", "受講予定者"),
    "department": ("所属", "所属名", "部署"),
    "supervisor": ("上司", "上司氏名", "所属長"),
    "title": ("職名", "役職"),
}
#: Words that mark the scale question of the 自治体DX全体手順書 step.
STEP_MARKERS = ("手順書",)
#: Words that mark the section of the 重点取組事項.
PRIORITY_SECTION_MARKERS = ("重点取組",)

MAX_TITLE = 80  # an issue title made from a long finding is cut here; the rest is its description

_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


# --- read models ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionRow:
    id: int
    section_id: int
    text: str
    kind: QuestionKind
    choices: tuple[str, ...]  # choice: options; scale: labels low → high; table: columns
    position: int
    retired: bool
    answers: int  # hearings (live) holding an answer to it

    @property
    def short_text(self) -> str:
        return short_text(self.text)


@dataclass(frozen=True, slots=True)
class SectionRow:
    id: int
    title: str
    position: int
    retired: bool
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True, slots=True)
class HearingRow:
    id: int
    municipality_id: int
    municipality_name: str
    department_id: int | None
    department_name: str
    date: dt.date | None
    interviewer_id: int | None
    interviewer_name: str
    attendees: str
    status: HearingStatus
    notes: str
    answered: int  # live questions answered
    questions: int  # live questions
    findings: int


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: int
    hearing_id: int
    text: str
    position: int
    issue_ids: tuple[int, ...]  # live issues made from it


@dataclass(frozen=True, slots=True)
class HearingDetail:
    hearing: HearingRow
    answers: Mapping[int, Any]  # question id → value (retired questions' answers included)
    findings: tuple[FindingRow, ...]


@dataclass(frozen=True, slots=True)
class IssueConversion:
    """What turning a hearing into candidate issues made; ``created`` undoes and redoes it."""

    hearing_id: int
    created: tuple[int, ...]  # issue ids
    skipped: int  # rows and findings that already had an issue


@dataclass(frozen=True, slots=True)
class PeopleConversion:
    """What turning 受講予定者 rows into people changed, exactly, so it can be undone."""

    hearing_id: int
    created_people: tuple[int, ...]
    created_departments: tuple[int, ...]
    roles_added: tuple[tuple[int, Role], ...]  # (person id, role) for existing people
    departments_set: tuple[int, ...]  # existing people whose empty 所属 was set
    departments_of: tuple[tuple[int, int], ...]  # (person id, department id) for those
    supervisors_set: tuple[tuple[int, int], ...]  # (person id, supervisor id); was none
    matched: int  # rows that were already people
    warnings: tuple[Note, ...] = ()  # codes of TRAINEE_WARNING_CODES

    @property
    def changed(self) -> bool:
        return bool(
            self.created_people
            or self.created_departments
            or self.roles_added
            or self.departments_set
            or self.supervisors_set
        )


@dataclass(frozen=True, slots=True)
class ScaleColumn:
    question_id: int
    text: str
    short_text: str
    section_title: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    municipality_id: int
    municipality_name: str
    hearing_id: int | None  # the municipality-level hearing (or the first one), if any
    status: HearingStatus | None
    levels: tuple[int | None, ...]  # one per column: index into its labels


@dataclass(frozen=True, slots=True)
class Comparison:
    """Scale answers of every municipality side by side (rows × columns)."""

    columns: tuple[ScaleColumn, ...]
    rows: tuple[ComparisonRow, ...]
    step_column: int | None  # the 手順書 step, if the template has it
    priority_columns: tuple[int, ...]  # the 重点取組事項


# --- small rules ---------------------------------------------------------------------------


def short_text(text: str) -> str:
    """A question without its parenthesised explanation: for column headings and charts."""
    for bracket in ("（", "("):
        head = text.split(bracket, 1)[0].strip()
        if head:
            text = head
    return text


def cell_value(text: str | None) -> str | int | float | None:
    """What a table cell typed as text holds: a number when it reads as one, else the text.

    Full-width digits and thousands separators count ("１,２００" → 1200); empty → None.
    """
    if text is None:
        return None
    raw = text.strip()
    if not raw:
        return None
    plain = unicodedata.normalize("NFKC", raw).replace(",", "").strip()
    if _NUMBER.fullmatch(plain):
        number = float(plain)
        if math.isfinite(number):
            return int(number) if number.is_integer() and "e" not in plain.lower() else number
    return raw


def cell_text(value: Any) -> str:
    """A table cell or number answer as the user types it (3, not 3.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def shown_number(value: Any) -> str:
    """A number as a message shows it: as typed, a huge one short (1e+308, not 309 digits)."""
    if isinstance(value, str) or not isinstance(value, int | float) or isinstance(value, bool):
        return str(value).strip()
    if abs(value) < 1e15:
        return cell_text(value)
    try:
        return f"{value:.3g}"
    except OverflowError:  # an int beyond any float
        return f"{'-' if value < 0 else ''}1e+{len(str(abs(value))) - 1}"


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and (isinstance(value, int) or math.isfinite(value))
    )


def check_answer(kind: QuestionKind, choices: Sequence[str], value: Any) -> Any:
    """The answer *value* normalised for a question of *kind*, or ValidationError.

    None, empty text and an empty table mean "no answer" (None).
    """
    if value is None:
        return None
    if kind in (QuestionKind.TEXT, QuestionKind.CHOICE):
        if not isinstance(value, str):
            raise ValidationError("answer", "bad_value", f"expected text, got {value!r}")
        plain = storable(value).replace("\r\n", "\n")
        text = "\n".join(line.rstrip() for line in plain.split("\n"))
        text = text.strip()
        if not text:
            return None
        if kind == QuestionKind.CHOICE and text not in choices:
            raise ValidationError("answer", "bad_value", f"{text!r} is not one of the choices")
        return text
    if kind == QuestionKind.SCALE:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("answer", "bad_value", f"expected a level, got {value!r}")
        if not 0 <= value < len(choices):
            raise ValidationError("answer", "out_of_range", f"level {value} is not on the scale")
        return value
    if kind == QuestionKind.NUMBER:
        if not _is_number(value):
            raise ValidationError("answer", "bad_value", f"expected a number, got {value!r}")
        if not limits.ANSWER_NUMBER.contains(_float(value)):
            raise ValidationError(
                "answer",
                "out_of_range",
                f"{shown_number(value)} is outside {limits.ANSWER_NUMBER.describe()}",
            )
        return value
    if kind == QuestionKind.TABLE:
        if not isinstance(value, list | tuple):
            raise ValidationError("answer", "bad_value", "expected a list of rows")
        rows: list[list[Any]] = []
        for i, row in enumerate(value):
            if not isinstance(row, list | tuple) or len(row) != len(choices):
                raise ValidationError(
                    "answer", "bad_value", f"row {i + 1} needs {len(choices)} cells"
                )
            cells: list[Any] = []
            for cell in row:
                if isinstance(cell, str):
                    cells.append(storable(cell).strip() or None)
                elif cell is None or _is_number(cell):
                    cells.append(cell)
                else:
                    raise ValidationError(
                        "answer", "bad_value", f"row {i + 1}: {cell!r} is not a cell value"
                    )
            rows.append(cells)
        for problem in range_problems(choices, rows):
            raise ValidationError(problem.field, "out_of_range", problem.message)
        return rows or None
    raise ValidationError("kind", "bad_value", f"unknown question kind {kind!r}")


@dataclass(frozen=True, slots=True)
class RangeProblem:
    """A number in a table answer beyond its range (``domain.limits``)."""

    row: int  # 1-based
    column: int  # index into the table's columns
    column_name: str
    field: str  # cases_per_year, minutes_per_case, people, or "answer"
    value: float | int | str  # the cell as it is (text saying a number, 「約1億件」)
    range: limits.Range

    @property
    def message(self) -> str:
        return (
            f"row {self.row}, {self.column_name}: {shown_number(self.value)} is outside "
            f"{self.range.describe()}"
        )


def column_ranges(columns: Sequence[str]) -> list[tuple[str, limits.Range]]:
    """Each column's field and the range of its numbers: a 現在の業務課題 table's workload
    columns those of an issue, every other column that of a hearing answer."""
    found = column_map(columns, ISSUE_COLUMNS)
    workload: dict[int, str] = {}
    if "process" in found or ("title" in found and "cases_per_year" in found):
        for name in ("cases_per_year", "minutes_per_case", "people"):
            if name in found:
                workload[found[name]] = name
    return [
        (workload[i], limits.BY_FIELD[workload[i]])
        if i in workload
        else ("answer", limits.ANSWER_NUMBER)
        for i in range(len(columns))
    ]


def range_problems(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[RangeProblem]:
    """The cells of table *rows* holding a number beyond its column's range (a workload
    column's text counts with the number it says, 「約1億件」)."""
    ranges = column_ranges(columns)
    problems: list[RangeProblem] = []
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row):
            if c >= len(ranges) or cell is None:
                continue
            field_name, sane = ranges[c]
            value = _number_in(cell) if field_name != "answer" else cell
            if isinstance(value, str) or value is None or isinstance(value, bool):
                continue
            if not sane.contains(_float(value)):
                problems.append(RangeProblem(r, c, columns[c], field_name, cell, sane))
    return problems


def answer_text(question: QuestionRow, value: Any) -> str:
    """An answer in one line of plain text (previews, tooltips, change lists)."""
    if value is None:
        return ""
    if question.kind == QuestionKind.SCALE and isinstance(value, int):
        if 0 <= value < len(question.choices):
            return question.choices[value]
        return str(value)
    if question.kind == QuestionKind.TABLE and isinstance(value, list):
        return " / ".join(
            "・".join(cell_text(c) for c in row if c not in (None, "")) for row in value
        )
    if question.kind == QuestionKind.NUMBER:
        return cell_text(value)
    return " ".join(str(value).split())


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, list):
        return any(any(c not in (None, "") for c in row) for row in value)
    return not (isinstance(value, str) and not value.strip())


def _column(columns: Sequence[str], aliases: Iterable[str]) -> int | None:
    keys = [name_key(c) for c in columns]
    for alias in aliases:
        key = name_key(alias)
        if key in keys:
            return keys.index(key)
    return None


def column_map(columns: Sequence[str], table: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Which column holds what, for the columns found (by heading, after normalising)."""
    found: dict[str, int] = {}
    for name, aliases in table.items():
        index = _column(columns, aliases)
        if index is not None:
            found[name] = index
    return found


def is_issue_table(question: QuestionRow) -> bool:
    if question.kind != QuestionKind.TABLE:
        return False
    cols = column_map(question.choices, ISSUE_COLUMNS)
    return "process" in cols or ("title" in cols and "cases_per_year" in cols)


def is_trainee_table(question: QuestionRow) -> bool:
    return question.kind == QuestionKind.TABLE and "name" in column_map(
        question.choices, TRAINEE_COLUMNS
    )


def question_signature(kind: str, choices: Sequence[str]) -> str:
    """What an answer's meaning depends on (not the wording of the question)."""
    data = "\x1f".join([kind, *choices])
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:10]


# --- template ------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _answer_counts(session: Session) -> dict[int, int]:
    live = set(session.exec(select(m.Hearing.id).where(col(m.Hearing.deleted_at).is_(None))).all())
    counts: dict[int, int] = defaultdict(int)
    for answer in session.exec(select(m.HearingAnswer)).all():
        if answer.hearing_id in live and is_answered(answer.value):
            counts[answer.question_id] += 1
    return counts


def _question_row(q: m.HearingQuestion, counts: Mapping[int, int]) -> QuestionRow:
    assert q.id is not None
    return QuestionRow(
        id=q.id,
        section_id=q.section_id,
        text=q.text,
        kind=QuestionKind(q.kind),
        choices=tuple(q.choices or ()),
        position=q.position,
        retired=q.deleted_at is not None,
        answers=counts.get(q.id, 0),
    )


def sections_in(session: Session, *, include_retired: bool) -> list[SectionRow]:
    """``template`` inside a caller's session (for the sheet import's one transaction)."""
    counts = _answer_counts(session)
    sections = session.exec(
        select(m.HearingSection).order_by(col(m.HearingSection.position), col(m.HearingSection.id))
    ).all()
    questions: dict[int, list[QuestionRow]] = defaultdict(list)
    for q in session.exec(
        select(m.HearingQuestion).order_by(
            col(m.HearingQuestion.position), col(m.HearingQuestion.id)
        )
    ).all():
        if include_retired or q.deleted_at is None:
            questions[q.section_id].append(_question_row(q, counts))
    result = []
    for s in sections:
        assert s.id is not None
        if not include_retired and s.deleted_at is not None:
            continue
        result.append(
            SectionRow(s.id, s.title, s.position, s.deleted_at is not None, tuple(questions[s.id]))
        )
    return result


def template(workshop: Workshop, *, include_retired: bool = False) -> list[SectionRow]:
    """Sections in order with their questions in order; retired ones only when asked.

    A live question of a retired section is not asked either (the section hides it).
    """
    with workshop.session() as session:
        return sections_in(session, include_retired=include_retired)


def live_questions(workshop: Workshop) -> list[QuestionRow]:
    """The questions asked now, in the order of the form."""
    return [q for s in template(workshop) for q in s.questions]


def get_question(workshop: Workshop, question_id: int) -> QuestionRow:
    with workshop.session() as session:
        q = session.get(m.HearingQuestion, question_id)
        if q is None:
            raise NotFound("question", question_id)
        return _question_row(q, _answer_counts(session))


def template_fingerprint(workshop: Workshop) -> str:
    """Changes whenever a live question is added, retired, moved or changes its meaning."""
    parts = [f"{q.id}:{question_signature(q.kind, q.choices)}" for q in live_questions(workshop)]
    return hashlib.sha256(",".join(parts).encode("utf-8")).hexdigest()[:16]


def _kind(value: QuestionKind | str) -> QuestionKind:
    try:
        return QuestionKind(value)
    except ValueError:
        raise ValidationError("kind", "bad_value", f"unknown question kind {value!r}") from None


def _choices(kind: QuestionKind, choices: Iterable[str]) -> list[str]:
    cleaned = [clean_text(c) for c in choices]
    cleaned = [c for c in cleaned if c]
    if kind in (QuestionKind.TEXT, QuestionKind.NUMBER):
        return []
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError("choices", "duplicate", "the same option is listed twice")
    least = 1 if kind == QuestionKind.TABLE else 2
    if len(cleaned) < least:
        raise ValidationError(
            "choices", "too_few", f"a {kind.value} question needs at least {least} entries"
        )
    return cleaned


def add_section(workshop: Workshop, title: str) -> SectionRow:
    title = required_text("title", title)
    with workshop.session() as session:
        last = session.exec(select(m.HearingSection.position)).all()
        row = m.HearingSection(title=title, position=max(last, default=-1) + 1)
        session.add(row)
        session.commit()
        assert row.id is not None
        return SectionRow(row.id, row.title, row.position, False, ())


def _section(session: Session, section_id: int) -> m.HearingSection:
    row = session.get(m.HearingSection, section_id)
    if row is None:
        raise NotFound("section", section_id)
    return row


def rename_section(workshop: Workshop, section_id: int, title: str) -> None:
    title = required_text("title", title)
    with workshop.session() as session:
        row = _section(session, section_id)
        row.title = title
        session.add(row)
        session.commit()


def set_section_retired(workshop: Workshop, section_id: int, retired: bool) -> None:
    """Retire (hide from forms and sheets) or restore a section; answers are kept."""
    with workshop.session() as session:
        row = _section(session, section_id)
        row.deleted_at = _now() if retired else None
        session.add(row)
        session.commit()


def section_order(workshop: Workshop) -> list[int]:
    """Every section id (retired too) in order: what ``reorder_sections`` takes back."""
    return [s.id for s in template(workshop, include_retired=True)]


def reorder_sections(workshop: Workshop, ordered_ids: Sequence[int]) -> None:
    with workshop.session() as session:
        rows = {r.id: r for r in session.exec(select(m.HearingSection)).all()}
        if sorted(ordered_ids) != sorted(r or 0 for r in rows):
            raise ValidationError("sections", "mismatch", "the order must list every section")
        for position, ident in enumerate(ordered_ids):
            rows[ident].position = position
            session.add(rows[ident])
        session.commit()


def add_question(
    workshop: Workshop,
    section_id: int,
    text: str,
    kind: QuestionKind | str,
    choices: Iterable[str] = (),
) -> QuestionRow:
    """A new question at the end of *section_id*."""
    text = required_text("text", text)
    k = _kind(kind)
    options = _choices(k, choices)
    with workshop.session() as session:
        _section(session, section_id)
        last = session.exec(
            select(m.HearingQuestion.position).where(m.HearingQuestion.section_id == section_id)
        ).all()
        row = m.HearingQuestion(
            section_id=section_id,
            text=text,
            kind=k.value,
            choices=options,
            position=max(last, default=-1) + 1,
        )
        session.add(row)
        session.commit()
        return _question_row(row, {})


def _question(session: Session, question_id: int) -> m.HearingQuestion:
    row = session.get(m.HearingQuestion, question_id)
    if row is None:
        raise NotFound("question", question_id)
    return row


def update_question(
    workshop: Workshop,
    question_id: int,
    *,
    text: str | None = None,
    kind: QuestionKind | str | None = None,
    choices: Iterable[str] | None = None,
) -> QuestionRow:
    """Reword a question or change its options without losing an answer (module docstring)."""
    with workshop.session() as session:
        row = _question(session, question_id)
        if text is not None:
            row.text = required_text("text", text)
        old_kind = QuestionKind(row.kind)
        new_kind = _kind(kind) if kind is not None else old_kind
        answers = [
            a
            for a in session.exec(
                select(m.HearingAnswer).where(m.HearingAnswer.question_id == question_id)
            ).all()
            if is_answered(a.value)
        ]
        if new_kind != old_kind:
            if answers:
                raise ValidationError(
                    "kind", "has_answers", "the question has answers; add a new question instead"
                )
            row.kind = new_kind.value
            if choices is None:
                choices = row.choices
        if choices is not None:
            new = _choices(new_kind, choices)
            old = list(row.choices or ())
            if new_kind == old_kind and answers:
                for answer in answers:
                    answer.value = _carried(new_kind, old, new, answer.value)
                    session.add(answer)
            row.choices = new
        session.add(row)
        session.commit()
        return _question_row(row, _answer_counts(session))


def _carried(kind: QuestionKind, old: list[str], new: list[str], value: Any) -> Any:
    """An answer under the question's new options, or ValidationError if it would be lost."""
    if kind == QuestionKind.CHOICE:
        if value in new:
            return value
        if len(old) == len(new) and value in old:
            return new[old.index(value)]  # the options were reworded in place
        raise ValidationError(
            "choices", "in_use", f"{value!r} has been chosen in a hearing; keep that option"
        )
    if kind == QuestionKind.SCALE:
        if isinstance(value, int) and value >= len(new):
            raise ValidationError(
                "choices", "in_use", f"level {value + 1} has been given in a hearing; keep it"
            )
        return value
    if kind == QuestionKind.TABLE:
        rows = [list(r) for r in value]
        if len(new) >= len(old):
            return [r + [None] * (len(new) - len(old)) for r in rows]
        if any(c not in (None, "") for r in rows for c in r[len(new) :]):
            raise ValidationError(
                "choices", "in_use", "a column to be removed holds answers; keep it"
            )
        return [r[: len(new)] for r in rows]
    return value


def set_question_retired(workshop: Workshop, question_id: int, retired: bool) -> None:
    """Retire (no longer asked) or restore a question; its answers are kept either way."""
    with workshop.session() as session:
        row = _question(session, question_id)
        row.deleted_at = _now() if retired else None
        session.add(row)
        session.commit()


def question_order(workshop: Workshop, section_id: int) -> list[int]:
    """Every question id of a section (retired too) in order, for ``reorder_questions``."""
    with workshop.session() as session:
        _section(session, section_id)
        return [
            q.id or 0
            for q in session.exec(
                select(m.HearingQuestion)
                .where(m.HearingQuestion.section_id == section_id)
                .order_by(col(m.HearingQuestion.position), col(m.HearingQuestion.id))
            ).all()
        ]


def reorder_questions(workshop: Workshop, section_id: int, ordered_ids: Sequence[int]) -> None:
    """Put the questions of a section in this order (every one of them, retired too)."""
    with workshop.session() as session:
        _section(session, section_id)
        rows = {
            r.id: r
            for r in session.exec(
                select(m.HearingQuestion).where(m.HearingQuestion.section_id == section_id)
            ).all()
        }
        if sorted(ordered_ids) != sorted(r or 0 for r in rows):
            raise ValidationError(
                "questions", "mismatch", "the order must list every question of the section"
            )
        for position, ident in enumerate(ordered_ids):
            rows[ident].position = position
            session.add(rows[ident])
        session.commit()


# --- hearings ------------------------------------------------------------------------------


def _live(session: Session, model: Any, ident: int, what: str) -> Any:
    row = session.get(model, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound(what, ident)
    return row


def _hearing_rows(session: Session, only: set[int] | None = None) -> list[HearingRow]:
    stmt = select(m.Hearing).where(col(m.Hearing.deleted_at).is_(None))
    if only is not None:
        stmt = stmt.where(col(m.Hearing.id).in_(only))
    hearings = session.exec(stmt).all()
    munis = {
        r.id: r
        for r in session.exec(
            select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
        ).all()
    }
    depts = {r.id: r.name for r in session.exec(select(m.Department)).all()}
    people = {r.id: r.name for r in session.exec(select(m.Person)).all()}
    live_questions = {
        q.id for s in sections_in(session, include_retired=False) for q in s.questions
    }
    answered: dict[int, int] = defaultdict(int)
    ids = [h.id for h in hearings]
    for a in session.exec(
        select(m.HearingAnswer).where(col(m.HearingAnswer.hearing_id).in_(ids))
    ).all():
        if a.question_id in live_questions and is_answered(a.value):
            answered[a.hearing_id] += 1
    findings: dict[int, int] = defaultdict(int)
    for f in session.exec(
        select(m.Finding).where(
            col(m.Finding.hearing_id).in_(ids), col(m.Finding.deleted_at).is_(None)
        )
    ).all():
        findings[f.hearing_id] += 1
    rows = []
    for h in hearings:
        assert h.id is not None
        muni = munis.get(h.municipality_id)
        if muni is None:  # its municipality was deleted: the hearing goes with it
            continue
        rows.append(
            HearingRow(
                id=h.id,
                municipality_id=h.municipality_id,
                municipality_name=muni.name,
                department_id=h.department_id,
                department_name=depts.get(h.department_id, "") if h.department_id else "",
                date=h.date,
                interviewer_id=h.interviewer_id,
                interviewer_name=people.get(h.interviewer_id, "") if h.interviewer_id else "",
                attendees=h.attendees,
                status=HearingStatus(h.status),
                notes=h.notes,
                answered=answered[h.id],
                questions=len(live_questions),
                findings=findings[h.id],
            )
        )
    order = {r.id: (r.code == "", r.code, r.kana or r.name, r.id or 0) for r in munis.values()}
    rows.sort(key=lambda r: (order[r.municipality_id], r.department_id is not None, r.id))
    return rows


def list_hearings(workshop: Workshop) -> list[HearingRow]:
    """Live hearings of live municipalities, in the municipalities' official order."""
    with workshop.session() as session:
        return _hearing_rows(session)


def _findings(session: Session, hearing_id: int) -> tuple[FindingRow, ...]:
    rows = session.exec(
        select(m.Finding)
        .where(m.Finding.hearing_id == hearing_id, col(m.Finding.deleted_at).is_(None))
        .order_by(col(m.Finding.position), col(m.Finding.id))
    ).all()
    ids = [r.id for r in rows]
    issues: dict[int, list[int]] = defaultdict(list)
    for issue in session.exec(
        select(m.Issue).where(col(m.Issue.finding_id).in_(ids), col(m.Issue.deleted_at).is_(None))
    ).all():
        assert issue.finding_id is not None and issue.id is not None
        issues[issue.finding_id].append(issue.id)
    return tuple(
        FindingRow(r.id or 0, r.hearing_id, r.text, r.position, tuple(issues[r.id or 0]))
        for r in rows
    )


def get_hearing(workshop: Workshop, hearing_id: int) -> HearingDetail:
    with workshop.session() as session:
        rows = _hearing_rows(session, {hearing_id})
        if not rows:
            raise NotFound("hearing", hearing_id)
        answers = {
            a.question_id: a.value
            for a in session.exec(
                select(m.HearingAnswer).where(m.HearingAnswer.hearing_id == hearing_id)
            ).all()
            if a.value is not None
        }
        return HearingDetail(rows[0], answers, _findings(session, hearing_id))


def _status(value: HearingStatus | str) -> HearingStatus:
    try:
        return HearingStatus(value)
    except ValueError:
        raise ValidationError("status", "bad_value", f"unknown status {value!r}") from None


def _check_hearing_links(
    session: Session,
    hearing_id: int | None,
    municipality_id: int,
    department_id: int | None,
    interviewer_id: int | None,
) -> None:
    _live(session, m.Municipality, municipality_id, "municipality")
    if department_id is not None:
        dept = _live(session, m.Department, department_id, "department")
        if dept.municipality_id != municipality_id:
            raise ValidationError(
                "department", "mismatch", "the department belongs to another municipality"
            )
    if interviewer_id is not None:
        _live(session, m.Person, interviewer_id, "person")
    for other in session.exec(
        select(m.Hearing).where(
            m.Hearing.municipality_id == municipality_id, col(m.Hearing.deleted_at).is_(None)
        )
    ).all():
        if other.id != hearing_id and other.department_id == department_id:
            raise ValidationError(
                "department" if department_id is not None else "municipality",
                "duplicate",
                "there is already a hearing for it",
            )


def add_hearing(
    workshop: Workshop,
    municipality_id: int,
    *,
    department_id: int | None = None,
    date: dt.date | None = None,
    interviewer_id: int | None = None,
    attendees: str = "",
    status: HearingStatus | str = HearingStatus.PLANNED,
    notes: str = "",
) -> HearingRow:
    """One hearing per municipality, and optionally one more per department of it."""
    row = m.Hearing(
        municipality_id=municipality_id,
        department_id=department_id,
        date=check_date("date", date),
        interviewer_id=interviewer_id,
        attendees=clean_text(attendees),
        status=_status(status).value,
        notes=notes.strip(),
    )
    with workshop.session() as session:
        _check_hearing_links(session, None, municipality_id, department_id, interviewer_id)
        session.add(row)
        session.commit()
        assert row.id is not None
        return _hearing_rows(session, {row.id})[0]


def update_hearing(
    workshop: Workshop,
    hearing_id: int,
    *,
    department_id: int | Unset | None = UNSET,
    date: dt.date | Unset | None = UNSET,
    interviewer_id: int | Unset | None = UNSET,
    attendees: str | None = None,
    status: HearingStatus | str | None = None,
    notes: str | None = None,
) -> HearingRow:
    """Change the given fields; for ids and the date, ``None`` clears and omitting keeps."""
    with workshop.session() as session:
        row = _live(session, m.Hearing, hearing_id, "hearing")
        if department_id is not UNSET:
            row.department_id = department_id
        if date is not UNSET:
            row.date = check_date("date", date)
        if interviewer_id is not UNSET:
            row.interviewer_id = interviewer_id
        if attendees is not None:
            row.attendees = clean_text(attendees)
        if status is not None:
            row.status = _status(status).value
        if notes is not None:
            row.notes = notes.strip()
        _check_hearing_links(
            session, hearing_id, row.municipality_id, row.department_id, row.interviewer_id
        )
        session.add(row)
        session.commit()
        return _hearing_rows(session, {hearing_id})[0]


def set_hearing_deleted(workshop: Workshop, hearing_id: int, deleted: bool) -> None:
    with workshop.session() as session:
        row = session.get(m.Hearing, hearing_id)
        if row is None:
            raise NotFound("hearing", hearing_id)
        if not deleted:
            _check_hearing_links(session, hearing_id, row.municipality_id, row.department_id, None)
        row.deleted_at = _now() if deleted else None
        session.add(row)
        session.commit()


# --- answers -------------------------------------------------------------------------------


def get_answer(workshop: Workshop, hearing_id: int, question_id: int) -> Any:
    with workshop.session() as session:
        answer = session.get(m.HearingAnswer, (hearing_id, question_id))
        return answer.value if answer is not None else None


def store_answer(session: Session, hearing_id: int, question_id: int, value: Any) -> Any:
    q = _question(session, question_id)
    value = check_answer(QuestionKind(q.kind), q.choices or [], value)
    answer = session.get(m.HearingAnswer, (hearing_id, question_id))
    if value is None:
        if answer is not None:
            session.delete(answer)
        return None
    if answer is None:
        answer = m.HearingAnswer(hearing_id=hearing_id, question_id=question_id, value=value)
    else:
        answer.value = value
    session.add(answer)
    return value


def set_answer(workshop: Workshop, hearing_id: int, question_id: int, value: Any) -> Any:
    """Store one answer (None or empty clears it); returns the value as stored."""
    with workshop.session() as session:
        _live(session, m.Hearing, hearing_id, "hearing")
        stored = store_answer(session, hearing_id, question_id, value)
        session.commit()
        return stored


def set_answers(workshop: Workshop, hearing_id: int, values: Mapping[int, Any]) -> None:
    """Several answers in one commit (all or none): question id → value (None clears)."""
    with workshop.session() as session:
        _live(session, m.Hearing, hearing_id, "hearing")
        for question_id, value in values.items():
            store_answer(session, hearing_id, question_id, value)
        session.commit()


# --- findings ------------------------------------------------------------------------------


def list_findings(workshop: Workshop, hearing_id: int) -> list[FindingRow]:
    with workshop.session() as session:
        return list(_findings(session, hearing_id))


def add_finding(workshop: Workshop, hearing_id: int, text: str) -> FindingRow:
    """A finding (所見) at the end of the hearing's list."""
    text = required_text("text", text)
    with workshop.session() as session:
        _live(session, m.Hearing, hearing_id, "hearing")
        last = session.exec(
            select(m.Finding.position).where(m.Finding.hearing_id == hearing_id)
        ).all()
        row = m.Finding(hearing_id=hearing_id, text=text, position=max(last, default=-1) + 1)
        session.add(row)
        session.commit()
        assert row.id is not None
        return FindingRow(row.id, hearing_id, row.text, row.position, ())


def update_finding(workshop: Workshop, finding_id: int, text: str) -> None:
    text = required_text("text", text)
    with workshop.session() as session:
        row = _live(session, m.Finding, finding_id, "finding")
        row.text = text
        session.add(row)
        session.commit()


def set_finding_deleted(workshop: Workshop, finding_id: int, deleted: bool) -> None:
    with workshop.session() as session:
        row = session.get(m.Finding, finding_id)
        if row is None:
            raise NotFound("finding", finding_id)
        row.deleted_at = _now() if deleted else None
        session.add(row)
        session.commit()


def finding_order(workshop: Workshop, hearing_id: int) -> list[int]:
    """Every finding id of a hearing (deleted ones too) in order, for ``reorder_findings``."""
    with workshop.session() as session:
        return [
            r.id or 0
            for r in session.exec(
                select(m.Finding)
                .where(m.Finding.hearing_id == hearing_id)
                .order_by(col(m.Finding.position), col(m.Finding.id))
            ).all()
        ]


def reorder_findings(workshop: Workshop, hearing_id: int, ordered_ids: Sequence[int]) -> None:
    with workshop.session() as session:
        rows = {
            r.id: r
            for r in session.exec(select(m.Finding).where(m.Finding.hearing_id == hearing_id))
        }
        if sorted(ordered_ids) != sorted(r or 0 for r in rows):
            raise ValidationError("findings", "mismatch", "the order must list every finding")
        for position, ident in enumerate(ordered_ids):
            rows[ident].position = position
            session.add(rows[ident])
        session.commit()


# --- findings and rows → candidate issues --------------------------------------------------


#: A number as people write it in a form's table: 「約300」「15分」「1名」「200件程度」
#: (not 「3時間」 in a minutes column: another unit is left for a person to read).
_LOOSE_NUMBER = re.compile(
    r"(?:約|およそ|概ね|大体|ほぼ)?\s*(\d[\d,]*(?:\.\d+)?)\s*"
    r"(?:件|分|名|人|回)?\s*(?:/\s*(?:年|件))?\s*(?:程度|くらい|ぐらい|位|前後)?"
)


def _float(value: float | int) -> float:
    try:
        return float(value)
    except OverflowError:  # an int beyond any float (10**400)
        return math.inf


def _number_in(value: Any) -> float | None:
    """The workload number a cell says (a number, or text like 「約1,200件」); None if none."""
    if _is_number(value):
        return _float(value) if value >= 0 else None
    if isinstance(value, str):
        parsed = cell_value(value)
        if _is_number(parsed) and not isinstance(parsed, str) and parsed is not None:
            return _float(parsed) if parsed >= 0 else None
        loose = _LOOSE_NUMBER.fullmatch(unicodedata.normalize("NFKC", value).strip())
        if loose is not None:
            return _float(float(loose.group(1).replace(",", "")))
    return None


def _number(value: Any, field_name: str | None = None) -> float | None:
    """A workload number of a cell within its range (``domain.limits``), else None."""
    number = _number_in(value)
    if number is None:
        return None
    if field_name is not None and not limits.BY_FIELD[field_name].contains(number):
        return None
    return number


def _workload(
    question: QuestionRow, row_number: int, row: Sequence[Any], index: int, field_name: str
) -> float | None:
    """A row's workload number for an issue; ValidationError when beyond its range."""
    number = _number_in(row[index]) if index < len(row) else None
    sane = limits.BY_FIELD[field_name]
    if number is not None and not sane.contains(number):
        raise ValidationError(
            field_name,
            "out_of_range",
            f"「{question.short_text}」 row {row_number}, {question.choices[index]}: "
            f"{shown_number(row[index])} is outside {sane.describe()}",
        )
    return number


def _text_cell(row: Sequence[Any], index: int | None) -> str:
    if index is None or index >= len(row) or row[index] is None:
        return ""
    return clean_text(cell_text(row[index]))


@dataclass
class _IssueDraft:
    title: str
    process: str = ""
    description: str = ""
    cases_per_year: float | None = None
    minutes_per_case: float | None = None
    people: float | None = None
    finding_id: int | None = None
    row_key: tuple[str, str] | None = None


def _split_title(text: str) -> tuple[str, str]:
    """A finding as (title, description): its first line, cut to MAX_TITLE, and the rest."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= MAX_TITLE and first == text.strip():
        return first, ""
    return (first[: MAX_TITLE - 1] + "…") if len(first) > MAX_TITLE else first, text.strip()


def _issue_drafts(session: Session, hearing: m.Hearing) -> list[_IssueDraft]:
    assert hearing.id is not None
    drafts: list[_IssueDraft] = []
    questions = [
        q
        for s in sections_in(session, include_retired=False)
        for q in s.questions
        if is_issue_table(q)
    ]
    for q in questions:
        answer = session.get(m.HearingAnswer, (hearing.id, q.id))
        if answer is None or not isinstance(answer.value, list):
            continue
        cols = column_map(q.choices, ISSUE_COLUMNS)
        for number, row in enumerate(answer.value, start=1):
            process = _text_cell(row, cols.get("process"))
            trouble = _text_cell(row, cols.get("title"))
            if not process and not trouble:
                continue
            workload = {
                name: _workload(q, number, row, cols[name], name) if name in cols else None
                for name in ("cases_per_year", "minutes_per_case", "people")
            }
            drafts.append(
                _IssueDraft(
                    title=trouble or process,
                    process=process,
                    cases_per_year=workload["cases_per_year"],
                    minutes_per_case=workload["minutes_per_case"],
                    people=workload["people"],
                    row_key=(name_key(process), name_key(trouble or process)),
                )
            )
    for finding in _findings(session, hearing.id):
        key = name_key(finding.text)
        quoted = next(
            (
                d
                for d in drafts
                if d.finding_id is None
                and d.process
                and name_key(d.process) in key
                and name_key(d.title) in key
            ),
            None,
        )
        if quoted is not None:
            quoted.finding_id = finding.id
            quoted.description = finding.text
            continue
        title, description = _split_title(finding.text)
        drafts.append(_IssueDraft(title=title, description=description, finding_id=finding.id))
    return drafts


def convert_to_issues(workshop: Workshop, hearing_id: int) -> IssueConversion:
    """Make candidate issues from the hearing's 業務課題 rows and findings (module docstring).

    Running it again makes nothing new. ``set_issues_deleted`` undoes and redoes it.
    """
    with workshop.session() as session:
        hearing = _live(session, m.Hearing, hearing_id, "hearing")
        live_issues = session.exec(select(m.Issue).where(col(m.Issue.deleted_at).is_(None))).all()
        linked = {i.finding_id for i in live_issues if i.finding_id is not None}
        rows_made = {
            (name_key(i.process), name_key(i.title))
            for i in live_issues
            if i.municipality_id == hearing.municipality_id
        }
        created: list[m.Issue] = []
        skipped = 0
        for draft in _issue_drafts(session, hearing):
            if (draft.finding_id is not None and draft.finding_id in linked) or (
                draft.row_key is not None and draft.row_key in rows_made
            ):
                skipped += 1
                continue
            issue = m.Issue(
                municipality_id=hearing.municipality_id,
                title=required_text("title", draft.title),
                process=draft.process,
                description=draft.description,
                cases_per_year=draft.cases_per_year,
                minutes_per_case=draft.minutes_per_case,
                people=draft.people,
                source=IssueSource.HEARING.value,
                status=IssueStatus.CANDIDATE.value,
                finding_id=draft.finding_id,
            )
            session.add(issue)
            created.append(issue)
            if draft.row_key is not None:
                rows_made.add(draft.row_key)
            if draft.finding_id is not None:
                linked.add(draft.finding_id)
        session.commit()
        return IssueConversion(hearing_id, tuple(i.id or 0 for i in created), skipped)


def set_issues_deleted(workshop: Workshop, issue_ids: Iterable[int], deleted: bool) -> None:
    """Soft-delete or restore issues made by ``convert_to_issues`` (its undo and redo)."""
    with workshop.session() as session:
        stamp = _now() if deleted else None
        for ident in issue_ids:
            issue = session.get(m.Issue, ident)
            if issue is None:
                raise NotFound("issue", ident)
            issue.deleted_at = stamp
            session.add(issue)
        session.commit()


def hearing_hours(detail: HearingDetail, questions: Sequence[QuestionRow]) -> float | None:
    """Annual hours of the 業務課題 rows that give a whole workload (None when none do)."""
    total: float | None = None
    for q in questions:
        value = detail.answers.get(q.id)
        if not is_issue_table(q) or not isinstance(value, list):
            continue
        cols = column_map(q.choices, ISSUE_COLUMNS)
        if not {"cases_per_year", "minutes_per_case", "people"} <= cols.keys():
            continue
        for row in value:
            hours = annual_hours(
                _number(row[cols["cases_per_year"]], "cases_per_year"),
                _number(row[cols["minutes_per_case"]], "minutes_per_case"),
                _number(row[cols["people"]], "people"),
            )
            if hours is not None:
                total = (total or 0.0) + hours
    return total


# --- 受講予定者 rows → people -----------------------------------------------------------------

#: The warnings of turning 受講予定者 rows into people (``PeopleConversion.warnings``).
TRAINEE_WARNING_CODES = define(
    {
        "trainees.own_supervisor": "row {row}: {name} is named as their own 上司",
        "trainees.supervision_loop": "row {row}: {supervisor} as 上司 of {name} would make a loop",
        "trainees.other_supervisor": "row {row}: {name} already has another 上司; left as it is",
    }
)
#: Every code a note of this module can have.
NOTE_CODES = TRAINEE_WARNING_CODES


@dataclass
class _PeoplePlan:
    created_people: list[m.Person] = field(default_factory=list)
    created_departments: list[m.Department] = field(default_factory=list)
    roles_added: list[tuple[int, Role]] = field(default_factory=list)
    departments_of: list[tuple[int, int]] = field(default_factory=list)
    supervisors_set: list[tuple[int, int]] = field(default_factory=list)
    matched: int = 0
    warnings: list[Note] = field(default_factory=list)


def convert_trainees(workshop: Workshop, hearing_id: int) -> PeopleConversion:
    """Make the 受講予定者 rows of a hearing people of its municipality (module docstring).

    Running it again changes nothing. ``undo_trainees`` / ``redo_trainees`` reverse it.
    """
    with workshop.session() as session:
        hearing = _live(session, m.Hearing, hearing_id, "hearing")
        muni_id = hearing.municipality_id
        people = [
            p
            for p in session.exec(
                select(m.Person).where(
                    m.Person.municipality_id == muni_id, col(m.Person.deleted_at).is_(None)
                )
            ).all()
        ]
        by_name: dict[str, m.Person] = {}
        for p in sorted(people, key=lambda p: p.id or 0):
            by_name.setdefault(name_key(p.name), p)
        roles: dict[int, set[str]] = defaultdict(set)
        for pr in session.exec(select(m.PersonRole)).all():
            roles[pr.person_id].add(pr.role)
        depts = {
            name_key(d.name): d
            for d in session.exec(
                select(m.Department).where(
                    m.Department.municipality_id == muni_id, col(m.Department.deleted_at).is_(None)
                )
            ).all()
        }
        plan = _PeoplePlan()
        created_ids: set[int] = set()

        def department(name: str) -> m.Department | None:
            if not name:
                return None
            key = name_key(name)
            if key not in depts:
                dept = m.Department(municipality_id=muni_id, name=name)
                session.add(dept)
                session.flush()
                depts[key] = dept
                plan.created_departments.append(dept)
            return depts[key]

        def person(name: str, role: Role, dept: m.Department | None, title: str = "") -> m.Person:
            key = name_key(name)
            found = by_name.get(key)
            if found is None:
                found = m.Person(
                    name=name,
                    municipality_id=muni_id,
                    department_id=dept.id if dept else None,
                    title=title,
                )
                session.add(found)
                session.flush()
                assert found.id is not None
                session.add(m.PersonRole(person_id=found.id, role=role.value))
                roles[found.id].add(role.value)
                by_name[key] = found
                plan.created_people.append(found)
                created_ids.add(found.id)
                return found
            assert found.id is not None
            if role.value not in roles[found.id]:
                session.add(m.PersonRole(person_id=found.id, role=role.value))
                roles[found.id].add(role.value)
                if found.id not in created_ids:
                    plan.roles_added.append((found.id, role))
            if dept is not None and found.department_id is None:
                found.department_id = dept.id
                session.add(found)
                if found.id not in created_ids:
                    assert dept.id is not None
                    plan.departments_of.append((found.id, dept.id))
            return found

        questions = [q for s in sections_in(session, include_retired=False) for q in s.questions]
        for q in questions:
            if not is_trainee_table(q):
                continue
            answer = session.get(m.HearingAnswer, (hearing_id, q.id))
            if answer is None or not isinstance(answer.value, list):
                continue
            cols = column_map(q.choices, TRAINEE_COLUMNS)
            for number, row in enumerate(answer.value, start=1):
                name = _text_cell(row, cols.get("name"))
                if not name:
                    continue
                existed = name_key(name) in by_name
                dept = department(_text_cell(row, cols.get("department")))
                trainee = person(name, Role.TRAINEE, dept, _text_cell(row, cols.get("title")))
                if existed:
                    plan.matched += 1
                boss_name = _text_cell(row, cols.get("supervisor"))
                if not boss_name:
                    continue
                if name_key(boss_name) == name_key(name):
                    plan.warnings.append(Note.of("trainees.own_supervisor", row=number, name=name))
                    continue
                boss = person(boss_name, Role.SUPERVISOR, dept)
                if trainee.supervisor_id is None:
                    if _supervises(session, trainee.id, boss.id):
                        plan.warnings.append(
                            Note.of(
                                "trainees.supervision_loop",
                                row=number,
                                supervisor=boss_name,
                                name=name,
                            )
                        )
                        continue
                    trainee.supervisor_id = boss.id
                    session.add(trainee)
                    assert trainee.id is not None and boss.id is not None
                    plan.supervisors_set.append((trainee.id, boss.id))
                elif trainee.supervisor_id != boss.id:
                    plan.warnings.append(
                        Note.of("trainees.other_supervisor", row=number, name=name)
                    )
        session.commit()
        return PeopleConversion(
            hearing_id=hearing_id,
            created_people=tuple(p.id or 0 for p in plan.created_people),
            created_departments=tuple(d.id or 0 for d in plan.created_departments),
            roles_added=tuple(plan.roles_added),
            departments_set=tuple(pid for pid, _ in plan.departments_of),
            departments_of=tuple(plan.departments_of),
            supervisors_set=tuple(plan.supervisors_set),
            matched=plan.matched,
            warnings=tuple(plan.warnings),
        )


def _supervises(session: Session, person_id: int | None, boss_id: int | None) -> bool:
    """True when *person_id* is *boss_id* or above them in the supervision chain."""
    seen: set[int] = set()
    current = boss_id
    while current is not None and current not in seen:
        if current == person_id:
            return True
        seen.add(current)
        up = session.get(m.Person, current)
        current = up.supervisor_id if up else None
    return False


def undo_trainees(workshop: Workshop, result: PeopleConversion) -> None:
    """Take back exactly what ``convert_trainees`` did (people and departments soft-deleted)."""
    _apply_trainees(workshop, result, undo=True)


def redo_trainees(workshop: Workshop, result: PeopleConversion) -> None:
    _apply_trainees(workshop, result, undo=False)


def _apply_trainees(workshop: Workshop, result: PeopleConversion, *, undo: bool) -> None:
    with workshop.session() as session:
        stamp = _now() if undo else None
        for pid in result.created_people:
            p = session.get(m.Person, pid)
            if p is not None:
                p.deleted_at = stamp
                session.add(p)
        for did in result.created_departments:
            d = session.get(m.Department, did)
            if d is not None:
                d.deleted_at = stamp
                session.add(d)
        for pid, role in result.roles_added:
            existing = session.get(m.PersonRole, (pid, role.value))
            if undo and existing is not None:
                session.delete(existing)
            elif not undo and existing is None:
                session.add(m.PersonRole(person_id=pid, role=role.value))
        for pid, did in result.departments_of:
            p = session.get(m.Person, pid)
            if p is not None:
                p.department_id = None if undo else did
                session.add(p)
        for pid, boss in result.supervisors_set:
            p = session.get(m.Person, pid)
            if p is not None and p.id not in result.created_people:
                p.supervisor_id = None if undo else boss
                session.add(p)
        session.commit()


# --- comparison ----------------------------------------------------------------------------


def comparison(workshop: Workshop) -> Comparison:
    """Every live municipality's scale answers, one column per live scale question.

    A municipality's answer is its municipality-level hearing's, else the first of its
    department hearings that answered the question.
    """
    with workshop.session() as session:
        sections = sections_in(session, include_retired=False)
        columns = [
            ScaleColumn(q.id, q.text, short_text(q.text), s.title, q.choices)
            for s in sections
            for q in s.questions
            if q.kind == QuestionKind.SCALE
        ]
        munis = sorted(
            session.exec(
                select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
            ).all(),
            key=lambda r: (r.code == "", r.code, r.kana or r.name, r.id or 0),
        )
        hearings: dict[int, list[m.Hearing]] = defaultdict(list)
        for h in session.exec(
            select(m.Hearing).where(col(m.Hearing.deleted_at).is_(None)).order_by(col(m.Hearing.id))
        ).all():
            hearings[h.municipality_id].append(h)
        for hs in hearings.values():
            hs.sort(key=lambda h: (h.department_id is not None, h.id or 0))
        wanted = {c.question_id for c in columns}
        answers: dict[tuple[int, int], Any] = {}
        for a in session.exec(
            select(m.HearingAnswer).where(col(m.HearingAnswer.question_id).in_(wanted))
        ).all():
            answers[(a.hearing_id, a.question_id)] = a.value
        rows = []
        for muni in munis:
            assert muni.id is not None
            hs = hearings.get(muni.id, [])
            levels: list[int | None] = []
            for c in columns:
                level = None
                for h in hs:
                    value = answers.get((h.id or 0, c.question_id))
                    if isinstance(value, int) and 0 <= value < len(c.labels):
                        level = value
                        break
                levels.append(level)
            first = hs[0] if hs else None
            rows.append(
                ComparisonRow(
                    municipality_id=muni.id,
                    municipality_name=muni.name,
                    hearing_id=first.id if first else None,
                    status=HearingStatus(first.status) if first else None,
                    levels=tuple(levels),
                )
            )
    step = next((i for i, c in enumerate(columns) if any(w in c.text for w in STEP_MARKERS)), None)
    priority = tuple(
        i
        for i, c in enumerate(columns)
        if any(w in c.section_title for w in PRIORITY_SECTION_MARKERS)
    )
    if not priority:
        priority = tuple(i for i in range(len(columns)) if i != step)
    return Comparison(tuple(columns), tuple(rows), step, priority)


def level_fraction(level: int | None, labels: Sequence[str]) -> float | None:
    """A level as 0.0 (lowest label) … 1.0 (highest): what colours and charts use."""
    if level is None or not labels:
        return None
    if len(labels) == 1:
        return 1.0
    return level / (len(labels) - 1)


# --- operations (see services/ops.py) -----------------------------------------------------------
#
# A hearing's fields, answers and findings report the hearing's id; the template (sections
# and questions) reports ``hearing`` with unknown ids, as every hearing's form shows it.

_TEMPLATE = ops.Changes.of(hearing=None)


def _hearing_changes(hearing_id: int) -> ops.Changes:
    return ops.Changes.of(hearing=[hearing_id])


def add_section_op(title: str) -> ops.Operation:
    """:func:`add_section` as an operation; its reverse retires the section, whose reverse
    brings the same section back."""
    return ops.created(
        lambda ws: add_section(ws, title),
        lambda ws, row, deleted: set_section_retired(ws, row.id, deleted),
        _TEMPLATE,
    )


def rename_section_op(section_id: int, title: str) -> ops.Operation:
    """:func:`rename_section` as an operation; its reverse gives the section its old title."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        with workshop.session() as session:
            old = _section(session, section_id).title
        rename_section(workshop, section_id, title)
        return ops.OpResult(None, _TEMPLATE, rename_section_op(section_id, old))

    return run


def reorder_sections_op(ordered_ids: Sequence[int]) -> ops.Operation:
    """:func:`reorder_sections` as an operation; its reverse puts the old order back."""
    wanted = list(ordered_ids)
    return ops.recorded(
        lambda ws: _reordered(section_order(ws), lambda: reorder_sections(ws, wanted)),
        lambda ws, _before: reorder_sections(ws, wanted),
        lambda ws, before: reorder_sections(ws, before),
        _TEMPLATE,
    )


def set_section_retired_op(section_id: int, retired: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_section_retired(ws, section_id, retired),
        lambda ws: set_section_retired(ws, section_id, not retired),
        _TEMPLATE,
    )


def add_question_op(
    section_id: int, text: str, kind: QuestionKind | str, choices: Iterable[str] = ()
) -> ops.Operation:
    """:func:`add_question` as an operation; its reverse retires the question, whose reverse
    brings the same question back."""
    options = list(choices)
    return ops.created(
        lambda ws: add_question(ws, section_id, text, kind, options),
        lambda ws, row, deleted: set_question_retired(ws, row.id, deleted),
        _TEMPLATE,
    )


def update_question_op(
    question_id: int,
    *,
    text: str | None = None,
    kind: QuestionKind | str | None = None,
    choices: Iterable[str] | None = None,
) -> ops.Operation:
    """:func:`update_question` as an operation; its reverse puts back the fields given (a
    changed kind: the kind and its options), answers reworded back with the options."""
    options = list(choices) if choices is not None else None

    def run(workshop: Workshop) -> ops.OpResult[QuestionRow]:
        old = get_question(workshop, question_id)
        row = update_question(workshop, question_id, text=text, kind=kind, choices=options)
        back = update_question_op(
            question_id,
            text=old.text if text is not None else None,
            kind=old.kind if kind is not None else None,
            choices=list(old.choices) if options is not None or kind is not None else None,
        )
        return ops.OpResult(row, _TEMPLATE, back)

    return run


def reorder_questions_op(section_id: int, ordered_ids: Sequence[int]) -> ops.Operation:
    """:func:`reorder_questions` as an operation; its reverse puts the old order back."""
    wanted = list(ordered_ids)
    return ops.recorded(
        lambda ws: _reordered(
            question_order(ws, section_id), lambda: reorder_questions(ws, section_id, wanted)
        ),
        lambda ws, _before: reorder_questions(ws, section_id, wanted),
        lambda ws, before: reorder_questions(ws, section_id, before),
        _TEMPLATE,
    )


def set_question_retired_op(question_id: int, retired: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_question_retired(ws, question_id, retired),
        lambda ws: set_question_retired(ws, question_id, not retired),
        _TEMPLATE,
    )


def add_hearing_op(municipality_id: int, *, department_id: int | None = None) -> ops.Operation:
    """:func:`add_hearing` as an operation; its reverse deletes the hearing, whose reverse
    brings the same hearing back."""
    return ops.created(
        lambda ws: add_hearing(ws, municipality_id, department_id=department_id),
        lambda ws, row, deleted: set_hearing_deleted(ws, row.id, deleted),
        lambda row: _hearing_changes(row.id),
    )


def plan_hearings_op(municipality_ids: Iterable[int]) -> ops.Operation:
    """A planned hearing of each municipality, as one operation (value: the new hearings);
    its reverse deletes them all, whose reverse brings the same hearings back."""
    wanted = list(municipality_ids)

    def first(workshop: Workshop) -> list[HearingRow]:
        made: list[HearingRow] = []
        try:
            for mid in wanted:
                made.append(add_hearing(workshop, mid))
        except Exception:
            # one refused: those already made go too, so a refused operation changes nothing
            _set_hearings_deleted(workshop, made, True)
            raise
        return made

    return ops.created(
        first,
        lambda ws, rows, deleted: _set_hearings_deleted(ws, rows, deleted),
        lambda rows: ops.Changes.of(hearing=[r.id for r in rows]),
    )


def _set_hearings_deleted(workshop: Workshop, rows: Iterable[HearingRow], deleted: bool) -> None:
    for row in rows:
        set_hearing_deleted(workshop, row.id, deleted)


def set_hearing_deleted_op(hearing_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_hearing_deleted(ws, hearing_id, deleted),
        lambda ws: set_hearing_deleted(ws, hearing_id, not deleted),
        _hearing_changes(hearing_id),
    )


#: The fields of a hearing :func:`update_hearing_op` can set (and read back to reverse).
HEARING_FIELDS = ("department_id", "date", "interviewer_id", "attendees", "status", "notes")


def update_hearing_op(hearing_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_hearing` as an operation; its reverse puts the fields given back as
    they were stored."""
    unknown = set(fields) - set(HEARING_FIELDS)
    if unknown:
        raise TypeError(f"not a field of a hearing: {', '.join(sorted(unknown))}")

    def run(workshop: Workshop) -> ops.OpResult[HearingRow]:
        with workshop.session() as session:
            stored = _live(session, m.Hearing, hearing_id, "hearing")
            before = {name: getattr(stored, name) for name in fields}
        row = update_hearing(workshop, hearing_id, **fields)
        return ops.OpResult(
            row, _hearing_changes(hearing_id), update_hearing_op(hearing_id, **before)
        )

    return run


def set_answer_op(hearing_id: int, question_id: int, value: Any) -> ops.Operation:
    """:func:`set_answer` as an operation (value: the answer as stored); its reverse puts the
    previous answer back (or none)."""

    def run(workshop: Workshop) -> ops.OpResult[Any]:
        old = get_answer(workshop, hearing_id, question_id)
        stored = set_answer(workshop, hearing_id, question_id, value)
        return ops.OpResult(
            stored, _hearing_changes(hearing_id), set_answer_op(hearing_id, question_id, old)
        )

    return run


def add_finding_op(hearing_id: int, text: str) -> ops.Operation:
    """:func:`add_finding` as an operation; its reverse deletes the finding, whose reverse
    brings the same finding back."""
    return ops.created(
        lambda ws: add_finding(ws, hearing_id, text),
        lambda ws, row, deleted: set_finding_deleted(ws, row.id, deleted),
        _hearing_changes(hearing_id),
    )


def _stored_finding(workshop: Workshop, finding_id: int) -> tuple[int, str]:
    """The hearing id and text of a finding (deleted or not)."""
    with workshop.session() as session:
        row = session.get(m.Finding, finding_id)
        if row is None:
            raise NotFound("finding", finding_id)
        return row.hearing_id, row.text


def update_finding_op(finding_id: int, text: str) -> ops.Operation:
    """:func:`update_finding` as an operation; its reverse gives the finding its old text."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        hearing_id, old = _stored_finding(workshop, finding_id)
        update_finding(workshop, finding_id, text)
        return ops.OpResult(None, _hearing_changes(hearing_id), update_finding_op(finding_id, old))

    return run


def set_finding_deleted_op(finding_id: int, deleted: bool) -> ops.Operation:
    """:func:`set_finding_deleted` as an operation (reported as a change of its hearing)."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        hearing_id, _text = _stored_finding(workshop, finding_id)
        set_finding_deleted(workshop, finding_id, deleted)
        return ops.OpResult(
            None, _hearing_changes(hearing_id), set_finding_deleted_op(finding_id, not deleted)
        )

    return run


def reorder_findings_op(hearing_id: int, ordered_ids: Sequence[int]) -> ops.Operation:
    """:func:`reorder_findings` as an operation; its reverse puts the old order back."""
    wanted = list(ordered_ids)
    return ops.recorded(
        lambda ws: _reordered(
            finding_order(ws, hearing_id), lambda: reorder_findings(ws, hearing_id, wanted)
        ),
        lambda ws, _before: reorder_findings(ws, hearing_id, wanted),
        lambda ws, before: reorder_findings(ws, hearing_id, before),
        _hearing_changes(hearing_id),
    )


def _reordered(before: list[int], reorder: Callable[[], None]) -> list[int]:
    """Run *reorder* and return the order *before* it (what its undo puts back)."""
    reorder()
    return before


def convert_to_issues_op(hearing_id: int) -> ops.Operation:
    """:func:`convert_to_issues` as an operation: the cards made and the hearing (whose
    findings show their cards); its reverse removes the cards, whose reverse brings the
    same cards back."""
    return ops.created(
        lambda ws: convert_to_issues(ws, hearing_id),
        lambda ws, made, deleted: set_issues_deleted(ws, made.created, deleted),
        lambda made: ops.Changes.of(issue=made.created, hearing=[made.hearing_id]),
    )


def convert_trainees_op(hearing_id: int) -> ops.Operation:
    """:func:`convert_trainees` as an operation: the people made or given a role, 所属 or 上司,
    the departments made, and the hearing; its reverse takes exactly that back, whose
    reverse brings the same people and departments back."""

    def changed(done: PeopleConversion) -> ops.Changes:
        persons = set(done.created_people) | set(done.departments_set)
        persons.update(pid for pid, _role in done.roles_added)
        persons.update(pid for pid, _boss in done.supervisors_set)
        return ops.Changes.of(
            person=persons, department=done.created_departments, hearing=[done.hearing_id]
        )

    return ops.recorded(
        lambda ws: convert_trainees(ws, hearing_id),
        redo_trainees,
        undo_trainees,
        changed,
    )
