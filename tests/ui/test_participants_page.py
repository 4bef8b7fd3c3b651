"""The Participants page as a facilitator uses it: people, municipalities, groups, undo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import Role
from dxworkshop.services import people as svc
from dxworkshop.services.ops import Changes
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.models.people_models import ID_ROLE, PeopleTableModel
from dxworkshop.ui.pages.participants_page import (
    GROUPS_TAB,
    MUNICIPALITIES_TAB,
    ParticipantsPage,
)
from dxworkshop.ui.preferences import Preferences


class Window(QMainWindow):
    """Stands in for the main window: hosts the page and routes changes like it does."""

    def __init__(self) -> None:
        super().__init__()
        self.imports = 0

    def import_roster(self) -> None:
        self.imports += 1


@pytest.fixture
def window(qtbot: QtBot, controller: WorkshopController, prefs: Preferences) -> Iterator[Window]:
    win = Window()
    qtbot.addWidget(win)
    page = ParticipantsPage(controller, prefs)
    win.setCentralWidget(page)
    controller.records_changed.connect(
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    page.refresh(Changes.everything())
    yield win


@pytest.fixture
def page(window: Window) -> ParticipantsPage:
    widget = window.centralWidget()
    assert isinstance(widget, ParticipantsPage)
    return widget


@pytest.fixture
def ws(controller: WorkshopController) -> Workshop:
    return controller.workshop


def shown_names(page: ParticipantsPage, view: str = "peopleView") -> list[str]:
    model = getattr(page.ui, view).model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def names(ws: Workshop) -> list[str]:
    return [p.name for p in svc.list_people(ws)]


def seed(ws: Workshop) -> dict[str, Any]:
    """Two municipalities with a department each, a supervisor and three trainees."""
    okayama = svc.add_municipality(ws, "岡山市", "おかやまし", "331007")
    kurashiki = svc.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    dept = svc.add_department(ws, kurashiki.id, "市民課")
    boss = svc.add_person(
        ws,
        "佐藤 一郎",
        kana="さとう いちろう",
        municipality_id=kurashiki.id,
        department_id=dept.id,
        title="課長",
        roles=[Role.SUPERVISOR],
    )
    yamada = svc.add_person(
        ws, "山田 太郎", kana="ヤマダ タロウ", municipality_id=kurashiki.id, supervisor_id=boss.id
    )
    abe = svc.add_person(ws, "阿部 花子", kana="あべ はなこ", municipality_id=okayama.id)
    kato = svc.add_person(ws, "加藤 健", kana="カトウ ケン", municipality_id=okayama.id)
    return {
        "okayama": okayama,
        "kurashiki": kurashiki,
        "dept": dept,
        "boss": boss,
        "yamada": yamada,
        "abe": abe,
        "kato": kato,
    }


@pytest.fixture
def data(page: ParticipantsPage, ws: Workshop) -> dict[str, Any]:
    result = seed(ws)
    page.refresh(Changes.everything())
    return result


def select(page: ParticipantsPage, view: str, *ids: int) -> None:
    table = getattr(page.ui, view)
    table.clearSelection()
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) in ids:
            table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def selected_ids(page: ParticipantsPage, view: str = "peopleView") -> list[int]:
    table = getattr(page.ui, view)
    return [i.data(ID_ROLE) for i in table.selectionModel().selectedRows()]


# -- people ---------------------------------------------------------------------------------


def test_people_are_listed_in_gojuon_order_by_reading(
    page: ParticipantsPage, data: dict[str, Any]
) -> None:
    # あべ < カトウ < さとう < ヤマダ: katakana and hiragana readings sort together
    assert shown_names(page) == ["阿部 花子", "加藤 健", "佐藤 一郎", "山田 太郎"]
    page.ui.peopleView.sortByColumn(PeopleTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ["山田 太郎", "佐藤 一郎", "加藤 健", "阿部 花子"]
    text = page.ui.peopleCounts.text()
    assert "4" in text and "Trainee 3" in text and "Supervisor 1" in text


def test_add_person_in_the_dialog_then_undo_and_redo(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    dialog = page.add_person()
    assert dialog.isVisible()
    dialog.ui.nameEdit.setText("伊藤 美咲")
    dialog.ui.kanaEdit.setText("いとう みさき")
    combo = dialog.ui.municipalityCombo
    combo.setCurrentIndex(combo.findData(data["kurashiki"].id))
    dept = dialog.ui.departmentCombo
    dept.setCurrentIndex(dept.findData(data["dept"].id))
    sup = dialog.ui.supervisorCombo
    sup.setCurrentIndex(sup.findData(data["boss"].id))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = next(p for p in svc.list_people(ws) if p.name == "伊藤 美咲")
    assert added.department_name == "市民課" and added.supervisor_name == "佐藤 一郎"
    assert added.roles == frozenset({Role.TRAINEE})
    assert "伊藤 美咲" in shown_names(page)
    assert selected_ids(page) == [added.id]  # the new person is selected

    controller.undo_stack.undo()
    assert "伊藤 美咲" not in names(ws) and "伊藤 美咲" not in shown_names(page)
    controller.undo_stack.redo()
    assert next(p for p in svc.list_people(ws) if p.name == "伊藤 美咲").id == added.id
    assert "伊藤 美咲" in shown_names(page)


def test_a_refused_person_keeps_the_dialog_open_with_the_input(
    page: ParticipantsPage, data: dict[str, Any], controller: WorkshopController
) -> None:
    dialog = page.add_person()
    dialog.ui.nameEdit.setText("　")
    dialog.ui.titleEdit.setText("主任")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "Name" in dialog.ui.errorLabel.text()
    assert dialog.ui.titleEdit.text() == "主任"
    assert controller.undo_stack.count() == 0
    dialog.ui.supervisorCombo.setEditText("存在しない人")
    dialog.ui.nameEdit.setText("新人")
    dialog.accept()
    assert dialog.isVisible()
    assert "supervisor" in dialog.ui.errorLabel.text().lower()
    dialog.reject()


def test_edit_person_in_the_dialog_and_undo_restores_every_field(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    abe = data["abe"]
    select(page, "peopleView", abe.id)
    dialog = page.edit_selected_person()
    assert dialog is not None and dialog.ui.nameEdit.text() == "阿部 花子"
    dialog.ui.titleEdit.setText("主査")
    dialog.ui.supervisorCheck.setChecked(True)
    dialog.ui.supervisorCombo.setEditText("佐藤 一郎")  # a name typed in full is enough
    combo = dialog.ui.municipalityCombo
    combo.setCurrentIndex(combo.findData(data["kurashiki"].id))
    dialog.accept()
    changed = svc.get_person(ws, abe.id)
    assert changed.title == "主査"
    assert changed.roles == frozenset({Role.TRAINEE, Role.SUPERVISOR})
    assert changed.supervisor_id == data["boss"].id
    assert changed.municipality_name == "倉敷市"
    assert selected_ids(page) == [abe.id]  # the refresh kept the selection

    controller.undo_stack.undo()
    assert svc.get_person(ws, abe.id) == abe
    controller.undo_stack.redo()
    assert svc.get_person(ws, abe.id) == changed


def test_a_supervision_loop_is_shown_in_the_dialog(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop
) -> None:
    dialog = page.edit_person(data["boss"].id)
    assert dialog is not None
    sup = dialog.ui.supervisorCombo
    sup.setCurrentIndex(sup.findData(data["yamada"].id))
    dialog.accept()
    assert dialog.isVisible()
    assert "loop" in dialog.ui.errorLabel.text()
    assert svc.get_person(ws, data["boss"].id).supervisor_id is None
    dialog.reject()


def test_inline_edit_of_a_name_then_undo(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    model = page.ui.peopleView.model()
    row = shown_names(page).index("加藤 健")
    index = model.index(row, PeopleTableModel.NAME)
    assert model.setData(index, "加藤 健太")
    assert svc.get_person(ws, data["kato"].id).name == "加藤 健太"
    assert "加藤 健太" in shown_names(page)
    controller.undo_stack.undo()
    assert svc.get_person(ws, data["kato"].id).name == "加藤 健"

    # an empty name is refused: nothing changes, the reason is in the status bar
    row = shown_names(page).index("加藤 健")
    assert not model.setData(model.index(row, PeopleTableModel.NAME), "")
    assert svc.get_person(ws, data["kato"].id).name == "加藤 健"
    window = page.window()
    assert isinstance(window, QMainWindow)
    assert "Name" in window.statusBar().currentMessage()
    assert page.ui.messageLabel.isVisibleTo(page)
    assert controller.undo_stack.count() == 1  # only the first, successful edit


def test_inline_edit_of_the_reading_resorts(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop
) -> None:
    model = page.ui.peopleView.model()
    row = shown_names(page).index("阿部 花子")
    assert model.setData(model.index(row, PeopleTableModel.KANA), "わたなべ はなこ")
    assert shown_names(page)[-1] == "阿部 花子"


def test_delete_people_then_undo_and_redo(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    select(page, "peopleView", data["abe"].id, data["kato"].id)
    assert page.ui.deletePersonButton.isEnabled()
    page.ui.deletePersonButton.click()
    assert names(ws) == ["佐藤 一郎", "山田 太郎"]
    assert shown_names(page) == ["佐藤 一郎", "山田 太郎"]
    assert controller.undo_stack.undoText() == "Delete 2 people"
    controller.undo_stack.undo()
    assert sorted(names(ws)) == sorted(["阿部 花子", "加藤 健", "佐藤 一郎", "山田 太郎"])
    assert len(shown_names(page)) == 4
    controller.undo_stack.redo()
    assert len(names(ws)) == 2


def test_filter_by_text_role_and_municipality(page: ParticipantsPage, data: dict[str, Any]) -> None:
    page.ui.peopleFilter.setText("やまだ")  # hiragana finds the katakana reading
    assert shown_names(page) == ["山田 太郎"]
    assert "Showing 1" in page.ui.peopleCounts.text()
    page.ui.peopleFilter.setText("倉敷市")
    assert shown_names(page) == ["佐藤 一郎", "山田 太郎"]
    page.ui.peopleFilter.clear()
    roles = page.ui.roleFilter
    roles.setCurrentIndex(roles.findData(Role.SUPERVISOR.value))
    assert shown_names(page) == ["佐藤 一郎"]
    roles.setCurrentIndex(roles.findData(Role.TRAINEE.value))
    munis = page.ui.municipalityFilter
    munis.setCurrentIndex(munis.findData(data["okayama"].id))
    assert shown_names(page) == ["阿部 花子", "加藤 健"]
    # a new person starts in the filtered municipality and role
    dialog = page.add_person()
    assert dialog.ui.municipalityCombo.currentData() == data["okayama"].id
    assert dialog.values().roles == frozenset({Role.TRAINEE})
    dialog.reject()


def test_role_labels_are_translated_labels(page: ParticipantsPage, data: dict[str, Any]) -> None:
    model = page.ui.peopleView.model()
    row = shown_names(page).index("佐藤 一郎")
    assert model.index(row, PeopleTableModel.ROLES).data() == "Supervisor"
    assert page.ui.roleFilter.itemText(0) == "All roles"


def test_find_focuses_the_filter_and_import_calls_the_window(
    qtbot: QtBot, window: Window, page: ParticipantsPage
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page.find()
    qtbot.waitUntil(lambda: page.ui.peopleFilter.hasFocus())
    page.ui.tabs.setCurrentIndex(MUNICIPALITIES_TAB)
    page.find()
    qtbot.waitUntil(lambda: page.ui.municipalityFilterEdit.hasFocus())
    page.ui.tabs.setCurrentIndex(0)
    assert page.ui.importRosterButton.isEnabled()
    page.ui.importRosterButton.click()
    assert window.imports == 1


def test_an_edit_elsewhere_refreshes_the_page_and_keeps_the_selection(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    select(page, "peopleView", data["yamada"].id)
    controller.run("rename", svc.update_person_op(data["abe"].id, name="阿部 花江"))
    assert "阿部 花江" in shown_names(page)
    assert selected_ids(page) == [data["yamada"].id]


# -- municipalities and departments -----------------------------------------------------


def test_add_municipality_inline_refuses_duplicates_and_keeps_the_input(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    page.ui.tabs.setCurrentIndex(MUNICIPALITIES_TAB)
    page.ui.newMunicipalityName.setText("津山市")
    page.ui.newMunicipalityKana.setText("つやまし")
    page.ui.newMunicipalityCode.setText("332038")
    row = page.add_municipality()
    assert row is not None and row.name == "津山市"
    assert page.ui.newMunicipalityName.text() == ""
    assert selected_ids(page, "municipalitiesView") == [row.id]
    assert shown_names(page, "municipalitiesView") == ["岡山市", "倉敷市", "津山市"]  # by code

    page.ui.newMunicipalityName.setText("倉敷市")
    assert page.add_municipality() is None
    assert page.ui.newMunicipalityName.text() == "倉敷市"
    assert "already used" in page.ui.messageLabel.text()

    controller.undo_stack.undo()
    assert [m.name for m in svc.list_municipalities(ws)] == ["岡山市", "倉敷市"]
    controller.undo_stack.redo()
    assert [m.id for m in svc.list_municipalities(ws)][-1] == row.id


def test_add_municipality_reads_the_code_against_the_national_list(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop
) -> None:
    page.ui.tabs.setCurrentIndex(MUNICIPALITIES_TAB)
    page.ui.newMunicipalityName.setText("津山市")
    page.ui.newMunicipalityCode.setText("332020")  # 倉敷市's
    assert page.add_municipality() is None
    message = page.ui.messageLabel.text()
    assert "332020" in message and "倉敷市" in message and "津山市" in message
    page.ui.newMunicipalityCode.setText("33203")  # five digits: the check digit is added
    row = page.add_municipality()
    assert row is not None and row.code == "332038"


def test_in_a_programme_of_a_prefecture_a_name_alone_is_enough(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop
) -> None:
    from dxworkshop.services.programme import update_programme

    update_programme(ws, prefecture="岡山県")
    page.ui.tabs.setCurrentIndex(MUNICIPALITIES_TAB)
    page.ui.newMunicipalityName.setText("倉式市")  # a typo
    assert page.add_municipality() is None
    message = page.ui.messageLabel.text()
    assert "倉式市" in message and "岡山県" in message and "倉敷市" in message
    assert page.ui.newMunicipalityName.text() == "倉式市"  # kept, to correct
    page.ui.newMunicipalityName.setText("苫田郡鏡野町")
    row = page.add_municipality()
    assert row is not None
    assert (row.name, row.kana, row.code) == ("鏡野町", "かがみのちょう", "336068")
    assert "鏡野町" in shown_names(page, "municipalitiesView")


def test_a_name_of_no_municipality_of_the_prefecture_is_said_in_japanese(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, qapp: QApplication
) -> None:
    from dxworkshop.services.programme import update_programme
    from dxworkshop.ui.app import Translations

    update_programme(ws, prefecture="岡山県")
    page.ui.tabs.setCurrentIndex(MUNICIPALITIES_TAB)
    page.ui.newMunicipalityName.setText("倉式市")
    translations = Translations(qapp)
    translations.use("ja")
    try:
        assert page.add_municipality() is None
        assert page.ui.messageLabel.text() == (
            "倉式市は研修の都道府県（岡山県）の市町村ではありません。倉敷市の誤りではありませんか。"
        )
    finally:
        translations.use("en")
        translations.deleteLater()


def test_municipality_inline_edit_and_delete_rules(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    from dxworkshop.ui.models.people_models import MunicipalityTableModel

    view = page.ui.municipalitiesView
    model = view.model()
    row = shown_names(page, "municipalitiesView").index("倉敷市")
    assert not model.setData(model.index(row, MunicipalityTableModel.CODE), "12")
    assert "six digits" in page.ui.messageLabel.text()
    assert model.setData(model.index(row, MunicipalityTableModel.NAME), "倉敷市役所")
    assert "倉敷市役所" in [p.municipality_name for p in svc.list_people(ws)]
    controller.undo_stack.undo()

    select(page, "municipalitiesView", data["kurashiki"].id)
    assert not page.ui.deleteMunicipalityButton.isEnabled()  # it has people
    assert page.ui.departmentsView.model().rowCount() == 1
    empty = svc.add_municipality(ws, "架空村")
    page.refresh(Changes.of(municipality=None, department=None))
    select(page, "municipalitiesView", empty.id)
    assert page.ui.deleteMunicipalityButton.isEnabled()
    page.delete_selected_municipality()
    assert "架空村" not in [m.name for m in svc.list_municipalities(ws)]
    controller.undo_stack.undo()
    assert "架空村" in [m.name for m in svc.list_municipalities(ws)]


def test_departments_of_the_selected_municipality(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    select(page, "municipalitiesView", data["okayama"].id)
    assert page.ui.departmentsView.model().rowCount() == 0
    page.ui.newDepartmentName.setText("税務課")
    dept = page.add_department()
    assert dept is not None
    assert shown_names(page, "departmentsView") == ["税務課"]
    page.ui.newDepartmentName.setText("税務課")
    assert page.add_department() is None
    assert page.ui.newDepartmentName.text() == "税務課"
    model = page.ui.departmentsView.model()
    assert model.setData(model.index(0, 0), "市税課")
    assert [d.name for d in svc.list_departments(ws, data["okayama"].id)] == ["市税課"]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert svc.list_departments(ws, data["okayama"].id) == []
    assert page.ui.departmentsView.model().rowCount() == 0


# -- work groups -------------------------------------------------------------------------------


def many_trainees(ws: Workshop) -> dict[int, int]:
    """12 trainees from four municipalities; returns person id → municipality id."""
    result = {}
    for muni_name, kana, count in (("岡山市", "おかやまし", 4), ("倉敷市", "くらしきし", 4)):
        muni = svc.add_municipality(ws, muni_name, kana)
        for i in range(count):
            result[svc.add_person(ws, f"{muni_name}{i}", municipality_id=muni.id).id] = muni.id
    for muni_name, count in (("津山市", 3), ("玉野市", 1)):
        muni = svc.add_municipality(ws, muni_name)
        for i in range(count):
            result[svc.add_person(ws, f"{muni_name}{i}", municipality_id=muni.id).id] = muni.id
    return result


def test_auto_mix_with_a_chosen_size_then_undo_and_redo(
    page: ParticipantsPage, ws: Workshop, controller: WorkshopController
) -> None:
    muni_of = many_trainees(ws)
    old = svc.add_group(ws, "A班", list(muni_of)[:2])
    page.refresh(Changes.everything())
    before = svc.groups_state(ws)

    dialog = page.auto_mix()
    dialog.ui.sizeSpin.setValue(3)
    assert "groups: 4" in dialog.ui.summaryLabel.text()
    assert dialog.ui.previewList.count() == 4
    assert "at most one trainee" in dialog.ui.mixLabel.text()
    dialog.ui.sizeSpin.setValue(6)  # 2 groups: 岡山市 and 倉敷市 must share
    assert "up to 2" in dialog.ui.mixLabel.text()
    dialog.ui.sizeSpin.setValue(3)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    groups = svc.list_groups(ws)
    assert len(groups) == 4 and groups[0].id == old.id and groups[0].name == "A班"
    assert [g.name for g in groups[1:]] == ["Group 2", "Group 3", "Group 4"]
    for g in groups:
        assert len(g.member_ids) == 3
        assert len({muni_of[p] for p in g.member_ids}) == 3
    assert page.ui.tabs.currentIndex() == GROUPS_TAB
    assert page.ui.groupsView.model().rowCount() == 4
    assert "without a group: 0" in page.ui.groupCounts.text()

    controller.undo_stack.undo()
    assert svc.groups_state(ws) == before
    assert page.ui.groupsView.model().rowCount() == 1
    controller.undo_stack.redo()
    assert [len(g.member_ids) for g in svc.list_groups(ws)] == [3, 3, 3, 3]


def test_add_and_remove_members_and_groups(
    page: ParticipantsPage, data: dict[str, Any], ws: Workshop, controller: WorkshopController
) -> None:
    page.ui.tabs.setCurrentIndex(GROUPS_TAB)
    group = page.add_group()
    assert group is not None and group.name == "Group 1"
    assert selected_ids(page, "groupsView") == [group.id]
    # trainees not in a group are offered; supervisors only when asked
    assert shown_names(page, "availableView") == ["阿部 花子", "加藤 健", "山田 太郎"]
    page.ui.traineesOnlyCheck.setChecked(False)
    assert "佐藤 一郎" in shown_names(page, "availableView")
    select(page, "availableView", data["abe"].id, data["yamada"].id)
    page.ui.addMemberButton.click()
    assert svc.list_groups(ws)[0].member_ids == (data["yamada"].id, data["abe"].id)
    assert shown_names(page, "membersView") == ["阿部 花子", "山田 太郎"]
    assert "山田 太郎" not in shown_names(page, "availableView")
    people = page.ui.peopleView.model()
    row = shown_names(page).index("山田 太郎")
    assert people.index(row, PeopleTableModel.GROUP).data() == "Group 1"

    select(page, "membersView", data["yamada"].id)
    page.ui.removeMemberButton.click()
    assert svc.list_groups(ws)[0].member_ids == (data["abe"].id,)
    controller.undo_stack.undo()
    assert set(svc.list_groups(ws)[0].member_ids) == {data["yamada"].id, data["abe"].id}
    controller.undo_stack.undo()
    assert svc.list_groups(ws)[0].member_ids == ()

    model = page.ui.groupsView.model()
    assert model.setData(model.index(0, 0), "1班")
    assert svc.list_groups(ws)[0].name == "1班"
    page.delete_selected_group()
    assert svc.list_groups(ws) == []
    controller.undo_stack.undo()
    assert svc.list_groups(ws)[0].name == "1班"


def test_auto_mix_needs_trainees(page: ParticipantsPage) -> None:
    assert not page.ui.autoMixButton.isEnabled()
    dialog = page.auto_mix()
    assert "no trainees" in dialog.ui.mixLabel.text()
    dialog.reject()


def test_a_municipality_name_completes_from_the_national_list_by_kana_too(
    page: ParticipantsPage, ws: Workshop, controller: WorkshopController, qtbot: QtBot
) -> None:
    """Typing a reading offers the programme's prefecture's municipalities; choosing one
    fills in its name, kana and 団体コード, and it is added as the list has it."""
    from dxworkshop.services import programme

    controller.run("都道府県", programme.update_programme_op(prefecture="岡山県"))
    edit = page.ui.newMunicipalityName
    page.ui.tabs.setCurrentIndex(MUNICIPALITIES_TAB)
    edit.setFocus()
    for char in "くらし":  # typed as an input method commits it (keyClicks is ASCII only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    completer = page.completer
    offered = [
        completer.completionModel().index(r, 0).data()
        for r in range(completer.completionModel().rowCount())
    ]
    assert offered == ["倉敷市（くらしきし）"]  # within 岡山県 only
    popup = completer.popup()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "倉敷市"
    assert page.ui.newMunicipalityKana.text() == "くらしきし"
    assert page.ui.newMunicipalityCode.text() == "332020"
    row = page.add_municipality()
    assert row is not None and (row.name, row.kana, row.code) == ("倉敷市", "くらしきし", "332020")
