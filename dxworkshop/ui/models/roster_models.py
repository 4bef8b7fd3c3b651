"""Tables of the roster import dialog: the sheet's columns (what each holds) and the preview.

Both are fed by ``set_rows`` with what the roster service returned (``RosterColumn`` s, and
the rows of a ``RosterSheet`` with the dry run's ``RosterReport``); they never read a file
or the database. Changing what a column holds calls the editor the dialog installed with
``set_editor(fn)``: ``fn(column, field)``, ``field`` None meaning "ignore this column".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dxworkshop.services.roster import (
    RosterColumn,
    RosterField,
    RosterReport,
    RosterSheet,
    RowAction,
)
from dxworkshop.ui.import_notes import note_text
from dxworkshop.ui.roster_labels import roster_field_label

Index = QModelIndex | QPersistentModelIndex
FieldEditor = Callable[[int, RosterField | None], None]

#: The field a column holds, as stored in the model: the field's value, "" = ignored.
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The outcome of a preview row (a ``PreviewKind`` value), for the filter.
KIND_ROLE = Qt.ItemDataRole.UserRole + 2

_RED = QColor("#b91c1c")
_RED_BACKGROUND = QColor("#fdecec")
_GREY = QColor("#6b7280")
_GREEN = QColor("#15803d")
_BLUE = QColor("#1d4ed8")


_ROLES_CHANGED = QT_TRANSLATE_NOOP("RosterImport", "Roles")


def _translate(text: str) -> str:
    return QCoreApplication.translate("RosterImport", text)


class RosterColumnsModel(QAbstractTableModel):
    """The columns of the header row: letter, heading, an example value, and what it holds."""

    LETTER, HEADING, EXAMPLE, HOLDS = range(4)
    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RosterColumn] = []
        self._chosen: frozenset[int] = frozenset()
        self._editor: FieldEditor | None = None

    def set_editor(self, editor: FieldEditor | None) -> None:
        self._editor = editor

    def set_rows(self, columns: Sequence[RosterColumn], chosen: Iterable[int] = ()) -> None:
        """Show *columns*; those numbered in *chosen* were set by the user (shown in bold).

        The same columns again are updated in place, so the combo boxes the view shows over
        the "holds" column stay where they are.
        """
        new = list(columns)
        self._chosen = frozenset(chosen)
        if [c.column for c in new] == [c.column for c in self._rows] and new:
            self._rows = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def columns(self) -> list[RosterColumn]:
        return list(self._rows)

    def row_of_column(self, column: int) -> int | None:
        for pos, col in enumerate(self._rows):
            if col.column == column:
                return pos
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return (self.tr("Column"), self.tr("Heading"), self.tr("Example"), self.tr("Holds"))[
                section
            ]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.HOLDS and self._editor is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        col = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LETTER:
                return col.letter
            if column == self.HEADING:
                return col.header or self.tr("(no heading)")
            if column == self.EXAMPLE:
                return col.example or "—"
            return roster_field_label(col.field)
        if role in (Qt.ItemDataRole.EditRole, FIELD_ROLE) and column == self.HOLDS:
            return col.field.value if col.field is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.HEADING, self.EXAMPLE):
            return (col.header if column == self.HEADING else col.example) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.HEADING and not col.header:
                return QBrush(_GREY)
            if column == self.EXAMPLE or (column == self.HOLDS and col.field is None):
                return QBrush(_GREY)
        if role == Qt.ItemDataRole.FontRole and col.column in self._chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LETTER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.HOLDS
            or self._editor is None
        ):
            return False
        try:
            fld = RosterField(value) if value else None
        except ValueError:
            return False
        pos = index.row()
        if fld == self._rows[pos].field:
            return True
        col = self._rows[pos]
        self._rows[pos] = RosterColumn(col.column, col.letter, col.header, fld, col.example)
        self._chosen = self._chosen | {col.column}
        self.dataChanged.emit(self.index(pos, 0), self.index(pos, self.COLUMNS - 1))
        self._editor(col.column, fld)
        return True


class PreviewKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One data row of the sheet and what the import does with it."""

    row: int  # as Excel numbers it
    kind: PreviewKind
    name: str
    municipality: str = ""
    department: str = ""
    title: str = ""
    email: str = ""
    changes: tuple[str, ...] = ()  # the fields an update changes
    reason: str = ""  # why the row is rejected, translated


def preview_rows(roster: RosterSheet, report: RosterReport) -> list[PreviewRow]:
    """The rows of *roster* with the outcome the dry run *report* gives each, in sheet order."""
    by_row = {r.row: r for r in roster.rows}
    rows: list[PreviewRow] = []
    for outcome in report.outcomes:
        sheet_row = by_row.get(outcome.row)
        rows.append(
            PreviewRow(
                row=outcome.row,
                kind=PreviewKind(outcome.action.value),
                name=outcome.name,
                municipality=sheet_row.municipality if sheet_row else "",
                department=sheet_row.department if sheet_row else "",
                title=sheet_row.title if sheet_row else "",
                email=sheet_row.email if sheet_row else "",
                changes=outcome.changes if outcome.action is RowAction.UPDATED else (),
            )
        )
    for rejected in report.rejected:
        sheet_row = by_row.get(rejected.row)
        rows.append(
            PreviewRow(
                row=rejected.row,
                kind=PreviewKind.REJECTED,
                name=rejected.name,
                municipality=sheet_row.municipality if sheet_row else "",
                department=sheet_row.department if sheet_row else "",
                title=sheet_row.title if sheet_row else "",
                email=sheet_row.email if sheet_row else "",
                reason=note_text(rejected.reason),
            )
        )
    rows.sort(key=lambda r: r.row)
    return rows


_KIND_LABELS = {
    PreviewKind.CREATED: QT_TRANSLATE_NOOP("RosterImport", "New"),
    PreviewKind.UPDATED: QT_TRANSLATE_NOOP("RosterImport", "Update"),
    PreviewKind.UNCHANGED: QT_TRANSLATE_NOOP("RosterImport", "No change"),
    PreviewKind.REJECTED: QT_TRANSLATE_NOOP("RosterImport", "Rejected"),
}
_KIND_COLOURS = {
    PreviewKind.CREATED: _GREEN,
    PreviewKind.UPDATED: _BLUE,
    PreviewKind.UNCHANGED: _GREY,
    PreviewKind.REJECTED: _RED,
}


def change_label(change: str) -> str:
    """A field an update changes ("title", "roles" …), as the columns call it."""
    if change == "roles":
        return _translate(_ROLES_CHANGED)
    try:
        return roster_field_label(RosterField(change))
    except ValueError:
        return change


def kind_label(kind: PreviewKind) -> str:
    return _translate(_KIND_LABELS[kind])


class RosterPreviewModel(QAbstractTableModel):
    """The sheet's data rows with the outcome of each; rejected rows in red with the reason."""

    ROW, RESULT, NAME, MUNICIPALITY, DEPARTMENT, EMAIL, DETAILS = range(7)
    COLUMNS = 7

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PreviewRow] = []

    def set_rows(self, rows: Iterable[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return (
                self.tr("Row"),
                self.tr("Result"),
                self.tr("Name"),
                self.tr("Municipality"),
                self.tr("Department"),
                self.tr("Email"),
                self.tr("Details"),
            )[section]
        return None

    def details(self, row: PreviewRow) -> str:
        if row.kind is PreviewKind.REJECTED:
            return row.reason
        if row.kind is PreviewKind.UPDATED and row.changes:
            return self.tr("Changes: {fields}").format(
                fields="、".join(change_label(c) for c in row.changes)
            )
        return ""

    def tooltip(self, row: PreviewRow, column: int) -> str | None:
        if column in (self.DETAILS, self.EMAIL):
            return str(self.display(row, column)) or None
        if column == self.NAME and row.title:
            return f"{row.name}（{row.title}）"
        return None

    def display(self, row: PreviewRow, column: int) -> str | int:
        if column == self.ROW:
            return row.row
        if column == self.RESULT:
            return kind_label(row.kind)
        if column == self.DETAILS:
            return self.details(row)
        return (row.name, row.municipality, row.department, row.email)[column - self.NAME]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.display(row, column)
            if column == self.NAME and not value:
                return "—"
            return value
        if role == KIND_ROLE:
            return row.kind.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.kind is PreviewKind.REJECTED:
                return QBrush(_RED)
            if column == self.RESULT:
                return QBrush(_KIND_COLOURS[row.kind])
            if column == self.NAME and not row.name:
                return QBrush(_GREY)
        if role == Qt.ItemDataRole.BackgroundRole and row.kind is PreviewKind.REJECTED:
            return QBrush(_RED_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column == self.RESULT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PreviewFilterProxy(QSortFilterProxyModel):
    """Shows every row, or only the rows of one outcome."""

    def __init__(self) -> None:
        super().__init__()
        self._kind: str = ""

    def set_kind(self, kind: str) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._kind:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(KIND_ROLE) == self._kind)
