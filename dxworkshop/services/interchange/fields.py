"""The values of an interchange document's fields: one parser per kind of value (text, keys,
numbers in their ranges, dates, enumerations, lists), raising :class:`_Invalid` with a message
that follows the JSON path; and the shape of a hearing answer, which depends on its question."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Final

from dxworkshop.domain import enums as e
from dxworkshop.domain import limits, local_codes
from dxworkshop.domain.text import unstorable_character
from dxworkshop.services import municipalities
from dxworkshop.services._common import MAX_YEAR, MIN_YEAR
from dxworkshop.services.hearings import range_problems


class _Invalid(Exception):
    """A value that does not fit its field; the message follows the JSON path."""


class _Marker(Enum):
    REQUIRED = "required"  # a field spec's default: the field must be given
    BAD = "bad"  # a field whose value was reported; checks that need it skip it


_REQUIRED: Final = _Marker.REQUIRED
_BAD: Final = _Marker.BAD

_INT64 = 2**63 - 1
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}.*")
_SURROGATE = re.compile("[\ud800-\udfff]")

Parser = Callable[[Any], Any]


def _shown(value: Any) -> str:
    """A value as it appears in the JSON text, shortened; containers by their kind."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return "a very large integer"
    if value is None or isinstance(value, str | int | float | bool):
        text = json.dumps(value, ensure_ascii=False)
        if _SURROGATE.search(text):  # keep the message printable
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        return text if len(text) <= 40 else text[:39] + "…"
    return f"a Python {type(value).__name__}"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_shown(value)}")
    if not value.isascii() and _SURROGATE.search(value):
        # JSON may escape half of a UTF-16 pair ("\ud800"); the file could not store it.
        raise _Invalid(f"{_shown(value)} holds an unpaired surrogate, which is not text")
    bad = unstorable_character(value)
    if bad is not None:
        # A NUL or another control character: no Word document could show it.
        raise _Invalid(f"{_shown(value)} holds the control character {bad}, which is not text")
    return value


def _key(value: Any) -> str:
    if isinstance(value, str) and value:
        return _text(value)
    raise _Invalid(f"expected a key (a non-empty string), got {_shown(value)}")


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _Invalid(f"expected true or false, got {_shown(value)}")


def _integer(low: int = -_INT64, high: int = _INT64) -> Parser:
    def parse(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Invalid(f"expected an integer, got {_shown(value)}")
        if not low <= value <= high:
            raise _Invalid(f"{_shown(value)} is outside {low}..{high}")
        return value

    return parse


def _number(minimum: float | None = None) -> Parser:
    """A finite number; an integer is as good as a float (bool is neither)."""

    def parse(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid(f"expected a number, got {_shown(value)}")
        try:
            number = float(value)
        except OverflowError:
            raise _Invalid(f"{_shown(value)} is too large") from None
        if not math.isfinite(number):
            raise _Invalid(f"expected a finite number, got {_shown(value)}")
        if minimum is not None and number < minimum:
            raise _Invalid(f"{_shown(value)} is below {minimum:g}")
        return number

    return parse


def _ranged(sane: limits.Range) -> Parser:
    """A number within its range (``domain.limits``, as the services check it)."""
    number = _number()

    def parse(value: Any) -> float:
        parsed: float = number(value)
        if not sane.contains(parsed):
            raise _Invalid(f"{_shown(value)} is outside {sane.describe()}")
        return parsed

    return parse


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise _Invalid(f"expected a date (YYYY-MM-DD), got {_shown(value)}")
    try:
        day = dt.date.fromisoformat(value) if _DATE.fullmatch(value) else None
    except ValueError:
        day = None
    if day is None:
        raise _Invalid(f"{_shown(value)} is not a date (YYYY-MM-DD)")
    if not MIN_YEAR <= day.year <= MAX_YEAR:  # as the services refuse it
        raise _Invalid(f"{_shown(value)} is outside the years {MIN_YEAR}–{MAX_YEAR}")
    return day


def _timestamp(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Invalid(f"expected a timestamp (ISO 8601 with offset), got {_shown(value)}")
    try:
        stamp = dt.datetime.fromisoformat(value) if _TIMESTAMP.fullmatch(value) else None
    except ValueError:
        stamp = None
    if stamp is None:
        raise _Invalid(f"{_shown(value)} is not an ISO 8601 timestamp")
    if stamp.tzinfo is None:
        raise _Invalid(f"{_shown(value)} has no UTC offset (such as +09:00)")
    return stamp


def _one_of(enum: type[StrEnum]) -> Parser:
    allowed = tuple(item.value for item in enum)

    def parse(value: Any) -> str:
        if _text(value) not in allowed:
            raise _Invalid(f"{_shown(value)} is not one of {', '.join(allowed)}")
        return str(value)

    return parse


def _list_of(item: Parser, *, unique: bool = False) -> Parser:
    def parse(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _Invalid(f"expected a list, got {_shown(value)}")
        items = []
        for i, raw in enumerate(value):
            try:
                items.append(item(raw))
            except _Invalid as exc:
                raise _Invalid(f"item {i}: {exc}") from None
        if unique and len(set(items)) != len(items):
            twice = next(x for i, x in enumerate(items) if x in items[:i])
            raise _Invalid(f"{_shown(twice)} is given twice")
        return items

    return parse


def _nullable(parse: Parser) -> Parser:
    def parse_or_null(value: Any) -> Any:
        return None if value is None else parse(value)

    return parse_or_null


def _raw_list(value: Any) -> list[Any]:
    """A nested list whose items are checked one by one by their section."""
    if isinstance(value, list):
        return value
    raise _Invalid(f"expected a list, got {_shown(value)}")


def _raw_object(value: Any) -> dict[str, Any]:
    """A nested mapping (answers, ratings) whose entries are checked by their section."""
    if isinstance(value, dict):
        return value
    raise _Invalid(f"expected an object, got {_shown(value)}")


def _municipal_code(value: Any) -> str:
    """Six digits of a prefecture 01–47 with their check digit. Not looked up in the national
    list, nor against the name: a dump holds what the programme held (the demo's numbered
    copies carry real codes of other municipalities under names of their own)."""
    code = _text(value)
    if not code or local_codes.is_valid(code):
        return code
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        raise _Invalid(f"{_shown(code)} is not a six-digit 団体コード")
    if not local_codes.has_prefecture(code):
        raise _Invalid(f"{_shown(code)} is not a 団体コード (no prefecture {code[:2]})")
    expected = local_codes.check_digit(code[:5])
    raise _Invalid(f"{_shown(code)} is not a 団体コード (its check digit would be {expected})")


def _prefecture(value: Any) -> str:
    """A prefecture as the national list names it (岡山県), or ""."""
    name = _text(value)
    if name and name not in {p.name for p in municipalities.national_list().prefectures()}:
        raise _Invalid(f'{_shown(name)} is not a prefecture of Japan (such as "岡山県")')
    return name


_progress = _integer(0, 100)
_any_integer = _integer()
_opt_key = _nullable(_key)
_opt_date = _nullable(_date)
_cases = _nullable(_ranged(limits.CASES_PER_YEAR))
_minutes = _nullable(_ranged(limits.MINUTES_PER_CASE))
_people = _nullable(_ranged(limits.PEOPLE))
_measured = _nullable(_ranged(limits.MEASUREMENT))
_scale_end = _integer(int(limits.SCALE.low), int(limits.SCALE.high))
_votes = _integer(int(limits.VOTES.low), int(limits.VOTES.high))
_texts = _list_of(_text)


@dataclass(frozen=True, slots=True)
class _Question:
    id: int
    kind: str
    choices: list[str]


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and (isinstance(value, int) or math.isfinite(value))
    )


def _check_answer(question: _Question, value: Any) -> None:
    """Raise _Invalid unless ``value`` fits the question (see the package docstring)."""
    kind, choices = question.kind, question.choices
    if kind == e.QuestionKind.TEXT:
        _text(value)
    elif kind == e.QuestionKind.CHOICE:
        if _text(value) not in choices:
            raise _Invalid(f"{_shown(value)} is not one of the question's choices")
    elif kind == e.QuestionKind.SCALE:
        _integer(0, len(choices) - 1)(value) if choices else _no_scale(value)
    elif kind == e.QuestionKind.NUMBER:
        if not _is_number(value):
            raise _Invalid(f"expected a finite number, got {_shown(value)}")
        if not limits.ANSWER_NUMBER.contains(value):
            raise _Invalid(f"{_shown(value)} is outside {limits.ANSWER_NUMBER.describe()}")
    elif kind == e.QuestionKind.TABLE:
        if not isinstance(value, list):
            raise _Invalid(f"expected a list of rows, got {_shown(value)}")
        for i, row in enumerate(value):
            if not isinstance(row, list) or len(row) != len(choices):
                raise _Invalid(f"row {i}: expected a list of {len(choices)} cells, one per column")
            for j, cell in enumerate(row):
                if isinstance(cell, str):
                    _text(cell)
                elif cell is not None and not limits.ANSWER_NUMBER.contains(cell):
                    raise _Invalid(
                        f"row {i}, cell {j}: expected a string, a number or null,"
                        f" got {_shown(cell)}"
                    )
        # A workload column (件数, 分, 人) holds what becomes an issue: its range applies.
        for problem in range_problems(choices, value):
            raise _Invalid(
                f"row {problem.row - 1}, cell {problem.column} ({problem.column_name}): "
                f"{_shown(problem.value)} is outside {problem.range.describe()}"
            )


def _no_scale(value: Any) -> None:
    raise _Invalid(f"the question has no scale labels, so {_shown(value)} cannot be an answer")
