"""Cell text normalised: a cell's value as text, invisible characters and filler words
dropped, width and case folded for matching, column letters, and the mark a byte that was
not text leaves in a decoded CSV file."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from dxworkshop.domain.text import storable

# Control and invisible format characters (zero-width space, BOM, bidi marks, lone
# surrogates) never belong in a name; Excel's Alt+Enter newline becomes a space.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ud800-\udfff]"
)
_SPACES = re.compile(r"\s+")  # includes 全角スペース U+3000, tabs and newlines
_DASHES_ONLY = re.compile("[-‐‑‒–—―ー－−~〜～_]+")
_NONE_WORDS = frozenset({"なし", "無し", "該当なし", "n/a", "na", "none", "null"})


def _cell_text(value: Any) -> str:
    """A cell as text: Excel numbers without a spurious ".0", dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _clean(text: str) -> str:
    """Drop invisible characters (and any no document can hold), collapse any run of spaces
    to one ASCII space, trim."""
    text = storable(_SPACES.sub(" ", _INVISIBLE.sub("", text))).strip()
    if _DASHES_ONLY.fullmatch(text) or text.casefold() in _NONE_WORDS:
        return ""
    return text


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _key(text: str) -> str:
    """Matching key for names: width, case and spacing do not make two people."""
    return _SPACES.sub("", _nfkc(text)).casefold()


def _letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _email_key(email: str) -> str:
    return _SPACES.sub("", _nfkc(email)).lower()


#: What a byte that is not text becomes in a decoded CSV file (NUL is never text: a file
#: with a real NUL byte is refused as binary before decoding, or is UTF-16).
_BAD_BYTE = "\x00"
