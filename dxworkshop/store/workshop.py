"""Create, check, open and copy workshop files (.dxw): one programme in one SQLite file.

Opening never writes to a file it refuses: the checks run on a read-only connection
first. Every edit is committed with ``synchronous=FULL`` in WAL mode, so it survives
a crash or power loss once the service call returns.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from dxworkshop.store.backups import (
    BackupRotation,
    copy_database,
    remove_side_files,
    side_file,
    sqlite_uri,
)
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
from dxworkshop.store.outputs import owner_only
from dxworkshop.store.schema import ALEMBIC_VERSION_DDL, distrust_schema, file_problems

log = logging.getLogger(__name__)

#: PRAGMA application_id of every workshop file: "DXWK".
APPLICATION_ID = 0x4458574B
SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100
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
    if side_file(path.resolve(), "-wal").exists():
        return sqlite_uri(path, mode="ro")
    return sqlite_uri(path, mode="ro", immutable="1")


def _check_path(path: Path) -> None:
    if not path.exists():
        raise WorkshopNotFound(path)
    if path.is_dir():
        raise NotAFile(path)
    if not path.is_file():  # a pipe or a device would block or never end
        raise NotAFile(path, "not a regular file")
    if not os.access(path, os.R_OK):
        raise PermissionDenied(path, "cannot read")


def _check_header(path: Path) -> None:
    """Refuse what is not SQLite, and SQLite files cut short, before SQLite sees them.

    SQLite reads a missing tail as zeros, so a file that lost its last bytes can pass
    its checks; its size says it is incomplete.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(SQLITE_HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError as exc:
        raise PermissionDenied(path, "cannot read") from exc
    except OSError as exc:
        raise DamagedFile(path, f"cannot be read: {exc}") from exc
    if not header:
        raise NotAWorkshopFile(path, "the file is empty")
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        raise NotAWorkshopFile(path)
    if len(header) < SQLITE_HEADER_SIZE:
        raise DamagedFile(path, "the file is truncated")
    page_size = int.from_bytes(header[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(path, "invalid page size in the header")
    if size % page_size:
        raise DamagedFile(path, "the file is truncated")
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    # The page count is trustworthy only when valid_for matches the change counter; with
    # a WAL beside the file an interrupted checkpoint may legitimately leave it short.
    header_valid = page_count and change_counter == valid_for
    if header_valid and not side_file(path, "-wal").exists() and page_count * page_size > size:
        raise DamagedFile(path, "the file is truncated")


def _inspect_sqlite(path: Path, uri: str, check: bool, supported: int) -> FileInfo:
    """The SQLite part of the inspection; *path* names the file in errors.

    ``integrity_check`` rather than ``quick_check``: only the full check compares each
    index with its table, and a damaged index silently hides rows (in the reliability
    suite about one random page flip in ten damaged only an index). It costs about
    0.1 s on the largest programme (12,000 issues) against 0.05 s.
    """
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    try:
        distrust_schema(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ForeignDatabase(path)
        if version > supported:
            raise NewerVersion(path, version, supported)
        if check:
            problems = file_problems(conn, current=version == SCHEMA_VERSION)
            if problems:
                raise DamagedFile(path, "; ".join(problems[:3]))
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    except UnicodeDecodeError as exc:
        # SQLite's message quotes the damaged bytes (e.g. a mangled schema), which the
        # sqlite3 module then fails to decode: the error about the error is the damage.
        raise DamagedFile(path, "malformed database schema") from exc
    finally:
        conn.close()
    return FileInfo(path=path, application_id=app_id, schema_version=version)


def inspect_file(path: Path, *, check: bool = True, supported: int = SCHEMA_VERSION) -> FileInfo:
    """Identify *path* without writing to it; raise a typed error for anything not openable.

    Nothing is created beside the file: without a WAL the file is read immutable; with a
    WAL but no ``-shm`` (SQLite would create one, and a read-only connection cannot
    remove it again) a private copy of the pair is inspected instead.
    """
    path = Path(path)
    _check_path(path)
    _check_header(path)
    wal = side_file(path, "-wal")
    if wal.exists() and not side_file(path, "-shm").exists():
        with tempfile.TemporaryDirectory(prefix="dxworkshop-inspect-") as folder:
            copy = Path(folder) / "inspect.dxw"
            try:
                shutil.copyfile(path, copy)
                shutil.copyfile(wal, side_file(copy, "-wal"))
            except OSError as exc:
                raise DamagedFile(path, f"cannot be read: {exc}") from exc
            return _inspect_sqlite(path, sqlite_uri(copy, mode="ro"), check, supported)
    return _inspect_sqlite(path, _ro_uri(path), check, supported)


def _owner_only(path: Path) -> None:
    """Personal data: the file is readable by its owner only (no-op where unsupported)."""
    owner_only(path)


def _make_engine(path: Path) -> Engine:
    # QueuePool: a session borrows an open connection (opening one, with its pragmas and
    # the schema read, cost more than a small query: an edit opens several sessions); a
    # connection is used by one session at a time, on whichever thread holds it, so a
    # worker thread's session is independent (check_same_thread off, as SQLAlchemy does
    # for file databases); dispose closes them all.
    # URL.create: a "?" or "#" in the file name is part of the name, not a query string.
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        poolclass=QueuePool,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        distrust_schema(dbapi_connection)  # before anything reads the schema
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    return engine


#: How the sqlite3 module reports a text value that is not UTF-8 (damaged bytes).
_UNDECODABLE = "Could not decode to UTF-8"


def _unreadable_value(exc: ValueError) -> bool:
    """A stored JSON list or date that no longer parses, raised while loading a row."""
    return isinstance(exc, json.JSONDecodeError) or str(exc).startswith("Invalid isoformat string")


# Primary SQLite result codes that are expected failures of the file, not of our code.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def _database_error(path: Path, exc: BaseException) -> StoreError | None:
    """The typed error for an SQLite failure of the file itself; None for anything else.

    "no such column" and constraint failures are programming or validation errors and
    stay what they are.
    """
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.OperationalError) and str(orig).startswith(_UNDECODABLE):
        return DamagedFile(path, "a text in the file is not valid UTF-8")
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlite3.Error) or not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DamagedFile(path, str(orig))
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return PermissionDenied(path, "cannot write")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return WriteFailed(path, "the file is busy in another program")
    if primary in (_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN):
        return WriteFailed(path, str(orig))
    return None


def _write_error(path: Path, exc: BaseException) -> StoreError:
    if isinstance(exc, PermissionError):
        return PermissionDenied(path, "cannot write")
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return PermissionDenied(path, "the folder is read-only")
    return _database_error(path, exc) or WriteFailed(path, str(exc))


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:  # hard links, case-insensitive file systems
        return os.path.samefile(a, b)
    except OSError:
        return False


def _place_new_file(tmp: Path, path: Path) -> None:
    """Move *tmp* to *path*, never replacing a file that appeared there meanwhile."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise WorkshopExists(path) from None
    except OSError:  # no hard links on this file system (e.g. FAT): check, then rename
        if path.exists():
            raise WorkshopExists(path) from None
        os.replace(tmp, path)
    else:
        with contextlib.suppress(OSError):  # the file is in place; a stray name is harmless
            tmp.unlink()


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

        The file is built under a temporary name and moved into place at the end, so
        a failure never leaves a half-made workshop file behind.
        """
        from dxworkshop.store.models import metadata

        path = Path(path)
        if not path.parent.is_dir():
            raise WriteFailed(path, "the folder does not exist")
        _clear_leftovers(path)
        if path.exists():
            raise WorkshopExists(path)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
        # Held while the temporary file exists, so that another create of the same name
        # (which clears what crashed creates left) leaves this one's files alone.
        tmp_lock = WorkshopLock(tmp)
        tmp_lock.acquire()
        try:
            return cls._create(path, tmp, initialise, metadata, backup_root)
        finally:
            tmp_lock.release()

    @classmethod
    def _create(
        cls,
        path: Path,
        tmp: Path,
        initialise: Callable[[Session], None] | None,
        metadata: Any,
        backup_root: Path | None,
    ) -> Workshop:
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            engine = _make_engine(tmp)
            try:
                metadata.create_all(engine)
                with engine.begin() as conn:
                    conn.exec_driver_sql(ALEMBIC_VERSION_DDL)
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
            remove_side_files(tmp)
            _place_new_file(tmp, path)
        except StoreError:
            _remove_quietly(tmp)
            raise
        except OSError as exc:
            _remove_quietly(tmp)
            raise _write_error(path, exc) from exc
        except (DBAPIError, sqlite3.Error) as exc:
            _remove_quietly(tmp)
            translated = _database_error(path, exc)
            if translated is None:  # e.g. a constraint broken by *initialise*: its bug
                raise
            raise translated from exc
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
        """Open *path* for editing: lock it, check it, upgrade it if older, back it up.

        The lock is taken before the checks so that no other instance writes while the
        file is read; it is released again on every failure.
        """
        path = Path(path)
        migrations = migrations or Migrations()
        _check_path(path)
        lock = WorkshopLock(path)
        try:
            lock.acquire()
        except PermissionDenied:
            # A file that could not be opened anyway says why first (newer, damaged …).
            inspect_file(path, supported=migrations.schema_version)
            raise
        try:
            info = inspect_file(path, supported=migrations.schema_version)
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise PermissionDenied(path, "cannot write")
            backups = BackupRotation.for_file(path, backup_root) if backup_root else None
            if info.schema_version < migrations.schema_version:
                cls._upgrade(path, info.schema_version, migrations)
                # Before the upgrade only triggers and views could be judged; now the
                # whole schema is compared (and the upgrade's own work checked).
                inspect_file(path, supported=migrations.schema_version)
            engine = _make_engine(path)
            try:
                _first_connection(path, engine)
            except BaseException:
                engine.dispose()
                raise
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
        counter = 1
        while backup.exists():  # an earlier attempt in the same second: keep both
            backup = path.with_name(
                f"{path.stem}.schema-v{from_version}-{stamp}-{counter}{path.suffix}"
            )
            counter += 1
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
        """Checkpoint, close every connection and release the lock (idempotent).

        When this was the last connection SQLite removes ``-wal`` and ``-shm``, so the
        closed file is one self-contained file again.
        """
        if self._closed:
            return
        self._closed = True
        try:
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # closing must not fail; the WAL is replayed on next open
                log.warning("checkpoint on close failed for %s", self.path, exc_info=True)
            self.engine.dispose()
        finally:
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
        """A unit of work; the caller commits. Objects stay readable after commit.

        Failures of the file itself (disk full, read-only, damaged, busy) surface as
        typed StoreErrors; other database errors pass through unchanged. Damage inside
        a value, which no SQLite check can see (bytes that are not UTF-8, a JSON column
        that no longer parses), is DamagedFile when the value is read.
        """
        if self._closed:
            # Writing after close would write without holding the lock.
            raise RuntimeError(f"{self.path} is closed")
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except (DBAPIError, sqlite3.Error) as exc:
                translated = _database_error(self.path, exc)
                if translated is None:
                    raise
                raise translated from exc
            except UnicodeDecodeError as exc:  # SQLite's message quoting damaged bytes
                raise DamagedFile(self.path, "malformed database schema") from exc
            except ValueError as exc:
                if not _unreadable_value(exc):
                    raise
                raise DamagedFile(self.path, f"a stored value cannot be read ({exc})") from exc

    # -- copies -----------------------------------------------------------------

    def save_as(self, dest: Path | str) -> Path:
        """Write a consistent copy to *dest* through SQLite's backup API.

        Refused onto the open file itself, onto a folder and onto a file another
        instance has open (its lock is held while the copy is written).
        """
        dest = Path(dest)
        if _same_file(dest, self.path):
            raise WorkshopExists(dest)
        if dest.is_dir():
            raise NotAFile(dest)
        dest_lock = WorkshopLock(dest)
        dest_lock.acquire()
        try:
            copy_database(self.path, dest)
        except (OSError, sqlite3.Error) as exc:
            raise _write_error(dest, exc) from exc
        finally:
            dest_lock.release()
        return dest

    def backup_now(self) -> Path | None:
        if self.backups is None or self._closed:
            return None
        try:
            return self.backups.take(self.path)
        except (OSError, sqlite3.Error):
            # A failed automatic backup must not stop the user working; it is logged.
            log.warning("automatic backup of %s failed", self.path, exc_info=True)
            return None


def _first_connection(path: Path, engine: Engine) -> None:
    """Connect once at open, so a file SQLite cannot use fails now, not at the first edit."""
    try:
        with engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    except DBAPIError as exc:
        raise _database_error(path, exc) or DamagedFile(path, str(exc.orig)) from exc
    if str(mode).lower() != "wal":
        # Where SQLite cannot share memory (some network drives) it keeps its rollback
        # journal, the safer mode there; worth knowing, not worth refusing the file.
        log.warning("%s: write-ahead logging unavailable, journal mode is %s", path, mode)


#: What a create leaves beside *path* while it runs: ``.NAME.xxxxxxxx.tmp`` and its SQLite
#: side files and lock.
def _leftover_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(f".{path.name}.") + r"[0-9a-f]{8}\.tmp(?:-wal|-shm|-journal|\.lock)?"
    )


def _clear_leftovers(path: Path) -> None:
    """Remove what creates of *path* killed midway left (tens of MB with a large WAL).

    A create still running holds the lock of its temporary file, and its files stay:
    the lock tells a live process (on this host, or any process on another) from a dead
    one, never the files' age.
    """
    pattern = _leftover_pattern(path)
    try:
        names = [entry.name for entry in path.parent.iterdir()]
    except OSError:
        return
    bases = sorted({name.split(".tmp", 1)[0] + ".tmp" for name in names if pattern.fullmatch(name)})
    for base in bases:
        tmp = path.with_name(base)
        lock = WorkshopLock(tmp)
        try:
            lock.acquire()  # a dead holder's lock is taken over
        except StoreError:
            continue  # a create in progress (or a lock we cannot judge): not ours to touch
        try:
            log.info("removing %s, left by an interrupted create", tmp)
            _remove_quietly(tmp)
            with contextlib.suppress(OSError):
                side_file(tmp, "-journal").unlink()
        finally:
            lock.release()


def _remove_quietly(tmp: Path) -> None:
    for candidate in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        with contextlib.suppress(OSError):
            candidate.unlink()
