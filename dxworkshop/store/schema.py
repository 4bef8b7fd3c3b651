"""What makes a workshop file sound: SQLite's checks, its foreign keys and its schema.

One home for the checks ``Workshop.open`` (through ``inspect_file``) and ``dxworkshop
check`` run: :func:`file_problems`. A workshop file is data, never code: a trigger or
view (dxworkshop defines none), or an index or table the schema does not define, was
put there by someone else — a trigger would run inside our next edit. Those are
refused by name; a schema object of ours that differs (a table replaced by a view, a
column's type or constraint changed, an index dropped) is damage. "Ours" is built once
per process: the current schema created in an in-memory database exactly as
``Workshop.create`` creates it, described the same way the file is. SQLite's internal
objects (``sqlite_sequence``, ``sqlite_stat1``, autoindexes) are not compared by name.

Every connection to a workshop file runs :func:`distrust_schema` first
(``PRAGMA trusted_schema=OFF``): functions with side effects cannot run from the schema.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass

#: How many problems a report keeps (the first is what a refusal says).
MAX_PROBLEMS = 20

ALEMBIC_VERSION_DDL = (
    "CREATE TABLE IF NOT EXISTS alembic_version ("
    "version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def distrust_schema(conn: sqlite3.Connection) -> None:
    """No function with side effects may run from a trigger or view of this file."""
    conn.execute("PRAGMA trusted_schema=OFF")


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # table, index, view, trigger
    name: str
    table: str
    shape: tuple[object, ...]  # what must match (tables and indexes)


def _normal(sql: str | None) -> str:
    """SQL text compared loosely: case, quoting and spacing do not count."""
    text = re.sub(r"[\"`\[\]]", "", (sql or "").lower())
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\s*([(),])\s*", r"\1", text).strip()


def _checks(sql: str) -> tuple[str, ...]:
    """The CHECK constraints of a CREATE TABLE statement, normalised and sorted."""
    found = []
    normal = _normal(sql)
    for match in re.finditer(r"\bcheck\(", normal):
        depth, start = 0, match.end() - 1
        for i in range(start, len(normal)):
            if normal[i] == "(":
                depth += 1
            elif normal[i] == ")":
                depth -= 1
                if depth == 0:
                    found.append(normal[start : i + 1])
                    break
    return tuple(sorted(found))


def _index_shape(conn: sqlite3.Connection, name: str) -> tuple[object, ...]:
    rows = conn.execute(f'PRAGMA index_xinfo("{name}")').fetchall()
    # (name, descending, collation) of each key column, in order
    return tuple((r[2], r[3], r[4]) for r in rows if r[5])


def _table_shape(conn: sqlite3.Connection, name: str, sql: str) -> tuple[object, ...]:
    columns = tuple(
        (r[1], str(r[2]).upper(), r[3], _normal(r[4]) if r[4] is not None else None, r[5], r[6])
        for r in conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
    )
    keys = tuple(
        sorted(
            tuple(str(v) for v in r[1:])
            for r in conn.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
        )
    )
    # Unique constraints and the primary key show as autoindexes: compared by what they
    # cover, not by their generated names.
    implied = tuple(
        sorted(
            (r[2], r[3], _index_shape(conn, r[1]))
            for r in conn.execute(f'PRAGMA index_list("{name}")').fetchall()
            if r[3] != "c"
        )
    )
    virtual = _normal(sql).startswith("create virtual")
    return (columns, keys, implied, _checks(sql), virtual)


#: Tables SQLite makes itself (AUTOINCREMENT, ANALYZE).
INTERNAL_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)


def _internal(kind: str, name: str, sql: object) -> bool:
    """SQLite's own objects. Matched exactly: a trigger named ``sqlite_…`` (written into
    the schema by hand) is no internal object."""
    if kind == "table":
        return name in INTERNAL_TABLES
    return kind == "index" and name.startswith("sqlite_autoindex_") and sql is None


def describe(conn: sqlite3.Connection) -> dict[str, SchemaObject]:
    """Every schema object of *conn* but SQLite's own, by name."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    objects: dict[str, SchemaObject] = {}
    for kind, name, table, sql in rows:
        kind, name, table = str(kind), str(name), str(table)
        if _internal(kind, name, sql):
            continue
        shape: tuple[object, ...] = ()
        if kind == "table":
            if _normal(sql).startswith("create virtual"):
                shape = ("virtual", _normal(sql))  # never asked about its columns
            else:
                shape = _table_shape(conn, name, str(sql or ""))
        elif kind == "index":
            partial = _normal(sql).split(" where ", 1)[1] if " where " in _normal(sql) else ""
            unique = _normal(sql).startswith("create unique")
            shape = (table, unique, partial, _index_shape(conn, name))
        objects[name] = SchemaObject(kind, name, table, shape)
    return objects


@functools.cache
def reference() -> dict[str, SchemaObject]:
    """The schema objects of this build, made as ``Workshop.create`` makes them."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from dxworkshop.store.models import metadata

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(ALEMBIC_VERSION_DDL)
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            return describe(driver)
        finally:
            raw.close()
    finally:
        engine.dispose()


def _what(obj: SchemaObject) -> str:
    return f"{obj.kind} “{obj.name}”"


def _how(actual: SchemaObject, expected: SchemaObject) -> str:
    """What differs in a table, as " (…)", when it is a column; "" otherwise."""
    if actual.kind != "table" or len(actual.shape) < 2 or len(expected.shape) < 2:
        return ""
    theirs = {c[0]: c for c in actual.shape[0]}  # type: ignore[attr-defined]
    ours = {c[0]: c for c in expected.shape[0]}  # type: ignore[attr-defined]
    table = actual.name
    for name in ours:
        if name not in theirs:
            return f" (no column {table}.{name})"
    for name in theirs:
        if name not in ours:
            return f" (a column {table}.{name} that dxworkshop does not define)"
    for name, column in ours.items():
        if theirs[name] != column:
            return f" (column {table}.{name} changed)"
    return " (its keys or constraints)"


def schema_problems(conn: sqlite3.Connection, *, current: bool) -> list[str]:
    """How the schema of *conn* departs from ours, one sentence each (empty when sound).

    *current*: the file claims this build's schema version, so it is compared in full;
    an older file (before its upgrade) is only refused for triggers and views, which no
    version of dxworkshop ever made.
    """
    found = describe(conn)
    ours = reference()
    foreign = [
        obj
        for name, obj in found.items()
        if name not in ours and (current or obj.kind in ("trigger", "view"))
    ]
    problems: list[str] = []
    if foreign:
        names = ", ".join(_what(obj) for obj in foreign[:10])
        more = f" and {len(foreign) - 10} more" if len(foreign) > 10 else ""
        problems.append(
            f"it holds {names}{more} that dxworkshop does not define (added outside dxworkshop)"
        )
    if not current:
        return problems
    for name, expected in ours.items():
        actual = found.get(name)
        if actual is None:
            problems.append(f"no {_what(expected)}")
        elif actual.kind != expected.kind:
            problems.append(f"{_what(actual)} where dxworkshop has a {expected.kind}")
        elif actual.table != expected.table or actual.shape != expected.shape:
            problems.append(
                f"{_what(actual)} differs from dxworkshop's layout{_how(actual, expected)}"
            )
    return problems


def file_problems(conn: sqlite3.Connection, *, current: bool) -> list[str]:
    """Everything that makes the file unsound, most basic first; empty when sound.

    ``integrity_check`` (the full check: only it compares each index with its table),
    then the schema objects (:func:`schema_problems`), then ``foreign_key_check`` (rows
    that refer to a row that is not there).
    """
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        return rows[:MAX_PROBLEMS]
    problems = schema_problems(conn, current=current)
    if problems:
        return problems[:MAX_PROBLEMS]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(
        MAX_PROBLEMS
    ):
        problems.append(f"row {rowid} of {table} refers to a missing {parent}")
    return problems
