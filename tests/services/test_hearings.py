"""Pre-hearing service: template editing without answer loss, hearings, answers, findings,
findings and rows into issues and people (without duplicates), the comparison."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from dxworkshop.domain.enums import HearingStatus, IssueSource, QuestionKind, Role
from dxworkshop.services import hearings as hs
from dxworkshop.services import issues, people
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "p.dxw", "研修", start_date=dt.date(2026, 9, 1)) as w:
        yield w


def question(ws: Workshop, text_part: str) -> hs.QuestionRow:
    return next(q for q in hs.live_questions(ws) if text_part in q.text)


def live_issues(ws: Workshop) -> list[m.Issue]:
    with ws.session() as s:
        return list(s.exec(select(m.Issue).where(col(m.Issue.deleted_at).is_(None))).all())


@pytest.fixture
def city(ws: Workshop) -> people.MunicipalityRow:
    return people.add_municipality(ws, "倉敷市", "くらしきし", "332020")


@pytest.fixture
def hearing(ws: Workshop, city: people.MunicipalityRow) -> hs.HearingRow:
    return hs.add_hearing(ws, city.id, date=dt.date(2026, 8, 20), attendees="情報政策課 山田")


# --- template ------------------------------------------------------------------------------


def test_the_shipped_template_is_loaded(ws: Workshop) -> None:
    sections = hs.template(ws)
    assert [s.title for s in sections] == [
        "DX推進体制",
        "DX方針・計画",
        "重点取組事項の進捗",
        "人材・研修",
        "現在の業務課題",
        "受講予定者",
    ]
    kinds = {q.kind for s in sections for q in s.questions}
    assert kinds == {QuestionKind.CHOICE, QuestionKind.TEXT, QuestionKind.SCALE, QuestionKind.TABLE}
    issue_table = question(ws, "現在の業務課題")
    assert hs.is_issue_table(issue_table) and not hs.is_trainee_table(issue_table)
    assert hs.is_trainee_table(question(ws, "受講予定者"))


def test_retiring_a_question_keeps_its_answers(ws: Workshop, hearing: hs.HearingRow) -> None:
    q = question(ws, "DX推進の専任部署")
    hs.set_answer(ws, hearing.id, q.id, "ある")
    hs.set_question_retired(ws, q.id, True)
    assert q.id not in {x.id for x in hs.live_questions(ws)}
    assert hs.get_answer(ws, hearing.id, q.id) == "ある"
    assert hs.get_hearing(ws, hearing.id).answers[q.id] == "ある"
    retired = [x for s in hs.template(ws, include_retired=True) for x in s.questions if x.retired]
    assert [x.id for x in retired] == [q.id]
    hs.set_question_retired(ws, q.id, False)
    assert q.id in {x.id for x in hs.live_questions(ws)}
    assert hs.get_answer(ws, hearing.id, q.id) == "ある"


def test_retiring_a_section_hides_its_questions_not_their_answers(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    section = next(s for s in hs.template(ws) if s.title == "人材・研修")
    q = section.questions[0]
    hs.set_answer(ws, hearing.id, q.id, "Excelの関数が使える職員が少ない")
    hs.set_section_retired(ws, section.id, True)
    assert section.id not in {s.id for s in hs.template(ws)}
    assert q.id not in {x.id for x in hs.live_questions(ws)}
    assert hs.get_answer(ws, hearing.id, q.id) == "Excelの関数が使える職員が少ない"
    hs.set_section_retired(ws, section.id, False)
    assert q.id in {x.id for x in hs.live_questions(ws)}


def test_add_and_reorder_questions_and_sections(ws: Workshop, hearing: hs.HearingRow) -> None:
    section = hs.add_section(ws, "  その他  ")
    assert section.title == "その他"
    assert hs.template(ws)[-1].id == section.id
    a = hs.add_question(ws, section.id, "職員数", "number")
    b = hs.add_question(ws, section.id, "庁内の通信環境", "choice", ["十分", "不十分"])
    hs.set_answer(ws, hearing.id, a.id, 412)
    order = hs.question_order(ws, section.id)
    assert order == [a.id, b.id]
    hs.reorder_questions(ws, section.id, [b.id, a.id])
    assert [q.id for q in hs.template(ws)[-1].questions] == [b.id, a.id]
    assert hs.get_answer(ws, hearing.id, a.id) == 412
    with pytest.raises(ValidationError):
        hs.reorder_questions(ws, section.id, [b.id])
    before = hs.section_order(ws)
    hs.reorder_sections(ws, [before[-1], *before[:-1]])
    assert hs.template(ws)[0].title == "その他"
    hs.rename_section(ws, section.id, "補足")
    assert hs.template(ws)[0].title == "補足"


def test_question_validation(ws: Workshop) -> None:
    section = hs.template(ws)[0]
    with pytest.raises(ValidationError) as err:
        hs.add_question(ws, section.id, "", "text")
    assert err.value.code == "empty"
    with pytest.raises(ValidationError) as err:
        hs.add_question(ws, section.id, "Q", "choice", ["一つだけ"])
    assert err.value.code == "too_few"
    with pytest.raises(ValidationError) as err:
        hs.add_question(ws, section.id, "Q", "choice", ["a", "a"])
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        hs.add_question(ws, section.id, "Q", "essay")
    assert err.value.code == "bad_value"
    text = hs.add_question(ws, section.id, "Q", "text", ["ignored"])
    assert text.choices == ()
    with pytest.raises(NotFound):
        hs.add_question(ws, 9999, "Q", "text")


def test_editing_options_never_loses_an_answer(ws: Workshop, hearing: hs.HearingRow) -> None:
    q = question(ws, "DX推進の専任部署")  # ある / 兼務の部署がある / ない / 検討中
    hs.set_answer(ws, hearing.id, q.id, "兼務の部署がある")
    # the same number of options: a rewording, and the answer follows it
    hs.update_question(ws, q.id, choices=["ある", "兼務部署がある", "ない", "検討中"])
    assert hs.get_answer(ws, hearing.id, q.id) == "兼務部署がある"
    # an option nobody chose may go; the chosen one may not
    hs.update_question(ws, q.id, choices=["ある", "兼務部署がある", "ない"])
    with pytest.raises(ValidationError) as err:
        hs.update_question(ws, q.id, choices=["ある", "ない"])
    assert err.value.code == "in_use"
    assert hs.get_answer(ws, hearing.id, q.id) == "兼務部署がある"
    with pytest.raises(ValidationError) as err:
        hs.update_question(ws, q.id, kind="text")
    assert err.value.code == "has_answers"
    hs.update_question(ws, q.id, text="DX推進の専任部署の有無")
    assert hs.get_question(ws, q.id).text == "DX推進の専任部署の有無"
    assert hs.get_question(ws, q.id).answers == 1


def test_a_scale_keeps_the_levels_given(ws: Workshop, hearing: hs.HearingRow) -> None:
    q = question(ws, "AI・RPA")
    hs.set_answer(ws, hearing.id, q.id, 2)
    hs.update_question(ws, q.id, choices=["未着手", "検討中", "実施中"])
    with pytest.raises(ValidationError) as err:
        hs.update_question(ws, q.id, choices=["未着手", "検討中"])
    assert err.value.code == "in_use"
    assert hs.get_answer(ws, hearing.id, q.id) == 2


def test_table_columns_grow_and_shrink_without_losing_cells(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    q = question(ws, "受講予定者")  # 氏名 / 所属 / 上司
    hs.set_answer(ws, hearing.id, q.id, [["山田 太郎", "市民課", "佐藤 一郎"]])
    hs.update_question(ws, q.id, choices=["氏名", "所属", "上司", "職名"])
    assert hs.get_answer(ws, hearing.id, q.id) == [["山田 太郎", "市民課", "佐藤 一郎", None]]
    hs.update_question(ws, q.id, choices=["氏名", "所属", "上司"])  # the new column is empty
    assert hs.get_answer(ws, hearing.id, q.id) == [["山田 太郎", "市民課", "佐藤 一郎"]]
    with pytest.raises(ValidationError) as err:
        hs.update_question(ws, q.id, choices=["氏名", "所属"])
    assert err.value.code == "in_use"


def test_kind_changes_while_unanswered(ws: Workshop) -> None:
    section = hs.template(ws)[0]
    q = hs.add_question(ws, section.id, "補足", "text")
    changed = hs.update_question(ws, q.id, kind="choice", choices=["はい", "いいえ"])
    assert changed.kind == QuestionKind.CHOICE and changed.choices == ("はい", "いいえ")


# --- answers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "choices", "value", "stored"),
    [
        (QuestionKind.TEXT, [], "  一行目  \r\n二行目 ", "一行目\n二行目"),
        (QuestionKind.TEXT, [], "   ", None),
        (QuestionKind.CHOICE, ["a", "b"], "b", "b"),
        (QuestionKind.SCALE, ["x", "y", "z"], 2, 2),
        (QuestionKind.NUMBER, [], 3.5, 3.5),
        (QuestionKind.NUMBER, [], 0, 0),
        (QuestionKind.TABLE, ["c1", "c2"], [[" a ", 3], ["", None]], [["a", 3], [None, None]]),
        (QuestionKind.TABLE, ["c1"], [], None),
        (QuestionKind.CHOICE, ["a"], None, None),
    ],
)
def test_check_answer_accepts_and_normalises(
    kind: QuestionKind, choices: list[str], value: Any, stored: Any
) -> None:
    assert hs.check_answer(kind, choices, value) == stored


@pytest.mark.parametrize(
    ("kind", "choices", "value"),
    [
        (QuestionKind.TEXT, [], 3),
        (QuestionKind.CHOICE, ["a", "b"], "c"),
        (QuestionKind.SCALE, ["x", "y"], 2),
        (QuestionKind.SCALE, ["x", "y"], True),
        (QuestionKind.SCALE, ["x", "y"], "1"),
        (QuestionKind.NUMBER, [], float("nan")),
        (QuestionKind.NUMBER, [], "12"),
        (QuestionKind.TABLE, ["c1", "c2"], [["only one"]]),
        (QuestionKind.TABLE, ["c1"], [[{"a": 1}]]),
        (QuestionKind.TABLE, ["c1"], "not rows"),
    ],
)
def test_check_answer_refuses(kind: QuestionKind, choices: list[str], value: Any) -> None:
    with pytest.raises(ValidationError):
        hs.check_answer(kind, choices, value)


ISSUE_TABLE = ["業務名", "件数/年", "分/件", "人数", "困りごと"]


@pytest.mark.parametrize(
    ("kind", "choices", "value", "field", "shown"),
    [
        (QuestionKind.NUMBER, [], 1e13, "answer", "10000000000000 is outside"),
        (QuestionKind.NUMBER, [], 10**400, "answer", "1e+400 is outside"),
        (QuestionKind.TABLE, ISSUE_TABLE, [["窓口", 1e308, 5, 1, ""]], "cases_per_year", "1e+308"),
        (
            QuestionKind.TABLE,
            ISSUE_TABLE,
            [["窓口", 1, 43_201, 1, ""]],
            "minutes_per_case",
            "0–43,200",
        ),
        (QuestionKind.TABLE, ISSUE_TABLE, [["窓口", "約2千万件", 1, 1, ""]], None, None),
        (
            QuestionKind.TABLE,
            ISSUE_TABLE,
            [["窓口", "20000000件", 1, 1, ""]],
            "cases_per_year",
            "row 1, 件数/年",
        ),
        (QuestionKind.TABLE, ["氏名", "年齢"], [["山田", 1e13]], "answer", "row 1, 年齢"),
    ],
)
def test_numbers_in_answers_keep_to_their_ranges(
    kind: QuestionKind, choices: list[str], value: Any, field: str | None, shown: str | None
) -> None:
    if field is None:  # text that says no number the rule reads is kept as text
        assert hs.check_answer(kind, choices, value) == [["窓口", "約2千万件", 1, 1, None]]
        return
    with pytest.raises(ValidationError) as refused:
        hs.check_answer(kind, choices, value)
    assert (refused.value.field, refused.value.code) == (field, "out_of_range")
    assert shown in refused.value.message


def test_text_answers_lose_characters_no_document_can_hold() -> None:
    assert hs.check_answer(QuestionKind.TEXT, [], "紙\x00の申請\x1b") == "紙の申請"
    assert hs.check_answer(QuestionKind.TABLE, ["c1"], [["a\x07b"]]) == [["ab"]]


def test_a_row_beyond_its_range_is_not_turned_into_an_issue(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    table = next(q for q in hs.live_questions(ws) if hs.is_issue_table(q))
    assert list(table.choices[:4]) == ISSUE_TABLE[:4]
    hs.set_answer(ws, hearing.id, table.id, [["窓口", "1,200件", 5, 2, "混む"]])
    with ws.session() as session:  # a value stored before the ranges (or by an old file)
        answer = session.get(m.HearingAnswer, (hearing.id, table.id))
        assert answer is not None
        answer.value = [["窓口", "1,200件", 5, 2, "混む"], ["証明", 10**20, 5, 2, "多い"]]
        session.add(answer)
        session.commit()
    with pytest.raises(ValidationError) as refused:
        hs.convert_to_issues(ws, hearing.id)
    assert refused.value.field == "cases_per_year" and "row 2" in refused.value.message
    assert "1e+20" in refused.value.message and "0–10,000,000" in refused.value.message
    assert not [i for i in issues.list_issues(ws) if i.title in ("混む", "多い")]


def test_set_answer_stores_clears_and_counts(ws: Workshop, hearing: hs.HearingRow) -> None:
    q = question(ws, "本研修への期待")
    assert hs.set_answer(ws, hearing.id, q.id, " RPAの事例を知りたい ") == "RPAの事例を知りたい"
    assert hs.list_hearings(ws)[0].answered == 1
    assert hs.set_answer(ws, hearing.id, q.id, "") is None
    assert hs.get_answer(ws, hearing.id, q.id) is None
    assert hs.list_hearings(ws)[0].answered == 0
    with pytest.raises(ValidationError):
        hs.set_answer(ws, hearing.id, question(ws, "AI・RPA").id, 7)


def test_set_answers_is_all_or_nothing(ws: Workshop, hearing: hs.HearingRow) -> None:
    a = question(ws, "本研修への期待")
    b = question(ws, "AI・RPA")
    with pytest.raises(ValidationError):
        hs.set_answers(ws, hearing.id, {a.id: "期待", b.id: 99})
    assert hs.get_answer(ws, hearing.id, a.id) is None
    hs.set_answers(ws, hearing.id, {a.id: "期待", b.id: 1})
    assert hs.get_hearing(ws, hearing.id).answers == {a.id: "期待", b.id: 1}


def test_cell_value_reads_numbers_as_typed() -> None:
    assert hs.cell_value("1,200") == 1200
    assert hs.cell_value("１２０") == 120
    assert hs.cell_value("2.5") == 2.5
    assert hs.cell_value(" 住民票の発行 ") == "住民票の発行"
    assert hs.cell_value("") is None and hs.cell_value(None) is None
    assert hs.cell_value("3件") == "3件"
    assert hs.cell_text(3.0) == "3" and hs.cell_text(None) == ""


# --- hearings ------------------------------------------------------------------------------


def test_hearings_one_per_municipality_and_department(
    ws: Workshop, city: people.MunicipalityRow
) -> None:
    other = people.add_municipality(ws, "岡山市", "おかやまし", "331007")
    dept = people.add_department(ws, city.id, "市民課")
    foreign = people.add_department(ws, other.id, "総務課")
    main = hs.add_hearing(ws, city.id)
    by_dept = hs.add_hearing(ws, city.id, department_id=dept.id)
    first = hs.add_hearing(ws, other.id)
    # official order (団体コード) first, the municipality-level hearing before departments
    assert [h.id for h in hs.list_hearings(ws)] == [first.id, main.id, by_dept.id]
    assert by_dept.department_name == "市民課"
    with pytest.raises(ValidationError) as err:
        hs.add_hearing(ws, city.id)
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        hs.add_hearing(ws, city.id, department_id=foreign.id)
    assert err.value.code == "mismatch"
    hs.set_hearing_deleted(ws, main.id, True)
    again = hs.add_hearing(ws, city.id)
    with pytest.raises(ValidationError):  # restoring would make two
        hs.set_hearing_deleted(ws, main.id, False)
    assert again.status == HearingStatus.PLANNED


def test_update_hearing_fields(ws: Workshop, hearing: hs.HearingRow) -> None:
    facilitator = people.add_person(ws, "石川 久美子", roles=[Role.FACILITATOR])
    row = hs.update_hearing(
        ws,
        hearing.id,
        interviewer_id=facilitator.id,
        status="done",
        notes="  窓口の負担軽減を最優先に  ",
        attendees="情報政策課　主任　片山",
    )
    assert row.interviewer_name == "石川 久美子"
    assert row.status == HearingStatus.DONE
    assert row.notes == "窓口の負担軽減を最優先に"
    assert row.attendees == "情報政策課 主任 片山"
    assert row.date == dt.date(2026, 8, 20)  # left out: kept
    row = hs.update_hearing(ws, hearing.id, date=None, interviewer_id=None)
    assert row.date is None and row.interviewer_id is None
    with pytest.raises(ValidationError):
        hs.update_hearing(ws, hearing.id, status="cancelled")
    with pytest.raises(ValidationError):
        hs.update_hearing(ws, hearing.id, date=dt.date(1900, 1, 1))
    with pytest.raises(NotFound):
        hs.update_hearing(ws, 999, notes="x")


def test_a_deleted_municipality_takes_its_hearings_out_of_view(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow
) -> None:
    people.set_municipality_deleted(ws, city.id, True)
    assert hs.list_hearings(ws) == []
    with pytest.raises(NotFound):
        hs.get_hearing(ws, hearing.id)


# --- findings --------------------------------------------------------------------------


def test_findings_list_edit_reorder_delete(ws: Workshop, hearing: hs.HearingRow) -> None:
    a = hs.add_finding(ws, hearing.id, "情報担当が少ない")
    b = hs.add_finding(ws, hearing.id, "紙の申請が多い")
    assert [f.text for f in hs.list_findings(ws, hearing.id)] == [
        "情報担当が少ない",
        "紙の申請が多い",
    ]
    hs.update_finding(ws, a.id, "情報担当が2名しかいない")
    hs.reorder_findings(ws, hearing.id, [b.id, a.id])
    assert [f.id for f in hs.list_findings(ws, hearing.id)] == [b.id, a.id]
    hs.set_finding_deleted(ws, b.id, True)
    assert [f.text for f in hs.get_hearing(ws, hearing.id).findings] == ["情報担当が2名しかいない"]
    assert hs.list_hearings(ws)[0].findings == 1
    assert hs.finding_order(ws, hearing.id) == [b.id, a.id]
    with pytest.raises(ValidationError):
        hs.add_finding(ws, hearing.id, " ")


# --- into issues ---------------------------------------------------------------------------


def fill_issue_rows(ws: Workshop, hearing: hs.HearingRow) -> hs.QuestionRow:
    q = question(ws, "現在の業務課題")  # 業務名 / 件数/年 / 分/件 / 人数 / 困りごと
    hs.set_answer(
        ws,
        hearing.id,
        q.id,
        [
            ["住民票の発行", 12000, 5, 3, "窓口が混雑する"],
            ["補助金の審査", "120", "30", "2", "紙の書類を手で転記"],
            ["", None, None, None, ""],  # an empty row is skipped
            ["会議録の作成", None, None, None, None],
        ],
    )
    return q


def test_numbers_written_with_words_and_units_are_read_for_the_issues(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    q = question(ws, "現在の業務課題")  # 業務名 / 件数/年 / 分/件 / 人数 / 困りごと
    rows = [
        ["転入届の入力", "約300", "15分", "1名", "手入力"],
        ["会議録の作成", "200件程度", "およそ30分", "2人", "文字起こし"],
        ["統計調査", "たくさん", "3時間", "1名", "集計"],  # not read: left for a person
    ]
    hs.set_answer(ws, hearing.id, q.id, rows)
    hs.convert_to_issues(ws, hearing.id)
    issues = {i.title: i for i in live_issues(ws)}
    assert (issues["手入力"].cases_per_year, issues["手入力"].minutes_per_case) == (300, 15)
    assert issues["手入力"].people == 1
    assert (issues["文字起こし"].cases_per_year, issues["文字起こし"].minutes_per_case) == (200, 30)
    assert (issues["集計"].cases_per_year, issues["集計"].minutes_per_case) == (None, None)
    # the answer itself keeps what was written
    assert hs.get_answer(ws, hearing.id, q.id)[0][1] == "約300"


def test_rows_and_findings_become_candidate_issues_once(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    fill_issue_rows(ws, hearing)
    quoting = hs.add_finding(ws, hearing.id, "補助金の審査：紙の書類を手で転記（年間約120時間）")
    plain = hs.add_finding(ws, hearing.id, "情報担当が少なく、庁内の相談に手が回っていない。")
    result = hs.convert_to_issues(ws, hearing.id)
    assert len(result.created) == 4 and result.skipped == 0
    issues = {i.title: i for i in live_issues(ws)}
    assert set(issues) == {
        "窓口が混雑する",
        "紙の書類を手で転記",
        "会議録の作成",
        "情報担当が少なく、庁内の相談に手が回っていない。",
    }
    counter = issues["窓口が混雑する"]
    assert counter.process == "住民票の発行"
    assert (counter.cases_per_year, counter.minutes_per_case, counter.people) == (12000, 5, 3)
    assert counter.source == IssueSource.HEARING.value
    assert counter.municipality_id == hearing.municipality_id
    assert counter.status == "candidate"
    subsidy = issues["紙の書類を手で転記"]
    assert subsidy.finding_id == quoting.id  # the finding that quotes the row: one issue
    assert subsidy.cases_per_year == 120
    assert issues["情報担当が少なく、庁内の相談に手が回っていない。"].finding_id == plain.id
    assert issues["会議録の作成"].cases_per_year is None

    again = hs.convert_to_issues(ws, hearing.id)
    assert again.created == () and again.skipped == 4
    assert len(live_issues(ws)) == 4
    detail = hs.get_hearing(ws, hearing.id)
    assert all(f.issue_ids for f in detail.findings)

    # undo, then redo, of the first conversion
    hs.set_issues_deleted(ws, result.created, True)
    assert live_issues(ws) == []
    hs.set_issues_deleted(ws, result.created, False)
    assert len(live_issues(ws)) == 4


def test_a_long_finding_keeps_its_whole_text(ws: Workshop, hearing: hs.HearingRow) -> None:
    text = "窓口" * 60 + "\n二行目の補足"
    finding = hs.add_finding(ws, hearing.id, text)
    assert finding.text == "窓口" * 60 + " 二行目の補足"  # a finding is one line
    hs.convert_to_issues(ws, hearing.id)
    (issue,) = live_issues(ws)
    assert len(issue.title) == hs.MAX_TITLE and issue.title.endswith("…")
    assert issue.description == finding.text


def test_hearing_hours_adds_the_rows_with_a_whole_workload(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    fill_issue_rows(ws, hearing)
    hours = hs.hearing_hours(hs.get_hearing(ws, hearing.id), hs.live_questions(ws))
    assert hours == pytest.approx(12000 * 5 * 3 / 60 + 120 * 30 * 2 / 60)


# --- into people ---------------------------------------------------------------------------


def test_planned_trainees_become_people_once(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow
) -> None:
    dept = people.add_department(ws, city.id, "市民課")
    known = people.add_person(ws, "山田 太郎", municipality_id=city.id, roles=[Role.DX_CONTACT])
    elsewhere = people.add_municipality(ws, "岡山市")
    people.add_person(ws, "鈴木 花子", municipality_id=elsewhere.id)  # another city's 鈴木
    q = question(ws, "受講予定者")
    hs.set_answer(
        ws,
        hearing.id,
        q.id,
        [
            ["山田　太郎", "市民課", "佐藤 一郎"],  # full-width space: the same person
            ["鈴木 花子", "税務課", "佐藤 一郎"],
            ["高橋 次郎", "", ""],
            ["", "市民課", ""],  # no name: skipped
        ],
    )
    result = hs.convert_trainees(ws, hearing.id)
    assert result.matched == 1
    everyone = {p.name: p for p in people.list_people(ws)}
    assert everyone["山田 太郎"].id == known.id
    assert everyone["山田 太郎"].roles == {Role.DX_CONTACT, Role.TRAINEE}
    assert everyone["山田 太郎"].department_id == dept.id
    assert everyone["山田 太郎"].supervisor_name == "佐藤 一郎"
    boss = everyone["佐藤 一郎"]
    assert Role.SUPERVISOR in boss.roles and boss.municipality_id == city.id
    suzuki = [p for p in people.list_people(ws) if p.name == "鈴木 花子"]
    assert len(suzuki) == 2
    new_suzuki = next(p for p in suzuki if p.municipality_id == city.id)
    assert new_suzuki.department_name == "税務課" and new_suzuki.supervisor_id == boss.id
    assert Role.TRAINEE in everyone["高橋 次郎"].roles
    assert len(result.created_people) == 3  # 佐藤, 鈴木 (倉敷市), 高橋
    assert len(result.created_departments) == 1  # 税務課

    count = len(people.list_people(ws))
    assert count == 5
    again = hs.convert_trainees(ws, hearing.id)
    assert not again.changed and again.matched == 3
    assert len(people.list_people(ws)) == count

    hs.undo_trainees(ws, result)
    after_undo = {p.name: p for p in people.list_people(ws)}
    assert set(after_undo) == {"山田 太郎", "鈴木 花子"}
    assert after_undo["山田 太郎"].roles == {Role.DX_CONTACT}
    assert after_undo["山田 太郎"].department_id is None
    assert after_undo["山田 太郎"].supervisor_id is None
    assert [d.name for d in people.list_departments(ws, city.id)] == ["市民課"]
    hs.redo_trainees(ws, result)
    assert len(people.list_people(ws)) == count
    assert people.get_person(ws, known.id).supervisor_name == "佐藤 一郎"


def test_a_supervision_loop_is_not_made(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow
) -> None:
    q = question(ws, "受講予定者")
    hs.set_answer(
        ws,
        hearing.id,
        q.id,
        [["山田 太郎", "", "佐藤 一郎"], ["佐藤 一郎", "", "山田 太郎"], ["高橋", "", "高橋"]],
    )
    result = hs.convert_trainees(ws, hearing.id)
    assert any("loop" in w for w in map(str, result.warnings))
    assert any("own" in w for w in map(str, result.warnings))
    sato = next(p for p in people.list_people(ws) if p.name == "佐藤 一郎")
    assert sato.supervisor_id is None


# --- comparison ----------------------------------------------------------------------------


def test_comparison_rows_columns_and_fallback_to_department_hearings(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow
) -> None:
    other = people.add_municipality(ws, "岡山市", "おかやまし", "331007")
    quiet = people.add_municipality(ws, "早島町", "はやしまちょう", "334235")
    dept = people.add_department(ws, other.id, "情報政策課")
    step = question(ws, "手順書")
    ai = question(ws, "AI・RPA")
    telework = question(ws, "テレワーク")
    hs.set_answers(ws, hearing.id, {step.id: 3, ai.id: 1})
    dept_hearing = hs.add_hearing(ws, other.id, department_id=dept.id)
    main_other = hs.add_hearing(ws, other.id)
    hs.set_answers(ws, main_other.id, {step.id: 0})
    hs.set_answers(ws, dept_hearing.id, {step.id: 2, telework.id: 2})

    comparison = hs.comparison(ws)
    assert [c.short_text for c in comparison.columns] == [
        "自治体DX全体手順書のステップ",
        "情報システムの標準化・共通化",
        "行政手続のオンライン化・書かない窓口",
        "AI・RPAの利用推進",
        "テレワークの推進",
        "セキュリティ対策の徹底",
    ]
    assert comparison.step_column == 0
    assert comparison.priority_columns == (1, 2, 3, 4, 5)
    rows = {r.municipality_name: r for r in comparison.rows}
    assert [r.municipality_name for r in comparison.rows] == ["岡山市", "倉敷市", "早島町"]
    assert rows["倉敷市"].levels == (3, None, None, 1, None, None)
    # the municipality-level hearing first, a department hearing fills the gaps
    assert rows["岡山市"].levels[0] == 0 and rows["岡山市"].levels[4] == 2
    assert rows["岡山市"].hearing_id == main_other.id
    assert rows["早島町"].hearing_id is None and rows["早島町"].status is None
    assert quiet.id == rows["早島町"].municipality_id
    assert hs.level_fraction(3, ["a", "b", "c", "d"]) == 1.0
    assert hs.level_fraction(None, ["a"]) is None


def test_comparison_without_the_step_question(ws: Workshop, hearing: hs.HearingRow) -> None:
    hs.set_question_retired(ws, question(ws, "手順書").id, True)
    section = next(s for s in hs.template(ws) if s.title == "重点取組事項の進捗")
    hs.set_section_retired(ws, section.id, True)
    extra = hs.add_question(ws, hs.template(ws)[0].id, "庁内の機運", "scale", ["低", "中", "高"])
    comparison = hs.comparison(ws)
    assert comparison.step_column is None
    assert [c.question_id for c in comparison.columns] == [extra.id]
    assert comparison.priority_columns == (0,)


def test_the_demo_programme_has_hearings_to_compare(tmp_path: Path) -> None:
    from dxworkshop.services.demo import create_demo

    with create_demo(tmp_path / "demo.dxw", size="small") as demo:
        rows = hs.list_hearings(demo)
        assert sum(1 for r in rows if r.status == HearingStatus.DONE) >= 5
        done = next(r for r in rows if r.status == HearingStatus.DONE)
        assert done.answered == done.questions
        comparison = hs.comparison(demo)
        assert len(comparison.rows) == len(people.list_municipalities(demo))
        # the demo links its quoted rows to findings already: converting adds no duplicates
        before = len(live_issues(demo))
        result = hs.convert_to_issues(demo, done.id)
        assert len(live_issues(demo)) == before + len(result.created)
        assert result.skipped >= 1
        assert hs.convert_to_issues(demo, done.id).created == ()
        assert not hs.convert_trainees(demo, done.id).created_people
