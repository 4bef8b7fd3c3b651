"""The words of a roster's columns (氏名, ふりがな, 団体コード…), for the import dialog, its
preview and the notes of an import: one home, that neither imports the other."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dxworkshop.services.roster import RosterField

_FIELD_LABELS = {
    RosterField.NAME: QT_TRANSLATE_NOOP("RosterImport", "Name"),
    RosterField.KANA: QT_TRANSLATE_NOOP("RosterImport", "Reading"),
    RosterField.FAMILY_NAME: QT_TRANSLATE_NOOP("RosterImport", "Family name"),
    RosterField.GIVEN_NAME: QT_TRANSLATE_NOOP("RosterImport", "Given name"),
    RosterField.FAMILY_KANA: QT_TRANSLATE_NOOP("RosterImport", "Family name reading"),
    RosterField.GIVEN_KANA: QT_TRANSLATE_NOOP("RosterImport", "Given name reading"),
    RosterField.MUNICIPALITY: QT_TRANSLATE_NOOP("RosterImport", "Municipality"),
    RosterField.MUNICIPALITY_CODE: QT_TRANSLATE_NOOP("RosterImport", "Municipality code"),
    RosterField.DEPARTMENT: QT_TRANSLATE_NOOP("RosterImport", "Department"),
    RosterField.TITLE: QT_TRANSLATE_NOOP("RosterImport", "Job title"),
    RosterField.EMAIL: QT_TRANSLATE_NOOP("RosterImport", "Email"),
    RosterField.SUPERVISOR: QT_TRANSLATE_NOOP("RosterImport", "Supervisor"),
    RosterField.ROLE: QT_TRANSLATE_NOOP("RosterImport", "Role"),
}
_IGNORE = QT_TRANSLATE_NOOP("RosterImport", "(ignore)")


def _translate(text: str) -> str:
    return QCoreApplication.translate("RosterImport", text)


def field_choices() -> list[tuple[str, str]]:
    """(label, field value) of every choice of a column, "(ignore)" last with value ""."""
    return [(_translate(label), fld.value) for fld, label in _FIELD_LABELS.items()] + [
        (_translate(_IGNORE), "")
    ]


def roster_field_label(fld: RosterField | None) -> str:
    return _translate(_IGNORE) if fld is None else _translate(_FIELD_LABELS[fld])
