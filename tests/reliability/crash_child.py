"""R1's child process: open a workshop and apply scripted edits through the services.

``python -m tests.reliability.crash_child FILE TRIAL BACKUPS``

Prints ``opening`` before :meth:`Workshop.open`, then one line
``committed {json}`` after each service call returns (the edit is durable then), and
keeps going until the parent kills it. Every edit writes a target no other edit
touches (a new row, or a field of a row made earlier in this run), so the parent can
check each reported edit on its own, whatever edit the kill interrupted.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dxworkshop.domain.enums import Phase, Role
from dxworkshop.services import issues, people, prioritize, programme
from dxworkshop.services.criteria import list_criteria
from dxworkshop.store.workshop import Workshop

#: The child stops editing (and waits to be killed) after this many edits.
MAX_EDITS = 400


def long_text(rng: random.Random, tag: str) -> str:
    """Sometimes several pages long, so a commit spans many WAL frames."""
    words = rng.randint(1, 2500) if rng.random() < 0.3 else rng.randint(1, 20)
    return tag + " " + "申請書の転記と確認 " * words


def edits(workshop: Workshop, trial: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    """Apply one edit per step and yield what it committed."""
    criteria = [c for c in list_criteria(workshop) if not c.gate]
    day = dt.date(2026, 6, 1)
    cycle = 0
    while True:
        tag = f"R1-t{trial}-c{cycle}"
        muni = people.add_municipality(workshop, f"{tag} 市")
        yield dict(op="municipality", id=muni.id, name=muni.name)
        person = people.add_person(
            workshop, f"{tag} 受講者", municipality_id=muni.id, roles=[Role.TRAINEE]
        )
        yield dict(op="person", id=person.id, name=person.name, municipality_id=muni.id)
        issue = issues.add_issue(
            workshop,
            f"{tag} 課題",
            owner_id=person.id,
            cases_per_year=float(rng.randint(1, 5000)),
            minutes_per_case=float(rng.randint(1, 60)),
            people=1.0,
        )
        yield dict(op="issue", id=issue.id, title=issue.title, owner_id=person.id)
        issue = issues.update_issue(workshop, issue.id, description=long_text(rng, tag))
        yield dict(op="issue_description", id=issue.id, description=issue.description)
        for criterion in criteria:
            value = rng.randint(criterion.min, criterion.max)
            prioritize.set_score(workshop, issue.id, criterion.id, value)
            yield dict(op="score", issue_id=issue.id, criterion_id=criterion.id, value=value)
        session = programme.add_session(workshop, f"{tag} 回", Phase.PRACTICE, day)
        yield dict(op="session", id=session.id, title=session.title)
        session = programme.update_session(workshop, session.id, place=f"{tag} 会議室")
        yield dict(op="session_place", id=session.id, place=session.place)
        dropped = issues.add_issue(workshop, f"{tag} 取り下げ", owner_id=person.id)
        yield dict(op="issue", id=dropped.id, title=dropped.title, owner_id=person.id)
        issues.set_issues_deleted(workshop, [dropped.id], True)
        yield dict(op="issue_deleted", id=dropped.id)
        cycle += 1
        day += dt.timedelta(days=1)


def main(argv: list[str]) -> int:
    path, trial, backups = Path(argv[1]), int(argv[2]), Path(argv[3])
    rng = random.Random(trial)
    print("opening", flush=True)
    workshop = Workshop.open(path, backup_root=backups)
    for count, edit in enumerate(edits(workshop, trial, rng), start=1):
        print("committed " + json.dumps(edit, ensure_ascii=False), flush=True)
        if count >= MAX_EDITS:
            break
    print("done", flush=True)
    sys.stdin.read()  # never returns on its own: the parent kills this process
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
