"""The feedback page: rounds, the overview grid (status colours, overdue by date), the
editor panel, requests for a round, and the Word forms out and back in with a preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole
from dxworkshop.domain.feedback_rules import CellState
from dxworkshop.services import criteria, plans
from dxworkshop.services import feedback as fb
from dxworkshop.services import feedback_form as ff
from dxworkshop.services.forms import identity
from dxworkshop.services.ops import Changes
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.feedback_labels import STATE_COLOURS
from dxworkshop.ui.main_window import PAGE_CLASSES
from dxworkshop.ui.models.feedback_models import (
    CELL_ROLE,
    FormChangesModel,
    OverviewModel,
)
from dxworkshop.ui.pages.feedback_page import FeedbackPage
from dxworkshop.ui.preferences import Preferences
from tests.services.plan_setup import ROUND1_DUE, Setup, build

LATE = ROUND1_DUE + dt.timedelta(days=5)


@dataclass
class Ctx:
    page: FeedbackPage
    controller: WorkshopController
    s: Setup

    @property
    def ws(self):  # type: ignore[no-untyped-def]
        return self.controller.workshop

    def feedback(self, trainee: int, role: ReviewerRole) -> fb.FeedbackRow:
        return next(
            r
            for r in fb.list_feedback(self.ws, round_id=self.page.round_id)
            if r.trainee_id == trainee and r.role == role
        )

    def undo(self) -> None:
        self.controller.undo_stack.undo()

    def redo(self) -> None:
        self.controller.undo_stack.redo()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[Ctx]:
    s = build(tmp_path / "t.dxw")
    for trainee in s.trainees:
        plans.create_plan(s.ws, trainee)
    controller = WorkshopController(s.ws)
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    win = QMainWindow()
    page = FeedbackPage(controller, prefs)
    page.today = LATE
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    controller.records_changed.connect(
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    page.refresh(Changes.everything())
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield Ctx(page, controller, s)
    win.close()
    controller.close()


def test_the_navigator_builds_this_page() -> None:
    assert PAGE_CLASSES["feedback"] == ("dxworkshop.ui.pages.feedback_page", "FeedbackPage")


def test_models_pass_the_model_tester(ctx: Ctx, qtmodeltester: ModelTester) -> None:
    ctx.page.request_round()
    qtmodeltester.check(ctx.page.model)
    qtmodeltester.check(OverviewModel())
    changes = FormChangesModel()
    qtmodeltester.check(changes)


def test_rounds_are_listed_edited_added_and_deleted(ctx: Ctx) -> None:
    page = ctx.page
    ui = page.ui
    assert ui.roundCombo.count() == 2
    assert ui.roundTitleEdit.text() == "改善計画へのフィードバック"
    assert ui.roundDueEdit.date() == QDate(2026, 10, 3)
    ui.roundTitleEdit.setText("改善計画（案）へのフィードバック")
    ui.roundTitleEdit.editingFinished.emit()
    assert fb.list_rounds(ctx.ws)[0].title == "改善計画（案）へのフィードバック"
    ui.roundDueEdit.setDate(QDate(2026, 10, 10))
    ui.roundDueEdit.editingFinished.emit()
    assert fb.list_rounds(ctx.ws)[0].due == dt.date(2026, 10, 10)
    ui.roundNumberSpin.setValue(2)
    ui.roundNumberSpin.editingFinished.emit()
    assert "already a round with this number" in ui.messageLabel.text()
    ctx.undo()
    ctx.undo()
    assert fb.list_rounds(ctx.ws)[0].title == "改善計画へのフィードバック"
    added = page.add_round()
    assert added is not None and added.number == 3
    assert page.round_id == added.id and ui.roundCombo.count() == 3
    page.delete_round()
    assert [r.number for r in fb.list_rounds(ctx.ws)] == [1, 2]
    ctx.undo()
    assert [r.number for r in fb.list_rounds(ctx.ws)] == [1, 2, 3]


def test_request_the_round_once_with_undo(ctx: Ctx) -> None:
    page = ctx.page
    page.ui.requestButton.click()
    assert len(fb.list_feedback(ctx.ws, round_id=page.round_id)) == 6
    assert "6 request(s) made" in page.ui.messageLabel.text()
    page.ui.requestButton.click()
    assert len(fb.list_feedback(ctx.ws, round_id=page.round_id)) == 6
    assert "0 request(s) made; 6 already asked" in page.ui.messageLabel.text()
    ctx.undo()  # the repeat made nothing; undoing it keeps the first
    ctx.undo()
    assert fb.list_feedback(ctx.ws, round_id=page.round_id) == []
    ctx.redo()
    assert len(fb.list_feedback(ctx.ws, round_id=page.round_id)) == 6


def test_the_grid_shows_status_and_overdue_in_red(ctx: Ctx) -> None:
    page = ctx.page
    page.request_round()
    yamada, sato, _suzuki = ctx.s.trainees
    fb.update_feedback(
        ctx.ws, ctx.feedback(yamada, ReviewerRole.SUPERVISOR).id, "good_points", "良い"
    )
    fb.update_feedback(ctx.ws, ctx.feedback(sato, ReviewerRole.SUPERVISOR).id, "status", "received")
    page.refresh(Changes.of(feedback=None))
    model = page.model
    assert model.headers()[OverviewModel.FIXED :] == ("Supervisor", "Instructor")

    def cell(name: str, column: int) -> tuple[str, str]:
        row = next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
        index = model.index(row, OverviewModel.FIXED + column)
        return index.data(), index.data(Qt.ItemDataRole.BackgroundRole).name()

    text, colour = cell("山田 太郎", 0)
    assert text == "Received · 岡田 課長" and colour == STATE_COLOURS[CellState.RECEIVED][0]
    text, colour = cell("鈴木 次郎", 0)
    assert text == "Overdue 5 d · 早川 係長" and colour == STATE_COLOURS[CellState.OVERDUE][0]
    assert "4 overdue" in page.ui.roundSummary.text()  # 6 asked, 2 received
    # on the due day nothing is overdue yet
    page.today = ROUND1_DUE
    page.refresh(Changes.of(feedback=None))
    text, colour = cell("鈴木 次郎", 0)
    assert text == "Requested · 早川 係長" and colour == STATE_COLOURS[CellState.REQUESTED][0]
    assert "overdue" not in page.ui.roundSummary.text()
    # every trainee still waits for the instructor
    page.ui.openOnlyCheck.setChecked(True)
    assert page.proxy.rowCount() == 3
    page.ui.overviewFilter.setText("早川")
    assert page.proxy.rowCount() == 1


def test_a_cell_opens_the_editor_and_edits_are_saved(ctx: Ctx, qtbot: QtBot) -> None:
    page = ctx.page
    page.request_round()
    yamada = ctx.s.trainees[0]
    assert page.open_cell(yamada, ReviewerRole.SUPERVISOR)
    assert page.ui.editorStack.currentWidget() is page.ui.editorPage
    editor = page.editor
    assert editor.ui.titleLabel.text() == "山田 太郎 — 岡田 課長 (Supervisor)"
    assert "Overdue 5 d" in editor.ui.subtitleLabel.text()
    item = criteria.list_rubric_items(ctx.ws)[0]
    editor.rating_button(item.id, 4).click()
    row = ctx.feedback(yamada, ReviewerRole.SUPERVISOR)
    assert row.rating(item.id) == 4 and row.status == FeedbackStatus.RECEIVED
    assert editor.rating_button(item.id, 4).isChecked()
    editor.rating_button(item.id, 4).click()  # the chosen point again clears it
    assert ctx.feedback(yamada, ReviewerRole.SUPERVISOR).rating(item.id) is None
    ctx.undo()
    assert ctx.feedback(yamada, ReviewerRole.SUPERVISOR).rating(item.id) == 4
    editor.set_text("improvements", "効果を時間で示すこと")
    editor.set_text("response", "第2版で年間時間を追記しました")
    editor.ui.decisionCombo.setCurrentIndex(editor.ui.decisionCombo.findData("conditional"))
    editor.ui.decisionCombo.activated.emit(editor.ui.decisionCombo.currentIndex())
    row = ctx.feedback(yamada, ReviewerRole.SUPERVISOR)
    assert row.improvements == "効果を時間で示すこと"
    assert row.response == "第2版で年間時間を追記しました"
    assert row.decision == Decision.CONDITIONAL
    ctx.undo()
    assert ctx.feedback(yamada, ReviewerRole.SUPERVISOR).decision is None
    assert editor.ui.decisionCombo.currentData() is None
    # requested → addressed skips a step: refused inline
    assert page.open_cell(ctx.s.trainees[2], ReviewerRole.SUPERVISOR)
    combo = editor.ui.statusCombo
    combo.setCurrentIndex(combo.findData("addressed"))
    combo.activated.emit(combo.currentIndex())
    assert "one step at a time" in page.ui.messageLabel.text()
    assert combo.currentData() == "requested"
    # the cell shows what changed
    index = page.index_of(yamada, OverviewModel.FIXED)
    assert index.data().startswith("Received")
    assert index.data(CELL_ROLE).feedback_id == row.id


def test_an_edit_of_one_feedback_reads_and_redraws_its_trainee_only(
    ctx: Ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feedback edited in its cell reads that trainee's row again, not the round's
    every trainee: the overview redraws that row alone (no reset) and shows what a full
    read of the round shows, undo included."""
    page = ctx.page
    page.request_round()
    yamada = ctx.s.trainees[0]
    assert page.open_cell(yamada, ReviewerRole.SUPERVISOR)
    resets: list[str] = []
    rows: list[tuple[int, int]] = []
    page.model.modelReset.connect(lambda: resets.append("reset"))
    page.model.dataChanged.connect(lambda a, b, *_: rows.append((a.row(), b.row())))
    read: list[object] = []
    real = fb.overview

    def counted(*args: object, **kwargs: object) -> fb.Overview:
        read.append(kwargs.get("trainee_ids"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fb, "overview", counted)  # the page reads through the module
    page.editor.set_text("improvements", "効果を時間で示すこと")
    ctx.undo()
    ctx.redo()
    monkeypatch.undo()
    assert read == [{yamada}] * 3
    assert resets == []
    position = next(i for i, r in enumerate(page.model.rows()) if r.trainee_id == yamada)
    assert set(rows) == {(position, position)}
    full = fb.overview(ctx.ws, page.round_id, today=page.today)
    assert page.overview == full
    assert tuple(page.model.rows()) == full.rows
    assert page._round() == full.round  # the round's counts, as a full read has them
    assert fb.list_rounds(ctx.ws, today=page.today) == page._rounds
    assert page.index_of(yamada, OverviewModel.FIXED).data().startswith("Received")


def test_an_empty_cell_can_be_requested_and_removed(ctx: Ctx) -> None:
    page = ctx.page
    yamada = ctx.s.trainees[0]
    assert page.open_cell(yamada, ReviewerRole.INSTRUCTOR)
    assert page.ui.editorStack.currentWidget() is page.ui.editorRequest
    assert page.ui.reviewerCombo.count() == 2
    page.ui.reviewerCombo.setCurrentIndex(1)
    page.ui.requestOneButton.click()
    row = ctx.feedback(yamada, ReviewerRole.INSTRUCTOR)
    assert row.reviewer_name == "講師 二郎"
    assert page.ui.editorStack.currentWidget() is page.ui.editorPage
    page.editor.ui.removeButton.click()
    assert fb.list_feedback(ctx.ws, round_id=page.round_id) == []
    ctx.undo()
    assert len(fb.list_feedback(ctx.ws, round_id=page.round_id)) == 1


def test_export_one_form_per_supervisor(
    ctx: Ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    ctx.page.request_round()
    ctx.page.ui.exportFormsButton.click()
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "フィードバック依頼票_第1回_岡田課長.docx",
        "フィードバック依頼票_第1回_早川係長.docx",
    ]
    assert "Wrote 2 form(s)" in ctx.page.ui.messageLabel.text()
    assert identity.form_kind(folder / names[0]) == "feedback-form"


def fill(path: Path, decision: str, improvement: str) -> None:
    doc = Document(str(path))
    for table in doc.tables:
        for row in table.rows:
            found = identity.MARKER.search(row.cells[0].text)
            if found and found.group(1) == "decision":
                row.cells[-1].text = decision
            if found and found.group(1) == "improve":
                row.cells[-1].text = improvement
    doc.save(str(path))


def test_import_a_returned_form_with_a_preview(
    ctx: Ctx, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = ctx.page
    page.request_round()
    [path] = [p for p in page.export_forms(tmp_path) if "岡田" in p.name]
    fill(path, "■ 承認", "期限を明記すること")
    dialog = page.import_form(path)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 4  # two trainees × (decision, improvement)
    qtmodeltester.check(dialog.model)
    assert "岡田 課長" in dialog.ui.summaryLabel.text()
    assert fb.list_feedback(ctx.ws, round_id=page.round_id)[0].decision is None  # preview only
    dialog.ui.buttons.accepted.emit()
    assert not dialog.isVisible()
    row = ctx.feedback(ctx.s.trainees[0], ReviewerRole.SUPERVISOR)
    assert row.decision == Decision.APPROVED and row.improvements == "期限を明記すること"
    assert row.status == FeedbackStatus.RECEIVED
    assert "4 value(s) imported" in page.ui.messageLabel.text()
    ctx.undo()
    row = ctx.feedback(ctx.s.trainees[0], ReviewerRole.SUPERVISOR)
    assert row.decision is None and row.status == FeedbackStatus.REQUESTED


def test_a_form_of_another_round_is_refused_inline(ctx: Ctx, tmp_path: Path) -> None:
    page = ctx.page
    page.request_round()
    [path] = [p for p in page.export_forms(tmp_path) if "岡田" in p.name]
    fill(path, "■ 承認", "")
    page.select_round(fb.list_rounds(ctx.ws)[1].id)
    assert page.import_form(path) is None
    assert "the form of round 1, not of the round shown" in page.ui.messageLabel.text()
    assert ff.plan_form_import(ctx.ws, path).changed  # it would import into round 1
