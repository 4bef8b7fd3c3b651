"""R13: rosters are read as people wrote them — merged cells, hidden sheets, a bad byte,
UTF-16 without a BOM, two people of one name, characters no document can hold.

Real .xlsx files made with openpyxl, real CSV bytes, a real workshop file; the command line
in a real child process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import Session, col, select

from dxworkshop.services.roster import NoHeaderRow, import_roster, read_roster
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import ROOT


def _initialise(session: Session) -> None:
    session.add(m.Programme(name="テスト研修"))


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with Workshop.create(tmp_path / "t.dxw", _initialise) as w:
        yield w


def _people(workshop: Workshop) -> dict[str, tuple[str | None, str]]:
    """Each person's name → (municipality name, e-mail)."""
    with workshop.session() as session:
        munis = {mu.id: mu.name for mu in session.exec(select(m.Municipality)).all()}
        people = session.exec(
            select(m.Person).where(col(m.Person.deleted_at).is_(None)).order_by(col(m.Person.id))
        ).all()
        return {
            p.name + ("#" + p.email if p.email else ""): (munis.get(p.municipality_id), p.email)
            for p in people
        }


# --- merged cells -----------------------------------------------------------------------------


def test_a_municipality_merged_over_six_rows_names_all_six(
    tmp_path: Path, workshop: Workshop
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["市町村名", "氏名", "所属"])
    names = ["山田太郎", "佐藤花子", "鈴木一郎", "高橋次郎", "田中三郎", "伊藤四郎"]
    for index, name in enumerate(names):
        ws.append(["倉敷市" if index == 0 else None, name, "企画課"])
    ws.append(["岡山市", "渡辺五郎", "総務課"])
    ws.merge_cells("A2:A7")
    ws.merge_cells("C2:C3")  # a 所属 merged over two rows too
    ws.merge_cells("B9:C9")  # a merged range further down, covering nothing read
    wb.save(tmp_path / "merged.xlsx")
    report = import_roster(workshop, tmp_path / "merged.xlsx")
    assert report.people_created == 7 and not report.rejected
    assert not [w for w in report.warnings if "municipality" in w.code]
    people = _people(workshop)
    assert all(people[name][0] == "倉敷市" for name in names), people
    assert people["渡辺五郎"][0] == "岡山市"


# --- hidden sheets ----------------------------------------------------------------------------


@pytest.mark.parametrize("visible", ["blank", "headings-only"])
def test_a_roster_on_a_hidden_sheet_is_found_and_named(
    tmp_path: Path, workshop: Workshop, visible: str
) -> None:
    wb = openpyxl.Workbook()
    front = wb.active
    front.title = "表紙"
    if visible == "headings-only":
        front.append(["氏名", "市町村"])
    data = wb.create_sheet("名簿")
    data.append(["氏名", "市町村"])
    data.append(["山田太郎", "倉敷市"])
    data.append(["佐藤花子", "倉敷市"])
    data.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    report = import_roster(workshop, path)
    assert report.sheet == "名簿" and report.people_created == 2
    hidden = [w for w in report.warnings if w.code == "roster.hidden_sheet"]
    assert hidden and "名簿" in str(hidden[0]) and "表紙" in str(hidden[0])
    # --sheet still wins
    if visible == "blank":
        with pytest.raises(NoHeaderRow):
            read_roster(path, "表紙")
    else:
        assert read_roster(path, "表紙").rows == ()


def test_the_command_line_says_which_sheet_it_read(tmp_path: Path, workshop: Workshop) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "表紙"
    data = wb.create_sheet("名簿")
    data.append(["氏名", "市町村"])
    data.append(["山田太郎", "倉敷市"])
    data.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    target = workshop.path
    workshop.close()
    done = subprocess.run(
        [sys.executable, "-m", "dxworkshop.cli", "import-roster", str(target), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 person imported"), done.stdout
    assert "hidden sheet “名簿”" in done.stderr


# --- CSV bytes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_one_bad_byte_rejects_its_row_naming_the_column(
    tmp_path: Path, workshop: Workshop, encoding: str
) -> None:
    lines = [
        "氏名,市町村,メールアドレス",
        "山田太郎,倉敷市,a@example.jp",
        "佐藤花子,倉敷市,b@example.jp",
    ]
    lines += [f"受講者{i},岡山市," for i in range(20)]
    data = "\r\n".join(lines).encode(encoding)
    broken = "佐藤".encode(encoding)
    data = data.replace(broken, broken[:-1] + b"\xff", 1)  # the last byte of 藤 damaged
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    report = import_roster(workshop, path)
    assert report.people_created == 21
    assert [r.row for r in report.rejected] == [3]
    reason = str(report.rejected[0].reason)
    assert "氏名" in reason and "not" in reason and "text" in reason, reason
    assert "山田太郎" in _people(workshop) or "山田太郎#a@example.jp" in _people(workshop)


def test_a_file_of_bad_bytes_is_still_refused_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(0x80, 0x100)) * 40)
    with pytest.raises(Exception, match="not an Excel workbook"):
        read_roster(path)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    text = "氏名\t市町村\t所属\r\n山田太郎\t倉敷市\t企画課\r\n佐藤花子\t岡山市\t総務課\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode(encoding))
    roster = read_roster(path)
    assert [(r.name, r.municipality, r.department) for r in roster.rows] == [
        ("山田太郎", "倉敷市", "企画課"),
        ("佐藤花子", "岡山市", "総務課"),
    ]


# --- two people of one name ---------------------------------------------------------------------


def test_two_people_of_one_name_with_other_addresses_are_two_people(
    tmp_path: Path, workshop: Workshop
) -> None:
    path = tmp_path / "names.csv"
    path.write_text(
        "氏名,市町村,メールアドレス\n"
        "山田太郎,倉敷市,taro.yamada@example.jp\n"
        "山田太郎,倉敷市,t-yamada@example.jp\n"
        "佐藤花子,倉敷市,hanako@example.jp\n"
        "佐藤花子,倉敷市,hanako@example.jp\n"  # the same person twice
        "鈴木一郎,倉敷市,\n"
        "鈴木一郎,倉敷市,\n",  # the same person twice, without any address
        encoding="utf-8",
    )
    report = import_roster(workshop, path)
    assert report.people_created == 4 and not report.rejected, report
    assert sorted(w.code for w in report.warnings) == ["roster.row_repeated", "roster.row_repeated"]
    people = _people(workshop)
    assert "山田太郎#taro.yamada@example.jp" in people and "山田太郎#t-yamada@example.jp" in people
    # importing it again changes nothing and still finds both
    again = import_roster(workshop, path)
    assert again.people_unchanged == 4 and again.people_created == 0 and not again.rejected


# --- characters no document can hold ------------------------------------------------------------


def test_characters_no_document_can_hold_are_removed_with_a_warning(
    tmp_path: Path, workshop: Workshop
) -> None:
    # Only text files carry them (an .xlsx is XML, which cannot): a CSV from another system.
    path = tmp_path / "chars.csv"
    path.write_text(
        "氏名,市町村,所属\n山田\ufffe太郎,倉敷市,企画課\n佐藤花子,倉敷市,総務\uffff課\n"
        "鈴木\x01一郎,倉敷市,\n高橋\x0b次郎,倉敷市,\n",
        encoding="utf-8",
    )
    report = import_roster(workshop, path)
    assert report.people_created == 4 and not report.rejected
    removed = [w for w in report.warnings if w.code == "roster.unstorable_removed"]
    assert [str(w) for w in removed] == [
        "row 2: 氏名 had a character no document can hold (U+FFFE); removed",
        "row 3: 所属 had a character no document can hold (U+FFFF); removed",
        "row 4: 氏名 had a character no document can hold (U+0001); removed",
    ]  # a vertical tab (Word's line break, pasted) is a space, not lost: no warning
    with workshop.session() as session:
        names = {p.name for p in session.exec(select(m.Person)).all()}
        departments = {d.name for d in session.exec(select(m.Department)).all()}
    assert names == {"山田太郎", "佐藤花子", "鈴木一郎", "高橋 次郎"}
    assert departments == {"企画課", "総務課"}
