"""export --report supervisor-summary | municipality | programme, on real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from dxworkshop.cli import main
from dxworkshop.services import export as ex
from dxworkshop.services.demo import create_demo

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.dxw"
    create_demo(path, today=TODAY).close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_one_trainees_summary(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "export",
        str(demo),
        "--report",
        "supervisor-summary",
        "--trainee",
        "伊藤　恵",  # a full-width space matches too
        "-o",
        str(tmp_path / "out"),
    )
    assert code == 0
    written = tmp_path / "out" / "上司向けサマリー_岡山市_伊藤恵.docx"
    assert out.strip() == f"wrote {written}"
    assert "伊藤 恵" in "".join(p.text for p in docx.Document(str(written)).paragraphs)


def test_everyone_and_a_supervisors_trainees(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "export",
        str(demo),
        "--report",
        "supervisor-summary",
        "--all",
        "--font",
        "mincho",
        "--wareki",
        "-o",
        str(tmp_path / "all"),
    )
    assert code == 0
    assert len(out.splitlines()) == 40 == len(list((tmp_path / "all").glob("*.docx")))
    code, out, _ = run(
        capsys,
        "export",
        str(demo),
        "--report",
        "supervisor-summary",
        "--supervisor",
        "難波 健太",
        "-o",
        str(tmp_path / "boss"),
    )
    assert code == 0
    assert 1 <= len(out.splitlines()) == len(list((tmp_path / "boss").iterdir()))


def test_municipalities_and_the_programme(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "export", str(demo), "--report", "municipality", "--all", "-o", str(tmp_path)
    )
    assert code == 0 and len(out.splitlines()) == 8
    code, out, _ = run(
        capsys,
        "export",
        str(demo),
        "--report",
        "municipality",
        "--municipality",
        "倉敷市",
        "-o",
        str(tmp_path / "one"),
    )
    assert code == 0
    assert (tmp_path / "one" / "市町村別サマリー_倉敷市.docx").is_file()
    target = tmp_path / "県報告.docx"
    code, out, _ = run(capsys, "export", str(demo), "--report", "programme", "-o", str(target))
    assert code == 0 and out.strip() == f"wrote {target}"
    assert target.is_file()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--report", "supervisor-summary"], "needs one of --trainee"),
        (["--report", "supervisor-summary", "--trainee", "存在 しない"], "no trainee named"),
        (["--report", "supervisor-summary", "--supervisor", "誰か"], "no supervisor"),
        (["--report", "municipality", "--trainee", "伊藤 恵"], "needs one of --municipality"),
        (["--report", "municipality", "--municipality", "東京都"], "no municipality named"),
        (["--report", "programme", "--trainee", "伊藤 恵"], "whole programme"),
        (["--report", "supervisor-summary", "--all", "--round", "1"], "do not apply"),
    ],
)
def test_refusals_are_one_line(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    says: str,
) -> None:
    code, _, err = run(capsys, "export", str(demo), *args, "-o", str(tmp_path))
    assert code == 1
    assert says in one_line(err)
    assert not list(tmp_path.iterdir())


def test_several_documents_need_a_folder(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "export",
        str(demo),
        "--report",
        "municipality",
        "--all",
        "-o",
        str(tmp_path / "x.docx"),
    )
    assert code == 1 and "must name a folder" in one_line(err)


def test_pdf_without_libreoffice(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ex, "find_soffice", lambda: None)
    code, _, err = run(
        capsys, "export", str(demo), "--report", "programme", "--pdf", "-o", str(tmp_path)
    )
    assert code == 1 and "LibreOffice" in one_line(err)
    assert not list(tmp_path.iterdir())


def test_a_reader_that_goes_away_is_no_traceback(tmp_path: Path) -> None:
    """``dxworkshop export … | head -1``: the pipe closes early; the command stops quietly."""
    import os
    import subprocess
    import sys

    demo = tmp_path / "d.dxw"
    subprocess.run(
        [sys.executable, "-m", "dxworkshop", "demo", str(demo)], check=True, capture_output=True
    )
    env = dict(os.environ, DXWORKSHOP_HOME=str(tmp_path / "home"))
    argv = [sys.executable, "-m", "dxworkshop", "export", str(demo), "--report"]
    argv += ["supervisor-summary", "--all", "-o", str(tmp_path / "out")]
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # the reader is gone before the first line
        err = child.stderr.read().decode("utf-8")
        code = child.wait()
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 1


def test_a_file_of_an_older_version_is_not_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only command on a file an older dxworkshop wrote says so and how to upgrade
    it (opening it in the app), and leaves it as it was."""
    import hashlib
    import shutil

    old = tmp_path / "old.dxw"
    shutil.copy(Path(__file__).parent.parent / "reliability" / "fixtures" / "schema_v1.dxw", old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    code, _out, err = run(capsys, "export", str(old), "--report", "programme", "-o", str(tmp_path))
    assert code == 1
    assert "older dxworkshop" in err and "upgrade" in err and "damaged" not in err
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before
