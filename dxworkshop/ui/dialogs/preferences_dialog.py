"""The Preferences dialog over the preferences table."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dxworkshop.ui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from dxworkshop.ui.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.prefs = prefs
        combo = self.ui.languageCombo
        combo.addItem(self.tr("Follow the system"), "")
        combo.addItem("日本語", "ja")
        combo.addItem("English", "en")
        combo.setCurrentIndex(max(combo.findData(str(prefs.get("ui/language"))), 0))
        self.ui.warekiCheck.setChecked(bool(prefs.get("ui/wareki")))
        self.ui.scaleSpin.setValue(round(float(prefs.get("ui/font_scale")) * 100))
        self.ui.intervalSpin.setSuffix(self.tr(" min"))
        self.ui.intervalSpin.setValue(int(prefs.get("backup/interval_minutes")))
        self.ui.keepSpin.setValue(int(prefs.get("backup/keep")))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.prefs.set("ui/language", self.ui.languageCombo.currentData())
        self.prefs.set("ui/wareki", self.ui.warekiCheck.isChecked())
        self.prefs.set("ui/font_scale", self.ui.scaleSpin.value() / 100)
        self.prefs.set("backup/interval_minutes", self.ui.intervalSpin.value())
        self.prefs.set("backup/keep", self.ui.keepSpin.value())
        self.prefs.sync()
        super().accept()
