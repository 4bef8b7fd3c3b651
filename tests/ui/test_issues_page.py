"""The Issues page as a facilitator uses it in the room: fast entry for any trainee,
Japanese input, the editor with live annual hours, filters, views, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import IssueStatus
from dxworkshop.services import issues as svc
from dxworkshop.services import people
from dxworkshop.services.ops import Changes
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.boards.affinity_board import AffinityBoard
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.issue_cards import ROW_ROLE
from dxworkshop.ui.issue_editor import parse_number
from dxworkshop.ui.models.issue_models import NONE_ID, IssueFilterProxy, IssueTableModel
from dxworkshop.ui.pages.issues_page import BOARD_TAB, CARDS_TAB, IssuesPage
from dxworkshop.ui.preferences import Preferences


@pytest.fixture
def ws(controller: WorkshopController) -> Workshop:
    return controller.workshop


@pytest.fixture
def room(ws: Workshop) -> dict[str, Any]:
    kurashiki = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    okayama = people.add_municipality(ws, "岡山市", "おかやまし", "331007")
    yamada = people.add_person(ws, "山田 太郎", kana="やまだ たろう", municipality_id=kurashiki.id)
    abe = people.add_person(ws, "阿部 花子", kana="あべ はなこ", municipality_id=okayama.id)
    g1 = people.add_group(ws, "1班", [yamada.id])
    g2 = people.add_group(ws, "2班", [abe.id])
    return {
        "kurashiki": kurashiki,
        "okayama": okayama,
        "yamada": yamada,
        "abe": abe,
        "g1": g1,
        "g2": g2,
    }


@pytest.fixture
def window(
    qtbot: QtBot, controller: WorkshopController, prefs: Preferences, room: dict[str, Any]
) -> Iterator[QMainWindow]:
    win = QMainWindow()
    qtbot.addWidget(win)
    page = IssuesPage(controller, prefs)
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
    if page.presentation is not None:
        page.presentation.close()


@pytest.fixture
def page(window: QMainWindow) -> IssuesPage:
    widget = window.centralWidget()
    assert isinstance(widget, IssuesPage)
    return widget


def commit(widget: Any, text: str) -> None:
    """Type *text* as a Japanese input method does: the composed text is committed at once
    (QTest's key clicks only know Latin-1)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose_owner(page: IssuesPage, person_id: int) -> None:
    combo = page.ui.ownerCombo
    combo.setCurrentIndex(combo.findData(person_id))


def shown_titles(page: IssuesPage) -> list[str]:
    proxy = page.proxy
    return sorted(proxy.index(r, IssueTableModel.TITLE).data() for r in range(proxy.rowCount()))


def test_fast_entry_types_several_cards_for_the_chosen_trainee(
    qtbot: QtBot,
    page: IssuesPage,
    ws: Workshop,
    controller: WorkshopController,
    room: dict[str, Any],
) -> None:
    choose_owner(page, room["abe"].id)
    title = page.ui.titleEdit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    for text in ("紙の申請書を転記している", "電話の問い合わせが多い", "Excelで集計"):
        commit(title, text)
        qtbot.keyClick(title, Qt.Key.Key_Return)
        assert title.text() == ""
        assert title.hasFocus()  # ready for the next card at once
    rows = svc.list_issues(ws)
    assert [r.title for r in rows] == [
        "紙の申請書を転記している",
        "電話の問い合わせが多い",
        "Excelで集計",
    ]
    assert {(r.owner_name, r.municipality_name, r.group_name) for r in rows} == {
        ("阿部 花子", "岡山市", "2班")
    }
    assert page.proxy.rowCount() == 3
    assert page.editor.issue_id == rows[-1].id  # the last card is shown for details
    # An empty title makes no card; undo takes the last card back, redo brings it again.
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert len(svc.list_issues(ws)) == 3
    controller.undo_stack.undo()
    assert [r.title for r in svc.list_issues(ws)][-1] == "電話の問い合わせが多い"
    controller.undo_stack.redo()
    assert [r.id for r in svc.list_issues(ws)][-1] == rows[-1].id


def test_japanese_input_method_commit_reaches_the_title_field(
    qtbot: QtBot, page: IssuesPage, ws: Workshop, room: dict[str, Any]
) -> None:
    choose_owner(page, room["yamada"].id)
    title = page.ui.titleEdit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    assert title.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    # While composing, the preedit text is not yet in the field.
    QApplication.sendEvent(title, QInputMethodEvent("かみのしんせいしょ", []))
    assert title.text() == ""
    event = QInputMethodEvent("", [])
    event.setCommitString("紙の申請書")
    QApplication.sendEvent(title, event)
    assert title.text() == "紙の申請書"
    commit(title, "を転記")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    [row] = svc.list_issues(ws)
    assert (row.title, row.owner_name) == ("紙の申請書を転記", "山田 太郎")
    # The editor's fields take committed Japanese text too.
    page.select_issue(row.id)
    process = page.editor.ui.processEdit
    process.setFocus()
    commit(process, "各種申請の受付")
    assert process.text() == "各種申請の受付"
    description = page.editor.ui.descriptionEdit
    description.setFocus()
    commit(description, "窓口で受けた紙を手で入力している。")
    assert description.toPlainText() == "窓口で受けた紙を手で入力している。"
    # The owner picker is a text field too, finding people by any part of the name.
    owner = page.ui.ownerCombo.lineEdit()
    assert owner is not None and owner.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    completer = page.ui.ownerCombo.completer()
    completer.setCompletionPrefix("花子")
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("阿部 花子")


def test_editor_shows_annual_hours_live_and_saves_each_field(
    qtbot: QtBot,
    page: IssuesPage,
    ws: Workshop,
    controller: WorkshopController,
    room: dict[str, Any],
) -> None:
    row = svc.add_issue(ws, "児童手当の現況届", room["yamada"].id)
    page.refresh(Changes.of(issue=None, cluster=None))
    assert page.select_issue(row.id)
    editor = page.editor
    ui = editor.ui
    assert ui.titleField.text() == "児童手当の現況届"
    ui.casesEdit.setFocus()
    commit(ui.casesEdit, "１，２００")  # full-width digits from an IME
    qtbot.keyClicks(ui.minutesEdit, "15")
    assert "enter all three" in editor.hours_shown
    qtbot.keyClicks(ui.peopleEdit, "2")
    assert editor.hours_shown == "600 h/yr"  # live, before anything is saved
    assert svc.get_issue(ws, row.id).annual_hours is None
    for edit in (ui.casesEdit, ui.minutesEdit, ui.peopleEdit):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    saved = svc.get_issue(ws, row.id)
    assert (saved.cases_per_year, saved.minutes_per_case, saved.people) == (1200, 15, 2)
    assert ui.casesEdit.text() == "1200"  # shown as stored once saved
    assert saved.annual_hours == pytest.approx(600)
    table_hours = page.proxy.index(0, IssueTableModel.HOURS).data()
    assert table_hours == "600"
    controller.undo_stack.undo()  # people back to unknown: the field follows
    assert ui.peopleEdit.text() == "" and "enter all three" in editor.hours_shown
    controller.undo_stack.redo()
    assert ui.peopleEdit.text() == "2" and editor.hours_shown == "600 h/yr"
    # A wrong number is marked and not saved.
    ui.peopleEdit.setText("ふたり")
    ui.peopleEdit.editingFinished.emit()
    assert "dc2626" in ui.peopleEdit.styleSheet()
    assert svc.get_issue(ws, row.id).people == 2
    controller.undo_stack.undo()  # people back to unknown
    assert svc.get_issue(ws, row.id).people is None
    assert editor.ui.peopleEdit.text() == "" and "enter all three" in editor.hours_shown

    # Title, process, description, categories, status: one undo step each.
    ui.titleField.setText("児童手当の現況届の審査")
    ui.titleField.setModified(True)
    ui.titleField.editingFinished.emit()
    ui.processEdit.setText("児童手当")
    ui.processEdit.setModified(True)
    ui.processEdit.editingFinished.emit()
    ui.descriptionEdit.setFocus()
    qtbot.waitUntil(ui.descriptionEdit.hasFocus)
    commit(ui.descriptionEdit, "紙で届いた現況届を一件ずつ確認している。")
    ui.titleField.setFocus()  # leaving the description saves it
    qtbot.waitUntil(lambda: svc.get_issue(ws, row.id).description != "")
    ui.categoryList.item(0).setSelected(True)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(IssueStatus.DROPPED.value))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    saved = svc.get_issue(ws, row.id)
    assert saved.title == "児童手当の現況届の審査" and saved.process == "児童手当"
    assert saved.description == "紙で届いた現況届を一件ずつ確認している。"
    assert saved.categories == (ui.categoryList.item(0).text(),)
    assert saved.status is IssueStatus.DROPPED
    # Another owner brings their municipality and group along.
    combo = ui.ownerCombo
    combo.setCurrentIndex(combo.findData(room["abe"].id))
    combo.activated.emit(combo.currentIndex())
    saved = svc.get_issue(ws, row.id)
    assert (saved.owner_name, saved.municipality_name, saved.group_name) == (
        "阿部 花子",
        "岡山市",
        "2班",
    )
    assert ui.whereLabel.text() == "岡山市 · 2班"
    controller.undo_stack.undo()
    assert svc.get_issue(ws, row.id).owner_name == "山田 太郎"
    # An empty title is refused in red and the field shows the title again.
    ui.titleField.setText("")
    ui.titleField.setModified(True)
    ui.titleField.editingFinished.emit()
    assert page.ui.messageLabel.isVisibleTo(page) and ui.titleField.text() == saved.title


def test_filters_narrow_table_cards_and_board(
    qtbot: QtBot, page: IssuesPage, ws: Workshop, room: dict[str, Any]
) -> None:
    a = svc.add_issue(ws, "紙の申請書", room["yamada"].id, categories=["紙・押印"])
    b = svc.add_issue(ws, "電話の問い合わせ", room["abe"].id, categories=["問い合わせ対応"])
    c = svc.add_issue(ws, "会議録の作成", None, status=IssueStatus.DROPPED)
    page.refresh(Changes.of(issue=None, cluster=None))
    assert shown_titles(page) == sorted(["紙の申請書", "電話の問い合わせ", "会議録の作成"])
    page.set_filter("municipality", room["kurashiki"].id)
    assert shown_titles(page) == ["紙の申請書"]
    page.set_filter("municipality", None)
    page.set_filter("group", room["g2"].id)
    assert shown_titles(page) == ["電話の問い合わせ"]
    page.set_filter("group", NONE_ID)
    assert shown_titles(page) == ["会議録の作成"]
    page.set_filter("group", None)
    page.set_filter("owner", room["yamada"].id)
    assert shown_titles(page) == ["紙の申請書"]
    page.set_filter("owner", None)
    page.set_filter("category", "問い合わせ対応")
    assert shown_titles(page) == ["電話の問い合わせ"]
    page.set_filter("category", None)
    page.set_filter("status", IssueStatus.DROPPED)
    assert shown_titles(page) == ["会議録の作成"]
    page.set_filter("status", None)
    page.ui.filterEdit.setText("ヤマダ")  # the owner's reading, katakana or hiragana
    assert shown_titles(page) == ["紙の申請書"]
    assert page.ui.countLabel.text().startswith("1 of 3 card")
    # The card view shows the same rows; the board only the filtered cards.
    page.ui.tabs.setCurrentIndex(CARDS_TAB)
    assert page.ui.cardView.model().rowCount() == 1
    page.ui.tabs.setCurrentIndex(BOARD_TAB)
    board = page.board
    assert isinstance(board, AffinityBoard)
    qtbot.waitUntil(lambda: board.card_ids() == [a.id])
    page.ui.filterEdit.clear()
    assert sorted(board.card_ids()) == sorted([a.id, b.id, c.id])


def test_table_and_card_views_share_the_selection_and_delete_with_undo(
    page: IssuesPage, ws: Workshop, controller: WorkshopController, room: dict[str, Any]
) -> None:
    rows = [svc.add_issue(ws, f"課題{n}", room["yamada"].id) for n in range(3)]
    page.refresh(Changes.of(issue=None, cluster=None))
    page.select_issue(rows[1].id)
    card_index = page.ui.cardView.selectionModel().currentIndex()
    assert card_index.data(ROW_ROLE).id == rows[1].id
    selection = page.ui.tableView.selectionModel()
    selection.select(
        page.proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(page.selected_ids()) == sorted([rows[1].id, rows[2].id])
    page.ui.deleteButton.click()
    assert [r.id for r in svc.list_issues(ws)] == [rows[0].id]
    controller.undo_stack.undo()
    assert len(svc.list_issues(ws)) == 3
    # Inline edit of a title in the table is one undo step too.
    index = page.proxy.index(0, IssueTableModel.TITLE)
    assert page.proxy.setData(index, "課題ゼロ")
    assert svc.get_issue(ws, index.data(ROW_ROLE).id).title == "課題ゼロ"


def test_presentation_mode_opens_the_board_and_closes_with_escape(
    qtbot: QtBot, page: IssuesPage, ws: Workshop, room: dict[str, Any]
) -> None:
    a = svc.add_issue(ws, "紙の申請書", room["yamada"].id)
    b = svc.add_issue(ws, "押印のための出勤", room["abe"].id)
    svc.add_cluster(ws, "紙と押印", issue_ids=[a.id, b.id])
    page.refresh(Changes.of(issue=None, cluster=None))
    page.ui.tabs.setCurrentIndex(BOARD_TAB)
    page.set_filter("owner", room["yamada"].id)
    window = page.open_presentation()
    board = window.board
    assert isinstance(board, AffinityBoard) and board.presenting
    assert board.card_ids() == [a.id]  # the page's filter applies on the shared screen too
    assert board.card_text_pixels() >= 24
    assert window.isVisible()
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    qtbot.waitUntil(lambda: page.presentation is None)


def test_models_pass_the_model_tester(
    qtmodeltester: Any, room: dict[str, Any], ws: Workshop
) -> None:
    svc.add_issue(
        ws, "紙の申請書", room["yamada"].id, cases_per_year=10, minutes_per_case=6, people=1
    )
    svc.add_issue(ws, "電話", room["abe"].id, categories=["問い合わせ対応"])
    svc.add_issue(ws, "誰のものでもない")
    model = IssueTableModel()
    model.set_rows(svc.list_issues(ws))
    qtmodeltester.check(model)
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(IssueTableModel.HOURS)
    proxy.set_filter("owner", room["abe"].id)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_numbers_typed_by_people() -> None:
    assert parse_number(" １，２００ ") == 1200
    assert parse_number("2.5") == 2.5
    assert parse_number("") is None
    for bad in ("-1", "ふたり", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_number(bad)
