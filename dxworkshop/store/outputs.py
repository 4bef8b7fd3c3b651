"""Files the app writes for people to read — JSON dumps, Word and PDF documents — and the
folders it makes for them: written atomically, readable by their owner only, and never
over a workshop file.

One home for the overwrite rule: an SQLite database (a workshop file, ours or another
program's) in the way is never replaced, whatever the caller asks; any other existing
file is replaced only when the caller says so (``--force``, or the user answered the
question). Without permission the new file is linked into place, so even a file that
appears after the check is not replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path

from dxworkshop.store.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"


class DocumentExists(StoreError):
    """A file of the name is there already and the caller did not allow replacing it."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "a file with this name already exists (not replaced)")


class DatabaseInTheWay(StoreError):
    """The target is an SQLite database: never replaced, not even with --force."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path, "is an SQLite database (a workshop file?): it is never replaced by a document"
        )


def is_sqlite_file(path: Path) -> bool:
    """Whether *path* is a regular file starting with SQLite's header (any application)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def existing_targets(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files that exist, those of them that are SQLite databases) among *paths*.

    A folder of the name is neither: writing that one document fails on its own.
    """
    existing = [p for p in paths if p.is_file() or p.is_symlink()]
    return existing, [p for p in existing if is_sqlite_file(p)]


def check_target(path: Path, *, replace: bool) -> None:
    """Raise unless a new document may be written at *path* (see the module's rule)."""
    if not (path.is_file() or path.is_symlink()):
        return
    if is_sqlite_file(path):
        raise DatabaseInTheWay(path)
    if not replace:
        raise DocumentExists(path)


def owner_only(path: Path) -> None:
    """Personal data: readable and writable by the owner only (no-op on Windows)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def private_folder(folder: Path) -> None:
    """Make *folder* and any missing parent, each owner-only (0700) whatever the umask.

    Folders that existed already are left as they are (a folder the user chose, say).
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for made in reversed(missing):
        made.mkdir(exist_ok=True)
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.chmod(made, stat.S_IRWXU)


def temporary_beside(path: Path) -> Path:
    """A new, empty, owner-only file ``.NAME.xxxxxxxx.tmp`` beside *path*."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if sys.platform != "win32":
            os.fchmod(fd, stat.S_IRUSR | stat.S_IWUSR)  # the umask may have widened it
    finally:
        os.close(fd)
    return tmp


def place(tmp: Path, path: Path, *, replace: bool) -> Path:
    """Move the finished *tmp* (beside *path*) to *path*; *tmp* is gone afterwards."""
    try:
        check_target(path, replace=replace)
        owner_only(tmp)
        if replace:
            os.replace(tmp, path)
            return path
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise DocumentExists(path) from None
        except OSError:  # no hard links here (e.g. FAT): check again, then rename
            if path.exists():
                raise DocumentExists(path) from None
            os.replace(tmp, path)
        return path
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_private(path: Path, data: bytes, *, replace: bool) -> Path:
    """Write *data* to *path* atomically, owner-only, under the overwrite rule."""
    check_target(path, replace=replace)
    tmp = temporary_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return place(tmp, path, replace=replace)
