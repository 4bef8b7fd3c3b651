"""Shared-screen mode: a board full screen on a chosen display, large type, a timer, a lock.

The facilitator's laptop keeps the normal window; the projector or touch display shows
this window. The board inside is a second view over the same data (made by a factory),
so every edit from either screen goes through the same controller and undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from dxworkshop.ui.boards.board_view import BoardView
from dxworkshop.ui.forms.ui_presentation_bar import Ui_PresentationBar

BoardFactory = Callable[[QWidget], BoardView]

DEFAULT_TEXT_SCALE = 2.0  # card text ≥ 24 px at 1920×1080 with the boards' 12 px base
BAR_STYLE = """
QWidget#PresentationBar { background: #0f172a; }
QWidget#PresentationBar QLabel { color: white; }
QWidget#PresentationBar QPushButton {
    background: #1e293b; color: white; border: 1px solid #475569; border-radius: 6px;
    padding: 6px 14px; font-size: 18px; }
QWidget#PresentationBar QPushButton:checked { background: #b91c1c; border-color: #fecaca; }
QWidget#PresentationBar QSpinBox { font-size: 18px; padding: 4px; }
"""


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(
        self,
        board_factory: BoardFactory,
        title: str,
        screen: QScreen | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.bar = QWidget(self)
        self.ui = Ui_PresentationBar()
        self.ui.setupUi(self.bar)
        self.bar.setObjectName("PresentationBar")
        self.bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bar.setStyleSheet(BAR_STYLE)
        self.ui.titleLabel.setText(title)
        big = QFont(self.ui.titleLabel.font())
        big.setPointSize(20)
        big.setBold(True)
        self.ui.titleLabel.setFont(big)
        timer_font = QFont(big)
        timer_font.setPointSize(28)
        timer_font.setFamilies(["DejaVu Sans Mono", *timer_font.families()])
        self.ui.timerLabel.setFont(timer_font)
        self.ui.timerLabel.setMinimumWidth(150)
        self.board = board_factory(self)
        self.board.set_text_scale(DEFAULT_TEXT_SCALE)
        self.board.setStyleSheet("QGraphicsView { background: white; border: none; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.board, 1)

        self._remaining = 0
        self._running = False
        self._flash_on = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._flash = QTimer(self)
        self._flash.setInterval(400)
        self._connect()
        self.reset_timer()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())

    def _connect(self) -> None:
        self._tick.timeout.connect(self._on_tick)
        self._flash.timeout.connect(self._on_flash)
        self.ui.startButton.clicked.connect(self.toggle_timer)
        self.ui.resetButton.clicked.connect(self.reset_timer)
        self.ui.minutesSpin.valueChanged.connect(lambda _v: self.reset_timer())
        self.ui.lockButton.toggled.connect(self.board.set_locked)
        self.board.locked_changed.connect(self.ui.lockButton.setChecked)
        self.ui.largerButton.clicked.connect(
            lambda: self.board.set_text_scale(self.board.text_scale * 1.15)
        )
        self.ui.smallerButton.clicked.connect(
            lambda: self.board.set_text_scale(self.board.text_scale / 1.15)
        )
        self.ui.fitButton.clicked.connect(self.board.overview)
        self.ui.exitButton.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

    # -- timer ---------------------------------------------------------------------------

    @property
    def remaining_seconds(self) -> int:
        return self._remaining

    @property
    def timer_running(self) -> bool:
        return self._running

    def toggle_timer(self) -> None:
        if self._running:
            self._running = False
            self._tick.stop()
        else:
            if self._remaining <= 0:
                self.reset_timer()
            self._running = True
            self._tick.start()
        self._show_timer()

    def reset_timer(self) -> None:
        self._tick.stop()
        self._flash.stop()
        self._running = False
        self._remaining = self.ui.minutesSpin.value() * 60
        self.ui.timerLabel.setStyleSheet("")
        self._show_timer()

    def advance(self, seconds: int = 1) -> None:
        """Count down (the 1-second tick; tests call it directly)."""
        self._remaining = max(self._remaining - seconds, 0)
        if self._remaining == 0:
            self._running = False
            self._tick.stop()
            self._flash.start()
            QApplication.beep()
        self._show_timer()

    def _on_tick(self) -> None:
        self.advance(1)

    def _on_flash(self) -> None:
        self._flash_on = not self._flash_on
        colour = "#dc2626" if self._flash_on else "transparent"
        self.ui.timerLabel.setStyleSheet(f"background: {colour}; border-radius: 6px;")

    def _show_timer(self) -> None:
        minutes, seconds = divmod(self._remaining, 60)
        self.ui.timerLabel.setText(f"{minutes:02d}:{seconds:02d}")
        self.ui.startButton.setText(self.tr("Pause") if self._running else self.tr("Start"))

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    # -- window ----------------------------------------------------------------------------

    def present(self) -> None:
        self.showFullScreen()
        self.board.fit_all()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self._flash.stop()
        self.closed.emit()
        super().closeEvent(event)
