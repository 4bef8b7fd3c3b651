"""Helpers of the reliability suite (the store tests' helpers are reused, not copied)."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from dxworkshop.store.workshop import Workshop

#: The repository root: child processes run from here so ``tests.reliability`` imports.
ROOT = Path(__file__).resolve().parents[2]


def written_state(path: Path) -> str:
    """A digest of the file and its WAL: any commit changes it, a read never does."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        digest.update(part.name.encode())
        digest.update(part.read_bytes() if part.exists() else b"<none>")
    return digest.hexdigest()


def integrity_of(workshop: Workshop) -> list[str]:
    """``PRAGMA integrity_check`` on the open workshop: ``["ok"]`` when sound."""
    with workshop.engine.connect() as conn:
        return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of a closed file, read without writing anything beside it."""
    from tests.store.helpers import read_only, tables

    with read_only(path) as conn:
        return {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables(conn)
        }


def set_user_version(path: Path, version: int) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version={version}")
        conn.commit()
