"""The layer contract: imports go one way, and nothing below ui imports Qt (DESIGN.md §3)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "dxworkshop"
ORDER = ["domain", "store", "services", "reports", "ui"]  # each may import only those before it
QT = ("PySide6", "shiboken6", "matplotlib.backends.backend_qtagg", "matplotlib.pyplot")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", ORDER[:-1])
def test_layer_imports_only_lower_layers_and_no_qt(layer: str) -> None:
    forbidden_layers = [*ORDER[ORDER.index(layer) + 1 :], "cli"]
    problems = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if name.startswith(QT):
                problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
            for higher in forbidden_layers:
                if name == f"dxworkshop.{higher}" or name.startswith(f"dxworkshop.{higher}."):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_the_contract_sees_the_layers() -> None:
    # Guards against the test silently checking nothing after a rename.
    for layer in ORDER:
        assert (PACKAGE / layer / "__init__.py").is_file(), layer
