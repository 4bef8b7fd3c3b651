"""The setup-phase item models: Qt contract, 五十音順 sorting, filtering, inline edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dxworkshop.domain.enums import Role
from dxworkshop.services.people import DepartmentRow, GroupRow, MunicipalityRow, PersonRow
from dxworkshop.ui.models.people_models import (
    FILTER_ROLE,
    ID_ROLE,
    NO_MUNICIPALITY,
    DepartmentTableModel,
    GroupTableModel,
    MunicipalityTableModel,
    PeopleFilterProxy,
    PeopleTableModel,
    TableFilterProxy,
    fold,
    kana_key,
    role_counts_text,
)

OKAYAMA = MunicipalityRow(1, "岡山市", "おかやまし", "331007")
KURASHIKI = MunicipalityRow(2, "倉敷市", "くらしきし", "332020")


def person(
    ident: int,
    name: str,
    kana: str = "",
    *,
    municipality: MunicipalityRow | None = None,
    roles: frozenset[Role] = frozenset({Role.TRAINEE}),
    supervisor: PersonRow | None = None,
    title: str = "",
) -> PersonRow:
    return PersonRow(
        id=ident,
        name=name,
        kana=kana,
        municipality_id=municipality.id if municipality else None,
        municipality_name=municipality.name if municipality else "",
        department_id=None,
        department_name="",
        title=title,
        email="",
        roles=roles,
        supervisor_id=supervisor.id if supervisor else None,
        supervisor_name=supervisor.name if supervisor else "",
    )


def sample_people() -> list[PersonRow]:
    boss = person(
        1,
        "佐藤 一郎",
        "さとう いちろう",
        municipality=KURASHIKI,
        roles=frozenset({Role.SUPERVISOR}),
    )
    return [
        boss,
        person(2, "山田 太郎", "ヤマダ タロウ", municipality=KURASHIKI, supervisor=boss),
        person(3, "阿部 花子", "あべ はなこ", municipality=OKAYAMA, title="主任"),
        person(4, "加藤 健", "カトウ ケン", municipality=OKAYAMA),
        person(5, "講師 太郎", "", roles=frozenset({Role.INSTRUCTOR})),
    ]


def proxy_names(proxy: Any) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_kana_key_sorts_katakana_and_hiragana_together_in_gojuon_order() -> None:
    words = ["さとう", "カトウ", "あべ", "ヤマダ", "がくし", "いとう"]
    assert sorted(words, key=kana_key) == ["あべ", "いとう", "カトウ", "がくし", "さとう", "ヤマダ"]
    assert kana_key("ヤマダ タロウ") == kana_key("やまだ たろう")
    assert kana_key("ｶﾄｳ") == kana_key("かとう")  # half-width katakana from old systems
    assert sorted(["10班", "2班", "1班"], key=kana_key) == ["1班", "2班", "10班"]
    assert fold("ＡＢＣ　ヤマダ") == "abcやまだ"


def test_every_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    people = sample_people()
    model = PeopleTableModel()
    model.set_rows(
        people, municipality_kana={1: "おかやまし", 2: "くらしきし"}, groups_of={2: "1班"}
    )
    model.set_editor(lambda _i, _f, _v: True)
    qtmodeltester.check(model)
    munis = MunicipalityTableModel()
    munis.set_rows([OKAYAMA, KURASHIKI], departments=[DepartmentRow(1, 1, "市民課")], people=people)
    qtmodeltester.check(munis)
    depts = DepartmentTableModel()
    depts.set_rows([DepartmentRow(1, 1, "市民課"), DepartmentRow(2, 1, "税務課")], people=people)
    qtmodeltester.check(depts)
    groups = GroupTableModel()
    groups.set_rows([GroupRow(1, "1班", (2, 3)), GroupRow(2, "2班", ())], people=people)
    qtmodeltester.check(groups)
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeopleTableModel.NAME)
    proxy.set_text("やまだ")
    qtmodeltester.check(proxy)
    table_proxy = TableFilterProxy()
    table_proxy.setSourceModel(munis)
    qtmodeltester.check(table_proxy)


def test_people_columns_show_roles_with_labels_and_counts() -> None:
    model = PeopleTableModel()
    model.set_rows(sample_people(), groups_of={2: "1班"})
    row = model.row_of_id(2)
    assert row is not None
    assert model.index(row, PeopleTableModel.ROLES).data() == "Trainee"
    assert model.index(row, PeopleTableModel.SUPERVISOR).data() == "佐藤 一郎"
    assert model.index(row, PeopleTableModel.GROUP).data() == "1班"
    assert model.index(row, 0).data(ID_ROLE) == 2
    assert "やまだ" in model.index(row, 0).data(FILTER_ROLE)
    assert role_counts_text(sample_people()) == "Trainee 3　Supervisor 1　Instructor 1"


def test_sorting_by_name_is_gojuon_by_reading() -> None:
    model = PeopleTableModel()
    model.set_rows(sample_people(), municipality_kana={1: "おかやまし", 2: "くらしきし"})
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeopleTableModel.NAME, Qt.SortOrder.AscendingOrder)
    # あべ, カトウ, さとう, ヤマダ; a person without reading (kanji) comes last
    assert proxy_names(proxy) == ["阿部 花子", "加藤 健", "佐藤 一郎", "山田 太郎", "講師 太郎"]
    proxy.sort(PeopleTableModel.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    munis = [proxy.index(r, PeopleTableModel.MUNICIPALITY).data() for r in range(5)]
    assert munis == ["岡山市", "岡山市", "倉敷市", "倉敷市", ""]  # by reading, not by kanji


def test_filter_by_text_role_municipality_and_ids() -> None:
    model = PeopleTableModel()
    model.set_rows(sample_people())
    proxy = PeopleFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeopleTableModel.NAME)
    proxy.set_text("かとう")  # hiragana finds the katakana reading
    assert proxy_names(proxy) == ["加藤 健"]
    proxy.set_text("岡山市　主任")  # every word must match (full-width space too)
    assert proxy_names(proxy) == ["阿部 花子"]
    proxy.set_text("")
    proxy.set_role(Role.SUPERVISOR)
    assert proxy_names(proxy) == ["佐藤 一郎"]
    proxy.set_role(None)
    proxy.set_municipality(OKAYAMA.id)
    assert proxy_names(proxy) == ["阿部 花子", "加藤 健"]
    proxy.set_municipality(NO_MUNICIPALITY)
    assert proxy_names(proxy) == ["講師 太郎"]
    proxy.set_municipality(None)
    proxy.set_only({2, 3})
    assert proxy_names(proxy) == ["阿部 花子", "山田 太郎"]


def test_set_rows_updates_in_place_so_selection_survives() -> None:
    model = PeopleTableModel()
    people = sample_people()
    model.set_rows(people)
    kept = QPersistentModelIndex(model.index(model.row_of_id(3) or 0, 0))
    renamed = [p if p.id != 3 else person(3, "阿部 花江", "あべ はなえ") for p in people]
    model.set_rows([p for p in renamed if p.id != 1] + [person(9, "新人", "しんじん")])
    assert kept.isValid() and kept.data() == "阿部 花江"
    assert model.rowCount() == 5
    assert model.row_of_id(1) is None and model.row_of_id(9) is not None


def test_inline_edit_goes_to_the_editor_only_when_changed() -> None:
    calls: list[tuple[int, str, str]] = []
    model = PeopleTableModel()
    model.set_rows(sample_people())
    index = model.index(model.row_of_id(2) or 0, PeopleTableModel.NAME)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable  # no editor installed yet
    assert not model.setData(index, "山田 次郎")

    def editor(ident: int, field: str, value: str) -> bool:
        calls.append((ident, field, value))
        return value != ""

    model.set_editor(editor)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, PeopleTableModel.ROLES)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(index.row(), PeopleTableModel.NAME).data(Qt.ItemDataRole.EditRole) == (
        "山田 太郎"
    )
    assert model.setData(index, "山田 太郎")  # unchanged: no call, no undo step
    assert calls == []
    assert model.setData(index, "山田 次郎")
    assert not model.setData(index, "")
    assert calls == [(2, "name", "山田 次郎"), (2, "name", "")]
    assert not model.setData(QModelIndex(), "x")


def test_group_model_counts_members_trainees_and_municipalities() -> None:
    people = sample_people()
    model = GroupTableModel()
    model.set_rows([GroupRow(1, "1班", (1, 2, 3)), GroupRow(2, "10班", (4,))], people=people)
    assert model.index(0, GroupTableModel.MEMBERS).data() == 3
    assert model.index(0, GroupTableModel.MUNICIPALITIES).data() == 2
    # two of 倉敷市 in one group: highlighted, with the breakdown as tooltip
    assert model.index(0, GroupTableModel.MUNICIPALITIES).data(Qt.ItemDataRole.ForegroundRole)
    assert "倉敷市 2" in model.index(0, GroupTableModel.MUNICIPALITIES).data(
        Qt.ItemDataRole.ToolTipRole
    )
    proxy = TableFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(GroupTableModel.NAME)
    assert proxy_names(proxy) == ["1班", "10班"]
    proxy.set_text("10")
    assert proxy_names(proxy) == ["10班"]
