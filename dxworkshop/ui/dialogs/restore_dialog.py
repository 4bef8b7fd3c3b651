"""Restore from backup: go back to an automatic copy; the current state is kept as one too."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from dxworkshop.store.backups import BackupEntry
from dxworkshop.ui.forms.ui_restore_dialog import Ui_RestoreBackupDialog

log = logging.getLogger(__name__)


class RestoreBackupDialog(QDialog):
    """Lists the backups; the caller restores the chosen one (``chosen``)."""

    def __init__(self, entries: list[BackupEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.chosen: Path | None = None
        self.restore_button = self.ui.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        for entry in entries:
            text = self.tr("{time}  ({size} KB)").format(
                time=entry.taken_at.strftime("%Y-%m-%d %H:%M:%S"), size=max(entry.size // 1024, 1)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.ui.backupList.addItem(item)
        self.ui.emptyLabel.setVisible(not entries)
        self.ui.backupList.setVisible(bool(entries))
        self.ui.backupList.currentItemChanged.connect(
            lambda cur, _prev: self.restore_button.setEnabled(cur is not None)
        )
        self.ui.backupList.itemActivated.connect(lambda _item: self.accept())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        item = self.ui.backupList.currentItem()
        if item is None:
            return
        self.chosen = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        super().accept()
