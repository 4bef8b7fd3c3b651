"""The demo programme: a realistic 業務改善・DX実践研修, seeded, as an interchange v1 document.

Everything is drawn from one ``random.Random(seed)`` in a fixed order, so the same
(size, seed, today) always gives the same document. ``today`` decides where the
programme stands: it started about seven weeks earlier and is in workplace practice.

The texts and names come from ``resources/templates/demo`` (``catalogues``); the build
is split by what it makes, each phase writing its part of the document and leaving in the
``build.Build`` what later phases need: ``people`` (the programme, municipalities, people,
groups, sessions), ``issues`` (issue cards, affinity groups, scores, votes, themes),
``hearings`` (which quote the issues, so they come after them) and ``plans`` (plans,
practice, then feedback, which goes to the plans furthest along).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dxworkshop.services.demo import hearings, issues, people, plans
from dxworkshop.services.demo.build import (
    MAX_SCALE,
    Build,
    Size,
    local_government_code,
    programme_start,
    shape,
)
from dxworkshop.services.demo.catalogues import catalogues
from dxworkshop.services.interchange import load_document

if TYPE_CHECKING:
    from dxworkshop.store.workshop import Workshop

__all__ = [
    "MAX_SCALE",
    "Size",
    "create_demo",
    "demo_document",
    "local_government_code",
    "programme_start",
]


def demo_document(
    size: Size = "small", seed: int = 2023, today: dt.date | None = None, scale: int = 1
) -> dict[str, Any]:
    """A whole demo programme as an interchange v1 document (see INTERCHANGE.md).

    The same (size, seed, today, scale) always gives the same document; *today* defaults
    to the clock's date and decides the programme's dates (it is in workplace practice).
    *scale* (1 to ``MAX_SCALE``) writes that many times the programme: as many trainees,
    municipalities and people, issues, hearings, plans, feedback and practice.
    """
    cat = catalogues()
    programme_shape = shape(cat, size, scale)
    today = today if today is not None else dt.date.today()
    build = Build(
        rng=random.Random(seed),
        scale=programme_shape,
        today=today,
        start=programme_start(today),
        cat=cat,
        doc={"format": "dxworkshop", "version": 1},
    )
    people.add_programme(build)
    people.add_people(build)
    people.add_groups(build)
    people.add_sessions(build)
    issues.add_issues(build)
    hearings.add_hearings(build)
    issues.add_clusters(build)
    issues.add_criteria_and_scores(build)
    issues.add_votes(build)
    issues.add_themes(build)
    plans.add_plans(build)
    plans.add_practice(build)
    plans.add_feedback(build)  # after practice: round 2 goes to the plans furthest along
    return build.doc


def create_demo(
    path: Path,
    size: Size = "small",
    seed: int = 2023,
    *,
    today: dt.date | None = None,
    backup_root: Path | None = None,
    scale: int = 1,
) -> Workshop:
    """Create the workshop file *path* holding the demo programme, and open it."""
    document = demo_document(size, seed, today, scale)
    return load_document(document, Path(path), backup_root=backup_root)
