"""Prioritisation set-up: the criteria (評価基準), the payoff-matrix axes, the rubric (評価観点).

Criteria and rubric items are soft-deleted so undo brings them back with their scores
and ratings. A scale is never narrowed past a value already given: scores (and rubric
ratings) are not silently lost, the change is refused instead.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from dxworkshop.domain import limits
from dxworkshop.services import ops
from dxworkshop.services._common import required_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

SCALE_LOWEST = int(limits.SCALE.low)
SCALE_HIGHEST = int(limits.SCALE.high)
MAX_WEIGHT = limits.WEIGHT.high  # one rule: domain/limits
GATE_SCALE = (0, 1)  # a gate (絶対条件) is answered no (0) or yes (1)

_Ordered = TypeVar("_Ordered", m.Criterion, m.RubricItem)
_Row = TypeVar("_Row", "CriterionRow", "RubricItemRow")


@dataclass(frozen=True, slots=True)
class CriterionRow:
    id: int
    code: str
    name: str
    weight: float
    min: int
    max: int
    higher_is_better: bool
    gate: bool
    position: int


@dataclass(frozen=True, slots=True)
class MatrixAxesRow:
    x_criterion_id: int | None
    y_criterion_id: int | None


@dataclass(frozen=True, slots=True)
class RubricItemRow:
    id: int
    name: str
    min: int
    max: int
    position: int


class ValuesOutsideScale(ValidationError):
    """A new scale would leave existing scores (or ratings) outside it."""

    def __init__(self, what: str, count: int, low: int, high: int) -> None:
        super().__init__(
            "scale",
            "values_outside",
            f"{count} {what} outside {low}–{high} already given; change them first",
        )
        self.count = count
        self.low = low
        self.high = high


# --- shared checks ----------------------------------------------------------------


def check_scale(low: int, high: int) -> tuple[int, int]:
    """A scale of whole numbers within 0–10, lowest below highest."""
    for value in (low, high):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("scale", "bad_value", f"{value!r} is not a whole number")
        if not SCALE_LOWEST <= value <= SCALE_HIGHEST:
            raise ValidationError(
                "scale", "out_of_range", f"{value} is outside {SCALE_LOWEST}–{SCALE_HIGHEST}"
            )
    if low >= high:
        raise ValidationError("scale", "min_not_below_max", f"the lowest {low} ≥ highest {high}")
    return low, high


def check_weight(weight: float) -> float:
    if isinstance(weight, bool) or not isinstance(weight, int | float) or math.isnan(weight):
        raise ValidationError("weight", "bad_value", f"{weight!r} is not a number")
    if not 0 <= weight <= MAX_WEIGHT:
        raise ValidationError("weight", "out_of_range", f"{weight} is outside 0–{MAX_WEIGHT:g}")
    return float(weight)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _live_rows(session: Session, model: type[_Ordered]) -> list[_Ordered]:
    rows = session.exec(select(model).where(col(model.deleted_at).is_(None))).all()
    return sorted(rows, key=lambda r: (r.position, r.id or 0))


def _refuse_duplicate_name(
    session: Session, model: type[_Ordered], name: str, own_id: int | None
) -> None:
    for other in _live_rows(session, model):
        if other.id != own_id and other.name == name:
            raise ValidationError("name", "duplicate", f"{name} is already in the list")


def _move(session: Session, model: type[_Ordered], ident: int, to_index: int) -> None:
    rows = _live_rows(session, model)
    moving = next((r for r in rows if r.id == ident), None)
    if moving is None:
        raise NotFound(model.__tablename__, ident)
    rows.remove(moving)
    rows.insert(max(0, min(to_index, len(rows))), moving)
    for pos, row in enumerate(rows):
        if row.position != pos:
            row.position = pos
            session.add(row)


def _next_position(session: Session, model: type[_Ordered]) -> int:
    rows = _live_rows(session, model)
    return rows[-1].position + 1 if rows else 0


def _scores_outside(session: Session, criterion_id: int, low: int, high: int) -> int:
    """Scores of a criterion outside low–high, those of deleted issues included (undo)."""
    value = col(m.Score.value)
    stmt = (
        select(func.count())
        .select_from(m.Score)
        .where(col(m.Score.criterion_id) == criterion_id)
        .where(or_(value < low, value > high))
    )
    return int(session.exec(stmt).one())


def _ratings_outside(session: Session, item_id: int, low: int, high: int) -> int:
    value = col(m.FeedbackRating.value)
    stmt = (
        select(func.count())
        .select_from(m.FeedbackRating)
        .where(col(m.FeedbackRating.rubric_item_id) == item_id)
        .where(or_(value < low, value > high))
    )
    return int(session.exec(stmt).one())


# --- criteria -------------------------------------------------------------------


def _criterion(row: m.Criterion) -> CriterionRow:
    assert row.id is not None
    return CriterionRow(
        id=row.id,
        code=row.code,
        name=row.name,
        weight=row.weight,
        min=row.min,
        max=row.max,
        higher_is_better=row.higher_is_better,
        gate=row.gate,
        position=row.position,
    )


def _live_criterion(session: Session, ident: int) -> m.Criterion:
    row = session.get(m.Criterion, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound("criterion", ident)
    return row


def _axes_row(session: Session) -> m.MatrixAxes | None:
    return session.exec(select(m.MatrixAxes).order_by(col(m.MatrixAxes.id))).first()


def _axis_ids(session: Session) -> set[int]:
    axes = _axes_row(session)
    if axes is None:
        return set()
    return {i for i in (axes.x_criterion_id, axes.y_criterion_id) if i is not None}


def list_criteria(workshop: Workshop) -> list[CriterionRow]:
    """Live criteria in their order."""
    with workshop.session() as session:
        return [_criterion(r) for r in _live_rows(session, m.Criterion)]


def get_criterion(workshop: Workshop, criterion_id: int) -> CriterionRow:
    with workshop.session() as session:
        return _criterion(_live_criterion(session, criterion_id))


def _new_code(session: Session, position: int) -> str:
    taken = set(session.exec(select(m.Criterion.code)).all())
    number = position + 1
    while f"c{number}" in taken:
        number += 1
    return f"c{number}"


def add_criterion(
    workshop: Workshop,
    name: str,
    *,
    weight: float = 1.0,
    min: int = 1,
    max: int = 5,
    higher_is_better: bool = True,
    gate: bool = False,
) -> CriterionRow:
    """Add a criterion at the end; a gate criterion is always scored 0–1 (no/yes)."""
    name = required_text("name", name)
    weight = check_weight(weight)
    low, high = GATE_SCALE if gate else check_scale(min, max)
    with workshop.session() as session:
        _refuse_duplicate_name(session, m.Criterion, name, None)
        position = _next_position(session, m.Criterion)
        row = m.Criterion(
            code=_new_code(session, position),
            name=name,
            weight=weight,
            min=low,
            max=high,
            higher_is_better=bool(higher_is_better),
            gate=bool(gate),
            position=position,
        )
        session.add(row)
        session.commit()
        return _criterion(row)


def update_criterion(
    workshop: Workshop,
    criterion_id: int,
    *,
    name: str | None = None,
    weight: float | None = None,
    min: int | None = None,
    max: int | None = None,
    higher_is_better: bool | None = None,
    gate: bool | None = None,
) -> CriterionRow:
    """Change the given fields (None leaves a field as it is).

    Making a criterion a gate sets its scale to 0–1; a gate's scale cannot be set to
    anything else, and a matrix axis cannot become a gate. A scale that would leave
    scores outside it is refused (``ValuesOutsideScale``).
    """
    with workshop.session() as session:
        row = _live_criterion(session, criterion_id)
        if name is not None:
            row.name = required_text("name", name)
            _refuse_duplicate_name(session, m.Criterion, row.name, row.id)
        if weight is not None:
            row.weight = check_weight(weight)
        if higher_is_better is not None:
            row.higher_is_better = bool(higher_is_better)
        if gate is not None:
            if gate and not row.gate and row.id in _axis_ids(session):
                raise ValidationError(
                    "gate", "is_axis", f"{row.name} is a matrix axis and cannot be a gate"
                )
            row.gate = bool(gate)
        low = row.min if min is None else min
        high = row.max if max is None else max
        if row.gate:
            if (min is not None or max is not None) and (low, high) != GATE_SCALE:
                raise ValidationError(
                    "scale", "gate_scale", "a gate criterion is scored 0 (no) or 1 (yes)"
                )
            low, high = GATE_SCALE
        else:
            low, high = check_scale(low, high)
        if (low, high) != (row.min, row.max):
            outside = _scores_outside(session, criterion_id, low, high)
            if outside:
                raise ValuesOutsideScale("scores", outside, low, high)
            row.min, row.max = low, high
        session.add(row)
        session.commit()
        return _criterion(row)


def set_criterion_deleted(workshop: Workshop, criterion_id: int, deleted: bool) -> None:
    """Soft-delete a criterion (its scores are kept), or restore it for undo.

    A criterion that is a matrix axis cannot be deleted: change the axes first.
    """
    with workshop.session() as session:
        row = session.get(m.Criterion, criterion_id)
        if row is None:
            raise NotFound("criterion", criterion_id)
        if deleted and row.deleted_at is None and criterion_id in _axis_ids(session):
            raise ValidationError(
                "criterion", "is_axis", f"{row.name} is a matrix axis: choose other axes first"
            )
        if not deleted and row.deleted_at is not None:
            _refuse_duplicate_name(session, m.Criterion, row.name, row.id)
        row.deleted_at = _now() if deleted else None
        session.add(row)
        session.commit()


def move_criterion(workshop: Workshop, criterion_id: int, to_index: int) -> list[CriterionRow]:
    """Put a criterion at *to_index* of the live order (clamped); returns the new order."""
    with workshop.session() as session:
        _move(session, m.Criterion, criterion_id, to_index)
        session.commit()
        return [_criterion(r) for r in _live_rows(session, m.Criterion)]


# --- matrix axes ------------------------------------------------------------------


def get_matrix_axes(workshop: Workshop) -> MatrixAxesRow:
    with workshop.session() as session:
        axes = _axes_row(session)
        if axes is None:
            return MatrixAxesRow(None, None)
        return MatrixAxesRow(axes.x_criterion_id, axes.y_criterion_id)


def _axis_criterion(session: Session, field: str, ident: int) -> m.Criterion:
    row = session.get(m.Criterion, ident)
    if row is None:
        raise NotFound("criterion", ident)
    if row.deleted_at is not None:
        raise ValidationError(field, "deleted", f"{row.name} has been deleted")
    if row.gate:
        raise ValidationError(field, "gate", f"{row.name} is a gate and cannot be an axis")
    return row


def set_matrix_axes(workshop: Workshop, x_criterion_id: int, y_criterion_id: int) -> MatrixAxesRow:
    """Choose the payoff matrix's axes: two different, live, non-gate criteria."""
    if x_criterion_id == y_criterion_id:
        raise ValidationError("axes", "same", "the two axes must be different criteria")
    with workshop.session() as session:
        _axis_criterion(session, "x_axis", x_criterion_id)
        _axis_criterion(session, "y_axis", y_criterion_id)
        axes = _axes_row(session) or m.MatrixAxes()
        axes.x_criterion_id = x_criterion_id
        axes.y_criterion_id = y_criterion_id
        session.add(axes)
        session.commit()
        return MatrixAxesRow(axes.x_criterion_id, axes.y_criterion_id)


# --- rubric (評価観点) ---------------------------------------------------------------


def _rubric_item(row: m.RubricItem) -> RubricItemRow:
    assert row.id is not None
    return RubricItemRow(row.id, row.name, row.min, row.max, row.position)


def _live_rubric_item(session: Session, ident: int) -> m.RubricItem:
    row = session.get(m.RubricItem, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound("rubric item", ident)
    return row


def list_rubric_items(workshop: Workshop) -> list[RubricItemRow]:
    with workshop.session() as session:
        return [_rubric_item(r) for r in _live_rows(session, m.RubricItem)]


def add_rubric_item(
    workshop: Workshop,
    name: str,
    *,
    min: int = 1,
    max: int = 5,
) -> RubricItemRow:
    name = required_text("name", name)
    low, high = check_scale(min, max)
    with workshop.session() as session:
        _refuse_duplicate_name(session, m.RubricItem, name, None)
        row = m.RubricItem(
            name=name, min=low, max=high, position=_next_position(session, m.RubricItem)
        )
        session.add(row)
        session.commit()
        return _rubric_item(row)


def update_rubric_item(
    workshop: Workshop,
    item_id: int,
    *,
    name: str | None = None,
    min: int | None = None,
    max: int | None = None,
) -> RubricItemRow:
    """Change the given fields; a scale leaving ratings outside it is refused."""
    with workshop.session() as session:
        row = _live_rubric_item(session, item_id)
        if name is not None:
            row.name = required_text("name", name)
            _refuse_duplicate_name(session, m.RubricItem, row.name, row.id)
        low, high = check_scale(row.min if min is None else min, row.max if max is None else max)
        if (low, high) != (row.min, row.max):
            outside = _ratings_outside(session, item_id, low, high)
            if outside:
                raise ValuesOutsideScale("ratings", outside, low, high)
            row.min, row.max = low, high
        session.add(row)
        session.commit()
        return _rubric_item(row)


def set_rubric_item_deleted(workshop: Workshop, item_id: int, deleted: bool) -> None:
    """Soft-delete a rubric item (its ratings are kept), or restore it for undo."""
    with workshop.session() as session:
        row = session.get(m.RubricItem, item_id)
        if row is None:
            raise NotFound("rubric item", item_id)
        if not deleted and row.deleted_at is not None:
            _refuse_duplicate_name(session, m.RubricItem, row.name, row.id)
        row.deleted_at = _now() if deleted else None
        session.add(row)
        session.commit()


def move_rubric_item(workshop: Workshop, item_id: int, to_index: int) -> list[RubricItemRow]:
    """Put a rubric item at *to_index* of the live order (clamped); returns the new order."""
    with workshop.session() as session:
        _move(session, m.RubricItem, item_id, to_index)
        session.commit()
        return [_rubric_item(r) for r in _live_rows(session, m.RubricItem)]


# --- operations (see services/ops.py) -----------------------------------------------------------

_CRITERION_FIELDS = ("name", "weight", "min", "max", "higher_is_better", "gate")
_RUBRIC_FIELDS = ("name", "min", "max")


def _refuse_unknown(fields: Mapping[str, Any], known: tuple[str, ...], what: str) -> None:
    unknown = set(fields) - set(known)
    if unknown:
        raise TypeError(f"{what} has no field {', '.join(sorted(unknown))}")


def _field_op(
    ident: int,
    fields: Mapping[str, Any],
    known: tuple[str, ...],
    read: Callable[[Workshop, int], Any],
    update: Callable[..., _Row],
    kind: str,
) -> ops.Operation:
    """Set *fields* of a row; the reverse sets back every field the edit changed (a
    criterion made a gate gets its scale back with it), and its reverse does the edit again."""

    def run(workshop: Workshop) -> ops.OpResult[_Row]:
        old = read(workshop, ident)
        row = update(workshop, ident, **fields)
        before = {f: getattr(old, f) for f in known if getattr(old, f) != getattr(row, f)}
        reverse = _field_op(ident, before, known, read, update, kind)
        return ops.OpResult(row, ops.Changes.of(**{kind: [ident]}), reverse)

    return run


def update_criterion_op(criterion_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_criterion` as an operation; its reverse puts the criterion back as it
    was (made a gate: its scale too)."""
    _refuse_unknown(fields, _CRITERION_FIELDS, "update_criterion")
    return _field_op(
        criterion_id, fields, _CRITERION_FIELDS, get_criterion, update_criterion, "criterion"
    )


def add_criterion_op(name: str, **fields: Any) -> ops.Operation:
    """:func:`add_criterion` as an operation (value: the new ``CriterionRow``); its reverse
    removes it, whose reverse brings the same criterion back."""
    return ops.created(
        lambda ws: add_criterion(ws, name, **fields),
        lambda ws, row, deleted: set_criterion_deleted(ws, row.id, deleted),
        lambda row: ops.Changes.of(criterion=[row.id]),
    )


def set_criterion_deleted_op(criterion_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_criterion_deleted(ws, criterion_id, deleted),
        lambda ws: set_criterion_deleted(ws, criterion_id, not deleted),
        ops.Changes.of(criterion=[criterion_id]),
    )


def _move_op(
    ident: int,
    to_index: int,
    listing: Callable[[Workshop], list[_Row]],
    move: Callable[[Workshop, int, int], list[_Row]],
    kind: str,
) -> ops.Operation:
    """Move a row in the live order; the reverse puts it back where it was. The rows whose
    place changed are reported."""

    def run(workshop: Workshop) -> ops.OpResult[list[_Row]]:
        before = [r.id for r in listing(workshop)]
        if ident not in before:
            raise NotFound(kind, ident)
        rows = move(workshop, ident, to_index)
        after = [r.id for r in rows]
        moved = {i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b}
        changes = ops.Changes.of(**{kind: {after[i] for i in moved} | {ident}})
        reverse = _move_op(ident, before.index(ident), listing, move, kind)
        return ops.OpResult(rows, changes, reverse)

    return run


def move_criterion_op(criterion_id: int, to_index: int) -> ops.Operation:
    """:func:`move_criterion` as an operation; its reverse puts it back in its place."""
    return _move_op(criterion_id, to_index, list_criteria, move_criterion, "criterion")


def set_matrix_axes_op(x_criterion_id: int, y_criterion_id: int) -> ops.Operation:
    """:func:`set_matrix_axes` as an operation; its reverse puts the old axes back (there
    being none before, it leaves the new ones). The criteria on either side are reported."""

    def run(workshop: Workshop) -> ops.OpResult[MatrixAxesRow]:
        old = get_matrix_axes(workshop)
        row = set_matrix_axes(workshop, x_criterion_id, y_criterion_id)
        ids = {x_criterion_id, y_criterion_id, old.x_criterion_id, old.y_criterion_id}
        changes = ops.Changes.of(criterion={i for i in ids if i is not None})
        if old.x_criterion_id is not None and old.y_criterion_id is not None:
            reverse = set_matrix_axes_op(old.x_criterion_id, old.y_criterion_id)
        else:
            reverse = ops.reversible(
                lambda ws: None,
                lambda ws: set_matrix_axes(ws, x_criterion_id, y_criterion_id),
                changes,
            )
        return ops.OpResult(row, changes, reverse)

    return run


def _get_rubric_item(workshop: Workshop, item_id: int) -> RubricItemRow:
    with workshop.session() as session:
        return _rubric_item(_live_rubric_item(session, item_id))


def update_rubric_item_op(item_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_rubric_item` as an operation; its reverse puts the item back."""
    _refuse_unknown(fields, _RUBRIC_FIELDS, "update_rubric_item")
    return _field_op(
        item_id, fields, _RUBRIC_FIELDS, _get_rubric_item, update_rubric_item, "rubric"
    )


def add_rubric_item_op(name: str, **fields: Any) -> ops.Operation:
    """:func:`add_rubric_item` as an operation (value: the new ``RubricItemRow``)."""
    return ops.created(
        lambda ws: add_rubric_item(ws, name, **fields),
        lambda ws, row, deleted: set_rubric_item_deleted(ws, row.id, deleted),
        lambda row: ops.Changes.of(rubric=[row.id]),
    )


def set_rubric_item_deleted_op(item_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_rubric_item_deleted(ws, item_id, deleted),
        lambda ws: set_rubric_item_deleted(ws, item_id, not deleted),
        ops.Changes.of(rubric=[item_id]),
    )


def move_rubric_item_op(item_id: int, to_index: int) -> ops.Operation:
    """:func:`move_rubric_item` as an operation; its reverse puts it back in its place."""
    return _move_op(item_id, to_index, list_rubric_items, move_rubric_item, "rubric")
