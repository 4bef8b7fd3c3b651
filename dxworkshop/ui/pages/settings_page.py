"""Programme settings (研修設定): the programme, its sessions, criteria and matrix axes,
the rubric, and the issue-category and DX-means lists — every edit undoable."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from dxworkshop.domain.dates import fiscal_year_label
from dxworkshop.domain.enums import Phase
from dxworkshop.services import catalogues as cat
from dxworkshop.services import criteria as crit
from dxworkshop.services import programme as prog
from dxworkshop.services.catalogues import Catalogue
from dxworkshop.services.criteria import CriterionRow, RubricItemRow, ValuesOutsideScale
from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.services.municipalities import national_list
from dxworkshop.services.ops import Changes, Kind, Operation
from dxworkshop.services.programme import ProgrammeInfo, SessionRow
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.fields import NO_DATE, NO_YEAR, fiscal_years, optional_date
from dxworkshop.ui.forms.ui_settings_page import Ui_ProgrammeSettingsPage
from dxworkshop.ui.labels import is_japanese
from dxworkshop.ui.messages import field_label, service_error_text
from dxworkshop.ui.models.settings_models import (
    CHOICES_ROLE,
    CatalogueListModel,
    CriteriaTableModel,
    RubricTableModel,
    SessionTableModel,
)
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.styles import HINT_STYLE

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


# --- cell editors -------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the cell's CHOICES_ROLE; a choice is saved as soon as it is made."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == current:
                editor.setCurrentIndex(i)
                return

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor


class NumberDelegate(QStyledItemDelegate):
    """A spin box limited to what the services accept, so most mistakes cannot be typed."""

    def __init__(self, low: float, high: float, decimals: int, parent: QObject) -> None:
        super().__init__(parent)
        self._low, self._high, self._decimals = low, high, decimals

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if self._decimals:
            spin: QSpinBox | QDoubleSpinBox = QDoubleSpinBox(parent)
            spin.setDecimals(self._decimals)
            spin.setRange(self._low, self._high)
            spin.setSingleStep(0.5)
        else:
            spin = QSpinBox(parent)
            spin.setRange(int(self._low), int(self._high))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin


# --- the page --------------------------------------------------------------------------


class ProgrammeSettingsPage(Page):
    kinds = frozenset(
        {
            Kind.PROGRAMME,
            Kind.SESSION,
            Kind.CRITERION,
            Kind.RUBRIC,
            Kind.CATALOGUE,
            # only for the "used by" counts of the catalogues, read when shown
            Kind.ISSUE,
            Kind.CLUSTER,
            Kind.PLAN,
        }
    )

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_ProgrammeSettingsPage()
        self.ui.setupUi(self)
        self._info: ProgrammeInfo | None = None
        self.sessions = SessionTableModel()
        self.criteria = CriteriaTableModel()
        self.rubric = RubricTableModel()
        self.categories = CatalogueListModel(
            lambda n: self.tr("Used by %n issue(s)", "", n) if n else self.tr("Not used yet")
        )
        self.dx_means = CatalogueListModel(
            lambda n: self.tr("Proposed in %n plan(s)", "", n) if n else self.tr("Not used yet")
        )
        self._catalogue_widgets: dict[Catalogue, tuple[CatalogueListModel, QListView, QLineEdit]]
        self._catalogue_widgets = {
            Catalogue.ISSUE_CATEGORIES: (
                self.categories,
                self.ui.categoriesView,
                self.ui.newCategoryEdit,
            ),
            Catalogue.DX_MEANS: (self.dx_means, self.ui.dxMeansView, self.ui.newDxMeansEdit),
        }
        self._style()
        self._set_up_tables()
        self._set_up_fields()
        self._connect()
        self._update_buttons()

    # -- construction ------------------------------------------------------------------

    def _style(self) -> None:
        font = self.ui.pageTitle.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.pageTitle.setFont(font)
        for hint in (
            self.ui.pageHint,
            self.ui.criteriaHint,
            self.ui.matrixHint,
            self.ui.rubricHint,
            self.ui.categoriesHint,
            self.ui.dxMeansHint,
            self.ui.fiscalYearHint,
            self.ui.prefectureHint,
        ):
            hint.setStyleSheet(HINT_STYLE)
        # the two lists start level whatever their hints' lengths
        two_lines = self.fontMetrics().lineSpacing() * 2
        self.ui.categoriesHint.setMinimumHeight(two_lines)
        self.ui.dxMeansHint.setMinimumHeight(two_lines)
        for hint in (self.ui.categoriesHint, self.ui.dxMeansHint):
            hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ui.messageLabel.hide()

    def _set_up_tables(self) -> None:
        def table(view: QTableView, model: Any, stretch: str, fit: Iterable[str]) -> None:
            view.setModel(model)
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setHighlightSections(False)
            header.setMinimumSectionSize(64)
            for field in model.FIELDS:
                mode = (
                    QHeaderView.ResizeMode.Stretch
                    if field == stretch
                    else QHeaderView.ResizeMode.ResizeToContents
                    if field in fit
                    else QHeaderView.ResizeMode.Interactive
                )
                header.setSectionResizeMode(model.column_of(field), mode)
            view.verticalHeader().setDefaultSectionSize(max(30, view.fontMetrics().height() + 14))

        table(self.ui.sessionsView, self.sessions, "title", ("date", "phase"))
        self.ui.sessionsView.horizontalHeader().resizeSection(self.sessions.column_of("place"), 220)
        self.ui.sessionsView.setItemDelegateForColumn(
            self.sessions.column_of("date"), DateDelegate(self)
        )
        self.ui.sessionsView.setItemDelegateForColumn(
            self.sessions.column_of("phase"), ChoiceDelegate(self)
        )
        table(
            self.ui.criteriaView,
            self.criteria,
            "name",
            ("weight", "min", "max", "higher_is_better", "gate", "axis"),
        )
        self.ui.criteriaView.setItemDelegateForColumn(
            self.criteria.column_of("weight"), NumberDelegate(0, crit.MAX_WEIGHT, 1, self)
        )
        for field in ("min", "max"):
            self.ui.criteriaView.setItemDelegateForColumn(
                self.criteria.column_of(field),
                NumberDelegate(crit.SCALE_LOWEST, crit.SCALE_HIGHEST, 0, self),
            )
        self.ui.criteriaView.setItemDelegateForColumn(
            self.criteria.column_of("higher_is_better"), ChoiceDelegate(self)
        )
        table(self.ui.rubricView, self.rubric, "name", ("min", "max"))
        for field in ("min", "max"):
            self.ui.rubricView.setItemDelegateForColumn(
                self.rubric.column_of(field),
                NumberDelegate(crit.SCALE_LOWEST, crit.SCALE_HIGHEST, 0, self),
            )
        self.ui.categoriesView.setModel(self.categories)
        self.ui.dxMeansView.setModel(self.dx_means)
        for view in (self.ui.categoriesView, self.ui.dxMeansView):
            view.setStyleSheet("QListView::item { padding: 5px 6px; }")
            view.setUniformItemSizes(True)  # Japanese and Latin glyphs differ in height
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.sessions.set_edit_handler(self._edit_session)
        self.criteria.set_edit_handler(self._edit_criterion)
        self.rubric.set_edit_handler(self._edit_rubric_item)
        self.categories.set_edit_handler(
            lambda entry, _f, text: self._rename_entry(Catalogue.ISSUE_CATEGORIES, entry, text)
        )
        self.dx_means.set_edit_handler(
            lambda entry, _f, text: self._rename_entry(Catalogue.DX_MEANS, entry, text)
        )

    def _set_up_fields(self) -> None:
        ui = self.ui
        fiscal_years(ui.fiscalYearSpin, optional=True)
        ui.fiscalYearSpin.setAlignment(Qt.AlignmentFlag.AlignRight)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            optional_date(edit, display=None)
            edit.setMinimumWidth(150)
        ui.descriptionEdit.installEventFilter(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.nameEdit.editingFinished.connect(
            lambda: self._save_programme("name", ui.nameEdit.text())
        )
        ui.organiserEdit.editingFinished.connect(
            lambda: self._save_programme("organiser", ui.organiserEdit.text())
        )
        ui.fiscalYearSpin.editingFinished.connect(self._save_fiscal_year)
        ui.fiscalYearSpin.valueChanged.connect(self._show_fiscal_year_hint)
        ui.startDateEdit.editingFinished.connect(
            lambda: self._save_date("start_date", ui.startDateEdit)
        )
        ui.endDateEdit.editingFinished.connect(lambda: self._save_date("end_date", ui.endDateEdit))
        ui.prefectureCombo.activated.connect(
            lambda _i: self._save_programme("prefecture", ui.prefectureCombo.currentData())
        )

        ui.tabs.currentChanged.connect(lambda _i: self.clear_message())

        ui.addSessionButton.clicked.connect(self.add_session)
        ui.deleteSessionButton.clicked.connect(self.delete_sessions)
        ui.shiftButton.clicked.connect(lambda: self.shift_sessions(ui.shiftDaysSpin.value()))

        ui.addCriterionButton.clicked.connect(self.add_criterion)
        ui.deleteCriterionButton.clicked.connect(self.delete_criterion)
        ui.criterionUpButton.clicked.connect(lambda: self.move_criterion(-1))
        ui.criterionDownButton.clicked.connect(lambda: self.move_criterion(1))
        ui.xAxisCombo.activated.connect(lambda _i: self._axis_chosen())
        ui.yAxisCombo.activated.connect(lambda _i: self._axis_chosen())

        ui.addRubricButton.clicked.connect(self.add_rubric_item)
        ui.deleteRubricButton.clicked.connect(self.delete_rubric_item)
        ui.rubricUpButton.clicked.connect(lambda: self.move_rubric_item(-1))
        ui.rubricDownButton.clicked.connect(lambda: self.move_rubric_item(1))

        for kind, add, rename, remove, up, down in (
            (
                Catalogue.ISSUE_CATEGORIES,
                ui.addCategoryButton,
                ui.renameCategoryButton,
                ui.removeCategoryButton,
                ui.categoryUpButton,
                ui.categoryDownButton,
            ),
            (
                Catalogue.DX_MEANS,
                ui.addDxMeansButton,
                ui.renameDxMeansButton,
                ui.removeDxMeansButton,
                ui.dxMeansUpButton,
                ui.dxMeansDownButton,
            ),
        ):
            _model, view, edit = self._catalogue_widgets[kind]
            add.clicked.connect(lambda _=False, k=kind: self.add_entry(k))
            edit.returnPressed.connect(lambda k=kind: self.add_entry(k))
            rename.clicked.connect(lambda _=False, v=view: self._edit_current(v))
            remove.clicked.connect(lambda _=False, k=kind: self.remove_entry(k))
            up.clicked.connect(lambda _=False, k=kind: self.move_entry(k, -1))
            down.clicked.connect(lambda _=False, k=kind: self.move_entry(k, 1))
            view.selectionModel().selectionChanged.connect(self._update_buttons)

        for view in (ui.sessionsView, ui.criteriaView, ui.rubricView):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        for model in (self.sessions, self.criteria, self.rubric, self.categories, self.dx_means):
            model.modelReset.connect(self._update_buttons)

    # -- Page API -------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        if changes.touches(Kind.PROGRAMME):
            self._load_programme()
        if changes.touches(Kind.SESSION):
            self._load_sessions()
        if changes.touches(Kind.CRITERION):
            self._load_criteria()
        if changes.touches(Kind.RUBRIC):
            self._load_rubric()
        if changes.touches(Kind.CATALOGUE):
            self._load_catalogues()
        if changes.touches(Kind.CATALOGUE, Kind.ISSUE, Kind.PLAN):
            self._load_usage()
        self._update_buttons()

    def find(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.programmeTab)
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.descriptionEdit and event.type() == QEvent.Type.FocusOut:
            self._save_programme("description", self.ui.descriptionEdit.toPlainText())
        return super().eventFilter(watched, event)

    # -- loading ----------------------------------------------------------------------------

    @property
    def _workshop(self) -> Workshop:
        return self.controller.workshop

    def _load_programme(self) -> None:
        info = prog.get_programme(self._workshop)
        self._info = info
        ui = self.ui
        for widget, text in (
            (ui.nameEdit, info.name),
            (ui.organiserEdit, info.organiser),
        ):
            if widget.text() != text:
                widget.setText(text)
                widget.setCursorPosition(0)
        if ui.descriptionEdit.toPlainText() != info.description:
            ui.descriptionEdit.setPlainText(info.description)
        ui.fiscalYearSpin.blockSignals(True)
        ui.fiscalYearSpin.setValue(info.fiscal_year or NO_YEAR)
        ui.fiscalYearSpin.blockSignals(False)
        self._show_fiscal_year_hint(ui.fiscalYearSpin.value())
        for edit, day in ((ui.startDateEdit, info.start_date), (ui.endDateEdit, info.end_date)):
            edit.blockSignals(True)
            edit.setDate(QDate(day) if day else NO_DATE)
            edit.blockSignals(False)
        self._show_prefecture(info.prefecture)

    def _show_prefecture(self, prefecture: str) -> None:
        combo = self.ui.prefectureCombo
        if combo.count() == 0:  # filled when first shown: the national list is read then
            combo.addItem(self.tr("(none)"), "")
            for entry in national_list().prefectures():
                combo.addItem(entry.name, entry.name)
        index = combo.findData(prefecture)
        if index < 0:  # a name this build's list does not have: shown, to be changed
            combo.addItem(prefecture, prefecture)
            index = combo.count() - 1
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _show_fiscal_year_hint(self, year: int) -> None:
        if year == NO_YEAR:
            self.ui.fiscalYearHint.setText(self.tr("not set"))
        elif is_japanese():
            self.ui.fiscalYearHint.setText(fiscal_year_label(year, True))
        else:
            self.ui.fiscalYearHint.setText(
                self.tr("April {start} – March {end}").format(start=year, end=year + 1)
            )

    def _load_sessions(self) -> None:
        self.sessions.set_wareki(bool(self.prefs.get("ui/wareki")))
        with self._keeping_selection(self.ui.sessionsView, self.sessions):
            self.sessions.set_rows(prog.list_sessions(self._workshop))

    def _load_criteria(self) -> None:
        rows = crit.list_criteria(self._workshop)
        axes = crit.get_matrix_axes(self._workshop)
        with self._keeping_selection(self.ui.criteriaView, self.criteria):
            self.criteria.set_rows(rows)
        self.criteria.set_axes(axes)
        for combo, chosen in (
            (self.ui.xAxisCombo, axes.x_criterion_id),
            (self.ui.yAxisCombo, axes.y_criterion_id),
        ):
            combo.blockSignals(True)
            combo.clear()
            for row in rows:
                if not row.gate:
                    combo.addItem(row.name, row.id)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
            combo.blockSignals(False)

    def _load_rubric(self) -> None:
        with self._keeping_selection(self.ui.rubricView, self.rubric):
            self.rubric.set_rows(crit.list_rubric_items(self._workshop))

    def _load_catalogues(self) -> None:
        for kind, (model, view, _edit) in self._catalogue_widgets.items():
            current = view.currentIndex()
            selected = model.entries()[current.row()] if current.isValid() else None
            model.set_entries(cat.get_catalogue(self._workshop, kind))
            self._select_entry(kind, selected)

    def _load_usage(self) -> None:
        for kind, (model, _view, _edit) in self._catalogue_widgets.items():
            model.set_usage(cat.usage(self._workshop, kind))

    @staticmethod
    @contextmanager
    def _keeping_selection(view: QTableView, model: Any) -> Iterator[None]:
        """Keep the current row (by id) of a table across a reload that reorders it."""
        current = view.currentIndex()
        ident = model.row_at(current.row()).id if current.isValid() else None
        column = current.column() if current.isValid() else 0
        yield
        if ident is None:
            return
        row = model.row_of(ident)
        if row is not None and view.currentIndex().row() != row:
            view.setCurrentIndex(model.index(row, column))

    # -- running edits ------------------------------------------------------------------------

    def _run(self, text: str, op: Operation) -> bool:
        """Run one undoable edit; a refused edit shows why and changes nothing."""
        return self.try_edit(text, op)[0]

    def error_text(self, exc: ServiceError) -> str:
        """The page's own wording for the settings' rules; others are the shared texts."""
        if isinstance(exc, ValuesOutsideScale):
            return self.tr(
                "%n score(s) or rating(s) already given are outside {low}–{high}. "
                "Change them first, or choose a wider scale.",
                "",
                exc.count,
            ).format(low=exc.low, high=exc.high)
        if isinstance(exc, ValidationError):
            field = field_label(exc.field)
            texts = {
                "min_not_below_max": self.tr("The lowest score must be below the highest."),
                "gate_scale": self.tr("A gate criterion is always scored 0 (no) or 1 (yes)."),
                "same": self.tr("Choose two different criteria for the matrix axes."),
                "gate": self.tr("{field}: a gate criterion cannot be a matrix axis."),
                "deleted": self.tr("{field}: that criterion has been deleted."),
                "tag_in_use": self.tr(
                    "Some issues already carry a tag with that name; choose another name."
                ),
            }
            if exc.code == "is_axis" and exc.field == "criterion":
                return self.tr(
                    "This criterion is an axis of the payoff matrix: choose other axes first."
                )
            if exc.code == "is_axis":
                return self.tr("A matrix axis cannot be a gate: choose other axes first.")
            if exc.code in texts:
                return texts[exc.code].format(field=field)
        return service_error_text(exc)

    # -- programme fields -------------------------------------------------------------------

    def _field_edit_text(self, field: str) -> str:
        return {
            "name": self.tr("Change programme name"),
            "organiser": self.tr("Change organiser"),
            "fiscal_year": self.tr("Change fiscal year"),
            "start_date": self.tr("Change start date"),
            "end_date": self.tr("Change end date"),
            "description": self.tr("Change description"),
            "prefecture": self.tr("Change prefecture"),
        }[field]

    def _save_programme(self, field: str, value: Any) -> None:
        if self._info is None:
            return
        old = getattr(self._info, field)
        if value == old or (isinstance(value, str) and value.strip() == old):
            return
        # None clears the year or a date, so undo restores "not set" exactly.
        self._run(self._field_edit_text(field), prog.update_programme_op(**{field: value}))
        # show the value as saved (trimmed), or the saved value again after a refusal
        self._load_programme()

    def _save_fiscal_year(self) -> None:
        value = self.ui.fiscalYearSpin.value()
        self._save_programme("fiscal_year", None if value == NO_YEAR else value)

    def _save_date(self, field: str, edit: QDateEdit) -> None:
        day = edit.date()
        self._save_programme(field, None if day == NO_DATE else day.toPython())

    # -- sessions --------------------------------------------------------------------------

    def _edit_session(self, row: SessionRow, field: str, value: Any) -> bool:
        if field == "date":  # None: undated
            text = self.tr("Move session “{title}”").format(title=row.title)
        else:
            text = self.tr("Edit session “{title}”").format(title=row.title)
        return self._run(text, prog.update_session_op(row.id, **{field: value}))

    def add_session(self) -> int | None:
        rows = self.sessions.rows()
        dated = [r.date for r in rows if r.date is not None]
        if dated:
            day: dt.date | None = max(dated) + dt.timedelta(days=7)
        elif self._info is not None and self._info.start_date is not None:
            day = self._info.start_date
        else:
            day = dt.date.today()
        phase = rows[-1].phase if rows else Phase.SETUP
        title = self.tr("New session")
        ident = self._add(self.tr("Add session"), prog.add_session_op(title, phase, day))
        if ident is not None:
            self._load_sessions()
            self._edit_cell(self.ui.sessionsView, self.sessions, ident, "title")
        return ident

    def delete_sessions(self) -> None:
        rows = self._selected_rows(self.ui.sessionsView, self.sessions)
        if not rows:
            return
        text = (
            self.tr("Delete session “{title}”").format(title=rows[0].title)
            if len(rows) == 1
            else self.tr("Delete %n session(s)", "", len(rows))
        )
        self._run(text, prog.set_sessions_deleted_op([r.id for r in rows], True))

    def shift_sessions(self, days: int) -> None:
        """Move the dates of the selected sessions by *days* (one undoable edit)."""
        rows = [
            r
            for r in self._selected_rows(self.ui.sessionsView, self.sessions)
            if r.date is not None
        ]
        if not rows or days == 0:
            return
        self._run(
            self.tr("Move %n session(s)", "", len(rows)),
            prog.shift_sessions_op([r.id for r in rows], days),
        )

    # -- criteria -----------------------------------------------------------------------------

    def _edit_criterion(self, row: CriterionRow, field: str, value: Any) -> bool:
        text = self.tr("Edit criterion “{name}”").format(name=row.name)
        if field == "gate":
            text = (
                self.tr("Make “{name}” a gate")
                if value
                else self.tr("Make “{name}” a scored criterion")
            ).format(name=row.name)
        # undoing "make a gate" gives the criterion its scale back (the operation knows it)
        return self._run(text, crit.update_criterion_op(row.id, **{field: value}))

    def add_criterion(self) -> int | None:
        name = self._fresh_name(self.tr("New criterion"), [r.name for r in self.criteria.rows()])
        ident = self._add(self.tr("Add criterion"), crit.add_criterion_op(name))
        if ident is not None:
            self._load_criteria()
            self._edit_cell(self.ui.criteriaView, self.criteria, ident, "name")
        return ident

    def delete_criterion(self) -> None:
        rows = self._selected_rows(self.ui.criteriaView, self.criteria)
        if not rows:
            return
        row = rows[0]
        self._run(
            self.tr("Delete criterion “{name}”").format(name=row.name),
            crit.set_criterion_deleted_op(row.id, True),
        )

    def move_criterion(self, step: int) -> None:
        self._move_row(
            self.ui.criteriaView,
            self.criteria,
            step,
            crit.move_criterion_op,
            self.tr("Move criterion “{name}”"),
        )

    def _axis_chosen(self) -> None:
        axes = crit.get_matrix_axes(self._workshop)
        x = self.ui.xAxisCombo.currentData()
        y = self.ui.yAxisCombo.currentData()
        if x is None or y is None or (x, y) == (axes.x_criterion_id, axes.y_criterion_id):
            return
        ok = self._run(self.tr("Change matrix axes"), crit.set_matrix_axes_op(x, y))
        if not ok:
            self._load_criteria()  # the combo boxes show the saved axes again

    # -- rubric -------------------------------------------------------------------------------

    def _edit_rubric_item(self, row: RubricItemRow, field: str, value: Any) -> bool:
        return self._run(
            self.tr("Edit rubric item “{name}”").format(name=row.name),
            crit.update_rubric_item_op(row.id, **{field: value}),
        )

    def add_rubric_item(self) -> int | None:
        name = self._fresh_name(self.tr("New rubric item"), [r.name for r in self.rubric.rows()])
        ident = self._add(self.tr("Add rubric item"), crit.add_rubric_item_op(name))
        if ident is not None:
            self._load_rubric()
            self._edit_cell(self.ui.rubricView, self.rubric, ident, "name")
        return ident

    def delete_rubric_item(self) -> None:
        rows = self._selected_rows(self.ui.rubricView, self.rubric)
        if not rows:
            return
        row = rows[0]
        self._run(
            self.tr("Delete rubric item “{name}”").format(name=row.name),
            crit.set_rubric_item_deleted_op(row.id, True),
        )

    def move_rubric_item(self, step: int) -> None:
        self._move_row(
            self.ui.rubricView,
            self.rubric,
            step,
            crit.move_rubric_item_op,
            self.tr("Move rubric item “{name}”"),
        )

    # -- catalogues ------------------------------------------------------------------------------

    def _catalogue_edit(
        self, kind: Catalogue, text: str, op: Operation, select: str | None
    ) -> bool:
        ok = self._run(text, op)
        if ok:
            self._load_catalogues()
            self._select_entry(kind, select)
        return ok

    def add_entry(self, kind: Catalogue, text: str | None = None) -> bool:
        _model, _view, edit = self._catalogue_widgets[kind]
        entry = edit.text() if text is None else text
        if not entry.strip() and text is None:
            return False
        ok = self._catalogue_edit(
            kind,
            self.tr("Add “{entry}”").format(entry=entry.strip()),
            cat.add_entry_op(kind, entry),
            " ".join(entry.split()),
        )
        if ok:
            edit.clear()
        return ok

    def _rename_entry(self, kind: Catalogue, entry: str, new: str) -> bool:
        position = cat.get_catalogue(self._workshop, kind).index(entry)
        ok, result = self.try_edit(
            self.tr("Rename “{old}” to “{new}”").format(old=entry, new=new.strip()),
            cat.rename_entry_op(kind, entry, new),
        )
        if ok:
            self._load_catalogues()
            self._select_entry(kind, result[position])  # the new name as saved (trimmed)
        return ok

    def remove_entry(self, kind: Catalogue) -> bool:
        entry = self._current_entry(kind)
        if entry is None:
            return False
        model = self._catalogue_widgets[kind][0]
        entries = model.entries()
        position = entries.index(entry)
        neighbour = entries[position + 1] if position + 1 < len(entries) else None
        if neighbour is None and position > 0:
            neighbour = entries[position - 1]
        return self._catalogue_edit(
            kind,
            self.tr("Remove “{entry}”").format(entry=entry),
            cat.remove_entry_op(kind, entry),
            neighbour,
        )

    def move_entry(self, kind: Catalogue, step: int) -> bool:
        entry = self._current_entry(kind)
        if entry is None:
            return False
        entries = self._catalogue_widgets[kind][0].entries()
        to = entries.index(entry) + step
        if not 0 <= to < len(entries):
            return False
        return self._catalogue_edit(
            kind,
            self.tr("Move “{entry}”").format(entry=entry),
            cat.move_entry_op(kind, entry, to),
            entry,
        )

    def _current_entry(self, kind: Catalogue) -> str | None:
        model, view, _edit = self._catalogue_widgets[kind]
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return None
        return model.entries()[index.row()]

    def _select_entry(self, kind: Catalogue, entry: str | None) -> None:
        model, view, _edit = self._catalogue_widgets[kind]
        row = model.row_of(entry) if entry is not None else None
        if row is not None:
            view.setCurrentIndex(model.index(row, 0))

    # -- shared helpers ----------------------------------------------------------------------------

    def _add(self, text: str, op: Operation) -> int | None:
        """Add a row (undo soft-deletes it, redo restores the same row); its id."""
        ok, row = self.try_edit(text, op)
        return int(row.id) if ok else None

    def _move_row(
        self,
        view: QTableView,
        model: Any,
        step: int,
        move: Callable[[int, int], Operation],
        text: str,
    ) -> None:
        current = view.currentIndex()
        if not current.isValid():
            return
        start = current.row()
        to = start + step
        if not 0 <= to < model.rowCount():
            return
        row = model.row_at(start)
        self._run(text.format(name=row.name), move(row.id, to))

    @staticmethod
    def _fresh_name(base: str, taken: Iterable[str]) -> str:
        names = set(taken)
        if base not in names:
            return base
        number = 2
        while f"{base} {number}" in names:
            number += 1
        return f"{base} {number}"

    @staticmethod
    def _selected_rows(view: QTableView, model: Any) -> list[Any]:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return [model.row_at(r) for r in rows]

    def _edit_cell(self, view: QTableView, model: Any, ident: int, field: str) -> None:
        row = model.row_of(ident)
        if row is None:
            return
        index = model.index(row, model.column_of(field))
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if view.isVisible():
            view.edit(index)

    def _edit_current(self, view: QListView) -> None:
        if view.currentIndex().isValid():
            view.setFocus()
            view.edit(view.currentIndex())

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui

        def current_row(view: QAbstractItemView) -> int:
            index = view.currentIndex()
            selected = index.isValid() and view.selectionModel().isSelected(index)
            return index.row() if selected else -1

        has_sessions = bool(ui.sessionsView.selectionModel().selectedRows())
        ui.deleteSessionButton.setEnabled(has_sessions)
        ui.shiftButton.setEnabled(has_sessions)
        for view, model, delete, up, down in (
            (
                ui.criteriaView,
                self.criteria,
                ui.deleteCriterionButton,
                ui.criterionUpButton,
                ui.criterionDownButton,
            ),
            (
                ui.rubricView,
                self.rubric,
                ui.deleteRubricButton,
                ui.rubricUpButton,
                ui.rubricDownButton,
            ),
        ):
            row = current_row(view)
            delete.setEnabled(row >= 0)
            up.setEnabled(row > 0)
            down.setEnabled(0 <= row < model.rowCount() - 1)
        for kind, rename, remove, up, down in (
            (
                Catalogue.ISSUE_CATEGORIES,
                ui.renameCategoryButton,
                ui.removeCategoryButton,
                ui.categoryUpButton,
                ui.categoryDownButton,
            ),
            (
                Catalogue.DX_MEANS,
                ui.renameDxMeansButton,
                ui.removeDxMeansButton,
                ui.dxMeansUpButton,
                ui.dxMeansDownButton,
            ),
        ):
            model, view, _edit = self._catalogue_widgets[kind]
            row = current_row(view)
            rename.setEnabled(row >= 0)
            remove.setEnabled(row >= 0)
            up.setEnabled(row > 0)
            down.setEnabled(0 <= row < model.rowCount() - 1)
