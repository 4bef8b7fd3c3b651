"""The tables of a workshop file (schema v1): the whole programme, every phase.

One file holds one programme, so rows carry no programme id. Top-level rows are
soft-deleted (``deleted_at``) so undo and recovery never lose data; rows that only
exist inside a parent (answers, findings, votes, ratings, steps) go with the parent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from dxworkshop.domain.voting import MAX_PER_ISSUE, VOTES_PER_PERSON
from dxworkshop.store.types import AwareDateTime, utcnow

# Named constraints keep alembic's SQLite batch rebuilds deterministic.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class Stamped(SQLModel):
    # Table models skip pydantic validation; pydantic's schema for a model (needed by
    # model_dump, say) is built on its first use instead of for all 32 at import (≈0.1 s
    # of every start).
    model_config = SQLModel.model_config.copy()
    model_config["defer_build"] = True

    created_at: dt.datetime = Field(default_factory=utcnow, sa_type=AwareDateTime, nullable=False)
    updated_at: dt.datetime = Field(
        default_factory=utcnow,
        sa_type=AwareDateTime,
        nullable=False,
        sa_column_kwargs={"onupdate": utcnow},
    )


class SoftDeleted(Stamped):
    deleted_at: dt.datetime | None = Field(default=None, sa_type=AwareDateTime, nullable=True)


# --- setup -----------------------------------------------------------------


class Programme(Stamped, table=True):
    __tablename__ = "programme"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    fiscal_year: int | None = None
    organiser: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    description: str = ""
    # Programme-level catalogues shipped as defaults and editable per programme.
    issue_categories: list[str] = Field(default_factory=list, sa_type=JSON)
    dx_means_catalogue: list[str] = Field(default_factory=list, sa_type=JSON)
    # The prefecture the programme belongs to, as the national list names it (岡山県); ""
    # for none. Schema version 2; last, where its migration adds it.
    prefecture: str = ""


class Municipality(SoftDeleted, table=True):
    __tablename__ = "municipality"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kana: str = ""
    code: str = ""  # 団体コード, six digits when known


class Department(SoftDeleted, table=True):
    __tablename__ = "department"
    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int = Field(foreign_key="municipality.id", index=True, ondelete="CASCADE")
    name: str


class Person(SoftDeleted, table=True):
    __tablename__ = "person"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kana: str = ""
    municipality_id: int | None = Field(
        default=None, foreign_key="municipality.id", index=True, ondelete="SET NULL"
    )
    department_id: int | None = Field(
        default=None, foreign_key="department.id", index=True, ondelete="SET NULL"
    )
    title: str = ""
    email: str = ""
    supervisor_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="SET NULL"
    )


class PersonRole(Stamped, table=True):
    __tablename__ = "person_role"
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(primary_key=True)  # domain.enums.Role


class WorkGroup(SoftDeleted, table=True):
    __tablename__ = "work_group"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    position: int = 0


class GroupMember(Stamped, table=True):
    __tablename__ = "group_member"
    group_id: int = Field(foreign_key="work_group.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")


class TrainingSession(SoftDeleted, table=True):
    """A session of the programme (研修回); named so it never clashes with a DB session."""

    __tablename__ = "training_session"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    phase: str  # domain.enums.Phase
    date: dt.date | None = None
    place: str = ""


# --- hearing -----------------------------------------------------------------


class HearingSection(SoftDeleted, table=True):
    __tablename__ = "hearing_section"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    position: int = 0


class HearingQuestion(SoftDeleted, table=True):
    """A template question; retiring one (deleted_at) keeps the answers already given."""

    __tablename__ = "hearing_question"
    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="hearing_section.id", index=True, ondelete="CASCADE")
    text: str
    kind: str  # domain.enums.QuestionKind
    # choice: the options; scale: the labels from low to high; table: the column names.
    choices: list[str] = Field(default_factory=list, sa_type=JSON)
    position: int = 0


class Hearing(SoftDeleted, table=True):
    __tablename__ = "hearing"
    id: int | None = Field(default=None, primary_key=True)
    municipality_id: int = Field(foreign_key="municipality.id", index=True, ondelete="CASCADE")
    department_id: int | None = Field(
        default=None, foreign_key="department.id", ondelete="SET NULL"
    )
    date: dt.date | None = None
    interviewer_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    attendees: str = ""
    status: str = "planned"  # domain.enums.HearingStatus
    notes: str = ""


class HearingAnswer(Stamped, table=True):
    __tablename__ = "hearing_answer"
    hearing_id: int = Field(foreign_key="hearing.id", primary_key=True, ondelete="CASCADE")
    question_id: int = Field(
        foreign_key="hearing_question.id", primary_key=True, ondelete="CASCADE"
    )
    # str for text/choice, int for scale, number for number, list of rows for table.
    value: Any = Field(default=None, sa_type=JSON)


class Finding(SoftDeleted, table=True):
    __tablename__ = "finding"
    id: int | None = Field(default=None, primary_key=True)
    hearing_id: int = Field(foreign_key="hearing.id", index=True, ondelete="CASCADE")
    text: str
    position: int = 0


# --- issues ------------------------------------------------------------------


class Cluster(SoftDeleted, table=True):
    """An affinity group (親和グループ) with its label (表札); clusters nest."""

    __tablename__ = "cluster"
    id: int | None = Field(default=None, primary_key=True)
    label: str = ""
    parent_id: int | None = Field(
        default=None, foreign_key="cluster.id", index=True, ondelete="SET NULL"
    )
    colour: str = ""
    board_x: float | None = None
    board_y: float | None = None


class Issue(SoftDeleted, table=True):
    __tablename__ = "issue"
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="SET NULL"
    )
    municipality_id: int | None = Field(
        default=None, foreign_key="municipality.id", index=True, ondelete="SET NULL"
    )
    group_id: int | None = Field(
        default=None, foreign_key="work_group.id", index=True, ondelete="SET NULL"
    )
    title: str
    process: str = ""  # 業務名
    description: str = ""
    categories: list[str] = Field(default_factory=list, sa_type=JSON)
    cases_per_year: float | None = None
    minutes_per_case: float | None = None
    people: float | None = None
    source: str = "workshop"  # domain.enums.IssueSource
    finding_id: int | None = Field(
        default=None, foreign_key="finding.id", index=True, ondelete="SET NULL"
    )
    status: str = "candidate"  # domain.enums.IssueStatus
    cluster_id: int | None = Field(
        default=None, foreign_key="cluster.id", index=True, ondelete="SET NULL"
    )
    # Card position on the affinity (KJ) board; the payoff board places by scores.
    board_x: float | None = None
    board_y: float | None = None


# --- prioritisation ------------------------------------------------------------


class Criterion(SoftDeleted, table=True):
    __tablename__ = "criterion"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)  # stable key, e.g. "effect"; the interchange key
    name: str
    weight: float = 1.0
    min: int = 1
    max: int = 5
    higher_is_better: bool = True
    gate: bool = False
    position: int = 0


class MatrixAxes(Stamped, table=True):
    """The two criteria of the payoff matrix (one row)."""

    __tablename__ = "matrix_axes"
    id: int | None = Field(default=None, primary_key=True)
    x_criterion_id: int | None = Field(
        default=None, foreign_key="criterion.id", ondelete="SET NULL"
    )
    y_criterion_id: int | None = Field(
        default=None, foreign_key="criterion.id", ondelete="SET NULL"
    )


class Score(Stamped, table=True):
    """One score; ``rater_id`` NULL is the group's consensus score."""

    __tablename__ = "score"
    __table_args__ = (
        Index(
            "ix_score_issue_criterion_rater", "issue_id", "criterion_id", "rater_id", unique=True
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    issue_id: int = Field(foreign_key="issue.id", index=True, ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="criterion.id", index=True, ondelete="CASCADE")
    rater_id: int | None = Field(default=None, foreign_key="person.id", ondelete="CASCADE")
    value: int


class VotingRound(SoftDeleted, table=True):
    __tablename__ = "voting_round"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    votes_per_person: int = VOTES_PER_PERSON
    max_per_issue: int = MAX_PER_ISSUE


class Vote(Stamped, table=True):
    __tablename__ = "vote"
    round_id: int = Field(foreign_key="voting_round.id", primary_key=True, ondelete="CASCADE")
    voter_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    issue_id: int = Field(foreign_key="issue.id", primary_key=True, ondelete="CASCADE")
    count: int = 1


class Theme(Stamped, table=True):
    """A trainee's chosen improvement theme (改善テーマ): one issue per trainee."""

    __tablename__ = "theme"
    trainee_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    issue_id: int = Field(foreign_key="issue.id", index=True, ondelete="CASCADE")


# --- plans -------------------------------------------------------------------


class Plan(SoftDeleted, table=True):
    __tablename__ = "plan"
    id: int | None = Field(default=None, primary_key=True)
    issue_id: int = Field(foreign_key="issue.id", index=True, ondelete="CASCADE")
    trainee_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")


class PlanVersion(Stamped, table=True):
    """One version (版) of a plan in A3 order; only the newest is editable."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    number: int
    reason: str = ""  # why this version was started
    target_process: str = ""
    current_state: str = ""
    problems: str = ""
    root_cause: str = ""
    solution: str = ""
    ecrs: list[str] = Field(default_factory=list, sa_type=JSON)
    dx_means: list[str] = Field(default_factory=list, sa_type=JSON)
    goal: str = ""
    kpi: str = ""
    after_cases_per_year: float | None = None
    after_minutes_per_case: float | None = None
    after_people: float | None = None
    risks: str = ""
    support_needed: str = ""


class PlanStep(Stamped, table=True):
    """A step of the 実施計画 (what, who, by when)."""

    __tablename__ = "plan_step"
    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="plan_version.id", index=True, ondelete="CASCADE")
    position: int = 0
    what: str = ""
    who: str = ""
    due: dt.date | None = None


# --- feedback ------------------------------------------------------------------


class RubricItem(SoftDeleted, table=True):
    __tablename__ = "rubric_item"
    id: int | None = Field(default=None, primary_key=True)
    name: str
    min: int = 1
    max: int = 5
    position: int = 0


class FeedbackRound(SoftDeleted, table=True):
    __tablename__ = "feedback_round"
    id: int | None = Field(default=None, primary_key=True)
    number: int
    title: str
    due: dt.date | None = None


class Feedback(SoftDeleted, table=True):
    __tablename__ = "feedback"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="feedback_round.id", index=True, ondelete="CASCADE")
    plan_version_id: int = Field(foreign_key="plan_version.id", index=True, ondelete="CASCADE")
    reviewer_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    role: str  # domain.enums.ReviewerRole
    good_points: str = ""
    improvements: str = ""
    support: str = ""
    decision: str | None = None  # domain.enums.Decision
    status: str = "requested"  # domain.enums.FeedbackStatus
    response: str = ""
    addressed_in_version_id: int | None = Field(
        default=None, foreign_key="plan_version.id", ondelete="SET NULL"
    )


class FeedbackRating(Stamped, table=True):
    __tablename__ = "feedback_rating"
    feedback_id: int = Field(foreign_key="feedback.id", primary_key=True, ondelete="CASCADE")
    rubric_item_id: int = Field(foreign_key="rubric_item.id", primary_key=True, ondelete="CASCADE")
    value: int


# --- practice ------------------------------------------------------------------


class ActionItem(SoftDeleted, table=True):
    __tablename__ = "action_item"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    title: str
    owner_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    due: dt.date | None = None
    status: str = "todo"  # domain.enums.ActionStatus
    progress: int = 0
    position: int = 0


class CheckIn(SoftDeleted, table=True):
    __tablename__ = "check_in"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    date: dt.date
    progress: int = 0
    note: str = ""
    obstacles: str = ""
    support_needed: str = ""


class Measurement(SoftDeleted, table=True):
    __tablename__ = "measurement"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    metric: str
    baseline: float | None = None
    target: float | None = None
    actual: float | None = None
    date: dt.date | None = None


class Outcome(Stamped, table=True):
    __tablename__ = "outcome"
    plan_id: int = Field(foreign_key="plan.id", primary_key=True, ondelete="CASCADE")
    hours_saved_per_year: float | None = None
    effects: str = ""
    spread_potential: str = ""  # 横展開の可能性
