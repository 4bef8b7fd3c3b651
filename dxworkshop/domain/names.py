"""Matching and ordering of Japanese names and readings (五十音順).

One place for the rules the roster import, the hearing sheet's trainee list and the
people tables share: two spellings that differ only in width, case or spacing are the
same person; katakana and hiragana readings sort together; numbers sort by value.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # ァ..ヶ → ぁ..ゖ


def name_key(text: str) -> str:
    """Matching key for a name: width, case and spaces do not make two people."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).casefold()


def fold(text: str) -> str:
    """Text for searching: widths unified, katakana as hiragana, no case, no spaces."""
    return name_key(text).translate(_KATAKANA)


def kana_key(text: str) -> str:
    """Sort key for 五十音順: katakana and hiragana together, numbers by value (2班 < 10班).

    Hiragana code points follow the 五十音 (あ < か < さ …, が beside か), so a folded
    reading sorts in dictionary order; kanji (a name without reading) come after kana.
    """
    return _DIGITS.sub(lambda m: m.group().zfill(8), fold(text))


def person_sort_key(kana: str, name: str) -> str:
    """Order people by reading (or name when there is none), then by name."""
    return kana_key(kana or name) + "\x00" + kana_key(name)
