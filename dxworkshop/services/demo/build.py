"""What every phase of the demo build shares: its dates, the programme's shape (size ×
scale), the build's state — the document being written and what later phases need from
earlier ones — and the small rules of dates and numbers the phases use.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, Literal

from dxworkshop.domain import local_codes
from dxworkshop.domain.workload import annual_hours
from dxworkshop.services.demo.catalogues import Catalogues, Improvement, IssueSeed, Municipality
from dxworkshop.services.errors import ValidationError

Size = Literal["small", "large"]

JST = dt.timezone(dt.timedelta(hours=9), "JST")

# Days after the programme start. The shipped schedule puts the brush-up session on
# day 35 and the 2- and 4-week check-ins on days 49 and 56: practice runs from day 36.
START_BEFORE_TODAY = 52
PRACTICE_START = 36
STALE_DAYS = 14

WEEKDAY_SATURDAY = 5


# --- dates and numbers ------------------------------------------------------------------


def weekday_on_or_before(day: dt.date) -> dt.date:
    while day.weekday() >= WEEKDAY_SATURDAY:
        day -= dt.timedelta(days=1)
    return day


def programme_start(today: dt.date) -> dt.date:
    """A weekday about seven weeks before *today*, so that today falls in workplace practice."""
    return weekday_on_or_before(today - dt.timedelta(days=START_BEFORE_TODAY))


def local_government_code(base: str) -> str:
    """The six-digit 団体コード of five digits: ``domain.local_codes`` adds the check digit.

    A fictional copy's code (:func:`regional`) is valid under the check digit but may be
    another municipality's: the demo writes its documents as they are, without the list."""
    return local_codes.with_check_digit(base)


def nice(value: float) -> int:
    """Round a count the way people estimate it (hundreds, tens)."""
    if value >= 1000:
        return round(value / 100) * 100
    if value >= 100:
        return round(value / 10) * 10
    return max(1, round(value))


def clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def stamp(day: dt.date, hour: int, minute: int) -> str:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=JST).isoformat()


def issue_hours(issue: dict[str, Any]) -> float | None:
    return annual_hours(issue["cases_per_year"], issue["minutes_per_case"], issue["people"])


def pick_count(n: int, share: float, minimum: int) -> int:
    return min(n, max(minimum, round(n * share)))


# --- the programme's shape -------------------------------------------------------------


#: The largest ``scale`` of a demo (8 × the large programme: 4,800 trainees, 96,000 issues).
MAX_SCALE = 8


@dataclass(frozen=True)
class Scale:
    municipalities: tuple[Municipality, ...]  # every region's, region by region
    trainees: int
    issues_per_trainee: tuple[int, int]
    groups: int
    instructors: int
    facilitators: int
    scoring_groups: int  # groups whose members also scored on their own
    planned_hearings: int
    regions: int = 1  # copies of the programme's municipalities (``scale``)


def regional(muni: Municipality, region: int) -> Municipality:
    """*muni* as it appears in the *region*-th copy of the programme (0: itself).

    A copy is fictional: its name, kana and e-mail domain carry the region's number and
    its code another prefecture's digits, so that every municipality stays distinct.
    """
    if region == 0:
        return muni
    n = region + 1
    code = f"{int(muni.base_code[:2]) + region:02d}{muni.base_code[2:]}"
    return muni._replace(
        name=f"{muni.name}（{n}）",
        kana=f"{muni.kana}{n}",
        base_code=code,
        romaji=f"{muni.romaji}{n}",
    )


def shape(cat: Catalogues, size: str, scale: int = 1) -> Scale:
    """The programme of *size* (small or large), *scale* times; ValidationError otherwise."""
    if not isinstance(scale, int) or isinstance(scale, bool) or not 1 <= scale <= MAX_SCALE:
        raise ValidationError(
            "scale", "bad_scale", f"demo scale must be a whole number from 1 to {MAX_SCALE}"
        )
    if size == "small":
        small = tuple(m for m in cat.municipalities if m.name in cat.small_programme)
        base = Scale(small, 40, (3, 5), 8, 4, 1, 2, 1)
    elif size == "large":
        base = Scale(cat.municipalities, 600, (20, 20), 100, 12, 2, 10, 2)
    else:
        raise ValidationError("size", "bad_size", f"unknown demo size {size!r} (small or large)")
    if scale == 1:
        return base
    # N times the programme: N regions of municipalities, each with the trainees, people,
    # groups, instructors and pending hearings of one programme; the issues, hearings,
    # scores, votes, plans, feedback and practice follow from them.
    return Scale(
        tuple(regional(m, r) for r in range(scale) for m in base.municipalities),
        base.trainees * scale,
        base.issues_per_trainee,
        base.groups * scale,
        base.instructors * scale,
        base.facilitators * scale,
        base.scoring_groups * scale,
        base.planned_hearings * scale,
        regions=scale,
    )


# --- the build's state ----------------------------------------------------------------


@dataclass
class Trainee:
    key: str
    name: str
    municipality: str
    department: str
    department_name: str
    supervisor: str
    index: int
    group: str = ""
    issues: list[str] = field(default_factory=list)


@dataclass
class PlanInfo:
    key: str
    trainee: Trainee
    issue: dict[str, Any]
    seed: IssueSeed
    instructor: str
    fb_supervisor: str  # requested / received / addressed
    fb_instructor: str
    improvements: tuple[Improvement, ...]  # the supervisor's, the instructor's
    health: str = "normal"  # normal / behind / blocked
    after: tuple[int, int, int] = (0, 0, 0)
    progress: int = 0


@dataclass
class Build:
    """One build under way: its random source, shape, dates and catalogues, the document
    being written, and what later phases need from earlier ones."""

    rng: random.Random
    scale: Scale
    today: dt.date
    start: dt.date
    cat: Catalogues
    doc: dict[str, Any]
    used_names: set[str] = field(default_factory=set)
    used_emails: set[str] = field(default_factory=set)
    municipalities: list[tuple[str, Municipality]] = field(default_factory=list)
    dx_contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    trainees: list[Trainee] = field(default_factory=list)
    people_by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    dept_keys: dict[tuple[str, str], str] = field(default_factory=dict)
    dept_shown: dict[str, str] = field(default_factory=dict)
    facilitators: list[str] = field(default_factory=list)
    instructors: list[str] = field(default_factory=list)
    group_instructor: dict[str, str] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)
    issue_by_key: dict[str, dict[str, Any]] = field(default_factory=dict)
    seeds: dict[str, IssueSeed] = field(default_factory=dict)
    consensus: dict[str, dict[str, int]] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)
    votes_received: dict[str, int] = field(default_factory=dict)
    themes: dict[str, str] = field(default_factory=dict)  # trainee key → issue key
    plans: list[PlanInfo] = field(default_factory=list)
    findings: int = 0

    def day(self, offset: int) -> dt.date:
        return self.start + dt.timedelta(days=offset)

    @property
    def today_offset(self) -> int:
        return (self.today - self.start).days
