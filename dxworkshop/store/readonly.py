"""Read-only access to a workshop file: for `check` and `dump`, with no lock and no writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine

from dxworkshop.store.backups import sqlite_uri
from dxworkshop.store.errors import DamagedFile, OlderVersion
from dxworkshop.store.lock import WorkshopLock, lock_path_for
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.schema import distrust_schema, file_problems
from dxworkshop.store.workshop import Workshop, _ro_uri, inspect_file


def _reader_uri(path: Path) -> str:
    """How a reader opens the file.

    While someone has the file open for editing (their lock is beside it), a write may
    be under way, so read through SQLite's normal locking (``mode=ro``); the -wal/-shm
    files it may leave belong to the open session anyway. Otherwise read it immutable,
    which creates nothing beside the file.
    """
    if lock_path_for(path).exists():
        return sqlite_uri(path, mode="ro")
    return _ro_uri(path)


class _NoLock(WorkshopLock):
    """A reader holds no lock: readers never block the person editing the file."""

    def acquire(self) -> None:
        return None

    def release(self) -> None:
        return None


class ReadOnlyWorkshop(Workshop):
    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.engine.dispose()


def open_readonly(path: Path | str) -> ReadOnlyWorkshop:
    """Open a current-version file for reading only; typed errors as for ``Workshop.open``."""
    path = Path(path)
    info = inspect_file(path)
    if info.schema_version < SCHEMA_VERSION:
        # Reading an older schema through today's models would fail half-way.
        raise OlderVersion(path, info.schema_version, SCHEMA_VERSION)
    uri = _reader_uri(path)

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True)
        distrust_schema(conn)
        return conn

    engine = create_engine("sqlite://", creator=connect)
    return ReadOnlyWorkshop(path, engine, _NoLock(path), None)


@dataclass(frozen=True)
class IntegrityReport:
    path: Path
    schema_version: int
    problems: tuple[str, ...]  # empty when every check of ``store.schema.file_problems`` passes

    @property
    def ok(self) -> bool:
        return not self.problems


def integrity(path: Path | str) -> IntegrityReport:
    """The checks ``Workshop.open`` runs (``store.schema.file_problems``: integrity_check,
    the schema objects, foreign_key_check), each problem reported, on a read-only
    connection. A file that is no workshop file at all raises as ``inspect_file`` does."""
    path = Path(path)
    info = inspect_file(path, check=False)
    try:
        conn = sqlite3.connect(_reader_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    try:
        distrust_schema(conn)
        problems = file_problems(conn, current=info.schema_version == SCHEMA_VERSION)
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise DamagedFile(path, "malformed database schema") from exc
    finally:
        conn.close()
    return IntegrityReport(path, info.schema_version, tuple(problems))
