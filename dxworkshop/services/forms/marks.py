"""A returned form's marks: the ☐/■ boxes a choice or scale answer area is written with,
and which option a person marked (☑, ●, ✓, ○ … before an option, or the others deleted)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from dxworkshop.services.forms.fields import UnreadableAnswer, fold
from dxworkshop.services.notes import Note

UNCHECKED = "☐"
CHECKED = "■"
#: Marks a municipality may put before an option to choose it.
CHOSEN_MARKS = frozenset("■☑☒✓✔●◉◎○◯〇✅xX×")
UNCHOSEN_MARKS = "☐□"
#: What the sheet itself prints between the options of a choice (boxes, separators).
_LAYOUT = frozenset(UNCHOSEN_MARKS + "・,、/|()（）[]「」:：")


_SPACE = re.compile(r"[\s\u3000]+")


def options_text(options: Sequence[str], chosen: int | None) -> str:
    """A choice or scale answer area: every option with a box, the chosen one filled."""
    return "　".join(
        f"{CHECKED if i == chosen else UNCHECKED} {option}" for i, option in enumerate(options)
    )


def read_option(text: str, options: Sequence[str]) -> int | None:
    """Which option a choice/scale area chose (index), None if none; UnreadableAnswer if unclear."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    folded = [fold(o) for o in options]
    bare = fold(plain.strip(UNCHOSEN_MARKS + "".join(CHOSEN_MARKS) + " "))
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
        raise UnreadableAnswer(Note.of("form.several_marked"))
    if len(places) == 1 and len(options) > 1:
        return places[0][0]  # the others were deleted
    if len(places) == len(options):
        written = [
            c for c, used in zip(compact, taken, strict=True) if not used and c not in _LAYOUT
        ]
        if written:  # none marked, but something written beside them (「← 実施中」)
            raise UnreadableAnswer(Note.of("form.no_option"))
        return None  # the options as sent, none marked
    raise UnreadableAnswer(Note.of("form.no_option"))


#: A box people type for a mark, though it reads as an empty one (U+25A1).
HOLLOW = "□"


def hollow_mark(text: str) -> bool:
    """Whether an area read as unmarked holds a □ where the form wrote ☐ (someone may
    have meant it as the mark): said, never guessed."""
    return HOLLOW in text and not any(c in CHOSEN_MARKS for c in text)
