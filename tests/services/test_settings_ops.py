"""Settings operations (programme, sessions, criteria, rubric, catalogues ``*_op``): value,
changes, reverse and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.domain.enums import Phase
from dxworkshop.services import catalogues as cat
from dxworkshop.services import criteria as crit
from dxworkshop.services import issues
from dxworkshop.services import programme as prog
from dxworkshop.services.catalogues import Catalogue
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.ops import Kind
from dxworkshop.store.workshop import Workshop

START = dt.date(2026, 9, 1)


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with prog.new_programme(tmp_path / "settings-ops.dxw", "研修", start_date=START) as w:
        yield w


def test_a_programme_field_reverses_to_not_set_and_redoes(workshop: Workshop) -> None:
    done = prog.update_programme_op(fiscal_year=2026, organiser=" 岡山県 ")(workshop)
    assert (done.value.fiscal_year, done.value.organiser) == (2026, "岡山県")
    assert done.changes.kinds == {Kind.PROGRAMME}
    assert done.changes.ids(Kind.PROGRAMME)
    undone = done.reverse(workshop)
    info = prog.get_programme(workshop)
    assert (info.fiscal_year, info.organiser) == (None, "")
    undone.reverse(workshop)
    info = prog.get_programme(workshop)
    assert (info.fiscal_year, info.organiser) == (2026, "岡山県")


def test_session_ops_report_the_sessions_and_keep_their_ids(workshop: Workshop) -> None:
    first, second = prog.list_sessions(workshop)[:2]
    added = prog.add_session_op("追加回", Phase.SETUP, None)(workshop)
    new = added.value
    assert added.changes.ids(Kind.SESSION) == {new.id}
    undone = added.reverse(workshop)
    assert new.id not in [s.id for s in prog.list_sessions(workshop)]
    undone.reverse(workshop)
    assert new in prog.list_sessions(workshop)

    cleared = prog.update_session_op(first.id, date=None, place="県庁")(workshop)
    assert cleared.changes.ids(Kind.SESSION) == {first.id}
    assert (cleared.value.date, cleared.value.place) == (None, "県庁")
    restored = cleared.reverse(workshop)
    row = next(s for s in prog.list_sessions(workshop) if s.id == first.id)
    assert (row.date, row.place) == (first.date, first.place)
    restored.reverse(workshop)
    row = next(s for s in prog.list_sessions(workshop) if s.id == first.id)
    assert row.date is None

    shifted = prog.shift_sessions_op([first.id, second.id], 3)(workshop)
    assert shifted.changes.ids(Kind.SESSION) == {second.id}  # the undated one stays as it is
    assert second.date is not None
    moved = next(s for s in prog.list_sessions(workshop) if s.id == second.id)
    assert moved.date == second.date + dt.timedelta(days=3)
    shifted.reverse(workshop)
    moved = next(s for s in prog.list_sessions(workshop) if s.id == second.id)
    assert moved.date == second.date
    with pytest.raises(ValidationError):
        prog.shift_sessions_op([second.id], 400_000)(workshop)

    deleted = prog.set_sessions_deleted_op([first.id, second.id], True)(workshop)
    assert deleted.changes.ids(Kind.SESSION) == {first.id, second.id}
    assert {first.id, second.id}.isdisjoint(s.id for s in prog.list_sessions(workshop))
    deleted.reverse(workshop)
    assert {first.id, second.id} <= {s.id for s in prog.list_sessions(workshop)}


def test_making_a_gate_and_back_restores_the_scale(workshop: Workshop) -> None:
    axes = crit.get_matrix_axes(workshop)
    row = next(
        c
        for c in crit.list_criteria(workshop)
        if not c.gate and c.id not in (axes.x_criterion_id, axes.y_criterion_id)
    )
    done = crit.update_criterion_op(row.id, gate=True)(workshop)
    assert (done.value.gate, done.value.min, done.value.max) == (True, 0, 1)
    assert done.changes.ids(Kind.CRITERION) == {row.id}
    undone = done.reverse(workshop)
    assert crit.get_criterion(workshop, row.id) == row
    undone.reverse(workshop)
    again = crit.get_criterion(workshop, row.id)
    assert (again.gate, again.min, again.max) == (True, 0, 1)


def test_adding_moving_and_choosing_axes_of_criteria(workshop: Workshop) -> None:
    added = crit.add_criterion_op("市民サービスへの効果")(workshop)
    new = added.value
    assert added.changes.ids(Kind.CRITERION) == {new.id}
    undone = added.reverse(workshop)
    assert new.id not in [c.id for c in crit.list_criteria(workshop)]
    undone.reverse(workshop)
    assert crit.get_criterion(workshop, new.id) == new

    order = [c.id for c in crit.list_criteria(workshop)]
    moved = crit.move_criterion_op(new.id, 0)(workshop)
    assert [c.id for c in moved.value] == [new.id, *order[:-1]]
    assert moved.changes.ids(Kind.CRITERION) == set(order)  # every row moved one down
    back = moved.reverse(workshop)
    assert [c.id for c in crit.list_criteria(workshop)] == order
    back.reverse(workshop)
    assert crit.list_criteria(workshop)[0].id == new.id

    axes = crit.get_matrix_axes(workshop)
    assert axes.x_criterion_id is not None and axes.y_criterion_id is not None
    chosen = crit.set_matrix_axes_op(new.id, axes.y_criterion_id)(workshop)
    assert chosen.changes.ids(Kind.CRITERION) == {new.id, axes.x_criterion_id, axes.y_criterion_id}
    unchosen = chosen.reverse(workshop)
    assert crit.get_matrix_axes(workshop) == axes
    unchosen.reverse(workshop)
    assert crit.get_matrix_axes(workshop).x_criterion_id == new.id


def test_rubric_item_ops(workshop: Workshop) -> None:
    added = crit.add_rubric_item_op("市民目線")(workshop)
    item = added.value
    assert added.changes.ids(Kind.RUBRIC) == {item.id}
    edited = crit.update_rubric_item_op(item.id, name="住民目線", max=4)(workshop)
    assert edited.changes.ids(Kind.RUBRIC) == {item.id}
    undone = edited.reverse(workshop)
    assert next(r for r in crit.list_rubric_items(workshop) if r.id == item.id) == item
    undone.reverse(workshop)
    row = next(r for r in crit.list_rubric_items(workshop) if r.id == item.id)
    assert (row.name, row.max) == ("住民目線", 4)
    gone = crit.set_rubric_item_deleted_op(item.id, True)(workshop)
    assert item.id not in [r.id for r in crit.list_rubric_items(workshop)]
    gone.reverse(workshop)
    assert item.id in [r.id for r in crit.list_rubric_items(workshop)]


def test_catalogue_ops_set_the_list_back_and_a_rename_reports_the_issues(
    workshop: Workshop,
) -> None:
    kind = Catalogue.ISSUE_CATEGORIES
    before = cat.get_catalogue(workshop, kind)
    added = cat.add_entry_op(kind, " 窓口 ")(workshop)
    assert added.value == (*before, "窓口")
    assert added.changes.kinds == {Kind.CATALOGUE}
    undone = added.reverse(workshop)
    assert cat.get_catalogue(workshop, kind) == before
    undone.reverse(workshop)
    assert cat.get_catalogue(workshop, kind) == (*before, "窓口")

    card = issues.add_issue(workshop, "転入届の転記", categories=["窓口"])
    issues.add_issue(workshop, "議事録の作成")
    renamed = cat.rename_entry_op(kind, "窓口", " 窓口業務 ")(workshop)
    assert renamed.value[-1] == "窓口業務"
    assert renamed.changes.ids(Kind.ISSUE) == {card.id}
    assert renamed.changes.touches(Kind.CATALOGUE)
    back = renamed.reverse(workshop)
    assert list(issues.get_issue(workshop, card.id).categories) == ["窓口"]
    back.reverse(workshop)
    assert list(issues.get_issue(workshop, card.id).categories) == ["窓口業務"]

    moved = cat.move_entry_op(kind, "窓口業務", 0)(workshop)
    assert moved.value[0] == "窓口業務"
    moved.reverse(workshop)
    assert cat.get_catalogue(workshop, kind)[-1] == "窓口業務"
    removed = cat.remove_entry_op(kind, "窓口業務")(workshop)
    assert "窓口業務" not in removed.value
    removed.reverse(workshop)
    assert cat.get_catalogue(workshop, kind) == (*before, "窓口業務")
