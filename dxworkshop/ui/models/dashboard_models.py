"""The home dashboard's items: the next actions as a tree (an action, then the records it is
about), and the translated words of actions and progress lines (also used by the navigator).

The model holds ``domain.next_actions`` results given by ``set_actions``; it never reads the
database. ``TARGET_ROLE`` gives where an item is fixed, as ``(page key, record id | None)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from dxworkshop.domain.next_actions import ActionKind, NextAction, RecordRef, Severity
from dxworkshop.services.progress import Measure, ProgressLine
from dxworkshop.ui.labels import PAGE_OF_PLACE

Index = QModelIndex | QPersistentModelIndex

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (page key, record id | None)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2  # Severity of the action (top-level rows)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # ActionKind value (top-level rows)

SEVERITY_COLOURS = {
    Severity.URGENT: QColor("#dc2626"),
    Severity.WARNING: QColor("#f59e0b"),
    Severity.INFO: QColor("#3b82f6"),
}
MUTED = QColor("#6b7280")

CONTEXT = "NextActions"

# Plural source texts (lupdate sees them through QT_TRANSLATE_NOOP; %n is the count).
_TITLES = {
    ActionKind.HEARINGS_NOT_DONE: QT_TRANSLATE_NOOP(
        "NextActions", "%n municipality(s) not heard yet"
    ),
    ActionKind.NO_SUPERVISOR: QT_TRANSLATE_NOOP(
        "NextActions", "%n trainee(s) without a supervisor"
    ),
    ActionKind.NO_ISSUES: QT_TRANSLATE_NOOP("NextActions", "%n trainee(s) without issues"),
    ActionKind.NO_THEME: QT_TRANSLATE_NOOP("NextActions", "%n trainee(s) without a theme"),
    ActionKind.NO_PLAN: QT_TRANSLATE_NOOP("NextActions", "%n theme(s) without a plan"),
    ActionKind.FEEDBACK_OVERDUE: QT_TRANSLATE_NOOP("NextActions", "%n feedback request(s) overdue"),
    ActionKind.FEEDBACK_DUE_SOON: QT_TRANSLATE_NOOP(
        "NextActions", "%n feedback request(s) due soon"
    ),
    ActionKind.NO_ACTION_ITEMS: QT_TRANSLATE_NOOP("NextActions", "%n plan(s) without action items"),
    ActionKind.NO_RECENT_CHECK_IN: QT_TRANSLATE_NOOP(
        "NextActions", "%n trainee(s) without a check-in for two weeks"
    ),
    ActionKind.BLOCKED_ITEMS: QT_TRANSLATE_NOOP("NextActions", "%n action item(s) blocked"),
    ActionKind.OVERDUE_ITEMS: QT_TRANSLATE_NOOP(
        "NextActions", "%n action item(s) past their due date"
    ),
    ActionKind.NO_OUTCOME: QT_TRANSLATE_NOOP("NextActions", "%n plan(s) without an outcome"),
}

_HINTS = {
    ActionKind.HEARINGS_NOT_DONE: QT_TRANSLATE_NOOP(
        "NextActions", "Hold the pre-hearings before day 1 so the training fits the field."
    ),
    ActionKind.NO_SUPERVISOR: QT_TRANSLATE_NOOP(
        "NextActions", "Each trainee needs a supervisor for the feedback on their plan."
    ),
    ActionKind.NO_ISSUES: QT_TRANSLATE_NOOP(
        "NextActions", "Collect their issues before the prioritisation session."
    ),
    ActionKind.NO_THEME: QT_TRANSLATE_NOOP(
        "NextActions", "Help them pick an improvement theme from their issues."
    ),
    ActionKind.NO_PLAN: QT_TRANSLATE_NOOP(
        "NextActions", "Their plan is needed before the first feedback round."
    ),
    ActionKind.FEEDBACK_OVERDUE: QT_TRANSLATE_NOOP(
        "NextActions", "Remind the reviewers: the round's due date has passed."
    ),
    ActionKind.FEEDBACK_DUE_SOON: QT_TRANSLATE_NOOP(
        "NextActions", "The round is due within three days."
    ),
    ActionKind.NO_ACTION_ITEMS: QT_TRANSLATE_NOOP(
        "NextActions", "Create the action items from the plan's steps."
    ),
    ActionKind.NO_RECENT_CHECK_IN: QT_TRANSLATE_NOOP(
        "NextActions", "Ask how the practice is going and record a check-in."
    ),
    ActionKind.BLOCKED_ITEMS: QT_TRANSLATE_NOOP(
        "NextActions", "Find out what blocks them and who can help."
    ),
    ActionKind.OVERDUE_ITEMS: QT_TRANSLATE_NOOP(
        "NextActions", "Update their status or agree on a new date."
    ),
    ActionKind.NO_OUTCOME: QT_TRANSLATE_NOOP(
        "NextActions", "Record the measured hours saved before the results session."
    ),
}

_MEASURES = {
    Measure.SUPERVISED: QT_TRANSLATE_NOOP("ProgressLines", "Supervisor set"),
    Measure.HEARINGS_DONE: QT_TRANSLATE_NOOP("ProgressLines", "Municipalities heard"),
    Measure.WITH_ISSUES: QT_TRANSLATE_NOOP("ProgressLines", "Trainees with issues"),
    Measure.WITH_SCORES: QT_TRANSLATE_NOOP("ProgressLines", "Trainees with scores"),
    Measure.WITH_THEME: QT_TRANSLATE_NOOP("ProgressLines", "Theme chosen"),
    Measure.WITH_PLAN: QT_TRANSLATE_NOOP("ProgressLines", "Plan drafted"),
    Measure.BRUSHED_UP: QT_TRANSLATE_NOOP("ProgressLines", "Plan brushed up"),
    Measure.FEEDBACK_RECEIVED: QT_TRANSLATE_NOOP("ProgressLines", "Round {number} received"),
    Measure.CHECKED_IN: QT_TRANSLATE_NOOP("ProgressLines", "Practice reported"),
    Measure.ITEMS_DONE: QT_TRANSLATE_NOOP("ProgressLines", "Action items done"),
    Measure.OUTCOMES: QT_TRANSLATE_NOOP("ProgressLines", "Outcome recorded"),
}


def _t(text: str, n: int = -1) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("NextActions", …) above."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def action_title(action: NextAction) -> str:
    """E.g. "5 feedback requests overdue"."""
    return _t(_TITLES[action.kind], action.count)


def action_hint(action: NextAction) -> str:
    return _t(_HINTS[action.kind])


def short_date(day: dt.date) -> str:
    return QCoreApplication.translate("NextActions", "{month}/{day}").format(
        month=day.month, day=day.day
    )


def deadline_text(action: NextAction) -> str:
    """When it is due: "by 9/15 (in 3 days)", "today", "since 10/3 (20 days ago)"."""
    if action.deadline is None or action.days_left is None:
        return ""
    date = short_date(action.deadline)
    days = action.days_left
    if days > 0:
        return QCoreApplication.translate(
            "NextActions", "by {date} (in %n day(s))", "", days
        ).format(date=date)
    if days == 0:
        return QCoreApplication.translate("NextActions", "today ({date})").format(date=date)
    return QCoreApplication.translate(
        "NextActions", "since {date} (%n day(s) ago)", "", -days
    ).format(date=date)


def record_text(action: NextAction, record: RecordRef) -> str:
    """One record of an action, with its detail (data shown as is)."""
    if action.kind in (ActionKind.FEEDBACK_OVERDUE, ActionKind.FEEDBACK_DUE_SOON):
        return QCoreApplication.translate("NextActions", "{trainee}'s plan — {reviewer}").format(
            trainee=record.detail, reviewer=record.name
        )
    if action.kind in (ActionKind.BLOCKED_ITEMS, ActionKind.OVERDUE_ITEMS):
        return QCoreApplication.translate("NextActions", "{trainee}: {item}").format(
            trainee=record.name, item=record.detail
        )
    if record.detail:
        return QCoreApplication.translate("NextActions", "{name} ({detail})").format(
            name=record.name, detail=record.detail
        )
    return record.name


def measure_label(line: ProgressLine) -> str:
    text = QCoreApplication.translate("ProgressLines", _MEASURES[line.measure])
    return text.format(number=line.round_number) if line.round_number is not None else text


def severity_icon(severity: Severity, size: int = 12) -> QIcon:
    """A filled dot in the severity's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SEVERITY_COLOURS[severity])
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class NextActionsModel(QAbstractItemModel):
    """Actions (top level, most pressing first) and the records each is about (children).

    Column 0 says what, column 1 by when. A child's internal id is its action's row + 1;
    a top-level row's is 0.
    """

    ACTION, WHEN = range(2)

    def __init__(self) -> None:
        super().__init__()
        self._actions: tuple[NextAction, ...] = ()
        self._icons: dict[Severity, QIcon] = {}

    def set_actions(self, actions: tuple[NextAction, ...]) -> None:
        self.beginResetModel()
        self._actions = tuple(actions)
        self.endResetModel()

    def actions(self) -> tuple[NextAction, ...]:
        return self._actions

    def action_at(self, index: Index) -> NextAction | None:
        if not index.isValid():
            return None
        ident = index.internalId()
        row = index.row() if ident == 0 else ident - 1
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def record_at(self, index: Index) -> RecordRef | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        action = self.action_at(index)
        if action is None or not 0 <= index.row() < len(action.records):
            return None
        return action.records[index.row()]

    def target_at(self, index: Index) -> tuple[str, int | None] | None:
        action = self.action_at(index)
        if action is None:
            return None
        record = self.record_at(index)
        target = record.target if record is not None else action.target
        return (PAGE_OF_PLACE[target.where], target.record_id)

    # -- Qt model ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._actions):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        action = self._actions[parent.row()]
        if row < len(action.records):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        ident = index.internalId()
        if ident == 0:
            return QModelIndex()
        return self.createIndex(ident - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._actions)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._actions[parent.row()].records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Action"), self.tr("When"))[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = severity_icon(severity)
        return self._icons[severity]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action_at(index)
        if action is None:
            return None
        record = self.record_at(index)
        top = index.internalId() == 0
        if not top and record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ACTION:
                return action_title(action) if record is None else record_text(action, record)
            return deadline_text(action) if top else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return action_hint(action)
        if role == Qt.ItemDataRole.DecorationRole and top and column == self.ACTION:
            return self._icon(action.severity)
        if role == Qt.ItemDataRole.FontRole and top:
            font = QFont()
            font.setBold(action.severity == Severity.URGENT)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if top and column == self.WHEN and action.days_left is not None:
                return QBrush(SEVERITY_COLOURS[Severity.URGENT] if action.days_left < 0 else MUTED)
            if not top:
                return QBrush(QColor("#374151"))
            return None
        if role == TARGET_ROLE:
            return self.target_at(index)
        if role == SEVERITY_ROLE and top:
            return int(action.severity)
        if role == KIND_ROLE and top:
            return action.kind.value
        return None
