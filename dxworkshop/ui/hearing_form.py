"""The hearing form, generated from the template: one editor per question, made for typing
during an interview.

Tab goes from question to question; a text answer is saved when focus leaves it (so
typing a paragraph is one undo step), a choice or level as soon as it is picked, a table
cell when it is committed. Ctrl+Enter in a table adds a row. Nothing pops up: a refused
answer is reported by the page and the editor keeps what was typed.

The form never touches the workshop: it calls ``save(question_id, value) -> bool`` and
the page runs that through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dxworkshop.domain.enums import QuestionKind
from dxworkshop.services.hearings import (
    ISSUE_COLUMNS,
    QuestionRow,
    SectionRow,
    column_map,
    level_fraction,
)
from dxworkshop.ui.models.hearing_models import TableAnswerModel, level_colour

Save = Callable[[int, Any], bool]
Index = QModelIndex | QPersistentModelIndex

NO_NUMBER = -1e12  # the number box's "—"
#: A choice question with more options, or longer ones, gets a drop-down list instead.
MAX_SEGMENTS = 6
MAX_SEGMENT_TEXT = 36  # characters, about what fits beside each other in the form


class OptionSelector(QWidget):
    """One row of options to pick from, like a segmented control; one Tab stop.

    Keys: ← → move the choice, 1…9 pick an option, Delete or Backspace clear it; a click
    picks, a click on the picked option clears. ``graded`` colours the picked option by
    its level (scales); otherwise it is highlighted in the accent colour (choices).
    """

    picked = Signal(object)  # index (int) or None

    def __init__(
        self, options: Sequence[str], *, graded: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._options = list(options)
        self._graded = graded
        self._index: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._hover: int | None = None
        self.setToolTip(
            self.tr("Click or press 1–{n} to choose; Delete clears").format(n=len(options))
        )

    def options(self) -> list[str]:
        return list(self._options)

    def index(self) -> int | None:
        return self._index

    def set_index(self, index: int | None) -> None:
        """Show *index* without announcing it (loading a stored answer)."""
        if index is not None and not 0 <= index < len(self._options):
            index = None
        if index != self._index:
            self._index = index
            self.update()

    def pick(self, index: int | None) -> None:
        """Choose as the user does: shown and announced."""
        if index is not None and not 0 <= index < len(self._options):
            return
        if index == self._index:
            return
        self._index = index
        self.update()
        self.picked.emit(index)

    # -- geometry -------------------------------------------------------------------

    def _widths(self) -> list[float]:
        metrics = self.fontMetrics()
        natural = [metrics.horizontalAdvance(o) + 24 for o in self._options]
        total = sum(natural) or 1
        width = max(self.width() - 1, total)
        return [n * width / total for n in natural]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(o) + 28 for o in self._options)
        return QSize(width, metrics.height() + 16)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(o) + 10 for o in self._options)
        return QSize(width, metrics.height() + 14)

    def _segment_at(self, x: float) -> int | None:
        left = 0.0
        for i, width in enumerate(self._widths()):
            if left <= x < left + width:
                return i
            left += width
        return None

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        border = QColor("#2563eb") if self.hasFocus() else QColor("#cbd5e1")
        painter.setPen(QPen(border, 1.5 if self.hasFocus() else 1.0))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 6, 6)
        left = rect.left()
        for i, (option, width) in enumerate(zip(self._options, self._widths(), strict=True)):
            segment = QRectF(left, rect.top(), width, rect.height())
            if i == self._index:
                if self._graded:
                    fill = level_colour(level_fraction(i, self._options)).darker(108)
                    text = QColor("#111827")
                else:
                    fill, text = QColor("#1d4ed8"), QColor("white")
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(segment.adjusted(2, 2, -2, -2), 5, 5)
                font = QFont(self.font())
                font.setBold(True)
                painter.setFont(font)
            else:
                if i == self._hover:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor("#eef2ff"))
                    painter.drawRoundedRect(segment.adjusted(2, 2, -2, -2), 5, 5)
                text = palette.text().color()
                painter.setFont(self.font())
            if i > 0 and i != self._index and i - 1 != self._index:
                painter.setPen(QPen(QColor("#e2e8f0"), 1))
                painter.drawLine(
                    int(segment.left()),
                    int(segment.top() + 6),
                    int(segment.left()),
                    int(segment.bottom() - 6),
                )
            painter.setPen(text)
            painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, option)
            left += width
        painter.end()

    # -- input ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index = self._segment_at(event.position().x())
        if index is not None:
            self.pick(None if index == self._index else index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._segment_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: Any) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self._options)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < count:
            self.pick(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and count:
            self.pick(0 if self._index is None else min(self._index + 1, count - 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and count:
            self.pick(count - 1 if self._index is None else max(self._index - 1, 0))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.pick(None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class AnswerTextEdit(QPlainTextEdit):
    """A text answer: Tab moves on; what was typed is saved when focus leaves."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class NumberSpin(QDoubleSpinBox):
    """A number answer; "—" (the lowest value) is no answer; shows 3, not 3.00."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_NUMBER, 1e12)
        self.setDecimals(3)
        self.setSpecialValueText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setKeyboardTracking(False)
        self.setMinimumWidth(140)
        self.setValue(NO_NUMBER)

    def textFromValue(self, value: float) -> str:
        if value <= NO_NUMBER:
            return ""
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        return text or "0"

    def number(self) -> int | float | None:
        value = self.value()
        if value <= NO_NUMBER:
            return None
        return int(value) if float(value).is_integer() else value

    def set_number(self, value: Any) -> None:
        self.blockSignals(True)
        self.setValue(float(value) if isinstance(value, int | float) else NO_NUMBER)
        self.blockSignals(False)


class AnswerTableView(QTableView):
    """Tab walks the cells and, after the last one, leaves the table (not round again)."""

    def _at_edge(self, forward: bool) -> bool:
        model = self.model()
        current = self.currentIndex()
        if model is None or model.rowCount() == 0 or not current.isValid():
            return True
        if forward:
            return (
                current.row() == model.rowCount() - 1
                and current.column() == model.columnCount() - 1
            )
        return current.row() == 0 and current.column() == 0

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._at_edge(next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        action = QAbstractItemView.CursorAction
        if cursorAction == action.MoveNext and self._at_edge(True):
            return QModelIndex()
        if cursorAction == action.MovePrevious and self._at_edge(False):
            return QModelIndex()
        return super().moveCursor(cursorAction, modifiers)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount():
            self.setCurrentIndex(model.index(0, 0))


class TableAnswerEditor(QWidget):
    """A table answer: the rows, "Add row" (Ctrl+Enter) and "Delete row"."""

    def __init__(
        self, columns: Sequence[str], save: Callable[[list[list[Any]]], bool], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.model = TableAnswerModel(columns, save)
        self.view = AnswerTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.setToolTip(self.tr("Add a row (Ctrl+Enter)"))
        self.delete_button = QPushButton(self.tr("Delete row"), self)
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Ctrl+Enter adds a row"), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_row)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_row)
        self.model.modelReset.connect(self._fit)
        self._fit_columns(columns)
        self._fit()

    def _fit_columns(self, columns: Sequence[str]) -> None:
        """Number columns (件数/年, 分/件, 人数 …) narrow; the text columns share the rest."""
        header = self.view.horizontalHeader()
        found = column_map(columns, ISSUE_COLUMNS)
        narrow = {found[k] for k in ("cases_per_year", "minutes_per_case", "people") if k in found}
        metrics = self.fontMetrics()
        for i, name in enumerate(columns):
            if i in narrow:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(i, max(72, metrics.horizontalAdvance(name) + 24))
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

    def _fit(self) -> None:
        """Tall enough for every row (at least three), so the form scrolls, not the table."""
        rows = max(self.model.rowCount(), 3)
        height = (
            self.view.horizontalHeader().sizeHint().height()
            + rows * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
            + 2
        )
        self.view.setFixedHeight(height)
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    def set_rows(self, rows: Sequence[Sequence[Any]] | None) -> None:
        self.model.set_rows(rows)
        self._fit()

    def add_row(self) -> None:
        """Append an empty row (saved at once) and start typing in its first cell."""
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # commits the open cell first
        rows = self.model.rows()
        rows.append([None] * self.model.columnCount())
        if not self._save(rows):
            return
        self.model.set_rows(rows)
        self._fit()
        index = self.model.index(len(rows) - 1, 0)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def delete_row(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        rows = self.model.rows()
        del rows[current.row()]
        if self._save(rows):
            self.model.set_rows(rows)
            self._fit()


class HearingForm(QWidget):
    """The questions of the template, section by section, each with its editor."""

    def __init__(self, sections: Sequence[SectionRow], save: Save, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self._questions: dict[int, QuestionRow] = {}
        self._editors: dict[int, QWidget] = {}
        self._loaded: dict[int, Any] = {}  # the answers as last stored
        self._signature = form_signature(sections)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 14, 16)
        layout.setSpacing(0)
        for number, section in enumerate(sections, start=1):
            if not section.questions:
                continue
            title = QLabel(f"{number}. {section.title}", self)
            title.setObjectName("sectionTitle")
            font = title.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            title.setFont(font)
            title.setContentsMargins(0, 18 if layout.count() else 2, 0, 4)
            layout.addWidget(title)
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #e5e7eb;")
            layout.addWidget(line)
            for q in section.questions:
                self._add_question(layout, q)
        layout.addStretch(1)

    @property
    def signature(self) -> tuple[Any, ...]:
        return self._signature

    def _add_question(self, layout: QVBoxLayout, q: QuestionRow) -> None:
        """The question above its answer, full width: labels never squeeze the editors."""
        label = QLabel(q.text, self)
        label.setWordWrap(True)
        label.setContentsMargins(0, 10, 0, 4)
        editor = self._make_editor(q)
        label.setBuddy(editor)
        self._questions[q.id] = q
        self._editors[q.id] = editor
        editor.setObjectName(f"answer_{q.id}")
        layout.addWidget(label)
        layout.addWidget(editor)

    def _make_editor(self, q: QuestionRow) -> QWidget:
        qid = q.id
        if q.kind == QuestionKind.TEXT:
            text = AnswerTextEdit(self)
            text.finished.connect(lambda: self._text_finished(qid))
            return text
        if q.kind == QuestionKind.NUMBER:
            spin = NumberSpin(self)
            spin.editingFinished.connect(lambda: self._commit(qid, spin.number()))
            return spin
        if q.kind == QuestionKind.TABLE:
            return TableAnswerEditor(q.choices, lambda rows: self._commit(qid, rows), self)
        if q.kind == QuestionKind.CHOICE and (
            len(q.choices) > MAX_SEGMENTS or sum(len(c) for c in q.choices) > MAX_SEGMENT_TEXT
        ):
            combo = QComboBox(self)
            combo.addItem("—", None)
            for option in q.choices:
                combo.addItem(option, option)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.activated.connect(lambda _i: self._commit(qid, combo.currentData()))
            return combo
        selector = OptionSelector(q.choices, graded=q.kind == QuestionKind.SCALE, parent=self)
        selector.picked.connect(lambda index: self._picked(qid, index))
        return selector

    # -- saving ---------------------------------------------------------------------------

    def _commit(self, question_id: int, value: Any) -> bool:
        before = self._loaded.get(question_id)
        if _same(value, before):
            return True
        # Taken as stored before saving: the save refreshes the page, which may flush again.
        self._loaded[question_id] = value
        if not self._save(question_id, value):
            self._loaded[question_id] = before
            return False
        return True

    def _picked(self, question_id: int, index: int | None) -> None:
        q = self._questions[question_id]
        value: Any = index
        if q.kind == QuestionKind.CHOICE:
            value = q.choices[index] if index is not None else None
        if not self._commit(question_id, value):
            self._show(question_id, self._loaded.get(question_id))  # refused: back to stored

    def _text_finished(self, question_id: int) -> None:
        editor = self._editors[question_id]
        assert isinstance(editor, AnswerTextEdit)
        text = editor.toPlainText()
        self._commit(question_id, text.strip() or None)

    def flush(self) -> None:
        """Save what is being typed now (before the form is switched or rebuilt)."""
        for qid, editor in self._editors.items():
            if isinstance(editor, AnswerTextEdit) and editor.hasFocus():
                self._text_finished(qid)
            elif isinstance(editor, NumberSpin) and editor.hasFocus():
                editor.interpretText()
                self._commit(qid, editor.number())

    # -- loading --------------------------------------------------------------------------

    def set_answers(self, answers: Mapping[int, Any]) -> None:
        """Show stored answers; an editor being typed in keeps what is typed."""
        for qid in self._editors:
            value = answers.get(qid)
            dirty = self._is_dirty(qid)
            self._loaded[qid] = value
            if not dirty:
                self._show(qid, value)

    def _is_dirty(self, qid: int) -> bool:
        editor = self._editors[qid]
        if isinstance(editor, AnswerTextEdit) and editor.hasFocus():
            return (editor.toPlainText().strip() or None) != self._loaded.get(qid)
        return False

    def _show(self, qid: int, value: Any) -> None:
        editor = self._editors[qid]
        q = self._questions[qid]
        if isinstance(editor, AnswerTextEdit):
            text = value if isinstance(value, str) else ""
            if editor.toPlainText() != text:
                editor.setPlainText(text)
        elif isinstance(editor, NumberSpin):
            editor.set_number(value)
        elif isinstance(editor, TableAnswerEditor):
            editor.set_rows(value if isinstance(value, list) else [])
        elif isinstance(editor, QComboBox):
            index = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, OptionSelector):
            if q.kind == QuestionKind.CHOICE:
                editor.set_index(q.choices.index(value) if value in q.choices else None)
            else:
                editor.set_index(value if isinstance(value, int) else None)

    # -- for the page and tests -----------------------------------------------------------

    def editor(self, question_id: int) -> QWidget:
        return self._editors[question_id]

    def question_ids(self) -> list[int]:
        return list(self._editors)

    def first_editor(self) -> QWidget | None:
        return next(iter(self._editors.values()), None)


def form_signature(sections: Sequence[SectionRow]) -> tuple[Any, ...]:
    """What the form's widgets depend on: rebuild only when this changes."""
    return tuple(
        (s.id, s.title, tuple((q.id, q.text, q.kind, q.choices) for q in s.questions))
        for s in sections
    )


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and not a.strip():
        a = None
    if isinstance(b, str) and not b.strip():
        b = None
    return bool(a == b and type(a) is type(b)) or (a is None and b is None)
