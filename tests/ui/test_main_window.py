"""The main window as a user meets it: open, New wizard, errors, undo, language."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dxworkshop.services import programme as programme_svc
from dxworkshop.store.workshop import APPLICATION_ID, Workshop
from dxworkshop.ui.main_window import MainWindow
from dxworkshop.ui.preferences import Preferences


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(win)
    yield win
    win.close_workshop()


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return shown


def test_opening_a_file_shows_the_programme_and_every_page(
    window: MainWindow, programme_file: Path
) -> None:
    assert window.open_path(programme_file)
    assert "令和8年度 業務改善研修" in window.windowTitle()
    assert programme_file.name in window.windowTitle()
    assert window.navigator.count() == 10
    window.visit_every_page()
    home = window.page("home")
    assert home.ui.programmeName.text() == "令和8年度 業務改善研修"  # type: ignore[attr-defined]
    assert home.schedule.rowCount() == 8  # type: ignore[attr-defined]
    assert str(programme_file) in window.prefs.recent_files()


def test_a_locked_file_names_who_holds_it(
    window: MainWindow, programme_file: Path, warnings_shown: list[str]
) -> None:
    holder = Workshop.open(programme_file, backup_on_open=False)
    try:
        assert not window.open_path(programme_file)
    finally:
        holder.close()
    assert len(warnings_shown) == 1
    assert f"{os.getpid()}" in warnings_shown[0]
    assert window.workshop is None


def test_a_damaged_file_is_refused_and_untouched(
    window: MainWindow, programme_file: Path, warnings_shown: list[str]
) -> None:
    data = bytearray(programme_file.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over the b-tree page headers
        data[offset : offset + 12] = b"\xff" * 12
    programme_file.write_bytes(bytes(data))
    before = programme_file.read_bytes()
    assert not window.open_path(programme_file)
    assert programme_file.read_bytes() == before
    assert len(warnings_shown) == 1
    assert programme_file.name in warnings_shown[0]


def test_a_newer_file_is_refused(
    window: MainWindow, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = tmp_path / "newer.dxw"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=42")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert not window.open_path(path)
    assert "42" in warnings_shown[0]


def test_not_a_programme_file(
    window: MainWindow, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = tmp_path / "notes.dxw"
    path.write_text("hello", encoding="utf-8")
    assert not window.open_path(path)
    assert "notes.dxw" in warnings_shown[0]
    assert window.stack.currentWidget() is window.welcome


def test_new_programme_wizard_creates_and_opens(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    from dxworkshop.ui.dialogs.new_programme_wizard import NewProgrammeWizard

    wizard = NewProgrammeWizard(str(tmp_path), tmp_path / "backups", window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.ui.detailsPage.isComplete()
    wizard.ui.nameEdit.setText("令和9年度 DX研修")
    wizard.ui.organiserEdit.setText("広島県")
    wizard.ui.yearSpin.setValue(2027)
    wizard.ui.startDate.setDate(QDate(2027, 9, 1))
    assert wizard.ui.detailsPage.isComplete()
    assert wizard.ui.fileEdit.text().endswith("令和9年度 DX研修.dxw")
    wizard.next()
    assert wizard.currentPage() is wizard.ui.filePage
    assert wizard.validateCurrentPage()
    assert wizard.workshop is not None
    window.set_workshop(wizard.workshop)
    info = programme_svc.get_programme(wizard.workshop)
    assert info.name == "令和9年度 DX研修" and info.fiscal_year == 2027
    assert info.start_date == dt.date(2027, 9, 1)
    assert (tmp_path / "令和9年度 DX研修.dxw").exists()


def test_new_programme_wizard_sets_the_prefecture(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    from dxworkshop.ui.dialogs.new_programme_wizard import NewProgrammeWizard

    wizard = NewProgrammeWizard(str(tmp_path), None, window)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.ui.prefectureCombo
    assert combo.currentData() == "" and combo.count() == 48  # none by default
    wizard.ui.nameEdit.setText("広島県 DX研修")
    combo.setCurrentIndex(combo.findData("広島県"))
    wizard.next()
    assert wizard.validateCurrentPage()
    assert wizard.workshop is not None
    assert programme_svc.get_programme(wizard.workshop).prefecture == "広島県"
    wizard.workshop.close()


def test_new_programme_wizard_refuses_an_existing_file(
    window: MainWindow, programme_file: Path, qtbot: QtBot
) -> None:
    from dxworkshop.ui.dialogs.new_programme_wizard import NewProgrammeWizard

    wizard = NewProgrammeWizard(str(programme_file.parent), None, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.nameEdit.setText("x")
    wizard.ui.fileEdit.setText(str(programme_file))
    wizard.next()
    assert not wizard.validateCurrentPage()
    assert programme_file.name in wizard.ui.errorLabel.text()
    assert wizard.workshop is None


def test_undo_and_redo_through_the_window(window: MainWindow, programme_file: Path) -> None:
    window.open_path(programme_file)
    controller = window.controller
    assert controller is not None
    workshop = controller.workshop
    controller.run("rename", programme_svc.update_programme_op(name="新しい名前"))
    assert "新しい名前" in window.windowTitle()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert programme_svc.get_programme(workshop).name == "令和8年度 業務改善研修"
    assert "令和8年度" in window.windowTitle()
    window.redo_action.trigger()
    assert programme_svc.get_programme(workshop).name == "新しい名前"
    assert "Saved" in window.saved_label.text() or "保存" in window.saved_label.text()


def test_save_as_makes_the_copy_the_open_file(
    window: MainWindow, programme_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.open_path(programme_file)
    target = tmp_path / "copy.dxw"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.save_as()
    assert window.workshop is not None and window.workshop.path == target
    assert programme_svc.get_programme(window.workshop).name == "令和8年度 業務改善研修"


def test_restore_from_backup(
    window: MainWindow, programme_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dxworkshop.ui.dialogs.restore_dialog import RestoreBackupDialog

    window.open_path(programme_file)  # takes a backup on open
    assert window.workshop is not None
    programme_svc.update_programme(window.workshop, name="壊してしまった名前")

    def choose_oldest(dialog: RestoreBackupDialog) -> int:
        dialog.ui.backupList.setCurrentRow(dialog.ui.backupList.count() - 1)
        dialog.accept()
        return 1

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose_oldest)
    window.restore_from_backup()
    assert window.workshop is not None
    assert programme_svc.get_programme(window.workshop).name == "令和8年度 業務改善研修"
    # the state we left is itself in the backups, so the restore can be undone by hand
    names = []
    for entry in window.workshop.backups.entries():  # type: ignore[union-attr]
        conn = sqlite3.connect(entry.path)
        names.append(conn.execute("select name from programme").fetchone()[0])
        conn.close()
    assert "壊してしまった名前" in names


def test_dropping_a_file_opens_it(window: MainWindow, programme_file: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(programme_file))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.workshop is not None)


def test_the_window_module_does_not_load_the_storage_libraries(tmp_path: Path) -> None:
    """The window shows before SQLAlchemy and sqlmodel load (they come with the file)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import dxworkshop.ui.app, dxworkshop.ui.main_window\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sqlalchemy', 'sqlmodel', 'pydantic', 'matplotlib', 'docx', 'alembic')))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_opening_says_so_and_waits_for_the_file(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    with window.opening("研修.dxw"):
        assert "研修.dxw" in window.statusBar().currentMessage()
        assert not window.welcome.isEnabled()
        assert QApplication.overrideCursor() is not None
    assert window.statusBar().currentMessage() == ""
    assert window.welcome.isEnabled()
    assert QApplication.overrideCursor() is None


def test_a_failed_automatic_backup_stays_in_sight_until_one_works(
    window: MainWindow, programme_file: Path
) -> None:
    assert window.open_path(programme_file)
    controller = window.controller
    workshop = window.workshop
    assert controller is not None and workshop is not None and workshop.backups is not None
    folder = workshop.backups.folder
    controller.backup_now()
    assert not window.backup_label.isVisibleTo(window)
    # The backup folder is replaced by a file: the next copy cannot be written.
    for entry in folder.iterdir():
        entry.unlink()
    folder.rmdir()
    folder.write_text("not a folder")
    controller.backup_now()
    assert window.backup_label.isVisibleTo(window)
    assert window.backup_label.text()
    assert window.workshop is workshop  # working on goes on
    folder.unlink()
    controller.backup_now()
    assert not window.backup_label.isVisibleTo(window)
    assert len(workshop.backups.entries()) == 1


def test_pages_out_of_sight_catch_up_when_shown(window: MainWindow, programme_file: Path) -> None:
    """An edit refreshes the page in sight; the others refresh when shown again."""
    from dxworkshop.services import people

    assert window.open_path(programme_file)
    participants = window.navigate_to("participants")
    assert participants is not None
    shown_before = participants.people_model.rowCount()
    window.navigate_to("settings")
    controller = window.controller
    assert controller is not None
    controller.run("add", people.add_person_op("新井 一郎"))
    assert participants.people_model.rowCount() == shown_before  # not yet: out of sight
    window.navigate_to("participants")
    assert participants.people_model.rowCount() == shown_before + 1
    controller.undo_stack.undo()  # in sight: at once
    assert participants.people_model.rowCount() == shown_before


def test_an_operation_from_a_worker_thread_reaches_the_page_in_sight(
    window: MainWindow, programme_file: Path, qtbot: QtBot
) -> None:
    """Code that is not the window (a background import, the room server) submits an
    operation from its own thread: it runs on the GUI thread, is undoable, and the page in
    sight shows it."""
    import threading

    from dxworkshop.services import issues
    from dxworkshop.services.ops import Kind

    assert window.open_path(programme_file)
    page = window.navigate_to("issues")
    controller = window.controller
    assert page is not None and controller is not None
    before = page.model.rowCount()
    heard: list[object] = []
    controller.records_changed.connect(heard.append)
    futures = []
    threads_seen: list[bool] = []

    def worker() -> None:
        for n in range(5):
            op = issues.add_issue_op(f"端末からの課題{n}")
            futures.append(controller.submit(f"room {n}", op))
        threads_seen.append(threading.current_thread() is not threading.main_thread())

    thread = threading.Thread(target=worker)
    thread.start()
    qtbot.waitUntil(lambda: len(futures) == 5 and all(f.done() for f in futures), timeout=10_000)
    thread.join()
    assert threads_seen == [True]
    titles = {f.result().title for f in futures}
    assert titles == {f"端末からの課題{n}" for n in range(5)}
    assert page.model.rowCount() == before + 5
    assert [c.ids(Kind.ISSUE) for c in heard] == [{f.result().id} for f in futures]
    controller.undo_stack.undo()
    assert page.model.rowCount() == before + 4
    # An operation that fails reaches its submitter, not the window.
    failing = controller.submit("bad", issues.add_issue_op("   "))
    qtbot.waitUntil(failing.done, timeout=10_000)
    assert failing.exception() is not None
    assert page.model.rowCount() == before + 4
