"""Tables of the setup phase: people, municipalities, departments and work groups (班).

The models hold read models (``services.people`` rows) given by ``set_rows``; they never
read the database. An inline edit calls the editor the page installed with
``set_editor(fn)``: ``fn(row_id, field, value)`` runs the change through the undo stack
and returns whether it was applied. Sorting (五十音順 by kana) and filtering go through one
``TableFilterProxy`` per view, using ``SORT_ROLE`` and ``FILTER_ROLE``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from dxworkshop.domain.enums import Role
from dxworkshop.domain.names import fold, kana_key, person_sort_key
from dxworkshop.services.people import DepartmentRow, GroupRow, MunicipalityRow, PersonRow
from dxworkshop.ui.labels import role_label, roles_label

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[int, str, str], bool]

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's database id (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the proxy sorts by
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # folded text the filter searches (column 0)


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted row positions as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for pos in positions:
        if runs and runs[-1][1] == pos - 1:
            runs[-1] = (runs[-1][0], pos)
        else:
            runs.append((pos, pos))
    return runs


class RowTableModel(QAbstractTableModel):
    """A table of frozen rows with an ``id``; ``set_rows`` updates in place by id.

    Updating by id (rather than resetting) keeps the views' selection and current index,
    and makes a refresh during an inline edit (the edit itself announces a change) safe.
    """

    #: column → field name of the columns editable inline
    EDITABLE: ClassVar[Mapping[int, str]] = {}
    #: number of columns (views ask very often; ``headers()`` translates each time)
    COLUMNS: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._editor: Editor | None = None
        # id → position, with the list and length it was built for (rebuilt when they
        # change; a hit is checked, so a reorder in place is caught too)
        self._index: tuple[list[Any], int, dict[Any, int]] | None = None

    # -- subclass hooks -------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        value = self.display(row, column)
        return kana_key(value) if isinstance(value, str) else value

    def search_text(self, row: Any) -> str:
        return " ".join(
            str(v) for c in range(self.COLUMNS) if (v := self.display(row, c)) is not None
        )

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def edit_value(self, row: Any, column: int) -> str:
        return str(getattr(row, self.EDITABLE[column]))

    # -- rows ---------------------------------------------------------------------------

    def set_editor(self, editor: Editor | None) -> None:
        self._editor = editor

    def _replace(self, rows: Iterable[Any], *, only_changed: bool = False) -> None:
        """Show *rows* in place of the current ones, keyed by ``id``: rows gone are
        removed, new ones added at the end, the rest replaced. *only_changed*: the cells
        depend on the rows alone, so only rows that differ from before are redrawn (a
        proxy then re-sorts those, not all 600); otherwise every row is."""
        new = list(rows)
        by_id = {r.id: r for r in new}
        old_ids = [r.id for r in self._rows]
        kept = sum(1 for i in old_ids if i in by_id)
        if not self._rows or kept * 2 < len(old_ids):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        for pos in range(len(self._rows) - 1, -1, -1):
            if self._rows[pos].id not in by_id:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._rows[pos]
                self.endRemoveRows()
        present = set()
        changed: list[int] = []
        for pos, row in enumerate(self._rows):
            fresh = by_id[row.id]
            if not only_changed or fresh != row:
                changed.append(pos)
            self._rows[pos] = fresh
            present.add(row.id)
        added = [r for r in new if r.id not in present]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        last = self.columnCount() - 1
        for first, end in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def update_rows(self, rows: Iterable[Any], removed: Iterable[int] = ()) -> None:
        """Put *rows* in place of the rows with their ids (a new id is added at the end)
        and take out the rows whose ids are *removed*: only those rows change, so views
        keep their selection and proxies re-sort and re-filter only them (what an edit on
        a page of thousands of rows needs)."""
        gone = set(removed)
        if gone:
            for pos in range(len(self._rows) - 1, -1, -1):
                if self._rows[pos].id in gone:
                    self.beginRemoveRows(QModelIndex(), pos, pos)
                    del self._rows[pos]
                    self.endRemoveRows()
        new = [r for r in rows if r.id not in gone]
        if not new:
            return
        last = self.columnCount() - 1
        added = []
        for row in new:
            pos = self.row_of_id(row.id)
            if pos is None:
                added.append(row)
                continue
            self._rows[pos] = row
            self.dataChanged.emit(self.index(pos, 0), self.index(pos, last))
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self._indexed_from(start)
            self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, ident: int) -> int | None:
        """The position of the row with id *ident* (None: no such row), from an index
        kept between calls (a page of 12,000 rows looks its rows up after each edit)."""
        rows, index = self._rows, self._index
        if index is None or index[0] is not rows or index[1] != len(rows):
            index = self._index = (rows, len(rows), {r.id: p for p, r in enumerate(rows)})
        pos = index[2].get(ident)
        if pos is not None and rows[pos].id != ident:  # moved in place since: read again
            self._index = None
            return self.row_of_id(ident)
        return pos

    def _indexed_from(self, start: int) -> None:
        """Add the rows appended from *start* to the index, when it held the rows before."""
        index = self._index
        if index is not None and index[0] is self._rows and index[1] == start:
            positions = index[2]
            for pos in range(start, len(self._rows)):
                positions[self._rows[pos].id] = pos
            self._index = (self._rows, len(self._rows), positions)

    # -- Qt model -------------------------------------------------------------------------

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
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editor is not None and index.column() in self.EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.display(row, column)
            return value if value is None or isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column in self.EDITABLE:
                return self.edit_value(row, column)
            return self.display(row, column)
        if role == ID_ROLE:
            return int(row.id)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == FILTER_ROLE:
            return fold(self.search_text(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(self.display(row, column), int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in self.EDITABLE
            or self._editor is None
        ):
            return False
        row = self._rows[index.row()]
        text = "" if value is None else str(value)
        if text == self.edit_value(row, index.column()):
            return True  # nothing changed: no undo step
        return self._editor(int(row.id), self.EDITABLE[index.column()], text)


class PeopleTableModel(RowTableModel):
    NAME, KANA, MUNICIPALITY, DEPARTMENT, TITLE, ROLES, SUPERVISOR, GROUP, EMAIL = range(9)
    EDITABLE: ClassVar[Mapping[int, str]] = {
        NAME: "name",
        KANA: "kana",
        TITLE: "title",
        EMAIL: "email",
    }
    COLUMNS = 9

    def __init__(self) -> None:
        super().__init__()
        self._municipality_kana: dict[int, str] = {}
        self._groups: dict[int, str] = {}
        self._kana: dict[int, str] = {}

    def set_rows(
        self,
        rows: Iterable[PersonRow],
        *,
        municipality_kana: Mapping[int, str] | None = None,
        groups_of: Mapping[int, str] | None = None,
    ) -> None:
        """*groups_of* maps a person id to the names of their groups, shown in a column."""
        rows = list(rows)
        self._municipality_kana = dict(municipality_kana or {})
        self._groups = dict(groups_of or {})
        self._kana = {r.id: r.kana or r.name for r in rows}
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Reading"),
            self.tr("Municipality"),
            self.tr("Department"),
            self.tr("Title"),
            self.tr("Roles"),
            self.tr("Supervisor"),
            self.tr("Group"),
            self.tr("Email"),
        )

    _FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "kana",
        "municipality_name",
        "department_name",
        "title",
        "roles",
        "supervisor_name",
        "group",
        "email",
    )

    def display(self, row: PersonRow, column: int) -> Any:
        if column == self.ROLES:
            return roles_label(row.roles)
        if column == self.GROUP:
            return self._groups.get(row.id, "")
        return getattr(row, self._FIELDS[column])

    def sort_key(self, row: PersonRow, column: int) -> Any:
        if column in (self.NAME, self.KANA):
            return person_sort_key(row.kana, row.name)
        if column == self.MUNICIPALITY:
            if row.municipality_id is None:
                return "\U0010ffff"  # people of no municipality (instructors …) last
            kana = self._municipality_kana.get(row.municipality_id, "")
            return kana_key(kana or row.municipality_name)
        if column == self.SUPERVISOR:
            if row.supervisor_id is None:
                return "\U0010ffff"
            return person_sort_key(self._kana.get(row.supervisor_id, ""), row.supervisor_name)
        if column == self.ROLES:
            order = list(Role)
            return "".join(str(order.index(r)) for r in sorted(row.roles, key=order.index))
        return super().sort_key(row, column)

    def search_text(self, row: PersonRow) -> str:
        return " ".join(
            (
                row.name,
                row.kana,
                row.municipality_name,
                row.department_name,
                row.title,
                roles_label(row.roles),
                row.supervisor_name,
                self._groups.get(row.id, ""),
                row.email,
            )
        )

    def tooltip(self, row: PersonRow, column: int) -> str | None:
        if column == self.ROLES and row.roles:
            return roles_label(row.roles)
        if column == self.EMAIL and row.email:
            return row.email
        return None


class MunicipalityTableModel(RowTableModel):
    NAME, KANA, CODE, DEPARTMENTS, PEOPLE, TRAINEES = range(6)
    EDITABLE: ClassVar[Mapping[int, str]] = {NAME: "name", KANA: "kana", CODE: "code"}
    COLUMNS = 6

    def __init__(self) -> None:
        super().__init__()
        self._departments: Counter[int] = Counter()
        self._people: Counter[int] = Counter()
        self._trainees: Counter[int] = Counter()

    def set_rows(
        self,
        rows: Iterable[MunicipalityRow],
        *,
        departments: Iterable[DepartmentRow] = (),
        people: Iterable[PersonRow] = (),
    ) -> None:
        people = list(people)
        self._departments = Counter(d.municipality_id for d in departments)
        self._people = Counter(p.municipality_id for p in people if p.municipality_id)
        self._trainees = Counter(
            p.municipality_id for p in people if p.municipality_id and Role.TRAINEE in p.roles
        )
        self._replace(rows)

    def people_count(self, municipality_id: int) -> int:
        return self._people[municipality_id]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Municipality"),
            self.tr("Reading"),
            self.tr("Code"),
            self.tr("Departments"),
            self.tr("People"),
            self.tr("Trainees"),
        )

    def display(self, row: MunicipalityRow, column: int) -> Any:
        return (
            row.name,
            row.kana,
            row.code,
            self._departments[row.id],
            self._people[row.id],
            self._trainees[row.id],
        )[column]

    def sort_key(self, row: MunicipalityRow, column: int) -> Any:
        if column in (self.NAME, self.KANA):
            return person_sort_key(row.kana, row.name)
        if column == self.CODE:
            return row.code or "\U0010ffff" + kana_key(row.kana or row.name)
        return super().sort_key(row, column)

    def search_text(self, row: MunicipalityRow) -> str:
        return f"{row.name} {row.kana} {row.code}"


class DepartmentTableModel(RowTableModel):
    NAME, PEOPLE = range(2)
    EDITABLE: ClassVar[Mapping[int, str]] = {NAME: "name"}
    COLUMNS = 2

    def __init__(self) -> None:
        super().__init__()
        self._people: Counter[int] = Counter()

    def set_rows(self, rows: Iterable[DepartmentRow], *, people: Iterable[PersonRow] = ()) -> None:
        self._people = Counter(p.department_id for p in people if p.department_id)
        self._replace(rows)

    def people_count(self, department_id: int) -> int:
        return self._people[department_id]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Department"), self.tr("People"))

    def display(self, row: DepartmentRow, column: int) -> Any:
        return (row.name, self._people[row.id])[column]


class GroupTableModel(RowTableModel):
    NAME, MEMBERS, MUNICIPALITIES = range(3)
    EDITABLE: ClassVar[Mapping[int, str]] = {NAME: "name"}
    COLUMNS = 3

    def __init__(self) -> None:
        super().__init__()
        self._people: dict[int, PersonRow] = {}

    def set_rows(self, rows: Iterable[GroupRow], *, people: Iterable[PersonRow] = ()) -> None:
        self._people = {p.id: p for p in people}
        self._replace(rows)

    def _members(self, row: GroupRow) -> list[PersonRow]:
        return [self._people[i] for i in row.member_ids if i in self._people]

    def _municipalities(self, row: GroupRow) -> Counter[str]:
        return Counter(p.municipality_name for p in self._members(row) if p.municipality_name)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Members"), self.tr("Municipalities"))

    def display(self, row: GroupRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.MEMBERS:
            return len(self._members(row))
        return len(self._municipalities(row))

    def tooltip(self, row: GroupRow, column: int) -> str | None:
        counts = self._municipalities(row)
        if column != self.MUNICIPALITIES or not counts:
            return None
        return "\n".join(f"{name} {n}" for name, n in sorted(counts.items()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Two trainees of one municipality in a group is allowed but worth a glance.
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.MUNICIPALITIES
            and 0 <= index.row() < len(self._rows)
        ):
            counts = self._municipalities(self._rows[index.row()])
            if counts and max(counts.values()) > 1:
                from PySide6.QtGui import QBrush, QColor

                return QBrush(QColor("#b45309"))
            return None
        return super().data(index, role)


NO_MUNICIPALITY = -1  # municipality filter value: people of no municipality


class TableFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps rows whose folded text contains every typed word."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = [fold(w) for w in re.split(r"[\s\u3000]+", text) if w.strip()]
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts_row(self, row: Any) -> bool:
        """Further conditions of a subclass, on the source row object."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return True
        if self._words:
            haystack = model.data(model.index(source_row, 0, source_parent), FILTER_ROLE) or ""
            if not all(w in haystack for w in self._words):
                return False
        return self.accepts_row(model.row_at(source_row))

    def ids_at(self, rows: Iterable[int]) -> list[int]:
        """Ids of the given proxy rows."""
        return [int(self.index(r, 0).data(ID_ROLE)) for r in rows]


class PeopleFilterProxy(TableFilterProxy):
    """Adds a role, a municipality and an id set (e.g. only people in no group)."""

    def __init__(self) -> None:
        super().__init__()
        self._role: Role | None = None
        self._municipality: int | None = None
        self._only: frozenset[int] | None = None

    def _change(self, apply: Callable[[], None]) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_role(self, role: Role | None) -> None:
        if role != self._role:
            self._change(lambda: setattr(self, "_role", role))

    def set_municipality(self, municipality_id: int | None) -> None:
        """``None``: any; ``NO_MUNICIPALITY``: people of no municipality."""
        if municipality_id != self._municipality:
            self._change(lambda: setattr(self, "_municipality", municipality_id))

    def set_only(self, ids: Iterable[int] | None) -> None:
        only = None if ids is None else frozenset(ids)
        if only != self._only:
            self._change(lambda: setattr(self, "_only", only))

    def accepts_row(self, row: PersonRow) -> bool:
        if self._role is not None and self._role not in row.roles:
            return False
        if self._municipality == NO_MUNICIPALITY:
            if row.municipality_id is not None:
                return False
        elif self._municipality is not None and row.municipality_id != self._municipality:
            return False
        return self._only is None or row.id in self._only


def role_counts_text(rows: Iterable[PersonRow]) -> str:
    """E.g. "受講者 40　上司 40　講師 3" — each role with how many people have it."""
    counts = Counter(r for row in rows for r in row.roles)
    return "　".join(f"{role_label(role)} {counts[role]}" for role in Role if counts[role])
