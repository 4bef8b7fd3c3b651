"""The command line's language and its translations.

The CLI speaks the app's language: ``DXWORKSHOP_LANG`` (``ja`` or ``en``) if set, else the
app's preference (Settings ▸ language, read with QSettings), else the system's language
(Japanese unless it is English), as the GUI decides. Its messages live in the GUI's
catalogue (resources/translations/dxworkshop_ja.ts, context ``Cli``; argparse's own
messages under ``argparse``), read from the compiled .qm with a bare ``QTranslator``: no
QApplication, no display. In English nothing of Qt is imported.

Strings are marked where they are written, as ``translate("Cli", "…")`` (lupdate finds
them there; ``scripts/i18n.py`` scans dxworkshop/cli.py and this file).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

LANGUAGES = ("ja", "en")
ENV = "DXWORKSHOP_LANG"


def chosen_language() -> str:
    """``ja`` or ``en``: the environment, else the app's preference, else the system."""
    env = os.environ.get(ENV, "").strip().lower()
    if env in LANGUAGES:
        return env
    try:
        from PySide6.QtCore import QCoreApplication

        from dxworkshop import APP_NAME, ORGANISATION
        from dxworkshop.ui.preferences import Preferences
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return "ja"
    if QCoreApplication.instance() is None:  # as make_application names them
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APP_NAME)
    return Preferences().language()


class Catalogue:
    """The compiled translations of one language (none for English)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator: Any = None
        if language == "en":
            return
        from PySide6.QtCore import QTranslator

        from dxworkshop.paths import resource_path

        translator = QTranslator()
        if translator.load(str(resource_path("translations", f"dxworkshop_{language}.qm"))):
            self._translator = translator

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return str(self._translator.translate(context, text)) or text


_current = Catalogue("en")


def translate(context: str, text: str) -> str:
    """*text* in the CLI's language (the English source when there is no translation)."""
    return _current.translate(context, text)


def english() -> bool:
    return _current.language == "en"


def _argparse_gettext(text: str) -> str:
    return translate("argparse", text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


@contextlib.contextmanager
def speaking(language: str | None = None) -> Iterator[str]:
    """Within: the CLI's messages, argparse's included, in *language* (default: chosen)."""
    global _current
    previous = _current
    _current = Catalogue(language or chosen_language())
    saved = (getattr(argparse, "_", None), getattr(argparse, "ngettext", None))
    if _current.language != "en":
        setattr(argparse, "_", _argparse_gettext)  # noqa: B010 - argparse's gettext hook
        setattr(argparse, "ngettext", _argparse_ngettext)  # noqa: B010
    try:
        yield _current.language
    finally:
        _current = previous
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010


@contextlib.contextmanager
def gui_messages() -> Iterator[None]:
    """Within: dxworkshop.ui.messages translates through this catalogue (no QApplication)."""
    from dxworkshop.ui import messages

    previous: Callable[[str, str], str] = messages.translator
    messages.translator = translate
    try:
        yield
    finally:
        messages.translator = previous


def _argparse_messages() -> tuple[str, ...]:  # pragma: no cover - never called
    """argparse's own messages (Python 3.11–3.13), listed here for lupdate."""
    return (
        translate("argparse", "usage: "),
        translate("argparse", "%(prog)s: error: %(message)s\n"),
        translate("argparse", "positional arguments"),
        translate("argparse", "options"),
        translate("argparse", "show this help message and exit"),
        translate("argparse", "show program's version number and exit"),
        translate("argparse", "the following arguments are required: %s"),
        translate("argparse", "unrecognized arguments: %s"),
        translate("argparse", "argument %(argument_name)s: %(message)s"),
        translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        translate("argparse", "invalid %(type)s value: %(value)r"),
        translate("argparse", "expected one argument"),
        translate("argparse", "expected at least one argument"),
        translate("argparse", "expected at most one argument"),
        translate("argparse", "expected %s argument"),
        translate("argparse", "expected %s arguments"),
        translate("argparse", "ignored explicit argument %r"),
        translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        translate("argparse", "not allowed with argument %s"),
        translate("argparse", "one of the arguments %s is required"),
        translate("argparse", "invalid choice: %(value)r, maybe you meant %(closest)r?"),
    )
