"""A tab that reads on demand catches up when shown (Page.when_tab_shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout
from pytestqt.qtbot import QtBot

from dxworkshop.services.programme import new_programme
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences


def test_a_tab_reads_when_it_is_shown_and_only_then(tmp_path: Path, qtbot: QtBot) -> None:
    ws = new_programme(tmp_path / "t.dxw", name="研修", backup_root=tmp_path / "b")
    controller = WorkshopController(ws)
    prefs = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    page = Page(controller, prefs)
    tabs = QTabWidget(page)
    tabs.addTab(QLabel("一覧"), "list")
    tabs.addTab(QLabel("比較"), "chart")
    QVBoxLayout(page).addWidget(tabs)
    qtbot.addWidget(page)
    loads: list[str] = []
    page.when_tab_shown(tabs, 1, lambda: loads.append("first"))
    page.show()
    qtbot.waitExposed(page)
    assert loads == []  # the list is in sight, not the chart
    page.when_tab_shown(tabs, 1, lambda: loads.append("second"))  # stale again: once
    tabs.setCurrentIndex(1)
    assert loads == ["second"]
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert loads == ["second"]  # nothing new to read
    page.when_tab_shown(tabs, 1, lambda: loads.append("now"))  # in sight: at once
    assert loads == ["second", "now"]
    page.hide()
    page.when_tab_shown(tabs, 1, lambda: loads.append("on show"))
    assert loads == ["second", "now"]
    page.show()
    assert loads == ["second", "now", "on show"]
    controller.close()
