"""The feedback request form round trip: export per supervisor → filled in (here with
python-docx, as Word would) → import; refused forms change nothing; no other
supervisor's trainee is ever on a form."""

from __future__ import annotations

import copy
import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from dxworkshop.domain.enums import Decision, FeedbackStatus, ReviewerRole
from dxworkshop.reports.feedback_form_docx import feedback_form_file_name, write_feedback_form
from dxworkshop.services import criteria, plans
from dxworkshop.services import feedback as fb
from dxworkshop.services import feedback_form as ff
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.forms import identity
from dxworkshop.services.forms.identity import FormRefused
from tests.services.plan_setup import Setup, build

SENTINEL = "ZZ-SENTINEL-早川係長の部下-ZZ"


@pytest.fixture
def s(tmp_path: Path) -> Iterator[Setup]:
    setup = build(tmp_path / "p.dxw")
    for trainee in setup.trainees:
        plan = plans.create_plan(setup.ws, trainee)
        plans.update_version(setup.ws, plan.latest.id, "solution", "RPAで入力する。")
        plans.add_step(setup.ws, plan.latest.id, "試行する", "係全員", dt.date(2026, 10, 20))
    yield setup
    setup.ws.close()


def round_ids(s: Setup) -> tuple[int, int]:
    r1, r2 = fb.list_rounds(s.ws)
    return r1.id, r2.id


def export(s: Setup, supervisor: int, round_id: int, path: Path) -> Path:
    return write_feedback_form(ff.form_data(s.ws, supervisor, round_id), path)


class Form:
    """A returned form opened with python-docx; each trainee's table found by its marker."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = Document(str(path))

    def tables(self) -> list[tuple[str, Any]]:
        found = []
        for table in self.doc.tables:
            first = identity.MARKER.search(table.rows[0].cells[0].text)
            if first and first.group(1) == "fb":
                found.append((table.rows[0].cells[0].text, table))
        return found

    def table_of(self, version_id: int) -> Any:
        for _text, table in self.tables():
            found = identity.MARKER.search(table.rows[0].cells[0].text)
            assert found is not None
            if int(found.group(2)) == version_id:
                return table
        raise AssertionError(f"no table for version {version_id}")

    def row(self, version_id: int, kind: str, ident: int | None = None) -> Any:
        for row in self.table_of(version_id).rows:
            found = identity.MARKER.search(row.cells[0].text)
            if found and found.group(1) == kind and (ident is None or int(found.group(2)) == ident):
                return row
        raise AssertionError(f"no {kind} row")

    def fill(self, version_id: int, kind: str, text: str, ident: int | None = None) -> None:
        self.row(version_id, kind, ident).cells[-1].text = text

    def save(self) -> Path:
        self.doc.save(str(self.path))
        return self.path


def feedback_of(s: Setup, round_id: int, trainee: int, role: ReviewerRole) -> fb.FeedbackRow:
    return next(
        r
        for r in fb.list_feedback(s.ws, round_id=round_id)
        if r.trainee_id == trainee and r.role == role
    )


# --- the document ------------------------------------------------------------------------------


def test_a_form_covers_the_supervisors_trainees_in_a3_order(s: Setup, tmp_path: Path) -> None:
    r1, _ = round_ids(s)
    data = ff.form_data(s.ws, s.sup_a, r1)
    assert [e.trainee_name for e in data.entries] == ["佐藤 花子", "山田 太郎"]
    assert feedback_form_file_name(data) == "フィードバック依頼票_第1回_岡田課長.docx"
    path = export(s, s.sup_a, r1, tmp_path / "form.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "フィードバック依頼票" in text and "山田 太郎" in text
    plan_labels = [
        row.cells[0].text
        for row in doc.tables[1].rows  # the first trainee's plan
    ]
    assert plan_labels[:5] == ["対象業務", "現状", "問題点", "真因", "改善策"]
    assert identity.form_kind(path) == "feedback-form"
    rubric = [r.name for r in criteria.list_rubric_items(s.ws)]
    form = Form(path)
    labels = [c.text for c in (r.cells[0] for r in form.tables()[0][1].rows)]
    for name in rubric:
        assert any(label.startswith(name) for label in labels)


def test_no_other_supervisors_trainee_leaks_into_a_form(s: Setup, tmp_path: Path) -> None:
    suzuki = plans.plan_of_trainee(s.ws, s.trainees[2])
    assert suzuki is not None
    plans.update_version(s.ws, suzuki.latest.id, "problems", SENTINEL)
    plans.add_step(s.ws, suzuki.latest.id, SENTINEL, SENTINEL)
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    fb.update_feedback(
        s.ws, feedback_of(s, r1, s.trainees[2], ReviewerRole.SUPERVISOR).id, "good_points", SENTINEL
    )
    mine = export(s, s.sup_a, r1, tmp_path / "a.docx")
    with zipfile.ZipFile(mine) as z:
        everything = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert SENTINEL not in everything
    assert "鈴木 次郎" not in everything and "窓口の待ち時間" not in everything
    assert "山田 太郎" in everything  # the check itself reads the text
    theirs = export(s, s.sup_b, r1, tmp_path / "b.docx")
    with zipfile.ZipFile(theirs) as z:
        assert SENTINEL in "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_a_supervisor_without_trainees_with_plans_gets_no_form(s: Setup) -> None:
    plan = plans.plan_of_trainee(s.ws, s.trainees[2])
    assert plan is not None
    plans.set_plan_deleted(s.ws, plan.id, True)
    with pytest.raises(ValidationError) as caught:
        ff.form_data(s.ws, s.sup_b, round_ids(s)[0])
    assert caught.value.code == "no_trainees"


# --- the round trip ------------------------------------------------------------------------------


def test_round_trip_fills_the_feedback_records(s: Setup, tmp_path: Path) -> None:
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    path = export(s, s.sup_a, r1, tmp_path / "form.docx")
    yamada = plans.plan_of_trainee(s.ws, s.trainees[0])
    sato = plans.plan_of_trainee(s.ws, s.trainees[1])
    assert yamada is not None and sato is not None
    rubric = criteria.list_rubric_items(s.ws)
    form = Form(path)
    form.fill(yamada.latest.id, "rate", "☐ 1　☐ 2　☐ 3　■ 4　☐ 5", rubric[0].id)
    form.fill(yamada.latest.id, "rate", "3", rubric[1].id)  # the others deleted
    form.fill(yamada.latest.id, "rate", "☐ 1　☐ 2　☐ 3　☐ 4　☑ 5", rubric[2].id)
    form.fill(yamada.latest.id, "good", "現状の把握が具体的です。\n数字があって分かりやすい。")
    form.fill(yamada.latest.id, "improve", "効果を時間で示してください。")
    form.fill(yamada.latest.id, "support", "係内の業務を調整します。")
    form.fill(yamada.latest.id, "decision", "☐ 承認　■ 条件付き承認　☐ 再検討")
    form.save()

    plan = ff.plan_form_import(s.ws, path, round_id=r1)
    assert (plan.supervisor_name, plan.round_number) == ("岡田 課長", 1)
    by_name = {e.trainee_name: e for e in plan.entries}
    assert len(by_name["山田 太郎"].changes) == 7
    assert by_name["佐藤 花子"].changes == ()
    assert by_name["山田 太郎"].status_after == FeedbackStatus.RECEIVED
    assert plan.warnings == ()
    # the preview changed nothing
    assert feedback_of(s, r1, s.trainees[0], ReviewerRole.SUPERVISOR).status == (
        FeedbackStatus.REQUESTED
    )
    result = ff.apply_form_import(s.ws, plan)
    got = feedback_of(s, r1, s.trainees[0], ReviewerRole.SUPERVISOR)
    assert got.ratings == ((rubric[0].id, 4), (rubric[1].id, 3), (rubric[2].id, 5))
    assert got.good_points == "現状の把握が具体的です。\n数字があって分かりやすい。"
    assert got.improvements == "効果を時間で示してください。"
    assert got.support == "係内の業務を調整します。"
    assert got.decision == Decision.CONDITIONAL
    assert got.status == FeedbackStatus.RECEIVED
    untouched = feedback_of(s, r1, s.trainees[1], ReviewerRole.SUPERVISOR)
    assert untouched.status == FeedbackStatus.REQUESTED and not untouched.has_content
    # importing the same form again changes nothing
    again = ff.plan_form_import(s.ws, path)
    assert not again.changed and again.changes == 0
    # undo and redo
    ff.undo_form_import(s.ws, result)
    undone = feedback_of(s, r1, s.trainees[0], ReviewerRole.SUPERVISOR)
    assert undone.ratings == () and undone.good_points == "" and undone.decision is None
    assert undone.status == FeedbackStatus.REQUESTED
    ff.redo_form_import(s.ws, result)
    assert feedback_of(s, r1, s.trainees[0], ReviewerRole.SUPERVISOR).decision == (
        Decision.CONDITIONAL
    )


def test_a_form_exported_before_the_request_creates_the_record(s: Setup, tmp_path: Path) -> None:
    _, r2 = round_ids(s)
    path = export(s, s.sup_b, r2, tmp_path / "b.docx")
    suzuki = plans.plan_of_trainee(s.ws, s.trainees[2])
    assert suzuki is not None
    form = Form(path)
    form.fill(suzuki.latest.id, "decision", "承認")
    form.save()
    outcome = ff.import_form(s.ws, path)
    assert outcome.result is not None and outcome.result.entries[0].created
    row = feedback_of(s, r2, s.trainees[2], ReviewerRole.SUPERVISOR)
    assert (row.reviewer_name, row.decision, row.status) == (
        "早川 係長",
        Decision.APPROVED,
        FeedbackStatus.RECEIVED,
    )
    ff.undo_form_import(s.ws, outcome.result)
    assert fb.list_feedback(s.ws, round_id=r2) == []


def test_a_filled_in_form_shows_known_values_and_blank_never_erases(
    s: Setup, tmp_path: Path
) -> None:
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    row = feedback_of(s, r1, s.trainees[0], ReviewerRole.SUPERVISOR)
    fb.update_feedback(s.ws, row.id, "good_points", "既に入力済み")
    path = export(s, s.sup_a, r1, tmp_path / "form.docx")
    yamada = plans.plan_of_trainee(s.ws, s.trainees[0])
    assert yamada is not None
    form = Form(path)
    assert form.row(yamada.latest.id, "good").cells[-1].text == "既に入力済み"
    form.fill(yamada.latest.id, "good", "")
    form.save()
    plan = ff.plan_form_import(s.ws, path)
    assert all(e.changes == () for e in plan.entries)
    ff.apply_form_import(s.ws, plan)
    assert fb.get_feedback(s.ws, row.id).good_points == "既に入力済み"


def test_unreadable_ratings_are_warned_about_and_left(s: Setup, tmp_path: Path) -> None:
    r1, _ = round_ids(s)
    path = export(s, s.sup_a, r1, tmp_path / "form.docx")
    yamada = plans.plan_of_trainee(s.ws, s.trainees[0])
    assert yamada is not None
    item = criteria.list_rubric_items(s.ws)[0]
    form = Form(path)
    form.fill(yamada.latest.id, "rate", "■ 1　■ 2　☐ 3　☐ 4　☐ 5", item.id)
    form.fill(yamada.latest.id, "improve", "具体的に")
    form.save()
    plan = ff.plan_form_import(s.ws, path)
    assert len(plan.warnings) == 1 and item.name in str(plan.warnings[0])
    assert [c.field for e in plan.entries for c in e.changes] == ["improvements"]


def test_feedback_on_a_version_no_longer_the_newest_is_flagged(s: Setup, tmp_path: Path) -> None:
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    path = export(s, s.sup_a, r1, tmp_path / "form.docx")
    yamada = plans.plan_of_trainee(s.ws, s.trainees[0])
    assert yamada is not None
    plans.start_new_version(s.ws, yamada.id, "講師の助言で改訂")
    form = Form(path)
    form.fill(yamada.latest.id, "improve", "もう少し具体的に")
    form.save()
    plan = ff.plan_form_import(s.ws, path)
    entry = next(e for e in plan.entries if e.trainee_name == "山田 太郎")
    assert entry.newer_version_exists and (entry.version_number, entry.latest_number) == (1, 2)
    assert any("version 2" in w for w in map(str, plan.warnings))
    ff.apply_form_import(s.ws, plan)
    row = feedback_of(s, r1, s.trainees[0], ReviewerRole.SUPERVISOR)
    assert row.version_number == 1 and row.improvements == "もう少し具体的に"


# --- refused forms --------------------------------------------------------------------------------


def snapshot(s: Setup) -> list[fb.FeedbackRow]:
    return fb.list_feedback(s.ws, today=dt.date(2026, 10, 1))


def refused(s: Setup, path: Path, reason: str, **kwargs: Any) -> FormRefused:
    before = snapshot(s)
    with pytest.raises(FormRefused) as caught:
        ff.import_form(s.ws, path, **kwargs)
    assert caught.value.reason == reason, caught.value
    assert snapshot(s) == before
    return caught.value


def filled(s: Setup, supervisor: int, round_id: int, path: Path) -> Path:
    export(s, supervisor, round_id, path)
    form = Form(path)
    for _text, table in form.tables():
        table.rows[-1].cells[-1].text = "■ 承認"
    return form.save()


def test_a_form_of_another_programme_is_refused(s: Setup, tmp_path: Path) -> None:
    other = build(tmp_path / "other.dxw", "別の研修")
    try:
        for trainee in other.trainees:
            plans.create_plan(other.ws, trainee)
        path = filled(other, other.sup_a, fb.list_rounds(other.ws)[0].id, tmp_path / "o.docx")
    finally:
        other.ws.close()
    error = refused(s, path, "other_programme")
    assert error.detail == "別の研修"


def test_a_form_of_another_round_is_refused(s: Setup, tmp_path: Path) -> None:
    r1, r2 = round_ids(s)
    fb.request_feedback(s.ws, r1)
    path = filled(s, s.sup_a, r1, tmp_path / "f.docx")
    error = refused(s, path, "other_round", round_id=r2)
    assert error.detail == "1"
    fb.set_round_deleted(s.ws, r1, True)
    refused(s, path, "unknown_round")


def test_a_form_whose_plan_changed_since_export_is_refused(s: Setup, tmp_path: Path) -> None:
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    path = filled(s, s.sup_a, r1, tmp_path / "f.docx")
    sato = plans.plan_of_trainee(s.ws, s.trainees[1])
    assert sato is not None
    plans.update_version(s.ws, sato.latest.id, "goal", "会議録の作成時間を半分にする")
    error = refused(s, path, "changed_version")
    assert error.detail == "佐藤 花子"
    plans.update_version(s.ws, sato.latest.id, "goal", "")
    assert ff.plan_form_import(s.ws, path).changed  # as it was: the form reads again


def test_other_forms_and_broken_forms_are_refused(s: Setup, tmp_path: Path) -> None:
    r1, _ = round_ids(s)
    path = filled(s, s.sup_a, r1, tmp_path / "f.docx")
    # a table deleted
    broken = tmp_path / "deleted.docx"
    form = Form(path)
    _text, table = form.tables()[0]
    table._tbl.getparent().remove(table._tbl)
    form.doc.save(str(broken))
    refused(s, broken, "layout")
    # a rating row copied
    copied = tmp_path / "copied.docx"
    form = Form(path)
    _text, table = form.tables()[0]
    tr = table.rows[1]._tr
    tr.addnext(copy.deepcopy(tr))
    form.doc.save(str(copied))
    refused(s, copied, "layout")
    # a rubric item renamed since export
    item = criteria.list_rubric_items(s.ws)[0]
    criteria.update_rubric_item(s.ws, item.id, name="課題の妥当性（改）")
    refused(s, path, "rubric_changed")
    criteria.update_rubric_item(s.ws, item.id, name=item.name)
    # not a form at all, and not a Word document
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    refused(s, plain, "not_a_form")
    text = tmp_path / "notes.docx"
    text.write_text("not a document", encoding="utf-8")
    refused(s, text, "unreadable")
    # a hearing sheet is another form
    from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet
    from dxworkshop.services.hearing_sheet import sheet_data

    sheet = write_hearing_sheet(sheet_data(s.ws, s.city, blank=True), tmp_path / "sheet.docx")
    error = refused(s, sheet, "other_form")
    assert error.detail == "hearing-sheet"
    assert identity.form_kind(sheet) == "hearing-sheet"
    # and the other way round: the hearing sheet import refuses a feedback form
    from dxworkshop.services.hearing_sheet import SheetRefused, plan_sheet_import

    with pytest.raises(SheetRefused) as caught:
        plan_sheet_import(s.ws, path)
    assert caught.value.reason == "other_form"


def test_nothing_is_half_imported(
    s: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    path = filled(s, s.sup_a, r1, tmp_path / "f.docx")
    plan = ff.plan_form_import(s.ws, path)
    assert len([e for e in plan.entries if e.changes]) == 2
    before = snapshot(s)
    calls = {"n": 0}
    original = ff._write

    def failing(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk gone")
        original(*args, **kwargs)

    monkeypatch.setattr(ff, "_write", failing)
    with pytest.raises(RuntimeError):
        ff.apply_form_import(s.ws, plan)
    assert snapshot(s) == before
