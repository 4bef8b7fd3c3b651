"""Preview of a returned feedback request form: what would change, before anything does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from dxworkshop.services.feedback_form import FormImport
from dxworkshop.ui.forms.ui_feedback_form_dialog import Ui_FeedbackFormDialog
from dxworkshop.ui.import_notes import note_lines
from dxworkshop.ui.models.feedback_models import FormChangesModel


class FeedbackFormDialog(QDialog):
    """Shows the changes of *plan*; Import calls ``apply(plan)`` (which may refuse: stays open)."""

    def __init__(
        self,
        plan: FormImport,
        apply: Callable[[FormImport], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FeedbackFormDialog()
        self.ui.setupUi(self)
        self.resize(820, 520)
        self.plan = plan
        self._apply = apply
        self.model = FormChangesModel()
        self.model.set_plan(plan)
        view = self.ui.changesView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(FormChangesModel.TRAINEE, 120)
        header.resizeSection(FormChangesModel.WHAT, 150)
        header.resizeSection(FormChangesModel.BEFORE, 220)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        self._fill()
        self._connect()

    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _fill(self) -> None:
        plan = self.plan
        count = plan.changes
        trainees = sum(1 for e in plan.entries if e.changes)
        if count:
            text = self.tr(
                "The form of {supervisor} (round {round}) changes %n value(s) of the feedback "
                "on {trainees} trainee(s). Areas left blank on the form are kept as they are.",
                "",
                count,
            ).format(supervisor=plan.supervisor_name, round=plan.round_number, trainees=trainees)
        else:
            text = self.tr(
                "The form of {supervisor} (round {round}) holds nothing new: everything on it "
                "is already in the feedback."
            ).format(supervisor=plan.supervisor_name, round=plan.round_number)
        self.ui.summaryLabel.setText(text)
        if plan.warnings:
            self.ui.warningsLabel.setText(
                self.tr("Please note:") + "\n" + note_lines(plan.warnings, "・")
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
