"""Workshop.create: a new file, identified, private, in WAL mode — or nothing at all."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from dxworkshop.store import models as m
from dxworkshop.store.errors import WorkshopExists, WriteFailed
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.workshop import APPLICATION_ID, Workshop
from tests.store.helpers import count, file_mode, fill_programme, listing, pragma, sha256


def test_create_makes_an_identified_file(folder: Path) -> None:
    path = folder / "new.dxw"
    with Workshop.create(path) as workshop:
        assert path.is_file()
        assert workshop.path == path
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    # WAL is persistent: header bytes 18 and 19 (write and read format) are 2.
    assert path.read_bytes()[18:20] == b"\x02\x02"
    assert listing(folder) == ["new.dxw"]


def test_create_runs_initialise_in_the_same_go(folder: Path) -> None:
    path = folder / "filled.dxw"
    Workshop.create(path, fill_programme).close()
    assert count(path, "municipality") == 3
    assert count(path, "department") == 4
    assert count(path, "person") == 4


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_create_makes_the_file_readable_by_its_owner_only(folder: Path) -> None:
    path = folder / "private.dxw"
    with Workshop.create(path) as workshop:
        assert file_mode(path) == 0o600
        assert file_mode(path.with_name(path.name + ".lock")) == 0o600
        with workshop.session() as session:
            session.add(m.Person(name="山田 花子"))
            session.flush()
            # SQLite gives its side files the permissions of the database file.
            assert file_mode(path.with_name(path.name + "-wal")) == 0o600
            session.commit()
    assert file_mode(path) == 0o600


def test_create_refuses_an_existing_path(folder: Path) -> None:
    path = folder / "taken.dxw"
    path.write_bytes(b"somebody's notes")
    before = sha256(path)
    with pytest.raises(WorkshopExists) as caught:
        Workshop.create(path)
    assert caught.value.path == path
    assert sha256(path) == before
    assert listing(folder) == ["taken.dxw"]


def test_create_refuses_an_existing_workshop(workshop_file: Path) -> None:
    before = sha256(workshop_file)
    with pytest.raises(WorkshopExists):
        Workshop.create(workshop_file)
    assert sha256(workshop_file) == before


def test_create_in_a_missing_folder_fails_cleanly(folder: Path) -> None:
    with pytest.raises(WriteFailed):
        Workshop.create(folder / "nowhere" / "new.dxw")
    assert listing(folder) == []


def test_a_failing_initialise_leaves_nothing_behind(folder: Path) -> None:
    def initialise(session: Session) -> None:
        session.add(m.Municipality(name="甲市"))
        session.flush()
        raise ValueError("the template is broken")

    with pytest.raises(ValueError, match="template is broken"):
        Workshop.create(folder / "new.dxw", initialise)
    assert listing(folder) == []


def test_a_failing_initialise_after_commit_leaves_nothing_behind(folder: Path) -> None:
    def initialise(session: Session) -> None:
        session.add(m.Municipality(name="甲市"))
        session.commit()  # some rows already in the temporary file
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        Workshop.create(folder / "new.dxw", initialise)
    assert listing(folder) == []


def test_engine_connections_have_the_durability_pragmas(folder: Path) -> None:
    with Workshop.create(folder / "p.dxw") as workshop, workshop.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_sessions_enforce_foreign_keys(folder: Path) -> None:
    with Workshop.create(folder / "fk.dxw", fill_programme) as workshop:
        with workshop.session() as session:
            city = session.exec(select(m.Municipality).where(m.Municipality.name == "甲市")).one()
            session.delete(city)
            session.commit()
        with workshop.session() as session:
            # ON DELETE CASCADE removed the departments of 甲市 and nothing else.
            assert len(session.exec(select(m.Department)).all()) == 2


def test_an_edit_is_in_the_file_when_the_session_commits(folder: Path) -> None:
    path = folder / "durable.dxw"
    with Workshop.create(path) as workshop:
        with workshop.session() as session:
            session.add(m.Municipality(name="丙村"))
            session.commit()
        # Another connection, as after a crash of this process, sees the committed row.
        assert count(path, "municipality") == 1


def test_a_constraint_broken_by_initialise_stays_a_constraint_error(folder: Path) -> None:
    def initialise(session: Session) -> None:
        session.add(m.Criterion(code="effect", name="効果"))
        session.add(m.Criterion(code="effect", name="効果（重複）"))

    with pytest.raises(IntegrityError):
        Workshop.create(folder / "new.dxw", initialise)
    assert listing(folder) == []
