"""Create, check, open and copy workshop files (.dxw): one programme in one SQLite file.

Opening never writes to a file it refuses: the checks run on a read-only connection
first. Every edit is committed with ``synchronous=FULL`` in WAL mode, so it survives
a crash or power loss once the service call returns.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from dxworkshop.store.backups import BackupRotation, copy_database
from dxworkshop.store.errors import (
    DamagedFile,
    ForeignDatabase,
    MigrationFailed,
    NewerVersion,
    NotAFile,
    NotAWorkshopFile,
    PermissionDenied,
    StoreError,
    WorkshopExists,
    WorkshopNotFound,
    WriteFailed,
)
from dxworkshop.store.lock import WorkshopLock
from dxworkshop.store.migrate import SCHEMA_VERSION, Migrations, revision_for, upgrade

log = logging.getLogger(__name__)

#: PRAGMA application_id of every workshop file: "DXWK".
APPLICATION_ID = 0x4458574B
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileInfo:
    """What a read-only look at a file found."""

    path: Path
    application_id: int
    schema_version: int


def _ro_uri(path: Path) -> str:
    # With no WAL beside the file, open it immutable: SQLite then creates no -shm/-wal
    # files either, so looking at a file leaves its folder exactly as it was.
    resolved = path.resolve()
    wal = resolved.with_name(resolved.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return f"file:{resolved.as_posix()}?{mode}"


def _check_path(path: Path) -> None:
    if not path.exists():
        raise WorkshopNotFound(path)
    if path.is_dir():
        raise NotAFile(path)
    if not os.access(path, os.R_OK):
        raise PermissionDenied(path, "cannot read")


def inspect_file(
    path: Path, *, quick_check: bool = True, supported: int = SCHEMA_VERSION
) -> FileInfo:
    """Identify *path* without writing to it; raise a typed error for anything not openable."""
    _check_path(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except PermissionError as exc:
        raise PermissionDenied(path, "cannot read") from exc
    if not header:
        raise NotAWorkshopFile(path, "the file is empty")
    if header != SQLITE_MAGIC:
        raise NotAWorkshopFile(path)
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ForeignDatabase(path)
        if version > supported:
            raise NewerVersion(path, version, supported)
        if quick_check:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            result = [str(r[0]) for r in rows]
            if result != ["ok"]:
                raise DamagedFile(path, "; ".join(result[:3]))
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, str(exc)) from exc
    finally:
        conn.close()
    return FileInfo(path=path, application_id=app_id, schema_version=version)


def _owner_only(path: Path) -> None:
    """Personal data: the file is readable by its owner only (no-op where unsupported)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def _make_engine(path: Path) -> Engine:
    # NullPool: a connection per session keeps a worker thread's session independent
    # and closes the file cleanly on dispose.
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    return engine


def _write_error(path: Path, exc: BaseException) -> StoreError:
    if isinstance(exc, PermissionError):
        return PermissionDenied(path, "cannot write")
    return WriteFailed(path, str(exc))


class Workshop:
    """An open workshop file: its engine, its lock and its backups."""

    def __init__(
        self, path: Path, engine: Engine, lock: WorkshopLock, backups: BackupRotation | None
    ) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.backups = backups
        self._closed = False

    # -- life cycle ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        initialise: Callable[[Session], None] | None = None,
        *,
        backup_root: Path | None = None,
    ) -> Workshop:
        """Create a new file with the current schema; *initialise* fills it in the same go.

        The file is built under a temporary name and renamed into place at the end, so
        a failure never leaves a half-made workshop file behind.
        """
        from dxworkshop.store.models import metadata

        path = Path(path)
        if path.exists():
            raise WorkshopExists(path)
        if not path.parent.is_dir():
            raise WriteFailed(path, "the folder does not exist")
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            engine = _make_engine(tmp)
            try:
                metadata.create_all(engine)
                with engine.begin() as conn:
                    conn.exec_driver_sql(
                        "CREATE TABLE IF NOT EXISTS alembic_version ("
                        "version_num VARCHAR(32) NOT NULL, "
                        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                    )
                    conn.exec_driver_sql(
                        "INSERT INTO alembic_version (version_num) VALUES (?)",
                        (revision_for(SCHEMA_VERSION),),
                    )
                    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                    conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
                if initialise is not None:
                    with Session(engine, expire_on_commit=False) as session:
                        initialise(session)
                        session.commit()
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                engine.dispose()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(tmp) + suffix).unlink()
            if path.exists():
                raise WorkshopExists(path)
            os.replace(tmp, path)
        except StoreError:
            _remove_quietly(tmp)
            raise
        except OSError as exc:
            _remove_quietly(tmp)
            raise _write_error(path, exc) from exc
        except BaseException:
            _remove_quietly(tmp)
            raise
        _owner_only(path)
        return cls.open(path, backup_root=backup_root, backup_on_open=False)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        migrations: Migrations | None = None,
        backup_root: Path | None = None,
        backup_on_open: bool = True,
    ) -> Workshop:
        """Open *path* for editing: check it, lock it, upgrade it if older, back it up."""
        path = Path(path)
        migrations = migrations or Migrations()
        info = inspect_file(path, supported=migrations.schema_version)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise PermissionDenied(path, "cannot write")
        lock = WorkshopLock(path)
        lock.acquire()
        try:
            backups = BackupRotation.for_file(path, backup_root) if backup_root else None
            if info.schema_version < migrations.schema_version:
                cls._upgrade(path, info.schema_version, migrations)
            engine = _make_engine(path)
            workshop = cls(path, engine, lock, backups)
            if backups is not None and backup_on_open:
                workshop.backup_now()
            return workshop
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _upgrade(path: Path, from_version: int, migrations: Migrations) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.schema-v{from_version}-{stamp}{path.suffix}")
        log.info("upgrading %s from schema %d to %d", path, from_version, migrations.schema_version)
        try:
            copy_database(path, backup)
        except (OSError, sqlite3.Error) as exc:
            raise MigrationFailed(path, f"could not make the backup copy: {exc}", None) from exc
        try:
            upgrade(path, migrations)
        except Exception as exc:
            log.exception("migration failed; restoring %s", backup)
            try:
                copy_database(backup, path)
            except (OSError, sqlite3.Error):
                log.exception("could not restore the backup over %s", path)
            raise MigrationFailed(path, str(exc), backup) from exc

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # closing must not fail; the WAL is replayed on next open
            log.warning("checkpoint on close failed for %s", self.path, exc_info=True)
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Workshop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- sessions -------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work; the caller commits. Objects stay readable after commit."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except sqlite3.OperationalError as exc:
                raise _write_error(self.path, exc) from exc

    # -- copies -----------------------------------------------------------------

    def save_as(self, dest: Path | str) -> Path:
        """Write a consistent copy to *dest* through SQLite's backup API."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise WorkshopExists(dest)
        try:
            copy_database(self.path, dest)
        except OSError as exc:
            raise _write_error(dest, exc) from exc
        return dest

    def backup_now(self) -> Path | None:
        if self.backups is None:
            return None
        try:
            return self.backups.take(self.path)
        except (OSError, sqlite3.Error):
            # A failed automatic backup must not stop the user working; it is logged.
            log.warning("automatic backup of %s failed", self.path, exc_info=True)
            return None


def _remove_quietly(tmp: Path) -> None:
    for candidate in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        with contextlib.suppress(OSError):
            candidate.unlink()
