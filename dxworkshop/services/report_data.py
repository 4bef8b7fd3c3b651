"""Read models of the Word reports: every trainee, municipality and the programme at once.

The reports are exported in batches (600 supervisor summaries of a prefecture-wide file),
so :func:`gather` reads each table once for everyone — a fixed number of queries whatever
the size — and slices the rows per trainee and per municipality in memory. A
:class:`ReportBook` then hands out one trainee's, one municipality's or the programme's
read model; a trainee's holds only that trainee's data (the supervisor summary must never
show another trainee's issues, plans or feedback).

Hours: an issue's workload is ``domain.workload.annual_hours`` of its cases × minutes ×
people; a plan's expected saving is the theme issue's hours before minus the latest
version's ``after_*`` workload (unknown when either is); the measured saving is the
practice outcome's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, union
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from dxworkshop.domain.enums import (
    ActionStatus,
    Decision,
    FeedbackStatus,
    HearingStatus,
    Quadrant,
    QuestionKind,
    Role,
)
from dxworkshop.domain.names import person_sort_key
from dxworkshop.domain.scoring import quadrant
from dxworkshop.domain.text import storable_in
from dxworkshop.domain.workload import annual_hours, hours_saved, sum_known
from dxworkshop.services import hearings as hs
from dxworkshop.services.criteria import CriterionRow
from dxworkshop.services.errors import NotFound
from dxworkshop.services.prioritize import ScoringBoard, scoring_board, spec_of
from dxworkshop.services.programme import ProgrammeInfo
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

UNCATEGORISED = "未分類"

# --- read models ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionLine:
    title: str
    phase: str
    date: dt.date | None
    place: str
    held: bool  # its date is today or earlier


@dataclass(frozen=True, slots=True)
class IssueLine:
    id: int
    title: str
    process: str
    description: str
    categories: tuple[str, ...]
    cases_per_year: float | None
    minutes_per_case: float | None
    people: float | None
    annual_hours: float | None
    source: str
    status: str
    is_theme: bool
    x_score: int | None  # the matrix axes' consensus scores
    y_score: int | None
    quadrant: Quadrant | None
    gated_out: bool
    rank: int  # among all the programme's issues, 1 = best


@dataclass(frozen=True, slots=True)
class StepLine:
    what: str
    who: str
    due: dt.date | None


@dataclass(frozen=True, slots=True)
class PlanLine:
    """The latest version of a trainee's plan, in A3 order, with its expected effect."""

    plan_id: int
    version_number: int
    versions: int
    version_date: dt.date | None
    reason: str
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
    steps: tuple[StepLine, ...]
    hours_before: float | None
    hours_after: float | None
    hours_saved: float | None


@dataclass(frozen=True, slots=True)
class RatingLine:
    item: str
    value: int
    max: int


@dataclass(frozen=True, slots=True)
class FeedbackLine:
    round_number: int
    round_title: str
    round_due: dt.date | None
    reviewer_name: str
    role: str  # ReviewerRole
    version_number: int
    ratings: tuple[RatingLine, ...]
    good_points: str
    improvements: str
    support: str
    decision: Decision | None
    status: FeedbackStatus
    response: str

    @property
    def received(self) -> bool:
        return self.status != FeedbackStatus.REQUESTED


@dataclass(frozen=True, slots=True)
class ActionLine:
    title: str
    owner_name: str
    due: dt.date | None
    status: ActionStatus
    progress: int

    @property
    def open(self) -> bool:
        return self.status != ActionStatus.DONE


@dataclass(frozen=True, slots=True)
class CheckInLine:
    date: dt.date
    progress: int
    note: str
    obstacles: str
    support_needed: str


@dataclass(frozen=True, slots=True)
class MeasurementLine:
    metric: str
    baseline: float | None
    target: float | None
    actual: float | None
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    hours_saved_per_year: float | None
    effects: str
    spread_potential: str


@dataclass(frozen=True, slots=True)
class TraineeReport:
    """Everything the supervisor summary of one trainee shows; nobody else's data."""

    id: int
    name: str
    kana: str
    title: str
    municipality_id: int | None
    municipality_name: str
    department_name: str
    supervisor_id: int | None
    supervisor_name: str
    supervisor_title: str
    group_name: str
    issues: tuple[IssueLine, ...]  # best ranked first
    theme: IssueLine | None
    plan: PlanLine | None
    feedback: tuple[FeedbackLine, ...]  # by round, then supervisor before instructor
    actions: tuple[ActionLine, ...]
    check_ins: tuple[CheckInLine, ...]  # oldest first
    measurements: tuple[MeasurementLine, ...]
    outcome: OutcomeLine | None

    @property
    def issue_hours(self) -> float:
        return sum_known(i.annual_hours for i in self.issues)

    @property
    def expected_hours_saved(self) -> float | None:
        return self.plan.hours_saved if self.plan else None

    @property
    def measured_hours_saved(self) -> float | None:
        return self.outcome.hours_saved_per_year if self.outcome else None

    @property
    def last_check_in(self) -> CheckInLine | None:
        return self.check_ins[-1] if self.check_ins else None

    @property
    def next_steps(self) -> tuple[ActionLine, ...]:
        """Open action items, soonest due first (undated last)."""
        return tuple(
            sorted(
                (a for a in self.actions if a.open),
                key=lambda a: (a.due is None, a.due or dt.date.max),
            )
        )

    @property
    def practice_progress(self) -> int | None:
        """Where practice stands: the last check-in's progress, else the mean of the items."""
        if self.check_ins:
            return self.check_ins[-1].progress
        if self.actions:
            return round(sum(a.progress for a in self.actions) / len(self.actions))
        return None

    @property
    def latest_decision(self) -> Decision | None:
        """The decision of the latest round that has one; the supervisor's before the
        instructor's (the supervisor decides what happens at work)."""
        decided = [f for f in self.feedback if f.decision is not None and f.received]
        if not decided:
            return None
        last = max(f.round_number for f in decided)
        in_round = [f for f in decided if f.round_number == last]
        in_round.sort(key=lambda f: f.role != "supervisor")
        return in_round[0].decision


@dataclass(frozen=True, slots=True)
class AnswerLine:
    section: str
    question: str
    kind: QuestionKind
    answer: str  # as text; a scale answer is its label
    level: int | None  # scale: index into labels
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HearingSummary:
    date: dt.date | None
    status: HearingStatus
    interviewer_name: str
    attendees: str
    notes: str
    answers: tuple[AnswerLine, ...]  # answered choice, scale, number and text questions
    findings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MunicipalityReport:
    id: int
    name: str
    code: str
    hearing: HearingSummary | None
    trainees: tuple[TraineeReport, ...]
    departments: tuple[str, ...]  # of its trainees, in order of appearance
    progress: hs.Comparison | None = None  # its own row of the hearing comparison

    @property
    def expected_hours_saved(self) -> float:
        return sum_known(t.expected_hours_saved for t in self.trainees)

    @property
    def measured_hours_saved(self) -> float:
        return sum_known(t.measured_hours_saved for t in self.trainees)

    @property
    def issue_count(self) -> int:
        return sum(len(t.issues) for t in self.trainees)

    @property
    def issue_hours(self) -> float:
        return sum_known(t.issue_hours for t in self.trainees)

    @property
    def spread_cases(self) -> tuple[CaseLine, ...]:
        return tuple(c for c in _cases(self.trainees))


@dataclass(frozen=True, slots=True)
class ParticipationLine:
    """One municipality's row of the programme's participation and results table."""

    municipality_id: int
    municipality_name: str
    hearing_status: HearingStatus | None
    trainees: int
    issues: int
    themes: int
    plans: int
    feedback_received: int
    feedback_requested: int
    check_ins: int
    outcomes: int
    expected_hours_saved: float
    measured_hours_saved: float


@dataclass(frozen=True, slots=True)
class CountLine:
    label: str
    count: int
    hours: float = 0.0


@dataclass(frozen=True, slots=True)
class DecisionLine:
    round_number: int
    round_title: str
    due: dt.date | None
    counts: Mapping[Decision, int]
    pending: int  # requested, not yet received


@dataclass(frozen=True, slots=True)
class CaseLine:
    """A practised improvement others could copy (横展開)."""

    municipality_name: str
    department_name: str
    theme: str
    solution: str
    dx_means: tuple[str, ...]
    hours_saved: float | None
    effects: str
    spread_potential: str


@dataclass(frozen=True, slots=True)
class ThemeLine:
    municipality_name: str
    department_name: str
    theme: str
    ecrs: tuple[str, ...]
    dx_means: tuple[str, ...]
    expected_hours_saved: float | None


@dataclass(frozen=True, slots=True)
class ProgrammeReport:
    programme: ProgrammeInfo
    today: dt.date
    sessions: tuple[SessionLine, ...]
    participation: tuple[ParticipationLine, ...]
    counts: Mapping[str, int]
    comparison: hs.Comparison
    categories: tuple[CountLine, ...]  # issues by category, most first
    themes: tuple[ThemeLine, ...]
    ecrs_mix: tuple[CountLine, ...]
    dx_means_mix: tuple[CountLine, ...]
    decisions: tuple[DecisionLine, ...]
    cases: tuple[CaseLine, ...]

    @property
    def sessions_held(self) -> tuple[SessionLine, ...]:
        return tuple(s for s in self.sessions if s.held)

    @property
    def sessions_ahead(self) -> tuple[SessionLine, ...]:
        return tuple(s for s in self.sessions if not s.held)

    @property
    def expected_hours_saved(self) -> float:
        return sum(p.expected_hours_saved for p in self.participation)

    @property
    def measured_hours_saved(self) -> float:
        return sum(p.measured_hours_saved for p in self.participation)


@dataclass(frozen=True)
class ReportBook:
    """Everything the reports need, read once; slice it with the methods.

    A book of some trainees (``gather(…, trainee_ids=…)``) holds their reports only —
    the same values as in the whole book — and no municipality or programme report.
    """

    programme: ProgrammeInfo
    today: dt.date
    trainees: tuple[TraineeReport, ...]  # by municipality, then 五十音順
    municipalities: tuple[MunicipalityReport, ...]  # municipalities with trainees or a hearing
    supervisors: Mapping[int, str]  # id → name of people who supervise a trainee, 五十音順
    matrix_axes: tuple[CriterionRow, CriterionRow] | None  # (x, y) of the payoff matrix
    _programme_report: ProgrammeReport | None = field(repr=False)
    _by_trainee: dict[int, TraineeReport] = field(default_factory=dict, repr=False)
    _by_muni: dict[int, MunicipalityReport] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_trainee.update({t.id: t for t in self.trainees})
        self._by_muni.update({mr.id: mr for mr in self.municipalities})

    def trainee(self, trainee_id: int) -> TraineeReport:
        try:
            return self._by_trainee[trainee_id]
        except KeyError:
            raise NotFound("trainee", trainee_id) from None

    def municipality(self, municipality_id: int) -> MunicipalityReport:
        try:
            return self._by_muni[municipality_id]
        except KeyError:
            raise NotFound("municipality", municipality_id) from None

    def trainees_of_supervisor(self, supervisor_id: int) -> tuple[TraineeReport, ...]:
        return tuple(t for t in self.trainees if t.supervisor_id == supervisor_id)

    def trainees_of_municipality(self, municipality_id: int) -> tuple[TraineeReport, ...]:
        return tuple(t for t in self.trainees if t.municipality_id == municipality_id)

    def programme_report(self) -> ProgrammeReport:
        if self._programme_report is None:
            raise ValueError("a book of some trainees has no programme report")
        return self._programme_report


# --- gathering -----------------------------------------------------------------------------


def municipality_sort_key(
    code: str, kana: str, name: str, ident: int
) -> tuple[bool, str, str, int]:
    """Municipalities in 団体コード order (as the prefecture lists them), then by reading."""
    return (code == "", code, kana or name, ident)


def _rows(session: Session, *columns: Any, where: Iterable[Any] = (), order: Any = None) -> Any:
    stmt = sa_select(*columns)
    for clause in where:
        stmt = stmt.where(clause)
    if order is not None:
        stmt = stmt.order_by(order)
    return session.connection().execute(stmt).all()


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def gather(
    workshop: Workshop,
    *,
    today: dt.date | None = None,
    trainee_ids: Iterable[int] | None = None,
) -> ReportBook:
    """Read every table the reports need once and build the read models of everyone.

    *trainee_ids*: a book of those trainees only (their supervisor summaries), which
    reads their rows only — their issues (ranked among the programme's in SQL), plans,
    feedback and practice — so one trainee's summary costs the same on any size of
    programme; the batch export reads everyone with the default.
    """
    today = today or dt.date.today()
    only = None if trainee_ids is None else sorted(set(trainee_ids))
    comparison = None
    if only is None:
        board = scoring_board(workshop)
        comparison = hs.comparison(workshop)
    else:
        with workshop.session() as session:
            wanted = _issues_of(session, only)
        board = scoring_board(workshop, issue_ids=wanted)
    with workshop.session() as session:
        # A file altered outside the app may hold text no document can: dropped here,
        # so no document (nor a chart's label) meets it.
        return storable_in(_Gatherer(session, board, comparison, today, only).book())


def _issues_of(session: Session, trainee_ids: Sequence[int]) -> list[int]:
    """The issues the reports of *trainee_ids* show: their own, their themes, the issues
    of their plans."""
    ids: Any = bindparam("ids", expanding=True)
    stmt: Any = union(
        sa_select(col(m.Issue.id)).where(col(m.Issue.owner_id).in_(ids)),
        sa_select(col(m.Theme.issue_id)).where(col(m.Theme.trainee_id).in_(ids)),
        sa_select(col(m.Plan.issue_id)).where(col(m.Plan.trainee_id).in_(ids)),
    )
    return [int(i) for (i,) in session.connection().execute(stmt, {"ids": list(trainee_ids)})]


class _Gatherer:
    """One pass over the tables; builds trainees, municipalities and the programme."""

    def __init__(
        self,
        session: Session,
        board: ScoringBoard,
        comparison: hs.Comparison | None,
        today: dt.date,
        only: list[int] | None = None,
    ) -> None:
        self.s = session
        self.board = board
        self.comparison = comparison
        self.today = today
        self.only = only  # the trainees of a partial book (None: everyone)

    def _of(self, column: Any, ids: Iterable[Any] | Any) -> list[Any]:
        """The where clause of a partial book (``column IN ids``), none for everyone."""
        if self.only is None:
            return []
        return [column.in_(list(ids) if isinstance(ids, set | list | tuple) else ids)]

    # -- setup ----------------------------------------------------------------------

    def _programme(self) -> ProgrammeInfo:
        rows = _rows(
            self.s,
            col(m.Programme.name),
            col(m.Programme.fiscal_year),
            col(m.Programme.organiser),
            col(m.Programme.start_date),
            col(m.Programme.end_date),
            col(m.Programme.description),
            col(m.Programme.dx_means_catalogue),
            col(m.Programme.issue_categories),
            order=col(m.Programme.id),
        )
        if not rows:
            raise NotFound("programme", 1)
        r = rows[0]
        return ProgrammeInfo(
            name=r[0],
            fiscal_year=r[1],
            organiser=r[2],
            start_date=r[3],
            end_date=r[4],
            description=r[5],
            dx_means_catalogue=tuple(r[6] or ()),
            issue_categories=tuple(r[7] or ()),
        )

    def _people(self) -> None:
        p = m.Person
        self.people: dict[int, Any] = {
            row[0]: row
            for row in _rows(
                self.s,
                col(p.id),
                col(p.name),
                col(p.kana),
                col(p.title),
                col(p.municipality_id),
                col(p.department_id),
                col(p.supervisor_id),
                where=[col(p.deleted_at).is_(None)],
            )
        }
        self.roles: dict[int, set[str]] = defaultdict(set)
        for pid, role in _rows(self.s, col(m.PersonRole.person_id), col(m.PersonRole.role)):
            self.roles[pid].add(role)
        self.munis: dict[int, Any] = {
            row[0]: row
            for row in _rows(
                self.s,
                col(m.Municipality.id),
                col(m.Municipality.name),
                col(m.Municipality.kana),
                col(m.Municipality.code),
                where=[col(m.Municipality.deleted_at).is_(None)],
            )
        }
        self.depts: dict[int, str] = dict(
            _rows(
                self.s,
                col(m.Department.id),
                col(m.Department.name),
                where=[col(m.Department.deleted_at).is_(None)],
            )
        )
        groups = dict(
            _rows(
                self.s,
                col(m.WorkGroup.id),
                col(m.WorkGroup.name),
                where=[col(m.WorkGroup.deleted_at).is_(None)],
            )
        )
        self.group_of: dict[int, str] = {}
        for gid, pid in _rows(self.s, col(m.GroupMember.group_id), col(m.GroupMember.person_id)):
            if gid in groups:
                self.group_of.setdefault(pid, groups[gid])

    def _name(self, person_id: int | None) -> str:
        row = self.people.get(person_id) if person_id is not None else None
        return str(row[1]) if row is not None else ""

    # -- issues and themes ------------------------------------------------------------

    def _issues(self) -> None:
        i = m.Issue
        extra = {
            row[0]: row
            for row in _rows(
                self.s,
                col(i.id),
                col(i.description),
                col(i.categories),
                col(i.cases_per_year),
                col(i.minutes_per_case),
                col(i.people),
                col(i.source),
                where=[col(i.deleted_at).is_(None), *self._of(col(i.id), self._board_ids())],
            )
        }
        x_crit, y_crit = self.board.x_criterion, self.board.y_criterion
        self.themes: dict[int, int] = {}  # trainee → issue
        for trainee_id, issue_id in _rows(self.s, col(m.Theme.trainee_id), col(m.Theme.issue_id)):
            self.themes[trainee_id] = issue_id
        theme_issues = set(self.themes.values())
        self.issues: dict[int, IssueLine] = {}
        self.issues_of: dict[int, list[IssueLine]] = defaultdict(list)
        self.issue_muni: dict[int, int | None] = {}
        for row in self.board.rows:
            more = extra.get(row.id)
            if more is None:
                continue
            x = row.scores.get(x_crit.id) if x_crit is not None else None
            y = row.scores.get(y_crit.id) if y_crit is not None else None
            quad = None
            if x is not None and y is not None and x_crit is not None and y_crit is not None:
                quad = quadrant(x, y, spec_of(x_crit), spec_of(y_crit))
            line = IssueLine(
                id=row.id,
                title=row.title,
                process=row.process,
                description=more[1],
                categories=tuple(more[2] or ()),
                cases_per_year=more[3],
                minutes_per_case=more[4],
                people=more[5],
                annual_hours=row.annual_hours,
                source=more[6],
                status=row.status,
                is_theme=row.id in theme_issues,
                x_score=x,
                y_score=y,
                quadrant=quad,
                gated_out=row.gated_out,
                rank=row.rank,
            )
            self.issues[row.id] = line
            if row.owner_id is not None:
                self.issues_of[row.owner_id].append(line)
        for issue_id, muni_id in _rows(
            self.s,
            col(i.id),
            col(i.municipality_id),
            where=[col(i.deleted_at).is_(None), *self._of(col(i.id), self._board_ids())],
        ):
            self.issue_muni[issue_id] = muni_id

    def _board_ids(self) -> list[int]:
        return [row.id for row in self.board.rows]

    # -- plans ---------------------------------------------------------------------------

    def _plans(self) -> None:
        plans = _rows(
            self.s,
            col(m.Plan.id),
            col(m.Plan.issue_id),
            col(m.Plan.trainee_id),
            where=[col(m.Plan.deleted_at).is_(None), *self._of(col(m.Plan.trainee_id), self.only)],
            order=col(m.Plan.id),
        )
        by_trainee: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for plan_id, issue_id, trainee_id in plans:
            by_trainee[trainee_id].append((plan_id, issue_id))
        # The plan of the trainee's theme, else the newest plan.
        self.plan_of: dict[int, tuple[int, int]] = {}
        for trainee_id, entries in by_trainee.items():
            theme = self.themes.get(trainee_id)
            chosen = next((e for e in entries if e[1] == theme), entries[-1])
            self.plan_of[trainee_id] = chosen
        chosen_plans = {plan_id for plan_id, _ in self.plan_of.values()}
        self.chosen_plans = chosen_plans

        v = m.PlanVersion
        versions: dict[int, list[Any]] = defaultdict(list)
        for row in _rows(
            self.s,
            col(v.id),
            col(v.plan_id),
            col(v.number),
            col(v.created_at),
            col(v.reason),
            col(v.target_process),
            col(v.current_state),
            col(v.problems),
            col(v.root_cause),
            col(v.solution),
            col(v.ecrs),
            col(v.dx_means),
            col(v.goal),
            col(v.kpi),
            col(v.after_cases_per_year),
            col(v.after_minutes_per_case),
            col(v.after_people),
            col(v.risks),
            col(v.support_needed),
            where=self._of(col(v.plan_id), chosen_plans),
        ):
            if row[1] in chosen_plans:
                versions[row[1]].append(row)
        self.version_number: dict[int, int] = {}  # version id → number (all chosen plans)
        latest: dict[int, Any] = {}
        for plan_id, rows in versions.items():
            rows.sort(key=lambda r: r[2])
            latest[plan_id] = rows[-1]
            for r in rows:
                self.version_number[r[0]] = r[2]
        latest_ids = {r[0] for r in latest.values()}
        steps: dict[int, list[StepLine]] = defaultdict(list)
        for version_id, _pos, what, who, due in _rows(
            self.s,
            col(m.PlanStep.version_id),
            col(m.PlanStep.position),
            col(m.PlanStep.what),
            col(m.PlanStep.who),
            col(m.PlanStep.due),
            where=self._of(col(m.PlanStep.version_id), latest_ids),
            order=col(m.PlanStep.position),
        ):
            if version_id in latest_ids:
                steps[version_id].append(StepLine(what, who, due))
        self.version_plan = {
            vid: pid for pid, rows in versions.items() for vid in (r[0] for r in rows)
        }
        self.plans: dict[int, PlanLine] = {}
        for plan_id, r in latest.items():
            issue_id = next(i for p, i in self.plan_of.values() if p == plan_id)
            issue = self.issues.get(issue_id)
            before = issue.annual_hours if issue is not None else None
            after = annual_hours(r[14], r[15], r[16])
            self.plans[plan_id] = PlanLine(
                plan_id=plan_id,
                version_number=r[2],
                versions=len(versions[plan_id]),
                version_date=_day(r[3]),
                reason=r[4],
                target_process=r[5],
                current_state=r[6],
                problems=r[7],
                root_cause=r[8],
                solution=r[9],
                ecrs=tuple(r[10] or ()),
                dx_means=tuple(r[11] or ()),
                goal=r[12],
                kpi=r[13],
                after_cases_per_year=r[14],
                after_minutes_per_case=r[15],
                after_people=r[16],
                risks=r[17],
                support_needed=r[18],
                steps=tuple(steps.get(r[0], ())),
                hours_before=before,
                hours_after=after,
                hours_saved=hours_saved(before, after),
            )

    # -- feedback -------------------------------------------------------------------------

    def _feedback(self) -> None:
        rounds = {
            row[0]: row
            for row in _rows(
                self.s,
                col(m.FeedbackRound.id),
                col(m.FeedbackRound.number),
                col(m.FeedbackRound.title),
                col(m.FeedbackRound.due),
                where=[col(m.FeedbackRound.deleted_at).is_(None)],
            )
        }
        self.rounds = rounds
        items = {
            row[0]: row
            for row in _rows(
                self.s,
                col(m.RubricItem.id),
                col(m.RubricItem.name),
                col(m.RubricItem.max),
                col(m.RubricItem.position),
                where=[col(m.RubricItem.deleted_at).is_(None)],
            )
        }
        # A partial book: the feedback on the versions of its trainees' plans.
        versions = sa_select(col(m.PlanVersion.id)).where(
            col(m.PlanVersion.plan_id).in_(sorted(self.chosen_plans))
        )
        on_versions = sa_select(col(m.Feedback.id)).where(
            col(m.Feedback.plan_version_id).in_(versions)
        )
        ratings: dict[int, list[tuple[int, RatingLine]]] = defaultdict(list)
        for fid, item_id, value in _rows(
            self.s,
            col(m.FeedbackRating.feedback_id),
            col(m.FeedbackRating.rubric_item_id),
            col(m.FeedbackRating.value),
            where=self._of(col(m.FeedbackRating.feedback_id), on_versions),
        ):
            item = items.get(item_id)
            if item is not None:
                ratings[fid].append((item[3], RatingLine(item[1], value, item[2])))
        f = m.Feedback
        self.feedback_of: dict[int, list[FeedbackLine]] = defaultdict(list)
        # Every live feedback, by round, for the participation counts (all plans).
        self.all_feedback: list[tuple[int, int, FeedbackLine]] = []  # (plan id, round id, line)
        version_plan_all = dict(
            _rows(
                self.s,
                col(m.PlanVersion.id),
                col(m.PlanVersion.plan_id),
                where=self._of(col(m.PlanVersion.plan_id), self.chosen_plans),
            )
        )
        for row in _rows(
            self.s,
            col(f.id),
            col(f.round_id),
            col(f.plan_version_id),
            col(f.reviewer_id),
            col(f.role),
            col(f.good_points),
            col(f.improvements),
            col(f.support),
            col(f.decision),
            col(f.status),
            col(f.response),
            where=[col(f.deleted_at).is_(None), *self._of(col(f.plan_version_id), versions)],
            order=col(f.id),
        ):
            rnd = rounds.get(row[1])
            if rnd is None:
                continue
            line = FeedbackLine(
                round_number=rnd[1],
                round_title=rnd[2],
                round_due=rnd[3],
                reviewer_name=self._name(row[3]),
                role=row[4],
                version_number=self.version_number.get(row[2], 0),
                ratings=tuple(r for _, r in sorted(ratings.get(row[0], []), key=lambda x: x[0])),
                good_points=row[5],
                improvements=row[6],
                support=row[7],
                decision=Decision(row[8]) if row[8] else None,
                status=FeedbackStatus(row[9]),
                response=row[10],
            )
            plan_id = version_plan_all.get(row[2])
            if plan_id is None:
                continue
            self.all_feedback.append((plan_id, row[1], line))
            self.feedback_of[plan_id].append(line)
        order = {"supervisor": 0, "instructor": 1}
        for lines in self.feedback_of.values():
            lines.sort(key=lambda x: (x.round_number, order.get(x.role, 2)))

    # -- practice ---------------------------------------------------------------------------

    def _practice(self) -> None:
        self.actions_of: dict[int, list[ActionLine]] = defaultdict(list)
        for plan_id, title, owner, due, status, progress, _pos in _rows(
            self.s,
            col(m.ActionItem.plan_id),
            col(m.ActionItem.title),
            col(m.ActionItem.owner_id),
            col(m.ActionItem.due),
            col(m.ActionItem.status),
            col(m.ActionItem.progress),
            col(m.ActionItem.position),
            where=[
                col(m.ActionItem.deleted_at).is_(None),
                *self._of(col(m.ActionItem.plan_id), self.chosen_plans),
            ],
            order=col(m.ActionItem.position),
        ):
            self.actions_of[plan_id].append(
                ActionLine(title, self._name(owner), due, ActionStatus(status), progress)
            )
        self.check_ins_of: dict[int, list[CheckInLine]] = defaultdict(list)
        for plan_id, day, progress, note, obstacles, support in _rows(
            self.s,
            col(m.CheckIn.plan_id),
            col(m.CheckIn.date),
            col(m.CheckIn.progress),
            col(m.CheckIn.note),
            col(m.CheckIn.obstacles),
            col(m.CheckIn.support_needed),
            where=[
                col(m.CheckIn.deleted_at).is_(None),
                *self._of(col(m.CheckIn.plan_id), self.chosen_plans),
            ],
            order=col(m.CheckIn.date),
        ):
            self.check_ins_of[plan_id].append(CheckInLine(day, progress, note, obstacles, support))
        self.measurements_of: dict[int, list[MeasurementLine]] = defaultdict(list)
        for plan_id, metric, baseline, target, actual, day in _rows(
            self.s,
            col(m.Measurement.plan_id),
            col(m.Measurement.metric),
            col(m.Measurement.baseline),
            col(m.Measurement.target),
            col(m.Measurement.actual),
            col(m.Measurement.date),
            where=[
                col(m.Measurement.deleted_at).is_(None),
                *self._of(col(m.Measurement.plan_id), self.chosen_plans),
            ],
            order=col(m.Measurement.id),
        ):
            self.measurements_of[plan_id].append(
                MeasurementLine(metric, baseline, target, actual, day)
            )
        for lines in self.measurements_of.values():
            lines.sort(key=lambda x: (x.date is None, x.date or dt.date.max))
        self.outcome_of: dict[int, OutcomeLine] = {
            plan_id: OutcomeLine(hours, effects, spread)
            for plan_id, hours, effects, spread in _rows(
                self.s,
                col(m.Outcome.plan_id),
                col(m.Outcome.hours_saved_per_year),
                col(m.Outcome.effects),
                col(m.Outcome.spread_potential),
                where=self._of(col(m.Outcome.plan_id), self.chosen_plans),
            )
        }

    # -- hearings ---------------------------------------------------------------------------

    def _hearings(self) -> dict[int, HearingSummary]:
        if self.only is not None:
            return {}  # a partial book has no municipality reports
        sections = hs.sections_in(self.s, include_retired=False)
        questions = [
            (s.title, q) for s in sections for q in s.questions if q.kind != QuestionKind.TABLE
        ]
        wanted = {q.id for _, q in questions}
        h = m.Hearing
        hearings: dict[int, list[Any]] = defaultdict(list)
        for row in _rows(
            self.s,
            col(h.id),
            col(h.municipality_id),
            col(h.department_id),
            col(h.date),
            col(h.interviewer_id),
            col(h.attendees),
            col(h.status),
            col(h.notes),
            where=[col(h.deleted_at).is_(None)],
            order=col(h.id),
        ):
            hearings[row[1]].append(row)
        main = {
            muni: sorted(rows, key=lambda r: (r[2] is not None, r[0]))[0]
            for muni, rows in hearings.items()
        }
        main_ids = {r[0] for r in main.values()}
        answers: dict[int, dict[int, Any]] = defaultdict(dict)
        for hid, qid, value in _rows(
            self.s,
            col(m.HearingAnswer.hearing_id),
            col(m.HearingAnswer.question_id),
            col(m.HearingAnswer.value),
        ):
            if hid in main_ids and qid in wanted:
                answers[hid][qid] = value
        findings: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for hid, pos, text in _rows(
            self.s,
            col(m.Finding.hearing_id),
            col(m.Finding.position),
            col(m.Finding.text),
            where=[col(m.Finding.deleted_at).is_(None)],
        ):
            if hid in main_ids:
                findings[hid].append((pos, text))
        out: dict[int, HearingSummary] = {}
        for muni, row in main.items():
            lines = []
            for section, q in questions:
                value = answers[row[0]].get(q.id)
                if not hs.is_answered(value):
                    continue
                level = value if q.kind == QuestionKind.SCALE and isinstance(value, int) else None
                lines.append(
                    AnswerLine(
                        section=section,
                        question=q.text,
                        kind=q.kind,
                        answer=hs.answer_text(q, value),
                        level=level,
                        labels=q.choices if q.kind == QuestionKind.SCALE else (),
                    )
                )
            out[muni] = HearingSummary(
                date=row[3],
                status=HearingStatus(row[6]),
                interviewer_name=self._name(row[4]),
                attendees=row[5],
                notes=row[7],
                answers=tuple(lines),
                findings=tuple(t for _, t in sorted(findings[row[0]])),
            )
        return out

    # -- assembly ---------------------------------------------------------------------------

    def _trainee(self, pid: int) -> TraineeReport:
        row = self.people[pid]
        muni = self.munis.get(row[4]) if row[4] is not None else None
        boss = self.people.get(row[6]) if row[6] is not None else None
        issues = sorted(self.issues_of.get(pid, ()), key=lambda i: i.rank)
        theme_id = self.themes.get(pid)
        theme = self.issues.get(theme_id) if theme_id is not None else None
        plan_id = self.plan_of.get(pid, (None, None))[0]
        return TraineeReport(
            id=pid,
            name=row[1],
            kana=row[2],
            title=row[3],
            municipality_id=row[4] if muni is not None else None,
            municipality_name=muni[1] if muni is not None else "",
            department_name=self.depts.get(row[5], "") if row[5] is not None else "",
            supervisor_id=boss[0] if boss is not None else None,
            supervisor_name=boss[1] if boss is not None else "",
            supervisor_title=boss[3] if boss is not None else "",
            group_name=self.group_of.get(pid, ""),
            issues=tuple(issues),
            theme=theme,
            plan=self.plans.get(plan_id) if plan_id is not None else None,
            feedback=tuple(self.feedback_of.get(plan_id, ())) if plan_id is not None else (),
            actions=tuple(self.actions_of.get(plan_id, ())) if plan_id is not None else (),
            check_ins=tuple(self.check_ins_of.get(plan_id, ())) if plan_id is not None else (),
            measurements=(
                tuple(self.measurements_of.get(plan_id, ())) if plan_id is not None else ()
            ),
            outcome=self.outcome_of.get(plan_id) if plan_id is not None else None,
        )

    def _muni_order(self, muni_id: int) -> tuple[bool, str, str, int]:
        row = self.munis[muni_id]
        return municipality_sort_key(row[3], row[2], row[1], row[0])

    def book(self) -> ReportBook:
        programme = self._programme()
        self._people()
        self._issues()
        self._plans()
        self._feedback()
        self._practice()
        hearing_of = self._hearings()

        only = set(self.only or ())
        trainee_ids = [
            pid
            for pid in self.people
            if Role.TRAINEE.value in self.roles.get(pid, set())
            and (self.only is None or pid in only)
        ]

        def order(pid: int) -> tuple[Any, ...]:
            row = self.people[pid]
            muni = row[4] if row[4] in self.munis else None
            muni_key = self._muni_order(muni) if muni is not None else (True, "", "", 0)
            return (muni is None, muni_key, person_sort_key(row[2], row[1]), pid)

        trainees = tuple(self._trainee(pid) for pid in sorted(trainee_ids, key=order))
        by_muni: dict[int, list[TraineeReport]] = defaultdict(list)
        for t in trainees:
            if t.municipality_id is not None:
                by_muni[t.municipality_id].append(t)
        munis = tuple(
            MunicipalityReport(
                id=mid,
                name=self.munis[mid][1],
                code=self.munis[mid][3],
                hearing=hearing_of.get(mid),
                trainees=tuple(by_muni.get(mid, ())),
                departments=tuple(
                    dict.fromkeys(
                        t.department_name for t in by_muni.get(mid, ()) if t.department_name
                    )
                ),
                progress=self._own_progress(mid),
            )
            for mid in sorted(self.munis, key=self._muni_order)
            if self.only is None and (mid in by_muni or mid in hearing_of)
        )
        supervisors = {
            t.supervisor_id: t.supervisor_name for t in trainees if t.supervisor_id is not None
        }
        axes = None
        if self.board.x_criterion is not None and self.board.y_criterion is not None:
            axes = (self.board.x_criterion, self.board.y_criterion)
        report = self._programme_report(programme, trainees, munis) if self.only is None else None
        return ReportBook(
            programme=programme,
            today=self.today,
            trainees=trainees,
            municipalities=munis,
            supervisors=dict(
                sorted(
                    supervisors.items(),
                    key=lambda kv: (person_sort_key(self.people[kv[0]][2], kv[1]), kv[0]),
                )
            ),
            matrix_axes=axes,
            _programme_report=report,
        )

    def _own_progress(self, muni_id: int) -> hs.Comparison | None:
        c = self.comparison
        assert c is not None
        rows = tuple(r for r in c.rows if r.municipality_id == muni_id)
        if not rows or all(level is None for level in rows[0].levels):
            return None
        return hs.Comparison(c.columns, rows, c.step_column, c.priority_columns)

    def _sessions(self) -> tuple[SessionLine, ...]:
        t = m.TrainingSession
        rows = _rows(
            self.s,
            col(t.title),
            col(t.phase),
            col(t.date),
            col(t.place),
            col(t.id),
            where=[col(t.deleted_at).is_(None)],
        )
        rows = sorted(rows, key=lambda r: (r[2] is None, r[2] or dt.date.max, r[4]))
        return tuple(
            SessionLine(r[0], r[1], r[2], r[3], r[2] is not None and r[2] <= self.today)
            for r in rows
        )

    def _programme_report(
        self,
        programme: ProgrammeInfo,
        trainees: Sequence[TraineeReport],
        munis: Sequence[MunicipalityReport],
    ) -> ProgrammeReport:
        assert self.comparison is not None
        status = {r.municipality_id: r.status for r in self.comparison.rows}
        participation = tuple(
            ParticipationLine(
                municipality_id=mr.id,
                municipality_name=mr.name,
                hearing_status=mr.hearing.status if mr.hearing else status.get(mr.id),
                trainees=len(mr.trainees),
                issues=mr.issue_count,
                themes=sum(1 for t in mr.trainees if t.theme is not None),
                plans=sum(1 for t in mr.trainees if t.plan is not None),
                feedback_received=sum(1 for t in mr.trainees for f in t.feedback if f.received),
                feedback_requested=sum(len(t.feedback) for t in mr.trainees),
                check_ins=sum(len(t.check_ins) for t in mr.trainees),
                outcomes=sum(1 for t in mr.trainees if t.outcome is not None),
                expected_hours_saved=mr.expected_hours_saved,
                measured_hours_saved=mr.measured_hours_saved,
            )
            for mr in munis
        )
        # Issues by category, over every live issue of the programme.
        counts: Counter[str] = Counter()
        hours: dict[str, float] = defaultdict(float)
        for issue in self.issues.values():
            for cat in issue.categories or (UNCATEGORISED,):
                counts[cat] += 1
                hours[cat] += issue.annual_hours or 0.0
        catalogue = list(programme.issue_categories)
        categories = tuple(
            CountLine(cat, n, hours[cat])
            for cat, n in sorted(
                counts.items(),
                key=lambda kv: (-kv[1], catalogue.index(kv[0]) if kv[0] in catalogue else 99),
            )
        )
        themes = tuple(
            ThemeLine(
                municipality_name=t.municipality_name,
                department_name=t.department_name,
                theme=t.theme.title if t.theme else "",
                ecrs=t.plan.ecrs if t.plan else (),
                dx_means=t.plan.dx_means if t.plan else (),
                expected_hours_saved=t.expected_hours_saved,
            )
            for t in trainees
            if t.theme is not None
        )
        ecrs: Counter[str] = Counter(e for t in trainees if t.plan for e in t.plan.ecrs)
        ecrs_order = ["eliminate", "combine", "rearrange", "simplify"]
        ecrs_mix = tuple(
            CountLine(e, ecrs[e])
            for e in ecrs_order + sorted(set(ecrs) - set(ecrs_order))
            if ecrs[e]
        )
        dx: Counter[str] = Counter(d for t in trainees if t.plan for d in t.plan.dx_means)
        dx_order = list(programme.dx_means_catalogue)
        dx_mix = tuple(
            CountLine(d, n)
            for d, n in sorted(
                dx.items(),
                key=lambda kv: (-kv[1], dx_order.index(kv[0]) if kv[0] in dx_order else 99),
            )
        )
        trainee_plans = {t.plan.plan_id for t in trainees if t.plan is not None}
        by_round: dict[int, Counter[Decision]] = defaultdict(Counter)
        pending: Counter[int] = Counter()
        for plan_id, round_id, line in self.all_feedback:
            if plan_id not in trainee_plans:
                continue
            if line.decision is not None and line.received:
                by_round[round_id][line.decision] += 1
            elif not line.received:
                pending[round_id] += 1
        decisions = tuple(
            DecisionLine(
                round_number=r[1],
                round_title=r[2],
                due=r[3],
                counts=dict(by_round.get(rid, Counter())),
                pending=pending.get(rid, 0),
            )
            for rid, r in sorted(self.rounds.items(), key=lambda kv: (kv[1][1], kv[0]))
        )
        total = {
            "municipalities": len(munis),
            "trainees": len(trainees),
            "supervisors": len({t.supervisor_id for t in trainees if t.supervisor_id}),
            "instructors": sum(
                1 for pid in self.people if Role.INSTRUCTOR.value in self.roles.get(pid, set())
            ),
            "departments": len(
                {(t.municipality_id, t.department_name) for t in trainees if t.department_name}
            ),
            "issues": len(self.issues),
            "themes": sum(1 for t in trainees if t.theme is not None),
            "plans": sum(1 for t in trainees if t.plan is not None),
            "hearings_done": sum(
                1 for mr in munis if mr.hearing and mr.hearing.status == HearingStatus.DONE
            ),
            "hearings": sum(1 for mr in munis if mr.hearing),
            "feedback_received": sum(p.feedback_received for p in participation),
            "feedback_requested": sum(p.feedback_requested for p in participation),
            "check_ins": sum(p.check_ins for p in participation),
            "outcomes": sum(p.outcomes for p in participation),
        }
        return ProgrammeReport(
            programme=programme,
            today=self.today,
            sessions=self._sessions(),
            participation=participation,
            counts=total,
            comparison=self.comparison,
            categories=categories,
            themes=themes,
            ecrs_mix=ecrs_mix,
            dx_means_mix=dx_mix,
            decisions=decisions,
            cases=tuple(_cases(trainees)),
        )


def _cases(trainees: Iterable[TraineeReport]) -> list[CaseLine]:
    """Outcomes that name a spread potential (横展開), most hours saved first."""
    cases = [
        CaseLine(
            municipality_name=t.municipality_name,
            department_name=t.department_name,
            theme=t.theme.title if t.theme else (t.plan.target_process if t.plan else ""),
            solution=t.plan.solution if t.plan else "",
            dx_means=t.plan.dx_means if t.plan else (),
            hours_saved=t.outcome.hours_saved_per_year,
            effects=t.outcome.effects,
            spread_potential=t.outcome.spread_potential,
        )
        for t in trainees
        if t.outcome is not None and t.outcome.spread_potential.strip()
    ]
    cases.sort(key=lambda c: -(c.hours_saved or 0.0))
    return cases
