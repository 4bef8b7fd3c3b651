"""Batch export: planning by scope, privacy of the summaries, cancel, failures, PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from sqlalchemy import select, update

from dxworkshop.reports.report_writer import ReportWriter, file_name
from dxworkshop.services import export as ex
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.export import (
    ExportItem,
    NothingToExport,
    ReportKind,
    Scope,
    ScopeKind,
    book_roster,
    load_roster,
    plan_export,
    run_export,
)
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


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    parts = ["".join(t.text or "" for t in document.element.body.iter(qn("w:t")))]
    for section in document.sections:
        parts.append(section.header._element.xml)
    return "\n".join(parts)


# --- planning ---------------------------------------------------------------------------------


def test_the_light_roster_is_the_books(book: ReportBook, demo_file: Path) -> None:
    with open_readonly(demo_file) as ws:
        roster = load_roster(ws)
    assert roster == book_roster(book)
    assert len(roster.trainees) == 40 and len(roster.municipalities) == 8


def test_plans_by_scope(book: ReportBook) -> None:
    roster = book_roster(book)
    everyone = plan_export(roster, ReportKind.SUPERVISOR_SUMMARY, Scope.everyone())
    assert [i.subject_id for i in everyone.items] == [t.id for t in book.trainees]
    trainee = book.trainees[5]
    one = plan_export(roster, "supervisor-summary", Scope(ScopeKind.TRAINEE, trainee.id))
    assert [i.subject_id for i in one.items] == [trainee.id]
    assert file_name(one.items[0]) == (
        f"上司向けサマリー_{trainee.municipality_name}_{''.join(trainee.name.split())}.docx"
    )
    boss = trainee.supervisor_id
    assert boss is not None
    theirs = plan_export(roster, ReportKind.SUPERVISOR_SUMMARY, Scope(ScopeKind.SUPERVISOR, boss))
    assert {i.subject_id for i in theirs.items} == {
        t.id for t in book.trainees if t.supervisor_id == boss
    }
    muni = book.municipalities[1]
    town = plan_export(
        roster, ReportKind.SUPERVISOR_SUMMARY, Scope(ScopeKind.MUNICIPALITY, muni.id)
    )
    assert len(town.items) == len(muni.trainees)
    munis = plan_export(roster, ReportKind.MUNICIPALITY, Scope.everyone())
    assert [file_name(i) for i in munis.items][:2] == [
        "市町村別サマリー_岡山市.docx",
        "市町村別サマリー_倉敷市.docx",
    ]
    programme = plan_export(roster, ReportKind.PROGRAMME, Scope.everyone())
    assert len(programme.items) == 1
    assert file_name(programme.items[0]) == f"研修実施報告書_{book.programme.name}.docx"


def test_one_trainees_summary_reads_that_trainee_and_a_batch_reads_everyone(
    book: ReportBook, demo_file: Path
) -> None:
    from dxworkshop.services.export import book_for

    roster = book_roster(book)
    trainee = book.trainees[5]
    one = plan_export(roster, "supervisor-summary", Scope(ScopeKind.TRAINEE, trainee.id))
    everyone = plan_export(roster, ReportKind.SUPERVISOR_SUMMARY, Scope.everyone())
    with open_readonly(demo_file) as ws:
        small = book_for(ws, one, today=TODAY)
        full = book_for(ws, everyone, today=TODAY)
    assert [t.id for t in small.trainees] == [trainee.id]
    assert small.trainee(trainee.id) == book.trainee(trainee.id)  # the same report
    assert full.trainees == book.trainees


def test_plans_refused(book: ReportBook, tmp_path: Path) -> None:
    roster = book_roster(book)
    trainee = book.trainees[0]
    with pytest.raises(ValidationError) as refused:
        plan_export(roster, ReportKind.PROGRAMME, Scope(ScopeKind.TRAINEE, trainee.id))
    assert refused.value.code == "not_for_report"
    with pytest.raises(ValidationError) as refused:
        plan_export(roster, ReportKind.MUNICIPALITY, Scope(ScopeKind.SUPERVISOR, 1))
    assert refused.value.code == "not_for_report"
    with pytest.raises(ValidationError) as refused:
        plan_export(roster, ReportKind.SUPERVISOR_SUMMARY, Scope(ScopeKind.TRAINEE))
    assert refused.value.code == "missing"
    with pytest.raises(ValidationError) as refused:
        plan_export(roster, ReportKind.SUPERVISOR_SUMMARY, Scope(ScopeKind.TRAINEE, -5))
    assert refused.value.code == "unknown"
    with new_programme(tmp_path / "empty.dxw", "研修") as ws:
        empty = load_roster(ws)
    with pytest.raises(NothingToExport):
        plan_export(empty, ReportKind.SUPERVISOR_SUMMARY, Scope.everyone())


# --- privacy ----------------------------------------------------------------------------------


def sentinel(trainee_id: int) -> str:
    return f"⟦SENTINEL-{trainee_id:05d}⟧"


def plant_sentinels(ws: Workshop) -> None:
    """Every trainee's own text — issues, plan, feedback, check-ins, outcome — carries a
    string nobody else's does."""
    with ws.session() as s:
        conn = s.connection()
        plan_of = dict(conn.execute(select(m.Plan.id, m.Plan.trainee_id)).all())
        for issue_id, owner in conn.execute(select(m.Issue.id, m.Issue.owner_id)).all():
            if owner is not None:
                conn.execute(
                    update(m.Issue)
                    .where(m.Issue.id == issue_id)  # type: ignore[arg-type]
                    .values(description=f"説明 {sentinel(owner)}")
                )
        for version_id, plan_id in conn.execute(
            select(m.PlanVersion.id, m.PlanVersion.plan_id)
        ).all():
            mark = sentinel(plan_of[plan_id])
            conn.execute(
                update(m.PlanVersion)
                .where(m.PlanVersion.id == version_id)  # type: ignore[arg-type]
                .values(problems=f"問題 {mark}", solution=f"改善策 {mark}")
            )
        for fid, version_id in conn.execute(select(m.Feedback.id, m.Feedback.plan_version_id)):
            plan_id = conn.execute(
                select(m.PlanVersion.plan_id).where(m.PlanVersion.id == version_id)  # type: ignore[arg-type]
            ).scalar_one()
            conn.execute(
                update(m.Feedback)
                .where(m.Feedback.id == fid)  # type: ignore[arg-type]
                .values(good_points=f"良い {sentinel(plan_of[plan_id])}")
            )
        for cid, plan_id in conn.execute(select(m.CheckIn.id, m.CheckIn.plan_id)).all():
            conn.execute(
                update(m.CheckIn)
                .where(m.CheckIn.id == cid)  # type: ignore[arg-type]
                .values(note=f"進捗 {sentinel(plan_of[plan_id])}")
            )
        for (plan_id,) in conn.execute(select(m.Outcome.plan_id)).all():
            conn.execute(
                update(m.Outcome)
                .where(m.Outcome.plan_id == plan_id)  # type: ignore[arg-type]
                .values(effects=f"効果 {sentinel(plan_of[plan_id])}")
            )
        s.commit()


def test_each_summary_holds_its_own_trainees_data_and_nobody_elses(
    demo_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "privacy.dxw"
    copy.write_bytes(demo_file.read_bytes())
    with Workshop.open(copy, backup_on_open=False) as ws:
        plant_sentinels(ws)
        book = gather(ws, today=TODAY)
    plan = plan_export(book_roster(book), ReportKind.SUPERVISOR_SUMMARY, Scope.everyone())
    writer = ReportWriter(book)
    result = run_export(plan, tmp_path / "out", writer)
    assert len(result.written) == 40 and not result.failures
    everyone = {t.id: sentinel(t.id) for t in book.trainees}
    for item, path in zip(plan.items, result.written, strict=True):
        assert item.subject_id is not None
        text = text_of(path)
        own = everyone[item.subject_id]
        assert own in text, path.name
        assert text.count("⟦SENTINEL-") == text.count(own), path.name
    assert writer.charts.rendered == 1  # the matrix frame, drawn once for all 40


def test_documents_carry_the_organiser_and_their_title_not_the_librarys_name(
    book: ReportBook, tmp_path: Path
) -> None:
    """File ▸ Properties of each document: the organiser as author, the title, no
    "python-docx" boilerplate."""
    import zipfile

    plans = [
        plan_export(book_roster(book), kind, Scope.everyone())
        for kind in (ReportKind.SUPERVISOR_SUMMARY, ReportKind.PROGRAMME)
    ]
    writer = ReportWriter(book)
    for plan in plans:
        result = run_export(ex.ExportPlan(plan.kind, plan.scope, plan.items[:2]), tmp_path, writer)
        for path in result.written:
            props = docx.Document(str(path)).core_properties
            assert props.author == book.programme.organiser != ""
            assert props.title == path.stem
            assert props.comments == ""
            with zipfile.ZipFile(path) as archive:
                core = archive.read("docProps/core.xml").decode("utf-8")
            assert "python-docx" not in core


# --- running ----------------------------------------------------------------------------------


def test_cancel_after_n_documents_leaves_n_complete_files(book: ReportBook, tmp_path: Path) -> None:
    plan = plan_export(book_roster(book), ReportKind.SUPERVISOR_SUMMARY, Scope.everyone())
    seen: list[tuple[int, int, str]] = []
    folder = tmp_path / "out"
    result = run_export(
        plan,
        folder,
        ReportWriter(book),
        progress=lambda done, total, label: seen.append((done, total, label)),
        cancelled=lambda: len(seen) >= 3,
    )
    assert result.cancelled and result.total == 40
    assert [s[0] for s in seen] == [1, 2, 3] and all(s[1] == 40 for s in seen)
    files = sorted(folder.iterdir())
    assert len(files) == 3 == len(result.written)
    assert set(files) == set(result.written)
    for path in files:
        assert path.suffix == ".docx"
        docx.Document(str(path))  # complete: opens


def test_a_failed_document_is_reported_and_the_rest_written(
    book: ReportBook, tmp_path: Path
) -> None:
    roster = book_roster(book)
    plan = plan_export(roster, ReportKind.MUNICIPALITY, Scope.everyone())
    writer = ReportWriter(book)

    class Flaky:
        def file_name(self, item: ExportItem) -> str:
            return writer.file_name(item)

        def write(self, item: ExportItem, path: Path) -> Path:
            if item.label == "倉敷市":
                raise PermissionError(13, "Permission denied")
            return writer.write(item, path)

    result = run_export(plan, tmp_path / "out", Flaky())
    assert [f.label for f in result.failures] == ["倉敷市"]
    assert len(result.written) == len(plan.items) - 1
    assert not (tmp_path / "out" / "市町村別サマリー_倉敷市.docx").exists()
    assert not list((tmp_path / "out").glob("*.tmp")) and not list((tmp_path / "out").glob(".*"))


def test_two_trainees_of_the_same_name_get_two_files(tmp_path: Path) -> None:
    with new_programme(tmp_path / "t.dxw", "研修") as ws:
        city = people.add_municipality(ws, "倉敷市")
        for _ in range(2):
            people.add_person(ws, "山田 太郎", municipality_id=city.id)
        book = gather(ws, today=TODAY)
    plan = plan_export(book_roster(book), ReportKind.SUPERVISOR_SUMMARY, Scope.everyone())
    result = run_export(plan, tmp_path / "out", ReportWriter(book))
    assert sorted(p.name for p in result.written) == [
        "上司向けサマリー_倉敷市_山田太郎(2).docx",
        "上司向けサマリー_倉敷市_山田太郎.docx",
    ]


def test_a_folder_that_cannot_be_made_is_refused(book: ReportBook, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    plan = plan_export(book_roster(book), ReportKind.PROGRAMME, Scope.everyone())
    with pytest.raises(ValidationError) as refused:
        run_export(plan, blocker / "sub", ReportWriter(book))
    assert refused.value.field == "folder"


def test_pdf_needs_libreoffice(
    book: ReportBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ex, "find_soffice", lambda: None)
    plan = plan_export(book_roster(book), ReportKind.PROGRAMME, Scope.everyone())
    with pytest.raises(ValidationError) as refused:
        run_export(plan, tmp_path, ReportWriter(book), pdf=True)
    assert refused.value.code == "no_libreoffice"
    assert not list(tmp_path.iterdir())


def test_a_failed_pdf_conversion_keeps_the_document(book: ReportBook, tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'no display' >&2\nexit 3\n")
    fake.chmod(0o755)
    plan = plan_export(book_roster(book), ReportKind.PROGRAMME, Scope.everyone())
    out = tmp_path / "out"
    result = run_export(plan, out, ReportWriter(book), pdf=True, soffice=str(fake))
    assert len(result.written) == 1 and result.pdfs == ()
    assert "no display" in result.failures[0].reason
    assert [p.suffix for p in out.iterdir()] == [".docx"]


@pytest.mark.skipif(ex.find_soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.slow
def test_pdf_copies_with_libreoffice(book: ReportBook, tmp_path: Path) -> None:
    trainee = book.trainees[0]
    plan = plan_export(
        book_roster(book), ReportKind.SUPERVISOR_SUMMARY, Scope(ScopeKind.TRAINEE, trainee.id)
    )
    result = run_export(plan, tmp_path, ReportWriter(book), pdf=True)
    assert not result.failures
    (pdf,) = result.pdfs
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stem == result.written[0].stem
