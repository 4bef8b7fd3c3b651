"""A returned form's fields: the cells of a row, the text a person sees in them, how an
answer area that cannot be made out is reported, and how a number area is read."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from dxworkshop.services.notes import Note, define

#: Why an answer area cannot be read (the ``problem`` of a warning; every form's).
PROBLEM_CODES = define(
    {
        "form.several_marked": "more than one option is marked",
        "form.no_option": "no option can be made out",
        "form.not_a_number": "'{text}' is not a number",
        "form.not_a_date": "'{text}' is not a date",
        "form.not_a_table": "not a table",
        "form.cell_count": "a row has a different number of cells",
        "form.not_single": "not a single answer",
    }
)

_SPACE = re.compile(r"[\s\u3000]+")


class Unreadable(Exception):
    """An answer area whose content cannot be made out (reported, never guessed)."""


class UnreadableAnswer(Unreadable):
    """An answer area that cannot be made out; ``note`` says why (a :data:`PROBLEM_CODES`)."""

    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


def fold(text: str) -> str:
    """Text as compared: width, case and spaces folded away."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def same_name(a: str, b: str) -> bool:
    """Names equal but for width, case and spaces (as a form and the file may write them)."""
    return fold(a) == fold(b)


def read_number(text: str) -> int | float | None:
    """A number area (``1,200``, ``約1200``, ``15分``, ``2名``) as a number; None when blank;
    UnreadableAnswer when no number can be made out."""
    from dxworkshop.services.hearings.values import cell_value, number_in

    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    value = cell_value(re.sub(r"[^\d.,\-+eE]+$", "", plain).strip() or plain)
    if isinstance(value, int | float):
        return value
    loose = number_in(plain)  # 「約1200」「200件程度」
    if loose is not None:
        return int(loose) if loose.is_integer() else loose
    raise UnreadableAnswer(Note.of("form.not_a_number", text=text.strip()))


def row_cells(row: Any) -> list[Any]:
    """A table row's cells, a merged cell once (python-docx repeats it per grid column)."""
    seen: set[int] = set()
    cells = []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def visible_text(cell: Any) -> str:
    """A cell's text without hidden runs (markers), paragraphs joined by newlines."""
    from docx.oxml.ns import qn

    lines = []
    for paragraph in cell.paragraphs:
        parts = []
        for run in paragraph.runs:
            rpr = run._r.rPr
            if rpr is not None and rpr.find(qn("w:vanish")) is not None:
                continue
            parts.append(run.text)
        lines.append("".join(parts))
    return "\n".join(lines).strip()
