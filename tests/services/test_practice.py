"""Workplace practice: action items from the plan's steps, check-ins, measurements, outcome,
and the cohort — on a real file, with what undo needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import event

from dxworkshop.domain.enums import ActionStatus, Role
from dxworkshop.services import people, prioritize
from dxworkshop.services import practice as svc
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

START = dt.date(2026, 9, 1)  # practice from 7 Oct (after the brush-up), results on 3 Nov


@dataclass
class Practice:
    ws: Workshop
    boss: int
    yamada: int  # theme, plan with two versions and three steps
    sato: int  # theme, plan of one version without the workload after
    suzuki: int  # no plan
    plan: int
    sato_plan: int


def add_plan(
    ws: Workshop,
    trainee: int,
    issue: int,
    versions: list[tuple[float | None, float | None, float | None]],
    steps: list[tuple[str, str, dt.date | None]] = (),  # type: ignore[assignment]
) -> int:
    with ws.session() as s:
        plan = m.Plan(issue_id=issue, trainee_id=trainee)
        s.add(plan)
        s.flush()
        assert plan.id is not None
        version = None
        for number, (cases, minutes, staff) in enumerate(versions, start=1):
            version = m.PlanVersion(
                plan_id=plan.id,
                number=number,
                kpi="処理時間（分/件）",
                after_cases_per_year=cases,
                after_minutes_per_case=minutes,
                after_people=staff,
            )
            s.add(version)
            s.flush()
        assert version is not None and version.id is not None
        for position, (what, who, due) in enumerate(steps):
            s.add(m.PlanStep(version_id=version.id, position=position, what=what, who=who, due=due))
        s.commit()
        return plan.id


def add_issue(
    ws: Workshop, owner: int, title: str, cases: float, minutes: float, staff: float
) -> int:
    with ws.session() as s:
        row = m.Issue(
            title=title,
            owner_id=owner,
            cases_per_year=cases,
            minutes_per_case=minutes,
            people=staff,
        )
        s.add(row)
        s.commit()
        assert row.id is not None
        return row.id


def build(path: Path) -> Practice:
    ws = new_programme(path, "令和8年度 業務改善研修", start_date=START)
    city = people.add_municipality(ws, "倉敷市", "くらしきし").id
    town = people.add_municipality(ws, "早島町", "はやしまちょう").id
    boss = people.add_person(
        ws, "岡田 課長", kana="おかだ", municipality_id=city, roles=[Role.SUPERVISOR]
    ).id
    yamada = people.add_person(
        ws, "山田 太郎", kana="やまだ", municipality_id=city, supervisor_id=boss
    ).id
    sato = people.add_person(ws, "佐藤 花子", kana="さとう", municipality_id=city).id
    suzuki = people.add_person(ws, "鈴木 次郎", kana="すずき", municipality_id=town).id
    issue = add_issue(ws, yamada, "住民票の郵送請求", 1200, 10, 2)  # 400 h a year
    sato_issue = add_issue(ws, sato, "会議録の作成", 600, 20, 1)  # 200 h
    prioritize.set_theme(ws, yamada, issue)
    prioritize.set_theme(ws, sato, sato_issue)
    plan = add_plan(
        ws,
        yamada,
        issue,
        [(None, 5, 2), (1200, 4, 2)],  # the newest: 160 h a year after → 240 h saved
        [
            ("現状の処理時間を計測する", "山田 太郎", dt.date(2026, 10, 9)),
            ("RPAで転記を試行する", "情報担当", dt.date(2026, 10, 16)),
            ("手順書を作成する", "岡田 課長", dt.date(2026, 10, 23)),
            ("", "", None),  # an empty step makes no item
        ],
    )
    sato_plan = add_plan(ws, sato, sato_issue, [(None, 10, None)])
    return Practice(ws, boss, yamada, sato, suzuki, plan, sato_plan)


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    setup = build(tmp_path / "t.dxw")
    yield setup
    setup.ws.close()


@contextmanager
def counted(ws: Workshop) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(ws.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(ws.engine, "before_cursor_execute", record)


# --- action items ---------------------------------------------------------------------------


def test_items_from_the_plan_steps_without_duplicates(p: Practice) -> None:
    before = svc.trainee_practice(p.ws, p.yamada)
    assert before.new_steps == 3 and before.items == ()
    created = svc.create_items_from_steps(p.ws, p.plan)
    assert [i.title for i in created] == [
        "現状の処理時間を計測する",
        "RPAで転記を試行する",
        "手順書を作成する",
    ]
    # the owner is the person the step names, else the trainee
    assert [i.owner_id for i in created] == [p.yamada, p.yamada, p.boss]
    assert [i.due for i in created] == [
        dt.date(2026, 10, 9),
        dt.date(2026, 10, 16),
        dt.date(2026, 10, 23),
    ]
    assert all(i.status == ActionStatus.TODO and i.progress == 0 for i in created)
    assert svc.create_items_from_steps(p.ws, p.plan) == ()  # nothing twice
    after = svc.trainee_practice(p.ws, p.yamada)
    assert after.new_steps == 0
    assert [i.id for i in after.items] == [i.id for i in created]
    # undo hides them; the steps are then offered again
    svc.set_action_items_deleted(p.ws, [i.id for i in created], True)
    assert svc.trainee_practice(p.ws, p.yamada).new_steps == 3


def test_a_renamed_item_no_longer_covers_its_step(p: Practice) -> None:
    first = svc.create_items_from_steps(p.ws, p.plan)[0]
    svc.update_action_item(p.ws, first.id, title="計測（1週間）")
    again = svc.create_items_from_steps(p.ws, p.plan)
    assert [i.title for i in again] == ["現状の処理時間を計測する"]
    assert again[0].position == 3  # at the end of the list


def test_add_update_and_restore_an_item(p: Practice) -> None:
    item = svc.add_action_item(p.ws, p.plan, "  関係課と調整する ", owner_id=p.boss)
    assert item.title == "関係課と調整する" and item.owner_name == "岡田 課長"
    change = svc.update_action_item(
        p.ws, item.id, due=dt.date(2026, 10, 30), status="doing", progress=40
    )
    assert change.before == item
    assert (change.after.status, change.after.progress) == (ActionStatus.DOING, 40)
    assert change.after.due == dt.date(2026, 10, 30)
    assert svc.update_action_item(p.ws, item.id, owner_id=None).after.owner_name == ""
    svc.restore_action_item(p.ws, change.before)
    assert svc.get_action_item(p.ws, item.id) == item


def test_status_and_progress_stay_in_step(p: Practice) -> None:
    item = svc.add_action_item(p.ws, p.plan, "試行")
    assert svc.update_action_item(p.ws, item.id, progress=30).after.status == ActionStatus.DOING
    done = svc.update_action_item(p.ws, item.id, status=ActionStatus.DONE).after
    assert done.progress == 100
    back = svc.update_action_item(p.ws, item.id, progress=80).after
    assert back.status == ActionStatus.DOING
    blocked = svc.update_action_item(p.ws, item.id, status="blocked").after
    assert (blocked.status, blocked.progress) == (ActionStatus.BLOCKED, 80)
    assert svc.update_action_item(p.ws, item.id, progress=100).after.status == (
        ActionStatus.BLOCKED
    )
    assert svc.add_action_item(p.ws, p.plan, "x", progress=100).status == ActionStatus.DONE


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"title": " "}, "title", "empty"),
        ({"progress": 101}, "progress", "out_of_range"),
        ({"progress": True}, "progress", "out_of_range"),
        ({"status": "waiting"}, "status", "bad_value"),
        ({"owner_id": 9999}, "owner", "bad_value"),
        ({"due": dt.date(1900, 1, 1)}, "due", "out_of_range"),
    ],
)
def test_bad_item_edits_are_refused(
    p: Practice, changes: dict[str, object], field: str, code: str
) -> None:
    item = svc.add_action_item(p.ws, p.plan, "試行")
    with pytest.raises(ValidationError) as refused:
        svc.update_action_item(p.ws, item.id, **changes)  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.code) == (field, code)
    assert svc.get_action_item(p.ws, item.id) == item


def test_unknown_rows_are_not_found(p: Practice) -> None:
    with pytest.raises(NotFound):
        svc.update_action_item(p.ws, 9999, title="x")
    with pytest.raises(NotFound):
        svc.add_action_item(p.ws, 9999, "x")
    with pytest.raises(NotFound):
        svc.create_items_from_steps(p.ws, 9999)
    with pytest.raises(NotFound):
        svc.trainee_practice(p.ws, 9999)


# --- check-ins, measurements, outcome ---------------------------------------------------------


def test_check_ins(p: Practice) -> None:
    first = svc.add_check_in(p.ws, p.plan, dt.date(2026, 10, 12), 20, note=" 計測を始めた ")
    second = svc.add_check_in(
        p.ws,
        p.plan,
        dt.date(2026, 10, 19),
        45,
        obstacles="繁忙期",
        support_needed="情報担当との調整",
    )
    practice = svc.trainee_practice(p.ws, p.yamada)
    assert [c.id for c in practice.check_ins] == [second.id, first.id]  # newest first
    assert practice.check_ins[1].note == "計測を始めた"
    assert practice.progress == 45  # no items yet: the last report
    change = svc.update_check_in(p.ws, first.id, progress=25, note="")
    assert change.after.progress == 25 and change.after.note == ""
    svc.restore_check_in(p.ws, change.before)
    assert svc.trainee_practice(p.ws, p.yamada).check_ins[1] == first
    svc.set_check_ins_deleted(p.ws, [first.id], True)
    assert [c.id for c in svc.trainee_practice(p.ws, p.yamada).check_ins] == [second.id]
    with pytest.raises(ValidationError) as refused:
        svc.add_check_in(p.ws, p.plan, dt.date(2026, 10, 20), 120)
    assert refused.value.code == "out_of_range"


def test_measurements(p: Practice) -> None:
    row = svc.add_measurement(
        p.ws, p.plan, "処理時間（分/件）", baseline=10, target=4, date=dt.date(2026, 10, 20)
    )
    assert (row.baseline, row.target, row.actual) == (10.0, 4.0, None)
    change = svc.update_measurement(p.ws, row.id, actual=6.5)
    assert change.after.actual == 6.5 and change.after.baseline == 10.0
    cleared = svc.update_measurement(p.ws, row.id, date=None).after
    assert cleared.date is None and cleared.actual == 6.5
    svc.restore_measurement(p.ws, change.before)
    assert svc.trainee_practice(p.ws, p.yamada).measurements == (row,)
    with pytest.raises(ValidationError) as refused:
        svc.update_measurement(p.ws, row.id, actual=float("nan"))
    assert (refused.value.field, refused.value.code) == ("actual", "out_of_range")
    with pytest.raises(ValidationError):
        svc.add_measurement(p.ws, p.plan, "  ")


def test_the_next_measurement_carries_the_newest_ones_metric_and_goals(p: Practice) -> None:
    first = svc.add_next_measurement(p.ws, p.plan, "KPI", date=dt.date(2026, 10, 1))
    assert (first.metric, first.baseline, first.target) == ("KPI", None, None)
    svc.add_measurement(p.ws, p.plan, "処理時間", baseline=10, target=4, date=dt.date(2026, 10, 9))
    svc.add_measurement(p.ws, p.plan, "日付なし", baseline=1, target=1)  # undated: the oldest
    svc.add_measurement(p.ws, p.plan, "古い", baseline=7, target=7, date=dt.date(2026, 9, 1))
    nxt = svc.add_next_measurement(p.ws, p.plan, "KPI", date=dt.date(2026, 10, 20))
    assert (nxt.metric, nxt.baseline, nxt.target, nxt.actual) == ("処理時間", 10.0, 4.0, None)
    assert nxt.date == dt.date(2026, 10, 20)
    with pytest.raises(NotFound):
        svc.add_next_measurement(p.ws, 999_999, "KPI")


def test_the_cohort_summary_counts_the_plans_in_practice(p: Practice) -> None:
    rows = svc.cohort(p.ws, dt.date(2026, 10, 23))
    summary = svc.cohort_summary(rows)
    planned = [r for r in rows if r.plan_id is not None]
    assert summary.plans == len(planned) == 2  # suzuki has no plan
    assert summary.average_progress == sum(r.progress or 0 for r in planned) / 2
    assert summary.reported == sum(1 for r in planned if r.measured_hours is not None)
    assert svc.cohort_summary([]).average_progress is None


def test_outcome_is_created_changed_and_restored(p: Practice) -> None:
    assert svc.get_outcome(p.ws, p.plan) is None
    first = svc.set_outcome(p.ws, p.plan, hours_saved_per_year=180, effects="確認の手戻りが減った")
    assert first.before is None
    assert first.after == svc.OutcomeRow(p.plan, 180.0, "確認の手戻りが減った", "")
    second = svc.set_outcome(p.ws, p.plan, spread_potential="他の窓口でも使える")
    assert second.before == first.after
    assert second.after.hours_saved_per_year == 180.0  # left out: unchanged
    assert (
        svc.set_outcome(p.ws, p.plan, hours_saved_per_year=None).after.hours_saved_per_year is None
    )
    svc.restore_outcome(p.ws, p.plan, second.before)
    assert svc.get_outcome(p.ws, p.plan) == first.after
    svc.restore_outcome(p.ws, p.plan, None)
    assert svc.get_outcome(p.ws, p.plan) is None
    with pytest.raises(ValidationError) as refused:
        svc.set_outcome(p.ws, p.plan, hours_saved_per_year=-5)
    assert refused.value.code == "out_of_range"


# --- one trainee, the cohort -------------------------------------------------------------------


def test_trainee_practice_reads_the_plan(p: Practice) -> None:
    practice = svc.trainee_practice(p.ws, p.yamada)
    assert practice.plan_id == p.plan and practice.theme == "住民票の郵送請求"
    assert practice.version == 2 and practice.kpi == "処理時間（分/件）"
    assert practice.expected_hours == pytest.approx(240.0)  # 400 h − 1200 × 4 × 2 / 60
    assert [s.what for s in practice.steps] == [
        "現状の処理時間を計測する",
        "RPAで転記を試行する",
        "手順書を作成する",
    ]
    # owners to choose from: the trainee, their supervisor, their colleagues
    assert dict(practice.owner_choices) == {
        p.yamada: "山田 太郎",
        p.boss: "岡田 課長",
        p.sato: "佐藤 花子",
    }
    assert practice.progress is None and practice.outcome is None
    planless = svc.trainee_practice(p.ws, p.suzuki)
    assert planless.plan_id is None and planless.items == () and planless.new_steps == 0
    assert svc.plan_of(p.ws, p.suzuki) is None and svc.plan_of(p.ws, p.yamada) == p.plan


def test_expected_saving_needs_the_whole_workload() -> None:
    assert svc.expected_saving((1200, 10, 2), (1200, 4, 2)) == pytest.approx(240)
    assert svc.expected_saving((1200, 10, 2), (None, 4, 2)) is None
    assert svc.expected_saving((None, 10, 2), (1200, 4, 2)) is None


def test_cohort(p: Practice) -> None:
    items = svc.create_items_from_steps(p.ws, p.plan)
    svc.update_action_item(p.ws, items[0].id, status="done")
    svc.update_action_item(p.ws, items[1].id, status="blocked", progress=20)
    svc.add_check_in(p.ws, p.plan, dt.date(2026, 10, 12), 30)
    svc.add_check_in(p.ws, p.plan, dt.date(2026, 10, 19), 40)
    svc.set_outcome(p.ws, p.plan, hours_saved_per_year=150)
    today = dt.date(2026, 10, 22)
    rows = {r.trainee_id: r for r in svc.cohort(p.ws, today)}
    assert list(rows) == [p.sato, p.suzuki, p.yamada]  # by kana
    y = rows[p.yamada]
    assert (y.items, y.done, y.blocked, y.overdue) == (3, 1, 1, 0)  # the blocked one is not "open"
    assert y.progress == 40  # (100 + 20 + 0) / 3
    assert y.last_check_in == dt.date(2026, 10, 19) and y.days_without_check_in is None
    assert y.expected_hours == pytest.approx(240) and y.measured_hours == 150
    assert y.municipality == "倉敷市" and y.theme == "住民票の郵送請求"
    s = rows[p.sato]
    # no check-in since the practice started on 7 Oct: 15 days
    assert s.last_check_in is None and s.days_without_check_in == 15
    assert s.expected_hours is None and s.progress is None
    z = rows[p.suzuki]
    assert z.plan_id is None and z.days_without_check_in is None and z.theme == ""
    later = {r.trainee_id: r for r in svc.cohort(p.ws, dt.date(2026, 10, 24))}
    assert later[p.yamada].overdue == 1  # 手順書 was due on 23 Oct


def test_cohort_queries_do_not_grow_with_the_rows(p: Practice, tmp_path: Path) -> None:
    today = dt.date(2026, 10, 22)
    with counted(p.ws) as few:
        svc.cohort(p.ws, today)
    for n in range(30):
        trainee = people.add_person(p.ws, f"受講者{n}", kana=f"じゅこう{n:02}").id
        issue = add_issue(p.ws, trainee, f"課題{n}", 100, 10, 1)
        plan = add_plan(p.ws, trainee, issue, [(100, 5, 1)], [("試行", "", None)])
        svc.create_items_from_steps(p.ws, plan)
        svc.add_check_in(p.ws, plan, dt.date(2026, 10, 20), 10)
    with counted(p.ws) as many:
        rows = svc.cohort(p.ws, today)
    assert len(rows) == 33
    assert len(many) == len(few)
