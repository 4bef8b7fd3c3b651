"""Shared test set-up: offscreen Qt, a private home per test, and a guard against modal dialogs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, logs and settings of the code under test go under this test's tmp_path."""
    home = tmp_path / "dxhome"
    monkeypatch.setenv("DXWORKSHOP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's messages in English (its default is the app's language, Japanese
    unless the preference or the system says English); tests/cli/test_cli_language.py sets
    the language itself. The GUI does not read DXWORKSHOP_LANG."""
    monkeypatch.setenv("DXWORKSHOP_LANG", "en")


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail fast (instead of hanging) when code opens a modal dialog the test did not expect.

    Only active once PySide6 has been imported by the test; a test that expects a dialog
    patches that one function itself, after this fixture ran.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected modal dialog: args={args!r}")

    for name in ("question", "information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse))
    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    yield


@pytest.fixture
def gui_thread_gc() -> Iterator[None]:
    """Cyclic garbage collected on the GUI thread only, as in the app after start-up
    (``ui.app.startup_done``): a test running a worker thread needs it, or a collection
    in that thread may destroy the test's Qt garbage there."""
    from dxworkshop.ui.gui_thread import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()
