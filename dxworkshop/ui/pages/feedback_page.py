"""Feedback (フィードバック): rounds, the overview of trainees × reviewers, and each feedback.

The round bar edits the chosen round (number, title, due date) and adds or deletes
rounds. "Request feedback for this round" asks every trainee's supervisor and an
instructor at once (nothing twice). The grid shows each request's status in colour,
overdue ones in red; clicking a cell opens that feedback in the editor panel (rubric
ratings, comments, support, decision, status, the trainee's response). Supervisors get
one Word form each (only their trainees) and the returned form is imported after a
preview. Every edit is a service operation run through ``controller.run``; refusals are
shown in the message line, never in a popup.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from dxworkshop.domain.enums import ReviewerRole, Role
from dxworkshop.domain.feedback_rules import CellState
from dxworkshop.services import criteria, people, plans
from dxworkshop.services import feedback as fb
from dxworkshop.services import feedback_form as ff
from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.services.feedback import Overview, OverviewCell, OverviewRow, RoundRow
from dxworkshop.services.feedback_form import FormImport
from dxworkshop.services.forms.identity import FormRefused
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.dialogs.feedback_form_dialog import FeedbackFormDialog
from dxworkshop.ui.feedback_editor import FeedbackEditor
from dxworkshop.ui.feedback_labels import (
    DECISION_MARKS,
    STATE_COLOURS,
    decision_label,
    reviewer_role_label,
    state_label,
)
from dxworkshop.ui.fields import NO_DATE, optional_date
from dxworkshop.ui.forms.ui_feedback_page import Ui_FeedbackPage
from dxworkshop.ui.messages import service_error_text
from dxworkshop.ui.models.feedback_models import OverviewModel, OverviewProxy
from dxworkshop.ui.models.people_models import ID_ROLE
from dxworkshop.ui.pages.base import Page, fit_columns
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.styles import HINT_STYLE

log = logging.getLogger(__name__)

LEGEND_ORDER = (
    CellState.OVERDUE,
    CellState.REQUESTED,
    CellState.RECEIVED,
    CellState.ADDRESSED,
    CellState.NONE,
)


class FeedbackPage(Page):
    kinds = frozenset(
        {
            Kind.FEEDBACK,
            Kind.PLAN,
            Kind.PERSON,
            Kind.RUBRIC,
            Kind.MUNICIPALITY,
            Kind.DEPARTMENT,
            Kind.ISSUE,
            Kind.CLUSTER,
            Kind.SCORE,
            Kind.VOTE,
            Kind.THEME,
        }
    )

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_FeedbackPage()
        self.ui.setupUi(self)
        #: the date overdue is judged against (None: the clock's date); tests fix it
        self.today: dt.date | None = None
        self._rounds: list[RoundRow] = []
        self._overview: Overview | None = None
        self._fitted_columns = -1  # the column count the overview was last fitted to
        self._cell: tuple[int, int] | None = None  # (trainee id, column) shown in the editor
        self._dialog: FeedbackFormDialog | None = None
        self._sized = False

        self.model = OverviewModel()
        self.proxy = OverviewProxy()
        self.proxy.setSourceModel(self.model)
        self.ui.overviewView.setModel(self.proxy)
        self.ui.overviewView.sortByColumn(OverviewModel.NAME, Qt.SortOrder.AscendingOrder)
        self.editor = FeedbackEditor(self.ui.editorHost)
        self.ui.editorHostLayout.addWidget(self.editor)
        self._set_up()
        self._connect()
        self._update_buttons()

    # -- construction --------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        ui.messageLabel.hide()
        optional_date(ui.roundDueEdit)
        ui.roundDueEdit.setMinimumWidth(130)
        ui.roundCombo.setMinimumWidth(220)
        for hint in (ui.editorHint, ui.requestHint, ui.roundSummary):
            hint.setStyleSheet(HINT_STYLE)
        title = ui.requestTitle.font()
        title.setPointSizeF(title.pointSizeF() * 1.2)
        title.setBold(True)
        ui.requestTitle.setFont(title)
        view = ui.overviewView
        view.verticalHeader().setDefaultSectionSize(max(28, self.fontMetrics().height() + 12))
        view.horizontalHeader().setHighlightSections(False)
        view.setShowGrid(True)
        view.setStyleSheet("QTableView { gridline-color: #e5e7eb; }")
        ui.legendLabel.setText(self._legend())
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([740, 480])

    def _legend(self) -> str:
        parts = []
        for state in LEGEND_ORDER:
            background, colour = STATE_COLOURS[state]
            parts.append(
                f"<span style='background-color:{background}; color:{colour};'>"
                f"&nbsp;{escape(state_label(state))}&nbsp;</span>"
            )
        marks = "　".join(
            f"{mark} {escape(decision_label(decision))}"
            for decision, mark in DECISION_MARKS.items()
        )
        return "　".join(parts) + "　　" + marks

    def _connect(self) -> None:
        ui = self.ui
        ui.roundCombo.activated.connect(lambda _i: self._round_chosen())
        ui.roundTitleEdit.editingFinished.connect(self._save_round_title)
        ui.roundNumberSpin.editingFinished.connect(self._save_round_number)
        ui.roundDueEdit.editingFinished.connect(self._save_round_due)
        ui.addRoundButton.clicked.connect(self.add_round)
        ui.deleteRoundButton.clicked.connect(self.delete_round)
        ui.requestButton.clicked.connect(self.request_round)
        ui.exportFormsButton.clicked.connect(lambda: self.export_forms())
        ui.importFormButton.clicked.connect(lambda: self.import_form())
        ui.overviewFilter.textChanged.connect(self.proxy.set_text)
        ui.openOnlyCheck.toggled.connect(self.proxy.set_waiting_only)
        ui.overviewView.selectionModel().currentChanged.connect(
            lambda current, _previous: self._cell_chosen(current)
        )
        ui.requestOneButton.clicked.connect(self.request_one)
        self.editor.field_edited.connect(self.edit_field)
        self.editor.rating_edited.connect(self.edit_rating)
        self.editor.remove_requested.connect(self.remove_feedback)

    # -- Page ----------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        ws = self.controller.workshop
        if changes.touches(Kind.RUBRIC):
            self.editor.set_rubric(criteria.list_rubric_items(ws))
        trainees = self._trainees_of(changes)
        if trainees is None:
            self._rounds = fb.list_rounds(ws, today=self.today)
            self._fill_rounds()
            self._load_overview()
        else:  # the round's counts come with its rows
            self._update_overview(trainees)

    def _trainees_of(self, changes: Changes) -> set[int] | None:
        """The trainees whose rows *changes* alone changed: edits of feedback shown in the
        round on screen (None: read the whole round again)."""
        ids = changes.ids(Kind.FEEDBACK)
        shown = self._overview
        if (
            changes.kinds != {Kind.FEEDBACK}
            or ids is None
            or shown is None
            or shown.round is None
            or shown.round.id != self.round_id
        ):
            return None
        trainee_of = {
            cell.feedback_id: row.trainee_id
            for row in shown.rows
            for cell in row.cells
            if cell.feedback_id is not None
        }
        if not ids <= trainee_of.keys():
            return None  # a feedback not on screen yet: added, or of another round
        return {trainee_of[i] for i in ids}

    def _update_overview(self, trainees: set[int]) -> None:
        """Read the rows of *trainees* again and put them in place (the edit of one
        feedback reads one trainee, not the round's 600)."""
        shown = self._overview
        assert shown is not None
        part = fb.overview(
            self.controller.workshop, self.round_id, today=self.today, trainee_ids=trainees
        )
        if part.columns != shown.columns:
            self._load_overview()
            return
        fresh = {row.trainee_id: row for row in part.rows}
        gone = trainees - fresh.keys()
        rows = tuple(fresh.get(r.trainee_id, r) for r in shown.rows if r.trainee_id not in gone)
        self._overview = replace(shown, round=part.round, rows=rows, today=part.today)
        if part.round is not None:
            self._rounds = [part.round if r.id == part.round.id else r for r in self._rounds]
            self._update_summary()
            self._update_buttons()
        self.model.update_rows(part.rows, removed=gone)
        self._show_cell()

    def find(self) -> None:
        self.ui.overviewFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.overviewFilter.selectAll()

    def hideEvent(self, event: QHideEvent) -> None:
        if not self.controller.workshop.closed:
            self.editor.flush()
        super().hideEvent(event)

    # -- messages ------------------------------------------------------------------------------

    def error_text(self, exc: ServiceError) -> str:
        if isinstance(exc, FormRefused):
            return form_refused_text(exc)
        if isinstance(exc, ValidationError):
            texts = {
                "bad_transition": self.tr(
                    "The status moves one step at a time: requested → received → addressed."
                ),
                "bad_role": self.tr(
                    "This person does not have that role yet: give it to them on the "
                    "participants page."
                ),
                "no_trainees": self.tr("This supervisor has no trainee with a plan yet."),
                "not_received": self.tr("That feedback has not come in yet."),
            }
            if exc.code == "duplicate" and exc.field == "reviewer":
                return self.tr("This reviewer's feedback is already requested in this round.")
            if exc.code == "duplicate" and exc.field == "number":
                return self.tr("There is already a round with this number.")
            if exc.code == "out_of_range" and exc.field == "rating":
                return self.tr("The rating is outside the rubric's scale.")
            if exc.code in texts:
                return texts[exc.code]
        return service_error_text(exc)

    # -- rounds --------------------------------------------------------------------------------

    @property
    def round_id(self) -> int | None:
        value = self.ui.roundCombo.currentData()
        return int(value) if value is not None else None

    def _round(self) -> RoundRow | None:
        return next((r for r in self._rounds if r.id == self.round_id), None)

    def _fill_rounds(self, select: int | None = None) -> None:
        combo = self.ui.roundCombo
        current = select if select is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for r in self._rounds:
            combo.addItem(
                self.tr("Round {number}: {title}").format(number=r.number, title=r.title), r.id
            )
        index = combo.findData(current)
        if index < 0:
            index = self._default_round_index()
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._show_round_fields()

    def _default_round_index(self) -> int:
        """The first round with requests still waiting, else the first round."""
        for i, r in enumerate(self._rounds):
            if r.requested:
                return i
        return 0 if self._rounds else -1

    def _show_round_fields(self) -> None:
        ui, r = self.ui, self._round()
        for widget in (ui.roundTitleEdit, ui.roundNumberSpin, ui.roundDueEdit):
            widget.blockSignals(True)
        if r is None:
            ui.roundTitleEdit.clear()
            ui.roundNumberSpin.setValue(1)
            ui.roundDueEdit.setDate(NO_DATE)
        else:
            if not ui.roundTitleEdit.hasFocus() or ui.roundTitleEdit.text() == "":
                ui.roundTitleEdit.setText(r.title)
            ui.roundNumberSpin.setValue(r.number)
            ui.roundDueEdit.setDate(QDate(r.due) if r.due else NO_DATE)
        for widget in (ui.roundTitleEdit, ui.roundNumberSpin, ui.roundDueEdit):
            widget.blockSignals(False)
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        r = self._round()
        if r is None:
            self.ui.roundSummary.setText(self.tr("No feedback round yet: add one."))
            return
        text = self.tr("{requested} waiting · {received} received · {addressed} addressed").format(
            requested=r.requested, received=r.received, addressed=r.addressed
        )
        if r.overdue:
            text += " · " + self.tr("<b style='color:#b91c1c'>{count} overdue</b>").format(
                count=r.overdue
            )
        self.ui.roundSummary.setText(text)

    def _update_buttons(self) -> None:
        has = self._round() is not None
        ui = self.ui
        for widget in (
            ui.roundTitleEdit,
            ui.roundNumberSpin,
            ui.roundDueEdit,
            ui.deleteRoundButton,
            ui.requestButton,
            ui.exportFormsButton,
            ui.importFormButton,
        ):
            widget.setEnabled(has)

    def _round_chosen(self) -> None:
        self.editor.flush()
        self._cell = None
        self._show_round_fields()
        self._load_overview()

    def select_round(self, round_id: int) -> None:
        index = self.ui.roundCombo.findData(round_id)
        if index >= 0:
            self.ui.roundCombo.setCurrentIndex(index)
            self._round_chosen()

    def _update_round(self, text: str, **values: Any) -> bool:
        r = self._round()
        if r is None:
            return False
        done, _ = self.try_edit(text.format(number=r.number), fb.update_round_op(r.id, **values))
        if not done:
            self._show_round_fields()
        return done

    def _save_round_title(self) -> None:
        r = self._round()
        text = self.ui.roundTitleEdit.text()
        if r is not None and " ".join(text.split()) != r.title:
            self._update_round(self.tr("Rename round {number}"), title=text)

    def _save_round_number(self) -> None:
        r = self._round()
        value = self.ui.roundNumberSpin.value()
        if r is not None and value != r.number:
            self._update_round(self.tr("Renumber round {number}"), number=value)

    def _save_round_due(self) -> None:
        r = self._round()
        day = self.ui.roundDueEdit.date()
        value = None if day == NO_DATE else day.toPython()
        if r is not None and value != r.due:
            self._update_round(self.tr("Change due date of round {number}"), due=value)

    def add_round(self) -> RoundRow | None:
        number = max((r.number for r in self._rounds), default=0) + 1
        title = self.tr("Feedback round {number}").format(number=number)
        done, row = self.try_edit(
            self.tr("Add round {number}").format(number=number),
            fb.add_round_op(title, number=number),
        )
        if done:
            self.select_round(row.id)
            self.ui.roundTitleEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.roundTitleEdit.selectAll()
        return row if done else None

    def delete_round(self) -> bool:
        r = self._round()
        if r is None:
            return False
        done, _ = self.try_edit(
            self.tr("Delete round {number}").format(number=r.number),
            fb.set_round_deleted_op(r.id, True),
        )
        return done

    # -- the overview --------------------------------------------------------------------------

    @property
    def overview(self) -> Overview | None:
        return self._overview

    def _load_overview(self) -> None:
        ws = self.controller.workshop
        self._overview = fb.overview(ws, self.round_id, today=self.today)
        self.model.set_overview(self._overview)
        self._size_columns()
        self._show_cell()

    def _size_columns(self) -> None:
        """Fit the trainee columns to their contents when the columns change (not after
        every edit: measuring 600 rows each time cost more than the edit); the reviewer
        columns share the rest."""
        count = self.model.columnCount()
        if count == self._fitted_columns or not self.model.rowCount():
            return
        self._fitted_columns = count
        self.ui.overviewView.horizontalHeader().setStretchLastSection(False)
        fit_columns(self.ui.overviewView, stretch=range(OverviewModel.FIXED, count))

    def index_of(self, trainee_id: int, column: int) -> QModelIndex:
        proxy = self.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == trainee_id:
                return proxy.index(row, column)
        return QModelIndex()

    def open_cell(self, trainee_id: int, role: ReviewerRole, index: int = 0) -> bool:
        """Open the cell of a trainee's reviewer (as a click on it would)."""
        for column_index, column in enumerate(self.model.columns):
            if column.role == role and column.index == index:
                target = self.index_of(trainee_id, OverviewModel.FIXED + column_index)
                if target.isValid():
                    self.ui.overviewView.setCurrentIndex(target)
                    self._cell_chosen(target)
                    return True
        return False

    def _cell_chosen(self, index: QModelIndex) -> None:
        self.editor.flush()
        if not index.isValid():
            self._cell = None
        else:
            trainee = index.siblingAtColumn(0).data(ID_ROLE)
            self._cell = (int(trainee), index.column()) if trainee is not None else None
        self._show_cell()

    def _current(self) -> tuple[OverviewRow, OverviewCell] | None:
        if self._cell is None:
            return None
        trainee, column = self._cell
        row = next((r for r in self.model.rows() if r.trainee_id == trainee), None)
        if row is None:
            return None
        cell = self.model.cell(row, column)
        return (row, cell) if cell is not None else None

    def _show_cell(self) -> None:
        ui = self.ui
        current = self._current()
        if current is None:
            ui.editorStack.setCurrentWidget(ui.editorEmpty)
            self.editor.show_feedback(None)
            return
        row, cell = current
        if cell.feedback_id is not None:
            try:
                detail = fb.get_feedback(
                    self.controller.workshop, cell.feedback_id, today=self.today
                )
            except ServiceError:
                ui.editorStack.setCurrentWidget(ui.editorEmpty)
                return
            self.editor.show_feedback(detail)
            ui.editorStack.setCurrentWidget(ui.editorPage)
            return
        self.editor.show_feedback(None)
        ui.editorStack.setCurrentWidget(ui.editorRequest)
        ui.requestTitle.setText(
            self.tr("{trainee} — {role}").format(
                trainee=row.name, role=reviewer_role_label(cell.role)
            )
        )
        combo = ui.reviewerCombo
        combo.clear()
        wanted = Role.SUPERVISOR if cell.role == ReviewerRole.SUPERVISOR else Role.INSTRUCTOR
        for person in people.list_people(self.controller.workshop, wanted):
            combo.addItem(person.name, person.id)
        combo.setCurrentIndex(max(0, combo.findData(cell.reviewer_id)))
        if row.plan_id is None:
            ui.requestHint.setText(
                self.tr(
                    "{trainee} has no improvement plan yet, so there is nothing to review."
                ).format(trainee=row.name)
            )
        else:
            ui.requestHint.setText(
                self.tr("No feedback has been requested from this reviewer in this round.")
            )
        ui.requestOneButton.setEnabled(row.plan_id is not None and combo.count() > 0)

    # -- requests ------------------------------------------------------------------------------

    def request_round(self) -> fb.RequestResult | None:
        r = self._round()
        if r is None:
            return None
        done, result = self.try_edit(
            self.tr("Request feedback for round {number}").format(number=r.number),
            fb.request_feedback_op(r.id),
        )
        if not done:
            return None
        text = self.tr("%n request(s) made", "", len(result.created))
        if result.already:
            text += self.tr("; %n already asked", "", result.already)
        if result.without_supervisor:
            text += self.tr("; no supervisor registered for: {names}").format(
                names="、".join(result.without_supervisor)
            )
        if result.without_instructor:
            text += self.tr("; no instructor registered")
        self.show_message(text + ".", error=bool(result.without_supervisor))
        return result

    def request_one(self) -> fb.FeedbackRow | None:
        current = self._current()
        reviewer = self.ui.reviewerCombo.currentData()
        r = self._round()
        if current is None or reviewer is None or r is None:
            return None
        row, cell = current
        if row.plan_id is None:
            return None
        ws = self.controller.workshop
        version = plans.get_plan(ws, row.plan_id).latest.id
        done, made = self.try_edit(
            self.tr("Request feedback from {name}").format(
                name=self.ui.reviewerCombo.currentText()
            ),
            fb.add_feedback_op(r.id, version, int(reviewer), cell.role),
        )
        return made if done else None

    def remove_feedback(self, feedback_id: int) -> bool:
        done, _ = self.try_edit(
            self.tr("Remove feedback request"), fb.set_feedback_deleted_op([feedback_id], True)
        )
        return done

    # -- editing feedback ----------------------------------------------------------------------

    def edit_field(self, feedback_id: int, field: str, value: object) -> bool:
        done, _ = self.try_edit(
            self.tr("Edit feedback: {field}").format(field=self._field_name(field)),
            fb.update_feedback_op(feedback_id, field, value),
        )
        if not done:
            self._show_cell()  # back to what is stored
        return done

    def _field_name(self, field: str) -> str:
        names = {
            "good_points": self.tr("good points"),
            "improvements": self.tr("points to improve"),
            "support": self.tr("support offered"),
            "response": self.tr("trainee's response"),
            "decision": self.tr("decision"),
            "status": self.tr("status"),
        }
        return names.get(field, field)

    def edit_rating(self, feedback_id: int, item_id: int, value: object) -> bool:
        rating = int(value) if isinstance(value, int) else None
        done, _ = self.try_edit(
            self.tr("Rate feedback"), fb.set_rating_op(feedback_id, item_id, rating)
        )
        return done

    # -- the Word forms ------------------------------------------------------------------------

    def _folder(self) -> Path:
        last = str(self.prefs.get("files/last_folder") or "")
        if last and Path(last).is_dir():
            return Path(last)
        return self.controller.workshop.path.parent

    def export_forms(self, folder: Path | None = None) -> list[Path]:
        """One request form per supervisor with trainees with a plan (asks where, unless given)."""
        from dxworkshop.reports.feedback_form_docx import (
            feedback_form_file_name,
            write_feedback_form,
        )

        r = self._round()
        if r is None:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Export Feedback Forms to Folder"), str(self._folder())
            )
            if not chosen:
                return []
            folder = Path(chosen)
        ws = self.controller.workshop
        written: list[Path] = []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for supervisor in fb.supervisors_with_plans(ws):
                data = ff.form_data(ws, supervisor.id, r.id)
                written.append(write_feedback_form(data, folder / feedback_form_file_name(data)))
        except (OSError, ServiceError) as exc:
            text = (
                self.error_text(exc)
                if isinstance(exc, ServiceError)
                else (exc.strerror or str(exc))
            )
            self.show_message(self.tr("Could not write the forms: {reason}").format(reason=text))
            return written
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.prefs.set("files/last_folder", str(folder))
        if written:
            self.show_message(
                self.tr("Wrote %n form(s) to {folder}", "", len(written)).format(
                    folder=folder.name or str(folder)
                ),
                error=False,
            )
        else:
            self.show_message(self.tr("No supervisor has a trainee with a plan yet."))
        return written

    def import_form(self, path: Path | None = None) -> FeedbackFormDialog | None:
        """Read a returned form into this round's feedback, after a preview."""
        self.editor.flush()
        r = self._round()
        if r is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import Returned Feedback Form"),
                str(self._folder()),
                self.tr("Word documents (*.docx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            plan = ff.plan_form_import(self.controller.workshop, path, round_id=r.id)
        except ServiceError as exc:
            self.show_message(self.error_text(exc))
            return None
        self.prefs.set("files/last_folder", str(path.parent))
        if self._dialog is not None:
            self._dialog.reject()
        dialog = FeedbackFormDialog(plan, self.apply_form, self)
        self._dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: FeedbackFormDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def apply_form(self, plan: FormImport) -> bool:
        done, _ = self.try_edit(
            self.tr("Import feedback form of {name}").format(name=plan.supervisor_name),
            ff.apply_form_import_op(plan),
        )
        if done:
            self.show_message(
                self.tr("%n value(s) imported from {file}", "", plan.changes).format(
                    file=plan.path.name
                ),
                error=False,
            )
        return done


def form_refused_text(exc: FormRefused) -> str:
    """Why a returned form cannot be imported, in the user's language."""
    texts = {
        "unreadable": QCoreApplication.translate(
            "FeedbackPage", "“{file}” is not a Word document that can be read."
        ),
        "not_a_form": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” is not a form made by dxworkshop (its identification is missing).",
        ),
        "other_form": QCoreApplication.translate(
            "FeedbackPage", "“{file}” is another kind of form, not a feedback request form."
        ),
        "other_programme": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” is a form of another programme ({detail}); it cannot be imported here.",
        ),
        "other_round": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” is the form of round {detail}, not of the round shown. Choose round "
            "{detail} first.",
        ),
        "unknown_round": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” names round {detail}, which is not a feedback round of this programme. "
            "Nothing was imported.",
        ),
        "contradicts": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” contradicts itself: its identification and what its pages show disagree "
            "({detail}). It may have been edited to pass for another form; export a new form. "
            "Nothing was imported.",
        ),
        "too_big": _too_big_text(exc.detail),
        "unknown_supervisor": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” is the form of {detail}, who is no longer in the programme.",
        ),
        "unknown_version": QCoreApplication.translate(
            "FeedbackPage",
            "A plan on “{file}” is no longer in the programme. Nothing was imported.",
        ),
        "changed_version": QCoreApplication.translate(
            "FeedbackPage",
            "{detail}'s plan has changed since “{file}” was made, so the feedback on it may no "
            "longer fit. Export a new form. Nothing was imported.",
        ),
        "rubric_changed": QCoreApplication.translate(
            "FeedbackPage",
            "The rubric has changed since “{file}” was made. Export a new form. Nothing was "
            "imported.",
        ),
        "layout": QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” has been changed too much to be read safely (tables or rows were "
            "deleted, copied or merged). Nothing was imported.",
        ),
    }
    template = texts.get(exc.reason, "{file}: {message}")
    return template.format(file=exc.path.name, detail=exc.detail, message=exc.message)


def _too_big_text(part: str) -> str:
    """A form beyond the zip guard's limits (or the memory there is)."""
    if part:
        return QCoreApplication.translate(
            "FeedbackPage",
            "“{file}” is far larger than any returned form (its part {detail} is beyond the "
            "limits), so it is not read. Nothing was imported.",
        )
    return QCoreApplication.translate(
        "FeedbackPage",
        "There is not enough memory to read “{file}”; a returned form needs far less. "
        "Nothing was imported.",
    )
