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
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from dxworkshop.services import people
from dxworkshop.services import prioritize as svc
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.ops import Changes, Kind, Operation
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
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.prioritize_messages import prioritize_error_text

log = logging.getLogger(__name__)


class Part:
    """The parts of the read model, each read from the services on its own."""

    SCOPE = "scope"  # the groups to choose from
    RATERS = "raters"  # the trainees who rate in scope, with the scores each gave
    BOARD = "board"  # the scoring board: issues, scores, totals, ranks, themes marked
    VOTING = "voting"  # the rounds and the chosen round's dots
    THEMES = "themes"  # each trainee's theme

    ALL: frozenset[str] = frozenset({SCOPE, RATERS, BOARD, VOTING, THEMES})


#: The kinds of records each part is read from: a change of other kinds leaves it be (a
#: dot cast reads the round again, not the board of every issue).
READS: dict[str, frozenset[str]] = {
    Part.SCOPE: frozenset({Kind.GROUP, Kind.PERSON}),
    # a score changes the count of scores its rater gave, not the groups
    Part.RATERS: frozenset({Kind.GROUP, Kind.PERSON, Kind.MUNICIPALITY, Kind.ISSUE, Kind.SCORE}),
    Part.BOARD: frozenset(
        {
            Kind.SCORE,
            Kind.THEME,
            Kind.ISSUE,
            Kind.CLUSTER,
            Kind.CRITERION,
            Kind.PERSON,
            Kind.MUNICIPALITY,
            Kind.GROUP,
        }
    ),
    Part.VOTING: frozenset({Kind.VOTE, Kind.ISSUE, Kind.PERSON, Kind.GROUP}),
    Part.THEMES: frozenset({Kind.THEME, Kind.ISSUE, Kind.PERSON, Kind.MUNICIPALITY, Kind.GROUP}),
}


def parts_of(changes: Changes) -> frozenset[str]:
    """The parts of the read model that *changes* make stale."""
    return frozenset(part for part, kinds in READS.items() if changes.touches(*kinds))


#: With more issues than this, the page opens on the first group rather than on all.
LARGE_SCOPE = 600


class PrioritizeState(QObject):
    #: the parts just read again (a frozenset of :class:`Part`); views redraw those
    data_changed = Signal(object)
    mode_changed = Signal()
    error = Signal(str)  # a refused edit, as a sentence for the user

    def __init__(
        self,
        controller: WorkshopController,
        parent: QObject | None = None,
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
        self._followed = False  # the last changes reached the state through its page

    # -- reading ----------------------------------------------------------------------------

    def follow(self, changes: Changes) -> None:
        """Show *changes* (the page that owns the state passes on what the main window
        gives it): read again the parts they make stale."""
        parts = parts_of(changes)
        if parts:
            self._followed = True
            self.reload(parts)

    def reload(self, parts: frozenset[str] = Part.ALL) -> None:
        """Read *parts* of the read model again (all of them by default; the scope is
        always read with the board on the first read) and tell the views."""
        ws = self.controller.workshop
        if not self._loaded:
            parts = Part.ALL
        if Part.SCOPE in parts:
            self.groups = people.list_groups(ws)
            if not self._loaded and self.groups and _issue_count(ws) > LARGE_SCOPE:
                self.group_id = self.groups[0].id
            if self.group_id is not None and all(g.id != self.group_id for g in self.groups):
                self.group_id = None
        if Part.RATERS in parts:
            self.raters = svc.list_raters(ws, group_id=self.group_id)
            if self.rater_id is not None and all(r.id != self.rater_id for r in self.raters):
                self.rater_id = None
            if self.voter_id is not None and all(r.id != self.voter_id for r in self.raters):
                self.voter_id = None
        self._loaded = True
        if Part.BOARD in parts:
            self.board = svc.scoring_board(
                ws, group_id=self.group_id, rater_id=self.rater_id, themes_only=self.themes_only
            )
            self._by_id = {r.id: r for r in self.board.rows}
        if Part.VOTING in parts:
            self.rounds = svc.list_rounds(ws)
            if self.round_id is not None and all(r.id != self.round_id for r in self.rounds):
                self.round_id = None
            self.voting = svc.voting_state(ws, self.round_id) if self.round_id is not None else None
        if Part.THEMES in parts:
            self.themes = svc.themes_overview(ws, group_id=self.group_id)
        self.data_changed.emit(frozenset(parts))

    def set_board(self, board: ScoringBoard) -> None:
        """Show a read model made elsewhere (benchmarks and tests of a board alone)."""
        self._loaded = True
        self.board = board
        self._by_id = {r.id: r for r in board.rows}
        self.data_changed.emit(Part.ALL)

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
            self.data_changed.emit(frozenset({Part.VOTING}))
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

    def _run(self, text: str, op: Operation) -> Any:
        """Run an edit; the state shows it at once, whether or not its page passes the
        changes on (a board alone, in a test or a benchmark). Returns the operation's
        value, ``None`` when it was refused (the reason goes out as ``error``)."""
        self._followed = False
        try:
            value = self.controller.run(text, op)
        except ServiceError as exc:
            self.error.emit(prioritize_error_text(exc))
            return None
        if not self._followed:
            self.reload()
        return True if value is None else value

    def place(self, placements: Sequence[Placement]) -> bool:
        """Set both axis scores of the given issues (a drag or an arrow key), undoably."""
        wanted = [p for p in placements if self._changes(p)]
        if not wanted:
            return False
        if len(wanted) == 1:
            row = self.row(wanted[0].issue_id)
            text = self.tr("Move “{title}”").format(title=row.title if row else "")
        else:
            text = self.tr("Move %n card(s)", "", len(wanted))
        return self._run(text, svc.set_axis_scores_op(wanted, rater_id=self.rater_id)) is not None

    def _changes(self, p: Placement) -> bool:
        row = self.row(p.issue_id)
        board = self.board
        if row is None or board is None or not board.has_axes:
            return True
        assert board.x_criterion_id is not None and board.y_criterion_id is not None
        current = (row.scores.get(board.x_criterion_id), row.scores.get(board.y_criterion_id))
        return current != (p.x, p.y)

    def set_score(self, issue_id: int, criterion_id: int, value: int | None) -> bool:
        criterion = self.board.criterion(criterion_id) if self.board else None
        text = self.tr("Score {criterion}").format(criterion=criterion.name if criterion else "")
        op = svc.set_score_op(issue_id, criterion_id, value, rater_id=self.rater_id)
        return self._run(text, op) is not None

    def vote(self, issue_id: int, *, remove: bool = False) -> bool:
        """One dot more (or less) from the chosen voter on an issue."""
        round_id, voter = self.round_id, self.voter_id
        if round_id is None:
            return False
        if voter is None:
            self.error.emit(self.tr("Choose who is voting first."))
            return False
        text = self.tr("Remove a dot") if remove else self.tr("Add a dot")
        return (
            self._run(text, svc.cast_vote_op(round_id, voter, issue_id, remove=remove)) is not None
        )

    def add_round(self, title: str, votes_per_person: int, max_per_issue: int) -> bool:
        op = svc.add_round_op(title, votes_per_person=votes_per_person, max_per_issue=max_per_issue)
        row = self._run(self.tr("New voting round"), op)
        if row is None:
            return False
        self.set_round(row.id)
        return True

    def update_round(
        self,
        round_id: int,
        *,
        title: str | None = None,
        votes_per_person: int | None = None,
        max_per_issue: int | None = None,
    ) -> bool:
        if all(r.id != round_id for r in self.rounds):
            return False
        given = {
            "title": title,
            "votes_per_person": votes_per_person,
            "max_per_issue": max_per_issue,
        }
        fields = {k: v for k, v in given.items() if v is not None}
        op = svc.update_round_op(round_id, **fields)
        return self._run(self.tr("Change voting round"), op) is not None

    def delete_round(self, round_id: int) -> bool:
        op = svc.set_round_deleted_op(round_id, True)
        return self._run(self.tr("Delete voting round"), op) is not None

    def reset_round(self, round_id: int) -> bool:
        return self._run(self.tr("Reset voting round"), svc.reset_round_op(round_id)) is not None

    def set_theme(self, trainee_id: int, issue_id: int | None) -> bool:
        """Make *issue_id* the trainee's theme (None clears it)."""
        text = self.tr("Clear theme") if issue_id is None else self.tr("Choose theme")
        return self._run(text, svc.set_theme_op(trainee_id, issue_id)) is not None


def _issue_count(ws: Any) -> int:
    return int(counts(ws).get("issues", 0))
