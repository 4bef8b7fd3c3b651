"""Reports page: choosing report and scope, export in the worker thread, progress, cancel."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from dxworkshop.services.demo import create_demo
from dxworkshop.services.export import ReportKind, ScopeKind
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.pages.reports_page import ReportsPage
from dxworkshop.ui.preferences import Preferences

pytestmark = pytest.mark.usefixtures("gui_thread_gc")  # as in the app: see ui/gui_thread.py

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[WorkshopController]:
    controller = WorkshopController(create_demo(tmp_path / "demo.dxw", today=TODAY))
    yield controller
    controller.close()


def make_page(
    qtbot: QtBot, controller: WorkshopController, prefs: Preferences, soffice: str | None = None
) -> ReportsPage:
    page = ReportsPage(controller, prefs, soffice=soffice)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def listed(page: ReportsPage) -> list[str]:
    return page.files.stringList()


def test_report_and_scope_choose_the_documents(
    qtbot: QtBot, demo: WorkshopController, prefs: Preferences
) -> None:
    page = make_page(qtbot, demo, prefs)
    ui = page.ui
    assert page.report_kind() == ReportKind.SUPERVISOR_SUMMARY
    assert len(listed(page)) == 40 and page.plan is not None
    assert ui.exportButton.isEnabled()

    ui.traineeCombo.setCurrentIndex(3)
    ui.traineeCombo.activated.emit(3)
    assert ui.traineeScope.isChecked()
    assert len(listed(page)) == 1
    assert listed(page)[0].startswith("上司向けサマリー_")

    page.set_scope(ScopeKind.MUNICIPALITY, ui.municipalityCombo.itemData(1))
    assert all("_倉敷市_" in name for name in listed(page))

    ui.municipalityRadio.setChecked(True)
    assert not ui.traineeScope.isEnabled() and not ui.supervisorScope.isEnabled()
    assert listed(page) == ["市町村別サマリー_倉敷市.docx"]
    ui.allScope.setChecked(True)
    assert len(listed(page)) == 8

    ui.programmeRadio.setChecked(True)
    assert not ui.scopeBox.isEnabled()
    assert len(listed(page)) == 1 and listed(page)[0].startswith("研修実施報告書_")

    ui.summaryRadio.setChecked(True)
    assert ui.traineeScope.isEnabled() and ui.scopeBox.isEnabled()


def test_pdf_only_with_libreoffice_and_wareki_from_preferences(
    qtbot: QtBot, demo: WorkshopController, prefs: Preferences
) -> None:
    prefs.set("ui/wareki", True)
    without = make_page(qtbot, demo, prefs, soffice=None)
    assert not without.ui.pdfCheck.isEnabled()
    assert without.ui.warekiCheck.isChecked()
    with_lo = make_page(qtbot, demo, prefs, soffice="/opt/libreoffice/program/soffice")
    assert with_lo.ui.pdfCheck.isEnabled()


def test_choose_folder(
    qtbot: QtBot,
    demo: WorkshopController,
    prefs: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, demo, prefs)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path / "x"))
    )
    page.ui.chooseFolderButton.click()
    assert page.folder() == tmp_path / "x"


def test_export_in_the_worker_then_open_the_folder(
    qtbot: QtBot,
    demo: WorkshopController,
    prefs: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, demo, prefs)
    page.set_report_kind(ReportKind.MUNICIPALITY)
    out = tmp_path / "報告書"
    page.ui.folderEdit.setText(str(out))
    seen: list[int] = []
    worker = page.export()
    assert worker is not None
    worker.progress.connect(lambda done, _total, _label: seen.append(done))
    assert page.progress_dialog is not None and page.progress_dialog.isVisible()
    assert not page.ui.exportButton.isEnabled()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=60_000)

    result = page.last_result
    assert result is not None and not result.cancelled and not result.failures
    assert len(result.written) == 8
    assert sorted(out.iterdir()) == sorted(result.written)
    for path in result.written:
        docx.Document(str(path))
    assert seen and seen[-1] == 8
    assert page.progress_dialog is None and page.worker is None and page.thread is None
    assert page.ui.exportButton.isEnabled()
    assert page.ui.messageLabel.isVisible() and "8" in page.ui.messageLabel.text()
    assert prefs.get("files/last_folder") == str(out)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    assert page.ui.openFolderButton.isVisible()
    page.ui.openFolderButton.click()
    assert opened == [QUrl.fromLocalFile(str(out))]


def test_cancel_stops_before_the_next_document(
    qtbot: QtBot, demo: WorkshopController, prefs: Preferences, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo, prefs)
    out = tmp_path / "out"
    page.ui.folderEdit.setText(str(out))
    worker = page.export()
    assert worker is not None

    def cancel_after_two(done: int, _total: int, _label: str) -> None:
        if done >= 2:
            page.cancel()

    worker.progress.connect(cancel_after_two)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=60_000)
    result = page.last_result
    assert result is not None and result.cancelled
    assert 2 <= len(result.written) < 40
    assert sorted(out.iterdir()) == sorted(result.written)  # complete files only, no temp
    for path in result.written:
        docx.Document(str(path))
    assert "Cancelled" in page.ui.messageLabel.text() or "キャンセル" in page.ui.messageLabel.text()


def test_the_progress_dialogs_cancel_button_stops_the_export(
    qtbot: QtBot, demo: WorkshopController, prefs: Preferences, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo, prefs)
    out = tmp_path / "out"
    page.ui.folderEdit.setText(str(out))
    worker = page.export()
    assert worker is not None and page.progress_dialog is not None
    dialog = page.progress_dialog
    written: list[int] = []
    worker.progress.connect(lambda done, _total, _label: written.append(done))
    qtbot.waitUntil(lambda: bool(written) and written[-1] >= 1, timeout=60_000)
    button = dialog.findChild(QPushButton)
    assert button is not None
    button.click()  # the dialog's Cancel button
    cancelled_at_once = worker.cancelled  # not only once the worker's thread is free
    if not cancelled_at_once:
        page.stop_work()  # (a failing test must not leave the thread running)
    assert cancelled_at_once
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=60_000)
    result = page.last_result
    assert result is not None and result.cancelled
    assert len(result.written) < 40


def test_a_bug_in_the_export_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot,
    demo: WorkshopController,
    prefs: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dxworkshop.services import export

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("a bug in the report data")

    reported: list[tuple[str, BaseException]] = []
    monkeypatch.setattr(export, "gather", broken)  # as book_for reads the report data
    monkeypatch.setattr(
        sys,
        "excepthook",
        lambda _t, exc, _tb: reported.append((threading.current_thread().name, exc)),
    )
    page = make_page(qtbot, demo, prefs)
    page.ui.folderEdit.setText(str(tmp_path / "out"))
    assert page.export() is not None
    qtbot.waitUntil(lambda: page.worker is None, timeout=60_000)
    assert [(name, str(exc)) for name, exc in reported] == [
        ("MainThread", "a bug in the report data")
    ]
    assert page.progress_dialog is None and page.thread is None
    assert page.ui.messageLabel.isVisible() and page.ui.exportButton.isEnabled()


def test_a_folder_that_is_a_file_is_refused_inline(
    qtbot: QtBot, demo: WorkshopController, prefs: Preferences, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo, prefs)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    page.ui.folderEdit.setText(str(blocker))
    assert page.export() is None
    assert page.ui.messageLabel.isVisible()
    page.ui.folderEdit.setText("")
    assert page.export() is None


def test_pdf_copies_through_the_libreoffice_found(
    qtbot: QtBot, demo: WorkshopController, prefs: Preferences, tmp_path: Path
) -> None:
    fake = tmp_path / "soffice"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import sys, pathlib\n"
        "args = sys.argv[1:]\n"
        "out = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "out.mkdir(parents=True, exist_ok=True)\n"
        "(out / (pathlib.Path(args[-1]).stem + '.pdf')).write_bytes(b'%PDF-1.7 fake')\n"
    )
    fake.chmod(0o755)
    page = make_page(qtbot, demo, prefs, soffice=str(fake))
    page.set_report_kind(ReportKind.PROGRAMME)
    page.ui.pdfCheck.setChecked(True)
    page.ui.folderEdit.setText(str(tmp_path / "out"))
    assert page.export() is not None
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=60_000)
    result = page.last_result
    assert result is not None and not result.failures
    (pdf,) = result.pdfs
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stem == result.written[0].stem


def test_closing_the_file_during_an_export_stops_it_cleanly(
    qtbot: QtBot, prefs: Preferences, tmp_path: Path
) -> None:
    """Closing the programme (or the window) mid-export: the export stops after the
    document being written, every file left is complete, and the file closes unlocked."""
    from dxworkshop.store.workshop import Workshop
    from dxworkshop.ui.main_window import MainWindow

    path = tmp_path / "demo.dxw"
    create_demo(path, today=TODAY).close()
    window = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    assert window.open_path(path)
    page = window.page("report")
    assert isinstance(page, ReportsPage)
    out = tmp_path / "out"
    page.ui.folderEdit.setText(str(out))
    worker = page.export()
    assert worker is not None
    written: list[int] = []
    worker.progress.connect(lambda done, _total, _label: written.append(done))
    qtbot.waitUntil(lambda: bool(written) and written[-1] >= 1, timeout=60_000)
    thread = page.thread
    assert thread is not None

    window.close_workshop()

    assert not thread.is_alive()
    assert window.workshop is None
    files = sorted(out.iterdir())
    assert 1 <= len(files) < 40
    for file in files:
        assert file.suffix == ".docx"
        docx.Document(str(file))  # complete, not cut off
    Workshop.open(path, backup_root=tmp_path / "backups").close()  # no lock left behind
