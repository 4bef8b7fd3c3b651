"""With the Japanese catalogue, no English reaches the screen: every page of the demo.

Walks every widget of the main window after every page was shown, reads what a person
sees (texts, titles, tab names, combo items, table headers and cells, tooltips) and
fails on Latin words that are neither data (e-mail addresses, paths) nor the few
terms Japanese offices write in Latin letters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.services.demo import create_demo
from dxworkshop.ui.app import Translations
from dxworkshop.ui.main_window import MainWindow
from dxworkshop.ui.preferences import Preferences

#: Written in Latin letters in Japanese offices too: key names, formats, well-known terms,
#: the OK button, "English" naming itself in the language list, and the app's own name.
ALLOWED = {
    "AI", "BPR", "CDO", "CIO", "CSV", "Ctrl", "Delete", "DX", "ECRS", "Enter", "Esc", "FAQ",
    "Excel", "FAX", "ICT", "IT", "KJ", "KPI", "LibreOffice", "OCR", "PDCA", "PDF", "RPA", "Shift",
    "Tab", "Word", "dxw", "docx", "dxworkshop", "xlsx", "OK", "English",
}  # fmt: skip
LATIN = re.compile(r"[A-Za-z]{2,}")
DATA = re.compile(r"\S+@\S+|(?:[A-Za-z]:)?[/\\]\S*")  # e-mail addresses and paths are data
MARKUP = re.compile(r"<[^>]+>|&\w+;")
ATTRIBUTES = ("text", "title", "placeholderText", "toolTip", "windowTitle", "accessibleName")


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.use("ja")
    yield
    translations.use("en")
    translations.deleteLater()


def _columns(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # (its columnCount is private in PySide6)
    return model.columnCount()


def _rows(model: QAbstractItemModel) -> int:
    try:
        return model.rowCount()
    except TypeError:  # some list models want the parent spelled out
        return model.rowCount(QModelIndex())


def _seen(widget: QWidget) -> Iterator[str]:
    for name in ATTRIBUTES:
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                yield value
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = _columns(model)
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield header
        for row in range(min(_rows(model), 25)):
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.index(row, column).data(role)
                    if isinstance(value, str):
                        yield value


def _leaks(widgets: list[QWidget]) -> dict[str, str]:
    leaks: dict[str, str] = {}
    for widget in widgets:
        for text in _seen(widget):
            if english_words(text):
                leaks.setdefault(text[:100], f"{type(widget).__name__} {widget.objectName()}")
    return leaks


def english_words(text: str) -> list[str]:
    plain = DATA.sub(" ", MARKUP.sub(" ", text))
    return [word for word in LATIN.findall(plain) if word not in ALLOWED]


def test_the_filter_catches_english() -> None:
    assert english_words("Row 3: no name") == ["Row", "no", "name"]
    assert english_words("<b>メール</b>：a@b.example（/tmp/x.dxw）を Excel で") == []


def test_every_page_speaks_japanese(
    qtbot: QtBot, japanese: None, prefs: Preferences, tmp_path: Path
) -> None:
    workshop = create_demo(tmp_path / "デモ研修.dxw", today=dt.date(2026, 11, 26))
    window = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(window)
    window.set_workshop(workshop)
    window.resize(1600, 1000)
    window.show()
    window.visit_every_page()
    QApplication.processEvents()
    widgets = [window, *window.findChildren(QWidget)]
    leaks = _leaks(widgets)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in [menu_action, *(menu.actions() if menu is not None else [])]:
            if english_words(action.text()):
                leaks.setdefault(action.text(), "menu")
    window.close_workshop()
    assert len(widgets) > 500  # every page was there
    assert leaks == {}


def test_every_dialog_speaks_japanese(
    qtbot: QtBot, japanese: None, prefs: Preferences, tmp_path: Path
) -> None:
    from dxworkshop.services import people
    from dxworkshop.ui.controller import WorkshopController
    from dxworkshop.ui.crash import CrashDialog
    from dxworkshop.ui.dialogs.automix_dialog import AutoMixDialog
    from dxworkshop.ui.dialogs.new_programme_wizard import NewProgrammeWizard
    from dxworkshop.ui.dialogs.person_dialog import PersonDialog
    from dxworkshop.ui.dialogs.preferences_dialog import PreferencesDialog
    from dxworkshop.ui.dialogs.restore_dialog import RestoreBackupDialog
    from dxworkshop.ui.dialogs.roster_dialog import RosterImportDialog

    workshop = create_demo(tmp_path / "デモ研修.dxw", today=dt.date(2026, 11, 26))
    controller = WorkshopController(workshop)
    everyone = people.list_people(workshop)
    dialogs: list[QWidget] = [
        RosterImportDialog(controller),
        NewProgrammeWizard(str(tmp_path), tmp_path / "backups"),
        PreferencesDialog(prefs),
        PersonDialog(
            municipalities=people.list_municipalities(workshop),
            departments=people.list_departments(workshop),
            people=everyone,
            save=lambda values: None,
            person=everyone[0],
        ),
        AutoMixDialog(everyone, 0, run=lambda size: None),
        RestoreBackupDialog([]),
        CrashDialog("Traceback (most recent call last): …", tmp_path / "dxworkshop.log"),
    ]
    leaks: dict[str, str] = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = _leaks([dialog, *dialog.findChildren(QWidget)])
        # the crash dialog's details are the traceback, for the developers
        leaks.update({k: v for k, v in found.items() if not k.startswith("Traceback")})
        dialog.hide()
    controller.close()
    assert leaks == {}
