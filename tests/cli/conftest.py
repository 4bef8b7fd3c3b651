"""The command line's tests read its English unless a test is about the language."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """DXWORKSHOP_LANG=en: the CLI's messages in English (tests/cli/test_cli_language.py
    sets the language itself)."""
    monkeypatch.setenv("DXWORKSHOP_LANG", "en")
