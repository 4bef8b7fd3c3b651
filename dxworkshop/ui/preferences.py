"""User preferences, declared once in one table and stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSettings


@dataclass(frozen=True)
class Pref:
    key: str
    default: Any
    kind: type


#: Every preference the app has. Add new ones here only.
PREFERENCES: tuple[Pref, ...] = (
    Pref("ui/language", "", str),  # "" = follow the system ("ja" unless it is English)
    Pref("ui/wareki", False, bool),  # dates as 令和8年9月1日
    Pref("ui/font_scale", 1.0, float),  # presentation (projector) scale
    Pref("backup/interval_minutes", 10, int),
    Pref("backup/keep", 10, int),
    Pref("files/recent", [], list),
    Pref("files/last_folder", "", str),
    Pref("window/geometry", b"", bytes),
    Pref("window/state", b"", bytes),
)
_BY_KEY = {p.key: p for p in PREFERENCES}

MAX_RECENT = 8
LANGUAGES = ("ja", "en")


class Preferences:
    """Typed access to the preferences table (a thin wrapper over QSettings)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def get(self, key: str) -> Any:
        pref = _BY_KEY[key]
        raw = self._settings.value(key, pref.default)
        return _coerce(raw, pref)

    def set(self, key: str, value: Any) -> None:
        pref = _BY_KEY[key]
        self._settings.setValue(key, _coerce(value, pref))

    def sync(self) -> None:
        self._settings.sync()

    # -- conveniences ------------------------------------------------------------

    def language(self) -> str:
        chosen = str(self.get("ui/language"))
        if chosen in LANGUAGES:
            return chosen
        system = QLocale.system().name()
        return "en" if system.startswith("en") else "ja"

    def recent_files(self) -> list[str]:
        return [str(p) for p in self.get("files/recent")]

    def add_recent(self, path: str) -> None:
        files = [p for p in self.recent_files() if p != path]
        self.set("files/recent", [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.set("files/recent", [p for p in self.recent_files() if p != path])


def _coerce(raw: Any, pref: Pref) -> Any:
    try:
        if pref.kind is bool:
            if isinstance(raw, str):
                return raw.lower() in ("1", "true", "yes")
            return bool(raw)
        if pref.kind is int:
            return int(raw)
        if pref.kind is float:
            return float(raw)
        if pref.kind is list:
            if raw is None or raw == "":
                return []
            return list(raw) if isinstance(raw, list | tuple) else [raw]
        if pref.kind is bytes:
            return bytes(raw) if raw else b""
        return str(raw) if raw is not None else pref.default
    except (TypeError, ValueError):
        return pref.default
