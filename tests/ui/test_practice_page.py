"""The practice page: a trainee's action items, check-ins, measurements and outcome edited
with undo, and the cohort view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QBrush, QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import ActionStatus
from dxworkshop.services import practice as svc
from dxworkshop.services.ops import Changes
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.main_window import page_entries
from dxworkshop.ui.models.people_models import ID_ROLE
from dxworkshop.ui.models.practice_models import (
    ActionItemModel,
    CheckInModel,
    CohortModel,
    MeasurementModel,
)
from dxworkshop.ui.pages.practice_page import COHORT_TAB, TRAINEE_TAB, PracticePage
from dxworkshop.ui.practice_delegates import PracticeDelegate, parse_number
from dxworkshop.ui.preferences import Preferences
from tests.services.test_practice import Practice, build

TODAY = dt.date(2026, 10, 22)  # the practice started on 7 Oct


@dataclass
class Ctx:
    page: PracticePage
    controller: WorkshopController
    p: Practice

    @property
    def ws(self) -> Workshop:
        return self.controller.workshop

    def undo(self) -> None:
        self.controller.undo_stack.undo()

    def redo(self) -> None:
        self.controller.undo_stack.redo()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[Ctx]:
    setup = build(tmp_path / "t.dxw")
    controller = WorkshopController(setup.ws)
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    page = PracticePage(controller, prefs, today=lambda: TODAY)
    controller.records_changed.connect(
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    qtbot.addWidget(page)
    page.resize(1040, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh(Changes.everything())
    yield Ctx(page, controller, setup)
    page.close()
    controller.close()


def cohort_row(page: PracticePage, trainee: int) -> int:
    proxy = page.cohort_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ID_ROLE) == trainee:
            return row
    raise AssertionError(f"trainee {trainee} not in the cohort view")


def test_the_navigator_builds_this_page() -> None:
    assert "practice" in {key for key, _phase, _factory in page_entries()}


def test_models_pass_the_model_tester(ctx: Ctx, qtmodeltester: ModelTester) -> None:
    ctx.page.show_record(ctx.p.yamada)
    ctx.page.create_items_from_steps()
    ctx.page.add_check_in()
    ctx.page.add_measurement()
    for model in (
        ctx.page.cohort_model,
        ctx.page.cohort_proxy,
        ctx.page.items_model,
        ctx.page.check_in_model,
        ctx.page.measurement_model,
    ):
        qtmodeltester.check(model)


def test_cohort_view(ctx: Ctx) -> None:
    ws, p = ctx.ws, ctx.p
    items = svc.create_items_from_steps(ws, p.plan)
    svc.update_action_item(ws, items[1].id, status="blocked", progress=20)
    svc.add_check_in(ws, p.plan, dt.date(2026, 10, 19), 40)
    svc.set_outcome(ws, p.plan, hours_saved_per_year=150)
    ctx.page.refresh(Changes.everything())
    page, proxy = ctx.page, ctx.page.cohort_proxy
    assert page.ui.tabs.currentIndex() == COHORT_TAB
    assert [proxy.index(r, CohortModel.NAME).data() for r in range(proxy.rowCount())] == [
        "佐藤 花子",
        "鈴木 次郎",
        "山田 太郎",
    ]
    y = cohort_row(page, p.yamada)
    assert proxy.index(y, CohortModel.PROGRESS).data() == "7%"  # (0 + 20 + 0) / 3
    assert proxy.index(y, CohortModel.ITEMS).data() == "0/3"
    assert proxy.index(y, CohortModel.BLOCKED).data() == 1
    assert proxy.index(y, CohortModel.MEASURED).data() == "150"
    assert proxy.index(y, CohortModel.EXPECTED).data() == "240"
    blocked_bg = proxy.index(y, CohortModel.BLOCKED).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(blocked_bg, QBrush)
    # 佐藤: no check-in for 15 days (since the practice started): coloured, with the days
    s = cohort_row(page, p.sato)
    last = proxy.index(s, CohortModel.LAST_CHECK_IN)
    assert "15" in last.data()
    assert isinstance(last.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert proxy.index(y, CohortModel.LAST_CHECK_IN).data(Qt.ItemDataRole.BackgroundRole) is None
    # filters: those who need attention; one municipality; text
    page.ui.attentionCheck.setChecked(True)
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == {
        p.yamada,
        p.sato,
    }
    page.ui.attentionCheck.setChecked(False)
    combo = page.ui.municipalityFilter
    combo.setCurrentIndex(combo.findText("早島町"))
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(ID_ROLE) == p.suzuki
    combo.setCurrentIndex(0)
    page.ui.cohortFilter.setText("郵送")  # a word of 山田's theme
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(ID_ROLE) == p.yamada
    assert "1" in page.ui.cohortCount.text() and "3" in page.ui.cohortCount.text()
    # a double-click opens the trainee's practice
    page.ui.cohortView.doubleClicked.emit(proxy.index(0, CohortModel.THEME))
    assert page.ui.tabs.currentIndex() == TRAINEE_TAB
    assert page.trainee_id == p.yamada
    assert page.items_model.rowCount() == 3


def test_items_from_steps_with_undo_and_redo(ctx: Ctx) -> None:
    page = ctx.page
    assert page.show_record(ctx.p.yamada) is None
    assert page.ui.createFromStepsButton.isEnabled()
    page.ui.createFromStepsButton.click()
    ids = [page.items_model.row_at(r).id for r in range(page.items_model.rowCount())]
    assert len(ids) == 3
    assert not page.ui.createFromStepsButton.isEnabled()  # nothing left to create
    ctx.undo()
    assert page.items_model.rowCount() == 0
    assert svc.trainee_practice(ctx.ws, ctx.p.yamada).items == ()
    ctx.redo()
    assert [i.id for i in svc.trainee_practice(ctx.ws, ctx.p.yamada).items] == ids


def test_inline_edits_of_an_item_with_undo(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    page.create_items_from_steps()
    model = page.items_model
    item = model.row_at(0)
    assert model.setData(model.index(0, ActionItemModel.STATUS), "done")
    after = svc.get_action_item(ctx.ws, item.id)
    assert (after.status, after.progress) == (ActionStatus.DONE, 100)
    assert model.index(0, ActionItemModel.PROGRESS).data() == "100%"
    assert model.setData(model.index(0, ActionItemModel.OWNER), ctx.p.boss)
    assert model.index(0, ActionItemModel.OWNER).data() == "岡田 課長"
    assert model.setData(model.index(0, ActionItemModel.DUE), dt.date(2026, 10, 30))
    ctx.undo()  # the due date
    ctx.undo()  # the owner
    assert svc.get_action_item(ctx.ws, item.id).owner_id == ctx.p.yamada
    ctx.undo()  # the status
    assert svc.get_action_item(ctx.ws, item.id) == item
    ctx.redo()
    assert svc.get_action_item(ctx.ws, item.id).status == ActionStatus.DONE
    # an overdue item shows it; a blocked one is marked
    assert model.setData(model.index(1, ActionItemModel.STATUS), "blocked")
    assert isinstance(model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole), QBrush)
    due = model.index(1, ActionItemModel.DUE)  # 16 Oct, today 22 Oct, but blocked: not "late"
    assert due.data(Qt.ItemDataRole.ForegroundRole) is None
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Fri 16 Oct 2026"  # the full date
    assert model.setData(model.index(1, ActionItemModel.STATUS), "doing")
    late = model.index(1, ActionItemModel.DUE)
    assert isinstance(late.data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert late.data(Qt.ItemDataRole.ToolTipRole) == "Past its due date"


def test_a_refused_edit_is_shown_and_not_undoable(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    item_id = page.add_item()
    assert item_id is not None
    depth = ctx.controller.undo_stack.count()
    model = page.items_model
    row = model.row_of_id(item_id)
    assert row is not None
    assert not model.setData(model.index(row, ActionItemModel.TITLE), "   ")
    assert page.ui.messageLabel.isVisible() and page.ui.messageLabel.text()
    assert ctx.controller.undo_stack.count() == depth
    assert svc.get_action_item(ctx.ws, item_id).title  # unchanged
    assert model.setData(model.index(row, ActionItemModel.TITLE), "関係課と調整する")
    assert not page.ui.messageLabel.isVisible()


def test_delete_items_and_undo(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    page.create_items_from_steps()
    page.ui.itemsView.selectRow(0)
    assert page.ui.deleteItemButton.isEnabled()
    page.ui.deleteItemButton.click()
    assert page.items_model.rowCount() == 2
    ctx.undo()
    assert page.items_model.rowCount() == 3


def test_check_ins_are_added_for_today_and_edited(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    page.create_items_from_steps()
    page.items_model.setData(page.items_model.index(0, ActionItemModel.STATUS), "done")
    ident = page.add_check_in()
    assert ident is not None
    row = svc.trainee_practice(ctx.ws, ctx.p.yamada).check_ins[0]
    assert (row.date, row.progress) == (TODAY, 33)  # today, with the items' progress
    model = page.check_in_model
    assert model.setData(model.index(0, CheckInModel.OBSTACLES), "繁忙期と重なった")
    assert svc.trainee_practice(ctx.ws, ctx.p.yamada).check_ins[0].obstacles == "繁忙期と重なった"
    ctx.undo()
    assert svc.trainee_practice(ctx.ws, ctx.p.yamada).check_ins[0].obstacles == ""
    ctx.undo()  # the check-in itself
    assert page.check_in_model.rowCount() == 0
    ctx.redo()
    assert [c.id for c in svc.trainee_practice(ctx.ws, ctx.p.yamada).check_ins] == [ident]


def test_measurements_carry_the_metric_over(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    first = page.add_measurement()
    model = page.measurement_model
    assert model.index(0, MeasurementModel.METRIC).data() == "KPI"
    assert model.setData(model.index(0, MeasurementModel.METRIC), "処理時間（分/件）")
    assert model.setData(model.index(0, MeasurementModel.BASELINE), 10.0)
    assert model.setData(model.index(0, MeasurementModel.TARGET), 4.0)
    assert model.setData(model.index(0, MeasurementModel.ACTUAL), 7.0)
    assert model.index(0, MeasurementModel.ACHIEVED).data() == "50%"
    second = page.add_measurement()
    rows = {r.id: r for r in svc.trainee_practice(ctx.ws, ctx.p.yamada).measurements}
    assert rows[second].metric == "処理時間（分/件）"
    assert (rows[second].baseline, rows[second].target, rows[second].actual) == (10, 4, None)
    assert rows[second].date == TODAY and first in rows
    ctx.undo()
    assert second not in {r.id for r in svc.trainee_practice(ctx.ws, ctx.p.yamada).measurements}


def test_outcome_edits_with_undo(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    assert "240" in page.ui.expectedLabel.text()
    spin = page.ui.hoursSpin
    assert spin.value() == spin.minimum()  # "—": nothing measured yet
    spin.setValue(180)
    spin.editingFinished.emit()
    assert svc.get_outcome(ctx.ws, ctx.p.plan) == svc.OutcomeRow(ctx.p.plan, 180.0, "", "")
    page.ui.effectsEdit.setPlainText("確認の手戻りが減った")
    QApplication.sendEvent(page.ui.effectsEdit, QFocusEvent(QEvent.Type.FocusOut))
    outcome = svc.get_outcome(ctx.ws, ctx.p.plan)
    assert outcome is not None and outcome.effects == "確認の手戻りが減った"
    ctx.undo()
    outcome = svc.get_outcome(ctx.ws, ctx.p.plan)
    assert outcome is not None and outcome.effects == ""
    assert page.ui.effectsEdit.toPlainText() == ""
    ctx.undo()
    assert svc.get_outcome(ctx.ws, ctx.p.plan) is None
    assert page.ui.hoursSpin.value() == page.ui.hoursSpin.minimum()
    # the same text again is no edit
    depth = ctx.controller.undo_stack.count()
    QApplication.sendEvent(page.ui.effectsEdit, QFocusEvent(QEvent.Type.FocusOut))
    assert ctx.controller.undo_stack.count() == depth


def test_a_trainee_without_a_plan(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.suzuki)
    assert page.trainee_id == ctx.p.suzuki
    assert page.ui.noPlanLabel.isVisible() and page.ui.openPlansButton.isVisible()
    assert not page.ui.addItemButton.isEnabled()
    assert not page.ui.detailSplitter.isEnabled()
    assert page.add_item() is None and page.add_check_in() is None
    page.show_record(ctx.p.yamada)
    assert not page.ui.noPlanLabel.isVisible()
    assert page.ui.addItemButton.isEnabled()


def test_previous_and_next_follow_the_cohort_order(ctx: Ctx) -> None:
    page = ctx.page
    page.show_record(ctx.p.sato)
    page.ui.nextButton.click()
    assert page.trainee_id == ctx.p.suzuki
    page.ui.nextButton.click()
    assert page.trainee_id == ctx.p.yamada
    page.ui.nextButton.click()
    assert page.trainee_id == ctx.p.sato  # round again
    page.ui.previousButton.click()
    assert page.trainee_id == ctx.p.yamada
    combo = page.ui.traineeCombo
    combo.activated.emit(combo.findData(ctx.p.suzuki))
    assert page.trainee_id == ctx.p.suzuki
    assert page.show_record(9999) is None and page.trainee_id == ctx.p.suzuki


def test_the_delegate_gives_each_cell_its_editor(ctx: Ctx, qtbot: QtBot) -> None:
    page = ctx.page
    page.show_record(ctx.p.yamada)
    page.create_items_from_steps()
    page.add_measurement()
    delegate = PracticeDelegate()
    view = page.ui.itemsView
    model = page.items_model

    status = delegate.createEditor(view.viewport(), None, model.index(0, ActionItemModel.STATUS))  # type: ignore[arg-type]
    assert isinstance(status, QComboBox) and status.count() == 4
    owner = delegate.createEditor(view.viewport(), None, model.index(0, ActionItemModel.OWNER))  # type: ignore[arg-type]
    assert isinstance(owner, QComboBox)
    assert [owner.itemData(i) for i in range(owner.count())] == [
        None,
        ctx.p.yamada,
        ctx.p.boss,
        ctx.p.sato,
    ]
    due_index = model.index(0, ActionItemModel.DUE)
    due = delegate.createEditor(view.viewport(), None, due_index)  # type: ignore[arg-type]
    assert isinstance(due, QDateEdit)
    delegate.setEditorData(due, due_index)
    assert due.date().toPython() == dt.date(2026, 10, 9)
    due.setDate(due.minimumDate())  # "—" clears the due date
    delegate.setModelData(due, model, due_index)
    assert svc.get_action_item(ctx.ws, model.row_at(0).id).due is None
    percent_index = model.index(0, ActionItemModel.PROGRESS)
    percent = delegate.createEditor(view.viewport(), None, percent_index)  # type: ignore[arg-type]
    assert isinstance(percent, QSpinBox) and percent.maximum() == 100
    percent.setValue(60)
    delegate.setModelData(percent, model, percent_index)
    assert svc.get_action_item(ctx.ws, model.row_at(0).id).progress == 60
    m = page.measurement_model
    actual_index = m.index(0, MeasurementModel.ACTUAL)
    number = delegate.createEditor(view.viewport(), None, actual_index)  # type: ignore[arg-type]
    assert isinstance(number, QLineEdit)
    number.setText("1,200")
    delegate.setModelData(number, m, actual_index)
    assert svc.trainee_practice(ctx.ws, ctx.p.yamada).measurements[0].actual == 1200
    assert parse_number(" ") is None and parse_number("2.5") == 2.5
    with pytest.raises(ValueError):
        parse_number("abc")
