"""The hearing sheet round trip: export → filled in (here with python-docx, as Word would)
→ import; refused sheets change nothing."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from dxworkshop.domain.enums import HearingStatus
from dxworkshop.reports.hearing_sheet_docx import hearing_sheet_file_name, write_hearing_sheet
from dxworkshop.services import hearing_sheet as sheet
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.forms import marks
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop

MARKER = re.compile(r"\[\[dx:([a-z]+)(?::(\d+):[0-9a-f]+)?\]\]")


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "p.dxw", "令和8年度 業務改善研修", fiscal_year=2026) as w:
        yield w


@pytest.fixture
def city(ws: Workshop) -> people.MunicipalityRow:
    return people.add_municipality(ws, "倉敷市", "くらしきし", "332020")


@pytest.fixture
def hearing(ws: Workshop, city: people.MunicipalityRow) -> hs.HearingRow:
    return hs.add_hearing(ws, city.id)


def q(ws: Workshop, text_part: str) -> hs.QuestionRow:
    return next(x for x in hs.live_questions(ws) if text_part in x.text)


def export(ws: Workshop, muni: int, path: Path, *, blank: bool = False) -> Path:
    return write_hearing_sheet(sheet.sheet_data(ws, muni, blank=blank), path)


class Sheet:
    """A returned sheet opened with python-docx, answer areas found by their markers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = Document(str(path))

    def _row(self, kind: str, ident: int | None = None) -> tuple[Any, int]:
        for table in self.doc.tables:
            for index, row in enumerate(table.rows):
                found = MARKER.search(row.cells[0].text)
                if (
                    found
                    and found.group(1) == kind
                    and (ident is None or int(found.group(2)) == ident)
                ):
                    return table, index
        raise AssertionError(f"no {kind} {ident} on the sheet")

    def answer(self, question: hs.QuestionRow, text: str) -> None:
        table, index = self._row("q", question.id)
        table.rows[index].cells[-1].text = text

    def answer_text(self, question: hs.QuestionRow) -> str:
        table, index = self._row("q", question.id)
        return str(table.rows[index].cells[-1].text)

    def table(self, question: hs.QuestionRow, rows: list[list[str]]) -> None:
        table, index = self._row("t", question.id)
        while len(table.rows) - index - 1 < len(rows):
            table.add_row()
        for r, values in enumerate(rows, start=index + 1):
            for cell, value in zip(table.rows[r].cells, values, strict=True):
                cell.text = value

    def field(self, kind: str, text: str) -> None:
        table, index = self._row(kind)
        table.rows[index].cells[-1].text = text

    def delete_row(self, question: hs.QuestionRow) -> None:
        table, index = self._row("q", question.id)
        tr = table.rows[index]._tr
        tr.getparent().remove(tr)

    def duplicate_row(self, question: hs.QuestionRow) -> None:
        table, index = self._row("q", question.id)
        tr = table.rows[index]._tr
        tr.addnext(copy.deepcopy(tr))

    def save(self) -> Path:
        self.doc.save(str(self.path))
        return self.path


def snapshot(ws: Workshop) -> list[Any]:
    return [(h, hs.get_hearing(ws, h.id).answers) for h in hs.list_hearings(ws)]


# --- the document --------------------------------------------------------------------------


def test_the_sheet_is_an_a4_word_document_that_says_what_it_is(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    data = sheet.sheet_data(ws, city.id)
    assert hearing_sheet_file_name(data) == "事前ヒアリングシート_倉敷市.docx"
    assert hearing_sheet_file_name(sheet.sheet_data(ws, city.id, blank=True)).endswith(
        "_記入用.docx"
    )
    path = write_hearing_sheet(data, tmp_path / "s.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "事前ヒアリングシート" in text and "令和8年度 業務改善研修" in text
    returned = sheet.read_sheet(path)
    assert returned.properties[sheet.PROP_MUNICIPALITY_NAME] == "倉敷市"
    assert returned.properties[sheet.PROP_PROGRAMME] == sheet.programme_key(ws)
    assert set(returned.answers) == {x.id for x in hs.live_questions(ws)}
    assert returned.date_text is not None and returned.attendees_text == ""
    # fonts done right: East Asian font named on the styles
    rfonts = doc.styles["Normal"].element.rPr.rFonts
    assert rfonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == (
        "游ゴシック"
    )


def test_a_prefilled_sheet_shows_the_answers_and_comes_back_unchanged(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    choice, scale = q(ws, "DX推進の専任部署"), q(ws, "AI・RPA")
    text, table = q(ws, "本研修への期待"), q(ws, "現在の業務課題")
    hs.set_answers(
        ws,
        hearing.id,
        {
            choice.id: "ない",
            scale.id: 2,
            text.id: "RPAの事例\n庁内展開の進め方",
            table.id: [["住民票の発行", 12000, 5, 3, "窓口が混雑"]],
        },
    )
    hs.update_hearing(ws, hearing.id, date=dt.date(2026, 8, 20), attendees="情報政策課 片山")
    path = export(ws, city.id, tmp_path / "filled.docx")
    returned = Sheet(path)
    assert returned.answer_text(choice).startswith("☐ ある")
    assert "■ ない" in returned.answer_text(choice)
    assert "■ 実施中" in returned.answer_text(scale)
    plan = sheet.plan_sheet_import(ws, path)
    assert plan.answer_changes == () and plan.field_changes == ()
    assert plan.unchanged == 4 and plan.warnings == ()
    assert plan.hearing_id == hearing.id and not plan.changed


def test_a_blank_sheet_filled_in_fills_the_hearing(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "blank.docx", blank=True)
    filled = Sheet(path)
    dept, cio = q(ws, "DX推進の専任部署"), q(ws, "CIO")
    step, ai = q(ws, "手順書"), q(ws, "AI・RPA")
    skills, issues, trainees = q(ws, "ITスキル"), q(ws, "現在の業務課題"), q(ws, "受講予定者")
    filled.answer(dept, "☐ ある　■ 兼務の部署がある　☐ ない　☐ 検討中")
    filled.answer(cio, "未任命")  # the other options deleted
    filled.answer(step, "☐ ステップ0　☐ ステップ1　☑ ステップ2　☐ ステップ3")
    filled.answer(ai, "□未着手 □検討中 ✓実施中 □完了")
    filled.answer(skills, "Excelのマクロを扱える職員が少ない。\n研修の機会も少ない。")
    filled.table(
        issues,
        [
            ["住民票の発行", "12,000", "5", "3", "窓口が混雑する"],
            ["", "", "", "", ""],
            ["補助金の審査", "120", "30", "2", "紙の書類を手で転記"],
        ],
    )
    filled.table(trainees, [["山田 太郎", "市民課", "佐藤 一郎"]])
    filled.field("date", "令和8年8月20日")
    filled.field("attendees", "情報政策課 主任 片山 大輔")
    filled.save()

    plan = sheet.plan_sheet_import(ws, path, hearing_id=hearing.id)
    assert plan.warnings == ()
    assert {c.question_id for c in plan.answer_changes} == {
        dept.id,
        cio.id,
        step.id,
        ai.id,
        skills.id,
        issues.id,
        trainees.id,
    }
    # the hearing is then held, on the sheet's date
    assert {f.field for f in plan.field_changes} == {"date", "attendees", "status"}
    preview = {c.question_id: c.new_text for c in plan.answer_changes}
    assert preview[step.id] == "ステップ2" and preview[dept.id] == "兼務の部署がある"
    assert hs.get_hearing(ws, hearing.id).answers == {}  # a plan changes nothing

    result = sheet.apply_sheet_import(ws, plan)
    detail = hs.get_hearing(ws, hearing.id)
    assert detail.answers[dept.id] == "兼務の部署がある"
    assert detail.answers[cio.id] == "未任命"
    assert detail.answers[step.id] == 2
    assert detail.answers[ai.id] == 2
    assert detail.answers[skills.id] == "Excelのマクロを扱える職員が少ない。\n研修の機会も少ない。"
    assert detail.answers[issues.id] == [
        ["住民票の発行", 12000, 5, 3, "窓口が混雑する"],
        ["補助金の審査", 120, 30, 2, "紙の書類を手で転記"],
    ]
    assert detail.answers[trainees.id] == [["山田 太郎", "市民課", "佐藤 一郎"]]
    assert detail.hearing.date == dt.date(2026, 8, 20)
    assert detail.hearing.attendees == "情報政策課 主任 片山 大輔"
    assert detail.hearing.status == HearingStatus.DONE

    # the hearing's answers then feed the conversions as if typed in the app
    assert len(hs.convert_to_issues(ws, hearing.id).created) == 2

    # undo and redo of the import
    sheet.undo_sheet_import(ws, result)
    assert hs.get_hearing(ws, hearing.id).answers == {}
    assert hs.get_hearing(ws, hearing.id).hearing.date is None
    assert hs.get_hearing(ws, hearing.id).hearing.status == HearingStatus.PLANNED
    sheet.redo_sheet_import(ws, result)
    assert hs.get_hearing(ws, hearing.id).answers[step.id] == 2

    # importing the same sheet again changes nothing
    assert not sheet.plan_sheet_import(ws, path).changed


def test_blank_answers_never_erase_and_unclear_ones_are_left_with_a_warning(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    text, dept, ai = q(ws, "本研修への期待"), q(ws, "DX推進の専任部署"), q(ws, "AI・RPA")
    cio = q(ws, "CIO")
    hs.set_answers(ws, hearing.id, {text.id: "事例を知りたい", dept.id: "ある", ai.id: 1})
    path = export(ws, city.id, tmp_path / "s.docx")
    filled = Sheet(path)
    filled.answer(text, "")  # cleared
    filled.answer(dept, "■ ある　■ ない")  # two marked
    filled.answer(ai, "☐ 未着手　☐ 検討中　☐ 実施中　■ 完了")
    filled.answer(cio, "よくわからない")  # none of the options
    filled.field("date", "来週あたり")
    filled.save()
    plan = sheet.plan_sheet_import(ws, path)
    assert [c.question_id for c in plan.answer_changes] == [ai.id]
    assert len(plan.warnings) == 3
    assert any("DX推進の専任部署" in w for w in map(str, plan.warnings))
    sheet.apply_sheet_import(ws, plan)
    answers = hs.get_hearing(ws, hearing.id).answers
    assert answers[text.id] == "事例を知りたい" and answers[dept.id] == "ある"
    assert answers[ai.id] == 3 and cio.id not in answers


def test_a_sheet_for_a_municipality_without_a_hearing_makes_one(
    ws: Workshop, city: people.MunicipalityRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "s.docx", blank=True)
    filled = Sheet(path)
    filled.answer(q(ws, "手順書"), "■ ステップ1")
    filled.save()
    outcome = sheet.import_sheet(ws, path, dry_run=True)
    assert outcome.result is None and outcome.plan.hearing_id is None
    assert hs.list_hearings(ws) == []
    outcome = sheet.import_sheet(ws, path)
    assert outcome.result is not None and outcome.result.created_hearing
    (row,) = hs.list_hearings(ws)
    assert row.municipality_id == city.id and row.answered == 1
    sheet.undo_sheet_import(ws, outcome.result)
    assert hs.list_hearings(ws) == []
    sheet.redo_sheet_import(ws, outcome.result)
    assert len(hs.list_hearings(ws)) == 1


def test_nothing_is_half_imported_when_applying_fails(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    step, text = q(ws, "手順書"), q(ws, "本研修への期待")
    path = export(ws, city.id, tmp_path / "s.docx", blank=True)
    filled = Sheet(path)
    filled.answer(text, "期待")
    filled.answer(step, "■ ステップ3")
    filled.save()
    plan = sheet.plan_sheet_import(ws, path)
    # the template changes between the preview and the import: level 3 no longer exists
    hs.update_question(ws, step.id, choices=["ステップ0", "ステップ1", "ステップ2"])
    with pytest.raises(ValidationError):
        sheet.apply_sheet_import(ws, plan)
    assert hs.get_hearing(ws, hearing.id).answers == {}


# --- refused sheets ------------------------------------------------------------------------


def refused(ws: Workshop, path: Path, reason: str, **kwargs: Any) -> sheet.SheetRefused:
    before = snapshot(ws)
    with pytest.raises(sheet.SheetRefused) as err:
        sheet.plan_sheet_import(ws, path, **kwargs)
    assert err.value.reason == reason, err.value
    assert snapshot(ws) == before
    return err.value


def test_a_sheet_of_another_programme_is_refused(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    with new_programme(tmp_path / "other.dxw", "令和7年度 研修") as other:
        muni = people.add_municipality(other, "倉敷市", "くらしきし", "332020")
        path = export(other, muni.id, tmp_path / "other.docx")
    error = refused(ws, path, "other_programme")
    assert "令和7年度 研修" in str(error)


def test_a_copy_of_the_file_is_the_same_programme(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "s.docx")
    copy_path = ws.save_as(tmp_path / "copy.dxw")
    with Workshop.open(copy_path, backup_on_open=False) as copied:
        assert sheet.plan_sheet_import(copied, path).hearing_id == hearing.id


def test_a_sheet_of_another_municipality_is_refused(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    other = people.add_municipality(ws, "岡山市", "おかやまし", "331007")
    other_hearing = hs.add_hearing(ws, other.id)
    path = export(ws, other.id, tmp_path / "okayama.docx")
    error = refused(ws, path, "other_municipality", hearing_id=hearing.id)
    assert error.detail == "岡山市"
    assert sheet.plan_sheet_import(ws, path).hearing_id == other_hearing.id


def test_a_sheet_of_a_municipality_no_longer_in_the_programme_is_refused(
    ws: Workshop, city: people.MunicipalityRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "s.docx")
    people.set_municipality_deleted(ws, city.id, True)
    refused(ws, path, "unknown_municipality")


def test_a_sheet_edited_beyond_recognition_is_refused(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "s.docx")
    edited = Sheet(path)
    edited.answer(q(ws, "本研修への期待"), "期待")
    edited.delete_row(q(ws, "CIO"))
    edited.save()
    error = refused(ws, path, "layout")
    assert "CIO" in str(error)

    path = export(ws, city.id, tmp_path / "copied.docx")
    edited = Sheet(path)
    edited.duplicate_row(q(ws, "CIO"))
    edited.save()
    refused(ws, path, "layout")


def test_a_sheet_whose_questions_changed_since_is_refused(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "s.docx")
    cio = q(ws, "CIO")
    hs.update_question(ws, cio.id, choices=["任命済み", "補佐官のみ", "未任命", "検討中"])
    error = refused(ws, path, "template_changed")
    assert "CIO" in error.detail
    # rewording a question does not change what its answers mean: accepted
    hs.update_question(ws, cio.id, choices=["任命済み", "補佐官のみ", "未任命"])
    hs.update_question(ws, cio.id, text="CIOの任命状況")
    assert sheet.plan_sheet_import(ws, path).hearing_id == hearing.id


def test_a_question_retired_since_the_sheet_was_made_is_skipped(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow, tmp_path: Path
) -> None:
    path = export(ws, city.id, tmp_path / "s.docx", blank=True)
    filled = Sheet(path)
    filled.answer(q(ws, "本研修への期待"), "期待")
    filled.answer(q(ws, "ITスキル"), "少ない")
    filled.save()
    hs.set_question_retired(ws, q(ws, "ITスキル").id, True)
    plan = sheet.plan_sheet_import(ws, path)
    assert len(plan.answer_changes) == 1 and len(plan.warnings) == 1


def test_documents_that_are_not_sheets_are_refused(
    ws: Workshop, city: people.MunicipalityRow, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    refused(ws, plain, "not_a_sheet")
    noise = tmp_path / "noise.docx"
    noise.write_bytes(b"\x00\x01 not a zip at all" * 10)
    refused(ws, noise, "unreadable")
    refused(ws, tmp_path / "missing.docx", "unreadable")


# --- reading answers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("", None),
        ("☐ ある　☐ 兼務の部署がある　☐ ない　☐ 検討中", None),
        ("☐ ある　■ 兼務の部署がある　☐ ない　☐ 検討中", 1),
        ("☑ある ☐兼務の部署がある ☐ない ☐検討中", 0),
        ("○ない", 2),
        ("検討中", 3),
        ("☐ ない", 2),
        ("ＮＡＩ", "unreadable"),
        ("■ある ■ない", "unreadable"),
    ],
)
def test_read_option(text: str, index: int | str | None) -> None:
    options = ["ある", "兼務の部署がある", "ない", "検討中"]
    if index == "unreadable":
        with pytest.raises(sheet.UnreadableAnswer):
            marks.read_option(text, options)
    else:
        assert marks.read_option(text, options) == index


def test_a_comment_beside_unmarked_options_is_not_taken_for_no_answer() -> None:
    options = ["未着手", "検討中", "実施中", "完了"]
    assert marks.read_option("☐ 未着手 ☐ 検討中 ☐ 実施中 ☐ 完了", options) is None
    with pytest.raises(sheet.UnreadableAnswer):  # a warning, and the answer is left as it is
        marks.read_option("☐ 未着手 ☐ 検討中 ☐ 実施中 ☐ 完了 ← 実施中", options)


def test_read_option_does_not_confuse_an_option_inside_another() -> None:
    options = ["実施", "未実施"]
    assert marks.read_option("☐ 実施　■ 未実施", options) == 1
    assert marks.read_option("■ 実施　☐ 未実施", options) == 0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-08-20", dt.date(2026, 8, 20)),
        ("2026/8/20", dt.date(2026, 8, 20)),
        ("2026年8月20日", dt.date(2026, 8, 20)),
        ("令和8年8月20日", dt.date(2026, 8, 20)),
        ("R8.8.20", dt.date(2026, 8, 20)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("8年8月20日", dt.date(2026, 8, 20)),  # the era left off, as forms of this era do
        ("Ｈ30．4．1", dt.date(2018, 4, 1)),
        ("　　年　　月　　日", None),
        ("", None),
    ],
)
def test_parse_date(text: str, day: dt.date | None) -> None:
    assert sheet.parse_date(text) == day


@pytest.mark.parametrize("text", ["26/10/20", "0008-10-20", "3026年1月1日", "2026年2月30日"])
def test_dates_that_cannot_be_meant_are_refused_not_guessed(text: str) -> None:
    with pytest.raises(sheet.UnreadableAnswer):
        sheet.parse_date(text)


def test_numbers_with_units_are_read() -> None:
    row = hs.QuestionRow(1, 1, "職員数", hs.QuestionKind.NUMBER, (), 0, False, 0)
    assert sheet.read_answer(row, "1,200人") == 1200
    assert sheet.read_answer(row, "") is None
    with pytest.raises(sheet.UnreadableAnswer):
        sheet.read_answer(row, "たくさん")
