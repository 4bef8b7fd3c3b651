"""Tables of the practice page: a trainee's action items, check-ins and measurements, and
the cohort (every trainee at a glance).

Fed with ``services.practice`` read models through ``set_rows``; they never read the
database. An inline edit calls the editor the page installed (``set_editor``):
``fn(row_id, field, value) -> bool`` with a typed value (a date, a percentage, a status, a
person id …) runs it through the undo stack. ``EDITOR_ROLE`` tells the delegate which
editor a cell wants; the cohort sorts and filters through ``CohortFilterProxy``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from dxworkshop.domain.dates import WEEKDAYS
from dxworkshop.domain.enums import ActionStatus
from dxworkshop.domain.names import kana_key, person_sort_key
from dxworkshop.domain.progress_rules import achievement
from dxworkshop.services.practice import ActionItemRow, CheckInRow, CohortRow, MeasurementRow
from dxworkshop.ui.labels import date_label, is_japanese
from dxworkshop.ui.models.people_models import ID_ROLE, Index, RowTableModel, TableFilterProxy

TypedEditor = Callable[[int, str, Any], bool]

#: which editor a cell wants: "text", "date", "optional_date", "percent", "status",
#: "owner" or "number"
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 20
#: the owner column's choices: tuple of (person id, name)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 21
#: a percentage (int, or None) drawn as a bar by ProgressBarDelegate
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 22

_LAST = "\U0010ffff"

STATUS_COLOURS = {
    ActionStatus.TODO: QColor("#6b7280"),
    ActionStatus.DOING: QColor("#1d4ed8"),
    ActionStatus.DONE: QColor("#047857"),
    ActionStatus.BLOCKED: QColor("#b91c1c"),
}
ALERT_BG = QColor("#fee2e2")
ALERT_FG = QColor("#b91c1c")
MUTED_FG = QColor("#6b7280")

_STATUSES = {
    ActionStatus.TODO: QT_TRANSLATE_NOOP("Practice", "To do"),
    ActionStatus.DOING: QT_TRANSLATE_NOOP("Practice", "Doing"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Practice", "Done"),
    ActionStatus.BLOCKED: QT_TRANSLATE_NOOP("Practice", "Blocked"),
}


def day_label(day: dt.date | None, *, weekday: bool = False) -> str:
    """A date within the practice, without its year: 11月12日（木） / 12 Nov (Thu)."""
    if day is None:
        return ""
    if is_japanese():
        text = f"{day.month}月{day.day}日"
        return text + f"（{WEEKDAYS[day.weekday()]}）" if weekday else text
    text = f"{day.day} {day.strftime('%b')}"
    return text + f" ({day.strftime('%a')})" if weekday else text


def status_label(status: ActionStatus) -> str:
    return QCoreApplication.translate("Practice", _STATUSES[status])


def hours_text(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


class PracticeTableModel(RowTableModel):
    """A ``RowTableModel`` whose inline edits pass typed values to a ``TypedEditor``."""

    #: column → editor kind of the columns editable inline
    EDITORS: ClassVar[Mapping[int, str]] = {}

    def __init__(self) -> None:
        super().__init__()
        self._typed: TypedEditor | None = None
        self._today = dt.date.today()

    def set_typed_editor(self, editor: TypedEditor | None) -> None:
        self._typed = editor
        self.set_editor(None if editor is None else (lambda _i, _f, _v: False))

    def typed_value(self, row: Any, column: int) -> Any:
        return getattr(row, self.EDITABLE[column])

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Further roles of a subclass (colours …)."""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column in self.EDITABLE:
            return self.typed_value(row, column)
        if role == EDITOR_ROLE:
            return self.EDITORS.get(column)
        found = self.extra(row, column, role)
        if found is not None:
            return found
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in self.EDITABLE
            or self._typed is None
        ):
            return False
        row = self._rows[index.row()]
        if isinstance(value, str):
            value = value.strip()
        if value == self.typed_value(row, index.column()):
            return True  # nothing changed: no undo step
        return self._typed(int(row.id), self.EDITABLE[index.column()], value)


class ActionItemModel(PracticeTableModel):
    """A plan's action items in their order: title, owner, due date, status, progress."""

    TITLE, OWNER, DUE, STATUS, PROGRESS = range(5)
    COLUMNS = 5
    EDITABLE: ClassVar[Mapping[int, str]] = {
        TITLE: "title",
        OWNER: "owner_id",
        DUE: "due",
        STATUS: "status",
        PROGRESS: "progress",
    }
    EDITORS: ClassVar[Mapping[int, str]] = {
        TITLE: "text",
        OWNER: "owner",
        DUE: "optional_date",
        STATUS: "status",
        PROGRESS: "percent",
    }

    def __init__(self) -> None:
        super().__init__()
        self._owners: tuple[tuple[int, str], ...] = ()

    def set_rows(
        self,
        rows: Iterable[ActionItemRow],
        *,
        today: dt.date,
        owner_choices: Sequence[tuple[int, str]] = (),
    ) -> None:
        self._today = today
        self._owners = tuple(owner_choices)
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Action item"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Progress"),
        )

    def typed_value(self, row: ActionItemRow, column: int) -> Any:
        if column == self.STATUS:
            return row.status.value
        return getattr(row, self.EDITABLE[column])

    def overdue(self, row: ActionItemRow) -> bool:
        return (
            row.due is not None
            and row.due < self._today
            and row.status in (ActionStatus.TODO, ActionStatus.DOING)
        )

    def display(self, row: ActionItemRow, column: int) -> Any:
        if column == self.TITLE:
            return row.title
        if column == self.OWNER:
            return row.owner_name
        if column == self.DUE:
            return day_label(row.due, weekday=True)
        if column == self.STATUS:
            return status_label(row.status)
        return f"{row.progress}%"

    def extra(self, row: ActionItemRow, column: int, role: int) -> Any:
        if role == CHOICES_ROLE and column == self.OWNER:
            choices = dict(self._owners)
            if row.owner_id is not None and row.owner_id not in choices:
                choices[row.owner_id] = row.owner_name
            return tuple(choices.items())
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return row.progress
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return QBrush(STATUS_COLOURS[row.status])
            if column == self.DUE and self.overdue(row):
                return QBrush(ALERT_FG)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == ActionStatus.BLOCKED:
            return QBrush(ALERT_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DUE and self.overdue(row):
                return self.tr("Past its due date")
            if column == self.TITLE:
                return row.title
            if column == self.DUE and row.due is not None:
                return date_label(row.due, weekday=True)
        return None


class CheckInModel(PracticeTableModel):
    """A plan's check-ins (進捗報告), newest first."""

    DATE, PROGRESS, NOTE, OBSTACLES, SUPPORT = range(5)
    COLUMNS = 5
    EDITABLE: ClassVar[Mapping[int, str]] = {
        DATE: "date",
        PROGRESS: "progress",
        NOTE: "note",
        OBSTACLES: "obstacles",
        SUPPORT: "support_needed",
    }
    EDITORS: ClassVar[Mapping[int, str]] = {
        DATE: "date",
        PROGRESS: "percent",
        NOTE: "text",
        OBSTACLES: "text",
        SUPPORT: "text",
    }

    def set_rows(self, rows: Iterable[CheckInRow]) -> None:
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Progress"),
            self.tr("Note"),
            self.tr("Obstacles"),
            self.tr("Support needed"),
        )

    def display(self, row: CheckInRow, column: int) -> Any:
        if column == self.DATE:
            return day_label(row.date, weekday=True)
        if column == self.PROGRESS:
            return f"{row.progress}%"
        return getattr(row, self.EDITABLE[column])

    def extra(self, row: CheckInRow, column: int, role: int) -> Any:
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return row.progress
        if role == Qt.ItemDataRole.ToolTipRole and column >= self.NOTE:
            text = str(getattr(row, self.EDITABLE[column]))
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OBSTACLES and row.obstacles:
            return QBrush(ALERT_FG)
        return None


class MeasurementModel(PracticeTableModel):
    """A plan's measurements (効果測定): metric, baseline, target, actual, date, achieved."""

    METRIC, BASELINE, TARGET, ACTUAL, DATE, ACHIEVED = range(6)
    COLUMNS = 6
    EDITABLE: ClassVar[Mapping[int, str]] = {
        METRIC: "metric",
        BASELINE: "baseline",
        TARGET: "target",
        ACTUAL: "actual",
        DATE: "date",
    }
    EDITORS: ClassVar[Mapping[int, str]] = {
        METRIC: "text",
        BASELINE: "number",
        TARGET: "number",
        ACTUAL: "number",
        DATE: "optional_date",
    }

    def set_rows(self, rows: Iterable[MeasurementRow]) -> None:
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Metric"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Date"),
            self.tr("Achieved"),
        )

    @staticmethod
    def achieved(row: MeasurementRow) -> int | None:
        share = achievement(row.baseline, row.target, row.actual)
        return None if share is None else round(share * 100)

    def display(self, row: MeasurementRow, column: int) -> Any:
        if column == self.METRIC:
            return row.metric
        if column == self.DATE:
            return day_label(row.date)
        if column == self.ACHIEVED:
            value = self.achieved(row)
            return "" if value is None else f"{value}%"
        return number_text(getattr(row, self.EDITABLE[column]))

    def extra(self, row: MeasurementRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ACHIEVED:
            value = self.achieved(row)
            if value is not None:
                return QBrush(STATUS_COLOURS[ActionStatus.DONE] if value >= 100 else MUTED_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.BASELINE,
            self.TARGET,
            self.ACTUAL,
            self.ACHIEVED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.METRIC:
            return row.metric
        return None


class CohortModel(PracticeTableModel):
    """Every trainee: progress, items, last check-in (alarmed after two weeks), blocked items,
    hours saved measured against the plan's expectation."""

    NAME, MUNICIPALITY, THEME, PROGRESS, ITEMS, LAST_CHECK_IN, BLOCKED, MEASURED, EXPECTED = range(
        9
    )
    COLUMNS = 9

    def set_rows(self, rows: Iterable[CohortRow]) -> None:
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Trainee"),
            self.tr("Municipality"),
            self.tr("Theme"),
            self.tr("Progress"),
            self.tr("Items done"),
            self.tr("Last check-in"),
            self.tr("Blocked"),
            self.tr("Hours saved"),
            self.tr("Expected"),
        )

    def display(self, row: CohortRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.MUNICIPALITY:
            return row.municipality
        if column == self.THEME:
            return row.theme if row.plan_id is not None else self.tr("(no plan yet)")
        if column == self.PROGRESS:
            return "" if row.progress is None else f"{row.progress}%"
        if column == self.ITEMS:
            return f"{row.done}/{row.items}" if row.items else ""
        if column == self.LAST_CHECK_IN:
            if row.plan_id is None:
                return ""
            text = day_label(row.last_check_in) if row.last_check_in else self.tr("None yet")
            if row.days_without_check_in is not None:
                return self.tr("{date} (%n day(s))", "", row.days_without_check_in).format(
                    date=text
                )
            return text
        if column == self.BLOCKED:
            return row.blocked if row.blocked else ""
        if column == self.MEASURED:
            return hours_text(row.measured_hours)
        return hours_text(row.expected_hours)

    def sort_key(self, row: CohortRow, column: int) -> Any:
        def last(value: Any) -> Any:
            return (value is None, value if value is not None else 0)

        if column == self.NAME:
            return person_sort_key(row.kana, row.name)
        if column == self.MUNICIPALITY:
            return kana_key(row.municipality) if row.municipality else _LAST
        if column == self.PROGRESS:
            return last(row.progress)
        if column == self.ITEMS:
            return (row.items == 0, row.done / row.items if row.items else 0)
        if column == self.LAST_CHECK_IN:
            return last(row.last_check_in.toordinal() if row.last_check_in else None)
        if column == self.BLOCKED:
            return row.blocked
        if column == self.MEASURED:
            return last(row.measured_hours)
        if column == self.EXPECTED:
            return last(row.expected_hours)
        return super().sort_key(row, column)

    def search_text(self, row: CohortRow) -> str:
        return " ".join((row.name, row.kana, row.municipality, row.theme))

    def extra(self, row: CohortRow, column: int, role: int) -> Any:
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return row.progress
        alarm = row.days_without_check_in is not None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.LAST_CHECK_IN and alarm:
                return QBrush(ALERT_BG)
            if column == self.BLOCKED and row.blocked:
                return QBrush(ALERT_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == self.LAST_CHECK_IN and alarm) or (column == self.BLOCKED and row.blocked):
                return QBrush(ALERT_FG)
            if column == self.THEME and row.plan_id is None:
                return QBrush(MUTED_FG)
            if column == self.EXPECTED:
                return QBrush(MUTED_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.ITEMS,
            self.BLOCKED,
            self.MEASURED,
            self.EXPECTED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LAST_CHECK_IN and alarm:
                return self.tr("No check-in for %n day(s)", "", row.days_without_check_in or 0)
            if column == self.THEME:
                return row.theme or None
            if (
                column in (self.MEASURED, self.EXPECTED)
                and row.expected_hours
                and row.measured_hours is not None
            ):
                share = round(100 * row.measured_hours / row.expected_hours)
                return self.tr("{share}% of the expected hours").format(share=share)
        return None


class CohortFilterProxy(TableFilterProxy):
    """Adds a municipality and "needs attention" (blocked items or no recent check-in)."""

    def __init__(self) -> None:
        super().__init__()
        self._municipality: int | None = None
        self._attention = False

    def set_municipality(self, municipality_id: int | None) -> None:
        if municipality_id != self._municipality:
            self.beginFilterChange()
            self._municipality = municipality_id
            self.endFilterChange(TableFilterProxy.Direction.Rows)

    def set_attention_only(self, on: bool) -> None:
        if on != self._attention:
            self.beginFilterChange()
            self._attention = on
            self.endFilterChange(TableFilterProxy.Direction.Rows)

    def accepts_row(self, row: Any) -> bool:
        if self._municipality is not None and row.municipality_id != self._municipality:
            return False
        if self._attention:
            return bool(row.blocked) or row.days_without_check_in is not None
        return True

    def trainee_at(self, row: int) -> int | None:
        index = self.index(row, 0)
        return None if not index.isValid() else int(index.data(ID_ROLE))
