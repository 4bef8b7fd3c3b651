"""The plans page: trainee list, the A3 editor with autosave and undo, steps, versions
(frozen, compared side by side) and linking a change to the feedback that prompted it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import FeedbackStatus
from dxworkshop.services import feedback as fb
from dxworkshop.services import plans
from dxworkshop.services.ops import Changes
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.main_window import PAGE_CLASSES, page_entries
from dxworkshop.ui.models.plan_models import PlanFeedbackModel, PlanListModel, StepTableModel
from dxworkshop.ui.pages.plans_page import COMPARE_TAB, PlansPage
from dxworkshop.ui.plan_compare import ADDED, REMOVED
from dxworkshop.ui.preferences import Preferences
from tests.services.plan_setup import Setup, build


@dataclass
class Ctx:
    page: PlansPage
    controller: WorkshopController
    s: Setup

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.controller.workshop

    def version(self) -> plans.VersionDetail:
        version = self.page.version
        assert version is not None
        return plans.get_version(self.ws, version.id)

    def undo(self) -> None:
        self.controller.undo_stack.undo()

    def redo(self) -> None:
        self.controller.undo_stack.redo()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[Ctx]:
    s = build(tmp_path / "t.dxw")
    plans.create_plan(s.ws, s.trainees[0])  # 山田: 600 h/yr now
    controller = WorkshopController(s.ws)
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    win = QMainWindow()
    page = PlansPage(controller, prefs)
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    controller.records_changed.connect(
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    page.refresh(Changes.everything())
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    page.select_trainee(s.trainees[0])
    yield Ctx(page, controller, s)
    win.close()
    controller.close()


def test_the_navigator_builds_this_page() -> None:
    assert PAGE_CLASSES["plans"] == ("dxworkshop.ui.pages.plans_page", "PlansPage")
    assert "plans" in {key for key, _phase, _factory in page_entries()}


def test_models_pass_the_model_tester(ctx: Ctx, qtmodeltester: ModelTester) -> None:
    plan = ctx.page.plan
    assert plan is not None
    plans.add_step(ctx.ws, plan.latest.id, "試行する", "係全員")
    fb.add_feedback(ctx.ws, fb.list_rounds(ctx.ws)[0].id, plan.latest.id, ctx.s.sup_a, "supervisor")
    ctx.page.refresh(Changes.everything())
    for model in (ctx.page.plan_model, ctx.page.step_model, ctx.page.feedback_model):
        qtmodeltester.check(model)
    empty = PlanListModel()
    qtmodeltester.check(empty)
    qtmodeltester.check(StepTableModel())
    qtmodeltester.check(PlanFeedbackModel())


def test_the_list_shows_themes_versions_and_hours_saved(ctx: Ctx) -> None:
    model = ctx.page.plan_model
    rows = {model.row_at(r).name: r for r in range(model.rowCount())}
    assert set(rows) == {"山田 太郎", "佐藤 花子", "鈴木 次郎"}
    yamada = rows["山田 太郎"]
    assert model.index(yamada, PlanListModel.THEME).data() == "住民票の写しの郵送請求"
    assert model.index(yamada, PlanListModel.VERSIONS).data() == 1
    assert model.index(yamada, PlanListModel.SAVED).data() == "—"  # no "after" yet
    assert model.index(rows["佐藤 花子"], PlanListModel.VERSIONS).data() == "—"
    assert ctx.page.ui.listCounts.text() == "1 of 3 themes have a plan"
    ctx.page.ui.planFilter.setText("さとう")
    assert ctx.page.plan_proxy.rowCount() == 1


def test_create_a_plan_from_the_theme_with_undo(ctx: Ctx) -> None:
    page = ctx.page
    page.select_trainee(ctx.s.trainees[1])
    assert page.ui.detailStack.currentWidget() is page.ui.emptyPage
    assert "会議録の作成" in page.ui.emptyHint.text()
    assert page.ui.createPlanButton.isEnabled()
    page.ui.createPlanButton.click()
    assert page.plan is not None and page.plan.trainee_name == "佐藤 花子"
    assert page.ui.detailStack.currentWidget() is page.ui.planPage
    assert page.ui.targetEdit.text() == "会議録作成"
    assert "年間48件 × 240分 × 1人 ≈ 192時間" in page.ui.currentEdit.toPlainText()
    assert "192 h/yr" in page.ui.workloadLabel.text()
    assert not page.ui.createPlanButton.isEnabled()
    ctx.undo()
    assert plans.plan_of_trainee(ctx.ws, ctx.s.trainees[1]) is None
    assert page.ui.detailStack.currentWidget() is page.ui.emptyPage
    ctx.redo()
    assert page.plan is not None and page.plan.trainee_id == ctx.s.trainees[1]


def test_a_trainee_without_a_theme_cannot_start_a_plan(ctx: Ctx) -> None:
    from dxworkshop.services import prioritize

    prioritize.clear_theme(ctx.ws, ctx.s.trainees[2])
    ctx.page.refresh(Changes.everything())
    ctx.page.select_trainee(ctx.s.trainees[2])
    assert not ctx.page.ui.createPlanButton.isEnabled()
    assert "has not chosen an improvement theme" in ctx.page.ui.emptyHint.text()


def test_text_fields_autosave_one_undo_step_each(ctx: Ctx, qtbot: QtBot) -> None:
    page = ctx.page
    edit = page.ui.problemsEdit
    edit.setFocus()
    edit.insertPlainText("転記ミスが多い")  # as typed (an input method commits text)
    page.ui.kpiEdit.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: ctx.version().problems == "転記ミスが多い")
    page.ui.kpiEdit.insert("処理時間（分/件）")
    assert page.ui.kpiEdit.isModified()
    page.ui.kpiEdit.editingFinished.emit()
    assert ctx.version().kpi == "処理時間（分/件）"
    count = ctx.controller.undo_stack.count()
    ctx.undo()
    assert ctx.version().kpi == ""
    assert page.ui.kpiEdit.text() == ""
    assert ctx.version().problems == "転記ミスが多い"
    ctx.undo()
    assert ctx.version().problems == "" and page.ui.problemsEdit.toPlainText() == ""
    assert ctx.controller.undo_stack.index() == count - 2
    ctx.redo()
    assert page.ui.problemsEdit.toPlainText() == "転記ミスが多い"


def test_an_edit_changes_only_its_trainees_row_of_the_list(ctx: Ctx, qtbot: QtBot) -> None:
    """A plan edit redraws the row of its trainee (no reset: the selection and the view
    stay); a theme chosen elsewhere updates that trainee's row alone."""
    from dxworkshop.services import prioritize

    page, model = ctx.page, ctx.page.plan_model
    resets: list[str] = []
    rows_changed: set[int] = set()
    model.modelReset.connect(lambda: resets.append("reset"))
    model.dataChanged.connect(
        lambda top, bottom, *_: rows_changed.update(range(top.row(), bottom.row() + 1))
    )

    def row_of(name: str) -> int:
        return next(r for r in range(model.rowCount()) if model.row_at(r).name == name)

    page.ui.kpiEdit.setFocus()
    page.ui.kpiEdit.insert("処理時間")
    page.ui.kpiEdit.editingFinished.emit()
    assert ctx.version().kpi == "処理時間"
    assert resets == [] and rows_changed == {row_of("山田 太郎")}
    assert page._selected_trainee() == ctx.s.trainees[0]
    rows_changed.clear()
    prioritize.clear_theme(ctx.ws, ctx.s.trainees[2])
    page.refresh(Changes.of(theme=[ctx.s.trainees[2]]))
    suzuki = row_of("鈴木 次郎")
    assert resets == [] and rows_changed == {suzuki}
    assert model.index(suzuki, PlanListModel.THEME).data() == "(no theme yet)"
    assert page.ui.listCounts.text() == "1 of 2 themes have a plan"


def test_switching_trainees_saves_what_was_typed(ctx: Ctx, qtbot: QtBot) -> None:
    page = ctx.page
    v = ctx.version().id
    page.ui.rootCauseEdit.setPlainText("入力の仕組みがない")
    page.ui.rootCauseEdit.document().setModified(True)
    page.select_trainee(ctx.s.trainees[1])
    assert plans.get_version(ctx.ws, v).root_cause == "入力の仕組みがない"


def test_hours_saved_are_computed_live_and_saved(ctx: Ctx, qtbot: QtBot) -> None:
    page = ctx.page
    assert "Enter all three numbers" in page.hours_shown
    for edit, text in (
        (page.ui.afterCasesEdit, "1200"),
        (page.ui.afterMinutesEdit, "5"),
        (page.ui.afterPeopleEdit, "2"),
    ):
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    # live, before anything is saved: 600 h now, 200 h after
    assert page.hours_shown == "Now 600 h/yr → after 200 h/yr: saves 400 h/yr"
    for edit in (page.ui.afterCasesEdit, page.ui.afterMinutesEdit, page.ui.afterPeopleEdit):
        edit.editingFinished.emit()
    version = ctx.version()
    assert (version.after_cases_per_year, version.after_minutes_per_case) == (1200, 5)
    assert version.hours_saved == 400
    model = page.plan_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == "山田 太郎")
    assert model.index(row, PlanListModel.SAVED).data() == "400 h/yr"
    # a bad number is shown inline and not saved
    page.ui.afterPeopleEdit.setText("二人")
    page.ui.afterPeopleEdit.setModified(True)
    page.ui.afterPeopleEdit.editingFinished.emit()
    assert page.ui.messageLabel.isVisible() and "not a number" in page.ui.messageLabel.text()
    assert ctx.version().after_people == 2


def test_ecrs_and_dx_means_are_saved_when_ticked(ctx: Ctx) -> None:
    page = ctx.page
    page.ui.simplifyCheck.click()
    page.ui.eliminateCheck.click()
    assert ctx.version().ecrs == ("eliminate", "simplify")
    box = page.ui.dxList
    item = next(box.item(i) for i in range(box.count()) if box.item(i).text() == "RPA")
    item.setCheckState(Qt.CheckState.Checked)
    assert ctx.version().dx_means == ("RPA",)
    ctx.undo()
    assert ctx.version().dx_means == ()
    ctx.undo()
    assert ctx.version().ecrs == ("simplify",)
    assert not page.ui.eliminateCheck.isChecked()


def test_steps_add_edit_move_delete_with_undo(ctx: Ctx) -> None:
    page = ctx.page
    page.add_step()
    model = page.step_model
    assert model.rowCount() == 1
    page.ui.stepsView.closePersistentEditor(page.ui.stepsView.currentIndex())
    assert model.setData(model.index(0, StepTableModel.WHAT), "現状を計測する")
    assert model.setData(model.index(0, StepTableModel.WHO), "山田")
    assert model.setData(model.index(0, StepTableModel.DUE), "2026-10-15")
    page.ui.stepsView.setCurrentIndex(model.index(0, 0))
    page.add_step()
    assert model.setData(model.index(1, StepTableModel.WHAT), "RPAを試行する")
    steps = ctx.version().steps
    assert [(s.what, s.who) for s in steps] == [("現状を計測する", "山田"), ("RPAを試行する", "")]
    assert steps[0].due is not None and steps[0].due.isoformat() == "2026-10-15"
    page.ui.stepsView.setCurrentIndex(model.index(1, 0))
    page.ui.stepUpButton.click()
    assert [s.what for s in ctx.version().steps] == ["RPAを試行する", "現状を計測する"]
    ctx.undo()
    assert [s.what for s in ctx.version().steps] == ["現状を計測する", "RPAを試行する"]
    page.ui.stepsView.setCurrentIndex(model.index(0, 0))
    page.ui.deleteStepButton.click()
    assert [s.what for s in ctx.version().steps] == ["RPAを試行する"]
    ctx.undo()
    assert [s.what for s in ctx.version().steps] == ["現状を計測する", "RPAを試行する"]
    assert model.index(0, StepTableModel.DUE).data() == "15 Oct 2026"


def test_start_a_new_version_inline_and_view_the_old_one_read_only(ctx: Ctx) -> None:
    page = ctx.page
    plans.update_version(ctx.ws, ctx.version().id, "solution", "RPAで入力する。")
    plans.add_step(ctx.ws, ctx.version().id, "試行する")
    page.refresh(Changes.of(plan=None))
    page.ui.newVersionButton.click()
    assert page.ui.newVersionBar.isVisible()
    page.ui.startVersionButton.click()  # no reason given
    assert "Say why a new version is started" in page.ui.messageLabel.text()
    page.ui.reasonEdit.setText("上司の指摘：効果を時間で")
    page.ui.startVersionButton.click()
    assert not page.ui.newVersionBar.isVisible()
    plan = page.plan
    assert plan is not None and [v.number for v in plan.versions] == [1, 2]
    assert page.version is not None and page.version.number == 2
    assert "上司の指摘：効果を時間で" in page.ui.planSubtitle.text()
    assert page.ui.versionCombo.count() == 2
    page.show_version(plan.versions[0].id)
    assert page.version is not None and page.version.number == 1
    assert page.ui.frozenBanner.isVisible()
    assert page.ui.solutionEdit.isReadOnly() and not page.ui.simplifyCheck.isEnabled()
    assert not page.ui.addStepButton.isEnabled() and not page.ui.newVersionButton.isEnabled()
    step = page.step_model.index(0, StepTableModel.WHAT)
    assert not page.step_model.flags(step) & Qt.ItemFlag.ItemIsEditable
    assert not page.step_model.setData(step, "変更")
    ctx.undo()  # the new version goes again
    assert [v.number for v in plans.get_plan(ctx.ws, plan.id).versions] == [1]
    assert page.version is not None and page.version.editable
    assert not page.ui.frozenBanner.isVisible()
    ctx.redo()
    assert [v.number for v in plans.get_plan(ctx.ws, plan.id).versions] == [1, 2]


def test_compare_versions_side_by_side(ctx: Ctx) -> None:
    page = ctx.page
    v1 = ctx.version().id
    plans.update_version(ctx.ws, v1, "goal", "処理時間を減らす。")
    plans.update_version(ctx.ws, v1, "risks", "様式の変更")
    assert page.plan is not None
    plans.start_new_version(ctx.ws, page.plan.id, "具体化")
    page.refresh(Changes.of(plan=None))
    v2 = ctx.version().id
    plans.update_version(ctx.ws, v2, "goal", "処理時間を年間400時間減らす。")
    plans.update_version(ctx.ws, v2, "risks", "")
    page.refresh(Changes.of(plan=None))
    page.ui.planTabs.setCurrentIndex(COMPARE_TAB)
    assert page.ui.compareOldCombo.currentText() == "Version 1"
    assert page.ui.compareNewCombo.currentText() == "Version 2"
    text = page.comparison_text
    assert "処理時間を減らす。" in text and "処理時間を年間400時間減らす。" in text
    html = page.ui.compareView.toHtml()
    assert "#bbf7d0" in html and "#fecaca" in html  # added and removed text highlighted
    assert "background-color:#bbf7d0" in ADDED and "background-color:#fecaca" in REMOVED
    assert page.ui.compareSummary.text() == "2 field(s) changed"
    page.ui.changedOnlyCheck.setChecked(True)
    assert "Target process" not in page.comparison_text
    assert "Goal" in page.comparison_text and "Risks and constraints" in page.comparison_text
    page.compare(v2, v2)
    assert page.ui.compareSummary.text() == "No changes"


def test_link_a_change_to_the_comment_that_prompted_it(ctx: Ctx) -> None:
    page = ctx.page
    plan = page.plan
    assert plan is not None
    row = fb.add_feedback(
        ctx.ws, fb.list_rounds(ctx.ws)[0].id, plan.latest.id, ctx.s.sup_a, "supervisor"
    )
    fb.update_feedback(ctx.ws, row.id, "improvements", "効果を時間で示すこと")
    plans.start_new_version(ctx.ws, plan.id, "上司の指摘を反映")
    page.refresh(Changes.of(plan=None, feedback=None))
    page.ui.planTabs.setCurrentIndex(2)
    assert page.ui.planTabs.tabText(2) == "Feedback Responses (1)"
    assert page.select_feedback(row.id)
    assert "効果を時間で示すこと" in page.ui.feedbackDetail.text()
    assert page.ui.linkButton.isEnabled() and page.ui.linkButton.text() == "Link to Version 2"
    page.ui.linkButton.click()
    got = fb.get_feedback(ctx.ws, row.id)
    assert got.status == FeedbackStatus.ADDRESSED and got.addressed_in_version_number == 2
    model = page.feedback_model
    assert model.index(0, PlanFeedbackModel.ADDRESSED).data() == "Version 2"
    ctx.undo()
    assert fb.get_feedback(ctx.ws, row.id).status == FeedbackStatus.RECEIVED
    page.select_feedback(row.id)
    page.ui.linkButton.click()
    page.select_feedback(row.id)
    page.ui.unlinkButton.click()
    assert fb.get_feedback(ctx.ws, row.id).addressed_in_version_id is None
