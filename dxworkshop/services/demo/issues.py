"""The demo's issue extraction and prioritisation (phases 2 and 3): each trainee's issue
cards from the catalogue, the affinity groups (KJ法) they sit in, the criteria and the
scores (the group's consensus, and some members' own placements on the matrix), the dot
votes and the improvement theme each trainee picks."""

from __future__ import annotations

import random
from typing import Any

from dxworkshop.services import defaults
from dxworkshop.services.demo.build import Build, clamp, issue_hours, nice
from dxworkshop.services.demo.catalogues import IssueSeed


def _workload(rng: random.Random, seed: IssueSeed) -> tuple[int | None, int, int]:
    cases = None if seed.cases is None else nice(rng.uniform(*seed.cases))
    minutes = rng.randint(*seed.minutes)
    if minutes > 30:  # people estimate long tasks in fives
        minutes = max(seed.minutes[0], 5 * round(minutes / 5))
    people = rng.randint(*seed.people)
    return cases, minutes, people


def add_issues(b: Build) -> None:
    rng = b.rng
    generic = [s for s in b.cat.issues if not s.department]
    by_dept: dict[str, list[IssueSeed]] = {}
    for s in b.cat.issues:
        if s.department:
            by_dept.setdefault(s.department, []).append(s)
    low, high = b.scale.issues_per_trainee
    for t in b.trainees:
        n = rng.randint(low, high)
        own = list(by_dept.get(t.department_name, []))
        rng.shuffle(own)
        common = list(generic)
        rng.shuffle(common)
        picks = own[: (n + 1) // 2] + common
        if len(picks) < n:  # large: also pains seen in other departments
            others = [s for s in b.cat.issues if s not in picks]
            picks += rng.sample(others, n - len(picks))
        for seed in picks[:n]:
            cases, minutes, people = _workload(rng, seed)
            r = rng.random()
            cases_v: int | None = cases
            minutes_v: int | None = minutes
            people_v: int | None = people
            if r < 0.05:
                cases_v = None
            elif r < 0.08:
                minutes_v = None
            elif r < 0.10:
                people_v = None
            key = f"i{len(b.issues) + 1}"
            issue = {
                "key": key,
                "owner": t.key,
                "municipality": t.municipality,
                "group": t.group,
                "title": seed.title,
                "process": seed.process,
                "description": seed.description,
                "categories": list(seed.categories),
                "cases_per_year": cases_v,
                "minutes_per_case": minutes_v,
                "people": people_v,
                "source": "other" if rng.random() < 0.03 else "workshop",
                "finding": None,
                "status": "candidate",
                "cluster": None,
            }
            b.issues.append(issue)
            b.issue_by_key[key] = issue
            b.seeds[key] = seed
            t.issues.append(key)
    b.doc["issues"] = b.issues


# --- affinity groups (KJ法) --------------------------------------------------------------------


def add_clusters(b: Build) -> None:
    rng = b.rng
    clusters: list[dict[str, Any]] = []
    top: dict[str, str] = {}
    for category in defaults.issue_categories():
        key = f"c{len(clusters) + 1}"
        clusters.append(
            {"key": key, "label": b.cat.cluster_labels.get(category, category), "parent": None}
        )
        top[category] = key
    nested: list[tuple[str, str, tuple[str, ...]]] = []
    for parent, label, words in b.cat.nested_clusters:
        if parent in top:
            key = f"c{len(clusters) + 1}"
            clusters.append({"key": key, "label": label, "parent": top[parent]})
            nested.append((parent, key, words))
    for issue in b.issues:
        if rng.random() < 0.12:  # cards left on their own
            continue
        first = issue["categories"][0]
        issue["cluster"] = top.get(first)
        for parent, key, words in nested:
            if parent == first and any(w in issue["title"] for w in words):
                issue["cluster"] = key
    b.doc["clusters"] = clusters


# --- phase 3: prioritisation -------------------------------------------------------------------


def _effect_score(hours: float | None) -> int:
    if hours is None:
        return 3
    for limit, score in ((50, 1), (150, 2), (400, 3), (1000, 4)):
        if hours < limit:
            return score
    return 5


def add_criteria_and_scores(b: Build) -> None:
    rng = b.rng
    criteria = [
        {
            "key": c["code"],
            "name": c["name"],
            "weight": c["weight"],
            "min": c["min"],
            "max": c["max"],
            "higher_is_better": c["higher_is_better"],
            "gate": c["gate"],
        }
        for c in defaults.criteria()
    ]
    x, y = defaults.matrix_axes()
    b.doc["criteria"] = criteria
    b.doc["matrix"] = {"x": x, "y": y}
    scores: list[dict[str, Any]] = []
    for issue in b.issues:
        seed = b.seeds[issue["key"]]
        values: dict[str, int] = {}
        total = 0.0
        for c in criteria:
            lo, hi = int(c["min"]), int(c["max"])
            if c["gate"]:
                value = lo if rng.random() < 0.04 else hi
            elif c["key"] == "effect":
                value = _effect_score(issue_hours(issue)) + rng.choice((-1, 0, 0, 0, 1))
            elif c["key"] == "ease":
                value = seed.ease + rng.choice((-1, 0, 0, 1))
            else:
                value = rng.randint(2, 5)
            value = clamp(value, lo, hi)
            values[c["key"]] = value
            if not c["gate"]:
                total += float(c["weight"]) * value
            scores.append(
                {"issue": issue["key"], "criterion": c["key"], "rater": None, "value": value}
            )
        b.consensus[issue["key"]] = values
        b.totals[issue["key"]] = total
    # Some groups also kept each member's own placement on the matrix.
    axes = [c for c in criteria if c["key"] in (x, y)]
    members: dict[str, list[str]] = {g["key"]: g["members"] for g in b.doc["groups"]}
    group_issues: dict[str, list[str]] = {}
    for issue in b.issues:
        group_issues.setdefault(issue["group"], []).append(issue["key"])
    for group in b.doc["groups"][: b.scale.scoring_groups]:
        for rater in members[group["key"]]:
            for ikey in group_issues.get(group["key"], []):
                for c in axes:
                    value = b.consensus[ikey][c["key"]] + rng.choice((-1, 0, 0, 1))
                    scores.append(
                        {
                            "issue": ikey,
                            "criterion": c["key"],
                            "rater": rater,
                            "value": clamp(value, int(c["min"]), int(c["max"])),
                        }
                    )
    b.doc["scores"] = scores


def _gated_out(b: Build, ikey: str) -> bool:
    gates = [c["key"] for c in b.doc["criteria"] if c["gate"]]
    mins = {c["key"]: c["min"] for c in b.doc["criteria"]}
    return any(b.consensus[ikey][g] == mins[g] for g in gates)


def add_votes(b: Build) -> None:
    rng = b.rng
    per_person, per_issue = 3, 2
    group_issues: dict[str, list[str]] = {}
    for issue in b.issues:
        if not _gated_out(b, issue["key"]):
            group_issues.setdefault(issue["group"], []).append(issue["key"])
    votes: list[dict[str, Any]] = []
    for t in b.trainees:
        candidates = group_issues.get(t.group, [])
        if not candidates:
            continue
        weights = [b.totals[k] ** 2 for k in candidates]
        counts: dict[str, int] = {}
        for _ in range(per_person):
            for _attempt in range(5):
                pick = rng.choices(candidates, weights)[0]
                if counts.get(pick, 0) < per_issue:
                    counts[pick] = counts.get(pick, 0) + 1
                    break
        # Listed in card order, as a dump lists them.
        for ikey, count in sorted(counts.items(), key=lambda kv: int(kv[0][1:])):
            votes.append({"voter": t.key, "issue": ikey, "count": count})
            b.votes_received[ikey] = b.votes_received.get(ikey, 0) + count
    b.doc["voting_rounds"] = [
        {
            "key": "v1",
            "title": "ドット投票（第2回研修）",
            "votes_per_person": per_person,
            "max_per_issue": per_issue,
            "votes": votes,
        }
    ]


def add_themes(b: Build) -> None:
    rng = b.rng
    themes: list[dict[str, Any]] = []
    for t in b.trainees:
        own = [b.issue_by_key[k] for k in t.issues]
        eligible = [i for i in own if issue_hours(i) is not None and not _gated_out(b, i["key"])]
        if not eligible:  # make the first card complete and feasible: it becomes the theme
            issue = own[0]
            cases, minutes, people = _workload(rng, b.seeds[issue["key"]])
            issue["cases_per_year"] = cases if cases is not None else 1000
            issue["minutes_per_case"], issue["people"] = minutes, people
            for c in b.doc["criteria"]:
                if c["gate"]:
                    b.consensus[issue["key"]][c["key"]] = c["max"]
            for s in b.doc["scores"]:
                if s["issue"] == issue["key"] and s["rater"] is None:
                    s["value"] = b.consensus[issue["key"]][s["criterion"]]
            eligible = [issue]
        best = max(
            eligible,
            key=lambda i: (
                b.totals[i["key"]] + 1.5 * b.votes_received.get(i["key"], 0) + 3 * rng.random()
            ),
        )
        best["status"] = "theme"
        b.themes[t.key] = best["key"]
        themes.append({"trainee": t.key, "issue": best["key"]})
        for issue in own:
            if issue is best:
                continue
            if _gated_out(b, issue["key"]) or rng.random() < 0.06:
                issue["status"] = "dropped"
    b.doc["themes"] = themes
