"""Notes: the import services' messages as a code and values, English by str()."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxworkshop.services import feedback_form, hearing_sheet, hearings, notes, roster
from dxworkshop.services.notes import Note
from dxworkshop.services.roster import UnreadableRoster, read_roster

ALL_CODES = (
    roster.NOTE_CODES
    | hearing_sheet.NOTE_CODES
    | feedback_form.NOTE_CODES
    | hearings.NOTE_CODES
    | notes.NOTE_CODES
)


def test_a_note_prints_its_english_sentence() -> None:
    note = Note.of("roster.bad_email", value="abc", column="メール")
    assert str(note) == "“abc” is not an e-mail address (メール)"
    assert f"row 5: {note}" == "row 5: “abc” is not an e-mail address (メール)"
    nested = Note.of(
        "sheet.answer_unreadable", question="CIO", problem=Note.of("form.several_marked")
    )
    assert str(nested) == "「CIO」: more than one option is marked; left as it is"
    listed = Note.of("roster.other_sheets", sheet="名簿", others=("記入例", "記入方法"))
    assert str(listed) == "read sheet “名簿”; the workbook also has “記入例”, “記入方法”"


def test_notes_compare_and_hash_by_code_and_values() -> None:
    a = Note.of("roster.no_name", column="氏名")
    assert a == Note("roster.no_name", {"column": "氏名"})
    assert a != Note.of("roster.no_name", column="姓")
    assert len({a, Note.of("roster.no_name", column="氏名")}) == 1
    with pytest.raises(TypeError):
        a.params["column"] = "姓"  # type: ignore[index]


def test_an_unknown_code_or_a_missing_value_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown note code"):
        Note.of("roster.no_such_thing")
    with pytest.raises(ValueError, match="lacks column"):
        Note.of("roster.no_name")


def test_every_declared_code_has_an_english_sentence() -> None:
    for code in ALL_CODES:
        template = notes.english_template(code)
        params = {name: "x" for name in notes.placeholders(template)}
        assert str(Note(code, params)), code
    # each module's codes are its own
    assert not roster.NOTE_CODES & hearings.NOTE_CODES
    assert hearing_sheet.PROBLEM_CODES <= feedback_form.NOTE_CODES


def test_rejected_rows_and_warnings_carry_codes(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "氏名,市町村,団体コード,メール,役割,備考\n"
        ",倉敷市,,,,\n"
        "山田 太郎,倉敷市,332021,,,\n"
        "鈴木 花子,倉敷市,,suzuki.example.jp,,\n"
        "高橋 三郎,倉敷市,,,見学,\n",
        encoding="utf-8",
    )
    sheet = read_roster(path)
    assert [(r.row, r.reason.code) for r in sheet.rejected] == [
        (2, "roster.no_name"),
        (3, "roster.code_check_digit"),
        (4, "roster.bad_email"),
        (5, "roster.unknown_role"),
    ]
    assert sheet.rejected[1].reason.params == {"value": "332021", "expected": "0"}
    assert [w.code for w in sheet.warnings] == ["roster.column_unknown"]
    assert dict(sheet.warnings[0].params) == {"column": "F", "heading": "備考"}


def test_an_unreadable_file_says_why_by_code(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableRoster) as caught:
        read_roster(empty)
    assert caught.value.note == Note.of("roster.file_empty")
    assert caught.value.message == "the file is empty"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnreadableRoster) as caught:
        read_roster(fake)
    assert caught.value.note.code == "roster.file_fake_xlsx"
