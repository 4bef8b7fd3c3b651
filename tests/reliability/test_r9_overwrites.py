"""R9 overwrites: no command replaces a workshop file, no command replaces a document
without ``--force``, the Reports page asks first, and a create killed midway leaves
nothing the next create of the same name does not clear.

Every command runs as a real ``python -m dxworkshop`` process. A file is "replaced" when
its bytes change: each refusal checks the bytes are the ones before.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT
from tests.store.helpers import listing, sha256

#: A document another program wrote, which an export must not silently replace.
OTHER_DOCUMENT = b"PK\x03\x04 not ours: someone's edited copy"


def run_cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DXWORKSHOP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def home(private_home: Path) -> Path:
    return private_home


def test_dump_never_writes_over_a_workshop_file(demo_file: Path, home: Path) -> None:
    other = demo_file.with_name("other.dxw")
    shutil.copyfile(demo_file, other)
    before = {p: sha256(p) for p in (demo_file, other)}
    for target in (demo_file, other):
        for force in ((), ("--force",)):
            done = run_cli("dump", demo_file, "-o", target, *force, home=home)
            assert done.returncode == 1, done.stderr
            line = one_line(done.stderr)
            assert target.name in line and "never replaced" in line
    assert {p: sha256(p) for p in before} == before


def test_dump_replaces_a_document_only_with_force(demo_file: Path, home: Path) -> None:
    out = demo_file.with_name("dump.json")
    out.write_bytes(OTHER_DOCUMENT)
    done = run_cli("dump", demo_file, "-o", out, home=home)
    assert done.returncode == 1
    line = one_line(done.stderr)
    assert out.name in line and "--force" in line
    assert out.read_bytes() == OTHER_DOCUMENT
    done = run_cli("dump", demo_file, "-o", out, "--force", home=home)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"{")
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_single_export_replaces_a_document_only_with_force(demo_file: Path, home: Path) -> None:
    out = demo_file.with_name("報告書.docx")
    out.write_bytes(OTHER_DOCUMENT)
    done = run_cli("export", demo_file, "--report", "programme", "-o", out, home=home)
    assert done.returncode == 1
    assert out.name in one_line(done.stderr)
    assert out.read_bytes() == OTHER_DOCUMENT
    done = run_cli("export", demo_file, "--report", "programme", "-o", out, "--force", home=home)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() != OTHER_DOCUMENT and out.read_bytes().startswith(b"PK")


def test_a_form_export_replaces_a_document_only_with_force(demo_file: Path, home: Path) -> None:
    out = demo_file.with_name("sheet.docx")
    out.write_bytes(OTHER_DOCUMENT)
    args = ("export", demo_file, "--report", "hearing-sheet", "--municipality", "倉敷市")
    done = run_cli(*args, "-o", out, home=home)
    assert done.returncode == 1
    assert out.name in one_line(done.stderr)
    assert out.read_bytes() == OTHER_DOCUMENT
    done = run_cli(*args, "-o", out, "--force", home=home)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() != OTHER_DOCUMENT


def test_an_export_never_writes_over_a_workshop_file(demo_file: Path, home: Path) -> None:
    # A workshop file renamed (or mistyped) as the document's name.
    out = demo_file.with_name("報告書.docx")
    shutil.copyfile(demo_file, out)
    before = sha256(out)
    done = run_cli("export", demo_file, "--report", "programme", "-o", out, "--force", home=home)
    assert done.returncode == 1
    assert "never replaced" in one_line(done.stderr)
    assert sha256(out) == before


def test_a_batch_export_refuses_before_writing_anything(demo_file: Path, home: Path) -> None:
    folder = demo_file.parent / "out"
    folder.mkdir()
    args = ("export", demo_file, "--report", "supervisor-summary", "--all", "-o", folder)
    probe = run_cli(*args, home=home)  # learn two real names of the demo
    assert probe.returncode == 0, probe.stderr
    written = sorted(folder.iterdir())
    assert len(written) == 40
    taken = [written[3].name, written[17].name]
    shutil.rmtree(folder)
    folder.mkdir()
    for name in taken:
        (folder / name).write_bytes(OTHER_DOCUMENT)
    before = listing(folder)

    done = run_cli(*args, home=home)
    assert done.returncode == 1
    line = one_line(done.stderr)
    assert taken[0] in line and "2 documents" in line and "--force" in line
    assert listing(folder) == before
    assert all((folder / name).read_bytes() == OTHER_DOCUMENT for name in taken)

    done = run_cli(*args, "--force", home=home)
    assert done.returncode == 0, done.stderr
    assert len(list(folder.iterdir())) == 40
    assert all((folder / name).read_bytes() != OTHER_DOCUMENT for name in taken)


# --- the Reports page asks -----------------------------------------------------------------


@pytest.mark.usefixtures("gui_thread_gc")  # as in the app: see ui/gui_thread.py
def test_the_reports_page_asks_before_replacing(
    qtbot: object, tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from dxworkshop.services.export import ReportKind
    from dxworkshop.store.workshop import Workshop
    from dxworkshop.ui.controller import WorkshopController
    from dxworkshop.ui.pages.reports_page import ReportsPage
    from dxworkshop.ui.preferences import Preferences

    path = tmp_path / "demo.dxw"
    shutil.copyfile(demo_template, path)
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    controller = WorkshopController(Workshop.open(path, backup_on_open=False))
    page: ReportsPage | None = None
    try:
        page = ReportsPage(controller, prefs, soffice=None)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        page.set_report_kind(ReportKind.MUNICIPALITY)
        folder = tmp_path / "out"
        folder.mkdir()
        page.ui.folderEdit.setText(str(folder))
        names = page.files.stringList()
        assert len(names) == 8
        for name in names[:2]:
            (folder / name).write_bytes(OTHER_DOCUMENT)

        asked: list[str] = []
        answer = [QMessageBox.StandardButton.Cancel]

        def question(parent: object, title: str, text: str, *args: object) -> object:
            asked.append(text)
            return answer[0]

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        assert page.export() is None  # cancelled: nothing started
        assert len(asked) == 1 and "2" in asked[0] and names[0] in asked[0]
        assert sorted(p.name for p in folder.iterdir()) == sorted(names[:2])
        assert all((folder / n).read_bytes() == OTHER_DOCUMENT for n in names[:2])

        answer[0] = QMessageBox.StandardButton.Yes
        worker = page.export()
        assert worker is not None and len(asked) == 2
        qtbot.waitUntil(lambda: page.worker is None, timeout=60000)  # type: ignore[attr-defined]
        assert page.last_result is not None and not page.last_result.failures
        assert len(list(folder.iterdir())) == 8
        assert all((folder / n).read_bytes() != OTHER_DOCUMENT for n in names[:2])

        # Nothing in the way: no question at all.
        asked.clear()
        fresh = tmp_path / "fresh"
        page.ui.folderEdit.setText(str(fresh))
        assert page.export() is not None
        qtbot.waitUntil(lambda: page.worker is None, timeout=60000)  # type: ignore[attr-defined]
        assert asked == [] and len(list(fresh.iterdir())) == 8
    finally:
        if page is not None:
            page.stop_work()
        controller.close()


# --- a create killed midway --------------------------------------------------------------

#: A create that stops inside its transaction (rows written to the temporary file's WAL)
#: and waits there until it is killed.
SLOW_CREATE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from dxworkshop.store import models as m
    from dxworkshop.store.workshop import Workshop

    def fill(session):
        session.add(m.Programme(name="R9 " + "x" * 1000))
        for i in range(2000):
            session.add(m.Municipality(name=f"R9 町 {i} " + "y" * 500))
        session.flush()
        print("inside", flush=True)
        sys.stdin.read()

    Workshop.create(Path(sys.argv[1]), fill)
    """
)


def start_create(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_CREATE, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "inside":
        proc.kill()
        _out, err = proc.communicate()
        pytest.fail(f"the create did not start: {err}")
    return proc


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[str]]]:
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def temp_files(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(f".{path.name}.")}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_killed_create_is_cleared_by_the_next_but_a_running_one_is_not(
    tmp_path: Path, home: Path, children: list[subprocess.Popen[str]]
) -> None:
    path = tmp_path / "研修.dxw"
    killed = start_create(path)
    children.append(killed)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    left = temp_files(path)
    assert any(name.endswith(".tmp") for name in left), left
    assert any(name.endswith(".tmp-wal") for name in left), left

    running = start_create(path)
    children.append(running)
    theirs = temp_files(path) - left
    assert any(name.endswith(".tmp") for name in theirs), theirs

    done = run_cli("new", path, "--name", "R9 研修", home=home)
    assert done.returncode == 0, done.stderr
    assert path.is_file()
    # What the killed create left is gone; the running create's files are untouched.
    assert temp_files(path) == theirs

    running.send_signal(signal.SIGKILL)
    running.wait()
    assert temp_files(path) == theirs
    # The next create of the name clears the second leftover too (and is refused: the
    # file exists now).
    done = run_cli("new", path, "--name", "R9 研修", home=home)
    assert done.returncode == 1 and "already exists" in one_line(done.stderr)
    assert temp_files(path) == set()


def test_a_batch_names_a_document_it_cannot_write_and_writes_the_others(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "市町村別サマリー_倉敷市.docx").mkdir(parents=True)  # in the way: a folder
    command = [sys.executable, "-m", "dxworkshop.cli", "export", str(demo_file)]
    done = subprocess.run(
        [*command, "--report", "municipality", "--all", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("failed: 倉敷市: "), done.stderr
    assert lines[-1] == "dxworkshop export: 1 of 8 documents could not be written"
    written = [p for p in out.glob("*.docx") if p.is_file()]
    assert len(written) == 7
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left
