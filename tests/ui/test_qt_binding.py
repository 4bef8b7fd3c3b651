"""Guards against a Qt binding that corrupts the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every Qt call
that returns nothing; after some tens of thousands of calls the interpreter aborts
("none_dealloc"). pyproject.toml excludes that release; this test fails loudly if a
binding with the same fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot


def test_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("probe")
    after = sys.getrefcount(None)
    # Python 3.12+ makes None immortal (a huge constant count); either way no drift.
    assert abs(after - before) < 50
