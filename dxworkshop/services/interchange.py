"""The programme interchange format v1 (INTERCHANGE.md): dump a workshop file as JSON, load one.

Three parts: a **validator** (pure, no database) turns a parsed document into rows ready
to insert, with their ids, or raises :class:`InterchangeError` naming every problem by its
JSON path; a **writer** creates a new workshop file from those rows in one transaction,
one executemany per table; a **reader** dumps the live rows of a workshop file, one query
per table.

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

import datetime as dt
import difflib
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, ClassVar, Final

from sqlalchemy import Row, insert, update
from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, SQLModel, col, select

from dxworkshop.domain import enums as e
from dxworkshop.domain import limits
from dxworkshop.domain.text import unstorable_character
from dxworkshop.services import defaults
from dxworkshop.services._common import MAX_YEAR, MIN_YEAR
from dxworkshop.services.hearings import range_problems
from dxworkshop.store import models as m
from dxworkshop.store.errors import WorkshopExists
from dxworkshop.store.types import utcnow
from dxworkshop.store.workshop import Workshop

FORMAT: Final = "dxworkshop"
VERSION: Final = 1

#: The top-level keys in the order ``dump`` writes them.
TOP_LEVEL_KEYS: Final = (
    "format",
    "version",
    "programme",
    "municipalities",
    "departments",
    "people",
    "groups",
    "sessions",
    "hearing_template",
    "hearings",
    "clusters",
    "issues",
    "criteria",
    "matrix",
    "scores",
    "voting_rounds",
    "themes",
    "plans",
    "rubric",
    "feedback_rounds",
    "feedback",
    "actions",
    "check_ins",
    "measurements",
    "outcomes",
)
_TOP_LEVEL_OBJECTS: Final = ("format", "version", "programme", "hearing_template", "matrix")
_TOP_LEVEL_LISTS: Final = tuple(k for k in TOP_LEVEL_KEYS if k not in _TOP_LEVEL_OBJECTS)


# --- errors --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (a JSON path such as ``issues[3].owner``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InterchangeError(Exception):
    """A document that cannot be loaded; ``problems`` lists everything found, not just the first."""

    SHOWN: ClassVar[int] = 10

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        rest = len(self.problems) - self.SHOWN
        if rest > 0:
            lines.append(f"and {rest} more problem{'s' if rest > 1 else ''}")
        return "\n".join(lines)


# --- validator: values -------------------------------------------------------------------------


class _Invalid(Exception):
    """A value that does not fit its field; the message follows the JSON path."""


class _Marker(Enum):
    REQUIRED = "required"  # a field spec's default: the field must be given
    BAD = "bad"  # a field whose value was reported; checks that need it skip it


_REQUIRED: Final = _Marker.REQUIRED
_BAD: Final = _Marker.BAD

_INT64 = 2**63 - 1
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}.*")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CODE = re.compile(r"[0-9]{6}")
_SURROGATE = re.compile("[\ud800-\udfff]")

Parser = Callable[[Any], Any]


def _shown(value: Any) -> str:
    """A value as it appears in the JSON text, shortened; containers by their kind."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return "a very large integer"
    if value is None or isinstance(value, str | int | float | bool):
        text = json.dumps(value, ensure_ascii=False)
        if _SURROGATE.search(text):  # keep the message printable
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        return text if len(text) <= 40 else text[:39] + "…"
    return f"a Python {type(value).__name__}"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_shown(value)}")
    if not value.isascii() and _SURROGATE.search(value):
        # JSON may escape half of a UTF-16 pair ("\ud800"); the file could not store it.
        raise _Invalid(f"{_shown(value)} holds an unpaired surrogate, which is not text")
    bad = unstorable_character(value)
    if bad is not None:
        # A NUL or another control character: no Word document could show it.
        raise _Invalid(f"{_shown(value)} holds the control character {bad}, which is not text")
    return value


def _key(value: Any) -> str:
    if isinstance(value, str) and value:
        return _text(value)
    raise _Invalid(f"expected a key (a non-empty string), got {_shown(value)}")


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _Invalid(f"expected true or false, got {_shown(value)}")


def _integer(low: int = -_INT64, high: int = _INT64) -> Parser:
    def parse(value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Invalid(f"expected an integer, got {_shown(value)}")
        if not low <= value <= high:
            raise _Invalid(f"{_shown(value)} is outside {low}..{high}")
        return value

    return parse


def _number(minimum: float | None = None) -> Parser:
    """A finite number; an integer is as good as a float (bool is neither)."""

    def parse(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid(f"expected a number, got {_shown(value)}")
        try:
            number = float(value)
        except OverflowError:
            raise _Invalid(f"{_shown(value)} is too large") from None
        if not math.isfinite(number):
            raise _Invalid(f"expected a finite number, got {_shown(value)}")
        if minimum is not None and number < minimum:
            raise _Invalid(f"{_shown(value)} is below {minimum:g}")
        return number

    return parse


def _ranged(sane: limits.Range) -> Parser:
    """A number within its range (``domain.limits``, as the services check it)."""
    number = _number()

    def parse(value: Any) -> float:
        parsed: float = number(value)
        if not sane.contains(parsed):
            raise _Invalid(f"{_shown(value)} is outside {sane.describe()}")
        return parsed

    return parse


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise _Invalid(f"expected a date (YYYY-MM-DD), got {_shown(value)}")
    try:
        day = dt.date.fromisoformat(value) if _DATE.fullmatch(value) else None
    except ValueError:
        day = None
    if day is None:
        raise _Invalid(f"{_shown(value)} is not a date (YYYY-MM-DD)")
    if not MIN_YEAR <= day.year <= MAX_YEAR:  # as the services refuse it
        raise _Invalid(f"{_shown(value)} is outside the years {MIN_YEAR}–{MAX_YEAR}")
    return day


def _timestamp(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Invalid(f"expected a timestamp (ISO 8601 with offset), got {_shown(value)}")
    try:
        stamp = dt.datetime.fromisoformat(value) if _TIMESTAMP.fullmatch(value) else None
    except ValueError:
        stamp = None
    if stamp is None:
        raise _Invalid(f"{_shown(value)} is not an ISO 8601 timestamp")
    if stamp.tzinfo is None:
        raise _Invalid(f"{_shown(value)} has no UTC offset (such as +09:00)")
    return stamp


def _one_of(enum: type[StrEnum]) -> Parser:
    allowed = tuple(item.value for item in enum)

    def parse(value: Any) -> str:
        if _text(value) not in allowed:
            raise _Invalid(f"{_shown(value)} is not one of {', '.join(allowed)}")
        return str(value)

    return parse


def _list_of(item: Parser, *, unique: bool = False) -> Parser:
    def parse(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise _Invalid(f"expected a list, got {_shown(value)}")
        items = []
        for i, raw in enumerate(value):
            try:
                items.append(item(raw))
            except _Invalid as exc:
                raise _Invalid(f"item {i}: {exc}") from None
        if unique and len(set(items)) != len(items):
            twice = next(x for i, x in enumerate(items) if x in items[:i])
            raise _Invalid(f"{_shown(twice)} is given twice")
        return items

    return parse


def _nullable(parse: Parser) -> Parser:
    def parse_or_null(value: Any) -> Any:
        return None if value is None else parse(value)

    return parse_or_null


def _raw_list(value: Any) -> list[Any]:
    """A nested list whose items are checked one by one by their section."""
    if isinstance(value, list):
        return value
    raise _Invalid(f"expected a list, got {_shown(value)}")


def _raw_object(value: Any) -> dict[str, Any]:
    """A nested mapping (answers, ratings) whose entries are checked by their section."""
    if isinstance(value, dict):
        return value
    raise _Invalid(f"expected an object, got {_shown(value)}")


def _municipal_code(value: Any) -> str:
    code = _text(value)
    if code and not _CODE.fullmatch(code):
        raise _Invalid(f"{_shown(code)} is not a six-digit 団体コード")
    return code


_progress = _integer(0, 100)
_any_integer = _integer()
_opt_key = _nullable(_key)
_opt_date = _nullable(_date)
_cases = _nullable(_ranged(limits.CASES_PER_YEAR))
_minutes = _nullable(_ranged(limits.MINUTES_PER_CASE))
_people = _nullable(_ranged(limits.PEOPLE))
_measured = _nullable(_ranged(limits.MEASUREMENT))
_scale_end = _integer(int(limits.SCALE.low), int(limits.SCALE.high))
_votes = _integer(int(limits.VOTES.low), int(limits.VOTES.high))
_texts = _list_of(_text)

# --- validator: the fields of each object, in the order dump writes them -----------------------

# A field is (parser, default); the default is _REQUIRED, a value, or a factory (list, dict).
_Spec = dict[str, tuple[Parser, Any]]

_PROGRAMME: _Spec = {
    "name": (_text, _REQUIRED),
    "fiscal_year": (_nullable(_integer(MIN_YEAR, MAX_YEAR)), None),
    "organiser": (_text, ""),
    "start_date": (_opt_date, None),
    "end_date": (_opt_date, None),
    "description": (_text, ""),
}
_MUNICIPALITY: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "kana": (_text, ""),
    "code": (_municipal_code, ""),
}
_DEPARTMENT: _Spec = {
    "key": (_key, _REQUIRED),
    "municipality": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
}
_PERSON: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "kana": (_text, ""),
    "municipality": (_opt_key, None),
    "department": (_opt_key, None),
    "title": (_text, ""),
    "email": (_text, ""),
    "roles": (_list_of(_one_of(e.Role), unique=True), list),
    "supervisor": (_opt_key, None),
}
_GROUP: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "members": (_list_of(_key, unique=True), list),
}
_SESSION: _Spec = {
    "key": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "phase": (_one_of(e.Phase), _REQUIRED),
    "date": (_opt_date, None),
    "place": (_text, ""),
}
_TEMPLATE: _Spec = {"sections": (_raw_list, list)}
_SECTION: _Spec = {
    "key": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "questions": (_raw_list, list),
}
_QUESTION: _Spec = {
    "key": (_key, _REQUIRED),
    "text": (_text, _REQUIRED),
    "kind": (_one_of(e.QuestionKind), _REQUIRED),
    "choices": (_texts, list),
}
_HEARING: _Spec = {
    "key": (_key, _REQUIRED),
    "municipality": (_key, _REQUIRED),
    "department": (_opt_key, None),
    "date": (_opt_date, None),
    "interviewer": (_opt_key, None),
    "attendees": (_text, ""),
    "status": (_one_of(e.HearingStatus), e.HearingStatus.PLANNED.value),
    "notes": (_text, ""),
    "answers": (_raw_object, dict),
    "findings": (_raw_list, list),
}
_FINDING: _Spec = {"key": (_key, _REQUIRED), "text": (_text, _REQUIRED)}
_CLUSTER: _Spec = {
    "key": (_key, _REQUIRED),
    "label": (_text, ""),
    "parent": (_opt_key, None),
}
_ISSUE: _Spec = {
    "key": (_key, _REQUIRED),
    "owner": (_opt_key, None),
    "municipality": (_opt_key, None),
    "group": (_opt_key, None),
    "title": (_text, _REQUIRED),
    "process": (_text, ""),
    "description": (_text, ""),
    "categories": (_texts, list),
    "cases_per_year": (_cases, None),
    "minutes_per_case": (_minutes, None),
    "people": (_people, None),
    "source": (_one_of(e.IssueSource), e.IssueSource.WORKSHOP.value),
    "finding": (_opt_key, None),
    "status": (_one_of(e.IssueStatus), e.IssueStatus.CANDIDATE.value),
    "cluster": (_opt_key, None),
}
_CRITERION: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "weight": (_ranged(limits.WEIGHT), 1.0),
    "min": (_scale_end, 1),
    "max": (_scale_end, 5),
    "higher_is_better": (_boolean, True),
    "gate": (_boolean, False),
}
_MATRIX: _Spec = {"x": (_opt_key, None), "y": (_opt_key, None)}
_SCORE: _Spec = {
    "issue": (_key, _REQUIRED),
    "criterion": (_key, _REQUIRED),
    "rater": (_opt_key, None),
    "value": (_integer(), _REQUIRED),
}
_VOTING_ROUND: _Spec = {
    "key": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "votes_per_person": (_votes, 3),
    "max_per_issue": (_votes, 1),
    "votes": (_raw_list, list),
}
_VOTE: _Spec = {
    "voter": (_key, _REQUIRED),
    "issue": (_key, _REQUIRED),
    "count": (_integer(1), 1),
}
_THEME: _Spec = {"trainee": (_key, _REQUIRED), "issue": (_key, _REQUIRED)}
_PLAN: _Spec = {
    "key": (_key, _REQUIRED),
    "issue": (_key, _REQUIRED),
    "trainee": (_key, _REQUIRED),
    "versions": (_raw_list, list),
}
_VERSION: _Spec = {
    "number": (_integer(1), _REQUIRED),
    "created_at": (_timestamp, None),  # None: the time of loading
    "reason": (_text, ""),
    "target_process": (_text, ""),
    "current_state": (_text, ""),
    "problems": (_text, ""),
    "root_cause": (_text, ""),
    "solution": (_text, ""),
    "ecrs": (_list_of(_one_of(e.Ecrs), unique=True), list),
    "dx_means": (_texts, list),
    "goal": (_text, ""),
    "kpi": (_text, ""),
    "steps": (_raw_list, list),
    "after_cases_per_year": (_cases, None),
    "after_minutes_per_case": (_minutes, None),
    "after_people": (_people, None),
    "risks": (_text, ""),
    "support_needed": (_text, ""),
}
_STEP: _Spec = {"what": (_text, ""), "who": (_text, ""), "due": (_opt_date, None)}
_RUBRIC_ITEM: _Spec = {
    "key": (_key, _REQUIRED),
    "name": (_text, _REQUIRED),
    "min": (_scale_end, 1),
    "max": (_scale_end, 5),
}
_FEEDBACK_ROUND: _Spec = {
    "key": (_key, _REQUIRED),
    "number": (_integer(1), _REQUIRED),
    "title": (_text, _REQUIRED),
    "due": (_opt_date, None),
}
_FEEDBACK: _Spec = {
    "round": (_key, _REQUIRED),
    "plan": (_key, _REQUIRED),
    "version": (_integer(1), _REQUIRED),
    "reviewer": (_key, _REQUIRED),
    "role": (_one_of(e.ReviewerRole), _REQUIRED),
    "ratings": (_raw_object, dict),
    "good_points": (_text, ""),
    "improvements": (_text, ""),
    "support": (_text, ""),
    "decision": (_nullable(_one_of(e.Decision)), None),
    "status": (_one_of(e.FeedbackStatus), e.FeedbackStatus.REQUESTED.value),
    "response": (_text, ""),
    "addressed_in_version": (_nullable(_integer(1)), None),
}
_ACTION: _Spec = {
    "key": (_key, _REQUIRED),
    "plan": (_key, _REQUIRED),
    "title": (_text, _REQUIRED),
    "owner": (_opt_key, None),
    "due": (_opt_date, None),
    "status": (_one_of(e.ActionStatus), e.ActionStatus.TODO.value),
    "progress": (_progress, 0),
}
_CHECK_IN: _Spec = {
    "plan": (_key, _REQUIRED),
    "date": (_date, _REQUIRED),
    "progress": (_progress, 0),
    "note": (_text, ""),
    "obstacles": (_text, ""),
    "support_needed": (_text, ""),
}
_MEASUREMENT: _Spec = {
    "plan": (_key, _REQUIRED),
    "metric": (_text, _REQUIRED),
    "baseline": (_measured, None),
    "target": (_measured, None),
    "actual": (_measured, None),
    "date": (_opt_date, None),
}
_OUTCOME: _Spec = {
    "plan": (_key, _REQUIRED),
    "hours_saved_per_year": (_nullable(_ranged(limits.HOURS_SAVED_PER_YEAR)), None),
    "effects": (_text, ""),
    "spread_potential": (_text, ""),
}


# --- validator: the document ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TableRows:
    """Rows of one table as plain dicts, every dict with the same keys (one executemany)."""

    model: type[SQLModel]
    rows: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ValidatedDocument:
    """A document that passed every check, as rows with their ids, in foreign-key order.

    ``links`` are the self-references (a person's supervisor, a cluster's parent), set by
    primary key once every row exists, so their order in the file does not matter.
    """

    programme: dict[str, Any]
    inserts: tuple[TableRows, ...]
    links: tuple[TableRows, ...]

    def count(self, model: type[SQLModel]) -> int:
        if model is m.Programme:
            return 1
        return sum(len(t.rows) for t in self.inserts if t.model is model)


# Insert order: every table after those it refers to.
_INSERT_ORDER: Final[tuple[type[SQLModel], ...]] = (
    m.Municipality,
    m.Department,
    m.Person,
    m.PersonRole,
    m.WorkGroup,
    m.GroupMember,
    m.TrainingSession,
    m.HearingSection,
    m.HearingQuestion,
    m.Hearing,
    m.HearingAnswer,
    m.Finding,
    m.Cluster,
    m.Issue,
    m.Criterion,
    m.MatrixAxes,
    m.Score,
    m.VotingRound,
    m.Vote,
    m.Theme,
    m.Plan,
    m.PlanVersion,
    m.PlanStep,
    m.RubricItem,
    m.FeedbackRound,
    m.Feedback,
    m.FeedbackRating,
    m.ActionItem,
    m.CheckIn,
    m.Measurement,
    m.Outcome,
)


def _join(path: str, name: str) -> str:
    if _NAME.fullmatch(name):
        return f"{path}.{name}" if path else name
    return f"{path}[{json.dumps(name, ensure_ascii=False)}]"


def _assign_ids(keys: Sequence[str], prefix: str | None) -> dict[str, int]:
    """Row ids for a list's keys: the number in ``prefix + id`` keys, else the list position."""
    if prefix is not None:
        pattern = re.compile(re.escape(prefix) + r"([1-9][0-9]{0,17})")
        ids: dict[str, int] = {}
        for key in keys:
            match = pattern.fullmatch(key)
            if match is None:
                break
            ids[key] = int(match.group(1))
        else:
            return ids
    return {key: n for n, key in enumerate(keys, 1)}


class _Keys:
    """The keys of one kind of object: the path that defines each and its row id."""

    def __init__(self, noun: str, prefix: str | None) -> None:
        self.noun = noun
        self.prefix = prefix
        self.defined_at: dict[str, str] = {}
        self.ids: dict[str, int] = {}


@dataclass(frozen=True, slots=True)
class _Question:
    id: int
    kind: str
    choices: list[str]


Entries = list[tuple[str, Any]]  # (JSON path, raw object) of each item of a list


class _Validator:
    """Checks a whole document and builds its rows; nothing here touches a database."""

    def __init__(self) -> None:
        self.now = utcnow()  # created_at of a plan version the document gives none
        self.problems: list[Problem] = []
        self.rows: dict[type[SQLModel], list[dict[str, Any]]] = {t: [] for t in _INSERT_ORDER}
        self.links: dict[type[SQLModel], list[dict[str, Any]]] = {m.Person: [], m.Cluster: []}
        self.municipality = _Keys("municipality", "m")
        self.department = _Keys("department", "d")
        self.person = _Keys("person", "p")
        self.group = _Keys("group", "g")
        self.training_session = _Keys("session", "s")
        self.section = _Keys("section", "sec")
        self.question = _Keys("question", "q")
        self.hearing = _Keys("hearing", "h")
        self.finding = _Keys("finding", "f")
        self.cluster = _Keys("cluster", "c")
        self.issue = _Keys("issue", "i")
        self.criterion = _Keys("criterion", None)  # the key is the criterion's code
        self.voting_round = _Keys("voting round", "v")
        self.plan = _Keys("plan", "pl")
        self.rubric_item = _Keys("rubric item", "r")
        self.feedback_round = _Keys("feedback round", "fr")
        self.action = _Keys("action", "a")
        # What later checks need to know about objects already seen.
        self.questions: dict[str, _Question] = {}
        self.criterion_range: dict[str, tuple[int, int]] = {}
        self.rubric_range: dict[str, tuple[int, int]] = {}
        self.plan_versions: dict[str, dict[int, int]] = {}

    # -- helpers ------------------------------------------------------------------------------

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def add(self, model: type[SQLModel], **row: Any) -> None:
        self.rows[model].append(row)

    def fields(self, path: str, value: Any, spec: _Spec) -> dict[str, Any] | None:
        """The parsed fields of one object (_BAD where reported), or None if it is no object."""
        if not isinstance(value, dict):
            self.problem(path, f"expected an object, got {_shown(value)}")
            return None
        self._duplicate_names(path, value)
        for name in value:
            if name not in spec:
                close = difflib.get_close_matches(str(name), spec, n=1)
                hint = f'; did you mean "{close[0]}"?' if close else ""
                self.problem(_join(path, str(name)), "unknown field" + hint)
        parsed: dict[str, Any] = {}
        for name, (parse, default) in spec.items():
            if name in value:
                try:
                    parsed[name] = parse(value[name])
                except _Invalid as exc:
                    self.problem(_join(path, name), str(exc))
                    parsed[name] = _BAD
            elif default is _REQUIRED:
                self.problem(_join(path, name), "missing required field")
                parsed[name] = _BAD
            else:
                parsed[name] = default() if callable(default) else default
        return parsed

    def _duplicate_names(self, path: str, value: dict[str, Any]) -> None:
        for name in getattr(value, "duplicate_names", ()):
            self.problem(_join(path, name), "given twice in the same object")

    def entries(self, path: str, value: Any) -> Entries:
        if not isinstance(value, list):
            return []  # reported by the parser of the field holding it
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)]

    def top(self, doc: dict[str, Any], name: str) -> Entries:
        """The items of a top-level list; absent means empty."""
        if name not in doc:
            return []
        if not isinstance(doc[name], list):
            self.problem(name, f"expected a list, got {_shown(doc[name])}")
            return []
        return self.entries(name, doc[name])

    def nested(self, entries: Entries, name: str) -> Entries:
        """The items of list ``name`` inside each object of ``entries``."""
        found: Entries = []
        for path, obj in entries:
            if isinstance(obj, dict):
                found.extend(self.entries(_join(path, name), obj.get(name)))
        return found

    def register(self, keys: _Keys, entries: Entries) -> None:
        """Collect the keys of a list before any reference is resolved (they may point forward)."""
        found: list[str] = []
        for path, obj in entries:
            key = obj.get("key") if isinstance(obj, dict) else None
            if not isinstance(key, str) or not key:
                continue  # the object's own check reports it
            if key in keys.defined_at:
                self.problem(f"{path}.key", f'duplicate key "{key}" (also {keys.defined_at[key]})')
            else:
                keys.defined_at[key] = path
                found.append(key)
        keys.ids = _assign_ids(found, keys.prefix)

    def ref(self, path: str, keys: _Keys, key: Any) -> int | None:
        """The row id a reference stands for; None for null, for _BAD and for a dangling key."""
        if key is None or key is _BAD:
            return None
        rid = keys.ids.get(key)
        if rid is None:
            self.problem(path, f'no {keys.noun} "{key}"')
        return rid

    def own_id(self, keys: _Keys, key: Any) -> int:
        # A bad or duplicate key has been reported; 0 marks a row that is never written.
        return keys.ids.get(key, 0) if isinstance(key, str) else 0

    # -- the document ---------------------------------------------------------------------------

    def run(self, doc: Any) -> ValidatedDocument:
        if not isinstance(doc, dict):
            raise InterchangeError([Problem("", f"expected a JSON object, got {_shown(doc)}")])
        self._header(doc)
        if self.problems:  # another format or version: the rest cannot be read as v1
            raise InterchangeError(self.problems)
        self._duplicate_names("", doc)
        for name in doc:
            if name not in TOP_LEVEL_KEYS:
                close = difflib.get_close_matches(str(name), TOP_LEVEL_KEYS, n=1)
                hint = f'; did you mean "{close[0]}"?' if close else ""
                self.problem(_join("", str(name)), "unknown top-level key" + hint)

        template = doc.get("hearing_template", {})
        template_fields = self.fields("hearing_template", template, _TEMPLATE)
        sections = self.entries(
            "hearing_template.sections", (template_fields or {}).get("sections")
        )
        questions = self.nested(sections, "questions")
        lists = {name: self.top(doc, name) for name in _TOP_LEVEL_LISTS}
        hearings = lists["hearings"]
        findings = self.nested(hearings, "findings")
        for keys, entries in (
            (self.municipality, lists["municipalities"]),
            (self.department, lists["departments"]),
            (self.person, lists["people"]),
            (self.group, lists["groups"]),
            (self.training_session, lists["sessions"]),
            (self.section, sections),
            (self.question, questions),
            (self.hearing, hearings),
            (self.finding, findings),
            (self.cluster, lists["clusters"]),
            (self.issue, lists["issues"]),
            (self.criterion, lists["criteria"]),
            (self.voting_round, lists["voting_rounds"]),
            (self.plan, lists["plans"]),
            (self.rubric_item, lists["rubric"]),
            (self.feedback_round, lists["feedback_rounds"]),
            (self.action, lists["actions"]),
        ):
            self.register(keys, entries)

        programme = self._programme(doc)
        self._municipalities(lists["municipalities"])
        self._departments(lists["departments"])
        self._people(lists["people"])
        self._groups(lists["groups"])
        self._sessions(lists["sessions"])
        self._template(sections)
        self._hearings(hearings)
        self._clusters(lists["clusters"])
        self._issues(lists["issues"])
        self._criteria(lists["criteria"])
        self._matrix(doc)
        self._scores(lists["scores"])
        self._voting_rounds(lists["voting_rounds"])
        self._themes(lists["themes"])
        self._plans(lists["plans"])
        self._rubric(lists["rubric"])
        self._feedback_rounds(lists["feedback_rounds"])
        self._feedback(lists["feedback"])
        self._actions(lists["actions"])
        self._check_ins(lists["check_ins"])
        self._measurements(lists["measurements"])
        self._outcomes(lists["outcomes"])
        if self.problems:
            raise InterchangeError(self.problems)
        return ValidatedDocument(
            programme=programme,
            inserts=tuple(TableRows(t, self.rows[t]) for t in _INSERT_ORDER),
            links=tuple(TableRows(t, rows) for t, rows in self.links.items()),
        )

    def _header(self, doc: dict[str, Any]) -> None:
        if "format" not in doc:
            self.problem("format", f'missing; a dxworkshop document has "format": "{FORMAT}"')
        elif doc["format"] != FORMAT:
            self.problem("format", f'{_shown(doc["format"])} is not "{FORMAT}"')
        version = doc.get("version")
        if "version" not in doc:
            self.problem("version", f"missing; this dxworkshop reads version {VERSION}")
        elif not isinstance(version, int) or isinstance(version, bool):
            self.problem("version", f"expected an integer, got {_shown(version)}")
        elif version != VERSION:
            self.problem(
                "version", f"version {version} is not supported; this dxworkshop reads {VERSION}"
            )

    # -- setup ----------------------------------------------------------------------------------

    def _programme(self, doc: dict[str, Any]) -> dict[str, Any]:
        f = self.fields("programme", doc["programme"], _PROGRAMME) if "programme" in doc else None
        if f is None:
            f = {
                name: "" if default is _REQUIRED else default
                for name, (_, default) in _PROGRAMME.items()
            }
        return {"id": 1, **f}

    def _unique(self, seen: dict[Any, str], value: Any, path: str, what: str) -> None:
        """The rules the app's own edits keep: *what* is given once (first at ``seen``)."""
        if value is _BAD or (isinstance(value, tuple) and _BAD in value):
            return  # already reported
        if value in seen:
            self.problem(path, f"{what} is given twice (also {seen[value]})")
        else:
            seen[value] = path

    def _municipalities(self, entries: Entries) -> None:
        names: dict[Any, str] = {}
        codes: dict[Any, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _MUNICIPALITY)
            if f is not None:
                mid = self.own_id(self.municipality, f["key"])
                self._unique(names, f["name"], f"{path}.name", f'the municipality "{f["name"]}"')
                if f["code"]:
                    self._unique(codes, f["code"], f"{path}.code", f"団体コード {f['code']}")
                self.add(m.Municipality, id=mid, name=f["name"], kana=f["kana"], code=f["code"])

    def _departments(self, entries: Entries) -> None:
        names: dict[Any, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _DEPARTMENT)
            if f is not None:
                self._unique(
                    names,
                    (f["municipality"], f["name"]),
                    f"{path}.name",
                    f'the department "{f["name"]}" of "{f["municipality"]}"',
                )
                self.add(
                    m.Department,
                    id=self.own_id(self.department, f["key"]),
                    municipality_id=self.ref(
                        f"{path}.municipality", self.municipality, f["municipality"]
                    ),
                    name=f["name"],
                )

    def _people(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _PERSON)
            if f is None:
                continue
            pid = self.own_id(self.person, f["key"])
            self.add(
                m.Person,
                id=pid,
                name=f["name"],
                kana=f["kana"],
                municipality_id=self.ref(
                    f"{path}.municipality", self.municipality, f["municipality"]
                ),
                department_id=self.ref(f"{path}.department", self.department, f["department"]),
                title=f["title"],
                email=f["email"],
                supervisor_id=None,
            )
            supervisor = self.ref(f"{path}.supervisor", self.person, f["supervisor"])
            if supervisor is not None and supervisor == pid:
                self.problem(f"{path}.supervisor", "a person cannot be their own supervisor")
            elif supervisor is not None:
                self.links[m.Person].append({"id": pid, "supervisor_id": supervisor})
            for role in f["roles"] if f["roles"] is not _BAD else ():
                self.add(m.PersonRole, person_id=pid, role=role)

    def _groups(self, entries: Entries) -> None:
        for position, (path, obj) in enumerate(entries):
            f = self.fields(path, obj, _GROUP)
            if f is None:
                continue
            gid = self.own_id(self.group, f["key"])
            self.add(m.WorkGroup, id=gid, name=f["name"], position=position)
            for i, member in enumerate(f["members"] if f["members"] is not _BAD else ()):
                pid = self.ref(f"{path}.members[{i}]", self.person, member)
                self.add(m.GroupMember, group_id=gid, person_id=pid)

    def _sessions(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _SESSION)
            if f is not None:
                self.add(
                    m.TrainingSession,
                    id=self.own_id(self.training_session, f["key"]),
                    title=f["title"],
                    phase=f["phase"],
                    date=f["date"],
                    place=f["place"],
                )

    # -- hearing --------------------------------------------------------------------------------

    def _template(self, sections: Entries) -> None:
        for spos, (spath, sobj) in enumerate(sections):
            s = self.fields(spath, sobj, _SECTION)
            if s is None:
                continue
            sid = self.own_id(self.section, s["key"])
            self.add(m.HearingSection, id=sid, title=s["title"], position=spos)
            questions = self.entries(f"{spath}.questions", s["questions"])
            for qpos, (qpath, qobj) in enumerate(questions):
                q = self.fields(qpath, qobj, _QUESTION)
                if q is None:
                    continue
                qid = self.own_id(self.question, q["key"])
                self.add(
                    m.HearingQuestion,
                    id=qid,
                    section_id=sid,
                    text=q["text"],
                    kind=q["kind"],
                    choices=q["choices"],
                    position=qpos,
                )
                if qid and q["kind"] is not _BAD and q["choices"] is not _BAD:
                    self.questions[q["key"]] = _Question(qid, q["kind"], q["choices"])

    def _hearings(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _HEARING)
            if f is None:
                continue
            hid = self.own_id(self.hearing, f["key"])
            self.add(
                m.Hearing,
                id=hid,
                municipality_id=self.ref(
                    f"{path}.municipality", self.municipality, f["municipality"]
                ),
                department_id=self.ref(f"{path}.department", self.department, f["department"]),
                date=f["date"],
                interviewer_id=self.ref(f"{path}.interviewer", self.person, f["interviewer"]),
                attendees=f["attendees"],
                status=f["status"],
                notes=f["notes"],
            )
            if f["answers"] is not _BAD:
                self._duplicate_names(f"{path}.answers", f["answers"])
                for qkey, value in f["answers"].items():
                    self._answer(_join(f"{path}.answers", str(qkey)), hid, qkey, value)
            findings = self.entries(f"{path}.findings", f["findings"])
            for position, (fpath, fobj) in enumerate(findings):
                finding = self.fields(fpath, fobj, _FINDING)
                if finding is not None:
                    self.add(
                        m.Finding,
                        id=self.own_id(self.finding, finding["key"]),
                        hearing_id=hid,
                        text=finding["text"],
                        position=position,
                    )

    def _answer(self, path: str, hearing_id: int, question_key: str, value: Any) -> None:
        question = self.questions.get(question_key)
        if question is None:
            if question_key not in self.question.ids:
                self.problem(path, f'no question "{question_key}"')
            return
        try:
            if value is not None:
                _check_answer(question, value)
        except _Invalid as exc:
            self.problem(path, str(exc))
        self.add(m.HearingAnswer, hearing_id=hearing_id, question_id=question.id, value=value)

    # -- issues -----------------------------------------------------------------------------------

    def _clusters(self, entries: Entries) -> None:
        parent_of: dict[int, int] = {}
        placed: list[tuple[str, int]] = []
        for path, obj in entries:
            f = self.fields(path, obj, _CLUSTER)
            if f is None:
                continue
            cid = self.own_id(self.cluster, f["key"])
            self.add(m.Cluster, id=cid, label=f["label"], parent_id=None)
            parent = self.ref(f"{path}.parent", self.cluster, f["parent"])
            if parent is not None and cid:
                parent_of[cid] = parent
                placed.append((path, cid))
                self.links[m.Cluster].append({"id": cid, "parent_id": parent})
        key_of = {rid: key for key, rid in self.cluster.ids.items()}
        on_a_cycle: set[int] = set()
        for path, cid in placed:
            if cid in on_a_cycle:
                continue
            chain = [cid]
            node = parent_of.get(cid)
            while node is not None and node not in chain:
                chain.append(node)
                node = parent_of.get(node)
            if node == cid:
                on_a_cycle.update(chain)
                names = " → ".join(f'"{key_of[n]}"' for n in [*chain, cid])
                self.problem(f"{path}.parent", f"clusters nest in a cycle: {names}")

    def _issues(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _ISSUE)
            if f is None:
                continue
            self.add(
                m.Issue,
                id=self.own_id(self.issue, f["key"]),
                owner_id=self.ref(f"{path}.owner", self.person, f["owner"]),
                municipality_id=self.ref(
                    f"{path}.municipality", self.municipality, f["municipality"]
                ),
                group_id=self.ref(f"{path}.group", self.group, f["group"]),
                title=f["title"],
                process=f["process"],
                description=f["description"],
                categories=f["categories"],
                cases_per_year=f["cases_per_year"],
                minutes_per_case=f["minutes_per_case"],
                people=f["people"],
                source=f["source"],
                finding_id=self.ref(f"{path}.finding", self.finding, f["finding"]),
                status=f["status"],
                cluster_id=self.ref(f"{path}.cluster", self.cluster, f["cluster"]),
            )

    # -- prioritisation -------------------------------------------------------------------------

    def _range(self, path: str, f: dict[str, Any]) -> tuple[int, int] | None:
        low, high = f["min"], f["max"]
        if low is _BAD or high is _BAD:
            return None
        if low > high:
            self.problem(f"{path}.max", f"max {high} is below min {low}")
            return None
        return low, high

    def _criteria(self, entries: Entries) -> None:
        for position, (path, obj) in enumerate(entries):
            f = self.fields(path, obj, _CRITERION)
            if f is None:
                continue
            span = self._range(path, f)
            if span is not None and f["key"] is not _BAD:
                self.criterion_range[f["key"]] = span
            self.add(
                m.Criterion,
                id=self.own_id(self.criterion, f["key"]),
                code=f["key"],
                name=f["name"],
                weight=f["weight"],
                min=f["min"],
                max=f["max"],
                higher_is_better=f["higher_is_better"],
                gate=f["gate"],
                position=position,
            )

    def _matrix(self, doc: dict[str, Any]) -> None:
        f = self.fields("matrix", doc["matrix"], _MATRIX) if "matrix" in doc else None
        f = f or {"x": None, "y": None}
        self.add(
            m.MatrixAxes,
            id=1,
            x_criterion_id=self.ref("matrix.x", self.criterion, f["x"]),
            y_criterion_id=self.ref("matrix.y", self.criterion, f["y"]),
        )

    def _scores(self, entries: Entries) -> None:
        seen: dict[tuple[str, str, str | None], str] = {}
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _SCORE)
            if f is None:
                continue
            value, code = f["value"], f["criterion"]
            span = self.criterion_range.get(code) if code is not _BAD else None
            if span is not None and value is not _BAD and not span[0] <= value <= span[1]:
                self.problem(
                    f"{path}.value",
                    f'{value} is outside {span[0]}..{span[1]} of criterion "{code}"',
                )
            triple = (f["issue"], code, f["rater"])
            if _BAD not in triple:
                if triple in seen:
                    self.problem(
                        path,
                        f"a second score for this issue, criterion and rater (also {seen[triple]})",
                    )
                seen.setdefault(triple, path)
            self.add(
                m.Score,
                id=n,
                issue_id=self.ref(f"{path}.issue", self.issue, f["issue"]),
                criterion_id=self.ref(f"{path}.criterion", self.criterion, code),
                rater_id=self.ref(f"{path}.rater", self.person, f["rater"]),
                value=value,
            )

    def _voting_rounds(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _VOTING_ROUND)
            if f is None:
                continue
            vid = self.own_id(self.voting_round, f["key"])
            self.add(
                m.VotingRound,
                id=vid,
                title=f["title"],
                votes_per_person=f["votes_per_person"],
                max_per_issue=f["max_per_issue"],
            )
            cap, per_person = f["max_per_issue"], f["votes_per_person"]
            seen: dict[tuple[str, str], str] = {}
            totals: dict[str, int] = {}
            for vpath, vobj in self.entries(f"{path}.votes", f["votes"]):
                vote = self.fields(vpath, vobj, _VOTE)
                if vote is None:
                    continue
                voter, issue, count = vote["voter"], vote["issue"], vote["count"]
                if count is not _BAD and cap is not _BAD and count > cap:
                    self.problem(
                        f"{vpath}.count", f"{count} votes for one issue; this round allows {cap}"
                    )
                if voter is not _BAD and issue is not _BAD:
                    if (voter, issue) in seen:
                        self.problem(
                            vpath,
                            "a second vote of this voter for this issue"
                            f" (also {seen[voter, issue]})",
                        )
                    seen.setdefault((voter, issue), vpath)
                if voter is not _BAD and count is not _BAD:
                    totals[voter] = totals.get(voter, 0) + count
                self.add(
                    m.Vote,
                    round_id=vid,
                    voter_id=self.ref(f"{vpath}.voter", self.person, voter),
                    issue_id=self.ref(f"{vpath}.issue", self.issue, issue),
                    count=count,
                )
            for voter, total in totals.items():
                if per_person is not _BAD and total > per_person:
                    self.problem(
                        f"{path}.votes",
                        f'"{voter}" casts {total} votes; this round allows {per_person} per person',
                    )

    def _themes(self, entries: Entries) -> None:
        seen: dict[str, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _THEME)
            if f is None:
                continue
            trainee = f["trainee"]
            if trainee is not _BAD:
                if trainee in seen:
                    self.problem(
                        f"{path}.trainee", f'"{trainee}" already has a theme ({seen[trainee]})'
                    )
                seen.setdefault(trainee, path)
            self.add(
                m.Theme,
                trainee_id=self.ref(f"{path}.trainee", self.person, trainee),
                issue_id=self.ref(f"{path}.issue", self.issue, f["issue"]),
            )

    # -- plans ------------------------------------------------------------------------------------

    def _plans(self, entries: Entries) -> None:
        for path, obj in entries:
            f = self.fields(path, obj, _PLAN)
            if f is None:
                continue
            pid = self.own_id(self.plan, f["key"])
            self.add(
                m.Plan,
                id=pid,
                issue_id=self.ref(f"{path}.issue", self.issue, f["issue"]),
                trainee_id=self.ref(f"{path}.trainee", self.person, f["trainee"]),
            )
            numbers: dict[int, int] = {}
            where: dict[int, str] = {}
            for vpath, vobj in self.entries(f"{path}.versions", f["versions"]):
                v = self.fields(vpath, vobj, _VERSION)
                if v is None:
                    continue
                version_id = len(self.rows[m.PlanVersion]) + 1
                number = v["number"]
                if number is not _BAD:
                    if number in numbers:
                        self.problem(
                            f"{vpath}.number", f"version {number} again (also {where[number]})"
                        )
                    else:
                        numbers[number], where[number] = version_id, vpath
                steps = self.entries(f"{vpath}.steps", v.pop("steps"))
                created_at = v.pop("created_at") or self.now
                self.add(m.PlanVersion, **v, id=version_id, plan_id=pid, created_at=created_at)
                for position, (step_path, step_obj) in enumerate(steps):
                    step = self.fields(step_path, step_obj, _STEP)
                    if step is not None:
                        self.add(
                            m.PlanStep,
                            **step,
                            id=len(self.rows[m.PlanStep]) + 1,
                            version_id=version_id,
                            position=position,
                        )
            if f["key"] is not _BAD:
                self.plan_versions.setdefault(f["key"], numbers)

    # -- feedback ---------------------------------------------------------------------------------

    def _rubric(self, entries: Entries) -> None:
        for position, (path, obj) in enumerate(entries):
            f = self.fields(path, obj, _RUBRIC_ITEM)
            if f is None:
                continue
            span = self._range(path, f)
            if span is not None and f["key"] is not _BAD:
                self.rubric_range[f["key"]] = span
            self.add(
                m.RubricItem,
                id=self.own_id(self.rubric_item, f["key"]),
                name=f["name"],
                min=f["min"],
                max=f["max"],
                position=position,
            )

    def _feedback_rounds(self, entries: Entries) -> None:
        numbers: dict[Any, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _FEEDBACK_ROUND)
            if f is not None:
                self._unique(numbers, f["number"], f"{path}.number", f"round {f['number']}")
                self.add(
                    m.FeedbackRound,
                    id=self.own_id(self.feedback_round, f["key"]),
                    number=f["number"],
                    title=f["title"],
                    due=f["due"],
                )

    def _version_id(self, path: str, plan: Any, number: Any) -> int | None:
        versions = self.plan_versions.get(plan) if plan is not _BAD else None
        if versions is None or number is None or number is _BAD:
            return None
        if number not in versions:
            self.problem(path, f'plan "{plan}" has no version {number}')
        return versions.get(number)

    def _feedback(self, entries: Entries) -> None:
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _FEEDBACK)
            if f is None:
                continue
            self.ref(f"{path}.plan", self.plan, f["plan"])
            self.add(
                m.Feedback,
                id=n,
                round_id=self.ref(f"{path}.round", self.feedback_round, f["round"]),
                plan_version_id=self._version_id(f"{path}.version", f["plan"], f["version"]),
                reviewer_id=self.ref(f"{path}.reviewer", self.person, f["reviewer"]),
                role=f["role"],
                good_points=f["good_points"],
                improvements=f["improvements"],
                support=f["support"],
                decision=f["decision"],
                status=f["status"],
                response=f["response"],
                addressed_in_version_id=self._version_id(
                    f"{path}.addressed_in_version", f["plan"], f["addressed_in_version"]
                ),
            )
            if f["ratings"] is _BAD:
                continue
            self._duplicate_names(f"{path}.ratings", f["ratings"])
            for item, value in f["ratings"].items():
                rpath = _join(f"{path}.ratings", str(item))
                item_id = self.ref(rpath, self.rubric_item, item)
                try:
                    rating = _any_integer(value)
                except _Invalid as exc:
                    self.problem(rpath, str(exc))
                    continue
                span = self.rubric_range.get(item)
                if span is not None and not span[0] <= rating <= span[1]:
                    self.problem(
                        rpath, f'{rating} is outside {span[0]}..{span[1]} of rubric item "{item}"'
                    )
                self.add(m.FeedbackRating, feedback_id=n, rubric_item_id=item_id, value=rating)

    # -- practice -------------------------------------------------------------------------------

    def _actions(self, entries: Entries) -> None:
        positions: dict[str, int] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _ACTION)
            if f is None:
                continue
            plan = f["plan"]
            position = positions.get(plan, 0) if plan is not _BAD else 0
            positions[plan] = position + 1
            self.add(
                m.ActionItem,
                id=self.own_id(self.action, f["key"]),
                plan_id=self.ref(f"{path}.plan", self.plan, plan),
                title=f["title"],
                owner_id=self.ref(f"{path}.owner", self.person, f["owner"]),
                due=f["due"],
                status=f["status"],
                progress=f["progress"],
                position=position,
            )

    def _check_ins(self, entries: Entries) -> None:
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _CHECK_IN)
            if f is not None:
                plan = f.pop("plan")
                self.add(m.CheckIn, **f, id=n, plan_id=self.ref(f"{path}.plan", self.plan, plan))

    def _measurements(self, entries: Entries) -> None:
        for n, (path, obj) in enumerate(entries, 1):
            f = self.fields(path, obj, _MEASUREMENT)
            if f is not None:
                plan = f.pop("plan")
                self.add(
                    m.Measurement, **f, id=n, plan_id=self.ref(f"{path}.plan", self.plan, plan)
                )

    def _outcomes(self, entries: Entries) -> None:
        seen: dict[str, str] = {}
        for path, obj in entries:
            f = self.fields(path, obj, _OUTCOME)
            if f is None:
                continue
            plan = f.pop("plan")
            if plan is not _BAD:
                if plan in seen:
                    self.problem(
                        f"{path}.plan", f'plan "{plan}" already has an outcome ({seen[plan]})'
                    )
                seen.setdefault(plan, path)
            self.add(m.Outcome, **f, plan_id=self.ref(f"{path}.plan", self.plan, plan))


def _is_number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and (isinstance(value, int) or math.isfinite(value))
    )


def _check_answer(question: _Question, value: Any) -> None:
    """Raise _Invalid unless ``value`` fits the question (see the module docstring)."""
    kind, choices = question.kind, question.choices
    if kind == e.QuestionKind.TEXT:
        _text(value)
    elif kind == e.QuestionKind.CHOICE:
        if _text(value) not in choices:
            raise _Invalid(f"{_shown(value)} is not one of the question's choices")
    elif kind == e.QuestionKind.SCALE:
        _integer(0, len(choices) - 1)(value) if choices else _no_scale(value)
    elif kind == e.QuestionKind.NUMBER:
        if not _is_number(value):
            raise _Invalid(f"expected a finite number, got {_shown(value)}")
        if not limits.ANSWER_NUMBER.contains(value):
            raise _Invalid(f"{_shown(value)} is outside {limits.ANSWER_NUMBER.describe()}")
    elif kind == e.QuestionKind.TABLE:
        if not isinstance(value, list):
            raise _Invalid(f"expected a list of rows, got {_shown(value)}")
        for i, row in enumerate(value):
            if not isinstance(row, list) or len(row) != len(choices):
                raise _Invalid(f"row {i}: expected a list of {len(choices)} cells, one per column")
            for j, cell in enumerate(row):
                if isinstance(cell, str):
                    _text(cell)
                elif cell is not None and not limits.ANSWER_NUMBER.contains(cell):
                    raise _Invalid(
                        f"row {i}, cell {j}: expected a string, a number or null,"
                        f" got {_shown(cell)}"
                    )
        # A workload column (件数, 分, 人) holds what becomes an issue: its range applies.
        for problem in range_problems(choices, value):
            raise _Invalid(
                f"row {problem.row - 1}, cell {problem.column} ({problem.column_name}): "
                f"{_shown(problem.value)} is outside {problem.range.describe()}"
            )


def _no_scale(value: Any) -> None:
    raise _Invalid(f"the question has no scale labels, so {_shown(value)} cannot be an answer")


def validate_document(doc: Any) -> ValidatedDocument:
    """Check a parsed document completely, without a database.

    Raises InterchangeError listing every problem found, each with its JSON path.
    """
    return _Validator().run(doc)


# --- writer (load) -----------------------------------------------------------------------------


class _JsonObject(dict[str, Any]):
    """A JSON object in which a name was given twice (json keeps only the last value)."""

    duplicate_names: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    given = Counter(name for name, _ in pairs)
    flagged = _JsonObject(obj)
    flagged.duplicate_names = tuple(name for name, n in given.items() if n > 1)
    return flagged


def parse_json(text: str | bytes) -> Any:
    """Parse JSON text (UTF-8, a byte order mark allowed); a syntax error is an InterchangeError."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_object_pairs)
    except UnicodeDecodeError as exc:
        raise InterchangeError([Problem("", f"not UTF-8 text (byte {exc.start})")]) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise InterchangeError([Problem("", f"not valid JSON: {exc.msg} ({where})")]) from None
    except (ValueError, RecursionError) as exc:
        raise InterchangeError([Problem("", f"not valid JSON: {exc}")]) from None


def _write(session: Session, doc: ValidatedDocument) -> None:
    """Insert every row, one executemany per table; the ids come with the rows, so no flushes.

    Core inserts on the session's connection: the ORM's bulk insert costs about three
    times as much on a large programme. The few self-references are then set by primary key.
    """
    programme = {
        **doc.programme,
        "issue_categories": defaults.issue_categories(),
        "dx_means_catalogue": defaults.dx_means(),
    }
    connection = session.connection()
    connection.execute(insert(m.Programme), [programme])
    for table in doc.inserts:
        if table.rows:
            connection.execute(insert(table.model), table.rows)
    for table in doc.links:
        if table.rows:
            session.exec(update(table.model), params=table.rows)


def load_document(doc: Any, path: Path | str, *, backup_root: Path | None = None) -> Workshop:
    """Create the workshop file ``path`` from a parsed document and return it open.

    Refuses an existing ``path`` (WorkshopExists) before anything else, then validates the
    whole document (InterchangeError), and only then writes; a failure leaves no file.
    """
    path = Path(path)
    if path.exists():
        raise WorkshopExists(path)
    validated = validate_document(doc)

    def initialise(session: Session) -> None:
        _write(session, validated)

    return Workshop.create(path, initialise, backup_root=backup_root)


def load_json(text: str | bytes, path: Path | str, *, backup_root: Path | None = None) -> Workshop:
    """``load_document`` for JSON text."""
    path = Path(path)
    if path.exists():
        raise WorkshopExists(path)
    return load_document(parse_json(text), path, backup_root=backup_root)


# --- reader (dump) -----------------------------------------------------------------------------


_STAMPS: Final = frozenset({"created_at", "updated_at"})


def _num(value: float | None) -> float | int | None:
    """A float column's value for the file: a whole number without its ".0"."""
    if value is not None and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ordered(
    session: Session, model: type[SQLModel], *order: Any, stamps: bool = False
) -> Sequence[Row[Any]]:
    """Every row of a table in a total order, as plain rows.

    Rows, not ORM objects, which would double the time of a large dump; and without the
    created/updated stamps the format does not carry, unless ``stamps``.
    """
    columns = [c for c in sa_inspect(model).columns if stamps or c.key not in _STAMPS]
    statement = select(*columns).order_by(*(col(c) for c in order))
    return session.connection().execute(statement).all()


class _Dump:
    """The live rows of a workshop file, read with one query per table, as a document."""

    def __init__(self, session: Session) -> None:
        s = session
        programmes = _ordered(s, m.Programme, m.Programme.id)
        self.programme_row = programmes[0] if programmes else None
        self.municipalities = _ordered(s, m.Municipality, m.Municipality.id)
        self.departments = _ordered(s, m.Department, m.Department.id)
        self.people = _ordered(s, m.Person, m.Person.id)
        self.roles = _ordered(s, m.PersonRole, m.PersonRole.person_id, m.PersonRole.role)
        self.groups = _ordered(s, m.WorkGroup, m.WorkGroup.position, m.WorkGroup.id)
        self.members = _ordered(s, m.GroupMember, m.GroupMember.group_id, m.GroupMember.person_id)
        self.sessions = _ordered(s, m.TrainingSession, m.TrainingSession.id)
        self.sections = _ordered(
            s, m.HearingSection, m.HearingSection.position, m.HearingSection.id
        )
        self.questions = _ordered(
            s, m.HearingQuestion, m.HearingQuestion.position, m.HearingQuestion.id
        )
        self.hearings = _ordered(s, m.Hearing, m.Hearing.id)
        self.answers = _ordered(
            s, m.HearingAnswer, m.HearingAnswer.hearing_id, m.HearingAnswer.question_id
        )
        self.findings = _ordered(s, m.Finding, m.Finding.position, m.Finding.id)
        self.clusters = _ordered(s, m.Cluster, m.Cluster.id)
        self.issues = _ordered(s, m.Issue, m.Issue.id)
        self.criteria = _ordered(s, m.Criterion, m.Criterion.position, m.Criterion.id)
        self.axes = _ordered(s, m.MatrixAxes, m.MatrixAxes.id)
        self.scores = _ordered(s, m.Score, m.Score.id)
        self.rounds = _ordered(s, m.VotingRound, m.VotingRound.id)
        self.votes = _ordered(s, m.Vote, m.Vote.round_id, m.Vote.voter_id, m.Vote.issue_id)
        self.themes = _ordered(s, m.Theme, m.Theme.trainee_id)
        self.plans = _ordered(s, m.Plan, m.Plan.id)
        self.versions = _ordered(
            s, m.PlanVersion, m.PlanVersion.number, m.PlanVersion.id, stamps=True
        )
        self.steps = _ordered(s, m.PlanStep, m.PlanStep.position, m.PlanStep.id)
        self.rubric = _ordered(s, m.RubricItem, m.RubricItem.position, m.RubricItem.id)
        self.feedback_rounds = _ordered(s, m.FeedbackRound, m.FeedbackRound.id)
        self.feedback = _ordered(s, m.Feedback, m.Feedback.id)
        self.ratings = _ordered(
            s, m.FeedbackRating, m.FeedbackRating.feedback_id, m.FeedbackRating.rubric_item_id
        )
        self.actions = _ordered(
            s, m.ActionItem, m.ActionItem.plan_id, m.ActionItem.position, m.ActionItem.id
        )
        self.check_ins = _ordered(s, m.CheckIn, m.CheckIn.id)
        self.measurements = _ordered(s, m.Measurement, m.Measurement.id)
        self.outcomes = _ordered(s, m.Outcome, m.Outcome.plan_id)
        self._keys()

    def _keys(self) -> None:
        """Keys of the live rows; a row is live if not deleted and nothing it needs is gone."""
        self.muni_key = {r.id: f"m{r.id}" for r in self.municipalities if r.deleted_at is None}
        self.dept_key = {
            r.id: f"d{r.id}"
            for r in self.departments
            if r.deleted_at is None and r.municipality_id in self.muni_key
        }
        self.person_key = {r.id: f"p{r.id}" for r in self.people if r.deleted_at is None}
        self.group_key = {r.id: f"g{r.id}" for r in self.groups if r.deleted_at is None}
        self.section_key = {r.id: f"sec{r.id}" for r in self.sections if r.deleted_at is None}
        self.question_key = {
            r.id: f"q{r.id}"
            for r in self.questions
            if r.deleted_at is None and r.section_id in self.section_key
        }
        self.hearing_key = {
            r.id: f"h{r.id}"
            for r in self.hearings
            if r.deleted_at is None and r.municipality_id in self.muni_key
        }
        self.finding_key = {
            r.id: f"f{r.id}"
            for r in self.findings
            if r.deleted_at is None and r.hearing_id in self.hearing_key
        }
        self.cluster_key = {r.id: f"c{r.id}" for r in self.clusters if r.deleted_at is None}
        self.issue_key = {r.id: f"i{r.id}" for r in self.issues if r.deleted_at is None}
        self.criterion_key = {r.id: r.code for r in self.criteria if r.deleted_at is None}
        self.round_key = {r.id: f"v{r.id}" for r in self.rounds if r.deleted_at is None}
        self.plan_key = {
            r.id: f"pl{r.id}"
            for r in self.plans
            if r.deleted_at is None
            and r.issue_id in self.issue_key
            and r.trainee_id in self.person_key
        }
        self.version_of = {r.id: r for r in self.versions if r.plan_id in self.plan_key}
        self.rubric_key = {r.id: f"r{r.id}" for r in self.rubric if r.deleted_at is None}
        self.fround_key = {r.id: f"fr{r.id}" for r in self.feedback_rounds if r.deleted_at is None}

    # -- the document ---------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "programme": self._programme(),
            "municipalities": [
                {"key": self.muni_key[r.id], "name": r.name, "kana": r.kana, "code": r.code}
                for r in self.municipalities
                if r.id in self.muni_key
            ],
            "departments": [
                {
                    "key": self.dept_key[r.id],
                    "municipality": self.muni_key[r.municipality_id],
                    "name": r.name,
                }
                for r in self.departments
                if r.id in self.dept_key
            ],
            "people": self._people(),
            "groups": self._groups(),
            "sessions": [
                {
                    "key": f"s{r.id}",
                    "title": r.title,
                    "phase": r.phase,
                    "date": _day(r.date),
                    "place": r.place,
                }
                for r in self.sessions
                if r.deleted_at is None
            ],
            "hearing_template": {"sections": self._sections()},
            "hearings": self._hearings(),
            "clusters": [
                {
                    "key": self.cluster_key[r.id],
                    "label": r.label,
                    "parent": self.cluster_key.get(r.parent_id),
                }
                for r in self.clusters
                if r.id in self.cluster_key
            ],
            "issues": self._issues(),
            "criteria": [
                {
                    "key": r.code,
                    "name": r.name,
                    "weight": _num(r.weight),
                    "min": r.min,
                    "max": r.max,
                    "higher_is_better": r.higher_is_better,
                    "gate": r.gate,
                }
                for r in self.criteria
                if r.id in self.criterion_key
            ],
            "matrix": self._matrix(),
            "scores": [
                {
                    "issue": self.issue_key[r.issue_id],
                    "criterion": self.criterion_key[r.criterion_id],
                    "rater": None if r.rater_id is None else self.person_key[r.rater_id],
                    "value": r.value,
                }
                for r in self.scores
                if r.issue_id in self.issue_key
                and r.criterion_id in self.criterion_key
                and (r.rater_id is None or r.rater_id in self.person_key)
            ],
            "voting_rounds": self._voting_rounds(),
            "themes": [
                {"trainee": self.person_key[r.trainee_id], "issue": self.issue_key[r.issue_id]}
                for r in self.themes
                if r.trainee_id in self.person_key and r.issue_id in self.issue_key
            ],
            "plans": self._plans(),
            "rubric": [
                {"key": self.rubric_key[r.id], "name": r.name, "min": r.min, "max": r.max}
                for r in self.rubric
                if r.id in self.rubric_key
            ],
            "feedback_rounds": [
                {
                    "key": self.fround_key[r.id],
                    "number": r.number,
                    "title": r.title,
                    "due": _day(r.due),
                }
                for r in self.feedback_rounds
                if r.id in self.fround_key
            ],
            "feedback": self._feedback(),
            "actions": [
                {
                    "key": f"a{r.id}",
                    "plan": self.plan_key[r.plan_id],
                    "title": r.title,
                    "owner": self.person_key.get(r.owner_id),
                    "due": _day(r.due),
                    "status": r.status,
                    "progress": r.progress,
                }
                for r in self.actions
                if r.deleted_at is None and r.plan_id in self.plan_key
            ],
            "check_ins": [
                {
                    "plan": self.plan_key[r.plan_id],
                    "date": r.date.isoformat(),
                    "progress": r.progress,
                    "note": r.note,
                    "obstacles": r.obstacles,
                    "support_needed": r.support_needed,
                }
                for r in self.check_ins
                if r.deleted_at is None and r.plan_id in self.plan_key
            ],
            "measurements": [
                {
                    "plan": self.plan_key[r.plan_id],
                    "metric": r.metric,
                    "baseline": _num(r.baseline),
                    "target": _num(r.target),
                    "actual": _num(r.actual),
                    "date": _day(r.date),
                }
                for r in self.measurements
                if r.deleted_at is None and r.plan_id in self.plan_key
            ],
            "outcomes": [
                {
                    "plan": self.plan_key[r.plan_id],
                    "hours_saved_per_year": _num(r.hours_saved_per_year),
                    "effects": r.effects,
                    "spread_potential": r.spread_potential,
                }
                for r in self.outcomes
                if r.plan_id in self.plan_key
            ],
        }

    def _programme(self) -> dict[str, Any]:
        p = self.programme_row
        if p is None:
            return {name: "" if d is _REQUIRED else d for name, (_, d) in _PROGRAMME.items()}
        return {
            "name": p.name,
            "fiscal_year": p.fiscal_year,
            "organiser": p.organiser,
            "start_date": _day(p.start_date),
            "end_date": _day(p.end_date),
            "description": p.description,
        }

    def _people(self) -> list[dict[str, Any]]:
        order = {role.value: n for n, role in enumerate(e.Role)}
        roles: dict[int, list[str]] = {}
        for row in self.roles:
            roles.setdefault(row.person_id, []).append(row.role)
        return [
            {
                "key": self.person_key[r.id],
                "name": r.name,
                "kana": r.kana,
                "municipality": self.muni_key.get(r.municipality_id),
                "department": self.dept_key.get(r.department_id),
                "title": r.title,
                "email": r.email,
                "roles": sorted(roles.get(r.id, []), key=lambda x: order.get(x, len(order))),
                "supervisor": self.person_key.get(r.supervisor_id),
            }
            for r in self.people
            if r.id in self.person_key
        ]

    def _groups(self) -> list[dict[str, Any]]:
        members: dict[int, list[str]] = {}
        for row in self.members:
            if row.person_id in self.person_key:
                members.setdefault(row.group_id, []).append(self.person_key[row.person_id])
        return [
            {"key": self.group_key[r.id], "name": r.name, "members": members.get(r.id, [])}
            for r in self.groups
            if r.id in self.group_key
        ]

    def _sections(self) -> list[dict[str, Any]]:
        questions: dict[int, list[dict[str, Any]]] = {}
        for r in self.questions:
            if r.id in self.question_key:
                questions.setdefault(r.section_id, []).append(
                    {
                        "key": self.question_key[r.id],
                        "text": r.text,
                        "kind": r.kind,
                        "choices": r.choices,
                    }
                )
        return [
            {
                "key": self.section_key[r.id],
                "title": r.title,
                "questions": questions.get(r.id, []),
            }
            for r in self.sections
            if r.id in self.section_key
        ]

    def _hearings(self) -> list[dict[str, Any]]:
        # Answers in template order: sections, then questions within them.
        section_rank = {sid: n for n, sid in enumerate(self.section_key)}
        rank = {
            r.id: (section_rank[r.section_id], n)
            for n, r in enumerate(self.questions)
            if r.id in self.question_key
        }
        answers: dict[int, list[Row[Any]]] = {}
        for a in self.answers:
            if a.question_id in self.question_key:
                answers.setdefault(a.hearing_id, []).append(a)
        findings: dict[int, list[dict[str, Any]]] = {}
        for finding in self.findings:
            if finding.id in self.finding_key:
                findings.setdefault(finding.hearing_id, []).append(
                    {"key": self.finding_key[finding.id], "text": finding.text}
                )
        result = []
        for r in self.hearings:
            if r.id not in self.hearing_key:
                continue
            given = sorted(answers.get(r.id, []), key=lambda a: rank[a.question_id])
            result.append(
                {
                    "key": self.hearing_key[r.id],
                    "municipality": self.muni_key[r.municipality_id],
                    "department": self.dept_key.get(r.department_id),
                    "date": _day(r.date),
                    "interviewer": self.person_key.get(r.interviewer_id),
                    "attendees": r.attendees,
                    "status": r.status,
                    "notes": r.notes,
                    "answers": {self.question_key[a.question_id]: a.value for a in given},
                    "findings": findings.get(r.id, []),
                }
            )
        return result

    def _issues(self) -> list[dict[str, Any]]:
        return [
            {
                "key": self.issue_key[r.id],
                "owner": self.person_key.get(r.owner_id),
                "municipality": self.muni_key.get(r.municipality_id),
                "group": self.group_key.get(r.group_id),
                "title": r.title,
                "process": r.process,
                "description": r.description,
                "categories": r.categories,
                "cases_per_year": _num(r.cases_per_year),
                "minutes_per_case": _num(r.minutes_per_case),
                "people": _num(r.people),
                "source": r.source,
                "finding": self.finding_key.get(r.finding_id),
                "status": r.status,
                "cluster": self.cluster_key.get(r.cluster_id),
            }
            for r in self.issues
            if r.id in self.issue_key
        ]

    def _matrix(self) -> dict[str, Any]:
        axes = self.axes[0] if self.axes else m.MatrixAxes()
        return {
            "x": self.criterion_key.get(axes.x_criterion_id),
            "y": self.criterion_key.get(axes.y_criterion_id),
        }

    def _voting_rounds(self) -> list[dict[str, Any]]:
        votes: dict[int, list[dict[str, Any]]] = {}
        for r in self.votes:
            if r.voter_id in self.person_key and r.issue_id in self.issue_key:
                votes.setdefault(r.round_id, []).append(
                    {
                        "voter": self.person_key[r.voter_id],
                        "issue": self.issue_key[r.issue_id],
                        "count": r.count,
                    }
                )
        return [
            {
                "key": self.round_key[r.id],
                "title": r.title,
                "votes_per_person": r.votes_per_person,
                "max_per_issue": r.max_per_issue,
                "votes": votes.get(r.id, []),
            }
            for r in self.rounds
            if r.id in self.round_key
        ]

    def _plans(self) -> list[dict[str, Any]]:
        steps: dict[int, list[dict[str, Any]]] = {}
        for r in self.steps:
            if r.version_id in self.version_of:
                steps.setdefault(r.version_id, []).append(
                    {"what": r.what, "who": r.who, "due": _day(r.due)}
                )
        versions: dict[int, list[dict[str, Any]]] = {}
        for v in self.version_of.values():
            versions.setdefault(v.plan_id, []).append(
                {
                    "number": v.number,
                    "created_at": v.created_at.isoformat(),
                    "reason": v.reason,
                    "target_process": v.target_process,
                    "current_state": v.current_state,
                    "problems": v.problems,
                    "root_cause": v.root_cause,
                    "solution": v.solution,
                    "ecrs": v.ecrs,
                    "dx_means": v.dx_means,
                    "goal": v.goal,
                    "kpi": v.kpi,
                    "steps": steps.get(v.id, []),
                    "after_cases_per_year": _num(v.after_cases_per_year),
                    "after_minutes_per_case": _num(v.after_minutes_per_case),
                    "after_people": _num(v.after_people),
                    "risks": v.risks,
                    "support_needed": v.support_needed,
                }
            )
        return [
            {
                "key": self.plan_key[r.id],
                "issue": self.issue_key[r.issue_id],
                "trainee": self.person_key[r.trainee_id],
                "versions": versions.get(r.id, []),
            }
            for r in self.plans
            if r.id in self.plan_key
        ]

    def _feedback(self) -> list[dict[str, Any]]:
        rank = {rid: n for n, rid in enumerate(self.rubric_key)}
        ratings: dict[int, list[Row[Any]]] = {}
        for row in self.ratings:
            if row.rubric_item_id in self.rubric_key:
                ratings.setdefault(row.feedback_id, []).append(row)
        result = []
        for r in self.feedback:
            version = self.version_of.get(r.plan_version_id)
            live = (
                r.deleted_at is None
                and r.round_id in self.fround_key
                and r.reviewer_id in self.person_key
            )
            if version is None or not live:
                continue
            addressed = self.version_of.get(r.addressed_in_version_id)
            given = sorted(ratings.get(r.id, []), key=lambda x: rank[x.rubric_item_id])
            result.append(
                {
                    "round": self.fround_key[r.round_id],
                    "plan": self.plan_key[version.plan_id],
                    "version": version.number,
                    "reviewer": self.person_key[r.reviewer_id],
                    "role": r.role,
                    "ratings": {self.rubric_key[x.rubric_item_id]: x.value for x in given},
                    "good_points": r.good_points,
                    "improvements": r.improvements,
                    "support": r.support,
                    "decision": r.decision,
                    "status": r.status,
                    "response": r.response,
                    # A version of another plan cannot be named in the file.
                    "addressed_in_version": addressed.number
                    if addressed is not None and addressed.plan_id == version.plan_id
                    else None,
                }
            )
        return result


def dump_document(workshop: Workshop) -> dict[str, Any]:
    """The programme as an interchange document (live rows only; keys from row ids)."""
    with workshop.session() as session:
        return _Dump(session).document()


def dump_json(workshop: Workshop) -> str:
    """The document as JSON text: UTF-8 as is, indented, the same bytes for the same file."""
    return json.dumps(dump_document(workshop), ensure_ascii=False, indent=2)
