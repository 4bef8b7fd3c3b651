"""The demo programme's catalogues, read from ``resources/templates/demo/*.json``.

The demo is made of fictional people in real places: a prefecture and its municipalities,
names, a catalogue of real municipal pains with what a trainee would plan against each,
and the texts of hearings, plans, feedback and practice. They are data a person edits,
one topic a file (UTF-8 JSON):

- ``places.json`` — the ``prefecture`` (``name``, ``romaji`` for e-mail domains, the
  ``venue`` of sessions without a place), its ``municipalities`` (``base_code``: the first
  five digits of the 全国地方公共団体コード, the sixth is computed; ``kind`` city, town or
  vill; ``weight``: trainees sent, relatively; ``maturity`` 0–3: how far its DX has come,
  which biases the hearing answers), the ``small_programme``'s municipalities and the
  departments of a city and of a town or village.
- ``people.json`` — family and given names (漢字, かな, romaji for e-mail addresses) and
  the titles of trainees (drawn at random: a title listed twice comes twice as often),
  facilitators (prefecture staff) and instructors.
- ``issues.json`` — issues found in ``any_department`` and ``by_department``: title,
  業務名 (``process``), 現状・困りごと (``description``), categories, workload ranges
  (``cases`` per year — null when nobody knows —, ``minutes`` per case, ``people``),
  ``ease`` 1–5 of the fix, and the plan against it (``root_cause``, ``solution``, ECRS,
  DX means, and ``after``: the share of cases and of minutes left after the change);
  also the affinity groups' labels by category, the nested groups and the 問題点 text of
  each category.
- ``hearings.json`` — answers to the template's text questions (by question text), notes,
  findings and who else attended.
- ``plans.json`` — per DX means the plan's step, risk and support needed; the points to
  improve (with the trainee's response and the change it made), good points, and the
  support supervisors and instructors offer.
- ``practice.json`` — check-in notes (in the order of progress), obstacles, support asked
  for, outcomes and 横展開 potential.

The order of every list is part of the demo: the build draws from them in order, so
editing a list changes the demo programme (the same edit always gives the same one).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NamedTuple

from dxworkshop.paths import resource_path

FOLDER = ("templates", "demo")


class Name(NamedTuple):
    kanji: str
    kana: str
    romaji: str


class Municipality(NamedTuple):
    name: str
    kana: str
    base_code: str  # 5 digits; the 6th is the check digit
    romaji: str
    kind: Literal["city", "town", "vill"]
    weight: int  # relative number of trainees sent
    maturity: int  # 0–3: how far its DX has come (biases hearing answers)


class IssueSeed(NamedTuple):
    """One real municipal pain, with what a trainee would plan against it."""

    department: str  # "" = found in any department
    title: str
    process: str  # 業務名
    description: str  # 現状・困りごと
    categories: tuple[str, ...]
    cases: tuple[int, int] | None  # per year; None = nobody knows
    minutes: tuple[int, int]
    people: tuple[int, int]
    ease: int  # 1–5, how easy the fix is
    root_cause: str
    solution: str
    ecrs: tuple[str, ...]
    dx_means: tuple[str, ...]
    after: tuple[float, float]  # share of cases and of minutes left after the change


class NestedCluster(NamedTuple):
    parent: str  # the category whose group it sits in
    label: str
    words: tuple[str, ...]  # words in an issue title that put it in this sub-group


class Improvement(NamedTuple):
    point: str  # the reviewer's point to improve
    response: str  # the trainee's response
    change: str  # what changed in the next version


@dataclass(frozen=True)
class Catalogues:
    prefecture: str
    prefecture_romaji: str
    venue: str
    municipalities: tuple[Municipality, ...]
    small_programme: tuple[str, ...]  # names of the small demo's municipalities
    city_departments: tuple[str, ...]
    town_departments: tuple[str, ...]
    family_names: tuple[Name, ...]
    given_names: tuple[Name, ...]
    trainee_titles: tuple[str, ...]
    facilitator_title: str
    instructor_titles: tuple[str, ...]
    issues: tuple[IssueSeed, ...]  # those of any department first, then by department
    cluster_labels: Mapping[str, str]  # category → label (表札)
    nested_clusters: tuple[NestedCluster, ...]
    problems_by_category: Mapping[str, str]
    hearing_text_answers: Mapping[str, tuple[str, ...]]  # question text → answers
    hearing_notes: tuple[str, ...]
    hearing_findings: tuple[str, ...]
    attendee_extras: tuple[str, ...]
    dx_steps: Mapping[str, str]  # DX means → a plan's step
    dx_risks: Mapping[str, str]
    dx_support: Mapping[str, str]
    improvements: tuple[Improvement, ...]
    good_points: tuple[str, ...]
    supervisor_support: tuple[str, ...]
    instructor_support: tuple[str, ...]
    check_in_notes: tuple[str, ...]
    check_in_obstacles: tuple[str, ...]
    blocked_obstacles: tuple[str, ...]
    check_in_support: tuple[str, ...]
    outcome_effects: tuple[str, ...]
    spread_potential: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    with resource_path(*FOLDER, name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _texts(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values)


def _pair(values: Any) -> tuple[int, int]:
    low, high = values
    return int(low), int(high)


def _name(entry: Mapping[str, Any]) -> Name:
    return Name(str(entry["kanji"]), str(entry["kana"]), str(entry["romaji"]))


def _municipality(entry: Mapping[str, Any]) -> Municipality:
    kind = entry["kind"]
    if kind not in ("city", "town", "vill"):
        raise ValueError(f"municipality {entry['name']}: kind {kind!r} is not city, town or vill")
    return Municipality(
        str(entry["name"]),
        str(entry["kana"]),
        str(entry["base_code"]),
        str(entry["romaji"]),
        kind,
        int(entry["weight"]),
        int(entry["maturity"]),
    )


def _issue(department: str, entry: Mapping[str, Any]) -> IssueSeed:
    cases = entry["cases"]
    share_cases, share_minutes = entry["after"]
    return IssueSeed(
        department=department,
        title=str(entry["title"]),
        process=str(entry["process"]),
        description=str(entry["description"]),
        categories=_texts(entry["categories"]),
        cases=None if cases is None else _pair(cases),
        minutes=_pair(entry["minutes"]),
        people=_pair(entry["people"]),
        ease=int(entry["ease"]),
        root_cause=str(entry["root_cause"]),
        solution=str(entry["solution"]),
        ecrs=_texts(entry["ecrs"]),
        dx_means=_texts(entry["dx_means"]),
        after=(float(share_cases), float(share_minutes)),
    )


def _text_map(values: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in values.items()}


@cache
def catalogues() -> Catalogues:
    """The shipped catalogues (read once)."""
    places, people = _read("places.json"), _read("people.json")
    issues, hearings = _read("issues.json"), _read("hearings.json")
    plans, practice = _read("plans.json"), _read("practice.json")
    prefecture = places["prefecture"]
    seeds = [_issue("", e) for e in issues["any_department"]]
    for department, entries in issues["by_department"].items():
        seeds += [_issue(department, e) for e in entries]
    return Catalogues(
        prefecture=str(prefecture["name"]),
        prefecture_romaji=str(prefecture["romaji"]),
        venue=str(prefecture["venue"]),
        municipalities=tuple(_municipality(e) for e in places["municipalities"]),
        small_programme=_texts(places["small_programme"]),
        city_departments=_texts(places["city_departments"]),
        town_departments=_texts(places["town_departments"]),
        family_names=tuple(_name(e) for e in people["family_names"]),
        given_names=tuple(_name(e) for e in people["given_names"]),
        trainee_titles=_texts(people["trainee_titles"]),
        facilitator_title=str(people["facilitator_title"]),
        instructor_titles=_texts(people["instructor_titles"]),
        issues=tuple(seeds),
        cluster_labels=_text_map(issues["cluster_labels"]),
        nested_clusters=tuple(
            NestedCluster(str(e["parent"]), str(e["label"]), _texts(e["words"]))
            for e in issues["nested_clusters"]
        ),
        problems_by_category=_text_map(issues["problems_by_category"]),
        hearing_text_answers={str(k): _texts(v) for k, v in hearings["text_answers"].items()},
        hearing_notes=_texts(hearings["notes"]),
        hearing_findings=_texts(hearings["findings"]),
        attendee_extras=_texts(hearings["attendee_extras"]),
        dx_steps=_text_map(plans["dx_steps"]),
        dx_risks=_text_map(plans["dx_risks"]),
        dx_support=_text_map(plans["dx_support"]),
        improvements=tuple(
            Improvement(str(e["point"]), str(e["response"]), str(e["change"]))
            for e in plans["improvements"]
        ),
        good_points=_texts(plans["good_points"]),
        supervisor_support=_texts(plans["supervisor_support"]),
        instructor_support=_texts(plans["instructor_support"]),
        check_in_notes=_texts(practice["check_in_notes"]),
        check_in_obstacles=_texts(practice["check_in_obstacles"]),
        blocked_obstacles=_texts(practice["blocked_obstacles"]),
        check_in_support=_texts(practice["check_in_support"]),
        outcome_effects=_texts(practice["outcome_effects"]),
        spread_potential=_texts(practice["spread_potential"]),
    )
