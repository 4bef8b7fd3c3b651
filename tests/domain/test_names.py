from __future__ import annotations

from dxworkshop.domain.names import fold, kana_key, name_key, person_sort_key


def test_name_key_ignores_width_case_and_spaces() -> None:
    assert name_key("山田　太郎") == name_key("山田 太郎") == name_key("山田太郎")
    assert name_key("ＹＡＭＡＤＡ") == name_key("yamada")
    assert name_key("髙橋") != name_key("高橋")  # a name's own characters are kept


def test_fold_treats_katakana_and_half_width_as_hiragana() -> None:
    assert fold("ヤマダ タロウ") == fold("やまだたろう") == fold("ﾔﾏﾀﾞ ﾀﾛｳ")


def test_gojuon_order_and_numbers_by_value() -> None:
    readings = ["さとう", "アベ", "かとう", "いけだ"]
    assert sorted(readings, key=kana_key) == ["アベ", "いけだ", "かとう", "さとう"]
    assert sorted(["10班", "2班", "1班"], key=kana_key) == ["1班", "2班", "10班"]


def test_people_without_reading_sort_by_name_after_readings() -> None:
    people = [("", "山田"), ("あべ", "阿部"), ("", "ABC")]
    ordered = sorted(people, key=lambda p: person_sort_key(*p))
    # Latin before kana before kanji: a name with no reading goes to the end of the kana.
    assert ordered == [("", "ABC"), ("あべ", "阿部"), ("", "山田")]
