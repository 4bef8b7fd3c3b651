"""The programme's sessions as a table, with today's position marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dxworkshop.services.programme import SessionRow, current_session_index
from dxworkshop.ui.labels import date_label, phase_label

Index = QModelIndex | QPersistentModelIndex


class ScheduleModel(QAbstractTableModel):
    DATE, TITLE, PHASE, PLACE = range(4)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SessionRow] = []
        self._today = dt.date.today()
        self._next: int | None = None
        self._wareki = False

    def set_rows(self, rows: list[SessionRow], today: dt.date, wareki: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._wareki = wareki
        self._next = current_session_index(self._rows, today)
        self.endResetModel()

    def row_at(self, row: int) -> SessionRow:
        return self._rows[row]

    @property
    def next_row(self) -> int | None:
        return self._next

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Session"), self.tr("Phase"), self.tr("Place"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        is_next = index.row() == self._next
        is_past = row.date is not None and row.date < self._today
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                text = date_label(row.date, wareki=self._wareki, weekday=True)
                if row.date == self._today:
                    return self.tr("{date}  ◀ today").format(date=text)
                if is_next:
                    return self.tr("{date}  ◀ next").format(date=text)
                return text
            if col == self.TITLE:
                return row.title
            if col == self.PHASE:
                return phase_label(row.phase)
            return row.place
        if role == Qt.ItemDataRole.FontRole and is_next:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_past:
            return QBrush(QColor("#6b7280"))
        if role == Qt.ItemDataRole.BackgroundRole and is_next:
            return QBrush(QColor("#e0f2fe"))
        if role == Qt.ItemDataRole.ToolTipRole and is_past:
            return self.tr("Held")
        return None
