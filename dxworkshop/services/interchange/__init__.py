"""The programme interchange format v1 (INTERCHANGE.md): dump a workshop file as JSON, load one.

Three parts: a **validator** (pure, no database) turns a parsed document into rows ready
to insert, with their ids, or raises :class:`InterchangeError` naming every problem by its
JSON path; a **writer** creates a new workshop file from those rows in one transaction,
one executemany per table; a **reader** dumps the live rows of a workshop file, one query
per table.

Callers import from here (``from dxworkshop.services import interchange``); the modules, in
the order a document passes them:

- ``format`` — the format's name and version, the top-level keys, and the fields of every
  object with their parsers and defaults (what INTERCHANGE.md declares).
- ``fields`` — the parser of each kind of value (text, keys, numbers in their ranges,
  dates, 団体コード …) and the shape of a hearing answer.
- ``errors`` — :class:`Problem` (a JSON path and what is wrong) and :class:`InterchangeError`.
- ``checker`` — how a document is walked: problems at their paths, fields by their spec,
  keys and references, and the rows it builds (:class:`ValidatedDocument`).
- ``validate`` — the rules of every section (:func:`validate_document`): one class, one
  method per section, in the order of the document.
- ``load`` — JSON text parsed, a validated document written into a new workshop file.
- ``dump`` — a workshop file's live rows read out as a document.

Names with a leading underscore are the package's own, shared between its modules.

Decisions where INTERCHANGE.md is silent:

- Hearing answers map a question key to a value shaped by the question's ``kind``:
  ``text`` → string; ``choice`` → one of the question's ``choices``; ``scale`` → the
  integer index of a label in ``choices`` (labels from low to high), ``0 .. len - 1``;
  ``number`` → a number; ``table`` → a list of rows, each a list with one cell per
  column (``choices`` are the column names), a cell being a string, a number or null.
  ``null`` is accepted for every kind (an answer row without a value).
- Inside objects, a field whose column has a default may be left out and gets that
  default ("" for text, null where null is allowed, ``status`` "planned" …). Fields
  without one are required: keys, references a row cannot exist without, names and
  titles, ``phase``, ``kind``, ``role``, numbers of versions and rounds, a score's value,
  a check-in's date. ``dump`` always writes every field.
- Every field whose column may be empty accepts null (dates, due dates, a hearing's
  interviewer, measurements …), not only those INTERCHANGE.md lists, so every dump loads.
- Keys: ``dump`` writes a prefix and the row id (``"p12"``; criteria use their code).
  ``load`` keeps those ids when every key of a list follows the scheme and numbers the
  rows in list order otherwise, so dump → load → dump gives the same bytes.
- Order: lists are in id order, except where the order is the user's (groups, template
  sections and questions, findings, criteria, rubric, plan steps, a plan's actions); those
  are written in that order and load sets positions from it. Actions are grouped by plan
  (in plan id order); roles follow the enumeration; members, votes, themes and outcomes
  the ids they refer to; versions their numbers.
- Soft-deleted rows are not dumped, nor anything that depends on one, following the
  foreign keys' ON DELETE: what would cascade is left out (a deleted issue's scores and
  plans, a deleted rater's scores, a retired question's answers); what would be set null
  is written as null (a deleted owner of a live issue).
- Range checks beyond the spec's: ``fiscal_year`` and every date's year 1989..2100 (as
  the services),
  ``min <= max`` for criteria and rubric items, workloads, after-values and weights not
  negative, a vote's count within the round's ``max_per_issue`` and a voter's total
  within ``votes_per_person``, cluster parents without cycles, 団体コード empty or six
  digits, version and round numbers from 1.
- Not in the format, so load fills them: the programme's issue category and DX means
  catalogues (the shipped defaults), cluster colours and board positions (none), and the
  created/updated stamps (the time of loading; a plan version keeps its ``created_at``).
"""

from __future__ import annotations

from dxworkshop.services.interchange.checker import TableRows, ValidatedDocument
from dxworkshop.services.interchange.dump import dump_document, dump_json
from dxworkshop.services.interchange.errors import InterchangeError, Problem
from dxworkshop.services.interchange.format import FORMAT, TOP_LEVEL_KEYS, VERSION
from dxworkshop.services.interchange.load import load_document, load_json, parse_json
from dxworkshop.services.interchange.validate import validate_document

__all__ = [
    "FORMAT",
    "TOP_LEVEL_KEYS",
    "VERSION",
    "InterchangeError",
    "Problem",
    "TableRows",
    "ValidatedDocument",
    "dump_document",
    "dump_json",
    "load_document",
    "load_json",
    "parse_json",
    "validate_document",
]
