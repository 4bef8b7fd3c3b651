"""The open workshop: sessions, typed failures of the file, and a clean close."""

from __future__ import annotations

import logging
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import select

from dxworkshop.store import models as m
from dxworkshop.store.errors import WriteFailed
from dxworkshop.store.workshop import Workshop
from tests.store.helpers import count, listing, snapshot


def test_close_leaves_one_self_contained_file(workshop_file: Path, tmp_path: Path) -> None:
    workshop = Workshop.open(workshop_file, backup_root=tmp_path / "backups")
    with workshop.session() as session:
        session.add(m.Municipality(name="丁市"))
        session.commit()
    workshop.backup_now()
    workshop.save_as(workshop_file.with_name("copy.dxw"))
    with workshop.session() as session:
        session.exec(select(m.Person)).all()
    workshop.close()
    assert workshop.closed
    # No -wal, -shm, lock or temporary file: the file can be mailed or copied as is.
    assert listing(workshop_file.parent) == sorted([workshop_file.name, "copy.dxw"])
    assert count(workshop_file, "municipality") == 4


def test_a_closed_workshop_refuses_new_sessions(workshop_file: Path) -> None:
    workshop = Workshop.open(workshop_file, backup_on_open=False)
    workshop.close()
    workshop.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"), workshop.session():
        pass
    assert workshop.backup_now() is None
    assert listing(workshop_file.parent) == [workshop_file.name]


def test_a_busy_file_is_a_write_failure(workshop_file: Path) -> None:
    with (
        Workshop.open(workshop_file, backup_on_open=False) as workshop,
        closing(sqlite3.connect(workshop_file, isolation_level=None)) as other,
    ):
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(WriteFailed) as caught, workshop.session() as session:
                # No waiting in a test: give up at once instead of after busy_timeout.
                session.connection().exec_driver_sql("PRAGMA busy_timeout=0")
                session.add(m.Municipality(name="書けない市"))
                session.commit()
            assert caught.value.path == workshop_file
            assert isinstance(caught.value.__cause__, OperationalError)
        finally:
            other.execute("ROLLBACK")


def test_programming_errors_are_not_disguised_as_file_errors(workshop_file: Path) -> None:
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        with pytest.raises(OperationalError, match="no such column"), workshop.session() as s:
            s.connection().exec_driver_sql("SELECT nonsense FROM municipality")
        with pytest.raises(IntegrityError), workshop.session() as session:
            session.add(m.Criterion(code="effect", name="効果"))
            session.add(m.Criterion(code="effect", name="効果（重複）"))
            session.commit()


def test_a_failed_automatic_backup_does_not_stop_the_user(
    workshop_file: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_folder = tmp_path / "backups"
    not_a_folder.write_text("a file where the backup folder should be")
    with (
        caplog.at_level(logging.WARNING, logger="dxworkshop.store.workshop"),
        Workshop.open(workshop_file, backup_root=not_a_folder) as workshop,
    ):
        assert workshop.backup_now() is None
        with workshop.session() as session:
            session.add(m.Municipality(name="丁市"))
            session.commit()
    assert "automatic backup" in caplog.text


ODD_NAME = "研修 #1 100%.dxw" if sys.platform == "win32" else "研修 #1 100%?.dxw"


def test_names_with_spaces_hashes_percents_and_japanese(folder: Path, tmp_path: Path) -> None:
    path = folder / ODD_NAME
    copy = folder / ("写し " + ODD_NAME)
    with Workshop.create(path, backup_root=tmp_path / "backups") as workshop:
        with workshop.session() as session:
            session.add(m.Municipality(name="甲市"))
            session.commit()
        backup = workshop.backup_now()
        assert backup is not None
        workshop.save_as(copy)
    assert sorted(listing(folder)) == sorted([path.name, copy.name])
    for candidate in (path, copy, backup):
        with (
            Workshop.open(candidate, backup_on_open=False) as reopened,
            reopened.session() as session,
        ):
            assert session.exec(select(m.Municipality.name)).all() == ["甲市"]
    assert snapshot(copy) == snapshot(path)
