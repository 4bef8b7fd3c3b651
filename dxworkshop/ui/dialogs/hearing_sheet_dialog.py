"""Preview of a returned hearing sheet: what would change, before anything does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from dxworkshop.services.hearing_sheet import SheetImport
from dxworkshop.ui.forms.ui_hearing_sheet_dialog import Ui_HearingSheetDialog
from dxworkshop.ui.import_notes import note_lines
from dxworkshop.ui.models.hearing_models import SheetChangesModel


class HearingSheetDialog(QDialog):
    """Shows the changes of *plan*; OK calls ``apply(plan)`` (which may refuse: stays open)."""

    def __init__(
        self,
        plan: SheetImport,
        apply: Callable[[SheetImport], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HearingSheetDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self._apply = apply
        self.model = SheetChangesModel()
        self.model.set_rows(plan.answer_changes, plan.field_changes)
        view = self.ui.changesView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(SheetChangesModel.WHAT, 260)
        header.resizeSection(SheetChangesModel.BEFORE, 200)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self._fill()
        self._connect()

    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _fill(self) -> None:
        plan = self.plan
        count = len(plan.answer_changes) + len(plan.field_changes)
        if count:
            text = self.tr(
                "The sheet of {municipality} changes %n answer(s) of its hearing. "
                "Answers left blank on the sheet are kept as they are.",
                "",
                count,
            ).format(municipality=plan.municipality_name)
        else:
            text = self.tr(
                "The sheet of {municipality} holds nothing new: every answer on it is "
                "already in the hearing."
            ).format(municipality=plan.municipality_name)
        if plan.hearing_id is None:
            text += " " + self.tr("A hearing is added for the municipality.")
        self.ui.summaryLabel.setText(text)
        if plan.warnings:
            self.ui.warningsLabel.setText(
                self.tr("Not read (left as they are):") + "\n" + note_lines(plan.warnings)
            )
            self.ui.warningsLabel.setStyleSheet("color: #92400e;")
        else:
            self.ui.warningsLabel.hide()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(plan.changed)

    def _accept(self) -> None:
        if self._apply(self.plan):
            self.accept()
