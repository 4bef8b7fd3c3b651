"""Read models of the reports: everyone at once, sliced per trainee and municipality."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, update

from dxworkshop.domain.enums import ActionStatus, FeedbackStatus, Role
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.services.errors import NotFound
from dxworkshop.services.programme import new_programme
from dxworkshop.services.report_data import ReportBook, gather
from dxworkshop.store import models as m
from dxworkshop.store.readonly import open_readonly
from dxworkshop.store.workshop import Workshop

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.dxw"
    create_demo(path, today=TODAY).close()
    return path


@pytest.fixture(scope="module")
def book(demo_file: Path) -> ReportBook:
    with open_readonly(demo_file) as ws:
        return gather(ws, today=TODAY)


def _owners(path: Path) -> dict[int, int | None]:
    with open_readonly(path) as ws, ws.session() as s:
        rows = s.connection().execute(
            select(m.Issue.id, m.Issue.owner_id).where(m.Issue.deleted_at.is_(None))  # type: ignore[union-attr]
        )
        return {int(i): o for i, o in rows}


def test_every_trainee_with_only_their_own_issues(book: ReportBook, demo_file: Path) -> None:
    owners = _owners(demo_file)
    assert len(book.trainees) == 40
    for trainee in book.trainees:
        assert trainee.issues, trainee.name
        assert {owners[i.id] for i in trainee.issues} == {trainee.id}
        ranks = [i.rank for i in trainee.issues]
        assert ranks == sorted(ranks)
        for issue in trainee.issues:
            assert issue.annual_hours == annual_hours(
                issue.cases_per_year, issue.minutes_per_case, issue.people
            )
    mine = {i.id for t in book.trainees for i in t.issues}
    assert len(mine) == sum(len(t.issues) for t in book.trainees)  # nobody shares an issue


def test_theme_plan_and_expected_hours(book: ReportBook) -> None:
    with_plan = [t for t in book.trainees if t.plan is not None]
    assert with_plan
    for trainee in with_plan:
        plan = trainee.plan
        assert plan is not None and trainee.theme is not None
        assert trainee.theme.is_theme
        assert plan.version_number == plan.versions  # the latest version
        assert plan.hours_before == trainee.theme.annual_hours
        after = annual_hours(
            plan.after_cases_per_year, plan.after_minutes_per_case, plan.after_people
        )
        assert plan.hours_after == after
        if plan.hours_before is not None and after is not None:
            assert plan.hours_saved == pytest.approx(plan.hours_before - after)
        else:
            assert plan.hours_saved is None
        assert all(step.what for step in plan.steps)


def test_feedback_practice_and_next_steps(book: ReportBook) -> None:
    trainee = next(t for t in book.trainees if t.outcome is not None and t.feedback)
    rounds = [f.round_number for f in trainee.feedback]
    assert rounds == sorted(rounds)
    received = [f for f in trainee.feedback if f.status != FeedbackStatus.REQUESTED]
    assert all(f.ratings for f in received)
    assert all(1 <= r.value <= r.max for f in received for r in f.ratings)
    dates = [c.date for c in trainee.check_ins]
    assert dates == sorted(dates)
    assert trainee.last_check_in == trainee.check_ins[-1]
    assert all(a.status != ActionStatus.DONE for a in trainee.next_steps)
    assert {a.title for a in trainee.next_steps} == {
        a.title for a in trainee.actions if a.status != ActionStatus.DONE
    }
    assert trainee.measured_hours_saved == trainee.outcome.hours_saved_per_year  # type: ignore[union-attr]


def test_municipalities_hearing_answers_and_totals(book: ReportBook) -> None:
    assert [mr.name for mr in book.municipalities][:2] == ["岡山市", "倉敷市"]  # 団体コード order
    kurashiki = next(mr for mr in book.municipalities if mr.name == "倉敷市")
    assert kurashiki.hearing is not None
    scale = [a for a in kurashiki.hearing.answers if a.level is not None]
    assert scale and all(a.answer == a.labels[a.level] for a in scale if a.level is not None)
    assert kurashiki.hearing.findings
    assert all(t.municipality_id == kurashiki.id for t in kurashiki.trainees)
    assert kurashiki.expected_hours_saved == pytest.approx(
        sum(t.expected_hours_saved or 0 for t in kurashiki.trainees)
    )
    assert book.trainees_of_municipality(kurashiki.id) == kurashiki.trainees


def test_programme_report_adds_up(book: ReportBook) -> None:
    report = book.programme_report()
    assert report.counts["trainees"] == 40
    assert report.counts["municipalities"] == len(report.participation) == 8
    assert sum(p.trainees for p in report.participation) == 40
    assert report.expected_hours_saved == pytest.approx(
        sum(t.expected_hours_saved or 0 for t in book.trainees)
    )
    assert report.measured_hours_saved == pytest.approx(
        sum(t.measured_hours_saved or 0 for t in book.trainees)
    )
    assert all(s.date is not None and s.date <= TODAY for s in report.sessions_held)
    assert all(s.date is None or s.date > TODAY for s in report.sessions_ahead)
    assert report.sessions_held and report.sessions_ahead
    assert all(c.spread_potential for c in report.cases)
    hours = [c.hours_saved or 0 for c in report.cases]
    assert hours == sorted(hours, reverse=True)
    counts = [c.count for c in report.categories]
    assert counts == sorted(counts, reverse=True)
    first = report.decisions[0]
    assert sum(first.counts.values()) + first.pending > 0
    assert {c.label for c in report.ecrs_mix} <= {"eliminate", "combine", "rearrange", "simplify"}


def test_slices_and_unknown_ids(book: ReportBook) -> None:
    trainee = book.trainees[0]
    assert book.trainee(trainee.id) is trainee
    assert trainee.supervisor_id in book.supervisors
    assert trainee in book.trainees_of_supervisor(trainee.supervisor_id or 0)
    with pytest.raises(NotFound):
        book.trainee(-1)
    with pytest.raises(NotFound):
        book.municipality(-1)


@contextlib.contextmanager
def _count_queries(ws: Workshop) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(ws.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(ws.engine, "before_cursor_execute", count)


def test_a_fixed_number_of_queries_whatever_the_size(demo_file: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.dxw"
    with new_programme(small, "研修", start_date=dt.date(2026, 9, 1)) as ws:
        city = people.add_municipality(ws, "倉敷市")
        people.add_person(ws, "山田 太郎", municipality_id=city.id, roles=[Role.TRAINEE])
        with _count_queries(ws) as few:
            gather(ws, today=TODAY)
    with open_readonly(demo_file) as ws, _count_queries(ws) as many:
        gather(ws, today=TODAY)
    assert len(many) == len(few)
    assert len(many) < 60


def test_soft_deleted_rows_stay_out(demo_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.dxw"
    copy.write_bytes(demo_file.read_bytes())
    with Workshop.open(copy, backup_on_open=False) as ws:
        before = gather(ws, today=TODAY)
        trainee = next(t for t in before.trainees if len(t.issues) > 1 and t.feedback)
        dropped = trainee.issues[-1].id
        now = dt.datetime.now(dt.UTC)
        with ws.session() as s:
            s.execute(update(m.Issue).where(m.Issue.id == dropped).values(deleted_at=now))  # type: ignore[arg-type]
            s.execute(
                update(m.Feedback)
                .where(
                    m.Feedback.reviewer_id.in_(  # type: ignore[attr-defined]
                        select(m.Person.id).where(
                            m.Person.name == trainee.feedback[0].reviewer_name
                        )
                    )
                )
                .values(deleted_at=now)
            )
            s.commit()
        after = gather(ws, today=TODAY).trainee(trainee.id)
    assert dropped not in {i.id for i in after.issues}
    assert len(after.issues) == len(trainee.issues) - 1
    assert len(after.feedback) < len(trainee.feedback)


def test_a_book_of_some_trainees_reads_like_the_whole(book: ReportBook, demo_file: Path) -> None:
    one = book.trainees[3]
    muni = book.municipalities[0]
    with open_readonly(demo_file) as ws:
        part = gather(ws, today=TODAY, trainee_ids=[one.id])
        several = gather(ws, today=TODAY, trainee_ids=[t.id for t in muni.trainees])
        # one trainee's summary reads that trainee's rows: few, whatever the programme
        with _count_queries(ws) as statements:
            gather(ws, today=TODAY, trainee_ids=[one.id])
    assert part.trainees == (one,) and part.trainee(one.id) == one  # programme-wide ranks
    assert part.programme == book.programme and part.matrix_axes == book.matrix_axes
    assert dict(part.supervisors) == {
        k: v for k, v in book.supervisors.items() if k == one.supervisor_id
    }
    assert part.municipalities == ()
    with pytest.raises(ValueError):
        part.programme_report()
    with pytest.raises(NotFound):
        part.trainee(book.trainees[0].id)
    assert several.trainees == muni.trainees
    assert len(statements) < 60


def test_an_empty_programme_reads(tmp_path: Path) -> None:
    with new_programme(tmp_path / "empty.dxw", "研修") as ws:
        book = gather(ws, today=TODAY)
    assert book.trainees == ()
    report = book.programme_report()
    assert report.participation == () and report.cases == () and report.themes == ()
    assert report.counts["trainees"] == 0
