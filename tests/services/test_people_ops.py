"""People operations (services/people.py ``*_op``): value, changes, reverse and redo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.domain.enums import Role
from dxworkshop.services import people as svc
from dxworkshop.services import roster
from dxworkshop.services.ops import Kind
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "people-ops.dxw", "研修") as w:
        yield w


def test_adding_a_person_reports_them_and_redo_brings_the_same_person_back(
    workshop: Workshop,
) -> None:
    city = svc.add_municipality(workshop, "倉敷市", code="332020")
    done = svc.add_person_op("山田 太郎", municipality_id=city.id, roles=[Role.TRAINEE])(workshop)
    person = done.value
    assert done.changes.kinds == {Kind.PERSON}
    assert done.changes.ids(Kind.PERSON) == {person.id}
    undone = done.reverse(workshop)
    assert svc.list_people(workshop) == []
    assert undone.changes.ids(Kind.PERSON) == {person.id}
    redone = undone.reverse(workshop)
    assert svc.list_people(workshop) == [person]  # same id, same fields
    assert redone.changes.ids(Kind.PERSON) == {person.id}


def test_editing_a_person_reverses_the_fields_and_reports_who_they_supervise(
    workshop: Workshop,
) -> None:
    boss = svc.add_person(workshop, "佐藤 一郎", roles=[Role.SUPERVISOR])
    abe = svc.add_person(workshop, "阿部 花子", title="主事", supervisor_id=boss.id)
    done = svc.update_person_op(boss.id, name="佐藤 一朗", title="課長")(workshop)
    assert done.value.name == "佐藤 一朗"
    assert done.changes.ids(Kind.PERSON) == {boss.id, abe.id}  # abe's row shows the name
    undone = done.reverse(workshop)
    back = svc.get_person(workshop, boss.id)
    assert (back.name, back.title) == ("佐藤 一郎", "")
    assert svc.get_person(workshop, abe.id).supervisor_name == "佐藤 一郎"
    undone.reverse(workshop)
    again = svc.get_person(workshop, boss.id)
    assert (again.name, again.title) == ("佐藤 一朗", "課長")
    only_title = svc.update_person_op(abe.id, title="主任")(workshop)
    assert only_title.changes.ids(Kind.PERSON) == {abe.id}


def test_deleting_people_reports_their_groups_and_restores_them(workshop: Workshop) -> None:
    a = svc.add_person(workshop, "阿部 花子")
    b = svc.add_person(workshop, "井上 次郎")
    group = svc.add_group(workshop, "1班", [a.id, b.id])
    done = svc.set_people_deleted_op([a.id], True)(workshop)
    assert done.changes.ids(Kind.PERSON) == {a.id}
    assert done.changes.ids(Kind.GROUP) == {group.id}
    assert svc.list_groups(workshop)[0].member_ids == (b.id,)
    undone = done.reverse(workshop)
    assert svc.list_groups(workshop)[0].member_ids == (a.id, b.id)
    undone.reverse(workshop)
    assert [p.id for p in svc.list_people(workshop)] == [b.id]


def test_municipality_and_department_edits_report_their_people(workshop: Workshop) -> None:
    done = svc.add_municipality_op("倉敷市", "くらしきし", "332020")(workshop)
    city = done.value
    assert done.changes.ids(Kind.MUNICIPALITY) == {city.id}
    added = svc.add_department_op(city.id, "市民課")(workshop)
    dept = added.value
    assert added.changes.ids(Kind.DEPARTMENT) == {dept.id}
    assert added.changes.ids(Kind.MUNICIPALITY) == {city.id}
    person = svc.add_person(workshop, "阿部 花子", municipality_id=city.id, department_id=dept.id)

    renamed = svc.update_municipality_op(city.id, name="倉敷")(workshop)
    assert renamed.changes.ids(Kind.MUNICIPALITY) == {city.id}
    assert renamed.changes.ids(Kind.PERSON) == {person.id}
    renamed.reverse(workshop)
    assert svc.list_municipalities(workshop)[0].name == "倉敷市"

    dept_renamed = svc.rename_department_op(dept.id, "市民窓口課")(workshop)
    assert dept_renamed.changes.ids(Kind.PERSON) == {person.id}
    back = dept_renamed.reverse(workshop)
    assert svc.list_departments(workshop)[0].name == "市民課"
    back.reverse(workshop)
    assert svc.list_departments(workshop)[0].name == "市民窓口課"

    svc.set_person_deleted(workshop, person.id, True)
    gone = svc.set_department_deleted_op(dept.id, True)(workshop)
    assert gone.changes.ids(Kind.MUNICIPALITY) == {city.id}
    assert svc.list_departments(workshop) == []
    gone.reverse(workshop)
    assert [d.id for d in svc.list_departments(workshop)] == [dept.id]

    undone = done.reverse(workshop)  # the municipality itself
    assert svc.list_municipalities(workshop) == []
    undone.reverse(workshop)
    assert [m.id for m in svc.list_municipalities(workshop)] == [city.id]


def test_membership_ops_undo_only_what_they_changed(workshop: Workshop) -> None:
    a = svc.add_person(workshop, "阿部 花子")
    b = svc.add_person(workshop, "井上 次郎")
    added = svc.add_group_op("1班")(workshop)
    group = added.value
    assert added.changes.ids(Kind.GROUP) == {group.id}
    svc.add_group_members(workshop, group.id, [a.id])
    done = svc.add_group_members_op(group.id, [a.id, b.id])(workshop)
    assert done.changes.ids(Kind.GROUP) == {group.id}
    assert done.changes.ids(Kind.PERSON) == {b.id}  # a was a member already
    undone = done.reverse(workshop)
    assert svc.list_groups(workshop)[0].member_ids == (a.id,)
    undone.reverse(workshop)
    assert svc.list_groups(workshop)[0].member_ids == (a.id, b.id)

    renamed = svc.rename_group_op(group.id, "A班")(workshop)
    assert renamed.changes.ids(Kind.GROUP) == {group.id}
    renamed.reverse(workshop)
    assert svc.list_groups(workshop)[0].name == "1班"


def test_auto_mix_undo_and_redo_keep_the_same_groups(workshop: Workshop) -> None:
    cities = [svc.add_municipality(workshop, name) for name in ("倉敷市", "岡山市")]
    trainees = [
        svc.add_person(workshop, f"研修生 {i}", municipality_id=cities[i % 2].id) for i in range(6)
    ]
    old = svc.add_group(workshop, "旧班", [trainees[0].id])
    done = svc.auto_mix_groups_op(2, name_for=lambda n: f"{n}班")(workshop)
    mixed = done.value
    assert len(mixed) == 3 and mixed[0].id == old.id
    assert done.changes.ids(Kind.GROUP) == {g.id for g in mixed}
    assert done.changes.ids(Kind.PERSON) == {p.id for p in trainees}
    undone = done.reverse(workshop)
    assert [(g.id, g.member_ids) for g in svc.list_groups(workshop)] == [
        (old.id, (trainees[0].id,))
    ]
    assert undone.changes.ids(Kind.GROUP) == {g.id for g in mixed}
    undone.reverse(workshop)
    assert svc.list_groups(workshop) == mixed  # the same groups (ids) again


def test_a_roster_import_reports_what_it_made_and_redo_brings_the_same_rows(
    workshop: Workshop, tmp_path: Path
) -> None:
    city = svc.add_municipality(workshop, "倉敷市")
    known = svc.add_person(workshop, "鈴木 花子", municipality_id=city.id)
    path = tmp_path / "名簿.csv"
    path.write_text(
        "氏名,市町村,所属,役職\n鈴木 花子,倉敷市,,主任\n山田 太郎,総社市,税務課,主事\n",
        encoding="utf-8",
    )
    done = roster.import_sheet_op(roster.read_roster(path))(workshop)
    assert done.value.people_created == 1 and done.value.people_updated == 1
    made = {p.name: p for p in svc.list_people(workshop)}
    yamada = made["山田 太郎"]
    assert done.changes.ids(Kind.PERSON) == {known.id, yamada.id}
    assert yamada.municipality_id is not None and yamada.department_id is not None
    assert done.changes.ids(Kind.MUNICIPALITY) == {yamada.municipality_id}
    assert done.changes.ids(Kind.DEPARTMENT) == {yamada.department_id}
    assert done.changes.touches(Kind.GROUP)
    undone = done.reverse(workshop)
    assert [(p.id, p.title) for p in svc.list_people(workshop)] == [(known.id, "")]
    assert [m.id for m in svc.list_municipalities(workshop)] == [city.id]
    assert undone.changes == done.changes
    undone.reverse(workshop)
    assert {p.name: p for p in svc.list_people(workshop)} == made  # same ids and fields
