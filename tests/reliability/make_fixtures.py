"""Write the schema fixture of this build: ``python tests/reliability/make_fixtures.py``.

R3 (``test_r3_migrations.py``) opens a workshop file of every schema version so far with
the current build. A fixture must be written by the build whose schema it holds, so run
this once for each new schema version, *before* the migration that follows it changes
anything, and commit the two files it writes (``git add -f``: ``*.dxw`` is ignored):

- ``fixtures/schema_vN.dxw``: a small realistic programme (the demo programme cut down
  to two municipalities, every table holding rows, some rows soft-deleted);
- ``fixtures/schema_vN.json``: its interchange dump as this build writes it, which the
  upgraded file must still give.

An existing fixture is never rewritten (it is the only record of that version's files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

FIXTURES = Path(__file__).resolve().with_name("fixtures")
KEEP_MUNICIPALITIES = 2
SEED = 2023
TODAY = dt.date(2026, 4, 1)
DELETED_AT = "2026-05-20 09:00:00.000000"


def fixture_paths(version: int, folder: Path = FIXTURES) -> tuple[Path, Path]:
    return folder / f"schema_v{version}.dxw", folder / f"schema_v{version}.json"


def cut_down(path: Path) -> None:
    """Keep two municipalities (foreign keys remove or unlink the rest); soft-delete a few
    rows, so upgrades are seen to keep them too; compact the file."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        kept = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM municipality ORDER BY id LIMIT ?", (KEEP_MUNICIPALITIES,)
            )
        ]
        marks = ",".join("?" * len(kept))
        conn.execute(f"DELETE FROM person WHERE municipality_id NOT IN ({marks})", kept)
        conn.execute(f"DELETE FROM municipality WHERE id NOT IN ({marks})", kept)
        conn.execute("DELETE FROM issue WHERE municipality_id IS NULL AND owner_id IS NULL")
        for table in ("action_item", "check_in", "finding"):
            conn.execute(
                f"UPDATE {table} SET deleted_at = ? WHERE id = (SELECT min(id) FROM {table})",
                (DELETED_AT,),
            )
        conn.execute(
            "UPDATE issue SET deleted_at = ? WHERE id = (SELECT min(id) FROM issue WHERE "
            "id NOT IN (SELECT issue_id FROM theme) AND id NOT IN (SELECT issue_id FROM plan))",
            (DELETED_AT,),
        )
        conn.commit()
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"cutting the demo broke foreign keys: {problems[:3]}")
        conn.execute("VACUUM")


def make(version: int, folder: Path = FIXTURES, *, force: bool = False) -> tuple[Path, Path]:
    from dxworkshop.services.demo import create_demo
    from dxworkshop.services.interchange import dump_json
    from dxworkshop.store.migrate import SCHEMA_VERSION
    from dxworkshop.store.workshop import Workshop

    if version != SCHEMA_VERSION:
        raise SystemExit(
            f"this build writes schema version {SCHEMA_VERSION}; a fixture of version "
            f"{version} must be made by the build of that version"
        )
    dxw, dump = fixture_paths(version, folder)
    if not force and (dxw.exists() or dump.exists()):
        raise SystemExit(f"{dxw.name} exists; fixtures of a released version are never remade")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "fixture.dxw"
        create_demo(work, "small", seed=SEED, today=TODAY).close()
        cut_down(work)
        with Workshop.open(work, backup_on_open=False) as workshop:
            text = dump_json(workshop)
        dxw.write_bytes(work.read_bytes())
    dump.write_text(text + "\n", encoding="utf-8")
    return dxw, dump


def main(argv: list[str]) -> int:
    from dxworkshop.store.migrate import SCHEMA_VERSION

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite an existing fixture")
    args = parser.parse_args(argv)
    for path in make(SCHEMA_VERSION, force=args.force):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
