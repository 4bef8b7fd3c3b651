"""Prioritisation (優先順位付け): scores per criterion, dot voting, improvement themes.

Scores are kept per issue and criterion, either as the group's consensus (rater NULL)
or as one trainee's own rating; totals, gates and ranks come from
``domain.scoring``, the spread between individual raters is computed here. Reads run a
handful of column queries whatever the size (no ORM objects per issue), so the 12,000
issues of a prefecture-wide file load in a fraction of a second.

Every edit commits at once and returns what its undo needs: the previous values
(scores), the removed dots (reset of a round), or a ``ThemeChange``.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import bindparam, case, delete, distinct, func, literal, null
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from dxworkshop.domain import limits
from dxworkshop.domain.enums import IssueStatus, Role
from dxworkshop.domain.scoring import (
    GATE_NO,
    CriterionSpec,
    RankInput,
    ScoreResult,
    is_gated_out,
    rank,
    weighted_total,
)
from dxworkshop.domain.voting import (
    MAX_PER_ISSUE,
    VOTES_PER_PERSON,
    VoteRefusal,
    caps_broken,
    remaining_votes,
    vote_refusal,
)
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import ops
from dxworkshop.services._common import required_text
from dxworkshop.services.criteria import CriterionRow
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

MAX_VOTES_PER_PERSON = int(limits.VOTES.high)  # one rule: domain/limits
_EMPTY: Mapping[Any, Any] = MappingProxyType({})


# --- read models ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Spread:
    """How far individual raters' scores of one criterion lie apart."""

    count: int
    low: int
    high: int
    stdev: float  # population standard deviation

    @property
    def range(self) -> int:
        return self.high - self.low


@dataclass(frozen=True, slots=True)
class IssueScores:
    """One issue with its scores, as seen by one rater (``scores``) and by everyone.

    ``scores`` are the consensus scores, or the chosen rater's own; ``total``, ``percent``,
    ``gated_out`` and ``rank`` are computed from them. ``consensus`` and ``ratings``
    (criterion → rater → value) are always both present, whoever the view is for.
    """

    id: int
    title: str
    process: str
    owner_id: int | None
    owner_name: str
    municipality_name: str
    group_id: int | None
    group_name: str
    status: str
    theme_of: tuple[int, ...]
    annual_hours: float | None
    consensus: Mapping[int, int]
    ratings: Mapping[int, Mapping[int, int]]
    spread: Mapping[int, Spread]
    scores: Mapping[int, int]
    total: float | None
    percent: float | None
    complete: bool
    gated_out: bool
    failed_gates: tuple[int, ...]
    rank: int

    @property
    def max_spread(self) -> int:
        """The widest range between individual raters over the criteria (0: none or agreed)."""
        return max((s.range for s in self.spread.values()), default=0)


@dataclass(frozen=True, slots=True)
class ScoringBoard:
    """The issues in scope with their scores, ranked best first, and the criteria."""

    criteria: tuple[CriterionRow, ...]
    x_criterion_id: int | None
    y_criterion_id: int | None
    rater_id: int | None
    rows: tuple[IssueScores, ...]

    def criterion(self, criterion_id: int | None) -> CriterionRow | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    @property
    def x_criterion(self) -> CriterionRow | None:
        return self.criterion(self.x_criterion_id)

    @property
    def y_criterion(self) -> CriterionRow | None:
        return self.criterion(self.y_criterion_id)

    @property
    def has_axes(self) -> bool:
        return self.x_criterion is not None and self.y_criterion is not None


@dataclass(frozen=True, slots=True)
class RaterRow:
    id: int
    name: str
    municipality_name: str
    scored: int  # individual scores given in scope


def spec_of(criterion: CriterionRow) -> CriterionSpec:
    """What the domain rules need of a criterion (keyed by its id)."""
    return CriterionSpec(
        key=criterion.id,
        weight=criterion.weight,
        min=criterion.min,
        max=criterion.max,
        higher_is_better=criterion.higher_is_better,
        gate=criterion.gate,
    )


def _criterion_row(c: m.Criterion) -> CriterionRow:
    assert c.id is not None
    return CriterionRow(
        c.id, c.code, c.name, c.weight, c.min, c.max, c.higher_is_better, c.gate, c.position
    )


def _live_criteria(session: Session) -> tuple[CriterionRow, ...]:
    rows = session.exec(select(m.Criterion).where(col(m.Criterion.deleted_at).is_(None))).all()
    return tuple(_criterion_row(c) for c in sorted(rows, key=lambda c: (c.position, c.id or 0)))


def _axes(session: Session) -> tuple[int | None, int | None]:
    axes = session.exec(select(m.MatrixAxes).order_by(col(m.MatrixAxes.id))).first()
    if axes is None:
        return None, None
    return axes.x_criterion_id, axes.y_criterion_id


# Reads go through the session's connection (SQLAlchemy Core): plain rows, no ORM
# bookkeeping per row, which is most of the time for 12,000 issues.


def _names(session: Session, only: Any = None) -> dict[int, str]:
    """Live people's names (of the ids the statement *only* selects, if given)."""
    stmt = sa_select(col(m.Person.id), col(m.Person.name)).where(col(m.Person.deleted_at).is_(None))
    if only is not None:
        stmt = stmt.where(col(m.Person.id).in_(only))
    rows = session.connection().execute(stmt).all()
    return {_id(pid): str(name) for pid, name in rows}


def _id(value: int | None) -> int:
    """A primary key read as a column (typed optional, never NULL)."""
    assert value is not None
    return value


def _as_scores(values: Mapping[int, int]) -> Mapping[Hashable, float]:
    return cast("Mapping[Hashable, float]", values)


def _kana_order(person: Any) -> tuple[bool, str, str, int]:
    """五十音順 of (id, name, kana, …) rows: by reading, people without one last."""
    return (person[2] == "", person[2] or person[1], person[1], person[0])


def _spread(values: Iterable[int]) -> Spread:
    # statistics.pstdev works in exact fractions: a hundred times slower on 12,000 issues.
    data = list(values)
    mean = sum(data) / len(data)
    stdev = math.sqrt(sum((v - mean) ** 2 for v in data) / len(data))
    return Spread(len(data), min(data), max(data), stdev)


@functools.cache
def _rank_statement() -> Any:
    """The consensus rank of issues among every live issue (``domain.scoring.rank``'s
    order: not gated out first, scored first, higher weighted total, more hours, older),
    computed in SQL for the issues in the expanding parameter ``ids``."""
    s, c, i = m.Score, m.Criterion, m.Issue
    oriented = case(
        (col(c.higher_is_better), col(s.value)),
        else_=col(c.min) + col(c.max) - col(s.value),
    )
    totals = (
        sa_select(
            col(s.issue_id).label("issue_id"),
            func.sum(case((col(c.gate), null()), else_=col(c.weight) * oriented)).label("total"),
            func.max(case((col(c.gate) & (col(s.value) == GATE_NO), 1), else_=0)).label("gated"),
        )
        .join(c, col(c.id) == col(s.criterion_id))
        .where(col(s.rater_id).is_(None), col(c.deleted_at).is_(None))
        .group_by(col(s.issue_id))
        .subquery()
    )
    hours = col(i.cases_per_year) * col(i.minutes_per_case) * col(i.people) / literal(60.0)
    position = func.row_number().over(
        order_by=(
            func.coalesce(totals.c.gated, 0),
            totals.c.total.is_(None),
            -func.coalesce(totals.c.total, 0.0),
            -func.coalesce(hours, -1.0),
            col(i.id),
        )
    )
    ranked = (
        sa_select(col(i.id).label("id"), position.label("rank"))
        .outerjoin(totals, totals.c.issue_id == col(i.id))
        .where(col(i.deleted_at).is_(None))
        .subquery()
    )
    return sa_select(ranked.c.id, ranked.c.rank).where(
        ranked.c.id.in_(bindparam("ids", expanding=True))
    )


def scoring_board(
    workshop: Workshop,
    *,
    group_id: int | None = None,
    rater_id: int | None = None,
    themes_only: bool = False,
    include_dropped: bool = True,
    issue_ids: Iterable[int] | None = None,
) -> ScoringBoard:
    """Live issues (of one group, when given) with scores, totals and ranks.

    The view is the consensus (``rater_id`` None) or one rater's own scores; ranks are
    among the issues returned. Gated-out issues rank last and say which gate failed.

    *issue_ids*: only the rows of those issues (of the live ones), the same values as in
    the whole board — their rank among every live issue counted in SQL, so one trainee's
    few issues are read, not the programme's; only with the whole board's scope (the
    consensus, no group, dropped issues included, not themes only).
    """
    only = None if issue_ids is None else sorted(set(issue_ids))
    if only is not None and (
        group_id is not None or rater_id is not None or themes_only or not include_dropped
    ):
        raise ValueError("issue_ids only with the whole programme's consensus board")
    with workshop.session() as session:
        criteria = _live_criteria(session)
        x_id, y_id = _axes(session)
        live_ids = {c.id for c in criteria}
        issue = m.Issue
        stmt = sa_select(
            col(issue.id),
            col(issue.title),
            col(issue.process),
            col(issue.owner_id),
            col(issue.municipality_id),
            col(issue.group_id),
            col(issue.status),
            col(issue.cases_per_year),
            col(issue.minutes_per_case),
            col(issue.people),
        ).where(col(issue.deleted_at).is_(None))
        if group_id is not None:
            stmt = stmt.where(col(issue.group_id) == group_id)
        if not include_dropped:
            stmt = stmt.where(col(issue.status) != IssueStatus.DROPPED.value)
        if only is not None:
            stmt = stmt.where(col(issue.id).in_(only))
        issue_rows = session.connection().execute(stmt.order_by(col(issue.id))).all()

        # With a group (or some issues) chosen, what the rows name is read for them alone:
        # the themes on them, the names of their owners and raters.
        in_scope: Any = None
        if group_id is not None or only is not None:
            in_scope = sa_select(col(issue.id)).where(col(issue.deleted_at).is_(None))
            if group_id is not None:
                in_scope = in_scope.where(col(issue.group_id) == group_id)
            if only is not None:
                in_scope = in_scope.where(col(issue.id).in_(only))
        theme_stmt = (
            sa_select(col(m.Theme.trainee_id), col(m.Theme.issue_id))
            .join(m.Person, col(m.Person.id) == col(m.Theme.trainee_id))
            .where(col(m.Person.deleted_at).is_(None))
            .order_by(col(m.Theme.trainee_id))
        )
        if in_scope is not None:
            theme_stmt = theme_stmt.where(col(m.Theme.issue_id).in_(in_scope))
        themes: dict[int, list[int]] = defaultdict(list)
        for trainee_id, issue_id in session.connection().execute(theme_stmt).all():
            themes[int(issue_id)].append(int(trainee_id))
        if themes_only:
            issue_rows = [r for r in issue_rows if r[0] in themes]

        score_stmt = sa_select(
            col(m.Score.issue_id),
            col(m.Score.criterion_id),
            col(m.Score.rater_id),
            col(m.Score.value),
        )
        if group_id is not None or themes_only or not include_dropped:
            wanted = sa_select(col(issue.id)).where(col(issue.deleted_at).is_(None))
            if group_id is not None:
                wanted = wanted.where(col(issue.group_id) == group_id)
            score_stmt = score_stmt.where(col(m.Score.issue_id).in_(wanted))
        ranks: dict[int, int] = {}
        if only is not None:
            score_stmt = score_stmt.where(col(m.Score.issue_id).in_(only))
            ranks = dict(session.connection().execute(_rank_statement(), {"ids": only}).all())
        consensus: dict[int, dict[int, int]] = defaultdict(dict)
        ratings: dict[int, dict[int, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
        names = _names(
            session,
            None
            if in_scope is None
            else sa_select(col(issue.owner_id))
            .where(col(issue.id).in_(in_scope))
            .union(
                sa_select(col(m.Score.rater_id)).where(
                    col(m.Score.issue_id).in_(in_scope), col(m.Score.rater_id).is_not(None)
                )
            ),
        )
        for issue_id, criterion_id, rater, value in session.connection().execute(score_stmt).all():
            if criterion_id not in live_ids:
                continue
            if rater is None:
                consensus[issue_id][criterion_id] = value
            elif rater in names:
                ratings[issue_id][criterion_id][rater] = value
        munis = dict(
            session.connection()
            .execute(sa_select(col(m.Municipality.id), col(m.Municipality.name)))
            .all()
        )
        groups = dict(
            session.connection()
            .execute(
                sa_select(col(m.WorkGroup.id), col(m.WorkGroup.name)).where(
                    col(m.WorkGroup.deleted_at).is_(None)
                )
            )
            .all()
        )

    specs = [spec_of(c) for c in criteria]
    gate_ids = [c.id for c in criteria if c.gate]
    computed: dict[int, tuple[Any, Mapping[int, int], ScoreResult]] = {}
    inputs: list[RankInput] = []
    for row in issue_rows:
        ident = _id(row[0])
        if rater_id is None:
            view: Mapping[int, int] = consensus.get(ident, _EMPTY)
        else:
            own = ratings.get(ident, {})
            view = {c: r[rater_id] for c, r in own.items() if rater_id in r}
        result = weighted_total(_as_scores(view), specs)
        computed[ident] = (row, view, result)
        hours = annual_hours(row[7], row[8], row[9])
        inputs.append(RankInput(key=ident, result=result, annual_hours=hours, tie_break=ident))
    if only is None:
        positions = rank(inputs)
    else:
        positions = sorted(((ranks[int(e.tie_break)], e) for e in inputs), key=lambda pe: pe[0])
    out: list[IssueScores] = []
    for position, entry in positions:
        ident = int(entry.tie_break)
        row, view, result = computed[ident]
        own_ratings = ratings.get(ident)
        frozen_ratings: Mapping[int, Mapping[int, int]] = _EMPTY
        spread: Mapping[int, Spread] = _EMPTY
        if own_ratings:
            frozen_ratings = {c: dict(v) for c, v in own_ratings.items()}
            spread = {c: _spread(v.values()) for c, v in own_ratings.items() if v}
        owner_id = row[3]
        out.append(
            IssueScores(
                id=ident,
                title=row[1],
                process=row[2],
                owner_id=owner_id,
                owner_name=names.get(owner_id, "") if owner_id is not None else "",
                municipality_name=munis.get(row[4], "") if row[4] is not None else "",
                group_id=row[5],
                group_name=groups.get(row[5], "") if row[5] is not None else "",
                status=row[6],
                theme_of=tuple(themes.get(ident, ())),
                annual_hours=entry.annual_hours,
                consensus=consensus.get(ident, _EMPTY),
                ratings=frozen_ratings,
                spread=spread,
                scores=view,
                total=result.total,
                percent=result.percent,
                complete=result.complete,
                gated_out=result.gated_out,
                failed_gates=tuple(g for g in gate_ids if view.get(g) == GATE_NO),
                rank=position,
            )
        )
    return ScoringBoard(criteria, x_id, y_id, rater_id, tuple(out))


def list_raters(workshop: Workshop, *, group_id: int | None = None) -> list[RaterRow]:
    """Trainees who can rate issues (the group's members, when given), by kana."""
    with workshop.session() as session:
        trainee_ids = select(m.PersonRole.person_id).where(m.PersonRole.role == Role.TRAINEE.value)
        stmt = sa_select(
            col(m.Person.id), col(m.Person.name), col(m.Person.kana), col(m.Person.municipality_id)
        ).where(col(m.Person.deleted_at).is_(None), col(m.Person.id).in_(trainee_ids))
        if group_id is not None:
            members = select(m.GroupMember.person_id).where(m.GroupMember.group_id == group_id)
            stmt = stmt.where(col(m.Person.id).in_(members))
        people = session.connection().execute(stmt).all()
        munis = dict(
            session.connection()
            .execute(sa_select(col(m.Municipality.id), col(m.Municipality.name)))
            .all()
        )
        count_stmt = (
            sa_select(col(m.Score.rater_id), func.count())
            .join(m.Issue, col(m.Issue.id) == col(m.Score.issue_id))
            .where(col(m.Score.rater_id).is_not(None), col(m.Issue.deleted_at).is_(None))
            .group_by(col(m.Score.rater_id))
        )
        if group_id is not None:
            count_stmt = count_stmt.where(col(m.Issue.group_id) == group_id)
        counts = dict(session.connection().execute(count_stmt).all())
    people = sorted(people, key=_kana_order)
    return [
        RaterRow(_id(pid), name, munis.get(mid, "") if mid is not None else "", counts.get(pid, 0))
        for pid, name, _kana, mid in people
    ]


# --- scores ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placement:
    """An issue's two axis scores (x, y); None is "not scored"."""

    issue_id: int
    x: int | None
    y: int | None


def _live_issue(session: Session, issue_id: int) -> m.Issue:
    row = session.get(m.Issue, issue_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("issue", issue_id)
    return row


def _live_person(session: Session, person_id: int) -> m.Person:
    row = session.get(m.Person, person_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("person", person_id)
    return row


def _scored_criterion(session: Session, criterion_id: int) -> m.Criterion:
    row = session.get(m.Criterion, criterion_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("criterion", criterion_id)
    return row


def check_score(criterion: CriterionRow | m.Criterion, value: int | None) -> int | None:
    """A whole number on the criterion's scale (a gate: 0 no, 1 yes), or None to clear."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("score", "bad_value", f"{value!r} is not a whole number")
    if not criterion.min <= value <= criterion.max:
        raise ValidationError(
            "score",
            "out_of_range",
            f"{value} is outside {criterion.min}–{criterion.max} of {criterion.name}",
        )
    return value


def _score_row(
    session: Session, issue_id: int, criterion_id: int, rater_id: int | None
) -> m.Score | None:
    rater = col(m.Score.rater_id)
    stmt = select(m.Score).where(
        m.Score.issue_id == issue_id,
        m.Score.criterion_id == criterion_id,
        rater.is_(None) if rater_id is None else rater == rater_id,
    )
    return session.exec(stmt).first()


def _put_score(
    session: Session, issue_id: int, criterion: m.Criterion, value: int | None, rater_id: int | None
) -> int | None:
    assert criterion.id is not None
    value = check_score(criterion, value)
    row = _score_row(session, issue_id, criterion.id, rater_id)
    previous = row.value if row is not None else None
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            m.Score(issue_id=issue_id, criterion_id=criterion.id, rater_id=rater_id, value=value)
        )
    elif row.value != value:
        row.value = value
        session.add(row)
    return previous


def set_score(
    workshop: Workshop,
    issue_id: int,
    criterion_id: int,
    value: int | None,
    *,
    rater_id: int | None = None,
) -> int | None:
    """Set (or clear, with None) one score; returns the previous value for undo."""
    with workshop.session() as session:
        _live_issue(session, issue_id)
        criterion = _scored_criterion(session, criterion_id)
        if rater_id is not None:
            _live_person(session, rater_id)
        previous = _put_score(session, issue_id, criterion, value, rater_id)
        session.commit()
        return previous


def set_axis_scores(
    workshop: Workshop, placements: Iterable[Placement], *, rater_id: int | None = None
) -> tuple[Placement, ...]:
    """Set both matrix-axis scores of each issue in one commit (a drag on the matrix).

    Returns the previous placements, in the same order, for undo. Nothing is written
    when any value is refused.
    """
    wanted = list(placements)
    with workshop.session() as session:
        x_id, y_id = _axes(session)
        if x_id is None or y_id is None:
            raise ValidationError("axes", "not_set", "choose the matrix axes first")
        x_crit = _scored_criterion(session, x_id)
        y_crit = _scored_criterion(session, y_id)
        if rater_id is not None:
            _live_person(session, rater_id)
        for p in wanted:
            check_score(x_crit, p.x)
            check_score(y_crit, p.y)
            _live_issue(session, p.issue_id)
        previous = []
        for p in wanted:
            old_x = _put_score(session, p.issue_id, x_crit, p.x, rater_id)
            old_y = _put_score(session, p.issue_id, y_crit, p.y, rater_id)
            previous.append(Placement(p.issue_id, old_x, old_y))
            session.flush()
        session.commit()
        return tuple(previous)


# --- dot voting (ドット投票) -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VotingRoundRow:
    id: int
    title: str
    votes_per_person: int
    max_per_issue: int
    cast: int  # dots cast in the round
    voters: int  # people who cast at least one


@dataclass(frozen=True, slots=True)
class VoteRow:
    voter_id: int
    issue_id: int
    count: int


@dataclass(frozen=True, slots=True)
class VotingState:
    """A round with its live totals: dots per issue and dots used per voter."""

    round: VotingRoundRow
    totals: Mapping[int, int] = field(default_factory=dict)
    used: Mapping[int, int] = field(default_factory=dict)

    def remaining(self, voter_id: int) -> int:
        return remaining_votes(self.used.get(voter_id, 0), self.round.votes_per_person)


def _check_caps(votes_per_person: int, max_per_issue: int) -> tuple[int, int]:
    for name, value in (("votes_per_person", votes_per_person), ("max_per_issue", max_per_issue)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(name, "bad_value", f"{value!r} is not a whole number")
        if not 1 <= value <= MAX_VOTES_PER_PERSON:
            raise ValidationError(
                name, "out_of_range", f"{value} is outside {limits.VOTES.describe()}"
            )
    if max_per_issue > votes_per_person:
        raise ValidationError(
            "max_per_issue",
            "above_votes_per_person",
            f"{max_per_issue} dots on one issue is more than the {votes_per_person} a person has",
        )
    return votes_per_person, max_per_issue


def _live_round(session: Session, round_id: int) -> m.VotingRound:
    row = session.get(m.VotingRound, round_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("voting round", round_id)
    return row


def _round_votes(session: Session, round_id: int) -> list[VoteRow]:
    """Dots of a round, those of deleted people and issues left out."""
    rows = (
        session.connection()
        .execute(
            _live_votes(sa_select(col(m.Vote.voter_id), col(m.Vote.issue_id), col(m.Vote.count)))
            .where(col(m.Vote.round_id) == round_id)
            .order_by(col(m.Vote.voter_id), col(m.Vote.issue_id))
        )
        .all()
    )
    return [VoteRow(int(v), int(i), int(c)) for v, i, c in rows]


def _live_votes(stmt: Any) -> Any:
    """*stmt* over votes, those of deleted people and issues left out."""
    return (
        stmt.join(m.Person, col(m.Person.id) == col(m.Vote.voter_id))
        .join(m.Issue, col(m.Issue.id) == col(m.Vote.issue_id))
        .where(col(m.Person.deleted_at).is_(None), col(m.Issue.deleted_at).is_(None))
    )


def _dots_of(session: Session, round_id: int, voter_id: int, issue_id: int) -> tuple[int, int]:
    """The dots *voter* has used in the round, and those on *issue*, counted in SQL (the
    caps are checked without reading the round's every dot)."""
    used, given = (
        session.connection()
        .execute(
            _live_votes(
                sa_select(
                    func.coalesce(func.sum(col(m.Vote.count)), 0),
                    func.coalesce(
                        func.sum(
                            case((col(m.Vote.issue_id) == issue_id, col(m.Vote.count)), else_=0)
                        ),
                        0,
                    ),
                ).where(col(m.Vote.round_id) == round_id, col(m.Vote.voter_id) == voter_id)
            )
        )
        .one()
    )
    return int(used), int(given)


def _round_totals(session: Session) -> dict[int, tuple[int, int]]:
    """Of each round: the dots cast and how many people cast them (one grouped query)."""
    rows = session.connection().execute(
        _live_votes(
            sa_select(
                col(m.Vote.round_id),
                func.sum(col(m.Vote.count)),
                func.count(distinct(col(m.Vote.voter_id))),
            )
        ).group_by(col(m.Vote.round_id))
    )
    return {int(r): (int(n), int(p)) for r, n, p in rows}


def _round_row(row: m.VotingRound, votes: Sequence[VoteRow]) -> VotingRoundRow:
    assert row.id is not None
    return VotingRoundRow(
        row.id,
        row.title,
        row.votes_per_person,
        row.max_per_issue,
        sum(v.count for v in votes),
        len({v.voter_id for v in votes}),
    )


def list_rounds(workshop: Workshop) -> list[VotingRoundRow]:
    """Live voting rounds, oldest first, with how many dots were cast."""
    with workshop.session() as session:
        rounds = session.exec(
            select(m.VotingRound)
            .where(col(m.VotingRound.deleted_at).is_(None))
            .order_by(col(m.VotingRound.id))
        ).all()
        totals = _round_totals(session)
        return [
            VotingRoundRow(
                _id(r.id),
                r.title,
                r.votes_per_person,
                r.max_per_issue,
                *totals.get(_id(r.id), (0, 0)),
            )
            for r in rounds
        ]


def add_round(
    workshop: Workshop,
    title: str,
    *,
    votes_per_person: int = VOTES_PER_PERSON,
    max_per_issue: int = MAX_PER_ISSUE,
) -> VotingRoundRow:
    title = required_text("title", title)
    per_person, per_issue = _check_caps(votes_per_person, max_per_issue)
    with workshop.session() as session:
        row = m.VotingRound(title=title, votes_per_person=per_person, max_per_issue=per_issue)
        session.add(row)
        session.commit()
        return _round_row(row, [])


def update_round(
    workshop: Workshop,
    round_id: int,
    *,
    title: str | None = None,
    votes_per_person: int | None = None,
    max_per_issue: int | None = None,
) -> VotingRoundRow:
    """Change a round; caps below dots already cast are refused (reset the round first)."""
    with workshop.session() as session:
        row = _live_round(session, round_id)
        if title is not None:
            row.title = required_text("title", title)
        per_person, per_issue = _check_caps(
            row.votes_per_person if votes_per_person is None else votes_per_person,
            row.max_per_issue if max_per_issue is None else max_per_issue,
        )
        votes = _round_votes(session, round_id)
        cast_dots = [(v.voter_id, v.issue_id, v.count) for v in votes]
        broken = caps_broken(cast_dots, per_person, per_issue)
        if broken is VoteRefusal.NO_VOTES_LEFT:
            raise ValidationError(
                "votes_per_person", "below_cast", "someone has already cast more dots than that"
            )
        if broken is VoteRefusal.ISSUE_CAP:
            raise ValidationError(
                "max_per_issue", "below_cast", "someone has already put more dots on one issue"
            )
        row.votes_per_person, row.max_per_issue = per_person, per_issue
        session.add(row)
        session.commit()
        return _round_row(row, votes)


def set_round_deleted(workshop: Workshop, round_id: int, deleted: bool) -> None:
    """Soft-delete a round with its dots, or bring it back (undo)."""
    with workshop.session() as session:
        row = session.get(m.VotingRound, round_id)
        if row is None:
            raise NotFound("voting round", round_id)
        row.deleted_at = dt.datetime.now(dt.UTC) if deleted else None
        session.add(row)
        session.commit()


def voting_state(workshop: Workshop, round_id: int) -> VotingState:
    with workshop.session() as session:
        return _state(session, _live_round(session, round_id))


def _state(session: Session, row: m.VotingRound) -> VotingState:
    """The round's dots per issue and per voter, from one read of its live dots summed as
    they come (no row object per dot: a round of 2,400 voters is read after each dot)."""
    assert row.id is not None
    totals: dict[int, int] = defaultdict(int)
    used: dict[int, int] = defaultdict(int)
    for voter, issue, count in session.connection().execute(
        _live_votes(sa_select(col(m.Vote.voter_id), col(m.Vote.issue_id), col(m.Vote.count)))
        .where(col(m.Vote.round_id) == row.id)
        .order_by(col(m.Vote.voter_id), col(m.Vote.issue_id))
    ):
        totals[issue] += count
        used[voter] += count
    round_row = VotingRoundRow(
        row.id, row.title, row.votes_per_person, row.max_per_issue, sum(used.values()), len(used)
    )
    return VotingState(round_row, dict(totals), dict(used))


def dots_given(workshop: Workshop, round_id: int, voter_id: int, issue_id: int) -> int:
    """The dots *voter* has put on *issue* in the round."""
    with workshop.session() as session:
        _live_round(session, round_id)
        return _dots_of(session, round_id, voter_id, issue_id)[1]


def _gated_out(session: Session, issue_id: int) -> bool:
    gates = (
        session.connection()
        .execute(
            sa_select(col(m.Score.criterion_id), col(m.Score.value))
            .join(m.Criterion, col(m.Criterion.id) == col(m.Score.criterion_id))
            .where(
                col(m.Score.issue_id) == issue_id,
                col(m.Score.rater_id).is_(None),
                col(m.Criterion.gate).is_(True),
                col(m.Criterion.deleted_at).is_(None),
            )
        )
        .all()
    )
    scores = {int(c): int(v) for c, v in gates}
    specs = [CriterionSpec(key=c, weight=0, min=0, max=1, gate=True) for c in scores]
    return is_gated_out(_as_scores(scores), specs)


def cast_vote(workshop: Workshop, round_id: int, voter_id: int, issue_id: int) -> VotingState:
    """One more dot from *voter* on *issue*; refused when a cap would be broken.

    Codes: ``no_votes_left`` (the voter has used all their dots), ``issue_cap`` (the
    most dots one person may put on one issue are there), ``gated_out`` (the issue fails
    a gate criterion and cannot be chosen).
    """
    _cast(workshop, round_id, voter_id, issue_id)
    return voting_state(workshop, round_id)


def _cast(workshop: Workshop, round_id: int, voter_id: int, issue_id: int) -> None:
    with workshop.session() as session:
        round_row = _live_round(session, round_id)
        _live_person(session, voter_id)
        _live_issue(session, issue_id)
        used, given = _dots_of(session, round_id, voter_id, issue_id)
        refusal = vote_refusal(
            used,
            given,
            round_row.votes_per_person,
            round_row.max_per_issue,
        )
        if refusal is VoteRefusal.NO_VOTES_LEFT:
            raise ValidationError(
                "vote", refusal.value, f"all {round_row.votes_per_person} dots are used"
            )
        if refusal is VoteRefusal.ISSUE_CAP:
            raise ValidationError(
                "vote", refusal.value, f"at most {round_row.max_per_issue} dots on one issue"
            )
        if _gated_out(session, issue_id):
            raise ValidationError("vote", "gated_out", "the issue fails a gate criterion")
        vote = session.get(m.Vote, (round_id, voter_id, issue_id))
        if vote is None:
            session.add(m.Vote(round_id=round_id, voter_id=voter_id, issue_id=issue_id, count=1))
        else:
            vote.count += 1
            session.add(vote)
        session.commit()


def uncast_vote(workshop: Workshop, round_id: int, voter_id: int, issue_id: int) -> VotingState:
    """Take one of *voter*'s dots off *issue* (code ``none_cast`` when there is none)."""
    _uncast(workshop, round_id, voter_id, issue_id)
    return voting_state(workshop, round_id)


def _uncast(workshop: Workshop, round_id: int, voter_id: int, issue_id: int) -> None:
    with workshop.session() as session:
        _live_round(session, round_id)
        vote = session.get(m.Vote, (round_id, voter_id, issue_id))
        if vote is None or vote.count <= 0:
            raise ValidationError("vote", "none_cast", "no dot of this person on this issue")
        if vote.count == 1:
            session.delete(vote)
        else:
            vote.count -= 1
            session.add(vote)
        session.commit()


def reset_round(workshop: Workshop, round_id: int) -> tuple[VoteRow, ...]:
    """Remove every dot of a round; returns them so ``restore_votes`` can undo."""
    with workshop.session() as session:
        _live_round(session, round_id)
        removed = tuple(
            VoteRow(v.voter_id, v.issue_id, v.count)
            for v in session.exec(
                select(m.Vote)
                .where(m.Vote.round_id == round_id)
                .order_by(col(m.Vote.voter_id), col(m.Vote.issue_id))
            ).all()
        )
        session.execute(delete(m.Vote).where(col(m.Vote.round_id) == round_id))
        session.commit()
        return removed


def restore_votes(workshop: Workshop, round_id: int, votes: Iterable[VoteRow]) -> None:
    """Make a round's dots exactly *votes* again (undo of a reset)."""
    with workshop.session() as session:
        _live_round(session, round_id)
        session.execute(delete(m.Vote).where(col(m.Vote.round_id) == round_id))
        for v in votes:
            session.add(
                m.Vote(round_id=round_id, voter_id=v.voter_id, issue_id=v.issue_id, count=v.count)
            )
        session.commit()


# --- improvement themes (改善テーマ) ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TraineeTheme:
    """A trainee and the issue they chose as their theme (None: none yet)."""

    trainee_id: int
    name: str
    kana: str
    municipality_name: str
    group_names: str
    issue_id: int | None
    issue_title: str
    issue_owner_id: int | None

    @property
    def id(self) -> int:
        """The trainee's id (tables key their rows by ``id``)."""
        return self.trainee_id


@dataclass(frozen=True, slots=True)
class ThemeChange:
    """What ``undo_theme_change`` needs: the theme before and after, and issue statuses before."""

    trainee_id: int
    before: int | None
    after: int | None
    statuses: tuple[tuple[int, str], ...]


def themes_overview(workshop: Workshop, *, group_id: int | None = None) -> list[TraineeTheme]:
    """Every live trainee (of one group, when given) with their theme, by kana."""
    with workshop.session() as session:
        trainee_ids = select(m.PersonRole.person_id).where(m.PersonRole.role == Role.TRAINEE.value)
        stmt = sa_select(
            col(m.Person.id), col(m.Person.name), col(m.Person.kana), col(m.Person.municipality_id)
        ).where(col(m.Person.deleted_at).is_(None), col(m.Person.id).in_(trainee_ids))
        if group_id is not None:
            stmt = stmt.where(
                col(m.Person.id).in_(
                    select(m.GroupMember.person_id).where(m.GroupMember.group_id == group_id)
                )
            )
        people = session.connection().execute(stmt).all()
        munis = dict(
            session.connection()
            .execute(sa_select(col(m.Municipality.id), col(m.Municipality.name)))
            .all()
        )
        group_names: dict[int, list[str]] = defaultdict(list)
        for member, group_name in (
            session.connection()
            .execute(
                sa_select(col(m.GroupMember.person_id), col(m.WorkGroup.name))
                .join(m.WorkGroup, col(m.WorkGroup.id) == col(m.GroupMember.group_id))
                .where(col(m.WorkGroup.deleted_at).is_(None))
                .order_by(col(m.WorkGroup.position), col(m.WorkGroup.id))
            )
            .all()
        ):
            group_names[int(member)].append(group_name)
        chosen: dict[int, tuple[int | None, str, int | None]] = {
            int(t): (int(i), title, owner)
            for t, i, title, owner in session.connection()
            .execute(
                sa_select(
                    col(m.Theme.trainee_id),
                    col(m.Theme.issue_id),
                    col(m.Issue.title),
                    col(m.Issue.owner_id),
                )
                .join(m.Issue, col(m.Issue.id) == col(m.Theme.issue_id))
                .where(col(m.Issue.deleted_at).is_(None))
            )
            .all()
        }
    result = []
    for pid, name, kana, mid in sorted(people, key=_kana_order):
        theme_issue, theme_title, theme_owner = chosen.get(_id(pid), (None, "", None))
        result.append(
            TraineeTheme(
                trainee_id=_id(pid),
                name=name,
                kana=kana,
                municipality_name=munis.get(mid, "") if mid is not None else "",
                group_names="・".join(group_names.get(_id(pid), ())),
                issue_id=theme_issue,
                issue_title=theme_title,
                issue_owner_id=theme_owner,
            )
        )
    return result


def trainees_without_theme(
    workshop: Workshop, *, group_id: int | None = None
) -> list[TraineeTheme]:
    """The trainees (of one group, when given) who have not chosen a theme yet."""
    return [t for t in themes_overview(workshop, group_id=group_id) if t.issue_id is None]


def _theme_holders(session: Session, issue_id: int, but: int) -> int:
    stmt = (
        select(func.count())
        .select_from(m.Theme)
        .where(col(m.Theme.issue_id) == issue_id, col(m.Theme.trainee_id) != but)
    )
    return int(session.exec(stmt).one())


def _statuses(session: Session, ids: Iterable[int | None]) -> tuple[tuple[int, str], ...]:
    found = []
    for ident in dict.fromkeys(i for i in ids if i is not None):
        row = session.get(m.Issue, ident)
        if row is not None:
            found.append((ident, row.status))
    return tuple(found)


def _release(session: Session, issue_id: int | None, trainee_id: int) -> None:
    """An issue no longer anyone's theme goes back to being a candidate."""
    if issue_id is None or _theme_holders(session, issue_id, trainee_id):
        return
    row = session.get(m.Issue, issue_id)
    if row is not None and row.status == IssueStatus.THEME.value:
        row.status = IssueStatus.CANDIDATE.value
        session.add(row)


def _trainee(session: Session, trainee_id: int) -> m.Person:
    person = _live_person(session, trainee_id)
    role = session.get(m.PersonRole, (trainee_id, Role.TRAINEE.value))
    if role is None:
        raise ValidationError("theme", "not_trainee", f"{person.name} is not a trainee")
    return person


def set_theme(workshop: Workshop, trainee_id: int, issue_id: int) -> ThemeChange:
    """Make *issue* the trainee's improvement theme (replacing any other).

    The issue's status becomes "theme"; a replaced theme that nobody else holds goes
    back to "candidate". An issue that fails a gate criterion cannot be a theme.
    """
    with workshop.session() as session:
        _trainee(session, trainee_id)
        issue = _live_issue(session, issue_id)
        if _gated_out(session, issue_id):
            raise ValidationError("theme", "gated_out", f"{issue.title} fails a gate criterion")
        current = session.get(m.Theme, trainee_id)
        before = current.issue_id if current is not None else None
        change = ThemeChange(trainee_id, before, issue_id, _statuses(session, (before, issue_id)))
        if current is None:
            session.add(m.Theme(trainee_id=trainee_id, issue_id=issue_id))
        elif current.issue_id != issue_id:
            current.issue_id = issue_id
            session.add(current)
        session.flush()
        if before != issue_id:
            _release(session, before, trainee_id)
        issue.status = IssueStatus.THEME.value
        session.add(issue)
        session.commit()
        return change


def clear_theme(workshop: Workshop, trainee_id: int) -> ThemeChange:
    """The trainee has no theme any more; the issue becomes a "candidate" unless others hold it."""
    with workshop.session() as session:
        _live_person(session, trainee_id)
        current = session.get(m.Theme, trainee_id)
        if current is None:
            return ThemeChange(trainee_id, None, None, ())
        before = current.issue_id
        change = ThemeChange(trainee_id, before, None, _statuses(session, (before,)))
        session.delete(current)
        session.flush()
        _release(session, before, trainee_id)
        session.commit()
        return change


def undo_theme_change(workshop: Workshop, change: ThemeChange) -> None:
    """Put the trainee's theme and the touched issues' statuses back as they were."""
    with workshop.session() as session:
        current = session.get(m.Theme, change.trainee_id)
        if change.before is None:
            if current is not None:
                session.delete(current)
        elif current is None:
            session.add(m.Theme(trainee_id=change.trainee_id, issue_id=change.before))
        else:
            current.issue_id = change.before
            session.add(current)
        for ident, status in change.statuses:
            row = session.get(m.Issue, ident)
            if row is not None:
                row.status = status
                session.add(row)
        session.commit()


def redo_theme_change(workshop: Workshop, change: ThemeChange) -> ThemeChange:
    """Apply a change again (redo after undo)."""
    if change.after is None:
        return clear_theme(workshop, change.trainee_id)
    return set_theme(workshop, change.trainee_id, change.after)


# --- operations (see services/ops.py) -----------------------------------------------------------


def set_axis_scores_op(
    placements: Iterable[Placement], *, rater_id: int | None = None
) -> ops.Operation:
    """:func:`set_axis_scores` as an operation (a drop on the matrix); its reverse puts the
    cards back where they were."""
    wanted = tuple(placements)
    changes = ops.Changes.of(score=[p.issue_id for p in wanted])
    return ops.recorded(
        lambda ws: set_axis_scores(ws, wanted, rater_id=rater_id),
        lambda ws, _before: set_axis_scores(ws, wanted, rater_id=rater_id),
        lambda ws, before: set_axis_scores(ws, before, rater_id=rater_id),
        changes,
    )


def set_score_op(
    issue_id: int, criterion_id: int, value: int | None, *, rater_id: int | None = None
) -> ops.Operation:
    """:func:`set_score` as an operation; its reverse puts the previous value back."""
    return ops.recorded(
        lambda ws: set_score(ws, issue_id, criterion_id, value, rater_id=rater_id),
        lambda ws, _before: set_score(ws, issue_id, criterion_id, value, rater_id=rater_id),
        lambda ws, before: set_score(ws, issue_id, criterion_id, before, rater_id=rater_id),
        ops.Changes.of(score=[issue_id]),
    )


def cast_vote_op(
    round_id: int, voter_id: int, issue_id: int, *, remove: bool = False
) -> ops.Operation:
    """One dot more (or, with *remove*, less) from *voter_id* on *issue_id* (value: None;
    whoever shows the round reads it again from the changes, once)."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        step = _uncast if remove else _cast
        step(workshop, round_id, voter_id, issue_id)
        reverse = cast_vote_op(round_id, voter_id, issue_id, remove=not remove)
        return ops.OpResult(None, ops.Changes.of(vote=[issue_id]), reverse)

    return run


def add_round_op(
    title: str, *, votes_per_person: int = VOTES_PER_PERSON, max_per_issue: int = MAX_PER_ISSUE
) -> ops.Operation:
    """:func:`add_round` as an operation (value: the new round)."""
    return ops.created(
        lambda ws: add_round(
            ws, title, votes_per_person=votes_per_person, max_per_issue=max_per_issue
        ),
        lambda ws, row, deleted: set_round_deleted(ws, row.id, deleted),
        ops.Changes.of(vote=None),
    )


def update_round_op(round_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_round` (title, votes_per_person, max_per_issue) as an operation; its
    reverse puts the round's settings back."""

    def run(workshop: Workshop) -> ops.OpResult[VotingRoundRow]:
        old = next((r for r in list_rounds(workshop) if r.id == round_id), None)
        if old is None:
            raise NotFound("voting_round", round_id)
        row = update_round(workshop, round_id, **fields)
        before = {name: getattr(old, name) for name in fields}
        return ops.OpResult(row, ops.Changes.of(vote=None), update_round_op(round_id, **before))

    return run


def set_round_deleted_op(round_id: int, deleted: bool) -> ops.Operation:
    return ops.reversible(
        lambda ws: set_round_deleted(ws, round_id, deleted),
        lambda ws: set_round_deleted(ws, round_id, not deleted),
        ops.Changes.of(vote=None),
    )


def reset_round_op(round_id: int) -> ops.Operation:
    """:func:`reset_round` as an operation; its reverse gives every dot back."""
    return ops.recorded(
        lambda ws: reset_round(ws, round_id),
        lambda ws, _gone: reset_round(ws, round_id),
        lambda ws, gone: restore_votes(ws, round_id, gone),
        ops.Changes.of(vote=None),
    )


def set_theme_op(trainee_id: int, issue_id: int | None) -> ops.Operation:
    """Make *issue_id* the trainee's theme (None clears it); its reverse puts the theme
    and the issues' statuses back."""

    def changed(change: ThemeChange) -> ops.Changes:
        issues = {i for i in (change.before, change.after) if i is not None}
        issues.update(i for i, _status in change.statuses)
        return ops.Changes.of(theme=[trainee_id], issue=issues)

    return ops.recorded(
        lambda ws: (
            clear_theme(ws, trainee_id) if issue_id is None else set_theme(ws, trainee_id, issue_id)
        ),
        redo_theme_change,
        undo_theme_change,
        changed,
    )
