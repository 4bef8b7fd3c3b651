"""Roster import: the caller's column mapping, sheet listing, and undo/redo of an import."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import Session, select

from dxworkshop.domain.enums import Role
from dxworkshop.services import people as people_service
from dxworkshop.services.roster import (
    MappingConflict,
    NoNameColumn,
    RosterField,
    UnreadableRoster,
    import_roster,
    import_sheet,
    list_sheets,
    read_roster,
    redo_import,
    undo_import,
)
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

F = RosterField


def _initialise(session: Session) -> None:
    session.add(m.Programme(name="テスト研修"))


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with Workshop.create(tmp_path / "t.dxw", _initialise) as w:
        yield w


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "名簿") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="cp932", newline="") as fh:
        csv.writer(fh).writerows([["" if v is None else v for v in row] for row in rows])
    return path


def sheet_with_contact() -> list[list[Any]]:
    """The e-mail address sits under a heading the importer does not know (連絡先, column E)."""
    return [
        ["令和8年度 業務改善研修 受講者名簿"],
        [],
        ["氏名", "ふりがな", "市町村", "職名", "連絡先"],
        ["山田 太郎", "やまだ たろう", "倉敷市", "主事", "yamada@city.kurashiki.lg.jp"],
        ["鈴木 花子", "すずき はなこ", "倉敷市", "主任", "suzuki@city.kurashiki.lg.jp"],
        [None, None, "倉敷市", "係長", "nobody@city.kurashiki.lg.jp"],  # row 6: no name
    ]


def live_people(w: Workshop) -> dict[str, people_service.PersonRow]:
    return {p.name: p for p in people_service.list_people(w)}


# --- mapping -----------------------------------------------------------------------------


def test_an_unknown_heading_mapped_to_email(tmp_path: Path, workshop: Workshop) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    plain = read_roster(path)
    assert [c.field for c in plain.columns][4] is None
    assert any("連絡先" in w for w in map(str, plain.warnings))
    assert all(r.email == "" for r in plain.rows)

    mapped = read_roster(path, mapping={5: F.EMAIL})
    assert [(c.letter, c.header, c.field) for c in mapped.columns] == [
        ("A", "氏名", F.NAME),
        ("B", "ふりがな", F.KANA),
        ("C", "市町村", F.MUNICIPALITY),
        ("D", "職名", F.TITLE),
        ("E", "連絡先", F.EMAIL),
    ]
    assert mapped.columns[4].example == "yamada@city.kurashiki.lg.jp"
    assert not any("連絡先" in w for w in map(str, mapped.warnings))
    assert [r.email for r in mapped.rows] == [
        "yamada@city.kurashiki.lg.jp",
        "suzuki@city.kurashiki.lg.jp",
    ]
    assert [(r.row, str(r.reason)) for r in mapped.rejected] == [(6, "no name (氏名)")]

    report = import_roster(workshop, path, mapping={5: "email"})  # plain strings work too
    assert report.people_created == 2
    assert live_people(workshop)["山田 太郎"].email == "yamada@city.kurashiki.lg.jp"


def test_a_detected_column_can_be_ignored(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    sheet = read_roster(path, mapping={4: None})
    assert sheet.columns[3].header == "職名" and sheet.columns[3].field is None
    assert all(r.title == "" for r in sheet.rows)


def test_two_columns_mapped_to_one_field_are_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    with pytest.raises(MappingConflict) as caught:
        read_roster(path, mapping={5: F.EMAIL, 4: F.EMAIL})
    assert caught.value.columns == (4, 5) and caught.value.field is F.EMAIL
    assert "columns D and E are both mapped to email" in str(caught.value)


def test_a_mapped_field_is_not_also_taken_from_a_heading(tmp_path: Path) -> None:
    rows = sheet_with_contact()
    rows[2][3] = "メール"  # column D now looks like the e-mail column
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    sheet = read_roster(path, mapping={5: F.EMAIL})
    assert [c.field for c in sheet.columns][3:] == [None, F.EMAIL]
    assert "column D “メール” ignored: column E is mapped to email" in map(str, sheet.warnings)


def test_no_name_column_after_the_mapping(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    with pytest.raises(NoNameColumn) as caught:
        read_roster(path, mapping={1: None})
    assert caught.value.row == 3
    assert [c.letter for c in caught.value.columns] == ["A", "B", "C", "D", "E"]
    assert caught.value.columns[0].field is None


def test_an_unknown_name_heading_mapped_to_the_name(tmp_path: Path) -> None:
    rows = sheet_with_contact()
    rows[2][0] = "参加者"
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    with pytest.raises(NoNameColumn) as caught:
        read_roster(path)
    assert caught.value.columns[0].header == "参加者"  # offered for mapping
    sheet = read_roster(path, mapping={1: F.NAME})
    assert sheet.header_row == 3
    assert [r.name for r in sheet.rows] == ["山田 太郎", "鈴木 花子"]
    assert [(r.row, str(r.reason)) for r in sheet.rejected] == [(6, "no name (参加者)")]


def test_a_column_without_heading_can_be_mapped(tmp_path: Path) -> None:
    rows = sheet_with_contact()
    rows[2][4] = None
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    unmapped = read_roster(path).columns[4]  # listed, with what it holds, so it can be mapped
    assert (unmapped.letter, unmapped.header, unmapped.field) == ("E", "", None)
    assert unmapped.example == "yamada@city.kurashiki.lg.jp"
    sheet = read_roster(path, mapping={5: F.EMAIL})
    assert (sheet.columns[4].letter, sheet.columns[4].header) == ("E", "")
    assert sheet.rows[0].email == "yamada@city.kurashiki.lg.jp"


def test_mapping_on_csv(tmp_path: Path, workshop: Workshop) -> None:
    path = write_csv(tmp_path / "r.csv", sheet_with_contact())
    assert list_sheets(path) == []
    sheet = read_roster(path, mapping={5: F.EMAIL, 4: None})
    assert sheet.file_format == "csv" and sheet.sheet is None
    assert [(r.name, r.title, r.email) for r in sheet.rows] == [
        ("山田 太郎", "", "yamada@city.kurashiki.lg.jp"),
        ("鈴木 花子", "", "suzuki@city.kurashiki.lg.jp"),
    ]
    report = import_roster(workshop, path, mapping={5: F.EMAIL})
    assert report.people_created == 2 and len(report.rejected) == 1


def test_bad_column_numbers_are_a_programming_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    with pytest.raises(ValueError, match="start at 1"):
        read_roster(path, mapping={0: F.EMAIL})


# --- sheets -------------------------------------------------------------------------------


def test_list_sheets_gives_the_visible_sheets_in_order(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "表紙"
    wb.create_sheet("受講者")
    wb.create_sheet("作業用").sheet_state = "hidden"
    wb.create_sheet("上司")
    wb.save(tmp_path / "b.xlsx")
    assert list_sheets(tmp_path / "b.xlsx") == ["表紙", "受講者", "上司"]


def test_list_sheets_refuses_what_read_roster_refuses(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnreadableRoster):
        list_sheets(junk)


# --- undo and redo ------------------------------------------------------------------------


def test_undo_removes_what_the_import_created_and_redo_brings_it_back(
    tmp_path: Path, workshop: Workshop
) -> None:
    rows = sheet_with_contact()
    rows[2].extend(["所属", "上司"])
    rows[3].extend(["市民課", "佐藤 一郎"])
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    report = import_roster(workshop, path, mapping={5: F.EMAIL})
    assert report.undo is not None
    assert set(live_people(workshop)) == {"山田 太郎", "鈴木 花子", "佐藤 一郎"}
    ids = {name: p.id for name, p in live_people(workshop).items()}

    undo_import(workshop, report)
    assert live_people(workshop) == {}
    assert people_service.list_municipalities(workshop) == []
    assert people_service.list_departments(workshop) == []

    redo_import(workshop, report.undo)
    again = live_people(workshop)
    assert {name: p.id for name, p in again.items()} == ids
    assert again["山田 太郎"].supervisor_name == "佐藤 一郎"
    assert again["山田 太郎"].department_name == "市民課"
    assert Role.SUPERVISOR in again["佐藤 一郎"].roles


def test_undo_restores_updated_people_and_learned_codes(tmp_path: Path, workshop: Workshop) -> None:
    muni = people_service.add_municipality(workshop, "倉敷市")
    yamada = people_service.add_person(
        workshop, "山田 太郎", municipality_id=muni.id, title="主事", roles={Role.TRAINEE}
    )
    before = people_service.get_person(workshop, yamada.id)
    rows = [
        ["氏名", "市町村", "団体コード", "職名", "役割", "上司"],
        ["山田 太郎", "倉敷市", "332020", "主任", "受講者、DX推進担当者", "高橋 次郎"],
    ]
    report = import_roster(workshop, write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(o.action, o.changes) for o in report.outcomes] == [
        ("updated", ("title", "supervisor", "roles"))
    ]
    after = people_service.get_person(workshop, yamada.id)
    assert after.title == "主任" and after.supervisor_name == "高橋 次郎"
    assert Role.DX_CONTACT in after.roles
    assert people_service.list_municipalities(workshop)[0].code == "332020"

    undo_import(workshop, report)
    assert people_service.get_person(workshop, yamada.id) == before
    assert people_service.list_municipalities(workshop)[0].code == ""
    assert set(live_people(workshop)) == {"山田 太郎"}  # the new supervisor is gone

    assert report.undo is not None
    redo_import(workshop, report.undo)
    assert people_service.get_person(workshop, yamada.id) == after
    assert people_service.list_municipalities(workshop)[0].code == "332020"


def test_reimport_after_undo_creates_people_again(tmp_path: Path, workshop: Workshop) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    undo_import(workshop, import_roster(workshop, path))
    report = import_roster(workshop, path)
    assert report.people_created == 2
    assert len(live_people(workshop)) == 2


def test_a_dry_run_has_nothing_to_undo(tmp_path: Path, workshop: Workshop) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    dry = import_roster(workshop, path, dry_run=True)
    assert dry.undo is None
    with pytest.raises(ValueError, match="dry run"):
        undo_import(workshop, dry)
    real = import_roster(workshop, path)
    assert real.undo is not None and not real.undo.empty
    assert replace(dry, dry_run=False) == real  # the token is not part of the comparison
    unchanged = import_roster(workshop, path)
    assert unchanged.undo is not None and unchanged.undo.empty


def test_import_sheet_imports_what_was_read(tmp_path: Path, workshop: Workshop) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", sheet_with_contact())
    sheet = read_roster(path, mapping={5: F.EMAIL})
    path.unlink()  # what was previewed is imported, whatever happens to the file
    report = import_sheet(workshop, sheet)
    assert report.people_created == 2
    assert live_people(workshop)["鈴木 花子"].email == "suzuki@city.kurashiki.lg.jp"
    with workshop.session() as session:
        assert len(session.exec(select(m.Person)).all()) == 2


def test_a_sheet_without_a_name_column_is_named_in_the_error(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "記入方法"
    notes.append(["受講者を記入してください"])
    roster = wb.create_sheet("名簿")
    for row in sheet_with_contact():
        roster.append(row)
    roster.cell(row=3, column=1, value="参加者")
    wb.save(tmp_path / "b.xlsx")
    # Of the two failures, the sheet that has headings is the one to tell about.
    with pytest.raises(NoNameColumn) as caught:
        read_roster(tmp_path / "b.xlsx")
    assert caught.value.sheet == "名簿"
    assert read_roster(tmp_path / "b.xlsx", mapping={1: F.NAME}).sheet == "名簿"
