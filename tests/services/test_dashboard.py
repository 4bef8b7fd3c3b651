"""The home dashboard's read model on the demo programme and on a programme being set up."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.domain.enums import Phase, Role
from dxworkshop.domain.next_actions import ActionKind, Severity, Target
from dxworkshop.services import dashboard, people, progress
from dxworkshop.services.demo import create_demo
from dxworkshop.services.programme import new_programme
from dxworkshop.services.progress import Measure
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop
from tests.services.test_practice import counted

TODAY = dt.date(2026, 10, 23)  # the demo started 52 days before: in the practice


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.dxw"
    create_demo(path, today=TODAY, backup_root=path.parent / "backups").close()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[Workshop]:
    ws = Workshop.open(demo_file, backup_on_open=False)
    yield ws
    ws.close()


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_next_actions_of_the_demo_in_the_practice(demo: Workshop, demo_file: Path) -> None:
    board = dashboard.build_dashboard(demo, TODAY)
    kinds = [a.kind for a in board.actions]
    assert kinds == [
        ActionKind.FEEDBACK_OVERDUE,
        ActionKind.BLOCKED_ITEMS,
        ActionKind.NO_RECENT_CHECK_IN,
        ActionKind.OVERDUE_ITEMS,
    ]
    by_kind = {a.kind: a for a in board.actions}
    ((overdue,),) = raw(
        demo_file,
        "select count(*) from feedback f join feedback_round r on r.id = f.round_id "
        "where f.status = 'requested' and r.due < '2026-10-23' and f.deleted_at is null",
    )
    assert by_kind[ActionKind.FEEDBACK_OVERDUE].count == overdue == 5
    ((blocked,),) = raw(demo_file, "select count(*) from action_item where status = 'blocked'")
    assert by_kind[ActionKind.BLOCKED_ITEMS].count == blocked
    # quiet for two weeks: no check-in since 9 Oct (the practice began on 7 Oct)
    quiet = raw(
        demo_file,
        "select p.id from plan p left join check_in c on c.plan_id = p.id "
        "group by p.id having coalesce(max(c.date), '2026-10-07') <= '2026-10-09'",
    )
    assert by_kind[ActionKind.NO_RECENT_CHECK_IN].count == len(quiet) > 0
    # each record opens where it is fixed
    feedback = by_kind[ActionKind.FEEDBACK_OVERDUE].records[0]
    assert feedback.target == Target("feedback", feedback.id)
    item = by_kind[ActionKind.BLOCKED_ITEMS].records[0]
    ((trainee,),) = raw(
        demo_file,
        f"select p.trainee_id from action_item a join plan p on p.id = a.plan_id "
        f"where a.id = {item.id}",
    )
    assert item.target == Target("practice", trainee)


def test_dashboard_numbers_of_the_demo(demo: Workshop, demo_file: Path) -> None:
    board = dashboard.build_dashboard(demo, TODAY)
    assert board.current_phase == Phase.PRACTICE
    assert board.sessions[board.next_session or 0].date == dt.date(2026, 10, 27)
    assert board.milestones.practice_start == dt.date(2026, 10, 7)
    # issues by category, counted like the stored tags say
    tags: Counter[str] = Counter()
    for (text,) in raw(demo_file, "select categories from issue where deleted_at is null"):
        for tag in set(json.loads(str(text))) or {""}:
            tags[tag] += 1
    assert {c.category: c.issues for c in board.categories} == dict(tags)
    assert board.categories[0].issues == max(tags.values())
    # hours: measured = the outcomes; every plan counted once
    ((outcomes,),) = raw(demo_file, "select sum(hours_saved_per_year) from outcome")
    assert sum(h.measured for h in board.hours) == pytest.approx(float(str(outcomes)))
    assert sum(h.plans for h in board.hours) == 40
    assert sum(h.measured_plans for h in board.hours) == 16
    assert all(h.expected > 0 for h in board.hours)
    # the practice line runs from the practice start to today, never falling
    assert board.practice[0].date == dt.date(2026, 10, 7)
    assert board.practice[-1].date == TODAY
    averages = [p.average for p in board.practice]
    assert averages == sorted(averages) and 0 < averages[-1] < 100
    assert board.average_progress is not None and 0 < board.average_progress < 100
    lines = {(line.measure, line.round_number): line for line in board.lines}
    assert (
        lines[Measure.FEEDBACK_RECEIVED, 1].done,
        lines[Measure.FEEDBACK_RECEIVED, 1].total,
    ) == (
        75,
        80,
    )
    assert lines[Measure.FEEDBACK_RECEIVED, 2].round_title == "実践結果へのフィードバック"
    assert lines[Measure.OUTCOMES, None].done == 16
    assert lines[Measure.HEARINGS_DONE, None].total == 8


def test_navigator_badges_follow_the_same_rules(demo: Workshop) -> None:
    badges = dashboard.navigator_badges(demo, TODAY)
    actions = dashboard.actions_for(demo, TODAY)
    assert badges.actions == actions
    assert set(badges.attention) == {"feedback", "practice"}
    practice = badges.attention["practice"]
    expected = sum(
        a.count for a in actions if a.where == "practice" and a.severity >= Severity.WARNING
    )
    assert practice.count == expected and practice.severity == Severity.URGENT
    built = dashboard.build_dashboard(demo, TODAY)
    assert dashboard.navigator_badges_of(built) == badges
    assert built.phases == progress.phase_progress(demo)


def test_the_dashboard_reads_with_a_fixed_number_of_queries(demo: Workshop, tmp_path: Path) -> None:
    empty = new_programme(tmp_path / "empty.dxw", "研修", start_date=dt.date(2026, 9, 1))
    try:
        with counted(empty) as few:
            dashboard.build_dashboard(empty, TODAY)
    finally:
        empty.close()
    with counted(demo) as many:
        dashboard.build_dashboard(demo, TODAY)
    assert len(many) == len(few) < 60


def test_before_day_1_the_hearings_come_first(tmp_path: Path) -> None:
    ws = new_programme(tmp_path / "t.dxw", "研修", start_date=dt.date(2026, 9, 1))
    try:
        heard = people.add_municipality(ws, "倉敷市").id
        planned = people.add_municipality(ws, "早島町").id
        people.add_municipality(ws, "里庄町")
        trainee = people.add_person(ws, "山田 太郎", municipality_id=heard, roles=[Role.TRAINEE])
        with ws.session() as s:
            s.add(m.Hearing(municipality_id=heard, status="done"))
            hearing = m.Hearing(municipality_id=planned, status="planned")
            s.add(hearing)
            s.commit()
            hearing_id = hearing.id
        board = dashboard.build_dashboard(ws, dt.date(2026, 9, 10))  # day 1 is 15 Sep
        first = board.actions[0]
        assert first.kind == ActionKind.HEARINGS_NOT_DONE
        assert first.severity == Severity.WARNING and first.days_left == 5
        assert [(r.name, r.target) for r in first.records] == [
            ("早島町", Target("hearing", hearing_id)),
            ("里庄町", Target("hearing", None)),
        ]
        kinds = [a.kind for a in board.actions]
        assert ActionKind.NO_SUPERVISOR in kinds  # the trainee has none
        no_boss = next(a for a in board.actions if a.kind == ActionKind.NO_SUPERVISOR)
        assert no_boss.records[0].target == Target("participants", trainee.id)
        assert board.practice == () and board.hours == () and board.categories == ()
        assert board.average_progress is None
    finally:
        ws.close()


def test_edits_outside_the_fact_kinds_change_no_badge(demo_file: Path, tmp_path: Path) -> None:
    """The navigator skips reading its counts after an edit of kinds the facts do not
    read (FACT_KINDS, PHASE_KINDS): such edits must leave them as they are, and an edit
    of a kind they read does change them."""
    import shutil

    from dxworkshop.services import criteria, ops, prioritize

    path = tmp_path / "copy.dxw"
    shutil.copy(demo_file, path)
    ws = Workshop.open(path, backup_on_open=False)
    try:
        before = (dashboard.navigator_badges(ws, TODAY), progress.phase_progress(ws))
        board = prioritize.scoring_board(ws)
        issue = board.rows[0].id
        criterion = board.criteria[0]
        trainee = next(t for t in dashboard.facts(ws, TODAY).trainees if t.issue_count)
        group = people.list_groups(ws)[0]
        round_row = prioritize.add_round_op("追加投票")(ws).value
        edits = [
            prioritize.set_score_op(issue, criterion.id, criterion.max),
            prioritize.cast_vote_op(round_row.id, trainee.id, issue),
            criteria.update_criterion_op(criterion.id, weight=criterion.weight + 1),
            people.rename_group_op(group.id, group.name + "（改）"),
        ]
        for edit in edits:
            result = edit(ws)
            assert not result.changes.touches(*dashboard.FACT_KINDS), result.changes
            assert not result.changes.touches(*progress.PHASE_KINDS), result.changes
        after = (dashboard.navigator_badges(ws, TODAY), progress.phase_progress(ws))
        assert after == before
        themed = next(t for t in dashboard.facts(ws, TODAY).trainees if t.has_theme)
        result = prioritize.set_theme_op(themed.id, None)(ws)
        assert result.changes.touches(*dashboard.FACT_KINDS)
        assert progress.phase_progress(ws) != before[1]
        assert isinstance(result, ops.OpResult)
    finally:
        ws.close()


def test_the_navigator_facts_read_again_what_an_edit_changed(
    demo_file: Path, tmp_path: Path
) -> None:
    """NavigatorFacts reads again only the sections an edit's kinds feed (plans and items of
    the trainees it names); after every edit of each kind the facts read and its undo,
    its facts and badges are those of a full read."""
    import shutil

    from dxworkshop.domain.enums import ActionStatus, HearingStatus
    from dxworkshop.services import feedback, hearings, issues, ops, plans, practice, prioritize

    path = tmp_path / "copy.dxw"
    shutil.copy(demo_file, path)
    ws = Workshop.open(path, backup_on_open=False)
    try:
        kept = dashboard.NavigatorFacts()
        kept.badges(ws, TODAY)
        facts = dashboard.facts(ws, TODAY)
        themed = next(t for t in facts.trainees if t.has_theme and t.plan_id)
        other = next(t for t in facts.trainees if t.id != themed.id and t.issue_count)
        issue = issues.add_issue_op("数える課題", owner_id=themed.id)(ws).value
        item = practice.add_action_item_op(themed.plan_id, "止まった作業")(ws).value
        rounds = feedback.list_rounds(ws)
        hearing = hearings.list_hearings(ws)[0]
        muni = people.list_municipalities(ws)[0]
        # a theme on an issue its trainee does not own (their group's)
        shared = issues.add_issue_op("班の課題", owner_id=other.id)(ws).value
        prioritize.set_theme_op(themed.id, shared.id)(ws)
        kept.badges(ws, TODAY)  # the setup read in full
        edits: list[ops.Operation] = [
            issues.add_issue_op("新しい課題", owner_id=other.id),
            issues.update_issue_op(issue.id, owner_id=other.id),  # counted for another trainee
            issues.set_issues_deleted_op([issue.id], True),
            issues.set_issues_deleted_op([shared.id], True),  # a theme gone
            prioritize.set_theme_op(themed.id, None),
            plans.start_new_version_op(themed.plan_id, "見直し"),
            practice.add_check_in_op(themed.plan_id, TODAY, 40),
            practice.update_action_item_op(
                item.id, status=ActionStatus.BLOCKED.value, due=TODAY - dt.timedelta(days=3)
            ),
            practice.set_outcome_op(themed.plan_id, hours_saved_per_year=12.0),
            feedback.request_feedback_op(rounds[-1].id),
            people.update_person_op(themed.id, supervisor_id=None),
            people.set_people_deleted_op([other.id], True),
            hearings.update_hearing_op(hearing.id, status=HearingStatus.PLANNED.value),
            people.update_municipality_op(muni.id, name=muni.name + "（新）"),
        ]
        for edit in edits:
            result = edit(ws)
            badges = kept.badges(ws, TODAY, result.changes)
            assert kept.facts == dashboard.facts(ws, TODAY), result.changes
            assert badges == dashboard.navigator_badges(ws, TODAY)
            undone = result.reverse(ws)
            badges = kept.badges(ws, TODAY, undone.changes)
            assert kept.facts == dashboard.facts(ws, TODAY), undone.changes
            assert badges == dashboard.navigator_badges(ws, TODAY)
            redone = undone.reverse(ws)
            kept.badges(ws, TODAY, redone.changes)
        # an edit of kinds the facts do not read changes nothing and reads nothing
        before = kept.badges(ws, TODAY)
        assert kept.badges(ws, TODAY, ops.Changes.of(score=[1])) is before
        # a new day reads everything again
        later = TODAY + dt.timedelta(days=30)
        assert kept.badges(ws, later, ops.Changes.of(score=[1])) == dashboard.navigator_badges(
            ws, later
        )
    finally:
        ws.close()
