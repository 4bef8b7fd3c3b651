"""Municipality names completed from the national list as they are typed — by name or by
kana (くら → 倉敷市), within the programme's prefecture when it has one; choosing one fills
in its kana and 団体コード too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from dxworkshop.services.municipalities import LocalGovernment, national_list

#: What a typed text is matched against: the name, its kana and its prefecture.
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class MunicipalityCompleter(QCompleter):
    """Completes *edit* with the municipalities of *prefecture* (every one without);
    *chosen* gets the entry picked."""

    def __init__(
        self,
        edit: QLineEdit,
        chosen: Callable[[LocalGovernment], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self.setCompletionRole(MATCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        self._chosen = chosen
        self.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        edit.setCompleter(self)
        self.set_prefecture("")

    def set_prefecture(self, prefecture: str) -> None:
        """Offer *prefecture*'s municipalities, in the list's order ("": every one)."""
        national = national_list()
        entries = national.municipalities(prefecture or None)
        self._items.clear()
        for entry in entries:
            shown = f"{entry.name}（{entry.kana}）"
            item = QStandardItem(shown if prefecture else f"{shown}　{entry.prefecture}")
            item.setData(f"{entry.name} {entry.kana} {entry.prefecture}", MATCH_ROLE)
            item.setData(entry, ENTRY_ROLE)
            item.setEditable(False)
            self._items.appendRow(item)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        entry = index.data(ENTRY_ROLE)
        return entry.name if isinstance(entry, LocalGovernment) else super().pathFromIndex(index)

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, LocalGovernment):
            self._chosen(entry)
