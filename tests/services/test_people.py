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


def test_municipalities_sorted_by_code_and_validated(workshop: Workshop) -> None:
    svc.add_municipality(workshop, "倉敷市", "くらしきし", "332020")
    svc.add_municipality(workshop, "岡山市", "おかやまし", "331007")
    svc.add_municipality(workshop, "架空町")
    assert [r.name for r in svc.list_municipalities(workshop)] == ["岡山市", "倉敷市", "架空町"]
    with pytest.raises(ValidationError) as err:
        svc.add_municipality(workshop, "倉敷市")
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        svc.add_municipality(workshop, "津山市", code="3320")
    assert err.value.code == "bad_code"
    with pytest.raises(ValidationError):
        svc.add_municipality(workshop, "")


def test_people_with_roles_supervisor_and_kana_order(workshop: Workshop) -> None:
    city = svc.add_municipality(workshop, "倉敷市", code="332020")
    dept = svc.add_department(workshop, city.id, "市民課")
    boss = svc.add_person(
        workshop,
        "佐藤 一郎",
        kana="さとう いちろう",
        municipality_id=city.id,
        department_id=dept.id,
        title="課長",
        roles=[Role.SUPERVISOR],
    )
    trainee = svc.add_person(
        workshop,
        "山田　太郎",
        kana="やまだ たろう",
        municipality_id=city.id,
        department_id=dept.id,
        supervisor_id=boss.id,
    )
    assert trainee.name == "山田 太郎"
    assert trainee.roles == frozenset({Role.TRAINEE})
    assert trainee.supervisor_name == "佐藤 一郎"
    assert trainee.municipality_name == "倉敷市" and trainee.department_name == "市民課"
    assert [p.name for p in svc.list_people(workshop)] == ["佐藤 一郎", "山田 太郎"]
    assert [p.name for p in svc.list_people(workshop, Role.TRAINEE)] == ["山田 太郎"]


def test_supervision_cannot_loop_or_point_at_self(workshop: Workshop) -> None:
    a = svc.add_person(workshop, "A")
    b = svc.add_person(workshop, "B", supervisor_id=a.id)
    with pytest.raises(ValidationError) as err:
        svc.update_person(workshop, a.id, supervisor_id=b.id)
    assert err.value.code == "cycle"
    with pytest.raises(ValidationError) as err:
        svc.update_person(workshop, a.id, supervisor_id=a.id)
    assert err.value.code == "self"


def test_update_person_clears_and_keeps_fields(workshop: Workshop) -> None:
    city = svc.add_municipality(workshop, "倉敷市")
    p = svc.add_person(workshop, "山田 太郎", municipality_id=city.id, title="主任")
    kept = svc.update_person(workshop, p.id, title="主査")
    assert kept.municipality_id == city.id and kept.title == "主査"
    cleared = svc.update_person(
        workshop, p.id, municipality_id=None, roles=["instructor", "facilitator"]
    )
    assert cleared.municipality_id is None
    assert cleared.roles == frozenset({Role.INSTRUCTOR, Role.FACILITATOR})
    with pytest.raises(ValidationError):
        svc.update_person(workshop, p.id, roles=["boss"])


def test_department_must_belong_to_the_municipality(workshop: Workshop) -> None:
    a = svc.add_municipality(workshop, "倉敷市")
    b = svc.add_municipality(workshop, "岡山市")
    dept = svc.add_department(workshop, a.id, "市民課")
    with pytest.raises(ValidationError) as err:
        svc.add_person(workshop, "X", municipality_id=b.id, department_id=dept.id)
    assert err.value.code == "mismatch"
    with pytest.raises(ValidationError):
        svc.add_department(workshop, a.id, "市民課")


def test_soft_delete_hides_and_restore_brings_back(workshop: Workshop) -> None:
    boss = svc.add_person(workshop, "上司")
    p = svc.add_person(workshop, "部下", supervisor_id=boss.id)
    svc.set_person_deleted(workshop, boss.id, True)
    assert [r.name for r in svc.list_people(workshop)] == ["部下"]
    assert svc.get_person(workshop, p.id).supervisor_id is None  # a deleted supervisor is not shown
    with pytest.raises(NotFound):
        svc.update_person(workshop, boss.id, title="x")
    svc.set_person_deleted(workshop, boss.id, False)
    assert svc.get_person(workshop, p.id).supervisor_name == "上司"


def test_groups_mix_people(workshop: Workshop) -> None:
    a = svc.add_person(workshop, "A")
    b = svc.add_person(workshop, "B")
    g = svc.add_group(workshop, "A班", [a.id, b.id, a.id])
    assert g.member_ids == (a.id, b.id)
    g2 = svc.update_group(workshop, g.id, name="B班", member_ids=[b.id])
    assert g2.name == "B班" and g2.member_ids == (b.id,)
    svc.set_person_deleted(workshop, b.id, True)
    assert svc.list_groups(workshop)[0].member_ids == ()
    svc.set_group_deleted(workshop, g.id, True)
    assert svc.list_groups(workshop) == []
    with pytest.raises(NotFound):
        svc.add_group(workshop, "C班", [999])


def test_a_municipality_code_follows_the_one_rule(workshop: Workshop) -> None:
    # services.municipalities.resolve_code: read against the national list and the name
    kurashiki = svc.add_municipality(workshop, "倉敷市", code="33202")  # without its digit
    assert kurashiki.code == "332020"
    chuo = svc.add_municipality(workshop, "中央区", code="13102")  # not 013102
    assert chuo.code == "131024"
    with pytest.raises(ValidationError) as err:
        svc.add_municipality(workshop, "岡山市", code="332020")  # 倉敷市's code
    assert (err.value.field, err.value.code) == ("code", "bad_code")
    assert "倉敷市" in str(err.value) and "岡山市" in str(err.value)
    with pytest.raises(ValidationError) as err:
        svc.add_municipality(workshop, "架空町", code="013102")  # no municipality has it
    assert err.value.code == "bad_code"
    with pytest.raises(ValidationError):
        svc.update_municipality(workshop, kurashiki.id, name="総社市", code="332020")
    with pytest.raises(ValidationError):
        svc.update_municipality(workshop, kurashiki.id, code="332089")  # 総社市's
    assert svc.update_municipality(workshop, kurashiki.id, code="332020").code == "332020"
    assert svc.update_municipality(workshop, kurashiki.id, name="倉敷市役所").code == "332020"
    assert svc.update_municipality(workshop, chuo.id, code="").code == ""
    assert svc.update_municipality(workshop, chuo.id, name="総社市", code="33208").code == "332089"
