"""Cyclic garbage is collected on the GUI thread only (issue 18)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from dxworkshop.ui.gui_thread import GuiThreadCollector


class _Cycle:
    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.timer = QTimer()  # destroyed in another thread, Qt would warn (and may crash)
        self.timer.start(600_000)
        weakref.finalize(self, lambda: freed_in.append(threading.current_thread().name))


def test_garbage_made_here_is_not_collected_in_a_busy_thread(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    collector.start()
    freed_in: list[str] = []
    try:
        assert not gc.isenabled()
        for _ in range(20):
            _Cycle(freed_in)

        def allocate() -> None:  # far beyond every threshold
            for _ in range(50_000):
                cycle: list[object] = []
                cycle.append(cycle)

        thread = threading.Thread(target=allocate, name="busy")
        thread.start()
        thread.join()
        assert freed_in == []  # the thread collected nothing
        qtbot.waitUntil(lambda: len(freed_in) == 20, timeout=5000)  # the collector's timer
    finally:
        collector.stop()
    assert set(freed_in) == {"MainThread"}
    assert gc.isenabled()


def test_nothing_is_collected_under_the_first_threshold(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        gc.collect()
        assert collector.collect_due() == 0
        keep = [[] for _ in range(gc.get_threshold()[0] * 2)]
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.collect_due()
        assert gc.get_count()[0] < gc.get_threshold()[0]
        del keep
    finally:
        collector.stop()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_a_due_full_collection_waits_until_nobody_types_or_clicks(qtbot: QtBot) -> None:
    """Full collections take up to 145 ms on a large programme: one that is due waits
    for a pause in the user's input (or FULL_EVERY_S), young ones do not."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QWidget

    collector = GuiThreadCollector()
    collector.IDLE_MS = 300
    collector.start()
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    try:
        node = _Node()
        gc.collect(1)  # it survives a young collection: now in the oldest generation
        ref = weakref.ref(node)
        del node
        thresholds = gc.get_threshold()

        def due() -> None:  # past every threshold, the oldest one's too
            for _ in range(thresholds[2] + 1):
                gc.collect(1)
            garbage = [[] for _ in range(thresholds[0] + 10)]
            del garbage[:]
            keep.extend([] for _ in range(thresholds[0] + 10))

        keep: list[object] = []
        for step in range(4):  # busy: the mouse moving and keys pressed
            qtbot.mouseMove(widget, QPoint(10 + step, 10))
            qtbot.keyClick(widget, Qt.Key.Key_A)
            due()
            collector.collect_due()
            assert ref() is not None
        qtbot.wait(collector.IDLE_MS + 50)  # idle now
        due()
        collector.collect_due()
        assert ref() is None
    finally:
        collector.stop()
