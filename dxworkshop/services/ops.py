"""Operations: an edit that says what it changed and how to take it back.

An :data:`Operation` is a callable on the open :class:`Workshop` (Anki's operations are the
model). Run, it makes its edit (committed at once, as every service call is) and returns an
:class:`OpResult`: the service's usual return value, the :class:`Changes` it made — kinds of
records and their ids — and the operation that reverses it. Reversing returns a result of
its own whose reverse redoes the edit, so an undo stack needs nothing else: the UI's
controller pushes each result on its ``QUndoStack`` and announces the changes; no page
assembles undo or declares what an edit touched.

The code that makes an edit is the one that knows what it touched, so each service module
offers its operations beside its functions (``issues.add_issue_op``). Nothing here knows Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from dxworkshop.store.workshop import Workshop

T = TypeVar("T")


class Kind:
    """The kinds of records an edit can change (the words of :class:`Changes`).

    The ids are the records' own, except where the read models show a record by what it
    belongs to: ``score`` and ``vote`` carry the ids of the issues scored or voted on,
    ``theme`` the ids of the trainees whose theme changed, ``practice`` the plans' (a
    trainee's practice hangs on their plan).
    """

    PROGRAMME = "programme"
    SESSION = "session"
    MUNICIPALITY = "municipality"
    DEPARTMENT = "department"
    PERSON = "person"
    GROUP = "group"
    CRITERION = "criterion"
    RUBRIC = "rubric"
    CATALOGUE = "catalogue"
    HEARING = "hearing"
    ISSUE = "issue"
    CLUSTER = "cluster"
    SCORE = "score"
    VOTE = "vote"
    THEME = "theme"
    PLAN = "plan"
    FEEDBACK = "feedback"
    PRACTICE = "practice"

    ALL: frozenset[str] = frozenset(
        {
            PROGRAMME,
            SESSION,
            MUNICIPALITY,
            DEPARTMENT,
            PERSON,
            GROUP,
            CRITERION,
            RUBRIC,
            CATALOGUE,
            HEARING,
            ISSUE,
            CLUSTER,
            SCORE,
            VOTE,
            THEME,
            PLAN,
            FEEDBACK,
            PRACTICE,
        }
    )


@dataclass(frozen=True)
class Changes:
    """What an edit changed: for each kind of record, the ids (``None``: which ones is not
    known — every record of the kind may have changed)."""

    records: Mapping[str, frozenset[int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, **kinds: Iterable[int] | None) -> Changes:
        """``Changes.of(issue=[3], score=None)``; a kind must be one of :class:`Kind`."""
        unknown = set(kinds) - Kind.ALL
        if unknown:
            raise ValueError(f"no such kind of record: {', '.join(sorted(unknown))}")
        return cls({k: None if ids is None else frozenset(ids) for k, ids in kinds.items()})

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records)

    def touches(self, *kinds: str) -> bool:
        return any(k in self.records for k in kinds)

    def ids(self, kind: str) -> frozenset[int] | None:
        """The ids of *kind* changed; ``None`` when they are not known (or the kind was not
        changed: ask :meth:`touches` first)."""
        return self.records.get(kind)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[int] | None] = dict(self.records)
        for kind, ids in other.records.items():
            if kind in merged:
                mine = merged[kind]
                merged[kind] = None if mine is None or ids is None else mine | ids
            else:
                merged[kind] = ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.records)

    @classmethod
    def everything(cls) -> Changes:
        """Every record of every kind (a file just opened, a page shown the first time)."""
        return cls(dict.fromkeys(Kind.ALL))


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What running an operation gave: the service's value, the changes, the reverse."""

    value: T
    changes: Changes
    reverse: Operation


Operation = Callable[["Workshop"], OpResult[Any]]


def reversible(
    do: Callable[[Workshop], Any],
    undo: Callable[[Workshop], Any],
    changes: Changes,
) -> Operation:
    """An operation of two service calls that undo each other and change the same records
    (a field set and set back, a record deleted and restored)."""

    def run(workshop: Workshop) -> OpResult[Any]:
        return OpResult(do(workshop), changes, reversible(undo, do, changes))

    return run


def recorded(
    first: Callable[[Workshop], T],
    again: Callable[[Workshop, T], Any],
    back: Callable[[Workshop, T], Any],
    changes: Changes | Callable[[T], Changes],
) -> Operation:
    """An edit whose first run returns the record of what it did (the row it created, the
    edit with the values it replaced): undo is ``back(workshop, record)``, redo
    ``again(workshop, record)``, and the value stays the first run's record. *changes* is
    fixed or read from the record."""

    def changed(record: T) -> Changes:
        return changes(record) if callable(changes) else changes

    def undo_of(record: T) -> Operation:
        def run(workshop: Workshop) -> OpResult[T]:
            back(workshop, record)
            return OpResult(record, changed(record), redo_of(record))

        return run

    def redo_of(record: T) -> Operation:
        def run(workshop: Workshop) -> OpResult[T]:
            again(workshop, record)
            return OpResult(record, changed(record), undo_of(record))

        return run

    def run(workshop: Workshop) -> OpResult[T]:
        record = first(workshop)
        return OpResult(record, changed(record), undo_of(record))

    return run


def created(
    first: Callable[[Workshop], T],
    set_deleted: Callable[[Workshop, T, bool], Any],
    changes: Changes | Callable[[T], Changes],
) -> Operation:
    """An edit that adds records: the first run creates them and returns their record;
    undo soft-deletes what it created (``set_deleted(workshop, record, True)``) and redo
    brings the same records back (same ids) — never a second set."""
    return recorded(
        first,
        lambda workshop, record: set_deleted(workshop, record, False),
        lambda workshop, record: set_deleted(workshop, record, True),
        changes,
    )
