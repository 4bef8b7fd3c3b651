"""Typed failures of the workshop file; the UI and CLI turn each into one clear message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StoreError(Exception):
    """An expected failure of the workshop file. ``str(err)`` is one plain sentence."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class WorkshopNotFound(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "no such file")


class NotAFile(StoreError):
    def __init__(
        self, path: Path | str, detail: str = "this is a folder, not a workshop file"
    ) -> None:
        super().__init__(path, detail)


class WorkshopExists(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "a file with this name already exists")


class PermissionDenied(StoreError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(path, "permission denied" + (f" ({detail})" if detail else ""))


class NotAWorkshopFile(StoreError):
    """Not an SQLite database at all (or empty)."""

    def __init__(self, path: Path | str, detail: str = "not a dxworkshop file") -> None:
        super().__init__(path, detail)


class ForeignDatabase(StoreError):
    """An SQLite database written by another application."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "an SQLite database of another application, not a dxworkshop file")


class DamagedFile(StoreError):
    #: SQLite's report of the damage can run to many lines; the message keeps its start.
    DETAIL_CHARS = 300

    def __init__(self, path: Path | str, detail: str) -> None:
        detail = " ".join(detail.split())  # one line, however SQLite worded it
        if len(detail) > self.DETAIL_CHARS:
            detail = detail[: self.DETAIL_CHARS - 1] + "…"
        super().__init__(path, f"the file is damaged ({detail})")
        self.detail = detail


class NewerVersion(StoreError):
    def __init__(self, path: Path | str, file_version: int, supported: int) -> None:
        super().__init__(
            path,
            f"written by a newer dxworkshop (schema version {file_version}; "
            f"this version reads up to {supported}); update dxworkshop to open it",
        )
        self.file_version = file_version
        self.supported = supported


class OlderVersion(StoreError):
    """A file of an older schema, asked for by a command that only reads: opening it in
    dxworkshop upgrades it (with a backup first); nothing is wrong with it."""

    def __init__(self, path: Path | str, file_version: int, current: int) -> None:
        super().__init__(
            path,
            f"written by an older dxworkshop (schema version {file_version}; this version "
            f"writes {current}); open it in dxworkshop once to upgrade it (a backup is kept "
            f"first), then run this again",
        )
        self.file_version = file_version
        self.current = current


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: str  # ISO timestamp

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class FileLocked(StoreError):
    def __init__(self, path: Path | str, holder: LockHolder | None) -> None:
        who = holder.describe() if holder else "another program"
        super().__init__(path, f"already open by {who}")
        self.holder = holder


class MigrationFailed(StoreError):
    def __init__(self, path: Path | str, detail: str, backup: Path | None) -> None:
        extra = f"; the original is kept as {backup}" if backup else ""
        super().__init__(path, f"could not upgrade the file ({detail}){extra}")
        self.backup = backup


class WriteFailed(StoreError):
    """The disk refused a write (full, read-only, removed)."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(path, f"could not write ({detail})")
