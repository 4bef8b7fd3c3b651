"""export --report hearing-sheet and import-form, on real files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from docx import Document

from dxworkshop.cli import main
from dxworkshop.services import hearings as hs
from dxworkshop.services import people
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop

MARKER = re.compile(r"\[\[dx:q:(\d+):")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def programme(tmp_path: Path) -> Path:
    path = tmp_path / "r8.dxw"
    with new_programme(path, "令和8年度 業務改善研修", start_date=dt.date(2026, 9, 1)) as ws:
        city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
        people.add_municipality(ws, "岡山市", "おかやまし", "331007")
        hs.add_hearing(ws, city.id)
    return path


def answer_step(sheet: Path, step_question: int, text: str) -> None:
    doc = Document(str(sheet))
    for table in doc.tables:
        for row in table.rows:
            found = MARKER.search(row.cells[0].text)
            if found and int(found.group(1)) == step_question:
                row.cells[-1].text = text
    doc.save(str(sheet))


def step_id(path: Path) -> int:
    with Workshop.open(path, backup_on_open=False) as ws:
        return next(q.id for q in hs.live_questions(ws) if "手順書" in q.text)


def answers(path: Path) -> dict[str, dict[int, object]]:
    with Workshop.open(path, backup_on_open=False) as ws:
        return {
            h.municipality_name: dict(hs.get_hearing(ws, h.id).answers)
            for h in hs.list_hearings(ws)
        }


def test_export_fill_import(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kurashiki.docx"
    code, stdout, _ = run(
        capsys,
        "export",
        str(programme),
        "--report",
        "hearing-sheet",
        "--municipality",
        "倉敷市",
        "-o",
        str(out),
    )
    assert code == 0 and out.exists() and str(out) in stdout
    step = step_id(programme)
    answer_step(out, step, "☐ ステップ0　■ ステップ1　☐ ステップ2　☐ ステップ3")

    code, stdout, _ = run(capsys, "import-form", str(programme), str(out), "--dry-run")
    assert code == 0
    assert stdout.startswith("dry run: hearing of 倉敷市: 1 answer(s) changed")
    assert "→ ステップ1" in stdout
    assert answers(programme)["倉敷市"] == {}

    code, stdout, _ = run(capsys, "import-form", str(programme), str(out))
    assert code == 0 and not stdout.startswith("dry run")
    assert answers(programme)["倉敷市"] == {step: 1}

    code, stdout, _ = run(capsys, "import-form", str(programme), str(out))
    assert "0 answer(s) changed" in stdout


def test_export_into_a_folder_with_the_default_name(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    code, _, _ = run(
        capsys,
        "export",
        str(programme),
        "--report",
        "hearing-sheet",
        "--municipality",
        "岡山市",
        "--blank",
        "-o",
        str(folder),
    )
    assert code == 0
    assert (folder / "事前ヒアリングシート_岡山市_記入用.docx").exists()


def test_export_into_a_folder_not_made_yet(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new" / "sheets"
    code, _, err = run(
        capsys,
        "export",
        str(programme),
        "--report",
        "hearing-sheet",
        "--municipality",
        "岡山市",
        "--blank",
        "-o",
        str(folder),
    )
    assert code == 0, err
    assert folder.is_dir()
    assert [p.name for p in folder.iterdir()] == ["事前ヒアリングシート_岡山市_記入用.docx"]


def test_a_sheet_of_another_municipality_makes_a_hearing_for_it(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "okayama.docx"
    run(
        capsys,
        "export",
        str(programme),
        "--report",
        "hearing-sheet",
        "--municipality",
        "岡山市",
        "-o",
        str(out),
    )
    answer_step(out, step_id(programme), "■ ステップ2")
    code, stdout, _ = run(capsys, "import-form", str(programme), str(out))
    assert code == 0 and "hearing created" in stdout
    assert list(answers(programme)["岡山市"].values()) == [2]


def test_refusals_are_one_line(
    programme: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "export", str(programme), "--report", "hearing-sheet", "--municipality", "東京都"
    )
    assert code == 1 and "no municipality named “東京都”" in one_line(err)
    code, _, err = run(capsys, "export", str(programme), "--report", "hearing-sheet")
    assert code == 1 and "--municipality" in one_line(err)

    other = tmp_path / "other.dxw"
    with new_programme(other, "別の研修") as ws:
        people.add_municipality(ws, "倉敷市")
    sheet = tmp_path / "other.docx"
    run(
        capsys,
        "export",
        str(other),
        "--report",
        "hearing-sheet",
        "--municipality",
        "倉敷市",
        "-o",
        str(sheet),
    )
    before = answers(programme)
    code, _, err = run(capsys, "import-form", str(programme), str(sheet))
    assert code == 1 and "another programme (別の研修)" in one_line(err)
    assert answers(programme) == before

    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    code, _, err = run(capsys, "import-form", str(programme), str(plain))
    assert code == 1 and "not a hearing sheet" in one_line(err)


def test_unknown_report_is_a_usage_error(
    programme: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(programme), "--report", "everything"])
    assert exit_.value.code == 2
    capsys.readouterr()
