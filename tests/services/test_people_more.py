"""Group membership edits, group state snapshots and the auto-mix use case."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxworkshop.domain.enums import Role
from dxworkshop.services import people as svc
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop


@pytest.fixture
def workshop(tmp_path: Path):  # type: ignore[no-untyped-def]
    with new_programme(tmp_path / "p.dxw", "研修") as w:
        yield w


def _name(n: int) -> str:
    return f"{n}班"


def _trainees(workshop: Workshop, counts: dict[str, int]) -> dict[int, int]:
    """Add trainees per municipality; returns person id → municipality id."""
    result = {}
    for muni_name, n in counts.items():
        muni = svc.add_municipality(workshop, muni_name)
        for i in range(n):
            p = svc.add_person(workshop, f"{muni_name}{i}", municipality_id=muni.id)
            result[p.id] = muni.id
    return result


def test_add_and_remove_members_leave_the_others(workshop: Workshop) -> None:
    a = svc.add_person(workshop, "A")
    b = svc.add_person(workshop, "B")
    c = svc.add_person(workshop, "C")
    group = svc.add_group(workshop, "1班", [a.id])
    assert svc.add_group_members(workshop, group.id, [b.id, c.id, a.id]).member_ids == (
        a.id,
        b.id,
        c.id,
    )
    assert svc.remove_group_members(workshop, group.id, [b.id, 999]).member_ids == (a.id, c.id)
    with pytest.raises(NotFound):
        svc.add_group_members(workshop, group.id, [999])
    with pytest.raises(NotFound):
        svc.remove_group_members(workshop, 999, [a.id])


def test_auto_mix_creates_groups_that_mix_municipalities(workshop: Workshop) -> None:
    muni_of = _trainees(workshop, {"岡山市": 4, "倉敷市": 4, "津山市": 3, "玉野市": 1})
    svc.add_person(workshop, "上司", roles=[Role.SUPERVISOR])  # not regrouped
    groups = svc.auto_mix_groups(workshop, 3, name_for=_name)
    assert [g.name for g in groups] == ["1班", "2班", "3班", "4班"]
    assert sorted(len(g.member_ids) for g in groups) == [3, 3, 3, 3]
    assert sorted(p for g in groups for p in g.member_ids) == sorted(muni_of)
    for g in groups:
        assert len({muni_of[p] for p in g.member_ids}) == len(g.member_ids)


def test_auto_mix_reuses_groups_deletes_surplus_and_restores(workshop: Workshop) -> None:
    _trainees(workshop, {"岡山市": 3, "倉敷市": 3})
    other = svc.add_person(workshop, "講師", roles=[Role.INSTRUCTOR])
    gone = svc.add_person(workshop, "退職者")
    a = svc.add_group(workshop, "A班", [other.id, gone.id])
    b = svc.add_group(workshop, "B班")
    c = svc.add_group(workshop, "C班")
    svc.set_person_deleted(workshop, gone.id, True)
    before = svc.groups_state(workshop)
    assert before.groups[0].member_ids == (other.id, gone.id)  # the deleted person's too

    groups = svc.auto_mix_groups(workshop, 3, name_for=_name)
    assert [(g.id, g.name, len(g.member_ids)) for g in groups] == [
        (a.id, "A班", 3),
        (b.id, "B班", 3),
    ]
    assert c.id not in {g.id for g in svc.list_groups(workshop)}

    svc.restore_groups_state(workshop, before)
    assert svc.groups_state(workshop) == before
    svc.set_person_deleted(workshop, gone.id, False)
    assert svc.list_groups(workshop)[0].member_ids == (other.id, gone.id)


def test_auto_mix_names_new_groups_without_clashing(workshop: Workshop) -> None:
    _trainees(workshop, {"岡山市": 3, "倉敷市": 3})
    svc.add_group(workshop, "2班")
    groups = svc.auto_mix_groups(workshop, 2, name_for=_name)
    assert [g.name for g in groups] == ["2班", "3班", "4班"]


def test_restore_removes_groups_created_since(workshop: Workshop) -> None:
    _trainees(workshop, {"岡山市": 4})
    before = svc.groups_state(workshop)
    svc.auto_mix_groups(workshop, 2, name_for=_name)
    assert len(svc.list_groups(workshop)) == 2
    svc.restore_groups_state(workshop, before)
    assert svc.list_groups(workshop) == []
    # redo after undo gives the same grouping again (new ids, same names and members)
    again = svc.auto_mix_groups(workshop, 2, name_for=_name)
    assert [g.name for g in again] == ["1班", "2班"]


def test_auto_mix_refuses_bad_size_and_no_trainees(workshop: Workshop) -> None:
    with pytest.raises(ValidationError) as err:
        svc.auto_mix_groups(workshop, 0, name_for=_name)
    assert err.value.code == "out_of_range"
    with pytest.raises(ValidationError) as err:
        svc.auto_mix_groups(workshop, 4, name_for=_name)
    assert err.value.field == "trainees" and err.value.code == "empty"
