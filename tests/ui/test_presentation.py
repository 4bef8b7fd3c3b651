from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsScene, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.ui.boards.board_view import BoardView
from dxworkshop.ui.presentation import DEFAULT_TEXT_SCALE, PresentationWindow


class _Board(BoardView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().addRect(0, 0, 400, 300)
        self.lock_calls: list[bool] = []

    def on_locked_changed(self, locked: bool) -> None:
        self.lock_calls.append(locked)


def test_presentation_window_timer_lock_scale_and_escape(qtbot: QtBot) -> None:
    window = PresentationWindow(_Board, "ペイオフマトリクス")
    qtbot.addWidget(window)
    window.present()
    assert window.board.text_scale == DEFAULT_TEXT_SCALE
    window.ui.minutesSpin.setValue(1)
    assert window.ui.timerLabel.text() == "01:00"
    window.toggle_timer()
    assert window.timer_running
    window.advance(59)
    assert window.ui.timerLabel.text() == "00:01"
    window.advance(1)
    assert not window.timer_running and window.flashing
    window.reset_timer()
    assert window.ui.timerLabel.text() == "01:00" and not window.flashing
    window.ui.lockButton.click()
    assert window.board.locked and window.board.lock_calls == [True]
    before = window.board.text_scale
    window.ui.largerButton.click()
    assert window.board.text_scale > before
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_board_zoom_is_clamped(qtbot: QtBot) -> None:
    board = _Board()
    qtbot.addWidget(board)
    board.set_zoom(100)
    assert board.zoom == 5.0
    board.set_zoom(0.0001)
    assert board.zoom == 0.2
