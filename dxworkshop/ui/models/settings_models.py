"""Editable tables of the programme settings page: sessions, criteria, rubric, catalogues.

The models hold read models only. An edit in a cell does not change the row: it goes
to the page's edit handler (which runs it through the controller); the row changes
when the page feeds the saved rows back with ``set_rows``. A refused edit therefore
leaves the cell showing the saved value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dxworkshop.domain.enums import Phase
from dxworkshop.services.criteria import CriterionRow, MatrixAxesRow, RubricItemRow
from dxworkshop.services.programme import SessionRow
from dxworkshop.ui.labels import date_label, phase_label

Index = QModelIndex | QPersistentModelIndex

#: Role of a column's choices, a list of (label, value), for a combo-box editor.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of the id of the row's object.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: ``handler(row, field, value) -> saved``: the page's way of applying a cell edit.
EditHandler = Callable[[Any, str, Any], bool]

_MUTED = QColor("#6b7280")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


def _check_state(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _number(value: float) -> str:
    return f"{value:g}"


class _RowTableModel(QAbstractTableModel):
    """Rows with an ``id``, one field per column; edits go to the handler."""

    #: field name of each column
    FIELDS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._handler: EditHandler | None = None

    # -- feeding -----------------------------------------------------------------

    def set_edit_handler(self, handler: EditHandler | None) -> None:
        self._handler = handler

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show *rows*. The same rows, even reordered, update in place (rows moved, not a
        reset): a cell edit that reorders the table (a session's date) is saved while its
        editor is still committing, and the view must keep that editor and the selection."""
        rows = list(rows)
        new_ids = [r.id for r in rows]
        old_ids = [r.id for r in self._rows]
        if sorted(new_ids) != sorted(old_ids) or len(set(new_ids)) != len(new_ids):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        current = list(old_ids)
        for target, ident in enumerate(new_ids):
            source = current.index(ident)
            if source != target:
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
                current.insert(target, current.pop(source))
                self._rows.insert(target, self._rows.pop(source))
                self.endMoveRows()
        self._rows = rows
        if rows:
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, ident: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == ident), None)

    def column_of(self, field: str) -> int:
        return self.FIELDS.index(field)

    # -- Qt API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.FIELDS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.FIELDS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(self.FIELDS[section])
        return None

    def header(self, field: str) -> str:
        return field

    def header_tip(self, field: str) -> str | None:
        return None

    def editable(self, row: Any, field: str) -> bool:
        return True

    def checkable(self, field: str) -> bool:
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        field = self.FIELDS[index.column()]
        if self.editable(row, field):
            if self.checkable(field):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        return self.value(row, self.FIELDS[index.column()], role)

    def value(self, row: Any, field: str, role: int) -> Any:
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._handler is None:
            return False
        field = self.FIELDS[index.column()]
        row = self._rows[index.row()]
        if not self.editable(row, field):
            return False
        if self.checkable(field):
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new: Any = _checked(value)
        elif role == Qt.ItemDataRole.EditRole:
            new = self.convert(field, value)
        else:
            return False
        if new == getattr(row, field):
            return False
        if not self._handler(row, field, new):
            return False
        self.dataChanged.emit(index, index)
        return True

    def convert(self, field: str, value: Any) -> Any:
        """The editor's value as the row's type."""
        return value


class SessionTableModel(_RowTableModel):
    """研修回: date, title, phase, place."""

    FIELDS = ("date", "title", "phase", "place")

    def __init__(self) -> None:
        super().__init__()
        self._wareki = False

    def set_wareki(self, wareki: bool) -> None:
        self._wareki = wareki

    def header(self, field: str) -> str:
        return {
            "date": self.tr("Date"),
            "title": self.tr("Session"),
            "phase": self.tr("Phase"),
            "place": self.tr("Place"),
        }[field]

    def value(self, row: SessionRow, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "date":
                return date_label(row.date, wareki=self._wareki, weekday=True) or "—"
            if field == "phase":
                return phase_label(row.phase)
            return getattr(row, field)
        if role == Qt.ItemDataRole.EditRole:
            if field == "date":
                return QDate(row.date) if row.date else QDate.currentDate()
            if field == "phase":
                return row.phase.value
            return getattr(row, field)
        if role == CHOICES_ROLE and field == "phase":
            return [(phase_label(p), p.value) for p in Phase]
        if role == Qt.ItemDataRole.ForegroundRole and field == "date" and row.date is None:
            return QBrush(_MUTED)
        return None

    def convert(self, field: str, value: Any) -> Any:
        if field == "date":
            if isinstance(value, QDate):
                return value.toPython() if value.isValid() else None
            return value if isinstance(value, dt.date) else None
        if field == "phase":
            return Phase(value)
        return str(value)


class CriteriaTableModel(_RowTableModel):
    """評価基準: name, weight, scale, direction, gate, and which matrix axis it is."""

    FIELDS = ("name", "weight", "min", "max", "higher_is_better", "gate", "axis")

    def __init__(self) -> None:
        super().__init__()
        self._axes = MatrixAxesRow(None, None)

    def set_axes(self, axes: MatrixAxesRow) -> None:
        self._axes = axes
        if self._rows:
            column = self.column_of("axis")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def header(self, field: str) -> str:
        return {
            "name": self.tr("Criterion"),
            "weight": self.tr("Weight"),
            "min": self.tr("Lowest"),
            "max": self.tr("Highest"),
            "higher_is_better": self.tr("Direction"),
            "gate": self.tr("Gate"),
            "axis": self.tr("Matrix axis"),
        }[field]

    def header_tip(self, field: str) -> str | None:
        return {
            "weight": self.tr("How much the criterion counts in the weighted total (0–100)"),
            "min": self.tr("Lowest score (0–10)"),
            "max": self.tr("Highest score (0–10)"),
            "gate": self.tr("A yes/no condition; an issue that fails it is not ranked"),
        }.get(field)

    def editable(self, row: CriterionRow, field: str) -> bool:
        # a gate is answered no/yes: its scale, weight and direction do not apply
        gated = row.gate and field in ("min", "max", "weight", "higher_is_better")
        return field != "axis" and not gated

    def checkable(self, field: str) -> bool:
        return field == "gate"

    def axis_of(self, row: CriterionRow) -> str:
        if row.id == self._axes.x_criterion_id:
            return self.tr("Horizontal (x)")
        if row.id == self._axes.y_criterion_id:
            return self.tr("Vertical (y)")
        return ""

    def value(self, row: CriterionRow, field: str, role: int) -> Any:
        if field == "gate":
            if role == Qt.ItemDataRole.CheckStateRole:
                return _check_state(row.gate)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip("gate")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "weight":
                return "—" if row.gate else _number(row.weight)
            if field == "higher_is_better":
                return "—" if row.gate else self._direction(row.higher_is_better)
            if field == "axis":
                return self.axis_of(row)
            return getattr(row, field)
        if role == Qt.ItemDataRole.EditRole:
            if field == "axis":
                return self.axis_of(row)
            return getattr(row, field)
        if role == CHOICES_ROLE and field == "higher_is_better":
            return [(self._direction(True), True), (self._direction(False), False)]
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("weight", "min", "max"):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and (
            (row.gate and field in ("weight", "min", "max", "higher_is_better")) or field == "axis"
        ):
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and row.gate and field in ("min", "max"):
            return self.tr("A gate is scored 0 (no) or 1 (yes)")
        return None

    def _direction(self, higher_is_better: bool) -> str:
        return self.tr("Higher is better") if higher_is_better else self.tr("Lower is better")

    def convert(self, field: str, value: Any) -> Any:
        if field == "weight":
            return float(value)
        if field in ("min", "max"):
            return int(value)
        if field == "higher_is_better":
            return bool(value)
        return str(value)


class RubricTableModel(_RowTableModel):
    """評価観点: name and scale."""

    FIELDS = ("name", "min", "max")

    def header(self, field: str) -> str:
        return {
            "name": self.tr("Rubric item"),
            "min": self.tr("Lowest"),
            "max": self.tr("Highest"),
        }[field]

    def value(self, row: RubricItemRow, field: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(row, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("min", "max"):
            return _RIGHT
        return None

    def convert(self, field: str, value: Any) -> Any:
        return int(value) if field in ("min", "max") else str(value)


class CatalogueListModel(QAbstractListModel):
    """One catalogue (issue categories or DX means) with how often each entry is used.

    The handler gets ``(entry, "name", new_text)`` for an inline rename.
    """

    def __init__(self, usage_text: Callable[[int], str] | None = None) -> None:
        super().__init__()
        self._entries: list[str] = []
        self._usage: dict[str, int] = {}
        self._usage_text = usage_text
        self._handler: EditHandler | None = None

    def set_edit_handler(self, handler: EditHandler | None) -> None:
        self._handler = handler

    def set_entries(self, entries: Sequence[str]) -> None:
        entries = list(entries)
        if entries == self._entries:
            return
        if len(entries) == len(self._entries):
            self._entries = entries
            self.dataChanged.emit(self.index(0, 0), self.index(len(entries) - 1, 0))
            return
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def set_usage(self, usage: dict[str, int]) -> None:
        self._usage = dict(usage)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def entries(self) -> list[str]:
        return list(self._entries)

    def row_of(self, entry: str) -> int | None:
        return self._entries.index(entry) if entry in self._entries else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        count = self._usage.get(entry, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry}　({count})" if count else entry
        if role == Qt.ItemDataRole.EditRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and self._usage_text is not None:
            return self._usage_text(count)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._handler is None:
            return False
        entry = self._entries[index.row()]
        text = str(value)
        if text == entry or not self._handler(entry, "name", text):
            return False
        self.dataChanged.emit(index, index)
        return True
