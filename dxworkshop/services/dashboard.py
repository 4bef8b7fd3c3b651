"""The home dashboard: where the programme stands, completion per phase, next actions and
the data of its charts — gathered with a handful of aggregate queries, then the domain
rules (``domain.next_actions``), so it builds fast on a prefecture-sized programme."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, String, bindparam, cast, exists, func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, HearingStatus, Phase, Role
from dxworkshop.domain.next_actions import (
    ActionItemFact,
    Attention,
    Facts,
    FeedbackFact,
    Milestones,
    MunicipalityFact,
    NextAction,
    TraineeFact,
    Where,
    attention_by_place,
    milestones,
    next_actions,
)
from dxworkshop.domain.progress_rules import ProgressPoint, average_progress, progress_over_time
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import ops, practice
from dxworkshop.services.programme import (
    ProgrammeInfo,
    SessionRow,
    current_session_index,
    get_programme,
    list_sessions,
)
from dxworkshop.services.progress import PhaseProgress, ProgressLine, phase_progress, progress_lines
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """Issues tagged with a category ("" = none), and their annual hours (known ones)."""

    category: str
    issues: int
    hours: float


@dataclass(frozen=True, slots=True)
class MunicipalityHours:
    """Hours saved per year in one municipality: expected by its plans, measured so far."""

    municipality: str
    expected: float
    measured: float
    plans: int
    measured_plans: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: dt.date
    programme: ProgrammeInfo
    sessions: tuple[SessionRow, ...]
    next_session: int | None  # index into sessions of the next one on or after today
    milestones: Milestones
    phases: dict[Phase, PhaseProgress]
    lines: tuple[ProgressLine, ...]
    actions: tuple[NextAction, ...]
    categories: tuple[CategoryCount, ...]
    hours: tuple[MunicipalityHours, ...]
    practice: tuple[ProgressPoint, ...]
    average_progress: float | None  # the cohort's practice progress now (0–100)

    @property
    def current_phase(self) -> Phase | None:
        """The phase of the last session held (or being held today)."""
        held = [s for s in self.sessions if s.date is not None and s.date <= self.today]
        return held[-1].phase if held else None


def _pairs(rows: Iterable[Any]) -> dict[Any, Any]:
    return {row[0]: row[1] for row in rows}


def _id(value: int | None) -> int:
    assert value is not None
    return value


@dataclass(frozen=True, slots=True)
class _FactsRead:
    """The facts of the next-action rules, and what the dashboard reuses of their reading."""

    facts: Facts
    stones: Milestones
    municipality_of_plan: dict[int, str]  # the live trainees' current plans


@dataclass(frozen=True, slots=True)
class _Gathered:
    facts: Facts
    stones: Milestones
    municipality_of_plan: dict[int, str]
    expected: dict[int, float | None]
    measured: dict[int, float | None]
    check_ins: list[tuple[int, dt.date, int]]
    activity: dict[int, practice.PlanActivity]


@functools.cache
def _fact_statements() -> dict[str, Any]:
    """The statements of the facts, built once (building one costs more than running it
    on a prefecture-sized file); ``today`` is a parameter."""
    person, boss, reviewer, holder = m.Person, *(aliased(m.Person) for _ in range(3))
    live_issue = col(m.Issue.deleted_at).is_(None)
    is_trainee = sa_select(col(m.PersonRole.person_id)).where(
        col(m.PersonRole.role) == Role.TRAINEE.value
    )
    live_trainee = (col(person.deleted_at).is_(None), col(person.id).in_(is_trainee))
    # Each trainee's current plan and what the rules ask of it (index probes).
    current = (
        sa_select(
            col(person.id).label("id"), practice.current_plan_of(col(person.id)).label("plan_id")
        )
        .where(*live_trainee)
        .subquery()
    )
    c = current.c
    of_trainees: Any = bindparam("trainees", expanding=True)
    open_states = (ActionStatus.TODO.value, ActionStatus.DOING.value)
    # Of a row joined with its plan: the plan is its trainee's current one (a trainee live
    # or not: the rules follow every trainee's current plan).
    current_plan = practice.current_plan_of(col(m.Plan.trainee_id))
    statements: dict[str, Any] = {
        "munis": sa_select(col(m.Municipality.id), col(m.Municipality.name)).where(
            col(m.Municipality.deleted_at).is_(None)
        ),
        "hearings": sa_select(
            col(m.Hearing.id), col(m.Hearing.municipality_id), col(m.Hearing.status)
        )
        .where(col(m.Hearing.deleted_at).is_(None))
        .order_by(col(m.Hearing.date), col(m.Hearing.id)),
        # One row per live trainee.
        "people": sa_select(
            col(person.id),
            col(person.name),
            col(person.kana),
            col(person.municipality_id),
            col(person.supervisor_id).is_not(None)
            & exists().where(col(boss.id) == col(person.supervisor_id)),
        ).where(*live_trainee),
        # Live issues per owner, counted in SQL, and the trainees whose theme is live.
        # Each live issue's owner (kept: an edit of some issues counts their owners again,
        # the old owner of an issue given to another trainee included).
        "owners": sa_select(col(m.Issue.id), col(m.Issue.owner_id)).where(live_issue),
        "owners_of": sa_select(col(m.Issue.id), col(m.Issue.owner_id), live_issue).where(
            col(m.Issue.id).in_(bindparam("issues", expanding=True))
        ),
        "counts_of": sa_select(col(m.Issue.owner_id), func.count(col(m.Issue.id)))
        .where(live_issue, col(m.Issue.owner_id).in_(of_trainees))
        .group_by(col(m.Issue.owner_id)),
        "themed": sa_select(col(m.Theme.trainee_id))
        .join(m.Issue, col(m.Issue.id) == col(m.Theme.issue_id))
        .where(live_issue)
        .distinct(),
        "themed_of": sa_select(col(m.Theme.trainee_id))
        .join(m.Issue, col(m.Issue.id) == col(m.Theme.issue_id))
        .where(live_issue, col(m.Theme.trainee_id).in_(of_trainees))
        .distinct(),
        "theme_holders": sa_select(col(m.Theme.trainee_id)).where(
            col(m.Theme.issue_id).in_(bindparam("issues", expanding=True))
        ),
        "plans": sa_select(
            c.id,
            c.plan_id,
            sa_select(func.count(col(m.ActionItem.id)))
            .where(col(m.ActionItem.plan_id) == c.plan_id, col(m.ActionItem.deleted_at).is_(None))
            .scalar_subquery(),
            sa_select(func.max(col(m.CheckIn.date)))
            .where(col(m.CheckIn.plan_id) == c.plan_id, col(m.CheckIn.deleted_at).is_(None))
            .scalar_subquery(),
            exists().where(col(m.Outcome.plan_id) == c.plan_id),
        ).where(c.plan_id.is_not(None)),
        "rounds": sa_select(
            col(m.FeedbackRound.id), col(m.FeedbackRound.number), col(m.FeedbackRound.due)
        ).where(col(m.FeedbackRound.deleted_at).is_(None)),
        "feedback": sa_select(
            col(m.Feedback.id),
            col(m.Feedback.round_id),
            col(m.Feedback.status),
            col(reviewer.name),
            col(holder.name),
        )
        .join(m.PlanVersion, col(m.PlanVersion.id) == col(m.Feedback.plan_version_id))
        .join(m.Plan, col(m.Plan.id) == col(m.PlanVersion.plan_id))
        .outerjoin(reviewer, col(reviewer.id) == col(m.Feedback.reviewer_id))
        .outerjoin(holder, col(holder.id) == col(m.Plan.trainee_id))
        .where(
            col(m.Feedback.deleted_at).is_(None),
            col(m.Plan.deleted_at).is_(None),
            col(m.Feedback.status) == FeedbackStatus.REQUESTED.value,
        )
        .order_by(col(m.Feedback.id)),
        # Blocked and overdue items of the trainees' current plans.
        "items": sa_select(
            col(m.ActionItem.id),
            col(m.Plan.trainee_id),
            col(holder.name),
            col(m.ActionItem.title),
            col(m.ActionItem.status),
            col(m.ActionItem.due),
        )
        .join(m.Plan, col(m.Plan.id) == col(m.ActionItem.plan_id))
        .outerjoin(holder, col(holder.id) == col(m.Plan.trainee_id))
        .where(
            col(m.ActionItem.deleted_at).is_(None),
            (col(m.ActionItem.status) == ActionStatus.BLOCKED.value)
            | (
                col(m.ActionItem.status).in_(open_states)
                & (col(m.ActionItem.due) < bindparam("today", type_=Date))
            ),
            col(m.ActionItem.plan_id) == current_plan,
        )
        .order_by(col(m.ActionItem.id)),
        # The dashboard's: check-ins of the trainees' current plans, as stored.
        "check_ins": sa_select(col(m.CheckIn.plan_id), col(m.CheckIn.date), col(m.CheckIn.progress))
        .join(m.Plan, col(m.Plan.id) == col(m.CheckIn.plan_id))
        .where(col(m.CheckIn.deleted_at).is_(None), col(m.CheckIn.plan_id) == current_plan)
        .order_by(col(m.CheckIn.id)),
        "measured": sa_select(col(m.Outcome.plan_id), col(m.Outcome.hours_saved_per_year)),
    }
    # The same, for some trainees only (an edit that names them).
    statements["plans_of"] = statements["plans"].where(c.id.in_(of_trainees))
    statements["items_of"] = statements["items"].where(col(m.Plan.trainee_id).in_(of_trainees))
    return statements


_K = ops.Kind
#: The sections the facts are read in, and the kinds of records each is read from: after
#: an edit the navigator reads again only the sections of the kinds it changed (a card
#: added counts each trainee's issues again, not their plans). The programme touches all.
FACT_SECTIONS: dict[str, frozenset[str]] = {
    "sessions": frozenset({_K.PROGRAMME, _K.SESSION}),
    "municipalities": frozenset({_K.PROGRAMME, _K.MUNICIPALITY, _K.HEARING}),
    "people": frozenset({_K.PROGRAMME, _K.PERSON}),
    "issues": frozenset({_K.PROGRAMME, _K.ISSUE, _K.THEME, _K.PERSON}),
    # the current plan is the one on the trainee's theme
    "plans": frozenset({_K.PROGRAMME, _K.PLAN, _K.PRACTICE, _K.THEME, _K.PERSON}),
    "feedback": frozenset({_K.PROGRAMME, _K.SESSION, _K.FEEDBACK, _K.PLAN, _K.PERSON}),
    "items": frozenset({_K.PROGRAMME, _K.PRACTICE, _K.PLAN, _K.THEME, _K.PERSON}),
}

#: The sections read again trainee by trainee after an edit that names its records (a
#: plan field saved reads that trainee's plan, not every trainee's), the statement that
#: reads some trainees' rows, and the kinds whose ids name trainees or their plans.
_BY_TRAINEE = {"plans": "plans_of", "items": "items_of"}
_TRAINEE_IDS = frozenset({_K.PERSON, _K.THEME})  # theme: the trainees' ids
_PLAN_IDS = frozenset({_K.PLAN, _K.PRACTICE})  # practice: the plans' ids

#: The kinds of records the next-action facts read (``services.ops.Kind``): an edit of
#: other kinds (a score, a vote, a group, a criterion) changes no badge.
FACT_KINDS: frozenset[str] = frozenset().union(*FACT_SECTIONS.values())


def _read_sections(session: Session, names: Iterable[str], today: dt.date) -> dict[str, Any]:
    """The raw rows of the sections *names* of the facts (see ``FACT_SECTIONS``)."""
    q = _fact_statements()
    conn = session.connection()
    raw: dict[str, Any] = {}
    for name in names:
        if name == "sessions":
            raw[name] = practice.practice_sessions(session)
        elif name == "municipalities":
            raw[name] = (_pairs(conn.execute(q["munis"])), conn.execute(q["hearings"]).all())
        elif name == "people":
            raw[name] = sorted(
                conn.execute(q["people"]), key=lambda r: practice.trainee_order(*r[:3])
            )
        elif name == "issues":
            owners = _pairs(conn.execute(q["owners"]))
            counts = Counter(owner for owner in owners.values() if owner is not None)
            raw[name] = (counts, {tid for (tid,) in conn.execute(q["themed"])}, owners)
        elif name == "plans":
            raw[name] = {row[0]: row[1:] for row in conn.execute(q["plans"])}
        elif name == "feedback":
            rounds = {_id(rid): (number, due) for rid, number, due in conn.execute(q["rounds"])}
            raw[name] = (rounds, conn.execute(q["feedback"]).all())
        elif name == "items":
            raw[name] = conn.execute(q["items"], {"today": today}).all()
        else:
            raise ValueError(f"no such section of the facts: {name}")
    return raw


@dataclass
class _Memo:
    """The parts of the facts the last assembly made (``NavigatorFacts`` keeps them: an
    edit of one trainee's plan makes that trainee's fact again, not 2,400)."""

    municipalities: tuple[MunicipalityFact, ...] = ()
    trainees: dict[int, TraineeFact] = field(default_factory=dict)
    feedback: tuple[FeedbackFact, ...] = ()
    first_round: tuple[int, dt.date | None] | None = None
    items: tuple[ActionItemFact, ...] = ()
    stones: Milestones | None = None


def _trainee_fact(raw: dict[str, Any], row: Any, munis: dict[int, str]) -> TraineeFact:
    tid, name, _kana, home, boss = row
    issue_counts, themed, _owners = raw["issues"]
    plan_id, items, last, outcome = raw["plans"].get(tid, (None, 0, None, False))
    return TraineeFact(
        id=tid,
        name=name,
        municipality=munis.get(home, "") if home is not None else "",
        has_supervisor=bool(boss),
        issue_count=int(issue_counts.get(tid, 0)),
        has_theme=tid in themed,
        plan_id=plan_id,
        action_items=int(items) if plan_id is not None else 0,
        last_check_in=last if plan_id is not None else None,
        has_outcome=plan_id is not None and bool(outcome),
    )


def _assemble(
    raw: dict[str, Any],
    memo: _Memo | None = None,
    fresh: Iterable[str] | None = None,
    trainees_read: set[int] | None = None,
) -> _FactsRead:
    """The facts from the raw rows of every section. With *memo* (what the last assembly
    made), only the parts of the sections *fresh* (read again) are made again, and of the
    trainees those *trainees_read* (None: every trainee)."""
    again = set(FACT_SECTIONS) if memo is None or fresh is None else set(fresh)
    memo = memo if memo is not None else _Memo()
    munis, hearings = raw["municipalities"]
    if "municipalities" in again or memo.stones is None:
        done: set[int] = set()
        open_hearing: dict[int, int] = {}
        for hid, mid, status in hearings:
            if status == HearingStatus.DONE.value:
                done.add(mid)
            else:
                open_hearing.setdefault(mid, _id(hid))
        memo.municipalities = tuple(
            MunicipalityFact(mid, name, mid in done, open_hearing.get(mid))
            for mid, name in sorted(munis.items(), key=lambda kv: kv[0])
        )
    people = raw["people"]
    if trainees_read is None or memo.stones is None:
        memo.trainees = {row[0]: _trainee_fact(raw, row, munis) for row in people}
    else:
        for row in people:
            if row[0] in trainees_read:
                memo.trainees[row[0]] = _trainee_fact(raw, row, munis)
    trainees = tuple(memo.trainees[row[0]] for row in people)
    municipality_of_plan = {t.plan_id: t.municipality for t in trainees if t.plan_id is not None}
    if "feedback" in again or memo.stones is None:
        rounds, waiting = raw["feedback"]
        memo.first_round = min(rounds.values(), key=lambda r: r[0], default=None)
        memo.feedback = tuple(
            FeedbackFact(
                _id(fid),
                rounds[rid][0],
                rounds[rid][1],
                FeedbackStatus(status),
                who or "",
                of or "",
            )
            for fid, rid, status, who, of in waiting
            if rid in rounds
        )
    if "items" in again or "plans" in again or memo.stones is None:
        memo.items = tuple(
            ActionItemFact(_id(iid), trainee, name or "", title, ActionStatus(status), due)
            for iid, trainee, name, title, status, due in raw["items"]
        )
    sessions = raw["sessions"]
    if "sessions" in again or memo.stones is None:
        memo.stones = milestones(sessions)
    facts = Facts(
        sessions=sessions,
        municipalities=memo.municipalities,
        trainees=trainees,
        feedback=memo.feedback,
        action_items=memo.items,
        first_feedback_due=memo.first_round[1] if memo.first_round else None,
    )
    return _FactsRead(facts, memo.stones, municipality_of_plan)


def _read_facts(session: Session, today: dt.date) -> _FactsRead:
    """The facts, from a few queries that count and probe indexes in SQL (the navigator
    reads them after every edit): one row per trainee, the issues counted per owner, the
    waiting feedback and the blocked or overdue items — no issue, item or check-in read
    one by one."""
    return _assemble(_read_sections(session, FACT_SECTIONS, today))


def _gather(session: Session, today: dt.date) -> _Gathered:
    """The facts and what the dashboard's charts add to them."""
    read = _read_facts(session, today)
    q = _fact_statements()
    conn = session.connection()
    shown = read.municipality_of_plan
    measured = {p: h for p, h in conn.execute(q["measured"]) if p in shown}
    check_ins = [(_id(p), d, int(v)) for p, d, v in conn.execute(q["check_ins"])]
    return _Gathered(
        read.facts,
        read.stones,
        shown,
        practice.expected_hours_by_plan(session),
        measured,
        check_ins,
        practice.plan_activity(session),
    )


def _categories(session: Session, catalogue: Iterable[str]) -> tuple[CategoryCount, ...]:
    counts: dict[str, int] = defaultdict(int)
    hours: dict[str, float] = defaultdict(float)
    # Grouped by the stored list as text: a few dozen combinations instead of every issue.
    tags = cast(col(m.Issue.categories), String)
    workload = col(m.Issue.cases_per_year) * col(m.Issue.minutes_per_case) * col(m.Issue.people)
    for text, n, total in session.connection().execute(
        sa_select(tags, func.count(col(m.Issue.id)), func.sum(workload))
        .where(col(m.Issue.deleted_at).is_(None))
        .group_by(tags)
    ):
        categories = json.loads(text) if text else []
        # Unknown parts leave an issue's hours out (NULL in the product, skipped by SUM).
        spent = annual_hours(float(total), 1.0, 1.0) if total is not None else 0.0
        for category in dict.fromkeys(categories or [""]):
            counts[category] += int(n)
            hours[category] += spent or 0.0
    order = {c: i for i, c in enumerate(catalogue)}
    ranked = sorted(
        counts,
        key=lambda c: (c == "", c not in order, -counts[c], order.get(c, 0), c),
    )
    return tuple(CategoryCount(c, counts[c], hours[c]) for c in ranked)


def _hours(g: _Gathered) -> tuple[MunicipalityHours, ...]:
    expected: dict[str, float] = defaultdict(float)
    measured: dict[str, float] = defaultdict(float)
    plans: dict[str, int] = defaultdict(int)
    measured_plans: dict[str, int] = defaultdict(int)
    for plan_id, muni in g.municipality_of_plan.items():
        plans[muni] += 1
        expected[muni] += g.expected.get(plan_id) or 0.0
        hours = g.measured.get(plan_id)
        if plan_id in g.measured:
            measured_plans[muni] += 1
            measured[muni] += hours or 0.0
    ranked = sorted(plans, key=lambda k: (k == "", -expected[k], k))
    return tuple(
        MunicipalityHours(k, expected[k], measured[k], plans[k], measured_plans[k]) for k in ranked
    )


def _practice_line(g: _Gathered, today: dt.date) -> tuple[ProgressPoint, ...]:
    start = g.stones.practice_start
    if start is None or today < start:
        return ()
    end = today if g.stones.practice_end is None else min(today, g.stones.practice_end)
    plans = len(g.municipality_of_plan)
    return tuple(progress_over_time(g.check_ins, plans, start, end))


def _average_progress(g: _Gathered) -> float | None:
    return average_progress(
        pp.progress if (pp := g.activity.get(plan_id)) is not None else None
        for plan_id in g.municipality_of_plan
    )


def build_dashboard(workshop: Workshop, today: dt.date) -> Dashboard:
    """Everything the home page shows on *today*."""
    info = get_programme(workshop)
    sessions = tuple(list_sessions(workshop))
    phases = phase_progress(workshop)
    lines = progress_lines(workshop, phases)
    with workshop.session() as session:
        gathered = _gather(session, today)
        categories = _categories(session, info.issue_categories)
    return Dashboard(
        today=today,
        programme=info,
        sessions=sessions,
        next_session=current_session_index(list(sessions), today),
        milestones=gathered.stones,
        phases=phases,
        lines=lines,
        actions=next_actions(gathered.facts, today),
        categories=categories,
        hours=_hours(gathered),
        practice=_practice_line(gathered, today),
        average_progress=_average_progress(gathered),
    )


def facts(workshop: Workshop, today: dt.date) -> Facts:
    """The plain facts the next-action rules read (for tests and tools)."""
    with workshop.session() as session:
        return _read_facts(session, today).facts


def actions_for(workshop: Workshop, today: dt.date) -> tuple[NextAction, ...]:
    """The facilitator's next actions on *today*."""
    return next_actions(facts(workshop, today), today)


@dataclass(frozen=True, slots=True)
class NavigatorBadges:
    """What needs attention beside each navigator page, by the next-action rules."""

    attention: dict[Where, Attention]
    actions: tuple[NextAction, ...]


def navigator_badges(workshop: Workshop, today: dt.date) -> NavigatorBadges:
    """The badges by the same rules as the dashboard's next actions."""
    found = actions_for(workshop, today)
    return NavigatorBadges(attention_by_place(found), found)


class NavigatorFacts:
    """The navigator's badges kept between edits: :meth:`badges` after an edit reads again
    only the sections of the facts (``FACT_SECTIONS``) whose kinds of records it changed,
    and applies the rules to the rest as last read (a new day reads everything)."""

    def __init__(self) -> None:
        self._raw: dict[str, Any] = {}
        self._day: dt.date | None = None
        self._badges: NavigatorBadges | None = None
        self._memo = _Memo()
        self.facts: Facts | None = None  # as last read

    def badges(
        self, workshop: Workshop, today: dt.date, changes: ops.Changes | None = None
    ) -> NavigatorBadges:
        """The badges on *today* after *changes* (None: read everything)."""
        full = changes is None or today != self._day or self._badges is None
        if full or changes is None:
            stale = set(FACT_SECTIONS)
        else:
            stale = {name for name, kinds in FACT_SECTIONS.items() if changes.touches(*kinds)}
        if stale:
            partial: set[str] = set()  # sections read again for some trainees only
            touched: set[int] = set()  # …those trainees
            with workshop.session() as session:
                by_trainee = stale & _BY_TRAINEE.keys()
                partly = None if full or not by_trainee else self._trainees_of(session, changes)
                if partly is not None:
                    for name in by_trainee:
                        self._read_trainees(session, name, partly, today)
                        partial.add(name)
                        touched |= partly
                    stale -= _BY_TRAINEE.keys()
                read_some = "issues" in stale and not full
                counted = self._read_issues(session, changes) if read_some else None
                if counted is not None:
                    stale.discard("issues")
                    partial.add("issues")
                    touched |= counted
                self._raw.update(_read_sections(session, stale, today))
            every = bool(stale & {"people", "municipalities", "issues", "plans"})
            self._day = today
            self.facts = _assemble(
                self._raw, self._memo, stale | partial, None if every else touched
            ).facts
            found = next_actions(self.facts, today)
            self._badges = NavigatorBadges(attention_by_place(found), found)
        assert self._badges is not None
        return self._badges

    def _trainees_of(self, session: Session, changes: ops.Changes | None) -> set[int] | None:
        """The trainees whose plans and items *changes* may have changed (None: any)."""
        if changes is None or changes.touches(_K.PROGRAMME, _K.SESSION):
            return None
        found: set[int] = set()
        plan_ids: set[int] = set()
        for kind in (_TRAINEE_IDS | _PLAN_IDS) & changes.kinds:
            ids = changes.ids(kind)
            if ids is None:
                return None
            (found if kind in _TRAINEE_IDS else plan_ids).update(ids)
        if plan_ids:
            found.update(
                session.connection()
                .execute(
                    sa_select(col(m.Plan.trainee_id)).where(col(m.Plan.id).in_(sorted(plan_ids)))
                )
                .scalars()
            )
        return found

    def _read_issues(self, session: Session, changes: ops.Changes | None) -> set[int] | None:
        """Count again the issues of the owners of the issues *changes* name — before and
        after the edit — and whether those trainees' themes are live; returns those
        trainees, or None when the changes do not say which (the section is then read in
        full)."""
        if changes is None or changes.touches(_K.PROGRAMME):
            return None
        issue_ids = changes.ids(_K.ISSUE) if changes.touches(_K.ISSUE) else frozenset()
        trainees: set[int] = set()
        for kind in (_K.PERSON, _K.THEME):
            if changes.touches(kind):
                ids = changes.ids(kind)
                if ids is None:
                    return None
                trainees.update(ids)
        if issue_ids is None:
            return None
        counts, themed, owners = self._raw["issues"]
        q = _fact_statements()
        conn = session.connection()
        if issue_ids:
            params = {"issues": sorted(issue_ids)}
            now = {iid: (owner, live) for iid, owner, live in conn.execute(q["owners_of"], params)}
            for iid in issue_ids:
                owner, live = now.get(iid, (None, False))  # not found: gone from the file
                trainees.update(o for o in (owners.pop(iid, None), owner) if o is not None)
                if live:
                    owners[iid] = owner
            trainees.update(conn.execute(q["theme_holders"], params).scalars())
        if trainees:
            params = {"trainees": sorted(trainees)}
            fresh = _pairs(conn.execute(q["counts_of"], params))
            for tid in trainees:
                counts[tid] = fresh.get(tid, 0)
            themed -= trainees
            themed.update(conn.execute(q["themed_of"], params).scalars())
        return trainees

    def _read_trainees(
        self, session: Session, name: str, trainees: set[int], today: dt.date
    ) -> None:
        """Read the rows of section *name* of *trainees* again, in place of theirs."""
        if not trainees:
            return
        conn = session.connection()
        params = {"trainees": sorted(trainees), "today": today}
        rows = conn.execute(_fact_statements()[_BY_TRAINEE[name]], params).all()
        if name == "plans":
            plans = {k: v for k, v in self._raw[name].items() if k not in trainees}
            plans.update({row[0]: row[1:] for row in rows})
            self._raw[name] = plans
        else:  # the items, in the order of their ids
            kept = [row for row in self._raw[name] if row[1] not in trainees]
            self._raw[name] = sorted([*kept, *rows], key=lambda row: row[0])


def navigator_badges_of(dashboard: Dashboard) -> NavigatorBadges:
    """The badges of a dashboard just built: what ``navigator_badges`` gives on its day,
    without reading the file again (with ``dashboard.phases`` for ``phase_progress``)."""
    return NavigatorBadges(attention_by_place(dashboard.actions), dashboard.actions)
