"""One opener at a time: the lock names its holder, is released on close, and a lock
left by a killed process is taken over (with the work it had committed)."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import select

from dxworkshop.store import models as m
from dxworkshop.store.errors import FileLocked
from dxworkshop.store.lock import WorkshopLock, lock_path_for
from dxworkshop.store.workshop import Workshop
from tests.store.helpers import listing, sha256

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process signals")

# The child opens the file, optionally commits a row while keeping a second connection
# open (so the commit stays in the WAL, as when an app is killed mid-session), says
# "ready" and waits for its stdin to close. No sleeping anywhere.
CHILD = """
import sys
from pathlib import Path
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

workshop = Workshop.open(Path(sys.argv[1]), backup_on_open=False)
held = None
if sys.argv[2] == "write":
    held = workshop.engine.connect()
    held.exec_driver_sql("SELECT 1").fetchall()
    with workshop.session() as session:
        session.add(m.Municipality(name="written before the crash"))
        session.commit()
print("ready", flush=True)
sys.stdin.read()
if held is not None:
    held.close()
workshop.close()
print("closed", flush=True)
"""


@contextmanager
def child_holding(path: Path, mode: str = "hold") -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None and proc.stderr is not None
    try:
        line = proc.stdout.readline()  # blocks until the child has the file open
        if line.strip() != "ready":
            proc.wait()
            pytest.fail(f"child did not start: {line!r} {proc.stderr.read()}")
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()


def test_a_second_open_is_refused_and_names_the_holder(workshop_file: Path) -> None:
    with Workshop.open(workshop_file, backup_on_open=False):
        with pytest.raises(FileLocked) as caught:
            Workshop.open(workshop_file, backup_on_open=False)
        holder = caught.value.holder
        assert holder is not None
        assert holder.pid == os.getpid()
        assert holder.host == socket.gethostname()
        assert holder.user
        assert str(os.getpid()) in str(caught.value)
        assert holder.host in str(caught.value)


def test_after_close_the_file_opens_again(workshop_file: Path) -> None:
    Workshop.open(workshop_file, backup_on_open=False).close()
    assert not lock_path_for(workshop_file).exists()
    with (
        Workshop.open(workshop_file, backup_on_open=False) as workshop,
        workshop.session() as session,
    ):
        assert session.exec(select(m.Municipality)).all()


def test_close_is_idempotent_and_releases_only_once(workshop_file: Path) -> None:
    first = Workshop.open(workshop_file, backup_on_open=False)
    first.close()
    second = Workshop.open(workshop_file, backup_on_open=False)
    first.close()  # must not remove the lock the second opener holds
    assert lock_path_for(workshop_file).exists()
    with pytest.raises(FileLocked):
        Workshop.open(workshop_file, backup_on_open=False)
    second.close()


def test_a_lock_held_by_a_live_process_is_refused(workshop_file: Path) -> None:
    with child_holding(workshop_file) as child:
        before = sha256(workshop_file)
        with pytest.raises(FileLocked) as caught:
            Workshop.open(workshop_file, backup_on_open=False)
        holder = caught.value.holder
        assert holder is not None
        assert holder.pid == child.pid
        assert holder.host == socket.gethostname()
        assert sha256(workshop_file) == before
        # The child ends normally: closing its stdin lets it close the workshop.
        assert child.stdin is not None and child.stdout is not None
        child.stdin.close()
        assert child.stdout.readline().strip() == "closed"
        assert child.wait() == 0
    assert not lock_path_for(workshop_file).exists()
    Workshop.open(workshop_file, backup_on_open=False).close()


def test_a_stale_lock_of_a_killed_process_is_taken_over(workshop_file: Path) -> None:
    with child_holding(workshop_file) as child:
        child.kill()
        child.wait()
    lock_file = lock_path_for(workshop_file)
    assert json.loads(lock_file.read_text())["pid"] == child.pid  # left behind
    with Workshop.open(workshop_file, backup_on_open=False):
        assert json.loads(lock_file.read_text())["pid"] == os.getpid()
    assert listing(workshop_file.parent) == [workshop_file.name]


def test_work_committed_before_a_kill_survives_and_the_lock_is_taken_over(
    workshop_file: Path,
) -> None:
    with child_holding(workshop_file, "write") as child:
        child.kill()
        child.wait()
    # The kill left the lock, the WAL holding the committed row, and the -shm.
    assert {"-wal", "-shm", ".lock"} <= {
        name.removeprefix(workshop_file.name) for name in listing(workshop_file.parent)
    }
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        with workshop.session() as session:
            names = session.exec(select(m.Municipality.name)).all()
        assert "written before the crash" in names
    # Closed by the last connection: one self-contained file again.
    assert listing(workshop_file.parent) == [workshop_file.name]


def test_a_fresh_unreadable_lock_is_respected(workshop_file: Path) -> None:
    lock_file = lock_path_for(workshop_file)
    lock_file.write_text("{half-writ")  # another opener is still writing it
    with pytest.raises(FileLocked) as caught:
        Workshop.open(workshop_file, backup_on_open=False)
    assert caught.value.holder is None
    assert lock_file.read_text() == "{half-writ"


def test_an_old_unreadable_lock_is_taken_over(workshop_file: Path) -> None:
    lock_file = lock_path_for(workshop_file)
    lock_file.write_text("")  # a crash between creating and writing the lock
    an_hour_ago = lock_file.stat().st_mtime - 3600
    os.utime(lock_file, (an_hour_ago, an_hour_ago))
    Workshop.open(workshop_file, backup_on_open=False).close()
    assert not lock_file.exists()


def test_a_lock_from_another_host_is_never_taken_over(workshop_file: Path) -> None:
    lock_file = lock_path_for(workshop_file)
    # No such process here, but processes on another machine are not ours to judge.
    holder = {"pid": 999_999_999, "host": "other-pc.example", "user": "suzuki", "since": "x"}
    lock_file.write_text(json.dumps(holder))
    with pytest.raises(FileLocked) as caught:
        Workshop.open(workshop_file, backup_on_open=False)
    assert caught.value.holder is not None
    assert caught.value.holder.host == "other-pc.example"
    assert "suzuki" in str(caught.value)


def test_the_lock_records_who_holds_it(workshop_file: Path) -> None:
    lock = WorkshopLock(workshop_file)
    lock.acquire()
    try:
        data = json.loads(lock.lock_file.read_text(encoding="utf-8"))
        assert data["pid"] == os.getpid()
        assert data["host"] == socket.gethostname()
        try:
            expected_user = getpass.getuser()
        except Exception:  # no login name in some containers
            expected_user = "unknown"
        assert data["user"] == expected_user
        assert lock.held
    finally:
        lock.release()
    assert not lock.held
    assert not lock.lock_file.exists()
