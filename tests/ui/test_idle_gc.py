"""Full garbage collections wait for the user to be idle (ui.idle_gc)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.ui.idle_gc import NO_AUTOMATIC_FULL, IdleCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[IdleCollector]:
    before = gc.get_threshold()
    made = IdleCollector(qapp, idle_ms=150)
    yield made
    qapp.removeEventFilter(made)
    made.deleteLater()
    gc.set_threshold(*before)


def old_garbage() -> weakref.ref[Node]:
    """A cycle that grew old (survived a young collection), then became garbage."""
    node = Node()
    gc.collect(1)  # node survives: promoted to the oldest generation
    ref = weakref.ref(node)
    del node
    gc.collect(1)  # young collections leave it be
    assert ref() is not None
    return ref


def test_full_collections_wait_until_nobody_types_or_clicks(
    collector: IdleCollector, qtbot: QtBot
) -> None:
    assert gc.get_threshold()[2] == NO_AUTOMATIC_FULL  # the interpreter never does one
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    ref = old_garbage()
    done = collector.collections
    for step in range(8):  # busy: a mouse moving and keys pressed, 50 ms apart
        qtbot.mouseMove(widget, QPoint(10 + step, 10))
        qtbot.keyClick(widget, Qt.Key.Key_A)
        qtbot.wait(50)
    assert collector.collections == done and ref() is not None
    qtbot.waitUntil(lambda: ref() is None, timeout=3000)  # idle: collected
    assert collector.collections == done + 1
