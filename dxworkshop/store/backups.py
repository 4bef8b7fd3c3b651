"""Consistent copies of a workshop file (SQLite backup API) and rotating automatic backups."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import stat
import sys
import urllib.parse
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dxworkshop.store.outputs import private_folder
from dxworkshop.store.schema import distrust_schema

DEFAULT_KEEP = 10
BUSY_TIMEOUT_S = 5.0

#: Files SQLite keeps beside a database; a stale one would be replayed into a new file.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def sqlite_uri(path: Path, **params: str) -> str:
    """An SQLite ``file:`` URI for *path*: ``?``, ``#``, ``%`` and spaces in names are escaped."""
    quoted = urllib.parse.quote(path.resolve().as_posix(), safe="/:")
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{quoted}" + (f"?{query}" if query else "")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def remove_side_files(path: Path) -> None:
    """Remove ``-wal``/``-shm``/``-journal`` beside *path*; only when nothing has it open."""
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            side_file(path, suffix).unlink()


def _fsync_dir(folder: Path) -> None:
    # The rename into place is durable only once the folder itself is synced (POSIX).
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_database(source: Path, dest: Path) -> None:
    """Copy *source* to *dest* atomically through the backup API (safe while open).

    The source is opened read-write (never created: ``mode=rw``) on purpose: a read-only
    connection to a WAL file creates ``-wal``/``-shm`` beside it and, being unable to
    checkpoint, leaves them behind when it is the last connection to close.
    """
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(sqlite_uri(source, mode="rw"), uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            distrust_schema(src)
            dst = sqlite3.connect(tmp)
            try:
                distrust_schema(dst)
                src.backup(dst)
                # A copy is a standalone file: no WAL beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if sys.platform != "win32":
            os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        # Whatever stood at *dest* before is replaced; its WAL or journal must not be
        # replayed into the new file on the next open.
        remove_side_files(dest)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        remove_side_files(tmp)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _make_private_folder(folder: Path) -> None:
    """Create *folder*, and the parents it lacks, readable by the owner only, whatever the
    umask: a folder others may write to would let them move or replace the backups in it.
    Folders that already existed above it are left as they are.
    """
    private_folder(folder)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            os.chmod(folder, stat.S_IRWXU)


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    size: int


class BackupRotation:
    """Timestamped copies of one workshop file in its own folder, the oldest dropped."""

    def __init__(self, folder: Path, stem: str, keep: int = DEFAULT_KEEP) -> None:
        if keep < 1:
            raise ValueError("keep must be at least 1")
        self.folder = folder
        self.stem = stem
        self.keep = keep
        # Names are matched literally: a stem such as "研修[2026]" is not a glob pattern.
        self._name = re.compile(re.escape(stem) + r"-(\d{8}-\d{6}-\d{6})(?:-(\d+))?\.dxw")

    @classmethod
    def for_file(cls, path: Path, root: Path, keep: int = DEFAULT_KEEP) -> BackupRotation:
        # One folder per file, named by the file and a hash of its full path so two
        # programmes with the same name in different folders never mix.
        digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
        return cls(root / f"{path.stem}-{digest}", path.stem, keep)

    def take(self, source: Path) -> Path:
        _make_private_folder(self.folder)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = self.folder / f"{self.stem}-{stamp}.dxw"
        counter = 1
        while dest.exists():  # never overwrite an earlier backup
            dest = self.folder / f"{self.stem}-{stamp}-{counter}.dxw"
            counter += 1
        copy_database(source, dest)
        self._prune()
        return dest

    def entries(self) -> list[BackupEntry]:
        """Backups newest first."""
        if not self.folder.is_dir():
            return []
        found: list[tuple[tuple[str, int], BackupEntry]] = []
        for p in self.folder.iterdir():
            match = self._name.fullmatch(p.name)
            if match is None:
                continue
            try:
                st = p.stat()
            except FileNotFoundError:  # pruned meanwhile
                continue
            key = (match.group(1), int(match.group(2) or 0))
            found.append((key, BackupEntry(p, datetime.fromtimestamp(st.st_mtime), st.st_size)))
        found.sort(key=lambda item: item[0], reverse=True)
        return [entry for _key, entry in found]

    def _prune(self) -> None:
        for entry in self.entries()[self.keep :]:
            with contextlib.suppress(OSError):
                entry.path.unlink()
