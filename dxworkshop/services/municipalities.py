"""The national 団体コード list shipped with the app, and the one reading of a code a row gives.

``resources/reference/municipalities.csv`` holds every prefecture, municipality (市町村 and
東京都's 特別区: 1,741) and ward of a designated city (政令指定都市の区), each with its six-digit
code, prefecture, name and kana, in code order — the order prefectures list their
municipalities in. ``scripts/refresh_municipalities.py`` writes it; the file's header names
its sources and date. It is read once (:func:`national_list`); nothing here uses the network.

:func:`resolve_code` is the rule every place that takes a 団体コード from a person follows:
the digits are read by ``domain.local_codes`` (six digits with the check digit, five without
it, a number cell that lost its leading zero), every reading that is not on the list is
dropped, and where two remain the row's municipality name decides. A code no entry has, or
one whose entry has another name than the row's, is refused with both named.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from dxworkshop.domain import local_codes
from dxworkshop.paths import resource_path
from dxworkshop.services.errors import ValidationError

COLUMNS = ("code", "kind", "prefecture", "name", "kana", "city")


class Kind(StrEnum):
    PREFECTURE = "prefecture"
    DESIGNATED_CITY = "designated_city"  # 政令指定都市
    CITY = "city"
    SPECIAL_WARD = "special_ward"  # 東京都の特別区
    TOWN = "town"
    VILLAGE = "village"
    WARD = "ward"  # a ward (行政区) of a designated city


#: The kinds the 1,741 municipalities are of (市町村 and 特別区).
MUNICIPAL_KINDS = frozenset(
    {Kind.DESIGNATED_CITY, Kind.CITY, Kind.SPECIAL_WARD, Kind.TOWN, Kind.VILLAGE}
)


@dataclass(frozen=True, slots=True)
class LocalGovernment:
    """One entry of the list: a prefecture, a municipality or a ward."""

    code: str  # six digits, check digit included
    kind: Kind
    prefecture: str  # 岡山県
    name: str  # 倉敷市; a prefecture's own name; a ward with its city: 浜松市中央区
    kana: str  # hiragana: くらしきし
    city: str = ""  # a ward's designated city (its code)

    @property
    def prefecture_code(self) -> str:
        return self.code[:2]

    @property
    def is_municipality(self) -> bool:
        return self.kind in MUNICIPAL_KINDS

    @property
    def full_name(self) -> str:
        """With its prefecture: 岡山県倉敷市 (a prefecture: its name)."""
        return self.name if self.kind is Kind.PREFECTURE else self.prefecture + self.name


# --- names and kana as people write them ------------------------------------------------

_SPACES = re.compile(r"[\s\u3000]+")
# Spellings the lists themselves disagree on (ヶ/ケ: 鶴ヶ島市 but 袖ケ浦市; Japan Post writes
# 檮原町 and 須惠町 where the 総務省 list has 梼原町 and 須恵町).
_VARIANTS = str.maketrans({"ヶ": "ケ", "ヵ": "カ", "檮": "梼", "惠": "恵"})
_COUNTY = re.compile(r"^.+?郡(?=.+[町村]$)")


def name_key(text: str) -> str:
    """A name as compared: NFKC, no spaces, one spelling of ヶ/ケ and of the variant kanji."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).translate(_VARIANTS)


def kana_key(text: str) -> str:
    """Kana as compared: hiragana (from full- or half-width katakana), no spaces."""
    plain = _SPACES.sub("", unicodedata.normalize("NFKC", text))
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in plain)


# --- the list -----------------------------------------------------------------------------


class NationalList:
    """The entries of the list, looked up by code, prefecture, name and kana."""

    def __init__(
        self, entries: Iterable[LocalGovernment], *, as_of: str = "", source: str = ""
    ) -> None:
        self.entries: tuple[LocalGovernment, ...] = tuple(sorted(entries, key=lambda e: e.code))
        self.as_of = as_of
        self.source = source
        self._by_code = {e.code: e for e in self.entries}
        self._prefectures = tuple(e for e in self.entries if e.kind is Kind.PREFECTURE)
        self._prefecture_by_name = {name_key(p.name): p for p in self._prefectures}
        self._in_prefecture: dict[str, list[LocalGovernment]] = defaultdict(list)
        self._by_name: dict[str, list[LocalGovernment]] = defaultdict(list)
        self._by_kana: dict[str, list[LocalGovernment]] = defaultdict(list)
        self._wards: dict[str, list[LocalGovernment]] = defaultdict(list)
        for entry in self.entries:
            self._by_name[name_key(entry.name)].append(entry)
            self._by_kana[kana_key(entry.kana)].append(entry)
            if entry.is_municipality:
                self._in_prefecture[entry.prefecture_code].append(entry)
            if entry.kind is Kind.WARD:
                self._wards[entry.city].append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def by_code(self, code: str) -> LocalGovernment | None:
        """The entry of a six-digit code (any kind), or None."""
        return self._by_code.get(code)

    def prefectures(self) -> tuple[LocalGovernment, ...]:
        return self._prefectures

    def prefecture(self, which: str) -> LocalGovernment | None:
        """A prefecture by name (岡山県, or 岡山), two-digit number (33) or code (330001)."""
        key = name_key(which)
        if key.isascii() and key.isdigit() and len(key) in (1, 2, 6):
            number = key[:2] if len(key) == 6 else key.zfill(2)
            return next((p for p in self._prefectures if p.prefecture_code == number), None)
        found = self._prefecture_by_name.get(key)
        if found is None and key:
            found = next((p for p in self._prefectures if p.name[:-1] == key), None)
        return found

    def _prefecture_code(self, prefecture: str) -> str:
        found = self.prefecture(prefecture)
        if found is None:
            raise ValidationError("prefecture", "unknown", f"{prefecture!r} is no prefecture")
        return found.prefecture_code

    def municipalities(self, prefecture: str | None = None) -> tuple[LocalGovernment, ...]:
        """The municipalities (市町村 and 特別区), of one prefecture if given, in code order."""
        if prefecture is None:
            return tuple(e for e in self.entries if e.is_municipality)
        return tuple(self._in_prefecture.get(self._prefecture_code(prefecture), ()))

    def wards(self, city_code: str) -> tuple[LocalGovernment, ...]:
        """The wards of a designated city, in code order."""
        return tuple(self._wards.get(city_code, ()))

    def _within(
        self, found: Iterable[LocalGovernment], prefecture: str | None
    ) -> tuple[LocalGovernment, ...]:
        if prefecture is None:
            return tuple(found)
        number = self._prefecture_code(prefecture)
        return tuple(e for e in found if e.prefecture_code == number)

    def by_name(self, name: str, prefecture: str | None = None) -> tuple[LocalGovernment, ...]:
        """The entries of this name (several across Japan: 府中市 is in 東京都 and 広島県).

        The name may carry its prefecture (岡山県倉敷市) or, for a town or village, its
        郡 (都窪郡早島町)."""
        found: dict[str, LocalGovernment] = {}
        for key, number in self._keys(name):
            for entry in self._by_name.get(key, ()):
                if number is None or entry.prefecture_code == number:
                    found.setdefault(entry.code, entry)
        return self._within(sorted(found.values(), key=lambda e: e.code), prefecture)

    def by_kana(self, kana: str, prefecture: str | None = None) -> tuple[LocalGovernment, ...]:
        """The entries read so (hiragana or katakana): くらしきし → 倉敷市."""
        return self._within(self._by_kana.get(kana_key(kana), ()), prefecture)

    def starting_with(
        self, text: str, prefecture: str | None = None
    ) -> tuple[LocalGovernment, ...]:
        """Municipalities whose name or kana starts with *text*, in code order."""
        name, kana = name_key(text), kana_key(text)
        if not name:
            return ()
        return tuple(
            e
            for e in self.municipalities(prefecture)
            if name_key(e.name).startswith(name) or e.kana.startswith(kana)
        )

    def nearest(
        self, name: str, prefecture: str | None = None, n: int = 3
    ) -> tuple[LocalGovernment, ...]:
        """Up to *n* municipalities whose name or kana is closest to a mistyped *name*,
        closest first: fewest characters to change (倉式市 → 倉敷市 before 佐倉市), then the most
        alike (difflib); none that would need half of its characters changed."""
        key, kana = name_key(name), kana_key(name)
        scored = []
        for entry in self.municipalities(prefecture):
            score = max(_similarity(key, name_key(entry.name)), _similarity(kana, entry.kana))
            if score >= 0.5:
                alike = max(
                    difflib.SequenceMatcher(None, key, name_key(entry.name)).ratio(),
                    difflib.SequenceMatcher(None, kana, entry.kana).ratio(),
                )
                scored.append((-score, -alike, entry.code, entry))
        return tuple(entry for *_rank, entry in sorted(scored)[:n])

    def is_named(self, entry: LocalGovernment, name: str) -> bool:
        """Whether *name* (as a row writes it: 倉敷市, 岡山県倉敷市, or just 倉敷) names *entry*."""
        own = name_key(entry.name)
        short = own[:-1] if entry.is_municipality and len(own) > 1 else own  # 倉敷市 → 倉敷
        return any(
            key in (own, short) and number in (None, entry.prefecture_code)
            for key, number in self._keys(name)
        )

    def _keys(self, name: str) -> list[tuple[str, str | None]]:
        """The keys *name* may be under, each with the prefecture it names (if it does)."""
        key = name_key(name)
        keys: list[tuple[str, str | None]] = [(key, None)]
        for prefecture in self._prefectures:
            pref = name_key(prefecture.name)
            if key.startswith(pref) and len(key) > len(pref):
                keys.append((key[len(pref) :], prefecture.prefecture_code))
        for k, number in list(keys):
            without_county = _COUNTY.sub("", k)
            if without_county != k:
                keys.append((without_county, number))
        return keys


def _similarity(a: str, b: str) -> float:
    """1 less the share of characters to insert, delete or replace to make *a* into *b*."""
    if not a or not b:
        return 0.0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b))


def read_list(path: Path) -> NationalList:
    """A list in the shipped format: ``# key: value`` lines, then CSV with :data:`COLUMNS`."""
    header: dict[str, str] = {}
    lines: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            if line.startswith("#"):
                key, _, value = line[1:].partition(":")
                header[key.strip()] = value.strip()
            else:
                lines.append(line)
    reader = csv.DictReader(lines)
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise ValueError(f"{path.name}: expected the columns {', '.join(COLUMNS)}")
    entries = [
        LocalGovernment(
            r["code"], Kind(r["kind"]), r["prefecture"], r["name"], r["kana"], r["city"]
        )
        for r in reader
    ]
    return NationalList(entries, as_of=header.get("as_of", ""), source=header.get("source", ""))


@cache
def national_list() -> NationalList:
    """The shipped list (read once)."""
    return read_list(resource_path("reference", "municipalities.csv"))


# --- the one reading of a 団体コード ------------------------------------------------------


class MunicipalityCodeError(ValidationError):
    """A 団体コード refused; ``reason`` says why (stable, for translated messages).

    Reasons: those of ``domain.local_codes`` (``not_number``, ``too_long``,
    ``no_prefecture``, ``check_digit`` — ``expected`` holds the digit — and ``invalid``);
    ``unknown``: no entry of the list has any reading of the value; ``other_municipality``:
    the code's entry (``known``; two where both readings exist) is not ``name``;
    ``ambiguous``: two entries have a reading and no name says which. The ValidationError
    ``code`` is ``bad_code`` throughout.
    """

    def __init__(
        self,
        field: str,
        reason: str,
        message: str,
        *,
        value: str,
        name: str = "",
        known: tuple[LocalGovernment, ...] = (),
        expected: str = "",
    ) -> None:
        super().__init__(field, "bad_code", message)
        self.reason = reason
        self.value = value
        self.name = name
        self.known = known
        self.expected = expected


def _names(entries: Iterable[LocalGovernment]) -> str:
    return " or ".join(f"{e.full_name} ({e.code})" for e in entries)


def resolve_code(
    value: str | int,
    name: str = "",
    *,
    national: NationalList | None = None,
    field: str = "code",
) -> LocalGovernment:
    """The entry a raw 団体コード (and the row's municipality *name*, if any) means.

    *value* is six digits with the check digit, five without it, or either as a number
    that lost its leading zero; full-width digits and spaces are read as typed. Every
    reading (``domain.local_codes.readings``) not on the list is dropped; where two remain
    (12203: 士別市 012203 or 市川市 122033) *name* decides — without a name, a municipality
    is meant rather than a ward or prefecture, else the code is ambiguous. Raises
    :class:`MunicipalityCodeError` naming the code — and the name, where they disagree.
    """
    national = national or national_list()
    try:
        readings = local_codes.readings(value)
    except local_codes.CodeError as exc:
        raise MunicipalityCodeError(
            field, exc.reason, str(exc), value=exc.value, name=name, expected=exc.expected
        ) from None
    shown = str(value) if isinstance(value, int) else local_codes.digits_of(value)
    found = tuple(e for e in (national.by_code(c) for c in readings) if e is not None)
    if not found:
        raise MunicipalityCodeError(
            field, "unknown", f"no municipality has 団体コード {shown}", value=shown, name=name
        )
    if name:
        named = [e for e in found if national.is_named(e, name)]
        if len(named) == 1:
            return named[0]
        raise MunicipalityCodeError(
            field,
            "other_municipality",
            f"団体コード {shown} is {_names(found)}, not {name}",
            value=shown,
            name=name,
            known=found,
        )
    if len(found) == 1:
        return found[0]
    municipal = [e for e in found if e.is_municipality]
    if len(municipal) == 1:  # 11100: さいたま市 111007, not 札幌市清田区 011100
        return municipal[0]
    raise MunicipalityCodeError(
        field,
        "ambiguous",
        f"団体コード {shown} may be {_names(found)}: the row's municipality name decides",
        value=shown,
        known=found,
    )


# --- a programme's prefecture ---------------------------------------------------------------


def prefecture_name(value: str, *, national: NationalList | None = None) -> str:
    """The prefecture *value* names, as the list names it (岡山 → 岡山県; 33 and 330001 too);
    "" for "". Raises ValidationError (``prefecture``, ``bad_value``) for anything else."""
    text = name_key(value or "")
    if not text:
        return ""
    found = (national or national_list()).prefecture(text)
    if found is None:
        raise ValidationError("prefecture", "bad_value", f"{value!r} is no prefecture of Japan")
    return found.name


class NotInPrefecture(ValidationError):
    """A municipality's name that is none of its programme's prefecture (code
    ``not_in_prefecture``); ``nearest`` holds the closest names of the prefecture, closest
    first, for a typo."""

    def __init__(
        self, field: str, name: str, prefecture: str, nearest: tuple[LocalGovernment, ...]
    ) -> None:
        hint = f"; did you mean {' or '.join(e.name for e in nearest)}?" if nearest else ""
        super().__init__(
            field, "not_in_prefecture", f"{name} is not a municipality of {prefecture}{hint}"
        )
        self.name = name
        self.prefecture = prefecture
        self.nearest = nearest


def in_prefecture(
    name: str, prefecture: str, *, national: NationalList | None = None, field: str = "name"
) -> LocalGovernment:
    """The municipality of *prefecture* that *name* names (倉敷市, 岡山県倉敷市, 都窪郡早島町),
    or the prefecture itself (its own office sends people too). Raises
    :class:`NotInPrefecture` with the nearest names otherwise."""
    national = national or national_list()
    found = [
        e
        for e in national.by_name(name, prefecture)
        if e.is_municipality or e.kind is Kind.PREFECTURE
    ]
    if len(found) == 1:
        return found[0]
    own = national.prefecture(prefecture)
    raise NotInPrefecture(
        field, name, own.name if own else prefecture, national.nearest(name, prefecture)
    )
