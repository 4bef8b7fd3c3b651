"""What the pages share about editable fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

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
