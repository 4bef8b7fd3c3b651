"""The editor panel of one issue card: every field, with the annual hours shown live.

The panel holds no rules and calls no service: each finished field edit is announced as
``edit_requested(issue_id, {field: value})`` (keyword arguments of
``services.issues.update_issue``) and the page runs it through the undo stack. Text
fields are plain Qt widgets, so Japanese input methods work as everywhere else.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from dxworkshop.domain import limits
from dxworkshop.domain.enums import IssueSource, IssueStatus, Role
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services.issues import IssueRow
from dxworkshop.services.people import PersonRow
from dxworkshop.ui.forms.ui_issues_editor import Ui_IssueEditor
from dxworkshop.ui.issue_labels import hours_text, number_text, source_label, status_label
from dxworkshop.ui.models.issue_models import NONE_ID

INVALID_STYLE = "QLineEdit { border: 1px solid #dc2626; background: #fef2f2; }"
CHIP_STYLE = """
QListWidget { background: transparent; border: none; outline: none; }
QListWidget::item { border: 1px solid #cbd5e1; border-radius: 11px; padding: 2px 9px;
    margin: 1px; color: #334155; background: white; }
QListWidget::item:hover { border-color: #2563eb; }
QListWidget::item:selected { background: #2563eb; border-color: #2563eb; color: white; }
"""


# --- person pickers (shared with the page's fast entry) ------------------------------------


def person_text(person: PersonRow) -> str:
    where = person.municipality_name
    return f"{person.name}（{where}）" if where else person.name


def fill_person_combo(
    combo: QComboBox, people: Iterable[PersonRow], *, none_text: str | None = None
) -> None:
    """Trainees first (五十音順 as given), then everyone else; keeps the current choice."""
    current = combo.currentData()
    people = list(people)
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, NONE_ID)
    trainees = [p for p in people if Role.TRAINEE in p.roles]
    others = [p for p in people if Role.TRAINEE not in p.roles]
    for person in trainees:
        combo.addItem(person_text(person), person.id)
    if trainees and others:
        combo.insertSeparator(combo.count())
    for person in others:
        combo.addItem(person_text(person), person.id)
    found = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(found if found >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)


def make_searchable(combo: QComboBox) -> None:
    """An editable combo whose typing (IME included) finds a person by any part of the name."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit = combo.lineEdit()
    if edit is not None:
        # Text that names nobody goes back to the person chosen.
        edit.editingFinished.connect(lambda c=combo: _settle(c))


def _settle(combo: QComboBox) -> None:
    index = combo.findText(combo.currentText())
    if index >= 0:
        if index != combo.currentIndex():
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
    else:
        combo.setEditText(combo.itemText(combo.currentIndex()))


def person_id(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return None if value is None or value == NONE_ID else int(value)


def select_person(combo: QComboBox, ident: int | None) -> None:
    index = combo.findData(NONE_ID if ident is None else ident)
    combo.setCurrentIndex(index if index >= 0 else 0)


# --- numbers ---------------------------------------------------------------------------------


class BadNumber(ValueError):
    pass


def parse_number(text: str, sane: limits.Range | None = None) -> float | None:
    """A workload number typed by a person: full-width digits and separators allowed;
    within *sane* when given (``domain.limits``)."""
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise BadNumber(text) from None
    if not math.isfinite(value) or value < 0 or (sane is not None and not sane.contains(value)):
        raise BadNumber(text)
    return value


class IssueEditor(QWidget):
    edit_requested = Signal(int, dict)  # issue id, update_issue keyword arguments
    delete_requested = Signal(int)

    NUMBER_FIELDS = ("cases_per_year", "minutes_per_case", "people")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IssueEditor()
        self.ui.setupUi(self)
        self._row: IssueRow | None = None
        self._categories: tuple[str, ...] = ()
        self._filling = False
        self._fitting = False
        heading = QFont(self.ui.headingLabel.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        self.ui.headingLabel.setFont(heading)
        hours = QFont(self.ui.hoursLabel.font())
        hours.setBold(True)
        hours.setPointSizeF(hours.pointSizeF() * 1.3)
        self.ui.hoursLabel.setFont(hours)
        self.ui.hoursLabel.setStyleSheet("color: #1d4ed8;")
        self.ui.whereLabel.setStyleSheet("color: #64748b;")
        self.ui.emptyLabel.setStyleSheet("color: #64748b;")
        self.ui.categoryList.setStyleSheet(CHIP_STYLE)
        # The form keeps its natural height; spare room goes below it.
        self.ui.formWidget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for edit in self._number_edits():
            edit.setMaximumWidth(76)
        make_searchable(self.ui.ownerCombo)
        for source in IssueSource:
            self.ui.sourceCombo.addItem(source_label(source), source.value)
        for status in IssueStatus:
            self.ui.statusCombo.addItem(status_label(status), status.value)
        self.ui.descriptionEdit.installEventFilter(self)
        self.ui.categoryList.installEventFilter(self)
        self._connect()
        self.show_issue(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.titleField.editingFinished.connect(self._title_finished)
        ui.processEdit.editingFinished.connect(
            lambda: self._text_finished("process", ui.processEdit)
        )
        ui.ownerCombo.activated.connect(self._owner_chosen)
        ui.categoryList.itemSelectionChanged.connect(self._category_toggled)
        for edit in self._number_edits():
            edit.textChanged.connect(self._update_hours)
        ui.casesEdit.editingFinished.connect(lambda: self._number_finished("cases_per_year"))
        ui.minutesEdit.editingFinished.connect(lambda: self._number_finished("minutes_per_case"))
        ui.peopleEdit.editingFinished.connect(lambda: self._number_finished("people"))
        ui.sourceCombo.activated.connect(
            lambda _i: self._request("source", ui.sourceCombo.currentData())
        )
        ui.statusCombo.activated.connect(
            lambda _i: self._request("status", ui.statusCombo.currentData())
        )
        ui.deleteButton.clicked.connect(self._delete)

    def _number_edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (self.ui.casesEdit, self.ui.minutesEdit, self.ui.peopleEdit)

    def _number_edit(self, name: str) -> QLineEdit:
        return self._number_edits()[self.NUMBER_FIELDS.index(name)]

    # -- choices ---------------------------------------------------------------------------

    def set_people(self, people: Iterable[PersonRow]) -> None:
        fill_person_combo(self.ui.ownerCombo, people, none_text=self.tr("(no owner)"))
        if self._row is not None:
            select_person(self.ui.ownerCombo, self._row.owner_id)

    def set_categories(self, categories: Iterable[str]) -> None:
        self._categories = tuple(categories)
        self._fill_categories()

    # -- showing ----------------------------------------------------------------------------

    @property
    def issue_id(self) -> int | None:
        return self._row.id if self._row is not None else None

    @property
    def row(self) -> IssueRow | None:
        return self._row

    def show_issue(self, row: IssueRow | None) -> None:
        """Show *row* (None: nothing selected); a field being typed in is left alone."""
        same = row is not None and self._row is not None and row.id == self._row.id
        self._row = row
        ui = self.ui
        ui.formWidget.setVisible(row is not None)
        ui.deleteButton.setVisible(row is not None)
        ui.emptyLabel.setVisible(row is None)
        if row is None:
            return
        self._filling = True
        try:
            self._set_text(ui.titleField, row.title, same)
            self._set_text(ui.processEdit, row.process, same)
            if not (same and ui.descriptionEdit.document().isModified()):
                if ui.descriptionEdit.toPlainText() != row.description:
                    ui.descriptionEdit.setPlainText(row.description)
                ui.descriptionEdit.document().setModified(False)
            select_person(ui.ownerCombo, row.owner_id)
            where = [p for p in (row.municipality_name, row.group_name) if p]
            ui.whereLabel.setText(" · ".join(where) if where else "—")
            for name in self.NUMBER_FIELDS:
                edit = self._number_edit(name)
                self._set_text(edit, number_text(getattr(row, name)), same)
                if not (same and edit.hasFocus()):
                    edit.setStyleSheet("")
            ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(row.source.value))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(row.status.value))
            self._fill_categories()
        finally:
            self._filling = False
        self._update_hours()

    def _set_text(self, edit: QLineEdit, text: str, same: bool) -> None:
        if same and edit.isModified():
            return  # typed but not saved yet: the user's text stays
        if edit.text() != text:
            edit.setText(text)
        edit.setModified(False)

    def _fill_categories(self) -> None:
        chosen = self._row.categories if self._row is not None else ()
        entries = list(self._categories) + [c for c in chosen if c not in self._categories]
        box = self.ui.categoryList
        was = self._filling
        self._filling = True
        box.blockSignals(True)
        box.clear()
        for entry in entries:
            item = QListWidgetItem(entry, box)
            item.setSelected(entry in chosen)
        box.blockSignals(False)
        self._filling = was
        self._fit_categories()

    def _fit_categories(self) -> None:
        """As tall as the wrapped chips need: no scroll bar, no empty band."""
        box = self.ui.categoryList
        width = box.width() - 2 * box.frameWidth() - box.spacing()
        if box.count() == 0 or width <= 0 or self._fitting:
            return
        self._fitting = True
        try:
            self._fit_category_rows(width)
        finally:
            self._fitting = False

    def _fit_category_rows(self, width: int) -> None:
        box = self.ui.categoryList
        rows, used, row_h = 1, 0, 0
        for i in range(box.count()):
            hint = box.sizeHintForIndex(box.model().index(i, 0))
            w = hint.width() + box.spacing()
            row_h = max(row_h, hint.height() + box.spacing())
            if used and used + w > width:
                rows += 1
                used = 0
            used += w
        height = max(28, min(rows * row_h + box.spacing() + 2 * box.frameWidth() + 4, 240))
        if height != box.height():
            box.setFixedHeight(height)
        # Styles differ in chip padding: grow until the last row shows without scrolling.
        box.doItemsLayout()
        bar = box.verticalScrollBar()
        while bar.maximum() > 0 and height < 240:
            height = min(height + max(bar.maximum(), 8), 240)
            box.setFixedHeight(height)
            box.doItemsLayout()

    def _update_hours(self) -> None:
        values: list[float | None] = []
        valid = True
        for edit in self._number_edits():
            try:
                values.append(parse_number(edit.text()))
            except BadNumber:
                valid = False
                values.append(None)
        hours = annual_hours(*values) if valid else None
        self.ui.hoursLabel.setText(
            hours_text(hours) if hours is not None else self.tr("— (enter all three)")
        )

    @property
    def hours_shown(self) -> str:
        return self.ui.hoursLabel.text()

    # -- edits --------------------------------------------------------------------------------

    def _request(self, field: str, value: Any) -> None:
        if self._filling or self._row is None:
            return
        current = getattr(self._row, field)
        if hasattr(current, "value"):
            current = current.value
        if isinstance(current, tuple):
            current = list(current)
        if value == current:
            return
        self.edit_requested.emit(self._row.id, {field: value})

    def _title_finished(self) -> None:
        edit = self.ui.titleField
        if not edit.isModified() or self._row is None:
            return
        edit.setModified(False)
        self._request("title", edit.text())

    def _text_finished(self, field: str, edit: QLineEdit) -> None:
        if not edit.isModified():
            return
        edit.setModified(False)
        self._request(field, edit.text())

    def _owner_chosen(self, _index: int) -> None:
        if self._row is None:
            return
        owner = person_id(self.ui.ownerCombo)
        if owner != self._row.owner_id:
            self._request("owner_id", owner)

    def chosen_categories(self) -> list[str]:
        box = self.ui.categoryList
        return [box.item(i).text() for i in range(box.count()) if box.item(i).isSelected()]

    def _category_toggled(self) -> None:
        if not self._filling:
            self._request("categories", self.chosen_categories())

    def _number_finished(self, field: str) -> None:
        edit = self._number_edit(field)
        try:
            value = parse_number(edit.text(), limits.BY_FIELD[field])
        except BadNumber:
            edit.setStyleSheet(INVALID_STYLE)
            edit.setToolTip(
                self.tr("Type a number between {range}, or leave it empty.").format(
                    range=limits.BY_FIELD[field].describe()
                )
            )
            return
        edit.setStyleSheet("")
        edit.setModified(False)  # saved (or unchanged): later refreshes may show the stored value
        if self._row is not None and value != getattr(self._row, field):
            self._request(field, value)

    def _delete(self) -> None:
        if self._row is not None:
            self.delete_requested.emit(self._row.id)

    def commit_description(self) -> None:
        edit = self.ui.descriptionEdit
        if self._row is not None and edit.document().isModified():
            edit.document().setModified(False)
            self._request("description", edit.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only focus changes are watched; keys (and input methods) pass untouched.
        if watched is self.ui.descriptionEdit and event.type() == QEvent.Type.FocusOut:
            self.commit_description()
        elif (
            watched is self.ui.categoryList
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_categories()  # the chips wrap differently
        return super().eventFilter(watched, event)
