"""Update the translation sources and compile them.

``python scripts/i18n.py`` runs pyside6-lupdate over dxworkshop/ui, forms/ and the command
line (dxworkshop/cli.py, cli_text.py: contexts ``Cli`` and ``argparse``) into
resources/translations/dxworkshop_<lang>.ts (keeping existing translations, dropping
obsolete ones), then pyside6-lrelease into the .qm files the app loads.
Translate new entries in the .ts (Qt Linguist, or by hand), then run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "dxworkshop" / "ui").rglob("*.py") if "forms" not in p.parts)
    files += sorted((ROOT / "forms").glob("*.ui"))
    files += [ROOT / "dxworkshop" / "cli.py", ROOT / "dxworkshop" / "cli_text.py"]
    return [str(p.relative_to(ROOT)) for p in files]


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"dxworkshop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"dxworkshop_{lang}.qm"


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def main() -> int:
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
