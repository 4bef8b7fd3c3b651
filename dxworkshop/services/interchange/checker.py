"""How a document is checked: problems located by their JSON path, an object's fields parsed by
their spec, keys registered and references resolved to row ids, and the rows built for the
writer (:class:`ValidatedDocument`). What each section must satisfy is ``validate``'s."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlmodel import SQLModel

from dxworkshop.services.interchange.errors import Problem
from dxworkshop.services.interchange.fields import _BAD, _REQUIRED, _Invalid, _shown
from dxworkshop.services.interchange.format import _Spec
from dxworkshop.store import models as m
from dxworkshop.store.types import utcnow


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


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")  # a field name a path writes after a dot


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


Entries = list[tuple[str, Any]]  # (JSON path, raw object) of each item of a list


class _Checker:
    """The problems found so far, the rows built, and the keys of every kind of object."""

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
