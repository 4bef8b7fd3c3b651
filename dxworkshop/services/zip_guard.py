"""Guarding the imports against zip archives that would exhaust memory or trick a parser.

A returned Word form (.docx) and an Excel roster (.xlsx) are zip archives of XML parts.
Before any parser sees one, :func:`check_archive` looks at every member: how many there
are, how big each says it is, and how big each really is — every member is inflated in
chunks and the reading stops as soon as it passes its limit, so a member that lies about
its size in the central directory is caught without ever being held in memory. An XML
part that declares a DTD (``<!DOCTYPE``) is refused too: no Office document has one, and
a DTD is how entity expansion ("billion laughs") and external entities (XXE, which read a
local file) get in. The parsers are safe on their own as well (python-docx parses with
lxml and ``resolve_entities=False``; openpyxl and ``forms.identity.custom_properties`` use
``defusedxml``), the guard makes the refusal early and explicit.

The limits are far above any real form or roster and low enough that the worst input
within them still imports in well under 300 MB:

- a form (:data:`FORM`): a returned hearing sheet or feedback form is well under 5 MB, its
  XML parts under 1 MB. python-docx builds an lxml tree of every XML part, which can take
  twenty times the part's size for dense XML (measured: 10 MB of ``<w:p/>`` → 210 MB), so
  the XML parts together stay under :data:`FORM_MAX_XML_BYTES`; media (pictures pasted
  into an answer) are held as bytes, within :data:`FORM_MAX_TOTAL_BYTES`.
- a roster (:data:`ROSTER`): a prefecture's 10,000 staff make a sheet of a few MB. openpyxl
  reads a sheet as a stream (its size is time, not memory), the shared strings as a list;
  what a sheet becomes in memory is bounded by the roster reader's cell limit.

Measured (peak ``VmHWM`` of a child process): a returned hearing sheet imports in
80 MB; the densest form within the limits (7 MB of empty paragraphs) in 165 MB; a 2 GB
document.xml bomb (3 MB on disk) or a 1 GB sheet bomb is refused in 90 MB, in well under a
second; a roster of 10,000 staff imports in 110 MB; the worst CSV within the roster limits
(32 MB, a million distinct cells) in 245 MB.

Messages name the member and the limit, e.g. ``word/document.xml inflates beyond 32 MB
(the limit for a form)``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MB = 1024 * 1024
#: How much of a member is inflated at a time.
CHUNK_BYTES = 256 * 1024

#: Forms: members of the archive.
FORM_MAX_MEMBERS = 1_000
#: Forms: any one member, inflated.
FORM_MAX_MEMBER_BYTES = 32 * MB
#: Forms: every XML part together, inflated (python-docx parses them all into lxml trees).
FORM_MAX_XML_BYTES = 8 * MB
#: Forms: every member together, inflated.
FORM_MAX_TOTAL_BYTES = 32 * MB

#: Rosters: members of the archive.
ROSTER_MAX_MEMBERS = 1_000
#: Rosters: any one member (a sheet, the shared strings), inflated.
ROSTER_MAX_MEMBER_BYTES = 16 * MB
#: Rosters: the XML parts together, inflated.
ROSTER_MAX_XML_BYTES = 48 * MB
#: Rosters: every member together, inflated.
ROSTER_MAX_TOTAL_BYTES = 64 * MB

#: Inflated / compressed size beyond which a member is a zip bomb, not a document (real
#: XML compresses 5–50 times; deflate's ceiling is about 1,030). Judged only for members
#: that inflate beyond :data:`RATIO_FLOOR_BYTES` (a tiny part may compress very well).
MAX_RATIO = 500
RATIO_FLOOR_BYTES = 1 * MB

#: How an XML part that declares a DTD starts it (UTF-8, UTF-16 LE and BE).
_DOCTYPE = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_OVERLAP = max(len(p) for p in _DOCTYPE) - 1


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """The limits for one kind of archive; ``what`` names the kind in messages."""

    what: str
    max_members: int
    max_member_bytes: int
    max_xml_bytes: int
    max_total_bytes: int
    max_ratio: int = MAX_RATIO


FORM = ZipLimits(
    "a form", FORM_MAX_MEMBERS, FORM_MAX_MEMBER_BYTES, FORM_MAX_XML_BYTES, FORM_MAX_TOTAL_BYTES
)
ROSTER = ZipLimits(
    "a roster",
    ROSTER_MAX_MEMBERS,
    ROSTER_MAX_MEMBER_BYTES,
    ROSTER_MAX_XML_BYTES,
    ROSTER_MAX_TOTAL_BYTES,
)


class ZipRefused(Exception):
    """An archive beyond a limit, with a DTD, or damaged; nothing was parsed.

    ``code`` is a stable word: ``members``, ``member_size``, ``xml_size``, ``total_size``,
    ``ratio``, ``dtd`` or ``damaged``; ``member`` names the part (or ""); ``message`` is
    one English line naming the member and the limit.
    """

    def __init__(
        self, code: str, message: str, member: str = "", *, limit: str = "", count: int = 0
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.member = member
        self.limit = limit  # the limit passed, as the message words it ("8 MB", "500")
        self.count = count  # how many members, for ``members``


def size_text(size: int) -> str:
    """A byte count as people say it: ``8 MB``, ``512 KB``, ``900 bytes``."""
    if size >= MB and size % MB == 0:
        return f"{size // MB} MB"
    if size >= MB:
        return f"{size / MB:.1f} MB"
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} bytes"


def is_xml_member(name: str) -> bool:
    """Whether a member is an XML part a reader parses (not a picture or an embedding)."""
    lower = name.lower()
    return lower.endswith((".xml", ".rels", ".vml"))


def check_archive(source: Path | bytes | BinaryIO, limits: ZipLimits) -> None:
    """Refuse (:class:`ZipRefused`) an archive beyond *limits* or with a DTD in an XML part.

    Every member is inflated in chunks of :data:`CHUNK_BYTES`, never whole, and the reading
    of a member stops once it passes its limit; the declared sizes are judged first so a
    bomb that admits its size is refused without inflating anything.
    """
    try:
        with _open(source) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_members:
                raise _too_many(len(infos), limits)
            declared = 0
            for info in infos:
                _judge(info.filename, info.file_size, info.compress_size, limits)
                declared += info.file_size
            if declared > limits.max_total_bytes:
                raise _too_big("total_size", "", limits)
            total = xml = 0
            for info in infos:
                size = _inflate(archive, info, limits)
                total += size
                if total > limits.max_total_bytes:
                    raise _too_big("total_size", "", limits)
                if is_xml_member(info.filename):
                    xml += size
                    if xml > limits.max_xml_bytes:
                        raise _too_big("xml_size", info.filename, limits)
    except (ZipRefused, MemoryError):
        raise
    except Exception as exc:  # BadZipFile, zlib.error, EOFError … on a damaged archive
        raise ZipRefused("damaged", f"the zip archive is damaged ({exc})") from None


def member_chunks(archive: zipfile.ZipFile, name: str, limits: ZipLimits) -> Iterator[bytes]:
    """A member inflated in chunks, refusing (:class:`ZipRefused`) past the member limit."""
    info = archive.getinfo(name)
    _judge(info.filename, info.file_size, info.compress_size, limits)
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            size += len(chunk)
            _judge(name, size, info.compress_size, limits)
            yield chunk


def _open(source: Path | bytes | BinaryIO) -> zipfile.ZipFile:
    if isinstance(source, bytes):
        return zipfile.ZipFile(io.BytesIO(source))
    return zipfile.ZipFile(source)


def _judge(name: str, size: int, compressed: int, limits: ZipLimits) -> None:
    """Refuse a member of (declared or so far inflated) *size* beyond the member limit or
    the compression ratio."""
    if size > limits.max_member_bytes:
        raise _too_big("member_size", name, limits)
    if size > RATIO_FLOOR_BYTES and size > limits.max_ratio * max(compressed, 1):
        raise ZipRefused(
            "ratio",
            f"{name} inflates more than {limits.max_ratio} times its compressed size "
            f"(the limit for {limits.what})",
            name,
            limit=str(limits.max_ratio),
        )


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits) -> int:
    """The real inflated size of a member, reading it in chunks; refuses past the limits."""
    name = info.filename
    xml = is_xml_member(name)
    size = 0
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            size += len(chunk)
            _judge(name, size, info.compress_size, limits)
            if xml:
                window = tail + chunk
                if any(pattern in window for pattern in _DOCTYPE):
                    raise ZipRefused(
                        "dtd",
                        f"{name} declares a DTD (<!DOCTYPE>), which no Office document has; "
                        "it is not read",
                        name,
                    )
                tail = window[-_OVERLAP:]
    return size


def _too_many(count: int, limits: ZipLimits) -> ZipRefused:
    return ZipRefused(
        "members",
        f"the archive has {count:,} parts, more than {limits.max_members:,} "
        f"(the limit for {limits.what})",
        limit=f"{limits.max_members:,}",
        count=count,
    )


def _too_big(code: str, name: str, limits: ZipLimits) -> ZipRefused:
    if code == "member_size":
        limit = size_text(limits.max_member_bytes)
        message = f"{name} inflates beyond {limit} (the limit for {limits.what})"
    elif code == "xml_size":
        limit = size_text(limits.max_xml_bytes)
        message = f"its XML parts inflate beyond {limit} together (the limit for {limits.what})"
    else:
        limit = size_text(limits.max_total_bytes)
        message = f"its parts inflate beyond {limit} together (the limit for {limits.what})"
    return ZipRefused(code, message, name, limit=limit)
