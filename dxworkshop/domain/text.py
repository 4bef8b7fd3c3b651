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

import re

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


def spreadsheet_safe(text: str) -> str:
    """A cell text a spreadsheet shows as typed: a leading formula character is quoted.

    Stored text keeps what was typed (「=合計」 is a fine issue title); any spreadsheet or
    CSV the app writes passes every text cell through this (OWASP's CSV injection advice:
    prefix a single quote).
    """
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text
