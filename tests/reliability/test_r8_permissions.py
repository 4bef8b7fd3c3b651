"""R8 permissions: the workshop file, its automatic and schema-upgrade backups and Save As
copies are readable by their owner only (0o600, folders 0o700) on POSIX.

Everything runs under umask 0, so a mode that merely follows a strict umask fails.
``tests/store`` checks the same for the lock and the WAL under the usual umask.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxworkshop.cli import main as cli_main
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.services.interchange import dump_json, load_json
from dxworkshop.services.programme import new_programme
from dxworkshop.store.lock import lock_path_for
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.workshop import Workshop
from tests.store.helpers import file_mode
from tests.store.test_migrations import next_version, scripts_with_next

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

OWNER_FILE = 0o600
OWNER_FOLDER = 0o700


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def assert_owner_only(path: Path) -> None:
    mode = file_mode(path)
    expected = OWNER_FOLDER if path.is_dir() else OWNER_FILE
    assert mode == expected, f"{path}: {oct(mode)}"


def test_new_files_are_owner_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = [tmp_path / "new.dxw", tmp_path / "demo.dxw", tmp_path / "loaded.dxw"]
    with new_programme(made[0], "R8 研修"):
        pass
    with create_demo(made[1]) as demo:
        text = dump_json(demo)
    load_json(text, made[2]).close()
    assert cli_main(["new", str(tmp_path / "cli-new.dxw"), "--name", "R8"]) == 0
    assert cli_main(["demo", str(tmp_path / "cli-demo.dxw")]) == 0
    capsys.readouterr()
    for path in [*made, tmp_path / "cli-new.dxw", tmp_path / "cli-demo.dxw"]:
        assert_owner_only(path)


def test_an_open_file_and_what_it_keeps_beside_it_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "open.dxw"
    new_programme(path, "R8 研修").close()
    with Workshop.open(path, backup_on_open=False) as workshop, workshop.engine.connect() as held:
        # While a connection stays open (as during a long read), the WAL keeps the commit.
        held.exec_driver_sql("SELECT 1").fetchall()
        people.add_municipality(workshop, "倉敷市")
        for beside in (path, lock_path_for(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert_owner_only(beside)


def test_automatic_backups_are_owner_only(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "backed-up.dxw"
    new_programme(path, "R8 研修").close()
    root = private_home / "data" / "backups"  # where the app keeps them; made by the backup
    assert not private_home.exists()
    with Workshop.open(path, backup_root=root) as workshop:
        assert workshop.backups is not None
        workshop.backup_now()
        entries = workshop.backups.entries()
        folder = workshop.backups.folder
    assert len(entries) == 2
    for entry in entries:
        assert_owner_only(entry.path)
    # The rotation folder and every folder the backup had to create.
    for created in (folder, root, root.parent, private_home):
        assert_owner_only(created)


def test_a_schema_upgrade_backup_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.dxw"
    new_programme(path, "R8 研修").close()
    with Workshop.open(path, migrations=next_version(scripts_with_next(tmp_path))):
        pass
    [backup] = tmp_path.glob(f"old.schema-v{SCHEMA_VERSION}-*.dxw")
    assert_owner_only(backup)
    assert_owner_only(path)


def test_save_as_copies_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "original.dxw"
    new_programme(path, "R8 研修").close()
    replaced = tmp_path / "was-readable.dxw"
    new_programme(replaced, "古い").close()
    replaced.chmod(0o644)  # e.g. copied from a USB stick
    with Workshop.open(path, backup_on_open=False) as workshop:
        workshop.save_as(tmp_path / "copy.dxw")
        workshop.save_as(replaced)
    assert_owner_only(tmp_path / "copy.dxw")
    assert_owner_only(replaced)
    assert stat.S_IMODE(os.stat(path).st_mode) == OWNER_FILE


def test_dumps_and_documents_are_owner_only(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # They hold names, e-mail addresses and supervisors' comments, as the file does.
    dump = tmp_path / "dump.json"
    single = tmp_path / "programme.docx"
    batch = tmp_path / "summaries"
    forms = tmp_path / "forms"
    assert cli_main(["dump", str(demo_file), "-o", str(dump)]) == 0
    assert cli_main(["export", str(demo_file), "--report", "programme", "-o", str(single)]) == 0
    command = ["export", str(demo_file), "--report", "municipality", "--all", "-o", str(batch)]
    assert cli_main(command) == 0
    command = ["export", str(demo_file), "--report", "hearing-sheet", "--municipality", "倉敷市"]
    assert cli_main([*command, "-o", str(forms / "sheet.docx")]) == 0
    capsys.readouterr()
    written = [dump, single, batch, *batch.iterdir(), forms, forms / "sheet.docx"]
    assert len(written) > 6
    for path in written:
        assert_owner_only(path)
