"""The hearing template: its sections and questions, read, added, edited, reordered and
retired.

Rules decided here:

- The template is the programme's own copy. Questions and sections are *retired*
  (soft-deleted), never removed, so every answer already given stays in the file and comes
  back when the question is restored. Editing a question never loses an answer either:
  its kind can only change while nobody has answered it; a choice question keeps every
  option that was chosen (the same number of options is a rewording, and the answers are
  reworded with it); a scale keeps at least as many labels as the highest level given; a
  table may gain columns at the end (rows get an empty cell) and lose only columns that
  are empty in every answer.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from dxworkshop.domain.enums import QuestionKind
from dxworkshop.services._common import clean_text, required_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.hearings._rows import now
from dxworkshop.services.hearings.read_models import QuestionRow, SectionRow
from dxworkshop.services.hearings.values import is_answered, question_signature
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


def _answer_counts(session: Session) -> dict[int, int]:
    live = set(session.exec(select(m.Hearing.id).where(col(m.Hearing.deleted_at).is_(None))).all())
    counts: dict[int, int] = defaultdict(int)
    for answer in session.exec(select(m.HearingAnswer)).all():
        if answer.hearing_id in live and is_answered(answer.value):
            counts[answer.question_id] += 1
    return counts


def _question_row(q: m.HearingQuestion, counts: Mapping[int, int]) -> QuestionRow:
    assert q.id is not None
    return QuestionRow(
        id=q.id,
        section_id=q.section_id,
        text=q.text,
        kind=QuestionKind(q.kind),
        choices=tuple(q.choices or ()),
        position=q.position,
        retired=q.deleted_at is not None,
        answers=counts.get(q.id, 0),
    )


def sections_in(session: Session, *, include_retired: bool) -> list[SectionRow]:
    """``template`` inside a caller's session (for the sheet import's one transaction)."""
    counts = _answer_counts(session)
    sections = session.exec(
        select(m.HearingSection).order_by(col(m.HearingSection.position), col(m.HearingSection.id))
    ).all()
    questions: dict[int, list[QuestionRow]] = defaultdict(list)
    for q in session.exec(
        select(m.HearingQuestion).order_by(
            col(m.HearingQuestion.position), col(m.HearingQuestion.id)
        )
    ).all():
        if include_retired or q.deleted_at is None:
            questions[q.section_id].append(_question_row(q, counts))
    result = []
    for s in sections:
        assert s.id is not None
        if not include_retired and s.deleted_at is not None:
            continue
        result.append(
            SectionRow(s.id, s.title, s.position, s.deleted_at is not None, tuple(questions[s.id]))
        )
    return result


def template(workshop: Workshop, *, include_retired: bool = False) -> list[SectionRow]:
    """Sections in order with their questions in order; retired ones only when asked.

    A live question of a retired section is not asked either (the section hides it).
    """
    with workshop.session() as session:
        return sections_in(session, include_retired=include_retired)


def live_questions(workshop: Workshop) -> list[QuestionRow]:
    """The questions asked now, in the order of the form."""
    return [q for s in template(workshop) for q in s.questions]


def get_question(workshop: Workshop, question_id: int) -> QuestionRow:
    with workshop.session() as session:
        q = session.get(m.HearingQuestion, question_id)
        if q is None:
            raise NotFound("question", question_id)
        return _question_row(q, _answer_counts(session))


def template_fingerprint(workshop: Workshop) -> str:
    """Changes whenever a live question is added, retired, moved or changes its meaning."""
    parts = [f"{q.id}:{question_signature(q.kind, q.choices)}" for q in live_questions(workshop)]
    return hashlib.sha256(",".join(parts).encode("utf-8")).hexdigest()[:16]


def _kind(value: QuestionKind | str) -> QuestionKind:
    try:
        return QuestionKind(value)
    except ValueError:
        raise ValidationError("kind", "bad_value", f"unknown question kind {value!r}") from None


def _choices(kind: QuestionKind, choices: Iterable[str]) -> list[str]:
    cleaned = [clean_text(c) for c in choices]
    cleaned = [c for c in cleaned if c]
    if kind in (QuestionKind.TEXT, QuestionKind.NUMBER):
        return []
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError("choices", "duplicate", "the same option is listed twice")
    least = 1 if kind == QuestionKind.TABLE else 2
    if len(cleaned) < least:
        raise ValidationError(
            "choices", "too_few", f"a {kind.value} question needs at least {least} entries"
        )
    return cleaned


def add_section(workshop: Workshop, title: str) -> SectionRow:
    title = required_text("title", title)
    with workshop.session() as session:
        last = session.exec(select(m.HearingSection.position)).all()
        row = m.HearingSection(title=title, position=max(last, default=-1) + 1)
        session.add(row)
        session.commit()
        assert row.id is not None
        return SectionRow(row.id, row.title, row.position, False, ())


def stored_section(session: Session, section_id: int) -> m.HearingSection:
    row = session.get(m.HearingSection, section_id)
    if row is None:
        raise NotFound("section", section_id)
    return row


def rename_section(workshop: Workshop, section_id: int, title: str) -> None:
    title = required_text("title", title)
    with workshop.session() as session:
        row = stored_section(session, section_id)
        row.title = title
        session.add(row)
        session.commit()


def set_section_retired(workshop: Workshop, section_id: int, retired: bool) -> None:
    """Retire (hide from forms and sheets) or restore a section; answers are kept."""
    with workshop.session() as session:
        row = stored_section(session, section_id)
        row.deleted_at = now() if retired else None
        session.add(row)
        session.commit()


def section_order(workshop: Workshop) -> list[int]:
    """Every section id (retired too) in order: what ``reorder_sections`` takes back."""
    return [s.id for s in template(workshop, include_retired=True)]


def reorder_sections(workshop: Workshop, ordered_ids: Sequence[int]) -> None:
    with workshop.session() as session:
        rows = {r.id: r for r in session.exec(select(m.HearingSection)).all()}
        if sorted(ordered_ids) != sorted(r or 0 for r in rows):
            raise ValidationError("sections", "mismatch", "the order must list every section")
        for position, ident in enumerate(ordered_ids):
            rows[ident].position = position
            session.add(rows[ident])
        session.commit()


def add_question(
    workshop: Workshop,
    section_id: int,
    text: str,
    kind: QuestionKind | str,
    choices: Iterable[str] = (),
) -> QuestionRow:
    """A new question at the end of *section_id*."""
    text = required_text("text", text)
    k = _kind(kind)
    options = _choices(k, choices)
    with workshop.session() as session:
        stored_section(session, section_id)
        last = session.exec(
            select(m.HearingQuestion.position).where(m.HearingQuestion.section_id == section_id)
        ).all()
        row = m.HearingQuestion(
            section_id=section_id,
            text=text,
            kind=k.value,
            choices=options,
            position=max(last, default=-1) + 1,
        )
        session.add(row)
        session.commit()
        return _question_row(row, {})


def stored_question(session: Session, question_id: int) -> m.HearingQuestion:
    row = session.get(m.HearingQuestion, question_id)
    if row is None:
        raise NotFound("question", question_id)
    return row


def update_question(
    workshop: Workshop,
    question_id: int,
    *,
    text: str | None = None,
    kind: QuestionKind | str | None = None,
    choices: Iterable[str] | None = None,
) -> QuestionRow:
    """Reword a question or change its options without losing an answer (module docstring)."""
    with workshop.session() as session:
        row = stored_question(session, question_id)
        if text is not None:
            row.text = required_text("text", text)
        old_kind = QuestionKind(row.kind)
        new_kind = _kind(kind) if kind is not None else old_kind
        answers = [
            a
            for a in session.exec(
                select(m.HearingAnswer).where(m.HearingAnswer.question_id == question_id)
            ).all()
            if is_answered(a.value)
        ]
        if new_kind != old_kind:
            if answers:
                raise ValidationError(
                    "kind", "has_answers", "the question has answers; add a new question instead"
                )
            row.kind = new_kind.value
            if choices is None:
                choices = row.choices
        if choices is not None:
            new = _choices(new_kind, choices)
            old = list(row.choices or ())
            if new_kind == old_kind and answers:
                for answer in answers:
                    answer.value = _carried(new_kind, old, new, answer.value)
                    session.add(answer)
            row.choices = new
        session.add(row)
        session.commit()
        return _question_row(row, _answer_counts(session))


def _carried(kind: QuestionKind, old: list[str], new: list[str], value: Any) -> Any:
    """An answer under the question's new options, or ValidationError if it would be lost."""
    if kind == QuestionKind.CHOICE:
        if value in new:
            return value
        if len(old) == len(new) and value in old:
            return new[old.index(value)]  # the options were reworded in place
        raise ValidationError(
            "choices", "in_use", f"{value!r} has been chosen in a hearing; keep that option"
        )
    if kind == QuestionKind.SCALE:
        if isinstance(value, int) and value >= len(new):
            raise ValidationError(
                "choices", "in_use", f"level {value + 1} has been given in a hearing; keep it"
            )
        return value
    if kind == QuestionKind.TABLE:
        rows = [list(r) for r in value]
        if len(new) >= len(old):
            return [r + [None] * (len(new) - len(old)) for r in rows]
        if any(c not in (None, "") for r in rows for c in r[len(new) :]):
            raise ValidationError(
                "choices", "in_use", "a column to be removed holds answers; keep it"
            )
        return [r[: len(new)] for r in rows]
    return value


def set_question_retired(workshop: Workshop, question_id: int, retired: bool) -> None:
    """Retire (no longer asked) or restore a question; its answers are kept either way."""
    with workshop.session() as session:
        row = stored_question(session, question_id)
        row.deleted_at = now() if retired else None
        session.add(row)
        session.commit()


def question_order(workshop: Workshop, section_id: int) -> list[int]:
    """Every question id of a section (retired too) in order, for ``reorder_questions``."""
    with workshop.session() as session:
        stored_section(session, section_id)
        return [
            q.id or 0
            for q in session.exec(
                select(m.HearingQuestion)
                .where(m.HearingQuestion.section_id == section_id)
                .order_by(col(m.HearingQuestion.position), col(m.HearingQuestion.id))
            ).all()
        ]


def reorder_questions(workshop: Workshop, section_id: int, ordered_ids: Sequence[int]) -> None:
    """Put the questions of a section in this order (every one of them, retired too)."""
    with workshop.session() as session:
        stored_section(session, section_id)
        rows = {
            r.id: r
            for r in session.exec(
                select(m.HearingQuestion).where(m.HearingQuestion.section_id == section_id)
            ).all()
        }
        if sorted(ordered_ids) != sorted(r or 0 for r in rows):
            raise ValidationError(
                "questions", "mismatch", "the order must list every question of the section"
            )
        for position, ident in enumerate(ordered_ids):
            rows[ident].position = position
            session.add(rows[ident])
        session.commit()
