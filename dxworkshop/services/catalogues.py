"""The programme's two editable lists: issue categories (課題の分類) and DX means (DX手段).

Both live on the programme row as JSON lists. Every change writes the whole list, so
undo is "set the list as it was". Renaming an issue category re-tags the issues that
carry it; plan versions keep the DX means wording they were written with (a version
is a record of what was proposed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum

from sqlmodel import Session, col, select

from dxworkshop.services import ops
from dxworkshop.services._common import clean_text
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


class Catalogue(StrEnum):
    """Which list; the value is also the ``field`` of a ValidationError about it."""

    ISSUE_CATEGORIES = "issue_categories"
    DX_MEANS = "dx_means"


def _programme(session: Session) -> m.Programme:
    row = session.exec(select(m.Programme).order_by(col(m.Programme.id))).first()
    if row is None:
        raise NotFound("programme", 1)
    return row


def _entries(p: m.Programme, kind: Catalogue) -> list[str]:
    if kind is Catalogue.ISSUE_CATEGORIES:
        return list(p.issue_categories)
    return list(p.dx_means_catalogue)


def _store(p: m.Programme, kind: Catalogue, entries: list[str]) -> None:
    # A new list object, so SQLAlchemy sees the JSON column change.
    if kind is Catalogue.ISSUE_CATEGORIES:
        p.issue_categories = list(entries)
    else:
        p.dx_means_catalogue = list(entries)


def clean_entries(kind: Catalogue, entries: Iterable[str]) -> list[str]:
    """Trimmed entries; an empty or repeated entry is refused."""
    kind = Catalogue(kind)
    result: list[str] = []
    for raw in entries:
        text = clean_text(raw)
        if not text:
            raise ValidationError(kind.value, "empty", "an entry must not be empty")
        if text in result:
            raise ValidationError(kind.value, "duplicate", f"{text} is already in the list")
        result.append(text)
    return result


def get_catalogue(workshop: Workshop, kind: Catalogue) -> tuple[str, ...]:
    kind = Catalogue(kind)
    with workshop.session() as session:
        return tuple(_entries(_programme(session), kind))


def set_catalogue(workshop: Workshop, kind: Catalogue, entries: Iterable[str]) -> tuple[str, ...]:
    """Replace the whole list (validated first; nothing changes on an error)."""
    kind = Catalogue(kind)
    cleaned = clean_entries(kind, entries)
    with workshop.session() as session:
        p = _programme(session)
        _store(p, kind, cleaned)
        session.add(p)
        session.commit()
        return tuple(cleaned)


def add_entry(
    workshop: Workshop, kind: Catalogue, text: str, index: int | None = None
) -> tuple[str, ...]:
    """Insert *text* at *index* (the end when None)."""
    entries = list(get_catalogue(workshop, kind))
    entries.insert(len(entries) if index is None else max(0, index), text)
    return set_catalogue(workshop, kind, entries)


def _index_of(entries: list[str], kind: Catalogue, text: str) -> int:
    try:
        return entries.index(clean_text(text))
    except ValueError:
        raise NotFound(f"{kind.value} entry", text) from None


def remove_entry(workshop: Workshop, kind: Catalogue, text: str) -> tuple[str, ...]:
    """Take *text* off the list; issues keep it as a tag (undo puts it back in the list)."""
    kind = Catalogue(kind)
    entries = list(get_catalogue(workshop, kind))
    del entries[_index_of(entries, kind, text)]
    return set_catalogue(workshop, kind, entries)


def move_entry(workshop: Workshop, kind: Catalogue, text: str, to_index: int) -> tuple[str, ...]:
    kind = Catalogue(kind)
    entries = list(get_catalogue(workshop, kind))
    entry = entries.pop(_index_of(entries, kind, text))
    entries.insert(max(0, min(to_index, len(entries))), entry)
    return set_catalogue(workshop, kind, entries)


def rename_entry(workshop: Workshop, kind: Catalogue, old: str, new: str) -> tuple[str, ...]:
    """Rename an entry in place; for issue categories, the issues tagged *old* follow.

    Refused when an issue already carries *new* as a tag: merging the two would make
    the rename impossible to undo exactly.
    """
    kind = Catalogue(kind)
    with workshop.session() as session:
        p = _programme(session)
        entries = _entries(p, kind)
        where = _index_of(entries, kind, old)
        old = entries[where]
        entries[where] = new
        cleaned = clean_entries(kind, entries)
        new = cleaned[where]
        if new == old:
            return tuple(cleaned)
        if kind is Catalogue.ISSUE_CATEGORIES:
            _retag_issues(session, old, new)
        _store(p, kind, cleaned)
        session.add(p)
        session.commit()
        return tuple(cleaned)


def _retag_issues(session: Session, old: str, new: str) -> None:
    # Deleted issues too, so restoring one finds its tags in the catalogue.
    issues = session.exec(select(m.Issue)).all()
    if any(new in issue.categories for issue in issues):
        raise ValidationError(
            Catalogue.ISSUE_CATEGORIES.value,
            "tag_in_use",
            f"some issues are already tagged {new}",
        )
    for issue in issues:
        if old in issue.categories:
            issue.categories = [new if tag == old else tag for tag in issue.categories]
            session.add(issue)


def usage(workshop: Workshop, kind: Catalogue) -> dict[str, int]:
    """How many live issues carry each category, or how many plans' newest versions
    propose each DX means (entries not in the list are counted too)."""
    kind = Catalogue(kind)
    counts: dict[str, int] = {}
    with workshop.session() as session:
        # Only the JSON columns are read: this stays quick with thousands of issues.
        if kind is Catalogue.ISSUE_CATEGORIES:
            lists = list(
                session.exec(
                    select(m.Issue.categories).where(col(m.Issue.deleted_at).is_(None))
                ).all()
            )
        else:
            live_plans = set(
                session.exec(select(m.Plan.id).where(col(m.Plan.deleted_at).is_(None))).all()
            )
            newest: dict[int, tuple[int, Sequence[str]]] = {}
            versions = session.exec(
                select(m.PlanVersion.plan_id, m.PlanVersion.number, m.PlanVersion.dx_means)
            ).all()
            for plan_id, number, means in versions:
                if plan_id in live_plans and (plan_id not in newest or number > newest[plan_id][0]):
                    newest[plan_id] = (number, means)
            lists = [means for _number, means in newest.values()]
        for tags in lists:
            for tag in set(tags):
                counts[tag] = counts.get(tag, 0) + 1
    return counts


# Named conveniences for the two lists.


def get_issue_categories(workshop: Workshop) -> tuple[str, ...]:
    return get_catalogue(workshop, Catalogue.ISSUE_CATEGORIES)


def set_issue_categories(workshop: Workshop, entries: Iterable[str]) -> tuple[str, ...]:
    return set_catalogue(workshop, Catalogue.ISSUE_CATEGORIES, entries)


def get_dx_means(workshop: Workshop) -> tuple[str, ...]:
    return get_catalogue(workshop, Catalogue.DX_MEANS)


def set_dx_means(workshop: Workshop, entries: Iterable[str]) -> tuple[str, ...]:
    return set_catalogue(workshop, Catalogue.DX_MEANS, entries)


# --- operations (see services/ops.py) -----------------------------------------------------------
#
# A catalogue is a list on the programme row: it has no ids, so its changes are the kind
# alone. Renaming an issue category also re-tags issues, and those are reported.


def set_catalogue_op(kind: Catalogue, entries: Iterable[str]) -> ops.Operation:
    """:func:`set_catalogue` as an operation; its reverse sets the list as it was."""
    wanted = tuple(entries)
    return _list_op(kind, lambda ws: set_catalogue(ws, kind, wanted))


def _list_op(kind: Catalogue, edit: Callable[[Workshop], tuple[str, ...]]) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[tuple[str, ...]]:
        before = get_catalogue(workshop, kind)
        result = edit(workshop)
        return ops.OpResult(result, ops.Changes.of(catalogue=None), set_catalogue_op(kind, before))

    return run


def add_entry_op(kind: Catalogue, text: str, index: int | None = None) -> ops.Operation:
    """:func:`add_entry` as an operation (value: the new list)."""
    return _list_op(kind, lambda ws: add_entry(ws, kind, text, index))


def remove_entry_op(kind: Catalogue, text: str) -> ops.Operation:
    """:func:`remove_entry` as an operation; its reverse puts the entry back in its place."""
    return _list_op(kind, lambda ws: remove_entry(ws, kind, text))


def move_entry_op(kind: Catalogue, text: str, to_index: int) -> ops.Operation:
    """:func:`move_entry` as an operation; its reverse puts the list back in its order."""
    return _list_op(kind, lambda ws: move_entry(ws, kind, text, to_index))


def rename_entry_op(kind: Catalogue, old: str, new: str) -> ops.Operation:
    """:func:`rename_entry` as an operation; its reverse renames the entry (as saved,
    trimmed) back, re-tagging the same issues."""
    kind = Catalogue(kind)

    def run(workshop: Workshop) -> ops.OpResult[tuple[str, ...]]:
        entries = list(get_catalogue(workshop, kind))
        position = _index_of(entries, kind, old)
        before = entries[position]
        retagged = _tagged(workshop, before) if kind is Catalogue.ISSUE_CATEGORIES else set()
        result = rename_entry(workshop, kind, old, new)
        after = result[position]
        changes = ops.Changes.of(catalogue=None)
        if retagged and after != before:
            changes |= ops.Changes.of(issue=retagged)
        return ops.OpResult(result, changes, rename_entry_op(kind, after, before))

    return run


def _tagged(workshop: Workshop, tag: str) -> set[int]:
    """Issues (deleted ones too, as :func:`rename_entry` re-tags them) tagged *tag*."""
    with workshop.session() as session:
        return {
            ident
            for ident, tags in session.exec(select(m.Issue.id, m.Issue.categories)).all()
            if ident is not None and tag in tags
        }
