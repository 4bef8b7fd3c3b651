"""A refused 団体コード reads as one translated sentence for every reason it has."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from dxworkshop.services.municipalities import MunicipalityCodeError, resolve_code
from dxworkshop.ui.app import Translations
from dxworkshop.ui.messages import municipality_code_text, service_error_text

CASES = {
    "not_number": ("倉敷", ""),
    "too_long": ("3320201", ""),
    "no_prefecture": ("481234", ""),
    "check_digit": ("332021", ""),
    "invalid": ("12", ""),
    "unknown": ("013102", ""),
    "other_municipality": ("332020", "岡山市"),
    "ambiguous": ("12203", ""),
}


def refused(value: str, name: str) -> MunicipalityCodeError:
    with pytest.raises(MunicipalityCodeError) as err:
        resolve_code(value, name)
    return err.value


@pytest.mark.parametrize("reason", sorted(CASES))
def test_every_reason_has_its_sentence(reason: str) -> None:
    exc = refused(*CASES[reason])
    assert exc.reason == reason
    text = service_error_text(exc)
    assert text == municipality_code_text(exc)
    assert exc.value in text and "{" not in text


def test_both_municipalities_are_named_in_japanese(qapp: QApplication) -> None:
    translations = Translations(qapp)
    translations.use("ja")
    try:
        text = service_error_text(refused("332020", "岡山市"))
        assert (
            text == "団体コード 332020 は岡山県倉敷市（332020）のコードです。岡山市ではありません。"
        )
        text = service_error_text(refused("12203", ""))
        assert "北海道士別市（012203）" in text and "千葉県市川市（122033）" in text
    finally:
        translations.use("en")
        translations.deleteLater()
