"""Field-by-field comparison of two versions of an improvement plan (改善計画の版比較).

Text fields are compared character by character (Japanese has no spaces to split words
on), lists (ECRS classes, DX means) as items added and removed, the steps of the 実施計画
as steps added, removed and changed, and the expected workload numbers as values. The
result is plain data; how it is highlighted is up to the caller.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

#: The A3 order of a plan's fields (what the comparison walks through).
TEXT_FIELDS: tuple[str, ...] = (
    "target_process",
    "current_state",
    "problems",
    "root_cause",
    "solution",
    "goal",
    "kpi",
    "risks",
    "support_needed",
)
LIST_FIELDS: tuple[str, ...] = ("ecrs", "dx_means")
NUMBER_FIELDS: tuple[str, ...] = (
    "after_cases_per_year",
    "after_minutes_per_case",
    "after_people",
)
STEPS_FIELD = "steps"
FIELD_ORDER: tuple[str, ...] = (
    "target_process",
    "current_state",
    "problems",
    "root_cause",
    "solution",
    "ecrs",
    "dx_means",
    "goal",
    "kpi",
    STEPS_FIELD,
    *NUMBER_FIELDS,
    "risks",
    "support_needed",
)
STEP_PARTS: tuple[str, ...] = ("what", "who", "due")

#: Two steps whose "what" is at least this similar are one step changed, not two.
STEP_SIMILARITY = 0.5
#: Texts less alike than this are shown as one rewrite, not as scattered fragments.
REWRITE_SIMILARITY = 0.3
#: Runs in common shorter than this between two changes are folded into the change.
SHORT_EQUAL = 3


class Change(StrEnum):
    SAME = "same"
    ADDED = "added"  # empty before, something now
    REMOVED = "removed"  # something before, empty now
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Step:
    what: str = ""
    who: str = ""
    due: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PlanContent:
    """The comparable content of one plan version, in A3 order."""

    target_process: str = ""
    current_state: str = ""
    problems: str = ""
    root_cause: str = ""
    solution: str = ""
    ecrs: tuple[str, ...] = ()
    dx_means: tuple[str, ...] = ()
    goal: str = ""
    kpi: str = ""
    steps: tuple[Step, ...] = ()
    after_cases_per_year: float | None = None
    after_minutes_per_case: float | None = None
    after_people: float | None = None
    risks: str = ""
    support_needed: str = ""


SpanKind = Literal["equal", "insert", "delete", "replace"]
_SPAN_KINDS: dict[str, SpanKind] = {
    "equal": "equal",
    "insert": "insert",
    "delete": "delete",
    "replace": "replace",
}


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text: the same on both sides, only in the new, only in the old, or replaced."""

    kind: SpanKind
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class TextDiff:
    field: str
    change: Change
    old: str
    new: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class ListDiff:
    field: str
    change: Change
    old: tuple[str, ...]
    new: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    kept: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NumberDiff:
    field: str
    change: Change
    old: float | None
    new: float | None


@dataclass(frozen=True, slots=True)
class StepDiff:
    """One step of the plan: kept as it was, added, removed, or changed in some parts."""

    change: Change
    old: Step | None
    new: Step | None
    changed_parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StepsDiff:
    field: str
    change: Change
    steps: tuple[StepDiff, ...]


FieldDiff = TextDiff | ListDiff | NumberDiff | StepsDiff


@dataclass(frozen=True, slots=True)
class PlanDiff:
    fields: tuple[FieldDiff, ...] = field(default_factory=tuple)

    def of(self, name: str) -> FieldDiff:
        for item in self.fields:
            if item.field == name:
                return item
        raise KeyError(name)

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(f.field for f in self.fields if f.change != Change.SAME)

    @property
    def unchanged(self) -> bool:
        return not self.changed_fields


def _change(old_empty: bool, new_empty: bool, equal: bool) -> Change:
    if equal:
        return Change.SAME
    if old_empty:
        return Change.ADDED
    if new_empty:
        return Change.REMOVED
    return Change.CHANGED


def text_spans(old: str, new: str) -> tuple[Span, ...]:
    """The runs of *old* and *new*, compared character by character."""
    if old == new:
        return (Span("equal", old, new),) if old else ()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if old and new and matcher.ratio() < REWRITE_SIMILARITY:
        return (Span("replace", old, new),)
    spans: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        spans.append(Span(_SPAN_KINDS[tag], old[i1:i2], new[j1:j2]))
    return tuple(_merge_short_equals(spans))


def _merge_short_equals(spans: list[Span]) -> list[Span]:
    """A character or two shared between two changes reads as noise: fold them in.

    Character diffs of rewritten Japanese sentences find the odd common particle or
    okurigana (の, を, てい, 。) in the middle of new text; showing it as kept splits one
    rewrite into fragments. Equal runs shorter than ``SHORT_EQUAL`` characters between
    two changes are folded into one replacement.
    """
    result: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        if (
            span.kind == "equal"
            and len(span.old) < SHORT_EQUAL
            and result
            and result[-1].kind != "equal"
            and i + 1 < len(spans)
            and spans[i + 1].kind != "equal"
        ):
            before = result.pop()
            after = spans[i + 1]
            result.append(
                Span(
                    "replace",
                    before.old + span.old + after.old,
                    before.new + span.new + after.new,
                )
            )
            i += 2
            continue
        if span.kind != "equal" and result and result[-1].kind != "equal":
            before = result.pop()
            span = Span("replace", before.old + span.old, before.new + span.new)
        result.append(span)
        i += 1
    return [_kind_of(s) for s in result]


def _kind_of(span: Span) -> Span:
    if span.kind == "equal":
        return span
    if not span.old:
        return Span("insert", "", span.new)
    if not span.new:
        return Span("delete", span.old, "")
    return Span("replace", span.old, span.new)


def diff_text(name: str, old: str, new: str) -> TextDiff:
    return TextDiff(
        name,
        _change(not old.strip(), not new.strip(), old == new),
        old,
        new,
        text_spans(old, new),
    )


def diff_list(name: str, old: Sequence[str], new: Sequence[str]) -> ListDiff:
    old_t, new_t = tuple(old), tuple(new)
    added = tuple(x for x in new_t if x not in old_t)
    removed = tuple(x for x in old_t if x not in new_t)
    kept = tuple(x for x in new_t if x in old_t)
    same = not added and not removed
    return ListDiff(name, _change(not old_t, not new_t, same), old_t, new_t, added, removed, kept)


def diff_number(name: str, old: float | None, new: float | None) -> NumberDiff:
    return NumberDiff(name, _change(old is None, new is None, old == new), old, new)


def _parts_changed(old: Step, new: Step) -> tuple[str, ...]:
    return tuple(p for p in STEP_PARTS if getattr(old, p) != getattr(new, p))


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _pair_block(old: Sequence[Step], new: Sequence[Step]) -> list[StepDiff]:
    """Pair the steps of a replaced block: similar "what" → changed; the rest added/removed.

    Pairs are taken best first and kept only when they do not cross, so the result
    follows the new order with removed steps where they used to be.
    """
    candidates = sorted(
        ((_similarity(o.what, n.what), i, j) for i, o in enumerate(old) for j, n in enumerate(new)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    pairs: dict[int, int] = {}
    for score, i, j in candidates:
        if score < STEP_SIMILARITY:
            break
        if i in pairs or j in pairs.values():
            continue
        if any((i < a) != (j < b) for a, b in pairs.items()):
            continue  # crossing pairs would mean a move; show removed + added instead
        pairs[i] = j
    result: list[StepDiff] = []
    i = 0
    for j, step in enumerate(new):
        partner = next((a for a, b in pairs.items() if b == j), None)
        if partner is not None:
            while i < partner:
                if i not in pairs:
                    result.append(StepDiff(Change.REMOVED, old[i], None))
                i += 1
            o = old[partner]
            parts = _parts_changed(o, step)
            result.append(StepDiff(Change.CHANGED if parts else Change.SAME, o, step, parts))
            i = partner + 1
        else:
            result.append(StepDiff(Change.ADDED, None, step))
    while i < len(old):
        if i not in pairs:
            result.append(StepDiff(Change.REMOVED, old[i], None))
        i += 1
    return result


def diff_steps(old: Sequence[Step], new: Sequence[Step]) -> StepsDiff:
    old_t, new_t = tuple(old), tuple(new)
    matcher = difflib.SequenceMatcher(None, old_t, new_t, autojunk=False)
    steps: list[StepDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            steps.extend(
                StepDiff(Change.SAME, o, n) for o, n in zip(old_t[i1:i2], new_t[j1:j2], strict=True)
            )
        elif tag == "delete":
            steps.extend(StepDiff(Change.REMOVED, o, None) for o in old_t[i1:i2])
        elif tag == "insert":
            steps.extend(StepDiff(Change.ADDED, None, n) for n in new_t[j1:j2])
        else:
            steps.extend(_pair_block(old_t[i1:i2], new_t[j1:j2]))
    same = old_t == new_t
    return StepsDiff(STEPS_FIELD, _change(not old_t, not new_t, same), tuple(steps))


def diff_plans(old: PlanContent, new: PlanContent) -> PlanDiff:
    """Every field of two versions in A3 order, each with what changed."""
    result: list[FieldDiff] = []
    for name in FIELD_ORDER:
        if name in TEXT_FIELDS:
            result.append(diff_text(name, getattr(old, name), getattr(new, name)))
        elif name in LIST_FIELDS:
            result.append(diff_list(name, getattr(old, name), getattr(new, name)))
        elif name in NUMBER_FIELDS:
            result.append(diff_number(name, getattr(old, name), getattr(new, name)))
        else:
            result.append(diff_steps(old.steps, new.steps))
    return PlanDiff(tuple(result))
