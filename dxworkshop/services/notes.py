"""Structured messages of the import services: a stable code and its parameters.

A :class:`Note` is what an import says about a row, a column or an answer it could not take
as it is (a rejected row's reason, a warning, why a file cannot be read). ``str(note)`` is
the English sentence the command line and the log print; the UI translates the note by its
``code`` (``ui/import_notes.py``) and never shows the English.

Each service module declares its codes with :func:`define` — code → English template,
``{name}`` placeholders filled from the params — and exports the set of codes it can emit,
so a test can check that the UI has a translation for every one.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_ENGLISH: dict[str, str] = {}
_PLACEHOLDERS: dict[str, frozenset[str]] = {}


def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` placeholders of a template."""
    parsed = string.Formatter().parse(template)
    return frozenset(name for _text, name, _spec, _conv in parsed if name)


def define(templates: Mapping[str, str]) -> frozenset[str]:
    """Declare codes with their English templates; returns the codes.

    Called once per module at import time; a code declared twice with another text is a
    programming error.
    """
    for code, text in templates.items():
        if _ENGLISH.get(code, text) != text:
            raise ValueError(f"note code {code!r} is declared twice")
        _ENGLISH[code] = text
        _PLACEHOLDERS[code] = placeholders(text)
    return frozenset(templates)


def english_template(code: str) -> str:
    return _ENGLISH[code]


def join_english(names: tuple[str, ...]) -> str:
    return ", ".join(f"“{n}”" for n in names)


@dataclass(frozen=True, slots=True)
class Note:
    """A message by code, with the values it names (see the module docstring)."""

    code: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in _ENGLISH:
            raise ValueError(f"unknown note code {self.code!r}")
        missing = _PLACEHOLDERS[self.code] - set(self.params)
        if missing:
            raise ValueError(f"note {self.code!r} lacks {', '.join(sorted(missing))}")
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @classmethod
    def of(cls, code: str, /, **params: Param) -> Note:
        return cls(code, params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items(), key=lambda kv: kv[0]))))

    def __str__(self) -> str:
        values = {
            name: join_english(value) if isinstance(value, tuple) else str(value)
            for name, value in self.params.items()
        }
        return _ENGLISH[self.code].format_map(values)

    def __repr__(self) -> str:
        return f"Note({self.code!r}, {dict(self.params)!r})"


#: A parameter: text or a number taken from the data, a nested note (the detail of a
#: problem), or a list of names (sheet names), which each language joins its own way.
Param = str | int | Note | tuple[str, ...]


# The detail of a ValidationError carried into a note: the UI words it by ``code`` and
# ``field`` as it words any ValidationError; ``message`` is the service's English.
VALIDATION = "validation"
NOTE_CODES = define({VALIDATION: "{message}"})


def validation_note(field_name: str, code: str, message: str) -> Note:
    """A :class:`~dxworkshop.services.errors.ValidationError` as a note."""
    return Note.of(VALIDATION, field=field_name, code=code, message=message)
