"""Helpers for the workshop-file tests: read files behind the store's back, fill a programme."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlmodel import Session

from dxworkshop.store import models as m


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    """Every name under *folder*, so a stray lock, -wal, -shm or temp file shows up."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def side_files(path: Path) -> list[str]:
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path
    )


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that leaves nothing beside a closed file.

    A plain ``mode=ro`` connection to a WAL file creates -wal/-shm and cannot remove them;
    ``immutable=1`` does not, and is safe when no WAL is beside the file.
    """
    uri = "file:" + urllib.parse.quote(path.resolve().as_posix(), safe="/:")
    wal = path.with_name(path.name + "-wal")
    uri += "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        yield conn


def pragma(path: Path, name: str) -> object:
    with read_only(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


Snapshot = dict[str, tuple[list[str], list[tuple[object, ...]]]]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table (columns and sorted values) of a closed file."""
    result: Snapshot = {}
    with read_only(path) as conn:
        for table in tables(conn):
            cols = columns(conn, table)
            rows = conn.execute(
                "SELECT " + ", ".join(f'"{c}"' for c in cols) + f' FROM "{table}"'
            ).fetchall()
            result[table] = (cols, sorted(rows, key=repr))
    return result


def rows_in(path: Path, table: str, cols: list[str]) -> list[tuple[object, ...]]:
    with read_only(path) as conn:
        rows = conn.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in cols) + f' FROM "{table}"'
        ).fetchall()
    return sorted(rows, key=repr)


def count(path: Path, table: str) -> int:
    with read_only(path) as conn:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def fill_programme(session: Session) -> None:
    """A small programme touching the tables whose foreign keys cascade or set null."""
    session.add(m.Programme(name="令和8年度 業務改善・DX実践研修", fiscal_year=2026))
    cities = [
        m.Municipality(name=name, code=code)
        for name, code in (("甲市", "100001"), ("乙町", "100002"))
    ]
    session.add_all(cities)
    session.flush()
    depts = []
    for city in cities:
        assert city.id is not None
        for name in ("総務課", "住民課"):
            depts.append(m.Department(municipality_id=city.id, name=name))
    session.add_all(depts)
    session.flush()
    people = []
    for i, dept in enumerate(depts):
        people.append(
            m.Person(
                name=f"研修生{i}",
                kana=f"けんしゅうせい{i}",
                municipality_id=dept.municipality_id,
                department_id=dept.id,
                email=f"trainee{i}@example.jp",
            )
        )
    session.add_all(people)
    session.flush()
    for person in people:
        assert person.id is not None
        session.add(m.PersonRole(person_id=person.id, role="trainee"))
    issues = [
        m.Issue(
            title=f"紙の申請書の転記 {i}",
            owner_id=person.id,
            municipality_id=person.municipality_id,
            categories=["申請", "転記"],
            cases_per_year=1200.0,
            minutes_per_case=7.5,
            people=1.0,
        )
        for i, person in enumerate(people)
    ]
    session.add_all(issues)
    session.flush()
    assert cities[0].id is not None
    session.add(m.Hearing(municipality_id=cities[0].id, date=dt.date(2026, 5, 14)))
    assert issues[0].id is not None and people[0].id is not None
    plan = m.Plan(issue_id=issues[0].id, trainee_id=people[0].id)
    session.add(plan)
    session.flush()
    assert plan.id is not None
    session.add(m.PlanVersion(plan_id=plan.id, number=1, goal="転記をなくす"))
    session.add(
        m.Municipality(name="削除済み村", deleted_at=dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    )


def file_mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777
