"""Loading: JSON text parsed (a name given twice in an object kept for the checks), a validated
document written into a new workshop file in one transaction."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session

from dxworkshop.services import defaults
from dxworkshop.services.interchange.checker import ValidatedDocument
from dxworkshop.services.interchange.errors import InterchangeError, Problem
from dxworkshop.services.interchange.validate import validate_document
from dxworkshop.store import models as m
from dxworkshop.store.errors import WorkshopExists
from dxworkshop.store.workshop import Workshop


class _JsonObject(dict[str, Any]):
    """A JSON object in which a name was given twice (json keeps only the last value)."""

    duplicate_names: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    given = Counter(name for name, _ in pairs)
    flagged = _JsonObject(obj)
    flagged.duplicate_names = tuple(name for name, n in given.items() if n > 1)
    return flagged


def parse_json(text: str | bytes) -> Any:
    """Parse JSON text (UTF-8, a byte order mark allowed); a syntax error is an InterchangeError."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_object_pairs)
    except UnicodeDecodeError as exc:
        raise InterchangeError([Problem("", f"not UTF-8 text (byte {exc.start})")]) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise InterchangeError([Problem("", f"not valid JSON: {exc.msg} ({where})")]) from None
    except (ValueError, RecursionError) as exc:
        raise InterchangeError([Problem("", f"not valid JSON: {exc}")]) from None


def _write(session: Session, doc: ValidatedDocument) -> None:
    """Insert every row, one executemany per table; the ids come with the rows, so no flushes.

    Core inserts on the session's connection: the ORM's bulk insert costs about three
    times as much on a large programme. The few self-references are then set by primary key.
    """
    programme = {
        **doc.programme,
        "issue_categories": defaults.issue_categories(),
        "dx_means_catalogue": defaults.dx_means(),
    }
    connection = session.connection()
    connection.execute(insert(m.Programme), [programme])
    for table in doc.inserts:
        if table.rows:
            connection.execute(insert(table.model), table.rows)
    for table in doc.links:
        if table.rows:
            session.exec(update(table.model), params=table.rows)


def load_document(doc: Any, path: Path | str, *, backup_root: Path | None = None) -> Workshop:
    """Create the workshop file ``path`` from a parsed document and return it open.

    Refuses an existing ``path`` (WorkshopExists) before anything else, then validates the
    whole document (InterchangeError), and only then writes; a failure leaves no file.
    """
    path = Path(path)
    if path.exists():
        raise WorkshopExists(path)
    validated = validate_document(doc)

    def initialise(session: Session) -> None:
        _write(session, validated)

    return Workshop.create(path, initialise, backup_root=backup_root)


def load_json(text: str | bytes, path: Path | str, *, backup_root: Path | None = None) -> Workshop:
    """``load_document`` for JSON text."""
    path = Path(path)
    if path.exists():
        raise WorkshopExists(path)
    return load_document(parse_json(text), path, backup_root=backup_root)
