"""R17: a hostile corpus of interchange documents, made here from a real dump (issue 14).

Each of ``COUNT`` documents is the dump of a small programme with one to three hostile
changes: a control character, a lone surrogate or U+FFFE in a text; a number beyond every
range (1e308, -1, 2**63); a date out of range or impossible; a value of another type; a
key removed; a record duplicated (two of one id); a reference to another record (or none);
a text of 100,000 characters; nesting 200 deep. ``load`` must either refuse with one
:class:`InterchangeError` that names where (a JSON path) and leave nothing behind, or load
the document *exactly*: the dump of what it loaded is the document itself, but for what
the format lets a writer choose — the ``key`` labels (and the references that use them)
and optional fields left out (absent = the default, which the dump writes). A value
changed or dropped without a word would be a silent change. Nothing else — no traceback.

The counts are printed (``-s``) and the closing note of issue 14 quotes them.
"""

from __future__ import annotations

import collections
import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from dxworkshop.services.interchange import InterchangeError, dump_json, load_json
from tests.reliability.test_r5_fuzzing import paths_of, small_programme
from tests.store.helpers import listing

COUNT = 600
SEED = 20261207

_TEXTS = ["\x00", "\x07", "\x1b", "\ufffe", "\ud800", "\x0b"]
_NUMBERS: list[Any] = [1e308, -1e308, -1, -0.5, 2**63, 10**30, 1e-320, 99_999_999]
_DATES = ["1900-01-01", "2200-12-31", "2026-02-30", "2026-13-01", "令和8年4月1日", ""]
_OTHERS: list[Any] = [None, True, "", "x", [], {}, 0, "332020", [1, 2], {"id": 1}]


def _nested(depth: int) -> Any:
    value: Any = "底"
    for _ in range(depth):
        value = [value]
    return value


def _leaves(doc: Any) -> list[tuple[Any, ...]]:
    return [p for p in paths_of(doc) if p]


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _change(doc: dict[str, Any], rng: random.Random, paths: list[tuple[Any, ...]]) -> str:
    """One hostile change to *doc* in place; what kind it was."""
    path = rng.choice(paths)
    try:
        parent = _get(doc, path[:-1])
        key = path[-1]
        value = parent[key]
    except (KeyError, IndexError, TypeError):
        return "skipped"
    kind = rng.choice(
        ["text", "number", "date", "type", "delete", "duplicate", "reference", "long", "deep"]
    )
    if kind == "text":
        strings = [p for p in paths if isinstance(_safe_get(doc, p), str)]
        if not strings:
            return "skipped"
        where = rng.choice(strings)
        text = _get(doc, where)
        cut = rng.randint(0, len(text))
        _get(doc, where[:-1])[where[-1]] = text[:cut] + rng.choice(_TEXTS) + text[cut:]
    elif kind == "number":
        numbers = [
            p
            for p in paths
            if isinstance(_safe_get(doc, p), (int, float))
            and not isinstance(_safe_get(doc, p), bool)
        ]
        if not numbers:
            return "skipped"
        where = rng.choice(numbers)
        _get(doc, where[:-1])[where[-1]] = rng.choice(_NUMBERS)
    elif kind == "date":
        dates = [p for p in paths if _looks_like_date(_safe_get(doc, p))]
        if not dates:
            return "skipped"
        where = rng.choice(dates)
        _get(doc, where[:-1])[where[-1]] = rng.choice(_DATES)
    elif kind == "type":
        parent[key] = copy.deepcopy(rng.choice(_OTHERS))
    elif kind == "delete":
        del parent[key]
    elif kind == "duplicate":
        lists = [p for p in paths if isinstance(_safe_get(doc, p), list) and _safe_get(doc, p)]
        if not lists:
            return "skipped"
        items = _get(doc, rng.choice(lists))
        items.append(copy.deepcopy(rng.choice(items)))
    elif kind == "reference":
        ids = [p for p in paths if p[-1] == "id" or str(p[-1]).endswith("_id")]
        if not ids:
            return "skipped"
        where = rng.choice(ids)
        _get(doc, where[:-1])[where[-1]] = rng.choice(
            [0, -1, 999_999, _safe_get(doc, rng.choice(ids))]
        )
    elif kind == "long":
        parent[key] = "長" * 100_000
    else:
        parent[key] = _nested(200)
    del value
    return kind


def _safe_get(doc: Any, path: tuple[Any, ...]) -> Any:
    try:
        return _get(doc, path)
    except (KeyError, IndexError, TypeError):
        return None


def _looks_like_date(value: Any) -> bool:
    return isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-"


def _key_labels(given: Any, dumped: Any, labels: dict[str, str]) -> None:
    """The ``key`` each record of *given* has in *dumped* (records in the same places)."""
    if isinstance(given, dict) and isinstance(dumped, dict):
        if isinstance(given.get("key"), str) and isinstance(dumped.get("key"), str):
            labels[given["key"]] = dumped["key"]
        for name, value in given.items():
            if name in dumped:
                _key_labels(value, dumped[name], labels)
    elif isinstance(given, list) and isinstance(dumped, list):
        for a, b in zip(given, dumped, strict=False):
            _key_labels(a, b, labels)


def _relabelled(value: Any, labels: dict[str, str]) -> Any:
    if isinstance(value, str):
        return labels.get(value, value)
    if isinstance(value, list):
        return [_relabelled(v, labels) for v in value]
    if isinstance(value, dict):
        return {k: _relabelled(v, labels) for k, v in value.items()}
    return value


def _only_given_fields(dumped: Any, given: Any) -> Any:
    """*dumped* without the fields *given* left out (the dump writes their defaults)."""
    if isinstance(dumped, dict) and isinstance(given, dict):
        return {k: _only_given_fields(v, given[k]) for k, v in dumped.items() if k in given}
    if isinstance(dumped, list) and isinstance(given, list) and len(dumped) == len(given):
        return [_only_given_fields(a, b) for a, b in zip(dumped, given, strict=True)]
    return dumped


def _same_document(given: dict[str, Any], dumped: dict[str, Any]) -> bool:
    labels: dict[str, str] = {}
    _key_labels(given, dumped, labels)
    return _relabelled(given, labels) == _only_given_fields(dumped, given)


def _names_a_place(line: str) -> bool:
    """A problem line starts with the JSON path it is about (``people[0].name: …``) or
    says what the whole text is (not JSON, another format, a newer version …)."""
    head = line.split(":", 1)[0]
    return bool(line.strip()) and (" " not in head or not line.startswith(" "))


@pytest.fixture(scope="module")
def base_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("r17")
    with small_programme(folder / "base.dxw") as workshop:
        return json.loads(dump_json(workshop))  # type: ignore[no-any-return]


def test_a_hostile_corpus_of_interchange_documents(
    base_document: dict[str, Any], tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    paths = _leaves(base_document)
    kinds: collections.Counter[str] = collections.Counter()
    outcomes: collections.Counter[str] = collections.Counter()
    silent: list[str] = []
    folder = tmp_path / "loads"
    folder.mkdir()
    for number in range(COUNT):
        doc = copy.deepcopy(base_document)
        made: list[str] = []
        for _ in range(rng.randint(1, 3)):
            kind = "skipped"
            while kind == "skipped":  # a path an earlier change removed: another one
                kind = _change(doc, rng, paths)
            made.append(kind)
        kinds.update(made)
        text = json.dumps(doc, ensure_ascii=False)
        target = folder / f"{number}.dxw"
        try:
            workshop = load_json(text, target)
        except InterchangeError as refused:
            outcomes["refused"] += 1
            lines = str(refused).strip().splitlines()
            assert lines and all(_names_a_place(line) for line in lines), refused
            assert listing(folder) == [], f"document {number} ({made}) left files"
            continue
        with workshop:
            again = json.loads(dump_json(workshop))
        target.unlink()
        outcomes["loaded"] += 1
        if not _same_document(json.loads(text), again):
            silent.append(f"document {number} ({made})")
    print(
        f"R17 hostile interchange corpus: {COUNT} documents, changes "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + "; outcomes "
        + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        + f"; silent changes {len(silent)}"
    )
    assert silent == []
    assert outcomes["refused"] > COUNT // 2 and outcomes["loaded"] > 0
