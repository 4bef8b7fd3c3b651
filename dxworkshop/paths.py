"""Where things are: shipped resources and the user's data, log and backup folders.

Pure Python, usable by every layer. ``resource_path()`` works in a source checkout,
an installed wheel (resources ship as the ``dxworkshop_resources`` package) and a
PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_DIR_NAME = "dxworkshop"


@cache
def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    try:
        import dxworkshop_resources  # type: ignore[import-not-found, unused-ignore]

        candidates.append(Path(dxworkshop_resources.__file__).resolve().parent)
    except ImportError:
        pass
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("dxworkshop resources not found; the installation is incomplete")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("templates", "criteria.json")``."""
    return resources_root().joinpath(*parts)


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / default


def user_data_dir() -> Path:
    """Per-user data folder (backups, the demo programme); DXWORKSHOP_HOME overrides."""
    override = os.environ.get("DXWORKSHOP_HOME")
    if override:
        return Path(override) / "data"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_DIR_NAME


def user_log_dir() -> Path:
    override = os.environ.get("DXWORKSHOP_HOME")
    if override:
        return Path(override) / "logs"
    if sys.platform == "win32":
        return user_data_dir() / "logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP_DIR_NAME
    return _xdg("XDG_STATE_HOME", ".local/state") / APP_DIR_NAME / "logs"


def backup_root() -> Path:
    return user_data_dir() / "backups"
