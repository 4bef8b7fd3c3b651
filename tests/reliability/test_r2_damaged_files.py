"""R2 damaged files: a corpus made from a real demo programme, opened by ``Workshop.open``.

Every file the store can tell is damaged, foreign, newer or not a file is refused with a
typed ``StoreError`` that names it, with its bytes unchanged and nothing created beside
it (no lock, -wal, -shm, backup or temporary file). Random byte flips are not all
visible to SQLite: a flipped letter inside a name is still a valid file. For those the
rule is that nothing crashes: the file is refused as above, or it opens and reading
every row either works or raises ``DamagedFile`` (damage inside a value shows when the
value is read). A sample goes through ``dxworkshop check`` too: exit 1, one line.
"""

from __future__ import annotations

import collections
import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from dxworkshop.services.interchange import dump_document
from dxworkshop.store.errors import (
    DamagedFile,
    ForeignDatabase,
    NewerVersion,
    NotAFile,
    NotAWorkshopFile,
    PermissionDenied,
    StoreError,
)
from dxworkshop.store.migrate import SCHEMA_VERSION
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import ROOT, integrity_of, set_user_version
from tests.store.helpers import listing, sha256

HEADER_FLIP_SEEDS = range(40)
PAGE_FLIP_SEEDS = range(60)


@dataclass(frozen=True)
class Damaged:
    name: str
    data: bytes
    expected: type[StoreError] | tuple[type[StoreError], ...] = StoreError


def page_size_of(data: bytes) -> int:
    return int.from_bytes(data[16:18], "big")


def truncations(data: bytes) -> list[Damaged]:
    """Cuts inside the header, at page boundaries and in the middle of pages."""
    page = page_size_of(data)
    size = len(data)
    assert size % page == 0 and size // page > 20, "the demo must span many pages"
    offsets = {
        # inside the 100-byte header (and the 16-byte magic string)
        1: NotAWorkshopFile,
        15: NotAWorkshopFile,
        16: DamagedFile,
        17: DamagedFile,
        50: DamagedFile,
        99: DamagedFile,
        # just after the header, inside the first page
        100: DamagedFile,
        101: DamagedFile,
        512: DamagedFile,
        page - 1: DamagedFile,
        # at page boundaries
        page: DamagedFile,
        2 * page: DamagedFile,
        (size // page // 2) * page: DamagedFile,
        size - page: DamagedFile,
        size - 2 * page: DamagedFile,
        # in the middle of a page
        page + 1: DamagedFile,
        5 * page + page // 2: DamagedFile,
        size // 2 + 123: DamagedFile,
        size - page // 2: DamagedFile,
        size - 100: DamagedFile,
        size - 1: DamagedFile,
    }
    return [Damaged(f"cut-at-{n}", data[:n], kind) for n, kind in sorted(offsets.items())]


def patched(data: bytes, offset: int, new: bytes) -> bytes:
    return data[:offset] + new + data[offset + len(new) :]


def header_fields(data: bytes) -> list[Damaged]:
    """Header fields SQLite or the store must refuse, each set to a wrong value."""
    return [
        Damaged("magic-string", patched(data, 0, b"SQLite format 4"), NotAWorkshopFile),
        Damaged("page-size-odd", patched(data, 16, (1000).to_bytes(2, "big")), DamagedFile),
        Damaged("page-size-small", patched(data, 16, (256).to_bytes(2, "big")), DamagedFile),
        Damaged("page-size-other", patched(data, 16, (8192).to_bytes(2, "big")), DamagedFile),
        Damaged("file-format", patched(data, 18, b"\x07\x07"), DamagedFile),
        Damaged("payload-fractions", patched(data, 21, b"\x10\x10\x10"), DamagedFile),
        Damaged("schema-format", patched(data, 44, (9).to_bytes(4, "big")), DamagedFile),
        Damaged("text-encoding", patched(data, 56, (7).to_bytes(4, "big")), DamagedFile),
        Damaged("application-id", patched(data, 68, b"ABCD"), ForeignDatabase),
        Damaged(
            "user-version", patched(data, 60, (SCHEMA_VERSION + 1).to_bytes(4, "big")), NewerVersion
        ),
    ]


def flipped(data: bytes, seed: int, *, header: bool) -> Damaged:
    """One to four random bytes XORed with a random mask, in the header or in the pages."""
    rng = random.Random(seed)
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        offset = rng.randrange(0, 100) if header else rng.randrange(100, len(data))
        damaged[offset] ^= rng.randint(1, 255)
    return Damaged(f"{'header' if header else 'pages'}-flip-{seed}", bytes(damaged))


def fingerprint(path: Path) -> object:
    """The file's bytes (their digest); size and times where they cannot be read."""
    if not path.is_file():
        return None
    if not os.access(path, os.R_OK):
        st = path.stat()
        return (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return sha256(path)


def attempt(path: Path, backups: Path) -> Workshop | StoreError:
    """Open *path*; a refusal must be typed, name the file in one line, and leave no trace.

    No trace: the bytes are unchanged and nothing is created beside the file (no lock,
    -wal, -shm or temporary file) or in the backup folder.
    """
    before_listing = listing(path.parent)
    before_bytes = fingerprint(path)
    try:
        return Workshop.open(path, backup_root=backups)
    except StoreError as err:
        assert err.path == path
        assert str(path) in str(err) and "\n" not in str(err).strip(), str(err)
        assert fingerprint(path) == before_bytes, f"{path.name} was written to"
        assert listing(path.parent) == before_listing, f"{path.name} left files beside it"
        assert not backups.exists(), "a refused file was backed up"
        return err


def refuse(
    path: Path, backups: Path, expected: type[StoreError] | tuple[type[StoreError], ...]
) -> StoreError:
    outcome = attempt(path, backups)
    if isinstance(outcome, Workshop):
        outcome.close()
        pytest.fail(f"{path.name} opened; expected {expected}")
    assert isinstance(outcome, expected), f"{path.name}: {outcome!r}"
    return outcome


def place(folder: Path, damaged: Damaged) -> Path:
    path = folder / f"{damaged.name}.dxw"
    path.write_bytes(damaged.data)
    path.chmod(0o600)
    return path


@pytest.fixture
def corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


def test_truncated_files_are_refused(demo_file: Path, corpus_folder: Path, tmp_path: Path) -> None:
    cases = truncations(demo_file.read_bytes())
    assert len(cases) >= 15
    for case in cases:
        refuse(place(corpus_folder, case), tmp_path / "backups", case.expected)
    print(f"R2: {len(cases)} truncated files refused")


def test_wrong_header_fields_are_refused(
    demo_file: Path, corpus_folder: Path, tmp_path: Path
) -> None:
    for case in header_fields(demo_file.read_bytes()):
        refuse(place(corpus_folder, case), tmp_path / "backups", case.expected)


def test_random_flips_are_refused_or_read_without_crashing(
    demo_file: Path, corpus_folder: Path, tmp_path: Path
) -> None:
    data = demo_file.read_bytes()
    cases = [flipped(data, seed, header=True) for seed in HEADER_FLIP_SEEDS] + [
        flipped(data, seed, header=False) for seed in PAGE_FLIP_SEEDS
    ]
    outcomes: collections.Counter[str] = collections.Counter()
    for case in cases:
        path = place(corpus_folder, case)
        region = case.name.split("-")[0]
        workshop = attempt(path, tmp_path / "backups" / case.name)
        if isinstance(workshop, StoreError):
            outcomes[f"{region}: refused ({type(workshop).__name__})"] += 1
            continue
        # SQLite saw no damage: the flip hit a value or unused space. Reading every row
        # must work or say the file is damaged; nothing else may escape.
        with workshop:
            try:
                assert integrity_of(workshop) == ["ok"], case.name
                dump_document(workshop)
            except DamagedFile:
                outcomes[f"{region}: opened, a value reads as DamagedFile"] += 1
            else:
                outcomes[f"{region}: opened, every row reads"] += 1
        path.unlink()
    for outcome, n in sorted(outcomes.items()):
        print(f"R2 flips: {n:3d} {outcome}")
    assert sum(outcomes.values()) == len(cases)
    assert any(k.startswith("header: refused") for k in outcomes)
    assert any(k.startswith("pages: refused") for k in outcomes)


def test_empty_foreign_newer_and_folder_are_refused(
    demo_file: Path, corpus_folder: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    empty = corpus_folder / "empty.dxw"
    empty.touch()
    refuse(empty, backups, NotAWorkshopFile)

    foreign = corpus_folder / "ledger.sqlite"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE entry (day TEXT, amount INTEGER)")
        conn.execute("INSERT INTO entry VALUES ('2026-04-01', 1200)")
        conn.commit()
    refuse(foreign, backups, ForeignDatabase)

    newer = corpus_folder / "newer.dxw"
    newer.write_bytes(demo_file.read_bytes())
    set_user_version(newer, SCHEMA_VERSION + 1)
    err = refuse(newer, backups, NewerVersion)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(err)

    folder = corpus_folder / "folder.dxw"
    folder.mkdir()
    refuse(folder, backups, NotAFile)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_unreadable_file_is_refused(demo_file: Path, tmp_path: Path) -> None:
    demo_file.chmod(0)
    try:
        if os.access(demo_file, os.R_OK):
            pytest.skip("permissions do not stop this user (root)")
        refuse(demo_file, tmp_path / "backups", PermissionDenied)
    finally:
        demo_file.chmod(0o600)


def test_the_cli_check_says_one_line_and_exits_1(demo_file: Path, corpus_folder: Path) -> None:
    data = demo_file.read_bytes()
    page = page_size_of(data)
    sample = [
        Damaged("empty", b""),
        Damaged("cut-mid-page", data[: 7 * page + 1000]),
        Damaged("cut-at-page", data[: len(data) - page]),
        header_fields(data)[0],  # the magic string
        header_fields(data)[-1],  # a newer version
        Damaged("btree-damage", patched(data, 3 * page, b"\xa5" * 8)),
    ]
    for case in sample:
        path = place(corpus_folder, case)
        before = sha256(path)
        done = subprocess.run(
            [sys.executable, "-m", "dxworkshop", "check", str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert done.returncode == 1, (case.name, done.stdout, done.stderr)
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        assert path.name in lines[0], lines[0]
        assert sha256(path) == before
    assert sorted(os.listdir(corpus_folder)) == sorted(f"{c.name}.dxw" for c in sample)


# --- damage the corpus found, each pinned down on its own ------------------------------------


def edit_schema(path: Path, name: str, old: str, new: str) -> None:
    """Rewrite one schema entry's SQL text, as a damaged byte in it would."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA writable_schema=ON")
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (name,)).fetchone()
        assert old in sql
        conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (sql.replace(old, new), name))
        conn.commit()


def test_a_schema_byte_that_is_not_utf8_is_damage_not_a_crash(
    demo_file: Path, tmp_path: Path
) -> None:
    # SQLite quotes the bad bytes in its error, which the sqlite3 module failed to decode:
    # Workshop.open raised UnicodeDecodeError.
    data = demo_file.read_bytes()
    at = data.index(b"CREATE TABLE vote")
    demo_file.write_bytes(patched(data, at + 2, b"\x80"))
    refuse(demo_file, tmp_path / "backups", DamagedFile)


def test_a_damaged_index_is_refused(demo_file: Path, tmp_path: Path) -> None:
    # The index holds names, the schema now says kana: only integrity_check sees it
    # (quick_check passed, and people went missing from searches by name).
    edit_schema(demo_file, "ix_person_name", "(name)", "(kana)")
    err = refuse(demo_file, tmp_path / "backups", DamagedFile)
    assert "ix_person_name" in str(err)


def test_a_renamed_column_is_refused(demo_file: Path, tmp_path: Path) -> None:
    # Every SQLite check passed; each query of the programme then failed.
    edit_schema(demo_file, "programme", "end_date", "end_dxte")
    err = refuse(demo_file, tmp_path / "backups", DamagedFile)
    assert "programme.end_date" in str(err)


@pytest.mark.parametrize(
    ("statement", "read"),
    [
        ("UPDATE person SET email = CAST(X'6E61FF6D65' AS TEXT)", "people"),
        ("UPDATE issue SET categories = '[\"申請\", '", "issues"),
        ("UPDATE training_session SET date = '20m6-04-01'", "sessions"),
    ],
    ids=["not-utf8", "broken-json", "broken-date"],
)
def test_a_damaged_value_reads_as_damaged_file(demo_file: Path, statement: str, read: str) -> None:
    # No SQLite check looks inside values; reading one raised OperationalError,
    # JSONDecodeError or ValueError, which the UI shows as a crash.
    from dxworkshop.services import issues, people, programme

    with closing(sqlite3.connect(demo_file)) as conn:
        conn.execute(statement)
        conn.commit()
    readers = {
        "people": people.list_people,
        "issues": issues.list_issues,
        "sessions": programme.list_sessions,
    }
    with (
        Workshop.open(demo_file, backup_on_open=False) as workshop,
        pytest.raises(DamagedFile) as caught,
    ):
        readers[read](workshop)
    assert str(demo_file) in str(caught.value)


def test_a_long_damage_report_is_one_line(demo_file: Path, tmp_path: Path) -> None:
    # SQLite's integrity report spans lines ("*** in database main ***" and one line per
    # problem); the message was printed as many lines by the CLI.
    data = demo_file.read_bytes()
    freelist = (0x00F00000).to_bytes(4, "big") + (7).to_bytes(4, "big")
    demo_file.write_bytes(patched(data, 32, freelist))  # a freelist pointing nowhere
    err = refuse(demo_file, tmp_path / "backups", DamagedFile)
    assert "freelist" in str(err)
    assert len(str(err)) < len(str(demo_file)) + 350
