"""Nothing a person wrote on a returned form vanishes without a word: each change made to a
returned feedback form or hearing sheet (built here with python-docx, as Word would) is
imported, or listed as a warning that quotes the text and says where it stands."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.services import criteria, people, plans
from dxworkshop.services import feedback as fb
from dxworkshop.services import feedback_form as ff
from dxworkshop.services import hearing_sheet as sheet
from dxworkshop.services import hearings as hs
from dxworkshop.services.forms import identity
from dxworkshop.services.forms.identity import FormRefused
from dxworkshop.services.notes import Note
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop
from tests.services.plan_setup import Setup, build
from tests.services.test_feedback_form import Form, export, round_ids
from tests.services.test_hearing_sheet import Sheet, q
from tests.services.test_hearing_sheet import export as export_sheet


@pytest.fixture
def s(tmp_path: Path) -> Iterator[Setup]:
    setup = build(tmp_path / "p.dxw")
    for trainee in setup.trainees:
        plan = plans.create_plan(setup.ws, trainee)
        plans.update_version(setup.ws, plan.latest.id, "solution", "RPAで入力する。")
        plans.add_step(setup.ws, plan.latest.id, "試行する", "係全員", dt.date(2026, 10, 20))
    yield setup
    setup.ws.close()


def the_form(s: Setup, tmp_path: Path) -> tuple[Form, int, int]:
    """A form of round 1 for 岡田 課長, and 山田 太郎's plan version on it."""
    r1, _ = round_ids(s)
    fb.request_feedback(s.ws, r1)
    path = export(s, s.sup_a, r1, tmp_path / "form.docx")
    yamada = plans.plan_of_trainee(s.ws, s.trainees[0])
    assert yamada is not None
    return Form(path), yamada.latest.id, r1


def warned(notes: tuple[Note, ...], code: str) -> list[str]:
    return [str(n) for n in notes if n.code == code]


# --- the feedback form ----------------------------------------------------------------------------


def test_a_copied_row_does_not_overwrite_the_answer_and_is_said(s: Setup, tmp_path: Path) -> None:
    form, vid, r1 = the_form(s, tmp_path)
    form.fill(vid, "support", "係内の業務を調整します。")
    tr = form.row(vid, "support")._tr
    tr.addnext(copy.deepcopy(tr))
    rows = [r for r in form.table_of(vid).rows if "[[dx:support]]" in r.cells[0].text]
    rows[1].cells[-1].text = "研修の時間を確保します。"
    form.save()

    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    entry = next(e for e in plan.entries if e.version_id == vid)
    support = next(c for c in entry.changes if c.field == "support")
    assert support.new == "係内の業務を調整します。"
    (note,) = warned(plan.warnings, "form.row_repeated")
    assert (
        "研修の時間を確保します。" in note and "山田 太郎" in note and "上司として行う支援" in note
    )


def test_a_copied_blank_row_gives_way_to_the_one_filled_in(s: Setup, tmp_path: Path) -> None:
    form, vid, r1 = the_form(s, tmp_path)
    tr = form.row(vid, "good")._tr
    tr.addnext(copy.deepcopy(tr))
    rows = [r for r in form.table_of(vid).rows if "[[dx:good]]" in r.cells[0].text]
    rows[1].cells[-1].text = "具体的です。"
    form.save()
    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    entry = next(e for e in plan.entries if e.version_id == vid)
    assert [c.new for c in entry.changes if c.field == "good_points"] == ["具体的です。"]
    assert plan.warnings == ()


def test_text_in_an_inserted_row_and_a_row_added_at_the_end_is_warned(
    s: Setup, tmp_path: Path
) -> None:
    form, vid, r1 = the_form(s, tmp_path)
    table = form.table_of(vid)
    inserted = copy.deepcopy(form.row(vid, "improve")._tr)
    form.row(vid, "improve")._tr.addnext(inserted)
    rows = list(table.rows)
    new_row = next(r for r in rows if r._tr is inserted)
    for cell in new_row.cells:
        cell.text = ""  # an empty row, as Word inserts it
    new_row.cells[-1].text = "追記：来月の会議で確認します。"
    last = table.add_row()
    last.cells[-1].text = "最後に一言。"
    form.save()

    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    added = warned(plan.warnings, "form.text_added")
    assert any("追記：来月の会議で確認します。" in n and "改善すべき点" in n for n in added), added
    assert any("最後に一言。" in n and "判定" in n for n in added), added
    assert all("山田 太郎" in n for n in added)


def test_text_typed_in_a_grey_cell_or_outside_the_fields_is_warned(
    s: Setup, tmp_path: Path
) -> None:
    form, _vid, r1 = the_form(s, tmp_path)
    for table in form.doc.tables:
        for row in table.rows:
            if row.cells[0].text == "改善策":
                row.cells[1].text = "RPAで入力する。→ まず手順を見直すべき"
    form.doc.add_paragraph("全体として良い計画だと思います。")
    form.save()

    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    changed = warned(plan.warnings, "form.text_changed")
    assert any("まず手順を見直すべき" in n and "改善策" in n for n in changed), changed
    assert any("全体として良い計画" in n for n in warned(plan.warnings, "form.text_added"))


def test_a_retyped_label_losing_its_code_is_warned_not_dropped(s: Setup, tmp_path: Path) -> None:
    form, vid, r1 = the_form(s, tmp_path)
    row = form.row(vid, "decision")
    row.cells[0].text = "判定（最終）"  # retyped: the hidden code is gone
    row.cells[-1].text = "☐ 承認　■ 条件付き承認　☐ 再検討"
    form.save()

    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    entry = next(e for e in plan.entries if e.version_id == vid)
    assert not [c for c in entry.changes if c.field == "decision"]
    notes = warned(plan.warnings, "form.text_added")
    assert any("■ 条件付き承認" in n and "山田 太郎" in n for n in notes), notes


def test_a_hollow_box_typed_as_the_mark_is_warned(s: Setup, tmp_path: Path) -> None:
    form, vid, r1 = the_form(s, tmp_path)
    item = criteria.list_rubric_items(s.ws)[0]
    form.fill(vid, "rate", "☐ 1　☐ 2　□ 3　☐ 4　☐ 5", item.id)
    form.fill(vid, "decision", "□ 承認　☐ 条件付き承認　☐ 再検討")
    form.save()
    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    notes = warned(plan.warnings, "form.hollow_mark")
    assert len(notes) == 2
    assert any(item.name in n and "□ 3" in n for n in notes)
    assert any("判定" in n and "□ 承認" in n for n in notes)


def test_a_review_comment_is_warned(s: Setup, tmp_path: Path) -> None:
    form, vid, r1 = the_form(s, tmp_path)
    cell = form.row(vid, "support").cells[-1]
    cell.text = "調整します。"
    form.doc.add_comment(cell.paragraphs[0].runs, text="人事課と相談が必要", author="岡田")
    form.save()
    plan = ff.plan_form_import(s.ws, form.path, round_id=r1)
    (note,) = warned(plan.warnings, "form.review_comment")
    assert "人事課と相談が必要" in note and "岡田" in note and "山田 太郎" in note
    assert "上司として行う支援" in note


def test_an_untouched_form_has_nothing_to_say(s: Setup, tmp_path: Path) -> None:
    form, _vid, r1 = the_form(s, tmp_path)
    form.save()
    assert ff.plan_form_import(s.ws, form.path, round_id=r1).warnings == ()


def test_the_form_keeps_its_own_text_out_of_sight(s: Setup, tmp_path: Path) -> None:
    """The kept text is a custom XML part: not in the body, not a property."""
    form, _vid, _r1 = the_form(s, tmp_path)
    assert "dxworkshop.layout" not in identity.custom_properties(form.doc)
    assert all("form-layout" not in p.text for p in form.doc.paragraphs)


# --- the hearing sheet ----------------------------------------------------------------------------


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "h.dxw", "令和8年度 業務改善研修", fiscal_year=2026) as w:
        yield w


def test_loose_numbers_in_the_number_columns_are_read_as_numbers(
    ws: Workshop, tmp_path: Path
) -> None:
    city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    hearing = hs.add_hearing(ws, city.id)
    path = export_sheet(ws, city.id, tmp_path / "s.docx", blank=True)
    filled = Sheet(path)
    issues = q(ws, "現在の業務課題")
    filled.table(issues, [["住民票の発行", "約1200", "15分", "2名", "窓口が混雑する"]])
    filled.save()
    plan = sheet.plan_sheet_import(ws, path, hearing_id=hearing.id)
    change = next(c for c in plan.answer_changes if c.question_id == issues.id)
    assert change.new_value == [["住民票の発行", 1200, 15, 2, "窓口が混雑する"]]
    assert plan.warnings == ()


def test_a_hearing_sheet_says_what_it_holds_outside_its_fields(
    ws: Workshop, tmp_path: Path
) -> None:
    city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    hearing = hs.add_hearing(ws, city.id)
    path = export_sheet(ws, city.id, tmp_path / "s.docx", blank=True)
    filled = Sheet(path)
    dept = q(ws, "DX推進の専任部署")
    filled.answer(dept, "□ ある　☐ 兼務の部署がある　☐ ない　☐ 検討中")
    filled.doc.add_paragraph("担当が替わったので来月に再回答します。")
    grey = next(
        row
        for table in filled.doc.tables
        for row in table.rows
        if "[[dx:date]]" in row.cells[0].text
    )
    grey.cells[0].paragraphs[0].add_run("（訂正あり）")  # typed into the grey label cell
    filled.doc.add_comment(filled.doc.paragraphs[0].runs, text="確認お願いします", author="片山")
    filled.save()

    plan = sheet.plan_sheet_import(ws, path, hearing_id=hearing.id)
    assert any("□ ある" in n for n in warned(plan.warnings, "form.hollow_mark"))
    assert any("来月に再回答します" in n for n in warned(plan.warnings, "form.text_added"))
    assert any("（訂正あり）" in n for n in warned(plan.warnings, "form.text_changed"))
    assert any("確認お願いします" in n for n in warned(plan.warnings, "form.review_comment"))


def test_an_untouched_hearing_sheet_has_nothing_to_say(ws: Workshop, tmp_path: Path) -> None:
    city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    hearing = hs.add_hearing(ws, city.id)
    path = export_sheet(ws, city.id, tmp_path / "s.docx")
    assert sheet.plan_sheet_import(ws, path, hearing_id=hearing.id).warnings == ()


# --- a form of another programme of the same name -----------------------------------------------


def test_a_form_of_another_programme_of_the_same_name_says_which(s: Setup, tmp_path: Path) -> None:
    other = build(tmp_path / "去年の研修.dxw")  # the same name as s's programme
    try:
        for trainee in other.trainees:
            plans.create_plan(other.ws, trainee)
        r1 = fb.list_rounds(other.ws)[0].id
        path = export(other, other.sup_a, r1, tmp_path / "o.docx")
        with other.ws.session() as session:
            created = identity.programme_key(session)[1].created_at.date().isoformat()
    finally:
        other.ws.close()
    with pytest.raises(FormRefused) as caught:
        ff.plan_form_import(s.ws, path)
    assert caught.value.reason == "other_programme"
    assert "去年の研修.dxw" in caught.value.detail and created in caught.value.detail
    assert caught.value.detail.startswith("令和8年度 業務改善研修")


def test_a_sheet_of_another_programme_of_the_same_name_says_which(
    ws: Workshop, tmp_path: Path
) -> None:
    with new_programme(
        tmp_path / "別ファイル.dxw", "令和8年度 業務改善研修", fiscal_year=2026
    ) as w:
        city = people.add_municipality(w, "倉敷市", "くらしきし", "332020")
        path = export_sheet(w, city.id, tmp_path / "s.docx")
    people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    with pytest.raises(sheet.SheetRefused) as caught:
        sheet.plan_sheet_import(ws, path)
    assert caught.value.reason == "other_programme"
    assert "別ファイル.dxw" in caught.value.detail and dt.date.today().isoformat() in str(
        caught.value
    )
