"""R12: an imported .docx or .xlsx cannot exhaust memory or trick an XML parser.

The bombs are real zip archives, small on disk: the deflate stream of one repeated
megabyte is written once and repeated (each piece ends with a full flush, so the pieces
join into one valid stream), so a 1 GB member costs a few KB and no time to make. The
imports run in real child processes that report their own peak memory (``VmHWM``;
``ru_maxrss`` would count the forked pytest process too), some under an address-space
cap (``RLIMIT_AS``) as a small machine would impose.
"""

from __future__ import annotations

import io
import json
import os
import resource
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import docx
import openpyxl
import pytest

from dxworkshop.services import zip_guard
from dxworkshop.services.forms.identity import FormRefused, custom_properties, open_form
from dxworkshop.services.roster import UnreadableRoster, list_sheets, read_roster
from dxworkshop.services.roster import files as roster_files
from tests.reliability.helpers import ROOT

MB = 1024 * 1024
#: What an import may use at its peak, whatever the input.
PEAK_LIMIT_MB = 300
#: The address-space cap of the capped runs (a small machine, or a cautious IT department).
CAP_BYTES = 1024 * MB

_PASSWD = Path("/etc/passwd")


# --- making archives -----------------------------------------------------------------------


def _deflate(data: bytes) -> bytes:
    """Raw deflate blocks of *data*, ending with a full flush (so they can be joined)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FULL_FLUSH)


def _bomb(head: bytes, unit: bytes, size: int, tail: bytes) -> tuple[bytes, int, int]:
    """A member of about *size* bytes: head, *unit* repeated, tail — as (raw deflate
    stream, CRC-32, inflated size), made without ever holding the inflated bytes."""
    chunk = unit * max(1, MB // len(unit))
    repeats = max(1, (size - len(head) - len(tail)) // len(chunk))
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    stream = _deflate(head) + _deflate(chunk) * repeats + _deflate(tail)
    stream += zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # the final, empty block
    return stream, crc, len(head) + len(chunk) * repeats + len(tail)


def _write_zip(
    path: Path,
    members: list[tuple[str, bytes | tuple[bytes, int, int]]],
    declare: dict[str, int] | None = None,
) -> Path:
    """A zip archive written by hand, so a member may be a prepared deflate stream and may
    declare another inflated size than it has (*declare*: name → the size it claims)."""
    declare = declare or {}
    out = io.BytesIO()
    central = []
    for name, content in members:
        if isinstance(content, bytes):
            stream, crc, size = _deflate(content) + b"\x03\x00", zlib.crc32(content), len(content)
        else:
            stream, crc, size = content
        size = declare.get(name, size)
        encoded = name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(stream),
                size,
                len(encoded),
                0,
            )
        )
        out.write(encoded)
        out.write(stream)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(stream),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    for record in central:
        out.write(record)
    end = out.tell()
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), end - start, start, 0
        )
    )
    path.write_bytes(out.getvalue())
    return path


def _members(document: bytes) -> list[tuple[str, bytes | tuple[bytes, int, int]]]:
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def _blank_docx() -> bytes:
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("事前ヒアリングシート")
    document.save(out)
    return out.getvalue()


def _docx_with(
    path: Path, name: str, content: bytes | tuple[bytes, int, int], **kw: object
) -> Path:
    members = [(n, c) for n, c in _members(_blank_docx()) if n != name]
    return _write_zip(path, [*members, (name, content)], **kw)  # type: ignore[arg-type]


def _document_bomb(size: int) -> tuple[bytes, int, int]:
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    return _bomb(head, b"<w:p/>", size, b"</w:body></w:document>")


def _dense_document(size: int) -> bytes:
    """The densest XML python-docx reads, which does not compress: empty paragraphs, each
    with a random revision id (so the ratio is that of a real document)."""
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    ids = os.urandom(size // 28 * 4).hex().encode()
    body = b"".join(b'<w:p w:rsidR="%s"/>' % ids[i : i + 8] for i in range(0, len(ids), 8))
    return head + body + b"</w:body></w:document>"


def _roster_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["氏名", "市町村", "メールアドレス"])
    sheet.append(["山田太郎", "倉敷市", "yamada@example.jp"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_with(
    path: Path, name: str, content: bytes | tuple[bytes, int, int], **kw: object
) -> Path:
    members = [(n, c) for n, c in _members(_roster_xlsx()) if n != name]
    return _write_zip(path, [*members, (name, content)], **kw)  # type: ignore[arg-type]


def _sheet_bomb(
    size: int, unit: bytes = b'<row><c t="inlineStr"><is><t>xy</t></is></c></row>'
) -> tuple[bytes, int, int]:
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + '<row r="1"><c r="A1" t="inlineStr"><is><t>氏名</t></is></c></row>'.encode()
    )
    return _bomb(head, unit, size, b"</sheetData></worksheet>")


# --- child processes ------------------------------------------------------------------------

_CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    kind, path = sys.argv[1], Path(sys.argv[2])
    result = {}
    try:
        if kind == "form":
            from dxworkshop.services.forms.identity import form_kind
            result["ok"] = form_kind(path)
        else:
            from dxworkshop.services.roster import read_roster
            result["ok"] = len(read_roster(path).rows)
    except MemoryError as exc:
        result["error"] = "MemoryError"
        result["message"] = str(exc)
    except Exception as exc:
        result["error"] = type(exc).__name__
        result["message"] = str(exc)
        note = getattr(exc, "note", None)
        result["reason"] = getattr(exc, "reason", "") or getattr(note, "code", "")
    # VmHWM is this process's own peak: ru_maxrss would carry the forked pytest's size.
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(line for line in status if line.startswith("VmHWM:"))
    result["peak_mb"] = int(hwm.split()[1]) / 1024
    print(json.dumps(result))
    """
)


def _cap(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def _import_in_child(kind: str, path: Path, cap: int = 2 * CAP_BYTES) -> dict[str, object]:
    """Import *path* in a child process (always under an address-space cap, so a bomb the
    guard misses cannot take the machine down); what it reported."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_cap(cap),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _cli(*args: str, cap: int = CAP_BYTES) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dxworkshop.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        preexec_fn=_cap(cap),
    )


# --- forms ------------------------------------------------------------------------------------


def test_a_docx_bomb_is_refused_naming_the_part_and_the_limit_in_little_memory(
    tmp_path: Path,
) -> None:
    # 2 GB of <w:p/> in word/document.xml, 2 MB on disk: python-docx would build a tree of
    # tens of GB. It is refused from what the archive declares, nothing inflated.
    path = _docx_with(tmp_path / "bomb.docx", "word/document.xml", _document_bomb(2048 * MB))
    assert path.stat().st_size < 4 * MB
    result = _import_in_child("form", path)
    assert result["error"] == "FormRefused", result
    assert result["reason"] == "too_big"
    assert "word/document.xml inflates beyond 32 MB (the limit for a form)" in str(
        result["message"]
    )
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]


def test_a_part_that_lies_about_its_size_is_caught_by_inflating_it(tmp_path: Path) -> None:
    # document.xml says 20 KB; it inflates to 100 MB. Inflating in chunks finds out.
    path = _docx_with(
        tmp_path / "liar.docx",
        "word/document.xml",
        _document_bomb(100 * MB),
        declare={"word/document.xml": 20_000},
    )
    with pytest.raises(zip_guard.ZipRefused) as refused:
        zip_guard.check_archive(path, zip_guard.FORM)
    assert refused.value.code == "damaged"  # zipfile stops at the declared size: bad CRC
    result = _import_in_child("form", path)
    assert result["error"] == "FormRefused" and result["message"], result
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]


def test_dense_xml_within_the_part_limit_but_beyond_the_xml_limit_is_refused(
    tmp_path: Path,
) -> None:
    # 20 MB of <w:p/> would be a 400 MB lxml tree: under the part limit, over the XML one.
    path = _docx_with(tmp_path / "dense.docx", "word/document.xml", _dense_document(20 * MB))
    result = _import_in_child("form", path)
    assert result["error"] == "FormRefused", result
    assert "XML parts inflate beyond 8 MB together (the limit for a form)" in str(result["message"])
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]


def test_the_worst_form_within_the_limits_is_read_in_under_300_mb(tmp_path: Path) -> None:
    # Just under the XML limit with the densest XML there is: the guard lets it through,
    # python-docx reads it, and the peak stays under the target.
    path = _docx_with(tmp_path / "edge.docx", "word/document.xml", _dense_document(7 * MB))
    zip_guard.check_archive(path, zip_guard.FORM)
    result = _import_in_child("form", path)
    assert result.get("reason") == "not_a_form", result  # read, then: not one of ours
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]


def test_a_docx_of_thousands_of_parts_is_refused(tmp_path: Path) -> None:
    extra = [(f"word/media/image{i}.png", b"x") for i in range(1_500)]
    path = _write_zip(tmp_path / "many.docx", [*_members(_blank_docx()), *extra])
    with pytest.raises(FormRefused) as refused:
        open_form(path)
    assert refused.value.reason == "too_big"
    assert (
        "1,5" in refused.value.message and "1,000 (the limit for a form)" in refused.value.message
    )


def test_a_bomb_under_a_memory_cap_is_a_clear_one_line_refusal(
    tmp_path: Path, demo_file: Path
) -> None:
    path = _docx_with(tmp_path / "bomb.docx", "word/document.xml", _document_bomb(2048 * MB))
    done = _cli("import-form", str(demo_file), str(path))
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "limit for a form" in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_running_out_of_memory_while_reading_a_form_is_a_refusal_with_a_reason(
    tmp_path: Path,
) -> None:
    # Within every limit, but the machine has barely any memory left: the refusal says so
    # (a MemoryError's own text is empty).
    path = _docx_with(tmp_path / "edge.docx", "word/document.xml", _dense_document(7 * MB))
    script = textwrap.dedent(
        """
        import resource, sys
        from pathlib import Path
        import docx
        from dxworkshop.services.forms.identity import FormRefused, open_form
        with open("/proc/self/status") as status:
            size = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmSize"))
        resource.setrlimit(resource.RLIMIT_AS, (size + 40 * 2**20, size + 40 * 2**20))
        try:
            open_form(Path(sys.argv[1]))
        except FormRefused as exc:
            print(exc.reason, "|", exc.message)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reason, _, message = done.stdout.strip().partition(" | ")
    assert reason in {"too_big", "unreadable"}, done.stdout
    assert "memory" in message.lower() and not message.endswith("()"), done.stdout


# --- rosters ----------------------------------------------------------------------------------


def test_a_1_gb_xlsx_roster_bomb_is_refused_in_little_memory(tmp_path: Path) -> None:
    path = _xlsx_with(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", _sheet_bomb(1024 * MB))
    assert path.stat().st_size < 8 * MB
    result = _import_in_child("roster", path)
    assert result["error"] == "UnreadableRoster", result
    assert result["reason"] == "roster.zip_member_size"
    message = str(result["message"])
    assert "xl/worksheets/sheet1.xml inflates beyond 16 MB (the limit for a roster)" in message
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]
    with pytest.raises(UnreadableRoster, match="limit for a roster"):
        list_sheets(path)


def test_a_sheet_that_compresses_like_a_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    # 12 MB of spaces, under the part limit, but it packs 1,000 times: no sheet does that.
    bomb = _sheet_bomb(12 * MB, b" ")
    path = _xlsx_with(tmp_path / "ratio.xlsx", "xl/worksheets/sheet1.xml", bomb)
    with pytest.raises(UnreadableRoster) as refused:
        read_roster(path)
    assert refused.value.note.code == "roster.zip_ratio"
    assert "more than 500 times its compressed size (the limit for a roster)" in str(refused.value)


def test_a_sheet_beyond_the_cell_limit_is_refused_as_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Empty cells before a filled one are kept (they hold the columns apart), and so are
    # the rows a merged range fills: both count. (A smaller limit here, so the test is
    # quick; the CSV test above measures the memory of the real one.)
    monkeypatch.setattr(roster_files, "MAX_CELLS", 5_000)
    empty = "".join(f'<c r="{_letter(c)}{{r}}"/>' for c in range(1, 50))
    rows = "".join(
        f'<row r="{r}">' + empty.replace("{r}", str(r)) + f'<c r="AX{r}"><v>1</v></c></row>'
        for r in range(2, 200)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>氏名</t></is></c></row>'
        f"{rows}</sheetData></worksheet>"
    ).encode()
    path = _xlsx_with(tmp_path / "big.xlsx", "xl/worksheets/sheet1.xml", xml)
    with pytest.raises(UnreadableRoster) as refused:
        read_roster(path)
    assert refused.value.note.code == "roster.sheet_too_many_cells"
    assert "more than 5,000 cells (the limit for a roster)" in str(refused.value)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["市町村", "氏名"])
    sheet.append(["倉敷市", "山田"])
    for r in range(3, 100):
        sheet.append([None, f"人{r}"])
    merged = io.BytesIO()
    workbook.save(merged)
    # The same range again and again (Excel never writes that; a crafted file may).
    sheet_xml = dict(_members(merged.getvalue()))["xl/worksheets/sheet1.xml"]
    assert isinstance(sheet_xml, bytes)
    ranges = b'<mergeCells count="60">' + b'<mergeCell ref="A2:A100"/>' * 60 + b"</mergeCells>"
    sheet_xml = sheet_xml.replace(b"</sheetData>", b"</sheetData>" + ranges)
    members = [(n, c) for n, c in _members(merged.getvalue()) if n != "xl/worksheets/sheet1.xml"]
    _write_zip(tmp_path / "merged.xlsx", [*members, ("xl/worksheets/sheet1.xml", sheet_xml)])
    with pytest.raises(UnreadableRoster, match="5,000 cells"):
        read_roster(tmp_path / "merged.xlsx")


def _letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def test_a_roster_bomb_under_a_memory_cap_is_a_clear_one_line_refusal(
    tmp_path: Path, demo_file: Path
) -> None:
    path = _xlsx_with(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", _sheet_bomb(1024 * MB))
    done = _cli("import-roster", str(demo_file), str(path))
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "limit for a roster" in lines[0], done.stderr


def test_a_csv_roster_of_tiny_cells_is_refused_by_the_cell_limit(tmp_path: Path) -> None:
    # 30 MB of "ab," would be ten million strings (600 MB) if every one were kept.
    path = tmp_path / "cells.csv"
    line = "氏名,市町村\n" + ("ab," * 99 + "ab\n") * 100_000
    path.write_text(line, encoding="utf-8")
    result = _import_in_child("roster", path)
    assert result.get("reason") == "roster.too_many_cells", result
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]


def test_a_cell_far_to_the_right_of_every_row_cannot_blow_a_sheet_up(tmp_path: Path) -> None:
    # A cell in column XFD makes openpyxl hand over 16,384 cells for the row.
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>人{r}</t></is></c>'
        f'<c r="XFD{r}"><v>1</v></c></row>'
        for r in range(2, 3_000)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>氏名</t></is></c></row>'
        f"{rows}</sheetData></worksheet>"
    ).encode()
    path = _xlsx_with(tmp_path / "wide.xlsx", "xl/worksheets/sheet1.xml", xml)
    result = _import_in_child("roster", path)
    assert result.get("ok") == 2_998, result
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]
    roster = read_roster(path)
    assert any(n.code == "roster.columns_cut" for n in roster.warnings)


def test_running_out_of_memory_while_reading_a_roster_is_a_refusal_with_a_reason(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.csv"
    lines = (f"人{i:06d},市{i:06d},{'x' * 40}\n" for i in range(300_000))
    path.write_text("氏名,市町村\n" + "".join(lines), encoding="utf-8")
    script = textwrap.dedent(
        """
        import resource, sys
        from pathlib import Path
        from dxworkshop.services.roster import RosterError, read_roster
        with open("/proc/self/status") as status:
            size = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmSize"))
        resource.setrlimit(resource.RLIMIT_AS, (size + 30 * 2**20, size + 30 * 2**20))
        try:
            read_roster(Path(sys.argv[1]))
        except RosterError as exc:
            print(exc.note.code, "|", exc.message)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("roster.file_out_of_memory | there is not enough memory")


# --- XML tricks -------------------------------------------------------------------------------

_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)
_XXE = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _custom_xml(prolog: bytes, value: bytes) -> bytes:
    return (
        prolog + b"<Properties "
        b'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="dxworkshop.form">'
        b"<vt:lpwstr>" + value + b"</vt:lpwstr></property></Properties>"
    )


def _docx_with_custom(path: Path, custom: bytes) -> Path:
    members = _members(_blank_docx())
    members = [
        (
            n,
            c.replace(
                b"</Types>",
                b'<Override PartName="/docProps/custom.xml" ContentType='
                b'"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
            ),
        )
        if n == "[Content_Types].xml"
        else (
            n,
            c.replace(
                b"</Relationships>",
                b'<Relationship Id="rId99" Type="http://schemas.'
                b'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                b'Target="docProps/custom.xml"/></Relationships>',
            ),
        )
        if n == "_rels/.rels"
        else (n, c)
        for n, c in members
        if isinstance(c, bytes)
    ]
    return _write_zip(path, [*members, ("docProps/custom.xml", custom)])  # type: ignore[list-item]


@pytest.mark.parametrize("prolog", [_XXE, _LAUGHS], ids=["external-entity", "billion-laughs"])
def test_entities_in_the_custom_properties_are_refused_never_expanded(
    tmp_path: Path, prolog: bytes
) -> None:
    entity = b"&xxe;" if prolog is _XXE else b"&lol9;"
    path = _docx_with_custom(tmp_path / "props.docx", _custom_xml(prolog, entity))
    with pytest.raises(FormRefused) as refused:
        open_form(path)
    assert refused.value.reason == "unreadable"
    assert "docProps/custom.xml declares a DTD" in refused.value.message
    # And the parser behind the guard is inert by itself: defusedxml refuses the DTD.
    with pytest.raises(ValueError, match="damaged"):
        custom_properties(docx.Document(str(path)))


def test_a_well_formed_custom_properties_part_still_reads(tmp_path: Path) -> None:
    path = _docx_with_custom(tmp_path / "props.docx", _custom_xml(b"", b"hearing-sheet"))
    _document, props = open_form(path)
    assert props["dxworkshop.form"] == "hearing-sheet"


def test_entities_in_document_xml_are_refused(tmp_path: Path) -> None:
    body = _LAUGHS.replace(b"lolz", b"w:document") + (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = _docx_with(tmp_path / "laughs.docx", "word/document.xml", body)
    result = _import_in_child("form", path)
    assert result["error"] == "FormRefused", result
    assert "word/document.xml declares a DTD" in str(result["message"])
    assert float(result["peak_mb"]) < PEAK_LIMIT_MB  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "member", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"]
)
def test_entities_in_any_part_of_a_roster_are_refused(tmp_path: Path, member: str) -> None:
    original = dict(_members(_roster_xlsx()))
    if member == "xl/sharedStrings.xml":
        content = _XXE + (
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
            b'uniqueCount="1"><si><t>&xxe;</t></si></sst>'
        )
    else:
        xml = original[member]
        assert isinstance(xml, bytes)
        content = _XXE + (xml.split(b"?>", 1)[1] if b"?>" in xml else xml)
    path = _xlsx_with(tmp_path / "xxe.xlsx", member, content)
    with pytest.raises(UnreadableRoster) as refused:
        read_roster(path)
    assert refused.value.note.code == "roster.zip_dtd"
    assert f"{member} declares a DTD" in str(refused.value)
    assert "root:" not in str(refused.value)


def test_openpyxl_behind_the_guard_never_reads_a_local_file(tmp_path: Path) -> None:
    # The guard aside, the parser openpyxl uses for shared strings refuses the entity.
    assert _PASSWD.exists()
    content = _XXE + (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>&xxe;</t></si></sst>'
    )
    members = [(n, c) for n, c in _members(_roster_xlsx())]
    members.append(("xl/sharedStrings.xml", content))
    members = [
        (
            n,
            c.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            ),
        )
        if n == "[Content_Types].xml" and isinstance(c, bytes)
        else (n, c)
        for n, c in members
    ]
    path = _write_zip(tmp_path / "xxe.xlsx", members)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception as exc:  # defusedxml: EntitiesForbidden
        assert "root:" not in str(exc)
    else:
        values = [v for row in workbook.worksheets[0].iter_rows(values_only=True) for v in row]
        workbook.close()
        assert not any("root:" in str(v) for v in values)
