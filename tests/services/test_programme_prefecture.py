"""The prefecture a programme belongs to: stored (schema version 2), set when the programme
is made or later, carried by the interchange format as an optional field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dxworkshop.cli import main
from dxworkshop.services import municipalities as mu
from dxworkshop.services import programme as svc
from dxworkshop.services.errors import ValidationError
from dxworkshop.services.interchange import (
    InterchangeError,
    dump_document,
    load_document,
)
from dxworkshop.store.workshop import Workshop


def test_a_new_programme_belongs_to_the_prefecture_given(tmp_path: Path) -> None:
    with svc.new_programme(tmp_path / "a.dxw", "研修", prefecture="岡山") as w:
        assert svc.get_programme(w).prefecture == "岡山県"  # as the national list names it
    with svc.new_programme(tmp_path / "b.dxw", "研修") as w:
        assert svc.get_programme(w).prefecture == ""
    with pytest.raises(ValidationError) as err:
        svc.new_programme(tmp_path / "c.dxw", "研修", prefecture="岡山府")
    assert (err.value.field, err.value.code) == ("prefecture", "bad_value")
    assert not (tmp_path / "c.dxw").exists()


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("岡山県", "岡山県"),
        ("岡山", "岡山県"),
        ("33", "岡山県"),
        ("1", "北海道"),
        ("東京", "東京都"),
    ],
)
def test_prefecture_names(value: str, name: str) -> None:
    assert mu.prefecture_name(value) == name


def test_the_prefecture_is_set_cleared_and_undone(tmp_path: Path) -> None:
    with svc.new_programme(tmp_path / "p.dxw", "研修") as w:
        result = svc.update_programme_op(prefecture="沖縄県")(w)
        assert result.value.prefecture == "沖縄県"
        result.reverse(w)
        assert svc.get_programme(w).prefecture == ""
        svc.update_programme(w, prefecture="47")
        assert svc.get_programme(w).prefecture == "沖縄県"
        svc.update_programme(w, name="研修２")  # left out: left as it is
        assert svc.get_programme(w).prefecture == "沖縄県"
        svc.update_programme(w, prefecture="")
        assert svc.get_programme(w).prefecture == ""
        with pytest.raises(ValidationError):
            svc.update_programme(w, prefecture="48")


def test_new_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.dxw"
    assert main(["new", str(path), "--name", "研修", "--prefecture", "岡山県"]) == 0
    with Workshop.open(path, backup_on_open=False) as w:
        assert svc.get_programme(w).prefecture == "岡山県"
    capsys.readouterr()
    assert main(["new", str(tmp_path / "q.dxw"), "--name", "研修", "--prefecture", "岡山府"]) == 1
    err = capsys.readouterr().err
    assert "岡山府" in err and "prefecture" in err
    assert not (tmp_path / "q.dxw").exists()


def _doc(**programme: object) -> dict[str, object]:
    return {"format": "dxworkshop", "version": 1, "programme": {"name": "研修", **programme}}


def test_the_interchange_carries_the_prefecture_when_set(tmp_path: Path) -> None:
    with load_document(_doc(prefecture="岡山県"), tmp_path / "a.dxw") as w:
        assert svc.get_programme(w).prefecture == "岡山県"
        assert dump_document(w)["programme"]["prefecture"] == "岡山県"
    # A document without it (every file written before it existed) loads as before, and a
    # programme without one dumps without the field.
    with load_document(_doc(), tmp_path / "b.dxw") as w:
        assert svc.get_programme(w).prefecture == ""
        assert "prefecture" not in dump_document(w)["programme"]


@pytest.mark.parametrize("value", ["岡山", "Okayama", 33])
def test_the_interchange_refuses_what_is_no_prefecture(tmp_path: Path, value: object) -> None:
    with pytest.raises(InterchangeError) as err:
        load_document(_doc(prefecture=value), tmp_path / "a.dxw")
    [problem] = err.value.problems
    assert str(problem).startswith("programme.prefecture: ")
    assert not (tmp_path / "a.dxw").exists()


def test_the_demo_belongs_to_its_prefecture(tmp_path: Path) -> None:
    from dxworkshop.services.demo import create_demo

    with create_demo(tmp_path / "demo.dxw", "small") as w:
        assert svc.get_programme(w).prefecture == "岡山県"
        text = json.dumps(dump_document(w)["programme"], ensure_ascii=False)
        assert '"prefecture": "岡山県"' in text


def test_a_municipality_by_name_alone_in_a_programme_of_a_prefecture(tmp_path: Path) -> None:
    from dxworkshop.services import people

    with svc.new_programme(tmp_path / "p.dxw", "研修", prefecture="岡山県") as w:
        row = people.add_municipality(w, "岡山県倉敷市")
        assert (row.name, row.kana, row.code) == ("倉敷市", "くらしきし", "332020")
        row = people.add_municipality(w, "早島町", kana="ハヤシマ")  # a kana typed stays
        assert (row.name, row.kana, row.code) == ("早島町", "ハヤシマ", "334235")
        with pytest.raises(mu.NotInPrefecture) as err:
            people.add_municipality(w, "倉式市")
        assert [e.name for e in err.value.nearest] == ["倉敷市"]
        assert (err.value.field, err.value.code) == ("name", "not_in_prefecture")
        with pytest.raises(mu.NotInPrefecture):
            people.add_municipality(w, "中央区")
        # With a code, the code's rule decides, as in any programme.
        assert people.add_municipality(w, "中央区", code="13102").code == "131024"
        with pytest.raises(ValidationError, match="already"):
            people.add_municipality(w, "倉敷市")
        # A rename keeps the code (倉敷市役所), as before.
        renamed = people.update_municipality(w, row.id, name="早島町役場")
        assert renamed.code == "334235"
    with svc.new_programme(tmp_path / "q.dxw", "研修") as w:
        assert people.add_municipality(w, "倉式市").code == ""  # no prefecture: as typed
