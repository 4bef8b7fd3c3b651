"""Logging to a rotating file in the user log folder, with Qt's own messages routed in and a
hard crash's traceback (``faulthandler``) written to the same file."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from dxworkshop.paths import user_log_dir

LOG_NAME = "dxworkshop.log"
_qt_log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Called on whichever thread Qt speaks in: logging is thread-safe and touches no Qt.
    _qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def _faulthandler_to_stderr() -> None:
    """Point faulthandler back at standard error, or switch it off where there is none
    (a windowed program)."""
    stderr = sys.__stderr__
    try:
        if stderr is not None:
            stderr.fileno()
            faulthandler.enable(stderr, all_threads=True)
            return
    except (AttributeError, OSError, ValueError):
        pass
    faulthandler.disable()


class LogFile(logging.handlers.RotatingFileHandler):
    """The app's log file (1 MB × 5), which also receives the traceback of every thread when
    the process dies of a fault — a segfault or abort inside Qt leaves no exception that
    logging could see.

    faulthandler writes to the file descriptor of the stream it was given, so that stream
    must stay open while it is enabled: it is this handler's own, handed over again after
    each rollover (which opens a new file) and taken back before the handler closes it.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        self._hand_to_faulthandler()

    def _hand_to_faulthandler(self) -> None:
        if self.stream is not None:
            faulthandler.enable(self.stream, all_threads=True)

    def doRollover(self) -> None:
        _faulthandler_to_stderr()
        super().doRollover()
        self._hand_to_faulthandler()

    def close(self) -> None:
        _faulthandler_to_stderr()
        super().close()


def setup_logging(folder: Path | None = None) -> Path:
    """Log INFO and up to ``<log dir>/dxworkshop.log`` (1 MB × 5), Qt's messages and a
    crash's traceback included; returns the file."""
    folder = folder or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "_dxworkshop", False) for h in root.handlers):
        handler = LogFile(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._dxworkshop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    return path
