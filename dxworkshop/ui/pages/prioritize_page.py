"""Prioritisation (優先順位付け): scores per criterion, the payoff matrix, dot voting, themes.

The page wires widgets to one ``PrioritizeState``: the scoring table and the matrix
board (and a second board on the shared screen) all draw from its read model, and all
their edits go through it onto the undo stack. Refused edits are shown inline (and in
the status bar), never in a popup.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QHeaderView, QWidget

from dxworkshop.domain.voting import MAX_PER_ISSUE, VOTES_PER_PERSON
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.ui.boards.matrix_board import MatrixBoard
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.forms.ui_prioritize_page import Ui_PrioritizePage
from dxworkshop.ui.models.people_models import ID_ROLE, TableFilterProxy
from dxworkshop.ui.models.prioritize_models import (
    CRITERION_ROLE,
    ScoringTableModel,
    ThemeTableModel,
    VoterTableModel,
)
from dxworkshop.ui.pages.base import SIZING_ROWS, Page
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.presentation import PresentationWindow
from dxworkshop.ui.prioritize_delegates import ScoreDelegate
from dxworkshop.ui.prioritize_state import Part, PrioritizeState

log = logging.getLogger(__name__)

SCORES_TAB, VOTING_TAB, THEMES_TAB = range(3)


class PrioritizePage(Page):
    kinds = frozenset(
        {
            Kind.SCORE,
            Kind.VOTE,
            Kind.THEME,
            Kind.ISSUE,
            Kind.CLUSTER,
            Kind.CRITERION,
            Kind.PERSON,
            Kind.GROUP,
        }
    )

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_PrioritizePage()
        self.ui.setupUi(self)
        self.state = PrioritizeState(controller, self)
        self.board = MatrixBoard(self.state, self.ui.boardHost)
        self.ui.boardHostLayout.addWidget(self.board)
        self.presentation: PresentationWindow | None = None
        self._syncing = False
        self._sized = False

        self.scores = ScoringTableModel()
        self.scores.set_score_editor(self.state.set_score)
        self.scores_proxy = TableFilterProxy()
        self.scores_proxy.setSourceModel(self.scores)
        self.ui.scoresView.setModel(self.scores_proxy)
        self.ui.scoresView.setItemDelegate(ScoreDelegate(self.ui.scoresView))
        self.ui.scoresView.sortByColumn(ScoringTableModel.RANK, Qt.SortOrder.AscendingOrder)
        self.voters = VoterTableModel()
        self.voters_proxy = TableFilterProxy()
        self.voters_proxy.setSourceModel(self.voters)
        self.ui.votersView.setModel(self.voters_proxy)
        self.ui.votersView.sortByColumn(VoterTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.themes = ThemeTableModel()
        self.themes_proxy = TableFilterProxy()
        self.themes_proxy.setSourceModel(self.themes)
        self.ui.themesView.setModel(self.themes_proxy)
        self.ui.themesView.sortByColumn(ThemeTableModel.NAME, Qt.SortOrder.AscendingOrder)
        for view in (self.ui.scoresView, self.ui.votersView, self.ui.themesView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        for view in (self.ui.votersView, self.ui.themesView):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.themesView.horizontalHeader().setSectionResizeMode(
            ThemeTableModel.THEME, QHeaderView.ResizeMode.Stretch
        )
        self.ui.votersView.horizontalHeader().setSectionResizeMode(
            VoterTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )

        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([480, 300])
        title = self.ui.boardTitle.font()
        title.setBold(True)
        self.ui.boardTitle.setFont(title)
        self.ui.messageLabel.hide()
        self.clear_action = QAction(self.tr("Clear Score"), self)
        self.clear_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.ui.scoresView.addAction(self.clear_action)
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        ui = self.ui
        self.state.data_changed.connect(self._show)
        self.state.mode_changed.connect(self._show_mode)
        self.state.error.connect(self.show_message)
        ui.groupCombo.currentIndexChanged.connect(self._scope_changed)
        ui.themesOnlyCheck.toggled.connect(self._scope_changed)
        ui.raterCombo.currentIndexChanged.connect(self._rater_changed)
        ui.scoresView.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.board.selection_changed.connect(self._board_selection_changed)
        self.clear_action.triggered.connect(self.clear_selected_scores)
        ui.ownerThemeButton.clicked.connect(self.make_owner_theme)

        ui.roundCombo.currentIndexChanged.connect(self._round_changed)
        ui.addRoundButton.clicked.connect(self.add_round)
        ui.deleteRoundButton.clicked.connect(self.delete_round)
        ui.resetRoundButton.clicked.connect(self.reset_round)
        ui.roundTitleEdit.editingFinished.connect(self._round_title_edited)
        ui.perPersonSpin.valueChanged.connect(self._caps_edited)
        ui.perIssueSpin.valueChanged.connect(self._caps_edited)
        ui.voteModeButton.toggled.connect(self.state.set_vote_mode)
        ui.votersView.selectionModel().selectionChanged.connect(self._voter_selected)

        ui.themesView.selectionModel().selectionChanged.connect(self._trainee_selected)
        ui.setThemeButton.clicked.connect(self.set_theme)
        ui.clearThemeButton.clicked.connect(self.clear_theme)

        ui.fitButton.clicked.connect(self.board.fit_all)
        ui.lockButton.toggled.connect(self.board.set_locked)
        self.board.locked_changed.connect(ui.lockButton.setChecked)
        ui.presentButton.clicked.connect(lambda: self.present())  # not clicked(bool) as screen

    # -- Page ----------------------------------------------------------------------------------

    def refresh_when_hidden(self) -> bool:
        return self.presentation is not None  # the shared screen follows every edit

    def refresh(self, changes: Changes) -> None:
        self.state.follow(changes)

    def find(self) -> None:
        self.ui.tabs.setCurrentIndex(SCORES_TAB)
        self.ui.scoresView.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- showing the read model ----------------------------------------------------------------

    def _show(self, parts: frozenset[str] = Part.ALL) -> None:
        """Show what the state just read again (*parts*), leaving the rest as it is."""
        state = self.state
        board = state.board
        if board is None:
            return
        self._syncing = True
        try:
            view = self.ui.scoresView
            if Part.SCOPE in parts:
                self._fill_scope()
            if Part.RATERS in parts:
                self._fill_raters()
            if Part.BOARD in parts:
                self.scores.set_rows(
                    board.rows, board.criteria, votes=state.voting, consensus=state.rater_id is None
                )
                view.setColumnHidden(ScoringTableModel.GROUP, state.group_id is not None)
                view.setColumnHidden(self.scores.SPREAD, not any(r.spread for r in board.rows))
                self._size_score_columns()
            elif Part.VOTING in parts:
                self.scores.set_votes(state.voting)
            if Part.VOTING in parts:
                view.setColumnHidden(self.scores.DOTS, state.voting is None)
                self._fill_rounds()
            if Part.RATERS in parts or Part.VOTING in parts:
                self.voters.set_rows(state.raters, state.voting)
            if Part.THEMES in parts:
                self.themes.set_rows(state.themes)
            if Part.THEMES in parts or Part.BOARD in parts:
                self._fill_theme_issues()
        finally:
            self._syncing = False
        self._show_summary()
        self._show_mode()
        self._update_buttons()

    def _size_score_columns(self) -> None:
        header = self.ui.scoresView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ScoringTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        if self._sized or not self.scores.rowCount():
            return
        self._sized = True
        header.setResizeContentsPrecision(SIZING_ROWS)
        self.ui.scoresView.resizeColumnsToContents()
        for column in range(self.scores.columnCount()):
            if column == ScoringTableModel.TITLE:
                continue
            width = header.sectionSize(column)
            if self.scores.criterion_at(column) is not None:
                width = min(max(width, 44), 150)  # longer names: the tooltip says it all
            header.resizeSection(column, min(width + 8, 160))

    def _fill_scope(self) -> None:
        state, ui = self.state, self.ui
        combo = ui.groupCombo
        combo.clear()
        combo.addItem(self.tr("All groups"), None)
        for group in state.groups:
            combo.addItem(group.name, group.id)
        combo.setCurrentIndex(max(0, combo.findData(state.group_id)))
        ui.themesOnlyCheck.setChecked(state.themes_only)

    def _fill_raters(self) -> None:
        state = self.state
        combo = self.ui.raterCombo
        combo.clear()
        combo.addItem(self.tr("Agreed (consensus)"), None)
        for rater in state.raters:
            label = rater.name
            if rater.scored:
                label = self.tr("{name} ({count} scores)").format(
                    name=rater.name, count=rater.scored
                )
            combo.addItem(label, rater.id)
        combo.setCurrentIndex(max(0, combo.findData(state.rater_id)))

    def _fill_rounds(self) -> None:
        was, self._syncing = self._syncing, True  # refilling the combo is not a choice
        try:
            self._fill_round_widgets()
        finally:
            self._syncing = was

    def _fill_round_widgets(self) -> None:
        state, ui = self.state, self.ui
        combo = ui.roundCombo
        combo.clear()
        combo.addItem(self.tr("(no voting round)"), None)
        for rnd in state.rounds:
            combo.addItem(rnd.title, rnd.id)
        combo.setCurrentIndex(max(0, combo.findData(state.round_id)))
        current = next((r for r in state.rounds if r.id == state.round_id), None)
        for widget in (ui.roundTitleEdit, ui.perPersonSpin, ui.perIssueSpin):
            widget.blockSignals(True)
        ui.roundTitleEdit.setText(current.title if current else "")
        ui.perPersonSpin.setValue(current.votes_per_person if current else VOTES_PER_PERSON)
        ui.perIssueSpin.setValue(current.max_per_issue if current else MAX_PER_ISSUE)
        for widget in (ui.roundTitleEdit, ui.perPersonSpin, ui.perIssueSpin):
            widget.blockSignals(False)
        if current is not None:
            ui.votingSummary.setText(
                self.tr("{cast} dots from {voters} people").format(
                    cast=current.cast, voters=current.voters
                )
            )
        else:
            ui.votingSummary.setText("")

    def _fill_theme_issues(self) -> None:
        combo = self.ui.themeIssueCombo
        trainee = self._selected_trainee()
        combo.clear()
        if trainee is None:
            return
        own = [r for r in self.state.rows if r.owner_id == trainee]
        for row in own:  # already in rank order
            label = f"{row.rank}. {row.title}"
            if row.gated_out:
                label += "  " + self.tr("(ruled out)")
            combo.addItem(label, row.id)
        current = next((t.issue_id for t in self.state.themes if t.trainee_id == trainee), None)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _show_summary(self) -> None:
        rows = self.state.rows
        board = self.state.board
        if board is None:
            return
        placed = 0
        if board.has_axes:
            assert board.x_criterion_id is not None and board.y_criterion_id is not None
            placed = sum(
                1
                for r in rows
                if board.x_criterion_id in r.scores and board.y_criterion_id in r.scores
            )
        gated = sum(1 for r in rows if r.gated_out)
        text = self.tr("%n issue(s)", "", len(rows))
        text += "　" + self.tr("on the matrix: {placed}").format(placed=placed)
        if gated:
            text += "　" + self.tr("ruled out by a gate: {gated}").format(gated=gated)
        self.ui.summaryLabel.setText(text)
        missing = [t for t in self.state.themes if t.issue_id is None]
        if not self.state.themes:
            summary = self.tr("No trainees in this group.")
        elif missing:
            summary = self.tr("%n trainee(s) have no theme yet: ", "", len(missing)) + "、".join(
                t.name for t in missing
            )
        else:
            summary = self.tr("Every trainee has chosen a theme.")
        self.ui.themeSummary.setText(summary)
        self.ui.themeSummary.setStyleSheet("color: #b45309;" if missing else "color: #15803d;")
        tab = self.tr("Themes")
        if missing:
            tab = self.tr("Themes ({missing} missing)").format(missing=len(missing))
        self.ui.tabs.setTabText(THEMES_TAB, tab)

    def _show_mode(self) -> None:
        ui, state = self.ui, self.state
        ui.voteModeButton.blockSignals(True)
        ui.voteModeButton.setChecked(state.vote_mode)
        ui.voteModeButton.blockSignals(False)
        voter = next((r for r in state.raters if r.id == state.voter_id), None)
        if state.vote_mode and voter is not None and state.voting is not None:
            ui.boardTitle.setText(
                self.tr("Payoff Matrix — {name} is voting ({left} dots left)").format(
                    name=voter.name, left=state.voting.remaining(voter.id)
                )
            )
        elif state.vote_mode:
            ui.boardTitle.setText(self.tr("Payoff Matrix — choose who is voting"))
        else:
            ui.boardTitle.setText(self.tr("Payoff Matrix"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, state = self.ui, self.state
        has_round = state.round_id is not None
        for widget in (
            ui.deleteRoundButton,
            ui.resetRoundButton,
            ui.voteModeButton,
            ui.roundTitleEdit,
            ui.perPersonSpin,
            ui.perIssueSpin,
        ):
            widget.setEnabled(has_round)
        ui.ownerThemeButton.setEnabled(self._selected_issue() is not None)
        trainee = self._selected_trainee()
        ui.setThemeButton.setEnabled(trainee is not None and ui.themeIssueCombo.count() > 0)
        has_theme = any(t.trainee_id == trainee and t.issue_id is not None for t in state.themes)
        ui.clearThemeButton.setEnabled(has_theme)
        ui.presentButton.setEnabled(self.presentation is None)

    # -- scope ---------------------------------------------------------------------------------

    def _scope_changed(self) -> None:
        if self._syncing:
            return
        self.clear_message()
        self.state.set_scope(self.ui.groupCombo.currentData(), self.ui.themesOnlyCheck.isChecked())

    def _rater_changed(self) -> None:
        if not self._syncing:
            self.state.set_rater(self.ui.raterCombo.currentData())

    def set_group(self, group_id: int | None) -> None:
        self.ui.groupCombo.setCurrentIndex(max(0, self.ui.groupCombo.findData(group_id)))

    def set_rater(self, rater_id: int | None) -> None:
        self.ui.raterCombo.setCurrentIndex(max(0, self.ui.raterCombo.findData(rater_id)))

    # -- selection shared by the table and the board -------------------------------------------

    def _selected_issue(self) -> int | None:
        ids = self._table_selected_ids() or self.board.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _table_selected_ids(self) -> list[int]:
        model = self.ui.scoresView.selectionModel()
        ids = {int(i.data(ID_ROLE)) for i in model.selectedIndexes()} if model else set()
        return sorted(ids)

    def _table_selection_changed(self) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.board.select(self._table_selected_ids())
            finally:
                self._syncing = False
        self._update_buttons()

    def _board_selection_changed(self, ids: list[int]) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.select_issues(ids)
            finally:
                self._syncing = False
        self._update_buttons()

    def select_issues(self, ids: list[int]) -> None:
        """Select the rows of these issues in the table (and scroll to the first)."""
        view = self.ui.scoresView
        selection = QItemSelection()
        wanted = set(ids)
        first: QModelIndex | None = None
        for row in range(self.scores_proxy.rowCount()):
            index = self.scores_proxy.index(row, 0)
            if index.data(ID_ROLE) in wanted:
                last = self.scores_proxy.index(row, self.scores_proxy.columnCount() - 1)
                selection.select(index, last)
                first = first or index
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            view.scrollTo(first)

    def clear_selected_scores(self) -> None:
        """Delete on score cells clears those scores (one undoable step each)."""
        for index in self.ui.scoresView.selectionModel().selectedIndexes():
            criterion = index.data(CRITERION_ROLE)
            if criterion is not None and index.data(Qt.ItemDataRole.EditRole) is not None:
                self.state.set_score(int(index.data(ID_ROLE)), int(criterion), None)

    # -- themes --------------------------------------------------------------------------------

    def _selected_trainee(self) -> int | None:
        model = self.ui.themesView.selectionModel()
        rows = model.selectedRows() if model else []
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _trainee_selected(self) -> None:
        self._fill_theme_issues()
        self._update_buttons()

    def select_trainee(self, trainee_id: int) -> None:
        for row in range(self.themes_proxy.rowCount()):
            index = self.themes_proxy.index(row, 0)
            if index.data(ID_ROLE) == trainee_id:
                self.ui.themesView.selectRow(row)
                return

    def set_theme(self) -> None:
        trainee = self._selected_trainee()
        issue = self.ui.themeIssueCombo.currentData()
        if trainee is not None and issue is not None and self.state.set_theme(trainee, issue):
            self.clear_message()

    def clear_theme(self) -> None:
        trainee = self._selected_trainee()
        if trainee is not None and self.state.set_theme(trainee, None):
            self.clear_message()

    def make_owner_theme(self) -> None:
        issue = self._selected_issue()
        row = self.state.row(issue) if issue is not None else None
        if row is None:
            return
        if row.owner_id is None:
            self.show_message(self.tr("This issue has no owner to take it as a theme."))
            return
        if self.state.set_theme(row.owner_id, row.id):
            self.clear_message()

    # -- voting --------------------------------------------------------------------------------

    def _round_changed(self) -> None:
        if not self._syncing:
            self.state.set_round(self.ui.roundCombo.currentData())

    def add_round(self) -> None:
        title = self.tr("Dot vote {number}").format(number=len(self.state.rounds) + 1)
        if self.state.add_round(title, 3, 1):
            self.clear_message()
            self.ui.roundTitleEdit.setFocus()
            self.ui.roundTitleEdit.selectAll()

    def delete_round(self) -> None:
        if self.state.round_id is not None:
            self.state.delete_round(self.state.round_id)

    def reset_round(self) -> None:
        if self.state.round_id is not None and self.state.reset_round(self.state.round_id):
            self.clear_message()

    def _round_title_edited(self) -> None:
        rnd = next((r for r in self.state.rounds if r.id == self.state.round_id), None)
        text = self.ui.roundTitleEdit.text()
        if rnd is not None and text.strip() and text.strip() != rnd.title:
            self.state.update_round(rnd.id, title=text)

    def _caps_edited(self) -> None:
        rnd = next((r for r in self.state.rounds if r.id == self.state.round_id), None)
        if rnd is None or self._syncing:
            return
        per_person, per_issue = self.ui.perPersonSpin.value(), self.ui.perIssueSpin.value()
        if (per_person, per_issue) == (rnd.votes_per_person, rnd.max_per_issue):
            return
        if self.state.update_round(rnd.id, votes_per_person=per_person, max_per_issue=per_issue):
            self.clear_message()
        else:
            self._fill_rounds()  # put the spin boxes back to the round's caps

    def _voter_selected(self) -> None:
        rows = self.ui.votersView.selectionModel().selectedRows()
        self.state.set_voter(int(rows[0].data(ID_ROLE)) if rows else None)

    def select_voter(self, voter_id: int) -> None:
        for row in range(self.voters_proxy.rowCount()):
            if self.voters_proxy.index(row, 0).data(ID_ROLE) == voter_id:
                self.ui.votersView.selectRow(row)
                return

    # -- presentation --------------------------------------------------------------------------

    def present(self, screen: QScreen | None = None) -> PresentationWindow:
        """Open the matrix on the shared screen (the other display, when there is one)."""
        if self.presentation is not None:
            return self.presentation
        if screen is None:
            screen = _other_screen(self)
        window = PresentationWindow(
            lambda parent: MatrixBoard(self.state, parent, presenting=True),
            self._scope_title(),
            screen,
        )
        window.closed.connect(self._presentation_closed)
        window.board.set_locked(self.board.locked)
        self.presentation = window
        window.present()
        self._update_buttons()
        return window

    def _scope_title(self) -> str:
        state = self.state
        group = next((g.name for g in state.groups if g.id == state.group_id), None)
        parts = [self.tr("Payoff Matrix"), group or self.tr("All groups")]
        if state.themes_only:
            parts.append(self.tr("Themes"))
        return "　".join(parts)

    def _presentation_closed(self) -> None:
        window = self.presentation
        self.presentation = None
        if window is not None:
            window.deleteLater()
        self._update_buttons()


def _other_screen(widget: QWidget) -> QScreen | None:
    """The display the main window is not on (the projector), if there are two."""
    screens = QGuiApplication.screens()
    here = widget.screen()
    others = [s for s in screens if s is not here]
    return others[0] if others else here
