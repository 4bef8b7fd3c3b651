"""What text can be kept: characters a Word document (XML 1.0) cannot hold, and text a
spreadsheet would run as a formula.

One home for the rule every way text enters uses (the services' ``clean_text``, the
interchange load, the roster import, returned forms) and the last defence of every
document writer: XML 1.0 allows tab, line feed and carriage return, and no other C0
control character, no lone surrogate and neither U+FFFE nor U+FFFF. lxml refuses such
text ("All strings must be XML compatible"), so a NUL stored in a name would stop every
later export.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

T = TypeVar("T")

#: Characters XML 1.0 (and so a .docx) cannot contain.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: What a spreadsheet program reads as the start of a formula (CSV/Excel injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def unstorable_character(text: str) -> str | None:
    """The first character of *text* no document can hold, as ``U+0000``; None if none."""
    found = _UNSTORABLE.search(text)
    if found is None:
        return None
    return f"U+{ord(found.group()):04X}"


def storable(text: str) -> str:
    """*text* without the characters no document can hold (everything else kept)."""
    return _UNSTORABLE.sub("", text)


def storable_in(value: T) -> T:
    """*value* — a read model: dataclasses, tuples, lists, dicts and text — with
    :func:`storable` text throughout; the very object when nothing needs it (the usual case:
    every way in strips or refuses such characters, so only a file altered outside the app
    holds them). The document writers' last defence."""
    return _storable_in(value, {})  # type: ignore[no-any-return]


def _storable_in(value: Any, seen: dict[int, Any]) -> Any:
    if isinstance(value, str):
        return _UNSTORABLE.sub("", value) if _UNSTORABLE.search(value) else value
    if value is None or isinstance(value, (int, float, bytes)):
        return value
    key = id(value)
    if key in seen:  # shared objects are cleaned once (and cycles end)
        return seen[key]
    seen[key] = value
    result = value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {}
        for field in dataclasses.fields(value):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = _storable_in(old, seen)
            if new is not old:
                changed[field.name] = new
        if changed:
            result = dataclasses.replace(value, **changed)
    elif isinstance(value, (tuple, list)):
        items = [_storable_in(v, seen) for v in value]
        if any(new is not old for new, old in zip(items, value, strict=True)):
            if isinstance(value, list):
                result = items
            elif hasattr(value, "_fields"):  # a named tuple
                result = type(value)(*items)
            else:
                result = tuple(items)
    elif isinstance(value, dict):
        pairs = [(_storable_in(k, seen), _storable_in(v, seen)) for k, v in value.items()]
        if any(
            nk is not k or nv is not v
            for (nk, nv), (k, v) in zip(pairs, value.items(), strict=True)
        ):
            result = dict(pairs)
    seen[key] = result
    return result


def spreadsheet_safe(text: str) -> str:
    """A cell text a spreadsheet shows as typed: a leading formula character is quoted.

    Stored text keeps what was typed (「=合計」 is a fine issue title); any spreadsheet or
    CSV the app writes passes every text cell through this (OWASP's CSV injection advice:
    prefix a single quote).
    """
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text
