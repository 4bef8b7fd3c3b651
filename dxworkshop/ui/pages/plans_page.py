"""Improvement plans (改善計画): each trainee's plan in A3 order, brushed up version by version.

The trainee list is on the left; the plan of the chosen trainee on the right: the A3
editor (autosaved field by field, each edit one undo step), the version selector (older
versions are frozen and shown read only), "Start new version…" asking the reason inline,
the comparison of any two versions, and the feedback the plan received, where a version
is linked to the comment that prompted it. Every edit is a ``services.plans`` operation
run through ``controller.run``; a refused edit is shown in the page's message line (and
the status bar), never in a popup.
"""

from __future__ import annotations

import datetime as dt
import logging
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from dxworkshop.domain import limits
from dxworkshop.domain.enums import Ecrs
from dxworkshop.domain.workload import annual_hours, hours_saved
from dxworkshop.services import catalogues, plans
from dxworkshop.services import feedback as fb
from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.services.plans import PlanDetail, PlanSummary, VersionDetail
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.feedback_labels import reviewer_role_label
from dxworkshop.ui.fields import set_editable
from dxworkshop.ui.forms.ui_plans_page import Ui_PlansPage
from dxworkshop.ui.issue_editor import BadNumber, parse_number
from dxworkshop.ui.issue_labels import hours_text, number_text
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.messages import service_error_text
from dxworkshop.ui.models.people_models import ID_ROLE, TableFilterProxy
from dxworkshop.ui.models.plan_models import PlanFeedbackModel, PlanListModel, StepTableModel
from dxworkshop.ui.pages.base import Page, fit_columns
from dxworkshop.ui.plan_compare import comparison_html
from dxworkshop.ui.plan_delegates import DueDateDelegate
from dxworkshop.ui.plan_labels import plan_field_label, version_label
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.styles import HINT_STYLE

log = logging.getLogger(__name__)

A3_TAB, COMPARE_TAB, FEEDBACK_TAB = range(3)
FROZEN_STYLE = (
    "QLabel#frozenBanner { background: #eff6ff; color: #1e3a8a; border: 1px solid #bfdbfe;"
    " border-radius: 6px; padding: 6px 10px; }"
)
BAR_STYLE = "QFrame#newVersionBar { background: #fffbeb; border: 1px solid #fde68a; }"
INVALID_STYLE = "QLineEdit { border: 1px solid #dc2626; background: #fef2f2; }"
GROUP_STYLE = (
    "QGroupBox { font-weight: bold; border: 1px solid #d1d5db; border-radius: 6px;"
    " margin-top: 10px; padding-top: 6px; }"
    "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f2937; }"
)
ECRS_BOXES = (
    (Ecrs.ELIMINATE, "eliminateCheck"),
    (Ecrs.COMBINE, "combineCheck"),
    (Ecrs.REARRANGE, "rearrangeCheck"),
    (Ecrs.SIMPLIFY, "simplifyCheck"),
)
#: A3 text fields → the widget that edits each.
TEXT_FIELDS = (
    ("target_process", "targetEdit"),
    ("current_state", "currentEdit"),
    ("problems", "problemsEdit"),
    ("root_cause", "rootCauseEdit"),
    ("solution", "solutionEdit"),
    ("goal", "goalEdit"),
    ("kpi", "kpiEdit"),
    ("risks", "risksEdit"),
    ("support_needed", "supportEdit"),
)
NUMBER_FIELDS = (
    ("after_cases_per_year", "afterCasesEdit"),
    ("after_minutes_per_case", "afterMinutesEdit"),
    ("after_people", "afterPeopleEdit"),
)


#: The kinds of edits the plan list follows row by row (the rest reads the list again).
ROW_KINDS = frozenset({Kind.PLAN, Kind.THEME, Kind.FEEDBACK, Kind.SCORE, Kind.VOTE})


class PlansPage(Page):
    kinds = frozenset(
        {
            Kind.PLAN,
            Kind.FEEDBACK,
            Kind.PERSON,
            Kind.ISSUE,
            Kind.CLUSTER,
            Kind.SCORE,
            Kind.VOTE,
            Kind.THEME,
            Kind.CATALOGUE,
            Kind.PROGRAMME,
            Kind.MUNICIPALITY,
            Kind.DEPARTMENT,
        }
    )

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_PlansPage()
        self.ui.setupUi(self)
        self._rows: list[PlanSummary] = []
        self._list_fitted = False
        self._trainee_id: int | None = None
        self._plan: PlanDetail | None = None
        self._version: VersionDetail | None = None
        self._wanted_version: int | None = None  # None: the latest
        self._catalogue: tuple[str, ...] = ()
        self._filling = False
        self._leaving = False
        self._compare_plan: tuple[int, ...] = ()  # plan and versions the combos list

        self.plan_model = PlanListModel()
        self.plan_proxy = TableFilterProxy()
        self.plan_proxy.setSourceModel(self.plan_model)
        self.ui.planList.setModel(self.plan_proxy)
        self.ui.planList.sortByColumn(PlanListModel.NAME, Qt.SortOrder.AscendingOrder)
        self.step_model = StepTableModel()
        self.ui.stepsView.setModel(self.step_model)
        self.ui.stepsView.setItemDelegateForColumn(
            StepTableModel.DUE, DueDateDelegate(self.ui.stepsView)
        )
        self.feedback_model = PlanFeedbackModel()
        self.feedback_proxy = TableFilterProxy()
        self.feedback_proxy.setSourceModel(self.feedback_model)
        self.ui.feedbackView.setModel(self.feedback_proxy)
        self.ui.feedbackView.setSortingEnabled(True)
        self.ui.feedbackView.sortByColumn(PlanFeedbackModel.ROUND, Qt.SortOrder.AscendingOrder)
        self._set_up()
        self._connect()
        self._show_trainee()

    # -- construction -------------------------------------------------------------------------

    def _text_widget(self, name: str) -> QLineEdit | QPlainTextEdit:
        widget = getattr(self.ui, name)
        assert isinstance(widget, QLineEdit | QPlainTextEdit)
        return widget

    def _number_widget(self, name: str) -> QLineEdit:
        widget = getattr(self.ui, name)
        assert isinstance(widget, QLineEdit)
        return widget

    def _set_up(self) -> None:
        ui = self.ui
        ui.messageLabel.hide()
        ui.newVersionBar.hide()
        ui.newVersionBar.setStyleSheet(BAR_STYLE)
        ui.frozenBanner.setStyleSheet(FROZEN_STYLE)
        ui.frozenBanner.hide()
        title = ui.planTitle.font()
        title.setPointSizeF(title.pointSizeF() * 1.3)
        title.setBold(True)
        ui.planTitle.setFont(title)
        bold = ui.listTitle.font()
        bold.setBold(True)
        ui.listTitle.setFont(bold)
        for hint in (ui.planSubtitle, ui.emptyHint, ui.listCounts, ui.feedbackHint):
            hint.setStyleSheet(HINT_STYLE)
        ui.workloadLabel.setStyleSheet("color: #374151;")
        hours = QFont(ui.hoursLabel.font())
        hours.setBold(True)
        ui.hoursLabel.setFont(hours)
        ui.hoursLabel.setStyleSheet("color: #1d4ed8;")
        ui.a3Host.setStyleSheet(GROUP_STYLE)
        line = self.fontMetrics().lineSpacing()
        for field, name in TEXT_FIELDS:
            widget = self._text_widget(name)
            if isinstance(widget, QPlainTextEdit):
                rows = 3 if field in ("root_cause", "goal") else 4
                widget.setFixedHeight(line * rows + 14)
                widget.installEventFilter(self)
        ui.dxList.setWrapping(True)
        ui.dxList.setFrameShape(QFrame.Shape.NoFrame)
        ui.dxList.viewport().setAutoFillBackground(False)
        ui.dxList.installEventFilter(self)
        ui.stepsView.setWordWrap(True)
        ui.feedbackDetail.setStyleSheet(
            "QLabel#feedbackDetail { background: #f9fafb; border: 1px solid #e5e7eb;"
            " border-radius: 6px; padding: 8px; }"
        )
        ui.feedbackDetail.hide()
        ui.stepsView.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        row_height = max(28, self.fontMetrics().height() + 12)
        for view in (ui.planList, ui.stepsView, ui.feedbackView):
            view.verticalHeader().setDefaultSectionSize(row_height)
            view.horizontalHeader().setHighlightSections(False)
        header = ui.planList.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PlanListModel.THEME, QHeaderView.ResizeMode.Stretch)
        header = ui.stepsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(StepTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StepTableModel.WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StepTableModel.DUE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(StepTableModel.WHO, 110)
        header.resizeSection(StepTableModel.DUE, 120)
        ui.stepsView.setMinimumHeight(row_height * 5 + 4)
        header = ui.feedbackView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanFeedbackModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([360, 880])
        ui.compareView.document().setDefaultStyleSheet("body { line-height: 140%; }")

    def _connect(self) -> None:
        ui = self.ui
        ui.planFilter.textChanged.connect(self.plan_proxy.set_text)
        ui.planList.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._trainee_chosen()
        )
        ui.createPlanButton.clicked.connect(self.create_plan)
        ui.versionCombo.activated.connect(lambda _i: self._version_chosen())
        ui.newVersionButton.clicked.connect(self.ask_new_version)
        ui.startVersionButton.clicked.connect(lambda: self.start_version())
        ui.reasonEdit.returnPressed.connect(lambda: self.start_version())
        ui.cancelVersionButton.clicked.connect(self.cancel_new_version)
        for field, name in TEXT_FIELDS:
            widget = self._text_widget(name)
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(
                    lambda f=field, w=widget: self._save_text(f, w.text())
                )
        for field, name in NUMBER_FIELDS:
            edit = self._number_widget(name)
            edit.textChanged.connect(self._update_hours)
            edit.editingFinished.connect(lambda f=field, e=edit: self._save_number(f, e))
        for _value, name in ECRS_BOXES:
            box = getattr(ui, name)
            assert isinstance(box, QCheckBox)
            box.clicked.connect(lambda _on: self._save_ecrs())
        ui.dxList.itemChanged.connect(lambda _item: self._save_dx_means())
        self.step_model.set_editor(self._edit_step)
        ui.stepsView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.addStepButton.clicked.connect(self.add_step)
        ui.deleteStepButton.clicked.connect(self.delete_step)
        ui.stepUpButton.clicked.connect(lambda: self.move_step(-1))
        ui.stepDownButton.clicked.connect(lambda: self.move_step(1))
        ui.planTabs.currentChanged.connect(self._tab_changed)
        ui.compareOldCombo.activated.connect(lambda _i: self._load_comparison())
        ui.compareNewCombo.activated.connect(lambda _i: self._load_comparison())
        ui.changedOnlyCheck.toggled.connect(lambda _on: self._load_comparison())
        ui.feedbackView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.linkButton.clicked.connect(self.link_feedback)
        ui.unlinkButton.clicked.connect(self.unlink_feedback)

    # -- Page ----------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        ws = self.controller.workshop
        if changes.touches(Kind.CATALOGUE, Kind.PROGRAMME):
            self._catalogue = catalogues.get_dx_means(ws)
        trainees = self._rows_changed_by(changes)
        if trainees is None:
            self._rows = plans.list_plans(ws)
            self.plan_model.set_rows(self._rows)
            if not self._list_fitted and self._rows:
                self._list_fitted = True
                fit_columns(self.ui.planList, stretch=[PlanListModel.THEME])
        elif trainees:
            rows = plans.plan_summaries(ws, trainees)
            removed = trainees - {r.trainee_id for r in rows}
            by_id = {r.trainee_id: r for r in rows}
            kept = [by_id.pop(r.trainee_id, r) for r in self._rows if r.trainee_id not in removed]
            self._rows = kept + list(by_id.values())
            self.plan_model.update_rows(rows, removed)
        if not self.ui.planList.currentIndex().isValid() and self.plan_proxy.rowCount():
            self.ui.planList.selectRow(0)
        self._update_counts()
        self._show_trainee()

    def _rows_changed_by(self, changes: Changes) -> set[int] | None:
        """The trainees whose rows in the plan list *changes* alter (none: a feedback or
        practice edit shows only in the trainee's details), or None when the list is read
        again (a first read, people, issues or settings changed, ids not known)."""
        if not self._rows or not changes.kinds <= ROW_KINDS:
            return None
        plan_ids, theme_trainees = changes.ids(Kind.PLAN), changes.ids(Kind.THEME)
        if (changes.touches(Kind.PLAN) and plan_ids is None) or (
            changes.touches(Kind.THEME) and theme_trainees is None
        ):
            return None
        trainees = set(theme_trainees or ())
        trainees |= plans.trainees_of_plans(self.controller.workshop, plan_ids or ())
        return trainees

    def find(self) -> None:
        self.ui.planFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.planFilter.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.dxList and event.type() == QEvent.Type.Resize:
            self._fit_dx_list()
        elif event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            for field, name in TEXT_FIELDS:
                if getattr(self.ui, name) is watched:
                    self._save_plain(field, watched)
                    break
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # -- messages ------------------------------------------------------------------------------

    def error_text(self, exc: ServiceError) -> str:
        if isinstance(exc, ValidationError):
            texts = {
                "frozen": self.tr(
                    "This version is frozen: only the newest version of a plan can be edited."
                ),
                "no_theme": self.tr(
                    "The trainee has no improvement theme yet. Choose one on the "
                    "prioritisation page first."
                ),
                "not_received": self.tr(
                    "That feedback has not come in yet, so no change can answer it."
                ),
                "not_newer": self.tr(
                    "Link the comment to a version made after the one it was given on."
                ),
                "in_use": self.tr("Feedback refers to this version, so it stays."),
                "only_version": self.tr("A plan keeps its first version."),
            }
            if exc.code == "duplicate" and exc.field == "plan":
                return self.tr("The trainee already has a plan for this theme.")
            if exc.code == "empty" and exc.field == "reason":
                return self.tr("Say why a new version is started (e.g. which feedback).")
            if exc.code in texts:
                return texts[exc.code]
            if exc.field in dict(TEXT_FIELDS) or exc.field in dict(NUMBER_FIELDS):
                label = plan_field_label(exc.field)
                sane = limits.BY_FIELD.get(exc.field)
                if exc.code == "out_of_range" and sane is not None:
                    return self.tr("{field} must be a number between {range}.").format(
                        field=label, range=sane.describe()
                    )
                return self.tr("{field}: {message}").format(field=label, message=exc.message)
        return service_error_text(exc)

    # -- the trainee list ----------------------------------------------------------------------

    def _update_counts(self) -> None:
        with_plan = sum(1 for r in self._rows if r.plan_id is not None)
        with_theme = sum(1 for r in self._rows if r.issue_id is not None)
        self.ui.listCounts.setText(
            self.tr("{plans} of {themes} themes have a plan").format(
                plans=with_plan, themes=with_theme
            )
        )

    def _selected_trainee(self) -> int | None:
        current = self.ui.planList.currentIndex()
        if not current.isValid():
            return None
        value = current.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_trainee(self, trainee_id: int) -> bool:
        self.ui.planFilter.clear()
        proxy = self.plan_proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == trainee_id:
                self.ui.planList.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.planList.scrollTo(index)
                return True
        return False

    def _summary(self, trainee_id: int | None) -> PlanSummary | None:
        return next((r for r in self._rows if r.trainee_id == trainee_id), None)

    def _trainee_chosen(self) -> None:
        if self._leaving:
            return
        ident = self._selected_trainee()
        if ident == self._trainee_id:
            return
        self._leaving = True
        try:
            self.flush()  # what is typed belongs to the plan being left
        finally:
            self._leaving = False
        self._wanted_version = None
        self.cancel_new_version()
        self._show_trainee()

    # -- showing a plan ------------------------------------------------------------------------

    @property
    def plan(self) -> PlanDetail | None:
        return self._plan

    @property
    def version(self) -> VersionDetail | None:
        return self._version

    def _show_trainee(self) -> None:
        ui = self.ui
        ident = self._selected_trainee()
        previous_version = self._version.id if self._version is not None else None
        self._trainee_id = ident
        summary = self._summary(ident)
        plan = plans.plan_of_trainee(self.controller.workshop, ident) if ident is not None else None
        self._plan = plan
        if summary is None or plan is None:
            self._version = None
            ui.detailStack.setCurrentWidget(ui.emptyPage)
            if summary is None:
                text = self.tr("Choose a trainee on the left.")
            elif summary.issue_id is None:
                text = self.tr(
                    "{name} has not chosen an improvement theme yet. Themes are chosen on the "
                    "prioritisation page."
                ).format(name=summary.name)
            else:
                text = self.tr(
                    "{name}'s theme is “{theme}”. Create Plan starts the improvement plan from "
                    "it, with the target process and current state filled in."
                ).format(name=summary.name, theme=summary.issue_title)
            ui.emptyHint.setText(text)
            self._update_buttons()
            return
        ui.detailStack.setCurrentWidget(ui.planPage)
        ids = [v.id for v in plan.versions]
        shown = self._wanted_version if self._wanted_version in ids else plan.latest.id
        self._version = (
            plan.latest
            if shown == plan.latest.id
            else plans.get_version(self.controller.workshop, shown)
        )
        same = previous_version == self._version.id
        self._fill_header()
        self._fill_fields(same)
        self._fill_steps()
        self._fill_feedback()
        versions = (plan.id, *(v.id for v in plan.versions))
        self._fill_compare_combos(keep=self._compare_plan == versions)
        self._compare_plan = versions
        if ui.planTabs.currentIndex() == COMPARE_TAB:
            self._load_comparison()
        self._update_buttons()

    def _fill_header(self) -> None:
        ui, plan, version = self.ui, self._plan, self._version
        assert plan is not None and version is not None
        ui.planTitle.setText(f"{plan.trainee_name}　{plan.issue_title}")
        parts = [p for p in (plan.municipality_name,) if p]
        made = date_label(version.created_at.astimezone().date())
        parts.append(
            self.tr("{version} of {date}").format(version=version_label(version.number), date=made)
        )
        if version.reason:
            parts.append(self.tr("Why: {reason}").format(reason=version.reason))
        if not plan.is_current_theme:
            parts.append(self.tr("(a plan for an earlier theme)"))
        ui.planSubtitle.setText("　·　".join(parts))
        combo = ui.versionCombo
        combo.blockSignals(True)
        combo.clear()
        for info in reversed(plan.versions):
            label = version_label(info.number)
            label += self.tr(" (current)") if info.latest else self.tr(" (frozen)")
            combo.addItem(label, info.id)
        combo.setCurrentIndex(max(0, combo.findData(version.id)))
        combo.blockSignals(False)
        if version.editable:
            ui.frozenBanner.hide()
        else:
            ui.frozenBanner.setText(
                self.tr(
                    "{version} is frozen and shown read only. {latest} is the one being worked on."
                ).format(
                    version=version_label(version.number),
                    latest=version_label(plan.latest.number),
                )
            )
            ui.frozenBanner.show()
        workload = plan.before
        if workload.hours is None:
            ui.workloadLabel.setText(self.tr("Workload now: not known (see the issue card)."))
        else:
            ui.workloadLabel.setText(
                self.tr(
                    "Workload now: {cases} cases/yr × {minutes} min × {people} people = {hours}"
                ).format(
                    cases=_grouped(workload.cases_per_year),
                    minutes=_grouped(workload.minutes_per_case),
                    people=_grouped(workload.people),
                    hours=hours_text(workload.hours),
                )
            )

    def _fill_fields(self, same: bool) -> None:
        version = self._version
        assert version is not None
        editable = version.editable
        self._filling = True
        try:
            for field, name in TEXT_FIELDS:
                widget = self._text_widget(name)
                value = getattr(version, field)
                set_editable(widget, editable)
                if isinstance(widget, QLineEdit):
                    if same and widget.isModified():
                        continue  # typed but not saved yet: the user's text stays
                    if widget.text() != value:
                        widget.setText(value)
                        widget.setCursorPosition(0)
                    widget.setModified(False)
                else:
                    document = widget.document()
                    if same and document.isModified():
                        continue
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                    document.setModified(False)
            for field, name in NUMBER_FIELDS:
                edit = self._number_widget(name)
                edit.setReadOnly(not editable)
                if same and edit.isModified():
                    continue
                text = number_text(getattr(version, field))
                if edit.text() != text:
                    edit.setText(text)
                edit.setModified(False)
                edit.setStyleSheet("")
            for value, name in ECRS_BOXES:
                box = getattr(self.ui, name)
                box.setChecked(value.value in version.ecrs)
                box.setEnabled(editable)
            self._fill_dx_list()
        finally:
            self._filling = False
        self._update_hours()

    def _fill_dx_list(self) -> None:
        version = self._version
        assert version is not None
        chosen = version.dx_means
        entries = list(self._catalogue) + [d for d in chosen if d not in self._catalogue]
        box = self.ui.dxList
        box.blockSignals(True)
        box.clear()
        flags = Qt.ItemFlag.ItemIsEnabled
        if version.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        width = 0
        for entry in entries:
            item = QListWidgetItem(entry, box)
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if entry in chosen else Qt.CheckState.Unchecked
            )
            width = max(width, box.fontMetrics().horizontalAdvance(entry))
        box.setGridSize(QSize(width + 40, self.fontMetrics().height() + 10))
        box.blockSignals(False)
        self._fit_dx_list()

    def _fit_dx_list(self) -> None:
        """As tall as its wrapped rows: every DX means visible, no scroll bar."""
        box = self.ui.dxList
        cell = box.gridSize()
        if box.count() == 0 or cell.width() <= 0:
            box.setFixedHeight(cell.height() + 4)
            return
        per_row = max(1, box.viewport().width() // cell.width())
        rows = -(-box.count() // per_row)
        height = rows * cell.height() + 2 * box.frameWidth() + 8
        if box.height() != height:
            box.setFixedHeight(height)

    def _fill_steps(self) -> None:
        version = self._version
        assert version is not None
        self.step_model.set_rows(version.steps)
        self.step_model.set_editor(self._edit_step if version.editable else None)
        self.ui.stepsView.resizeRowsToContents()

    def _fill_feedback(self) -> None:
        plan = self._plan
        assert plan is not None
        rows = fb.list_feedback(self.controller.workshop, plan_id=plan.id)
        self.feedback_model.set_rows(rows)
        count = len(rows)
        self.ui.planTabs.setTabText(
            FEEDBACK_TAB,
            self.tr("Feedback Responses ({count})").format(count=count)
            if count
            else self.tr("Feedback Responses"),
        )

    def _version_chosen(self) -> None:
        self.flush()
        ident = self.ui.versionCombo.currentData()
        plan = self._plan
        if plan is None or ident is None:
            return
        self._wanted_version = None if ident == plan.latest.id else int(ident)
        self.cancel_new_version()
        self._show_trainee()

    def show_version(self, version_id: int) -> None:
        """Show *version_id* of the current plan (an older one read only)."""
        index = self.ui.versionCombo.findData(version_id)
        if index >= 0:
            self.ui.versionCombo.setCurrentIndex(index)
            self._version_chosen()

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        summary = self._summary(self._trainee_id)
        ui.createPlanButton.setEnabled(
            summary is not None and summary.issue_id is not None and summary.plan_id is None
        )
        version = self._version
        editable = version is not None and version.editable
        ui.newVersionButton.setEnabled(editable)
        current = ui.stepsView.currentIndex()
        count = self.step_model.rowCount()
        ui.addStepButton.setEnabled(editable)
        ui.deleteStepButton.setEnabled(editable and current.isValid())
        ui.stepUpButton.setEnabled(editable and current.isValid() and current.row() > 0)
        ui.stepDownButton.setEnabled(editable and current.isValid() and current.row() < count - 1)
        chosen = self._selected_feedback()
        ui.linkButton.setEnabled(
            version is not None
            and chosen is not None
            and version.number > chosen.version_number
            and chosen.addressed_in_version_id != version.id
        )
        if version is not None:
            ui.linkButton.setText(
                self.tr("Link to {version}").format(version=version_label(version.number))
            )
        ui.unlinkButton.setEnabled(
            chosen is not None and chosen.addressed_in_version_id is not None
        )
        self._show_feedback_detail(chosen)

    def _show_feedback_detail(self, row: fb.FeedbackRow | None) -> None:
        label = self.ui.feedbackDetail
        if row is None:
            label.hide()
            return
        parts = [
            f"<b>{escape(row.reviewer_name)}</b>（{escape(reviewer_role_label(row.role))}）"
            f"　{escape(version_label(row.version_number))}"
        ]
        for title, text in (
            (self.tr("Good points"), row.good_points),
            (self.tr("Points to improve"), row.improvements),
            (self.tr("Support offered"), row.support),
            (self.tr("Trainee's response"), row.response),
        ):
            if text:
                parts.append(f"<b>{escape(title)}:</b> " + escape(text).replace("\n", "<br>"))
        label.setText("<br>".join(parts))
        label.show()

    # -- hours ------------------------------------------------------------------------------

    def _update_hours(self) -> None:
        plan = self._plan
        if plan is None:
            return
        values: list[float | None] = []
        valid = True
        for _field, name in NUMBER_FIELDS:
            try:
                values.append(parse_number(self._number_widget(name).text()))
            except BadNumber:
                valid = False
                values.append(None)
        before = plan.before.hours
        after = annual_hours(*values) if valid else None
        saved = hours_saved(before, after)
        if after is None:
            text = self.tr("Now {before}. Enter all three numbers to see the hours saved.").format(
                before=hours_text(before)
            )
        elif saved is None:
            text = self.tr("After the change {after} (the workload now is not known).").format(
                after=hours_text(after)
            )
        else:
            text = self.tr("Now {before} → after {after}: saves {saved}").format(
                before=hours_text(before), after=hours_text(after), saved=hours_text(saved)
            )
        self.ui.hoursLabel.setText(text)

    @property
    def hours_shown(self) -> str:
        return self.ui.hoursLabel.text()

    # -- saving fields (autosave) --------------------------------------------------------------

    def flush(self) -> None:
        """Save whatever is typed but not saved yet (on leaving a plan, a version or the page)."""
        version = self._version
        if version is None or not version.editable or self.controller.workshop.closed:
            return
        for field, name in TEXT_FIELDS:
            widget = self._text_widget(name)
            if isinstance(widget, QLineEdit):
                if widget.isModified():
                    self._save_text(field, widget.text())
            else:
                self._save_plain(field, widget)
        for field, name in NUMBER_FIELDS:
            edit = self._number_widget(name)
            if edit.isModified():
                self._save_number(field, edit)

    def _save_plain(self, field: str, widget: QPlainTextEdit) -> None:
        if widget.document().isModified():
            self._save_text(field, widget.toPlainText())

    def _update_version(self, field: str, value: Any) -> bool:
        version, plan = self._version, self._plan
        if version is None or plan is None or self._filling or not version.editable:
            return False
        old = getattr(version, field)
        if value == old:
            return True
        done, _ = self.try_edit(
            self.tr("Edit {field} of {name}'s plan").format(
                field=plan_field_label(field), name=plan.trainee_name
            ),
            plans.update_version_op(version.id, field, value),
        )
        if not done:
            self._show_trainee()  # back to what is stored
        return done

    def _save_text(self, field: str, text: str) -> bool:
        widget = self._text_widget(dict(TEXT_FIELDS)[field])
        done = self._update_version(field, plans.plain_text(text))
        if isinstance(widget, QLineEdit):
            widget.setModified(False)
        else:
            widget.document().setModified(False)
        return done

    def _save_number(self, field: str, edit: QLineEdit) -> bool:
        if not edit.isModified() or self._filling:
            return True
        try:
            value = parse_number(edit.text())
        except BadNumber:
            edit.setStyleSheet(INVALID_STYLE)
            self.show_message(
                self.tr("{field}: “{text}” is not a number.").format(
                    field=plan_field_label(field), text=edit.text()
                )
            )
            return False
        edit.setStyleSheet("")
        edit.setModified(False)
        return self._update_version(field, value)

    def _save_ecrs(self) -> bool:
        values = tuple(
            value.value for value, name in ECRS_BOXES if getattr(self.ui, name).isChecked()
        )
        return self._update_version("ecrs", values)

    def _save_dx_means(self) -> bool:
        if self._filling:
            return False
        box = self.ui.dxList
        values = tuple(
            box.item(i).text()
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        )
        return self._update_version("dx_means", values)

    # -- creating a plan -----------------------------------------------------------------------

    def create_plan(self) -> PlanDetail | None:
        summary = self._summary(self._trainee_id)
        if summary is None:
            return None
        done, plan = self.try_edit(
            self.tr("Create plan of {name}").format(name=summary.name),
            plans.create_plan_op(summary.trainee_id),
        )
        if done:
            self.ui.planTabs.setCurrentIndex(A3_TAB)
            self.ui.problemsEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        return plan if done else None

    # -- versions ------------------------------------------------------------------------------

    def ask_new_version(self) -> None:
        """Ask the reason inline; Start Version makes it."""
        if self._version is None or not self._version.editable:
            return
        self.flush()
        self.ui.newVersionBar.show()
        self.ui.reasonEdit.clear()
        self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_new_version(self) -> None:
        self.ui.newVersionBar.hide()
        self.ui.reasonEdit.clear()

    def start_version(self, reason: str | None = None) -> VersionDetail | None:
        plan = self._plan
        if plan is None:
            return None
        self.flush()
        text = self.ui.reasonEdit.text() if reason is None else reason
        number = plan.latest.number + 1
        done, made = self.try_edit(
            self.tr("Start {version} of {name}'s plan").format(
                version=version_label(number), name=plan.trainee_name
            ),
            plans.start_new_version_op(plan.id, text),
        )
        if done:
            self.cancel_new_version()
            self._wanted_version = None
            self._show_trainee()
            self.show_message(
                self.tr("{version} started; {previous} is frozen.").format(
                    version=version_label(number), previous=version_label(number - 1)
                ),
                error=False,
            )
        return made if done else None

    # -- steps ---------------------------------------------------------------------------------

    def _current_step(self) -> plans.StepRow | None:
        current = self.ui.stepsView.currentIndex()
        if not current.isValid():
            return None
        row: plans.StepRow = self.step_model.row_at(current.row())
        return row

    def _select_step(self, step_id: int, column: int = StepTableModel.WHAT) -> None:
        row = self.step_model.row_of_id(step_id)
        if row is not None:
            self.ui.stepsView.setCurrentIndex(self.step_model.index(row, column))

    def add_step(self) -> plans.StepRow | None:
        version = self._version
        if version is None or not version.editable:
            return None
        current = self._current_step()
        position = current.position + 1 if current is not None else None
        done, row = self.try_edit(
            self.tr("Add step"), plans.add_step_op(version.id, position=position)
        )
        if done:
            self._select_step(row.id)
            self.ui.stepsView.edit(self.ui.stepsView.currentIndex())
        return row if done else None

    def delete_step(self) -> None:
        step = self._current_step()
        if step is None:
            return
        self.try_edit(
            self.tr("Delete step “{what}”").format(what=step.what or "—"),
            plans.delete_step_op(step.id),
        )

    def move_step(self, delta: int) -> None:
        step = self._current_step()
        version = self._version
        if step is None or version is None:
            return
        target = step.position + delta
        if not 0 <= target < len(version.steps):
            return
        done, _ = self.try_edit(
            self.tr("Move step"), plans.move_step_op(version.id, step.id, target)
        )
        if done:
            self._select_step(step.id)

    def _edit_step(self, step_id: int, field: str, text: str) -> bool:
        row = next((s for s in self.step_model.rows() if s.id == step_id), None)
        if row is None:
            return False
        value: Any = text
        if field == "due":
            try:
                value = dt.date.fromisoformat(text) if text else None
            except ValueError:
                self.show_message(self.tr("“{text}” is not a date.").format(text=text))
                return False
        done, _ = self.try_edit(
            self.tr("Edit step: {field}").format(field=plan_field_label(field)),
            plans.update_step_op(step_id, field, value),
        )
        return done

    # -- comparison ----------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        self.flush()
        if index == COMPARE_TAB:
            self._load_comparison()

    def _fill_compare_combos(self, keep: bool = False) -> None:
        plan = self._plan
        if plan is None:
            return
        ui = self.ui
        old_id = ui.compareOldCombo.currentData() if keep else None
        new_id = ui.compareNewCombo.currentData() if keep else None
        ids = [v.id for v in plan.versions]
        if old_id not in ids or new_id not in ids:
            new_id = plan.latest.id
            old_id = ids[-2] if len(ids) > 1 else ids[-1]
        for combo, chosen in ((ui.compareOldCombo, old_id), (ui.compareNewCombo, new_id)):
            combo.blockSignals(True)
            combo.clear()
            for info in plan.versions:
                combo.addItem(version_label(info.number), info.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def compare(self, old_id: int, new_id: int) -> None:
        """Show the comparison of two versions of the current plan."""
        ui = self.ui
        ui.compareOldCombo.setCurrentIndex(max(0, ui.compareOldCombo.findData(old_id)))
        ui.compareNewCombo.setCurrentIndex(max(0, ui.compareNewCombo.findData(new_id)))
        ui.planTabs.setCurrentIndex(COMPARE_TAB)
        self._load_comparison()

    def _load_comparison(self) -> None:
        ui = self.ui
        old_id, new_id = ui.compareOldCombo.currentData(), ui.compareNewCombo.currentData()
        if self._plan is None or old_id is None or new_id is None:
            ui.compareView.clear()
            return
        try:
            comparison = plans.compare_versions(self.controller.workshop, old_id, new_id)
        except ServiceError as exc:
            self.show_message(self.error_text(exc))
            return
        scroll = ui.compareView.verticalScrollBar().value()
        ui.compareView.setHtml(
            comparison_html(comparison, changed_only=ui.changedOnlyCheck.isChecked())
        )
        ui.compareView.verticalScrollBar().setValue(scroll)
        changed = len(comparison.diff.changed_fields)
        ui.compareSummary.setText(
            self.tr("%n field(s) changed", "", changed) if changed else self.tr("No changes")
        )

    @property
    def comparison_text(self) -> str:
        return self.ui.compareView.toPlainText()

    # -- linking feedback ----------------------------------------------------------------------

    def _selected_feedback(self) -> fb.FeedbackRow | None:
        current = self.ui.feedbackView.currentIndex()
        if not current.isValid():
            return None
        ident = current.siblingAtColumn(0).data(ID_ROLE)
        return next((r for r in self.feedback_model.rows() if r.id == ident), None)

    def select_feedback(self, feedback_id: int) -> bool:
        proxy = self.feedback_proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == feedback_id:
                self.ui.feedbackView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def link_feedback(self) -> bool:
        chosen, version = self._selected_feedback(), self._version
        if chosen is None or version is None:
            return False
        done, _ = self.try_edit(
            self.tr("Link {version} to {name}'s comment").format(
                version=version_label(version.number), name=chosen.reviewer_name
            ),
            plans.link_feedback_op(chosen.id, version.id),
        )
        if done:
            self.select_feedback(chosen.id)
        return done

    def unlink_feedback(self) -> bool:
        chosen = self._selected_feedback()
        if chosen is None:
            return False
        done, _ = self.try_edit(
            self.tr("Remove the link of {name}'s comment").format(name=chosen.reviewer_name),
            plans.unlink_feedback_op(chosen.id),
        )
        return done


def _grouped(value: float | None) -> str:
    """A workload number with thousands separators: 3,600; 2.5."""
    if value is None:
        return "—"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,g}"
