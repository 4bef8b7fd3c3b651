"""Issue 19, done when: a roster of every municipality of a prefecture, its 団体コード written
as six digits, five digits or number cells, imports every row with the right code; a wrong
or unknown code is rejected with its row. Real .xlsx files, a real workshop file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import Session, select

from dxworkshop.domain.local_codes import with_check_digit
from dxworkshop.services.municipalities import LocalGovernment, national_list
from dxworkshop.services.roster import import_roster, read_roster
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

HEADER = ["氏名", "ふりがな", "市町村", "団体コード", "所属"]

#: How a municipality office writes its code: text of six or five digits, or a number cell
#: (an int: a code of 北海道–福井県 loses its leading zero).
FORMS: dict[str, Callable[[str], str | int]] = {
    "six digits": lambda code: code,
    "five digits": lambda code: code[:5],
    "number of six digits": int,
    "number of five digits": lambda code: int(code[:5]),
}


def _initialise(session: Session) -> None:
    session.add(m.Programme(name="全市町村研修"))


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def roster_rows(
    municipalities: Sequence[LocalGovernment], form: Callable[[LocalGovernment, int], str | int]
) -> list[list[Any]]:
    """A header and one trainee of each municipality (sheet row i + 2 is municipality i)."""
    return [
        HEADER,
        *(
            [f"受講 {i:03d}号", f"じゅこう {i:03d}", e.name, form(e, i), "企画課"]
            for i, e in enumerate(municipalities)
        ),
    ]


def municipality_codes(w: Workshop) -> dict[str, str]:
    with w.session() as session:
        return {mu.name: mu.code for mu in session.exec(select(m.Municipality)).all()}


def people_by_municipality(w: Workshop) -> dict[str, list[str]]:
    with w.session() as session:
        names = {mu.id: mu.name for mu in session.exec(select(m.Municipality)).all()}
        found: dict[str, list[str]] = {}
        for p in session.exec(select(m.Person)).all():
            found.setdefault(names.get(p.municipality_id, ""), []).append(p.name)
        return found


def unknown_code(prefecture: str) -> str:
    """A code of the prefecture with a fitting check digit that no entry of the list has."""
    national = national_list()
    number = national.municipalities(prefecture)[0].code[:2]
    return next(
        code
        for code in (with_check_digit(f"{number}{n:03d}") for n in range(999, 0, -1))
        if national.by_code(code) is None
    )


def wrong_check_digit(code: str) -> str:
    return code[:5] + str((int(code[5]) + 1) % 10)


@pytest.mark.parametrize("prefecture", ["北海道", "宮城県", "千葉県", "東京都", "岡山県", "沖縄県"])
def test_every_municipality_of_a_prefecture_imports_with_its_code(
    tmp_path: Path, prefecture: str
) -> None:
    munis = national_list().municipalities(prefecture)
    forms = list(FORMS.values())
    # One roster, the forms taken in turn, and two bad rows at the end.
    mixed = roster_rows(munis, lambda e, i: forms[i % len(forms)](e.code))
    first = munis[0]
    bad_row, unknown_row = len(mixed) + 1, len(mixed) + 2
    mixed.append(["誤り 一郎", "", first.name, wrong_check_digit(first.code), "企画課"])
    mixed.append(["不明 二郎", "", first.name, unknown_code(prefecture), "企画課"])

    with Workshop.create(tmp_path / "w.dxw", _initialise) as w:
        report = import_roster(w, write_xlsx(tmp_path / "mixed.xlsx", mixed))

        assert report.people_created == len(munis)
        assert report.municipalities_created == len(munis)
        assert municipality_codes(w) == {e.name: e.code for e in munis}
        assert people_by_municipality(w) == {
            e.name: [f"受講 {i:03d}号"] for i, e in enumerate(munis)
        }
        assert [(r.row, r.name, r.reason.code) for r in report.rejected] == [
            (bad_row, "誤り 一郎", "roster.code_check_digit"),
            (unknown_row, "不明 二郎", "roster.code_not_national"),
        ]
        bad, unknown = (str(r) for r in report.rejected)
        assert bad.startswith(f"row {bad_row}: ") and wrong_check_digit(first.code) in bad
        assert f"its check digit would be {first.code[5]}" in bad
        assert unknown.startswith(f"row {unknown_row}: ") and unknown_code(prefecture) in unknown

        # Each form on its own: read with the right codes, and the same people found again
        # (a code read otherwise than the workshop holds it would reject the row).
        for label, form in FORMS.items():
            rows = roster_rows(munis, lambda e, _i, form=form: form(e.code))
            path = write_xlsx(tmp_path / f"{label}.xlsx", rows)
            sheet = read_roster(path)
            assert not sheet.rejected, label
            assert [(r.municipality, r.municipality_code) for r in sheet.rows] == [
                (e.name, e.code) for e in munis
            ], label
            again = import_roster(w, path)
            assert not again.rejected, label
            assert (again.people_created, again.municipalities_created) == (0, 0), label
            assert again.people_unchanged == len(munis), label
        assert municipality_codes(w) == {e.name: e.code for e in munis}


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [
        ("中央区", "13102", "131024"),  # not 013102, though its check digit fits
        ("中央区", 13102, "131024"),
        ("小笠原村", "13421", "134210"),
        ("小笠原村", 13421, "134210"),
        ("糸満市", "47210", "472107"),
        ("嘉手納町", "47325", "473251"),
        ("嘉手納町", 47325, "473251"),
        ("士別市", 12203, "012203"),  # the name decides: 士別市 012203 or 市川市 122033
        ("市川市", "12203", "122033"),
    ],
)
def test_the_issues_five_digit_codes_import_as_their_municipality(
    tmp_path: Path, name: str, value: str | int, code: str
) -> None:
    rows = [HEADER, ["山田 太郎", "", name, value, ""]]
    with Workshop.create(tmp_path / "w.dxw", _initialise) as w:
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert not report.rejected
        assert municipality_codes(w) == {name: code}


def test_codes_the_list_refuses_name_the_row(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["一 郎", "", "", "12203", ""],  # 士別市 or 市川市, and no name
        ["二 郎", "", "総社市", "332020", ""],  # 倉敷市's code
        ["三 郎", "", "倉敷市", "332021", ""],  # check digit
        ["四 郎", "", "倉敷市", "482020", ""],  # no prefecture 48
    ]
    with Workshop.create(tmp_path / "w.dxw", _initialise) as w:
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(r.row, str(r.reason)) for r in report.rejected] == [
        (
            2,
            "団体コード 12203 may be 北海道士別市、千葉県市川市: "
            "give the municipality's name (市町村) too",
        ),
        (3, "団体コード 332020 belongs to 倉敷市, not 総社市"),
        (4, "団体コード 332021 is not valid (its check digit would be 0)"),
        (5, "団体コード 482020 is not valid (no prefecture 48)"),
    ]
    assert report.people_created == 0


def test_a_workshop_name_off_the_list_keeps_its_code(tmp_path: Path) -> None:
    """A municipality the workshop holds under a name of its own (倉敷市役所, the demo's
    numbered copies) takes rows with its code; a row of a name the workshop does not pair
    with that code is refused."""
    with Workshop.create(tmp_path / "w.dxw", _initialise) as w:
        with w.session() as session:
            session.add(m.Municipality(name="倉敷市役所", code="332020"))
            session.add(m.Municipality(name="岡山市（2）", code="331007"))
            session.add(m.Municipality(name="玉野市役所"))  # no code: the list decides
            session.commit()
        rows = [
            HEADER,
            ["一 郎", "", "倉敷市役所", "332020", ""],
            ["二 郎", "", "倉敷市役所", 33202, ""],
            ["三 郎", "", "岡山市（2）", "33100", ""],
            ["四 郎", "", "玉野市役所", "332046", ""],  # 玉野市's code
            ["五 郎", "", "総社市役所", "332020", ""],
        ]
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert report.people_created == 3 and report.municipalities_created == 0
        assert [(r.row, str(r.reason)) for r in report.rejected] == [
            (5, "団体コード 332046 belongs to 玉野市, not 玉野市役所"),
            (
                6,
                "団体コード 332020 belongs to 倉敷市役所, not 総社市役所",
            ),  # as the workshop has it
        ]
        assert people_by_municipality(w) == {
            "倉敷市役所": ["一 郎", "二 郎"],
            "岡山市（2）": ["三 郎"],
        }
