"""The issue cards as a table (and, through ``ROW_ROLE``, as cards), with their filters.

``IssueTableModel`` holds ``services.issues.IssueRow`` read models given by ``set_rows``
and never reads the database; the title and 業務名 can be edited inline through the
editor the page installs. ``IssueFilterProxy`` sorts (五十音順 for names, hours by value)
and filters by text, municipality, group, owner, category and status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dxworkshop.domain.enums import IssueStatus
from dxworkshop.services.issues import IssueRow
from dxworkshop.ui.issue_cards import ROW_ROLE
from dxworkshop.ui.issue_labels import hours_number, source_label, status_label
from dxworkshop.ui.models.people_models import (
    RowTableModel,
    TableFilterProxy,
    kana_key,
)

Index = QModelIndex | QPersistentModelIndex

NONE_ID = -1  # a filter value meaning "none" (no owner, no group, no municipality)
LAST = "\U0010ffff"  # sorts after every name


class IssueTableModel(RowTableModel):
    TITLE, OWNER, MUNICIPALITY, GROUP, HOURS, CATEGORIES, PROCESS, STATUS, SOURCE, CLUSTER = range(
        10
    )
    EDITABLE: ClassVar[Mapping[int, str]] = {TITLE: "title", PROCESS: "process"}
    COLUMNS = 10

    def __init__(self) -> None:
        super().__init__()
        self._municipality_kana: dict[int, str] = {}

    def set_rows(
        self, rows: Iterable[IssueRow], *, municipality_kana: Mapping[int, str] | None = None
    ) -> None:
        self._municipality_kana = dict(municipality_kana or {})
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Issue"),
            self.tr("Owner"),
            self.tr("Municipality"),
            self.tr("Group"),
            self.tr("Hours/yr"),
            self.tr("Categories"),
            self.tr("Process"),
            self.tr("Status"),
            self.tr("Source"),
            self.tr("Affinity group"),
        )

    def display(self, row: IssueRow, column: int) -> Any:
        if column == self.TITLE:
            return row.title
        if column == self.PROCESS:
            return row.process
        if column == self.OWNER:
            return row.owner_name
        if column == self.MUNICIPALITY:
            return row.municipality_name
        if column == self.GROUP:
            return row.group_name
        if column == self.CATEGORIES:
            return "・".join(row.categories)
        if column == self.HOURS:
            return hours_number(row.annual_hours) if row.annual_hours is not None else ""
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.SOURCE:
            return source_label(row.source)
        return row.cluster_label

    def sort_key(self, row: IssueRow, column: int) -> Any:
        if column == self.HOURS:
            return -1.0 if row.annual_hours is None else float(row.annual_hours)
        if column == self.OWNER:
            if row.owner_id is None:
                return LAST
            return kana_key(row.owner_kana or row.owner_name) + "\x00" + kana_key(row.owner_name)
        if column == self.MUNICIPALITY:
            if row.municipality_id is None:
                return LAST
            return kana_key(
                self._municipality_kana.get(row.municipality_id) or row.municipality_name
            )
        if column == self.STATUS:
            return list(IssueStatus).index(row.status)
        if column in (self.GROUP, self.CLUSTER, self.PROCESS, self.CATEGORIES):
            value = self.display(row, column)
            return kana_key(value) if value else LAST
        return super().sort_key(row, column)

    def search_text(self, row: IssueRow) -> str:
        return " ".join(
            (
                row.title,
                row.process,
                row.description,
                row.owner_name,
                row.owner_kana,
                row.municipality_name,
                row.group_name,
                row.cluster_label,
                *row.categories,
            )
        )

    def tooltip(self, row: IssueRow, column: int) -> str | None:
        if column == self.TITLE and row.description:
            return row.description
        if column == self.CATEGORIES and row.categories:
            return "\n".join(row.categories)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._rows[index.row()].status is IssueStatus.DROPPED:
                return QBrush(QColor("#94a3b8"))
            return None
        return super().data(index, role)


class IssueFilterProxy(TableFilterProxy):
    """Adds municipality, group, owner (``NONE_ID``: none), category and status filters."""

    def __init__(self) -> None:
        super().__init__()
        self._filters: dict[str, Any] = {}

    def set_filter(self, name: str, value: Any) -> None:
        """*name* is municipality, group, owner, category or status; None shows all."""
        if self._filters.get(name) == value:
            return
        self.beginFilterChange()
        if value is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = value
        self.endFilterChange(TableFilterProxy.Direction.Rows)

    def filter_value(self, name: str) -> Any:
        return self._filters.get(name)

    @property
    def active(self) -> bool:
        return bool(self._filters or self._words)

    def accepts_row(self, row: IssueRow) -> bool:
        f = self._filters
        for name, value in (
            ("municipality", row.municipality_id),
            ("group", row.group_id),
            ("owner", row.owner_id),
        ):
            wanted = f.get(name)
            if wanted is not None and (value if value is not None else NONE_ID) != wanted:
                return False
        if "category" in f and f["category"] not in row.categories:
            return False
        return not ("status" in f and row.status != f["status"])

    def shown_ids(self) -> list[int]:
        return [r.id for r in self.shown_rows()]

    def shown_rows(self) -> list[IssueRow]:
        return [self.index(r, 0).data(ROW_ROLE) for r in range(self.rowCount())]
