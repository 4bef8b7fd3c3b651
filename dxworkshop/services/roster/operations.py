"""A real import as an operation (services/ops.py): its report, the records it changed, and
its reverse (undo, whose reverse is redo) without reading the file again."""

from __future__ import annotations

from dxworkshop.services import ops
from dxworkshop.services.roster.apply import import_sheet, redo_import, undo_import
from dxworkshop.services.roster.read_models import ImportUndo, RosterReport, RosterSheet
from dxworkshop.store.workshop import Workshop


def _import_changes(undo: ImportUndo) -> ops.Changes:
    people = set(undo.people) | {u.person_id for u in undo.updates}
    people |= {person_id for person_id, _role in undo.roles_added}
    municipalities = set(undo.municipalities) | {c.municipality_id for c in undo.codes}
    found = {"person": people, "municipality": municipalities, "department": undo.departments}
    # groups list their members by name: which groups show an updated person is not read
    return ops.Changes.of(group=None, **{kind: ids for kind, ids in found.items() if ids})


def import_sheet_op(roster: RosterSheet) -> ops.Operation:
    """:func:`import_sheet` (a real import) as an operation (value: its report); its
    reverse is :func:`undo_import`, whose reverse is :func:`redo_import` — the same rows
    back, the file not read again."""

    def run(workshop: Workshop) -> ops.OpResult[RosterReport]:
        report = import_sheet(workshop, roster)
        assert report.undo is not None
        return ops.OpResult(report, _import_changes(report.undo), _undo_import_op(report.undo))

    return run


def _undo_import_op(undo: ImportUndo) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[None]:
        undo_import(workshop, undo)
        return ops.OpResult(None, _import_changes(undo), _redo_import_op(undo))

    return run


def _redo_import_op(undo: ImportUndo) -> ops.Operation:
    def run(workshop: Workshop) -> ops.OpResult[None]:
        redo_import(workshop, undo)
        return ops.OpResult(None, _import_changes(undo), _undo_import_op(undo))

    return run
