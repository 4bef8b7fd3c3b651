"""A lock file beside the workshop file: one opener at a time, the holder named.

Pure Python (no Qt below the UI): the lock is created with O_EXCL and holds the
holder's pid, host and user. A lock whose process is gone on this host is stale and
is taken over, as QLockFile does.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from dxworkshop.store.errors import FileLocked, LockHolder, PermissionDenied, WriteFailed


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; a lock still needs a holder
        return "unknown"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def read_holder(lock_file: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockHolder(
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data["user"]),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class WorkshopLock:
    """Holds ``<file>.lock`` while a workshop file is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_file = lock_path_for(path)
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> None:
        """Take the lock or raise FileLocked naming its holder; a stale lock is taken over."""
        for _attempt in range(2):
            try:
                fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                holder = read_holder(self.lock_file)
                if self._is_stale(holder):
                    try:
                        self.lock_file.unlink()
                    except FileNotFoundError:
                        pass
                    except OSError:  # e.g. a folder named like the lock: not ours to remove
                        raise FileLocked(self.path, holder) from None
                    continue
                raise FileLocked(self.path, holder) from None
            except PermissionError as exc:
                raise PermissionDenied(self.path, f"cannot create {self.lock_file.name}") from exc
            except OSError as exc:
                if exc.errno == errno.EROFS:
                    raise PermissionDenied(self.path, "the folder is read-only") from exc
                raise WriteFailed(self.path, f"cannot create {self.lock_file.name}: {exc}") from exc
            info = {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "user": _current_user(),
                "since": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
                "app": "dxworkshop",
            }
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(info, fh)
            except OSError as exc:
                # A half-written lock would block the file for a minute: remove it.
                with contextlib.suppress(OSError):
                    self.lock_file.unlink()
                raise WriteFailed(self.path, f"cannot write {self.lock_file.name}: {exc}") from exc
            self._held = True
            return
        raise FileLocked(self.path, read_holder(self.lock_file))

    def _is_stale(self, holder: LockHolder | None) -> bool:
        if holder is None:
            # Unreadable lock: written half-way by a crash, or by something else. Only a
            # lock older than a minute is treated as abandoned.
            try:
                age = datetime.now().timestamp() - self.lock_file.stat().st_mtime
            except FileNotFoundError:
                return True
            return age > 60
        if holder.host != socket.gethostname():
            return False  # cannot see processes on another machine
        if holder.pid == os.getpid():
            return False  # this process already holds it
        return not _pid_alive(holder.pid)

    def release(self) -> None:
        if self._held:
            with contextlib.suppress(FileNotFoundError):
                self.lock_file.unlink()
            self._held = False
