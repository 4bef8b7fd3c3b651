"""R3 migrations: a workshop file of every schema version so far, opened by this build.

The fixtures in ``fixtures/`` were written by the build of each version
(``make_fixtures.py``): ``schema_vN.dxw`` and its dump ``schema_vN.json``. Opening one
upgrades it when it is older, after copying it beside itself; every row of every table
is still there, value for value, and the dump is the one that build made. A new schema
version needs its fixture (a test below fails until it exists). The failure paths of an
upgrade (restore on error, refused foreign keys) are in ``tests/store/test_migrations.py``;
its test-only next-version migration is run here on a fixture too.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from dxworkshop.services.interchange import dump_document
from dxworkshop.store.migrate import SCHEMA_VERSION, Migrations
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import integrity_of
from tests.reliability.make_fixtures import FIXTURES, fixture_paths
from tests.store.helpers import pragma, rows_in, snapshot
from tests.store.test_migrations import next_version, scripts_with_next

FIXTURE_NAME = re.compile(r"schema_v(\d+)\.dxw")


def fixture_versions() -> list[int]:
    return sorted(
        int(match.group(1))
        for p in FIXTURES.iterdir()
        if (match := FIXTURE_NAME.fullmatch(p.name)) is not None
    )


def as_json(document: Any) -> Any:
    return json.loads(json.dumps(document, ensure_ascii=False))


def copy_of(version: int, folder: Path) -> Path:
    dxw, _dump = fixture_paths(version)
    folder.mkdir(exist_ok=True)
    path = folder / "programme.dxw"
    shutil.copyfile(dxw, path)
    path.chmod(0o600)
    return path


def schema_backups(path: Path, version: int) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.schema-v{version}-*{path.suffix}"))


def assert_every_row_kept(before: dict[str, Any], path: Path) -> None:
    """Each table's rows of the old file, in the old columns, are in the upgraded file."""
    for table, (columns, rows) in before.items():
        if table == "alembic_version":
            continue
        assert rows_in(path, table, columns) == rows, table


def test_every_schema_version_has_a_fixture() -> None:
    assert fixture_versions() == list(range(1, SCHEMA_VERSION + 1)), (
        "each schema version needs tests/reliability/fixtures/schema_vN.dxw: run "
        "tests/reliability/make_fixtures.py with the build of that version"
    )
    for version in fixture_versions():
        assert all(p.exists() for p in fixture_paths(version))


@pytest.mark.parametrize("version", fixture_versions())
def test_a_fixture_opens_with_every_row(version: int, tmp_path: Path) -> None:
    path = copy_of(version, tmp_path / "files")
    before = snapshot(path)
    assert pragma(path, "user_version") == version
    assert all(rows for _cols, rows in before.values()), "every table of a fixture has rows"

    with Workshop.open(path, backup_root=tmp_path / "backups") as workshop:
        assert integrity_of(workshop) == ["ok"]
        dumped = dump_document(workshop)

    backups = schema_backups(path, version)
    if version < SCHEMA_VERSION:
        # The copy beside the file was made before the upgrade: it is the old file.
        [backup] = backups
        assert pragma(backup, "user_version") == version
        assert snapshot(backup) == before
    else:
        assert backups == []
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert_every_row_kept(before, path)
    _dxw, dump = fixture_paths(version)
    assert as_json(dumped) == json.loads(dump.read_text(encoding="utf-8"))


@pytest.mark.parametrize("version", fixture_versions())
def test_a_later_migration_keeps_every_row_of_a_fixture(version: int, tmp_path: Path) -> None:
    """The test-only next version of tests/store, on a realistic file of each version."""
    if version != SCHEMA_VERSION:
        pytest.skip("the test-only migration follows this build's version only")
    path = copy_of(version, tmp_path / "files")
    before = snapshot(path)
    migrations: Migrations = next_version(scripts_with_next(tmp_path))
    with Workshop.open(path, migrations=migrations) as workshop:
        assert integrity_of(workshop) == ["ok"]
        dumped = dump_document(workshop)
    [backup] = schema_backups(path, version)
    assert snapshot(backup) == before
    assert pragma(path, "user_version") == migrations.schema_version
    assert_every_row_kept(before, path)
    _dxw, dump = fixture_paths(version)
    assert as_json(dumped) == json.loads(dump.read_text(encoding="utf-8"))
