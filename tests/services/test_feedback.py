"""Feedback rounds and feedback: CRUD with undo, ratings on the rubric, status rules,
requests for a whole round without duplicates, and the overview grid with overdue by date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole
from dxworkshop.domain.feedback_rules import CellState
from dxworkshop.services import criteria, plans
from dxworkshop.services import feedback as fb
from dxworkshop.services.errors import NotFound, ValidationError
from tests.services.plan_setup import ROUND1_DUE, Setup, build


@pytest.fixture
def s(tmp_path: Path) -> Iterator[Setup]:
    setup = build(tmp_path / "p.dxw")
    yield setup
    setup.ws.close()


def with_plans(s: Setup) -> list[plans.PlanDetail]:
    return [plans.create_plan(s.ws, t) for t in s.trainees]


def test_default_rounds_come_from_the_schedule(s: Setup) -> None:
    rounds = fb.list_rounds(s.ws)
    assert [(r.number, r.title, r.due) for r in rounds] == [
        (1, "改善計画へのフィードバック", ROUND1_DUE),
        (2, "実践結果へのフィードバック", dt.date(2026, 11, 10)),
    ]


def test_round_crud_with_undo(s: Setup) -> None:
    added = fb.add_round(s.ws, "  追加の講評 ", dt.date(2026, 12, 1))
    assert (added.number, added.title) == (3, "追加の講評")
    with pytest.raises(ValidationError) as caught:
        fb.add_round(s.ws, "重複", number=2)
    assert caught.value.code == "duplicate"
    with pytest.raises(ValidationError) as caught:
        fb.add_round(s.ws, " ")
    assert caught.value.code == "empty"
    edit = fb.update_round(s.ws, added.id, title="最終講評", due=None)
    assert edit.old == {"title": "追加の講評", "due": dt.date(2026, 12, 1)}
    assert fb.get_round(s.ws, added.id).title == "最終講評"
    fb.update_round(s.ws, added.id, **edit.old)
    assert fb.get_round(s.ws, added.id).due == dt.date(2026, 12, 1)
    with pytest.raises(ValidationError) as caught:
        fb.update_round(s.ws, added.id, number=1)
    assert caught.value.code == "duplicate"
    fb.set_round_deleted(s.ws, added.id, True)
    assert [r.number for r in fb.list_rounds(s.ws)] == [1, 2]
    with pytest.raises(NotFound):
        fb.get_round(s.ws, added.id)
    fb.set_round_deleted(s.ws, added.id, False)
    assert [r.number for r in fb.list_rounds(s.ws)] == [1, 2, 3]


def test_feedback_holds_ratings_comments_decision_and_response(s: Setup) -> None:
    p = with_plans(s)[0]
    r1 = fb.list_rounds(s.ws)[0].id
    row = fb.add_feedback(s.ws, r1, p.latest.id, s.sup_a, ReviewerRole.SUPERVISOR)
    assert row.status == FeedbackStatus.REQUESTED and not row.has_content
    assert (row.trainee_name, row.reviewer_name, row.version_number) == (
        "山田 太郎",
        "岡田 課長",
        1,
    )
    rubric = criteria.list_rubric_items(s.ws)
    edit = fb.set_rating(s.ws, row.id, rubric[0].id, 4)
    assert (edit.old, edit.new, edit.old_status, edit.new_status) == (
        None,
        4,
        FeedbackStatus.REQUESTED,
        FeedbackStatus.RECEIVED,
    )
    fb.set_rating(s.ws, row.id, rubric[1].id, 3)
    fb.update_feedback(s.ws, row.id, "good_points", "現状の把握が具体的")
    fb.update_feedback(s.ws, row.id, "improvements", "効果を数字で示すこと")
    fb.update_feedback(s.ws, row.id, "support", "係内の調整をする")
    fb.update_feedback(s.ws, row.id, "decision", Decision.CONDITIONAL)
    fb.update_feedback(s.ws, row.id, "response", "効果を時間で示した")
    got = fb.get_feedback(s.ws, row.id)
    assert got.ratings == ((rubric[0].id, 4), (rubric[1].id, 3))
    assert got.rating(rubric[0].id) == 4 and got.rating(rubric[2].id) is None
    assert (got.good_points, got.improvements, got.support) == (
        "現状の把握が具体的",
        "効果を数字で示すこと",
        "係内の調整をする",
    )
    assert got.decision == Decision.CONDITIONAL and got.response == "効果を時間で示した"
    assert got.status == FeedbackStatus.RECEIVED
    # undo of the first rating puts the status back too
    fb.restore_rating(s.ws, edit)
    assert fb.get_feedback(s.ws, row.id).rating(rubric[0].id) is None
    fb.restore_rating(s.ws, edit, redo=True)
    assert fb.get_feedback(s.ws, row.id).rating(rubric[0].id) == 4


def test_ratings_outside_the_rubric_scale_are_refused(s: Setup) -> None:
    p = with_plans(s)[0]
    row = fb.add_feedback(s.ws, fb.list_rounds(s.ws)[0].id, p.latest.id, s.sup_a, "supervisor")
    item = criteria.list_rubric_items(s.ws)[0]
    for bad in (0, 6, True):
        with pytest.raises(ValidationError) as caught:
            fb.set_rating(s.ws, row.id, item.id, bad)  # type: ignore[arg-type]
        assert caught.value.code == "out_of_range"
    assert fb.get_feedback(s.ws, row.id).ratings == ()
    assert fb.get_feedback(s.ws, row.id).status == FeedbackStatus.REQUESTED


def test_status_moves_one_step_at_a_time(s: Setup) -> None:
    p = with_plans(s)[0]
    row = fb.add_feedback(s.ws, fb.list_rounds(s.ws)[0].id, p.latest.id, s.sup_a, "supervisor")
    with pytest.raises(ValidationError) as caught:
        fb.update_feedback(s.ws, row.id, "status", "addressed")
    assert caught.value.code == "bad_transition"
    edit = fb.update_feedback(s.ws, row.id, "status", "received")
    assert (edit.old, edit.new) == (FeedbackStatus.REQUESTED, FeedbackStatus.RECEIVED)
    fb.update_feedback(s.ws, row.id, "status", "addressed")
    back = fb.update_feedback(s.ws, row.id, "status", "received")
    fb.restore_feedback(s.ws, back)
    assert fb.get_feedback(s.ws, row.id).status == FeedbackStatus.ADDRESSED
    with pytest.raises(ValidationError):
        fb.update_feedback(s.ws, row.id, "decision", "maybe")
    with pytest.raises(ValidationError):
        fb.update_feedback(s.ws, row.id, "reviewer_id", 1)


def test_reviewers_must_hold_their_role_and_are_asked_once(s: Setup) -> None:
    p = with_plans(s)[0]
    r1 = fb.list_rounds(s.ws)[0].id
    with pytest.raises(ValidationError) as caught:
        fb.add_feedback(s.ws, r1, p.latest.id, s.instructors[0], "supervisor")
    assert caught.value.code == "bad_role"
    fb.add_feedback(s.ws, r1, p.latest.id, s.instructors[0], "instructor")
    with pytest.raises(ValidationError) as caught:
        fb.add_feedback(s.ws, r1, p.latest.id, s.instructors[0], "instructor")
    assert caught.value.code == "duplicate"


def test_request_a_round_asks_supervisor_and_an_instructor_once(s: Setup) -> None:
    with_plans(s)
    r1 = fb.list_rounds(s.ws)[0].id
    result = fb.request_feedback(s.ws, r1)
    assert len(result.created) == 6 and result.already == 0
    assert result.without_supervisor == () and result.without_plan == ()
    rows = fb.list_feedback(s.ws, round_id=r1)
    by_trainee: dict[str, list[tuple[ReviewerRole, str]]] = {}
    for row in rows:
        by_trainee.setdefault(row.trainee_name, []).append((row.role, row.reviewer_name))
    assert by_trainee["山田 太郎"][0] == (ReviewerRole.SUPERVISOR, "岡田 課長")
    assert by_trainee["鈴木 次郎"][0] == (ReviewerRole.SUPERVISOR, "早川 係長")
    instructors = [r.reviewer_name for r in rows if r.role == ReviewerRole.INSTRUCTOR]
    assert sorted(instructors) == ["講師 一郎", "講師 一郎", "講師 二郎"]  # shared out
    again = fb.request_feedback(s.ws, r1)
    assert again.created == () and again.already == 6
    assert len(fb.list_feedback(s.ws, round_id=r1)) == 6
    # undo is a soft delete of what was created; asking again after undo adds them anew
    fb.set_feedback_deleted(s.ws, result.created, True)
    assert fb.list_feedback(s.ws, round_id=r1) == []
    fb.set_feedback_deleted(s.ws, result.created, False)
    assert len(fb.list_feedback(s.ws, round_id=r1)) == 6


def test_round_two_keeps_the_instructor_and_uses_the_latest_version(s: Setup) -> None:
    p = with_plans(s)
    r1, r2 = (r.id for r in fb.list_rounds(s.ws))
    fb.request_feedback(s.ws, r1)
    v2 = plans.start_new_version(s.ws, p[0].id, "改訂")
    first = {(r.trainee_id, r.role): r.reviewer_id for r in fb.list_feedback(s.ws, round_id=r1)}
    fb.request_feedback(s.ws, r2)
    second = fb.list_feedback(s.ws, round_id=r2)
    for row in second:
        assert first[(row.trainee_id, row.role)] == row.reviewer_id
    assert {r.plan_version_id for r in second if r.trainee_id == s.trainees[0]} == {v2.id}


def test_request_names_who_could_not_be_asked(s: Setup) -> None:
    plans.create_plan(s.ws, s.trainees[0])
    from dxworkshop.services import people

    people.update_person(s.ws, s.trainees[0], supervisor_id=None)
    result = fb.request_feedback(s.ws, fb.list_rounds(s.ws)[0].id)
    assert result.without_supervisor == ("山田 太郎",)
    assert set(result.without_plan) == {"佐藤 花子", "鈴木 次郎"}
    assert len(result.created) == 1  # the instructor only


def test_overview_grid_states_including_overdue_by_date(s: Setup) -> None:
    with_plans(s)
    r1 = fb.list_rounds(s.ws)[0].id
    fb.request_feedback(s.ws, r1)
    by = {(r.trainee_id, r.role): r.id for r in fb.list_feedback(s.ws, round_id=r1)}
    yamada, sato, _suzuki = s.trainees
    fb.update_feedback(s.ws, by[(yamada, ReviewerRole.SUPERVISOR)], "decision", "approved")
    fb.update_feedback(s.ws, by[(sato, ReviewerRole.SUPERVISOR)], "improvements", "具体化を")
    fb.update_feedback(s.ws, by[(sato, ReviewerRole.SUPERVISOR)], "status", "addressed")

    on_time = fb.overview(s.ws, r1, today=ROUND1_DUE)
    assert [(c.role, c.index) for c in on_time.columns] == [
        (ReviewerRole.SUPERVISOR, 0),
        (ReviewerRole.INSTRUCTOR, 0),
    ]
    states = {r.name: tuple(c.state for c in r.cells) for r in on_time.rows}
    assert states == {
        "佐藤 花子": (CellState.ADDRESSED, CellState.REQUESTED),
        "鈴木 次郎": (CellState.REQUESTED, CellState.REQUESTED),
        "山田 太郎": (CellState.RECEIVED, CellState.REQUESTED),
    }
    late = fb.overview(s.ws, r1, today=ROUND1_DUE + dt.timedelta(days=4))
    states = {r.name: tuple(c.state for c in r.cells) for r in late.rows}
    assert states["鈴木 次郎"] == (CellState.OVERDUE, CellState.OVERDUE)
    assert states["佐藤 花子"] == (CellState.ADDRESSED, CellState.OVERDUE)
    cell = next(r for r in late.rows if r.name == "鈴木 次郎").cells[0]
    assert (cell.reviewer_name, cell.days_overdue, cell.version_number) == ("早川 係長", 4, 1)
    assert late.round is not None and late.round.overdue == 4
    assert fb.list_rounds(s.ws, today=ROUND1_DUE)[0].overdue == 0
    yamada_cell = next(r for r in late.rows if r.name == "山田 太郎").cells[0]
    assert yamada_cell.decision == Decision.APPROVED


def test_overview_before_any_request_names_the_supervisor_to_ask(s: Setup) -> None:
    plans.create_plan(s.ws, s.trainees[0])
    r2 = fb.list_rounds(s.ws)[1].id
    grid = fb.overview(s.ws, r2, today=dt.date(2026, 12, 1))
    row = next(r for r in grid.rows if r.name == "山田 太郎")
    assert row.cells[0].state == CellState.NONE and row.cells[0].reviewer_name == "岡田 課長"
    assert row.latest_version_number == 1
    assert next(r for r in grid.rows if r.name == "佐藤 花子").plan_id is None


def test_a_second_instructor_adds_a_column(s: Setup) -> None:
    p = with_plans(s)[0]
    r1 = fb.list_rounds(s.ws)[0].id
    fb.request_feedback(s.ws, r1)
    asked = {r.reviewer_id for r in fb.list_feedback(s.ws, plan_id=p.id)}
    other = next(i for i in s.instructors if i not in asked)
    fb.add_feedback(s.ws, r1, p.latest.id, other, "instructor")
    grid = fb.overview(s.ws, r1, today=ROUND1_DUE)
    assert [(c.role, c.index) for c in grid.columns] == [
        (ReviewerRole.SUPERVISOR, 0),
        (ReviewerRole.INSTRUCTOR, 0),
        (ReviewerRole.INSTRUCTOR, 1),
    ]
    yamada = next(r for r in grid.rows if r.name == "山田 太郎")
    assert yamada.cells[2].reviewer_id == other
    sato = next(r for r in grid.rows if r.name == "佐藤 花子")
    assert sato.cells[2].state == CellState.NONE


def test_supervisors_with_plans(s: Setup) -> None:
    with_plans(s)
    rows = fb.supervisors_with_plans(s.ws)
    assert [(r.name, len(r.trainee_ids)) for r in rows] == [("岡田 課長", 2), ("早川 係長", 1)]


def test_the_demo_has_feedback_in_every_state(tmp_path: Path) -> None:
    from dxworkshop.services.demo import create_demo

    with create_demo(tmp_path / "demo.dxw", today=dt.date(2026, 11, 20)) as ws:
        r1 = fb.list_rounds(ws)[0]
        grid = fb.overview(ws, r1.id, today=dt.date(2026, 11, 20))
        states = {c.state for r in grid.rows for c in r.cells}
        assert {CellState.OVERDUE, CellState.RECEIVED, CellState.ADDRESSED} <= states
        assert r1.overdue == sum(
            1 for r in grid.rows for c in r.cells if c.state == CellState.OVERDUE
        )
