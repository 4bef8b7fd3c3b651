"""UI test fixtures: a main window on a real programme file, with preferences in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.preferences import Preferences


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    p = Preferences(settings)
    p.set("ui/language", "ja")
    return p


@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    path = tmp_path / "研修.dxw"
    new_programme(
        path,
        "令和8年度 業務改善研修",
        fiscal_year=2026,
        organiser="岡山県",
        start_date=dt.date(2026, 9, 1),
    ).close()
    return path


@pytest.fixture
def controller(programme_file: Path) -> Iterator[WorkshopController]:
    c = WorkshopController(Workshop.open(programme_file, backup_on_open=False))
    yield c
    c.close()
