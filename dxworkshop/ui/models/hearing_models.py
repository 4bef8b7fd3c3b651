"""Tables of the pre-hearing page: hearings, findings, the comparison matrix, the template,
the cells of a table answer and the changes a returned sheet would make.

Models hold read models from ``services.hearings`` / ``services.hearing_sheet`` given by
``set_rows``; they never read the database. Inline edits go to the editor the page
installed (``set_editor``), which runs them through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dxworkshop.domain.enums import HearingStatus, QuestionKind
from dxworkshop.services.hearing_sheet import AnswerChange, FieldChange
from dxworkshop.services.hearings import (
    Comparison,
    ComparisonRow,
    FindingRow,
    HearingRow,
    QuestionRow,
    SectionRow,
    cell_text,
    cell_value,
    level_fraction,
)
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.models.people_models import (
    FILTER_ROLE,
    ID_ROLE,
    SORT_ROLE,
    RowTableModel,
    fold,
)

Index = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 10  # a question's kind (str) in the template table
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 11  # a comparison cell's level (int or None)

_KINDS = {
    QuestionKind.TEXT: QT_TRANSLATE_NOOP("HearingLabels", "Text"),
    QuestionKind.CHOICE: QT_TRANSLATE_NOOP("HearingLabels", "Choice"),
    QuestionKind.SCALE: QT_TRANSLATE_NOOP("HearingLabels", "Scale"),
    QuestionKind.NUMBER: QT_TRANSLATE_NOOP("HearingLabels", "Number"),
    QuestionKind.TABLE: QT_TRANSLATE_NOOP("HearingLabels", "Table"),
}
_STATUSES = {
    HearingStatus.PLANNED: QT_TRANSLATE_NOOP("HearingLabels", "Planned"),
    HearingStatus.DONE: QT_TRANSLATE_NOOP("HearingLabels", "Done"),
}
#: Level colours from the lowest label to the highest (pale red → green), readable text.
LEVEL_COLOURS = ("#fde2e1", "#fdeec8", "#e3f1c9", "#bfe5c8", "#95d5a8")
NO_ANSWER_COLOUR = "#f3f4f6"
CHOICE_SEPARATOR = " / "


def kind_label(kind: QuestionKind) -> str:
    return QCoreApplication.translate("HearingLabels", _KINDS[kind])


def status_label(status: HearingStatus) -> str:
    return QCoreApplication.translate("HearingLabels", _STATUSES[status])


def level_colour(fraction: float | None) -> QColor:
    """The background of a level, 0.0 (lowest) … 1.0 (highest); grey for no answer."""
    if fraction is None:
        return QColor(NO_ANSWER_COLOUR)
    index = round(fraction * (len(LEVEL_COLOURS) - 1))
    return QColor(LEVEL_COLOURS[max(0, min(index, len(LEVEL_COLOURS) - 1))])


def hearing_title(row: HearingRow) -> str:
    if row.department_name:
        return f"{row.municipality_name}　{row.department_name}"
    return row.municipality_name


def wrap_heading(text: str, width: int = 10) -> str:
    """A long column heading on a few lines, broken only after の, ・ or 、."""
    if len(text) <= width:
        return text
    parts: list[str] = []
    start = 0
    for i, c in enumerate(text):
        if c in "の・、" and i + 1 < len(text):
            parts.append(text[start : i + 1])
            start = i + 1
    parts.append(text[start:])
    lines = [""]
    for part in parts:
        if lines[-1] and len(lines[-1]) + len(part) > width:
            lines.append(part)
        else:
            lines[-1] += part
    return "\n".join(lines)


def choices_text(choices: Iterable[str]) -> str:
    return CHOICE_SEPARATOR.join(choices)


def parse_choices(text: str) -> list[str]:
    """Options typed in one cell: separated by /, ／ or new lines (、 may be inside one)."""
    for separator in ("／", "\n"):
        text = text.replace(separator, "/")
    return [part.strip() for part in text.split("/") if part.strip()]


class OrderedRowModel(RowTableModel):
    """Rows shown in the order given (the user's order): a new order resets the model."""

    def set_rows(self, rows: Iterable[Any]) -> None:
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        else:
            self._replace(rows)


# --- hearings --------------------------------------------------------------------------------


class HearingTableModel(RowTableModel):
    MUNICIPALITY, DATE, STATUS, ANSWERED = range(4)
    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self._order: dict[int, int] = {}

    def set_rows(self, rows: Iterable[HearingRow]) -> None:
        rows = list(rows)
        self._order = {r.id: i for i, r in enumerate(rows)}  # the official order
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Municipality"), self.tr("Date"), self.tr("Status"), self.tr("Answers"))

    def display(self, row: HearingRow, column: int) -> Any:
        if column == self.MUNICIPALITY:
            return hearing_title(row)
        if column == self.DATE:
            return f"{row.date.month}/{row.date.day}" if row.date else "—"
        if column == self.STATUS:
            return status_label(row.status)
        return f"{row.answered}/{row.questions}"

    def sort_key(self, row: HearingRow, column: int) -> Any:
        if column == self.MUNICIPALITY:
            return self._order.get(row.id, 0)
        if column == self.DATE:
            return row.date.isoformat() if row.date else "9999"
        if column == self.STATUS:
            return (row.status == HearingStatus.DONE, self._order.get(row.id, 0))
        return row.answered / row.questions if row.questions else 0.0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self._rows[index.row()]
            if index.column() == self.STATUS and row.status == HearingStatus.DONE:
                return QBrush(QColor("#047857"))
            if index.column() == self.STATUS:
                return QBrush(QColor("#b45309"))
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() == self.ANSWERED
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def tooltip(self, row: HearingRow, column: int) -> str | None:
        if column == self.DATE and row.date:
            return date_label(row.date, weekday=True)
        if column == self.MUNICIPALITY:
            return hearing_title(row)
        if row.interviewer_name or row.attendees:
            return self.tr("Interviewer: {who}\nAttendees: {attendees}").format(
                who=row.interviewer_name or "—", attendees=row.attendees or "—"
            )
        return None


class FindingTableModel(OrderedRowModel):
    TEXT, ISSUE = range(2)
    EDITABLE: ClassVar[Mapping[int, str]] = {TEXT: "text"}
    COLUMNS = 2

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Finding"), self.tr("Issue"))

    def display(self, row: FindingRow, column: int) -> Any:
        if column == self.TEXT:
            return row.text
        return "✓" if row.issue_ids else ""

    def sort_key(self, row: FindingRow, column: int) -> Any:
        return row.position

    def tooltip(self, row: FindingRow, column: int) -> str | None:
        if column == self.ISSUE:
            return self.tr("Made into a candidate issue") if row.issue_ids else None
        return row.text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.ISSUE
        ):
            return QBrush(QColor("#047857"))
        return super().data(index, role)


# --- comparison ------------------------------------------------------------------------------


class ComparisonModel(QAbstractTableModel):
    """Rows = municipalities, columns = the scale questions; cells coloured by level."""

    MUNICIPALITY = 0
    FIXED = 1

    def __init__(self) -> None:
        super().__init__()
        self._comparison = Comparison((), (), None, ())

    def set_rows(self, comparison: Comparison) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def comparison(self) -> Comparison:
        return self._comparison

    def row_at(self, row: int) -> ComparisonRow:
        return self._comparison.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._comparison.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self._comparison.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section >= self.FIXED:
            column = self._comparison.columns[section - self.FIXED]
            if role == Qt.ItemDataRole.DisplayRole:
                return wrap_heading(column.short_text)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{column.section_title}\n{column.text}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Municipality")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._comparison.rows):
            return None
        row = self._comparison.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.municipality_id
        if column == self.MUNICIPALITY:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.municipality_name
            if role == FILTER_ROLE:
                return fold(row.municipality_name)
            if role == SORT_ROLE:
                return index.row()  # the official order
            if role == Qt.ItemDataRole.ToolTipRole:
                status = status_label(row.status) if row.status else self.tr("No hearing")
                return f"{row.municipality_name}: {status}"
            if role == Qt.ItemDataRole.ForegroundRole and row.status != HearingStatus.DONE:
                return QBrush(QColor("#b45309" if row.status else "#9ca3af"))
            return None
        if not 0 <= column - self.FIXED < len(self._comparison.columns):
            return None
        scale = self._comparison.columns[column - self.FIXED]
        level = row.levels[column - self.FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return scale.labels[level] if level is not None else "—"
        if role in (LEVEL_ROLE, SORT_ROLE):
            return level if role == LEVEL_ROLE else (-1 if level is None else level)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(level_colour(level_fraction(level, scale.labels)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#111827" if level is not None else "#9ca3af"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            answer = scale.labels[level] if level is not None else self.tr("No answer")
            return f"{row.municipality_name}: {scale.short_text}\n{answer}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (the official order and levels, not the texts)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)


# --- template ------------------------------------------------------------------------------


class SectionTableModel(OrderedRowModel):
    TITLE, QUESTIONS, STATE = range(3)
    EDITABLE: ClassVar[Mapping[int, str]] = {TITLE: "title"}
    COLUMNS = 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Section"), self.tr("Questions"), self.tr("State"))

    def display(self, row: SectionRow, column: int) -> Any:
        if column == self.TITLE:
            return row.title
        if column == self.QUESTIONS:
            return sum(1 for q in row.questions if not q.retired)
        return self.tr("Retired") if row.retired else ""

    def sort_key(self, row: SectionRow, column: int) -> Any:
        return row.position

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self._rows[index.row()].retired
        ):
            return QBrush(QColor("#9ca3af"))
        return super().data(index, role)


class QuestionTableModel(OrderedRowModel):
    TEXT, KIND, CHOICES, ANSWERS, STATE = range(5)
    EDITABLE: ClassVar[Mapping[int, str]] = {TEXT: "text", KIND: "kind", CHOICES: "choices"}
    COLUMNS = 5

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Question"),
            self.tr("Kind"),
            self.tr("Options / columns"),
            self.tr("Answers"),
            self.tr("State"),
        )

    def display(self, row: QuestionRow, column: int) -> Any:
        if column == self.TEXT:
            return row.text
        if column == self.KIND:
            return kind_label(row.kind)
        if column == self.CHOICES:
            return choices_text(row.choices) if row.choices else "—"
        if column == self.ANSWERS:
            return row.answers
        return self.tr("Retired") if row.retired else ""

    def edit_value(self, row: QuestionRow, column: int) -> str:
        if column == self.KIND:
            return row.kind.value
        if column == self.CHOICES:
            return choices_text(row.choices)
        return row.text

    def sort_key(self, row: QuestionRow, column: int) -> Any:
        return row.position

    def tooltip(self, row: QuestionRow, column: int) -> str | None:
        if column == self.CHOICES and row.choices:
            return "\n".join(row.choices)
        if column == self.TEXT:
            return row.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.CHOICES
            and self._rows[index.row()].kind in (QuestionKind.TEXT, QuestionKind.NUMBER)
        ):
            base &= ~Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == KIND_ROLE:
            return self._rows[index.row()].kind.value
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[index.row()].retired:
            return QBrush(QColor("#9ca3af"))
        return super().data(index, role)


# --- a table answer --------------------------------------------------------------------------


class TableAnswerModel(QAbstractTableModel):
    """The rows of a table question's answer, edited in place.

    An edit calls ``on_edit(rows)`` with the whole new table (the page saves it as one
    undo step); typed numbers become numbers (``services.hearings.cell_value``).
    """

    def __init__(self, columns: Sequence[str], on_edit: Callable[[list[list[Any]]], bool]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[list[Any]] = []
        self._on_edit = on_edit

    def set_rows(self, rows: Sequence[Sequence[Any]] | None) -> None:
        new = [list(r) for r in rows or []]
        if new == self._rows:
            return
        if len(new) == len(self._rows):
            self._rows = new
            if new:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, len(self._columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[list[Any]]:
        return [list(r) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell_text(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        new_value = cell_value(str(value) if value is not None else None)
        if new_value == self._rows[index.row()][index.column()]:
            return True
        rows = self.rows()
        rows[index.row()][index.column()] = new_value
        if not self._on_edit(rows):
            return False
        self._rows = rows
        self.dataChanged.emit(index, index)
        return True


# --- the changes of a returned sheet ---------------------------------------------------------


def _field_texts(change: FieldChange) -> tuple[str, str]:
    """A field change's before and after as shown (a status by its label)."""
    if change.field == "status":
        return status_label(HearingStatus(change.old_text)), status_label(
            HearingStatus(change.new_text)
        )
    return change.old_text, change.new_text


class SheetChangesModel(QAbstractTableModel):
    WHAT, BEFORE, AFTER = range(3)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, str, str]] = []

    def set_rows(self, answers: Sequence[AnswerChange], fields: Sequence[FieldChange] = ()) -> None:
        names = {
            "date": self.tr("Date"),
            "attendees": self.tr("Attendees"),
            "status": self.tr("Status"),
        }
        self.beginResetModel()
        self._rows = [(names.get(f.field, f.field), *_field_texts(f)) for f in fields]
        self._rows += [(a.question_text, a.old_text, a.new_text) for a in answers]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return (self.tr("Question"), self.tr("Now"), self.tr("From the sheet"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.BEFORE:
            return QBrush(QColor("#6b7280"))
        return None
