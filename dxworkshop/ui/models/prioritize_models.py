"""Tables of the prioritisation page: issues × criteria, voters, trainees' themes.

Fed with ``services.prioritize`` read models through ``set_rows``; they never read the
database. A score edit calls the editor the page installed (``set_editor``):
``fn(issue_id, criterion_id, value)`` runs it through the undo stack and returns whether
it was applied. Sorting and filtering go through ``TableFilterProxy`` (``SORT_ROLE``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dxworkshop.domain.enums import IssueStatus
from dxworkshop.reports.matrix_chart import short_criterion_name
from dxworkshop.services.criteria import CriterionRow
from dxworkshop.services.prioritize import IssueScores, RaterRow, TraineeTheme, VotingState
from dxworkshop.ui.models.people_models import (
    FILTER_ROLE,
    ID_ROLE,
    SORT_ROLE,
    Index,
    RowTableModel,
    fold,
    kana_key,
)

ScoreEditor = Callable[[int, int, int | None], bool]

#: (min, max, is_gate) of a criterion column, for the score delegate
SCALE_ROLE = Qt.ItemDataRole.UserRole + 10
#: the criterion id of a criterion column
CRITERION_ROLE = Qt.ItemDataRole.UserRole + 11

GATED_FG = QColor("#6b7280")
GATED_BG = QColor("#f3f4f6")
SPREAD_BG = QColor("#fde68a")
THEME_FG = QColor("#b45309")
WIDE_SPREAD = 2  # raters this far apart are worth a discussion
_LAST = "\U0010ffff"


def score_text(criterion: CriterionRow, value: int | None) -> str:
    if value is None:
        return ""
    if criterion.gate:
        return (
            QCoreApplication.translate("ScoringTableModel", "Yes")
            if value
            else QCoreApplication.translate("ScoringTableModel", "No")
        )
    return str(value)


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ScoringTableModel", text)


class ScoringTableModel(RowTableModel):
    """Issues with one column per criterion, then total, percent, spread, dots and status."""

    RANK, TITLE, OWNER, GROUP = range(4)
    FIXED = 4
    EXTRA = 5  # total, percent, spread, dots, status

    def __init__(self) -> None:
        super().__init__()
        self._criteria: tuple[CriterionRow, ...] = ()
        self._votes: Mapping[int, int] = {}
        self._voting = False
        self._consensus = True
        self._score_editor: ScoreEditor | None = None
        self._gate_names: dict[int, str] = {}

    # -- columns -------------------------------------------------------------------------------

    @property
    def TOTAL(self) -> int:
        return self.FIXED + len(self._criteria)

    @property
    def PERCENT(self) -> int:
        return self.TOTAL + 1

    @property
    def SPREAD(self) -> int:
        return self.TOTAL + 2

    @property
    def DOTS(self) -> int:
        return self.TOTAL + 3

    @property
    def STATUS(self) -> int:
        return self.TOTAL + 4

    def criterion_at(self, column: int) -> CriterionRow | None:
        index = column - self.FIXED
        return self._criteria[index] if 0 <= index < len(self._criteria) else None

    def column_of(self, criterion_id: int) -> int | None:
        for i, c in enumerate(self._criteria):
            if c.id == criterion_id:
                return self.FIXED + i
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self._criteria) + self.EXTRA

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Rank"),
            self.tr("Issue"),
            self.tr("Owner"),
            self.tr("Group"),
            *(short_criterion_name(c.name) for c in self._criteria),
            self.tr("Total"),
            self.tr("%"),
            self.tr("Spread"),
            self.tr("Dots"),
            self.tr("Status"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            criterion = self.criterion_at(section)
            if criterion is not None:
                if criterion.gate:
                    return self.tr("{name}: a gate (yes/no); “no” rules the issue out").format(
                        name=criterion.name
                    )
                return self.tr("{name}: {low}–{high}, weight {weight:g}").format(
                    name=criterion.name,
                    low=criterion.min,
                    high=criterion.max,
                    weight=criterion.weight,
                )
            if section == self.SPREAD:
                return self.tr("Widest gap between the trainees' own scores of one criterion")
            if section == self.PERCENT:
                return self.tr("Weighted total as a share of the best possible")
        return None

    # -- rows ----------------------------------------------------------------------------------

    def set_score_editor(self, editor: ScoreEditor | None) -> None:
        self._score_editor = editor

    def set_rows(
        self,
        rows: Iterable[IssueScores],
        criteria: Sequence[CriterionRow],
        *,
        votes: VotingState | None = None,
        consensus: bool = True,
    ) -> None:
        criteria = tuple(criteria)
        context = (self._votes, self._voting, self._consensus, self._gate_names)
        self._votes = dict(votes.totals) if votes is not None else {}
        self._voting = votes is not None
        self._consensus = consensus
        self._gate_names = {c.id: c.name for c in criteria if c.gate}
        if criteria != self._criteria:
            self.beginResetModel()
            self._criteria = criteria
            self._rows = list(rows)
            self.endResetModel()
            return
        same = context == (self._votes, self._voting, self._consensus, self._gate_names)
        self._replace(rows, only_changed=same)

    def set_votes(self, votes: VotingState | None) -> None:
        """Show another count of dots (a vote cast, a round chosen): only the dots cells of
        the issues whose count changed are redrawn — the rows stay as they are."""
        new = dict(votes.totals) if votes is not None else {}
        voting = votes is not None
        if voting != self._voting:
            self._votes, self._voting = new, voting
            if self._rows:
                column = self.DOTS
                self.dataChanged.emit(
                    self.index(0, column), self.index(len(self._rows) - 1, column)
                )
            return
        changed = {i for i in set(new) | set(self._votes) if new.get(i) != self._votes.get(i)}
        self._votes = new
        if not changed:
            return
        column = self.DOTS
        for pos, row in enumerate(self._rows):
            if row.id in changed:
                cell = self.index(pos, column)
                self.dataChanged.emit(cell, cell)

    def row_of_issue(self, issue_id: int) -> int | None:
        return self.row_of_id(issue_id)

    # -- cells ---------------------------------------------------------------------------------

    def display(self, row: IssueScores, column: int) -> Any:
        criterion = self.criterion_at(column)
        if criterion is not None:
            return score_text(criterion, row.scores.get(criterion.id))
        if column == self.RANK:
            return row.rank
        if column == self.TITLE:
            return ("★ " if row.theme_of else "") + row.title
        if column == self.OWNER:
            return row.owner_name
        if column == self.GROUP:
            return row.group_name
        if column == self.TOTAL:
            return "" if row.total is None else f"{row.total:g}"
        if column == self.PERCENT:
            return "" if row.percent is None else f"{row.percent:.0f}"
        if column == self.SPREAD:
            return row.max_spread if row.spread else ""
        if column == self.DOTS:
            return self._votes.get(row.id, 0) if self._voting else ""
        if column == self.STATUS:
            return self.status_text(row)
        return None

    def status_text(self, row: IssueScores) -> str:
        if row.gated_out:
            names = "・".join(self._gate_names.get(g, "") for g in row.failed_gates)
            return self.tr("Ruled out: {gates}").format(gates=names)
        if row.theme_of:
            return self.tr("Theme")
        if row.status == IssueStatus.DROPPED.value:
            return self.tr("Dropped")
        if not row.complete:
            return self.tr("Not fully scored")
        return ""

    def sort_key(self, row: IssueScores, column: int) -> Any:
        criterion = self.criterion_at(column)
        if criterion is not None:
            value = row.scores.get(criterion.id)
            return -1 if value is None else value
        if column == self.TOTAL:
            return -1.0 if row.total is None else row.total
        if column == self.PERCENT:
            return -1.0 if row.percent is None else row.percent
        if column == self.SPREAD:
            return row.max_spread if row.spread else -1
        if column == self.DOTS:
            return self._votes.get(row.id, 0)
        if column == self.OWNER:
            return kana_key(row.owner_name) if row.owner_name else _LAST
        if column == self.TITLE:
            return kana_key(row.title)
        return super().sort_key(row, column)

    def search_text(self, row: IssueScores) -> str:
        return (
            f"{row.title} {row.process} {row.owner_name} {row.municipality_name} {row.group_name}"
        )

    def tooltip(self, row: IssueScores, column: int) -> str | None:
        criterion = self.criterion_at(column)
        if criterion is not None:
            return self._spread_tip(row, criterion)
        if column == self.SPREAD and row.spread:
            tips = [self._spread_tip(row, c) for c in self._criteria if c.id in row.spread]
            return "\n".join(t for t in tips if t)
        if column in (self.TITLE, self.STATUS):
            lines = [row.title]
            if row.process:
                lines.append(row.process)
            if row.gated_out:
                lines.append(self.status_text(row))
            return "\n".join(lines)
        return None

    def _spread_tip(self, row: IssueScores, criterion: CriterionRow) -> str | None:
        spread = row.spread.get(criterion.id)
        if spread is None:
            return None
        return self.tr("{name}: {low}–{high} among {count} trainees (σ {stdev:.1f})").format(
            name=criterion.name,
            low=spread.low,
            high=spread.high,
            count=spread.count,
            stdev=spread.stdev,
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._score_editor is not None and self.criterion_at(index.column()) is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: IssueScores = self._rows[index.row()]
        column = index.column()
        criterion = self.criterion_at(column)
        if role == Qt.ItemDataRole.EditRole:
            return row.scores.get(criterion.id) if criterion is not None else None
        if role == SCALE_ROLE:
            return (criterion.min, criterion.max, criterion.gate) if criterion else None
        if role == CRITERION_ROLE:
            return criterion.id if criterion else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.gated_out:
                return QBrush(GATED_FG)
            if column == self.TITLE and row.theme_of:
                return QBrush(THEME_FG)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.gated_out:
                return QBrush(GATED_BG)
            if criterion is not None and self._consensus:
                spread = row.spread.get(criterion.id)
                if spread is not None and spread.range >= WIDE_SPREAD:
                    return QBrush(SPREAD_BG)
            if column == self.SPREAD and row.spread and row.max_spread >= WIDE_SPREAD:
                return QBrush(SPREAD_BG)
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.TOTAL and not row.gated_out:
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and column != self.TITLE
            and (column not in (self.OWNER, self.GROUP, self.STATUS))
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.gated_out:
            return self.status_text(row)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            ID_ROLE,
            SORT_ROLE,
            FILTER_ROLE,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return super().data(index, role)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        criterion = self.criterion_at(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or criterion is None or self._score_editor is None:
            return False
        row: IssueScores = self._rows[index.row()]
        new = None if value is None or value == "" else int(value)
        if new == row.scores.get(criterion.id):
            return True  # nothing changed: no undo step
        return self._score_editor(row.id, criterion.id, new)


class VoterTableModel(RowTableModel):
    """People who can vote in a round, with the dots they have used and have left."""

    NAME, MUNICIPALITY, USED, LEFT = range(4)
    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self._state: VotingState | None = None
        self._order: dict[int, int] = {}

    def set_rows(self, rows: Iterable[RaterRow], voting: VotingState | None) -> None:
        rows = list(rows)
        self._state = voting
        self._order = {r.id: n for n, r in enumerate(rows)}  # 五十音順 from the service
        self._replace(rows)

    def sort_key(self, row: RaterRow, column: int) -> Any:
        if column == self.NAME:
            return self._order.get(row.id, 0)
        return super().sort_key(row, column)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Municipality"), self.tr("Used"), self.tr("Left"))

    def display(self, row: RaterRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.MUNICIPALITY:
            return row.municipality_name
        if self._state is None:
            return ""
        if column == self.USED:
            return self._state.used.get(row.id, 0)
        return self._state.remaining(row.id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.LEFT
            and self._state is not None
            and self._state.remaining(self._rows[index.row()].id) == 0
        ):
            return QBrush(GATED_FG)
        return super().data(index, role)


class ThemeTableModel(RowTableModel):
    """Trainees and the theme each chose; those without one stand out."""

    NAME, MUNICIPALITY, GROUP, THEME = range(4)
    COLUMNS = 4

    def set_rows(self, rows: Iterable[TraineeTheme]) -> None:
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Trainee"), self.tr("Municipality"), self.tr("Group"), self.tr("Theme"))

    def display(self, row: TraineeTheme, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.MUNICIPALITY:
            return row.municipality_name
        if column == self.GROUP:
            return row.group_names
        return row.issue_title if row.issue_id is not None else self.tr("— none yet")

    def sort_key(self, row: TraineeTheme, column: int) -> Any:
        if column == self.NAME:
            return kana_key(row.kana or row.name)
        if column == self.THEME:
            return fold(row.issue_title) if row.issue_id is not None else ""
        return super().sort_key(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            row: TraineeTheme = self._rows[index.row()]
            if row.issue_id is None and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(THEME_FG)
            if row.issue_id is None and role == Qt.ItemDataRole.FontRole and index.column() == 3:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)
