"""Work groups (班) that mix municipalities: how many groups, and who goes where."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

#: A trainee to place: (person id, municipality id or None when unknown).
Trainee = tuple[int, int | None]


def group_count(trainee_count: int, group_size: int) -> int:
    """How many groups of at most *group_size* hold *trainee_count* trainees.

    The groups then differ in size by at most one (e.g. 10 trainees, size 4 → 3 groups
    of 4, 3 and 3), which is why we round up rather than to the nearest.
    """
    if group_size < 1:
        raise ValueError(f"group size must be at least 1, not {group_size}")
    if trainee_count <= 0:
        return 0
    return math.ceil(trainee_count / group_size)


def mix_groups(trainees: Sequence[Trainee], group_size: int) -> list[tuple[int, ...]]:
    """Deal *trainees* into groups of at most *group_size* that mix municipalities.

    Municipalities are taken largest first (ties by id, in the order given for trainees
    of one municipality) and their trainees dealt round the groups like cards. Because
    each municipality's trainees then occupy consecutive deals, they land in different
    groups as far as possible: a municipality with ``c`` trainees and ``k`` groups puts
    ``c // k`` or ``c // k + 1`` of them in each group, so no group has two trainees of
    one municipality whenever no municipality has more trainees than there are groups.
    The sizes differ by at most one, earlier groups taking the extra ones.

    A trainee without a municipality is a municipality of their own. The result is
    deterministic: the same input always gives the same groups.
    """
    count = group_count(len(trainees), group_size)
    if count == 0:
        return []
    sizes = Counter(m for _pid, m in trainees if m is not None)
    known = sorted(sizes, key=lambda m: (-sizes[m], m))
    order: list[int] = []
    for muni in known:
        order.extend(pid for pid, m in trainees if m == muni)
    order.extend(pid for pid, m in trainees if m is None)
    groups: list[list[int]] = [[] for _ in range(count)]
    for i, pid in enumerate(order):
        groups[i % count].append(pid)
    return [tuple(g) for g in groups]


def can_fully_mix(trainees: Sequence[Trainee], group_size: int) -> bool:
    """True when groups of *group_size* can have at most one trainee per municipality."""
    count = group_count(len(trainees), group_size)
    sizes = Counter(m for _pid, m in trainees if m is not None)
    return max(sizes.values(), default=0) <= count


def most_from_one_municipality(
    groups: Sequence[Sequence[int]], municipality_of: dict[int, int | None]
) -> int:
    """The largest number of trainees one group has from one municipality (0 if none)."""
    worst = 0
    for group in groups:
        counts = Counter(municipality_of.get(pid) for pid in group)
        counts.pop(None, None)
        worst = max(worst, max(counts.values(), default=0))
    return worst
