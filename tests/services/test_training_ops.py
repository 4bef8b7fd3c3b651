"""Operations of the training's later phases (feedback, plans, practice, the matrix and the
affinity board): each reports the records it changed, and its reverse undoes it and the
reverse's reverse redoes it with the same records (same ids), as the undo stack needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.services import feedback as fb
from dxworkshop.services import issues, plans, practice, prioritize
from dxworkshop.services.demo import create_demo
from dxworkshop.services.ops import Kind
from dxworkshop.store.workshop import Workshop


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ops") / "demo.dxw"
    create_demo(path, backup_root=path.parent / "backups").close()
    return path


@pytest.fixture
def ws(demo_source: Path, tmp_path: Path) -> Iterator[Workshop]:
    path = tmp_path / "demo.dxw"
    path.write_bytes(demo_source.read_bytes())
    workshop = Workshop.open(path, backup_on_open=False)
    yield workshop
    workshop.close()


def a_plan(ws: Workshop) -> plans.PlanSummary:
    return next(p for p in plans.list_plans(ws) if p.plan_id is not None)


def test_a_plan_field_reports_its_plan_and_undoes_and_redoes(ws: Workshop) -> None:
    summary = a_plan(ws)
    assert summary.plan_id is not None
    version = plans.get_plan(ws, summary.plan_id).latest
    done = plans.update_version_op(version.id, "goal", "申請を電子化し転記をなくす")(ws)
    assert done.changes.ids(Kind.PLAN) == {summary.plan_id}
    assert plans.get_version(ws, version.id).goal == "申請を電子化し転記をなくす"
    undone = done.reverse(ws)
    assert plans.get_version(ws, version.id).goal == version.goal
    assert undone.changes.ids(Kind.PLAN) == {summary.plan_id}
    undone.reverse(ws)
    assert plans.get_version(ws, version.id).goal == "申請を電子化し転記をなくす"


def test_a_new_version_and_a_step_come_back_with_their_ids(ws: Workshop) -> None:
    plan_id = a_plan(ws).plan_id
    assert plan_id is not None
    started = plans.start_new_version_op(plan_id, "上司の助言を受けて")(ws)
    made = started.value
    removed = started.reverse(ws)
    assert plans.get_plan(ws, plan_id).latest.id != made.id
    again = removed.reverse(ws)
    assert again.value.id == made.id and plans.get_plan(ws, plan_id).latest.id == made.id

    added = plans.add_step_op(made.id)(ws)
    step = added.value
    assert added.changes.ids(Kind.PLAN) == {plan_id}
    gone = added.reverse(ws)
    assert step.id not in {s.id for s in plans.get_version(ws, made.id).steps}
    gone.reverse(ws)
    assert step.id in {s.id for s in plans.get_version(ws, made.id).steps}


def test_feedback_edits_report_the_feedback(ws: Workshop) -> None:
    row = fb.list_feedback(ws)[0]
    done = fb.update_feedback_op(row.id, "good_points", "現状の把握が丁寧")(ws)
    assert done.changes.ids(Kind.FEEDBACK) == {row.id}
    assert fb.get_feedback(ws, row.id).good_points == "現状の把握が丁寧"
    done.reverse(ws)
    assert fb.get_feedback(ws, row.id).good_points == row.good_points

    added = fb.add_round_op("第3回フィードバック", number=9)(ws)
    assert added.changes.touches(Kind.FEEDBACK)
    undone = added.reverse(ws)
    assert added.value.id not in {r.id for r in fb.list_rounds(ws)}
    redone = undone.reverse(ws)  # the same round comes back
    assert added.value.id in {r.id for r in fb.list_rounds(ws)}
    redone.reverse(ws)
    assert added.value.id not in {r.id for r in fb.list_rounds(ws)}


def test_practice_records_report_their_plan(ws: Workshop) -> None:
    plan_id = a_plan(ws).plan_id
    assert plan_id is not None
    added = practice.add_check_in_op(plan_id, dt.date(2026, 12, 1), 40)(ws)
    check_in = added.value
    assert added.changes.ids(Kind.PRACTICE) == {plan_id}
    removed = added.reverse(ws)
    trainee = next(p.trainee_id for p in plans.list_plans(ws) if p.plan_id == plan_id)
    assert check_in.id not in {c.id for c in practice.trainee_practice(ws, trainee).check_ins}
    removed.reverse(ws)
    assert check_in.id in {c.id for c in practice.trainee_practice(ws, trainee).check_ins}
    deleted = practice.delete_check_ins_op([check_in.id])(ws)
    assert deleted.changes.ids(Kind.PRACTICE) == {plan_id}
    deleted.reverse(ws)
    assert check_in.id in {c.id for c in practice.trainee_practice(ws, trainee).check_ins}


def test_a_drop_on_the_matrix_reports_the_card_scored(ws: Workshop) -> None:
    card = issues.list_issues(ws)[0].id

    def placed() -> tuple[int | None, int | None]:
        board = prioritize.scoring_board(ws)
        assert board.x_criterion_id is not None and board.y_criterion_id is not None
        row = next(r for r in board.rows if r.id == card)
        return row.scores.get(board.x_criterion_id), row.scores.get(board.y_criterion_id)

    before = placed()
    target = (1, 5) if before == (5, 1) else (5, 1)
    done = prioritize.set_axis_scores_op([prioritize.Placement(card, *target)])(ws)
    assert done.changes.ids(Kind.SCORE) == {card} and placed() == target
    undone = done.reverse(ws)
    assert placed() == before
    undone.reverse(ws)
    assert placed() == target


def test_a_group_made_on_the_board_comes_back_with_its_id(ws: Workshop) -> None:
    loose = [r.id for r in issues.list_issues(ws) if r.cluster_id is None][:2]
    made = issues.add_cluster_op("紙の申請", issue_ids=loose)(ws)
    group = made.value
    assert made.changes.ids(Kind.CLUSTER) is not None and group.id in made.changes.ids(Kind.CLUSTER)
    undone = made.reverse(ws)
    assert group.id not in {c.id for c in issues.list_clusters(ws)}
    undone.reverse(ws)
    assert group.id in {c.id for c in issues.list_clusters(ws)}
    assert {r.cluster_id for r in issues.list_issues(ws) if r.id in loose} == {group.id}
