"""Backups and Save As: consistent copies that open as workshops, kept in rotation."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from dxworkshop.store import models as m
from dxworkshop.store.backups import BackupRotation
from dxworkshop.store.errors import FileLocked, NotAFile, WorkshopExists, WriteFailed
from dxworkshop.store.workshop import Workshop
from tests.store.helpers import count, file_mode, listing, rows_in, sha256, snapshot


def municipality_names(workshop: Workshop) -> list[str]:
    with workshop.session() as session:
        return sorted(session.exec(select(m.Municipality.name)).all())


def test_backup_now_makes_a_copy_that_opens_with_the_same_rows(
    workshop_file: Path, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    with Workshop.open(workshop_file, backup_root=root, backup_on_open=False) as workshop:
        with workshop.session() as session:
            session.add(m.Municipality(name="丁市"))
            session.commit()
        copy = workshop.backup_now()
        assert copy is not None
        assert copy.parent.parent == root
        expected = municipality_names(workshop)
    with Workshop.open(copy, backup_on_open=False) as restored:
        assert municipality_names(restored) == expected
    assert snapshot(copy) == snapshot(workshop_file)
    if sys.platform != "win32":
        assert file_mode(copy) == 0o600


def test_a_backup_is_taken_on_open(workshop_file: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    with Workshop.open(workshop_file, backup_root=root) as workshop:
        assert workshop.backups is not None
        entries = workshop.backups.entries()
    assert len(entries) == 1
    assert snapshot(entries[0].path) == snapshot(workshop_file)


def test_without_a_backup_root_there_are_no_automatic_backups(workshop_file: Path) -> None:
    with Workshop.open(workshop_file) as workshop:
        assert workshop.backup_now() is None
    assert listing(workshop_file.parent) == [workshop_file.name]


def test_rotation_keeps_only_the_newest(workshop_file: Path, tmp_path: Path) -> None:
    rotation = BackupRotation.for_file(workshop_file, tmp_path / "backups", keep=3)
    taken = [rotation.take(workshop_file) for _ in range(5)]
    assert [e.path for e in rotation.entries()] == list(reversed(taken[-3:]))
    assert sorted(p.name for p in rotation.folder.iterdir()) == sorted(p.name for p in taken[-3:])


def test_rotation_through_the_workshop(workshop_file: Path, tmp_path: Path) -> None:
    with Workshop.open(workshop_file, backup_root=tmp_path / "b", backup_on_open=False) as w:
        assert w.backups is not None
        w.backups.keep = 2
        for i in range(4):
            with w.session() as session:
                session.add(m.Municipality(name=f"市{i}"))
                session.commit()
            w.backup_now()
        entries = w.backups.entries()
    assert len(entries) == 2
    # The newest backup holds the last edit; the one before it does not.
    assert count(entries[0].path, "municipality") == count(entries[1].path, "municipality") + 1


def test_rotation_with_a_name_that_looks_like_a_pattern(folder: Path, tmp_path: Path) -> None:
    path = folder / "研修[2026]*.dxw"
    Workshop.create(path).close()
    rotation = BackupRotation.for_file(path, tmp_path / "backups", keep=2)
    taken = [rotation.take(path) for _ in range(3)]
    assert [e.path for e in rotation.entries()] == [taken[2], taken[1]]
    assert not taken[0].exists()


def test_rotation_ignores_files_that_are_not_its_backups(
    workshop_file: Path, tmp_path: Path
) -> None:
    rotation = BackupRotation.for_file(workshop_file, tmp_path / "backups", keep=1)
    rotation.folder.mkdir(parents=True)
    stranger = rotation.folder / f"{workshop_file.stem}-notes.dxw"
    stranger.write_text("mine")
    rotation.take(workshop_file)
    rotation.take(workshop_file)
    assert stranger.read_text() == "mine"
    assert len(rotation.entries()) == 1


def test_save_as_writes_a_consistent_copy_while_the_original_stays_editable(
    workshop_file: Path,
) -> None:
    dest = workshop_file.with_name("copy.dxw")
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        with workshop.session() as session:
            session.add(m.Municipality(name="保存前の市"))
            session.commit()
        with workshop.session() as session:
            # An edit in progress (flushed, not committed) is not part of the copy.
            session.add(m.Municipality(name="未確定の町"))
            session.flush()
            assert workshop.save_as(dest) == dest
            session.rollback()
        saved = municipality_names(workshop)
        with workshop.session() as session:
            session.add(m.Municipality(name="保存後の村"))
            session.commit()
        assert "保存後の村" in municipality_names(workshop)
        with Workshop.open(dest, backup_on_open=False) as copy:
            assert municipality_names(copy) == saved
            assert "未確定の町" not in saved
    assert ("保存後の村",) not in rows_in(dest, "municipality", ["name"])
    assert ("保存前の市",) in rows_in(dest, "municipality", ["name"])
    if sys.platform != "win32":
        assert file_mode(dest) == 0o600
    assert listing(workshop_file.parent) == sorted([workshop_file.name, dest.name])


def test_save_as_onto_the_open_file_is_refused(workshop_file: Path) -> None:
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        with pytest.raises(WorkshopExists):
            workshop.save_as(workshop_file)
        with pytest.raises(WorkshopExists):  # the same file by another spelling
            workshop.save_as(workshop_file.parent / "." / workshop_file.name)
        assert municipality_names(workshop)


def test_save_as_onto_a_file_open_elsewhere_is_refused(workshop_file: Path) -> None:
    other = workshop_file.with_name("other.dxw")
    Workshop.create(other).close()
    with Workshop.open(other, backup_on_open=False) as busy:
        before = sha256(other)
        with (
            Workshop.open(workshop_file, backup_on_open=False) as workshop,
            pytest.raises(FileLocked),
        ):
            workshop.save_as(other)
        assert sha256(other) == before
        assert municipality_names(busy) == []


def test_save_as_onto_a_folder_is_refused(workshop_file: Path) -> None:
    target = workshop_file.with_name("a-folder")
    target.mkdir()
    with Workshop.open(workshop_file, backup_on_open=False) as workshop, pytest.raises(NotAFile):
        workshop.save_as(target)


def test_save_as_over_a_file_with_a_stale_wal_does_not_replay_it(workshop_file: Path) -> None:
    """A WAL left beside the file being replaced belongs to the old file, not the copy."""
    target = workshop_file.with_name("old.dxw")
    Workshop.create(target).close()
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("CREATE TABLE scribble (x)")
        conn.executemany("INSERT INTO scribble VALUES (?)", [(i,) for i in range(500)])
        conn.commit()
        shutil.copyfile(f"{target}-wal", target.with_name("stale-wal"))
    shutil.move(target.with_name("stale-wal"), f"{target}-wal")

    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        workshop.save_as(target)
    assert not Path(f"{target}-wal").exists()
    with Workshop.open(target, backup_on_open=False) as copy:
        assert municipality_names(copy) == [
            "乙町",
            "削除済み村",
            "甲市",
        ]
    assert snapshot(target) == snapshot(workshop_file)


def test_save_as_into_a_missing_folder_is_a_write_failure(workshop_file: Path) -> None:
    dest = workshop_file.parent / "nowhere" / "copy.dxw"
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        with pytest.raises(WriteFailed) as caught:
            workshop.save_as(dest)
        assert caught.value.path == dest
    assert listing(workshop_file.parent) == [workshop_file.name]
