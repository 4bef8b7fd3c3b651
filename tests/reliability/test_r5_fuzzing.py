"""R5 fuzzing: what comes from outside (rosters, interchange JSON, returned hearing sheets)
never raises anything but the typed errors, and a refused input writes nothing.

Inputs are mutated valid files (bytes flipped, inserted, deleted, cut; the XML inside an
.xlsx/.docx mutated and zipped again, so the damage gets past the zip checksums; values
and structure of a JSON document mutated) and random ones. "Writes nothing": the
workshop file and its WAL are byte for byte as before; a refused load creates no file.
The returned forms are the hearing sheet and the feedback request form.
``tests/services/test_roster.py`` already fuzzes the cell values of well-formed rosters.

The examples are the same on every run (CI stays reproducible); ``R5_EXPLORE=N`` draws
N times as many new random ones, to hunt for more.
"""

from __future__ import annotations

import collections
import copy
import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxworkshop.domain.enums import QuestionKind, Role
from dxworkshop.reports.feedback_form_docx import write_feedback_form
from dxworkshop.reports.hearing_sheet_docx import write_hearing_sheet
from dxworkshop.services import feedback, feedback_form, hearing_sheet, hearings, issues, people
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.interchange import InterchangeError, dump_document, load_json
from dxworkshop.services.programme import new_programme
from dxworkshop.services.roster import import_roster
from dxworkshop.store.errors import StoreError
from dxworkshop.store.workshop import Workshop
from tests.reliability.helpers import written_state
from tests.store.helpers import listing

TYPED = (ServiceError, StoreError, InterchangeError)
EXPLORE = int(os.environ.get("R5_EXPLORE") or 0)
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,  # the same examples on every run and machine
    derandomize=not EXPLORE,
)

# --- strategies ------------------------------------------------------------------------------

_edit = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "cut"]),
    st.floats(min_value=0, max_value=1, exclude_max=True),
    st.binary(min_size=1, max_size=6),
)


def apply_edits(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, where, chunk in edits:
        at = int(where * len(out)) if out else 0
        if kind == "flip" and out:
            for k, b in enumerate(chunk):
                if at + k < len(out):
                    out[at + k] ^= b or 0xFF
        elif kind == "insert":
            out[at:at] = chunk
        elif kind == "delete":
            del out[at : at + len(chunk) * 16]
        elif kind == "cut":
            del out[at:]
    return bytes(out)


def mutated_bytes(base: bytes) -> st.SearchStrategy[bytes]:
    return st.lists(_edit, min_size=1, max_size=4).map(lambda edits: apply_edits(base, edits))


def mutated_zip_member(base: bytes, members: list[str]) -> st.SearchStrategy[bytes]:
    """A zip (xlsx/docx) with one XML member's bytes mutated, zipped again validly."""

    def build(member: str, edits: list[tuple[str, float, bytes]]) -> bytes:
        return rezip(base, {member: lambda xml: apply_edits(xml, edits)})

    return st.builds(build, st.sampled_from(members), st.lists(_edit, min_size=1, max_size=3))


def rezip(base: bytes, change: dict[str, Callable[[bytes], bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in change:
                data = change[info.filename](data)
            dst.writestr(info, data)
    return out.getvalue()


_W_T = re.compile(rb"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)")
_PROPERTY_VALUE = re.compile(rb"(<vt:lpwstr>)([^<]*)(</vt:lpwstr>)")


def replace_nth(pattern: re.Pattern[bytes], xml: bytes, n: int, text: str) -> bytes:
    matches = list(pattern.finditer(xml))
    if not matches:
        return xml
    found = matches[n % len(matches)]
    new = escape(text).encode("utf-8")
    return xml[: found.start(2)] + new + xml[found.end(2) :]


_sheet_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["■", "☐ ■", "■ はい ■ いいえ", "１２３", "-5", "1e999", "令和8年4月1日", ""]),
    st.sampled_from(["[[dx:q:1:00]]", "[[dx:t:99999:abc]]", "[[dx:date]]", "[[dx:q:x]]"]),
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def paths_of(doc: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from paths_of(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from paths_of(value, (*prefix, index))


def mutate_document(
    doc: dict[str, Any], changes: list[tuple[tuple[Any, ...], str, Any, tuple[Any, ...]]]
) -> dict[str, Any]:
    """Delete, replace, duplicate or swap values at paths of a copy of *doc*."""
    result = copy.deepcopy(doc)
    for path, action, value, other in changes:
        if not path:
            continue
        try:
            parent = result
            for step in path[:-1]:
                parent = parent[step]
            key = path[-1]
            if action == "delete":
                del parent[key]
            elif action == "replace":
                parent[key] = value
            elif action == "duplicate" and isinstance(parent, list):
                parent.insert(key, copy.deepcopy(parent[key]))
            elif action == "borrow":  # another value of the document: keys, enums, dates
                source: Any = result
                for step in other:
                    source = source[step]
                parent[key] = copy.deepcopy(source)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    return result


# --- a small programme to import into -----------------------------------------------------


def small_programme(path: Path) -> Workshop:
    workshop = new_programme(path, "R5 研修", fiscal_year=2026, start_date=dt.date(2026, 9, 1))
    city = people.add_municipality(workshop, "倉敷市", "くらしきし", "332020")
    people.add_municipality(workshop, "総社市", "そうじゃし", "332089")
    dept = people.add_department(workshop, city.id, "市民課")
    boss = people.add_person(
        workshop,
        "上司 一郎",
        municipality_id=city.id,
        department_id=dept.id,
        roles=[Role.SUPERVISOR],
    )
    trainee = people.add_person(
        workshop, "研修 花子", municipality_id=city.id, department_id=dept.id, supervisor_id=boss.id
    )
    issues.add_issue(workshop, "転入届の転記", owner_id=trainee.id, cases_per_year=1200.0)
    hearing = hearings.add_hearing(workshop, city.id)
    for question in hearings.live_questions(workshop):
        if question.kind == QuestionKind.TEXT:
            hearings.set_answer(workshop, hearing.id, question.id, "紙の申請書を手入力している")
        elif question.kind in (QuestionKind.CHOICE, QuestionKind.SCALE) and question.choices:
            value = question.choices[0] if question.kind == QuestionKind.CHOICE else 0
            hearings.set_answer(workshop, hearing.id, question.id, value)
        elif question.kind == QuestionKind.NUMBER:
            hearings.set_answer(workshop, hearing.id, question.id, 12)
    return workshop


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with small_programme(tmp_path / "r5.dxw") as opened:
        yield opened


class Outcomes(collections.Counter[str]):
    def report(self, what: str) -> None:
        print(
            f"R5 {what}: {sum(self.values())} examples: "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.items()))
        )


def import_or_refuse(
    workshop: Workshop,
    data: bytes,
    suffix: str,
    call: Callable[[Workshop, Path], object],
    outcomes: Outcomes,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"input{suffix}"
        source.write_bytes(data)
        before = written_state(workshop.path)
        try:
            call(workshop, source)
        except TYPED as err:
            outcomes[f"refused ({type(err).__name__})"] += 1
            assert written_state(workshop.path) == before, f"a refused input wrote: {err}"
        else:
            outcomes["imported"] += 1


# --- roster import -------------------------------------------------------------------------

ROSTER = [
    ["氏名", "ふりがな", "市町村", "団体コード", "所属", "職名", "メールアドレス", "上司", "役割"],
    [
        "山田 太郎",
        "やまだ たろう",
        "倉敷市",
        "332020",
        "市民課",
        "主事",
        "t.yamada@example.jp",
        "上司 一郎",
        "受講者",
    ],
    [
        "鈴木 花子",
        "すずき はなこ",
        "総社市",
        "332089",
        "税務課",
        "主任",
        "h.suzuki@example.jp",
        "",
        "受講者",
    ],
    ["佐藤 次郎", "さとう じろう", "倉敷市", "", "市民課", "課長", "", "", "上司"],
]


def roster_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名簿"
    for row in ROSTER:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def roster_csv(encoding: str) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(ROSTER)
    return out.getvalue().encode(encoding)


def _import_roster(workshop: Workshop, path: Path) -> object:
    return import_roster(workshop, path)


def test_roster_xlsx_fuzz(workshop: Workshop) -> None:
    base = roster_xlsx()
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        members = [n for n in z.namelist() if n.endswith((".xml", ".rels"))]
    outcomes = Outcomes()

    @settings(FUZZ, max_examples=200 * max(EXPLORE, 1))
    @given(data=st.one_of(mutated_bytes(base), mutated_zip_member(base, members)))
    def run(data: bytes) -> None:
        import_or_refuse(workshop, data, ".xlsx", _import_roster, outcomes)

    run()
    outcomes.report("roster .xlsx")
    assert outcomes["imported"] and sum(v for k, v in outcomes.items() if k != "imported")


def test_roster_csv_fuzz(workshop: Workshop) -> None:
    bases = [roster_csv("utf-8"), roster_csv("utf-8-sig"), roster_csv("cp932")]
    outcomes = Outcomes()

    @settings(FUZZ, max_examples=200 * max(EXPLORE, 1))
    @given(
        data=st.one_of(
            st.sampled_from(bases).flatmap(mutated_bytes),
            st.binary(max_size=400),
            st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        ),
        suffix=st.sampled_from([".csv", ".txt", ".xlsx"]),
    )
    def run(data: bytes, suffix: str) -> None:
        import_or_refuse(workshop, data, suffix, _import_roster, outcomes)

    run()
    outcomes.report("roster CSV")
    assert outcomes["imported"] and sum(v for k, v in outcomes.items() if k != "imported")


# --- returned hearing sheets ---------------------------------------------------------------


def _import_sheet(workshop: Workshop, path: Path) -> object:
    return hearing_sheet.import_sheet(workshop, path)


def test_hearing_sheet_fuzz(workshop: Workshop, tmp_path: Path) -> None:
    [city] = [m for m in people.list_municipalities(workshop) if m.name == "倉敷市"]
    exported = write_hearing_sheet(hearing_sheet.sheet_data(workshop, city.id), tmp_path / "s.docx")
    base = exported.read_bytes()
    with zipfile.ZipFile(io.BytesIO(base)) as z:
        members = [n for n in z.namelist() if n.endswith((".xml", ".rels"))]
    outcomes = Outcomes()

    def text_changed(member: str, pattern: re.Pattern[bytes]) -> st.SearchStrategy[bytes]:
        return st.builds(
            lambda n, text: rezip(base, {member: lambda xml: replace_nth(pattern, xml, n, text)}),
            st.integers(min_value=0, max_value=10_000),
            _sheet_text,
        )

    @settings(FUZZ, max_examples=250 * max(EXPLORE, 1))
    @given(
        data=st.one_of(
            text_changed("word/document.xml", _W_T),  # answers, labels and hidden markers
            text_changed("docProps/custom.xml", _PROPERTY_VALUE),  # programme, hearing ids
            mutated_zip_member(base, members),
            mutated_bytes(base),
            st.binary(max_size=300),
        )
    )
    def run(data: bytes) -> None:
        import_or_refuse(workshop, data, ".docx", _import_sheet, outcomes)

    run()
    outcomes.report("hearing sheet .docx")
    assert outcomes["imported"] and outcomes["refused (SheetRefused)"]


def _import_feedback_form(workshop: Workshop, path: Path) -> object:
    return feedback_form.import_form(workshop, path)


def test_feedback_form_fuzz(demo_file: Path, tmp_path: Path) -> None:
    with Workshop.open(demo_file, backup_on_open=False) as workshop:
        supervisor = feedback.supervisors_with_plans(workshop)[0]
        first_round = feedback.list_rounds(workshop)[0]
        data = feedback_form.form_data(workshop, supervisor.id, first_round.id)
        base = write_feedback_form(data, tmp_path / "form.docx").read_bytes()
        with zipfile.ZipFile(io.BytesIO(base)) as z:
            members = [n for n in z.namelist() if n.endswith((".xml", ".rels"))]
        outcomes = Outcomes()

        def text_changed(member: str, pattern: re.Pattern[bytes]) -> st.SearchStrategy[bytes]:
            return st.builds(
                lambda n, text: rezip(
                    base, {member: lambda xml: replace_nth(pattern, xml, n, text)}
                ),
                st.integers(min_value=0, max_value=10_000),
                _sheet_text,
            )

        @settings(FUZZ, max_examples=150 * max(EXPLORE, 1))
        @given(
            data=st.one_of(
                text_changed("word/document.xml", _W_T),  # comments, ratings, markers
                text_changed("docProps/custom.xml", _PROPERTY_VALUE),  # round, supervisor
                mutated_zip_member(base, members),
                mutated_bytes(base),
            )
        )
        def run(data: bytes) -> None:
            import_or_refuse(workshop, data, ".docx", _import_feedback_form, outcomes)

        run()
    outcomes.report("feedback request form .docx")
    assert outcomes["imported"] and sum(v for k, v in outcomes.items() if k != "imported")


# --- interchange JSON ----------------------------------------------------------------------


def load_or_refuse(text: str | bytes, folder: Path, outcomes: Outcomes) -> None:
    before = listing(folder)
    target = folder / "loaded.dxw"
    try:
        workshop = load_json(text, target)
    except TYPED as err:
        outcomes[f"refused ({type(err).__name__})"] += 1
        assert listing(folder) == before, f"a refused load left files: {err}"
        return
    with workshop:
        dump_document(workshop)
    outcomes["loaded"] += 1
    target.unlink()


def test_json_load_fuzz(workshop: Workshop, tmp_path: Path) -> None:
    doc = dump_document(workshop)
    text = json.dumps(doc, ensure_ascii=False)
    paths = [p for p in paths_of(doc) if p]
    folder = tmp_path / "loads"
    folder.mkdir()
    outcomes = Outcomes()
    change = st.tuples(
        st.sampled_from(paths),
        st.sampled_from(["delete", "replace", "duplicate", "borrow", "borrow"]),
        json_values,
        st.sampled_from(paths),
    )

    @settings(FUZZ, max_examples=400 * max(EXPLORE, 1))
    @given(
        data=st.one_of(
            st.lists(change, min_size=1, max_size=3).map(
                lambda changes: json.dumps(mutate_document(doc, changes), ensure_ascii=False)
            ),
            json_values.map(json.dumps),
            mutated_bytes(text.encode("utf-8")),
            st.binary(max_size=200),
        )
    )
    def run(data: str | bytes) -> None:
        load_or_refuse(data, folder, outcomes)

    run()
    outcomes.report("interchange JSON")
    assert outcomes["refused (InterchangeError)"]
