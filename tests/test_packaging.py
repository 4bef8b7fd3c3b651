"""Packaging, fast checks: build.spec, the icon set, and resources in wheel and bundle layouts.

The real builds (PyInstaller bundle, wheel in a fresh venv) run in .ci/run; these tests
catch the usual breakages in a second: a resource that would not ship, a spec that lost
the migrations, a trim that removes what the app needs.
"""

from __future__ import annotations

import ast
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dxworkshop import paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
ICONS = ROOT / "resources" / "icons"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def shipped_resources() -> list[Path]:
    """Every file of resources/ the app may ask for (relative paths)."""
    return sorted(
        p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


# --- build.spec, run with stand-ins for PyInstaller -------------------------------------


class Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE and keeps what they were given."""

    def __init__(self) -> None:
        self.calls: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}

    def factory(self, name: str) -> Callable[..., Any]:
        def make(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] = (args, kwargs)
            return types.SimpleNamespace(
                binaries=[], datas=[], pure=[], scripts=[], zipfiles=[], args=args, kwargs=kwargs
            )

        return make


LINKS = {
    # what each stand-in binary links (like ldd: directly or not)
    "/q/plugins/platformthemes/libqgtk3.so": {"libgtk-3.so.0", "libQt6DBus.so.6"},
    "/q/plugins/platforms/libqxcb.so": {"libQt6XcbQpa.so.6", "libQt6DBus.so.6"},
    "/q/plugins/platforms/libqwayland.so": {"libQt6WaylandClient.so.6"},
    "/q/plugins/wayland-shell-integration/libxdg-shell.so": {
        "libQt6WlShellIntegration.so.6",
        "libQt6WaylandClient.so.6",
    },
    "/q/lib/libQt6WlShellIntegration.so.6": {"libQt6WaylandClient.so.6"},
    "/q/lib/libQt6XcbQpa.so.6": {"libQt6DBus.so.6"},
}


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> tuple[Recorder, dict[str, Any]]:
    recorder = Recorder()
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    submodules = ["dxworkshop.cli", "dxworkshop.ui.pages.home_page", "dxworkshop.store.migrations"]
    hooks.collect_submodules = lambda package, filter=None: [  # type: ignore[attr-defined]
        m for m in submodules if filter is None or filter(m)
    ]
    hooks.copy_metadata = lambda name: [(f"/site/{name}-1.dist-info", f"{name}-1.dist-info")]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda source: {(n, f"/lib/{n}") for n in LINKS.get(source, ())}  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "platform", platform)
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT), "__name__": "__main__"}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = recorder.factory(name)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return recorder, namespace


def test_spec_is_valid_python() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= called  # a one-folder build


def test_name_and_version_come_from_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, namespace = run_spec(monkeypatch, "linux")
    assert namespace["NAME"] == PROJECT["name"] == "dxworkshop"
    assert namespace["VERSION"] == PROJECT["version"]
    assert recorder.calls["EXE"][1]["name"] == PROJECT["name"]
    assert recorder.calls["COLLECT"][1]["name"] == PROJECT["name"]
    assert PROJECT["version"] not in SPEC.read_text(encoding="utf-8")  # never written twice


def test_spec_ships_resources_migrations_and_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _ = run_spec(monkeypatch, "linux")
    args, kwargs = recorder.calls["Analysis"]
    assert args[0] == [str(ROOT / "dxworkshop" / "__main__.py")]
    shipped = {(Path(dest) / Path(src).name).as_posix(): Path(src) for src, dest in kwargs["datas"]}
    for rel in shipped_resources():
        if rel.suffix == ".ts" or rel.name == "__init__.py":
            assert f"resources/{rel.as_posix()}" not in shipped  # sources stay out
        else:
            assert shipped[f"resources/{rel.as_posix()}"] == ROOT / "resources" / rel
    # alembic loads these as files: script_location is dxworkshop/store/migrations
    migrations = ROOT / "dxworkshop" / "store" / "migrations"
    versions = sorted((migrations / "versions").glob("[0-9]*.py"))
    for path in [migrations / "env.py", migrations / "script.py.mako", *versions]:
        assert shipped[path.relative_to(ROOT).as_posix()] == path
    assert "dxworkshop-1.dist-info" in {dest for _src, dest in kwargs["datas"]}  # __version__
    # pages are imported by name; migration scripts are data, not modules
    assert "dxworkshop.ui.pages.home_page" in kwargs["hiddenimports"]
    assert "dxworkshop.store.migrations" not in kwargs["hiddenimports"]


def test_spec_keeps_what_the_app_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, namespace = run_spec(monkeypatch, "linux")
    kwargs = recorder.calls["Analysis"][1]
    # the reports draw with Agg; the screen's charts are Qt widgets (no matplotlib backend)
    assert kwargs["hooksconfig"] == {"matplotlib": {"backends": ["Agg"]}}
    for needed in ("unittest", "PySide6.QtSvg", "PySide6.QtWidgets"):
        assert needed not in kwargs["excludes"]
    # alembic.ddl imports every SQLAlchemy dialect: excluding one breaks migrations
    assert not [m for m in kwargs["excludes"] if m.startswith(("sqlalchemy", "alembic"))]
    for name in ("EXE", "COLLECT"):
        assert recorder.calls[name][1]["strip"] is False  # numpy's OpenBLAS breaks stripped
    dropped = namespace["_dropped_plugin"]
    assert not dropped(
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so"
    )
    assert not dropped(
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so"
    )
    assert not dropped("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not dropped("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not dropped("PySide6\\plugins\\platforms\\qwindows.dll")
    assert not dropped("PySide6/Qt/plugins/platforms/libqcocoa.dylib")
    assert not dropped("PySide6/Qt/plugins/imageformats/libqsvg.so")
    assert dropped("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert dropped("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert dropped("PySide6\\plugins\\tls\\qschannelbackend.dll")


def test_only_japanese_qt_catalogues_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    _, namespace = run_spec(monkeypatch, "linux")
    toc = [
        ("PySide6/Qt/translations/qtbase_ja.qm", "/q/qtbase_ja.qm", "DATA"),
        ("PySide6/Qt/translations/qt_ja.qm", "/q/qt_ja.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/q/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/designer_ja.qm", "/q/designer_ja.qm", "DATA"),
        ("PySide6\\translations\\qtbase_fr.qm", "/q/qtbase_fr.qm", "DATA"),
        ("resources/translations/dxworkshop_ja.qm", "/r/dxworkshop_ja.qm", "DATA"),
    ]
    kept = {dest for dest, _src, _kind in namespace["trim_datas"](toc)}
    assert kept == {
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qt_ja.qm",
        "resources/translations/dxworkshop_ja.qm",
    }


def test_libraries_only_dropped_plugins_pulled_in_go_too(monkeypatch: pytest.MonkeyPatch) -> None:
    _, namespace = run_spec(monkeypatch, "linux")

    def entry(dest: str, source: str) -> tuple[str, str, str]:
        return (dest, source, "BINARY")

    toc = [
        entry(
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/plugins/platformthemes/libqgtk3.so"
        ),
        entry("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/plugins/platforms/libqxcb.so"),
        entry("PySide6/Qt/plugins/platforms/libqwayland.so", "/q/plugins/platforms/libqwayland.so"),
        entry(
            "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
            "/q/plugins/wayland-shell-integration/libxdg-shell.so",
        ),
        entry(
            "PySide6/Qt/lib/libQt6WlShellIntegration.so.6", "/q/lib/libQt6WlShellIntegration.so.6"
        ),
        entry("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/q/lib/libQt6WaylandClient.so.6"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        entry("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/lib/libQt6XcbQpa.so.6"),
        entry("PySide6/Qt/lib/libQt6DBus.so.6", "/q/lib/libQt6DBus.so.6"),
        entry("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0"),
    ]
    kept = {Path(dest).name for dest, _src, _kind in namespace["trim_binaries"](toc)}
    assert kept == {"libqxcb.so", "libQt6XcbQpa.so.6", "libQt6DBus.so.6"}


def test_windowed_with_icon_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _ = run_spec(monkeypatch, "win32")
    exe = recorder.calls["EXE"][1]
    assert exe["console"] is False
    assert Path(exe["icon"]) == ICONS / "dxworkshop.ico"
    assert "BUNDLE" not in recorder.calls


def test_app_bundle_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _ = run_spec(monkeypatch, "darwin")
    assert recorder.calls["EXE"][1]["console"] is False
    bundle = recorder.calls["BUNDLE"][1]
    assert bundle["name"] == "dxworkshop.app"
    assert Path(bundle["icon"]) == ICONS / "dxworkshop.icns"
    assert bundle["info_plist"]["CFBundleShortVersionString"] == PROJECT["version"]


def test_console_on_linux_for_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _ = run_spec(monkeypatch, "linux")
    assert recorder.calls["EXE"][1]["console"] is True
    assert "BUNDLE" not in recorder.calls


# --- the icon set ------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_source_is_a_square_svg() -> None:
    root = ET.parse(ICONS / "dxworkshop.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 1024 1024"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_png_sizes(size: int) -> None:
    assert png_size(ICONS / f"dxworkshop_{size}.png") == (size, size)


def test_windows_icon_has_every_size_up_to_256() -> None:
    data = (ICONS / "dxworkshop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add((width or 256, height or 256))  # 0 means 256
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= sizes


def test_macos_icon_is_an_icns_up_to_1024() -> None:
    data = (ICONS / "dxworkshop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    types_found = set()
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        types_found.add(kind)
        offset += length
    assert b"ic10" in types_found  # 1024 px (512 @2x)
    assert b"ic07" in types_found  # 128 px


# --- resources in a wheel and in a bundle -----------------------------------------------


@pytest.fixture(scope="module")
def wheel_layout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the wheel installs, built by setuptools from the real configuration."""
    folder = tmp_path_factory.mktemp("wheel")
    lib = folder / "lib"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    command = [sys.executable, "setup.py", "-q", "egg_info", "--egg-base", str(folder)]
    subprocess.run(
        [*command, "build_py", "--build-lib", str(lib)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return lib


def test_wheel_ships_every_resource_form_and_migration(wheel_layout: Path) -> None:
    for rel in shipped_resources():
        assert (wheel_layout / "dxworkshop_resources" / rel).is_file(), rel
    for form in sorted((ROOT / "forms").glob("*.ui")):
        compiled = ROOT / "dxworkshop" / "ui" / "forms" / f"ui_{form.stem}.py"
        if compiled.exists():
            assert (wheel_layout / compiled.relative_to(ROOT)).is_file(), compiled.name
    migrations = wheel_layout / "dxworkshop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("[0-9]*.py")) == sorted(
        p.name for p in (ROOT / "dxworkshop/store/migrations/versions").glob("[0-9]*.py")
    )


def test_resource_path_finds_every_resource_in_the_wheel_layout(
    wheel_layout: Path, tmp_path: Path
) -> None:
    # -S: no site-packages, so neither the checkout nor an editable install can answer.
    code = (
        "import sys\n"
        "from dxworkshop.paths import resource_path, resources_root\n"
        "print(resources_root())\n"
        "missing = [p for p in sys.argv[1:] if not resource_path(*p.split('/')).is_file()]\n"
        "print('missing', missing)\n"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", code, *(p.as_posix() for p in shipped_resources())],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(wheel_layout)},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    root, missing = result.stdout.splitlines()
    assert Path(root) == wheel_layout / "dxworkshop_resources"
    assert missing == "missing []"


def test_resource_path_finds_every_resource_in_the_bundle_layout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _recorder, namespace = run_spec(monkeypatch, "linux")
    monkeypatch.undo()  # back to the real sys.platform and modules
    bundle = tmp_path / "_internal"
    for src, dest in namespace["datas"]:
        if Path(src).is_file():
            (bundle / dest).mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, bundle / dest)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    paths.resources_root.cache_clear()
    try:
        assert paths.resources_root() == bundle / "resources"
        for rel in shipped_resources():
            if rel.suffix != ".ts" and rel.name != "__init__.py":
                assert paths.resource_path(*rel.parts).is_file(), rel
    finally:
        paths.resources_root.cache_clear()
    # In a bundle dxworkshop/store/migrate.pyc sits at _MEIPASS/dxworkshop/store; its
    # DEFAULT_SCRIPT_LOCATION is the folder "migrations" beside it.
    script_location = bundle / "dxworkshop" / "store" / "migrations"
    assert (script_location / "env.py").is_file()
    assert (script_location / "script.py.mako").is_file()
    assert list((script_location / "versions").glob("0001_*.py"))
