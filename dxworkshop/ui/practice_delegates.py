"""Editors and painting of the practice tables: dates with a calendar, percentages, the
status and owner lists, numbers that may be blank; percentages drawn as bars."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QDoubleValidator, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dxworkshop.domain.enums import ActionStatus
from dxworkshop.ui.fields import NO_DATE, optional_date, required_date
from dxworkshop.ui.models.practice_models import (
    CHOICES_ROLE,
    EDITOR_ROLE,
    PROGRESS_ROLE,
    status_label,
)

Index = QModelIndex | QPersistentModelIndex

BAR = QColor("#2563eb")
BAR_DONE = QColor("#059669")
BAR_TRACK = QColor("#e5e7eb")
#: the date box's "no date" (its minimum, shown as "—")


def parse_number(text: str) -> float | None:
    """A number typed with or without thousands separators; blank is None.

    Raises ValueError for text that is not a number.
    """
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return None
    return float(cleaned)


class PracticeDelegate(QStyledItemDelegate):
    """Picks the editor a cell asks for with ``EDITOR_ROLE``; passes typed values back."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind in ("date", "optional_date"):
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            if kind == "optional_date":
                optional_date(edit, display="yyyy-MM-dd")
            else:
                required_date(edit)
                edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        if kind == "percent":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSingleStep(10)
            spin.setSuffix("%")
            spin.setFrame(False)
            return spin
        if kind == "status":
            combo = QComboBox(parent)
            for status in ActionStatus:
                combo.addItem(status_label(status), status.value)
            return combo
        if kind == "owner":
            combo = QComboBox(parent)
            combo.addItem(self.tr("(nobody)"), None)
            for ident, name in index.data(CHOICES_ROLE) or ():
                combo.addItem(name, ident)
            return combo
        if kind == "number":
            line = QLineEdit(parent)
            validator = QDoubleValidator(line)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            line.setValidator(validator)
            line.setPlaceholderText("—")
            return line
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            if isinstance(value, dt.date):
                editor.setDate(QDate(value.year, value.month, value.day))
            elif editor.minimumDate() == NO_DATE:
                editor.setDate(NO_DATE)
            else:
                editor.setDate(QDate.currentDate())
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit) and index.data(EDITOR_ROLE) == "number":
            editor.setText("" if value is None else f"{float(value):g}")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QDateEdit):
            day = editor.date()
            value = None if day == NO_DATE and editor.minimumDate() == NO_DATE else day.toPython()
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit) and index.data(EDITOR_ROLE) == "number":
            try:
                value = parse_number(editor.text())
            except ValueError:
                return  # the validator lets half-typed text through; keep the old value
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ProgressBarDelegate(PracticeDelegate):
    """Draws ``PROGRESS_ROLE`` as a slim bar with the percentage beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        # Background and selection as the style draws them, without the text.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect.adjusted(6, 0, -6, 0)  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        label_width = metrics.horizontalAdvance("100%") + 6
        bar_height = max(6, min(10, rect.height() // 3))
        bar = QRect(
            rect.left(),
            rect.center().y() - bar_height // 2 + 1,
            max(10, rect.width() - label_width),
            bar_height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_TRACK)
        painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
        share = max(0, min(100, int(value))) / 100
        if share > 0:
            filled = QRect(bar)
            filled.setWidth(max(bar_height, round(bar.width() * share)))
            painter.setBrush(BAR_DONE if share >= 1 else BAR)
            painter.drawRoundedRect(filled, bar_height / 2, bar_height / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        text_rect = QRect(bar.right() + 6, rect.top(), label_width, rect.height())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            f"{int(value)}%",
        )
        painter.restore()
