"""Typed failures of the use cases; the UI and CLI turn each into one clear message."""

from __future__ import annotations


class ServiceError(Exception):
    """An expected failure of a use case; ``str()`` is one plain sentence."""


class ValidationError(ServiceError):
    """Bad input for one field. ``code`` is stable (for translated UI messages)."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message


class NotFound(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"no {what} with id {ident}")
        self.what = what
        self.ident = ident
