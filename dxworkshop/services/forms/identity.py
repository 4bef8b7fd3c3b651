"""A returned form's identity: which programme (and round, hearing …) a file belongs to, and
the signature that binds its properties and row markers to one programme file.

A form carries document custom properties (File ▸ Info ▸ Properties in Word) naming the
kind of form, its layout version and the programme (a key made from the programme's
creation, so a copy of the file is the same programme and another file is not), and
hidden markers ``[[dx:<kind>(:<id>:<signature>)]]`` in the label cell of each row whose
last cell is an answer area. The hearing sheet (``hearing_sheet``) and the feedback
request form (``feedback_form``) are read this way; :mod:`.fields` finds the answer
areas again, :mod:`.marks` reads the ☑/□ choices.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as SafeET
from sqlmodel import Session, col, select

from dxworkshop.services import zip_guard
from dxworkshop.services.errors import NotFound, ServiceError
from dxworkshop.store import models as m

PROP_FORM = "dxworkshop.form"
PROP_VERSION = "dxworkshop.version"
PROP_PROGRAMME = "dxworkshop.programme"
PROP_PROGRAMME_NAME = "dxworkshop.programme_name"
#: Where the programme comes from (its creation date, its file's name): said when a form of
#: another programme of the same name is refused.
PROP_PROGRAMME_CREATED = "dxworkshop.programme_created"
PROP_PROGRAMME_FILE = "dxworkshop.programme_file"
#: The keyed hash of every other ``dxworkshop.*`` property (layout version 2 on).
PROP_SIGNATURE = "dxworkshop.signature"
#: The hex digits that bind a row's hidden marker to its form.
BINDING_LENGTH = 8

MARKER = re.compile(r"\[\[dx:([a-z]+)(?::(\d+):([0-9a-f]+))?\]\]")

_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_CUSTOM_RELTYPE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)


class FormRefused(ServiceError):
    """A returned form that cannot be imported at all; nothing was changed.

    ``reason`` is a stable word (``unreadable``, ``too_big`` — beyond a limit of
    :mod:`~dxworkshop.services.zip_guard` or more than the memory there is —, ``not_a_form``,
    ``other_form``, ``other_programme``, ``layout`` … each form adds its own); ``detail``
    names what.
    """

    def __init__(self, path: Path, reason: str, message: str, detail: str = "") -> None:
        super().__init__(f"{path.name}: {message}")
        self.path = path
        self.reason = reason
        self.message = message
        self.detail = detail


def marker(kind: str, ident: int | None = None, signature: str = "") -> str:
    """The hidden marker text of a row: ``[[dx:kind]]`` or ``[[dx:kind:id:signature]]``."""
    if ident is None:
        return f"[[dx:{kind}]]"
    return f"[[dx:{kind}:{ident}:{signature}]]"


def fingerprint(parts: Iterable[str], length: int = 16) -> str:
    """A short hash of some text parts, in any order."""
    text = ",".join(sorted(parts))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def programme_key(session: Session) -> tuple[str, m.Programme]:
    """The programme's key (stable for the file and its copies) and its row."""
    programme = session.exec(select(m.Programme).order_by(col(m.Programme.id))).first()
    if programme is None:
        raise NotFound("programme", 1)
    stamp = programme.created_at.isoformat()
    key = hashlib.sha256(f"{programme.id}|{stamp}".encode()).hexdigest()[:16]
    return key, programme


def origin_properties(created: str, file: str) -> dict[str, str]:
    """The properties saying where a form's programme comes from (empty ones left out)."""
    found = {PROP_PROGRAMME_CREATED: created, PROP_PROGRAMME_FILE: file}
    return {name: value for name, value in found.items() if value}


def other_programme(properties: Mapping[str, str], programme: m.Programme) -> str:
    """Which programme a form of another programme is of: its name, and when the name is
    this programme's too, its creation date and file (as far as the form says them)."""
    name = properties.get(PROP_PROGRAMME_NAME, "")
    if name.split() != programme.name.split():
        return name
    origin = [properties.get(PROP_PROGRAMME_CREATED, ""), properties.get(PROP_PROGRAMME_FILE, "")]
    said = ", ".join(part for part in origin if part)
    return f"{name} — {said}" if said else name


# -- signing: what ties a form's properties and row markers to one programme file ----------


def signing_key(programme: m.Programme) -> bytes:
    """The key a form's identity is signed with: made from the programme's creation like
    :func:`programme_key`, but another hash of it, so the
    key printed on a form does not give it away."""
    stamp = programme.created_at.isoformat()
    return hashlib.sha256(f"dxworkshop form signature|{programme.id}|{stamp}".encode()).digest()


def sign(key: bytes, *parts: object, length: int = 32) -> str:
    """A keyed hash (HMAC-SHA256, hex) of some parts, in order."""
    text = "\x1f".join(str(part) for part in parts)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:length]


def row_binding(key: bytes, *parts: object) -> str:
    """What ties a row's hidden marker to its form (the form's kind and owner, the row)."""
    return sign(key, *parts, length=BINDING_LENGTH)


def properties_signature(key: bytes, properties: Mapping[str, str]) -> str:
    """The signature of a form's ``dxworkshop.*`` properties (all but the signature)."""
    parts = sorted(
        f"{name}={value}"
        for name, value in properties.items()
        if name.startswith("dxworkshop.") and name != PROP_SIGNATURE
    )
    return sign(key, "properties", *parts)


def signature_agrees(key: bytes, properties: Mapping[str, str]) -> bool:
    return same_signature(properties.get(PROP_SIGNATURE, ""), properties_signature(key, properties))


def same_signature(given: str, expected: str) -> bool:
    """Whether a signature read from a form is the one expected, in constant time (what a
    form holds may be any text a person typed, so it is compared as bytes)."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def custom_properties(document: Any) -> dict[str, str]:
    """A python-docx document's custom properties as text; ValueError when damaged."""
    for rel in document.part.package.rels.values():
        if rel.reltype == _CUSTOM_RELTYPE and not rel.is_external:
            try:
                # defusedxml: a DTD, entity expansion or an external entity is refused.
                root = SafeET.fromstring(rel.target_part.blob)
            except (SafeET.ParseError, ValueError) as exc:
                raise ValueError("the document properties are damaged") from exc
            found: dict[str, str] = {}
            for prop in root.findall(f"{{{_CUSTOM_NS}}}property"):
                name = prop.get("name") or ""
                value = next(iter(prop), None)
                found[name] = (value.text or "") if value is not None else ""
            return found
    return {}


def open_document(path: Path) -> Any:
    """A returned .docx as a python-docx document, checked by the zip guard first.

    Raises FormRefused: ``unreadable`` (no such file, not a .docx, damaged, a DTD in an
    XML part) or ``too_big`` (a part beyond a limit of
    :data:`~dxworkshop.services.zip_guard.FORM`, or not enough memory to read it).
    """
    path = Path(path)
    try:
        from docx import Document

        if not zipfile.is_zipfile(path):
            raise FormRefused(path, "unreadable", "not a Word document (.docx)")
        zip_guard.check_archive(path, zip_guard.FORM)
        return Document(str(path))
    except FileNotFoundError:
        raise FormRefused(path, "unreadable", "no such file") from None
    except FormRefused:
        raise
    except zip_guard.ZipRefused as exc:
        reason = "unreadable" if exc.code in {"damaged", "dtd"} else "too_big"
        message = exc.message
        if exc.code == "damaged":
            message = f"not a Word document we can read: {exc.message}"
        raise FormRefused(path, reason, message, exc.member) from None
    except MemoryError:
        raise FormRefused(
            path, "too_big", "not enough memory to read it (is it really a returned form?)"
        ) from None
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        detail = str(exc) or type(exc).__name__
        if "unknown error" in detail or "Memory allocation failed" in detail:
            # How libxml2 says that an allocation failed (lxml raises no MemoryError).
            raise FormRefused(
                path, "too_big", "not enough memory to read it (is it really a returned form?)"
            ) from exc
        raise FormRefused(
            path, "unreadable", f"not a Word document we can read ({detail})"
        ) from exc


def open_form(path: Path) -> tuple[Any, dict[str, str]]:
    """A .docx and its custom properties; FormRefused when it is no form of ours."""
    path = Path(path)
    document = open_document(path)
    try:
        props = custom_properties(document)
    except ValueError:
        raise FormRefused(path, "layout", "its document properties are damaged") from None
    if PROP_FORM not in props:
        raise FormRefused(path, "not_a_form", "not a form made by dxworkshop (no form properties)")
    return document, props


def form_kind(path: Path) -> str:
    """Which form a returned .docx is (``hearing-sheet``, ``feedback-form`` …)."""
    _document, props = open_form(path)
    return props[PROP_FORM]
