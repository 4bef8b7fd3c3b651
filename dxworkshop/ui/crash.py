"""The crash dialog: an unexpected error explained in plain words, with Copy details."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dxworkshop import __version__

log = logging.getLogger(__name__)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
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


def install_excepthook(
    log_path: Path | None, show_dialog: bool
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Route uncaught exceptions to the log and (unless disabled) the crash dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        details = format_details(exc_type, exc, tb)
        if show_dialog and QApplication.instance() is not None:
            CrashDialog(details, log_path, QApplication.activeWindow()).exec()
        else:
            sys.stderr.write(details)

    sys.excepthook = hook
    return hook
