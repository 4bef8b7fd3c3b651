"""Pre-hearing (事前ヒアリング): hearings per municipality filled in live, the comparison
across municipalities, and the programme's question template.

Every edit is a service operation (``hearings.*_op``, ``hearing_sheet.apply_sheet_import_op``)
run through ``controller.run``; a refused edit is shown in the page's message line (and the
status bar) and the input is kept. The form is rebuilt only when the template changes, so
refreshing after a save never takes the focus away from the field being typed in.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from dxworkshop.domain.enums import HearingStatus, QuestionKind, Role
from dxworkshop.reports.hearing_charts import ChartTexts
from dxworkshop.services import hearing_sheet as sheet
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.services.hearing_sheet import SheetImport, SheetRefused
from dxworkshop.services.hearings import HearingDetail, HearingRow, SectionRow
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.ui.charts.hearing import HearingProgressChart
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.dialogs.hearing_sheet_dialog import HearingSheetDialog
from dxworkshop.ui.fields import NO_DATE, optional_date
from dxworkshop.ui.forms.ui_hearing_page import Ui_HearingPage
from dxworkshop.ui.hearing_form import HearingForm, form_signature
from dxworkshop.ui.import_notes import note_lines
from dxworkshop.ui.messages import field_label, service_error_text
from dxworkshop.ui.models.hearing_models import (
    ComparisonModel,
    FindingTableModel,
    HearingTableModel,
    QuestionTableModel,
    SectionTableModel,
    SortProxy,
    hearing_title,
    kind_label,
    parse_choices,
    status_label,
)
from dxworkshop.ui.models.people_models import ID_ROLE, TableFilterProxy
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.styles import HINT_STYLE

log = logging.getLogger(__name__)

HEARINGS_TAB, COMPARISON_TAB, TEMPLATE_TAB = range(3)


class KindDelegate(QStyledItemDelegate):
    """The kind of a question as a combo box; chosen kinds are saved at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        combo = QComboBox(parent)
        for kind in QuestionKind:
            combo.addItem(kind_label(kind), kind.value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class HearingPage(Page):
    kinds = frozenset(
        {
            Kind.HEARING,
            Kind.MUNICIPALITY,
            Kind.DEPARTMENT,
            Kind.PERSON,
            Kind.ISSUE,
            Kind.CLUSTER,
        }
    )

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_HearingPage()
        self.ui.setupUi(self)
        self._hearings: list[HearingRow] = []
        self._detail: HearingDetail | None = None
        self._hearing_id: int | None = None
        self._sections: list[SectionRow] = []
        self._form: HearingForm | None = None
        self._dialog: HearingSheetDialog | None = None
        self._canvas: Any = None
        self._template_rows: list[SectionRow] = []
        self._leaving = False
        self._sized: set[QTableView] = set()

        self.hearing_model = HearingTableModel()
        self.hearing_proxy = TableFilterProxy()
        self.hearing_proxy.setSourceModel(self.hearing_model)
        self.ui.hearingsView.setModel(self.hearing_proxy)
        self.ui.hearingsView.sortByColumn(
            HearingTableModel.MUNICIPALITY, Qt.SortOrder.AscendingOrder
        )
        self.finding_model = FindingTableModel()
        self.finding_model.set_editor(self._edit_finding)
        self.ui.findingsView.setModel(self.finding_model)
        self.comparison_model = ComparisonModel()
        self.comparison_proxy = SortProxy()
        self.comparison_proxy.setSourceModel(self.comparison_model)
        self.ui.comparisonView.setModel(self.comparison_proxy)
        self.section_model = SectionTableModel()
        self.section_model.set_editor(self._edit_section)
        self.ui.sectionsView.setModel(self.section_model)
        self.question_model = QuestionTableModel()
        self.question_model.set_editor(self._edit_question)
        self.ui.questionsView.setModel(self.question_model)
        self.ui.questionsView.setItemDelegateForColumn(
            QuestionTableModel.KIND, KindDelegate(self.ui.questionsView)
        )
        self._set_up()
        self._connect()
        self._show_hearing(None)
        self._update_buttons()

    # -- construction -------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        ui.messageLabel.hide()
        title = ui.hearingTitle.font()
        title.setPointSizeF(title.pointSizeF() * 1.35)
        title.setBold(True)
        ui.hearingTitle.setFont(title)
        for hint in (ui.comparisonHint, ui.templateHint, ui.conversionHint, ui.emptyHint):
            hint.setStyleSheet(HINT_STYLE)
        for label in (ui.notesLabel, ui.findingsLabel):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        optional_date(ui.dateEdit)
        ui.dateEdit.setMinimumWidth(130)
        for status in HearingStatus:
            ui.statusCombo.addItem(status_label(status), status.value)
        for kind in QuestionKind:
            ui.newQuestionKind.addItem(kind_label(kind), kind.value)
        ui.interviewerCombo.setMinimumWidth(150)
        ui.newMunicipalityCombo.setMinimumWidth(120)
        ui.newDepartmentCombo.setMinimumWidth(120)
        ui.notesEdit.installEventFilter(self)
        ui.comparisonView.installEventFilter(self)
        ui.notesEdit.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 16)

        menu = QMenu(ui.exportSheetButton)
        self.export_filled_action = menu.addAction(self.tr("Sheet with the answers so far…"))
        self.export_blank_action = menu.addAction(self.tr("Blank sheet…"))
        ui.exportSheetButton.setMenu(menu)

        row_height = max(28, self.fontMetrics().height() + 12)
        for view in (
            ui.hearingsView,
            ui.findingsView,
            ui.comparisonView,
            ui.sectionsView,
            ui.questionsView,
        ):
            view.verticalHeader().setDefaultSectionSize(row_height)
            view.horizontalHeader().setHighlightSections(False)
        header = ui.hearingsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HearingTableModel.MUNICIPALITY, QHeaderView.ResizeMode.Stretch)
        header = ui.findingsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FindingTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            FindingTableModel.ISSUE, QHeaderView.ResizeMode.ResizeToContents
        )
        ui.findingsView.setWordWrap(False)
        header = ui.sectionsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SectionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header = ui.questionsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QuestionTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuestionTableModel.CHOICES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(QuestionTableModel.CHOICES, 260)
        ui.comparisonView.horizontalHeader().setMinimumSectionSize(72)
        ui.comparisonView.sortByColumn(ComparisonModel.MUNICIPALITY, Qt.SortOrder.AscendingOrder)

        ui.hearingsSplitter.setStretchFactor(0, 0)
        ui.hearingsSplitter.setStretchFactor(1, 1)
        ui.hearingsSplitter.setSizes([275, 780])
        ui.detailSplitter.setStretchFactor(0, 3)
        ui.detailSplitter.setStretchFactor(1, 1)
        ui.detailSplitter.setSizes([530, 250])
        ui.comparisonSplitter.setStretchFactor(0, 1)
        ui.comparisonSplitter.setStretchFactor(1, 1)
        ui.templateSplitter.setSizes([300, 760])

    def _connect(self) -> None:
        ui = self.ui
        ui.hearingFilter.textChanged.connect(self.hearing_proxy.set_text)
        ui.hearingsView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._hearing_chosen()
        )
        ui.newMunicipalityCombo.currentIndexChanged.connect(self._fill_new_departments)
        ui.addHearingButton.clicked.connect(self.add_hearing)
        ui.planAllButton.clicked.connect(self.plan_all)
        ui.deleteHearingButton.clicked.connect(self.delete_hearing)

        ui.dateEdit.editingFinished.connect(self._save_date)
        ui.statusCombo.activated.connect(lambda _i: self._save_status())
        ui.interviewerCombo.activated.connect(lambda _i: self._save_interviewer())
        ui.attendeesEdit.editingFinished.connect(self._save_attendees)

        ui.addFindingButton.clicked.connect(self.add_finding)
        ui.newFindingEdit.returnPressed.connect(self.add_finding)
        ui.deleteFindingButton.clicked.connect(self.delete_finding)
        ui.findingUpButton.clicked.connect(lambda: self.move_finding(-1))
        ui.findingDownButton.clicked.connect(lambda: self.move_finding(1))
        ui.findingsView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.toIssuesButton.clicked.connect(self.make_issues)
        ui.toPeopleButton.clicked.connect(self.register_trainees)

        self.export_filled_action.triggered.connect(lambda: self.export_sheet(blank=False))
        self.export_blank_action.triggered.connect(lambda: self.export_sheet(blank=True))
        ui.importSheetButton.clicked.connect(lambda: self.import_sheet())  # not clicked(bool)

        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.comparisonView.doubleClicked.connect(self._comparison_double_clicked)

        ui.sectionsView.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._section_chosen()
        )
        ui.questionsView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.addSectionButton.clicked.connect(self.add_section)
        ui.newSectionEdit.returnPressed.connect(self.add_section)
        ui.sectionUpButton.clicked.connect(lambda: self.move_section(-1))
        ui.sectionDownButton.clicked.connect(lambda: self.move_section(1))
        ui.retireSectionButton.clicked.connect(self.toggle_section_retired)
        ui.addQuestionButton.clicked.connect(self.add_question)
        ui.newQuestionEdit.returnPressed.connect(self.add_question)
        ui.newQuestionChoices.returnPressed.connect(self.add_question)
        ui.newQuestionKind.currentIndexChanged.connect(self._update_buttons)
        ui.questionUpButton.clicked.connect(lambda: self.move_question(-1))
        ui.questionDownButton.clicked.connect(lambda: self.move_question(1))
        ui.retireQuestionButton.clicked.connect(self.toggle_question_retired)
        ui.showRetiredCheck.toggled.connect(lambda _on: self._load_template())

    # -- Page ---------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        ws = self.controller.workshop
        if changes.touches(Kind.HEARING, Kind.MUNICIPALITY, Kind.PERSON):
            self._hearings = hs.list_hearings(ws)
            self.hearing_model.set_rows(self._hearings)
            self._size_columns_once(self.ui.hearingsView)
        if changes.touches(Kind.MUNICIPALITY, Kind.HEARING):
            self._fill_new_municipalities()
        if changes.touches(Kind.PERSON):
            self._fill_interviewers()
        if changes.touches(Kind.HEARING):
            self._sections = hs.template(ws)
            self._load_template()
        if not self.ui.hearingsView.currentIndex().isValid() and self.hearing_proxy.rowCount():
            self.ui.hearingsView.selectRow(0)
        self._hearing_chosen(force=True)
        self.when_tab_shown(self.ui.tabs, COMPARISON_TAB, self._load_comparison)
        self._update_counts()
        self._update_buttons()

    def find(self) -> None:
        self.ui.tabs.setCurrentIndex(HEARINGS_TAB)
        self.ui.hearingFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.hearingFilter.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.notesEdit and event.type() == QEvent.Type.FocusOut:
            self._save_notes()
        elif watched is self.ui.comparisonView and event.type() == QEvent.Type.Resize:
            self._fit_comparison_columns()
        return super().eventFilter(watched, event)

    # -- messages -----------------------------------------------------------------------

    def error_text(self, exc: ServiceError) -> str:
        if isinstance(exc, SheetRefused):
            return sheet_refused_text(exc)
        if isinstance(exc, ValidationError):
            texts = {
                "has_answers": self.tr(
                    "This question has answers, so its kind cannot change. "
                    "Retire it and add a new question instead."
                ),
                "in_use": self.tr(
                    "{field}: an option or column that is used in answers cannot be removed."
                ),
                "too_few": self.tr(
                    "{field}: a choice or scale needs at least two options, "
                    "a table at least one column."
                ),
            }
            if exc.code == "duplicate" and exc.field in ("municipality", "department"):
                return self.tr("There is already a hearing for it.")
            if exc.code in texts:
                return texts[exc.code].format(field=field_label(exc.field))
        return service_error_text(exc)

    # -- helpers --------------------------------------------------------------------------

    def _size_columns_once(self, view: QTableView) -> None:
        if view in self._sized or view.model().rowCount() == 0:
            return
        self._sized.add(view)
        view.resizeColumnsToContents()

    def _selected_id(self, view: QTableView) -> int | None:
        current = view.currentIndex()
        if not current.isValid():
            return None
        value = current.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, view: QTableView, ident: int) -> bool:
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == ident:
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(index)
                return True
        return False

    def _update_counts(self) -> None:
        done = sum(1 for h in self._hearings if h.status == HearingStatus.DONE)
        self.ui.hearingCounts.setText(
            self.tr("Hearings: {count} ({done} done)").format(count=len(self._hearings), done=done)
        )

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        has = self._hearing_id is not None
        ui.deleteHearingButton.setEnabled(has)
        ui.addHearingButton.setEnabled(ui.newMunicipalityCombo.count() > 0)
        ui.planAllButton.setEnabled(bool(self._municipalities_without_hearing()))
        findings = self.finding_model.rows()
        current = ui.findingsView.currentIndex()
        ui.deleteFindingButton.setEnabled(current.isValid())
        ui.findingUpButton.setEnabled(current.isValid() and current.row() > 0)
        ui.findingDownButton.setEnabled(current.isValid() and current.row() < len(findings) - 1)
        section = self._current_section()
        ui.sectionUpButton.setEnabled(section is not None)
        ui.sectionDownButton.setEnabled(section is not None)
        ui.retireSectionButton.setEnabled(section is not None)
        ui.retireSectionButton.setText(
            self.tr("Restore") if section is not None and section.retired else self.tr("Retire")
        )
        ui.addQuestionButton.setEnabled(section is not None)
        question = self._current_question()
        ui.questionUpButton.setEnabled(question is not None)
        ui.questionDownButton.setEnabled(question is not None)
        ui.retireQuestionButton.setEnabled(question is not None)
        ui.retireQuestionButton.setText(
            self.tr("Restore") if question is not None and question.retired else self.tr("Retire")
        )
        kind = QuestionKind(ui.newQuestionKind.currentData() or QuestionKind.TEXT.value)
        ui.newQuestionChoices.setEnabled(kind not in (QuestionKind.TEXT, QuestionKind.NUMBER))

    # -- hearings list ----------------------------------------------------------------------

    def _municipalities_without_hearing(self) -> list[people.MunicipalityRow]:
        covered = {h.municipality_id for h in self._hearings if h.department_id is None}
        return [
            m for m in people.list_municipalities(self.controller.workshop) if m.id not in covered
        ]

    def _fill_new_municipalities(self) -> None:
        combo = self.ui.newMunicipalityCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for muni in people.list_municipalities(self.controller.workshop):
            combo.addItem(muni.name, muni.id)
        missing = {m.id for m in self._municipalities_without_hearing()}
        index = combo.findData(current)
        if index < 0:  # propose the first municipality still without a hearing
            index = next((i for i in range(combo.count()) if combo.itemData(i) in missing), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._fill_new_departments()

    def _fill_new_departments(self) -> None:
        combo = self.ui.newDepartmentCombo
        combo.clear()
        combo.addItem(self.tr("Whole municipality"), None)
        muni = self.ui.newMunicipalityCombo.currentData()
        if muni is not None:
            for dept in people.list_departments(self.controller.workshop, muni):
                combo.addItem(dept.name, dept.id)

    def _fill_interviewers(self) -> None:
        combo = self.ui.interviewerCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", None)
        wanted = {Role.FACILITATOR, Role.INSTRUCTOR}
        for person in people.list_people(self.controller.workshop):
            if person.roles & wanted:
                combo.addItem(person.name, person.id)
        combo.blockSignals(False)

    def _hearing(self, hearing_id: int | None) -> HearingRow | None:
        return next((h for h in self._hearings if h.id == hearing_id), None)

    def _hearing_chosen(self, force: bool = False) -> None:
        if self._leaving:
            return  # the refresh after saving what was typed, while switching
        ident = self._selected_id(self.ui.hearingsView)
        if ident == self._hearing_id and not force:
            return
        if self._form is not None and ident != self._hearing_id:
            self._leaving = True
            try:
                self._form.flush()  # what is typed belongs to the hearing being left
            finally:
                self._leaving = False
        self._show_hearing(ident)

    def _show_hearing(self, hearing_id: int | None) -> None:
        ui = self.ui
        changed = hearing_id != self._hearing_id
        self._hearing_id = hearing_id
        row = self._hearing(hearing_id)
        if row is None:
            self._hearing_id = None
            self._detail = None
            ui.detailStack.setCurrentWidget(ui.emptyPage)
            self.finding_model.set_rows([])
            self._update_buttons()
            return
        ui.detailStack.setCurrentWidget(ui.detailPanel)
        try:
            self._detail = hs.get_hearing(self.controller.workshop, row.id)
        except ServiceError:
            self._detail = None
            return
        ui.hearingTitle.setText(hearing_title(row))
        ui.dateEdit.blockSignals(True)
        ui.dateEdit.setDate(QDate(row.date) if row.date else NO_DATE)
        ui.dateEdit.blockSignals(False)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(row.status.value)))
        index = ui.interviewerCombo.findData(row.interviewer_id)
        if index < 0 and row.interviewer_id is not None:
            ui.interviewerCombo.addItem(row.interviewer_name, row.interviewer_id)
            index = ui.interviewerCombo.count() - 1
        ui.interviewerCombo.setCurrentIndex(max(index, 0))
        if ui.attendeesEdit.text() != row.attendees and (
            changed or not ui.attendeesEdit.hasFocus()
        ):
            ui.attendeesEdit.setText(row.attendees)
            ui.attendeesEdit.setCursorPosition(0)
        if ui.notesEdit.toPlainText() != row.notes and (changed or not ui.notesEdit.hasFocus()):
            ui.notesEdit.setPlainText(row.notes)
        self.finding_model.set_rows(self._detail.findings)
        self._ensure_form()
        if self._form is not None:
            self._form.set_answers(self._detail.answers)
            if changed:
                ui.formScroll.verticalScrollBar().setValue(0)
        self._update_buttons()

    def _ensure_form(self) -> None:
        """Build the form from the template, or rebuild it when the template changed."""
        signature = form_signature(self._sections)
        if self._form is not None and self._form.signature == signature:
            return
        layout = self.ui.formHostLayout
        if self._form is not None:
            self._form.flush()
            layout.removeWidget(self._form)
            self._form.deleteLater()
        self._form = HearingForm(self._sections, self._save_answer, self.ui.formHost)
        layout.addWidget(self._form)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Date → status → interviewer → attendees → the questions → notes → findings."""
        ui = self.ui
        chain: list[QWidget] = [ui.dateEdit, ui.statusCombo, ui.interviewerCombo, ui.attendeesEdit]
        first = self._form.first_editor() if self._form is not None else None
        if first is not None:
            QWidget.setTabOrder(ui.attendeesEdit, first)
        last = chain[-1]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        if self._form is not None:
            ids = self._form.question_ids()
            if ids:
                last = self._form.editor(ids[-1])
                if hasattr(last, "view"):
                    last = last.view
        QWidget.setTabOrder(last, ui.notesEdit)
        QWidget.setTabOrder(ui.notesEdit, ui.newFindingEdit)

    @property
    def form(self) -> HearingForm | None:
        return self._form

    def select_hearing(self, hearing_id: int) -> bool:
        self.ui.tabs.setCurrentIndex(HEARINGS_TAB)
        self.ui.hearingFilter.clear()
        return self.select_id(self.ui.hearingsView, hearing_id)

    def add_hearing(self) -> HearingRow | None:
        muni = self.ui.newMunicipalityCombo.currentData()
        if muni is None:
            return None
        dept = self.ui.newDepartmentCombo.currentData()
        name = self.ui.newMunicipalityCombo.currentText()
        done, row = self.try_edit(
            self.tr("Add hearing of {name}").format(name=name),
            hs.add_hearing_op(muni, department_id=dept),
        )
        if done:
            self.select_hearing(row.id)
            self.ui.dateEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        return row if done else None

    def plan_all(self) -> list[HearingRow]:
        """A planned hearing for every municipality without one (one undo step)."""
        missing = [m.id for m in self._municipalities_without_hearing()]
        if not missing:
            return []
        done, rows = self.try_edit(
            self.tr("Plan %n hearing(s)", "", len(missing)), hs.plan_hearings_op(missing)
        )
        return list(rows) if done else []

    def delete_hearing(self) -> None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return
        self.try_edit(
            self.tr("Delete hearing of {name}").format(name=hearing_title(row)),
            hs.set_hearing_deleted_op(row.id, True),
        )

    # -- hearing fields -------------------------------------------------------------------

    def _update_field(self, text: str, field: str, value: Any, old: Any) -> bool:
        row = self._hearing(self._hearing_id)
        if row is None or value == old:
            return True
        ident = row.id
        done, _ = self.try_edit(
            text.format(name=hearing_title(row)), hs.update_hearing_op(ident, **{field: value})
        )
        if not done:
            self._show_hearing(ident)  # back to what is stored
        return done

    def _save_date(self) -> None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return
        day = self.ui.dateEdit.date()
        value = None if day == NO_DATE else day.toPython()
        self._update_field(self.tr("Change date of {name}"), "date", value, row.date)

    def _save_status(self) -> None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return
        value = HearingStatus(self.ui.statusCombo.currentData())
        self._update_field(self.tr("Change status of {name}"), "status", value, row.status)

    def _save_interviewer(self) -> None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return
        value = self.ui.interviewerCombo.currentData()
        self._update_field(
            self.tr("Change interviewer of {name}"), "interviewer_id", value, row.interviewer_id
        )

    def _save_attendees(self) -> None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return
        value = " ".join(self.ui.attendeesEdit.text().split())
        self._update_field(self.tr("Change attendees of {name}"), "attendees", value, row.attendees)

    def _save_notes(self) -> None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return
        value = self.ui.notesEdit.toPlainText().strip()
        self._update_field(self.tr("Change notes of {name}"), "notes", value, row.notes)

    def _save_answer(self, question_id: int, value: Any) -> bool:
        row = self._hearing(self._hearing_id)
        if row is None:
            return False
        question = next(
            (q for s in self._sections for q in s.questions if q.id == question_id), None
        )
        done, _ = self.try_edit(
            self.tr("Answer “{question}”").format(question=question.short_text if question else ""),
            hs.set_answer_op(row.id, question_id, value),
        )
        return done

    # -- findings ---------------------------------------------------------------------------

    def add_finding(self) -> None:
        row = self._hearing(self._hearing_id)
        text = self.ui.newFindingEdit.text()
        if row is None or not text.strip():
            return
        done, _ = self.try_edit(self.tr("Add finding"), hs.add_finding_op(row.id, text))
        if done:
            self.ui.newFindingEdit.clear()
            self.ui.findingsView.scrollToBottom()

    def _edit_finding(self, finding_id: int, field: str, value: str) -> bool:
        if not any(f.id == finding_id for f in self.finding_model.rows()):
            return False
        done, _ = self.try_edit(self.tr("Edit finding"), hs.update_finding_op(finding_id, value))
        return done

    def delete_finding(self) -> None:
        ident = self._selected_id(self.ui.findingsView)
        if ident is None:
            return
        self.try_edit(self.tr("Delete finding"), hs.set_finding_deleted_op(ident, True))

    def move_finding(self, step: int) -> None:
        ident = self._selected_id(self.ui.findingsView)
        row = self._hearing(self._hearing_id)
        if ident is None or row is None:
            return
        ws = self.controller.workshop
        before = hs.finding_order(ws, row.id)
        live = [f.id for f in self.finding_model.rows()]
        after = _moved(before, live, ident, step)
        if after == before:
            return
        done, _ = self.try_edit(self.tr("Move finding"), hs.reorder_findings_op(row.id, after))
        if done:
            self.select_id(self.ui.findingsView, ident)

    # -- conversions ------------------------------------------------------------------------

    def make_issues(self) -> hs.IssueConversion | None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return None
        if self._form is not None:
            self._form.flush()
        done, result = self.try_edit(
            self.tr("Make candidate issues from {name}").format(name=hearing_title(row)),
            hs.convert_to_issues_op(row.id),
        )
        if done:
            self.show_message(
                self.tr("%n candidate issue(s) made", "", len(result.created))
                + (
                    "　" + self.tr("(%n already there)", "", result.skipped)
                    if result.skipped
                    else ""
                ),
                error=False,
            )
            return result  # type: ignore[no-any-return]
        return None

    def register_trainees(self) -> hs.PeopleConversion | None:
        row = self._hearing(self._hearing_id)
        if row is None:
            return None
        if self._form is not None:
            self._form.flush()
        done, result = self.try_edit(
            self.tr("Register trainees of {name}").format(name=hearing_title(row)),
            hs.convert_trainees_op(row.id),
        )
        if done:
            text = self.tr("%n person(s) added", "", len(result.created_people))
            if result.matched:
                text += "　" + self.tr("(%n already registered)", "", result.matched)
            if result.warnings:
                text += "\n" + note_lines(result.warnings)
            self.show_message(text, error=bool(result.warnings))
            return result  # type: ignore[no-any-return]
        return None

    # -- the hearing sheet ----------------------------------------------------------------------

    def _sheet_folder(self) -> Path:
        last = str(self.prefs.get("files/last_folder") or "")
        if last and Path(last).is_dir():
            return Path(last)
        return self.controller.workshop.path.parent

    def export_sheet(self, *, blank: bool, path: Path | None = None) -> Path | None:
        """Write the sheet of the current hearing's municipality (asks where, unless given)."""
        from dxworkshop.reports.hearing_sheet_docx import (
            hearing_sheet_file_name,
            write_hearing_sheet,
        )

        row = self._hearing(self._hearing_id)
        if row is None:
            return None
        if self._form is not None:
            self._form.flush()
        ws = self.controller.workshop
        try:
            data = sheet.sheet_data(ws, row.municipality_id, blank=blank, hearing_id=row.id)
        except ServiceError as exc:
            self.show_message(self.error_text(exc))
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Hearing Sheet"),
                str(self._sheet_folder() / hearing_sheet_file_name(data)),
                self.tr("Word documents (*.docx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_suffix(".docx")
        try:
            write_hearing_sheet(data, path)
        except OSError as exc:
            self.show_message(
                self.tr("Could not write {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or str(exc)
                )
            )
            return None
        self.prefs.set("files/last_folder", str(path.parent))
        self.show_message(self.tr("Wrote {file}").format(file=path.name), error=False)
        return path

    def import_sheet(self, path: Path | None = None) -> HearingSheetDialog | None:
        """Read a returned sheet into the current hearing, after a preview of the changes."""
        row = self._hearing(self._hearing_id)
        if row is None:
            return None
        if self._form is not None:
            self._form.flush()
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import Returned Hearing Sheet"),
                str(self._sheet_folder()),
                self.tr("Word documents (*.docx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            plan = sheet.plan_sheet_import(self.controller.workshop, path, hearing_id=row.id)
        except ServiceError as exc:
            self.show_message(self.error_text(exc))
            return None
        self.prefs.set("files/last_folder", str(path.parent))
        if self._dialog is not None:
            self._dialog.reject()
        dialog = HearingSheetDialog(plan, self.apply_sheet, self)
        self._dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: HearingSheetDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def apply_sheet(self, plan: SheetImport) -> bool:
        done, result = self.try_edit(
            self.tr("Import sheet of {name}").format(name=plan.municipality_name),
            sheet.apply_sheet_import_op(plan),
        )
        if done:
            self.show_message(
                self.tr("%n answer(s) imported from {file}", "", len(plan.answer_changes)).format(
                    file=plan.path.name
                ),
                error=False,
            )
            self.select_hearing(result.hearing_id)
        return done

    # -- comparison ----------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self._form is not None:
            self._form.flush()

    def _load_comparison(self) -> None:
        comparison = hs.comparison(self.controller.workshop)
        self.comparison_model.set_rows(comparison)
        view = self.ui.comparisonView
        header = view.horizontalHeader()
        self._fit_comparison_columns()
        self._draw_chart(comparison)
        # The table as tall as its rows (up to half the space), the chart below it.
        splitter = self.ui.comparisonSplitter
        total = max(splitter.height(), 560)
        lines = max(
            (
                str(self.comparison_model.headerData(c, Qt.Orientation.Horizontal)).count("\n")
                for c in range(self.comparison_model.columnCount())
            ),
            default=0,
        )
        wanted = (
            max(header.sizeHint().height(), (lines + 1) * view.fontMetrics().lineSpacing() + 10)
            + self.comparison_model.rowCount() * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + 4
        )
        columns = self.comparison_model.columnCount() - ComparisonModel.FIXED
        if columns * header.minimumSectionSize() + 200 > view.viewport().width():
            wanted += view.horizontalScrollBar().sizeHint().height()
        table = min(wanted, total // 2)
        splitter.setSizes([table, total - table])

    def _fit_comparison_columns(self) -> None:
        """Each column as wide as its heading and cells; the room left shared by the scales."""
        view = self.ui.comparisonView
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        header.resizeSection(
            ComparisonModel.MUNICIPALITY, header.sectionSize(ComparisonModel.MUNICIPALITY) + 12
        )
        count = self.comparison_model.columnCount()
        scales = list(range(ComparisonModel.FIXED, count))
        if not scales:
            return
        used = sum(header.sectionSize(c) for c in range(count))
        room = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        slack = room - used
        if slack > 0:
            for column in scales:
                header.resizeSection(column, header.sectionSize(column) + slack // len(scales))

    def _draw_chart(self, comparison: hs.Comparison) -> None:
        """The comparison's chart under the table, painted natively (no matplotlib)."""
        texts = ChartTexts(
            step_title=self.tr("DX procedure step"),
            priority_title=self.tr("Progress of the priority measures"),
            no_answer=self.tr("No answer"),
            no_data=self.tr("No answers to compare yet"),
        )
        if self._canvas is None:
            self._canvas = HearingProgressChart(self.ui.chartHost)
            self.ui.chartLayout.addWidget(self._canvas)
        # one wide chart under the table: lettering as large as the table's (the home
        # page's three small charts use 1.2)
        scale = 1.4 * float(self.prefs.get("ui/font_scale") or 1.0)
        self._canvas.set_data(comparison, texts=texts, text_scale=scale)

    @property
    def chart_canvas(self) -> HearingProgressChart | None:
        """The comparison's chart once drawn (the same widget from then on)."""
        return self._canvas

    def _comparison_double_clicked(self, index: Any) -> None:
        source = self.comparison_proxy.mapToSource(index)
        row = self.comparison_model.row_at(source.row())
        if row.hearing_id is not None:
            self.select_hearing(row.hearing_id)

    # -- template -------------------------------------------------------------------------------

    def _load_template(self) -> None:
        include = self.ui.showRetiredCheck.isChecked()
        sections = hs.template(self.controller.workshop, include_retired=True)
        if not include:
            sections = [
                SectionRow(
                    s.id,
                    s.title,
                    s.position,
                    s.retired,
                    tuple(q for q in s.questions if not q.retired),
                )
                for s in sections
                if not s.retired
            ]
        self._template_rows = sections
        current = self._selected_id(self.ui.sectionsView)
        self.section_model.set_rows(sections)
        found = current is not None and self.select_id(self.ui.sectionsView, current)
        if not found and self.section_model.rowCount():
            self.ui.sectionsView.selectRow(0)
        self._section_chosen()

    def _current_section(self) -> SectionRow | None:
        ident = self._selected_id(self.ui.sectionsView)
        return next((s for s in self._template_rows if s.id == ident), None)

    def _current_question(self) -> hs.QuestionRow | None:
        ident = self._selected_id(self.ui.questionsView)
        return next((q for q in self.question_model.rows() if q.id == ident), None)

    def _section_chosen(self) -> None:
        section = self._current_section()
        current = self._selected_id(self.ui.questionsView)
        rows = list(section.questions) if section is not None else []
        self.question_model.set_rows(rows)
        found = current is not None and self.select_id(self.ui.questionsView, current)
        if not found and self.question_model.rowCount():
            self.ui.questionsView.selectRow(0)
        self.ui.questionsOf.setText(
            self.tr("Questions of “{section}”").format(section=section.title)
            if section is not None
            else self.tr("Choose a section")
        )
        self._update_buttons()

    def add_section(self) -> None:
        title = self.ui.newSectionEdit.text()
        done, row = self.try_edit(
            self.tr("Add section {title}").format(title=title.strip()), hs.add_section_op(title)
        )
        if done:
            self.ui.newSectionEdit.clear()
            self.select_id(self.ui.sectionsView, row.id)
            self.ui.newQuestionEdit.setFocus()

    def _edit_section(self, section_id: int, field: str, value: str) -> bool:
        section = next((s for s in self._template_rows if s.id == section_id), None)
        if section is None:
            return False
        done, _ = self.try_edit(
            self.tr("Rename section {title}").format(title=section.title),
            hs.rename_section_op(section_id, value),
        )
        return done

    def move_section(self, step: int) -> None:
        section = self._current_section()
        if section is None:
            return
        ws = self.controller.workshop
        before = hs.section_order(ws)
        shown = [s.id for s in self._template_rows]
        after = _moved(before, shown, section.id, step)
        if after == before:
            return
        self.try_edit(
            self.tr("Move section {title}").format(title=section.title),
            hs.reorder_sections_op(after),
        )

    def toggle_section_retired(self) -> None:
        section = self._current_section()
        if section is None:
            return
        retire = not section.retired
        text = (
            self.tr("Retire section {title}") if retire else self.tr("Restore section {title}")
        ).format(title=section.title)
        self.try_edit(text, hs.set_section_retired_op(section.id, retire))

    def add_question(self) -> hs.QuestionRow | None:
        section = self._current_section()
        text = self.ui.newQuestionEdit.text()
        if section is None:
            return None
        kind = QuestionKind(self.ui.newQuestionKind.currentData())
        choices = parse_choices(self.ui.newQuestionChoices.text())
        done, row = self.try_edit(
            self.tr("Add question"), hs.add_question_op(section.id, text, kind, choices)
        )
        if done:
            self.ui.newQuestionEdit.clear()
            self.ui.newQuestionChoices.clear()
            self.select_id(self.ui.questionsView, row.id)
            self.ui.newQuestionEdit.setFocus()
            return row  # type: ignore[no-any-return]
        return None

    def _edit_question(self, question_id: int, field: str, value: str) -> bool:
        question = next((q for q in self.question_model.rows() if q.id == question_id), None)
        if question is None:
            return False
        if field == "choices":
            op = hs.update_question_op(question_id, choices=parse_choices(value))
        elif field == "kind":
            op = hs.update_question_op(question_id, kind=value)
        else:
            op = hs.update_question_op(question_id, text=value)
        done, _ = self.try_edit(
            self.tr("Edit question “{question}”").format(question=question.short_text), op
        )
        return done

    def move_question(self, step: int) -> None:
        section = self._current_section()
        question = self._current_question()
        if section is None or question is None:
            return
        ws = self.controller.workshop
        before = hs.question_order(ws, section.id)
        shown = [q.id for q in self.question_model.rows()]
        after = _moved(before, shown, question.id, step)
        if after == before:
            return
        done, _ = self.try_edit(
            self.tr("Move question"), hs.reorder_questions_op(section.id, after)
        )
        if done:
            self.select_id(self.ui.questionsView, question.id)

    def toggle_question_retired(self) -> None:
        question = self._current_question()
        if question is None:
            return
        retire = not question.retired
        text = (
            self.tr("Retire question “{question}”")
            if retire
            else self.tr("Restore question “{question}”")
        ).format(question=question.short_text)
        self.try_edit(text, hs.set_question_retired_op(question.id, retire))


def _moved(order: list[int], shown: list[int], ident: int, step: int) -> list[int]:
    """*order* with *ident* swapped with its neighbour among the *shown* ids."""
    if ident not in shown:
        return order
    at = shown.index(ident)
    other_at = at + step
    if not 0 <= other_at < len(shown):
        return order
    other = shown[other_at]
    result = list(order)
    i, j = result.index(ident), result.index(other)
    result[i], result[j] = result[j], result[i]
    return result


def sheet_refused_text(exc: SheetRefused) -> str:
    """Why a returned sheet cannot be imported, in the user's language."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("HearingPage", text)

    texts = {
        "unreadable": QCoreApplication.translate(
            "HearingPage", "“{file}” is not a Word document that can be read."
        ),
        "not_a_sheet": QCoreApplication.translate(
            "HearingPage",
            "“{file}” is not a hearing sheet made by dxworkshop (its identification is missing).",
        ),
        "other_form": QCoreApplication.translate(
            "HearingPage", "“{file}” is another kind of form, not a hearing sheet."
        ),
        "other_programme": QCoreApplication.translate(
            "HearingPage",
            "“{file}” is a hearing sheet of another programme ({detail}); it cannot be "
            "imported here.",
        ),
        "other_municipality": QCoreApplication.translate(
            "HearingPage",
            "“{file}” is the hearing sheet of {detail}, not of this hearing's municipality. "
            "Choose the hearing of {detail} first.",
        ),
        "unknown_municipality": QCoreApplication.translate(
            "HearingPage",
            "“{file}” is the hearing sheet of {detail}, which is no longer in the programme.",
        ),
        "layout": QCoreApplication.translate(
            "HearingPage",
            "“{file}” has been changed too much to be read safely (answer rows or tables were "
            "deleted, copied or merged). Nothing was imported.",
        ),
        "template_changed": QCoreApplication.translate(
            "HearingPage",
            "The question “{detail}” has changed since “{file}” was made. Export a new sheet "
            "for the municipality. Nothing was imported.",
        ),
        "contradicts": QCoreApplication.translate(
            "HearingPage",
            "“{file}” contradicts itself: its identification and what its pages show disagree "
            "({detail}). It may have been edited to pass for another municipality's sheet; "
            "export a new sheet. Nothing was imported.",
        ),
        "too_big": _too_big_text(exc.detail),
    }
    template = texts.get(exc.reason, "{file}: {message}")
    return template.format(file=exc.path.name, detail=exc.detail, message=exc.message)


def _too_big_text(part: str) -> str:
    """A sheet beyond the zip guard's limits (or the memory there is)."""
    from PySide6.QtCore import QCoreApplication

    if part:
        return QCoreApplication.translate(
            "HearingPage",
            "“{file}” is far larger than any returned sheet (its part {detail} is beyond the "
            "limits), so it is not read. Nothing was imported.",
        )
    return QCoreApplication.translate(
        "HearingPage",
        "There is not enough memory to read “{file}”; a returned sheet needs far less. "
        "Nothing was imported.",
    )
