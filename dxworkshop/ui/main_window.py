"""The main window: phase navigator, page stack, menus, toolbar and file handling."""

from __future__ import annotations

import contextlib
import importlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from dxworkshop import FILE_SUFFIX
from dxworkshop.domain.enums import Phase
from dxworkshop.paths import backup_root
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.store.errors import StoreError
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.labels import PLACE_OF_PAGE, phase_label
from dxworkshop.ui.messages import service_error_text, store_error_text
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)

PageFactory = Callable[[WorkshopController, Preferences], Page]


#: Pages built in their own modules: navigator key → (module, class). A phase whose
#: module is absent shows what the phase is for (PhasePage) until it is built.
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "home": ("dxworkshop.ui.pages.home_page", "HomePage"),
    "participants": ("dxworkshop.ui.pages.participants_page", "ParticipantsPage"),
    "settings": ("dxworkshop.ui.pages.settings_page", "ProgrammeSettingsPage"),
    Phase.HEARING.value: ("dxworkshop.ui.pages.hearing_page", "HearingPage"),
    Phase.ISSUES.value: ("dxworkshop.ui.pages.issues_page", "IssuesPage"),
    Phase.PRIORITIZE.value: ("dxworkshop.ui.pages.prioritize_page", "PrioritizePage"),
    Phase.PLANS.value: ("dxworkshop.ui.pages.plans_page", "PlansPage"),
    Phase.FEEDBACK.value: ("dxworkshop.ui.pages.feedback_page", "FeedbackPage"),
    Phase.PRACTICE.value: ("dxworkshop.ui.pages.practice_page", "PracticePage"),
    Phase.REPORT.value: ("dxworkshop.ui.pages.reports_page", "ReportsPage"),
}


def _factory(key: str, phase: Phase | None) -> PageFactory:
    def make(controller: WorkshopController, prefs: Preferences) -> Page:
        module_name, class_name = PAGE_CLASSES[key]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise  # a real import error inside an existing page must not be hidden
            from dxworkshop.ui.pages.phase_page import PhasePage

            return PhasePage(phase or Phase.SETUP, controller, prefs)
        page_class = getattr(module, class_name)
        page: Page = page_class(controller, prefs)
        return page

    return make


def page_entries() -> list[tuple[str, Phase | None, PageFactory]]:
    """The navigator, top to bottom: (key, phase for the badge, factory)."""
    entries: list[tuple[str, Phase | None, PageFactory]] = [
        ("home", None, _factory("home", None)),
        ("participants", Phase.SETUP, _factory("participants", Phase.SETUP)),
        ("settings", None, _factory("settings", None)),
    ]
    for p in (
        Phase.HEARING,
        Phase.ISSUES,
        Phase.PRIORITIZE,
        Phase.PLANS,
        Phase.FEEDBACK,
        Phase.PRACTICE,
        Phase.REPORT,
    ):
        entries.append((p.value, p, _factory(p.value, p)))
    return entries


class MainWindow(QMainWindow):
    workshop_opened = Signal()
    workshop_closed = Signal()
    language_changed = Signal(str)

    def __init__(self, prefs: Preferences, backups: Path | None = None) -> None:
        super().__init__()
        self.prefs = prefs
        self._backup_root = backups if backups is not None else backup_root()
        self.controller: WorkshopController | None = None
        self._pages: dict[str, Page] = {}
        #: What changed while a page was out of sight: it catches up when shown again.
        self._pending: dict[str, Changes] = {}
        # the navigator's last phase counts and badges, and the facts its badges are read
        # from (a services.dashboard.NavigatorFacts: it reads again what an edit changed)
        self._badge_reads: tuple[Any, Any] | None = None
        self._facts: Any = None
        self._entries = page_entries()
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 600))

        self.navigator = QListWidget(self)
        self.navigator.setObjectName("navigator")
        self.navigator.setMinimumWidth(220)
        self.navigator.setMaximumWidth(320)
        self.navigator.setIconSize(QSize(18, 18))
        self.navigator.setStyleSheet(
            "QListWidget#navigator { border: none; background: palette(window); }"
            "QListWidget#navigator::item { padding: 9px 14px; border-radius: 6px;"
            " margin: 1px 6px; }"
            "QListWidget#navigator::item:selected { background: #1d4ed8; color: white; }"
        )
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backupWarning")
        self.backup_label.setStyleSheet("color: #b45309; font-weight: bold;")
        self.backup_label.hide()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)

        self._make_actions()
        self._make_menus()
        self._connect()
        self._show_no_workshop()

    # -- construction ---------------------------------------------------------

    def _make_actions(self) -> None:
        def action(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            slot: Callable[[], object] | None = None,
        ) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if slot is not None:
                act.triggered.connect(slot)
            return act

        self.new_action = action(
            self.tr("&New Programme…"), QKeySequence.StandardKey.New, self.new_programme
        )
        self.open_action = action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog
        )
        self.save_as_action = action(
            self.tr("Save &As…"), QKeySequence.StandardKey.SaveAs, self.save_as
        )
        self.close_action = action(
            self.tr("&Close"), QKeySequence.StandardKey.Close, self.close_workshop
        )
        self.restore_action = action(
            self.tr("&Restore from Backup…"), None, self.restore_from_backup
        )
        self.import_roster_action = action(self.tr("&Import Roster…"), None, self.import_roster)
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = action(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo_action = action(self.tr("&Redo"), QKeySequence.StandardKey.Redo)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        self.find_action = action(self.tr("&Find"), QKeySequence.StandardKey.Find, self._find)
        self.preferences_action = action(
            self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences, self.show_preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.full_screen_action = action(
            self.tr("&Full Screen"), QKeySequence.StandardKey.FullScreen
        )
        if self.full_screen_action.shortcut().isEmpty():
            self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.about_action = action(self.tr("&About dxworkshop"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.import_roster_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.full_screen_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.new_action, self.open_action, self.save_as_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.full_screen_action)
        self._refresh_recent_menu()

    def _connect(self) -> None:
        self.navigator.currentRowChanged.connect(self._navigate)
        self.recent_menu.aboutToShow.connect(self._refresh_recent_menu)
        self.welcome.new_requested.connect(self.new_programme)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.recent_requested.connect(lambda p: self.open_path(Path(p)))

    # -- state ------------------------------------------------------------------

    @property
    def workshop(self) -> Workshop | None:
        return self.controller.workshop if self.controller else None

    def _show_no_workshop(self) -> None:
        self.navigator.clear()
        self.navigator.setEnabled(False)
        self.welcome.set_recent(self.prefs.recent_files())
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle(self.tr("dxworkshop"))
        self.saved_label.clear()
        self.backup_label.hide()
        for act in (
            self.save_as_action,
            self.close_action,
            self.import_roster_action,
            self.undo_action,
            self.redo_action,
            self.find_action,
        ):
            act.setEnabled(False)

    def set_workshop(self, workshop: Workshop) -> None:
        """Show *workshop* (already opened); closes the one shown before."""
        self.close_workshop()
        if workshop.backups is not None:
            workshop.backups.keep = int(self.prefs.get("backup/keep"))
        self.controller = WorkshopController(workshop, self)
        self.controller.set_backup_interval(int(self.prefs.get("backup/interval_minutes")))
        self.controller.records_changed.connect(self._on_records_changed)
        self.controller.saved.connect(self._on_saved)
        self.controller.failed.connect(self._on_failed)
        self.controller.backed_up.connect(self._on_backed_up)
        stack = self.controller.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # Bound methods, not lambdas: Qt drops the connection when the window goes.
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for act in (
            self.save_as_action,
            self.close_action,
            self.import_roster_action,
            self.find_action,
        ):
            act.setEnabled(True)
        self.prefs.add_recent(str(workshop.path))
        self.prefs.set("files/last_folder", str(workshop.path.parent))
        self.navigator.setEnabled(True)
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for key, _phase, _factory in self._entries:
            item = QListWidgetItem(self._entry_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigator.addItem(item)
        self.navigator.blockSignals(False)
        self._update_title()
        self._badge_reads = self._facts = None
        self._update_badges()
        self.navigator.setCurrentRow(0)
        self.saved_label.setText(self.tr("All changes are saved automatically"))
        self.workshop_opened.emit()

    def _entry_label(self, key: str) -> str:
        if key == "home":
            return self.tr("Home")
        if key == "participants":
            return self.tr("Participants")
        if key == "settings":
            return self.tr("Programme settings")
        return phase_label(Phase(key))

    def _update_title(self) -> None:
        from dxworkshop.services.programme import get_programme

        if self.workshop is None:
            return
        name = get_programme(self.workshop).name or self.tr("(untitled programme)")
        self.setWindowTitle(
            self.tr("{programme} — {file} — dxworkshop").format(
                programme=name, file=self.workshop.path.name
            )
        )
        self.setWindowFilePath(str(self.workshop.path))

    def _update_badges(self, changes: Changes | None = None) -> None:
        """Done/total per phase, and what needs attention by the next-action rules —
        read again only where *changes* touch what they count (None: read both)."""
        import datetime as dt

        from PySide6.QtGui import QBrush, QColor

        from dxworkshop.domain.next_actions import Severity
        from dxworkshop.services.dashboard import NavigatorFacts
        from dxworkshop.services.progress import PHASE_KINDS, phase_progress
        from dxworkshop.ui.models.dashboard_models import action_title

        if self.workshop is None:
            return
        today = dt.date.today()
        progress, badges = self._badge_reads if self._badge_reads is not None else (None, None)
        if progress is None or changes is None or changes.touches(*PHASE_KINDS):
            progress = phase_progress(self.workshop)
        if self._facts is None:
            self._facts = NavigatorFacts()
        badges = self._facts.badges(self.workshop, today, changes)
        if self._badge_reads == (progress, badges):
            return
        self._badge_reads = (progress, badges)
        for row, (key, phase, _factory) in enumerate(self._entries):
            item = self.navigator.item(row)
            label = self._entry_label(key)
            if phase is not None and progress[phase].total > 0:
                p = progress[phase]
                mark = "✓ " if p.complete else ""
                label = f"{label}　{mark}{p.done}/{p.total}"
            place = PLACE_OF_PAGE.get(key)
            attention = badges.attention.get(place) if place is not None else None
            if attention is not None and attention.count:
                label = f"{label}　⚠{attention.count}"
                urgent = attention.severity >= Severity.URGENT
                item.setForeground(QBrush(QColor("#b91c1c" if urgent else "#b45309")))
                item.setToolTip(
                    "\n".join(action_title(a) for a in badges.actions if a.where == place)
                )
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                item.setToolTip("")
            item.setText(label)

    def page(self, key: str) -> Page:
        """The page for *key*, created on first use."""
        if self.controller is None:
            raise RuntimeError("no workshop is open")
        page = self._pages.get(key)
        if page is None:
            factory = next(f for k, _p, f in self._entries if k == key)
            page = factory(self.controller, self.prefs)
            page.setObjectName(f"page_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
            page.refresh(Changes.everything())
        return page

    def show_page(self, key: str) -> Page:
        keys = [k for k, _p, _f in self._entries]
        self.navigator.setCurrentRow(keys.index(key))
        return self.page(key)

    def navigate_to(self, key: str, record_id: int | None = None) -> Page | None:
        """Show the page *key* and, given a record id, that record on it (e.g. from a next
        action on the home page). Unknown keys and a closed workshop do nothing."""
        if self.controller is None or key not in {k for k, _p, _f in self._entries}:
            return None
        page = self.show_page(key)
        if record_id is not None:
            page.show_record(record_id)
        return page

    def _navigate(self, row: int) -> None:
        if row < 0 or self.controller is None:
            return
        key = self._entries[row][0]
        page = self.page(key)
        pending = self._pending.pop(key, None)
        if pending:
            page.refresh(pending)
        self.stack.setCurrentWidget(page)

    def visit_every_page(self) -> None:
        """Used by --smoke-test: every page is created and shown once."""
        for row in range(self.navigator.count()):
            self.navigator.setCurrentRow(row)
            self.stack.currentWidget().repaint()
        if self.navigator.count():
            self.navigator.setCurrentRow(0)

    # -- change handling -----------------------------------------------------------

    def _on_records_changed(self, changes: Changes) -> None:
        """The one refresh path: the page in sight (and a page feeding a shared screen)
        shows the changes now; the others catch up when shown again (on a large programme
        refreshing every page after each edit took seconds)."""
        current = self.stack.currentWidget()
        for key, page in self._pages.items():
            if not page.wants(changes):
                continue
            if page is current or page.refresh_when_hidden():
                page.refresh(changes)
            else:
                pending = self._pending.get(key)
                self._pending[key] = changes if pending is None else pending | changes
        if changes.touches(Kind.PROGRAMME):
            self._update_title()
        self._update_badges(changes)

    def _on_saved(self) -> None:
        self.saved_label.setText(
            self.tr("Saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
        )

    def _undo_text_changed(self, text: str) -> None:
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo")
        )

    def _redo_text_changed(self, text: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo")
        )

    def _on_backed_up(self, ok: bool) -> None:
        """A failed automatic backup stays in sight until one succeeds again."""
        if ok:
            self.backup_label.hide()
            return
        self.backup_label.setText(
            self.tr("⚠ Automatic backup failed at {time}").format(
                time=QTime.currentTime().toString("HH:mm")
            )
        )
        self.backup_label.setToolTip(
            self.tr(
                "The copy in the backup folder could not be written (disk full, or the "
                "folder not usable?). Your edits are still saved in the programme file. "
                "The next backup is tried at the usual interval; details are in the log."
            )
        )
        self.backup_label.show()

    def _on_failed(self, exc: Exception) -> None:
        text = (
            store_error_text(exc)
            if isinstance(exc, StoreError)
            else (service_error_text(exc) if isinstance(exc, ServiceError) else str(exc))
        )
        self.statusBar().showMessage(
            self.tr("Could not undo/redo: {reason}").format(reason=text), 10000
        )

    def _undo(self) -> None:
        if self.controller:
            self.controller.undo_stack.undo()

    def _redo(self) -> None:
        if self.controller:
            self.controller.undo_stack.redo()

    def _find(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.find()

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- files -------------------------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    @contextlib.contextmanager
    def opening(self, name: str) -> Iterator[None]:
        """While a file opens: say so in the status bar with a busy cursor, painted first.

        The window is on screen before the storage libraries load; this is what it shows
        meanwhile. Clicks and keys wait until the file is open.
        """
        self.statusBar().showMessage(self.tr("Opening {file}…").format(file=name))
        self.welcome.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            yield
        finally:
            QApplication.restoreOverrideCursor()
            self.welcome.setEnabled(True)
            self.statusBar().clearMessage()

    def open_path(self, path: Path) -> bool:
        """Open *path*; any expected failure becomes a message and changes nothing."""
        if self.workshop is not None and self.workshop.path.resolve() == path.resolve():
            return True
        try:
            with self.opening(path.name):
                from dxworkshop.store.workshop import Workshop

                workshop = Workshop.open(path, backup_root=self._backup_root)
        except StoreError as exc:
            log.info("could not open %s: %s", path, exc)
            self.show_error(self.tr("Cannot open the file"), store_error_text(exc))
            if not path.exists():
                self.prefs.remove_recent(str(path))
                self.welcome.set_recent(self.prefs.recent_files())
            return False
        self.set_workshop(workshop)
        return True

    def _dialog_folder(self) -> str:
        folder = str(self.prefs.get("files/last_folder"))
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _file_filter(self) -> str:
        return self.tr("dxworkshop programmes (*{suffix});;All files (*)").format(
            suffix=FILE_SUFFIX
        )

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Programme"), self._dialog_folder(), self._file_filter()
        )
        if path:
            self.open_path(Path(path))

    def new_programme(self) -> None:
        from dxworkshop.ui.dialogs.new_programme_wizard import NewProgrammeWizard

        wizard = NewProgrammeWizard(self._dialog_folder(), self._backup_root, self)
        if wizard.exec() and wizard.workshop is not None:
            self.set_workshop(wizard.workshop)

    def save_as(self) -> None:
        if self.workshop is None:
            return
        suggestion = str(
            self.workshop.path.with_name(self.workshop.path.stem + "_copy" + FILE_SUFFIX)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Programme As"), suggestion, self._file_filter()
        )
        if not path:
            return
        dest = Path(path)
        if dest.suffix.lower() != FILE_SUFFIX:
            dest = dest.with_name(dest.name + FILE_SUFFIX)
        try:
            if dest.exists():
                raise_exists = dest.resolve() == self.workshop.path.resolve()
                if raise_exists:
                    self.show_error(self.tr("Save As"), self.tr("Choose a different file name."))
                    return
            self.workshop.save_as(dest)
        except StoreError as exc:
            self.show_error(self.tr("Save As"), store_error_text(exc))
            return
        except OSError as exc:
            self.show_error(self.tr("Save As"), str(exc))
            return
        # Like a document app, the copy becomes the file being edited.
        self.open_path(dest)
        self.statusBar().showMessage(self.tr("Saved a copy as {file}").format(file=dest.name), 8000)

    def close_workshop(self) -> None:
        if self.controller is None:
            return
        controller = self.controller
        for page in self._pages.values():
            page.stop_work()  # e.g. an export still reading the file
        self.controller = None
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._pending.clear()
        controller.close()
        controller.deleteLater()
        self._show_no_workshop()
        self.workshop_closed.emit()

    def restore_from_backup(self) -> None:
        from dxworkshop.store.backups import copy_database
        from dxworkshop.ui.dialogs.restore_dialog import RestoreBackupDialog

        workshop = self.workshop
        if workshop is None:
            return
        entries = workshop.backups.entries() if workshop.backups else []
        dialog = RestoreBackupDialog(entries, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        chosen = dialog.chosen
        path = workshop.path
        workshop.backup_now()  # the state being left behind stays restorable
        self.close_workshop()
        try:
            copy_database(chosen, path)
        except (OSError, sqlite3.Error) as exc:
            log.warning("restore of %s failed", chosen, exc_info=True)
            self.show_error(
                self.tr("Restore from Backup"),
                self.tr(
                    "The backup could not be restored ({reason}). The programme is unchanged."
                ).format(reason=exc),
            )
        if self.open_path(path):
            self.statusBar().showMessage(
                self.tr("Restored the backup of {time}").format(time=chosen.stem[-22:]), 10000
            )

    def import_roster(self) -> None:
        if self.controller is None:
            return
        try:
            from dxworkshop.ui.dialogs.roster_dialog import RosterImportDialog
        except ImportError:
            return
        dialog = RosterImportDialog(self.controller, self)
        dialog.exec()

    def show_preferences(self) -> None:
        from dxworkshop.ui.dialogs.preferences_dialog import PreferencesDialog

        def appearance() -> tuple[str, float]:
            return self.prefs.language(), float(self.prefs.get("ui/font_scale"))

        before = appearance()
        dialog = PreferencesDialog(self.prefs, self)
        if dialog.exec():
            if self.controller:
                self.controller.set_backup_interval(int(self.prefs.get("backup/interval_minutes")))
                if self.workshop is not None and self.workshop.backups is not None:
                    self.workshop.backups.keep = int(self.prefs.get("backup/keep"))
                self._on_records_changed(Changes.everything())
            if appearance() != before:
                # The window is rebuilt in the new language / text size; the file stays open.
                self.language_changed.emit(self.prefs.language())

    def show_about(self) -> None:
        from dxworkshop import __version__

        QMessageBox.about(
            self,
            self.tr("About dxworkshop"),
            self.tr(
                "dxworkshop {version}\nFacilitation of business-improvement and DX training "
                "for municipal staff."
            ).format(version=__version__),
        )

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.prefs.recent_files()
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.setData(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(files))

    # -- window events -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.toLocalFile().lower().endswith(FILE_SUFFIX) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            local = url.toLocalFile()
            if local.lower().endswith(FILE_SUFFIX):
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda p=local: self.open_path(Path(p)))
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set("window/geometry", bytes(self.saveGeometry().data()))
        self.close_workshop()
        self.prefs.sync()
        event.accept()
