"""Application start-up pieces: language switching, preferences, crash dialog, logging."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dxworkshop.ui.app import Application, register_japanese_font
from dxworkshop.ui.preferences import Preferences


def _menu_titles(app_shell: Application) -> list[str]:
    return [a.text() for a in app_shell.window.menuBar().actions()]


def test_language_switch_to_english_and_back_keeps_the_file_open(
    qtbot: QtBot, prefs: Preferences, programme_file: Path, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = Application(app, backups=tmp_path / "b", prefs=prefs)
    try:
        assert shell.window.open_path(programme_file)
        assert "ファイル(&F)" in _menu_titles(shell)
        assert shell.window.navigator.item(1).text().startswith("参加者")
        prefs.set("ui/language", "en")
        shell.switch_language("en")
        assert "&File" in _menu_titles(shell)
        assert shell.window.workshop is not None
        assert shell.window.workshop.path == programme_file
        assert shell.window.navigator.item(1).text().startswith("Participants")
        prefs.set("ui/language", "ja")
        shell.switch_language("ja")
        assert "ファイル(&F)" in _menu_titles(shell)
        assert shell.window.workshop is not None
    finally:
        shell.window.close_workshop()
        shell.window.close()
        shell.translations.use("en")


def test_preferences_dialog_saves_the_table(qtbot: QtBot, prefs: Preferences) -> None:
    from dxworkshop.ui.dialogs.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.warekiCheck.setChecked(True)
    dialog.ui.scaleSpin.setValue(150)
    dialog.ui.intervalSpin.setValue(5)
    dialog.ui.keepSpin.setValue(20)
    dialog.accept()
    assert prefs.language() == "en"
    assert prefs.get("ui/wareki") is True
    assert prefs.get("ui/font_scale") == pytest.approx(1.5)
    assert prefs.get("backup/interval_minutes") == 5
    assert prefs.get("backup/keep") == 20


def test_preferences_survive_odd_stored_values(prefs: Preferences) -> None:
    prefs._settings.setValue("backup/keep", "not a number")  # a hand-edited settings file
    assert prefs.get("backup/keep") == 10
    prefs.add_recent("/a.dxw")
    prefs.add_recent("/b.dxw")
    prefs.add_recent("/a.dxw")
    assert prefs.recent_files() == ["/a.dxw", "/b.dxw"]


def test_bundled_font_registers(qtbot: QtBot) -> None:
    assert register_japanese_font() == "IPAexGothic"


def test_crash_hook_logs_and_shows_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from dxworkshop.ui import crash

    shown: list[str] = []

    def fake_exec(dialog: crash.CrashDialog) -> int:
        shown.append(dialog.detailedText())
        dialog.copy_details()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    old, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        hook = crash.install_excepthook(tmp_path / "dx.log", show_dialog=True)
        try:
            raise ValueError("boom")
        except ValueError as exc:
            with caplog.at_level(logging.CRITICAL):
                hook(ValueError, exc, exc.__traceback__)
    finally:
        sys.excepthook, threading.excepthook = old, old_thread_hook
    assert shown and "ValueError: boom" in shown[0]
    assert QApplication.clipboard().text() == shown[0]
    assert "unexpected error" in caplog.text


def test_logging_goes_to_a_rotating_file(tmp_path: Path) -> None:
    from dxworkshop.ui.logs import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(tmp_path / "logs")
        logging.getLogger("dxworkshop.test").warning("hello log")
        for h in root.handlers:
            h.flush()
        assert "hello log" in path.read_text(encoding="utf-8")
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)


def test_an_error_in_another_thread_is_logged_and_shown_on_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from dxworkshop.ui import crash

    shown_in: list[tuple[str, str]] = []

    def fake_exec(dialog: crash.CrashDialog) -> int:
        shown_in.append((threading.current_thread().name, dialog.detailedText()))
        return 0

    def fail() -> None:
        raise ValueError("boom in a thread")

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    old, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        crash.install_excepthook(tmp_path / "dx.log", show_dialog=True)
        with caplog.at_level(logging.CRITICAL):
            thread = threading.Thread(target=fail, name="worker-1")
            thread.start()
            thread.join()
            assert "unexpected error in thread worker-1" in caplog.text
            assert shown_in == []  # not in that thread
            qtbot.waitUntil(lambda: bool(shown_in), timeout=5000)
    finally:
        sys.excepthook, threading.excepthook = old, old_thread_hook
    ((where, details),) = shown_in
    assert where == "MainThread" and "ValueError: boom in a thread" in details


_CRASH_SCRIPT = """
import faulthandler, logging, sys
from pathlib import Path
from PySide6.QtCore import qWarning
from dxworkshop.ui.logs import setup_logging

path = setup_logging(Path(sys.argv[1]))
logging.getLogger("dxworkshop.test").warning("before the crash")
qWarning("a message of Qt")
if sys.argv[2] == "rollover":
    for h in logging.getLogger().handlers:
        if getattr(h, "_dxworkshop", False):
            h.doRollover()
faulthandler._sigsegv() if sys.argv[3] == "segv" else __import__("os").abort()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("rollover", "fault"), [("no", "segv"), ("no", "abort"), ("rollover", "segv")]
)
def test_a_hard_crash_leaves_its_traceback_in_the_log(
    tmp_path: Path, rollover: str, fault: str
) -> None:
    """A segfault or abort (in Qt, say) raises no exception: faulthandler writes it to the
    app's log file, the current one after a rollover too, with Qt's messages before it."""
    import subprocess

    script = tmp_path / "crash.py"
    script.write_text(_CRASH_SCRIPT, encoding="utf-8")
    logs = tmp_path / "logs"
    done = subprocess.run(
        [sys.executable, str(script), str(logs), rollover, fault],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode != 0
    text = (logs / "dxworkshop.log").read_text(encoding="utf-8")
    expected = "Segmentation fault" if fault == "segv" else "Aborted"
    assert f"Fatal Python error: {expected}" in text
    assert 'File "' in text and "crash.py" in text  # the Python stack of the thread
    assert "Fatal Python error" not in done.stderr  # the log got it, not the terminal
    if rollover == "no":
        assert "before the crash" in text and "a message of Qt" in text
    else:
        older = (logs / "dxworkshop.log.1").read_text(encoding="utf-8")
        assert "a message of Qt" in older and "Fatal Python error" not in older
