"""The demo programme: deterministic, complete, coherent, and loadable as a workshop file."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dxworkshop.domain.workload import annual_hours
from dxworkshop.services import defaults
from dxworkshop.services.demo import (
    create_demo,
    demo_document,
    local_government_code,
    programme_start,
)
from dxworkshop.services.errors import ValidationError

TODAY = dt.date(2026, 11, 26)

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def small() -> Doc:
    return demo_document("small", 2023, TODAY)


@pytest.fixture(scope="module")
def large() -> Doc:
    return demo_document("large", 2023, TODAY)


def _canonical(doc: Doc) -> str:
    return json.dumps(doc, sort_keys=True, ensure_ascii=False)


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _keys(items: list[dict[str, Any]]) -> set[str]:
    keys = [item["key"] for item in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return set(keys)


def reference_problems(doc: Doc) -> list[str]:
    """Every reference between objects of an interchange document, checked by hand."""
    problems: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    munis = _keys(doc["municipalities"])
    depts = {d["key"]: d for d in doc["departments"]}
    _keys(doc["departments"])
    people = {p["key"]: p for p in doc["people"]}
    _keys(doc["people"])
    groups = _keys(doc["groups"])
    clusters = {c["key"]: c for c in doc["clusters"]}
    issues = {i["key"]: i for i in doc["issues"]}
    _keys(doc["issues"])
    criteria = {c["key"]: c for c in doc["criteria"]}
    rubric = {r["key"]: r for r in doc["rubric"]}
    rounds = _keys(doc["feedback_rounds"])
    plans = {p["key"]: p for p in doc["plans"]}
    _keys(doc["plans"])
    questions = [q for s in doc["hearing_template"]["sections"] for q in s["questions"]]
    question_keys = _keys(questions)
    findings = [f for h in doc["hearings"] for f in h["findings"]]
    finding_keys = _keys(findings)
    _keys(doc["hearings"])
    _keys(doc["actions"])

    def role(key: str | None, wanted: str) -> bool:
        return key in people and wanted in people[key]["roles"]

    for d in doc["departments"]:
        need(d["municipality"] in munis, f"department {d['key']}")
    for p in doc["people"]:
        need(p["municipality"] is None or p["municipality"] in munis, f"person {p['key']} muni")
        if p["department"] is not None:
            dept = depts.get(p["department"])
            need(dept is not None and dept["municipality"] == p["municipality"], f"{p['key']} dept")
        if "trainee" in p["roles"]:
            need(role(p["supervisor"], "supervisor"), f"trainee {p['key']} supervisor")
            sup = people.get(p["supervisor"], {})
            need(sup.get("department") == p["department"], f"{p['key']} supervisor's department")
        else:
            need(p["supervisor"] is None, f"{p['key']} has a supervisor")
    for g in doc["groups"]:
        need(all(role(m, "trainee") for m in g["members"]), f"group {g['key']}")
    for c in doc["clusters"]:
        need(c["parent"] is None or c["parent"] in clusters, f"cluster {c['key']}")
    for h in doc["hearings"]:
        need(h["municipality"] in munis, f"hearing {h['key']}")
        dept = depts.get(h["department"]) if h["department"] else None
        need(h["department"] is None or (dept or {}).get("municipality") == h["municipality"], "h")
        need(h["interviewer"] in people, f"hearing {h['key']} interviewer")
        need(set(h["answers"]) <= question_keys, f"hearing {h['key']} answers")
    for i in doc["issues"]:
        need(role(i["owner"], "trainee"), f"issue {i['key']} owner")
        need(i["municipality"] == people[i["owner"]]["municipality"], f"issue {i['key']} muni")
        need(i["group"] in groups, f"issue {i['key']} group")
        need(i["cluster"] is None or i["cluster"] in clusters, f"issue {i['key']} cluster")
        need(i["finding"] is None or i["finding"] in finding_keys, f"issue {i['key']} finding")
        need((i["source"] == "hearing") == (i["finding"] is not None), f"issue {i['key']} source")
    need({doc["matrix"]["x"], doc["matrix"]["y"]} <= set(criteria), "matrix axes")
    seen_scores = set()
    for s in doc["scores"]:
        need(s["issue"] in issues and s["criterion"] in criteria, f"score {s}")
        need(s["rater"] is None or role(s["rater"], "trainee"), f"score rater {s}")
        ident = (s["issue"], s["criterion"], s["rater"])
        need(ident not in seen_scores, f"duplicate score {ident}")
        seen_scores.add(ident)
    for v in doc["voting_rounds"]:
        for vote in v["votes"]:
            need(role(vote["voter"], "trainee") and vote["issue"] in issues, f"vote {vote}")
    for t in doc["themes"]:
        issue = issues.get(t["issue"], {})
        need(issue.get("owner") == t["trainee"], f"theme {t}")
        need(issue.get("status") == "theme", f"theme status {t}")
    for p in doc["plans"]:
        need(p["issue"] in issues and issues[p["issue"]]["owner"] == p["trainee"], f"plan {p}")
    for f in doc["feedback"]:
        plan = plans.get(f["plan"])
        need(f["round"] in rounds and plan is not None, f"feedback {f}")
        numbers = [v["number"] for v in (plan or {"versions": []})["versions"]]
        need(f["version"] in numbers, f"feedback version {f}")
        need(f["addressed_in_version"] in (None, *numbers), f"feedback addressed {f}")
        need(role(f["reviewer"], f["role"]), f"feedback reviewer {f}")
        need(set(f["ratings"]) <= set(rubric), f"feedback ratings {f}")
        if f["role"] == "supervisor" and plan is not None:
            need(people[plan["trainee"]]["supervisor"] == f["reviewer"], f"not the boss {f}")
    for a in doc["actions"]:
        need(a["plan"] in plans and a["owner"] in people, f"action {a['key']}")
    for name in ("check_ins", "measurements", "outcomes"):
        for row in doc[name]:
            need(row["plan"] in plans, f"{name} {row}")
    return problems


# --- determinism -------------------------------------------------------------------------


def test_same_inputs_give_the_same_document(small: Doc) -> None:
    assert _canonical(demo_document("small", 2023, TODAY)) == _canonical(small)
    assert _canonical(demo_document("small", 2024, TODAY)) != _canonical(small)


def test_no_global_random_state_is_used(small: Doc) -> None:
    import random

    random.seed(1)
    first = _canonical(demo_document("small", 2023, TODAY))
    random.seed(2)
    assert _canonical(demo_document("small", 2023, TODAY)) == first == _canonical(small)


def test_unknown_size_is_refused() -> None:
    with pytest.raises(ValidationError):
        demo_document("medium", 1, TODAY)  # type: ignore[arg-type]


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", range(7))
def test_today_falls_in_workplace_practice(offset: int) -> None:
    today = TODAY + dt.timedelta(days=offset)
    doc = demo_document("small", 7, today)
    start = _date(doc["programme"]["start_date"])
    assert start == programme_start(today)
    assert start.weekday() < 5
    assert 45 <= (today - start).days <= 56  # about seven weeks in
    past = [s for s in doc["sessions"] if _date(s["date"]) <= today]
    assert past[-1]["phase"] == "practice"
    assert _date(doc["programme"]["end_date"]) > today
    fy = doc["programme"]["fiscal_year"]
    assert fy == (start.year if start.month >= 4 else start.year - 1)


def test_default_today_is_the_clock() -> None:
    doc = demo_document()
    start = _date(doc["programme"]["start_date"])
    assert start == programme_start(dt.date.today())


def test_dates_follow_the_schedule(small: Doc) -> None:
    start = _date(small["programme"]["start_date"])
    end = _date(small["programme"]["end_date"])
    day1 = start + dt.timedelta(days=14)
    schedule = defaults.schedule(start)
    assert [(s["title"], s["date"]) for s in small["sessions"]] == [
        (s.title, s.date.isoformat()) for s in schedule
    ]
    for h in small["hearings"]:
        if h["status"] == "done":
            assert start <= _date(h["date"]) < day1
    for plan in small["plans"]:
        v1, v2 = plan["versions"]
        assert v1["created_at"] < v2["created_at"]
        assert _date(v1["created_at"][:10]) >= start + dt.timedelta(days=21)
        for step in v1["steps"] + v2["steps"]:
            assert start < _date(step["due"]) <= end
    for a in small["actions"]:
        assert start < _date(a["due"]) <= end
    for row in small["check_ins"] + small["measurements"]:
        assert start < _date(row["date"]) <= TODAY


# --- counts and content (small) -------------------------------------------------------------


def test_small_counts(small: Doc) -> None:
    people = small["people"]
    trainees = [p for p in people if "trainee" in p["roles"]]
    assert len(small["municipalities"]) == 8
    assert len(trainees) == 40
    assert all(p["supervisor"] for p in trainees)
    assert sum("instructor" in p["roles"] for p in people) == 4
    assert sum("facilitator" in p["roles"] for p in people) == 1
    contacts = Counter(p["municipality"] for p in people if "dx_contact" in p["roles"])
    assert set(contacts) == {m["key"] for m in small["municipalities"]}
    assert 5 <= len(small["groups"]) <= 8
    owned = Counter(i["owner"] for i in small["issues"])
    assert set(owned) == {t["key"] for t in trainees}
    assert all(3 <= n <= 5 for n in owned.values())
    assert sorted(t["trainee"] for t in small["themes"]) == sorted(t["key"] for t in trainees)
    assert len(small["plans"]) == 40
    assert all(len(p["versions"]) == 2 for p in small["plans"])
    statuses = Counter(i["status"] for i in small["issues"])
    assert statuses["theme"] == 40 and statuses["dropped"] > 0


def test_every_reference_resolves(small: Doc) -> None:
    assert reference_problems(small) == []


def test_municipalities_are_real_looking(small: Doc) -> None:
    codes = {m["name"]: m["code"] for m in small["municipalities"]}
    assert codes["岡山市"] == "331007"
    assert codes["倉敷市"] == "332020"
    assert codes["早島町"] == "334235"
    for code in codes.values():
        assert len(code) == 6 and local_government_code(code[:5]) == code
    assert all(m["kana"] for m in small["municipalities"])


def test_groups_mix_municipalities(small: Doc) -> None:
    muni = {p["key"]: p["municipality"] for p in small["people"]}
    for g in small["groups"]:
        assert len({muni[k] for k in g["members"]}) >= 3


def test_people_look_real(small: Doc) -> None:
    for p in small["people"]:
        family, given = p["name"].split(" ")
        assert family and given and " " in p["kana"]
        assert "@" in p["email"]
    emails = [p["email"] for p in small["people"]]
    assert len(emails) == len(set(emails))
    titles = Counter(p["title"] for p in small["people"] if "trainee" in p["roles"])
    assert set(titles) <= {"主事", "主任", "主査", "係長"}
    sups = {p["title"] for p in small["people"] if "supervisor" in p["roles"]}
    assert sups <= {"課長", "課長補佐"}


def test_hearings_answer_every_kind(small: Doc) -> None:
    questions = [q for s in small["hearing_template"]["sections"] for q in s["questions"]]
    shipped = [q for s in defaults.hearing_template() for q in s["questions"]]
    assert [(q["text"], q["kind"]) for q in questions] == [(q["text"], q["kind"]) for q in shipped]
    hearings = small["hearings"]
    assert {h["municipality"] for h in hearings} == {m["key"] for m in small["municipalities"]}
    status = Counter(h["status"] for h in hearings)
    assert 1 <= status["planned"] <= 2 and status["done"] >= 6
    for h in hearings:
        if h["status"] != "done":
            continue
        assert h["findings"]
        for q in questions:
            value = h["answers"][q["key"]]
            if q["kind"] == "choice":
                assert value in q["choices"]
            elif q["kind"] == "scale":
                assert isinstance(value, int) and 0 <= value < len(q["choices"])
            elif q["kind"] == "table":
                assert value and all(len(row) == len(q["choices"]) for row in value)
            elif q["kind"] == "text":
                assert isinstance(value, str) and value
        table = next(v for q, v in _answers(h, questions) if "業務名" in q["choices"])
        for name, cases, minutes, people, pain in table:
            assert name and pain
            assert all(isinstance(n, int) and n > 0 for n in (cases, minutes, people))
    linked = [i for i in small["issues"] if i["source"] == "hearing"]
    assert len(linked) >= 6


def _answers(h: dict[str, Any], questions: list[dict[str, Any]]) -> list[tuple[Any, Any]]:
    return [(q, h["answers"][q["key"]]) for q in questions]


def test_issues_use_the_catalogues(small: Doc) -> None:
    categories = set(defaults.issue_categories())
    for i in small["issues"]:
        assert i["title"] and i["process"] and i["description"]
        assert i["categories"] and set(i["categories"]) <= categories
        for field in ("cases_per_year", "minutes_per_case", "people"):
            assert i[field] is None or i[field] > 0
    assert any(i["cases_per_year"] is None for i in small["issues"])
    assert len({i["title"] for i in small["issues"]}) >= 30
    nested = [c for c in small["clusters"] if c["parent"] is not None]
    assert nested
    assert any(i["cluster"] is None for i in small["issues"])


def test_scores_cover_every_issue_and_criterion(small: Doc) -> None:
    shipped = defaults.criteria()
    assert [c["key"] for c in small["criteria"]] == [c["code"] for c in shipped]
    assert (small["matrix"]["x"], small["matrix"]["y"]) == defaults.matrix_axes()
    bounds = {c["key"]: (c["min"], c["max"]) for c in small["criteria"]}
    consensus = {(s["issue"], s["criterion"]) for s in small["scores"] if s["rater"] is None}
    assert consensus == {(i["key"], c) for i in small["issues"] for c in bounds}
    for s in small["scores"]:
        low, high = bounds[s["criterion"]]
        assert low <= s["value"] <= high
    assert any(s["rater"] is not None for s in small["scores"])
    (voting,) = small["voting_rounds"]
    used = Counter[str]()
    for vote in voting["votes"]:
        assert 1 <= vote["count"] <= voting["max_per_issue"]
        used[vote["voter"]] += vote["count"]
    assert used and max(used.values()) <= voting["votes_per_person"]


def test_plans_are_brushed_up_and_save_hours(small: Doc) -> None:
    issues = {i["key"]: i for i in small["issues"]}
    means = set(defaults.dx_means())
    for plan in small["plans"]:
        v1, v2 = plan["versions"]
        assert (v1["number"], v2["number"]) == (1, 2)
        assert v2["reason"] and not v1["reason"]
        assert 3 <= len(v2["steps"]) <= 4
        assert set(v1["dx_means"]) | set(v2["dx_means"]) <= means
        assert set(v2["ecrs"]) <= {"eliminate", "combine", "rearrange", "simplify"}
        issue = issues[plan["issue"]]
        before = annual_hours(issue["cases_per_year"], issue["minutes_per_case"], issue["people"])
        after = annual_hours(
            v2["after_cases_per_year"], v2["after_minutes_per_case"], v2["after_people"]
        )
        assert before is not None and after is not None and after < before


def test_feedback_rounds_and_statuses(small: Doc) -> None:
    rubric = {r["key"]: r for r in small["rubric"]}
    assert [r["name"] for r in small["rubric"]] == [r["name"] for r in defaults.rubric()]
    rounds = {r["key"]: r for r in small["feedback_rounds"]}
    first = next(r for r in small["feedback_rounds"] if r["number"] == 1)
    round1 = [f for f in small["feedback"] if f["round"] == first["key"]]
    for plan in small["plans"]:
        roles = sorted(f["role"] for f in round1 if f["plan"] == plan["key"])
        assert roles == ["instructor", "supervisor"]
    status = Counter(f["status"] for f in round1)
    assert status["addressed"] > len(round1) * 0.7
    overdue = [f for f in round1 if f["status"] == "requested"]
    assert overdue and _date(first["due"]) < TODAY
    for f in small["feedback"]:
        if f["status"] == "addressed":
            assert f["addressed_in_version"] == 2 and f["response"]
        if f["status"] == "requested":
            assert f["ratings"] == {} and f["decision"] is None
        else:
            assert set(f["ratings"]) == set(rubric)
            for key, value in f["ratings"].items():
                assert rubric[key]["min"] <= value <= rubric[key]["max"]
            assert f["decision"] in ("approved", "conditional", "rework")
    later = [f for f in small["feedback"] if rounds[f["round"]]["number"] == 2]
    assert later and all(f["status"] == "requested" and f["version"] == 2 for f in later)


def test_practice_has_recent_and_stale_check_ins(small: Doc) -> None:
    status = Counter(a["status"] for a in small["actions"])
    assert status["blocked"] >= 1 and status["done"] > 0 and status["doing"] > 0
    for a in small["actions"]:
        assert 0 <= a["progress"] <= 100
        assert (a["status"] == "done") == (a["progress"] == 100)
    last: dict[str, dt.date] = {}
    for c in small["check_ins"]:
        assert 0 <= c["progress"] <= 100
        day = _date(c["date"])
        last[c["plan"]] = max(day, last.get(c["plan"], day))
    plans = [p["key"] for p in small["plans"]]
    recent = [k for k in plans if k in last and (TODAY - last[k]).days <= 7]
    stale = [k for k in plans if k not in last or (TODAY - last[k]).days > 14]
    assert len(recent) > len(plans) / 2
    assert 2 <= len(stale) <= len(plans) / 4
    assert small["measurements"] and small["outcomes"]
    assert len(small["outcomes"]) < len(plans)
    for m in small["measurements"]:
        assert m["target"] < m["baseline"]
        assert m["target"] <= m["actual"] <= m["baseline"]
    assert all(o["hours_saved_per_year"] > 0 for o in small["outcomes"])


# --- large --------------------------------------------------------------------------------


def test_large_counts(large: Doc) -> None:
    again = demo_document("large", 2023, TODAY)
    assert _canonical(again) == _canonical(large)
    trainees = [p for p in large["people"] if "trainee" in p["roles"]]
    assert len(trainees) == 600
    assert len(large["issues"]) == 12_000
    assert set(Counter(i["owner"] for i in large["issues"]).values()) == {20}
    assert len(large["municipalities"]) >= 25
    assert len(large["groups"]) > 8
    assert sum("instructor" in p["roles"] for p in large["people"]) > 4
    assert len(large["plans"]) == len(large["themes"]) == 600
    assert reference_problems(large) == []


def _count(doc: Doc) -> Counter[str]:
    """What a scale multiplies: trainees, municipalities and people, and what follows."""
    people = doc["people"]
    counts: Counter[str] = Counter(r for p in people for r in p["roles"])
    for part in ("municipalities", "people", "groups", "issues", "hearings", "plans"):
        counts[part] = len(doc[part])
    counts["feedback"] = len(doc["feedback"])
    counts["actions"] = len(doc["actions"])
    return counts


def test_scale_2_doubles_the_large_programme(large: Doc) -> None:
    double = demo_document("large", 2023, TODAY, scale=2)
    one, two = _count(large), _count(double)
    assert two["trainee"] == 2 * one["trainee"] == 1200
    assert two["issues"] == 2 * one["issues"] == 24_000
    for part in ("municipalities", "groups", "plans", "actions", "instructor", "dx_contact"):
        assert two[part] == 2 * one[part], part
    assert two["hearings"] == 2 * one["hearings"] - 1  # one follow-up visit either way
    assert 1.9 * one["feedback"] <= two["feedback"] <= 2.1 * one["feedback"]
    assert set(Counter(i["owner"] for i in double["issues"]).values()) == {20}
    names = [m["name"] for m in double["municipalities"]]
    codes = [m["code"] for m in double["municipalities"]]
    assert len(set(names)) == len(names) and len(set(codes)) == len(codes)
    # (references are checked on a scaled small programme below: the same code, cheaper)


def test_scale_is_deterministic_and_keeps_scale_1(small: Doc) -> None:
    assert _canonical(demo_document("small", 2023, TODAY, scale=1)) == _canonical(small)
    triple = demo_document("small", 2023, TODAY, scale=3)
    assert _canonical(demo_document("small", 2023, TODAY, scale=3)) == _canonical(triple)
    assert _count(triple)["trainee"] == 3 * _count(small)["trainee"]
    assert reference_problems(triple) == []


@pytest.mark.parametrize("scale", [0, 9, -1])
def test_scale_out_of_range_is_refused(scale: int) -> None:
    with pytest.raises(ValidationError):
        demo_document("small", 1, TODAY, scale=scale)


# --- loading through the interchange module -------------------------------------------------


def _rows(doc: Doc) -> dict[type[Any], int]:
    """How many rows of each table the document makes (what loading it must insert)."""
    from dxworkshop.store import models as m

    versions = [v for p in doc["plans"] for v in p["versions"]]
    return {
        m.Municipality: len(doc["municipalities"]),
        m.Department: len(doc["departments"]),
        m.Person: len(doc["people"]),
        m.PersonRole: sum(len(p["roles"]) for p in doc["people"]),
        m.WorkGroup: len(doc["groups"]),
        m.GroupMember: sum(len(g["members"]) for g in doc["groups"]),
        m.TrainingSession: len(doc["sessions"]),
        m.HearingSection: len(doc["hearing_template"]["sections"]),
        m.HearingQuestion: sum(len(s["questions"]) for s in doc["hearing_template"]["sections"]),
        m.Hearing: len(doc["hearings"]),
        m.HearingAnswer: sum(len(h["answers"]) for h in doc["hearings"]),
        m.Finding: sum(len(h["findings"]) for h in doc["hearings"]),
        m.Cluster: len(doc["clusters"]),
        m.Issue: len(doc["issues"]),
        m.Criterion: len(doc["criteria"]),
        m.Score: len(doc["scores"]),
        m.VotingRound: len(doc["voting_rounds"]),
        m.Vote: sum(len(r["votes"]) for r in doc["voting_rounds"]),
        m.Theme: len(doc["themes"]),
        m.Plan: len(doc["plans"]),
        m.PlanVersion: len(versions),
        m.PlanStep: sum(len(v["steps"]) for v in versions),
        m.RubricItem: len(doc["rubric"]),
        m.FeedbackRound: len(doc["feedback_rounds"]),
        m.Feedback: len(doc["feedback"]),
        m.FeedbackRating: sum(len(f["ratings"]) for f in doc["feedback"]),
        m.ActionItem: len(doc["actions"]),
        m.CheckIn: len(doc["check_ins"]),
        m.Measurement: len(doc["measurements"]),
        m.Outcome: len(doc["outcomes"]),
    }


def test_validator_accepts_the_demo(small: Doc) -> None:
    from dxworkshop.services.interchange import validate_document

    validated = validate_document(small)
    assert validated.programme["name"] == small["programme"]["name"]
    assert validated.programme["start_date"] == programme_start(TODAY)
    expected = _rows(small)
    assert {model: validated.count(model) for model in expected} == expected
    assert all(expected.values())  # the demo fills every table


def test_create_demo_makes_a_workshop_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.dxw"
    workshop = create_demo(path, today=TODAY, backup_root=tmp_path / "backups")
    try:
        assert path.is_file()
    finally:
        workshop.close()


@pytest.mark.slow
def test_large_demo_loads(tmp_path: Path, large: Doc) -> None:
    from dxworkshop.services.interchange import dump_document, validate_document

    validated = validate_document(large)
    expected = _rows(large)
    assert {model: validated.count(model) for model in expected} == expected
    workshop = create_demo(tmp_path / "large.dxw", "large", today=TODAY)
    try:
        dumped = dump_document(workshop)
    finally:
        workshop.close()
    # The file holds the whole demo document: dumped, it is the document itself.
    assert _canonical(dumped) == _canonical(large)
