"""Pre-hearing operations (hearings.*_op, hearing_sheet.apply_sheet_import_op): each edit's
value, the records it reports and its reverse, whose reverse redoes it with the same ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from dxworkshop.domain.enums import HearingStatus, QuestionKind, Role
from dxworkshop.services import hearing_sheet as sheet
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.ops import Kind
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "ops.dxw", "研修", start_date=dt.date(2026, 9, 1)) as w:
        yield w


@pytest.fixture
def city(ws: Workshop) -> people.MunicipalityRow:
    return people.add_municipality(ws, "倉敷市", "くらしきし", "332020")


@pytest.fixture
def hearing(ws: Workshop, city: people.MunicipalityRow) -> hs.HearingRow:
    return hs.add_hearing(ws, city.id)


def question(ws: Workshop, text_part: str) -> hs.QuestionRow:
    return next(q for q in hs.live_questions(ws) if text_part in q.text)


def live_issue_ids(ws: Workshop) -> set[int]:
    with ws.session() as s:
        rows = s.exec(select(m.Issue).where(col(m.Issue.deleted_at).is_(None))).all()
        return {r.id or 0 for r in rows}


# --- hearings ------------------------------------------------------------------------------


def test_adding_a_hearing_reports_it_and_redo_brings_the_same_one_back(
    ws: Workshop, city: people.MunicipalityRow
) -> None:
    done = hs.add_hearing_op(city.id)(ws)
    row = done.value
    assert row.municipality_id == city.id
    assert done.changes.kinds == {Kind.HEARING} and done.changes.ids(Kind.HEARING) == {row.id}
    undone = done.reverse(ws)
    assert hs.list_hearings(ws) == []
    assert undone.changes.ids(Kind.HEARING) == {row.id}
    redone = undone.reverse(ws)
    assert [h.id for h in hs.list_hearings(ws)] == [row.id]
    assert redone.changes.ids(Kind.HEARING) == {row.id}


def test_planning_hearings_is_one_step_and_a_refused_one_leaves_none(
    ws: Workshop, city: people.MunicipalityRow
) -> None:
    other = people.add_municipality(ws, "岡山市", "おかやまし", "331007")
    done = hs.plan_hearings_op([city.id, other.id])(ws)
    ids = {r.id for r in done.value}
    assert len(ids) == 2 and done.changes.ids(Kind.HEARING) == ids
    undone = done.reverse(ws)
    assert hs.list_hearings(ws) == []
    undone.reverse(ws)
    assert {h.id for h in hs.list_hearings(ws)} == ids

    third = people.add_municipality(ws, "早島町", "はやしまちょう", "334235")
    with pytest.raises(ValidationError):
        hs.plan_hearings_op([third.id, city.id])(ws)  # 倉敷市 has one already
    assert {h.id for h in hs.list_hearings(ws)} == ids


def test_editing_a_hearing_reverses_to_what_was_stored(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    done = hs.update_hearing_op(hearing.id, date=dt.date(2026, 8, 20), status="done")(ws)
    assert done.value.status == HearingStatus.DONE
    assert done.changes.ids(Kind.HEARING) == {hearing.id}
    undone = done.reverse(ws)
    (back,) = hs.list_hearings(ws)
    assert (back.date, back.status) == (None, HearingStatus.PLANNED)
    assert undone.changes.ids(Kind.HEARING) == {hearing.id}
    undone.reverse(ws)
    (again,) = hs.list_hearings(ws)
    assert (again.date, again.status) == (dt.date(2026, 8, 20), HearingStatus.DONE)


def test_deleting_a_hearing_restores_the_same_row(ws: Workshop, hearing: hs.HearingRow) -> None:
    done = hs.set_hearing_deleted_op(hearing.id, True)(ws)
    assert hs.list_hearings(ws) == [] and done.changes.ids(Kind.HEARING) == {hearing.id}
    undone = done.reverse(ws)
    assert [h.id for h in hs.list_hearings(ws)] == [hearing.id]
    undone.reverse(ws)
    assert hs.list_hearings(ws) == []


def test_an_answer_reverses_to_the_previous_one(ws: Workshop, hearing: hs.HearingRow) -> None:
    q = question(ws, "本研修への期待")
    hs.set_answer(ws, hearing.id, q.id, "事例")
    done = hs.set_answer_op(hearing.id, q.id, "  事例を知りたい ")(ws)
    assert done.value == hs.get_answer(ws, hearing.id, q.id)
    assert done.changes.ids(Kind.HEARING) == {hearing.id}
    undone = done.reverse(ws)
    assert hs.get_answer(ws, hearing.id, q.id) == "事例"
    undone.reverse(ws)
    assert hs.get_answer(ws, hearing.id, q.id) == done.value


# --- findings ------------------------------------------------------------------------------


def test_findings_report_their_hearing_and_come_back_with_their_ids(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    done = hs.add_finding_op(hearing.id, "紙の申請書が多い")(ws)
    first = done.value
    assert done.changes.ids(Kind.HEARING) == {hearing.id}
    done.reverse(ws).reverse(ws)  # undo, redo: the same finding
    assert [f.id for f in hs.list_findings(ws, hearing.id)] == [first.id]

    second = hs.add_finding(ws, hearing.id, "情報担当が少ない")
    edited = hs.update_finding_op(first.id, "紙の申請書がとても多い")(ws)
    assert edited.changes.ids(Kind.HEARING) == {hearing.id}
    edited.reverse(ws)
    assert hs.list_findings(ws, hearing.id)[0].text == "紙の申請書が多い"

    moved = hs.reorder_findings_op(hearing.id, [second.id, first.id])(ws)
    assert moved.changes.ids(Kind.HEARING) == {hearing.id}
    assert [f.id for f in hs.list_findings(ws, hearing.id)] == [second.id, first.id]
    moved.reverse(ws)
    assert [f.id for f in hs.list_findings(ws, hearing.id)] == [first.id, second.id]

    deleted = hs.set_finding_deleted_op(second.id, True)(ws)
    assert deleted.changes.ids(Kind.HEARING) == {hearing.id}
    assert [f.id for f in hs.list_findings(ws, hearing.id)] == [first.id]
    restored = deleted.reverse(ws)
    assert restored.changes.ids(Kind.HEARING) == {hearing.id}
    assert [f.id for f in hs.list_findings(ws, hearing.id)] == [first.id, second.id]


# --- the template --------------------------------------------------------------------------


def test_template_edits_report_every_hearing_and_reverse(ws: Workshop) -> None:
    added = hs.add_section_op("独自の設問")(ws)
    section = added.value
    assert added.changes.touches(Kind.HEARING) and added.changes.ids(Kind.HEARING) is None
    added.reverse(ws).reverse(ws)
    assert section.id in [s.id for s in hs.template(ws)]

    renamed = hs.rename_section_op(section.id, "市独自の設問")(ws)
    assert renamed.changes.ids(Kind.HEARING) is None
    renamed.reverse(ws)
    assert next(s for s in hs.template(ws) if s.id == section.id).title == "独自の設問"

    made = hs.add_question_op(section.id, "RPAの導入状況", QuestionKind.TEXT)(ws)
    q = made.value
    made.reverse(ws)
    assert q.id not in [x.id for x in hs.live_questions(ws)]
    made.reverse(ws).reverse(ws)
    assert q.id in [x.id for x in hs.live_questions(ws)]

    kind = hs.update_question_op(q.id, kind="choice", choices=["ある", "ない"])(ws)
    assert kind.value.kind == QuestionKind.CHOICE
    back = kind.reverse(ws)
    assert hs.get_question(ws, q.id).kind == QuestionKind.TEXT
    back.reverse(ws)
    assert hs.get_question(ws, q.id).choices == ("ある", "ない")

    before = hs.section_order(ws)
    moved = hs.reorder_sections_op(list(reversed(before)))(ws)
    assert hs.section_order(ws) == list(reversed(before))
    moved.reverse(ws)
    assert hs.section_order(ws) == before

    retired = hs.set_question_retired_op(q.id, True)(ws)
    assert q.id not in [x.id for x in hs.live_questions(ws)]
    retired.reverse(ws)
    assert q.id in [x.id for x in hs.live_questions(ws)]


# --- conversions ---------------------------------------------------------------------------


def test_making_issues_reports_the_cards_and_redo_brings_the_same_cards(
    ws: Workshop, hearing: hs.HearingRow
) -> None:
    hs.add_finding(ws, hearing.id, "情報担当が少なく、庁内の相談に手が回っていない。")
    hs.add_finding(ws, hearing.id, "紙の申請書が多い")
    done = hs.convert_to_issues_op(hearing.id)(ws)
    made = set(done.value.created)
    assert len(made) == 2 and live_issue_ids(ws) == made
    assert done.changes.ids(Kind.ISSUE) == made
    assert done.changes.ids(Kind.HEARING) == {hearing.id}
    undone = done.reverse(ws)
    assert live_issue_ids(ws) == set() and undone.changes.ids(Kind.ISSUE) == made
    undone.reverse(ws)
    assert live_issue_ids(ws) == made


def test_registering_trainees_reports_the_people_and_departments(
    ws: Workshop, city: people.MunicipalityRow, hearing: hs.HearingRow
) -> None:
    known = people.add_person(ws, "山田 太郎", municipality_id=city.id, roles=[Role.DX_CONTACT])
    q = question(ws, "受講予定者")  # 氏名 / 所属 / 上司
    rows = [["山田 太郎", "税務課", "佐藤 一郎"], ["高橋 次郎", "", ""]]
    hs.set_answer(ws, hearing.id, q.id, rows)
    done = hs.convert_trainees_op(hearing.id)(ws)
    result = done.value
    assert len(result.created_people) == 2 and len(result.created_departments) == 1
    assert done.changes.ids(Kind.PERSON) == {known.id, *result.created_people}
    assert done.changes.ids(Kind.DEPARTMENT) == set(result.created_departments)
    assert done.changes.ids(Kind.HEARING) == {hearing.id}
    undone = done.reverse(ws)
    assert [p.id for p in people.list_people(ws)] == [known.id]
    assert people.get_person(ws, known.id).roles == {Role.DX_CONTACT}
    undone.reverse(ws)
    assert {p.id for p in people.list_people(ws)} == {known.id, *result.created_people}
    assert people.get_person(ws, known.id).supervisor_name == "佐藤 一郎"


# --- the returned sheet --------------------------------------------------------------------


def test_importing_a_sheet_reports_the_hearing_it_made_and_redo_restores_it(
    ws: Workshop, city: people.MunicipalityRow
) -> None:
    q = question(ws, "本研修への期待")
    plan = sheet.SheetImport(
        path=Path("返送.docx"),
        programme_name="研修",
        municipality_id=city.id,
        municipality_name=city.name,
        hearing_id=None,  # no hearing yet: the import makes one
        answer_changes=(sheet.AnswerChange(q.id, q.text, "", "事例", None, "事例"),),
        field_changes=(),
        unchanged=0,
    )
    done = sheet.apply_sheet_import_op(plan)(ws)
    hearing_id = done.value.hearing_id
    assert done.value.created_hearing
    assert done.changes.kinds == {Kind.HEARING}
    assert done.changes.ids(Kind.HEARING) == {hearing_id}
    undone = done.reverse(ws)
    assert hs.list_hearings(ws) == [] and undone.changes.ids(Kind.HEARING) == {hearing_id}
    undone.reverse(ws)
    assert [h.id for h in hs.list_hearings(ws)] == [hearing_id]
    assert hs.get_answer(ws, hearing_id, q.id) == "事例"
