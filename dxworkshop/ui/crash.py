"""The crash dialog: an unexpected error explained in plain words, with Copy details.

Uncaught errors of every thread reach the log; the dialog is shown on the GUI thread
only — an error of another thread is handed over to it through a plain queue.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dxworkshop import __version__

log = logging.getLogger(__name__)


def format_details(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"dxworkshop {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


class CrashDialog(QMessageBox):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setText(
            self.tr(
                "Something went wrong inside dxworkshop. Your programme file is safe: every "
                "edit made before this was already saved."
            )
        )
        where = str(log_path) if log_path else self.tr("(no log file)")
        self.setInformativeText(
            self.tr(
                "If it happens again, copy the details and send them to whoever supports "
                "dxworkshop for you. The log file is: {path}"
            ).format(path=where)
        )
        self.setDetailedText(details)
        self.copy_button = self.addButton(
            self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self._details = details
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self._details)


def _on_gui_thread() -> bool:
    # The GUI thread is the main thread (run_gui); asked without calling Qt.
    return threading.current_thread() is threading.main_thread()


class _DialogRelay(QObject):
    """Shows, on the GUI thread, the crash dialogs other threads asked for: they only put
    the details in a queue, which a timer of this object empties."""

    POLL_MS = 250

    def __init__(self, log_path: Path | None, details: queue.SimpleQueue[str], parent: QObject):
        super().__init__(parent)
        self._log_path = log_path
        self._details = details
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.show_waiting)
        self._timer.start()

    def show_waiting(self) -> None:
        while True:
            try:
                details = self._details.get_nowait()
            except queue.Empty:
                return
            CrashDialog(details, self._log_path, QApplication.activeWindow()).exec()


def install_excepthook(
    log_path: Path | None, show_dialog: bool
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Route uncaught exceptions — of the GUI thread (``sys.excepthook``) and of any other
    (``threading.excepthook``) — to the log and (unless disabled) the crash dialog, which
    is always shown on the GUI thread. Call it on the GUI thread."""
    app = QApplication.instance()
    waiting: queue.SimpleQueue[str] | None = None
    if show_dialog and app is not None:
        waiting = queue.SimpleQueue()
        _DialogRelay(log_path, waiting, app)  # kept by its parent, the application

    def report(details: str) -> None:
        if waiting is None:
            sys.stderr.write(details)
        elif _on_gui_thread():
            CrashDialog(details, log_path, QApplication.activeWindow()).exec()
        else:  # no Qt object is made or touched off the GUI thread, not even a dialog
            waiting.put(details)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        report(format_details(exc_type, exc, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # as the default hook: a thread may end so
            return
        name = args.thread.name if args.thread is not None else "?"
        error = (args.exc_type, args.exc_value, args.exc_traceback)
        log.critical("unexpected error in thread %s", name, exc_info=error)  # type: ignore[arg-type]
        report(format_details(*error))

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return hook
