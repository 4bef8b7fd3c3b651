"""Fifty exports from the Reports page in one window, some cancelled (issue 18: the window
vanished during an export, in a crash of Qt in a background thread).

Between exports the test leaves the kind of garbage a long session leaves — Qt objects in
reference cycles — so that a garbage collection in the export thread would destroy Qt
objects there (Qt warns, and crashes now and then); and it watches the export thread for
any call into Qt.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.services.demo import create_demo
from dxworkshop.services.export import ExportResult
from dxworkshop.ui.export_worker import ExportWorker
from dxworkshop.ui.main_window import MainWindow
from dxworkshop.ui.pages.reports_page import ReportsPage
from dxworkshop.ui.preferences import Preferences

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gui_thread_gc")]

TODAY = dt.date(2026, 11, 26)
EXPORTS = 50
DIRECT = Qt.ConnectionType.DirectConnection  # the slot runs in the emitting thread
TRACED = 3  # the first exports run with every call of their thread watched (slower)


class _Litter:
    """Qt objects kept only by a reference cycle: freed by a garbage collection, in
    whichever thread it runs."""

    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.timer = QTimer()
        self.timer.start(600_000)
        self.widget = QWidget()
        QPushButton("x", self.widget)
        weakref.finalize(self, lambda: freed_in.append(threading.current_thread().name))


def _leave_litter(freed_in: list[str], count: int = 30) -> None:
    for _ in range(count):
        _Litter(freed_in)


def _qt_call_watcher(calls: list[str]) -> Any:
    """A profile function noting every call into PySide6/shiboken6 made off the main thread."""

    def watch(frame: FrameType, event: str, arg: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            return
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(arg, "__module__", None) or type(owner).__module__
            if module.split(".")[0] in ("PySide6", "shiboken6"):
                calls.append(f"{module}.{getattr(arg, '__qualname__', arg)}")
        elif event == "call" and "PySide6" in frame.f_code.co_filename:
            calls.append(frame.f_code.co_filename)

    return watch


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "demo.dxw"
    create_demo(path, today=TODAY).close()
    window = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    yield window
    window.close_workshop()


def _cancel_button(dialog: QProgressDialog | None) -> QPushButton:
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None
    return button


def _cancel_once(page: ReportsPage, worker: ExportWorker) -> None:
    if not worker.cancelled:
        _cancel_button(page.progress_dialog).click()


def test_fifty_exports_with_cancels_in_one_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.show_page("report")
    assert isinstance(page, ReportsPage)
    combo = page.ui.traineeCombo
    assert combo.count() >= 10

    ticks: list[float] = []  # the GUI thread's event loop, every 10 ms when free
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(10)
    freed_in: list[str] = []
    qt_calls: list[str] = []
    emitted_in: set[str] = set()  # where the worker's signals were emitted
    cancelled_at_once: list[int] = []
    results: list[ExportResult] = []
    try:
        for i in range(EXPORTS):
            combo.setCurrentIndex(i % combo.count())
            combo.activated.emit(i % combo.count())
            assert page.plan is not None and len(page.plan.items) == 1
            out = tmp_path / "out" / f"{i:02d}"
            page.ui.folderEdit.setText(str(out))
            _leave_litter(freed_in)
            threading.setprofile(_qt_call_watcher(qt_calls) if i < TRACED else None)
            before = page.last_result
            page.ui.exportButton.click()
            worker = page.worker
            assert worker is not None and page.progress_dialog is not None
            for signal in (worker.progress, worker.finished, worker.failed):
                signal.connect(lambda *_: emitted_in.add(threading.current_thread().name), DIRECT)
            if i % 5 == 1:  # at once: while the export thread reads the report data
                _cancel_button(page.progress_dialog).click()
                assert worker.cancelled
                cancelled_at_once.append(i)
            elif i % 5 == 3:  # on its first news: reading the data, or writing the document
                worker.progress.connect(lambda *_, w=worker: _cancel_once(page, w))
            qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
            threading.setprofile(None)

            result = page.last_result
            assert result is not None and result is not before, page.ui.messageLabel.text()
            results.append(result)
            assert not result.failures
            files = sorted(out.iterdir()) if out.exists() else []
            assert files == sorted(result.written)  # nothing half-written, no temporary file
            if i in cancelled_at_once:
                assert result.cancelled and result.written == ()
            if not result.cancelled:
                assert len(result.written) == 1
            for path in result.written:
                assert path.suffix == ".docx"
                assert docx.Document(str(path)).paragraphs  # complete: it reopens
            assert page.progress_dialog is None and page.thread is None
            assert page.ui.exportButton.isEnabled()
    finally:
        threading.setprofile(None)
        ticker.stop()
        if page.worker is not None:
            page.stop_work()

    assert sum(r.cancelled for r in results) >= 10
    assert sum(not r.cancelled for r in results) >= 30
    assert emitted_in == {"MainThread"}  # the worker spoke on the GUI thread only
    assert qt_calls == []  # the export thread never called into Qt
    gc.collect()
    assert freed_in and set(freed_in) == {"MainThread"}  # Qt garbage freed on the GUI thread
    # The window's event loop ran all along (a timing limit would fail on a loaded
    # machine, not on a frozen window: the count only grows with slowness).
    assert len(ticks) > 50
    assert window.isVisible()
    assert window.show_page("home") is not page
    assert window.show_page("report") is page and page.ui.exportButton.isEnabled()
