"""The sane range of every number the programme stores: one rule for the services, the
interchange load, the roster import and returned forms.

The ranges are far above anything real (a municipality's busiest register has a few
hundred thousand cases a year) and low enough that every sum and chart of them stays
finite: ``cases × minutes × people`` at the limits is about 10¹⁴ hours, which a float
holds exactly enough and matplotlib can draw (``1e308`` made the axis limits infinite).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Range:
    """A closed range of a stored number; ``integer`` when fractions make no sense."""

    low: float
    high: float
    integer: bool = False

    def contains(self, value: float) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if not math.isfinite(value) or not self.low <= value <= self.high:
            return False
        return not self.integer or float(value).is_integer()

    def describe(self) -> str:
        """``0–10,000,000``: the range as a message shows it."""
        return f"{self.low:,g}–{self.high:,.0f}"


#: The years a date or a fiscal year may fall in: 平成元年 (nothing older belongs in a
#: training programme) to 2100. The services, the load, the forms and every date box.
MIN_YEAR = 1989
MAX_YEAR = 2100

#: 件数/年 of an issue (and of a plan's after-state).
CASES_PER_YEAR = Range(0, 10_000_000)
#: 分/件: a case of 30 days' work is the most anyone could mean.
MINUTES_PER_CASE = Range(0, 43_200)
#: 人: people doing the work.
PEOPLE = Range(0, 100_000)
#: 削減時間/年 reported as an outcome.
HOURS_SAVED_PER_YEAR = Range(0, 10_000_000)
#: A criterion's weight.
WEIGHT = Range(0, 100)
#: A board coordinate (scene units): far beyond any screen, small enough to draw.
BOARD_COORDINATE = Range(-1_000_000, 1_000_000)

#: A measurement's baseline, target or actual value (a count, minutes, a rate … of any
#: sign: a change can be measured as a negative number).
MEASUREMENT = Range(-1_000_000_000, 1_000_000_000)

#: The ends of a criterion's or rubric item's scale (評価の段階).
SCALE = Range(0, 10, integer=True)
#: Dots a person has in a voting round, and dots one person may put on one issue.
VOTES = Range(1, 99, integer=True)
#: A number answered to a hearing question (職員数, 件数 …).
ANSWER_NUMBER = Range(-1_000_000_000_000, 1_000_000_000_000)

#: Each stored number by the name its field has everywhere (models, services, JSON).
BY_FIELD: dict[str, Range] = {
    "cases_per_year": CASES_PER_YEAR,
    "minutes_per_case": MINUTES_PER_CASE,
    "people": PEOPLE,
    "after_cases_per_year": CASES_PER_YEAR,
    "after_minutes_per_case": MINUTES_PER_CASE,
    "after_people": PEOPLE,
    "hours_saved_per_year": HOURS_SAVED_PER_YEAR,
    "weight": WEIGHT,
    "baseline": MEASUREMENT,
    "target": MEASUREMENT,
    "actual": MEASUREMENT,
    "board_x": BOARD_COORDINATE,
    "board_y": BOARD_COORDINATE,
}
