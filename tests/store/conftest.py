"""Fixtures for the workshop-file tests: each test gets its own folder and files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxworkshop.store.workshop import Workshop
from tests.store.helpers import fill_programme


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding only what the test puts there (tmp_path also holds the home)."""
    path = tmp_path / "files"
    path.mkdir()
    return path


@pytest.fixture
def workshop_file(folder: Path) -> Path:
    """A closed workshop file with a small programme in it."""
    path = folder / "programme.dxw"
    Workshop.create(path, fill_programme).close()
    return path
