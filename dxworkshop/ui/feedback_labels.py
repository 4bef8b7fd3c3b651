"""Translated labels and colours of feedback: decisions, statuses, reviewer roles and the
states of the overview grid."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole
from dxworkshop.domain.feedback_rules import CellState

_DECISIONS = {
    Decision.APPROVED: QT_TRANSLATE_NOOP("FeedbackLabels", "Approved"),
    Decision.CONDITIONAL: QT_TRANSLATE_NOOP("FeedbackLabels", "Approved with conditions"),
    Decision.REWORK: QT_TRANSLATE_NOOP("FeedbackLabels", "Rework"),
}
_STATUSES = {
    FeedbackStatus.REQUESTED: QT_TRANSLATE_NOOP("FeedbackLabels", "Requested"),
    FeedbackStatus.RECEIVED: QT_TRANSLATE_NOOP("FeedbackLabels", "Received"),
    FeedbackStatus.ADDRESSED: QT_TRANSLATE_NOOP("FeedbackLabels", "Addressed"),
}
_ROLES = {
    ReviewerRole.SUPERVISOR: QT_TRANSLATE_NOOP("FeedbackLabels", "Supervisor"),
    ReviewerRole.INSTRUCTOR: QT_TRANSLATE_NOOP("FeedbackLabels", "Instructor"),
}
_STATES = {
    CellState.NONE: QT_TRANSLATE_NOOP("FeedbackLabels", "Not requested"),
    CellState.REQUESTED: QT_TRANSLATE_NOOP("FeedbackLabels", "Requested"),
    CellState.OVERDUE: QT_TRANSLATE_NOOP("FeedbackLabels", "Overdue"),
    CellState.RECEIVED: QT_TRANSLATE_NOOP("FeedbackLabels", "Received"),
    CellState.ADDRESSED: QT_TRANSLATE_NOOP("FeedbackLabels", "Addressed"),
}
#: Short marks of the decisions for the overview grid (○△× as on Japanese office forms).
DECISION_MARKS: dict[Decision, str] = {
    Decision.APPROVED: "○",
    Decision.CONDITIONAL: "△",
    Decision.REWORK: "×",
}
#: (background, text) of each state in the overview grid and its legend.
STATE_COLOURS: dict[CellState, tuple[str, str]] = {
    CellState.NONE: ("#f3f4f6", "#6b7280"),
    CellState.REQUESTED: ("#fef9c3", "#854d0e"),
    CellState.OVERDUE: ("#fee2e2", "#b91c1c"),
    CellState.RECEIVED: ("#dbeafe", "#1e40af"),
    CellState.ADDRESSED: ("#dcfce7", "#166534"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackLabels", text)


def decision_label(decision: Decision | None) -> str:
    return _tr(_DECISIONS[Decision(decision)]) if decision is not None else "—"


def status_label(status: FeedbackStatus) -> str:
    return _tr(_STATUSES[FeedbackStatus(status)])


def reviewer_role_label(role: ReviewerRole) -> str:
    return _tr(_ROLES[ReviewerRole(role)])


def state_label(state: CellState, days_overdue: int = 0) -> str:
    if state == CellState.OVERDUE and days_overdue:
        return QCoreApplication.translate("FeedbackLabels", "Overdue {days} d").format(
            days=days_overdue
        )
    return _tr(_STATES[state])


def state_colours(state: CellState) -> tuple[QColor, QColor]:
    background, text = STATE_COLOURS[state]
    return QColor(background), QColor(text)
