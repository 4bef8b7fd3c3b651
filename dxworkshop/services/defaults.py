"""The shipped defaults (resources/templates) as plain data, and how a new programme gets them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlmodel import Session

from dxworkshop.paths import resource_path
from dxworkshop.store import models as m


@cache
def _template(name: str) -> dict[str, Any]:
    with resource_path("templates", name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def issue_categories() -> list[str]:
    return list(_template("catalogues.json")["issue_categories"])


def dx_means() -> list[str]:
    return list(_template("catalogues.json")["dx_means"])


def criteria() -> list[dict[str, Any]]:
    return [dict(c) for c in _template("criteria.json")["criteria"]]


def matrix_axes() -> tuple[str, str]:
    axes = _template("criteria.json")["matrix"]
    return str(axes["x"]), str(axes["y"])


def rubric() -> list[dict[str, Any]]:
    return [dict(r) for r in _template("rubric.json")["rubric"]]


def hearing_template() -> list[dict[str, Any]]:
    return [dict(s) for s in _template("hearing_template.json")["sections"]]


@dataclass(frozen=True)
class ScheduledSession:
    title: str
    phase: str
    date: dt.date
    place: str


def schedule(start: dt.date) -> list[ScheduledSession]:
    data = _template("schedule.json")
    return [
        ScheduledSession(
            s["title"], s["phase"], start + dt.timedelta(days=int(s["offset_days"])), s["place"]
        )
        for s in data["sessions"]
    ]


def schedule_length_days() -> int:
    return int(_template("schedule.json")["length_days"])


def feedback_rounds(start: dt.date) -> list[tuple[int, str, dt.date]]:
    data = _template("schedule.json")["feedback_rounds"]
    return [
        (int(r["number"]), str(r["title"]), start + dt.timedelta(days=int(r["due_offset_days"])))
        for r in data
    ]


def add_criteria_and_rubric(session: Session) -> None:
    """Default criteria, payoff axes and rubric (used by a new programme and by load)."""
    by_code: dict[str, m.Criterion] = {}
    for pos, c in enumerate(criteria()):
        row = m.Criterion(position=pos, **c)
        session.add(row)
        by_code[row.code] = row
    session.flush()
    x, y = matrix_axes()
    session.add(m.MatrixAxes(x_criterion_id=by_code[x].id, y_criterion_id=by_code[y].id))
    for pos, r in enumerate(rubric()):
        session.add(m.RubricItem(position=pos, **r))


def add_hearing_template(session: Session) -> None:
    for spos, section in enumerate(hearing_template()):
        sec = m.HearingSection(title=section["title"], position=spos)
        session.add(sec)
        session.flush()
        assert sec.id is not None
        for qpos, q in enumerate(section["questions"]):
            session.add(
                m.HearingQuestion(
                    section_id=sec.id,
                    text=q["text"],
                    kind=q["kind"],
                    choices=list(q.get("choices", [])),
                    position=qpos,
                )
            )


def add_schedule(session: Session, start: dt.date) -> None:
    for s in schedule(start):
        session.add(m.TrainingSession(title=s.title, phase=s.phase, date=s.date, place=s.place))
    for number, title, due in feedback_rounds(start):
        session.add(m.FeedbackRound(number=number, title=title, due=due))
