"""The cross-municipality view: every municipality's scale answers side by side, and
where a level sits between the lowest and the highest label."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select

from dxworkshop.domain.enums import HearingStatus, QuestionKind
from dxworkshop.services.hearings.questions import sections_in
from dxworkshop.services.hearings.read_models import Comparison, ComparisonRow, ScaleColumn
from dxworkshop.services.hearings.values import short_text
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

#: Words that mark the scale question of the 自治体DX全体手順書 step.
STEP_MARKERS = ("手順書",)

#: Words that mark the section of the 重点取組事項.
PRIORITY_SECTION_MARKERS = ("重点取組",)


def comparison(workshop: Workshop) -> Comparison:
    """Every live municipality's scale answers, one column per live scale question.

    A municipality's answer is its municipality-level hearing's, else the first of its
    department hearings that answered the question.
    """
    with workshop.session() as session:
        sections = sections_in(session, include_retired=False)
        columns = [
            ScaleColumn(q.id, q.text, short_text(q.text), s.title, q.choices)
            for s in sections
            for q in s.questions
            if q.kind == QuestionKind.SCALE
        ]
        munis = sorted(
            session.exec(
                select(m.Municipality).where(col(m.Municipality.deleted_at).is_(None))
            ).all(),
            key=lambda r: (r.code == "", r.code, r.kana or r.name, r.id or 0),
        )
        hearings: dict[int, list[m.Hearing]] = defaultdict(list)
        for h in session.exec(
            select(m.Hearing).where(col(m.Hearing.deleted_at).is_(None)).order_by(col(m.Hearing.id))
        ).all():
            hearings[h.municipality_id].append(h)
        for hs in hearings.values():
            hs.sort(key=lambda h: (h.department_id is not None, h.id or 0))
        wanted = {c.question_id for c in columns}
        answers: dict[tuple[int, int], Any] = {}
        for a in session.exec(
            select(m.HearingAnswer).where(col(m.HearingAnswer.question_id).in_(wanted))
        ).all():
            answers[(a.hearing_id, a.question_id)] = a.value
        rows = []
        for muni in munis:
            assert muni.id is not None
            hs = hearings.get(muni.id, [])
            levels: list[int | None] = []
            for c in columns:
                level = None
                for h in hs:
                    value = answers.get((h.id or 0, c.question_id))
                    if isinstance(value, int) and 0 <= value < len(c.labels):
                        level = value
                        break
                levels.append(level)
            first = hs[0] if hs else None
            rows.append(
                ComparisonRow(
                    municipality_id=muni.id,
                    municipality_name=muni.name,
                    hearing_id=first.id if first else None,
                    status=HearingStatus(first.status) if first else None,
                    levels=tuple(levels),
                )
            )
    step = next((i for i, c in enumerate(columns) if any(w in c.text for w in STEP_MARKERS)), None)
    priority = tuple(
        i
        for i, c in enumerate(columns)
        if any(w in c.section_title for w in PRIORITY_SECTION_MARKERS)
    )
    if not priority:
        priority = tuple(i for i in range(len(columns)) if i != step)
    return Comparison(tuple(columns), tuple(rows), step, priority)


def level_fraction(level: int | None, labels: Sequence[str]) -> float | None:
    """A level as 0.0 (lowest label) … 1.0 (highest): what colours and charts use."""
    if level is None or not labels:
        return None
    if len(labels) == 1:
        return 1.0
    return level / (len(labels) - 1)
