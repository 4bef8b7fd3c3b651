"""Consistent copies of a workshop file (SQLite backup API) and rotating automatic backups."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DEFAULT_KEEP = 10


def copy_database(source: Path, dest: Path) -> None:
    """Copy *source* to *dest* atomically through the backup API (safe while open)."""
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A copy is a standalone file: no WAL beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if sys.platform != "win32":
            os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime
    size: int


class BackupRotation:
    """Timestamped copies of one workshop file in its own folder, the oldest dropped."""

    def __init__(self, folder: Path, stem: str, keep: int = DEFAULT_KEEP) -> None:
        self.folder = folder
        self.stem = stem
        self.keep = keep

    @classmethod
    def for_file(cls, path: Path, root: Path, keep: int = DEFAULT_KEEP) -> BackupRotation:
        # One folder per file, named by the file and a hash of its full path so two
        # programmes with the same name in different folders never mix.
        digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
        return cls(root / f"{path.stem}-{digest}", path.stem, keep)

    def take(self, source: Path) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.chmod(self.folder, stat.S_IRWXU)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = self.folder / f"{self.stem}-{stamp}.dxw"
        copy_database(source, dest)
        self._prune()
        return dest

    def entries(self) -> list[BackupEntry]:
        """Backups newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for p in self.folder.glob(f"{self.stem}-*.dxw"):
            st = p.stat()
            found.append(BackupEntry(p, datetime.fromtimestamp(st.st_mtime), st.st_size))
        found.sort(key=lambda e: e.path.name, reverse=True)
        return found

    def _prune(self) -> None:
        for entry in self.entries()[self.keep :]:
            with contextlib.suppress(OSError):
                entry.path.unlink()
