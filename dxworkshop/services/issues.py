"""Issue extraction (課題抽出): issue cards, affinity clusters (KJ法) and their board layout.

Issue cards carry the workload inputs (件数/年 × 分/件 × 人数); the read model adds the
annual hours from ``domain.workload.annual_hours``. Clusters (親和グループ, labelled with a
表札) nest; soft-deleting a cluster leaves its cards and child clusters alone: they show
in the nearest live ancestor (or loose) until the cluster is restored.

Every edit returns what its undo needs: ``add_*`` pairs with ``set_*_deleted``; an issue
edit is undone by ``restore_issue`` with the ``IssueSnapshot`` taken before; board edits
(cluster membership, nesting, positions, deleting clusters) go through ``arrange``, which
applies a ``BoardChange`` in one commit and returns the change that undoes it exactly
(and applying that one returns the redo).

Reads are a handful of queries whatever the size (12,000 issues list in well under a
second): columns are selected, not ORM objects, and names are resolved from dicts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from dxworkshop.domain import limits
from dxworkshop.domain.enums import IssueSource, IssueStatus
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import ops
from dxworkshop.services._common import (
    UNSET,
    Unset,
    check_number,
    clean_text,
    plain_text,
    required_text,
)
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

Position = tuple[float, float] | None

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_WORDS = re.compile(r"[\s\u3000]+")


# --- read models ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IssueRow:
    id: int
    title: str
    owner_id: int | None
    owner_name: str
    owner_kana: str
    municipality_id: int | None
    municipality_name: str
    group_id: int | None
    group_name: str
    process: str  # 業務名
    description: str  # 現状・困りごと
    categories: tuple[str, ...]
    cases_per_year: float | None
    minutes_per_case: float | None
    people: float | None
    annual_hours: float | None
    source: IssueSource
    status: IssueStatus
    finding_id: int | None
    #: the live cluster the card shows in (the stored one, or its nearest live ancestor)
    cluster_id: int | None
    cluster_label: str
    board_x: float | None
    board_y: float | None


@dataclass(frozen=True, slots=True)
class ClusterRow:
    id: int
    label: str  # 表札
    #: the live parent (the stored one, or its nearest live ancestor); None at the top
    parent_id: int | None
    colour: str  # "#rrggbb" or "" (the board picks one)
    board_x: float | None
    board_y: float | None
    depth: int  # 0 at the top level


@dataclass(frozen=True, slots=True)
class IssueSnapshot:
    """Every editable field of one issue as stored: what undoing an edit goes back to."""

    id: int
    title: str
    owner_id: int | None
    municipality_id: int | None
    group_id: int | None
    process: str
    description: str
    categories: tuple[str, ...]
    cases_per_year: float | None
    minutes_per_case: float | None
    people: float | None
    source: str
    status: str
    finding_id: int | None


@dataclass(frozen=True)
class BoardChange:
    """A change to the affinity board, applied in one commit by ``arrange``.

    Each mapping gives the new value per id: an issue's cluster (None: loose) and
    position, a cluster's parent (None: top level), position and deleted flag. A
    position of None means "not placed" (the board lays it out).
    """

    issue_clusters: Mapping[int, int | None] = field(default_factory=dict)
    issue_positions: Mapping[int, Position] = field(default_factory=dict)
    cluster_parents: Mapping[int, int | None] = field(default_factory=dict)
    cluster_positions: Mapping[int, Position] = field(default_factory=dict)
    cluster_deleted: Mapping[int, bool] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (
            self.issue_clusters
            or self.issue_positions
            or self.cluster_parents
            or self.cluster_positions
            or self.cluster_deleted
        )


@dataclass(frozen=True, slots=True)
class ClusterAdded:
    cluster: ClusterRow
    #: applying this with ``arrange`` removes the cluster and puts its cards back
    undo: BoardChange


# --- helpers --------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def fold(text: str) -> str:
    """Text for matching: full/half width unified, no case."""
    return unicodedata.normalize("NFKC", text).casefold()


def _coordinate(value: Position) -> Position:
    if value is None:
        return None
    x = check_number("position", value[0], limits.BOARD_COORDINATE)
    y = check_number("position", value[1], limits.BOARD_COORDINATE)
    assert x is not None and y is not None
    return (x, y)


def _position(x: float | None, y: float | None) -> Position:
    return _coordinate((x, y)) if x is not None and y is not None else None


def _categories(values: Iterable[str]) -> list[str]:
    if isinstance(values, str):
        raise ValidationError("categories", "bad_value", "categories must be a list")
    result: list[str] = []
    for raw in values:
        text = clean_text(raw)
        if text and text not in result:
            result.append(text)
    return result


def _source(value: IssueSource | str) -> str:
    try:
        return IssueSource(value).value
    except ValueError:
        raise ValidationError("source", "bad_value", f"unknown source {value!r}") from None


def _status(value: IssueStatus | str) -> str:
    try:
        return IssueStatus(value).value
    except ValueError:
        raise ValidationError("status", "bad_value", f"unknown status {value!r}") from None


def _colour(value: str) -> str:
    text = clean_text(value)
    if text and not _COLOUR.fullmatch(text):
        raise ValidationError("colour", "bad_value", f"{text!r} is not a #rrggbb colour")
    return text.lower()


def _live_issue(session: Session, issue_id: int) -> m.Issue:
    row = session.get(m.Issue, issue_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("issue", issue_id)
    return row


def _live_cluster(session: Session, cluster_id: int) -> m.Cluster:
    row = session.get(m.Cluster, cluster_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("cluster", cluster_id)
    return row


def _check_owner(session: Session, owner_id: int | None) -> m.Person | None:
    if owner_id is None:
        return None
    person = session.get(m.Person, owner_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("person", owner_id)
    return person


def _check_live(session: Session, model: type[m.SoftDeleted], ident: int | None, what: str) -> None:
    if ident is None:
        return
    row = session.get(model, ident)
    if row is None or row.deleted_at is not None:
        raise NotFound(what, ident)


def _owner_group(session: Session, owner_id: int) -> int | None:
    """The owner's first live work group (in the groups' order)."""
    found = session.exec(
        select(m.WorkGroup.id)
        .join(m.GroupMember, col(m.GroupMember.group_id) == col(m.WorkGroup.id))
        .where(m.GroupMember.person_id == owner_id, col(m.WorkGroup.deleted_at).is_(None))
        .order_by(col(m.WorkGroup.position), col(m.WorkGroup.id))
    ).first()
    return found


class _Clusters:
    """All clusters (deleted ones too) with live-ancestor resolution."""

    def __init__(self, session: Session) -> None:
        self.rows: dict[int, tuple[str, int | None, str, float | None, float | None, bool]] = {}
        statement = sa_select(
            col(m.Cluster.id),
            col(m.Cluster.label),
            col(m.Cluster.parent_id),
            col(m.Cluster.colour),
            col(m.Cluster.board_x),
            col(m.Cluster.board_y),
            col(m.Cluster.deleted_at),
        )
        for cid, label, parent, colour, x, y, deleted in session.connection().execute(statement):
            assert cid is not None
            self.rows[cid] = (label, parent, colour, x, y, deleted is None)
        self._live_cache: dict[int | None, int | None] = {None: None}

    def live(self, cluster_id: int | None) -> int | None:
        """*cluster_id* if live, else its nearest live ancestor (None when there is none)."""
        if cluster_id in self._live_cache:
            return self._live_cache[cluster_id]
        seen: list[int] = []
        current = cluster_id
        result: int | None = None
        while current is not None and current not in seen:
            if current in self._live_cache:
                result = self._live_cache[current]
                break
            seen.append(current)
            row = self.rows.get(current)
            if row is None:
                break
            if row[5]:
                result = current
                break
            current = row[1]
        for ident in seen:
            self._live_cache[ident] = result
        return result

    def live_parent(self, cluster_id: int) -> int | None:
        row = self.rows.get(cluster_id)
        return self.live(row[1]) if row is not None else None

    def label(self, cluster_id: int | None) -> str:
        row = self.rows.get(cluster_id) if cluster_id is not None else None
        return row[0] if row is not None else ""

    def depth(self, cluster_id: int) -> int:
        depth = 0
        current = self.live_parent(cluster_id)
        seen = {cluster_id}
        while current is not None and current not in seen:
            seen.add(current)
            depth += 1
            current = self.live_parent(current)
        return depth

    def row(self, cluster_id: int) -> ClusterRow:
        label, _parent, colour, x, y, _live = self.rows[cluster_id]
        return ClusterRow(
            cluster_id, label, self.live_parent(cluster_id), colour, x, y, self.depth(cluster_id)
        )


# --- issues: reads ---------------------------------------------------------------------


_ISSUE_COLUMNS: tuple[Any, ...] = tuple(
    col(c)
    for c in (
        m.Issue.id,
        m.Issue.title,
        m.Issue.owner_id,
        m.Issue.municipality_id,
        m.Issue.group_id,
        m.Issue.process,
        m.Issue.description,
        m.Issue.categories,
        m.Issue.cases_per_year,
        m.Issue.minutes_per_case,
        m.Issue.people,
        m.Issue.source,
        m.Issue.status,
        m.Issue.finding_id,
        m.Issue.cluster_id,
        m.Issue.board_x,
        m.Issue.board_y,
    )
)


#: Up to this many cards read by id, only the people, municipalities and groups they name
#: are read with them (an edit reads its card again: not the programme's 1,000 people).
_FEW = 200


def _issue_rows(
    session: Session,
    *,
    ids: Iterable[int] | None = None,
    municipality_id: int | None = None,
    group_id: int | None = None,
    owner_id: int | None = None,
    category: str | None = None,
    status: IssueStatus | str | None = None,
    text: str = "",
) -> list[IssueRow]:
    stmt = sa_select(*_ISSUE_COLUMNS).where(col(m.Issue.deleted_at).is_(None))
    if ids is not None:
        stmt = stmt.where(col(m.Issue.id).in_(list(ids)))
    if municipality_id is not None:
        stmt = stmt.where(col(m.Issue.municipality_id) == municipality_id)
    if group_id is not None:
        stmt = stmt.where(col(m.Issue.group_id) == group_id)
    if owner_id is not None:
        stmt = stmt.where(col(m.Issue.owner_id) == owner_id)
    if status is not None:
        stmt = stmt.where(col(m.Issue.status) == _status(status))
    raw = session.connection().execute(stmt.order_by(col(m.Issue.id))).all()
    person_stmt = select(m.Person.id, m.Person.name, m.Person.kana)
    muni_stmt = select(m.Municipality.id, m.Municipality.name)
    group_stmt = select(m.WorkGroup.id, m.WorkGroup.name).where(
        col(m.WorkGroup.deleted_at).is_(None)
    )
    if ids is not None and len(raw) <= _FEW:  # a few cards: the names they show only
        person_stmt = person_stmt.where(col(m.Person.id).in_({r[2] for r in raw} - {None}))
        muni_stmt = muni_stmt.where(col(m.Municipality.id).in_({r[3] for r in raw} - {None}))
        group_stmt = group_stmt.where(col(m.WorkGroup.id).in_({r[4] for r in raw} - {None}))
    people = {pid: (name, kana) for pid, name, kana in session.exec(person_stmt).all()}
    munis = dict(session.exec(muni_stmt).all())
    groups = dict(session.exec(group_stmt).all())
    clusters = _Clusters(session)
    words = [fold(w) for w in _WORDS.split(text) if w]
    result: list[IssueRow] = []
    for (
        iid,
        title,
        owner,
        muni,
        group,
        process,
        description,
        cats,
        cases,
        minutes,
        heads,
        source,
        state,
        finding,
        cluster,
        x,
        y,
    ) in raw:
        tags = tuple(cats or ())
        if category is not None and category not in tags:
            continue
        owner_name, owner_kana = people.get(owner, ("", "")) if owner is not None else ("", "")
        live_cluster = clusters.live(cluster)
        row = IssueRow(
            id=iid,
            title=title,
            owner_id=owner,
            owner_name=owner_name,
            owner_kana=owner_kana,
            municipality_id=muni,
            municipality_name=munis.get(muni, "") if muni is not None else "",
            group_id=group if group in groups else None,
            group_name=groups.get(group, "") if group is not None else "",
            process=process,
            description=description,
            categories=tags,
            cases_per_year=cases,
            minutes_per_case=minutes,
            people=heads,
            annual_hours=annual_hours(cases, minutes, heads),
            source=IssueSource(source),
            status=IssueStatus(state),
            finding_id=finding,
            cluster_id=live_cluster,
            cluster_label=clusters.label(live_cluster),
            board_x=x,
            board_y=y,
        )
        if words:
            haystack = fold(
                " ".join(
                    (
                        row.title,
                        row.process,
                        row.description,
                        row.owner_name,
                        row.owner_kana,
                        row.municipality_name,
                        row.group_name,
                        row.cluster_label,
                        *row.categories,
                    )
                )
            )
            if not all(w in haystack for w in words):
                continue
        result.append(row)
    return result


def list_issues(
    workshop: Workshop,
    *,
    municipality_id: int | None = None,
    group_id: int | None = None,
    owner_id: int | None = None,
    category: str | None = None,
    status: IssueStatus | str | None = None,
    text: str = "",
) -> list[IssueRow]:
    """Live issues in the order they were written; each filter given narrows the list.

    *text* keeps issues whose title, 業務名, description, owner, municipality, group,
    表札 or categories contain every word (full/half width and case ignored).
    """
    with workshop.session() as session:
        return _issue_rows(
            session,
            municipality_id=municipality_id,
            group_id=group_id,
            owner_id=owner_id,
            category=category,
            status=status,
            text=text,
        )


def issue_rows(workshop: Workshop, issue_ids: Iterable[int]) -> list[IssueRow]:
    """The live issues among *issue_ids* (one query: what a page updates after an edit)."""
    ids = list(dict.fromkeys(issue_ids))
    if not ids:
        return []
    with workshop.session() as session:
        return _issue_rows(session, ids=ids)


def issue_count(workshop: Workshop) -> int:
    """How many live issues the programme has (counted in SQL)."""
    with workshop.session() as session:
        stmt = select(func.count()).select_from(m.Issue).where(col(m.Issue.deleted_at).is_(None))
        return int(session.exec(stmt).one())


def get_issue(workshop: Workshop, issue_id: int) -> IssueRow:
    with workshop.session() as session:
        rows = _issue_rows(session, ids=[issue_id])
        if not rows:
            raise NotFound("issue", issue_id)
        return rows[0]


def total_hours(rows: Iterable[IssueRow]) -> float:
    """Annual hours of the issues whose workload is known."""
    return sum(r.annual_hours for r in rows if r.annual_hours is not None)


# --- issues: edits --------------------------------------------------------------------------


def add_issue(
    workshop: Workshop,
    title: str,
    owner_id: int | None = None,
    *,
    municipality_id: int | Unset | None = UNSET,
    group_id: int | Unset | None = UNSET,
    process: str = "",
    description: str = "",
    categories: Iterable[str] = (),
    cases_per_year: float | None = None,
    minutes_per_case: float | None = None,
    people: float | None = None,
    source: IssueSource | str = IssueSource.WORKSHOP,
    status: IssueStatus | str = IssueStatus.CANDIDATE,
    finding_id: int | None = None,
    cluster_id: int | None = None,
    board_x: float | None = None,
    board_y: float | None = None,
) -> IssueRow:
    """A new issue card; only the title is required.

    The municipality and group default to the owner's (their municipality and their
    first group); pass them (or None) to set them otherwise. Undo with
    ``set_issues_deleted``.
    """
    row = m.Issue(
        title=required_text("title", title),
        owner_id=owner_id,
        process=clean_text(process),
        description=plain_text(description),
        categories=_categories(categories),
        cases_per_year=check_number("cases_per_year", cases_per_year),
        minutes_per_case=check_number("minutes_per_case", minutes_per_case),
        people=check_number("people", people),
        source=_source(source),
        status=_status(status),
        finding_id=finding_id,
        cluster_id=cluster_id,
    )
    position = (
        _coordinate((board_x, board_y)) if board_x is not None and board_y is not None else None
    )
    if position is not None:
        row.board_x, row.board_y = position
    with workshop.session() as session:
        owner = _check_owner(session, owner_id)
        if municipality_id is UNSET:
            row.municipality_id = owner.municipality_id if owner is not None else None
        else:
            _check_live(session, m.Municipality, municipality_id, "municipality")
            row.municipality_id = municipality_id
        if group_id is UNSET:
            row.group_id = _owner_group(session, owner_id) if owner_id is not None else None
        else:
            _check_live(session, m.WorkGroup, group_id, "group")
            row.group_id = group_id
        if cluster_id is not None:
            _live_cluster(session, cluster_id)
        if finding_id is not None and session.get(m.Finding, finding_id) is None:
            raise NotFound("finding", finding_id)
        session.add(row)
        session.commit()
        assert row.id is not None
        return _issue_rows(session, ids=[row.id])[0]


def update_issue(
    workshop: Workshop,
    issue_id: int,
    *,
    title: str | None = None,
    owner_id: int | Unset | None = UNSET,
    municipality_id: int | Unset | None = UNSET,
    group_id: int | Unset | None = UNSET,
    process: str | None = None,
    description: str | None = None,
    categories: Iterable[str] | None = None,
    cases_per_year: float | Unset | None = UNSET,
    minutes_per_case: float | Unset | None = UNSET,
    people: float | Unset | None = UNSET,
    source: IssueSource | str | None = None,
    status: IssueStatus | str | None = None,
    finding_id: int | Unset | None = UNSET,
) -> IssueRow:
    """Change the given fields (for the nullable ones ``None`` clears, omitting keeps).

    A new owner brings their municipality and group along unless those are given too.
    Take ``snapshot_issue`` first; ``restore_issue`` undoes.
    """
    with workshop.session() as session:
        row = _live_issue(session, issue_id)
        if title is not None:
            row.title = required_text("title", title)
        if owner_id is not UNSET:
            owner = _check_owner(session, owner_id)
            row.owner_id = owner_id
            if municipality_id is UNSET:
                row.municipality_id = owner.municipality_id if owner is not None else None
            if group_id is UNSET:
                row.group_id = _owner_group(session, owner_id) if owner_id is not None else None
        if municipality_id is not UNSET:
            _check_live(session, m.Municipality, municipality_id, "municipality")
            row.municipality_id = municipality_id
        if group_id is not UNSET:
            _check_live(session, m.WorkGroup, group_id, "group")
            row.group_id = group_id
        if process is not None:
            row.process = clean_text(process)
        if description is not None:
            row.description = plain_text(description)
        if categories is not None:
            row.categories = _categories(categories)
        if cases_per_year is not UNSET:
            row.cases_per_year = check_number("cases_per_year", cases_per_year)
        if minutes_per_case is not UNSET:
            row.minutes_per_case = check_number("minutes_per_case", minutes_per_case)
        if people is not UNSET:
            row.people = check_number("people", people)
        if source is not None:
            row.source = _source(source)
        if status is not None:
            row.status = _status(status)
        if finding_id is not UNSET:
            if finding_id is not None and session.get(m.Finding, finding_id) is None:
                raise NotFound("finding", finding_id)
            row.finding_id = finding_id
        session.add(row)
        session.commit()
        return _issue_rows(session, ids=[issue_id])[0]


def snapshot_issue(workshop: Workshop, issue_id: int) -> IssueSnapshot:
    with workshop.session() as session:
        r = _live_issue(session, issue_id)
        return IssueSnapshot(
            id=issue_id,
            title=r.title,
            owner_id=r.owner_id,
            municipality_id=r.municipality_id,
            group_id=r.group_id,
            process=r.process,
            description=r.description,
            categories=tuple(r.categories),
            cases_per_year=r.cases_per_year,
            minutes_per_case=r.minutes_per_case,
            people=r.people,
            source=r.source,
            status=r.status,
            finding_id=r.finding_id,
        )


def restore_issue(workshop: Workshop, snapshot: IssueSnapshot) -> IssueRow:
    """Put every editable field back as *snapshot* holds it (no validation: it was stored)."""
    with workshop.session() as session:
        row = session.get(m.Issue, snapshot.id)
        if row is None:
            raise NotFound("issue", snapshot.id)
        row.title = snapshot.title
        row.owner_id = snapshot.owner_id
        row.municipality_id = snapshot.municipality_id
        row.group_id = snapshot.group_id
        row.process = snapshot.process
        row.description = snapshot.description
        row.categories = list(snapshot.categories)
        row.cases_per_year = snapshot.cases_per_year
        row.minutes_per_case = snapshot.minutes_per_case
        row.people = snapshot.people
        row.source = snapshot.source
        row.status = snapshot.status
        row.finding_id = snapshot.finding_id
        session.add(row)
        session.commit()
        return _issue_rows(session, ids=[snapshot.id])[0]


def set_issues_deleted(workshop: Workshop, issue_ids: Iterable[int], deleted: bool) -> None:
    """Soft-delete (or restore) issues; scores, votes and plans stay with them."""
    ids = list(dict.fromkeys(issue_ids))
    with workshop.session() as session:
        rows = session.exec(select(m.Issue).where(col(m.Issue.id).in_(ids))).all()
        found = {r.id for r in rows}
        for ident in ids:
            if ident not in found:
                raise NotFound("issue", ident)
        stamp = _now() if deleted else None
        for r in rows:
            r.deleted_at = stamp
            session.add(r)
        session.commit()


# --- operations (see services/ops.py) -----------------------------------------------------------


def add_issue_op(title: str, owner_id: int | None = None, **fields: Any) -> ops.Operation:
    """:func:`add_issue` as an operation: its reverse removes the card, whose reverse brings
    the same card back (same id, scores and votes)."""

    def run(workshop: Workshop) -> ops.OpResult[IssueRow]:
        row = add_issue(workshop, title, owner_id, **fields)
        return ops.OpResult(row, _issue_changes([row.id]), set_issues_deleted_op([row.id], True))

    return run


def set_issues_deleted_op(issue_ids: Iterable[int], deleted: bool) -> ops.Operation:
    """:func:`set_issues_deleted` as an operation (its reverse restores, or deletes again)."""
    ids = list(dict.fromkeys(issue_ids))

    def run(workshop: Workshop) -> ops.OpResult[None]:
        set_issues_deleted(workshop, ids, deleted)
        return ops.OpResult(None, _issue_changes(ids), set_issues_deleted_op(ids, not deleted))

    return run


def update_issue_op(issue_id: int, **fields: Any) -> ops.Operation:
    """:func:`update_issue` as an operation: its reverse puts every field back as it was."""

    def run(workshop: Workshop) -> ops.OpResult[IssueRow]:
        before = snapshot_issue(workshop, issue_id)
        row = update_issue(workshop, issue_id, **fields)
        return ops.OpResult(row, ops.Changes.of(issue=[issue_id]), _restore_issue_op(before))

    return run


def _restore_issue_op(snapshot: IssueSnapshot) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[IssueRow]:
        current = snapshot_issue(workshop, snapshot.id)
        row = restore_issue(workshop, snapshot)
        return ops.OpResult(row, ops.Changes.of(issue=[snapshot.id]), _restore_issue_op(current))

    return run


def _issue_changes(ids: Iterable[int]) -> ops.Changes:
    # A card's scores, votes and place on the boards go and come with it.
    return ops.Changes.of(issue=ids, score=None, vote=None)


# --- clusters ---------------------------------------------------------------------------------


def list_clusters(workshop: Workshop) -> list[ClusterRow]:
    """Live clusters in the order they were made, with their live parent and depth."""
    with workshop.session() as session:
        clusters = _Clusters(session)
        return [clusters.row(cid) for cid in sorted(clusters.rows) if clusters.rows[cid][5]]


def get_cluster(workshop: Workshop, cluster_id: int) -> ClusterRow:
    with workshop.session() as session:
        clusters = _Clusters(session)
        if cluster_id not in clusters.rows or not clusters.rows[cluster_id][5]:
            raise NotFound("cluster", cluster_id)
        return clusters.row(cluster_id)


def add_cluster(
    workshop: Workshop,
    label: str,
    *,
    parent_id: int | None = None,
    colour: str = "",
    board_x: float | None = None,
    board_y: float | None = None,
    issue_ids: Iterable[int] = (),
    cluster_ids: Iterable[int] = (),
    also: BoardChange | None = None,
) -> ClusterAdded:
    """A new cluster (表札 *label*), optionally gathering issues and child clusters at once.

    *also* is applied in the same commit (e.g. the cards' new positions).
    ``arrange(workshop, result.undo)`` takes it all back (the cluster is soft-deleted, the
    issues, clusters and positions return to what they were) and returns the change that
    redoes it.
    """
    text = required_text("label", label)
    colour = _colour(colour)
    issues = list(dict.fromkeys(issue_ids))
    children = list(dict.fromkeys(cluster_ids))
    position = (
        _coordinate((board_x, board_y)) if board_x is not None and board_y is not None else None
    )
    with workshop.session() as session:
        if parent_id is not None:
            _live_cluster(session, parent_id)
        row = m.Cluster(label=text, parent_id=parent_id, colour=colour)
        if position is not None:
            row.board_x, row.board_y = position
        session.add(row)
        session.flush()
        assert row.id is not None
        extra = also if also is not None else BoardChange()
        change = BoardChange(
            issue_clusters={**extra.issue_clusters, **dict.fromkeys(issues, row.id)},
            issue_positions=extra.issue_positions,
            cluster_parents={**extra.cluster_parents, **dict.fromkeys(children, row.id)},
            cluster_positions=extra.cluster_positions,
            cluster_deleted=extra.cluster_deleted,
        )
        inverse = _apply(session, change)
        session.commit()
        undo = BoardChange(
            issue_clusters=inverse.issue_clusters,
            issue_positions=inverse.issue_positions,
            cluster_parents=inverse.cluster_parents,
            cluster_positions=inverse.cluster_positions,
            cluster_deleted={**inverse.cluster_deleted, row.id: True},
        )
        return ClusterAdded(_Clusters(session).row(row.id), undo)


def rename_cluster(workshop: Workshop, cluster_id: int, label: str) -> ClusterRow:
    """Set the 表札; undo by renaming back to the label of the read model."""
    text = required_text("label", label)
    with workshop.session() as session:
        row = _live_cluster(session, cluster_id)
        row.label = text
        session.add(row)
        session.commit()
        return _Clusters(session).row(cluster_id)


def set_cluster_colour(workshop: Workshop, cluster_id: int, colour: str) -> ClusterRow:
    """Set the colour ("#rrggbb", or "" for the board's choice); undo with the old one."""
    value = _colour(colour)
    with workshop.session() as session:
        row = _live_cluster(session, cluster_id)
        row.colour = value
        session.add(row)
        session.commit()
        return _Clusters(session).row(cluster_id)


def set_cluster_parent(workshop: Workshop, cluster_id: int, parent_id: int | None) -> BoardChange:
    """Nest *cluster_id* in *parent_id* (None: top level); refuses cycles. Returns the undo."""
    with workshop.session() as session:
        _live_cluster(session, cluster_id)
        if parent_id is not None:
            _live_cluster(session, parent_id)
        inverse = _apply(session, BoardChange(cluster_parents={cluster_id: parent_id}))
        session.commit()
        return inverse


def assign_issues(
    workshop: Workshop, issue_ids: Iterable[int], cluster_id: int | None
) -> BoardChange:
    """Put issues in a live cluster (None: take them out). Returns the undo."""
    ids = list(dict.fromkeys(issue_ids))
    with workshop.session() as session:
        for ident in ids:
            _live_issue(session, ident)
        if cluster_id is not None:
            _live_cluster(session, cluster_id)
        inverse = _apply(session, BoardChange(issue_clusters=dict.fromkeys(ids, cluster_id)))
        session.commit()
        return inverse


def move_issues(workshop: Workshop, positions: Mapping[int, Position]) -> BoardChange:
    """Place issue cards on the board (None: unplaced). Returns the undo."""
    return arrange(workshop, BoardChange(issue_positions=dict(positions)))


def move_clusters(workshop: Workshop, positions: Mapping[int, Position]) -> BoardChange:
    """Place clusters on the board (None: unplaced). Returns the undo."""
    return arrange(workshop, BoardChange(cluster_positions=dict(positions)))


def set_cluster_deleted(workshop: Workshop, cluster_id: int, deleted: bool) -> BoardChange:
    """Soft-delete (or restore) a cluster; its cards and child clusters are left alone
    (they show in the nearest live ancestor meanwhile). Returns the undo."""
    return arrange(workshop, BoardChange(cluster_deleted={cluster_id: deleted}))


def arrange(workshop: Workshop, change: BoardChange) -> BoardChange:
    """Apply *change* in one commit and return the change that undoes it exactly.

    Rows are looked up whether deleted or not (an undo may refer to a deleted one);
    a cluster an issue or cluster is put into must exist, and nesting must not make a
    cycle. Nothing changes on an error.
    """
    with workshop.session() as session:
        inverse = _apply(session, change)
        session.commit()
        return inverse


def _apply(session: Session, change: BoardChange) -> BoardChange:
    issue_ids = set(change.issue_clusters) | set(change.issue_positions)
    cluster_ids = (
        set(change.cluster_parents) | set(change.cluster_positions) | set(change.cluster_deleted)
    )
    targets = {c for c in change.issue_clusters.values() if c is not None}
    targets |= {c for c in change.cluster_parents.values() if c is not None}
    issues = {
        r.id: r for r in session.exec(select(m.Issue).where(col(m.Issue.id).in_(issue_ids))).all()
    }
    clusters = {
        r.id: r
        for r in session.exec(
            select(m.Cluster).where(col(m.Cluster.id).in_(cluster_ids | targets))
        ).all()
    }
    for ident in sorted(issue_ids):
        if ident not in issues:
            raise NotFound("issue", ident)
    for ident in sorted(cluster_ids | targets):
        if ident not in clusters:
            raise NotFound("cluster", ident)
    issue_positions = {i: _coordinate(p) for i, p in change.issue_positions.items()}
    cluster_positions = {i: _coordinate(p) for i, p in change.cluster_positions.items()}
    if change.cluster_parents:
        _refuse_cycles(session, change.cluster_parents)

    undo_issue_clusters: dict[int, int | None] = {}
    undo_issue_positions: dict[int, Position] = {}
    undo_parents: dict[int, int | None] = {}
    undo_cluster_positions: dict[int, Position] = {}
    undo_deleted: dict[int, bool] = {}
    stamp = _now()
    for ident, deleted in change.cluster_deleted.items():
        c = clusters[ident]
        undo_deleted[ident] = c.deleted_at is not None
        if deleted and c.deleted_at is None:
            c.deleted_at = stamp
        elif not deleted:
            c.deleted_at = None
    for ident, parent in change.cluster_parents.items():
        c = clusters[ident]
        undo_parents[ident] = c.parent_id
        c.parent_id = parent
    for ident, pos in cluster_positions.items():
        c = clusters[ident]
        undo_cluster_positions[ident] = _stored(c.board_x, c.board_y)
        c.board_x, c.board_y = pos if pos is not None else (None, None)
    for ident, cluster in change.issue_clusters.items():
        i = issues[ident]
        undo_issue_clusters[ident] = i.cluster_id
        i.cluster_id = cluster
    for ident, pos in issue_positions.items():
        i = issues[ident]
        undo_issue_positions[ident] = _stored(i.board_x, i.board_y)
        i.board_x, i.board_y = pos if pos is not None else (None, None)
    for c in clusters.values():
        session.add(c)
    for i in issues.values():
        session.add(i)
    return BoardChange(
        issue_clusters=undo_issue_clusters,
        issue_positions=undo_issue_positions,
        cluster_parents=undo_parents,
        cluster_positions=undo_cluster_positions,
        cluster_deleted=undo_deleted,
    )


def _stored(x: float | None, y: float | None) -> Position:
    return (x, y) if x is not None and y is not None else None


def _refuse_cycles(session: Session, parents: Mapping[int, int | None]) -> None:
    """Walk up from every re-parented cluster through the stored links as they will be."""
    links: dict[int, int | None] = {
        cid: parent
        for cid, parent in session.exec(select(m.Cluster.id, m.Cluster.parent_id)).all()
        if cid is not None
    }
    links.update(parents)
    for start in parents:
        seen = {start}
        current = links.get(start)
        while current is not None:
            if current in seen:
                raise ValidationError(
                    "parent", "nesting_cycle", "a group cannot be nested in itself"
                )
            seen.add(current)
            current = links.get(current)


def board_state(workshop: Workshop) -> tuple[list[IssueRow], list[ClusterRow]]:
    """Everything the affinity board shows, read in one session."""
    with workshop.session() as session:
        issues = _issue_rows(session)
        clusters = _Clusters(session)
        return issues, [clusters.row(cid) for cid in sorted(clusters.rows) if clusters.rows[cid][5]]


# --- board operations (see services/ops.py) ---------------------------------------------------


def _board_changes(*changes: BoardChange) -> ops.Changes:
    """The records a board change touches. Cards show the label of the group they are in,
    so a group deleted or restored changes cards the change does not name."""
    issues: set[int] = set()
    clusters: set[int] = set()
    regrouped = False
    for change in changes:
        issues.update(change.issue_clusters, change.issue_positions)
        clusters.update(change.cluster_parents, change.cluster_positions, change.cluster_deleted)
        regrouped = regrouped or bool(change.cluster_deleted or change.cluster_parents)
    return ops.Changes.of(issue=None if regrouped else issues, cluster=clusters)


def arrange_op(change: BoardChange) -> ops.Operation:
    """:func:`arrange` as an operation: its reverse applies the change that undoes it."""

    def run(workshop: Workshop) -> ops.OpResult[None]:
        undo = arrange(workshop, change)
        return ops.OpResult(None, _board_changes(change, undo), arrange_op(undo))

    return run


def add_cluster_op(label: str, **fields: Any) -> ops.Operation:
    """:func:`add_cluster` as an operation (value: the new ``ClusterRow``); its reverse
    removes the group and puts its cards back, whose reverse brings the same group back."""

    def run(workshop: Workshop) -> ops.OpResult[ClusterRow]:
        added = add_cluster(workshop, label, **fields)
        changes = ops.Changes.of(cluster=[added.cluster.id]) | _board_changes(added.undo)
        return ops.OpResult(added.cluster, changes, arrange_op(added.undo))

    return run


def _cluster_field_op(cluster_id: int, set_field: Any, value: str, current: Any) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[ClusterRow]:
        before = current(get_cluster(workshop, cluster_id))
        row = set_field(workshop, cluster_id, value)
        # the cards in the group show its label and colour
        changes = ops.Changes.of(cluster=[cluster_id], issue=None)
        return ops.OpResult(row, changes, _cluster_field_op(cluster_id, set_field, before, current))

    return run


def rename_cluster_op(cluster_id: int, label: str) -> ops.Operation:
    """:func:`rename_cluster` as an operation; its reverse puts the old 表札 back."""
    return _cluster_field_op(cluster_id, rename_cluster, label, lambda row: row.label)


def set_cluster_colour_op(cluster_id: int, colour: str) -> ops.Operation:
    """:func:`set_cluster_colour` as an operation; its reverse puts the old colour back."""
    return _cluster_field_op(cluster_id, set_cluster_colour, colour, lambda row: row.colour)
