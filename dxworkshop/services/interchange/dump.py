"""Dumping: the live rows of a workshop file, one query per table, as an interchange document."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, Final

from sqlalchemy import Row
from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, SQLModel, col, select

from dxworkshop.domain import enums as e
from dxworkshop.services.interchange.fields import _REQUIRED
from dxworkshop.services.interchange.format import _PROGRAMME, FORMAT, VERSION
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

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
            return {
                name: "" if d is _REQUIRED else d
                for name, (_, d) in _PROGRAMME.items()
                if name != "prefecture"
            }
        programme = {
            "name": p.name,
            "fiscal_year": p.fiscal_year,
            "organiser": p.organiser,
            "start_date": _day(p.start_date),
            "end_date": _day(p.end_date),
            "description": p.description,
        }
        if p.prefecture:  # optional: a programme without one dumps as before
            programme["prefecture"] = p.prefecture
        return programme

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
