"""Improvement plans (改善計画): one per theme, in A3 order, brushed up version by version.

A plan starts from a trainee's theme with 対象業務 and 現状 filled in from the issue (and
its workload). Only the newest version (版) is edited; starting a new version copies it,
with the reason why, and freezes the one before. Any two versions compare field by field
(``domain.plan_diff``), and a version can be linked to the feedback comment that prompted
it. The expected hours saved per year come from ``domain.workload``: before = the issue's
annual hours, after = the version's expected workload.

Every mutating call commits at once and returns what its undo needs (the value before, a
snapshot of what it removed); the ``restore_…``/``remove_…`` calls are those undos.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from dxworkshop.domain import feedback_rules
from dxworkshop.domain.enums import Ecrs, FeedbackStatus, Role
from dxworkshop.domain.plan_diff import (
    LIST_FIELDS,
    NUMBER_FIELDS,
    TEXT_FIELDS,
    PlanContent,
    PlanDiff,
    Step,
    diff_plans,
)
from dxworkshop.domain.workload import annual_hours, hours_saved
from dxworkshop.services import ops
from dxworkshop.services._common import (
    check_date,
    check_number,
    clean_text,
    plain_text,
    required_text,
)
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

#: Fields of a version that ``update_version`` changes.
EDITABLE_FIELDS: tuple[str, ...] = ("reason", *TEXT_FIELDS, *LIST_FIELDS, *NUMBER_FIELDS)
STEP_FIELDS: tuple[str, ...] = ("what", "who", "due")


# --- read models -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Workload:
    cases_per_year: float | None
    minutes_per_case: float | None
    people: float | None

    @property
    def hours(self) -> float | None:
        return annual_hours(self.cases_per_year, self.minutes_per_case, self.people)


@dataclass(frozen=True, slots=True)
class StepRow:
    id: int
    version_id: int
    position: int
    what: str
    who: str
    due: dt.date | None

    @property
    def step(self) -> Step:
        return Step(self.what, self.who, self.due)


@dataclass(frozen=True, slots=True)
class VersionInfo:
    id: int
    number: int
    reason: str
    created_at: dt.datetime
    latest: bool


@dataclass(frozen=True, slots=True)
class VersionDetail:
    """One version with every A3 field; only the latest (``editable``) may change."""

    id: int
    plan_id: int
    number: int
    reason: str
    created_at: dt.datetime
    editable: bool
    target_process: str
    current_state: str
    problems: str
    root_cause: str
    solution: str
    ecrs: tuple[str, ...]
    dx_means: tuple[str, ...]
    goal: str
    kpi: str
    after_cases_per_year: float | None
    after_minutes_per_case: float | None
    after_people: float | None
    risks: str
    support_needed: str
    steps: tuple[StepRow, ...]
    hours_before: float | None
    hours_after: float | None
    hours_saved: float | None

    @property
    def after(self) -> Workload:
        return Workload(self.after_cases_per_year, self.after_minutes_per_case, self.after_people)

    @property
    def content(self) -> PlanContent:
        return PlanContent(
            target_process=self.target_process,
            current_state=self.current_state,
            problems=self.problems,
            root_cause=self.root_cause,
            solution=self.solution,
            ecrs=self.ecrs,
            dx_means=self.dx_means,
            goal=self.goal,
            kpi=self.kpi,
            steps=tuple(s.step for s in self.steps),
            after_cases_per_year=self.after_cases_per_year,
            after_minutes_per_case=self.after_minutes_per_case,
            after_people=self.after_people,
            risks=self.risks,
            support_needed=self.support_needed,
        )


@dataclass(frozen=True, slots=True)
class PlanDetail:
    id: int
    trainee_id: int
    trainee_name: str
    municipality_name: str
    issue_id: int
    issue_title: str
    issue_process: str
    issue_description: str
    before: Workload
    versions: tuple[VersionInfo, ...]
    latest: VersionDetail
    is_current_theme: bool  # False: the trainee has since chosen another theme


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """A trainee in the plan list: their theme and plan (``plan_id`` None: no plan yet)."""

    trainee_id: int
    name: str
    kana: str
    municipality_name: str
    supervisor_id: int | None
    supervisor_name: str
    issue_id: int | None
    issue_title: str
    plan_id: int | None
    versions: int
    latest_version_id: int | None
    latest_number: int | None
    hours_before: float | None
    hours_after: float | None
    hours_saved: float | None

    @property
    def id(self) -> int:
        """The trainee's id (tables key their rows by ``id``)."""
        return self.trainee_id


@dataclass(frozen=True, slots=True)
class VersionComparison:
    old: VersionDetail
    new: VersionDetail
    diff: PlanDiff


@dataclass(frozen=True, slots=True)
class VersionEdit:
    """A field changed on a version: ``update_version(ws, id, field, old)`` undoes it."""

    version_id: int
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class StepEdit:
    step_id: int
    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class FeedbackLink:
    """A feedback's link to the version that answered it, before and after a change."""

    feedback_id: int
    old_version_id: int | None
    old_status: FeedbackStatus
    new_version_id: int | None
    new_status: FeedbackStatus


# --- helpers -----------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _live_plan(session: Session, plan_id: int) -> m.Plan:
    plan = session.get(m.Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound("plan", plan_id)
    return plan


def _version(session: Session, version_id: int) -> m.PlanVersion:
    version = session.get(m.PlanVersion, version_id)
    if version is None:
        raise NotFound("plan version", version_id)
    plan = session.get(m.Plan, version.plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound("plan version", version_id)
    return version


def _versions(session: Session, plan_id: int) -> list[m.PlanVersion]:
    return list(
        session.exec(
            select(m.PlanVersion)
            .where(m.PlanVersion.plan_id == plan_id)
            .order_by(col(m.PlanVersion.number))
        ).all()
    )


def _latest(session: Session, plan_id: int) -> m.PlanVersion:
    versions = _versions(session, plan_id)
    if not versions:
        raise NotFound("plan version of plan", plan_id)
    return versions[-1]


def _editable(session: Session, version_id: int) -> m.PlanVersion:
    """The version, if it is its plan's latest; older versions are frozen."""
    version = _version(session, version_id)
    latest = _latest(session, version.plan_id)
    if latest.id != version.id:
        raise ValidationError(
            "version",
            "frozen",
            f"version {version.number} is frozen (version {latest.number} is the current one)",
        )
    return version


def _steps(session: Session, version_id: int) -> list[m.PlanStep]:
    return list(
        session.exec(
            select(m.PlanStep)
            .where(m.PlanStep.version_id == version_id)
            .order_by(col(m.PlanStep.position), col(m.PlanStep.id))
        ).all()
    )


def _step_row(row: m.PlanStep) -> StepRow:
    return StepRow(_id(row.id), row.version_id, row.position, row.what, row.who, row.due)


def _issue_workload(issue: m.Issue | None) -> Workload:
    if issue is None:
        return Workload(None, None, None)
    return Workload(issue.cases_per_year, issue.minutes_per_case, issue.people)


def _detail(session: Session, version: m.PlanVersion, latest_id: int) -> VersionDetail:
    plan = session.get(m.Plan, version.plan_id)
    issue = session.get(m.Issue, plan.issue_id) if plan is not None else None
    before = _issue_workload(issue).hours
    after = annual_hours(
        version.after_cases_per_year, version.after_minutes_per_case, version.after_people
    )
    return VersionDetail(
        id=_id(version.id),
        plan_id=version.plan_id,
        number=version.number,
        reason=version.reason,
        created_at=version.created_at,
        editable=version.id == latest_id,
        target_process=version.target_process,
        current_state=version.current_state,
        problems=version.problems,
        root_cause=version.root_cause,
        solution=version.solution,
        ecrs=tuple(version.ecrs or ()),
        dx_means=tuple(version.dx_means or ()),
        goal=version.goal,
        kpi=version.kpi,
        after_cases_per_year=version.after_cases_per_year,
        after_minutes_per_case=version.after_minutes_per_case,
        after_people=version.after_people,
        risks=version.risks,
        support_needed=version.support_needed,
        steps=tuple(_step_row(s) for s in _steps(session, _id(version.id))),
        hours_before=before,
        hours_after=after,
        hours_saved=hours_saved(before, after),
    )


def _theme_issue(session: Session, trainee_id: int) -> int | None:
    theme = session.get(m.Theme, trainee_id)
    return theme.issue_id if theme is not None else None


def _plan_detail(session: Session, plan: m.Plan) -> PlanDetail:
    versions = _versions(session, _id(plan.id))
    if not versions:
        raise NotFound("plan version of plan", plan.id)
    latest = versions[-1]
    trainee = session.get(m.Person, plan.trainee_id)
    issue = session.get(m.Issue, plan.issue_id)
    muni = (
        session.get(m.Municipality, trainee.municipality_id)
        if trainee is not None and trainee.municipality_id is not None
        else None
    )
    return PlanDetail(
        id=_id(plan.id),
        trainee_id=plan.trainee_id,
        trainee_name=trainee.name if trainee is not None else "",
        municipality_name=muni.name if muni is not None else "",
        issue_id=plan.issue_id,
        issue_title=issue.title if issue is not None else "",
        issue_process=issue.process if issue is not None else "",
        issue_description=issue.description if issue is not None else "",
        before=_issue_workload(issue),
        versions=tuple(
            VersionInfo(_id(v.id), v.number, v.reason, v.created_at, v.id == latest.id)
            for v in versions
        ),
        latest=_detail(session, latest, _id(latest.id)),
        is_current_theme=_theme_issue(session, plan.trainee_id) == plan.issue_id,
    )


def _plan_of_trainee(session: Session, trainee_id: int) -> m.Plan | None:
    """The trainee's plan for their current theme, else their newest live plan."""
    plans = session.exec(
        select(m.Plan)
        .where(m.Plan.trainee_id == trainee_id, col(m.Plan.deleted_at).is_(None))
        .order_by(col(m.Plan.id))
    ).all()
    theme = _theme_issue(session, trainee_id)
    for plan in plans:
        if plan.issue_id == theme:
            return plan
    return plans[-1] if plans else None


# Session-level helpers for the other plan and feedback services (same transaction).
def current_plan(session: Session, trainee_id: int) -> m.Plan | None:
    return _plan_of_trainee(session, trainee_id)


def latest_version(session: Session, plan_id: int) -> m.PlanVersion:
    return _latest(session, plan_id)


def version_row(session: Session, version_id: int) -> m.PlanVersion:
    return _version(session, version_id)


def version_detail(session: Session, version: m.PlanVersion, latest_id: int) -> VersionDetail:
    return _detail(session, version, latest_id)


# --- reading -----------------------------------------------------------------------------


def _kana_key(name: str, kana: str) -> tuple[str, str]:
    return (kana or name, name)


@functools.cache
def _summary_statements(filtered: bool) -> tuple[Any, Any, Any, Any]:
    """The four statements of the plan list, built once (building a statement costs more
    than running it); *filtered*: of the trainees in the expanding parameter ``ids``."""
    ids: Any = bindparam("ids", expanding=True)
    person, boss, muni = m.Person, aliased(m.Person), m.Municipality
    is_trainee = sa_select(col(m.PersonRole.person_id)).where(
        col(m.PersonRole.role) == Role.TRAINEE.value
    )
    trainees = (
        sa_select(
            col(person.id),
            col(person.name),
            col(person.kana),
            col(person.supervisor_id),
            col(muni.name),
            col(boss.name),
            col(m.Theme.issue_id),
        )
        .outerjoin(muni, col(muni.id) == col(person.municipality_id))
        .outerjoin(boss, col(boss.id) == col(person.supervisor_id))
        .outerjoin(m.Theme, col(m.Theme.trainee_id) == col(person.id))
        .where(col(person.deleted_at).is_(None), col(person.id).in_(is_trainee))
        .order_by(col(person.id))
    )
    live_plan = col(m.Plan.deleted_at).is_(None)
    plans = (
        sa_select(col(m.Plan.id), col(m.Plan.trainee_id), col(m.Plan.issue_id))
        .where(live_plan)
        .order_by(col(m.Plan.id))
    )
    # Per live plan: how many versions, and the latest one (highest number).
    live_plans = sa_select(col(m.Plan.id)).where(live_plan)
    # Only the issues of the plans and themes shown.
    plan_issues = sa_select(col(m.Plan.issue_id)).where(live_plan)
    theme_issues = sa_select(col(m.Theme.issue_id))
    if filtered:
        trainees = trainees.where(col(person.id).in_(ids))
        plans = plans.where(col(m.Plan.trainee_id).in_(ids))
        live_plans = live_plans.where(col(m.Plan.trainee_id).in_(ids))
        plan_issues = plan_issues.where(col(m.Plan.trainee_id).in_(ids))
        theme_issues = theme_issues.where(col(m.Theme.trainee_id).in_(ids))
    v = m.PlanVersion
    stats = (
        sa_select(
            col(v.plan_id).label("plan_id"),
            func.count(col(v.id)).label("n"),
            func.max(col(v.number)).label("top"),
        )
        .where(col(v.plan_id).in_(live_plans))
        .group_by(col(v.plan_id))
        .subquery()
    )
    versions = sa_select(
        stats.c.plan_id,
        stats.c.n,
        col(v.id),
        col(v.number),
        col(v.after_cases_per_year),
        col(v.after_minutes_per_case),
        col(v.after_people),
    ).join(v, (col(v.plan_id) == stats.c.plan_id) & (col(v.number) == stats.c.top))
    i = m.Issue
    issues = sa_select(
        col(i.id), col(i.title), col(i.cases_per_year), col(i.minutes_per_case), col(i.people)
    ).where(col(i.deleted_at).is_(None), col(i.id).in_(plan_issues) | col(i.id).in_(theme_issues))
    return trainees, plans, versions, issues


def _summaries(session: Session, trainee_ids: Iterable[int] | None = None) -> list[PlanSummary]:
    """The plan list's rows (of *trainee_ids* only, when given), by kana.

    Four column queries: the trainees with their municipality, supervisor and theme;
    their live plans; per plan the version count and the latest version's workload
    (aggregated in SQL); and the workload of only the issues those plans and themes
    name — never every issue, never an ORM object.
    """
    conn = session.connection()
    params: dict[str, Any] = {}
    if trainee_ids is not None:
        params["ids"] = sorted(set(trainee_ids))
        if not params["ids"]:
            return []
    stmt, plan_stmt, version_stmt, issue_stmt = _summary_statements(trainee_ids is not None)
    trainees = conn.execute(stmt, params).all()
    own: dict[int, list[tuple[int, int]]] = {}
    for plan_id, trainee_id, issue_id in conn.execute(plan_stmt, params):
        own.setdefault(trainee_id, []).append((plan_id, issue_id))
    chosen: dict[int, tuple[int, int]] = {}  # trainee → (plan, issue)
    for row in trainees:
        entries = own.get(row[0])
        if entries:
            chosen[row[0]] = next((e for e in entries if e[1] == row[6]), entries[-1])

    latest: dict[int, tuple[Any, ...]] = {
        row[0]: tuple(row[1:]) for row in conn.execute(version_stmt, params)
    }
    issues: dict[int, tuple[Any, ...]] = {
        row[0]: tuple(row[1:]) for row in conn.execute(issue_stmt, params)
    }
    result = []
    for pid, name, kana, supervisor_id, muni_name, boss_name, theme in sorted(
        trainees, key=lambda r: _kana_key(r[1], r[2])
    ):
        plan = chosen.get(pid)
        issue_id = plan[1] if plan is not None else theme
        issue = issues.get(issue_id) if issue_id is not None else None
        last = latest.get(plan[0]) if plan is not None else None
        before = annual_hours(*issue[1:4]) if issue is not None else None
        after = annual_hours(*last[3:6]) if last is not None else None
        result.append(
            PlanSummary(
                trainee_id=pid,
                name=name,
                kana=kana,
                municipality_name=muni_name or "",
                supervisor_id=supervisor_id,
                supervisor_name=boss_name or "",
                issue_id=issue_id if issue is not None else None,
                issue_title=issue[0] if issue is not None else "",
                plan_id=plan[0] if plan is not None and last is not None else None,
                versions=last[0] if last is not None else 0,
                latest_version_id=last[1] if last is not None else None,
                latest_number=last[2] if last is not None else None,
                hours_before=before,
                hours_after=after,
                hours_saved=hours_saved(before, after) if last is not None else None,
            )
        )
    return result


def list_plans(workshop: Workshop) -> list[PlanSummary]:
    """Every live trainee with their theme and plan (latest version, hours saved), by kana."""
    with workshop.session() as session:
        return _summaries(session)


def plan_summaries(workshop: Workshop, trainee_ids: Iterable[int]) -> list[PlanSummary]:
    """The rows of ``list_plans`` of *trainee_ids* only (in the list's order), the same
    values; a trainee who is not a live trainee has no row."""
    with workshop.session() as session:
        return _summaries(session, trainee_ids)


def plan_summary(workshop: Workshop, plan_id: int) -> PlanSummary | None:
    """The ``list_plans`` row showing plan *plan_id*: its trainee's row (which names the
    trainee's current plan — after the plan was deleted, another one or none). None when
    there is no such plan or its trainee is no longer a live trainee."""
    with workshop.session() as session:
        trainee = (
            session.connection()
            .execute(sa_select(col(m.Plan.trainee_id)).where(col(m.Plan.id) == plan_id))
            .scalar()
        )
        if trainee is None:
            return None
        rows = _summaries(session, [trainee])
        return rows[0] if rows else None


def trainees_of_plans(workshop: Workshop, plan_ids: Iterable[int]) -> set[int]:
    """The trainees whose plans *plan_ids* are (deleted plans too: their row changes when
    a plan goes) — the rows of the plan list an edit of those plans changes."""
    wanted = sorted(set(plan_ids))
    if not wanted:
        return set()
    with workshop.session() as session:
        found = (
            session.connection()
            .execute(sa_select(col(m.Plan.trainee_id)).where(col(m.Plan.id).in_(wanted)))
            .scalars()
        )
        return {int(t) for t in found}


def get_plan(workshop: Workshop, plan_id: int) -> PlanDetail:
    with workshop.session() as session:
        return _plan_detail(session, _live_plan(session, plan_id))


def plan_of_trainee(workshop: Workshop, trainee_id: int) -> PlanDetail | None:
    with workshop.session() as session:
        plan = _plan_of_trainee(session, trainee_id)
        return _plan_detail(session, plan) if plan is not None else None


def get_version(workshop: Workshop, version_id: int) -> VersionDetail:
    with workshop.session() as session:
        version = _version(session, version_id)
        return _detail(session, version, _id(_latest(session, version.plan_id).id))


def compare_versions(workshop: Workshop, old_id: int, new_id: int) -> VersionComparison:
    """Two versions of one plan side by side, with what changed field by field."""
    with workshop.session() as session:
        old, new = _version(session, old_id), _version(session, new_id)
        if old.plan_id != new.plan_id:
            raise ValidationError("version", "mismatch", "the versions belong to different plans")
        latest = _id(_latest(session, old.plan_id).id)
        a, b = _detail(session, old, latest), _detail(session, new, latest)
    return VersionComparison(a, b, diff_plans(a.content, b.content))


# --- creating and deleting plans --------------------------------------------------------------


def _number_text(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def current_state_text(issue: m.Issue) -> str:
    """The issue's description with its workload, as the plan's 現状 starts."""
    text = issue.description.strip()
    workload = _issue_workload(issue)
    hours = workload.hours
    if hours is None:
        return text
    assert workload.cases_per_year is not None and workload.minutes_per_case is not None
    assert workload.people is not None
    load = (
        f"年間{_number_text(workload.cases_per_year)}件 × "
        f"{_number_text(workload.minutes_per_case)}分 × "
        f"{_number_text(workload.people)}人 ≈ {_number_text(round(hours))}時間"
    )
    return f"{text}（{load}）" if text else load


def create_plan(workshop: Workshop, trainee_id: int) -> PlanDetail:
    """A plan for the trainee's theme, version 1 with 対象業務 and 現状 from the issue."""
    with workshop.session() as session:
        person = session.get(m.Person, trainee_id)
        if person is None or person.deleted_at is not None:
            raise NotFound("person", trainee_id)
        issue_id = _theme_issue(session, trainee_id)
        issue = session.get(m.Issue, issue_id) if issue_id is not None else None
        if issue is None or issue.deleted_at is not None:
            raise ValidationError("theme", "no_theme", f"{person.name} has no theme yet")
        existing = session.exec(
            select(m.Plan).where(
                m.Plan.trainee_id == trainee_id,
                m.Plan.issue_id == issue.id,
                col(m.Plan.deleted_at).is_(None),
            )
        ).first()
        if existing is not None:
            raise ValidationError(
                "plan", "duplicate", f"{person.name} already has a plan for this theme"
            )
        plan = m.Plan(issue_id=_id(issue.id), trainee_id=trainee_id)
        session.add(plan)
        session.flush()
        session.add(
            m.PlanVersion(
                plan_id=_id(plan.id),
                number=1,
                target_process=issue.process.strip() or issue.title,
                current_state=current_state_text(issue),
            )
        )
        session.commit()
        return _plan_detail(session, plan)


def set_plan_deleted(workshop: Workshop, plan_id: int, deleted: bool) -> None:
    """Soft-delete a plan (with its versions), or restore it for undo."""
    with workshop.session() as session:
        plan = session.get(m.Plan, plan_id)
        if plan is None:
            raise NotFound("plan", plan_id)
        plan.deleted_at = _now() if deleted else None
        session.add(plan)
        session.commit()


# --- editing the latest version ---------------------------------------------------------------


def check_ecrs(values: Iterable[str]) -> list[str]:
    """ECRS classes in their canonical order (排除・結合・交換・簡素化), each once."""
    chosen = set()
    for value in values:
        try:
            chosen.add(Ecrs(value))
        except ValueError:
            raise ValidationError("ecrs", "bad_value", f"{value!r} is not an ECRS class") from None
    return [e.value for e in Ecrs if e in chosen]


def check_dx_means(values: Iterable[str]) -> list[str]:
    result: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text not in result:
            result.append(text)
    return result


def _checked(field: str, value: Any) -> Any:
    if field not in EDITABLE_FIELDS:
        raise ValidationError(field, "bad_value", f"{field} is not a field of a plan version")
    if field in NUMBER_FIELDS:
        return check_number(field, value)
    if field == "ecrs":
        return check_ecrs(value or ())
    if field == "dx_means":
        return check_dx_means(value or ())
    return plain_text(value)


def update_version(workshop: Workshop, version_id: int, field: str, value: Any) -> VersionEdit:
    """Change one field of the latest version; an older version is refused (``frozen``)."""
    new = _checked(field, value)
    with workshop.session() as session:
        version = _editable(session, version_id)
        old = getattr(version, field)
        old = list(old) if isinstance(old, list) else old
        setattr(version, field, new)
        session.add(version)
        session.commit()
        return VersionEdit(version_id, field, _frozen(old), _frozen(new))


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


# --- steps (実施計画) -----------------------------------------------------------------------------


def _check_step(field: str, value: Any) -> Any:
    if field not in STEP_FIELDS:
        raise ValidationError(field, "bad_value", f"{field} is not a field of a step")
    if field == "due":
        if value is not None and not isinstance(value, dt.date):
            raise ValidationError("due", "bad_value", f"{value!r} is not a date")
        return check_date("due", value)
    return clean_text(value)


def _renumber(session: Session, rows: Sequence[m.PlanStep]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
            session.add(row)


def add_step(
    workshop: Workshop,
    version_id: int,
    what: str = "",
    who: str = "",
    due: dt.date | None = None,
    *,
    position: int | None = None,
) -> StepRow:
    """A step of the latest version, at *position* (default: the end)."""
    values = {
        "what": _check_step("what", what),
        "who": _check_step("who", who),
        "due": _check_step("due", due),
    }
    with workshop.session() as session:
        _editable(session, version_id)
        rows = _steps(session, version_id)
        at = len(rows) if position is None else max(0, min(position, len(rows)))
        row = m.PlanStep(version_id=version_id, position=at, **values)
        session.add(row)
        session.flush()
        rows.insert(at, row)
        _renumber(session, rows)
        session.commit()
        return _step_row(row)


def _step(session: Session, step_id: int) -> m.PlanStep:
    row = session.get(m.PlanStep, step_id)
    if row is None:
        raise NotFound("step", step_id)
    return row


def update_step(workshop: Workshop, step_id: int, field: str, value: Any) -> StepEdit:
    new = _check_step(field, value)
    with workshop.session() as session:
        row = _step(session, step_id)
        _editable(session, row.version_id)
        old = getattr(row, field)
        setattr(row, field, new)
        session.add(row)
        session.commit()
        return StepEdit(step_id, field, old, new)


def move_step(workshop: Workshop, step_id: int, to_index: int) -> tuple[int, ...]:
    """Put a step at *to_index* (clamped); returns the order before, for undo."""
    with workshop.session() as session:
        row = _step(session, step_id)
        _editable(session, row.version_id)
        rows = _steps(session, row.version_id)
        before = tuple(_id(r.id) for r in rows)
        rows.remove(row)
        rows.insert(max(0, min(to_index, len(rows))), row)
        _renumber(session, rows)
        session.commit()
        return before


def set_step_order(workshop: Workshop, version_id: int, step_ids: Sequence[int]) -> None:
    """Put the steps of a version in the given order (undo of a move)."""
    with workshop.session() as session:
        _editable(session, version_id)
        rows = {r.id: r for r in _steps(session, version_id)}
        if set(rows) != set(step_ids):
            raise ValidationError("steps", "mismatch", "the steps have changed")
        _renumber(session, [rows[i] for i in step_ids])
        session.commit()


def delete_step(workshop: Workshop, step_id: int) -> StepRow:
    """Remove a step of the latest version; returns it for ``restore_step``."""
    with workshop.session() as session:
        row = _step(session, step_id)
        _editable(session, row.version_id)
        snapshot = _step_row(row)
        session.delete(row)
        session.flush()
        _renumber(session, _steps(session, snapshot.version_id))
        session.commit()
        return snapshot


def restore_step(workshop: Workshop, step: StepRow) -> StepRow:
    """Put a deleted step back where it was, with its id (undo of delete, redo of add)."""
    with workshop.session() as session:
        _editable(session, step.version_id)
        if session.get(m.PlanStep, step.id) is not None:
            raise ValidationError("steps", "duplicate", "the step exists already")
        rows = _steps(session, step.version_id)
        row = m.PlanStep(
            id=step.id, version_id=step.version_id, position=step.position,
            what=step.what, who=step.who, due=step.due,
        )  # fmt: skip
        session.add(row)
        rows.insert(max(0, min(step.position, len(rows))), row)
        _renumber(session, rows)
        session.commit()
        return _step_row(row)


# --- versions ---------------------------------------------------------------------------------


def start_new_version(workshop: Workshop, plan_id: int, reason: str) -> VersionDetail:
    """Copy the latest version (with its steps) as the next one, which says why; the
    version before is frozen from now on."""
    reason = required_text("reason", reason)
    with workshop.session() as session:
        _live_plan(session, plan_id)
        latest = _latest(session, plan_id)
        copy = m.PlanVersion(
            plan_id=plan_id,
            number=latest.number + 1,
            reason=reason,
            **{f: _copy(getattr(latest, f)) for f in (*TEXT_FIELDS, *LIST_FIELDS, *NUMBER_FIELDS)},
        )
        session.add(copy)
        session.flush()
        for step in _steps(session, _id(latest.id)):
            session.add(
                m.PlanStep(
                    version_id=_id(copy.id),
                    position=step.position,
                    what=step.what,
                    who=step.who,
                    due=step.due,
                )
            )
        session.commit()
        return _detail(session, copy, _id(copy.id))


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _references(session: Session, version_id: int) -> int:
    stmt = (
        select(func.count())
        .select_from(m.Feedback)
        .where(
            col(m.Feedback.deleted_at).is_(None),
            (col(m.Feedback.plan_version_id) == version_id)
            | (col(m.Feedback.addressed_in_version_id) == version_id),
        )
    )
    return int(session.exec(stmt).one())


@dataclass(frozen=True, slots=True)
class RemovedVersion:
    """What ``restore_version`` needs: the version, and deleted (undone) feedback on it."""

    version: VersionDetail
    feedback: tuple[Mapping[str, Any], ...] = ()
    ratings: tuple[Mapping[str, Any], ...] = ()
    unlinked: tuple[int, ...] = ()  # deleted feedback whose link to the version went


def remove_latest_version(workshop: Workshop, version_id: int) -> RemovedVersion:
    """Take back the newest version (undo of ``start_new_version``); returns it for
    ``restore_version``. The first version, or one that live feedback refers to, stays.

    Feedback on the version that was itself taken back (soft-deleted by an undo) goes with
    it and comes back with ``restore_version``, so redo finds it again.
    """
    with workshop.session() as session:
        version = _editable(session, version_id)
        if version.number <= 1 or len(_versions(session, version.plan_id)) <= 1:
            raise ValidationError("version", "only_version", "a plan keeps its first version")
        if _references(session, version_id):
            raise ValidationError("version", "in_use", "feedback refers to this version")
        snapshot = _detail(session, version, version_id)
        gone = session.exec(
            select(m.Feedback).where(m.Feedback.plan_version_id == version_id)
        ).all()
        ratings = session.exec(
            select(m.FeedbackRating).where(
                col(m.FeedbackRating.feedback_id).in_([f.id for f in gone])
            )
        ).all()
        linked = session.exec(
            select(m.Feedback).where(m.Feedback.addressed_in_version_id == version_id)
        ).all()
        removed = RemovedVersion(
            snapshot,
            tuple(f.model_dump() for f in gone),
            tuple(r.model_dump() for r in ratings),
            tuple(_id(f.id) for f in linked),
        )
        for f in linked:
            f.addressed_in_version_id = None
            session.add(f)
        for r in ratings:
            session.delete(r)
        for f in gone:
            session.delete(f)
        for step in _steps(session, version_id):
            session.delete(step)
        session.flush()
        session.delete(version)
        session.commit()
        return removed


def restore_version(workshop: Workshop, removed: RemovedVersion) -> VersionDetail:
    """Bring a removed version back with its id, number, steps and creation time."""
    snapshot = removed.version
    with workshop.session() as session:
        _live_plan(session, snapshot.plan_id)
        if session.get(m.PlanVersion, snapshot.id) is not None:
            raise ValidationError("version", "duplicate", "the version exists already")
        latest = _latest(session, snapshot.plan_id)
        if latest.number >= snapshot.number:
            raise ValidationError("version", "duplicate", "a newer version exists")
        row = m.PlanVersion(
            id=snapshot.id,
            plan_id=snapshot.plan_id,
            number=snapshot.number,
            reason=snapshot.reason,
            created_at=snapshot.created_at,
            **{f: _copy(getattr(snapshot, f)) for f in (*TEXT_FIELDS, *NUMBER_FIELDS)},
            ecrs=list(snapshot.ecrs),
            dx_means=list(snapshot.dx_means),
        )
        session.add(row)
        session.flush()
        for step in snapshot.steps:
            session.add(
                m.PlanStep(
                    id=step.id,
                    version_id=snapshot.id,
                    position=step.position,
                    what=step.what,
                    who=step.who,
                    due=step.due,
                )
            )
        for values in removed.feedback:
            session.add(m.Feedback(**values))
        session.flush()
        for values in removed.ratings:
            session.add(m.FeedbackRating(**values))
        for ident in removed.unlinked:
            feedback = session.get(m.Feedback, ident)
            if feedback is not None:
                feedback.addressed_in_version_id = snapshot.id
                session.add(feedback)
        session.commit()
        return _detail(session, row, snapshot.id)


# --- linking a change to the feedback that prompted it ----------------------------------------


def _live_feedback(session: Session, feedback_id: int) -> m.Feedback:
    row = session.get(m.Feedback, feedback_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("feedback", feedback_id)
    return row


def link_feedback(workshop: Workshop, feedback_id: int, version_id: int) -> FeedbackLink:
    """Record that *version* answers the feedback (which becomes "addressed").

    The version must be of the same plan and newer than the version the feedback was
    given on, and the feedback must have been received.
    """
    with workshop.session() as session:
        feedback = _live_feedback(session, feedback_id)
        version = _version(session, version_id)
        given_on = _version(session, feedback.plan_version_id)
        if version.plan_id != given_on.plan_id:
            raise ValidationError("version", "mismatch", "the version is of another plan")
        if version.number <= given_on.number:
            raise ValidationError(
                "version",
                "not_newer",
                f"version {version.number} is not newer than version {given_on.number}, "
                "on which the feedback was given",
            )
        if not feedback_rules.can_link(feedback.status):
            raise ValidationError("feedback", "not_received", "the feedback has not come in yet")
        link = FeedbackLink(
            feedback_id,
            feedback.addressed_in_version_id,
            FeedbackStatus(feedback.status),
            version_id,
            FeedbackStatus.ADDRESSED,
        )
        feedback.addressed_in_version_id = version_id
        feedback.status = FeedbackStatus.ADDRESSED.value
        session.add(feedback)
        session.commit()
        return link


def unlink_feedback(workshop: Workshop, feedback_id: int) -> FeedbackLink:
    """The feedback is answered by no version any more (and is "received" again)."""
    with workshop.session() as session:
        feedback = _live_feedback(session, feedback_id)
        old_status = FeedbackStatus(feedback.status)
        new_status = (
            FeedbackStatus.RECEIVED if old_status == FeedbackStatus.ADDRESSED else old_status
        )
        link = FeedbackLink(
            feedback_id, feedback.addressed_in_version_id, old_status, None, new_status
        )
        feedback.addressed_in_version_id = None
        feedback.status = new_status.value
        session.add(feedback)
        session.commit()
        return link


def restore_feedback_link(workshop: Workshop, link: FeedbackLink) -> None:
    """Put a feedback's link and status back as they were before *link* (undo)."""
    with workshop.session() as session:
        feedback = _live_feedback(session, link.feedback_id)
        feedback.addressed_in_version_id = link.old_version_id
        feedback.status = link.old_status.value
        session.add(feedback)
        session.commit()


def version_numbers(workshop: Workshop, version_ids: Iterable[int]) -> Mapping[int, int]:
    """Version id → number, for the ids that exist."""
    ids = list(version_ids)
    if not ids:
        return {}
    with workshop.session() as session:
        rows = session.exec(select(m.PlanVersion).where(col(m.PlanVersion.id).in_(ids))).all()
        return {_id(r.id): r.number for r in rows}


# --- operations (see services/ops.py) -----------------------------------------------------------
# ``plan`` ids are the plans'; a version's or a step's edit reports its plan.


def _plan_of_version(workshop: Workshop, version_id: int) -> ops.Changes:
    with workshop.session() as session:
        plan_id = session.exec(
            select(m.PlanVersion.plan_id).where(m.PlanVersion.id == version_id)
        ).first()
    return ops.Changes.of(plan=None if plan_id is None else [plan_id])


def _plan_of_step(workshop: Workshop, step_id: int) -> ops.Changes:
    with workshop.session() as session:
        version_id = session.exec(
            select(m.PlanStep.version_id).where(m.PlanStep.id == step_id)
        ).first()
    return (
        ops.Changes.of(plan=None) if version_id is None else _plan_of_version(workshop, version_id)
    )


def create_plan_op(trainee_id: int) -> ops.Operation:
    """:func:`create_plan` as an operation (value: the new ``PlanDetail``); redo brings
    the same plan back."""
    return ops.created(
        lambda ws: create_plan(ws, trainee_id),
        lambda ws, plan, deleted: set_plan_deleted(ws, plan.id, deleted),
        lambda plan: ops.Changes.of(plan=[plan.id]),
    )


def update_version_op(version_id: int, field: str, value: Any) -> ops.Operation:
    """:func:`update_version` as an operation; its reverse puts the old value back."""

    def run(workshop: Workshop) -> ops.OpResult[VersionEdit]:
        edit = update_version(workshop, version_id, field, value)
        reverse = update_version_op(version_id, field, edit.old)
        return ops.OpResult(edit, _plan_of_version(workshop, version_id), reverse)

    return run


def start_new_version_op(plan_id: int, reason: str) -> ops.Operation:
    """:func:`start_new_version` as an operation (value: the new ``VersionDetail``); undo
    removes it, redo brings back the same version (id, number, steps)."""
    changes = ops.Changes.of(plan=[plan_id])

    def redo_of(removed: RemovedVersion) -> ops.Operation:
        def run(workshop: Workshop) -> ops.OpResult[VersionDetail]:
            made = restore_version(workshop, removed)
            return ops.OpResult(made, changes, undo_of(made.id))

        return run

    def undo_of(version_id: int) -> ops.Operation:
        def run(workshop: Workshop) -> ops.OpResult[RemovedVersion]:
            removed = remove_latest_version(workshop, version_id)
            return ops.OpResult(removed, changes, redo_of(removed))

        return run

    def run(workshop: Workshop) -> ops.OpResult[VersionDetail]:
        made = start_new_version(workshop, plan_id, reason)
        return ops.OpResult(made, changes, undo_of(made.id))

    return run


def add_step_op(version_id: int, *, position: int | None = None) -> ops.Operation:
    """:func:`add_step` as an operation (value: the new ``StepRow``)."""

    def run(workshop: Workshop) -> ops.OpResult[StepRow]:
        row = add_step(workshop, version_id, position=position)
        changes = _plan_of_version(workshop, version_id)
        return ops.OpResult(row, changes, _delete_step_op(row, changes))

    return run


def delete_step_op(step_id: int) -> ops.Operation:
    """:func:`delete_step` as an operation; redo restores the same step."""

    def run(workshop: Workshop) -> ops.OpResult[StepRow]:
        changes = _plan_of_step(workshop, step_id)
        row = delete_step(workshop, step_id)
        return ops.OpResult(row, changes, _restore_step_op(row, changes))

    return run


def _delete_step_op(step: StepRow, changes: ops.Changes) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[StepRow]:
        delete_step(workshop, step.id)
        return ops.OpResult(step, changes, _restore_step_op(step, changes))

    return run


def _restore_step_op(step: StepRow, changes: ops.Changes) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[StepRow]:
        row = restore_step(workshop, step)
        return ops.OpResult(row, changes, _delete_step_op(row, changes))

    return run


def move_step_op(version_id: int, step_id: int, to_index: int) -> ops.Operation:
    """:func:`move_step` as an operation; its reverse puts the steps back in order."""

    def run(workshop: Workshop) -> ops.OpResult[tuple[int, ...]]:
        before = move_step(workshop, step_id, to_index)
        changes = _plan_of_version(workshop, version_id)
        return ops.OpResult(before, changes, _step_order_op(version_id, before, changes))

    return run


def _step_order_op(version_id: int, order: Sequence[int], changes: ops.Changes) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[tuple[int, ...]]:
        before = tuple(s.id for s in get_version(workshop, version_id).steps)
        set_step_order(workshop, version_id, order)
        return ops.OpResult(before, changes, _step_order_op(version_id, before, changes))

    return run


def update_step_op(step_id: int, field: str, value: Any) -> ops.Operation:
    """:func:`update_step` as an operation; its reverse puts the old value back."""

    def run(workshop: Workshop) -> ops.OpResult[StepEdit]:
        edit = update_step(workshop, step_id, field, value)
        reverse = update_step_op(step_id, field, edit.old)
        return ops.OpResult(edit, _plan_of_step(workshop, step_id), reverse)

    return run


def _link_op(feedback_id: int, link: Any) -> ops.Operation:
    """Link (or, with ``link`` None, unlink) a feedback; the reverse restores the link."""
    changes = ops.Changes.of(feedback=[feedback_id], plan=None)
    return ops.recorded(
        lambda ws: (
            unlink_feedback(ws, feedback_id)
            if link is None
            else link_feedback(ws, feedback_id, link)
        ),
        lambda ws, _before: (
            unlink_feedback(ws, feedback_id)
            if link is None
            else link_feedback(ws, feedback_id, link)
        ),
        restore_feedback_link,
        changes,
    )


def link_feedback_op(feedback_id: int, version_id: int) -> ops.Operation:
    """:func:`link_feedback` as an operation (the version took the comment in)."""
    return _link_op(feedback_id, version_id)


def unlink_feedback_op(feedback_id: int) -> ops.Operation:
    """:func:`unlink_feedback` as an operation."""
    return _link_op(feedback_id, None)
