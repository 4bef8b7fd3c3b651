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
import uuid
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


#: errno values of os.link on a file system without hard links (or across devices).
_NO_HARD_LINKS = frozenset(
    getattr(errno, name)
    for name in ("EPERM", "EOPNOTSUPP", "ENOTSUP", "ENOSYS", "EXDEV", "EMLINK")
    if hasattr(errno, name)
)


def _write_new(path: Path, data: bytes) -> None:
    """Create *path* (it must not exist) holding *data*; nothing is left on failure."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


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
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _current_user(),
            "since": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
            "app": "dxworkshop",
        }
        data = json.dumps(info).encode("utf-8")
        for _attempt in range(2):
            try:
                created = self._create(data)
            except PermissionError as exc:
                raise PermissionDenied(self.path, f"cannot create {self.lock_file.name}") from exc
            except OSError as exc:
                if exc.errno == errno.EROFS:
                    raise PermissionDenied(self.path, "the folder is read-only") from exc
                raise WriteFailed(self.path, f"cannot create {self.lock_file.name}: {exc}") from exc
            if created:
                self._held = True
                return
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
        raise FileLocked(self.path, read_holder(self.lock_file))

    def _create(self, data: bytes) -> bool:
        """Create the lock file holding *data*; False when a lock file is there already.

        The lock is written under a temporary name and hard-linked into place, so it
        never exists without its holder in it: a process killed while taking the lock
        leaves at worst a stray temporary file, not an empty lock that keeps everyone
        out for a minute. Without hard links (FAT drives): create-exclusive, one write.
        """
        tmp = self.lock_file.with_name(f".{self.lock_file.name}.{uuid.uuid4().hex[:8]}.tmp")
        _write_new(tmp, data)
        try:
            os.link(tmp, self.lock_file)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            try:
                _write_new(self.lock_file, data)
            except FileExistsError:
                return False
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        return True

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
