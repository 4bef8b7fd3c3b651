"""Issue cards, affinity clusters and the board layout: the use cases on a real file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dxworkshop.domain.enums import IssueSource, IssueStatus, Role
from dxworkshop.services import issues as svc
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.issues import BoardChange
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "p.dxw", "研修") as w:
        yield w


@pytest.fixture
def room(workshop: Workshop) -> dict[str, Any]:
    """Two municipalities, three trainees, two groups (山田 in both; 1班 comes first)."""
    kurashiki = people.add_municipality(workshop, "倉敷市", "くらしきし", "332020")
    okayama = people.add_municipality(workshop, "岡山市", "おかやまし", "331007")
    yamada = people.add_person(
        workshop, "山田 太郎", kana="やまだ たろう", municipality_id=kurashiki.id
    )
    abe = people.add_person(workshop, "阿部 花子", kana="あべ はなこ", municipality_id=okayama.id)
    kato = people.add_person(workshop, "加藤 健", kana="かとう けん", roles=[Role.TRAINEE])
    g1 = people.add_group(workshop, "1班", [yamada.id, abe.id])
    g2 = people.add_group(workshop, "2班", [yamada.id, kato.id])
    return {
        "kurashiki": kurashiki,
        "okayama": okayama,
        "yamada": yamada,
        "abe": abe,
        "kato": kato,
        "g1": g1,
        "g2": g2,
    }


def test_fast_add_takes_owner_municipality_and_first_group(
    workshop: Workshop, room: dict[str, Any]
) -> None:
    row = svc.add_issue(workshop, "  紙の申請書を　システムに転記  ", room["yamada"].id)
    assert row.title == "紙の申請書を システムに転記"
    assert (row.owner_name, row.municipality_name, row.group_name) == ("山田 太郎", "倉敷市", "1班")
    assert row.source is IssueSource.WORKSHOP and row.status is IssueStatus.CANDIDATE
    assert row.annual_hours is None and row.cluster_id is None and row.board_x is None
    loose = svc.add_issue(workshop, "会議録の作成")
    assert loose.owner_id is None and loose.municipality_id is None and loose.group_id is None
    other = svc.add_issue(
        workshop,
        "窓口の待ち時間",
        room["kato"].id,
        group_id=None,
        municipality_id=room["okayama"].id,
    )
    assert other.group_id is None and other.municipality_name == "岡山市"
    with pytest.raises(ValidationError) as err:
        svc.add_issue(workshop, " \u3000 ", room["abe"].id)
    assert err.value.field == "title" and err.value.code == "empty"
    with pytest.raises(NotFound):
        svc.add_issue(workshop, "誰のもの", 9999)


def test_workload_gives_annual_hours_and_is_validated(
    workshop: Workshop, room: dict[str, Any]
) -> None:
    row = svc.add_issue(
        workshop,
        "受給者証の更新通知",
        room["abe"].id,
        process="障害福祉サービスの支給決定",
        categories=["手入力・転記", "属人化", "手入力・転記", " "],
        cases_per_year=980,
        minutes_per_case=24,
        people=1,
    )
    assert row.categories == ("手入力・転記", "属人化")
    assert row.annual_hours == pytest.approx(980 * 24 * 1 / 60)  # 392 h
    row = svc.update_issue(workshop, row.id, people=2.5)
    assert row.annual_hours == pytest.approx(980.0)
    row = svc.update_issue(workshop, row.id, minutes_per_case=None)
    assert row.annual_hours is None  # an unknown input makes the total unknown
    for field, value in (("cases_per_year", -1), ("people", float("nan")), ("people", "2")):
        with pytest.raises(ValidationError) as err:
            svc.update_issue(workshop, row.id, **{field: value})
        assert err.value.field == field
    with pytest.raises(ValidationError):
        svc.update_issue(workshop, row.id, status="done")
    with pytest.raises(ValidationError):
        svc.update_issue(workshop, row.id, source="email")


def test_update_every_field_and_restore_from_snapshot(
    workshop: Workshop, room: dict[str, Any]
) -> None:
    row = svc.add_issue(workshop, "照会文書の作成", room["yamada"].id, cases_per_year=200)
    before = svc.snapshot_issue(workshop, row.id)
    changed = svc.update_issue(
        workshop,
        row.id,
        title="照会文書の作成と発送",
        owner_id=room["kato"].id,  # brings 加藤's municipality (none) and group (2班)
        process="税務調査",
        description="毎回Wordで作り直している。",
        categories=["紙・押印"],
        minutes_per_case=15,
        people=2,
        source=IssueSource.HEARING,
        status=IssueStatus.DROPPED,
    )
    assert (changed.owner_name, changed.municipality_id, changed.group_name) == (
        "加藤 健",
        None,
        "2班",
    )
    assert changed.annual_hours == pytest.approx(200 * 15 * 2 / 60)
    assert changed.status is IssueStatus.DROPPED and changed.source is IssueSource.HEARING
    restored = svc.restore_issue(workshop, before)
    assert restored == row
    assert svc.get_issue(workshop, row.id) == row


def test_filters_and_text_search(workshop: Workshop, room: dict[str, Any]) -> None:
    a = svc.add_issue(workshop, "紙の申請書を転記", room["yamada"].id, categories=["紙・押印"])
    b = svc.add_issue(workshop, "電話の問い合わせ", room["abe"].id, categories=["問い合わせ対応"])
    c = svc.add_issue(workshop, "ＥＸＣＥＬで集計", room["kato"].id, status=IssueStatus.DROPPED)

    def ids(**kw: Any) -> list[int]:
        return [r.id for r in svc.list_issues(workshop, **kw)]

    assert ids() == [a.id, b.id, c.id]
    assert ids(municipality_id=room["kurashiki"].id) == [a.id]
    assert ids(group_id=room["g2"].id) == [c.id]  # 山田's card went to his first group
    assert ids(owner_id=room["abe"].id) == [b.id]
    assert ids(category="紙・押印") == [a.id]
    assert ids(status=IssueStatus.DROPPED) == [c.id]
    assert ids(text="excel") == [c.id]  # full width and case folded
    assert ids(text="やまだ 転記") == [a.id]  # the owner's reading, every word
    assert ids(text="岡山市") == [b.id]
    svc.set_issues_deleted(workshop, [b.id], True)
    assert ids() == [a.id, c.id]
    with pytest.raises(NotFound):
        svc.get_issue(workshop, b.id)
    svc.set_issues_deleted(workshop, [b.id], False)
    assert ids() == [a.id, b.id, c.id]
    with pytest.raises(NotFound):
        svc.set_issues_deleted(workshop, [4242], True)


def test_cluster_gathering_cards_is_undone_and_redone_exactly(workshop: Workshop) -> None:
    a = svc.add_issue(workshop, "紙の回覧")
    b = svc.add_issue(workshop, "押印のための出勤")
    old = svc.add_cluster(workshop, "決裁に時間がかかる", issue_ids=[b.id]).cluster
    added = svc.add_cluster(workshop, " 紙と押印 ", board_x=40, board_y=80, issue_ids=[a.id, b.id])
    assert added.cluster.label == "紙と押印" and (added.cluster.board_x, added.cluster.board_y) == (
        40,
        80,
    )
    assert {r.id: r.cluster_label for r in svc.list_issues(workshop)} == {
        a.id: "紙と押印",
        b.id: "紙と押印",
    }
    redo = svc.arrange(workshop, added.undo)
    assert [c.id for c in svc.list_clusters(workshop)] == [old.id]
    assert {r.id: r.cluster_id for r in svc.list_issues(workshop)} == {a.id: None, b.id: old.id}
    undo = svc.arrange(workshop, redo)
    assert {r.id: r.cluster_id for r in svc.list_issues(workshop)} == {
        a.id: added.cluster.id,
        b.id: added.cluster.id,
    }
    assert undo == added.undo


def test_nesting_refuses_cycles_and_deleting_leaves_cards_alone(workshop: Workshop) -> None:
    card = svc.add_issue(workshop, "電話が鳴りやまない")
    top = svc.add_cluster(workshop, "問い合わせ対応").cluster
    mid = svc.add_cluster(workshop, "電話", parent_id=top.id).cluster
    leaf = svc.add_cluster(workshop, "制度の問い合わせ", issue_ids=[card.id]).cluster
    undo = svc.set_cluster_parent(workshop, leaf.id, mid.id)
    assert undo == BoardChange(cluster_parents={leaf.id: None})
    depths = {c.label: (c.parent_id, c.depth) for c in svc.list_clusters(workshop)}
    assert depths == {
        "問い合わせ対応": (None, 0),
        "電話": (top.id, 1),
        "制度の問い合わせ": (mid.id, 2),
    }
    for parent in (leaf.id, mid.id):
        with pytest.raises(ValidationError) as err:
            svc.set_cluster_parent(workshop, top.id, parent)
        assert err.value.code == "nesting_cycle"
    with pytest.raises(ValidationError):
        svc.set_cluster_parent(workshop, top.id, top.id)

    # Deleting the middle cluster: its child shows under the top, the card stays put.
    restore = svc.set_cluster_deleted(workshop, mid.id, True)
    assert {c.id: c.parent_id for c in svc.list_clusters(workshop)} == {
        top.id: None,
        leaf.id: top.id,
    }
    assert svc.get_issue(workshop, card.id).cluster_id == leaf.id
    svc.set_cluster_deleted(workshop, leaf.id, True)
    shown = svc.get_issue(workshop, card.id)
    assert (shown.cluster_id, shown.cluster_label) == (top.id, "問い合わせ対応")
    svc.arrange(workshop, restore)
    svc.set_cluster_deleted(workshop, leaf.id, False)
    assert svc.get_issue(workshop, card.id).cluster_id == leaf.id
    assert {c.id: c.parent_id for c in svc.list_clusters(workshop)}[leaf.id] == mid.id


def test_rename_colour_and_validation(workshop: Workshop) -> None:
    cluster = svc.add_cluster(workshop, "新しいグループ").cluster
    assert (
        svc.rename_cluster(workshop, cluster.id, "情報を探す時間が多い").label
        == "情報を探す時間が多い"
    )
    with pytest.raises(ValidationError) as err:
        svc.rename_cluster(workshop, cluster.id, "  ")
    assert err.value.field == "label"
    assert svc.set_cluster_colour(workshop, cluster.id, "#1D4ED8").colour == "#1d4ed8"
    with pytest.raises(ValidationError):
        svc.set_cluster_colour(workshop, cluster.id, "blue")
    svc.set_cluster_deleted(workshop, cluster.id, True)
    with pytest.raises(NotFound):
        svc.rename_cluster(workshop, cluster.id, "x")
    with pytest.raises(NotFound):
        svc.assign_issues(workshop, [], cluster.id)


def test_positions_and_membership_round_trip(workshop: Workshop) -> None:
    a = svc.add_issue(workshop, "A")
    b = svc.add_issue(workshop, "B")
    cluster = svc.add_cluster(workshop, "まとめ").cluster
    undo_move = svc.move_issues(workshop, {a.id: (10.5, -20.0), b.id: (300, 40)})
    assert undo_move.issue_positions == {a.id: None, b.id: None}
    undo_join = svc.assign_issues(workshop, [a.id], cluster.id)
    undo_cluster = svc.move_clusters(workshop, {cluster.id: (0, 0)})
    row = svc.get_issue(workshop, a.id)
    assert (row.board_x, row.board_y, row.cluster_id) == (10.5, -20.0, cluster.id)
    svc.arrange(workshop, undo_join)
    svc.arrange(workshop, undo_cluster)
    svc.arrange(workshop, undo_move)
    assert [(r.board_x, r.cluster_id) for r in svc.list_issues(workshop)] == [(None, None)] * 2
    assert svc.get_cluster(workshop, cluster.id).board_x is None
    with pytest.raises(ValidationError):
        svc.move_issues(workshop, {a.id: (float("inf"), 0)})
    with pytest.raises(NotFound):
        svc.arrange(workshop, BoardChange(issue_clusters={a.id: 999}))
    with pytest.raises(NotFound):
        svc.move_issues(workshop, {999: (0, 0)})
    assert BoardChange().empty and not undo_join.empty


def test_reads_cover_twelve_thousand_issues(tmp_path: Path) -> None:
    with create_demo(tmp_path / "large.dxw", "large", backup_root=tmp_path / "b") as ws:
        rows = svc.list_issues(ws)
        cards, clusters = svc.board_state(ws)
    assert len(rows) == len(cards) == 12_000 and clusters
    assert sum(1 for r in rows if r.annual_hours is not None) > 10_000
