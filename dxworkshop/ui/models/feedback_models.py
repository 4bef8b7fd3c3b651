"""Tables of the feedback page: the overview grid (trainees × reviewers) and the changes a
returned feedback form would make.

Fed with ``services.feedback`` / ``services.feedback_form`` read models; they never read
the database. Each overview cell carries its feedback id (``FEEDBACK_ROLE``) and state
(``STATE_ROLE``); colours come from ``feedback_labels``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from dxworkshop.domain.feedback_rules import CellState
from dxworkshop.services.feedback import Overview, OverviewCell, OverviewColumn, OverviewRow
from dxworkshop.services.feedback_form import FormImport
from dxworkshop.ui.feedback_labels import (
    DECISION_MARKS,
    decision_label,
    reviewer_role_label,
    state_colours,
    state_label,
)
from dxworkshop.ui.models.people_models import (
    FILTER_ROLE,
    SORT_ROLE,
    Index,
    RowTableModel,
    TableFilterProxy,
    fold,
)
from dxworkshop.ui.plan_labels import version_label

FEEDBACK_ROLE = Qt.ItemDataRole.UserRole + 20  # the cell's feedback id (int or None)
STATE_ROLE = Qt.ItemDataRole.UserRole + 21  # the cell's CellState value (str)
CELL_ROLE = Qt.ItemDataRole.UserRole + 22  # the OverviewCell itself

#: Sorting a status column brings what needs attention first.
_STATE_ORDER = {
    CellState.OVERDUE: 0,
    CellState.REQUESTED: 1,
    CellState.RECEIVED: 2,
    CellState.ADDRESSED: 3,
    CellState.NONE: 4,
}


class OverviewModel(RowTableModel):
    """Trainees × reviewers of one round; the reviewer columns follow the overview."""

    NAME, MUNICIPALITY, VERSION = range(3)
    FIXED = 3

    def __init__(self) -> None:
        super().__init__()
        self._columns: tuple[OverviewColumn, ...] = ()
        self.COLUMNS = self.FIXED

    def set_overview(self, overview: Overview) -> None:
        columns = overview.columns
        if columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self.COLUMNS = self.FIXED + len(columns)
            self._rows = list(overview.rows)
            self.endResetModel()
            return
        self._replace(overview.rows, only_changed=True)

    def set_rows(self, rows: Iterable[OverviewRow]) -> None:
        self._replace(rows)

    @property
    def columns(self) -> tuple[OverviewColumn, ...]:
        return self._columns

    def column_of(self, index: int) -> OverviewColumn | None:
        offset = index - self.FIXED
        return self._columns[offset] if 0 <= offset < len(self._columns) else None

    def headers(self) -> tuple[str, ...]:
        names = [self.tr("Trainee"), self.tr("Municipality"), self.tr("Plan")]
        for column in self._columns:
            label = reviewer_role_label(column.role)
            names.append(label if column.index == 0 else f"{label} {column.index + 1}")
        return tuple(names)

    def cell(self, row: OverviewRow, column: int) -> OverviewCell | None:
        offset = column - self.FIXED
        return row.cells[offset] if 0 <= offset < len(row.cells) else None

    def display(self, row: OverviewRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.MUNICIPALITY:
            return row.municipality_name
        if column == self.VERSION:
            if row.latest_version_number is None:
                return self.tr("no plan")
            return version_label(row.latest_version_number)
        cell = self.cell(row, column)
        if cell is None:
            return ""
        state = state_label(cell.state, cell.days_overdue)
        if cell.state == CellState.NONE and not cell.reviewer_name:
            return "—"
        text = f"{state} · {cell.reviewer_name}" if cell.reviewer_name else state
        if cell.decision is not None:
            text += f"　{DECISION_MARKS[cell.decision]}"
        return text

    def sort_key(self, row: OverviewRow, column: int) -> Any:
        cell = self.cell(row, column)
        if cell is not None:
            return (_STATE_ORDER[cell.state], -cell.days_overdue, fold(row.kana or row.name))
        if column == self.NAME:
            return fold(row.kana or row.name)
        if column == self.VERSION:
            return row.latest_version_number or 0
        return super().sort_key(row, column)

    def search_text(self, row: OverviewRow) -> str:
        names = " ".join(c.reviewer_name for c in row.cells)
        return f"{row.name} {row.kana} {row.municipality_name} {names}"

    def tooltip(self, row: OverviewRow, column: int) -> str | None:
        cell = self.cell(row, column)
        if cell is None:
            return None
        lines = [f"{reviewer_role_label(cell.role)}: {cell.reviewer_name or '—'}"]
        lines.append(state_label(cell.state, cell.days_overdue))
        if cell.version_number is not None:
            lines.append(self.tr("On {version}").format(version=version_label(cell.version_number)))
        if cell.decision is not None:
            lines.append(decision_label(cell.decision))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: OverviewRow = self._rows[index.row()]
        cell = self.cell(row, index.column())
        if cell is not None:
            if role == FEEDBACK_ROLE:
                return cell.feedback_id
            if role == STATE_ROLE:
                return cell.state.value
            if role == CELL_ROLE:
                return cell
            if role == Qt.ItemDataRole.BackgroundRole:
                return state_colours(cell.state)[0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return state_colours(cell.state)[1]
            if role == Qt.ItemDataRole.FontRole and cell.state == CellState.OVERDUE:
                font = QFont()
                font.setBold(True)
                return font
        elif role in (FEEDBACK_ROLE, STATE_ROLE, CELL_ROLE):
            return None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.VERSION
            and row.latest_version_number is None
        ):
            return state_colours(CellState.NONE)[1]
        return super().data(index, role)


class OverviewProxy(TableFilterProxy):
    """The typed filter, and optionally only trainees with a request still waiting."""

    def __init__(self) -> None:
        super().__init__()
        self._waiting_only = False

    def set_waiting_only(self, on: bool) -> None:
        if on != self._waiting_only:
            self.beginFilterChange()
            self._waiting_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts_row(self, row: Any) -> bool:
        if not self._waiting_only:
            return True
        return any(c.state in (CellState.REQUESTED, CellState.OVERDUE) for c in row.cells)


class FormChangesModel(QAbstractTableModel):
    """The values a returned form would change: trainee, what, before, after."""

    TRAINEE, WHAT, BEFORE, AFTER = range(4)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, str, str, str]] = []

    def set_plan(self, plan: FormImport) -> None:
        self.beginResetModel()
        self._rows = [
            (
                entry.trainee_name,
                change.label,
                " ".join(change.old_text.split()) or "—",
                " ".join(change.new_text.split()),
            )
            for entry in plan.entries
            for change in entry.changes
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (self.tr("Trainee"), self.tr("What"), self.tr("Before"), self.tr("After"))
            return names[section] if 0 <= section < 4 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role in (SORT_ROLE, FILTER_ROLE):
            return fold(self._rows[index.row()][index.column()])
        return None
