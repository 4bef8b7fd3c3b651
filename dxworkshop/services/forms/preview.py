"""What a returned form holds that no answer field takes, said as warnings.

A form's answer areas are the last cells of its marked rows (a hidden ``[[dx:…]]`` marker
in the label cell; a ``t`` marker makes the rest of its table the answer). Everything else
— headings, the plan a supervisor reads, the grey cells, the notes — is the form's own
text. When the form is written, :func:`record_layout` keeps that text in a custom XML part
of the file (Word keeps such parts and shows them nowhere); when it comes back,
:func:`stray_notes` compares the document with it and names each text a person added or
changed outside the answer areas (an inserted row, a row added at the end, a grey cell
typed in, a label retyped so its marker is gone), and :func:`review_comments` each Word
review comment. Each note quotes the text and says where it stands: the heading above it
(the trainee, the section) and the row (its label, or the row below which it stands).

A form written before this part existed is compared with nothing (only the comments are
read).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from defusedxml import ElementTree as SafeET

from dxworkshop.services.forms.fields import row_cells, visible_text
from dxworkshop.services.forms.identity import MARKER
from dxworkshop.services.notes import Note, define

#: Marker kinds after which the rest of the table is the answer (a table question).
REST_OF_TABLE = frozenset({"t"})

NOTE_CODES = define(
    {
        "form.text_added": "{where}: “{text}” is outside the answer fields; not imported",
        "form.text_changed": (
            "{where}: “{old}” was changed to “{text}” (not an answer field); not imported"
        ),
        "form.review_comment": "{where}: a review comment by {author}: “{text}”; not imported",
        "form.row_repeated": (
            "{where}: the row appears twice; “{text}” in the other row is not imported"
        ),
        "form.hollow_mark": (
            "{where}: □ is not read as a mark (mark the option with ■): “{text}”; left as it is"
        ),
    }
)

_NS = "urn:dxworkshop:form-layout"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_PARTNAME = "/customXml/dxworkshop-layout.xml"
#: The longest text a note quotes.
QUOTE_LENGTH = 80


def quote(text: str) -> str:
    """Text as a note quotes it: on one line, and cut short when long."""
    line = " ".join(text.split())
    return line if len(line) <= QUOTE_LENGTH else line[: QUOTE_LENGTH - 1] + "…"


@dataclass(frozen=True, slots=True)
class Place:
    """One paragraph or table cell of the form's own text, and where it stands."""

    text: str
    where: str
    element: Any
    answer: bool  # part of an answer area (not compared)
    marked: bool = False  # in a row with a marker (a copy of it is the form's to tell)


def _where(section: str, row: str = "", below: str = "") -> str:
    parts = [section or "冒頭"]
    if row:
        parts.append(f"「{row}」")
    elif below:
        parts.append(f"「{below}」の下の行")
    return " ▸ ".join(parts)


def places(document: Any) -> Iterator[Place]:
    """The document body's paragraphs and table cells in order (nested tables as text of
    their cell), each with where it stands."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    section = ""
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{{{_W}}}p":
            paragraph = Paragraph(child, document._body)
            text = _paragraph_text(paragraph)
            style = paragraph.style.name if paragraph.style is not None else ""
            if text and (style.startswith("Heading") or style == "Title"):
                section = text
            yield Place(text, _where(section), child, False)
        elif child.tag == f"{{{_W}}}tbl":
            yield from _table_places(Table(child, document._body), section)


def _table_places(table: Any, section: str) -> Iterator[Place]:
    rest = False
    above = ""
    for row in table.rows:
        cells = row_cells(row)
        if not cells:
            continue
        label = visible_text(cells[0])
        found = MARKER.search(cells[0].text)
        marked = found is not None and not rest
        if found is not None and found.group(1) in REST_OF_TABLE:
            rest = True
        for index, cell in enumerate(cells):
            if index > 0 and label:
                where = _where(section, row=label)
            else:
                where = _where(section, below=above)
            # A marked row's last cell is its answer; its label is the form's own text.
            answer = (rest and not marked) or (marked and index == len(cells) - 1)
            yield Place(visible_text(cell), where, cell._tc, answer, marked)
        if label and not rest:
            above = label


def heading_above(document: Any, table: Any) -> str:
    """The text of the last heading before *table* (the trainee, the section)."""
    from docx.text.paragraph import Paragraph

    element = table._tbl.getprevious()
    while element is not None:
        if element.tag == f"{{{_W}}}p":
            paragraph = Paragraph(element, document._body)
            style = paragraph.style.name if paragraph.style is not None else ""
            text = _paragraph_text(paragraph)
            if text and (style.startswith("Heading") or style == "Title"):
                return text
        element = element.getprevious()
    return "冒頭"


def _paragraph_text(paragraph: Any) -> str:
    from docx.oxml.ns import qn

    parts = []
    for run in paragraph.runs:
        rpr = run._r.rPr
        if rpr is not None and rpr.find(qn("w:vanish")) is not None:
            continue
        parts.append(run.text)
    return "".join(parts).strip()


# -- the form's own text, kept in the file -----------------------------------------------------


def record_layout(document: Any) -> None:
    """Keep the form's own text (all but the answer areas) in a custom XML part."""
    from xml.etree import ElementTree as ET

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    root = ET.Element(f"{{{_NS}}}layout")
    for place in places(document):
        if not place.answer:
            ET.SubElement(root, f"{{{_NS}}}t").text = place.text
    blob = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    package = document.part.package
    part = Part(PackURI(_PARTNAME), "application/xml", blob, package)
    document.part.relate_to(part, _CUSTOM_XML)


def recorded_layout(document: Any) -> list[str] | None:
    """The form's own text as written (:func:`record_layout`); None when not kept."""
    for rel in document.part.rels.values():
        if rel.reltype != _CUSTOM_XML or rel.is_external:
            continue
        try:
            root = SafeET.fromstring(rel.target_part.blob)
        except (SafeET.ParseError, ValueError):
            continue
        if root.tag == f"{{{_NS}}}layout":
            return [t.text or "" for t in root.findall(f"{{{_NS}}}t")]
    return None


def stray_notes(document: Any) -> list[Note]:
    """Each text added or changed outside the answer areas since the form was written."""
    recorded = recorded_layout(document)
    if recorded is None:
        return []
    now = [p for p in places(document) if not p.answer]
    texts = [p.text for p in now]
    notes: list[Note] = []
    matcher = SequenceMatcher(None, recorded, texts, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "delete"):
            continue  # a deleted text is nothing a person wrote
        for offset, j in enumerate(range(j1, j2)):
            place = now[j]
            if not place.text:
                continue
            old = recorded[i1 + offset] if tag == "replace" and i1 + offset < i2 else ""
            if place.marked and not old and place.text in recorded:
                continue  # the label of a copied row: the form's reader says what it holds
            if old:
                notes.append(
                    Note.of(
                        "form.text_changed",
                        where=place.where,
                        old=quote(old),
                        text=quote(place.text),
                    )
                )
            else:
                notes.append(Note.of("form.text_added", where=place.where, text=quote(place.text)))
    return notes


# -- review comments ---------------------------------------------------------------------------


def review_comments(document: Any) -> list[Note]:
    """Each Word review comment: who wrote it, its text and where it is anchored."""
    found: dict[str, tuple[str, str]] = {}
    for rel in document.part.rels.values():
        if rel.reltype != _COMMENTS or rel.is_external:
            continue
        try:
            root = SafeET.fromstring(rel.target_part.blob)
        except (SafeET.ParseError, ValueError):
            continue
        for comment in root.iter(f"{{{_W}}}comment"):
            text = "".join(t.text or "" for t in comment.iter(f"{{{_W}}}t"))
            author = comment.get(f"{{{_W}}}author") or "?"
            found[comment.get(f"{{{_W}}}id") or ""] = (author, text)
    if not found:
        return []
    where_of: dict[str, str] = {}
    for place in places(document):
        for tag in ("commentRangeStart", "commentReference"):
            for mark in place.element.iter(f"{{{_W}}}{tag}"):
                where_of.setdefault(mark.get(f"{{{_W}}}id") or "", place.where)
    return [
        Note.of(
            "form.review_comment",
            where=where_of.get(ident, _where("")),
            author=author,
            text=quote(text),
        )
        for ident, (author, text) in found.items()
        if text.strip()
    ]


def document_notes(document: Any) -> list[Note]:
    """Everything a returned document holds outside its answer areas: :func:`stray_notes`
    and :func:`review_comments`."""
    return stray_notes(document) + review_comments(document)
