"""Schema versions: the migrations build exactly the models' schema, and an older file
is backed up, upgraded without losing a row, or restored when its upgrade fails."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import URL, create_engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import col, select

from dxworkshop.store import models as m
from dxworkshop.store.errors import MigrationFailed, NewerVersion
from dxworkshop.store.lock import lock_path_for
from dxworkshop.store.migrate import (
    DEFAULT_SCRIPT_LOCATION,
    SCHEMA_VERSION,
    Migrations,
    revision_for,
    upgrade,
)
from dxworkshop.store.models import metadata
from dxworkshop.store.workshop import APPLICATION_ID, Workshop
from tests.store.helpers import columns, count, listing, pragma, read_only, rows_in, snapshot

# --- the migrations and the models agree ------------------------------------------------


def schema_of(path: Path) -> dict[str, object]:
    """The schema as SQLite understands it, independent of the order constraints are written."""
    result: dict[str, object] = {}
    with read_only(path) as conn:
        names = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for table, sql in names:
            indexes = set()
            for _seq, name, unique, origin, partial in conn.execute(
                f'PRAGMA index_list("{table}")'
            ).fetchall():
                cols = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
                indexes.add((name, unique, origin, partial, cols))
            result[table] = {
                "columns": conn.execute(f'PRAGMA table_info("{table}")').fetchall(),
                "foreign_keys": sorted(
                    tuple(r[2:]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')
                ),
                "indexes": indexes,
                "constraint_names": sorted(re.findall(r"CONSTRAINT (\w+)", sql)),
            }
    return result


def migrate_empty_file(path: Path) -> None:
    with closing(sqlite3.connect(path)):
        pass  # an empty SQLite file: user_version 0, no tables
    upgrade(path, Migrations())


def test_migrations_and_models_agree(folder: Path) -> None:
    path = folder / "migrated.dxw"
    migrate_empty_file(path)
    assert pragma(path, "user_version") == SCHEMA_VERSION
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            diff = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_create_and_migrations_make_the_same_schema(folder: Path) -> None:
    migrated = folder / "migrated.dxw"
    migrate_empty_file(migrated)
    created = folder / "created.dxw"
    Workshop.create(created).close()
    assert schema_of(created) == schema_of(migrated)
    assert rows_in(created, "alembic_version", ["version_num"]) == rows_in(
        migrated, "alembic_version", ["version_num"]
    )


# Top-level rows are soft-deleted so undo and recovery never lose data (DESIGN §3).
SOFT_DELETED = [
    "municipality",
    "department",
    "person",
    "work_group",
    "training_session",
    "hearing_section",
    "hearing_question",
    "hearing",
    "finding",
    "cluster",
    "issue",
    "criterion",
    "voting_round",
    "plan",
    "rubric_item",
    "feedback_round",
    "feedback",
    "action_item",
    "check_in",
    "measurement",
]


@pytest.mark.parametrize("table", SOFT_DELETED)
def test_top_level_tables_have_a_soft_delete_column(workshop_file: Path, table: str) -> None:
    column = metadata.tables[table].c["deleted_at"]
    assert column.nullable
    with read_only(workshop_file) as conn:
        info = {r[1]: r for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()}
    assert "deleted_at" in info
    assert info["deleted_at"][3] == 0  # NULL allowed: NULL means not deleted


def test_soft_deleted_rows_stay_in_the_file(workshop_file: Path) -> None:
    with Workshop.open(workshop_file, backup_on_open=False) as workshop:
        with workshop.session() as session:
            deleted = session.exec(
                select(m.Municipality).where(col(m.Municipality.deleted_at).is_not(None))
            ).all()
        assert [d.name for d in deleted] == ["削除済み村"]


# --- the shipped migrations -----------------------------------------------------------------


def test_version_2_gives_the_programme_a_prefecture(tmp_path: Path) -> None:
    """0002 adds programme.prefecture ("" for a programme of a version-1 file), keeping the
    programme's other values; the file then has the schema of a new one."""
    path = tmp_path / "v1.dxw"
    shutil.copyfile(Path(__file__).parents[1] / "reliability/fixtures/schema_v1.dxw", path)
    path.chmod(0o600)
    assert pragma(path, "user_version") == 1
    old_columns = ["id", "name", "fiscal_year", "organiser", "start_date", "description"]
    before = rows_in(path, "programme", old_columns)
    with (
        Workshop.open(path, backup_root=tmp_path / "backups") as workshop,
        workshop.session() as session,
    ):
        assert [p.prefecture for p in session.exec(select(m.Programme)).all()] == [""]
    assert rows_in(path, "programme", old_columns) == before
    created = tmp_path / "created.dxw"
    Workshop.create(created).close()
    assert schema_of(path) == schema_of(created)


# --- upgrading a file of this version to the next ---------------------------------------

#: The test-only next version a later build would ship, after this build's.
NEXT = SCHEMA_VERSION + 1

MIGRATION_NEXT = '''"""add a note to municipality and person (test migration)

Revision ID: {revision}
Revises: {down_revision}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always": the copy, drop and rename rebuild that fires ON DELETE CASCADE
    # on the children when foreign keys are on.
    with op.batch_alter_table("municipality", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))
{extra}

def downgrade() -> None:
    raise NotImplementedError
'''

BREAKS_HALF_WAY = """
    op.execute("CREATE TABLE scratch (x INTEGER)")
    raise RuntimeError("the migration broke half-way")
"""

LEAVES_AN_ORPHAN = """
    op.execute(
        "INSERT INTO department (created_at, updated_at, municipality_id, name) "
        "VALUES ('2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', 999, 'ghost')"
    )
"""


def scripts_with_next(tmp_path: Path, extra: str = "") -> Path:
    """This build's migration scripts plus the next version's migration, as a later build
    ships."""
    scripts = tmp_path / f"migrations-v{NEXT}"
    shutil.copytree(DEFAULT_SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{revision_for(NEXT)}_add_notes.py").write_text(
        MIGRATION_NEXT.format(
            extra=extra,
            revision=revision_for(NEXT),
            down_revision=revision_for(SCHEMA_VERSION),
        ),
        encoding="utf-8",
    )
    return scripts


def next_version(scripts: Path) -> Migrations:
    return Migrations(script_location=str(scripts), schema_version=NEXT)


def backups_beside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.schema-v{SCHEMA_VERSION}-*{path.suffix}"))


def test_upgrading_to_the_next_version_keeps_every_row(workshop_file: Path, tmp_path: Path) -> None:
    before = snapshot(workshop_file)
    assert count(workshop_file, "department") == 4  # children that CASCADE from municipality

    migrations = next_version(scripts_with_next(tmp_path))
    with (
        Workshop.open(workshop_file, migrations=migrations) as workshop,
        workshop.session() as session,
    ):
        session.add(m.Municipality(name="新しい市"))  # the upgraded file is usable at once
        session.commit()

    # A backup of the file of this version was made beside it, and it is the file as it was.
    [backup] = backups_beside(workshop_file)
    assert pragma(backup, "user_version") == SCHEMA_VERSION
    assert snapshot(backup) == before
    with Workshop.open(backup, backup_on_open=False) as old, old.session() as session:
        assert len(session.exec(select(m.Department)).all()) == 4
        assert len(session.exec(select(m.Person)).all()) == 4

    # The file is at the next version, with the new columns …
    assert pragma(workshop_file, "user_version") == NEXT
    assert pragma(workshop_file, "application_id") == APPLICATION_ID
    assert rows_in(workshop_file, "alembic_version", ["version_num"]) == [(revision_for(NEXT),)]
    with read_only(workshop_file) as conn:
        assert "note" in columns(conn, "municipality")
        assert "note" in columns(conn, "person")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # … and every row of every table, value for value (plus the one added after opening).
    after = snapshot(workshop_file)
    assert sorted(after) == sorted(before)
    for table, (cols, rows) in before.items():
        if table == "alembic_version":
            continue  # checked above
        now = rows_in(workshop_file, table, cols)
        if table == "municipality":
            now = [r for r in now if "新しい市" not in r]
        assert now == rows, table
    assert rows_in(workshop_file, "person", ["note"]) == [("",)] * 4

    # An older build refuses the upgraded file instead of damaging it.
    with pytest.raises(NewerVersion):
        Workshop.open(workshop_file)
    assert sorted(listing(workshop_file.parent)) == sorted([workshop_file.name, backup.name])


def test_the_same_rebuild_with_foreign_keys_on_would_delete_children(
    workshop_file: Path, tmp_path: Path
) -> None:
    """Why upgrade() turns foreign keys off: proof that the test above can fail."""
    scripts = scripts_with_next(tmp_path)
    victim = tmp_path / "victim.dxw"
    shutil.copyfile(workshop_file, victim)
    engine = create_engine(URL.create("sqlite", database=str(victim)), poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _foreign_keys_on(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    try:
        with engine.connect() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(scripts))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision_for(NEXT))
            conn.commit()
    finally:
        engine.dispose()
    assert count(victim, "department") == 0
    assert count(victim, "person_role") == 0


def test_a_failing_migration_restores_the_file(workshop_file: Path, tmp_path: Path) -> None:
    before = snapshot(workshop_file)
    scripts = scripts_with_next(tmp_path, BREAKS_HALF_WAY)
    with pytest.raises(MigrationFailed) as caught:
        Workshop.open(workshop_file, migrations=next_version(scripts))
    err = caught.value
    [backup] = backups_beside(workshop_file)
    assert err.backup == backup
    assert str(backup) in str(err)
    assert "broke half-way" in str(err)

    assert pragma(workshop_file, "user_version") == SCHEMA_VERSION
    assert snapshot(workshop_file) == before  # no scratch table, no note column, every row
    assert snapshot(backup) == before
    assert not lock_path_for(workshop_file).exists()
    assert sorted(listing(workshop_file.parent)) == sorted([workshop_file.name, backup.name])
    # This build can still open and use it.
    with (
        Workshop.open(workshop_file, backup_on_open=False) as workshop,
        workshop.session() as session,
    ):
        assert len(session.exec(select(m.Person)).all()) == 4


def test_an_upgrade_that_breaks_a_foreign_key_is_refused(
    workshop_file: Path, tmp_path: Path
) -> None:
    before = snapshot(workshop_file)
    scripts = scripts_with_next(tmp_path, LEAVES_AN_ORPHAN)
    with pytest.raises(MigrationFailed, match="foreign key"):
        Workshop.open(workshop_file, migrations=next_version(scripts))
    assert pragma(workshop_file, "user_version") == SCHEMA_VERSION
    assert snapshot(workshop_file) == before


def test_a_second_attempt_keeps_both_backups(workshop_file: Path, tmp_path: Path) -> None:
    scripts = scripts_with_next(tmp_path, BREAKS_HALF_WAY)
    for _ in range(2):
        with pytest.raises(MigrationFailed):
            Workshop.open(workshop_file, migrations=next_version(scripts))
    assert len(backups_beside(workshop_file)) == 2
