"""Roster import: real-world Excel and CSV participant lists, on a real workshop file."""

from __future__ import annotations

import csv
import datetime as dt
import random
import string
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, col, func, select

from dxworkshop.domain.enums import Role
from dxworkshop.services.roster import (
    NoHeaderRow,
    NoNameColumn,
    RosterError,
    RosterFileNotFound,
    RosterReport,
    RowAction,
    SheetNotFound,
    UnreadableRoster,
    header_field,
    import_roster,
    municipality_code,
    read_roster,
)
from dxworkshop.services.roster import apply as roster_apply
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

HEADERS = ["氏名", "ふりがな", "市町村", "団体コード", "所属", "職名", "メールアドレス", "上司"]


def _initialise(session: Session) -> None:
    session.add(m.Programme(name="テスト研修"))


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with Workshop.create(tmp_path / "t.dxw", _initialise) as w:
        yield w


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "名簿") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str, delimiter: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def counts(w: Workshop) -> dict[str, int]:
    with w.session() as session:
        return {
            model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
            for model in (m.Person, m.PersonRole, m.Municipality, m.Department)
        }


def people(w: Workshop) -> dict[str, m.Person]:
    with w.session() as session:
        return {p.name: p for p in session.exec(select(m.Person)).all()}


def roles_of(w: Workshop, person_id: int | None) -> set[str]:
    with w.session() as session:
        rows = session.exec(select(m.PersonRole).where(m.PersonRole.person_id == person_id)).all()
        return {r.role for r in rows}


def municipalities(w: Workshop) -> dict[str, m.Municipality]:
    with w.session() as session:
        return {mu.name: mu for mu in session.exec(select(m.Municipality)).all()}


def typical_sheet() -> list[list[Any]]:
    """What a prefecture really sends: a title, a blank row, headers on row 3, gaps."""
    return [
        ["令和5年度 業務改善・DX実践研修 受講者名簿"],
        [],
        [*HEADERS, "備考"],
        [
            "山田　太郎",
            "ﾔﾏﾀﾞ ﾀﾛｳ",
            "函館市",
            12025,
            "市民課",
            "主事",
            "yamada@city.hakodate.lg.jp",
            "佐藤　一郎",
            "前泊",
        ],
        [],
        ["鈴木 花子", "すずき はなこ", "函館市", 12025, "税務課", "主任", "", "高橋 次郎"],
        ["髙橋  三郎", "タカハシ サブロウ", "倉敷市", "332020", "情報政策課", "係長", "", ""],
        [None, None, "倉敷市", None, "総務課", None, None, None],  # row 8: no name
        [],
        [],
        ["佐藤 一郎", "さとう いちろう", "函館市", 12025, "市民課", "課長", "", ""],
    ]


# --- reading -----------------------------------------------------------------------------


def test_header_row_found_under_a_title_and_a_blank_row(tmp_path: Path) -> None:
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", typical_sheet()))
    assert sheet.sheet == "名簿" and sheet.file_format == "xlsx"
    assert sheet.header_row == 3
    assert [r.row for r in sheet.rows] == [4, 6, 7, 11]  # blank rows skipped, Excel numbering
    assert [(r.row, str(r.reason)) for r in sheet.rejected] == [(8, "no name (氏名)")]
    assert str(sheet.rejected[0]) == "row 8: no name (氏名)"


def test_names_keep_their_characters_and_lose_extra_spaces(tmp_path: Path) -> None:
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", typical_sheet()))
    yamada, suzuki, takahashi, _ = sheet.rows
    assert yamada.name == "山田 太郎"  # 全角スペース → one ASCII space
    assert yamada.kana == "ヤマダ タロウ"  # half-width kana → full-width
    assert yamada.supervisor == "佐藤 一郎"
    assert suzuki.kana == "すずき はなこ"
    assert takahashi.name == "髙橋 三郎"  # 髙 kept; runs of spaces collapse
    assert yamada.email == "yamada@city.hakodate.lg.jp"


def test_code_stored_as_an_excel_number_gets_its_leading_zero_back(tmp_path: Path) -> None:
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", typical_sheet()))
    assert sheet.rows[0].municipality_code == "012025"  # 函館市
    assert sheet.rows[2].municipality_code == "332020"  # 倉敷市, given as text


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (12025, "012025"),  # Excel number that lost its leading zero
        (12025.0, "012025"),
        ("１２０２５", "012025"),  # 全角 digits
        ("011002", "011002"),  # 札幌市
        ("33202", "332020"),  # five digits without the check digit
        (1100, "011002"),
        ("", ""),
        (None, ""),
    ],
)
def test_municipality_code(value: object, code: str) -> None:
    assert municipality_code(value) == code


@pytest.mark.parametrize(
    ("value", "words"),
    [("abc", "not a number"), ("1234567", "more than six"), ("332021", "check digit")],
)
def test_bad_municipality_codes_say_why(value: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        municipality_code(value)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("氏名", "name"),
        ("氏名（必須）", "name"),
        ("受講者名", "name"),
        ("Name", "name"),
        ("氏名（ふりがな）", "kana"),
        ("ﾌﾘｶﾞﾅ", "kana"),
        ("よみがな", "kana"),
        ("市町村名", "municipality"),
        ("団体名", "municipality"),
        ("所属 名", "department"),
        ("部署", "department"),
        ("役職", "title"),
        ("E-mail", "email"),
        ("メール\nアドレス", "email"),
        ("所属長", "supervisor"),
        ("区分", "role"),
        ("地方公共団体コード", "municipality_code"),
        ("姓", "family_name"),
        ("名（カナ）", "given_kana"),
        ("備考", None),
        ("No.", None),
    ],
)
def test_header_recognition(header: str, field: str | None) -> None:
    assert header_field(header) == field


def test_unknown_headers_are_ignored_with_a_warning(tmp_path: Path) -> None:
    rows: list[list[Any]] = [["No.", "氏名", "市町村", "備考"], [1, "山田 太郎", "倉敷市", "メモ"]]
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", rows))
    assert any("“No.”" in w and "column A" in w for w in map(str, sheet.warnings))
    assert any("“備考”" in w and "column D" in w for w in map(str, sheet.warnings))
    assert [c.field for c in sheet.columns] == [None, "name", "municipality", None]


def test_family_and_given_name_columns_are_joined(tmp_path: Path) -> None:
    rows = [["姓", "名", "セイ", "メイ", "市町村"], ["山田", "太郎", "ﾔﾏﾀﾞ", "ﾀﾛｳ", "倉敷市"]]
    (row,) = read_roster(write_xlsx(tmp_path / "r.xlsx", rows)).rows
    assert (row.name, row.kana) == ("山田 太郎", "ヤマダ タロウ")


def test_roles(tmp_path: Path) -> None:
    rows = [
        ["氏名", "市町村", "役割"],
        ["受講 一郎", "倉敷市", ""],
        ["上司 二郎", "倉敷市", "所属長"],
        ["講師 三郎", "", "講師"],
        ["担当 四郎", "倉敷市", "ＤＸ推進担当者・受講者"],
        ["謎 五郎", "倉敷市", "見学"],
    ]
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", rows))
    assert [r.roles for r in sheet.rows] == [
        (Role.TRAINEE,),
        (Role.SUPERVISOR,),
        (Role.INSTRUCTOR,),
        (Role.DX_CONTACT, Role.TRAINEE),
    ]
    (bad,) = sheet.rejected
    assert bad.row == 6 and "unknown role “見学”" in str(bad.reason)


def test_duplicates_in_one_sheet(tmp_path: Path) -> None:
    rows = [
        ["氏名", "市町村", "職名", "メール"],
        ["山田 太郎", "倉敷市", "主事", ""],
        ["山田　太郎", "倉敷市", "主事", ""],  # identical once normalised: skipped
        ["山田太郎", "倉敷市", "主任", ""],  # same person, different title: rejected
        ["山田 太郎", "総社市", "主事", ""],  # another municipality: another person
        ["鈴木 花子", "倉敷市", "", "hanako@example.jp"],
        ["鈴木 はな", "倉敷市", "", "HANAKO@example.jp"],  # same e-mail: rejected
    ]
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", rows))
    assert [r.row for r in sheet.rows] == [2, 5, 6]
    assert [(r.row, str(r.reason)) for r in sheet.rejected] == [
        (4, "same person as row 2 (山田 太郎)"),
        (7, "same person as row 6 (鈴木 花子)"),
    ]
    assert any(w.startswith("row 3 repeats row 2") for w in map(str, sheet.warnings))


def test_bad_email_is_rejected(tmp_path: Path) -> None:
    rows = [["氏名", "メール"], ["山田 太郎", "yamada(at)example.jp"], ["鈴木 花子", "－"]]
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", rows))
    assert [r.row for r in sheet.rejected] == [2]
    assert sheet.rows[0].email == ""  # a dash means "none"


def test_numbers_in_the_name_or_municipality_columns_are_rejected(tmp_path: Path) -> None:
    rows = [
        ["氏名", "市町村"],
        [456, "倉敷市"],  # a number where a name belongs
        ["山田 太郎", 123],
        ["鈴木 花子", "３３２０２"],  # full-width digits too
        ["佐藤 一郎", "岡山市"],
    ]
    sheet = read_roster(write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(r.row, r.reason.code) for r in sheet.rejected] == [
        (2, "roster.name_is_number"),
        (3, "roster.municipality_is_number"),
        (4, "roster.municipality_is_number"),
    ]
    assert str(sheet.rejected[0].reason) == "“456” is a number, not a name (氏名)"
    assert [r.name for r in sheet.rows] == ["佐藤 一郎"]


@pytest.mark.parametrize("encoding", ["cp932", "utf-8-sig", "utf-8"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    rows = [["研修受講者名簿"], [], HEADERS, ["髙橋　一郎", "ﾀｶﾊｼ ｲﾁﾛｳ", "倉敷市", "", "市民課"]]
    sheet = read_roster(write_csv(tmp_path / "r.csv", rows, encoding))
    assert sheet.file_format == "csv" and sheet.encoding == encoding and sheet.sheet is None
    assert sheet.header_row == 3
    (row,) = sheet.rows
    assert (row.row, row.name, row.kana, row.department) == (
        4,
        "髙橋 一郎",
        "タカハシ イチロウ",
        "市民課",
    )


def test_tab_separated_unicode_text_from_excel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.txt", [HEADERS, ["山田 太郎", "", "倉敷市"]], "utf-16", "\t")
    (row,) = read_roster(path).rows
    assert (row.name, row.municipality) == ("山田 太郎", "倉敷市")


def test_sheet_by_name_and_first_sheet_with_a_roster(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "記入方法"
    notes["A1"] = "氏名は全角で記入してください"
    second = wb.create_sheet("倉敷市")
    second.append(["氏名", "所属"])
    second.append(["山田 太郎", "市民課"])
    third = wb.create_sheet("総社市")
    third.append(["氏名", "所属"])
    third.append(["鈴木 花子", "税務課"])
    wb.save(path)
    assert read_roster(path).sheet == "倉敷市"  # the first sheet with a header row
    assert read_roster(path, "総社市").rows[0].name == "鈴木 花子"
    with pytest.raises(SheetNotFound) as err:
        read_roster(path, "岡山市")
    assert (
        "岡山市" in str(err.value) and "“倉敷市”" in str(err.value) and str(path) in str(err.value)
    )


# --- files that cannot be read ----------------------------------------------------------------


def test_errors_say_what_and_where(tmp_path: Path) -> None:
    with pytest.raises(RosterFileNotFound, match="no such file"):
        read_roster(tmp_path / "missing.xlsx")
    no_header = write_xlsx(tmp_path / "h.xlsx", [["受講者一覧"], ["a", "b"]])
    with pytest.raises(NoHeaderRow, match="氏名, ふりがな, 市町村"):
        read_roster(no_header)
    no_name = write_xlsx(
        tmp_path / "n.xlsx", [["市町村", "所属", "職名"], ["倉敷市", "市民課", "主事"]]
    )
    with pytest.raises(NoNameColumn, match="row 1") as err:
        read_roster(no_name)
    assert "市町村, 所属, 職名" in str(err.value)
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(UnreadableRoster, match="empty"):
        read_roster(tmp_path / "empty.csv")
    assert all(issubclass(e, RosterError) for e in (NoHeaderRow, NoNameColumn, SheetNotFound))


def test_old_xls_and_password_protected_workbooks(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    (tmp_path / "old.xls").write_bytes(ole + b"Workbook".ljust(64, b"\0"))
    with pytest.raises(UnreadableRoster, match=r"\.xls"):
        read_roster(tmp_path / "old.xls")
    (tmp_path / "secret.xlsx").write_bytes(ole + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(UnreadableRoster, match="password"):
        read_roster(tmp_path / "secret.xlsx")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "r.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(UnreadableRoster, match="not a readable Excel workbook"):
        read_roster(path)


def test_random_bytes_change_nothing(tmp_path: Path, workshop: Workshop) -> None:
    import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", typical_sheet()))
    before = counts(workshop)
    junk = tmp_path / "roster.xlsx"
    junk.write_bytes(random.Random(7).randbytes(4000))
    with pytest.raises(RosterError) as err:
        import_roster(workshop, junk)
    assert str(junk) in str(err.value)
    assert counts(workshop) == before


# --- importing ---------------------------------------------------------------------------------


def test_import_creates_people_municipalities_departments_and_supervisors(
    tmp_path: Path, workshop: Workshop
) -> None:
    report = import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", typical_sheet()))
    assert (report.people_created, report.people_updated, report.people_unchanged) == (4, 0, 0)
    assert report.municipalities_created == 2
    assert report.departments_created == 3  # 市民課, 税務課 (函館市), 情報政策課; none for row 8
    assert report.supervisors_created == 1  # 高橋 次郎; 佐藤 一郎 is a row further down
    assert [(r.row, str(r.reason)) for r in report.rejected] == [(8, "no name (氏名)")]
    assert any("備考" in w for w in map(str, report.warnings))
    assert report.summary() == (
        "4 people imported (4 new, 0 updated), 2 municipalities added, 3 departments added, "
        "1 supervisor added, 1 row rejected, 1 warning"
    )

    found = people(workshop)
    assert set(found) == {"山田 太郎", "鈴木 花子", "髙橋 三郎", "佐藤 一郎", "高橋 次郎"}
    munis = municipalities(workshop)
    assert munis["函館市"].code == "012025" and munis["倉敷市"].code == "332020"
    yamada, sato, takahashi = found["山田 太郎"], found["佐藤 一郎"], found["高橋 次郎"]
    assert yamada.kana == "ヤマダ タロウ" and yamada.title == "主事"
    assert yamada.supervisor_id == sato.id  # linked to the row listed further down
    assert found["鈴木 花子"].supervisor_id == takahashi.id
    assert takahashi.municipality_id == munis["函館市"].id
    assert takahashi.department_id == found["鈴木 花子"].department_id  # the trainee's 所属
    assert roles_of(workshop, yamada.id) == {"trainee"}
    assert roles_of(workshop, sato.id) == {"trainee", "supervisor"}
    assert roles_of(workshop, takahashi.id) == {"supervisor"}


def test_reimport_of_the_same_sheet_changes_nothing(tmp_path: Path, workshop: Workshop) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", typical_sheet())
    import_roster(workshop, path)
    before = counts(workshop)
    again = import_roster(workshop, path)
    assert (again.people_created, again.people_updated, again.people_unchanged) == (0, 0, 4)
    assert again.municipalities_created == again.departments_created == 0
    assert again.supervisors_created == 0
    assert {o.action for o in again.outcomes} == {RowAction.UNCHANGED}
    assert counts(workshop) == before


def test_reimport_with_a_changed_title_updates(tmp_path: Path, workshop: Workshop) -> None:
    rows = typical_sheet()
    import_roster(workshop, write_xlsx(tmp_path / "r1.xlsx", rows))
    rows[3][5] = "主任"  # 山田 太郎 promoted
    report = import_roster(workshop, write_xlsx(tmp_path / "r2.xlsx", rows))
    assert (report.people_created, report.people_updated, report.people_unchanged) == (0, 1, 3)
    (updated,) = [o for o in report.outcomes if o.action is RowAction.UPDATED]
    assert (updated.row, updated.name, updated.changes) == (4, "山田 太郎", ("title",))
    assert people(workshop)["山田 太郎"].title == "主任"


def test_blank_cells_do_not_erase_and_email_identifies(tmp_path: Path, workshop: Workshop) -> None:
    rows = [["氏名", "市町村", "職名", "メール"], ["山田 太郎", "倉敷市", "主事", "t@example.jp"]]
    import_roster(workshop, write_xlsx(tmp_path / "r1.xlsx", rows))
    # Married name, same e-mail, title left blank this time.
    rows = [["氏名", "市町村", "職名", "メール"], ["田中 太郎", "倉敷市", "", "T@Example.jp"]]
    report = import_roster(workshop, write_xlsx(tmp_path / "r2.xlsx", rows))
    assert report.people_updated == 1 and report.outcomes[0].changes == ("name",)
    (person,) = people(workshop).values()
    assert (person.name, person.title, person.email) == ("田中 太郎", "主事", "t@example.jp")


def test_existing_municipalities_are_matched_by_code_then_name(
    tmp_path: Path, workshop: Workshop
) -> None:
    with workshop.session() as session:
        session.add(m.Municipality(name="倉敷市", code="332020"))
        session.add(m.Municipality(name="総社市"))
        session.add(m.Municipality(name="旧町", deleted_at=dt.datetime.now(dt.UTC)))
        session.commit()
    rows = [
        ["氏名", "市町村", "団体コード"],
        ["一 郎", "", "332020"],  # by code alone
        ["二 郎", "総社市", "332089"],  # by name; the workshop learns its code
        ["三 郎", "旧町", ""],  # soft-deleted: a new one is made
        ["四 郎", "総社市", "332020"],  # the code belongs to 倉敷市
    ]
    report = import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", rows))
    assert report.people_created == 3 and report.municipalities_created == 1
    assert [(r.row, str(r.reason)) for r in report.rejected] == [
        (5, "団体コード 332020 belongs to 倉敷市, not 総社市")
    ]
    munis = municipalities(workshop)
    assert munis["総社市"].code == "332089"
    found = people(workshop)
    assert found["一 郎"].municipality_id == munis["倉敷市"].id


def test_supervisor_already_in_the_workshop_is_linked_not_duplicated(
    tmp_path: Path, workshop: Workshop
) -> None:
    rows = [["氏名", "市町村", "上司", "役割"], ["佐藤 一郎", "倉敷市", "", "上司"]]
    import_roster(workshop, write_xlsx(tmp_path / "r1.xlsx", rows))
    rows = [["氏名", "市町村", "上司"], ["山田 太郎", "倉敷市", "佐藤　一郎"]]
    report = import_roster(workshop, write_xlsx(tmp_path / "r2.xlsx", rows))
    assert report.supervisors_created == 0 and report.people_created == 1
    found = people(workshop)
    assert found["山田 太郎"].supervisor_id == found["佐藤 一郎"].id
    # A supervisor in another municipality with the same name is another person.
    rows = [["氏名", "市町村", "上司"], ["鈴木 花子", "総社市", "佐藤 一郎"]]
    report = import_roster(workshop, write_xlsx(tmp_path / "r3.xlsx", rows))
    assert report.supervisors_created == 1


def test_supervision_loops_and_self_supervision_are_not_linked(
    tmp_path: Path, workshop: Workshop
) -> None:
    rows = [
        ["氏名", "市町村", "上司"],
        ["甲 一郎", "倉敷市", "乙 二郎"],
        ["乙 二郎", "倉敷市", "甲 一郎"],
        ["丙 三郎", "倉敷市", "丙 三郎"],
    ]
    report = import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", rows))
    assert any("loop" in w and w.startswith("row 3") for w in map(str, report.warnings))
    assert any("own 上司" in w and w.startswith("row 4") for w in map(str, report.warnings))
    found = people(workshop)
    assert found["甲 一郎"].supervisor_id == found["乙 二郎"].id
    assert found["乙 二郎"].supervisor_id is None and found["丙 三郎"].supervisor_id is None


def test_department_without_municipality_is_left_out_with_a_warning(
    tmp_path: Path, workshop: Workshop
) -> None:
    rows = [["氏名", "所属"], ["講師 花子", "県立大学"]]
    report = import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", rows))
    assert report.people_created == 1 and report.departments_created == 0
    assert any("no 市町村 column" in w for w in map(str, report.warnings))
    assert any(w.startswith("row 2: 所属 “県立大学” left out") for w in map(str, report.warnings))


def test_dry_run_writes_nothing_and_reports_what_the_import_does(
    tmp_path: Path, workshop: Workshop
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", typical_sheet())
    before = counts(workshop)
    dry = import_roster(workshop, path, dry_run=True)
    assert dry.dry_run and counts(workshop) == before
    real = import_roster(workshop, path)
    assert not real.dry_run
    assert replace(dry, dry_run=False) == real
    assert counts(workshop) != before
    # Also for an update: dry run of a changed sheet, then the real thing.
    rows = typical_sheet()
    rows[5][5] = "係長"
    changed = write_xlsx(tmp_path / "r2.xlsx", rows)
    before = counts(workshop)
    dry = import_roster(workshop, changed, dry_run=True)
    assert people(workshop)["鈴木 花子"].title == "主任"
    assert replace(dry, dry_run=False) == import_roster(workshop, changed)
    assert counts(workshop) == before and people(workshop)["鈴木 花子"].title == "係長"


def test_an_unexpected_failure_writes_nothing(
    tmp_path: Path, workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_apply = roster_apply._apply

    def apply_then_fail(session: Session, plan: Any) -> None:
        real_apply(session, plan)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(roster_apply, "_apply", apply_then_fail)
    before = counts(workshop)
    with pytest.raises(RuntimeError):
        import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", typical_sheet()))
    assert counts(workshop) == before


def test_csv_imports_like_xlsx(tmp_path: Path, workshop: Workshop) -> None:
    rows = [[("" if v is None else v) for v in row] for row in typical_sheet()]
    path = write_csv(tmp_path / "r.csv", rows, "cp932")
    report = import_roster(workshop, path)
    assert (report.people_created, report.supervisors_created) == (4, 1)
    assert municipalities(workshop)["函館市"].code == "012025"  # "12025" in the CSV


def test_600_rows_import_and_reimport_unchanged(tmp_path: Path, workshop: Workshop) -> None:
    rows: list[list[Any]] = [["氏名", "ふりがな", "市町村", "所属", "職名", "メール", "上司"]]
    for i in range(600):
        city = f"市{i % 20:02d}"
        rows.append(
            [
                f"職員 {i:03d}",
                "しょくいん",
                city,
                f"課{i % 7}",
                "主事",
                f"p{i}@x.lg.jp",
                f"課長 {i % 7}",
            ]
        )
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    report = import_roster(workshop, path)
    assert report.people_created == 600 and report.supervisors_created == 140
    again = import_roster(workshop, path)
    assert again.people_unchanged == 600


# --- property: any cell values ------------------------------------------------------------------

_WORDS = [*HEADERS, "役割", "受講者", "上司", "講師", "見学", "-", "なし", "　", "12025", "332021"]
_xlsx_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12
)  # openpyxl refuses control characters
_cells = st.one_of(
    st.none(),
    st.sampled_from(_WORDS),
    _xlsx_text,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
)
_grids = st.lists(st.lists(_cells, max_size=7), min_size=0, max_size=8)
# Half the headers start with a name column, so most examples get as far as the rows.
_headers = st.tuples(st.booleans(), st.lists(st.sampled_from(_WORDS), min_size=1, max_size=7)).map(
    lambda t: ["氏名", *t[1]] if t[0] else t[1]
)


def _check(report: RosterReport, data_rows: int) -> None:
    assert report.summary()
    assert min(report.people_created, report.people_updated, report.people_unchanged) >= 0
    accounted = report.people_created + report.people_updated + report.people_unchanged
    assert accounted + len(report.rejected) <= data_rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=_headers, grid=_grids)
def test_any_xlsx_cells_give_a_report_or_a_roster_error(
    header: list[str], grid: list[list[Any]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write_xlsx(Path(tmp) / "r.xlsx", [header, *grid])
        with Workshop.create(Path(tmp) / "t.dxw", _initialise) as w:
            try:
                report = import_roster(w, path)
            except RosterError as exc:
                event(type(exc).__name__)
                return
            event("people imported" if report.people_imported else "report")
            _check(report, len(grid))
            again = import_roster(w, path)  # importing twice never duplicates anyone
            assert again.people_created == again.supervisors_created == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(
        alphabet=st.one_of(
            st.characters(), st.sampled_from([",", "\t", "\n", '"', "　", *string.digits])
        ),
        max_size=200,
    ),
    header=_headers,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932"]),
)
def test_any_csv_text_gives_a_report_or_a_roster_error(
    text: str, header: list[str], encoding: str
) -> None:
    data = (",".join(header) + "\n" + text).encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        path.write_bytes(data)
        with Workshop.create(Path(tmp) / "t.dxw", _initialise) as w:
            try:
                report = import_roster(w, path)
            except RosterError as exc:
                event(type(exc).__name__)
                return
            event("people imported" if report.people_imported else "report")
            _check(report, text.count("\n") + text.count("\r") + 1)
            again = import_roster(w, path)
            assert again.people_created == again.supervisors_created == 0


def test_soft_deleted_people_are_not_matched(tmp_path: Path, workshop: Workshop) -> None:
    rows = [["氏名", "市町村"], ["山田 太郎", "倉敷市"]]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    import_roster(workshop, path)
    with workshop.session() as session:
        person = session.exec(select(m.Person)).one()
        person.deleted_at = dt.datetime.now(dt.UTC)
        session.add(person)
        session.commit()
    report = import_roster(workshop, path)
    assert report.people_created == 1
    with workshop.session() as session:
        live = session.exec(select(m.Person).where(col(m.Person.deleted_at).is_(None))).all()
        assert len(live) == 1


_PEOPLE = ["山田 太郎", "山田　太郎", "鈴木 花子", "佐藤 一郎", "高橋 次郎", ""]
_realistic_rows = st.lists(
    st.tuples(
        st.sampled_from(_PEOPLE),
        st.sampled_from(["倉敷市", "総社市", ""]),
        st.sampled_from(["", "332020", "33208"]),
        st.sampled_from(["", "市民課", "税務課"]),
        st.sampled_from(["", "主事", "課長"]),
        st.sampled_from(["", "a@x.jp", "b@x.jp"]),
        st.sampled_from(_PEOPLE),
        st.sampled_from(["", "上司", "受講者", "講師"]),
    ).map(list),
    max_size=8,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=_realistic_rows, second=_realistic_rows)
def test_any_import_then_the_same_again_changes_nothing(
    first: list[list[str]], second: list[list[str]]
) -> None:
    """Whatever the workshop holds, a dry run reports what the import does, and
    importing a file right after importing it creates and updates no one."""
    header = ["氏名", "市町村", "団体コード", "所属", "職名", "メール", "上司", "役割"]
    with (
        tempfile.TemporaryDirectory() as tmp,
        Workshop.create(Path(tmp) / "t.dxw", _initialise) as w,
    ):
        for n, rows in enumerate((first, second)):
            path = write_xlsx(Path(tmp) / f"r{n}.xlsx", [header, *rows])
            dry = import_roster(w, path, dry_run=True)
            real = import_roster(w, path)
            assert replace(dry, dry_run=False) == real
            again = import_roster(w, path)
            if any("same person in the workshop" in str(r.reason) for r in real.rejected):
                continue  # a row left out the first time may fit the second time
            assert again.people_created == again.people_updated == 0
            assert again.supervisors_created == again.municipalities_created == 0
            assert again.departments_created == 0
