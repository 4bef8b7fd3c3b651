"""What an answer holds and how it reads, without a database: the shapes and checks of
answer values, numbers typed into table cells, the columns of the 現在の業務課題 and
受講予定者 tables, and the workload those rows add up to.

Rules decided here:

- Answer values have the shapes of the interchange format: text and choice → str, scale
  → int index into the labels, number → int or float, table → list of rows, each a list
  with one cell (str, number or None) per column. An empty answer is stored as no answer.
- Every number an answer holds keeps to one range (``domain.limits``): a 現在の業務課題
  row's 件数/年, 分/件 and 人数 those of an issue's workload, any other number that of a
  hearing answer. An answer beyond it is refused (``out_of_range``, naming the row and the
  range), and so is turning a row into an issue whose workload would be beyond it (text a
  row holds, 「約1億件」, is read as a number there: ``number_in``). Text answers lose the
  characters no document can hold.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dxworkshop.domain import limits
from dxworkshop.domain.enums import QuestionKind
from dxworkshop.domain.names import name_key
from dxworkshop.domain.text import storable
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services.errors import ValidationError

if TYPE_CHECKING:  # the read models show short_text; these functions only read them
    from dxworkshop.services.hearings.read_models import HearingDetail, QuestionRow


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

_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")

#: A number as people write it in a form's table: 「約300」「15分」「1名」「200件程度」
#: (not 「3時間」 in a minutes column: another unit is left for a person to read).
_LOOSE_NUMBER = re.compile(
    r"(?:約|およそ|概ね|大体|ほぼ)?\s*(\d[\d,]*(?:\.\d+)?)\s*"
    r"(?:件|分|名|人|回)?\s*(?:/\s*(?:年|件))?\s*(?:程度|くらい|ぐらい|位|前後)?"
)


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


def as_float(value: float | int) -> float:
    try:
        return float(value)
    except OverflowError:  # an int beyond any float (10**400)
        return math.inf


def number_in(value: Any) -> float | None:
    """The workload number a cell says (a number, or text like 「約1,200件」); None if none."""
    if _is_number(value):
        return as_float(value) if value >= 0 else None
    if isinstance(value, str):
        parsed = cell_value(value)
        if _is_number(parsed) and not isinstance(parsed, str) and parsed is not None:
            return as_float(parsed) if parsed >= 0 else None
        loose = _LOOSE_NUMBER.fullmatch(unicodedata.normalize("NFKC", value).strip())
        if loose is not None:
            return as_float(float(loose.group(1).replace(",", "")))
    return None


def _number(value: Any, field_name: str | None = None) -> float | None:
    """A workload number of a cell within its range (``domain.limits``), else None."""
    number = number_in(value)
    if number is None:
        return None
    if field_name is not None and not limits.BY_FIELD[field_name].contains(number):
        return None
    return number


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
        if not limits.ANSWER_NUMBER.contains(as_float(value)):
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
            value = number_in(cell) if field_name != "answer" else cell
            if isinstance(value, str) or value is None or isinstance(value, bool):
                continue
            if not sane.contains(as_float(value)):
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
