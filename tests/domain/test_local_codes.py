from __future__ import annotations

import pytest

from dxworkshop.domain import local_codes as lc


@pytest.mark.parametrize(
    ("five", "digit"),
    [
        ("33100", "7"),  # 岡山市 331007
        ("33202", "0"),  # 倉敷市 332020
        ("33586", "0"),  # 新庄村 335860
        ("13102", "4"),  # 中央区 131024
        ("13421", "0"),  # 小笠原村 134210
        ("47210", "7"),  # 糸満市 472107
        ("47325", "1"),  # 嘉手納町 473251
        ("01100", "2"),  # 札幌市 011002
        ("01000", "6"),  # 北海道 010006
        ("09000", "0"),  # 栃木県 090000: 11 - 0 % 11 is 11, written 0
    ],
)
def test_check_digit(five: str, digit: str) -> None:
    assert lc.check_digit(five) == digit
    assert lc.with_check_digit(five) == five + digit
    assert lc.is_valid(five + digit)


def test_check_digit_needs_five_ascii_digits() -> None:
    for bad in ("3320", "332020", "３３２０２", "3320a"):
        with pytest.raises(ValueError):
            lc.check_digit(bad)


def test_validity() -> None:
    assert lc.is_valid("332020")
    assert not lc.is_valid("332021")  # check digit
    assert not lc.is_valid("480001")  # no prefecture 48
    assert not lc.is_valid("000000")
    assert not lc.is_valid("33202")
    assert not lc.is_valid("３３２０２０")  # full-width digits are read by readings(), not here


def test_six_digits_are_themselves_or_say_what_is_wrong() -> None:
    assert lc.readings("332020") == ("332020",)
    assert lc.readings(332020) == ("332020",)
    with pytest.raises(lc.CodeError) as err:
        lc.readings("332021")
    assert (err.value.reason, err.value.expected) == ("check_digit", "0")
    with pytest.raises(lc.CodeError) as err:
        lc.readings("481234")
    assert err.value.reason == "no_prefecture"
    with pytest.raises(lc.CodeError) as err:
        lc.readings("3320201")
    assert err.value.reason == "too_long"


@pytest.mark.parametrize("bad", ["", "33-202", "倉敷", "33202.0", "-33202"])
def test_not_a_number(bad: str) -> None:
    with pytest.raises(lc.CodeError) as err:
        lc.readings(bad)
    assert err.value.reason == "not_number"


def test_negative_and_bool_are_not_codes() -> None:
    for bad in (-33202, True):
        with pytest.raises(lc.CodeError) as err:
            lc.readings(bad)
        assert err.value.reason == "not_number"


def test_five_digits_without_the_check_digit() -> None:
    assert lc.readings("33202") == ("332020",)
    assert lc.readings(33100) == ("331007",)
    assert lc.readings("01100") == ("011002",)  # written as text: the zero is there


def test_a_number_that_lost_its_leading_zero() -> None:
    # 札幌市 011002 as a number cell: 11002; its five digits 01100 as a number: 1100
    assert "011002" in lc.readings(11002)
    assert lc.readings(1100) == ("011002",)
    assert lc.readings("12025") == ("012025", "120251")  # 函館市, or 12025 and its digit
    # four digits are only ever five digits that lost their zero
    assert lc.readings("1002") == ("010022",)


@pytest.mark.parametrize(
    ("five", "six", "false_reading"),
    [
        ("13102", "131024", "013102"),  # 中央区
        ("13421", "134210", "013421"),  # 小笠原村
        ("47210", "472107", "047210"),  # 糸満市
        ("47325", "473251", "047325"),  # 嘉手納町
    ],
)
def test_the_ambiguous_five_digit_forms_keep_both_readings(
    five: str, six: str, false_reading: str
) -> None:
    # The check digit fits both readings, so the digits alone cannot say: both are returned
    # and the national list (no municipality has the false reading) and the name decide.
    assert lc.is_valid(false_reading)
    assert set(lc.readings(five)) == {six, false_reading}
    assert set(lc.readings(int(five))) == {six, false_reading}


def test_full_width_digits_and_spaces_are_read_as_typed() -> None:
    assert lc.readings("３３２０２０") == ("332020",)
    assert lc.readings(" 33 202\u3000") == ("332020",)
    assert lc.digits_of("３３２０２") == "33202"


def test_too_short_to_be_any_code() -> None:
    for short in ("1", "12", "999", "0"):
        with pytest.raises(lc.CodeError) as err:
            lc.readings(short)
        assert err.value.reason == "invalid"
    assert "not valid" in str(err.value)


def test_every_reading_is_valid() -> None:
    for value in range(1000, 100_000, 7):
        try:
            found = lc.readings(value)
        except lc.CodeError:
            continue
        assert found and all(lc.is_valid(code) for code in found)
        assert len(set(found)) == len(found)
