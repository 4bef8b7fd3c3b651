"""Fixtures of the reliability suite: a realistic demo programme, made once and copied per test."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from dxworkshop.services.demo import create_demo

#: A fixed day, so the demo (and everything derived from it) is the same on every run.
DEMO_TODAY = dt.date(2026, 4, 1)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo programme (8 municipalities, 40 trainees), closed; never edited."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.dxw"
    create_demo(path, "small", today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    """This test's own copy of the demo, alone in its folder."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "demo.dxw"
    shutil.copyfile(demo_template, path)
    path.chmod(0o600)
    return path
