"""Prioritisation rules: weighted totals, gate criteria (絶対条件), payoff quadrants, ranking."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from dxworkshop.domain.enums import Quadrant

GATE_YES = 1
GATE_NO = 0


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    """What the rules need to know of one criterion."""

    key: Hashable
    weight: float
    min: int = 1
    max: int = 5
    higher_is_better: bool = True
    gate: bool = False


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """Weighted total of one issue.

    ``total`` is Σ weight × oriented score over the scored (non-gate) criteria, on the
    criteria's own scale; ``percent`` is the same as a share of the best possible total
    over the criteria scored (0–100). ``complete`` says every non-gate criterion was scored.
    """

    total: float | None
    percent: float | None
    complete: bool
    gated_out: bool


def oriented(value: float, spec: CriterionSpec) -> float:
    """The score turned so that higher always means better (lower-is-better is mirrored)."""
    if spec.higher_is_better:
        return value
    return spec.min + spec.max - value


def normalised(value: float, spec: CriterionSpec) -> float:
    """The oriented score mapped onto 0..1 (0 = worst, 1 = best)."""
    span = spec.max - spec.min
    if span <= 0:
        return 1.0
    return (oriented(value, spec) - spec.min) / span


def is_gated_out(scores: Mapping[Hashable, float], criteria: Sequence[CriterionSpec]) -> bool:
    """True when any gate criterion is answered "no"; an unanswered gate does not exclude."""
    return any(c.gate and scores.get(c.key) == GATE_NO for c in criteria)


def weighted_total(
    scores: Mapping[Hashable, float], criteria: Sequence[CriterionSpec]
) -> ScoreResult:
    total = 0.0
    best = 0.0
    worst = 0.0
    scored = 0
    wanted = 0
    for spec in criteria:
        if spec.gate:
            continue
        wanted += 1
        value = scores.get(spec.key)
        if value is None:
            continue
        scored += 1
        total += spec.weight * oriented(value, spec)
        best += spec.weight * spec.max
        worst += spec.weight * spec.min
    gated = is_gated_out(scores, criteria)
    if scored == 0:
        return ScoreResult(None, None, wanted == 0, gated)
    percent = 100.0 if best == worst else (total - worst) / (best - worst) * 100.0
    return ScoreResult(total, percent, scored == wanted, gated)


def quadrant(x_value: float, y_value: float, x: CriterionSpec, y: CriterionSpec) -> Quadrant:
    """Payoff quadrant from the two axis scores (x = ease, y = effect by default).

    A score on the middle line (3 on a 1–5 scale) counts as the better half, so the
    neutral card lands in すぐやる rather than being pushed down by rounding.
    """
    easy = normalised(x_value, x) >= 0.5
    high = normalised(y_value, y) >= 0.5
    if high:
        return Quadrant.DO_NOW if easy else Quadrant.PLAN
    return Quadrant.SPARE_TIME if easy else Quadrant.SKIP


@dataclass(frozen=True, slots=True)
class RankInput:
    key: Hashable
    result: ScoreResult
    annual_hours: float | None = None
    tie_break: str | int = 0


def rank(items: Sequence[RankInput]) -> list[tuple[int, RankInput]]:
    """Order issues best first and number them 1..n.

    Order: not gated out before gated out, scored before unscored, higher total, then
    larger workload (more hours to save), then the caller's tie-break (e.g. creation
    order), so equal totals always come out in the same order.
    """

    def sort_key(item: RankInput) -> tuple[bool, bool, float, float, str | int]:
        total = item.result.total
        hours = item.annual_hours
        return (
            item.result.gated_out,
            total is None,
            -(total if total is not None else 0.0),
            -(hours if hours is not None else -1.0),
            item.tie_break,
        )

    ordered = sorted(items, key=sort_key)
    return [(n, item) for n, item in enumerate(ordered, start=1)]
