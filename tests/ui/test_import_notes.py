"""The import services' notes reach the user translated: every code has a template that
formats in English and Japanese, and the roster, hearing sheet and feedback form previews
show Japanese reasons and warnings when the UI is Japanese."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dxworkshop.services import criteria, feedback_form, hearing_sheet, hearings, notes, people
from dxworkshop.services import plans as plan_service
from dxworkshop.services import roster as roster_service
from dxworkshop.services.notes import Note, Param
from dxworkshop.services.roster import RosterField
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.app import Translations
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.dialogs.feedback_form_dialog import FeedbackFormDialog
from dxworkshop.ui.dialogs.hearing_sheet_dialog import HearingSheetDialog
from dxworkshop.ui.dialogs.roster_dialog import RosterImportDialog, roster_error_text
from dxworkshop.ui.import_notes import TEMPLATES, note_text
from dxworkshop.ui.models.roster_models import PreviewKind, RosterPreviewModel
from tests.services import test_feedback_form as ff_helpers
from tests.services import test_hearing_sheet as hs_helpers
from tests.services.plan_setup import Setup, build

ROOT = Path(__file__).resolve().parents[2]
SERVICE_CODES = (
    roster_service.NOTE_CODES
    | hearing_sheet.NOTE_CODES
    | feedback_form.NOTE_CODES
    | hearings.NOTE_CODES
)
#: Latin words allowed in Japanese text: names of file formats and of Excel itself.
ALLOWED_LATIN = {"Excel", "CSV", "xlsx", "xls", "DX", "XML", "DTD", "DOCTYPE"}
#: English words that must not appear in a Japanese reason or warning.
ENGLISH = re.compile(
    r"\b(not|no|row|rows|column|ignored|skipped|linked|same|person|valid|is|of|as|the|"
    r"left|out|sheet|workbook|role|number|date|option|version)\b",
    re.IGNORECASE,
)


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.use("ja")
    yield
    translations.use("en")
    translations.deleteLater()


def sample(code: str) -> tuple[Note, list[str]]:
    """A note of *code* with a distinct value for each placeholder, and those values."""
    params: dict[str, Param] = {}
    shown: list[str] = []
    for index, name in enumerate(sorted(notes.placeholders(notes.english_template(code)))):
        if name == "problem":
            params[name] = Note.of("form.several_marked")
        elif name == "others":
            params[name] = ("〈甲〉", "〈乙〉")
            shown += ["〈甲〉", "〈乙〉"]
        elif name == "field":
            params[name] = RosterField.TITLE.value
        else:
            params[name] = f"〈{index}〉"
            shown.append(f"〈{index}〉")
    return Note(code, params), shown


def latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text)) - ALLOWED_LATIN


def test_every_code_the_services_emit_has_a_template() -> None:
    assert set(TEMPLATES) == SERVICE_CODES


@pytest.mark.parametrize("code", sorted(SERVICE_CODES))
def test_each_template_formats_in_english(code: str) -> None:
    note, shown = sample(code)
    text = note_text(note)
    assert text and "{" not in text and "}" not in text
    assert all(value in text for value in shown), text


def test_each_template_formats_in_japanese(japanese: None) -> None:
    untranslated = []
    for code in sorted(SERVICE_CODES):
        note, shown = sample(code)
        text = note_text(note)
        assert "{" not in text and "}" not in text, (code, text)
        assert all(value in text for value in shown), (code, text)
        if latin_words(text) or text == str(note):
            untranslated.append(f"{code}: {text}")
    assert untranslated == []
    column = note_text(
        Note.of("roster.column_claimed", column="D", heading="役職", mapped="E", field="title")
    )
    assert "「職名」" in column or "職名" in column
    listed = note_text(Note.of("roster.other_sheets", sheet="名簿", others=("記入例", "説明")))
    assert "「記入例」、「説明」" in listed


def test_a_validation_problem_is_worded_by_its_code(japanese: None) -> None:
    problem = notes.validation_note("answer", "out_of_range", "level 9 is not on the scale")
    text = note_text(Note.of("sheet.answer_unreadable", question="AI・RPA", problem=problem))
    assert "AI・RPA" in text and "範囲" in text
    assert not latin_words(text.replace("AI", "").replace("RPA", ""))


# --- a bad roster through the real dialog -----------------------------------------------------

HEADINGS = [
    "氏名",
    "市町村",
    "団体コード",
    "所属",
    "職名",
    "メール",
    "上司",
    "役割",
    "メールアドレス",
    "役職",
]


def bad_roster() -> list[list[str]]:
    """Row 1 holds the headings; each later row is rejected or noted for its own reason."""
    rows = [
        # 2: accepted
        ["山田 太郎", "倉敷市", "332020", "市民課", "主事", "yamada@example.jp", "", "受講者"],
        # 3: no name
        ["", "倉敷市", "", "市民課", "主事", "", "", ""],
        # 4: not an e-mail address
        ["鈴木 花子", "倉敷市", "", "税務課", "主任", "suzuki.example.jp", "", ""],
        # 5: unknown role
        ["高橋 三郎", "倉敷市", "", "", "", "takahashi@example.jp", "", "見学"],
        # 6: 団体コード not a number
        ["田中 四郎", "総社市", "33２08X", "", "", "", "", ""],
        # 7: 団体コード too long
        ["伊藤 五郎", "総社市", "1234567", "", "", "", "", ""],
        # 8: check digit
        ["渡辺 六子", "倉敷市", "332021", "", "", "", "", ""],
        # 9: no such prefecture
        ["小林 七海", "", "992020", "", "", "", "", ""],
        # 10: same person as row 2, other details
        ["山田 太郎", "倉敷市", "332020", "税務課", "主事", "yamada@example.jp", "", "受講者"],
        # 11: row 2 again, exactly: skipped with a warning
        ["山田 太郎", "倉敷市", "332020", "市民課", "主事", "yamada@example.jp", "", "受講者"],
        # 12: 倉敷市's code with another municipality's name
        ["中村 八郎", "岡山市", "332020", "", "", "", "", ""],
        # 13: 総社市 has another code in the programme
        ["加藤 九美", "総社市", "332038", "", "", "", "", ""],
        # 14: a code of no municipality, and no name of one
        ["清水 二葉", "", "332046", "", "", "", "", ""],
        # 15: 所属 without 市町村
        ["吉田 十郎", "", "", "県立大学", "", "", "", ""],
        # 16: own 上司
        ["山本 一子", "倉敷市", "", "", "", "", "山本 一子", ""],
        # 17, 18: a loop of supervisors
        ["松本 二郎", "倉敷市", "", "", "", "", "井上 三郎", ""],
        ["井上 三郎", "倉敷市", "", "", "", "", "松本 二郎", ""],
        # 19: same name as someone in the programme, with another e-mail address
        ["木村 花", "倉敷市", "", "", "", "kimura2@example.jp", "", ""],
    ]
    return [HEADINGS, *rows]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def seed(workshop: Workshop) -> None:
    city = people.add_municipality(workshop, "倉敷市", "くらしきし", "332020")
    people.add_municipality(workshop, "総社市", "そうじゃし", "332089")
    people.add_person(workshop, "木村 花", municipality_id=city.id, email="kimura@example.jp")


def test_a_bad_roster_is_explained_in_japanese(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path, japanese: None
) -> None:
    seed(controller.workshop)
    path = write_csv(tmp_path / "名簿.csv", bad_roster())
    dialog = RosterImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    assert not dialog.ui.errorLabel.isVisible()

    rejected = {
        r.row: r.reason for r in dialog.preview_model.rows() if r.kind is PreviewKind.REJECTED
    }
    expected = {
        3: "氏名がありません",
        4: "メールアドレスの形式ではありません（メール列：“suzuki.example.jp”）",
        5: "見学",
        6: "数字ではありません",
        7: "1234567",
        8: "検査数字",
        9: "都道府県コード 99",
        10: "2行目",
        12: "倉敷市",
        13: "332089",
        14: "332046",
    }
    assert set(rejected) == set(expected)
    for row, words in expected.items():
        assert words in rejected[row], (row, rejected[row])
        assert not ENGLISH.search(rejected[row]), (row, rejected[row])
    model = dialog.preview_model
    shown = [r.row for r in model.rows()].index(4)
    assert model.index(shown, RosterPreviewModel.DETAILS).data() == rejected[4]

    items = [dialog.ui.warningsList.item(i).text() for i in range(dialog.ui.warningsList.count())]
    assert items[0] == "3行目：氏名がありません（氏名列）"
    warnings = items[len(rejected) :]
    for words in (
        "I列「メールアドレス」",  # repeats メール (F)
        "J列「役職」",  # repeats 職名 (E)
        "11行目",  # row 2 again
        "県立大学",
        "16行目",  # own 上司
        "上司関係が循環",
        "木村 花",
    ):
        assert any(words in w for w in warnings), (words, warnings)
    for text in items:
        assert not ENGLISH.search(text), text
        assert not latin_words(re.sub(r"[\w.]+@[\w.]+|suzuki\.example\.jp", "", text)), text
    assert not ENGLISH.search(dialog.ui.warningsBox.title())


def test_an_unreadable_roster_says_why_in_japanese(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path, japanese: None
) -> None:
    dialog = RosterImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    dialog.set_file(empty)
    assert dialog.ui.errorLabel.isVisible()
    assert "ファイルが空です" in dialog.ui.errorLabel.text()
    xls = tmp_path / "古い.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(roster_service.UnreadableRoster) as caught:
        roster_service.read_roster(xls)
    text = roster_error_text(caught.value)
    assert "Excel 97–2003" in text and "保存し直してください" in text
    assert not ENGLISH.search(text), text


# --- hearing sheet and feedback form previews -------------------------------------------------


def test_hearing_sheet_warnings_are_shown_in_japanese(
    qtbot: QtBot, tmp_path: Path, japanese: None
) -> None:
    from dxworkshop.services import hearings as hs
    from dxworkshop.services.programme import new_programme

    with new_programme(tmp_path / "p.dxw", "令和8年度 業務改善研修", fiscal_year=2026) as ws:
        city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
        hs.add_hearing(ws, city.id)
        dept, ai = hs_helpers.q(ws, "DX推進の専任部署"), hs_helpers.q(ws, "AI・RPA")
        cio = hs_helpers.q(ws, "CIO")
        path = hs_helpers.export(ws, city.id, tmp_path / "s.docx")
        filled = hs_helpers.Sheet(path)
        filled.answer(dept, "■ ある　■ ない")  # two marked
        filled.answer(ai, "☐ 未着手　☐ 検討中　☐ 実施中　■ 完了")
        filled.answer(cio, "よくわからない")  # none of the options
        filled.field("date", "来週あたり")
        filled.save()
        plan = hearing_sheet.plan_sheet_import(ws, path)
    assert len(plan.warnings) == 3

    dialog = HearingSheetDialog(plan, lambda _plan: True)
    qtbot.addWidget(dialog)
    text = dialog.ui.warningsLabel.text()
    assert "複数の選択肢に印が付いています" in text
    assert "回答日" in text and "来週あたり" in text and "日付" in text
    assert "CIO" in text or cio.short_text in text
    assert not ENGLISH.search(text), text


def test_a_sheet_filled_in_shows_the_hearing_as_held_in_japanese(
    qtbot: QtBot, tmp_path: Path, japanese: None
) -> None:
    from dxworkshop.services import hearings as hs
    from dxworkshop.services.programme import new_programme

    with new_programme(tmp_path / "p.dxw", "令和8年度 業務改善研修", fiscal_year=2026) as ws:
        city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
        hs.add_hearing(ws, city.id)
        path = hs_helpers.export(ws, city.id, tmp_path / "s.docx", blank=True)
        filled = hs_helpers.Sheet(path)
        filled.answer(hs_helpers.q(ws, "DX推進の専任部署"), "■ ある")
        filled.field("date", "令和8年8月20日")
        filled.save()
        plan = hearing_sheet.plan_sheet_import(ws, path)

    dialog = HearingSheetDialog(plan, lambda _plan: True)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert ("状態", "予定", "実施済み") in rows, rows


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    s = build(tmp_path / "p.dxw")
    for trainee in s.trainees:
        plan = plan_service.create_plan(s.ws, trainee)
        plan_service.update_version(s.ws, plan.latest.id, "solution", "RPAで入力する。")
        plan_service.add_step(s.ws, plan.latest.id, "試行する", "係全員", dt.date(2026, 10, 20))
    yield s
    s.ws.close()


def test_feedback_form_warnings_are_shown_in_japanese(
    qtbot: QtBot, setup: Setup, tmp_path: Path, japanese: None
) -> None:
    r1, _ = ff_helpers.round_ids(setup)
    path = ff_helpers.export(setup, setup.sup_a, r1, tmp_path / "form.docx")
    yamada = plan_service.plan_of_trainee(setup.ws, setup.trainees[0])
    assert yamada is not None
    plan_service.start_new_version(setup.ws, yamada.id, "講師の助言で改訂")
    item = criteria.list_rubric_items(setup.ws)[0]
    form = ff_helpers.Form(path)
    form.fill(yamada.latest.id, "rate", "■ 1　■ 2　☐ 3　☐ 4　☐ 5", item.id)
    form.fill(yamada.latest.id, "improve", "もう少し具体的に")
    form.save()
    plan = feedback_form.plan_form_import(setup.ws, path)
    assert {w.code for w in plan.warnings} == {
        "feedback.rating_unreadable",
        "feedback.newer_version",
    }

    dialog = FeedbackFormDialog(plan, lambda _plan: True)
    qtbot.addWidget(dialog)
    text = dialog.ui.warningsLabel.text()
    assert f"山田 太郎「{item.name}」" in text and "複数の選択肢に印が付いています" in text
    assert "第1版" in text and "第2版" in text
    assert not ENGLISH.search(text), text


def test_what_a_form_holds_beside_its_fields_is_shown_in_the_preview(
    qtbot: QtBot, setup: Setup, tmp_path: Path, japanese: None
) -> None:
    r1, _ = ff_helpers.round_ids(setup)
    path = ff_helpers.export(setup, setup.sup_a, r1, tmp_path / "form.docx")
    form = ff_helpers.Form(path)
    form.doc.add_paragraph("全体として良い計画です。")
    form.save()
    plan = feedback_form.plan_form_import(setup.ws, path)
    assert [w.code for w in plan.warnings] == ["form.text_added"]

    dialog = FeedbackFormDialog(plan, lambda _plan: True)
    qtbot.addWidget(dialog)
    text = dialog.ui.warningsLabel.text()
    assert "「全体として良い計画です。」は記入欄の外に書かれています" in text, text
    assert not ENGLISH.search(text), text


# --- why a returned form is refused, as the pages word it ---------------------------------------


def _reasons(*modules: str) -> set[str]:
    """Every refusal reason the modules raise (the words are stable; each needs a text)."""
    found: set[str] = set()
    for module in modules:
        source = (ROOT / "dxworkshop" / "services" / f"{module}.py").read_text(encoding="utf-8")
        found |= set(
            re.findall(r'(?:SheetRefused|FormRefused|_refuse)\(\s*path,\s*"(\w+)"', source)
        )
    return found


@pytest.mark.parametrize(
    "reason", sorted(_reasons("hearing_sheet", "forms/identity") - {"not_a_form"})
)
def test_each_sheet_refusal_is_worded_in_japanese(japanese: None, reason: str) -> None:
    from dxworkshop.services.hearing_sheet import SheetRefused
    from dxworkshop.ui.pages.hearing_page import sheet_refused_text

    for detail in ("〈詳細〉", ""):
        refused = SheetRefused(Path("返送.docx"), reason, "an English message", detail)
        text = sheet_refused_text(refused)
        assert "返送.docx" in text and "English" not in text, (reason, text)
        assert not ENGLISH.search(text), (reason, text)


@pytest.mark.parametrize("reason", sorted(_reasons("feedback_form", "forms/identity")))
def test_each_feedback_form_refusal_is_worded_in_japanese(japanese: None, reason: str) -> None:
    from dxworkshop.services.forms.identity import FormRefused
    from dxworkshop.ui.pages.feedback_page import form_refused_text

    for detail in ("〈詳細〉", ""):
        text = form_refused_text(
            FormRefused(Path("返送.docx"), reason, "an English message", detail)
        )
        assert "返送.docx" in text and "English" not in text, (reason, text)
        assert not ENGLISH.search(text), (reason, text)
