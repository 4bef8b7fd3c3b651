"""A roster for a programme of a prefecture: its municipalities named without a 団体コード get
their code and kana from the national list; a name that is none of them is refused, with the
nearest names. Real .xlsx files, a real workshop file."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from dxworkshop.services.municipalities import national_list
from dxworkshop.services.programme import new_programme
from dxworkshop.services.roster import import_roster
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop
from tests.services.test_roster_national import write_xlsx

HEADER = ["氏名", "市町村", "所属"]


def municipalities(w: Workshop) -> dict[str, tuple[str, str]]:
    with w.session() as session:
        return {mu.name: (mu.code, mu.kana) for mu in session.exec(select(m.Municipality)).all()}


def test_every_municipality_of_the_prefecture_by_name_alone(tmp_path: Path) -> None:
    okayama = national_list().municipalities("岡山県")
    rows = [HEADER, *([f"受講 {i:02d}号", e.name, "企画課"] for i, e in enumerate(okayama))]
    with new_programme(tmp_path / "w.dxw", "研修", prefecture="岡山県") as w:
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert not report.rejected
        assert report.people_created == report.municipalities_created == len(okayama) == 27
        assert municipalities(w) == {e.name: (e.code, e.kana) for e in okayama}


def test_names_as_people_write_them(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["一 郎", "岡山県倉敷市", ""],  # with its prefecture
        ["二 郎", "都窪郡早島町", ""],  # with its 郡
        ["三 郎", "倉敷市", ""],  # the same municipality as row 2
        ["四 郎", "岡山県", "デジタル推進課"],  # the prefecture's own office
    ]
    with new_programme(tmp_path / "w.dxw", "研修", prefecture="岡山") as w:
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert not report.rejected
        assert municipalities(w) == {
            "倉敷市": ("332020", "くらしきし"),
            "早島町": ("334235", "はやしまちょう"),
            "岡山県": ("330001", "おかやまけん"),
        }


def test_a_name_of_no_municipality_of_the_prefecture_is_refused(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["一 郎", "倉式市", ""],  # a typo
        ["二 郎", "中央区", ""],  # of 東京都 (and other cities' wards)
        ["三 郎", "総社市", ""],
        ["四 郎", "東京都中央区", ""],
    ]
    with new_programme(tmp_path / "w.dxw", "研修", prefecture="岡山県") as w:
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert [(r.row, r.name, str(r.reason)) for r in report.rejected] == [
            (
                2,
                "一 郎",
                "倉式市 is not a municipality of 岡山県, the programme's prefecture; "
                "did you mean “倉敷市”?",
            ),
            (3, "二 郎", "中央区 is not a municipality of 岡山県, the programme's prefecture"),
            (
                5,
                "四 郎",
                "東京都中央区 is not a municipality of 岡山県, the programme's prefecture",
            ),
        ]
        assert municipalities(w) == {"総社市": ("332089", "そうじゃし")}


def test_the_workshops_own_names_and_codes_stay(tmp_path: Path) -> None:
    """A municipality the workshop holds under a name off the list is taken by that name;
    one it holds without a code learns the list's; a code on the row still decides."""
    with new_programme(tmp_path / "w.dxw", "研修", prefecture="岡山県") as w:
        with w.session() as session:
            session.add(m.Municipality(name="倉敷市役所", code="332020"))
            session.add(m.Municipality(name="総社市"))
            session.commit()
        rows = [
            ["氏名", "市町村", "団体コード"],
            ["一 郎", "倉敷市役所", ""],
            ["二 郎", "総社市", ""],
            ["三 郎", "中央区", "13102"],  # a code names a municipality of any prefecture
        ]
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert not report.rejected
        assert report.people_created == 3 and report.municipalities_created == 1
        assert municipalities(w) == {
            "倉敷市役所": ("332020", ""),
            "総社市": ("332089", ""),  # learns its code
            "中央区": ("131024", "ちゅうおうく"),
        }


def test_without_a_prefecture_a_name_is_taken_as_written(tmp_path: Path) -> None:
    rows = [HEADER, ["一 郎", "倉式市", ""], ["二 郎", "倉敷市", ""]]
    with new_programme(tmp_path / "w.dxw", "研修") as w:
        report = import_roster(w, write_xlsx(tmp_path / "r.xlsx", rows))
        assert not report.rejected
        assert municipalities(w) == {"倉式市": ("", ""), "倉敷市": ("", "")}
