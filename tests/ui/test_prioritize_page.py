"""The prioritisation page: scoring table and matrix as one source of truth, voting, themes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSettings, Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import Role
from dxworkshop.services import criteria as crit
from dxworkshop.services import people
from dxworkshop.services import prioritize as svc
from dxworkshop.services.ops import Changes
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.main_window import page_entries
from dxworkshop.ui.models.people_models import ID_ROLE
from dxworkshop.ui.models.prioritize_models import (
    ScoringTableModel,
    ThemeTableModel,
    VoterTableModel,
)
from dxworkshop.ui.pages.prioritize_page import THEMES_TAB, PrioritizePage
from dxworkshop.ui.preferences import Preferences


@dataclass
class Ctx:
    page: PrioritizePage
    controller: WorkshopController
    c: dict[str, int]
    trainees: list[int]
    issues: list[int]

    @property
    def ws(self) -> Workshop:
        return self.controller.workshop

    def row(self, issue: int) -> svc.IssueScores:
        return next(r for r in svc.scoring_board(self.ws).rows if r.id == issue)

    def index(self, issue: int, column: int) -> QModelIndex:
        proxy = self.page.scores_proxy
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == issue:
                return proxy.index(r, column)
        raise AssertionError(f"issue {issue} not in the table")

    def card_centre(self, issue: int) -> QPointF:
        card = self.page.board.card(issue)
        assert card is not None
        return card.sceneBoundingRect().center()


@pytest.fixture
def ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[Ctx]:
    ws = new_programme(tmp_path / "t.dxw", "研修")
    c = {row.code: row.id for row in crit.list_criteria(ws)}
    muni = people.add_municipality(ws, "倉敷市")
    trainees = [
        people.add_person(ws, name, kana=kana, municipality_id=muni.id, roles=[Role.TRAINEE]).id
        for name, kana in (
            ("山田 太郎", "やまだ"),
            ("佐藤 花子", "さとう"),
            ("鈴木 一郎", "すずき"),
        )
    ]
    group = people.add_group(ws, "A班", trainees).id
    issues = []
    with ws.session() as session:
        for n, title in enumerate(
            ("紙の申請書の転記", "押印のための回覧", "電話での問い合わせ対応")
        ):
            row = m.Issue(title=title, owner_id=trainees[n], group_id=group)
            session.add(row)
            session.flush()
            assert row.id is not None
            issues.append(row.id)
        session.commit()
    a = issues[0]
    for issue, (effect, ease, urgency, gate) in zip(
        issues, ((5, 4, 1, 1), (4, 4, 4, 1), (5, 5, 5, 0)), strict=True
    ):
        for code, value in (
            ("effect", effect),
            ("ease", ease),
            ("urgency", urgency),
            ("feasible", gate),
        ):
            svc.set_score(ws, issue, c[code], value)
    # two trainees' own placement of the first issue, far apart on effect
    svc.set_axis_scores(ws, [svc.Placement(a, 4, 2)], rater_id=trainees[0])
    svc.set_axis_scores(ws, [svc.Placement(a, 4, 5)], rater_id=trainees[1])
    controller = WorkshopController(ws)
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    page = PrioritizePage(controller, prefs)
    controller.records_changed.connect(  # as the main window does
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    qtbot.addWidget(page)
    page.resize(1050, 740)
    page.show()
    qtbot.waitExposed(page)
    page.refresh(Changes.everything())
    page.board.fit_all()
    yield Ctx(page, controller, c, trainees, issues)
    if page.presentation is not None:
        page.presentation.close()
    page.close()
    controller.close()


def test_the_navigator_builds_this_page() -> None:
    factories = {key: factory for key, _phase, factory in page_entries()}
    assert "prioritize" in factories


def test_table_shows_totals_ranks_and_gated_out_rows(ctx: Ctx) -> None:
    a, b, c = ctx.issues
    model = ctx.page.scores
    assert model.rowCount() == 3
    assert ctx.index(a, model.TOTAL).data() == "24"  # 3×5 + 2×4 + 1×1
    assert ctx.index(b, model.TOTAL).data() == "24"  # 3×4 + 2×4 + 1×4
    assert ctx.index(a, ScoringTableModel.RANK).data() == 1  # tie: the older issue first
    assert ctx.index(c, ScoringTableModel.RANK).data() == 3  # 35 points, but ruled out
    gate_col = model.column_of(ctx.c["feasible"])
    assert gate_col is not None
    assert ctx.index(c, gate_col).data() == "No"
    status = ctx.index(c, model.STATUS).data()
    assert status == "Ruled out: 規程・制度上実施可能"
    assert ctx.index(c, ScoringTableModel.TITLE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert ctx.index(a, ScoringTableModel.TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    card = ctx.page.board.card(c)
    assert card is not None and card.content.gated
    assert "ruled out by a gate: 1" in ctx.page.ui.summaryLabel.text()


def test_editing_a_score_in_the_table_moves_the_card(ctx: Ctx) -> None:
    a = ctx.issues[0]
    board = ctx.page.board
    assert board.cell_rect(4, 5).contains(ctx.card_centre(a))
    effect_col = ctx.page.scores.column_of(ctx.c["effect"])
    assert effect_col is not None
    assert ctx.page.scores_proxy.setData(ctx.index(a, effect_col), 2)
    assert ctx.row(a).scores[ctx.c["effect"]] == 2
    assert board.cell_rect(4, 2).contains(ctx.card_centre(a))
    assert ctx.index(a, ctx.page.scores.TOTAL).data() == "15"
    ctx.controller.undo_stack.undo()
    assert board.cell_rect(4, 5).contains(ctx.card_centre(a))
    assert ctx.index(a, ctx.page.scores.TOTAL).data() == "24"


def test_typing_a_score_through_the_cell_editor(ctx: Ctx, qtbot: QtBot) -> None:
    a = ctx.issues[0]
    view = ctx.page.ui.scoresView
    ease_col = ctx.page.scores.column_of(ctx.c["ease"])
    assert ease_col is not None
    view.setCurrentIndex(ctx.index(a, ease_col))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2)  # typing a digit opens the editor with it
    editor = view.focusWidget()
    assert isinstance(editor, QSpinBox)
    assert editor.text() == "2"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
    qtbot.waitUntil(lambda: ctx.row(a).scores.get(ctx.c["ease"]) == 2)
    assert ctx.page.board.cell_rect(2, 5).contains(ctx.card_centre(a))
    # "—" below the scale clears the score
    view.setCurrentIndex(ctx.index(a, ease_col))
    view.edit(ctx.index(a, ease_col))
    editor = view.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.setValue(editor.minimum())
    assert editor.text() == "—"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.c["ease"] not in ctx.row(a).scores)


def test_delete_clears_the_selected_score(ctx: Ctx, qtbot: QtBot) -> None:
    a = ctx.issues[0]
    urgency_col = ctx.page.scores.column_of(ctx.c["urgency"])
    assert urgency_col is not None
    view = ctx.page.ui.scoresView
    view.setCurrentIndex(ctx.index(a, urgency_col))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ctx.c["urgency"] not in ctx.row(a).scores
    assert ctx.index(a, ctx.page.scores.STATUS).data() == "Not fully scored"


def test_a_drag_on_the_board_updates_the_table(ctx: Ctx) -> None:
    from tests.ui.test_matrix_board import drag

    b = ctx.issues[1]
    board = ctx.page.board
    drag(board, ctx.card_centre(b), board.cell_rect(1, 1).center())
    ease_col = ctx.page.scores.column_of(ctx.c["ease"])
    effect_col = ctx.page.scores.column_of(ctx.c["effect"])
    assert ease_col is not None and effect_col is not None
    assert ctx.index(b, ease_col).data() == "1"
    assert ctx.index(b, effect_col).data() == "1"
    assert ctx.controller.undo_stack.count() == 1
    ctx.controller.undo_stack.undo()
    assert ctx.index(b, ease_col).data() == "4"


def test_selecting_a_card_selects_its_row(ctx: Ctx) -> None:
    b = ctx.issues[1]
    ctx.page.board.select([b])
    rows = {i.data(ID_ROLE) for i in ctx.page.ui.scoresView.selectionModel().selectedIndexes()}
    assert rows == {b}
    assert ctx.page.ui.ownerThemeButton.isEnabled()


def test_a_trainees_own_scores_and_the_spread(ctx: Ctx) -> None:
    a = ctx.issues[0]
    model = ctx.page.scores
    effect_col = model.column_of(ctx.c["effect"])
    assert effect_col is not None
    assert not ctx.page.ui.scoresView.isColumnHidden(model.SPREAD)
    assert ctx.index(a, model.SPREAD).data() == 3  # 2 and 5
    cell = ctx.index(a, effect_col)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # raters disagree
    assert "2–5 among 2 trainees" in cell.data(Qt.ItemDataRole.ToolTipRole)
    ctx.page.set_rater(ctx.trainees[1])
    assert ctx.page.state.rater_id == ctx.trainees[1]
    assert ctx.index(a, effect_col).data() == "5"
    assert ctx.page.board.cell_rect(4, 5).contains(ctx.card_centre(a))
    # the others have no scores of this trainee: off the matrix, in the tray
    assert ctx.page.board.tray is not None
    # a drag now sets the trainee's own scores, not the consensus
    ctx.page.state.place([svc.Placement(a, 1, 1)])
    assert ctx.row(a).ratings[ctx.c["effect"]][ctx.trainees[1]] == 1
    assert ctx.row(a).consensus[ctx.c["effect"]] == 5
    ctx.page.set_rater(None)
    assert ctx.index(a, effect_col).data() == "5"


def test_a_voting_round_with_caps_reset_and_undo(ctx: Ctx, qtbot: QtBot) -> None:
    from tests.ui.test_matrix_board import click

    a, b, c = ctx.issues
    page, ui = ctx.page, ctx.page.ui
    ui.addRoundButton.click()
    assert page.state.round_id is not None
    ui.perPersonSpin.setValue(2)
    ui.perIssueSpin.setValue(1)
    rnd = svc.list_rounds(ctx.ws)[0]
    assert (rnd.title, rnd.votes_per_person, rnd.max_per_issue) == ("Dot vote 1", 2, 1)
    page.select_voter(ctx.trainees[0])
    assert page.state.voter_id == ctx.trainees[0]
    ui.voteModeButton.click()
    assert page.state.vote_mode
    board = page.board
    card_a, card_b, card_c = (board.card(i) for i in (a, b, c))
    assert card_a is not None and card_b is not None and card_c is not None
    click(board, card_a)
    click(board, card_a)  # one dot per issue
    assert "most dots allowed on this issue" in ui.messageLabel.text()
    assert not ui.messageLabel.isHidden()
    click(board, card_c)  # ruled out by a gate
    assert "fails a gate criterion" in ui.messageLabel.text()
    click(board, card_b)
    assert (card_a.votes, card_b.votes) == (1, 1)
    assert ctx.index(a, page.scores.DOTS).data() == 1
    assert "1 dots left" not in ui.boardTitle.text() and "0 dots left" in ui.boardTitle.text()
    page.select_voter(ctx.trainees[1])
    click(board, card_b)
    assert card_b.votes == 2
    voters = page.voters
    row = voters.row_of_id(ctx.trainees[0])
    assert row is not None
    assert voters.index(row, VoterTableModel.LEFT).data() == 0
    assert ui.votingSummary.text() == "3 dots from 2 people"
    # caps below what is cast are refused, and the spin box goes back
    ui.perPersonSpin.setValue(1)
    assert "Reset the round first" in ui.messageLabel.text()
    assert ui.perPersonSpin.value() == 2
    ui.resetRoundButton.click()
    assert (card_a.votes, card_b.votes) == (0, 0)
    ctx.controller.undo_stack.undo()
    assert (card_a.votes, card_b.votes) == (1, 2)
    ui.voteModeButton.click()
    assert not page.state.vote_mode


def test_a_dot_reads_the_round_again_not_the_board(ctx: Ctx, qtbot: QtBot) -> None:
    """A vote changes dots only: the table keeps its rows (no reset, no row replaced) and
    redraws the dots cell of the issue voted on; a score change reads the board again (and
    the raters' counts), not the groups."""
    from tests.ui.test_matrix_board import click

    a, b, _ = ctx.issues
    page, ui = ctx.page, ctx.page.ui
    ui.addRoundButton.click()
    page.select_voter(ctx.trainees[0])
    ui.voteModeButton.click()
    board_read = page.state.board
    resets: list[str] = []
    cells: list[tuple[int, int]] = []
    page.scores.modelReset.connect(lambda: resets.append("reset"))
    page.scores.dataChanged.connect(
        lambda top, bottom, *_: cells.extend(
            (row, column)
            for row in range(top.row(), bottom.row() + 1)
            for column in range(top.column(), bottom.column() + 1)
        )
    )
    click(page.board, page.board.card(a))
    assert ctx.index(a, page.scores.DOTS).data() == 1
    assert ctx.index(b, page.scores.DOTS).data() == 0
    assert page.state.board is board_read
    assert resets == []
    assert cells == [(page.scores.row_of_issue(a), page.scores.DOTS)]
    ctx.controller.undo_stack.undo()
    assert ctx.index(a, page.scores.DOTS).data() == 0
    assert page.state.board is board_read
    groups_read = page.state.groups
    svc_placement = svc.Placement(b, 1, 1)
    page.state.place([svc_placement])
    assert page.state.board is not board_read
    assert ctx.row(b).scores[ctx.c["effect"]] == 1
    assert page.state.groups is groups_read  # a score changes no group: the list is not read


def test_theme_selection_and_who_has_none_yet(ctx: Ctx) -> None:
    a, b, c = ctx.issues
    page, ui = ctx.page, ctx.page.ui
    assert ui.tabs.tabText(THEMES_TAB) == "Themes (3 missing)"
    assert ui.themeSummary.text().startswith("3 trainee(s) have no theme yet")
    page.select_trainee(ctx.trainees[1])  # 佐藤, owner of b
    assert ui.themeIssueCombo.count() == 1
    assert ui.themeIssueCombo.currentData() == b
    ui.setThemeButton.click()
    assert ctx.row(b).status == "theme"
    assert ui.tabs.tabText(THEMES_TAB) == "Themes (2 missing)"
    assert "佐藤" not in ui.themeSummary.text() and "山田" in ui.themeSummary.text()
    model = page.themes
    row = model.row_of_id(ctx.trainees[1])
    assert row is not None
    assert model.index(row, ThemeTableModel.THEME).data() == "押印のための回覧"
    card = page.board.card(b)
    assert card is not None and card.content.theme
    # from the table: the selected issue becomes its owner's theme
    page.select_issues([a])
    ui.ownerThemeButton.click()
    assert ctx.row(a).status == "theme"
    # a ruled-out issue cannot be a theme; the page says why
    page.select_issues([c])
    ui.ownerThemeButton.click()
    assert "cannot be a theme" in ui.messageLabel.text()
    page.select_trainee(ctx.trainees[1])
    ui.clearThemeButton.click()
    assert ctx.row(b).status == "candidate"
    ctx.controller.undo_stack.undo()
    assert ctx.row(b).status == "theme"
    assert ui.themeSummary.text().startswith("1 trainee(s) have no theme yet: 鈴木 一郎")


def test_presentation_mode_opens_and_closes(ctx: Ctx, qtbot: QtBot) -> None:
    page = ctx.page
    page.ui.presentButton.click()  # as a person does (clicked(bool) is not a screen)
    window = page.presentation
    assert window is not None
    qtbot.waitExposed(window)
    assert page.presentation is window
    assert not page.ui.presentButton.isEnabled()
    assert "A班" not in window.windowTitle()  # all groups are shown
    board = window.board
    assert len(board.cards()) == 3
    window.ui.lockButton.click()
    assert board.locked
    # an edit on the laptop shows on the shared screen at once
    page.state.place([svc.Placement(ctx.issues[1], 2, 2)])
    card = board.card(ctx.issues[1])
    assert card is not None
    assert board.cell_rect(2, 2).contains(card.sceneBoundingRect().center())
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.presentation is None
    assert page.ui.presentButton.isEnabled()


def test_group_scope(ctx: Ctx) -> None:
    other = people.add_group(ctx.ws, "B班").id
    ctx.controller.records_changed.emit(Changes.of(group=None))
    ctx.page.set_group(other)
    assert ctx.page.state.group_id == other
    assert ctx.page.scores.rowCount() == 0
    assert ctx.page.board.cards() == []
    assert ctx.page.ui.themeSummary.text() == "No trainees in this group."
    ctx.page.set_group(None)
    assert ctx.page.scores.rowCount() == 3


def test_models_pass_the_model_tester(ctx: Ctx, qtmodeltester: ModelTester) -> None:
    ctx.page.ui.addRoundButton.click()
    for model in (ctx.page.scores, ctx.page.voters, ctx.page.themes):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    for proxy in (ctx.page.scores_proxy, ctx.page.voters_proxy, ctx.page.themes_proxy):
        qtmodeltester.check(proxy)


def test_empty_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    for model in (ScoringTableModel(), VoterTableModel(), ThemeTableModel()):
        qtmodeltester.check(model)
    assert QPersistentModelIndex() == QPersistentModelIndex()
