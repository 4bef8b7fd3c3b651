"""Generated files stay in step with their sources: compiled forms, translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "dxworkshop_ja.ts"
QM = ROOT / "resources" / "translations" / "dxworkshop_ja.qm"


def test_compiled_forms_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_japanese_entry_is_translated() -> None:
    unfinished = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """Runs lupdate on a copy: a new tr() string not yet in the .ts fails here."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    copy = tmp_path / "copy.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [
            i18n.tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *i18n.sources(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert set(_messages(copy)) == set(_messages(TS)), "run python scripts/i18n.py and translate"


def test_compiled_translation_is_fresh(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    out = tmp_path / "fresh.qm"
    subprocess.run(
        [i18n.tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes(), "run python scripts/i18n.py"


def test_every_string_has_a_context() -> None:
    """A tr() wrapper lupdate cannot see through files strings under no context, where
    the running app never finds them; use QCoreApplication.translate("Context", "…")."""
    assert [src for (ctx, src) in _messages(TS) if not ctx] == []
