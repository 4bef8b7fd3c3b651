"""The editor panel of one feedback: rubric ratings, comments, support, decision, status
and the trainee's response.

The panel holds no rules and calls no service: each finished edit is announced
(``field_edited``, ``rating_edited``, ``remove_requested``) and the page runs it through
the undo stack. The rating buttons follow the programme's rubric (one row per item, one
button per point of its scale; clicking the chosen point again clears it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QWidget

from dxworkshop.domain.enums import Decision, FeedbackStatus
from dxworkshop.services.criteria import RubricItemRow
from dxworkshop.services.feedback import FeedbackRow
from dxworkshop.ui.feedback_labels import (
    decision_label,
    reviewer_role_label,
    state_colours,
    state_label,
    status_label,
)
from dxworkshop.ui.forms.ui_feedback_editor import Ui_FeedbackEditor
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.plan_labels import version_label

RATING_STYLE = (
    "QToolButton { border: 1px solid #cbd5e1; border-radius: 4px; min-width: 30px;"
    " min-height: 26px; background: white; color: #334155; }"
    "QToolButton:hover { border-color: #2563eb; }"
    "QToolButton:checked { background: #2563eb; border-color: #2563eb; color: white;"
    " font-weight: bold; }"
)
TEXT_FIELDS = (
    ("good_points", "goodEdit"),
    ("improvements", "improveEdit"),
    ("support", "supportEdit"),
    ("response", "responseEdit"),
)


class FeedbackEditor(QWidget):
    field_edited = Signal(int, str, object)  # feedback id, field, value
    rating_edited = Signal(int, int, object)  # feedback id, rubric item id, value (None: clear)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeedbackEditor()
        self.ui.setupUi(self)
        self._row: FeedbackRow | None = None
        self._rubric: tuple[RubricItemRow, ...] = ()
        self._buttons: dict[int, list[QToolButton]] = {}
        self._filling = False
        title = QFont(self.ui.titleLabel.font())
        title.setPointSizeF(title.pointSizeF() * 1.25)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.ui.subtitleLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.addressedLabel.setStyleSheet("color: #166534;")
        self.ui.ratingsBox.setStyleSheet(RATING_STYLE)
        for label in (
            self.ui.goodLabel,
            self.ui.improveLabel,
            self.ui.supportLabel,
            self.ui.responseLabel,
        ):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        line = self.fontMetrics().lineSpacing()
        for _field, name in TEXT_FIELDS:
            edit = self._edit(name)
            edit.setFixedHeight(line * 4 + 14)
            edit.installEventFilter(self)
        for status in FeedbackStatus:
            self.ui.statusCombo.addItem(status_label(status), status.value)
        self.ui.decisionCombo.addItem("—", None)
        for decision in Decision:
            self.ui.decisionCombo.addItem(decision_label(decision), decision.value)
        self._connect()
        self.show_feedback(None)

    def _connect(self) -> None:
        self.ui.statusCombo.activated.connect(
            lambda _i: self._emit("status", self.ui.statusCombo.currentData())
        )
        self.ui.decisionCombo.activated.connect(
            lambda _i: self._emit("decision", self.ui.decisionCombo.currentData())
        )
        self.ui.removeButton.clicked.connect(self._remove)

    def _edit(self, name: str) -> QPlainTextEdit:
        edit = getattr(self.ui, name)
        assert isinstance(edit, QPlainTextEdit)
        return edit

    # -- the rubric ----------------------------------------------------------------------------

    def set_rubric(self, items: Iterable[RubricItemRow]) -> None:
        items = tuple(items)
        if items == self._rubric:
            return
        self._rubric = items
        layout = self.ui.ratingsLayout
        while layout.count():
            taken = layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self._buttons = {}
        for row, item in enumerate(items):
            name = QLabel(item.name, self.ui.ratingsBox)
            name.setWordWrap(True)
            layout.addWidget(name, row, 0)
            buttons = []
            for column, value in enumerate(range(item.min, item.max + 1), start=1):
                button = QToolButton(self.ui.ratingsBox)
                button.setText(str(value))
                button.setCheckable(True)
                button.setToolTip(
                    self.tr("{item}: {value} of {high}").format(
                        item=item.name, value=value, high=item.max
                    )
                )
                button.clicked.connect(lambda _on, i=item.id, v=value: self._rating_clicked(i, v))
                layout.addWidget(button, row, column)
                buttons.append(button)
            self._buttons[item.id] = buttons
        layout.setColumnStretch(0, 1)
        self.ui.ratingsBox.setVisible(bool(items))
        if self._row is not None:
            self._show_ratings(self._row)

    def rating_button(self, item_id: int, value: int) -> QToolButton:
        item = next(i for i in self._rubric if i.id == item_id)
        return self._buttons[item_id][value - item.min]

    def _rating_clicked(self, item_id: int, value: int) -> None:
        row = self._row
        if row is None or self._filling:
            return
        current = row.rating(item_id)
        self.rating_edited.emit(row.id, item_id, None if current == value else value)
        if self._row is not None:
            self._show_ratings(self._row)  # what is stored now (a refused edit changed nothing)

    def _show_ratings(self, row: FeedbackRow) -> None:
        for item in self._rubric:
            chosen = row.rating(item.id)
            for value, button in zip(
                range(item.min, item.max + 1), self._buttons.get(item.id, []), strict=True
            ):
                button.setChecked(value == chosen)

    # -- showing -------------------------------------------------------------------------------

    @property
    def feedback_id(self) -> int | None:
        return self._row.id if self._row is not None else None

    def show_feedback(self, row: FeedbackRow | None) -> None:
        """Show *row*; what is being typed in the same feedback is left alone."""
        same = row is not None and self._row is not None and row.id == self._row.id
        self._row = row
        if row is None:
            return
        ui = self.ui
        self._filling = True
        try:
            ui.titleLabel.setText(
                self.tr("{trainee} — {reviewer} ({role})").format(
                    trainee=row.trainee_name,
                    reviewer=row.reviewer_name,
                    role=reviewer_role_label(row.role),
                )
            )
            parts = [
                self.tr("Round {number}: {title}").format(
                    number=row.round_number, title=row.round_title
                ),
                self.tr("on {version}").format(version=version_label(row.version_number)),
            ]
            if row.latest_version_number > row.version_number:
                parts.append(
                    self.tr("({latest} exists now)").format(
                        latest=version_label(row.latest_version_number)
                    )
                )
            if row.due is not None:
                parts.append(self.tr("due {date}").format(date=date_label(row.due)))
            ui.subtitleLabel.setText("　·　".join(parts))
            if row.overdue:
                _background, colour = state_colours(row.state)
                ui.subtitleLabel.setText(
                    ui.subtitleLabel.text() + "　·　" + state_label(row.state, row.days_overdue)
                )
                ui.subtitleLabel.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
            else:
                ui.subtitleLabel.setStyleSheet("color: palette(placeholder-text);")
            ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(row.status.value)))
            decision = row.decision.value if row.decision is not None else None
            ui.decisionCombo.setCurrentIndex(max(0, ui.decisionCombo.findData(decision)))
            for field, name in TEXT_FIELDS:
                edit = self._edit(name)
                if same and edit.document().isModified():
                    continue  # typed but not saved yet: the user's text stays
                value = getattr(row, field)
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
                edit.document().setModified(False)
            self._show_ratings(row)
            if row.addressed_in_version_number is not None:
                ui.addressedLabel.setText(
                    self.tr("Addressed in {version} of the plan.").format(
                        version=version_label(row.addressed_in_version_number)
                    )
                )
                ui.addressedLabel.show()
            else:
                ui.addressedLabel.hide()
        finally:
            self._filling = False

    # -- edits ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            for field, name in TEXT_FIELDS:
                if getattr(self.ui, name) is watched:
                    self._save_text(field, watched)
                    break
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Announce whatever is typed but not saved yet."""
        for field, name in TEXT_FIELDS:
            self._save_text(field, self._edit(name))

    def _save_text(self, field: str, edit: QPlainTextEdit) -> None:
        if self._row is None or not edit.document().isModified():
            return
        edit.document().setModified(False)
        self._emit(field, edit.toPlainText())

    def _emit(self, field: str, value: object) -> None:
        if self._row is None or self._filling:
            return
        self.field_edited.emit(self._row.id, field, value)

    def _remove(self) -> None:
        if self._row is not None:
            self.remove_requested.emit(self._row.id)

    def set_text(self, field: str, text: str) -> None:
        """Type *text* into a comment field and finish it (as leaving the field would)."""
        name = dict(TEXT_FIELDS)[field]
        edit = self._edit(name)
        edit.setPlainText(text)
        edit.document().setModified(True)
        self._save_text(field, edit)
