"""A button's ``clicked(bool)`` or an action's ``triggered(bool)`` connected straight to a
method whose parameters are optional hands it ``False`` — as a path, a screen. Connect
those through a lambda. This reads the UI's source for the pattern. (A view's
``clicked(QModelIndex)`` goes to a method that requires its index: not flagged.)"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "dxworkshop" / "ui"
BOOL_SIGNALS = {"clicked", "triggered"}


def _methods(tree: ast.Module) -> dict[tuple[str, str], ast.FunctionDef]:
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    found[(node.name, item.name)] = item
    return found


def _wirings(tree: ast.Module) -> list[tuple[str, str, int]]:
    """(class, method, line) of every ``….clicked/triggered.connect(self.method)``."""
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in ast.walk(cls):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr in BOOL_SIGNALS
                and len(node.args) == 1
            ):
                continue
            target = node.args[0]
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                found.append((cls.name, target.attr, node.lineno))
    return found


def offending(source: str) -> list[str]:
    tree = ast.parse(source)
    methods = _methods(tree)
    bad = []
    for cls, name, line in _wirings(tree):
        method = methods.get((cls, name))
        if method is None:
            continue
        params = method.args.args[1:]
        if params and len(method.args.defaults) == len(params):  # all optional
            bad.append(f"{cls}.{name} (line {line})")
    return bad


def test_the_check_finds_the_pattern() -> None:
    source = (
        "class Page:\n"
        "    def __init__(self):\n"
        "        self.button.clicked.connect(self.present)\n"
        "        self.other.clicked.connect(self.refresh)\n"
        "        self.third.clicked.connect(lambda: self.present())\n"
        "    def present(self, screen=None): ...\n"
        "    def refresh(self): ...\n"
    )
    assert offending(source) == ["Page.present (line 3)"]


def test_no_clicked_or_triggered_slot_takes_parameters() -> None:
    bad = []
    for path in sorted(UI.rglob("*.py")):
        if "forms" in path.parts:
            continue
        bad += [f"{path.relative_to(UI)}: {b}" for b in offending(path.read_text("utf-8"))]
    assert bad == []
