from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from dxworkshop.services import criteria as svc
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "t.dxw", "研修") as w:
        yield w


def by_name(w: Workshop) -> dict[str, svc.CriterionRow]:
    return {c.name: c for c in svc.list_criteria(w)}


def add_score(w: Workshop, criterion_id: int, value: int) -> None:
    with w.session() as session:
        issue = m.Issue(title="紙の申請書を手入力")
        session.add(issue)
        session.flush()
        assert issue.id is not None
        session.add(m.Score(issue_id=issue.id, criterion_id=criterion_id, value=value))
        session.commit()


def test_defaults_in_order_with_axes(ws: Workshop) -> None:
    rows = svc.list_criteria(ws)
    assert [r.code for r in rows] == ["effect", "ease", "urgency", "feasible"]
    assert [r.position for r in rows] == [0, 1, 2, 3]
    gate = rows[3]
    assert gate.gate and (gate.min, gate.max) == (0, 1)
    axes = svc.get_matrix_axes(ws)
    names = by_name(ws)
    assert axes.x_criterion_id == names["実現容易性"].id
    assert axes.y_criterion_id == names["効果（業務削減効果）"].id


def test_add_criterion_gets_a_code_from_its_position(ws: Workshop) -> None:
    row = svc.add_criterion(ws, " 市民への影響 ", weight=2.5, min=1, max=3, higher_is_better=False)
    assert row.code == "c5"
    assert row.name == "市民への影響"
    assert (row.weight, row.min, row.max, row.higher_is_better, row.gate) == (
        2.5,
        1,
        3,
        False,
        False,
    )
    assert row.position == 4
    assert svc.list_criteria(ws)[-1] == row
    # the code stays unique even when a deleted criterion holds the next one
    svc.set_criterion_deleted(ws, row.id, True)
    again = svc.add_criterion(ws, "費用")
    assert again.code == "c6"
    assert svc.get_criterion(ws, again.id) == again


def test_a_new_gate_is_scored_no_or_yes(ws: Workshop) -> None:
    row = svc.add_criterion(ws, "個人情報の扱い", gate=True, min=1, max=5)
    assert (row.min, row.max, row.gate) == (0, 1, True)


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"name": "  "}, "name", "empty"),
        ({"name": "緊急度"}, "name", "duplicate"),
        ({"name": "x", "weight": -1}, "weight", "out_of_range"),
        ({"name": "x", "weight": 100.5}, "weight", "out_of_range"),
        ({"name": "x", "weight": float("nan")}, "weight", "bad_value"),
        ({"name": "x", "min": 3, "max": 3}, "scale", "min_not_below_max"),
        ({"name": "x", "min": 5, "max": 1}, "scale", "min_not_below_max"),
        ({"name": "x", "min": 0, "max": 11}, "scale", "out_of_range"),
        ({"name": "x", "min": -1, "max": 5}, "scale", "out_of_range"),
    ],
)
def test_add_criterion_refuses_bad_input(
    ws: Workshop, kwargs: dict[str, object], field: str, code: str
) -> None:
    before = svc.list_criteria(ws)
    with pytest.raises(ValidationError) as err:
        svc.add_criterion(ws, **kwargs)  # type: ignore[arg-type]
    assert (err.value.field, err.value.code) == (field, code)
    assert svc.list_criteria(ws) == before


def test_weight_limits_are_allowed(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    assert svc.update_criterion(ws, urgency.id, weight=0).weight == 0
    assert svc.update_criterion(ws, urgency.id, weight=100).weight == 100


def test_update_criterion_fields(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    row = svc.update_criterion(
        ws, urgency.id, name="緊急性", weight=1.5, min=0, max=10, higher_is_better=False
    )
    assert (row.name, row.weight, row.min, row.max, row.higher_is_better) == (
        "緊急性",
        1.5,
        0,
        10,
        False,
    )
    assert row.code == "urgency"  # the code never changes
    assert svc.get_criterion(ws, urgency.id) == row


def test_update_criterion_refuses_duplicate_and_empty_names(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    with pytest.raises(ValidationError) as err:
        svc.update_criterion(ws, urgency.id, name="実現容易性")
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        svc.update_criterion(ws, urgency.id, name="")
    assert err.value.code == "empty"
    # keeping its own name is fine
    assert svc.update_criterion(ws, urgency.id, name="緊急度").name == "緊急度"


def test_update_one_end_of_the_scale_is_checked_against_the_other(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    with pytest.raises(ValidationError) as err:
        svc.update_criterion(ws, urgency.id, min=5)
    assert err.value.code == "min_not_below_max"
    assert svc.get_criterion(ws, urgency.id).min == 1


def test_making_a_criterion_a_gate_forces_the_scale(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    row = svc.update_criterion(ws, urgency.id, gate=True)
    assert (row.gate, row.min, row.max) == (True, 0, 1)
    with pytest.raises(ValidationError) as err:
        svc.update_criterion(ws, urgency.id, max=5)
    assert (err.value.field, err.value.code) == ("scale", "gate_scale")
    # turning the gate off keeps the scale until changed, and then any scale goes
    row = svc.update_criterion(ws, urgency.id, gate=False)
    assert (row.gate, row.min, row.max) == (False, 0, 1)
    row = svc.update_criterion(ws, urgency.id, gate=False, min=1, max=5)
    assert (row.min, row.max) == (1, 5)


def test_a_matrix_axis_cannot_become_a_gate(ws: Workshop) -> None:
    ease = by_name(ws)["実現容易性"]
    with pytest.raises(ValidationError) as err:
        svc.update_criterion(ws, ease.id, gate=True)
    assert (err.value.field, err.value.code) == ("gate", "is_axis")
    assert not svc.get_criterion(ws, ease.id).gate


def test_a_scale_leaving_scores_outside_is_refused(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    add_score(ws, urgency.id, 5)
    add_score(ws, urgency.id, 4)
    add_score(ws, urgency.id, 1)
    with pytest.raises(svc.ValuesOutsideScale) as err:
        svc.update_criterion(ws, urgency.id, max=3)
    assert (err.value.field, err.value.code) == ("scale", "values_outside")
    assert (err.value.count, err.value.low, err.value.high) == (2, 1, 3)
    assert svc.get_criterion(ws, urgency.id).max == 5
    with pytest.raises(svc.ValuesOutsideScale):
        svc.update_criterion(ws, urgency.id, min=2)
    with pytest.raises(svc.ValuesOutsideScale):  # a gate would squeeze to 0–1
        svc.update_criterion(ws, urgency.id, gate=True)
    assert not svc.get_criterion(ws, urgency.id).gate
    # widening, or narrowing around the scores given, is fine
    assert svc.update_criterion(ws, urgency.id, min=0, max=10).max == 10
    assert svc.update_criterion(ws, urgency.id, min=1, max=5).min == 1
    with ws.session() as session:
        assert len(session.exec(select(m.Score)).all()) == 3


def test_soft_delete_and_restore_a_criterion(ws: Workshop) -> None:
    urgency = by_name(ws)["緊急度"]
    add_score(ws, urgency.id, 3)
    svc.set_criterion_deleted(ws, urgency.id, True)
    assert "緊急度" not in by_name(ws)
    with pytest.raises(NotFound):
        svc.update_criterion(ws, urgency.id, weight=2)
    with pytest.raises(NotFound):
        svc.get_criterion(ws, urgency.id)
    # its name is free while it is deleted; a restore then clashes
    other = svc.add_criterion(ws, "緊急度")
    with pytest.raises(ValidationError) as err:
        svc.set_criterion_deleted(ws, urgency.id, False)
    assert err.value.code == "duplicate"
    svc.set_criterion_deleted(ws, other.id, True)
    svc.set_criterion_deleted(ws, urgency.id, False)
    restored = by_name(ws)["緊急度"]
    assert restored == urgency  # same place in the order
    with pytest.raises(NotFound):
        svc.set_criterion_deleted(ws, 9999, True)


def test_an_axis_criterion_cannot_be_deleted(ws: Workshop) -> None:
    effect = by_name(ws)["効果（業務削減効果）"]
    with pytest.raises(ValidationError) as err:
        svc.set_criterion_deleted(ws, effect.id, True)
    assert (err.value.field, err.value.code) == ("criterion", "is_axis")
    assert "効果（業務削減効果）" in by_name(ws)
    # after the axes change, it can go
    names = by_name(ws)
    svc.set_matrix_axes(ws, names["実現容易性"].id, names["緊急度"].id)
    svc.set_criterion_deleted(ws, effect.id, True)
    assert "効果（業務削減効果）" not in by_name(ws)


def test_move_criterion(ws: Workshop) -> None:
    names = by_name(ws)
    gate = names["規程・制度上実施可能"]
    rows = svc.move_criterion(ws, gate.id, 0)
    assert [r.code for r in rows] == ["feasible", "effect", "ease", "urgency"]
    assert [r.position for r in rows] == [0, 1, 2, 3]
    assert svc.list_criteria(ws) == rows
    rows = svc.move_criterion(ws, gate.id, 99)  # clamped
    assert [r.code for r in rows] == ["effect", "ease", "urgency", "feasible"]
    rows = svc.move_criterion(ws, names["効果（業務削減効果）"].id, 1)
    assert [r.code for r in rows] == ["ease", "effect", "urgency", "feasible"]
    with pytest.raises(NotFound):
        svc.move_criterion(ws, 9999, 0)


def test_move_skips_deleted_criteria_and_restore_keeps_order(ws: Workshop) -> None:
    names = by_name(ws)
    svc.set_criterion_deleted(ws, names["緊急度"].id, True)
    rows = svc.move_criterion(ws, names["規程・制度上実施可能"].id, 0)
    assert [r.code for r in rows] == ["feasible", "effect", "ease"]
    with pytest.raises(NotFound):
        svc.move_criterion(ws, names["緊急度"].id, 0)


def test_set_matrix_axes(ws: Workshop) -> None:
    names = by_name(ws)
    axes = svc.set_matrix_axes(ws, names["緊急度"].id, names["実現容易性"].id)
    assert axes == svc.MatrixAxesRow(names["緊急度"].id, names["実現容易性"].id)
    assert svc.get_matrix_axes(ws) == axes


def test_matrix_axes_must_be_two_different_live_non_gate_criteria(ws: Workshop) -> None:
    names = by_name(ws)
    before = svc.get_matrix_axes(ws)
    effect, urgency = names["効果（業務削減効果）"], names["緊急度"]
    gate = names["規程・制度上実施可能"]
    with pytest.raises(ValidationError) as err:
        svc.set_matrix_axes(ws, effect.id, effect.id)
    assert (err.value.field, err.value.code) == ("axes", "same")
    with pytest.raises(ValidationError) as err:
        svc.set_matrix_axes(ws, gate.id, effect.id)
    assert (err.value.field, err.value.code) == ("x_axis", "gate")
    svc.set_criterion_deleted(ws, urgency.id, True)
    with pytest.raises(ValidationError) as err:
        svc.set_matrix_axes(ws, effect.id, urgency.id)
    assert (err.value.field, err.value.code) == ("y_axis", "deleted")
    with pytest.raises(NotFound):
        svc.set_matrix_axes(ws, effect.id, 9999)
    assert svc.get_matrix_axes(ws) == before


def test_matrix_axes_row_is_created_when_missing(ws: Workshop) -> None:
    with ws.session() as session:
        for row in session.exec(select(m.MatrixAxes)).all():
            session.delete(row)
        session.commit()
    assert svc.get_matrix_axes(ws) == svc.MatrixAxesRow(None, None)
    names = by_name(ws)
    svc.set_matrix_axes(ws, names["緊急度"].id, names["実現容易性"].id)
    assert svc.get_matrix_axes(ws).x_criterion_id == names["緊急度"].id


# --- rubric ------------------------------------------------------------------------


def rubric_names(w: Workshop) -> list[str]:
    return [r.name for r in svc.list_rubric_items(w)]


def test_default_rubric(ws: Workshop) -> None:
    items = svc.list_rubric_items(ws)
    assert [r.name for r in items] == [
        "課題設定の妥当性",
        "改善効果",
        "実現可能性",
        "職場への適合性・波及性",
    ]
    assert all((r.min, r.max) == (1, 5) for r in items)


def test_add_update_rubric_item(ws: Workshop) -> None:
    item = svc.add_rubric_item(ws, " 説明のわかりやすさ ", min=1, max=4)
    assert (item.name, item.min, item.max, item.position) == ("説明のわかりやすさ", 1, 4, 4)
    item = svc.update_rubric_item(ws, item.id, name="伝わりやすさ", max=3)
    assert (item.name, item.max) == ("伝わりやすさ", 3)
    assert rubric_names(ws)[-1] == "伝わりやすさ"


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"name": ""}, "name", "empty"),
        ({"name": "改善効果"}, "name", "duplicate"),
        ({"name": "x", "min": 4, "max": 2}, "scale", "min_not_below_max"),
        ({"name": "x", "min": 1, "max": 12}, "scale", "out_of_range"),
    ],
)
def test_add_rubric_item_refuses_bad_input(
    ws: Workshop, kwargs: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as err:
        svc.add_rubric_item(ws, **kwargs)  # type: ignore[arg-type]
    assert (err.value.field, err.value.code) == (field, code)
    assert len(rubric_names(ws)) == 4


def test_rubric_scale_keeps_ratings_inside(ws: Workshop) -> None:
    item = svc.list_rubric_items(ws)[0]
    with ws.session() as session:
        person = m.Person(name="岡山 太郎")
        issue = m.Issue(title="課題")
        session.add_all([person, issue])
        session.flush()
        assert person.id is not None and issue.id is not None
        plan = m.Plan(issue_id=issue.id, trainee_id=person.id)
        fround = m.FeedbackRound(number=1, title="第1回")
        session.add_all([plan, fround])
        session.flush()
        assert plan.id is not None and fround.id is not None
        version = m.PlanVersion(plan_id=plan.id, number=1)
        session.add(version)
        session.flush()
        assert version.id is not None
        fb = m.Feedback(
            round_id=fround.id, plan_version_id=version.id, reviewer_id=person.id, role="supervisor"
        )
        session.add(fb)
        session.flush()
        assert fb.id is not None
        session.add(m.FeedbackRating(feedback_id=fb.id, rubric_item_id=item.id, value=5))
        session.commit()
    with pytest.raises(svc.ValuesOutsideScale) as err:
        svc.update_rubric_item(ws, item.id, max=4)
    assert err.value.count == 1
    assert svc.list_rubric_items(ws)[0].max == 5
    assert svc.update_rubric_item(ws, item.id, max=6).max == 6


def test_rubric_soft_delete_restore_and_move(ws: Workshop) -> None:
    items = svc.list_rubric_items(ws)
    svc.set_rubric_item_deleted(ws, items[1].id, True)
    assert "改善効果" not in rubric_names(ws)
    with pytest.raises(NotFound):
        svc.update_rubric_item(ws, items[1].id, name="x")
    svc.set_rubric_item_deleted(ws, items[1].id, False)
    assert rubric_names(ws)[1] == "改善効果"
    rows = svc.move_rubric_item(ws, items[3].id, 0)
    assert rows[0].name == "職場への適合性・波及性"
    assert [r.position for r in rows] == [0, 1, 2, 3]
    with pytest.raises(NotFound):
        svc.set_rubric_item_deleted(ws, 9999, True)
    # a restore whose name was taken meanwhile is refused
    svc.set_rubric_item_deleted(ws, items[2].id, True)
    svc.add_rubric_item(ws, "実現可能性")
    with pytest.raises(ValidationError) as err:
        svc.set_rubric_item_deleted(ws, items[2].id, False)
    assert err.value.code == "duplicate"
