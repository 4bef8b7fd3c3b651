"""Application start: Qt application, Japanese font, translations, and the first window."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from dxworkshop import APP_NAME, ORGANISATION, __version__
from dxworkshop.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "ipaexg.ttf")


def register_japanese_font() -> str | None:
    """Register the bundled static Japanese font for Qt; returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    if font_id < 0:
        log.warning("could not register the Japanese font")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def install_translators(app: QApplication, language: str = "ja") -> list[QTranslator]:
    """Our catalogue and Qt's own (standard buttons); keep the returned list alive."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"dxworkshop_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(argv if argv is not None else sys.argv[:1])


def run_gui(*, file: Path | None, demo: bool, smoke_test: bool, error_dialogs: bool = True) -> int:
    from dxworkshop.ui.main_window import MainWindow

    app = make_application()
    register_japanese_font()
    translators = install_translators(app)
    tmpdir: tempfile.TemporaryDirectory[str] | None = None
    try:
        workshop = None
        if demo or (smoke_test and file is None):
            from dxworkshop.services.demo import create_demo

            tmpdir = tempfile.TemporaryDirectory(prefix="dxworkshop-demo-")
            workshop = create_demo(Path(tmpdir.name) / "デモ研修.dxw")
        elif file is not None:
            from dxworkshop.store.errors import StoreError
            from dxworkshop.store.workshop import Workshop

            try:
                workshop = Workshop.open(file)
            except StoreError as exc:
                if smoke_test or not error_dialogs:
                    print(f"dxworkshop: {exc}", file=sys.stderr)
                    return 1
                QMessageBox.critical(
                    None,
                    QCoreApplication.translate("App", "Cannot open the file"),
                    str(exc),
                )
        window = MainWindow(workshop)
        window.show()
        if smoke_test:
            window.visit_every_page()
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        window.close_workshop()
        return int(code)
    finally:
        del translators
        if tmpdir is not None:
            tmpdir.cleanup()
