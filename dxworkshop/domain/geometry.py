"""Rectangles in board units: the one shape the payoff matrix and the affinity board's
layout share (no Qt: the boards turn them into scene rectangles)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

Point = tuple[float, float]


class Rect(NamedTuple):
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre(self) -> Point:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def contains(self, point: Point) -> bool:
        return self.x <= point[0] <= self.right and self.y <= point[1] <= self.bottom


def bounding(rects: Iterable[Rect]) -> Rect | None:
    """The smallest rectangle around *rects* (None when there are none)."""
    items = list(rects)
    if not items:
        return None
    left = min(r.x for r in items)
    top = min(r.y for r in items)
    right = max(r.right for r in items)
    bottom = max(r.bottom for r in items)
    return Rect(left, top, right - left, bottom - top)
