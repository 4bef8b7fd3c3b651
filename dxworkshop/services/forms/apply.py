"""Applying a returned form: its import plan (the preview) applied or, on a dry run, only
shown; and the plan as one undoable operation of :mod:`~dxworkshop.services.ops`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from dxworkshop.services import ops
from dxworkshop.store.workshop import Workshop


class Plan(Protocol):
    """What a form's import plan has: whether it is only a preview."""

    @property
    def dry_run(self) -> bool: ...

    __dataclass_fields__: ClassVar[dict[str, Any]]


P = TypeVar("P", bound=Plan)
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class ImportOutcome(Generic[P, R]):
    plan: P
    result: R | None  # None on a dry run


def run_import(
    workshop: Workshop, plan: P, apply: Callable[[Workshop, P], R], *, dry_run: bool
) -> ImportOutcome[P, R]:
    """The plan shown (``dry_run``) or applied."""
    if dry_run:
        return ImportOutcome(plan, None)
    return ImportOutcome(replace(plan, dry_run=False), apply(workshop, plan))


def import_operation(
    plan: P,
    apply: Callable[[Workshop, P], R],
    redo: Callable[[Workshop, R], None],
    undo: Callable[[Workshop, R], None],
    changes: Callable[[R], ops.Changes],
) -> ops.Operation:
    """Applying *plan* as an operation (value: the result); undo puts back what it wrote,
    redo writes it again."""
    return ops.recorded(lambda ws: apply(ws, plan), redo, undo, changes)
