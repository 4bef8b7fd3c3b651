"""Compile forms/*.ui (Qt Designer) into dxworkshop/ui/forms/ui_<name>.py with pyside6-uic.

Run after editing a form: ``python scripts/build_forms.py``. ``--check`` exits 1 when a
generated module is missing or stale (used by the tests).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "dxworkshop" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by scripts/build_forms.py; do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic")
    if found:
        return found
    raise SystemExit("pyside6-uic not found: install PySide6-Essentials")


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [uic(), "--from-imports", "--no-autoconnection", str(ui_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    # uic writes a banner with its version; drop it so output is stable across versions.
    lines = [
        line
        for line in result.stdout.splitlines()
        if not line.startswith("## ") and not line.startswith("################")
    ]
    return HEADER.format(name=ui_file.name) + "\n".join(lines).strip() + "\n"


def target_for(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if anything is stale")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    init_text = '"""Modules generated from forms/*.ui by scripts/build_forms.py."""\n'
    stale = []
    expected = {init}
    if not init.exists() or init.read_text(encoding="utf-8") != init_text:
        stale.append(init)
        if not args.check:
            init.write_text(init_text, encoding="utf-8")
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = target_for(ui_file)
        expected.add(target)
        code = compile_form(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target)
            if not args.check:
                target.write_text(code, encoding="utf-8")
    for orphan in sorted(OUT.glob("ui_*.py")):
        if orphan not in expected:
            stale.append(orphan)
            if not args.check:
                orphan.unlink()
    if args.check and stale:
        names = ", ".join(str(p.relative_to(ROOT)) for p in stale)
        print(f"stale generated forms: {names}; run python scripts/build_forms.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
