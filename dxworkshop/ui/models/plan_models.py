"""Tables of the plans page: trainees with their plans, the steps of a version (実施計画)
and the feedback a plan received (to link a change to the comment that prompted it).

Fed with ``services.plans`` / ``services.feedback`` read models through ``set_rows``; they
never read the database. Inline step edits go to the editor the page installed
(``set_editor``), which runs them through the undo stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from dxworkshop.services.feedback import FeedbackRow
from dxworkshop.services.plans import PlanSummary, StepRow
from dxworkshop.ui.feedback_labels import reviewer_role_label, status_label
from dxworkshop.ui.issue_labels import hours_text
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.models.hearing_models import OrderedRowModel
from dxworkshop.ui.models.people_models import Index, RowTableModel, kana_key
from dxworkshop.ui.plan_labels import version_label

MUTED = QColor("#6b7280")
SAVED = QColor("#15803d")


class PlanListModel(RowTableModel):
    """One row per trainee: name, theme, number of versions, expected hours saved a year."""

    NAME, THEME, VERSIONS, SAVED = range(4)
    COLUMNS = 4

    def set_rows(self, rows: Iterable[PlanSummary]) -> None:
        self._replace(rows, only_changed=True)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Trainee"), self.tr("Theme"), self.tr("Ver."), self.tr("Saved"))

    def display(self, row: PlanSummary, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.THEME:
            return row.issue_title or self.tr("(no theme yet)")
        if column == self.VERSIONS:
            return row.versions if row.plan_id is not None else "—"
        if row.plan_id is None:
            return ""
        return hours_text(row.hours_saved) if row.hours_saved is not None else "—"

    def sort_key(self, row: PlanSummary, column: int) -> Any:
        if column == self.NAME:
            return kana_key(row.kana or row.name)
        if column == self.VERSIONS:
            return row.versions
        if column == self.SAVED:
            return row.hours_saved if row.hours_saved is not None else -1e18
        return kana_key(row.issue_title)

    def search_text(self, row: PlanSummary) -> str:
        return " ".join(
            (row.name, row.kana, row.municipality_name, row.issue_title, row.supervisor_name)
        )

    def tooltip(self, row: PlanSummary, column: int) -> str | None:
        lines = [row.name + (f"（{row.municipality_name}）" if row.municipality_name else "")]
        if row.issue_title:
            lines.append(self.tr("Theme: {title}").format(title=row.issue_title))
        if row.supervisor_name:
            lines.append(self.tr("Supervisor: {name}").format(name=row.supervisor_name))
        if row.plan_id is None and row.issue_id is not None:
            lines.append(self.tr("No plan yet"))
        elif row.hours_before is not None and row.plan_id is not None:
            lines.append(
                self.tr("Now {before}, after {after}").format(
                    before=hours_text(row.hours_before), after=hours_text(row.hours_after)
                )
            )
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: PlanSummary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.plan_id is None and column != self.NAME:
                return MUTED
            if column == self.SAVED and (row.hours_saved or 0) > 0:
                return SAVED
        if role == Qt.ItemDataRole.FontRole and row.issue_id is None and column == self.THEME:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VERSIONS, self.SAVED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class StepTableModel(OrderedRowModel):
    """The steps of one version in their order: what, who, by when (editable when latest)."""

    WHAT, WHO, DUE = range(3)
    COLUMNS = 3
    EDITABLE: ClassVar[Mapping[int, str]] = {WHAT: "what", WHO: "who", DUE: "due"}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("What"), self.tr("Who"), self.tr("By when"))

    def display(self, row: StepRow, column: int) -> Any:
        if column == self.WHAT:
            return row.what
        if column == self.WHO:
            return row.who
        return date_label(row.due) if row.due else ""

    def edit_value(self, row: StepRow, column: int) -> str:
        if column == self.DUE:
            return row.due.isoformat() if row.due else ""
        return str(getattr(row, self.EDITABLE[column]))

    def sort_key(self, row: StepRow, column: int) -> Any:
        return row.position


class PlanFeedbackModel(RowTableModel):
    """The feedback a plan received: who said what on which version, and what answered it."""

    ROUND, REVIEWER, VERSION, COMMENT, STATUS, ADDRESSED = range(6)
    COLUMNS = 6

    def set_rows(self, rows: Iterable[FeedbackRow]) -> None:
        self._replace(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Round"),
            self.tr("Reviewer"),
            self.tr("On"),
            self.tr("Points to improve"),
            self.tr("Status"),
            self.tr("Answered by"),
        )

    def display(self, row: FeedbackRow, column: int) -> Any:
        if column == self.ROUND:
            return row.round_number
        if column == self.REVIEWER:
            return f"{row.reviewer_name}（{reviewer_role_label(row.role)}）"
        if column == self.VERSION:
            return version_label(row.version_number)
        if column == self.COMMENT:
            return " ".join(row.improvements.split()) or "—"
        if column == self.STATUS:
            return status_label(row.status)
        if row.addressed_in_version_number is None:
            return "—"
        return version_label(row.addressed_in_version_number)

    def sort_key(self, row: FeedbackRow, column: int) -> Any:
        if column == self.ROUND:
            return (row.round_number, row.id)
        return super().sort_key(row, column)

    def tooltip(self, row: FeedbackRow, column: int) -> str | None:
        parts = []
        if row.good_points:
            parts.append(self.tr("Good points: {text}").format(text=row.good_points))
        if row.improvements:
            parts.append(self.tr("Points to improve: {text}").format(text=row.improvements))
        if row.response:
            parts.append(self.tr("Response: {text}").format(text=row.response))
        return "\n".join(parts) or None
