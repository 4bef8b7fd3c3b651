"""Small helpers shared by the service modules (validation of plain inputs)."""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from typing import Any

from dxworkshop.domain import limits

# the years the services accept, from their one home
from dxworkshop.domain.limits import MAX_YEAR as MAX_YEAR
from dxworkshop.domain.limits import MIN_YEAR as MIN_YEAR
from dxworkshop.domain.text import storable
from dxworkshop.services import municipalities
from dxworkshop.services.errors import ValidationError


class Unset(Enum):
    """Marks an argument left out, where ``None`` is a real value (clear the field)."""

    UNSET = 0


UNSET = Unset.UNSET

_SPACES = re.compile(r"[\s\u3000]+")


def clean_text(value: str | None) -> str:
    """Trim and collapse runs of (全角 or 半角) spaces into one ASCII space.

    Characters no document can hold (a NUL pasted from another program) are dropped
    here, so no edit stores text that a later Word export could not write.
    """
    if value is None:
        return ""
    return _SPACES.sub(" ", storable(value)).strip()


def plain_text(value: Any) -> str:
    """Multi-line text as typed: line ends unified, trailing spaces and blank ends trimmed,
    characters no document can hold dropped."""
    if value is None:
        return ""
    lines = storable(str(value)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def check_number(field: str, value: Any, sane: limits.Range | None = None) -> float | None:
    """A stored number: None, or finite and within its range (``domain.limits``)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, "bad_value", f"{value!r} is not a number")
    sane = sane or limits.BY_FIELD[field]
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not sane.contains(number):
        raise ValidationError(field, "out_of_range", f"{value!r} is outside {sane.describe()}")
    return number


def required_text(field: str, value: str | None) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(field, "empty", "must not be empty")
    return text


def check_year(field: str, year: int | None) -> int | None:
    if year is None:
        return None
    if isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            field, "out_of_range", f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}"
        )
    return year


def check_date(field: str, value: dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValidationError(
            field, "out_of_range", f"date {value.isoformat()} is outside {MIN_YEAR}–{MAX_YEAR}"
        )
    return value


def check_code(field: str, code: str | None, name: str = "") -> str:
    """団体コード: empty, or the six digits of the national list's entry that *code* means
    (five digits or a lost leading zero are read too) and that *name* names, if given —
    ``municipalities.resolve_code``, the one rule; ``MunicipalityCodeError`` otherwise."""
    text = clean_text(code)
    if not text:
        return ""
    return municipalities.resolve_code(text, name, field=field).code
