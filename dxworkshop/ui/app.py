"""Application start: Qt application, Japanese font, translations, logging, first window."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dxworkshop import APP_NAME, ORGANISATION, __version__
from dxworkshop.paths import resource_path
from dxworkshop.ui.preferences import Preferences

if TYPE_CHECKING:
    from dxworkshop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "ipaexg.ttf")


def register_japanese_font() -> str | None:
    """Register the bundled static Japanese font for Qt; returns its family name.

    matplotlib registers the same file lazily when the first chart is drawn (see
    dxworkshop.reports), so start-up does not pay for importing it.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    if font_id < 0:
        log.warning("could not register the Japanese font")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


class Translations(QObject):
    """Our catalogue and Qt's own (standard buttons), switchable at run time."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return
        QLocale.setDefault(QLocale(language))
        ours = QTranslator(self)
        if ours.load(str(resource_path("translations", f"dxworkshop_{language}.qm"))):
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.warning("no translation for %s", language)
        qt = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", qt_dir):
            self._app.installTranslator(qt)
            self._installed.append(qt)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    return QApplication(argv if argv is not None else sys.argv[:1])


def apply_font_scale(app: QApplication, family: str | None, scale: float) -> None:
    font = QFont(app.font())
    if family:
        font.setFamilies([font.family(), family])
    base = 10.0 if sys.platform != "darwin" else 13.0
    font.setPointSizeF(base * max(0.8, min(scale, 2.5)))
    app.setFont(font)


class Application(QObject):
    """Owns the window; rebuilds it when the language changes, keeping the file open."""

    def __init__(
        self, app: QApplication, backups: Path | None = None, prefs: Preferences | None = None
    ) -> None:
        super().__init__(app)
        self.app = app
        self.prefs = prefs if prefs is not None else Preferences()
        self.family = register_japanese_font()
        apply_font_scale(app, self.family, float(self.prefs.get("ui/font_scale")))
        self.translations = Translations(app)
        self.translations.use(self.prefs.language())
        self._backups = backups
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        from dxworkshop.ui.main_window import MainWindow

        window = MainWindow(self.prefs, self._backups)
        window.language_changed.connect(self.switch_language)
        geometry = self.prefs.get("window/geometry")
        if geometry:
            window.restoreGeometry(geometry)
        return window

    def switch_language(self, language: str) -> None:
        old = self.window
        workshop = old.workshop
        path = workshop.path if workshop is not None else None
        old.close()
        old.deleteLater()
        apply_font_scale(self.app, self.family, float(self.prefs.get("ui/font_scale")))
        self.translations.use(language)
        self.window = self._new_window()
        self.window.show()
        if path is not None:
            self.window.open_path(path)


def run_gui(*, file: Path | None, demo: bool, smoke_test: bool, error_dialogs: bool = True) -> int:
    from dxworkshop.ui.crash import install_excepthook
    from dxworkshop.ui.logs import setup_logging

    app = make_application()
    log_path = setup_logging()
    install_excepthook(log_path, show_dialog=error_dialogs and not smoke_test)
    log.info("dxworkshop %s starting", __version__)
    tmpdir: tempfile.TemporaryDirectory[str] | None = None
    backups: Path | None = None
    if demo or smoke_test:
        # The demo is a throw-away copy: its backups go with it.
        tmpdir = tempfile.TemporaryDirectory(prefix="dxworkshop-demo-")
        backups = Path(tmpdir.name) / "backups"
    shell = Application(app, backups=backups)
    window = shell.window
    try:
        if tmpdir is not None:
            from dxworkshop.services.demo import create_demo

            workshop = create_demo(Path(tmpdir.name) / "デモ研修.dxw", backup_root=backups)
            window.set_workshop(workshop)
        elif file is not None:
            window.show()
            window.open_path(file)
        window.show()
        if smoke_test:
            return _smoke(app, shell)
        return int(app.exec())
    finally:
        shell.window.close_workshop()
        if tmpdir is not None:
            tmpdir.cleanup()


def _smoke(app: QApplication, shell: Application) -> int:
    """Exercise the real paths once; any failure exits non-zero with the reason."""
    failures: list[str] = []

    def run() -> None:
        try:
            shell.window.visit_every_page()
        except Exception as exc:  # reported below; the smoke test must not hang
            log.exception("smoke test failed")
            failures.append(f"{type(exc).__name__}: {exc}")
        finally:
            app.quit()

    QTimer.singleShot(0, run)
    app.exec()
    if failures:
        print(f"dxworkshop --smoke-test: {failures[0]}", file=sys.stderr)
        return 1
    print("dxworkshop --smoke-test: ok")
    return 0
