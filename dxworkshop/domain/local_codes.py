"""The 団体コード (全国地方公共団体コード, JIS X 0402): its check digit, and the six-digit codes a
raw value can mean.

A code is six digits: two of the prefecture (01–47), three of the municipality and a check
digit over the first five (modulus 11, weights 6–2). People write it in three other ways,
and this module reads them all:

- five digits without the check digit (``33202`` for 倉敷市 332020);
- a spreadsheet number that lost its leading zero (``11002`` for 札幌市 011002);
- both at once (``1100`` for the five digits 01100 of 札幌市).

A value of five digits or fewer can therefore have two readings — ``13102`` is 中央区's five
digits (131024) and, since its check digit happens to fit, also 013102 with a zero lost.
:func:`readings` returns every reading whose check digit fits; which one is meant is not a
question of digits: the caller decides with the national list and the row's municipality
name (``services.municipalities.resolve_code``). No I/O here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

#: Why a value is no 団体コード (stable: callers map them to their messages).
Reason = Literal["not_number", "too_long", "no_prefecture", "check_digit", "invalid"]

PREFECTURES = range(1, 48)  # 01 北海道 … 47 沖縄県
_WEIGHTS = (6, 5, 4, 3, 2)
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9]+")


class CodeError(ValueError):
    """A value that no reading makes a 団体コード; ``reason`` says why.

    ``value`` is the value as read (digits, spaces removed); ``expected`` is the check
    digit a six-digit value should have had (``reason == "check_digit"``).
    """

    def __init__(self, reason: Reason, value: str, expected: str = "") -> None:
        self.reason: Reason = reason
        self.value = value
        self.expected = expected
        super().__init__(_explain(reason, value, expected))


def _explain(reason: Reason, value: str, expected: str) -> str:
    if reason == "not_number":
        return f"団体コード {value!r} is not a number"
    if reason == "too_long":
        return f"団体コード {value} has more than six digits"
    if reason == "no_prefecture":
        return f"団体コード {value} is not valid (no prefecture {value[:2]})"
    if reason == "check_digit":
        return f"団体コード {value} is not valid (its check digit would be {expected})"
    return f"団体コード {value} is not valid (six digits, or five without the check digit)"


def check_digit(five: str) -> str:
    """The check digit of a code's first five digits (``"33202"`` → ``"0"``)."""
    if len(five) != 5 or not five.isascii() or not five.isdigit():
        raise ValueError(f"{five!r} is not five digits")
    total = sum(int(d) * w for d, w in zip(five, _WEIGHTS, strict=True))
    return str((11 - total % 11) % 10)


def with_check_digit(five: str) -> str:
    """The six-digit code of five digits: ``"33202"`` → ``"332020"``."""
    return five + check_digit(five)


def has_prefecture(code: str) -> bool:
    """Whether a code's first two digits name a prefecture (01–47)."""
    return len(code) >= 2 and code[:2].isdigit() and int(code[:2]) in PREFECTURES


def is_valid(code: str) -> bool:
    """Six ASCII digits of a prefecture 01–47 whose check digit fits."""
    return (
        len(code) == 6
        and code.isascii()
        and code.isdigit()
        and has_prefecture(code)
        and check_digit(code[:5]) == code[5]
    )


def digits_of(value: str | int) -> str:
    """A raw value as the digits it is written with: full-width digits and spaces of any
    width are read as typed (``"３３ ２０２"`` → ``"33202"``); a number is its decimal digits.
    Raises :class:`CodeError` (``not_number``) for anything else."""
    if isinstance(value, bool):
        raise CodeError("not_number", str(value))
    if isinstance(value, int):
        if value < 0:
            raise CodeError("not_number", str(value))
        return str(value)
    text = _SPACES.sub("", unicodedata.normalize("NFKC", value))
    if not _DIGITS.fullmatch(text):
        raise CodeError("not_number", text)
    return text


def readings(value: str | int) -> tuple[str, ...]:
    """Every six-digit code *value* can be, most literal first; never empty.

    Six digits are themselves (if valid). Fewer are read as a code that lost its leading
    zero (``11002`` → 011002) and as the five digits without the check digit, padded
    with the zeros a number cell lost (``33202`` → 332020, ``1100`` → 011002); each reading
    whose prefecture and check digit fit is returned. Raises :class:`CodeError` when none
    does, or the value is no number or is longer than six digits.
    """
    text = digits_of(value)
    if len(text) > 6:
        raise CodeError("too_long", text)
    if len(text) == 6:
        if not has_prefecture(text):
            raise CodeError("no_prefecture", text)
        expected = check_digit(text[:5])
        if expected != text[5]:
            raise CodeError("check_digit", text, expected)
        return (text,)
    found: list[str] = []
    padded = text.zfill(6)
    if is_valid(padded):
        found.append(padded)
    five = text.zfill(5)
    if has_prefecture(five) and with_check_digit(five) not in found:
        found.append(with_check_digit(five))
    if not found:
        raise CodeError("invalid", text)
    return tuple(found)
