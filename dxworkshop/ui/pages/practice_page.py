"""Workplace practice (職場実践): the cohort at a glance, and per trainee their action items,
check-ins, measurements and outcome — every edit through the undo stack.

The page shows refused edits inline (and in the window's status bar) and keeps the input.
``show_record(trainee_id)`` opens a trainee's practice (next actions land here). While the
page is hidden a refresh only marks it stale; it reloads when shown again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QTableView,
    QWidget,
)

from dxworkshop.services import practice as svc
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.services.practice import CohortRow, TraineePractice
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.forms.ui_practice_page import Ui_PracticePage
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.models.people_models import ID_ROLE
from dxworkshop.ui.models.practice_models import (
    ActionItemModel,
    CheckInModel,
    CohortFilterProxy,
    CohortModel,
    MeasurementModel,
    hours_text,
)
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.practice_delegates import ProgressBarDelegate
from dxworkshop.ui.preferences import Preferences

log = logging.getLogger(__name__)

COHORT_TAB, TRAINEE_TAB = range(2)


class PracticePage(Page):
    kinds = frozenset(
        {
            Kind.PRACTICE,
            Kind.PLAN,
            Kind.PERSON,
            Kind.MUNICIPALITY,
            Kind.DEPARTMENT,
            Kind.SESSION,
            Kind.ISSUE,
            Kind.CLUSTER,
        }
    )

    def __init__(
        self,
        controller: WorkshopController,
        prefs: Preferences,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_PracticePage()
        self.ui.setupUi(self)
        self._today = today
        self._cohort: list[CohortRow] = []
        self._trainee_id: int | None = None
        self.practice: TraineePractice | None = None

        self.cohort_model = CohortModel()
        self.cohort_proxy = CohortFilterProxy()
        self.cohort_proxy.setSourceModel(self.cohort_model)
        self.ui.cohortView.setModel(self.cohort_proxy)
        self.ui.cohortView.sortByColumn(CohortModel.NAME, Qt.SortOrder.AscendingOrder)
        self.items_model = ActionItemModel()
        self.items_model.set_typed_editor(self._edit_item)
        self.ui.itemsView.setModel(self.items_model)
        self.check_in_model = CheckInModel()
        self.check_in_model.set_typed_editor(self._edit_check_in)
        self.ui.checkInsView.setModel(self.check_in_model)
        self.measurement_model = MeasurementModel()
        self.measurement_model.set_typed_editor(self._edit_measurement)
        self.ui.measurementsView.setModel(self.measurement_model)
        for view in (
            self.ui.cohortView,
            self.ui.itemsView,
            self.ui.checkInsView,
            self.ui.measurementsView,
        ):
            view.setItemDelegate(ProgressBarDelegate(view))
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)

        self._layout_columns()
        self.ui.detailSplitter.setStretchFactor(0, 3)
        self.ui.detailSplitter.setStretchFactor(1, 2)
        self._split = False  # the splitters are shared out once the page has its size
        self.ui.messageLabel.hide()
        self.ui.noPlanLabel.setStyleSheet("color: #b45309;")
        self.ui.expectedLabel.setWordWrap(True)
        self.ui.expectedLabel.setStyleSheet("color: #6b7280;")

        completer = QCompleter(self.ui.traineeCombo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ui.traineeCombo.setCompleter(completer)

        self._delete_actions: dict[QTableView, QAction] = {}
        for view, slot in (
            (self.ui.itemsView, self.delete_selected_items),
            (self.ui.checkInsView, self.delete_selected_check_ins),
            (self.ui.measurementsView, self.delete_selected_measurements),
        ):
            action = QAction(self.tr("Delete"), view)
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
            self._delete_actions[view] = action
        for edit in (self.ui.effectsEdit, self.ui.spreadEdit):
            edit.installEventFilter(self)
        self._connect()
        self._update_buttons()

    # -- construction --------------------------------------------------------------------------

    def _layout_columns(self) -> None:
        def modes(view: QTableView, stretch: int, fixed: dict[int, int]) -> None:
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            for column, width in fixed.items():
                header.resizeSection(column, width)

        C = CohortModel
        modes(
            self.ui.cohortView,
            C.THEME,
            {
                C.NAME: 112,
                C.MUNICIPALITY: 84,
                C.PROGRESS: 124,
                C.ITEMS: 72,
                C.LAST_CHECK_IN: 140,
                C.BLOCKED: 56,
                C.MEASURED: 84,
                C.EXPECTED: 84,
            },
        )
        A = ActionItemModel
        modes(
            self.ui.itemsView,
            A.TITLE,
            {A.OWNER: 88, A.DUE: 104, A.STATUS: 60, A.PROGRESS: 96},
        )
        K = CheckInModel
        modes(self.ui.checkInsView, K.NOTE, {K.DATE: 104, K.PROGRESS: 90})
        header = self.ui.checkInsView.horizontalHeader()
        for column in (K.OBSTACLES, K.SUPPORT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        M = MeasurementModel
        modes(
            self.ui.measurementsView,
            M.METRIC,
            {M.BASELINE: 52, M.TARGET: 52, M.ACTUAL: 52, M.DATE: 72, M.ACHIEVED: 60},
        )
        # Titles and reports are sentences: wrapped over a few lines rather than cut off.
        for view in (self.ui.itemsView, self.ui.checkInsView, self.ui.measurementsView):
            view.setWordWrap(True)
            view.horizontalHeader().sectionResized.connect(
                lambda *_a, v=view: v.resizeRowsToContents()
            )

    def _connect(self) -> None:
        ui = self.ui
        ui.cohortFilter.textChanged.connect(self._filter_cohort)
        ui.municipalityFilter.currentIndexChanged.connect(self._filter_cohort)
        ui.attentionCheck.toggled.connect(self._filter_cohort)
        ui.cohortView.doubleClicked.connect(self._cohort_double_clicked)
        ui.traineeCombo.activated.connect(self._trainee_chosen)
        completer = ui.traineeCombo.completer()
        if completer is not None:
            completer.activated.connect(self._completer_chosen)
        ui.previousButton.clicked.connect(lambda: self.step_trainee(-1))
        ui.nextButton.clicked.connect(lambda: self.step_trainee(1))
        ui.openPlansButton.clicked.connect(self._open_plans)
        ui.createFromStepsButton.clicked.connect(self.create_items_from_steps)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.deleteItemButton.clicked.connect(self.delete_selected_items)
        ui.addCheckInButton.clicked.connect(self.add_check_in)
        ui.deleteCheckInButton.clicked.connect(self.delete_selected_check_ins)
        ui.addMeasurementButton.clicked.connect(self.add_measurement)
        ui.deleteMeasurementButton.clicked.connect(self.delete_selected_measurements)
        ui.hoursSpin.editingFinished.connect(self._hours_edited)
        for view in (ui.itemsView, ui.checkInsView, ui.measurementsView):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.cohort_proxy.modelReset.connect(self._update_cohort_count)
        self.cohort_proxy.layoutChanged.connect(self._update_cohort_count)
        self.cohort_proxy.rowsInserted.connect(self._update_cohort_count)
        self.cohort_proxy.rowsRemoved.connect(self._update_cohort_count)

    # -- Page ----------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """Read the cohort and the trainee shown again (the main window calls this for the
        page in sight, and when the page is shown again)."""
        self.reload()

    def reload(self) -> None:
        """Read the cohort and the trainee shown."""
        today = self._today()
        self._cohort = svc.cohort(self.controller.workshop, today)
        self.cohort_model.set_rows(self._cohort)
        self._fill_municipality_filter()
        self._fill_trainee_combo()
        self._update_summary()
        ids = {r.trainee_id for r in self._cohort}
        if self._trainee_id not in ids:
            self._trainee_id = self._cohort[0].trainee_id if self._cohort else None
        self._load_trainee()
        self._update_cohort_count()

    def show_record(self, record_id: int) -> None:
        """Open the practice of the trainee *record_id* (a person id)."""
        self.ui.tabs.setCurrentIndex(TRAINEE_TAB)
        self.select_trainee(record_id)

    def find(self) -> None:
        if self.ui.tabs.currentIndex() == COHORT_TAB:
            self.ui.cohortFilter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.cohortFilter.selectAll()
        else:
            self.ui.traineeCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.traineeCombo.lineEdit().selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.ui.effectsEdit,
            self.ui.spreadEdit,
        ):
            self._texts_edited()
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._split:
            self._split = True
            width = max(self.ui.detailSplitter.width(), 900)
            self.ui.detailSplitter.setSizes([width * 3 // 5, width * 2 // 5])
            height = max(self.ui.leftSplitter.height(), 500)
            self.ui.leftSplitter.setSizes([height // 2, height // 2])
            self.ui.rightSplitter.setSizes([height * 2 // 5, height * 3 // 5])

    def hideEvent(self, event: Any) -> None:
        self._texts_edited()  # typing is kept when the page is left
        super().hideEvent(event)

    # -- messages ------------------------------------------------------------------------------

    # -- cohort --------------------------------------------------------------------------------

    def _fill_municipality_filter(self) -> None:
        combo = self.ui.municipalityFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All municipalities"), None)
        seen: dict[int, str] = {}
        for row in self._cohort:
            if row.municipality_id is not None:
                seen.setdefault(row.municipality_id, row.municipality)
        for ident, name in seen.items():
            combo.addItem(name, ident)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        if index < 0 and current is not None:
            self._filter_cohort()

    def _filter_cohort(self) -> None:
        self.cohort_proxy.set_text(self.ui.cohortFilter.text())
        self.cohort_proxy.set_municipality(self.ui.municipalityFilter.currentData())
        self.cohort_proxy.set_attention_only(self.ui.attentionCheck.isChecked())
        self._update_cohort_count()

    def _update_cohort_count(self) -> None:
        shown, total = self.cohort_proxy.rowCount(), len(self._cohort)
        self.ui.cohortCount.setText(
            self.tr("Trainees: {count}").format(count=total)
            if shown == total
            else self.tr("Showing {shown} of {total}").format(shown=shown, total=total)
        )

    def _update_summary(self) -> None:
        if not self._cohort:
            self.ui.summaryLabel.setText(self.tr("No trainees yet."))
            return
        summary = svc.cohort_summary(self._cohort)
        average = round(summary.average_progress or 0)
        blocked, quiet, reported = summary.blocked, summary.quiet, summary.reported
        measured, expected = summary.measured_hours, summary.expected_hours
        alarm = "color:#b91c1c;"
        parts = [
            self.tr("<b>{count}</b> plans in practice").format(count=summary.plans),
            self.tr("average progress <b>{percent}%</b>").format(percent=average),
            f'<span style="{alarm if blocked else ""}">'
            + self.tr("<b>%n</b> blocked item(s)", "", blocked)
            + "</span>",
            f'<span style="{alarm if quiet else ""}">'
            + self.tr("<b>%n</b> without a check-in for two weeks", "", quiet)
            + "</span>",
            self.tr(
                "hours saved <b>{measured}</b> measured ({reported} reported) "
                "of {expected} expected per year"
            ).format(
                measured=hours_text(measured),
                reported=reported,
                expected=hours_text(expected),
            ),
        ]
        self.ui.summaryLabel.setText("　·　".join(parts))

    def _cohort_double_clicked(self, index: Any) -> None:
        trainee = index.data(ID_ROLE)
        if trainee is not None:
            self.show_record(int(trainee))

    # -- trainee -------------------------------------------------------------------------------

    def _fill_trainee_combo(self) -> None:
        combo = self.ui.traineeCombo
        combo.blockSignals(True)
        combo.clear()
        for row in self._cohort:
            label = f"{row.name}（{row.municipality}）" if row.municipality else row.name
            combo.addItem(label, row.trainee_id)
        index = combo.findData(self._trainee_id)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def select_trainee(self, trainee_id: int) -> bool:
        """Show *trainee_id*'s practice; False if they are not a trainee shown here."""
        if trainee_id not in {r.trainee_id for r in self._cohort}:
            return False
        self._texts_edited()
        self._trainee_id = trainee_id
        combo = self.ui.traineeCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(trainee_id))
        combo.blockSignals(False)
        self._load_trainee()
        return True

    @property
    def trainee_id(self) -> int | None:
        return self._trainee_id

    def step_trainee(self, step: int) -> None:
        """The previous/next trainee in the cohort table's order (as sorted and filtered)."""
        proxy = self.cohort_proxy
        order = [proxy.trainee_at(r) for r in range(proxy.rowCount())]
        order = [t for t in order if t is not None] or [r.trainee_id for r in self._cohort]
        if not order:
            return
        if self._trainee_id in order:
            position = (order.index(self._trainee_id) + step) % len(order)
        else:
            position = 0
        self.select_trainee(order[position])

    def _trainee_chosen(self, index: int) -> None:
        trainee = self.ui.traineeCombo.itemData(index)
        if trainee is not None:
            self.select_trainee(int(trainee))

    def _completer_chosen(self, text: str) -> None:
        index = self.ui.traineeCombo.findText(text)
        if index >= 0:
            self._trainee_chosen(index)

    def _load_trainee(self) -> None:
        ws = self.controller.workshop
        ident = self._trainee_id
        self.practice = svc.trainee_practice(ws, ident) if ident is not None else None
        p = self.practice
        today = self._today()
        self.items_model.set_rows(
            p.items if p else (), today=today, owner_choices=p.owner_choices if p else ()
        )
        self.ui.itemsView.resizeRowsToContents()
        self.check_in_model.set_rows(p.check_ins if p else ())
        self.ui.checkInsView.resizeRowsToContents()
        self.measurement_model.set_rows(p.measurements if p else ())
        self.ui.measurementsView.resizeRowsToContents()
        planless = p is not None and p.plan_id is None
        self.ui.noPlanLabel.setVisible(planless)
        self.ui.openPlansButton.setVisible(planless)
        self.ui.detailSplitter.setEnabled(p is not None and p.plan_id is not None)
        self._show_trainee_summary()
        self._show_outcome()
        self._update_buttons()

    def _show_trainee_summary(self) -> None:
        p = self.practice
        if p is None:
            self.ui.traineeSummary.setText("")
            return
        if p.plan_id is None:
            self.ui.traineeSummary.setText("")
            return
        parts = [self.tr("Theme: <b>{theme}</b>").format(theme=p.theme)]
        if p.version is not None:
            parts.append(self.tr("plan version {number}").format(number=p.version))
        if p.progress is not None:
            parts.append(self.tr("progress <b>{percent}%</b>").format(percent=p.progress))
        if p.check_ins:
            parts.append(
                self.tr("last check-in {date}").format(date=date_label(p.check_ins[0].date))
            )
        self.ui.traineeSummary.setText("　·　".join(parts))
        done = sum(1 for i in p.items if i.status.value == "done")
        self.ui.itemsCount.setText(
            self.tr("{done} of {total} done").format(done=done, total=len(p.items))
            if p.items
            else ""
        )
        self.ui.checkInsCount.setText(
            self.tr("%n check-in(s)", "", len(p.check_ins)) if p.check_ins else ""
        )

    def _show_outcome(self) -> None:
        p = self.practice
        outcome = p.outcome if p else None
        spin = self.ui.hoursSpin
        spin.blockSignals(True)
        hours = outcome.hours_saved_per_year if outcome else None
        spin.setValue(spin.minimum() if hours is None else hours)
        spin.blockSignals(False)
        for edit, text in (
            (self.ui.effectsEdit, outcome.effects if outcome else ""),
            (self.ui.spreadEdit, outcome.spread_potential if outcome else ""),
        ):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        expected = p.expected_hours if p else None
        self.ui.expectedLabel.setText(
            self.tr("expected by the plan: {hours} h/year").format(hours=hours_text(expected))
            if expected is not None
            else ""
        )

    def _update_buttons(self) -> None:
        p = self.practice
        has_plan = p is not None and p.plan_id is not None
        ui = self.ui
        ui.createFromStepsButton.setEnabled(has_plan and bool(p and p.new_steps))
        ui.createFromStepsButton.setToolTip(
            self.tr("Create %n action item(s) from the plan's steps", "", p.new_steps)
            if p and p.new_steps
            else self.tr("Every step of the plan already has an action item")
        )
        for button in (ui.addItemButton, ui.addCheckInButton, ui.addMeasurementButton):
            button.setEnabled(has_plan)
        for view, button in (
            (ui.itemsView, ui.deleteItemButton),
            (ui.checkInsView, ui.deleteCheckInButton),
            (ui.measurementsView, ui.deleteMeasurementButton),
        ):
            selected = bool(self._selected_ids(view))
            button.setEnabled(has_plan and selected)
            self._delete_actions[view].setEnabled(has_plan and selected)
        count = len(self._cohort)
        ui.previousButton.setEnabled(count > 1)
        ui.nextButton.setEnabled(count > 1)

    def _selected_ids(self, view: QTableView) -> list[int]:
        model = view.selectionModel()
        if model is None:
            return []
        return sorted({int(i.data(ID_ROLE)) for i in model.selectedRows()})

    def _select_row(self, view: QTableView, ident: int, column: int | None = None) -> None:
        model = view.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        row = source.row_of_id(ident)
        if row is None:
            return
        index = source.index(row, column or 0)
        if isinstance(model, QSortFilterProxyModel):
            index = model.mapFromSource(index)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        if (
            column is not None
            and view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        ):
            view.edit(index)

    def _plan_id(self) -> int | None:
        return self.practice.plan_id if self.practice else None

    def _open_plans(self) -> None:
        navigate = getattr(self.window(), "navigate_to", None)
        if callable(navigate):
            navigate("plans", None)

    # -- action items --------------------------------------------------------------------------

    def create_items_from_steps(self) -> list[int]:
        plan_id = self._plan_id()
        if plan_id is None or not (self.practice and self.practice.new_steps):
            return []
        done, rows = self.try_edit(
            self.tr("Create action items from the plan"), svc.create_items_from_steps_op(plan_id)
        )
        return [r.id for r in rows] if done else []

    def add_item(self) -> int | None:
        plan_id = self._plan_id()
        if plan_id is None or self.practice is None:
            return None
        op = svc.add_action_item_op(
            plan_id, self.tr("New action item"), owner_id=self.practice.trainee_id
        )
        done, row = self.try_edit(self.tr("Add action item"), op)
        if not done:
            return None
        self._select_row(self.ui.itemsView, row.id, ActionItemModel.TITLE)
        return int(row.id)

    def _edit_item(self, item_id: int, field: str, value: Any) -> bool:
        op = svc.update_action_item_op(item_id, **{field: value})
        done, _ = self.try_edit(self.tr("Edit action item"), op)
        return done

    def delete_selected_items(self) -> None:
        ids = self._selected_ids(self.ui.itemsView)
        if not ids:
            return
        self.try_edit(
            self.tr("Delete %n action item(s)", "", len(ids)), svc.delete_action_items_op(ids)
        )

    # -- check-ins -----------------------------------------------------------------------------

    def add_check_in(self) -> int | None:
        p = self.practice
        plan_id = self._plan_id()
        if plan_id is None or p is None:
            return None
        op = svc.add_check_in_op(plan_id, self._today(), p.progress or 0)
        done, row = self.try_edit(self.tr("Add check-in"), op)
        if not done:
            return None
        self._select_row(self.ui.checkInsView, row.id, CheckInModel.NOTE)
        return int(row.id)

    def _edit_check_in(self, check_in_id: int, field: str, value: Any) -> bool:
        op = svc.update_check_in_op(check_in_id, **{field: value})
        done, _ = self.try_edit(self.tr("Edit check-in"), op)
        return done

    def delete_selected_check_ins(self) -> None:
        ids = self._selected_ids(self.ui.checkInsView)
        if not ids:
            return
        self.try_edit(self.tr("Delete %n check-in(s)", "", len(ids)), svc.delete_check_ins_op(ids))

    # -- measurements --------------------------------------------------------------------------

    def add_measurement(self) -> int | None:
        p = self.practice
        plan_id = self._plan_id()
        if plan_id is None or p is None:
            return None
        op = svc.add_next_measurement_op(plan_id, self.tr("KPI"), date=self._today())
        done, row = self.try_edit(self.tr("Add measurement"), op)
        if not done:
            return None
        # the metric carried over: the figure is what is typed next
        column = MeasurementModel.ACTUAL if p.measurements else MeasurementModel.METRIC
        self._select_row(self.ui.measurementsView, row.id, column)
        return int(row.id)

    def _edit_measurement(self, measurement_id: int, field: str, value: Any) -> bool:
        op = svc.update_measurement_op(measurement_id, **{field: value})
        done, _ = self.try_edit(self.tr("Edit measurement"), op)
        return done

    def delete_selected_measurements(self) -> None:
        ids = self._selected_ids(self.ui.measurementsView)
        if not ids:
            return
        self.try_edit(
            self.tr("Delete %n measurement(s)", "", len(ids)), svc.delete_measurements_op(ids)
        )

    # -- outcome -------------------------------------------------------------------------------

    def set_outcome(self, **changes: Any) -> bool:
        """Record parts of the outcome (hours_saved_per_year, effects, spread_potential)."""
        plan_id = self._plan_id()
        if plan_id is None:
            return False
        done, _ = self.try_edit(self.tr("Edit outcome"), svc.set_outcome_op(plan_id, **changes))
        return done

    def _hours_edited(self) -> None:
        p = self.practice
        if p is None or p.plan_id is None:
            return
        spin = self.ui.hoursSpin
        value = None if spin.value() == spin.minimum() else float(spin.value())
        current = p.outcome.hours_saved_per_year if p.outcome else None
        if value != current:
            self.set_outcome(hours_saved_per_year=value)

    def _texts_edited(self) -> None:
        p = self.practice
        if p is None or p.plan_id is None or self.controller.workshop.closed:
            return
        changes = {}
        effects = self.ui.effectsEdit.toPlainText().strip()
        spread = self.ui.spreadEdit.toPlainText().strip()
        if effects != (p.outcome.effects if p.outcome else ""):
            changes["effects"] = effects
        if spread != (p.outcome.spread_potential if p.outcome else ""):
            changes["spread_potential"] = spread
        if changes:
            self.set_outcome(**changes)
