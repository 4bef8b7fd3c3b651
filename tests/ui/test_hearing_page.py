"""The pre-hearing page as a facilitator uses it during an interview, and afterwards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import HearingStatus, QuestionKind, Role
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.hearing_sheet import sheet_data
from dxworkshop.services.ops import Changes
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.charts.hearing import HearingProgressChart
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.hearing_form import (
    AnswerTextEdit,
    NumberSpin,
    OptionSelector,
    TableAnswerEditor,
)
from dxworkshop.ui.models.hearing_models import (
    ComparisonModel,
    FindingTableModel,
    HearingTableModel,
    QuestionTableModel,
    SectionTableModel,
    SheetChangesModel,
    TableAnswerModel,
    level_colour,
    wrap_heading,
)
from dxworkshop.ui.pages.hearing_page import (
    COMPARISON_TAB,
    TEMPLATE_TAB,
    HearingPage,
)
from dxworkshop.ui.preferences import Preferences


@pytest.fixture
def ws(controller: WorkshopController) -> Workshop:
    return controller.workshop


@pytest.fixture
def seeded(ws: Workshop) -> dict[str, Any]:
    city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    okayama = people.add_municipality(ws, "岡山市", "おかやまし", "331007")
    people.add_municipality(ws, "早島町", "はやしまちょう", "334235")
    facilitator = people.add_person(ws, "石川 久美子", roles=[Role.FACILITATOR])
    hearing = hs.add_hearing(ws, city.id)
    return {
        "city": city,
        "okayama": okayama,
        "facilitator": facilitator,
        "hearing": hearing,
    }


@pytest.fixture
def window(
    qtbot: QtBot, controller: WorkshopController, prefs: Preferences, seeded: dict[str, Any]
) -> Iterator[QMainWindow]:
    win = QMainWindow()
    qtbot.addWidget(win)
    page = HearingPage(controller, prefs)
    win.setCentralWidget(page)
    controller.records_changed.connect(
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    page.refresh(Changes.everything())
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win


@pytest.fixture
def page(window: QMainWindow) -> HearingPage:
    widget = window.centralWidget()
    assert isinstance(widget, HearingPage)
    return widget


def question(ws: Workshop, text_part: str) -> hs.QuestionRow:
    return next(q for q in hs.live_questions(ws) if text_part in q.text)


def answer(ws: Workshop, seeded: dict[str, Any], text_part: str) -> Any:
    return hs.get_answer(ws, seeded["hearing"].id, question(ws, text_part).id)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


# --- models --------------------------------------------------------------------------------


def test_models_pass_the_model_tester(
    qtmodeltester: Any, page: HearingPage, ws: Workshop, seeded: dict[str, Any]
) -> None:
    hs.add_finding(ws, seeded["hearing"].id, "紙の申請が多い")
    hs.set_answer(ws, seeded["hearing"].id, question(ws, "手順書").id, 2)
    page.refresh(Changes.everything())
    page.ui.tabs.setCurrentIndex(COMPARISON_TAB)
    for model in (
        page.hearing_model,
        page.finding_model,
        page.comparison_model,
        page.section_model,
        page.question_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    table = TableAnswerModel(["業務名", "件数/年"], lambda rows: True)
    table.set_rows([["住民票", 1200], [None, None]])
    qtmodeltester.check(table)
    changes = SheetChangesModel()
    qtmodeltester.check(changes)
    assert isinstance(page.hearing_model, HearingTableModel)
    assert isinstance(page.finding_model, FindingTableModel)
    assert isinstance(page.section_model, SectionTableModel)
    assert isinstance(page.question_model, QuestionTableModel)


def test_table_answer_model_reads_numbers_and_reports_each_edit() -> None:
    edits: list[list[list[Any]]] = []
    model = TableAnswerModel(["業務名", "件数/年"], lambda rows: edits.append(rows) or True)
    model.set_rows([[None, None]])
    assert model.setData(model.index(0, 1), "１,２００")
    assert model.setData(model.index(0, 0), " 住民票の発行 ")
    assert edits == [[[None, 1200]], [["住民票の発行", 1200]]]
    assert model.index(0, 1).data() == "1200"
    assert model.setData(model.index(0, 1), "1200")  # unchanged: no edit
    assert len(edits) == 2
    refusing = TableAnswerModel(["a"], lambda rows: False)
    refusing.set_rows([[None]])
    assert not refusing.setData(refusing.index(0, 0), "x")
    assert refusing.index(0, 0).data() == ""


def test_headings_wrap_and_levels_have_colours() -> None:
    assert wrap_heading("テレワークの推進") == "テレワークの推進"
    assert (
        wrap_heading("行政手続のオンライン化・書かない窓口")
        == "行政手続の\nオンライン化・\n書かない窓口"
    )
    assert level_colour(None) == QColor("#f3f4f6")
    assert level_colour(0.0) != level_colour(1.0)


# --- the form, filled in live --------------------------------------------------------------


def test_the_form_is_generated_from_the_template(page: HearingPage, ws: Workshop) -> None:
    form = page.form
    assert form is not None
    assert form.question_ids() == [q.id for q in hs.live_questions(ws)]
    kinds = {
        QuestionKind.CHOICE: OptionSelector,
        QuestionKind.SCALE: OptionSelector,
        QuestionKind.TEXT: AnswerTextEdit,
        QuestionKind.TABLE: TableAnswerEditor,
    }
    for q in hs.live_questions(ws):
        assert isinstance(form.editor(q.id), kinds[q.kind])
    assert page.ui.hearingTitle.text() == "倉敷市"


def test_choices_and_levels_by_keyboard_save_at_once_with_undo(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    form = page.form
    assert form is not None
    choice = form.editor(question(ws, "DX推進の専任部署").id)
    scale = form.editor(question(ws, "AI・RPA").id)
    focus(qtbot, choice)
    qtbot.keyClick(choice, Qt.Key.Key_2)
    assert answer(ws, seeded, "DX推進の専任部署") == "兼務の部署がある"
    qtbot.keyClick(choice, Qt.Key.Key_Right)
    assert answer(ws, seeded, "DX推進の専任部署") == "ない"
    focus(qtbot, scale)
    qtbot.keyClick(scale, Qt.Key.Key_3)
    assert answer(ws, seeded, "AI・RPA") == 2
    assert isinstance(scale, OptionSelector) and scale.index() == 2
    qtbot.keyClick(scale, Qt.Key.Key_Delete)
    assert answer(ws, seeded, "AI・RPA") is None
    # a click picks; a click on the picked option clears it
    last = QPoint(scale.width() - 10, scale.height() // 2)
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=last)
    assert answer(ws, seeded, "AI・RPA") == 3
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=last)
    assert answer(ws, seeded, "AI・RPA") is None
    controller.undo_stack.undo()
    assert answer(ws, seeded, "AI・RPA") == 3
    controller.undo_stack.undo()
    assert answer(ws, seeded, "AI・RPA") is None
    controller.undo_stack.undo()
    assert answer(ws, seeded, "AI・RPA") == 2
    assert scale.index() == 2  # the form follows undo


def test_typing_a_text_answer_is_one_undo_step(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    form = page.form
    assert form is not None
    edit = form.editor(question(ws, "本研修への期待").id)
    assert isinstance(edit, AnswerTextEdit)
    steps = controller.undo_stack.count()
    focus(qtbot, edit)
    qtbot.keyClicks(edit, "RPA case studies")
    assert answer(ws, seeded, "本研修への期待") is None  # not saved while typing
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # Tab moves on (no tab character) and saves
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert answer(ws, seeded, "本研修への期待") == "RPA case studies"
    assert controller.undo_stack.count() == steps + 1
    assert "\t" not in edit.toPlainText()
    controller.undo_stack.undo()
    assert answer(ws, seeded, "本研修への期待") is None
    assert edit.toPlainText() == ""


def test_a_refresh_while_typing_keeps_what_is_typed(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any]
) -> None:
    form = page.form
    assert form is not None
    edit = form.editor(question(ws, "ITスキル").id)
    assert isinstance(edit, AnswerTextEdit)
    focus(qtbot, edit)
    qtbot.keyClicks(edit, "macro")
    page.refresh(Changes.of(hearing=None))  # e.g. another field saved meanwhile
    assert edit.toPlainText() == "macro" and edit.hasFocus()


def test_table_rows_by_keyboard(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    form = page.form
    assert form is not None
    editor = form.editor(question(ws, "現在の業務課題").id)
    assert isinstance(editor, TableAnswerEditor)
    focus(qtbot, editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert answer(ws, seeded, "現在の業務課題") == [[None] * 5]
    assert editor.model.rowCount() == 1
    # the new row's first cell is being edited: type, Tab to the next cell, type
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QWidget))
    cell = QApplication.focusWidget()
    assert cell is not None and cell is not editor.view
    qtbot.keyClicks(cell, "juminhyo")
    qtbot.keyClick(cell, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: answer(ws, seeded, "現在の業務課題")[0][0] == "juminhyo")
    editor.model.setData(editor.model.index(0, 1), "12,000")
    assert answer(ws, seeded, "現在の業務課題")[0][:2] == ["juminhyo", 12000]
    editor.add_button.click()
    assert len(answer(ws, seeded, "現在の業務課題")) == 2
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    editor.delete_button.click()
    assert len(answer(ws, seeded, "現在の業務課題")) == 1
    controller.undo_stack.undo()
    assert len(answer(ws, seeded, "現在の業務課題")) == 2
    assert editor.model.rowCount() == 2


def test_header_fields_save_with_undo(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    ui = page.ui
    hearing_id = seeded["hearing"].id

    def row() -> hs.HearingRow:
        return hs.get_hearing(ws, hearing_id).hearing

    ui.dateEdit.setDate(QDate(2026, 8, 20))
    ui.dateEdit.editingFinished.emit()
    assert str(row().date) == "2026-08-20"
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("done"))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    assert row().status == HearingStatus.DONE
    ui.interviewerCombo.setCurrentIndex(ui.interviewerCombo.findData(seeded["facilitator"].id))
    ui.interviewerCombo.activated.emit(ui.interviewerCombo.currentIndex())
    assert row().interviewer_name == "石川 久美子"
    focus(qtbot, ui.attendeesEdit)
    qtbot.keyClicks(ui.attendeesEdit, "IT div. Katayama")
    qtbot.keyClick(ui.attendeesEdit, Qt.Key.Key_Return)
    assert row().attendees == "IT div. Katayama"
    focus(qtbot, ui.notesEdit)
    qtbot.keyClicks(ui.notesEdit, "counter first")
    focus(qtbot, ui.newFindingEdit)
    assert row().notes == "counter first"
    for _ in range(5):
        controller.undo_stack.undo()
    assert row().date is None and row().status == HearingStatus.PLANNED
    assert row().attendees == "" and row().notes == "" and row().interviewer_id is None
    assert ui.dateEdit.date() == ui.dateEdit.minimumDate()


def test_switching_hearings_saves_what_is_being_typed(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any]
) -> None:
    other = hs.add_hearing(ws, seeded["okayama"].id)
    page.refresh(Changes.of(hearing=None))
    form = page.form
    assert form is not None
    edit = form.editor(question(ws, "本研修への期待").id)
    focus(qtbot, edit)
    qtbot.keyClicks(edit, "Kurashiki hopes")
    assert page.select_hearing(other.id)
    assert answer(ws, seeded, "本研修への期待") == "Kurashiki hopes"
    assert hs.get_answer(ws, other.id, question(ws, "本研修への期待").id) is None
    assert page.ui.hearingTitle.text() == "岡山市"
    assert isinstance(edit, AnswerTextEdit) and edit.toPlainText() == ""


# --- hearings, findings, conversions -------------------------------------------------------


def test_add_plan_all_and_delete_hearings(
    page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    ui = page.ui
    ui.newMunicipalityCombo.setCurrentIndex(ui.newMunicipalityCombo.findData(seeded["okayama"].id))
    row = page.add_hearing()
    assert row is not None and ui.hearingTitle.text() == "岡山市"
    page.add_hearing()  # a second one for the same municipality is refused, inline
    assert ui.messageLabel.isVisible() and "already" in ui.messageLabel.text()
    rows = page.plan_all()
    assert [r.municipality_name for r in rows] == ["早島町"]
    assert len(hs.list_hearings(ws)) == 3
    assert not ui.planAllButton.isEnabled()
    controller.undo_stack.undo()
    assert len(hs.list_hearings(ws)) == 2
    page.select_hearing(row.id)
    page.delete_hearing()
    assert [h.municipality_name for h in hs.list_hearings(ws)] == ["倉敷市"]
    assert page.hearing_proxy.rowCount() == 1


def test_findings_list_and_candidate_issues_without_duplicates(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    ui = page.ui
    hearing_id = seeded["hearing"].id
    hs.set_answer(
        ws,
        hearing_id,
        question(ws, "現在の業務課題").id,
        [["住民票の発行", 12000, 5, 3, "窓口が混雑する"]],
    )
    for text in ("紙の申請が多い", "情報担当が少ない"):
        focus(qtbot, ui.newFindingEdit)
        ui.newFindingEdit.insert(text)  # (QTest types Latin-1 only)
        qtbot.keyClick(ui.newFindingEdit, Qt.Key.Key_Return)
    assert ui.newFindingEdit.text() == ""
    assert [f.text for f in page.finding_model.rows()] == ["紙の申請が多い", "情報担当が少ない"]
    model = page.finding_model
    assert model.setData(model.index(0, 0), "紙の申請書が多い")
    ui.findingsView.setCurrentIndex(model.index(1, 0))
    page.move_finding(-1)
    assert [f.text for f in hs.list_findings(ws, hearing_id)] == [
        "情報担当が少ない",
        "紙の申請書が多い",
    ]
    ui.findingsView.setCurrentIndex(model.index(0, 0))
    page.delete_finding()
    assert [f.text for f in hs.list_findings(ws, hearing_id)] == ["紙の申請書が多い"]

    result = page.make_issues()
    assert result is not None and len(result.created) == 2
    assert "2" in ui.messageLabel.text()
    assert model.index(0, FindingTableModel.ISSUE).data() == "✓"
    again = page.make_issues()
    assert again is not None and again.created == () and again.skipped == 2
    controller.undo_stack.undo()  # the empty second run
    controller.undo_stack.undo()  # the first
    assert model.index(0, FindingTableModel.ISSUE).data() == ""
    controller.undo_stack.redo()
    assert model.index(0, FindingTableModel.ISSUE).data() == "✓"


def test_edits_announce_the_records_they_changed(
    page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    announced: list[Changes] = []
    controller.records_changed.connect(announced.append)
    hearing_id = seeded["hearing"].id
    page.select_hearing(hearing_id)
    page.ui.newFindingEdit.setText("紙の申請が多い")
    page.add_finding()
    assert announced[-1] == Changes.of(hearing=[hearing_id])
    result = page.make_issues()
    assert result is not None and len(result.created) == 1
    made = Changes.of(issue=result.created, hearing=[hearing_id])
    assert announced[-1] == made
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    assert announced[-2:] == [made, made]
    page.ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    page.ui.newSectionEdit.setText("独自の設問")
    page.add_section()
    assert announced[-1] == Changes.of(hearing=None)


def test_planned_trainees_become_people(
    page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    hs.set_answer(
        ws,
        seeded["hearing"].id,
        question(ws, "受講予定者").id,
        [["山田 太郎", "市民課", "佐藤 一郎"]],
    )
    result = page.register_trainees()
    assert result is not None and len(result.created_people) == 2
    names = {p.name for p in people.list_people(ws)}
    assert {"山田 太郎", "佐藤 一郎"} <= names
    assert page.register_trainees() is not None
    assert len(people.list_people(ws)) == len(names)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert "山田 太郎" not in {p.name for p in people.list_people(ws)}


# --- comparison ----------------------------------------------------------------------------


def test_comparison_matrix_is_colour_coded_with_the_chart_below(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any]
) -> None:
    hs.set_answers(
        ws, seeded["hearing"].id, {question(ws, "手順書").id: 3, question(ws, "AI・RPA").id: 0}
    )
    page.refresh(Changes.of(hearing=None))
    page.ui.tabs.setCurrentIndex(COMPARISON_TAB)
    model = page.comparison_model
    assert isinstance(model, ComparisonModel)
    names = [
        page.comparison_proxy.index(r, 0).data() for r in range(page.comparison_proxy.rowCount())
    ]
    assert names == ["岡山市", "倉敷市", "早島町"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Municipality" and len(headers) == 7
    step_cell = model.index(1, 1)
    assert step_cell.data() == "ステップ3"
    done = step_cell.data(Qt.ItemDataRole.BackgroundRole).color()
    ai_cell = model.index(1, 1 + 3)
    assert ai_cell.data() == "未着手"
    not_started = ai_cell.data(Qt.ItemDataRole.BackgroundRole).color()
    assert done != not_started
    assert model.index(0, 1).data() == "—"
    chart = page.chart_canvas
    assert isinstance(chart, HearingProgressChart)
    qtbot.waitUntil(chart.isVisible)
    assert chart.minimumHeight() >= 220
    # the chart shows the comparison: 倉敷市 on step 3, with no priority measure started
    progress = chart.progress
    assert progress is not None
    assert [r.name for r in progress.rows] == ["岡山市", "倉敷市", "早島町"]
    assert [r.step for r in progress.rows] == [None, 3, None]
    assert progress.rows[1].levels[2] == 0 and progress.share(progress.rows[1]) == 0
    assert chart.accessibleDescription().splitlines()[1] == (
        "倉敷市 DX procedure step: ステップ3 Progress of the priority measures: 0%"
    )
    # new answers redraw the same chart
    hs.set_answers(ws, seeded["hearing"].id, {question(ws, "手順書").id: 1})
    page.refresh(Changes.of(hearing=None))
    assert page.chart_canvas is chart
    assert chart.progress is not None and chart.progress.rows[1].step == 1
    # double-click a municipality: its hearing opens
    index = page.comparison_proxy.index(1, 0)
    page._comparison_double_clicked(index)
    assert page.ui.tabs.currentIndex() == 0
    assert page.ui.hearingTitle.text() == "倉敷市"


def test_the_comparison_follows_new_answers(
    page: HearingPage, ws: Workshop, seeded: dict[str, Any]
) -> None:
    page.ui.tabs.setCurrentIndex(COMPARISON_TAB)
    assert page.comparison_model.index(1, 1).data() == "—"
    form = page.form
    assert form is not None
    scale = form.editor(question(ws, "手順書").id)
    assert isinstance(scale, OptionSelector)
    scale.pick(1)
    assert page.comparison_model.index(1, 1).data() == "ステップ1"


# --- template ------------------------------------------------------------------------------


def test_template_edits_rebuild_the_form_and_keep_answers(
    qtbot: QtBot, page: HearingPage, ws: Workshop, seeded: dict[str, Any], controller: Any
) -> None:
    ui = page.ui
    ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    page.select_id(ui.sectionsView, hs.template(ws)[0].id)
    ui.newQuestionEdit.setText("職員数")
    ui.newQuestionKind.setCurrentIndex(ui.newQuestionKind.findData("number"))
    added = page.add_question()
    assert added is not None and added.kind == QuestionKind.NUMBER
    form = page.form
    assert form is not None and added.id in form.question_ids()
    spin = form.editor(added.id)
    assert isinstance(spin, NumberSpin)
    spin.setValue(412)
    spin.editingFinished.emit()
    assert hs.get_answer(ws, seeded["hearing"].id, added.id) == 412

    ui.newQuestionEdit.setText("庁内ネットワーク")
    ui.newQuestionKind.setCurrentIndex(ui.newQuestionKind.findData("choice"))
    ui.newQuestionChoices.setText(
        "LGWAN接続系のみ／インターネット接続系も利用／"
        "クラウド（ゼロトラスト）へ移行中／検討していない、わからない"
    )
    long_choice = page.add_question()
    assert long_choice is not None and len(long_choice.choices) == 4
    form = page.form
    assert form is not None
    combo = form.editor(long_choice.id)
    assert isinstance(combo, QComboBox)  # long options: a drop-down list
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert hs.get_answer(ws, seeded["hearing"].id, long_choice.id) == "インターネット接続系も利用"

    # retire: gone from the form, the answer kept; restore: back with its answer
    page.select_id(ui.questionsView, added.id)
    page.toggle_question_retired()
    form = page.form
    assert form is not None and added.id not in form.question_ids()
    assert hs.get_answer(ws, seeded["hearing"].id, added.id) == 412
    ui.showRetiredCheck.setChecked(True)
    retired = [q for q in page.question_model.rows() if q.retired]
    assert [q.id for q in retired] == [added.id]
    page.select_id(ui.questionsView, added.id)
    assert ui.retireQuestionButton.text() == "Restore"
    page.toggle_question_retired()
    form = page.form
    assert form is not None
    spin = form.editor(added.id)
    assert isinstance(spin, NumberSpin) and spin.number() == 412

    # reorder and reword through the table, undoably
    page.select_id(ui.questionsView, added.id)
    page.move_question(-1)
    order = [q.id for q in hs.template(ws)[0].questions]
    assert order[3:] == [added.id, order[4], long_choice.id]
    form = page.form
    assert form is not None and form.question_ids()[3] == added.id
    model = page.question_model
    row = next(i for i, q in enumerate(model.rows()) if q.id == added.id)
    assert model.setData(model.index(row, QuestionTableModel.TEXT), "職員数（正規）")
    assert hs.get_question(ws, added.id).text == "職員数（正規）"
    controller.undo_stack.undo()
    assert hs.get_question(ws, added.id).text == "職員数"


def test_a_refused_template_edit_is_explained_inline(
    page: HearingPage, ws: Workshop, seeded: dict[str, Any]
) -> None:
    q = question(ws, "DX推進の専任部署")
    hs.set_answer(ws, seeded["hearing"].id, q.id, "ない")
    page.refresh(Changes.of(hearing=None))
    page.ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    page.select_id(page.ui.sectionsView, q.section_id)
    model = page.question_model
    row = next(i for i, x in enumerate(model.rows()) if x.id == q.id)
    assert not model.setData(model.index(row, QuestionTableModel.KIND), "text")
    assert page.ui.messageLabel.isVisible()
    assert "kind" in page.ui.messageLabel.text()
    assert not model.setData(model.index(row, QuestionTableModel.CHOICES), "ある / 検討中")
    assert hs.get_question(ws, q.id).choices == ("ある", "兼務の部署がある", "ない", "検討中")


def test_sections_add_move_retire(page: HearingPage, ws: Workshop, controller: Any) -> None:
    ui = page.ui
    ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    ui.newSectionEdit.setText("その他")
    page.add_section()
    assert hs.template(ws)[-1].title == "その他"
    page.move_section(-1)
    assert hs.template(ws)[-2].title == "その他"
    page.toggle_section_retired()
    assert "その他" not in [s.title for s in hs.template(ws)]
    controller.undo_stack.undo()
    assert "その他" in [s.title for s in hs.template(ws)]


# --- the hearing sheet ---------------------------------------------------------------------


def test_sheet_export_preview_import_and_undo(
    qtbot: QtBot,
    page: HearingPage,
    ws: Workshop,
    seeded: dict[str, Any],
    controller: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "倉敷市.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_blank_action.trigger()
    assert out.exists()
    assert "倉敷市.docx" in page.ui.messageLabel.text()

    step = question(ws, "手順書")
    doc = Document(str(out))
    for table in doc.tables:
        for row in table.rows:
            found = re.search(r"\[\[dx:q:(\d+):", row.cells[0].text)
            if found and int(found.group(1)) == step.id:
                row.cells[-1].text = "■ ステップ2"
    doc.save(str(out))

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    page.ui.importSheetButton.click()  # as a person does (clicked(bool) is not a path)
    dialog = page._dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 2  # the answer, and the hearing held (its status)
    assert dialog.model.index(1, SheetChangesModel.AFTER).data() == "ステップ2"
    assert dialog.model.index(0, SheetChangesModel.AFTER).data() == "Done"
    assert hs.get_answer(ws, seeded["hearing"].id, step.id) is None  # a preview only
    dialog.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert hs.get_answer(ws, seeded["hearing"].id, step.id) == 2
    assert hs.get_hearing(ws, seeded["hearing"].id).hearing.status == HearingStatus.DONE
    form = page.form
    assert form is not None
    selector = form.editor(step.id)
    assert isinstance(selector, OptionSelector) and selector.index() == 2
    controller.undo_stack.undo()
    assert hs.get_answer(ws, seeded["hearing"].id, step.id) is None
    assert hs.get_hearing(ws, seeded["hearing"].id).hearing.status == HearingStatus.PLANNED
    controller.undo_stack.redo()
    assert hs.get_answer(ws, seeded["hearing"].id, step.id) == 2


def test_a_refused_sheet_is_explained_and_nothing_changes(
    page: HearingPage, ws: Workshop, seeded: dict[str, Any], tmp_path: Path
) -> None:
    with new_programme(tmp_path / "other.dxw", "別の研修") as other:
        muni = people.add_municipality(other, "倉敷市")
        from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet

        path = write_hearing_sheet(sheet_data(other, muni.id), tmp_path / "other.docx")
    assert page.import_sheet(path) is None
    assert page.ui.messageLabel.isVisible()
    assert "another programme" in page.ui.messageLabel.text()
    assert "別の研修" in page.ui.messageLabel.text()

    okayama_hearing = hs.add_hearing(ws, seeded["okayama"].id)
    page.refresh(Changes.of(hearing=None))
    from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet as write

    sheet = write(sheet_data(ws, seeded["city"].id), tmp_path / "kurashiki.docx")
    page.select_hearing(okayama_hearing.id)
    assert page.import_sheet(sheet) is None
    assert "倉敷市" in page.ui.messageLabel.text()
    assert hs.get_hearing(ws, okayama_hearing.id).answers == {}
