"""The command line, run in-process (and once as a real process), on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dxworkshop.cli import main
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.workshop import APPLICATION_ID


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_clear_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_new_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r8.dxw"
    code, out, _ = run(
        capsys,
        "new",
        str(path),
        "--name",
        "令和8年度 業務改善研修",
        "--fiscal-year",
        "2026",
        "--start-date",
        "2026-09-01",
    )
    assert code == 0 and "created" in out
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0
    assert (
        "ok" in out
        and f"schema version {SCHEMA_VERSION}" in out
        and "令和8年度 業務改善研修" in out
    )
    assert "sessions 8" in out and "criteria 4" in out


def test_new_refuses_an_existing_file_and_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.dxw"
    path.write_bytes(b"keep me")
    code, _, err = run(capsys, "new", str(path), "--name", "研修")
    assert code == 1
    assert "already exists" in one_clear_line(err)
    assert path.read_bytes() == b"keep me"
    code, _, err = run(capsys, "new", str(tmp_path / "y.dxw"), "--name", "  ")
    assert code == 1 and "name" in one_clear_line(err)
    code, _, err = run(
        capsys, "new", str(tmp_path / "z.dxw"), "--name", "研修", "--fiscal-year", "1800"
    )
    assert code == 1 and "fiscal_year" in one_clear_line(err)
    assert not (tmp_path / "y.dxw").exists() and not (tmp_path / "z.dxw").exists()


def test_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["new", str(tmp_path / "a.dxw"), "--name", "x", "--start-date", "2026-13-01"])
    assert exit_.value.code == 2
    assert "is not a date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (os.urandom(4096), "not a dxworkshop file"),
        (b"", "empty"),
    ],
)
def test_check_refuses_what_is_not_a_workshop_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.dxw"
    path.write_bytes(content)
    code, _, err = run(capsys, "check", str(path))
    assert code == 1
    assert expected in one_clear_line(err)
    assert path.read_bytes() == content


def test_check_refuses_a_foreign_sqlite_and_a_newer_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "check", str(foreign))
    assert code == 1 and "another application" in one_clear_line(err)

    newer = tmp_path / "newer.dxw"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=99")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "check", str(newer))
    assert code == 1 and "newer" in one_clear_line(err)


def test_check_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "nope.dxw"))
    assert code == 1 and "no such file" in one_clear_line(err)


def test_a_locked_file_names_the_holder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dxworkshop.services.programme import new_programme

    path = tmp_path / "p.dxw"
    with new_programme(path, "研修"):
        roster = tmp_path / "roster.csv"
        roster.write_text("氏名,市町村\n山田 太郎,倉敷市\n", encoding="utf-8")
        code, _, err = run(capsys, "import-roster", str(path), str(roster))
        line = one_clear_line(err)
        assert code == 1 and "already open by" in line and f"process {os.getpid()}" in line


def test_import_roster_dry_run_then_real(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.dxw"
    assert run(capsys, "new", str(path), "--name", "研修")[0] == 0
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "令和8年度 受講者名簿\n\n氏名,ふりがな,市町村,所属,上司\n"
        "山田　太郎,やまだ たろう,倉敷市,市民課,佐藤 一郎\n,,倉敷市,税務課,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import-roster", str(path), str(roster), "--dry-run")
    assert code == 0 and out.startswith("dry run:")
    assert "row 5" in err  # the row with no name is reported with its sheet row number
    code, out, _ = run(capsys, "check", str(path))
    assert "people 0" in out
    code, out, _ = run(capsys, "import-roster", str(path), str(roster))
    assert code == 0 and "1 row rejected" in out
    code, out, _ = run(capsys, "check", str(path))
    assert "people 2" in out  # the trainee and the supervisor named in the sheet


def test_import_roster_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.dxw"
    run(capsys, "new", str(path), "--name", "研修")
    junk = tmp_path / "roster.xlsx"
    junk.write_bytes(os.urandom(2000))
    code, _, err = run(capsys, "import-roster", str(path), str(junk))
    assert code == 1
    one_clear_line(err)


@pytest.mark.parametrize("scale", ["0", "9", "two", "1.5"])
def test_demo_scale_out_of_range_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scale: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", str(tmp_path / "d.dxw"), "--size", "large", "--scale", scale])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--scale" in err and "from 1 to 8" in err
    assert not (tmp_path / "d.dxw").exists()


def test_demo_scale_writes_that_many_times_the_programme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.dxw"
    code, out, _ = run(capsys, "demo", str(demo), "--scale", "2")
    assert code == 0 and "2×" in out
    code, out, _ = run(capsys, "dump", str(demo))
    doc = json.loads(out)
    assert sum("trainee" in p["roles"] for p in doc["people"]) == 80


def test_demo_dump_load_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.dxw"
    assert run(capsys, "demo", str(demo))[0] == 0
    code, out, _ = run(capsys, "check", str(demo))
    assert code == 0 and "people 0" not in out
    dumped = tmp_path / "demo.json"
    assert run(capsys, "dump", str(demo), "-o", str(dumped))[0] == 0
    doc = json.loads(dumped.read_text(encoding="utf-8"))
    assert doc["format"] == "dxworkshop" and doc["version"] == 1
    copy = tmp_path / "copy.dxw"
    assert run(capsys, "load", str(dumped), str(copy))[0] == 0
    code, out, _ = run(capsys, "dump", str(copy))
    assert code == 0
    assert json.loads(out) == doc


def test_load_refuses_an_invalid_document_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {"format": "dxworkshop", "version": 1, "issues": [{"key": "i1", "owner": "p99"}]}
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "load", str(bad), str(tmp_path / "out.dxw"))
    assert code == 1
    assert "issues[0]" in err and "Traceback" not in err
    assert not (tmp_path / "out.dxw").exists()
    notjson = tmp_path / "notjson.json"
    notjson.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "load", str(notjson), str(tmp_path / "out.dxw"))
    assert code == 1 and "Traceback" not in err
    assert not (tmp_path / "out.dxw").exists()


def test_version_as_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dxworkshop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("dxworkshop ")


def test_expected_failure_as_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dxworkshop", "check", str(tmp_path / "missing.dxw")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
