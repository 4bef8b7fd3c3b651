"""Enumerations of the programme; the values are the interchange format's words."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TRAINEE = "trainee"
    SUPERVISOR = "supervisor"
    INSTRUCTOR = "instructor"
    DX_CONTACT = "dx_contact"
    FACILITATOR = "facilitator"


class Phase(StrEnum):
    SETUP = "setup"
    HEARING = "hearing"
    ISSUES = "issues"
    PRIORITIZE = "prioritize"
    PLANS = "plans"
    FEEDBACK = "feedback"
    PRACTICE = "practice"
    REPORT = "report"


PHASE_ORDER: tuple[Phase, ...] = tuple(Phase)


class QuestionKind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    SCALE = "scale"
    NUMBER = "number"
    TABLE = "table"


class HearingStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"


class IssueSource(StrEnum):
    WORKSHOP = "workshop"
    HEARING = "hearing"
    OTHER = "other"


class IssueStatus(StrEnum):
    CANDIDATE = "candidate"
    THEME = "theme"
    DROPPED = "dropped"


class Ecrs(StrEnum):
    ELIMINATE = "eliminate"
    COMBINE = "combine"
    REARRANGE = "rearrange"
    SIMPLIFY = "simplify"


class ReviewerRole(StrEnum):
    SUPERVISOR = "supervisor"
    INSTRUCTOR = "instructor"


class Decision(StrEnum):
    APPROVED = "approved"
    CONDITIONAL = "conditional"
    REWORK = "rework"


class FeedbackStatus(StrEnum):
    REQUESTED = "requested"
    RECEIVED = "received"
    ADDRESSED = "addressed"


class ActionStatus(StrEnum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    BLOCKED = "blocked"


class Quadrant(StrEnum):
    """Payoff matrix quadrants (ペイオフマトリクス)."""

    DO_NOW = "do_now"  # すぐやる: high effect, easy
    PLAN = "plan"  # 計画的に取り組む: high effect, hard
    SPARE_TIME = "spare_time"  # 余力で: low effect, easy
    SKIP = "skip"  # 見送り: low effect, hard
