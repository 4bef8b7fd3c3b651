"""Returned forms cannot be redirected, and what they carry is checked (issue 14, part C).

A hearing sheet whose ``dxworkshop.municipality`` property was changed in Word (File ▸
Properties) overwrote another municipality's answers; a feedback form whose supervisor or
round property was changed wrote another supervisor's records or another round's. A form's
identity must agree with its body (the visible 市町村 / フィードバック回 / ご依頼先 fields,
the hidden markers of its rows) and, from layout version 2 on, with a signature over its
properties; a form that contradicts itself is refused (``contradicts``) and nothing changes.
Numbers outside ``domain.limits`` are not stored (a warning names the row and the range);
text no document can hold is stripped with a warning.

Every form here is exported from the demo programme by the real writers, altered as Word
would (the custom properties part inside the zip, the body with python-docx), and imported
through the service and through ``dxworkshop import-form`` in a subprocess.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from dxworkshop.reports.feedback_form_docx import write_feedback_form
from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet
from dxworkshop.services import feedback as fb
from dxworkshop.services import feedback_form as ff
from dxworkshop.services import hearing_sheet as hsheet
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.forms import fields, identity
from dxworkshop.services.forms.identity import FormRefused
from dxworkshop.services.interchange import dump_json
from dxworkshop.services.programme import new_programme
from dxworkshop.store.readonly import open_readonly
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import ROOT

SENTINEL = "倉敷市からの回答ZZ"
CUSTOM = "docProps/custom.xml"


# --- altering a form as Word would --------------------------------------------------------


def _rewrite_zip(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == member else data)
    path.write_bytes(out.getvalue())


def props_of(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        xml = z.read(CUSTOM).decode()
    return dict(re.findall(r'name="([^"]+)"><vt:lpwstr>([^<]*)</vt:lpwstr>', xml))


def set_prop(path: Path, name: str, value: str) -> None:
    """Change one custom property, as File ▸ Properties ▸ Custom in Word does."""

    def change(data: bytes) -> bytes:
        xml = data.decode()
        pattern = rf'(name="{re.escape(name)}"><vt:lpwstr>)[^<]*(</vt:lpwstr>)'
        new, count = re.subn(pattern, lambda m: m.group(1) + value + m.group(2), xml)
        assert count == 1, name
        return new.encode()

    _rewrite_zip(path, CUSTOM, change)


def drop_prop(path: Path, name: str) -> None:
    def change(data: bytes) -> bytes:
        xml = data.decode()
        pattern = rf'<property [^>]*name="{re.escape(name)}">.*?</property>'
        return re.sub(pattern, "", xml).encode()

    _rewrite_zip(path, CUSTOM, change)


def markers_of(path: Path) -> list[str]:
    """Every hidden marker of the body, in order."""
    found = []
    for table in Document(str(path)).tables:
        for row in table.rows:
            for cell in fields.row_cells(row):
                found.extend(m.group(0) for m in identity.MARKER.finditer(cell.text))
    return found


def edit_runs(path: Path, change: Callable[[str], str]) -> None:
    """Rewrite the text of every run of the body's tables (hidden markers included)."""
    doc = Document(str(path))
    for table in doc.tables:
        for row in table.rows:
            for cell in fields.row_cells(row):
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        new = change(run.text)
                        if new != run.text:
                            run.text = new
    doc.save(str(path))


def set_cell(path: Path, label: str, text: str) -> None:
    """Type *text* into the cell right of the (grey) cell that says *label*."""
    doc = Document(str(path))
    for table in doc.tables:
        for row in table.rows:
            cells = fields.row_cells(row)
            if len(cells) >= 2 and fields.visible_text(cells[0]) == label:
                cells[-1].text = text
                doc.save(str(path))
                return
    raise AssertionError(f"no {label} row")


def fill_marked(path: Path, kind: str, ident: int | None, text: str, nth: int = 0) -> None:
    """Type into the answer cell of the *nth* row marked ``[[dx:kind(:ident…)]]``."""
    doc = Document(str(path))
    seen = 0
    for table in doc.tables:
        for row in table.rows:
            cells = fields.row_cells(row)
            found = identity.MARKER.search(cells[0].text) if cells else None
            if found and found.group(1) == kind and (ident is None or int(found[2]) == ident):
                if seen == nth:
                    cells[-1].text = text
                    doc.save(str(path))
                    return
                seen += 1
    raise AssertionError(f"no {kind} {ident} row")


def fill_table(path: Path, question_id: int, rows: list[list[str]]) -> None:
    doc = Document(str(path))
    for table in doc.tables:
        found = identity.MARKER.search(table.rows[0].cells[0].text)
        if found and found.group(1) == "t" and int(found[2]) == question_id:
            while len(table.rows) - 1 < len(rows):
                table.add_row()
            for row, values in zip(table.rows[1:], rows, strict=False):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
            doc.save(str(path))
            return
    raise AssertionError(f"no table {question_id}")


# --- the programme, its forms and the two ways in ------------------------------------------


def dump(demo_file: Path) -> dict[str, Any]:
    with open_readonly(demo_file) as workshop:
        return json.loads(dump_json(workshop))  # type: ignore[no-any-return]


def municipality_id(demo_file: Path, name: str) -> int:
    with open_readonly(demo_file) as workshop:
        return next(m.id for m in people.list_municipalities(workshop) if m.name == name)


def export_sheet(demo_file: Path, name: str, path: Path) -> Path:
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        muni = next(m.id for m in people.list_municipalities(workshop) if m.name == name)
        return write_hearing_sheet(hsheet.sheet_data(workshop, muni), path)


@dataclasses.dataclass(frozen=True)
class Supervisor:
    id: int
    name: str


def supervisors(demo_file: Path) -> tuple[Supervisor, Supervisor]:
    """Two supervisors of the demo whose trainees have plans (a form each)."""
    found: list[Supervisor] = []
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        first = fb.list_rounds(workshop)[0].id
        for person in people.list_people(workshop):
            try:
                data = ff.form_data(workshop, person.id, first)
            except ValidationError:
                continue
            found.append(Supervisor(person.id, data.supervisor_name))
            if len(found) == 2:
                return found[0], found[1]
    raise AssertionError("the demo has fewer than two supervisors with forms")


def round_ids(demo_file: Path) -> dict[int, int]:
    """Round number → id."""
    with open_readonly(demo_file) as workshop:
        return {r.number: r.id for r in fb.list_rounds(workshop)}


def export_form(demo_file: Path, supervisor: int, number: int, path: Path) -> Path:
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        rnd = next(r.id for r in fb.list_rounds(workshop) if r.number == number)
        return write_feedback_form(ff.form_data(workshop, supervisor, rnd), path)


def import_service(demo_file: Path, form: Path) -> Any:
    """Import through the service (the kind read from the form, as the CLI does)."""
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        if identity.form_kind(form) == ff.FORM_KIND:
            return ff.import_form(workshop, form)
        return hsheet.import_sheet(workshop, form)


def import_cli(demo_file: Path, form: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DXWORKSHOP_HOME=str(demo_file.parent.parent / "home"))
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop.cli", "import-form", str(demo_file), str(form)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )


def assert_refused(demo_file: Path, form: Path, reason: str, *words: str) -> FormRefused:
    """Refused by the service and by the CLI (exit 1, one line), and nothing changed."""
    before = dump(demo_file)
    with pytest.raises(FormRefused) as caught:
        import_service(demo_file, form)
    assert caught.value.reason == reason, caught.value
    for word in words:
        assert word in str(caught.value), (word, str(caught.value))
    assert dump(demo_file) == before
    done = import_cli(demo_file, form)
    assert done.returncode == 1, done
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert str(caught.value.message) in lines[0]
    assert dump(demo_file) == before
    return caught.value


def hearing_answers(demo_file: Path, name: str) -> dict[str, Any]:
    """The answers of a municipality's hearings in the dump."""
    doc = dump(demo_file)
    key = next(m["key"] for m in doc["municipalities"] if m["name"] == name)
    return {h["key"]: h.get("answers") for h in doc["hearings"] if h.get("municipality") == key}


EXPECT_QUESTION = 13  # 本研修への期待 (text)
ISSUE_TABLE = 14  # 現在の業務課題: 業務名, 件数/年, 分/件, 人数, 困りごと
TEXT_QUESTIONS = (4, 12)  # two text questions: their markers differ only by id


@pytest.fixture
def kurashiki(demo_file: Path, tmp_path: Path) -> Path:
    """倉敷市's sheet, with an answer typed in (importing it would change something)."""
    path = export_sheet(demo_file, "倉敷市", tmp_path / "kurashiki.docx")
    fill_marked(path, "q", EXPECT_QUESTION, SENTINEL)
    return path


# --- the hearing sheet ---------------------------------------------------------------------


def test_an_unaltered_sheet_imports_where_it_belongs(demo_file: Path, kurashiki: Path) -> None:
    outcome = import_service(demo_file, kurashiki)
    assert outcome.plan.municipality_name == "倉敷市" and outcome.plan.answer_changes
    assert SENTINEL in json.dumps(hearing_answers(demo_file, "倉敷市"), ensure_ascii=False)
    assert SENTINEL not in json.dumps(hearing_answers(demo_file, "津山市"), ensure_ascii=False)


def test_a_sheet_whose_municipality_property_was_changed_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    tsuyama = municipality_id(demo_file, "津山市")
    set_prop(kurashiki, hsheet.PROP_MUNICIPALITY, str(tsuyama))
    error = assert_refused(demo_file, kurashiki, "contradicts", "municipality", "市町村")
    assert "倉敷市" in error.message and "津山市" in error.message


def test_a_sheet_whose_municipality_id_and_name_were_changed_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    set_prop(kurashiki, hsheet.PROP_MUNICIPALITY, str(municipality_id(demo_file, "津山市")))
    set_prop(kurashiki, hsheet.PROP_MUNICIPALITY_NAME, "津山市")
    assert_refused(demo_file, kurashiki, "contradicts", "municipality_name", "市町村")


def test_a_sheet_whose_visible_municipality_was_changed_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    set_cell(kurashiki, "市町村", "津山市")
    assert_refused(demo_file, kurashiki, "contradicts", "津山市", "倉敷市")


def test_a_sheet_whose_hearing_property_names_another_municipalitys_hearing_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    with open_readonly(demo_file) as workshop:
        tsuyama = municipality_id(demo_file, "津山市")
        other = next(h.id for h in hs.list_hearings(workshop) if h.municipality_id == tsuyama)
    set_prop(kurashiki, hsheet.PROP_HEARING, str(other))
    assert_refused(demo_file, kurashiki, "contradicts", "hearing")


def test_a_sheet_with_the_programme_property_of_another_programme_is_refused(
    demo_file: Path, kurashiki: Path, tmp_path: Path
) -> None:
    with new_programme(tmp_path / "other.dxw", "別の研修") as other:
        other_key = hsheet.programme_key(other)
    set_prop(kurashiki, identity.PROP_PROGRAMME, other_key)
    assert_refused(demo_file, kurashiki, "other_programme")


def test_a_sheet_carrying_the_markers_of_another_municipalitys_sheet_is_refused(
    demo_file: Path, kurashiki: Path, tmp_path: Path
) -> None:
    theirs = markers_of(export_sheet(demo_file, "津山市", tmp_path / "tsuyama.docx"))
    ours = markers_of(kurashiki)
    assert len(theirs) == len(ours)
    swap = dict(zip(ours, theirs, strict=True))
    edit_runs(kurashiki, lambda text: swap.get(text, text))
    assert markers_of(kurashiki) == theirs
    assert_refused(demo_file, kurashiki, "contradicts")
    assert SENTINEL not in json.dumps(dump(demo_file), ensure_ascii=False)


def test_a_row_whose_marker_id_was_changed_is_refused(demo_file: Path, kurashiki: Path) -> None:
    a, b = TEXT_QUESTIONS
    fill_marked(kurashiki, "q", a, "体制の補足ZZ")

    def swap(text: str) -> str:
        text = text.replace(f"[[dx:q:{a}:", "[[dx:q:TMP:")
        text = text.replace(f"[[dx:q:{b}:", f"[[dx:q:{a}:")
        return text.replace("[[dx:q:TMP:", f"[[dx:q:{b}:")

    edit_runs(kurashiki, swap)
    error = assert_refused(demo_file, kurashiki, "contradicts")
    assert "「" in error.message  # names the question whose row it is


def test_huge_numbers_on_a_sheet_are_not_stored(demo_file: Path, kurashiki: Path) -> None:
    fill_table(
        kurashiki,
        ISSUE_TABLE,
        [
            ["転入届の受付", "1e308", "15", "3", "窓口が混む"],
            ["証明書の発行", "1200", "100000000000000000000", "2", "手書きが多い"],
            ["住民票の写し", "800", "5", "2", "郵送請求"],
        ],
    )
    outcome = import_service(demo_file, kurashiki)
    warned = [n for n in outcome.plan.warnings if n.code == "sheet.number_out_of_range"]
    assert [(n.params["row"], n.params["range"]) for n in warned] == [
        (1, "0–10,000,000"),
        (2, "0–43,200"),
    ]
    assert "row 1" in str(warned[0]) and "件数/年" in str(warned[0])
    answers = json.dumps(hearing_answers(demo_file, "倉敷市"), ensure_ascii=False)
    assert "1e+308" not in answers and "100000000000000000000" not in answers
    assert "転入届の受付" in answers and "住民票の写し" in answers  # the rest is kept
    # what the hearing holds makes sane issues
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        muni = municipality_id(demo_file, "倉敷市")
        hearing = next(h.id for h in hs.list_hearings(workshop) if h.municipality_id == muni)
        hs.convert_to_issues(workshop, hearing)
    for issue in dump(demo_file)["issues"]:
        for field in ("cases_per_year", "minutes_per_case", "people"):
            assert issue.get(field) is None or issue[field] <= 10_000_000


def test_huge_numbers_on_a_sheet_are_warned_about_by_the_cli(
    demo_file: Path, kurashiki: Path
) -> None:
    fill_table(kurashiki, ISSUE_TABLE, [["転入届の受付", "1e308", "15", "3", "窓口が混む"]])
    done = import_cli(demo_file, kurashiki)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert any("row 1" in w and "0–10,000,000" in w for w in warnings), done.stderr
    assert "1e+308" not in json.dumps(hearing_answers(demo_file, "倉敷市"))


def test_numbers_typed_in_the_app_are_held_to_the_same_ranges(demo_file: Path) -> None:
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        hearing = hs.list_hearings(workshop)[0].id
        with pytest.raises(ValidationError) as refused:
            hs.set_answer(workshop, hearing, ISSUE_TABLE, [["窓口", 1e308, 5, 1, "多い"]])
        assert (refused.value.field, refused.value.code) == ("cases_per_year", "out_of_range")
        assert "0–10,000,000" in refused.value.message and "row 1" in refused.value.message
        with pytest.raises(ValidationError) as refused:
            hs.set_answer(workshop, hearing, ISSUE_TABLE, [["窓口", 10, 5, 10**20, "多い"]])
        assert refused.value.field == "people" and "0–100,000" in refused.value.message
        stored = hs.set_answer(workshop, hearing, EXPECT_QUESTION, "期待\x00です\x0b")
        assert stored == "期待です"


def test_a_control_character_in_a_sheet_cannot_get_in(demo_file: Path, kurashiki: Path) -> None:
    """No .docx can carry one (XML 1.0): the file is refused as unreadable, nothing changed."""
    _rewrite_zip(
        kurashiki,
        "word/document.xml",
        lambda data: data.replace(SENTINEL.encode(), SENTINEL.encode() + b"\x01&#x1b;"),
    )
    assert_refused(demo_file, kurashiki, "unreadable")


def test_control_characters_read_from_a_sheet_are_stripped_with_a_warning(
    demo_file: Path, kurashiki: Path
) -> None:
    """Were a reader ever to pass one, the import strips it and says where."""
    returned = hsheet.read_sheet(kurashiki)
    answers = dict(returned.answers)
    sig, _raw = answers[EXPECT_QUESTION]
    answers[EXPECT_QUESTION] = (sig, "期待\x00です")
    tainted = dataclasses.replace(returned, answers=answers, attendees_text="山田\x1b太郎")
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        plan = hsheet.plan_read_sheet(workshop, tainted)
        notes = [n for n in plan.warnings if n.code == "sheet.unstorable_removed"]
        assert {(n.params["label"], n.params["character"]) for n in notes} == {
            ("本研修への期待", "U+0000"),
            ("ご回答者", "U+001B"),
        }
        hsheet.apply_sheet_import(workshop, plan)
    text = json.dumps(dump(demo_file), ensure_ascii=False)
    assert "期待です" in text and "山田太郎" in text and "\\u0000" not in text


# --- the layout version: sheets exported before the signature ------------------------------


def as_version_1(path: Path) -> Path:
    """The form as the writer of layout version 1 made it: no signature property, no
    identity markers in the body, the row markers without their binding."""
    props = props_of(path)
    kind = props[identity.PROP_FORM]
    keep = 10 if kind == hsheet.FORM_KIND else 16

    def old_marker(text: str) -> str:
        def one(found: re.Match[str]) -> str:
            if found[1] in ("muni", "round", "supervisor"):
                return ""
            if found[2] is None:
                return found[0]
            return f"[[dx:{found[1]}:{found[2]}:{found[3][:keep]}]]"

        return identity.MARKER.sub(one, text)

    edit_runs(path, old_marker)
    drop_prop(path, hsheet.PROP_SIGNATURE)
    set_prop(path, identity.PROP_VERSION, "1")
    if kind == hsheet.FORM_KIND:
        pairs = [
            (int(found[2]), found[3])
            for text in markers_of(path)
            if (found := identity.MARKER.fullmatch(text)) and found[1] in ("q", "t")
        ]
        set_prop(path, hsheet.PROP_TEMPLATE, hsheet.sheet_fingerprint(pairs))
    return path


def test_a_version_1_sheet_that_agrees_with_itself_still_imports(
    demo_file: Path, kurashiki: Path
) -> None:
    as_version_1(kurashiki)
    outcome = import_service(demo_file, kurashiki)
    assert outcome.plan.municipality_name == "倉敷市" and outcome.plan.answer_changes


def test_a_version_1_sheet_with_a_changed_municipality_property_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    as_version_1(kurashiki)
    set_prop(kurashiki, hsheet.PROP_MUNICIPALITY, str(municipality_id(demo_file, "津山市")))
    assert_refused(demo_file, kurashiki, "contradicts", "倉敷市", "津山市")


def test_a_signed_sheet_passed_off_as_version_1_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    set_prop(kurashiki, identity.PROP_VERSION, "1")
    assert_refused(demo_file, kurashiki, "contradicts", "version")


def test_a_signed_sheet_whose_signature_was_removed_is_refused(
    demo_file: Path, kurashiki: Path
) -> None:
    drop_prop(kurashiki, hsheet.PROP_SIGNATURE)
    assert_refused(demo_file, kurashiki, "contradicts", "signature")


# --- the feedback request form -------------------------------------------------------------


@pytest.fixture
def form(demo_file: Path, tmp_path: Path) -> Path:
    """The first supervisor's round-1 form, with a comment typed in."""
    first, _second = supervisors(demo_file)
    path = export_form(demo_file, first.id, 1, tmp_path / "form.docx")
    fill_marked(path, "good", None, SENTINEL)
    return path


def feedback_json(demo_file: Path) -> str:
    return json.dumps(dump(demo_file)["feedback"], ensure_ascii=False)


def test_an_unaltered_form_imports_for_its_supervisor(demo_file: Path, form: Path) -> None:
    first, _second = supervisors(demo_file)
    outcome = import_service(demo_file, form)
    assert outcome.plan.supervisor_id == first.id and outcome.plan.round_number == 1
    assert SENTINEL in feedback_json(demo_file)


def test_a_form_whose_supervisor_property_was_changed_is_refused(
    demo_file: Path, form: Path
) -> None:
    first, second = supervisors(demo_file)
    set_prop(form, ff.PROP_SUPERVISOR, str(second.id))
    error = assert_refused(demo_file, form, "contradicts", "supervisor")
    assert first.name in error.message and second.name in error.message
    assert SENTINEL not in feedback_json(demo_file)


def test_a_form_whose_supervisor_id_and_name_were_changed_is_refused(
    demo_file: Path, form: Path
) -> None:
    _first, second = supervisors(demo_file)
    set_prop(form, ff.PROP_SUPERVISOR, str(second.id))
    set_prop(form, ff.PROP_SUPERVISOR_NAME, second.name)
    assert_refused(demo_file, form, "contradicts", "supervisor_name", "ご依頼先")


@pytest.mark.parametrize("where", ["property", "body"])
def test_a_form_of_a_round_that_never_existed_is_refused(
    demo_file: Path, form: Path, where: str
) -> None:
    if where == "property":
        set_prop(form, ff.PROP_ROUND_NUMBER, "7")
    else:
        cell_text = next(line for line in _header_values(form) if line.startswith("第1回")).replace(
            "第1回", "第7回"
        )
        set_cell(form, "フィードバック回", cell_text)
    error = assert_refused(demo_file, form, "unknown_round")
    assert error.message == "round 7 is not a feedback round of this programme"


def _header_values(path: Path) -> list[str]:
    doc = Document(str(path))
    return [
        fields.visible_text(fields.row_cells(row)[-1]) for table in doc.tables for row in table.rows
    ]


def test_a_form_whose_round_number_property_names_another_round_is_refused(
    demo_file: Path, form: Path
) -> None:
    set_prop(form, ff.PROP_ROUND_NUMBER, "2")
    assert_refused(demo_file, form, "contradicts", "round", "フィードバック回")


def test_a_form_whose_round_property_names_another_round_is_refused(
    demo_file: Path, form: Path
) -> None:
    set_prop(form, ff.PROP_ROUND, str(round_ids(demo_file)[2]))
    assert_refused(demo_file, form, "contradicts", "round")


def test_a_form_whose_round_property_names_no_round_is_refused(demo_file: Path, form: Path) -> None:
    set_prop(form, ff.PROP_ROUND, "999")
    assert_refused(demo_file, form, "contradicts", "round")


def test_a_form_with_the_programme_property_of_another_programme_is_refused(
    demo_file: Path, form: Path, tmp_path: Path
) -> None:
    with new_programme(tmp_path / "other.dxw", "別の研修") as other:
        other_key = hsheet.programme_key(other)
    set_prop(form, identity.PROP_PROGRAMME, other_key)
    assert_refused(demo_file, form, "other_programme")


def test_a_form_carrying_another_supervisors_trainee_table_is_refused(
    demo_file: Path, form: Path, tmp_path: Path
) -> None:
    """The fb marker of a trainee of another supervisor, the entries property made to fit."""
    _first, second = supervisors(demo_file)
    theirs = export_form(demo_file, second.id, 1, tmp_path / "theirs.docx")
    their_fb = next(t for t in markers_of(theirs) if t.startswith("[[dx:fb:"))
    our_fb = next(t for t in markers_of(form) if t.startswith("[[dx:fb:"))
    edit_runs(form, lambda text: text.replace(our_fb, their_fb))
    entries = []
    rubric: list[str] = []
    for text in markers_of(form):
        found = identity.MARKER.fullmatch(text)
        assert found is not None
        if found[1] == "fb":
            entries.append((int(found[2]), found[3][:16]))
            rubric = []
        elif found[1] == "rate":
            rubric.append(found[3])
    set_prop(form, ff.PROP_ENTRIES, ff.entries_fingerprint(entries, rubric))
    assert_refused(demo_file, form, "contradicts")
    assert SENTINEL not in feedback_json(demo_file)


def test_control_characters_read_from_a_form_are_stripped_with_a_warning(
    demo_file: Path, form: Path
) -> None:
    returned = ff.read_form(form)
    first = returned.entries[0]
    tainted_entry = dataclasses.replace(
        first, comments={**first.comments, "good_points": "良い\x00点\x1f"}
    )
    tainted = dataclasses.replace(returned, entries=(tainted_entry, *returned.entries[1:]))
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        plan = ff.plan_read_form(workshop, tainted)
        notes = [n for n in plan.warnings if n.code == "feedback.unstorable_removed"]
        assert [(n.params["label"], n.params["character"]) for n in notes] == [("良い点", "U+0000")]
        ff.apply_form_import(workshop, plan)
    text = feedback_json(demo_file)
    assert "良い点" in text and "\\u0000" not in text and "\\u001f" not in text


def test_a_version_1_form_that_agrees_with_itself_still_imports(
    demo_file: Path, form: Path
) -> None:
    as_version_1(form)
    outcome = import_service(demo_file, form)
    assert outcome.plan.round_number == 1 and outcome.plan.changes


def test_a_version_1_form_with_a_changed_supervisor_property_is_refused(
    demo_file: Path, form: Path
) -> None:
    _first, second = supervisors(demo_file)
    as_version_1(form)
    set_prop(form, ff.PROP_SUPERVISOR, str(second.id))
    assert_refused(demo_file, form, "contradicts", "supervisor")


def test_a_version_1_form_with_another_supervisors_trainee_is_refused(
    demo_file: Path, form: Path, tmp_path: Path
) -> None:
    _first, second = supervisors(demo_file)
    theirs = as_version_1(export_form(demo_file, second.id, 1, tmp_path / "theirs.docx"))
    as_version_1(form)
    their_fb = next(t for t in markers_of(theirs) if t.startswith("[[dx:fb:"))
    our_fb = next(t for t in markers_of(form) if t.startswith("[[dx:fb:"))
    edit_runs(form, lambda text: text.replace(our_fb, their_fb))
    entries, rubric = [], []
    for text in markers_of(form):
        found = identity.MARKER.fullmatch(text)
        assert found is not None
        if found[1] == "fb":
            entries.append((int(found[2]), found[3]))
            rubric = []
        elif found[1] == "rate":
            rubric.append(found[3])
    set_prop(form, ff.PROP_ENTRIES, ff.entries_fingerprint(entries, rubric))
    assert_refused(demo_file, form, "contradicts", "trainee")


def test_a_signed_form_whose_supervisor_name_property_was_touched_is_refused(
    demo_file: Path, form: Path
) -> None:
    """A hand edit of any one identity property breaks the signature."""
    set_prop(form, ff.PROP_SUPERVISOR_NAME, props_of(form)[ff.PROP_SUPERVISOR_NAME] + " ")
    assert_refused(demo_file, form, "contradicts")


def test_a_signature_typed_with_any_text_is_compared_never_a_crash() -> None:
    # Found by the hearing-sheet fuzz: a marker's binding edited to a non-ASCII character
    # made hmac.compare_digest raise TypeError instead of the refusal.
    from dxworkshop.services.forms.identity import same_signature

    assert same_signature("1a2b", "1a2b")
    assert not same_signature("1a2\x80", "1a2b")
    assert not same_signature("署名\ud800", "1a2b")
