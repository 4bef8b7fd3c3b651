"""What the pages share about editable fields."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit

from dxworkshop.domain.limits import MAX_YEAR, MIN_YEAR

#: A date box's "—" (no date): the day before the first one the services accept.
NO_DATE = QDate(MIN_YEAR - 1, 12, 31)
FIRST_DATE = QDate(MIN_YEAR, 1, 1)
LAST_DATE = QDate(MAX_YEAR, 12, 31)
#: A fiscal-year box's "—" (no year).
NO_YEAR = MIN_YEAR - 1

_HINT = "dxworkshopHint"  # the hint the form gave the field, kept on the widget


def set_editable(widget: QLineEdit | QPlainTextEdit | QTextEdit, editable: bool) -> None:
    """Make *widget* editable or read-only; a read-only field shows no hint of what to
    type in it (an editable one shows the hint its form gave it)."""
    hint = widget.property(_HINT)
    if hint is None:
        hint = widget.placeholderText()
        widget.setProperty(_HINT, hint)
    widget.setReadOnly(not editable)
    widget.setPlaceholderText(str(hint) if editable else "")


def optional_date(edit: QDateEdit, display: str | None = "yyyy/MM/dd") -> None:
    """A date box that may be empty: its lowest value, shown as "—", is no date; the
    rest are the dates the services accept."""
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(LAST_DATE)
    edit.setSpecialValueText("—")
    if display is not None:
        edit.setDisplayFormat(display)


def required_date(edit: QDateEdit) -> None:
    """A date box that always holds a date the services accept."""
    edit.setDateRange(FIRST_DATE, LAST_DATE)


def fiscal_years(spin: QSpinBox, *, optional: bool = False) -> None:
    """A fiscal-year box over the years the services accept (with a "—" below them)."""
    spin.setRange(NO_YEAR if optional else MIN_YEAR, MAX_YEAR)
    if optional:
        spin.setSpecialValueText("—")
