"""Editors of the scoring table: a spin box on the criterion's scale, yes/no for a gate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dxworkshop.ui.models.prioritize_models import SCALE_ROLE

Index = QModelIndex | QPersistentModelIndex


class ScoreDelegate(QStyledItemDelegate):
    """Scores are whole numbers on the criterion's scale; "—" (below the lowest) clears.

    A gate criterion (絶対条件) is answered yes or no from a short list instead.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        scale = index.data(SCALE_ROLE)
        if scale is None:
            return super().createEditor(parent, option, index)
        low, high, gate = scale
        if gate:
            combo = QComboBox(parent)
            combo.addItem("—", None)
            combo.addItem(self.tr("Yes"), 1)
            combo.addItem(self.tr("No"), 0)
            return combo
        spin = QSpinBox(parent)
        spin.setRange(low - 1, high)
        spin.setSpecialValueText("—")  # the value below the scale: no score
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            value = None if editor.value() == editor.minimum() else editor.value()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
