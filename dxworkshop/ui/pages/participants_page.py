"""Participants (setup phase): people and roles, municipalities and departments, work groups.

Every edit is a service operation (``services/people.py``, ``*_op``) run through
``controller.run``; the page shows refused edits in red (and in the window's status bar)
and keeps the input.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from dxworkshop.domain.enums import Role
from dxworkshop.services import people as svc
from dxworkshop.services.municipalities import LocalGovernment
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.services.people import DepartmentRow, GroupRow, MunicipalityRow, PersonRow
from dxworkshop.services.programme import get_programme
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.dialogs.automix_dialog import AutoMixDialog
from dxworkshop.ui.dialogs.person_dialog import PersonDialog, PersonValues
from dxworkshop.ui.forms.ui_participants_page import Ui_ParticipantsPage
from dxworkshop.ui.labels import role_label
from dxworkshop.ui.models.people_models import (
    ID_ROLE,
    NO_MUNICIPALITY,
    DepartmentTableModel,
    GroupTableModel,
    MunicipalityTableModel,
    PeopleFilterProxy,
    PeopleTableModel,
    TableFilterProxy,
    role_counts_text,
)
from dxworkshop.ui.municipality_completer import MunicipalityCompleter
from dxworkshop.ui.pages.base import SIZING_ROWS, Page
from dxworkshop.ui.preferences import Preferences

log = logging.getLogger(__name__)

PEOPLE_TAB, MUNICIPALITIES_TAB, GROUPS_TAB = range(3)


class ParticipantsPage(Page):
    # the programme: its prefecture, whose municipalities the name field completes
    kinds = frozenset({Kind.PERSON, Kind.MUNICIPALITY, Kind.DEPARTMENT, Kind.GROUP, Kind.PROGRAMME})

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_ParticipantsPage()
        self.ui.setupUi(self)
        self.completer = MunicipalityCompleter(
            self.ui.newMunicipalityName, self._municipality_picked, self
        )
        self._people: list[PersonRow] = []
        self._municipalities: list[MunicipalityRow] = []
        self._departments: list[DepartmentRow] = []
        self._groups: list[GroupRow] = []
        self._dialog: QDialog | None = None
        self._last_group_size = 5
        self._sized: set[QTableView] = set()

        # One people model serves three views, each through its own proxy.
        self.people_model = PeopleTableModel()
        self.people_model.set_editor(self._edit_person_field)
        self.people_proxy = self._attach(self.ui.peopleView, PeopleFilterProxy(), self.people_model)
        self.member_proxy = self._attach(
            self.ui.membersView, PeopleFilterProxy(), self.people_model
        )
        self.member_proxy.set_only(())
        self.available_proxy = self._attach(
            self.ui.availableView, PeopleFilterProxy(), self.people_model
        )
        self.available_proxy.set_role(Role.TRAINEE)
        self.municipality_model = MunicipalityTableModel()
        self.municipality_model.set_editor(self._edit_municipality_field)
        self.municipality_proxy = self._attach(
            self.ui.municipalitiesView, TableFilterProxy(), self.municipality_model
        )
        self.department_model = DepartmentTableModel()
        self.department_model.set_editor(self._edit_department_field)
        self.department_proxy = self._attach(
            self.ui.departmentsView, TableFilterProxy(), self.department_model
        )
        self.group_model = GroupTableModel()
        self.group_model.set_editor(self._edit_group_field)
        self.group_proxy = self._attach(self.ui.groupsView, TableFilterProxy(), self.group_model)

        self.ui.peopleView.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.ui.membersView.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.ui.availableView.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.ui.municipalitiesView.sortByColumn(
            MunicipalityTableModel.CODE, Qt.SortOrder.AscendingOrder
        )
        self.ui.departmentsView.sortByColumn(DepartmentTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.ui.groupsView.sortByColumn(GroupTableModel.NAME, Qt.SortOrder.AscendingOrder)
        P = PeopleTableModel
        for column in range(self.people_model.columnCount()):
            self.ui.membersView.setColumnHidden(
                column, column not in (P.NAME, P.MUNICIPALITY, P.DEPARTMENT, P.ROLES)
            )
            self.ui.availableView.setColumnHidden(
                column, column not in (P.NAME, P.MUNICIPALITY, P.DEPARTMENT)
            )
        for view in (self.ui.membersView, self.ui.availableView):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self._stretch(self.ui.municipalitiesView, MunicipalityTableModel.NAME)
        self._stretch(self.ui.departmentsView, DepartmentTableModel.NAME)
        self._stretch(self.ui.groupsView, GroupTableModel.NAME)
        self.ui.municipalitySplitter.setStretchFactor(0, 3)
        self.ui.municipalitySplitter.setStretchFactor(1, 2)
        self.ui.municipalitySplitter.setSizes([640, 400])
        self.ui.groupSplitter.setStretchFactor(0, 2)
        self.ui.groupSplitter.setStretchFactor(1, 3)
        self.ui.groupSplitter.setSizes([380, 620])
        self.ui.memberSplitter.setSizes([360, 300])

        self.ui.roleFilter.addItem(self.tr("All roles"), None)
        for role in Role:
            self.ui.roleFilter.addItem(role_label(role), role.value)
        self.ui.messageLabel.hide()
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.ui.peopleView.addAction(self.delete_action)
        self._connect()
        self._update_buttons()

    # -- construction -------------------------------------------------------------------

    def _attach(self, view: QTableView, proxy: Any, model: Any) -> Any:
        proxy.setSourceModel(model)
        view.setModel(proxy)
        return proxy

    def _stretch(self, view: QTableView, column: int) -> None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.peopleFilter.textChanged.connect(self._filter_people)
        ui.roleFilter.currentIndexChanged.connect(self._filter_people)
        ui.municipalityFilter.currentIndexChanged.connect(self._filter_people)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.editPersonButton.clicked.connect(self.edit_selected_person)
        ui.deletePersonButton.clicked.connect(self.delete_selected_people)
        self.delete_action.triggered.connect(self.delete_selected_people)
        ui.importRosterButton.clicked.connect(self.import_roster)
        ui.peopleView.doubleClicked.connect(self._person_double_clicked)
        ui.peopleView.selectionModel().selectionChanged.connect(self._update_buttons)

        ui.municipalityFilterEdit.textChanged.connect(self.municipality_proxy.set_text)
        ui.municipalitiesView.selectionModel().selectionChanged.connect(self._municipality_selected)
        ui.addMunicipalityButton.clicked.connect(self.add_municipality)
        for edit in (ui.newMunicipalityName, ui.newMunicipalityKana, ui.newMunicipalityCode):
            edit.returnPressed.connect(self.add_municipality)
        ui.deleteMunicipalityButton.clicked.connect(self.delete_selected_municipality)
        ui.addDepartmentButton.clicked.connect(self.add_department)
        ui.newDepartmentName.returnPressed.connect(self.add_department)
        ui.deleteDepartmentButton.clicked.connect(self.delete_selected_department)
        ui.departmentsView.selectionModel().selectionChanged.connect(self._update_buttons)

        ui.groupsView.selectionModel().selectionChanged.connect(self._group_selected)
        ui.membersView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.availableView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.availableFilter.textChanged.connect(self.available_proxy.set_text)
        ui.traineesOnlyCheck.toggled.connect(
            lambda on: self.available_proxy.set_role(Role.TRAINEE if on else None)
        )
        ui.addGroupButton.clicked.connect(self.add_group)
        ui.deleteGroupButton.clicked.connect(self.delete_selected_group)
        ui.autoMixButton.clicked.connect(self.auto_mix)
        ui.addMemberButton.clicked.connect(self.add_selected_members)
        ui.availableView.doubleClicked.connect(lambda _i: self.add_selected_members())
        ui.removeMemberButton.clicked.connect(self.remove_selected_members)
        for proxy in (self.people_proxy, self.member_proxy, self.available_proxy):
            proxy.rowsInserted.connect(self._update_counts)
            proxy.rowsRemoved.connect(self._update_counts)
            proxy.modelReset.connect(self._update_counts)
            proxy.layoutChanged.connect(self._update_counts)

    # -- Page ---------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        ws = self.controller.workshop
        if changes.touches(Kind.PROGRAMME):
            self.completer.set_prefecture(get_programme(ws).prefecture)
        self._people = svc.list_people(ws)
        self._municipalities = svc.list_municipalities(ws)
        self._departments = svc.list_departments(ws)
        self._groups = svc.list_groups(ws)
        groups_of: dict[int, list[str]] = {}
        for group in self._groups:
            for pid in group.member_ids:
                groups_of.setdefault(pid, []).append(group.name)
        self.people_model.set_rows(
            self._people,
            municipality_kana={m.id: m.kana for m in self._municipalities},
            groups_of={pid: "・".join(names) for pid, names in groups_of.items()},
        )
        self.municipality_model.set_rows(
            self._municipalities, departments=self._departments, people=self._people
        )
        self.group_model.set_rows(self._groups, people=self._people)
        self._fill_municipality_filter()
        # Show something on the right-hand side from the start: the first row's details.
        for view in (self.ui.municipalitiesView, self.ui.groupsView):
            if not view.selectionModel().hasSelection() and view.model().rowCount():
                view.selectRow(0)
        self._municipality_selected()
        self._group_selected()
        for view in (
            self.ui.peopleView,
            self.ui.municipalitiesView,
            self.ui.groupsView,
            self.ui.membersView,
            self.ui.availableView,
        ):
            self._size_columns_once(view)
        self._update_counts()
        self._update_buttons()

    def find(self) -> None:
        edit = {
            PEOPLE_TAB: self.ui.peopleFilter,
            MUNICIPALITIES_TAB: self.ui.municipalityFilterEdit,
            GROUPS_TAB: self.ui.availableFilter,
        }[self.ui.tabs.currentIndex()]
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    # -- helpers ----------------------------------------------------------------------------------

    def _size_columns_once(self, view: QTableView) -> None:
        """Fit columns to the first real data; later the user's widths are kept."""
        if view in self._sized or view.model().rowCount() == 0:
            return
        self._sized.add(view)
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SIZING_ROWS)  # a sample of rows is enough, and fast
        if header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive:
            view.resizeColumnsToContents()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column) + 16, 260))

    def _selected_ids(self, view: QTableView) -> list[int]:
        model = view.selectionModel()
        if model is None:
            return []
        return [int(index.data(ID_ROLE)) for index in model.selectedRows()]

    def select_id(self, view: QTableView, ident: int) -> bool:
        """Select (and scroll to) the row with *ident* in *view*; False if it is not shown."""
        proxy = view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == ident:
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(index)
                return True
        return False

    def _person(self, person_id: int) -> PersonRow | None:
        return next((p for p in self._people if p.id == person_id), None)

    def _update_counts(self) -> None:
        total = len(self._people)
        shown = self.people_proxy.rowCount()
        roles = role_counts_text(self._people)
        text = (
            self.tr("People: {count} ({roles})").format(count=total, roles=roles)
            if roles
            else self.tr("People: {count}").format(count=total)
        )
        if shown != total:
            text = self.tr("Showing {shown} of {all}").format(shown=shown, all=text)
        self.ui.peopleCounts.setText(text)
        self.ui.municipalityCounts.setText(
            self.tr("Municipalities: {count}").format(count=len(self._municipalities))
            + "　"
            + self.tr("Departments: {count}").format(count=len(self._departments))
        )
        grouped = {pid for g in self._groups for pid in g.member_ids}
        alone = sum(1 for p in self._people if Role.TRAINEE in p.roles and p.id not in grouped)
        text = self.tr("Groups: {count}").format(count=len(self._groups))
        text += "　" + self.tr("Trainees without a group: {count}").format(count=alone)
        self.ui.groupCounts.setText(text)
        self.ui.groupCounts.setStyleSheet("color: #b45309;" if alone and self._groups else "")

    def _update_buttons(self) -> None:
        ui = self.ui
        people = self._selected_ids(ui.peopleView)
        ui.editPersonButton.setEnabled(len(people) == 1)
        ui.deletePersonButton.setEnabled(bool(people))
        self.delete_action.setEnabled(bool(people))
        ui.importRosterButton.setEnabled(callable(getattr(self.window(), "import_roster", None)))

        muni = self._current_municipality()
        used = self.municipality_model.people_count(muni) if muni is not None else 0
        ui.deleteMunicipalityButton.setEnabled(muni is not None and used == 0)
        ui.deleteMunicipalityButton.setToolTip(
            self.tr("Move or delete its people ({count}) first.").format(count=used) if used else ""
        )
        ui.addDepartmentButton.setEnabled(muni is not None)
        ui.newDepartmentName.setEnabled(muni is not None)
        dept = self._selected_ids(ui.departmentsView)
        dept_used = self.department_model.people_count(dept[0]) if dept else 0
        ui.deleteDepartmentButton.setEnabled(bool(dept) and dept_used == 0)
        ui.deleteDepartmentButton.setToolTip(
            self.tr("Move or delete its people ({count}) first.").format(count=dept_used)
            if dept_used
            else ""
        )

        group = self._current_group()
        ui.deleteGroupButton.setEnabled(group is not None)
        ui.removeMemberButton.setEnabled(
            group is not None and bool(self._selected_ids(ui.membersView))
        )
        ui.addMemberButton.setEnabled(
            group is not None and bool(self._selected_ids(ui.availableView))
        )
        trainees = any(Role.TRAINEE in p.roles for p in self._people)
        ui.autoMixButton.setEnabled(trainees)
        ui.autoMixButton.setToolTip(
            self.tr("Deal all trainees into groups of a chosen size that mix municipalities")
            if trainees
            else self.tr("Add trainees first.")
        )

    # -- people ---------------------------------------------------------------------------------

    def _fill_municipality_filter(self) -> None:
        combo = self.ui.municipalityFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All municipalities"), None)
        for muni in self._municipalities:
            combo.addItem(muni.name, muni.id)
        combo.addItem(self.tr("(No municipality)"), NO_MUNICIPALITY)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        if index < 0 and current is not None:  # the chosen municipality is gone
            self._filter_people()

    def _filter_people(self) -> None:
        self.people_proxy.set_text(self.ui.peopleFilter.text())
        role = self.ui.roleFilter.currentData()
        self.people_proxy.set_role(Role(role) if role else None)
        self.people_proxy.set_municipality(self.ui.municipalityFilter.currentData())
        self._update_counts()
        self._update_buttons()

    def _open(self, dialog: QDialog) -> None:
        """Show *dialog* window-modal without blocking (tests drive it directly)."""
        if self._dialog is not None:
            self._dialog.reject()
        self._dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _person_dialog(self, person: PersonRow | None) -> PersonDialog:
        def save(values: PersonValues) -> None:
            if person is None:
                self._add_person(values)
            else:
                self._update_person(person, values)

        dialog = PersonDialog(
            municipalities=self._municipalities,
            departments=self._departments,
            people=self._people,
            save=save,
            person=person,
            parent=self,
        )
        self._open(dialog)
        return dialog

    def add_person(self) -> PersonDialog:
        """Open the form for a new person (pre-set to the municipality being filtered)."""
        dialog = self._person_dialog(None)
        muni = self.ui.municipalityFilter.currentData()
        role = self.ui.roleFilter.currentData()
        if (muni not in (None, NO_MUNICIPALITY)) or role:
            dialog.set_values(
                PersonValues(
                    name="",
                    municipality_id=muni if muni != NO_MUNICIPALITY else None,
                    roles=frozenset({Role(role)}) if role else frozenset({Role.TRAINEE}),
                )
            )
        return dialog

    def edit_person(self, person_id: int) -> PersonDialog | None:
        person = self._person(person_id)
        if person is None:
            return None
        return self._person_dialog(person)

    def edit_selected_person(self) -> PersonDialog | None:
        ids = self._selected_ids(self.ui.peopleView)
        return self.edit_person(ids[0]) if len(ids) == 1 else None

    def _person_double_clicked(self, index: QModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit_person(int(index.data(ID_ROLE)))

    def _add_person(self, values: PersonValues) -> PersonRow:
        fields = values.kwargs()
        row: PersonRow = self.run_edit(
            self.tr("Add {name}").format(name=values.name.strip()),
            svc.add_person_op(fields.pop("name"), **fields),
        )
        self.ui.peopleFilter.clear()  # so the new person is in view
        self.select_id(self.ui.peopleView, row.id)
        return row

    def _update_person(self, person: PersonRow, values: PersonValues) -> None:
        ws = self.controller.workshop
        before = PersonValues.of(svc.get_person(ws, person.id)).kwargs()
        # Only the fields changed are saved, so undo restores exactly those (a link to a
        # supervisor deleted meanwhile, which the form cannot show, is left alone).
        after = {k: v for k, v in values.kwargs().items() if v != before[k]}
        if not after:
            return
        self.run_edit(
            self.tr("Edit {name}").format(name=person.name),
            svc.update_person_op(person.id, **after),
        )

    def _edit_person_field(self, person_id: int, field: str, value: str) -> bool:
        person = self._person(person_id)
        if person is None:
            return False
        done, _ = self.try_edit(
            self.tr("Edit {name}").format(name=person.name),
            svc.update_person_op(person_id, **{field: value}),
        )
        return done

    def delete_selected_people(self) -> None:
        ids = self._selected_ids(self.ui.peopleView)
        if not ids:
            return
        if len(ids) == 1:
            person = self._person(ids[0])
            text = self.tr("Delete {name}").format(name=person.name if person else "")
        else:
            text = self.tr("Delete {count} people").format(count=len(ids))
        self.try_edit(text, svc.set_people_deleted_op(ids, True))

    def import_roster(self) -> None:
        importer = getattr(self.window(), "import_roster", None)
        if callable(importer):
            importer()

    # -- municipalities and departments ------------------------------------------------------

    def _current_municipality(self) -> int | None:
        ids = self._selected_ids(self.ui.municipalitiesView)
        return ids[0] if ids else None

    def _municipality_selected(self) -> None:
        muni = self._current_municipality()
        rows = [d for d in self._departments if d.municipality_id == muni]
        self.department_model.set_rows(rows, people=self._people)
        name = next((m.name for m in self._municipalities if m.id == muni), None)
        self.ui.departmentsOf.setText(
            self.tr("Departments of {municipality}").format(municipality=name)
            if name
            else self.tr("Select a municipality to see its departments.")
        )
        self._size_columns_once(self.ui.departmentsView)
        self._update_buttons()

    def _municipality_picked(self, entry: LocalGovernment) -> None:
        """A municipality chosen from the national list: its kana and code come with it."""
        ui = self.ui
        ui.newMunicipalityName.setText(entry.name)
        ui.newMunicipalityKana.setText(entry.kana)
        ui.newMunicipalityCode.setText(entry.code)

    def add_municipality(self) -> MunicipalityRow | None:
        ui = self.ui
        name, kana, code = (
            ui.newMunicipalityName.text(),
            ui.newMunicipalityKana.text(),
            ui.newMunicipalityCode.text(),
        )
        done, row = self.try_edit(
            self.tr("Add {name}").format(name=name.strip()),
            svc.add_municipality_op(name, kana, code),
        )
        if not done:
            ui.newMunicipalityName.setFocus()
            return None
        for edit in (ui.newMunicipalityName, ui.newMunicipalityKana, ui.newMunicipalityCode):
            edit.clear()
        ui.municipalityFilterEdit.clear()
        self.select_id(ui.municipalitiesView, row.id)
        ui.newMunicipalityName.setFocus()
        return row  # type: ignore[no-any-return]

    def _edit_municipality_field(self, municipality_id: int, field: str, value: str) -> bool:
        muni = next((m for m in self._municipalities if m.id == municipality_id), None)
        if muni is None:
            return False
        done, _ = self.try_edit(
            self.tr("Edit {name}").format(name=muni.name),
            svc.update_municipality_op(municipality_id, **{field: value}),
        )
        return done

    def delete_selected_municipality(self) -> None:
        muni_id = self._current_municipality()
        muni = next((m for m in self._municipalities if m.id == muni_id), None)
        if muni is None:
            return
        if self.municipality_model.people_count(muni.id):
            self.show_message(
                self.tr("{name} still has people: move or delete them first.").format(
                    name=muni.name
                )
            )
            return
        self.try_edit(
            self.tr("Delete {name}").format(name=muni.name),
            svc.set_municipality_deleted_op(muni.id, True),
        )

    def add_department(self) -> DepartmentRow | None:
        muni = self._current_municipality()
        if muni is None:
            self.show_message(self.tr("Select the municipality of the department first."))
            return None
        name = self.ui.newDepartmentName.text()
        done, row = self.try_edit(
            self.tr("Add {name}").format(name=name.strip()),
            svc.add_department_op(muni, name),
        )
        if not done:
            self.ui.newDepartmentName.setFocus()
            return None
        self.ui.newDepartmentName.clear()
        self.select_id(self.ui.departmentsView, row.id)
        return row  # type: ignore[no-any-return]

    def _edit_department_field(self, department_id: int, field: str, value: str) -> bool:
        dept = next((d for d in self._departments if d.id == department_id), None)
        if dept is None:
            return False
        done, _ = self.try_edit(
            self.tr("Rename {name}").format(name=dept.name),
            svc.rename_department_op(department_id, value),
        )
        return done

    def delete_selected_department(self) -> None:
        ids = self._selected_ids(self.ui.departmentsView)
        dept = next((d for d in self._departments if ids and d.id == ids[0]), None)
        if dept is None:
            return
        if self.department_model.people_count(dept.id):
            self.show_message(
                self.tr("{name} still has people: move or delete them first.").format(
                    name=dept.name
                )
            )
            return
        self.try_edit(
            self.tr("Delete {name}").format(name=dept.name),
            svc.set_department_deleted_op(dept.id, True),
        )

    # -- work groups ---------------------------------------------------------------------------

    def _current_group(self) -> GroupRow | None:
        ids = self._selected_ids(self.ui.groupsView)
        return next((g for g in self._groups if ids and g.id == ids[0]), None)

    def _group_selected(self) -> None:
        group = self._current_group()
        self.member_proxy.set_only(group.member_ids if group is not None else ())
        grouped = {pid for g in self._groups for pid in g.member_ids}
        self.available_proxy.set_only(p.id for p in self._people if p.id not in grouped)
        self.ui.membersBox.setTitle(
            self.tr("Members of {group}").format(group=group.name)
            if group is not None
            else self.tr("Members")
        )
        self._update_buttons()

    def group_name(self, number: int) -> str:
        return self.tr("Group {number}").format(number=number)

    def add_group(self) -> GroupRow | None:
        names = {g.name for g in self._groups}
        number = len(self._groups) + 1
        while self.group_name(number) in names:
            number += 1
        name = self.group_name(number)
        done, row = self.try_edit(self.tr("Add {name}").format(name=name), svc.add_group_op(name))
        if not done:
            return None
        if self.select_id(self.ui.groupsView, row.id):
            self.ui.groupsView.edit(self.ui.groupsView.currentIndex())  # rename at once
        return row  # type: ignore[no-any-return]

    def _edit_group_field(self, group_id: int, field: str, value: str) -> bool:
        group = next((g for g in self._groups if g.id == group_id), None)
        if group is None:
            return False
        done, _ = self.try_edit(
            self.tr("Rename {name}").format(name=group.name),
            svc.rename_group_op(group_id, value),
        )
        return done

    def delete_selected_group(self) -> None:
        group = self._current_group()
        if group is None:
            return
        self.try_edit(
            self.tr("Delete {name}").format(name=group.name),
            svc.set_group_deleted_op(group.id, True),
        )

    def add_selected_members(self) -> None:
        group = self._current_group()
        if group is None:
            return
        new = [i for i in self._selected_ids(self.ui.availableView) if i not in group.member_ids]
        if not new:
            return
        self.try_edit(
            self.tr("Add members to {group}").format(group=group.name),
            svc.add_group_members_op(group.id, new),
        )

    def remove_selected_members(self) -> None:
        group = self._current_group()
        if group is None:
            return
        ids = [i for i in self._selected_ids(self.ui.membersView) if i in group.member_ids]
        if not ids:
            return
        self.try_edit(
            self.tr("Remove members from {group}").format(group=group.name),
            svc.remove_group_members_op(group.id, ids),
        )

    def auto_mix(self) -> AutoMixDialog:
        """Open the auto-mix dialog; its OK regroups all trainees (one undo step)."""
        trainees = [p for p in self._people if Role.TRAINEE in p.roles]
        dialog = AutoMixDialog(
            trainees, len(self._groups), self.run_auto_mix, self._last_group_size, self
        )
        self._open(dialog)
        return dialog

    def run_auto_mix(self, size: int) -> list[GroupRow]:
        """Regroup the trainees into groups of at most *size*; raises ``ServiceError``."""
        result: list[GroupRow] = self.run_edit(
            self.tr("Auto-mix groups of {size}").format(size=size),
            svc.auto_mix_groups_op(size, name_for=self.group_name),
        )
        self._last_group_size = size
        self.ui.tabs.setCurrentIndex(GROUPS_TAB)
        return result
