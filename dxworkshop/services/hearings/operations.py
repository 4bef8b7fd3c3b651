"""The pre-hearing's edits as operations (see ``services/ops.py``): each runs a function of
``questions``, ``hearings`` or ``conversions`` and returns its value, the ``Changes`` and
its reverse, so the UI's undo stack builds nothing itself.

A hearing's fields, answers and findings report the hearing's id; the template (sections
and questions) reports ``hearing`` with unknown ids, as every hearing's form shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from dxworkshop.domain.enums import QuestionKind
from dxworkshop.services import ops
from dxworkshop.services.errors import NotFound
from dxworkshop.services.hearings._rows import live
from dxworkshop.services.hearings.conversions import (
    convert_to_issues,
    convert_trainees,
    redo_trainees,
    set_issues_deleted,
    undo_trainees,
)
from dxworkshop.services.hearings.hearings import (
    add_finding,
    add_hearing,
    finding_order,
    get_answer,
    reorder_findings,
    set_answer,
    set_finding_deleted,
    set_hearing_deleted,
    update_finding,
    update_hearing,
)
from dxworkshop.services.hearings.questions import (
    add_question,
    add_section,
    get_question,
    question_order,
    rename_section,
    reorder_questions,
    reorder_sections,
    section_order,
    set_question_retired,
    set_section_retired,
    stored_section,
    update_question,
)
from dxworkshop.services.hearings.read_models import HearingRow, PeopleConversion, QuestionRow
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

_TEMPLATE = ops.Changes.of(hearing=None)


def _hearing_changes(hearing_id: int) -> ops.Changes:
    return ops.Changes.of(hearing=[hearing_id])


def add_section_op(title: str) -> ops.Operation:
    """:func:`add_section` as an operation; its reverse retires the section, whose reverse
    brings the same section back."""
    return ops.created(
        lambda ws: add_section(ws, title),
        lambda ws, row, deleted: set_section_retired(ws, row.id, deleted),
        _TEMPLATE,
    )


def rename_section_op(section_id: int, title: str) -> ops.Operation:
    """:func:`rename_section` as an operation; its reverse gives the section its old title."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        with workshop.session() as session:
            old = stored_section(session, section_id).title
        rename_section(workshop, section_id, title)
        return ops.OpResult(None, _TEMPLATE, rename_section_op(section_id, old))

    return run


def reorder_sections_op(ordered_ids: Sequence[int]) -> ops.Operation:
    """:func:`reorder_sections` as an operation; its reverse puts the old order back."""
    wanted = list(ordered_ids)
    return ops.recorded(
        lambda ws: _reordered(section_order(ws), lambda: reorder_sections(ws, wanted)),
        lambda ws, _before: reorder_sections(ws, wanted),
        lambda ws, before: reorder_sections(ws, before),
        _TEMPLATE,
    )


def set_section_retired_op(section_id: int, retired: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_section_retired(ws, section_id, retired),
        lambda ws: set_section_retired(ws, section_id, not retired),
        _TEMPLATE,
    )


def add_question_op(
    section_id: int, text: str, kind: QuestionKind | str, choices: Iterable[str] = ()
) -> ops.Operation:
    """:func:`add_question` as an operation; its reverse retires the question, whose reverse
    brings the same question back."""
    options = list(choices)
    return ops.created(
        lambda ws: add_question(ws, section_id, text, kind, options),
        lambda ws, row, deleted: set_question_retired(ws, row.id, deleted),
        _TEMPLATE,
    )


def update_question_op(
    question_id: int,
    *,
    text: str | None = None,
    kind: QuestionKind | str | None = None,
    choices: Iterable[str] | None = None,
) -> ops.Operation:
    """:func:`update_question` as an operation; its reverse puts back the fields given (a
    changed kind: the kind and its options), answers reworded back with the options."""
    options = list(choices) if choices is not None else None

    def run(workshop: Workshop) -> ops.OpResult[QuestionRow]:
        old = get_question(workshop, question_id)
        row = update_question(workshop, question_id, text=text, kind=kind, choices=options)
        back = update_question_op(
            question_id,
            text=old.text if text is not None else None,
            kind=old.kind if kind is not None else None,
            choices=list(old.choices) if options is not None or kind is not None else None,
        )
        return ops.OpResult(row, _TEMPLATE, back)

    return run


def reorder_questions_op(section_id: int, ordered_ids: Sequence[int]) -> ops.Operation:
    """:func:`reorder_questions` as an operation; its reverse puts the old order back."""
    wanted = list(ordered_ids)
    return ops.recorded(
        lambda ws: _reordered(
            question_order(ws, section_id), lambda: reorder_questions(ws, section_id, wanted)
        ),
        lambda ws, _before: reorder_questions(ws, section_id, wanted),
        lambda ws, before: reorder_questions(ws, section_id, before),
        _TEMPLATE,
    )


def set_question_retired_op(question_id: int, retired: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_question_retired(ws, question_id, retired),
        lambda ws: set_question_retired(ws, question_id, not retired),
        _TEMPLATE,
    )


def add_hearing_op(municipality_id: int, *, department_id: int | None = None) -> ops.Operation:
    """:func:`add_hearing` as an operation; its reverse deletes the hearing, whose reverse
    brings the same hearing back."""
    return ops.created(
        lambda ws: add_hearing(ws, municipality_id, department_id=department_id),
        lambda ws, row, deleted: set_hearing_deleted(ws, row.id, deleted),
        lambda row: _hearing_changes(row.id),
    )


def plan_hearings_op(municipality_ids: Iterable[int]) -> ops.Operation:
    """A planned hearing of each municipality, as one operation (value: the new hearings);
    its reverse deletes them all, whose reverse brings the same hearings back."""
    wanted = list(municipality_ids)

    def first(workshop: Workshop) -> list[HearingRow]:
        made: list[HearingRow] = []
        try:
            for mid in wanted:
                made.append(add_hearing(workshop, mid))
        except Exception:
            # one refused: those already made go too, so a refused operation changes nothing
            _set_hearings_deleted(workshop, made, True)
            raise
        return made

    return ops.created(
        first,
        lambda ws, rows, deleted: _set_hearings_deleted(ws, rows, deleted),
        lambda rows: ops.Changes.of(hearing=[r.id for r in rows]),
    )


def _set_hearings_deleted(workshop: Workshop, rows: Iterable[HearingRow], deleted: bool) -> None:
    for row in rows:
        set_hearing_deleted(workshop, row.id, deleted)


def set_hearing_deleted_op(hearing_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_hearing_deleted(ws, hearing_id, deleted),
        lambda ws: set_hearing_deleted(ws, hearing_id, not deleted),
        _hearing_changes(hearing_id),
    )


#: The fields of a hearing :func:`update_hearing_op` can set (and read back to reverse).
HEARING_FIELDS = ("department_id", "date", "interviewer_id", "attendees", "status", "notes")


def update_hearing_op(hearing_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_hearing` as an operation; its reverse puts the fields given back as
    they were stored."""
    unknown = set(fields) - set(HEARING_FIELDS)
    if unknown:
        raise TypeError(f"not a field of a hearing: {', '.join(sorted(unknown))}")

    def run(workshop: Workshop) -> ops.OpResult[HearingRow]:
        with workshop.session() as session:
            stored = live(session, m.Hearing, hearing_id, "hearing")
            before = {name: getattr(stored, name) for name in fields}
        row = update_hearing(workshop, hearing_id, **fields)
        return ops.OpResult(
            row, _hearing_changes(hearing_id), update_hearing_op(hearing_id, **before)
        )

    return run


def set_answer_op(hearing_id: int, question_id: int, value: Any) -> ops.Operation:
    """:func:`set_answer` as an operation (value: the answer as stored); its reverse puts the
    previous answer back (or none)."""

    def run(workshop: Workshop) -> ops.OpResult[Any]:
        old = get_answer(workshop, hearing_id, question_id)
        stored = set_answer(workshop, hearing_id, question_id, value)
        return ops.OpResult(
            stored, _hearing_changes(hearing_id), set_answer_op(hearing_id, question_id, old)
        )

    return run


def add_finding_op(hearing_id: int, text: str) -> ops.Operation:
    """:func:`add_finding` as an operation; its reverse deletes the finding, whose reverse
    brings the same finding back."""
    return ops.created(
        lambda ws: add_finding(ws, hearing_id, text),
        lambda ws, row, deleted: set_finding_deleted(ws, row.id, deleted),
        _hearing_changes(hearing_id),
    )


def _stored_finding(workshop: Workshop, finding_id: int) -> tuple[int, str]:
    """The hearing id and text of a finding (deleted or not)."""
    with workshop.session() as session:
        row = session.get(m.Finding, finding_id)
        if row is None:
            raise NotFound("finding", finding_id)
        return row.hearing_id, row.text


def update_finding_op(finding_id: int, text: str) -> ops.Operation:
    """:func:`update_finding` as an operation; its reverse gives the finding its old text."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        hearing_id, old = _stored_finding(workshop, finding_id)
        update_finding(workshop, finding_id, text)
        return ops.OpResult(None, _hearing_changes(hearing_id), update_finding_op(finding_id, old))

    return run


def set_finding_deleted_op(finding_id: int, deleted: bool) -> ops.Operation:
    """:func:`set_finding_deleted` as an operation (reported as a change of its hearing)."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        hearing_id, _text = _stored_finding(workshop, finding_id)
        set_finding_deleted(workshop, finding_id, deleted)
        return ops.OpResult(
            None, _hearing_changes(hearing_id), set_finding_deleted_op(finding_id, not deleted)
        )

    return run


def reorder_findings_op(hearing_id: int, ordered_ids: Sequence[int]) -> ops.Operation:
    """:func:`reorder_findings` as an operation; its reverse puts the old order back."""
    wanted = list(ordered_ids)
    return ops.recorded(
        lambda ws: _reordered(
            finding_order(ws, hearing_id), lambda: reorder_findings(ws, hearing_id, wanted)
        ),
        lambda ws, _before: reorder_findings(ws, hearing_id, wanted),
        lambda ws, before: reorder_findings(ws, hearing_id, before),
        _hearing_changes(hearing_id),
    )


def _reordered(before: list[int], reorder: Callable[[], None]) -> list[int]:
    """Run *reorder* and return the order *before* it (what its undo puts back)."""
    reorder()
    return before


def convert_to_issues_op(hearing_id: int) -> ops.Operation:
    """:func:`convert_to_issues` as an operation: the cards made and the hearing (whose
    findings show their cards); its reverse removes the cards, whose reverse brings the
    same cards back."""
    return ops.created(
        lambda ws: convert_to_issues(ws, hearing_id),
        lambda ws, made, deleted: set_issues_deleted(ws, made.created, deleted),
        lambda made: ops.Changes.of(issue=made.created, hearing=[made.hearing_id]),
    )


def convert_trainees_op(hearing_id: int) -> ops.Operation:
    """:func:`convert_trainees` as an operation: the people made or given a role, 所属 or 上司,
    the departments made, and the hearing; its reverse takes exactly that back, whose
    reverse brings the same people and departments back."""

    def changed(done: PeopleConversion) -> ops.Changes:
        persons = set(done.created_people) | set(done.departments_set)
        persons.update(pid for pid, _role in done.roles_added)
        persons.update(pid for pid, _boss in done.supervisors_set)
        return ops.Changes.of(
            person=persons, department=done.created_departments, hearing=[done.hearing_id]
        )

    return ops.recorded(
        lambda ws: convert_trainees(ws, hearing_id),
        redo_trainees,
        undo_trainees,
        changed,
    )
