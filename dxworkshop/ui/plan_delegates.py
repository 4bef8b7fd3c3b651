"""Editors of the plan's step table: a date picker for "by when" that can also be cleared."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dxworkshop.ui.fields import NO_DATE, optional_date

Index = QModelIndex | QPersistentModelIndex


class DueDateDelegate(QStyledItemDelegate):
    """A calendar date editor; its lowest value, shown as "—", clears the date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        optional_date(edit)
        edit.setFrame(False)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if text:
            editor.setDate(QDate.fromString(str(text), Qt.DateFormat.ISODate))
        else:
            today = dt.date.today()
            editor.setDate(QDate(today.year, today.month, today.day))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = editor.date()
        text = "" if day == NO_DATE else day.toString(Qt.DateFormat.ISODate)
        model.setData(index, text, Qt.ItemDataRole.EditRole)
