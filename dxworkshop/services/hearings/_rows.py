"""Two helpers every module of the pre-hearing uses on stored rows: the time a soft
delete (or a retirement) is stamped with, and a live row by id (else NotFound)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session

from dxworkshop.services.errors import NotFound


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def live(session: Session, model: Any, ident: int, what: str) -> Any:
    row = session.get(model, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound(what, ident)
    return row
