"""The field-by-field comparison of two plan versions, against hand-made expectations."""

from __future__ import annotations

import datetime as dt

from dxworkshop.domain.plan_diff import (
    FIELD_ORDER,
    Change,
    ListDiff,
    NumberDiff,
    PlanContent,
    Span,
    Step,
    StepsDiff,
    TextDiff,
    diff_list,
    diff_number,
    diff_plans,
    diff_steps,
    diff_text,
    text_spans,
)

D1 = dt.date(2026, 10, 1)
D2 = dt.date(2026, 10, 15)


def test_identical_versions_have_no_changes() -> None:
    content = PlanContent(
        target_process="住民票の写しの交付",
        ecrs=("eliminate",),
        steps=(Step("試行する", "係全員", D1),),
        after_minutes_per_case=5,
    )
    diff = diff_plans(content, content)
    assert diff.unchanged
    assert diff.changed_fields == ()
    assert tuple(f.field for f in diff.fields) == FIELD_ORDER
    assert all(f.change == Change.SAME for f in diff.fields)


def test_a_text_field_shows_the_changed_characters() -> None:
    d = diff_text("goal", "処理時間を10分にする。", "処理時間を5分にする。")
    assert d.change == Change.CHANGED
    assert d.spans == (
        Span("equal", "処理時間を", "処理時間を"),
        Span("replace", "10", "5"),
        Span("equal", "分にする。", "分にする。"),
    )


def test_text_added_and_removed_at_the_end() -> None:
    assert text_spans("紙で受け付ける。", "紙で受け付ける。電子申請も可。") == (
        Span("equal", "紙で受け付ける。", "紙で受け付ける。"),
        Span("insert", "", "電子申請も可。"),
    )
    assert text_spans("確認する。再確認する。", "確認する。") == (
        Span("equal", "確認する。", "確認する。"),
        Span("delete", "再確認する。", ""),
    )


def test_a_field_filled_in_or_emptied_is_added_or_removed() -> None:
    assert diff_text("risks", "", "職員の習熟").change == Change.ADDED
    assert diff_text("risks", "職員の習熟", "").change == Change.REMOVED
    assert diff_text("risks", "", "").change == Change.SAME
    assert diff_text("risks", "", "").spans == ()


def test_a_lone_common_character_inside_a_rewrite_is_not_shown_as_kept() -> None:
    # の is the only character the two phrases share in the middle: one rewrite.
    spans = text_spans("紙の申請を受ける", "電子の受付を受ける")
    assert spans == (
        Span("replace", "紙の申請", "電子の受付"),
        Span("equal", "を受ける", "を受ける"),
    )
    # two characters in common between changes fold in too
    assert text_spans("AてBいC", "XてYいZ") == (Span("replace", "AてBいC", "XてYいZ"),)


def test_an_unrelated_rewrite_is_one_replacement() -> None:
    old, new = (
        "作業量が多く、人手が足りていない。",
        "訪問先で記録する手段がなく、庁舎に戻ってから書き起こしている。",
    )
    assert text_spans(old, new) == (Span("replace", old, new),)


def test_lists_show_items_added_removed_and_kept() -> None:
    d = diff_list("dx_means", ["RPA", "AI-OCR"], ["AI-OCR", "電子申請・オンライン化"])
    assert d == ListDiff(
        "dx_means",
        Change.CHANGED,
        ("RPA", "AI-OCR"),
        ("AI-OCR", "電子申請・オンライン化"),
        added=("電子申請・オンライン化",),
        removed=("RPA",),
        kept=("AI-OCR",),
    )
    assert diff_list("ecrs", [], ["eliminate"]).change == Change.ADDED
    assert diff_list("ecrs", ["eliminate"], []).change == Change.REMOVED
    # The same items in another order are not a change of content.
    assert diff_list("ecrs", ["combine", "simplify"], ["simplify", "combine"]).change == (
        Change.SAME
    )


def test_numbers() -> None:
    assert diff_number("after_people", 2, 1) == NumberDiff("after_people", Change.CHANGED, 2, 1)
    assert diff_number("after_people", None, 1).change == Change.ADDED
    assert diff_number("after_people", 1, None).change == Change.REMOVED
    assert diff_number("after_people", 1.0, 1).change == Change.SAME


def test_steps_added_removed_and_changed() -> None:
    old = (
        Step("RPAの導入を検討する", "山田", D1),
        Step("係内で試行する", "係全員", D1),
        Step("効果を確認する", "山田", D2),
    )
    new = (
        Step("現状の処理時間を計測する", "山田", D1),
        Step("RPAの導入を検討する", "山田", D1),
        Step("係内で試行し、手順書を作成する", "係全員", D2),
        Step("効果を確認する", "山田", D2),
    )
    d = diff_steps(old, new)
    assert isinstance(d, StepsDiff)
    assert d.change == Change.CHANGED
    assert [(s.change, s.changed_parts) for s in d.steps] == [
        (Change.ADDED, ()),
        (Change.SAME, ()),
        (Change.CHANGED, ("what", "due")),
        (Change.SAME, ()),
    ]
    assert d.steps[0].new == new[0] and d.steps[0].old is None
    assert d.steps[2].old == old[1] and d.steps[2].new == new[2]


def test_a_step_replaced_by_an_unrelated_one_is_removed_and_added() -> None:
    d = diff_steps((Step("説明会を開く", "", None),), (Step("RPAを導入", "", None),))
    assert [s.change for s in d.steps] == [Change.ADDED, Change.REMOVED]
    d = diff_steps((Step("A", "", None), Step("B", "", None)), (Step("A", "", None),))
    assert [s.change for s in d.steps] == [Change.SAME, Change.REMOVED]
    assert diff_steps((), (Step("A"),)).change == Change.ADDED
    assert diff_steps((Step("A"),), ()).change == Change.REMOVED


def test_only_who_changed() -> None:
    d = diff_steps((Step("試行", "山田", D1),), (Step("試行", "係全員", D1),))
    assert [(s.change, s.changed_parts) for s in d.steps] == [(Change.CHANGED, ("who",))]


def test_a_whole_plan_lists_what_changed_in_a3_order() -> None:
    old = PlanContent(
        target_process="児童手当の現況届",
        solution="紙で受け付ける。",
        ecrs=("eliminate",),
        dx_means=("RPA",),
        after_minutes_per_case=20,
        steps=(Step("検討する", "山田", D1),),
    )
    new = PlanContent(
        target_process="児童手当の現況届",
        solution="電子申請で受け付ける。",
        ecrs=("eliminate", "simplify"),
        dx_means=("RPA",),
        after_minutes_per_case=8,
        steps=(Step("検討する", "山田", D1),),
        risks="高齢者への配慮",
    )
    diff = diff_plans(old, new)
    assert diff.changed_fields == ("solution", "ecrs", "after_minutes_per_case", "risks")
    solution = diff.of("solution")
    assert isinstance(solution, TextDiff)
    assert solution.spans == (
        Span("replace", "紙", "電子申請"),
        Span("equal", "で受け付ける。", "で受け付ける。"),
    )
    ecrs = diff.of("ecrs")
    assert isinstance(ecrs, ListDiff) and ecrs.added == ("simplify",)
    assert diff.of("risks").change == Change.ADDED
