"""Workshop.open refuses what it cannot edit, with a typed error, and writes nothing.

Each refusal checks that the file's bytes are unchanged and that the folder holds
exactly what it held before: no lock, no -wal/-shm, no temporary file.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from dxworkshop.store.errors import (
    DamagedFile,
    ForeignDatabase,
    NewerVersion,
    NotAFile,
    NotAWorkshopFile,
    PermissionDenied,
    StoreError,
    WorkshopNotFound,
)
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.workshop import Workshop, inspect_file
from tests.store.helpers import listing, sha256


def assert_refused(
    path: Path, expected: type[StoreError] | tuple[type[StoreError], ...]
) -> StoreError:
    """Open *path*, expect a typed refusal, and check nothing was written or left."""
    folder = path.parent
    before_files = listing(folder)
    before_bytes = sha256(path) if path.is_file() else None
    with pytest.raises(expected) as caught:
        Workshop.open(path)
    assert isinstance(caught.value, StoreError)
    assert caught.value.path == path
    assert str(caught.value).strip()
    if before_bytes is not None:
        assert sha256(path) == before_bytes
    assert listing(folder) == before_files
    return caught.value


def set_user_version(path: Path, version: int) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version={version}")
        conn.commit()


def test_random_bytes_are_not_a_workshop_file(folder: Path) -> None:
    path = folder / "noise.dxw"
    path.write_bytes(random.Random(7).randbytes(8192))
    assert_refused(path, NotAWorkshopFile)


def test_a_word_document_renamed_is_not_a_workshop_file(folder: Path) -> None:
    path = folder / "report.dxw"
    path.write_bytes(b"PK\x03\x04" + bytes(4096))
    assert_refused(path, NotAWorkshopFile)


def test_an_empty_file_is_not_a_workshop_file(folder: Path) -> None:
    path = folder / "empty.dxw"
    path.touch()
    err = assert_refused(path, NotAWorkshopFile)
    assert "empty" in str(err)
    assert path.stat().st_size == 0


@pytest.mark.parametrize("where", ["10", "100", "1024", "half", "len-1"])
def test_a_truncated_file_is_refused(workshop_file: Path, where: str) -> None:
    data = workshop_file.read_bytes()
    offset = {"half": len(data) // 2, "len-1": len(data) - 1}.get(where) or int(where)
    assert len(data) > 4 * 4096  # several pages, so every cut is inside the database
    path = workshop_file.with_name(f"cut-{where}.dxw")
    path.write_bytes(data[:offset])
    workshop_file.unlink()
    err = assert_refused(path, (DamagedFile, NotAWorkshopFile))
    if offset >= 100:
        # Cut after the header: the file is recognisably ours but incomplete. SQLite
        # reads a missing tail as zeros, so the cut of the last byte needs the size check.
        assert isinstance(err, DamagedFile)


def test_a_file_cut_at_a_page_boundary_is_damaged(workshop_file: Path) -> None:
    data = workshop_file.read_bytes()
    path = workshop_file.with_name("cut-pages.dxw")
    path.write_bytes(data[: len(data) - 4096])
    assert_refused(path, DamagedFile)


def test_flipped_bytes_inside_pages_are_damage(workshop_file: Path) -> None:
    data = bytearray(workshop_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        start = page * page_size
        for k in range(8):  # the b-tree page header
            data[start + k] ^= 0xA5
    path = workshop_file.with_name("flipped.dxw")
    path.write_bytes(bytes(data))
    assert_refused(path, DamagedFile)


def test_a_malformed_schema_is_damage_not_a_raw_sqlite_error(workshop_file: Path) -> None:
    with closing(sqlite3.connect(workshop_file)) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql='CREATE TABLE person(' WHERE name='person'")
        conn.commit()
    assert_refused(workshop_file, DamagedFile)


def test_another_applications_sqlite_is_foreign(folder: Path) -> None:
    path = folder / "address-book.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE contact (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contact VALUES ('佐藤', '000-0000')")
        conn.commit()
    assert_refused(path, ForeignDatabase)


def test_another_applications_sqlite_in_use_is_foreign_and_untouched(folder: Path) -> None:
    # The other application has the file open in WAL mode: -wal and -shm exist.
    path = folder / "browser-history.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE visit (url TEXT)")
        conn.commit()
        assert (folder / "browser-history.sqlite-wal").exists()
        assert_refused(path, ForeignDatabase)


def test_a_file_from_a_newer_version_is_refused(workshop_file: Path) -> None:
    set_user_version(workshop_file, SCHEMA_VERSION + 1)
    err = assert_refused(workshop_file, NewerVersion)
    assert isinstance(err, NewerVersion)
    assert err.file_version == SCHEMA_VERSION + 1
    assert err.supported == SCHEMA_VERSION


def test_a_newer_file_with_a_stray_wal_gets_no_shm(workshop_file: Path) -> None:
    """A WAL without its -shm: SQLite would create a -shm it could not remove again."""
    folder = workshop_file.parent
    with closing(sqlite3.connect(workshop_file)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        conn.commit()
        shutil.copyfile(f"{workshop_file}-wal", folder / "kept-wal")
    # The last close checkpointed and removed the WAL; put the un-checkpointed one back.
    set_user_version(workshop_file, SCHEMA_VERSION)
    shutil.move(folder / "kept-wal", f"{workshop_file}-wal")
    assert not Path(f"{workshop_file}-shm").exists()
    err = assert_refused(workshop_file, NewerVersion)
    assert isinstance(err, NewerVersion)
    assert err.file_version == SCHEMA_VERSION + 1  # the WAL was read, not ignored


def test_a_folder_is_not_a_file(folder: Path) -> None:
    path = folder / "looks-like.dxw"
    path.mkdir()
    assert_refused(path, NotAFile)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_a_named_pipe_is_not_a_file(folder: Path) -> None:
    path = folder / "pipe.dxw"
    os.mkfifo(path)
    assert_refused(path, NotAFile)  # and does not block reading it


def test_a_missing_file_is_not_found(folder: Path) -> None:
    assert_refused(folder / "gone.dxw", WorkshopNotFound)
    assert listing(folder) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read every file")
def test_an_unreadable_file_is_permission_denied(workshop_file: Path) -> None:
    workshop_file.chmod(0)
    try:
        assert_refused(workshop_file, PermissionDenied)
    finally:
        workshop_file.chmod(0o600)


def test_inspect_file_identifies_a_good_file(workshop_file: Path) -> None:
    before = listing(workshop_file.parent)
    info = inspect_file(workshop_file)
    assert info.schema_version == SCHEMA_VERSION
    assert listing(workshop_file.parent) == before


def test_a_refused_open_releases_the_lock_for_the_next_try(workshop_file: Path) -> None:
    set_user_version(workshop_file, SCHEMA_VERSION + 1)
    assert_refused(workshop_file, NewerVersion)
    set_user_version(workshop_file, SCHEMA_VERSION)
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        assert not workshop.closed
