"""The programme settings page: every edit saved at once, undoable, refused edits revert."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import Phase
from dxworkshop.services import catalogues as cat
from dxworkshop.services import criteria as crit
from dxworkshop.services import programme as prog
from dxworkshop.services.ops import Changes
from dxworkshop.store import models as m
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.main_window import MainWindow
from dxworkshop.ui.models.settings_models import (
    CatalogueListModel,
    CriteriaTableModel,
    RubricTableModel,
    SessionTableModel,
)
from dxworkshop.ui.pages.settings_page import ProgrammeSettingsPage
from dxworkshop.ui.preferences import Preferences


@pytest.fixture
def page(
    qtbot: QtBot, controller: WorkshopController, prefs: Preferences
) -> Iterator[ProgrammeSettingsPage]:
    p = ProgrammeSettingsPage(controller, prefs)
    qtbot.addWidget(p)

    # What the main window does: pages refresh on the kinds of records they show.
    def on_changed(changes: Changes) -> None:
        if p.wants(changes):
            p.refresh(changes)

    controller.records_changed.connect(on_changed)
    p.refresh(Changes.everything())
    p.resize(1100, 760)
    p.show()
    qtbot.waitExposed(p)
    yield p
    controller.records_changed.disconnect(on_changed)


def undo(controller: WorkshopController) -> None:
    controller.undo_stack.undo()


def redo(controller: WorkshopController) -> None:
    controller.undo_stack.redo()


def cell(model: Any, ident: int, field: str) -> Any:
    row = model.row_of(ident)
    assert row is not None
    return model.index(row, model.column_of(field))


def criterion(controller: WorkshopController, name: str) -> crit.CriterionRow:
    return next(c for c in crit.list_criteria(controller.workshop) if c.name == name)


def message(page: ProgrammeSettingsPage) -> str:
    return page.ui.messageLabel.text() if page.ui.messageLabel.isVisible() else ""


# --- models ----------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(page: ProgrammeSettingsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.sessions.rowCount() == 8
    assert page.criteria.rowCount() == 4
    assert page.rubric.rowCount() == 4
    assert page.categories.rowCount() == 10
    for model in (page.sessions, page.criteria, page.rubric, page.categories, page.dx_means):
        qtmodeltester.check(model)


@pytest.mark.parametrize(
    "model",
    [
        SessionTableModel,
        CriteriaTableModel,
        RubricTableModel,
        lambda: CatalogueListModel(lambda n: f"{n}"),
    ],
)
def test_empty_models_pass_the_model_tester(model: Any, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model())


def test_reordered_rows_move_instead_of_resetting(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RubricTableModel()
    rows = [crit.RubricItemRow(i, f"観点{i}", 1, 5, i) for i in range(1, 5)]
    model.set_rows(rows)
    qtmodeltester.check(model)
    moves: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.rowsMoved.connect(lambda _p, start, _e, _d, row: moves.append((start, row)))
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([rows[2], rows[0], rows[1], rows[3]])
    assert [model.row_at(i).id for i in range(4)] == [3, 1, 2, 4]
    assert moves and not resets
    model.set_rows(rows[:3])  # a row gone: a reset
    assert resets == [True]
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_criteria_model_shows_axes_and_gates(page: ProgrammeSettingsPage) -> None:
    model = page.criteria
    rows = {r.name: r for r in model.rows()}
    ease, gate = rows["実現容易性"], rows["規程・制度上実施可能"]
    assert model.data(cell(model, ease.id, "axis")) == "Horizontal (x)"
    assert model.data(cell(model, rows["効果（業務削減効果）"].id, "axis")) == "Vertical (y)"
    assert model.data(cell(model, gate.id, "gate"), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    # a gate's scale and weight are not editable
    assert not model.flags(cell(model, gate.id, "max")) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(cell(model, ease.id, "max")) & Qt.ItemFlag.ItemIsEditable


# --- programme fields --------------------------------------------------------------------


def test_edit_programme_name_is_saved_and_undone(
    qtbot: QtBot, page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    edit = page.ui.nameEdit
    edit.selectAll()
    edit.insert("令和8年度 DX研修 ")  # as an input method commits it
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert prog.get_programme(controller.workshop).name == "令和8年度 DX研修"
    assert edit.text() == "令和8年度 DX研修"  # shown as saved
    assert controller.undo_stack.undoText() == "Change programme name"
    undo(controller)
    assert prog.get_programme(controller.workshop).name == "令和8年度 業務改善研修"
    assert edit.text() == "令和8年度 業務改善研修"
    redo(controller)
    assert prog.get_programme(controller.workshop).name == "令和8年度 DX研修"


def test_editing_finished_without_a_change_saves_nothing(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    page.ui.nameEdit.editingFinished.emit()
    page.ui.fiscalYearSpin.editingFinished.emit()
    assert controller.undo_stack.count() == 0


def test_other_programme_fields(
    qtbot: QtBot, page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    ui = page.ui
    ui.organiserEdit.setText("岡山県 デジタル推進課")
    ui.organiserEdit.editingFinished.emit()
    ui.fiscalYearSpin.setValue(2027)
    ui.fiscalYearSpin.editingFinished.emit()
    ui.endDateEdit.setDate(QDate(2026, 11, 30))
    ui.endDateEdit.editingFinished.emit()
    ui.descriptionEdit.setFocus()
    qtbot.waitUntil(ui.descriptionEdit.hasFocus)
    ui.descriptionEdit.setPlainText("県内市町村の職員向け研修")
    ui.nameEdit.setFocus()  # leaving the description saves it
    qtbot.waitUntil(lambda: controller.undo_stack.count() == 4)
    info = prog.get_programme(controller.workshop)
    assert info.organiser == "岡山県 デジタル推進課"
    assert info.fiscal_year == 2027
    assert info.end_date == dt.date(2026, 11, 30)
    assert info.description == "県内市町村の職員向け研修"
    for _ in range(4):
        undo(controller)
    info = prog.get_programme(controller.workshop)
    assert (info.organiser, info.fiscal_year, info.description) == ("岡山県", 2026, "")
    assert info.end_date == dt.date(2026, 11, 3)
    assert ui.fiscalYearSpin.value() == 2026


def test_the_programmes_prefecture_is_chosen_and_undone(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    combo = page.ui.prefectureCombo
    assert combo.count() == 48  # none, and the 47 prefectures in code order
    assert (combo.itemData(0), combo.itemText(1), combo.itemText(47)) == ("", "北海道", "沖縄県")
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("岡山県"))
    combo.activated.emit(combo.currentIndex())
    assert prog.get_programme(controller.workshop).prefecture == "岡山県"
    assert controller.undo_stack.undoText() == "Change prefecture"
    undo(controller)
    assert prog.get_programme(controller.workshop).prefecture == ""
    assert combo.currentData() == ""  # shown as it is again
    redo(controller)
    assert combo.currentText() == "岡山県"
    combo.activated.emit(combo.currentIndex())  # chosen again: nothing to save
    assert controller.undo_stack.count() == 1


def test_end_date_before_start_reverts_with_a_message(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    page.ui.endDateEdit.setDate(QDate(2026, 8, 1))
    page.ui.endDateEdit.editingFinished.emit()
    assert prog.get_programme(controller.workshop).end_date == dt.date(2026, 11, 3)
    assert page.ui.endDateEdit.date() == QDate(2026, 11, 3)
    assert "End date" in message(page)
    assert controller.undo_stack.count() == 0


def test_empty_programme_name_reverts_with_a_message(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    page.ui.nameEdit.setText("   ")
    page.ui.nameEdit.editingFinished.emit()
    assert page.ui.nameEdit.text() == "令和8年度 業務改善研修"
    assert "must not be empty" in message(page)
    # the next good edit clears the message
    page.ui.nameEdit.setText("研修")
    page.ui.nameEdit.editingFinished.emit()
    assert message(page) == ""


# --- sessions ------------------------------------------------------------------------------


def test_a_session_date_moved_inline(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    first = prog.list_sessions(controller.workshop)[0]
    index = cell(page.sessions, first.id, "date")
    assert page.sessions.setData(index, QDate(2026, 9, 3))
    assert prog.list_sessions(controller.workshop)[0].date == dt.date(2026, 9, 3)
    assert page.sessions.row_at(0).date == dt.date(2026, 9, 3)
    undo(controller)
    assert prog.list_sessions(controller.workshop)[0].date == first.date
    redo(controller)
    assert prog.list_sessions(controller.workshop)[0].date == dt.date(2026, 9, 3)


def test_moving_a_session_past_the_next_reorders_and_keeps_it_selected(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    first = prog.list_sessions(controller.workshop)[0]
    view = page.ui.sessionsView
    view.setCurrentIndex(cell(page.sessions, first.id, "date"))
    assert page.sessions.setData(view.currentIndex(), QDate(2026, 9, 20))
    assert page.sessions.row_of(first.id) == 1
    assert view.currentIndex().row() == 1


def test_a_session_date_typed_in_its_date_editor(
    qtbot: QtBot, page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    first = prog.list_sessions(controller.workshop)[0]
    view = page.ui.sessionsView
    index = cell(page.sessions, first.id, "date")
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QDateEdit)
    assert editor is not None and editor.calendarPopup()
    editor.setDate(QDate(2026, 9, 20))  # after the second session: the row moves
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sessions.row_of(first.id) == 1)
    assert prog.list_sessions(controller.workshop)[1].date == dt.date(2026, 9, 20)
    assert view.currentIndex().row() == 1


def test_shift_selected_sessions(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    before = prog.list_sessions(controller.workshop)
    view = page.ui.sessionsView
    view.selectRow(6)
    view.selectionModel().select(
        page.sessions.index(7, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    assert page.ui.shiftButton.isEnabled()
    page.ui.shiftDaysSpin.setValue(14)
    page.ui.shiftButton.click()
    after = prog.list_sessions(controller.workshop)
    assert [s.date for s in after[:6]] == [s.date for s in before[:6]]
    assert [s.date for s in after[6:]] == [s.date + dt.timedelta(days=14) for s in before[6:]]  # type: ignore[operator]
    undo(controller)
    assert prog.list_sessions(controller.workshop) == before


def test_add_edit_and_delete_a_session(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    page.ui.addSessionButton.click()
    ident = max(s.id for s in prog.list_sessions(controller.workshop))
    added = next(s for s in prog.list_sessions(controller.workshop) if s.id == ident)
    assert added.title == "New session"
    assert added.date == dt.date(2026, 11, 10)  # a week after the last one
    assert added.phase == Phase.REPORT
    assert page.sessions.setData(cell(page.sessions, ident, "title"), "成果報告会 予備日")
    assert page.sessions.setData(cell(page.sessions, ident, "phase"), Phase.PRACTICE.value)
    assert page.sessions.setData(cell(page.sessions, ident, "place"), "県庁 301会議室")
    row = next(s for s in prog.list_sessions(controller.workshop) if s.id == ident)
    assert (row.title, row.phase, row.place) == (
        "成果報告会 予備日",
        Phase.PRACTICE,
        "県庁 301会議室",
    )
    page.ui.sessionsView.selectRow(page.sessions.row_of(ident))
    page.ui.deleteSessionButton.click()
    assert ident not in [s.id for s in prog.list_sessions(controller.workshop)]
    undo(controller)
    assert ident in [s.id for s in prog.list_sessions(controller.workshop)]
    for _ in range(4):
        undo(controller)
    assert ident not in [s.id for s in prog.list_sessions(controller.workshop)]
    redo(controller)  # the same session comes back
    assert ident in [s.id for s in prog.list_sessions(controller.workshop)]


def test_an_empty_session_title_reverts(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    first = page.sessions.row_at(0)
    index = cell(page.sessions, first.id, "title")
    assert not page.sessions.setData(index, "  ")
    assert page.sessions.data(index) == first.title
    assert prog.list_sessions(controller.workshop)[0].title == first.title
    assert "Title must not be empty" in message(page)


# --- criteria --------------------------------------------------------------------------------


def test_add_a_criterion_and_change_its_weight_inline(
    qtbot: QtBot, page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.criteriaTab)
    ident = page.add_criterion()
    assert ident is not None
    added = crit.get_criterion(controller.workshop, ident)
    assert (added.name, added.code, added.weight) == ("New criterion", "c5", 1.0)
    assert page.criteria.row_of(ident) == 4
    # the name cell is open for typing right away
    editor = page.ui.criteriaView.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.insert("市民サービスへの効果")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(
        lambda: crit.get_criterion(controller.workshop, ident).name == "市民サービスへの効果"
    )

    # the weight through its spin box, as a user types it
    view = page.ui.criteriaView
    index = cell(page.criteria, ident, "weight")
    view.setCurrentIndex(index)
    view.edit(index)
    spin = view.findChild(QDoubleSpinBox)
    assert spin is not None
    spin.setValue(2.5)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: crit.get_criterion(controller.workshop, ident).weight == 2.5)
    assert page.criteria.data(cell(page.criteria, ident, "weight")) == "2.5"

    undo(controller)
    assert crit.get_criterion(controller.workshop, ident).weight == 1.0
    assert page.criteria.data(cell(page.criteria, ident, "weight")) == "1"
    redo(controller)
    assert crit.get_criterion(controller.workshop, ident).weight == 2.5
    undo(controller)
    undo(controller)
    undo(controller)
    assert page.criteria.row_of(ident) is None
    redo(controller)
    assert page.criteria.row_of(ident) == 4  # the same criterion, restored


def test_criterion_direction_through_its_combo_box(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    urgency = criterion(controller, "緊急度")
    view = page.ui.criteriaView
    index = cell(page.criteria, urgency.id, "higher_is_better")
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Higher is better",
        "Lower is better",
    ]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert not crit.get_criterion(controller.workshop, urgency.id).higher_is_better
    assert page.criteria.data(index) == "Lower is better"


def test_making_a_criterion_a_gate_and_undo_restores_its_scale(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    urgency = criterion(controller, "緊急度")
    index = cell(page.criteria, urgency.id, "gate")
    assert page.criteria.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    row = crit.get_criterion(controller.workshop, urgency.id)
    assert (row.gate, row.min, row.max) == (True, 0, 1)
    # a gate cannot be an axis: it leaves the axis combo boxes
    assert page.ui.xAxisCombo.findData(urgency.id) == -1
    undo(controller)
    row = crit.get_criterion(controller.workshop, urgency.id)
    assert (row.gate, row.min, row.max) == (False, 1, 5)
    assert page.ui.xAxisCombo.findData(urgency.id) >= 0


def test_invalid_scale_reverts_with_a_message(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    urgency = criterion(controller, "緊急度")
    index = cell(page.criteria, urgency.id, "min")
    assert not page.criteria.setData(index, 5)
    assert page.criteria.data(index) == 1
    assert crit.get_criterion(controller.workshop, urgency.id).min == 1
    assert message(page) == "The lowest score must be below the highest."
    assert controller.undo_stack.count() == 0
    name = cell(page.criteria, urgency.id, "name")
    assert not page.criteria.setData(name, "実現容易性")
    assert page.criteria.data(name) == "緊急度"
    assert "already used" in message(page)


def test_scores_outside_a_new_scale_are_never_lost(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    urgency = criterion(controller, "緊急度")
    with controller.workshop.session() as session:
        issue = m.Issue(title="窓口の待ち時間")
        session.add(issue)
        session.flush()
        assert issue.id is not None
        session.add(m.Score(issue_id=issue.id, criterion_id=urgency.id, value=5))
        session.commit()
    index = cell(page.criteria, urgency.id, "max")
    assert not page.criteria.setData(index, 3)
    assert crit.get_criterion(controller.workshop, urgency.id).max == 5
    assert "1 score(s) or rating(s) already given are outside 1–3" in message(page)


def test_deleting_an_axis_criterion_is_refused_and_others_are_undoable(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    ease = criterion(controller, "実現容易性")
    page.ui.criteriaView.selectRow(page.criteria.row_of(ease.id))
    page.ui.deleteCriterionButton.click()
    assert criterion(controller, "実現容易性") == ease
    assert "axis of the payoff matrix" in message(page)
    urgency = criterion(controller, "緊急度")
    page.ui.criteriaView.selectRow(page.criteria.row_of(urgency.id))
    page.ui.deleteCriterionButton.click()
    assert page.criteria.row_of(urgency.id) is None
    assert message(page) == ""
    undo(controller)
    assert page.criteria.row_of(urgency.id) == 2


def test_move_criteria(page: ProgrammeSettingsPage, controller: WorkshopController) -> None:
    view = page.ui.criteriaView
    view.selectRow(0)
    assert not page.ui.criterionUpButton.isEnabled()
    page.ui.criterionDownButton.click()
    codes = [c.code for c in crit.list_criteria(controller.workshop)]
    assert codes == ["ease", "effect", "urgency", "feasible"]
    assert view.currentIndex().row() == 1  # the selection follows the row
    assert page.ui.criterionUpButton.isEnabled()
    undo(controller)
    assert [c.code for c in crit.list_criteria(controller.workshop)][:2] == ["effect", "ease"]


def test_change_matrix_axes(page: ProgrammeSettingsPage, controller: WorkshopController) -> None:
    urgency = criterion(controller, "緊急度")
    ease = criterion(controller, "実現容易性")
    combo = page.ui.yAxisCombo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["効果（業務削減効果）", "実現容易性", "緊急度"]  # no gate
    assert page.ui.xAxisCombo.currentText() == "実現容易性"
    assert combo.currentText() == "効果（業務削減効果）"
    combo.setCurrentIndex(combo.findData(urgency.id))
    combo.activated.emit(combo.currentIndex())
    assert crit.get_matrix_axes(controller.workshop) == crit.MatrixAxesRow(ease.id, urgency.id)
    assert page.criteria.data(cell(page.criteria, urgency.id, "axis")) == "Vertical (y)"
    undo(controller)
    effect = criterion(controller, "効果（業務削減効果）")
    assert crit.get_matrix_axes(controller.workshop) == crit.MatrixAxesRow(ease.id, effect.id)
    assert combo.currentText() == "効果（業務削減効果）"


def test_the_same_criterion_on_both_axes_reverts_with_a_message(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    before = crit.get_matrix_axes(controller.workshop)
    combo = page.ui.yAxisCombo
    combo.setCurrentIndex(combo.findText("実現容易性"))
    combo.activated.emit(combo.currentIndex())
    assert crit.get_matrix_axes(controller.workshop) == before
    assert combo.currentText() == "効果（業務削減効果）"
    assert message(page) == "Choose two different criteria for the matrix axes."


# --- rubric ----------------------------------------------------------------------------------


def test_rubric_items(page: ProgrammeSettingsPage, controller: WorkshopController) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.rubricTab)
    page.ui.addRubricButton.click()
    ident = crit.list_rubric_items(controller.workshop)[-1].id
    assert page.rubric.row_at(4).name == "New rubric item"
    assert page.rubric.setData(cell(page.rubric, ident, "name"), "説明のわかりやすさ")
    assert page.rubric.setData(cell(page.rubric, ident, "max"), 4)
    item = crit.list_rubric_items(controller.workshop)[-1]
    assert (item.id, item.name, item.max) == (ident, "説明のわかりやすさ", 4)
    page.ui.rubricView.selectRow(4)
    page.ui.rubricUpButton.click()
    assert crit.list_rubric_items(controller.workshop)[3].id == ident
    assert not page.rubric.setData(cell(page.rubric, ident, "min"), 4)
    assert "lowest score must be below" in message(page)
    page.ui.deleteRubricButton.click()
    assert ident not in [r.id for r in crit.list_rubric_items(controller.workshop)]
    undo(controller)
    assert crit.list_rubric_items(controller.workshop)[3].id == ident
    undo(controller)  # the move
    assert crit.list_rubric_items(controller.workshop)[4].id == ident


# --- catalogues ------------------------------------------------------------------------------


def test_add_rename_remove_a_dx_means_entry_with_undo(
    qtbot: QtBot, page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    ws = controller.workshop
    before = cat.get_dx_means(ws)
    page.ui.tabs.setCurrentWidget(page.ui.cataloguesTab)
    page.ui.newDxMeansEdit.insert("生成AI ")
    qtbot.keyClick(page.ui.newDxMeansEdit, Qt.Key.Key_Return)
    assert cat.get_dx_means(ws) == (*before, "生成AI")
    assert page.ui.newDxMeansEdit.text() == ""
    assert page.dx_means.entries()[-1] == "生成AI"
    assert page.ui.dxMeansView.currentIndex().row() == len(before)  # the new entry is selected

    index = page.dx_means.index(len(before), 0)
    assert page.dx_means.setData(index, "生成AI（ChatGPT等）")
    assert cat.get_dx_means(ws)[-1] == "生成AI（ChatGPT等）"

    page.ui.dxMeansView.setCurrentIndex(page.dx_means.index(1, 0))
    assert page.ui.removeDxMeansButton.isEnabled()
    page.ui.removeDxMeansButton.click()
    assert "RPA" not in cat.get_dx_means(ws)

    undo(controller)
    assert "RPA" in cat.get_dx_means(ws)
    undo(controller)
    assert cat.get_dx_means(ws)[-1] == "生成AI"
    undo(controller)
    assert cat.get_dx_means(ws) == before
    assert page.dx_means.entries() == list(before)
    redo(controller)
    redo(controller)
    assert cat.get_dx_means(ws)[-1] == "生成AI（ChatGPT等）"


def test_catalogue_duplicates_and_blanks_are_refused(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    ws = controller.workshop
    before = cat.get_issue_categories(ws)
    page.ui.newCategoryEdit.setText("紙・押印")
    page.ui.addCategoryButton.click()
    assert cat.get_issue_categories(ws) == before
    assert page.ui.newCategoryEdit.text() == "紙・押印"  # kept, to be corrected
    assert "Issue category" in message(page) and "already used" in message(page)
    index = page.categories.index(0, 0)
    assert not page.categories.setData(index, " ")
    assert page.categories.data(index, Qt.ItemDataRole.EditRole) == "紙・押印"
    assert cat.get_issue_categories(ws) == before


def test_reorder_issue_categories_and_rename_retags_issues(
    page: ProgrammeSettingsPage, controller: WorkshopController
) -> None:
    ws = controller.workshop
    with ws.session() as session:
        issue = m.Issue(title="申請書の転記", categories=["手入力・転記"])
        session.add(issue)
        session.commit()
        issue_id = issue.id
    page.refresh(Changes.of(issue=None, cluster=None))
    assert page.categories.data(page.categories.index(1, 0)) == "手入力・転記　(1)"
    view = page.ui.categoriesView
    view.setCurrentIndex(page.categories.index(1, 0))
    page.ui.categoryUpButton.click()
    assert cat.get_issue_categories(ws)[:2] == ("手入力・転記", "紙・押印")
    assert view.currentIndex().row() == 0
    assert page.categories.setData(page.categories.index(0, 0), "手入力")
    with ws.session() as session:
        stored = session.get(m.Issue, issue_id)
        assert stored is not None and stored.categories == ["手入力"]
    undo(controller)
    undo(controller)
    assert cat.get_issue_categories(ws)[:2] == ("紙・押印", "手入力・転記")
    with ws.session() as session:
        stored = session.get(m.Issue, issue_id)
        assert stored is not None and stored.categories == ["手入力・転記"]


# --- in the main window -------------------------------------------------------------------------


def test_in_the_main_window_a_refusal_also_shows_in_the_status_bar(
    qtbot: QtBot, prefs: Preferences, programme_file: Path, tmp_path: Path
) -> None:
    window = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    try:
        assert window.open_path(programme_file)
        page = window.show_page("settings")
        assert isinstance(page, ProgrammeSettingsPage)
        urgency = next(r for r in page.criteria.rows() if r.name == "緊急度")
        assert not page.criteria.setData(cell(page.criteria, urgency.id, "min"), 9)
        assert window.statusBar().currentMessage() == (
            "The lowest score must be below the highest."
        )
        # a good edit refreshes the page through the window, and undo from the menu
        assert page.criteria.setData(cell(page.criteria, urgency.id, "weight"), 4.0)
        assert page.criteria.data(cell(page.criteria, urgency.id, "weight")) == "4"
        window.undo_action.trigger()
        assert page.criteria.data(cell(page.criteria, urgency.id, "weight")) == "1"
    finally:
        window.close_workshop()
