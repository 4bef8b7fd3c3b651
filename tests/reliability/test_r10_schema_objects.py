"""R10 schema objects: a workshop file is data, never code.

A ``.dxw`` someone altered with sqlite3 can carry SQL that runs inside our next edit (a
trigger), tables or indexes we never made, or a layout that no longer fits ours (a
table replaced by a view, a column changed, an index dropped, rows whose references
point nowhere). Each is refused — by ``Workshop.open``, by ``dxworkshop check`` and by
the commands that write (``import-roster``) — with one line naming what was found, and
the file is not touched. SQLite's own objects (``sqlite_stat1`` of ANALYZE) are fine.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from dxworkshop.store.errors import DamagedFile
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import ROOT
from tests.store.helpers import sha256


def run_cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DXWORKSHOP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def one_line(err: str) -> str:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def alter(path: Path, *statements: str) -> None:
    """What someone with the sqlite3 shell does to the file (foreign keys off, as there)."""
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def edit_sql(path: Path, name: str, old: str, new: str) -> None:
    """Rewrite one schema entry's SQL (``PRAGMA writable_schema``), as a tool could."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (name,)).fetchone()
        assert old in sql
        conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (sql.replace(old, new), name))
        conn.commit()


def issue_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM issue").fetchone()[0])


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "名簿.csv"
    path.write_text("氏名,市町村\n新見 一郎,倉敷市\n", encoding="utf-8")
    return path


WIPE_TRIGGER = "CREATE TRIGGER wipe_issues AFTER INSERT ON person BEGIN DELETE FROM issue; END"


def test_a_trigger_never_runs(demo_file: Path, roster: Path, private_home: Path) -> None:
    # Before: the roster import ran the trigger (every issue gone, exit 0), check said ok.
    alter(demo_file, WIPE_TRIGGER)
    issues = issue_count(demo_file)
    assert issues > 0
    before = sha256(demo_file)
    done = run_cli("import-roster", demo_file, roster, home=private_home)
    assert done.returncode == 1
    line = one_line(done.stderr)
    assert "trigger “wipe_issues”" in line and str(demo_file) in line
    assert issue_count(demo_file) == issues and sha256(demo_file) == before
    done = run_cli("check", demo_file, home=private_home)
    assert done.returncode == 1
    assert "trigger “wipe_issues”" in one_line(done.stderr)
    with pytest.raises(DamagedFile, match="wipe_issues"):
        Workshop.open(demo_file, backup_on_open=False)
    assert sha256(demo_file) == before


ALTERATIONS = {
    "a view": (("CREATE VIEW everyone AS SELECT name, email FROM person",), "view “everyone”"),
    "a table": (("CREATE TABLE notes (x TEXT)",), "table “notes”"),
    "an index": (("CREATE INDEX ix_mail ON person (email)",), "index “ix_mail”"),
    "a table replaced by a view": (
        ("DROP TABLE vote", "CREATE VIEW vote AS SELECT 1 AS round_id"),
        "view “vote” where dxworkshop has a table",
    ),
    "an index dropped": (("DROP INDEX ix_person_name",), "no index “ix_person_name”"),
    "a reference to nobody": (
        ("UPDATE issue SET owner_id = 999999 WHERE id = (SELECT min(id) FROM issue)",),
        "refers to a missing person",
    ),
}


@pytest.mark.parametrize("change", ALTERATIONS, ids=list(ALTERATIONS))
def test_an_altered_file_is_refused_for_writing_and_by_check(
    demo_file: Path, roster: Path, private_home: Path, change: str
) -> None:
    statements, expected = ALTERATIONS[change]
    alter(demo_file, *statements)
    before = sha256(demo_file)
    with pytest.raises(DamagedFile) as refused:
        Workshop.open(demo_file, backup_on_open=False)
    assert expected in str(refused.value)
    done = run_cli("import-roster", demo_file, roster, home=private_home)
    assert done.returncode == 1 and expected in one_line(done.stderr)
    done = run_cli("check", demo_file, home=private_home)
    assert done.returncode == 1 and expected in one_line(done.stderr)
    assert sha256(demo_file) == before


LAYOUT_EDITS = {
    "a column's type": ("municipality", "name VARCHAR NOT NULL", "name BLOB NOT NULL"),
    "a NOT NULL dropped": ("municipality", "kana VARCHAR NOT NULL", "kana VARCHAR"),
    "a foreign key's action": (
        "vote",
        "REFERENCES issue (id) ON DELETE CASCADE",
        "REFERENCES issue (id) ON DELETE SET NULL",
    ),
    "a CHECK added": ("municipality", "code VARCHAR NOT NULL", "code VARCHAR NOT NULL CHECK (0)"),
}


@pytest.mark.parametrize("change", LAYOUT_EDITS, ids=list(LAYOUT_EDITS))
def test_a_changed_layout_is_damage(demo_file: Path, change: str) -> None:
    table, old, new = LAYOUT_EDITS[change]
    edit_sql(demo_file, table, old, new)
    with pytest.raises(DamagedFile) as refused:
        Workshop.open(demo_file, backup_on_open=False)
    assert f"table “{table}” differs" in str(refused.value)


def test_sqlites_own_statistics_are_fine(demo_file: Path) -> None:
    alter(demo_file, "ANALYZE")
    with Workshop.open(demo_file, backup_on_open=False):
        pass


def test_every_connection_distrusts_the_schema(demo_file: Path) -> None:
    from dxworkshop.store.readonly import open_readonly

    with (
        Workshop.open(demo_file, backup_on_open=False) as workshop,
        workshop.engine.connect() as conn,
    ):
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    with open_readonly(demo_file) as reader, reader.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def test_an_older_file_with_a_trigger_is_refused_before_its_upgrade(tmp_path: Path) -> None:
    from dxworkshop.services.programme import new_programme
    from tests.store.test_migrations import next_version, scripts_with_next

    path = tmp_path / "old.dxw"
    new_programme(path, "R10 研修").close()
    alter(path, WIPE_TRIGGER)
    with pytest.raises(DamagedFile, match="wipe_issues"):
        Workshop.open(path, migrations=next_version(scripts_with_next(tmp_path)))
    assert not list(
        tmp_path.glob(f"old.schema-v{SCHEMA_VERSION}-*.dxw")
    )  # not even copied for upgrade


def test_a_database_error_during_a_command_is_one_line(
    demo_file: Path, roster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A trigger added by another program while the command had the file open: what the
    # database then says is one line naming the file, not 75 lines of SQLAlchemy.
    from dxworkshop.cli import build_parser, run_command
    from dxworkshop.services.roster import import_roster

    def import_while_altered(args: argparse.Namespace) -> int:
        with Workshop.open(Path(args.file), backup_on_open=False) as workshop:
            alter(
                demo_file,
                "CREATE TRIGGER refuse AFTER INSERT ON person "
                "BEGIN SELECT RAISE(ABORT, 'no new people'); END",
            )
            import_roster(workshop, Path(args.roster))
        return 0

    args = build_parser().parse_args(["import-roster", str(demo_file), str(roster)])
    args.func = import_while_altered
    assert run_command(args) == 1
    line = one_line(capsys.readouterr().err)
    assert str(demo_file) in line and "no new people" in line
