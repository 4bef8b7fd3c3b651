"""R4 locking, between real processes: a second process is refused with the holder named;
a lock left by a killed process is taken over, through the services and the CLI alike.

``tests/store/test_lock.py`` covers the lock inside one process and a child holding it;
its ``child_holding`` helper is reused here.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from dxworkshop.store import models as m
from dxworkshop.store.lock import WorkshopLock, lock_path_for
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import ROOT
from tests.store.helpers import listing, sha256
from tests.store.test_lock import child_holding

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process signals")

# Another process tries to open the file and says how that went, as one JSON line.
TRY_OPEN = """
import json, sys
from pathlib import Path
from dxworkshop.store.errors import StoreError
from dxworkshop.store.workshop import Workshop
try:
    Workshop.open(Path(sys.argv[1]), backup_on_open=False).close()
except StoreError as err:
    holder = getattr(err, "holder", None)
    print(json.dumps({"error": type(err).__name__, "message": str(err),
                      "holder": holder.__dict__ if holder else None}))
else:
    print(json.dumps({"error": None}))
"""

# Opens the file, but is killed the moment its lock file exists (an audit hook sees every
# file operation), before it can do anything else: the worst time to die.
DIE_WITH_THE_LOCK = """
import os, signal, sys
from pathlib import Path
from dxworkshop.store.workshop import Workshop
path = Path(sys.argv[1])
lock = str(path.with_name(path.name + ".lock"))
busy = False
def hook(event, args):
    global busy
    if busy:
        return
    busy = True
    if os.path.exists(lock):
        os.kill(os.getpid(), signal.SIGKILL)
    busy = False
sys.addaudithook(hook)
Workshop.open(path, backup_on_open=False)
print("survived")
"""


def try_open(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", TRY_OPEN, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def dxworkshop(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; the lock says "unknown"
        return "unknown"


def test_another_process_is_refused_and_told_who_holds_the_file(demo_file: Path) -> None:
    with Workshop.open(demo_file, backup_on_open=False):
        result = try_open(demo_file)
    assert result["error"] == "FileLocked"
    assert result["holder"] == {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": this_user(),
        "since": result["holder"]["since"],  # type: ignore[index]
    }
    message = str(result["message"])
    assert f"process {os.getpid()}" in message
    assert socket.gethostname() in message and this_user() in message
    assert str(demo_file) in message


def test_a_third_process_is_refused_while_a_second_holds_it(demo_file: Path) -> None:
    with child_holding(demo_file) as holder:
        before = sha256(demo_file)
        result = try_open(demo_file)
        assert result["error"] == "FileLocked"
        assert f"process {holder.pid}" in str(result["message"])
        assert sha256(demo_file) == before


def test_the_cli_is_refused_then_takes_over_the_lock_of_a_killed_holder(
    demo_file: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("氏名,市町村,所属\n鍵田 守,岡山市,総務課\n錠前 開,岡山市,情報政策課\n")
    with child_holding(demo_file) as holder:
        before = sha256(demo_file)
        refused = dxworkshop("import-roster", str(demo_file), str(roster))
        lines = [line for line in refused.stderr.splitlines() if line.strip()]
        assert refused.returncode == 1, refused.stderr
        assert len(lines) == 1 and "Traceback" not in refused.stderr, refused.stderr
        assert "already open by" in lines[0] and f"process {holder.pid}" in lines[0]
        assert sha256(demo_file) == before
        # Reading is not blocked by the holder.
        assert dxworkshop("check", str(demo_file)).returncode == 0

        holder.kill()
        holder.wait()
    assert json.loads(lock_path_for(demo_file).read_text())["pid"] == holder.pid  # left behind

    imported = dxworkshop("import-roster", str(demo_file), str(roster))
    assert imported.returncode == 0, imported.stderr
    assert "2 people imported" in imported.stdout
    assert not lock_path_for(demo_file).exists()
    with Workshop.open(demo_file, backup_on_open=False) as workshop, workshop.session() as s:
        names = set(s.exec(select(m.Person.name)).all())
    assert {"鍵田 守", "錠前 開"} <= names


def test_a_process_killed_as_its_lock_appears_leaves_a_lock_that_is_taken_over(
    demo_file: Path,
) -> None:
    # The lock used to be created empty and filled in afterwards: killed in between, it
    # named no holder and kept everyone out for a minute.
    child = subprocess.Popen(
        [sys.executable, "-c", DIE_WITH_THE_LOCK, str(demo_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, (out, err)
    lock_file = lock_path_for(demo_file)
    assert json.loads(lock_file.read_text())["pid"] == child.pid
    with Workshop.open(demo_file, backup_on_open=False):
        assert json.loads(lock_file.read_text())["pid"] == os.getpid()
    assert not lock_file.exists()


def test_without_hard_links_the_lock_still_names_its_holder(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT drives have no hard links: the lock is then created and written in one go."""

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    lock = WorkshopLock(demo_file)
    lock.acquire()
    try:
        assert json.loads(lock.lock_file.read_text())["pid"] == os.getpid()
        assert listing(demo_file.parent) == sorted([demo_file.name, lock.lock_file.name])
        result = try_open(demo_file)
        assert result["error"] == "FileLocked" and f"process {os.getpid()}" in str(
            result["message"]
        )
    finally:
        lock.release()
    assert listing(demo_file.parent) == [demo_file.name]
