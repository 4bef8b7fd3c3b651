"""The prioritisation read model shared by the page, its table and every matrix board.

One object holds what the page shows (the scoring board of the chosen scope and rater,
voting rounds and live totals, themes) and the modes (click-to-vote, voter), reads it
from the services once per change, and tells every view by ``data_changed``. The
table and the boards therefore always draw the same scores: a drag on a board and an
edit in the table are both service calls through the undo stack, and both redraw from
the next read. A second board on a shared screen is just another view of this object.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from dxworkshop.services import people
from dxworkshop.services import prioritize as svc
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.people import GroupRow
from dxworkshop.services.prioritize import (
    IssueScores,
    Placement,
    RaterRow,
    ScoringBoard,
    TraineeTheme,
    VotingRoundRow,
    VotingState,
)
from dxworkshop.services.programme import counts
from dxworkshop.ui.controller import Topic, WorkshopController
from dxworkshop.ui.prioritize_messages import prioritize_error_text

log = logging.getLogger(__name__)

#: Topics after which the read model is read again.
WATCHED = frozenset(
    {Topic.SCORES, Topic.ISSUES, Topic.CRITERIA, Topic.PEOPLE, Topic.GROUPS, Topic.ALL}
)
#: With more issues than this, the page opens on the first group rather than on all.
LARGE_SCOPE = 600


class PrioritizeState(QObject):
    data_changed = Signal()
    mode_changed = Signal()
    error = Signal(str)  # a refused edit, as a sentence for the user

    def __init__(
        self,
        controller: WorkshopController,
        parent: QObject | None = None,
        *,
        follow: bool = True,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.group_id: int | None = None
        self.themes_only = False
        self.rater_id: int | None = None
        self.round_id: int | None = None
        self.voter_id: int | None = None
        self.vote_mode = False
        self.board: ScoringBoard | None = None
        self.voting: VotingState | None = None
        self.rounds: list[VotingRoundRow] = []
        self.raters: list[RaterRow] = []
        self.themes: list[TraineeTheme] = []
        self.groups: list[GroupRow] = []
        self._by_id: dict[int, IssueScores] = {}
        self._loaded = False
        if follow:
            controller.changed.connect(self._on_changed)

    # -- reading ----------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if self._loaded and WATCHED & topics:
            self.reload()

    def reload(self) -> None:
        ws = self.controller.workshop
        self.groups = people.list_groups(ws)
        if not self._loaded:
            self._loaded = True
            if self.groups and _issue_count(ws) > LARGE_SCOPE:
                self.group_id = self.groups[0].id
        if self.group_id is not None and all(g.id != self.group_id for g in self.groups):
            self.group_id = None
        self.raters = svc.list_raters(ws, group_id=self.group_id)
        if self.rater_id is not None and all(r.id != self.rater_id for r in self.raters):
            self.rater_id = None
        self.board = svc.scoring_board(
            ws, group_id=self.group_id, rater_id=self.rater_id, themes_only=self.themes_only
        )
        self._by_id = {r.id: r for r in self.board.rows}
        self.rounds = svc.list_rounds(ws)
        if self.round_id is not None and all(r.id != self.round_id for r in self.rounds):
            self.round_id = None
        self.voting = svc.voting_state(ws, self.round_id) if self.round_id is not None else None
        self.themes = svc.themes_overview(ws, group_id=self.group_id)
        if self.voter_id is not None and all(r.id != self.voter_id for r in self.raters):
            self.voter_id = None
        self.data_changed.emit()

    def set_board(self, board: ScoringBoard) -> None:
        """Show a read model made elsewhere (benchmarks and tests of a board alone)."""
        self._loaded = True
        self.board = board
        self._by_id = {r.id: r for r in board.rows}
        self.data_changed.emit()

    @property
    def rows(self) -> tuple[IssueScores, ...]:
        return self.board.rows if self.board is not None else ()

    def row(self, issue_id: int) -> IssueScores | None:
        return self._by_id.get(issue_id)

    def votes_on(self, issue_id: int) -> int:
        return self.voting.totals.get(issue_id, 0) if self.voting is not None else 0

    # -- scope and modes ----------------------------------------------------------------------

    def set_scope(self, group_id: int | None, themes_only: bool) -> None:
        if (group_id, themes_only) != (self.group_id, self.themes_only):
            self.group_id, self.themes_only = group_id, themes_only
            self.reload()

    def set_rater(self, rater_id: int | None) -> None:
        if rater_id != self.rater_id:
            self.rater_id = rater_id
            self.reload()

    def set_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.voting = (
                svc.voting_state(self.controller.workshop, round_id)
                if round_id is not None
                else None
            )
            if round_id is None:
                self.vote_mode = False
            self.data_changed.emit()
            self.mode_changed.emit()

    def set_voter(self, voter_id: int | None) -> None:
        if voter_id != self.voter_id:
            self.voter_id = voter_id
            self.mode_changed.emit()

    def set_vote_mode(self, on: bool) -> None:
        on = on and self.round_id is not None
        if on != self.vote_mode:
            self.vote_mode = on
            self.mode_changed.emit()

    # -- edits (each one undoable step) ----------------------------------------------------------

    def _run(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], topics: Sequence[str]
    ) -> bool:
        try:
            self.controller.execute(text, do, undo, topics)
        except ServiceError as exc:
            self.error.emit(prioritize_error_text(exc))
            return False
        return True

    def place(self, placements: Sequence[Placement]) -> bool:
        """Set both axis scores of the given issues (a drag or an arrow key), undoably."""
        wanted = [p for p in placements if self._changes(p)]
        if not wanted:
            return False
        ws, rater = self.controller.workshop, self.rater_id
        previous: list[Placement] = []

        def do() -> None:
            before = svc.set_axis_scores(ws, wanted, rater_id=rater)
            if not previous:  # redo keeps what the first run replaced
                previous.extend(before)

        def undo() -> None:
            svc.set_axis_scores(ws, previous, rater_id=rater)

        if len(wanted) == 1:
            row = self.row(wanted[0].issue_id)
            text = self.tr("Move “{title}”").format(title=row.title if row else "")
        else:
            text = self.tr("Move %n card(s)", "", len(wanted))
        return self._run(text, do, undo, [Topic.SCORES])

    def _changes(self, p: Placement) -> bool:
        row = self.row(p.issue_id)
        board = self.board
        if row is None or board is None or not board.has_axes:
            return True
        assert board.x_criterion_id is not None and board.y_criterion_id is not None
        current = (row.scores.get(board.x_criterion_id), row.scores.get(board.y_criterion_id))
        return current != (p.x, p.y)

    def set_score(self, issue_id: int, criterion_id: int, value: int | None) -> bool:
        ws, rater = self.controller.workshop, self.rater_id
        previous: list[int | None] = []

        def do() -> None:
            before = svc.set_score(ws, issue_id, criterion_id, value, rater_id=rater)
            if not previous:
                previous.append(before)

        def undo() -> None:
            svc.set_score(ws, issue_id, criterion_id, previous[0], rater_id=rater)

        criterion = self.board.criterion(criterion_id) if self.board else None
        text = self.tr("Score {criterion}").format(criterion=criterion.name if criterion else "")
        return self._run(text, do, undo, [Topic.SCORES])

    def vote(self, issue_id: int, *, remove: bool = False) -> bool:
        """One dot more (or less) from the chosen voter on an issue."""
        round_id, voter = self.round_id, self.voter_id
        if round_id is None:
            return False
        if voter is None:
            self.error.emit(self.tr("Choose who is voting first."))
            return False
        ws = self.controller.workshop

        def cast() -> None:
            svc.cast_vote(ws, round_id, voter, issue_id)

        def uncast() -> None:
            svc.uncast_vote(ws, round_id, voter, issue_id)

        if remove:
            return self._run(self.tr("Remove a dot"), uncast, cast, [Topic.SCORES])
        return self._run(self.tr("Add a dot"), cast, uncast, [Topic.SCORES])

    def add_round(self, title: str, votes_per_person: int, max_per_issue: int) -> bool:
        ws = self.controller.workshop
        created: list[int] = []

        def do() -> None:
            if created:
                svc.set_round_deleted(ws, created[0], False)
                return
            created.append(
                svc.add_round(
                    ws, title, votes_per_person=votes_per_person, max_per_issue=max_per_issue
                ).id
            )

        def undo() -> None:
            svc.set_round_deleted(ws, created[0], True)

        done = self._run(self.tr("New voting round"), do, undo, [Topic.SCORES])
        if done:
            self.set_round(created[0])
        return done

    def update_round(
        self,
        round_id: int,
        *,
        title: str | None = None,
        votes_per_person: int | None = None,
        max_per_issue: int | None = None,
    ) -> bool:
        old = next((r for r in self.rounds if r.id == round_id), None)
        if old is None:
            return False
        ws = self.controller.workshop

        def do() -> None:
            svc.update_round(
                ws,
                round_id,
                title=title,
                votes_per_person=votes_per_person,
                max_per_issue=max_per_issue,
            )

        def undo() -> None:
            svc.update_round(
                ws,
                round_id,
                title=old.title,
                votes_per_person=old.votes_per_person,
                max_per_issue=old.max_per_issue,
            )

        return self._run(self.tr("Change voting round"), do, undo, [Topic.SCORES])

    def delete_round(self, round_id: int) -> bool:
        ws = self.controller.workshop
        return self._run(
            self.tr("Delete voting round"),
            lambda: svc.set_round_deleted(ws, round_id, True),
            lambda: svc.set_round_deleted(ws, round_id, False),
            [Topic.SCORES],
        )

    def reset_round(self, round_id: int) -> bool:
        ws = self.controller.workshop
        removed: list[svc.VoteRow] = []

        def do() -> None:
            gone = svc.reset_round(ws, round_id)
            if not removed:
                removed.extend(gone)

        def undo() -> None:
            svc.restore_votes(ws, round_id, removed)

        return self._run(self.tr("Reset voting round"), do, undo, [Topic.SCORES])

    def set_theme(self, trainee_id: int, issue_id: int | None) -> bool:
        """Make *issue_id* the trainee's theme (None clears it)."""
        ws = self.controller.workshop
        changes: list[svc.ThemeChange] = []

        def do() -> None:
            if changes:
                svc.redo_theme_change(ws, changes[0])
            elif issue_id is None:
                changes.append(svc.clear_theme(ws, trainee_id))
            else:
                changes.append(svc.set_theme(ws, trainee_id, issue_id))

        def undo() -> None:
            svc.undo_theme_change(ws, changes[0])

        text = self.tr("Clear theme") if issue_id is None else self.tr("Choose theme")
        return self._run(text, do, undo, [Topic.ISSUES, Topic.SCORES])


def _issue_count(ws: Any) -> int:
    return int(counts(ws).get("issues", 0))
