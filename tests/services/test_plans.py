"""Improvement plans: creation from a theme, editing the latest version, steps, versions
(frozen, compared), hours saved, links to feedback — each with its undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.domain.enums import FeedbackStatus, ReviewerRole
from dxworkshop.domain.plan_diff import Change, ListDiff, TextDiff
from dxworkshop.services import feedback as fb
from dxworkshop.services import plans, prioritize
from dxworkshop.services.errors import NotFound, ValidationError
from tests.services.plan_setup import Setup, build


@pytest.fixture
def s(tmp_path: Path) -> Iterator[Setup]:
    setup = build(tmp_path / "p.dxw")
    yield setup
    setup.ws.close()


def test_a_plan_starts_from_the_theme_with_its_workload(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    assert plan.issue_title == "住民票の写しの郵送請求"
    assert [v.number for v in plan.versions] == [1]
    v1 = plan.latest
    assert v1.editable and v1.number == 1
    assert v1.target_process == "郵送請求の処理"
    assert v1.current_state == "請求書を手入力で転記している（年間1,200件 × 15分 × 2人 ≈ 600時間）"
    assert plan.before.hours == 600
    assert v1.hours_before == 600 and v1.hours_after is None and v1.hours_saved is None
    # an issue with an unknown workload: 現状 is just the description
    other = plans.create_plan(s.ws, s.trainees[2])
    assert other.latest.current_state == "申請書の記入に時間がかかる"
    assert other.latest.hours_before is None


def test_no_plan_without_a_theme_and_no_second_plan_for_one_theme(s: Setup) -> None:
    plans.create_plan(s.ws, s.trainees[0])
    with pytest.raises(ValidationError) as caught:
        plans.create_plan(s.ws, s.trainees[0])
    assert caught.value.code == "duplicate"
    prioritize.clear_theme(s.ws, s.trainees[1])
    with pytest.raises(ValidationError) as caught:
        plans.create_plan(s.ws, s.trainees[1])
    assert caught.value.code == "no_theme"


def test_undo_of_create_is_a_soft_delete(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    plans.set_plan_deleted(s.ws, plan.id, True)
    assert plans.plan_of_trainee(s.ws, s.trainees[0]) is None
    with pytest.raises(NotFound):
        plans.get_plan(s.ws, plan.id)
    plans.set_plan_deleted(s.ws, plan.id, False)
    assert plans.get_plan(s.ws, plan.id).latest.id == plan.latest.id


def test_list_shows_every_trainee_with_theme_versions_and_hours_saved(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    v = plan.latest.id
    for field, value in (
        ("after_cases_per_year", 1200),
        ("after_minutes_per_case", 5),
        ("after_people", 2),
    ):
        plans.update_version(s.ws, v, field, value)
    rows = {r.trainee_id: r for r in plans.list_plans(s.ws)}
    assert [r.name for r in plans.list_plans(s.ws)] == ["佐藤 花子", "鈴木 次郎", "山田 太郎"]
    yamada = rows[s.trainees[0]]
    assert (yamada.plan_id, yamada.versions, yamada.latest_number) == (plan.id, 1, 1)
    assert yamada.hours_before == 600
    assert yamada.hours_after == 200  # 1200 × 5 × 2 / 60
    assert yamada.hours_saved == 400
    assert yamada.supervisor_name == "岡田 課長"
    sato = rows[s.trainees[1]]
    assert sato.plan_id is None and sato.issue_title == "会議録の作成" and sato.versions == 0
    assert sato.hours_saved is None


def test_one_row_of_the_list_reads_like_the_list(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    plans.start_new_version(s.ws, plan.id, "上司の助言")
    rows = plans.list_plans(s.ws)
    by_trainee = {r.trainee_id: r for r in rows}
    assert plans.plan_summaries(s.ws, [r.trainee_id for r in rows]) == rows
    assert plans.plan_summaries(s.ws, [s.trainees[2], s.trainees[0]]) == [
        r for r in rows if r.trainee_id in (s.trainees[0], s.trainees[2])
    ]
    assert plans.plan_summaries(s.ws, []) == []
    row = plans.plan_summary(s.ws, plan.id)
    assert row == by_trainee[s.trainees[0]] and row is not None and row.versions == 2
    # a deleted plan: its trainee's row, now without a plan
    plans.set_plan_deleted(s.ws, plan.id, True)
    row = plans.plan_summary(s.ws, plan.id)
    assert row is not None and row.plan_id is None and row.trainee_id == s.trainees[0]
    assert plans.plan_summary(s.ws, 10**6) is None
    assert plans.trainees_of_plans(s.ws, [plan.id, plan.id, 10**6]) == {s.trainees[0]}
    assert plans.trainees_of_plans(s.ws, []) == set()


def test_hours_saved_follow_the_domain_rule(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[1])  # 48 × 240 × 1 = 192 h
    v = plan.latest.id
    plans.update_version(s.ws, v, "after_cases_per_year", 48)
    plans.update_version(s.ws, v, "after_minutes_per_case", 60)
    assert plans.get_version(s.ws, v).hours_saved is None  # people unknown
    plans.update_version(s.ws, v, "after_people", 1)
    detail = plans.get_version(s.ws, v)
    assert (detail.hours_before, detail.hours_after, detail.hours_saved) == (192, 48, 144)


def test_editing_fields_and_undo(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    v = plan.latest.id
    edit = plans.update_version(s.ws, v, "problems", "  転記ミスが多い\r\n確認に時間がかかる  ")
    assert edit.old == "" and edit.new == "転記ミスが多い\n確認に時間がかかる"
    assert plans.get_version(s.ws, v).problems == "転記ミスが多い\n確認に時間がかかる"
    plans.update_version(s.ws, v, edit.field, edit.old)
    assert plans.get_version(s.ws, v).problems == ""
    # ECRS in its canonical order, each once; DX means cleaned
    edit = plans.update_version(s.ws, v, "ecrs", ["simplify", "eliminate", "simplify"])
    assert edit.new == ("eliminate", "simplify") and edit.old == ()
    plans.update_version(s.ws, v, "dx_means", [" RPA ", "", "RPA", "AI-OCR"])
    assert plans.get_version(s.ws, v).dx_means == ("RPA", "AI-OCR")


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("ecrs", ["delete"], "bad_value"),
        ("after_people", -1, "out_of_range"),
        ("after_people", float("nan"), "out_of_range"),
        ("after_people", "3", "bad_value"),
        ("number", 3, "bad_value"),
    ],
)
def test_bad_values_are_refused(s: Setup, field: str, value: object, code: str) -> None:
    v = plans.create_plan(s.ws, s.trainees[0]).latest.id
    with pytest.raises(ValidationError) as caught:
        plans.update_version(s.ws, v, field, value)
    assert caught.value.code == code


def test_steps_add_edit_move_delete_and_undo(s: Setup) -> None:
    v = plans.create_plan(s.ws, s.trainees[0]).latest.id
    a = plans.add_step(s.ws, v, "現状を計測する", "山田", dt.date(2026, 10, 1))
    b = plans.add_step(s.ws, v, "RPAを試行する", "係全員")
    c = plans.add_step(s.ws, v, "手順書を作る", position=1)
    steps = plans.get_version(s.ws, v).steps
    assert [x.what for x in steps] == ["現状を計測する", "手順書を作る", "RPAを試行する"]
    assert [x.position for x in steps] == [0, 1, 2]
    edit = plans.update_step(s.ws, b.id, "due", dt.date(2026, 10, 20))
    assert edit.old is None
    assert plans.get_version(s.ws, v).steps[2].due == dt.date(2026, 10, 20)
    before = plans.move_step(s.ws, b.id, 0)
    assert before == (a.id, c.id, b.id)
    assert [x.id for x in plans.get_version(s.ws, v).steps] == [b.id, a.id, c.id]
    plans.set_step_order(s.ws, v, before)
    assert [x.id for x in plans.get_version(s.ws, v).steps] == [a.id, c.id, b.id]
    removed = plans.delete_step(s.ws, c.id)
    assert [x.id for x in plans.get_version(s.ws, v).steps] == [a.id, b.id]
    plans.restore_step(s.ws, removed)
    assert [x.id for x in plans.get_version(s.ws, v).steps] == [a.id, c.id, b.id]
    with pytest.raises(ValidationError):
        plans.update_step(s.ws, a.id, "due", "2026-10-01")
    with pytest.raises(ValidationError):
        plans.update_step(s.ws, a.id, "due", dt.date(1900, 1, 1))


def test_a_new_version_copies_the_latest_and_freezes_it(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    v1 = plan.latest.id
    plans.update_version(s.ws, v1, "solution", "郵送請求をRPAで入力する。")
    plans.update_version(s.ws, v1, "ecrs", ["simplify"])
    step = plans.add_step(s.ws, v1, "RPAを試行する", "山田")
    with pytest.raises(ValidationError) as caught:
        plans.start_new_version(s.ws, plan.id, "  ")
    assert caught.value.code == "empty"
    v2 = plans.start_new_version(s.ws, plan.id, "上司の指摘を受けて")
    assert v2.number == 2 and v2.reason == "上司の指摘を受けて" and v2.editable
    assert v2.solution == "郵送請求をRPAで入力する。" and v2.ecrs == ("simplify",)
    assert [x.what for x in v2.steps] == ["RPAを試行する"] and v2.steps[0].id != step.id
    detail = plans.get_plan(s.ws, plan.id)
    assert [(x.number, x.latest) for x in detail.versions] == [(1, False), (2, True)]
    assert not plans.get_version(s.ws, v1).editable
    # version 1 is frozen now: every edit is refused with a clear code
    for attempt in (
        lambda: plans.update_version(s.ws, v1, "solution", "別案"),
        lambda: plans.add_step(s.ws, v1, "追加"),
        lambda: plans.update_step(s.ws, step.id, "what", "変更"),
        lambda: plans.move_step(s.ws, step.id, 0),
        lambda: plans.delete_step(s.ws, step.id),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code == "frozen"
    # editing version 2 leaves version 1 as it was
    plans.update_version(s.ws, v2.id, "solution", "郵送請求を電子申請にする。")
    assert plans.get_version(s.ws, v1).solution == "郵送請求をRPAで入力する。"


def test_undo_and_redo_of_a_new_version(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    plans.add_step(s.ws, plan.latest.id, "試行")
    v2 = plans.start_new_version(s.ws, plan.id, "ブラッシュアップ")
    removed = plans.remove_latest_version(s.ws, v2.id)
    assert [x.number for x in plans.get_plan(s.ws, plan.id).versions] == [1]
    assert plans.get_version(s.ws, plan.latest.id).editable
    back = plans.restore_version(s.ws, removed)
    assert (back.id, back.number, back.reason) == (v2.id, 2, "ブラッシュアップ")
    assert [x.id for x in back.steps] == [x.id for x in v2.steps]
    assert back.created_at == v2.created_at
    with pytest.raises(ValidationError) as caught:
        plans.remove_latest_version(s.ws, plan.latest.id)  # not the latest any more
    assert caught.value.code == "frozen"


def test_the_first_version_and_a_version_with_feedback_stay(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    with pytest.raises(ValidationError) as caught:
        plans.remove_latest_version(s.ws, plan.latest.id)
    assert caught.value.code == "only_version"
    v2 = plans.start_new_version(s.ws, plan.id, "改訂")
    round_id = fb.list_rounds(s.ws)[0].id
    row = fb.add_feedback(s.ws, round_id, v2.id, s.sup_a, ReviewerRole.SUPERVISOR)
    with pytest.raises(ValidationError) as caught:
        plans.remove_latest_version(s.ws, v2.id)
    assert caught.value.code == "in_use"
    # feedback taken back by undo goes with the version and comes back on redo
    fb.set_feedback_deleted(s.ws, [row.id], True)
    removed = plans.remove_latest_version(s.ws, v2.id)
    plans.restore_version(s.ws, removed)
    fb.set_feedback_deleted(s.ws, [row.id], False)
    assert fb.get_feedback(s.ws, row.id).plan_version_id == v2.id


def test_compare_any_two_versions_field_by_field(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    v1 = plan.latest.id
    plans.update_version(s.ws, v1, "goal", "処理時間を減らす。")
    plans.update_version(s.ws, v1, "dx_means", ["RPA"])
    plans.add_step(s.ws, v1, "試行する", "山田")
    v2 = plans.start_new_version(s.ws, plan.id, "具体化").id
    plans.update_version(s.ws, v2, "goal", "処理時間を年間400時間減らす。")
    plans.update_version(s.ws, v2, "dx_means", ["RPA", "AI-OCR"])
    plans.add_step(s.ws, v2, "効果を測る", "山田")
    v3 = plans.start_new_version(s.ws, plan.id, "リスクを追記").id
    plans.update_version(s.ws, v3, "risks", "帳票の様式変更")
    comparison = plans.compare_versions(s.ws, v1, v2)
    assert (comparison.old.number, comparison.new.number) == (1, 2)
    assert comparison.diff.changed_fields == ("dx_means", "goal", "steps")
    goal = comparison.diff.of("goal")
    assert isinstance(goal, TextDiff) and goal.change == Change.CHANGED
    assert [sp.new for sp in goal.spans if sp.kind == "insert"] == ["年間400時間"]
    means = comparison.diff.of("dx_means")
    assert isinstance(means, ListDiff) and means.added == ("AI-OCR",)
    assert plans.compare_versions(s.ws, v1, v3).diff.changed_fields == (
        "dx_means",
        "goal",
        "steps",
        "risks",
    )
    other = plans.create_plan(s.ws, s.trainees[1]).latest.id
    with pytest.raises(ValidationError) as caught:
        plans.compare_versions(s.ws, v1, other)
    assert caught.value.code == "mismatch"


def test_a_change_is_linked_to_the_comment_that_prompted_it(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    round_id = fb.list_rounds(s.ws)[0].id
    row = fb.add_feedback(s.ws, round_id, plan.latest.id, s.sup_a, "supervisor")
    v2 = plans.start_new_version(s.ws, plan.id, "上司の指摘：効果を数字で")
    with pytest.raises(ValidationError) as caught:
        plans.link_feedback(s.ws, row.id, v2.id)
    assert caught.value.code == "not_received"
    fb.update_feedback(s.ws, row.id, "improvements", "効果を数字で示すこと")
    with pytest.raises(ValidationError) as caught:
        plans.link_feedback(s.ws, row.id, plan.latest.id)  # the version commented on
    assert caught.value.code == "not_newer"
    link = plans.link_feedback(s.ws, row.id, v2.id)
    assert (link.old_version_id, link.old_status) == (None, FeedbackStatus.RECEIVED)
    after = fb.get_feedback(s.ws, row.id)
    assert after.status == FeedbackStatus.ADDRESSED
    assert (after.addressed_in_version_id, after.addressed_in_version_number) == (v2.id, 2)
    plans.restore_feedback_link(s.ws, link)
    assert fb.get_feedback(s.ws, row.id).status == FeedbackStatus.RECEIVED
    assert fb.get_feedback(s.ws, row.id).addressed_in_version_id is None
    plans.link_feedback(s.ws, row.id, v2.id)
    unlink = plans.unlink_feedback(s.ws, row.id)
    assert unlink.old_version_id == v2.id
    assert fb.get_feedback(s.ws, row.id).status == FeedbackStatus.RECEIVED
    other = plans.create_plan(s.ws, s.trainees[1]).latest.id
    with pytest.raises(ValidationError) as caught:
        plans.link_feedback(s.ws, row.id, other)
    assert caught.value.code == "mismatch"


def test_a_plan_of_an_earlier_theme_is_still_found(s: Setup) -> None:
    plan = plans.create_plan(s.ws, s.trainees[0])
    prioritize.set_theme(s.ws, s.trainees[0], s.issues[1])
    found = plans.plan_of_trainee(s.ws, s.trainees[0])
    assert found is not None and found.id == plan.id and not found.is_current_theme
