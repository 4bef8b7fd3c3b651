"""What is wrong with an interchange document: each problem at its JSON path, all of them in one
error."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (a JSON path such as ``issues[3].owner``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InterchangeError(Exception):
    """A document that cannot be loaded; ``problems`` lists everything found, not just the first."""

    SHOWN: ClassVar[int] = 10

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        rest = len(self.problems) - self.SHOWN
        if rest > 0:
            lines.append(f"and {rest} more problem{'s' if rest > 1 else ''}")
        return "\n".join(lines)
