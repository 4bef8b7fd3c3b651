"""Application start: Qt application, Japanese font, translations, logging, first window."""

from __future__ import annotations

import gc
import logging
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
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
    app = QApplication(argv if argv is not None else sys.argv[:1])
    icon = resource_path("icons", "dxworkshop_256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


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

    gc.disable()  # until the first window is up: see startup_done()
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
    # The window shows first; the storage libraries (SQLAlchemy) load while it says so.
    window.show()
    try:
        if tmpdir is not None:
            path = Path(tmpdir.name) / "デモ研修.dxw"
            with window.opening(path.name):
                from dxworkshop.services.demo import create_demo

                workshop = create_demo(path, backup_root=backups)
            window.set_workshop(workshop)
        elif file is not None:
            window.open_path(file)
        startup_done(app)
        if smoke_test:
            return _smoke(app, shell)
        return int(app.exec())
    finally:
        shell.window.close_workshop()
        if tmpdir is not None:
            tmpdir.cleanup()
        _fast_exit_after_close()


def startup_done(app: QApplication) -> None:
    """Start-up is over: what it made (modules, classes, the window) lives till the end.

    The cyclic garbage collector stays off during start-up — it would walk those
    objects again and again (≈0.4 s of full collections) to free next to nothing — and
    they are frozen, so that no later collection walks them. From then on it collects
    on the GUI thread only (``ui/gui_thread.py``: a collection in the export thread
    would destroy the window's Qt garbage there), its full collections when the user is
    idle. Reference counting frees everything else as usual all along.
    """
    from dxworkshop.ui.gui_thread import GuiThreadCollector

    gc.freeze()
    GuiThreadCollector(app).start()  # kept by its parent, the application


def _fast_exit_after_close() -> None:
    """Skip the collection of cyclic garbage at interpreter exit (≈0.4 s with the window).

    Called once the window has closed and the workshop file is closed: everything that
    holds data is already flushed and closed, and exit hands the memory back anyway.
    Objects are still freed by reference counting and atexit handlers (logging) still run.
    """
    gc.freeze()


SMOKE_TIMEOUT_MS = 120_000


def _smoke(app: QApplication, shell: Application) -> int:
    """Exercise the real paths once; any failure exits non-zero with the reason.

    With the demo programme already open: every page is created and shown, the shipped
    resources are found (font, translations, Qt's Japanese catalogue), the migration
    scripts upgrade a schema-0 file, one chart is drawn as the reports draw them (Japanese
    glyphs present) and one Word document is written and read back. This is what proves
    a bundle or a wheel complete. Errors raised inside Qt slots count too.
    """
    failures: list[str] = []
    step = "start"

    def fail(exc: BaseException) -> None:
        message = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line
        failures.append(f"{step}: {message}")

    previous_hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error in the smoke test", exc_info=(exc_type, exc, tb))
        fail(exc)

    def run() -> None:
        nonlocal step
        try:
            with tempfile.TemporaryDirectory(prefix="dxworkshop-smoke-") as name:
                folder = Path(name)
                step = "pages"
                shell.window.visit_every_page()
                app.processEvents()  # queued slots run now; their errors reach hook()
                step = "resources"
                _smoke_resources(shell)
                step = "migrations"
                _smoke_migrations(folder)
                step = "chart"
                png = _smoke_chart()
                step = "document"
                _smoke_document(folder, png)
        except Exception as exc:  # reported below; the smoke test must not hang
            log.exception("smoke test failed")
            fail(exc)
        finally:
            app.quit()

    def timed_out() -> None:
        failures.append(f"{step}: no answer after {SMOKE_TIMEOUT_MS // 1000} s")
        app.quit()

    sys.excepthook = hook
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(timed_out)
    watchdog.start(SMOKE_TIMEOUT_MS)
    QTimer.singleShot(0, run)
    try:
        app.exec()
    finally:
        watchdog.stop()
        sys.excepthook = previous_hook
    if failures:
        print(f"dxworkshop --smoke-test: {failures[0]}", file=sys.stderr)
        return 1
    print("dxworkshop --smoke-test: ok")
    return 0


def _smoke_resources(shell: Application) -> None:
    if shell.family is None:
        raise RuntimeError(f"the Japanese font {resource_path(*FONT_FILE)} did not load")
    for parts in (("translations", "dxworkshop_ja.qm"), ("templates", "criteria.json")):
        if not resource_path(*parts).is_file():
            raise FileNotFoundError(resource_path(*parts))
    if not QTranslator().load(str(resource_path("translations", "dxworkshop_ja.qm"))):
        raise RuntimeError("the Japanese catalogue does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(QLocale(QLocale.Language.Japanese), "qtbase", "_", qt_dir):
        raise RuntimeError(f"Qt's Japanese catalogue (qtbase_ja.qm) is missing in {qt_dir}")


def _smoke_migrations(folder: Path) -> None:
    """The shipped migration scripts, which alembic loads as files, upgrade a schema-0 file.

    ``upgrade()`` raises if env.py, script.py.mako or a revision is missing or broken.
    """
    from dxworkshop.store.migrate import Migrations, upgrade

    upgrade(folder / "schema0.dxw", Migrations())


def _smoke_chart() -> bytes:
    """One bar chart with Japanese labels, as the Word reports draw them (Agg, PNG).

    (The screen's charts are painted by Qt: the pages visited above drew them.)
    """
    import warnings

    from dxworkshop.reports.chart_style import PALETTE, figure_png, new_figure

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing" (no Japanese font) fails the test
        fig = new_figure(12, 7)
        ax = fig.add_subplot()
        ax.bar(["削減時間", "件数", "満足度"], [120, 45, 80], color=PALETTE[:3])
        ax.set_title("スモークテスト")
        png = figure_png(fig)
    if not png.startswith(b"\x89PNG"):
        raise RuntimeError("the chart is not a PNG")
    return png


def _smoke_document(folder: Path, png: bytes) -> None:
    """One Word document in the house style, saved and read back with python-docx."""
    from docx import Document

    from dxworkshop.reports.docstyle import DocOptions, add_picture_png, new_document, save

    doc = new_document(DocOptions(header_text="スモークテスト"))
    doc.add_heading("スモークテスト", level=1)
    doc.add_paragraph("業務改善・DX実践研修")
    add_picture_png(doc, png, width_mm=120)
    path = save(doc, folder / "smoke.docx")
    reopened = Document(str(path))
    texts = [paragraph.text for paragraph in reopened.paragraphs]
    if "業務改善・DX実践研修" not in texts or len(reopened.inline_shapes) != 1:
        raise RuntimeError(f"the Word document does not read back: {texts[:3]}")
