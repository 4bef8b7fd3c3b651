"""A whole small programme run through the GUI as a facilitator runs it, in the real main
window on a real file: New wizard → roster → hearing → issue cards → matrix → dot vote →
themes → plans → a supervisor's feedback form out and back in → practice → a report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import FeedbackStatus, HearingStatus, ReviewerRole, Role
from dxworkshop.services import criteria as crit
from dxworkshop.services import feedback as fb
from dxworkshop.services import hearings as hs
from dxworkshop.services import issues as issues_svc
from dxworkshop.services import people as people_svc
from dxworkshop.services import plans as plans_svc
from dxworkshop.services import practice as practice_svc
from dxworkshop.services import prioritize as prio_svc
from dxworkshop.services import programme as programme_svc
from dxworkshop.services.export import ReportKind, ScopeKind
from dxworkshop.services.forms import identity
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.main_window import MainWindow
from dxworkshop.ui.models.feedback_models import OverviewModel
from dxworkshop.ui.models.people_models import ID_ROLE
from dxworkshop.ui.models.practice_models import MeasurementModel
from dxworkshop.ui.pages.prioritize_page import THEMES_TAB
from dxworkshop.ui.preferences import Preferences
from tests.ui.test_matrix_board import click, drag

pytestmark = pytest.mark.usefixtures("gui_thread_gc")  # the report export runs in a worker

PROGRAMME = "令和8年度 業務改善・DX実践研修"
#: name, reading, municipality, department, title, supervisor
ROSTER = [
    ("山田 太郎", "やまだ たろう", "倉敷市", "市民課", "主事", "岡田 一郎"),
    ("鈴木 花子", "すずき はなこ", "倉敷市", "税務課", "主任", "岡田 一郎"),
    ("阿部 次郎", "あべ じろう", "倉敷市", "福祉課", "主事", "岡田 一郎"),
    ("髙橋 三郎", "たかはし さぶろう", "総社市", "総務課", "主査", "早川 恵子"),
    ("伊藤 美咲", "いとう みさき", "総社市", "情報政策課", "主事", "早川 恵子"),
    ("渡辺 健", "わたなべ けん", "総社市", "子育て支援課", "主任", "早川 恵子"),
]
#: one issue card per trainee, typed in fast entry (plus a second for 山田)
CARDS = {
    "山田 太郎": ["住民票の郵送請求を手で転記している", "窓口の待ち時間が長い"],
    "鈴木 花子": ["納税相談の記録が紙"],
    "阿部 次郎": ["介護認定の日程調整を電話で行う"],
    "髙橋 三郎": ["会議録の作成に時間がかかる"],
    "伊藤 美咲": ["庁内照会をメールで集計している"],
    "渡辺 健": ["保育所の入所申請を手入力している"],
}


#: QDialog.exec as Qt has it: tests/conftest.py refuses modal dialogs a test does not
#: expect; run_modal lets the one it drives run (read at import, before that patch).
REAL_EXEC = QDialog.exec


# --- helpers ---------------------------------------------------------------------------------


def run_modal(
    monkeypatch: pytest.MonkeyPatch,
    open_it: Callable[[], object],
    drive: Callable[[QDialog], None],
) -> None:
    """Open a modal dialog as the menu does (exec) and *drive* it as a person would; an
    assertion failing inside closes the dialog, so the test fails instead of hanging."""
    errors: list[BaseException] = []
    returned = False
    refusing = QDialog.exec
    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)

    def step() -> None:
        if returned:  # no dialog came: nothing to drive (the assertions after say so)
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, step)
            return
        try:
            drive(dialog)
        except BaseException as exc:  # re-raised below, on the test's stack
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    try:
        open_it()
    finally:
        returned = True
        monkeypatch.setattr(QDialog, "exec", refusing)
    if errors:
        raise errors[0]


def commit(widget: QWidget, text: str) -> None:
    """Type *text* as a Japanese input method does (QTest's key clicks know Latin-1 only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()  # (a dialog closed before may have kept it inactive)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def nav_labels(window: MainWindow) -> dict[str, str]:
    nav = window.navigator
    return {
        nav.item(r).data(Qt.ItemDataRole.UserRole): nav.item(r).text() for r in range(nav.count())
    }


def write_roster(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "受講者名簿"
    ws.append(["氏名", "ふりがな", "市町村", "所属", "職名", "上司"])
    for row in ROSTER:
        ws.append(list(row))
    wb.save(path)
    return path


def fill_feedback_form(path: Path, comment: str) -> int:
    """Fill a returned form as a supervisor does in Word: the ☐ of the second option of
    every rating row made ■, a comment typed in every 改善点 area.
    Returns the number of rating rows marked."""
    document = docx.Document(str(path))
    marked = 0
    for table in document.tables:
        for row in table.rows:
            found = identity.MARKER.search(row.cells[0].text)
            if found is None:
                continue
            answer = row.cells[-1]
            if found.group(1) == "rate":
                options = answer.text.split("　")
                assert options[1].startswith("☐"), options
                options[1] = "■" + options[1][1:]
                answer.text = "　".join(options)
                marked += 1
            elif found.group(1) == "improve":
                answer.text = comment
    document.save(str(path))
    return marked


def import_returned_form(page: Any, path: Path) -> str:
    """The feedback page's import of a returned form, its preview accepted. (The form
    import API is being reworked: keep every use of it here.) Returns the preview summary."""
    dialog = page.import_form(path)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() > 0
    summary = str(dialog.ui.summaryLabel.text())
    dialog.ui.buttons.accepted.emit()
    assert not dialog.isVisible()
    return summary


def person_ids(ws: Workshop) -> dict[str, int]:
    return {p.name: p.id for p in people_svc.list_people(ws)}


# --- the programme -----------------------------------------------------------------------------


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    p = Preferences(settings)
    p.set("ui/language", "ja")
    return p


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, tmp_path: Path) -> Iterator[MainWindow]:
    prefs.set("files/last_folder", str(tmp_path))
    win = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for key in ("issues", "prioritize"):
        page = win._pages.get(key)
        if page is not None and getattr(page, "presentation", None) is not None:
            page.presentation.close()  # type: ignore[attr-defined]
    win.close_workshop()


def test_a_whole_programme_through_the_gui(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1. New programme, through the wizard the File menu opens. -----------------------------
    def fill_wizard(dialog: QDialog) -> None:
        assert isinstance(dialog, QWizard)
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.nameEdit.setText(PROGRAMME)
        ui.organiserEdit.setText("岡山県")
        ui.yearSpin.setValue(2026)
        ui.startDate.setDate(QDate(2026, 9, 1))
        ui.prefectureCombo.setCurrentIndex(ui.prefectureCombo.findData("岡山県"))
        assert ui.fileEdit.text() == str(tmp_path / f"{PROGRAMME}.dxw")
        dialog.button(QWizard.WizardButton.NextButton).click()
        assert dialog.currentPage() is ui.filePage
        dialog.button(QWizard.WizardButton.FinishButton).click()

    run_modal(monkeypatch, window.new_programme, fill_wizard)
    ws = window.workshop
    assert ws is not None
    path = tmp_path / f"{PROGRAMME}.dxw"
    assert ws.path == path and path.exists()
    assert PROGRAMME in window.windowTitle()
    info = programme_svc.get_programme(ws)
    assert (info.name, info.fiscal_year, info.prefecture) == (PROGRAMME, 2026, "岡山県")
    assert window.navigator.count() == 10

    # 2. The roster, through the import dialog (File ▸ Import roster). ----------------------
    roster = write_roster(tmp_path / "受講者名簿.xlsx")

    def import_roster(dialog: QDialog) -> None:
        dialog.ui.fileEdit.setText(str(roster))  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        rows = dialog.preview_model.rows()  # type: ignore[attr-defined]
        assert len(rows) == 6
        assert dialog.import_button.isEnabled()  # type: ignore[attr-defined]
        dialog.import_button.click()  # type: ignore[attr-defined]

    run_modal(monkeypatch, window.import_roster, import_roster)
    ids = person_ids(ws)
    trainees = {name: ids[name] for name, *_ in ROSTER}
    everyone = {p.name: p for p in people_svc.list_people(ws)}
    assert {"岡田 一郎", "早川 恵子"} <= set(everyone)
    assert everyone["山田 太郎"].supervisor_id == ids["岡田 一郎"]
    assert everyone["渡辺 健"].municipality_name == "総社市"
    assert Role.SUPERVISOR in everyone["早川 恵子"].roles
    assert sorted(m.name for m in people_svc.list_municipalities(ws)) == ["倉敷市", "総社市"]
    participants = window.show_page("participants")
    shown = participants.ui.peopleView.model()  # type: ignore[attr-defined]
    assert shown.rowCount() == 8  # six trainees and their two supervisors
    labels = nav_labels(window)
    assert labels["participants"].endswith("✓ 6/6")
    assert labels["hearing"].endswith("0/2")  # a hearing per municipality, none held yet
    assert "0/6" in labels["issues"]

    # 3. A hearing for 倉敷市, its answers entered on the hearing page. -----------------------
    hearing = window.show_page("hearing")
    ui = hearing.ui  # type: ignore[attr-defined]
    kurashiki = next(m for m in people_svc.list_municipalities(ws) if m.name == "倉敷市")
    ui.newMunicipalityCombo.setCurrentIndex(ui.newMunicipalityCombo.findData(kurashiki.id))
    ui.addHearingButton.click()
    [held] = hs.list_hearings(ws)
    assert held.municipality_name == "倉敷市" and ui.hearingTitle.text() == "倉敷市"
    form = hearing.form  # type: ignore[attr-defined]
    question = {q.text: q for q in hs.live_questions(ws)}
    dept_q = next(q for t, q in question.items() if "DX推進の専任部署" in t)
    hope_q = next(q for t, q in question.items() if "本研修への期待" in t)
    choice = form.editor(dept_q.id)
    focus(qtbot, choice)
    qtbot.keyClick(choice, Qt.Key.Key_2)
    hope = form.editor(hope_q.id)
    focus(qtbot, hope)
    qtbot.keyClicks(hope, "RPA case studies")
    qtbot.keyClick(hope, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: hs.get_answer(ws, held.id, hope_q.id) == "RPA case studies")
    assert hs.get_answer(ws, held.id, dept_q.id) == "兼務の部署がある"
    # held on 20 August: the date set, the status picked
    ui.dateEdit.setDate(QDate(2026, 8, 20))
    ui.dateEdit.editingFinished.emit()
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(HearingStatus.DONE.value))
    ui.statusCombo.activated.emit(ui.statusCombo.currentIndex())
    [held] = hs.list_hearings(ws)
    assert (held.status, held.date) == (HearingStatus.DONE, dt.date(2026, 8, 20))
    assert hearing.hearing_proxy.rowCount() == 1  # type: ignore[attr-defined]
    assert nav_labels(window)["hearing"].endswith("1/2")

    # 4. Issue cards, typed in fast entry for each trainee. ---------------------------------
    issues_page = window.show_page("issues")
    title = issues_page.ui.titleEdit  # type: ignore[attr-defined]
    owner = issues_page.ui.ownerCombo  # type: ignore[attr-defined]
    for name, cards in CARDS.items():
        owner.setCurrentIndex(owner.findData(trainees[name]))
        focus(qtbot, title)
        for text in cards:
            commit(title, text)
            qtbot.keyClick(title, Qt.Key.Key_Return)
            assert title.text() == ""
    issue_rows = issues_svc.list_issues(ws)
    assert len(issue_rows) == 7
    assert issues_page.proxy.rowCount() == 7  # type: ignore[attr-defined]
    by_title = {r.title: r for r in issue_rows}
    assert by_title["会議録の作成に時間がかかる"].municipality_name == "総社市"
    assert by_title["窓口の待ち時間が長い"].owner_name == "山田 太郎"
    assert "✓ 6/6" in nav_labels(window)["issues"]  # every trainee has a card

    # 5. The matrix: each card dragged to its cell, the other criteria typed in the table. --
    prio = window.show_page("prioritize")
    pui = prio.ui  # type: ignore[attr-defined]
    board = prio.board  # type: ignore[attr-defined]
    board.fit_all()
    c = {row.code: row.id for row in crit.list_criteria(ws)}
    #: title → (ease, effect) placed on the matrix by a drag
    placed = {title: (4, 5) if n % 2 == 0 else (3, 3) for n, title in enumerate(by_title)}
    placed["窓口の待ち時間が長い"] = (1, 2)
    for title, (ease, effect) in placed.items():
        card = board.card(by_title[title].id)
        assert card is not None
        drag(board, card.sceneBoundingRect().center(), board.cell_rect(ease, effect).center())
    scores = prio.scores  # type: ignore[attr-defined]
    proxy = prio.scores_proxy  # type: ignore[attr-defined]

    def cell(issue_id: int, column: int) -> Any:
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == issue_id:
                return proxy.index(r, column)
        raise AssertionError(f"issue {issue_id} not in the table")

    urgency_col = scores.column_of(c["urgency"])
    gate_col = scores.column_of(c["feasible"])
    for row in issue_rows:  # as typed into the cells (the cell editor commits setData)
        assert proxy.setData(cell(row.id, urgency_col), 3)
        assert proxy.setData(cell(row.id, gate_col), 1)
    board_rows = {r.id: r for r in prio_svc.scoring_board(ws).rows}
    for title, (ease, effect) in placed.items():
        scored = board_rows[by_title[title].id]
        assert (scored.scores[c["ease"]], scored.scores[c["effect"]]) == (ease, effect)
        assert cell(scored.id, scores.STATUS).data() != "Not fully scored"
        card = board.card(scored.id)
        assert board.cell_rect(ease, effect).contains(card.sceneBoundingRect().center())
    assert cell(by_title["窓口の待ち時間が長い"].id, scores.TOTAL).data() == "11"  # 3×2 + 2×1 + 3

    # 6. A dot vote: three trainees put a dot each on the board. ---------------------------
    pui.addRoundButton.click()
    pui.voteModeButton.click()
    for voter, title in (
        ("鈴木 花子", "住民票の郵送請求を手で転記している"),
        ("髙橋 三郎", "住民票の郵送請求を手で転記している"),
        ("伊藤 美咲", "会議録の作成に時間がかかる"),
    ):
        prio.select_voter(trainees[voter])  # type: ignore[attr-defined]
        click(board, board.card(by_title[title].id))
    pui.voteModeButton.click()
    assert pui.votingSummary.text() == "3 dots from 3 people"
    assert cell(by_title["住民票の郵送請求を手で転記している"].id, scores.DOTS).data() == 2
    assert board.card(by_title["会議録の作成に時間がかかる"].id).votes == 1

    # 7. A theme per trainee: their first card, chosen on the Themes tab. -------------------
    for name, cards in CARDS.items():
        prio.select_trainee(trainees[name])  # type: ignore[attr-defined]
        combo = pui.themeIssueCombo
        combo.setCurrentIndex(combo.findData(by_title[cards[0]].id))
        pui.setThemeButton.click()
    assert "missing" not in pui.tabs.tabText(THEMES_TAB)
    board_rows = {r.id: r for r in prio_svc.scoring_board(ws).rows}
    for cards in CARDS.values():
        assert board_rows[by_title[cards[0]].id].status == "theme"
    assert board_rows[by_title["窓口の待ち時間が長い"].id].status != "theme"
    assert pui.themeSummary.text() == "Every trainee has chosen a theme."
    labels = nav_labels(window)
    assert "✓ 6/6" in labels["prioritize"] and "0/6" in labels["plans"]

    # 8. A plan per trainee: created from the theme, its A3 fields typed. -------------------
    plans_page = window.show_page("plans")
    lui = plans_page.ui  # type: ignore[attr-defined]
    for name, cards in CARDS.items():
        assert plans_page.select_trainee(trainees[name])  # type: ignore[attr-defined]
        assert lui.createPlanButton.isEnabled()
        lui.createPlanButton.click()
        assert lui.detailStack.currentWidget() is lui.planPage
        focus(qtbot, lui.problemsEdit)
        lui.problemsEdit.insertPlainText(f"{cards[0]}ため、手間と転記ミスが多い")
        focus(qtbot, lui.solutionEdit)  # leaving a field saves it
        lui.solutionEdit.insertPlainText("電子申請とRPAで転記をなくす")
        focus(qtbot, lui.kpiEdit)
        commit(lui.kpiEdit, "処理時間（分/件）")
        qtbot.keyClick(lui.kpiEdit, Qt.Key.Key_Return)
    assert lui.listCounts.text() == "6 of 6 themes have a plan"
    for name, cards in CARDS.items():
        plan = plans_svc.plan_of_trainee(ws, trainees[name])
        assert plan is not None
        version = plans_svc.get_version(ws, plan.latest.id)
        assert version.problems == f"{cards[0]}ため、手間と転記ミスが多い"
        assert version.solution == "電子申請とRPAで転記をなくす"
        assert version.kpi == "処理時間（分/件）"
    assert "✓ 6/6" in nav_labels(window)["plans"]

    # 9. Feedback: the round requested, 岡田's form exported, filled in Word, imported. -----
    feedback = window.show_page("feedback")
    fui = feedback.ui  # type: ignore[attr-defined]
    fui.requestButton.click()
    round_id = feedback.round_id  # type: ignore[attr-defined]
    asked = fb.list_feedback(ws, round_id=round_id)
    assert {r.trainee_id for r in asked if r.role == ReviewerRole.SUPERVISOR} == set(
        trainees.values()
    )
    forms = tmp_path / "依頼票"
    forms.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(forms))
    fui.exportFormsButton.click()
    written = sorted(p.name for p in forms.iterdir())
    assert written == [
        "フィードバック依頼票_第1回_岡田一郎.docx",
        "フィードバック依頼票_第1回_早川恵子.docx",
    ]
    assert "Wrote 2 form(s)" in fui.messageLabel.text()
    okada_form = forms / written[0]
    marked = fill_feedback_form(okada_form, "効果を年間の時間で示すこと")
    rubric = crit.list_rubric_items(ws)
    assert marked == 3 * len(rubric)  # 岡田's three trainees
    summary = import_returned_form(feedback, okada_form)
    assert "岡田 一郎" in summary
    okada_trainees = [trainees[n] for n, *_rest, boss in ROSTER if boss == "岡田 一郎"]
    for fed in fb.list_feedback(ws, round_id=round_id):
        if fed.role != ReviewerRole.SUPERVISOR:
            continue
        if fed.trainee_id in okada_trainees:
            assert fed.status == FeedbackStatus.RECEIVED
            assert fed.improvements == "効果を年間の時間で示すこと"
            assert all(fed.rating(item.id) == item.min + 1 for item in rubric)
        else:
            assert fed.status == FeedbackStatus.REQUESTED
    shown = feedback.index_of(trainees["山田 太郎"], OverviewModel.FIXED)  # type: ignore[attr-defined]
    assert shown.data().startswith("Received")
    assert "3/6" in nav_labels(window)["feedback"]  # 岡田's three are in, 早川's are not
    assert "0/6" in nav_labels(window)["practice"]

    # 10. Practice for 山田: a check-in and a KPI measurement. ------------------------------
    practice = window.show_page("practice")
    rui = practice.ui  # type: ignore[attr-defined]
    yamada = trainees["山田 太郎"]
    practice.show_record(yamada)
    rui.addCheckInButton.click()
    rui.addMeasurementButton.click()
    measured = practice.measurement_model  # type: ignore[attr-defined]
    for column, value in (
        (MeasurementModel.METRIC, "処理時間（分/件）"),
        (MeasurementModel.BASELINE, 10.0),
        (MeasurementModel.TARGET, 4.0),
        (MeasurementModel.ACTUAL, 7.0),
    ):
        assert measured.setData(measured.index(0, column), value)  # as the cell editors do
    assert measured.index(0, MeasurementModel.ACHIEVED).data() == "50%"
    assert practice.check_in_model.rowCount() == 1  # type: ignore[attr-defined]
    done = practice_svc.trainee_practice(ws, yamada)
    assert [c.date for c in done.check_ins] == [dt.date.today()]
    [m] = done.measurements
    assert (m.metric, m.baseline, m.target, m.actual) == ("処理時間（分/件）", 10, 4, 7)

    # 11. The supervisor summary of 山田, exported from the reports page. -------------------
    reports = window.show_page("report")
    eui = reports.ui  # type: ignore[attr-defined]
    reports.set_report_kind(ReportKind.SUPERVISOR_SUMMARY)  # type: ignore[attr-defined]
    eui.traineeCombo.setCurrentIndex(eui.traineeCombo.findData(yamada))
    eui.traineeCombo.activated.emit(eui.traineeCombo.currentIndex())  # as a pick does
    assert eui.traineeScope.isChecked()
    assert reports.scope().kind == ScopeKind.TRAINEE  # type: ignore[attr-defined]
    [planned] = reports.files.stringList()  # type: ignore[attr-defined]
    assert planned.startswith("上司向けサマリー_") and "山田" in planned
    out = tmp_path / "報告書"
    eui.folderEdit.setText(str(out))
    eui.exportButton.click()
    qtbot.waitUntil(lambda: reports.last_result is not None, timeout=30_000)  # type: ignore[attr-defined]
    result = reports.last_result  # type: ignore[attr-defined]
    assert not result.cancelled and not result.failures
    [summary_path] = result.written
    assert summary_path.parent == out and summary_path.name == planned
    assert eui.exportButton.isEnabled() and "1" in eui.messageLabel.text()
    document = docx.Document(str(summary_path))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for r in t.rows for c in r.cells]
    )
    assert "山田 太郎" in text
    assert "住民票の郵送請求を手で転記している" in text  # his theme
    assert "処理時間（分/件）" in text

    # 12. All of it is in the file: closed and opened again, the navigator says the same. --
    before = nav_labels(window)
    window.close_workshop()
    assert window.open_path(path)
    assert nav_labels(window) == before
    again = window.workshop
    assert again is not None
    assert len(plans_svc.list_plans(again)) == 6
    assert len(practice_svc.trainee_practice(again, yamada).measurements) == 1
