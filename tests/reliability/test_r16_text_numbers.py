"""Stored text and numbers that used to crash every later export (issue 14).

``load`` accepted NUL and other control characters in names, and ``cases_per_year: 1e308``;
each Word export then failed ("All strings must be XML compatible", "Axis limits cannot
be NaN or Inf"). Load refuses both, naming the JSON path; the services drop characters no
document can hold and refuse numbers outside their range (one rule: ``domain/limits``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dxworkshop.services import issues, people
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.interchange import dump_json
from dxworkshop.store.readonly import open_readonly
from dxworkshop.store.workshop import Workshop


def _dump(demo_file: Path) -> dict:
    with open_readonly(demo_file) as workshop:
        return json.loads(dump_json(workshop))


def _load(tmp_path: Path, doc: dict) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "altered.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop.cli", "load", str(source), str(tmp_path / "new.dxw")],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b", "\ufffe"])
def test_load_refuses_a_control_character_in_a_name(
    demo_file: Path, tmp_path: Path, bad: str
) -> None:
    doc = _dump(demo_file)
    doc["people"][0]["name"] = "山田" + bad + "太郎"
    done = _load(tmp_path, doc)
    assert done.returncode == 1
    assert "people[0].name" in done.stderr and f"U+{ord(bad):04X}" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "new.dxw").exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("cases_per_year", 1e308), ("minutes_per_case", 1e12), ("people", -1)],
)
def test_load_refuses_a_number_out_of_its_range(
    demo_file: Path, tmp_path: Path, field: str, value: float
) -> None:
    doc = _dump(demo_file)
    doc["issues"][0][field] = value
    done = _load(tmp_path, doc)
    assert done.returncode == 1
    assert f"issues[0].{field}" in done.stderr and "outside" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "new.dxw").exists()


def test_load_refuses_a_workload_beyond_its_range_in_a_hearing_table(
    demo_file: Path, tmp_path: Path
) -> None:
    # The 現在の業務課題 rows become issues: their 件数/年 has the range an issue's has.
    doc = _dump(demo_file)
    [table] = [
        q
        for section in doc["hearing_template"]["sections"]
        for q in section["questions"]
        if q["kind"] == "table" and "件数/年" in q["choices"]
    ]
    column = table["choices"].index("件数/年")
    index, hearing = next(
        (i, h) for i, h in enumerate(doc["hearings"]) if h["answers"].get(table["key"])
    )
    hearing["answers"][table["key"]][1][column] = 1e9
    done = _load(tmp_path, doc)
    assert done.returncode == 1
    assert f"hearings[{index}].answers.{table['key']}" in done.stderr, done.stderr
    assert "row 1, cell 1 (件数/年)" in done.stderr and "0–10,000,000" in done.stderr
    assert not (tmp_path / "new.dxw").exists()


def test_services_drop_unstorable_characters_and_refuse_huge_numbers(demo_file: Path) -> None:
    with Workshop.open(demo_file) as workshop:
        person = people.add_person(workshop, "佐藤\x00花子", title="主事\x0b")
        assert (person.name, person.title) == ("佐藤花子", "主事")
        card = issues.add_issue(workshop, "転入届\x01", description="一行目\x00\n二行目")
        assert (card.title, card.description) == ("転入届", "一行目\n二行目")
        with pytest.raises(ValidationError) as refused:
            issues.add_issue(workshop, "件数が多すぎる", cases_per_year=1e308)
        assert (refused.value.field, refused.value.code) == ("cases_per_year", "out_of_range")
        assert "0–10,000,000" in refused.value.message


def _alter_outside_the_app(path: Path) -> None:
    """What only a file edited with another SQLite tool can hold: control characters in the
    names of people, a municipality, an issue and a plan."""
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("UPDATE person SET name = name || char(0) || char(7)")
        db.execute("UPDATE municipality SET name = name || char(1)")
        db.execute("UPDATE issue SET title = char(27) || title")
        db.execute("UPDATE programme SET name = name || char(11)")
    db.close()


def _document_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("report", ["municipality", "programme", "supervisor-summary"])
def test_batch_exports_never_meet_text_a_document_cannot_hold(
    demo_file: Path, tmp_path: Path, report: str
) -> None:
    _alter_outside_the_app(demo_file)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "dxworkshop.cli", "export", str(demo_file)]
    done = subprocess.run(
        [*command, "--report", report, "--all", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "failed" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    written = sorted(out.glob("*.docx"))
    assert written
    text = _document_text(written[0])
    assert "\x00" not in text and "\x01" not in text and "\x1b" not in text
    assert any(ch in text for ch in "市町村")


def test_forms_never_meet_text_a_document_cannot_hold(demo_file: Path, tmp_path: Path) -> None:
    from dxworkshop.reports.feedback_form_docx import write_feedback_form
    from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet
    from dxworkshop.services import feedback, feedback_form, hearing_sheet

    _alter_outside_the_app(demo_file)
    with Workshop.open(demo_file) as workshop:
        city = people.list_municipalities(workshop)[0]
        sheet = write_hearing_sheet(
            hearing_sheet.sheet_data(workshop, city.id), tmp_path / "sheet.docx"
        )
        supervisor = feedback.supervisors_with_plans(workshop)[0]
        first_round = feedback.list_rounds(workshop)[0]
        form = write_feedback_form(
            feedback_form.form_data(workshop, supervisor.id, first_round.id),
            tmp_path / "form.docx",
        )
    assert city.name.rstrip("\x01") in _document_text(sheet)
    assert supervisor.name.rstrip("\x00\x07") in _document_text(form)
