"""Schema versions and alembic migrations, run in-process with no alembic.ini.

Schema version N is the alembic revision ``"%04d" % N``; the file's ``user_version``
says which one it holds. Alembic is imported only when a file needs upgrading.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 2
DEFAULT_SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))


def revision_for(version: int) -> str:
    return f"{version:04d}"


@dataclass(frozen=True)
class Migrations:
    """Where the migration scripts live and the version they lead to (tests add their own)."""

    script_location: str = DEFAULT_SCRIPT_LOCATION
    schema_version: int = SCHEMA_VERSION


def upgrade(path: Path, migrations: Migrations) -> None:
    """Upgrade the file at *path* to ``migrations.schema_version``.

    Foreign keys are switched off on the connection *before* alembic opens its
    transaction: a batch rebuild of a parent table would otherwise fire ON DELETE
    CASCADE and silently delete child rows. ``foreign_key_check`` runs afterwards and
    any violation aborts the upgrade.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import URL, create_engine, event, text
    from sqlalchemy.pool import NullPool

    # URL.create: a "?" or "#" in the file name is part of the name, not a query string.
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA trusted_schema=OFF")
        cur.execute("PRAGMA foreign_keys=OFF")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    try:
        with engine.connect() as connection:
            cfg = Config()
            cfg.set_main_option("script_location", migrations.script_location)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision_for(migrations.schema_version))
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
            connection.execute(text(f"PRAGMA user_version={int(migrations.schema_version)}"))
            connection.commit()
    finally:
        engine.dispose()
