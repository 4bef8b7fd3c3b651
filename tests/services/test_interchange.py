"""The interchange format: load(dump(x)) == x; errors named by their JSON path; no file on error."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import col, select, update

from dxworkshop.services import defaults
from dxworkshop.services.interchange import (
    TOP_LEVEL_KEYS,
    InterchangeError,
    dump_document,
    dump_json,
    load_document,
    load_json,
    validate_document,
)
from dxworkshop.store import models as m
from dxworkshop.store.errors import WorkshopExists
from dxworkshop.store.types import utcnow
from dxworkshop.store.workshop import Workshop
from tests.services.interchange_strategies import documents, large_document

# The example of INTERCHANGE.md, verbatim. It refers to people "p2" and "p9", criterion
# "ease" and version 2 of the plan without defining them; completed() adds those.
SPEC_EXAMPLE = """
{
  "format": "dxworkshop",
  "version": 1,
  "programme": {"name": "令和5年度 市町村職員 業務改善実践研修", "fiscal_year": 2023,
                "organiser": "岡山県", "start_date": "2023-09-01", "end_date": "2023-11-10",
                "description": ""},
  "municipalities": [{"key": "m1", "name": "倉敷市", "kana": "くらしきし", "code": "332020"}],
  "departments": [{"key": "d1", "municipality": "m1", "name": "市民課"}],
  "people": [{"key": "p1", "name": "山田 太郎", "kana": "やまだ たろう", "municipality": "m1",
              "department": "d1", "title": "主任", "email": "", "roles": ["trainee"],
              "supervisor": "p2"}],
  "groups": [{"key": "g1", "name": "A班", "members": ["p1"]}],
  "sessions": [{"key": "s1", "title": "第1回研修", "phase": "issues", "date": "2023-09-12",
                "place": ""}],
  "hearing_template": {"sections": [{"key": "sec1", "title": "DX推進体制",
      "questions": [{"key": "q1", "text": "DX推進の専任部署はありますか", "kind": "choice",
                     "choices": ["ある", "ない", "検討中"]}]}]},
  "hearings": [{"key": "h1", "municipality": "m1", "department": null, "date": "2023-08-20",
                "interviewer": "p9", "attendees": "", "status": "done", "notes": "",
                "answers": {"q1": "ある"},
                "findings": [{"key": "f1", "text": "窓口申請が紙中心"}]}],
  "clusters": [{"key": "c1", "label": "紙の申請書", "parent": null}],
  "issues": [{"key": "i1", "owner": "p1", "municipality": "m1", "group": "g1",
              "title": "転入届の手入力", "process": "住民異動届の受付", "description": "",
              "categories": ["手入力・転記"], "cases_per_year": 1200, "minutes_per_case": 15,
              "people": 2, "source": "workshop", "finding": null, "status": "theme",
              "cluster": "c1"}],
  "criteria": [{"key": "effect", "name": "効果", "weight": 3, "min": 1, "max": 5,
                "higher_is_better": true, "gate": false}],
  "matrix": {"x": "ease", "y": "effect"},
  "scores": [{"issue": "i1", "criterion": "effect", "rater": null, "value": 4}],
  "voting_rounds": [{"key": "v1", "title": "第1回投票", "votes_per_person": 3,
                     "max_per_issue": 2, "votes": [{"voter": "p1", "issue": "i1", "count": 2}]}],
  "themes": [{"trainee": "p1", "issue": "i1"}],
  "plans": [{"key": "pl1", "issue": "i1", "trainee": "p1", "versions": [{
      "number": 1, "created_at": "2023-09-20T10:00:00+09:00", "reason": "",
      "target_process": "", "current_state": "", "problems": "", "root_cause": "",
      "solution": "", "ecrs": ["eliminate"], "dx_means": ["電子申請・オンライン化"],
      "goal": "", "kpi": "",
      "steps": [{"what": "", "who": "", "due": "2023-10-15"}],
      "after_cases_per_year": 1200, "after_minutes_per_case": 5, "after_people": 1,
      "risks": "", "support_needed": ""}]}],
  "rubric": [{"key": "r1", "name": "課題設定の妥当性", "min": 1, "max": 5}],
  "feedback_rounds": [{"key": "fr1", "number": 1, "title": "計画へのフィードバック",
                       "due": "2023-10-06"}],
  "feedback": [{"round": "fr1", "plan": "pl1", "version": 1, "reviewer": "p2",
                "role": "supervisor", "ratings": {"r1": 4}, "good_points": "",
                "improvements": "", "support": "", "decision": "conditional",
                "status": "addressed", "response": "", "addressed_in_version": 2}],
  "actions": [{"key": "a1", "plan": "pl1", "title": "", "owner": "p1", "due": "2023-10-20",
               "status": "doing", "progress": 50}],
  "check_ins": [{"plan": "pl1", "date": "2023-10-13", "progress": 40, "note": "",
                 "obstacles": "", "support_needed": ""}],
  "measurements": [{"plan": "pl1", "metric": "処理時間（分/件）", "baseline": 15, "target": 5,
                    "actual": 6, "date": "2023-11-01"}],
  "outcomes": [{"plan": "pl1", "hours_saved_per_year": 180, "effects": "",
                "spread_potential": ""}]
}
"""


def completed() -> dict[str, Any]:
    """The spec's example with what it refers to but leaves out (in dump's key scheme)."""
    doc: dict[str, Any] = json.loads(SPEC_EXAMPLE)
    person = {"kana": "", "title": "", "email": "", "supervisor": None}
    doc["people"] += [
        {"key": "p2", "name": "佐藤 花子", **person, "municipality": "m1", "department": "d1"},
        {"key": "p9", "name": "講師 一郎", **person, "municipality": None, "department": None},
    ]
    # Keep the field order of the spec (the test compares bytes).
    doc["people"][1] = {k: doc["people"][1].get(k) for k in doc["people"][0]}
    doc["people"][2] = {k: doc["people"][2].get(k) for k in doc["people"][0]}
    doc["people"][1]["roles"] = ["supervisor"]
    doc["people"][2]["roles"] = ["instructor", "facilitator"]
    doc["criteria"].append(
        {
            "key": "ease",
            "name": "実現容易性",
            "weight": 2,
            "min": 1,
            "max": 5,
            "higher_is_better": True,
            "gate": False,
        }
    )
    second = copy.deepcopy(doc["plans"][0]["versions"][0])
    second.update(number=2, created_at="2023-10-08T09:30:00+09:00", reason="指摘を反映")
    doc["plans"][0]["versions"].append(second)
    return doc


def as_json(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the file a test creates, so leftovers are easy to see."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def refused(doc: Any, folder: Path) -> list[str]:
    """Load ``doc``, expect InterchangeError, check nothing was written; the problems."""
    with pytest.raises(InterchangeError) as err:
        load_document(doc, folder / "new.dxw")
    assert list(folder.iterdir()) == []
    return [str(p) for p in err.value.problems]


def soft_delete(workshop: Workshop, model: type[Any], *ids: int) -> None:
    with workshop.session() as session:
        session.exec(update(model).where(col(model.id).in_(ids)).values(deleted_at=utcnow()))
        session.commit()


def reloaded(text: str, folder: Path, name: str) -> str:
    """Load dumped text into a new file and dump that again."""
    with load_json(text, folder / name) as workshop:
        return dump_json(workshop)


# --- the spec's example ---------------------------------------------------------------------------


def test_spec_example_as_printed_names_what_it_leaves_out() -> None:
    with pytest.raises(InterchangeError) as err:
        validate_document(json.loads(SPEC_EXAMPLE))
    assert [str(p) for p in err.value.problems] == [
        'people[0].supervisor: no person "p2"',
        'hearings[0].interviewer: no person "p9"',
        'matrix.x: no criterion "ease"',
        'feedback[0].reviewer: no person "p2"',
        'feedback[0].addressed_in_version: plan "pl1" has no version 2',
    ]


def test_spec_example_round_trips_byte_for_byte(out: Path) -> None:
    doc = completed()
    with load_document(doc, out / "example.dxw") as workshop:
        text = dump_json(workshop)
        assert dump_json(workshop) == text  # deterministic
    assert text == json.dumps(doc, ensure_ascii=False, indent=2)
    assert reloaded(text, out, "again.dxw") == text


def test_loaded_example_in_the_tables(out: Path) -> None:
    with load_document(completed(), out / "example.dxw") as workshop, workshop.session() as s:
        programme = s.exec(select(m.Programme)).one()
        assert programme.issue_categories == defaults.issue_categories()
        assert programme.dx_means_catalogue == defaults.dx_means()
        assert s.exec(select(m.Person.supervisor_id).where(m.Person.id == 1)).one() == 2
        versions = s.exec(select(m.PlanVersion).order_by(col(m.PlanVersion.number))).all()
        assert versions[0].created_at.isoformat() == "2023-09-20T10:00:00+09:00"
        feedback = s.exec(select(m.Feedback)).one()
        assert (feedback.plan_version_id, feedback.addressed_in_version_id) == (
            versions[0].id,
            versions[1].id,
        )
        axes = s.exec(select(m.MatrixAxes)).one()
        codes = {c.id: c.code for c in s.exec(select(m.Criterion)).all()}
        assert (codes[axes.x_criterion_id], codes[axes.y_criterion_id]) == ("ease", "effect")
        issue = s.exec(select(m.Issue)).one()
        assert (issue.cases_per_year, issue.minutes_per_case, issue.people) == (1200, 15, 2)


def test_validated_document_counts_rows() -> None:
    validated = validate_document(completed())
    assert validated.count(m.Person) == 3
    assert validated.count(m.PlanVersion) == 2
    assert validated.count(m.FeedbackRating) == 1


# --- what a document may leave out ----------------------------------------------------------------


def test_minimal_document_makes_an_empty_programme(out: Path) -> None:
    with load_document({"format": "dxworkshop", "version": 1}, out / "empty.dxw") as workshop:
        doc = dump_document(workshop)
        with workshop.session() as s:
            assert s.exec(select(m.Programme.name)).one() == ""
    assert list(doc) == list(TOP_LEVEL_KEYS)
    assert doc["programme"]["name"] == ""
    assert doc["hearing_template"] == {"sections": []}
    assert doc["matrix"] == {"x": None, "y": None}
    assert all(doc[k] == [] for k in TOP_LEVEL_KEYS if isinstance(doc[k], list))


def test_fields_with_a_default_may_be_left_out_and_keys_are_renumbered(out: Path) -> None:
    doc = {
        "format": "dxworkshop",
        "version": 1,
        "people": [
            {"key": "yamada", "name": "山田", "supervisor": "sato"},
            {"key": "sato", "name": "佐藤"},
        ],
        "issues": [{"key": "転入届", "title": "転入届の手入力", "owner": "yamada"}],
    }
    with load_document(doc, out / "short.dxw") as workshop:
        dumped = dump_document(workshop)
    assert dumped["people"][0] == {
        "key": "p1",
        "name": "山田",
        "kana": "",
        "municipality": None,
        "department": None,
        "title": "",
        "email": "",
        "roles": [],
        "supervisor": "p2",
    }
    issue = dumped["issues"][0]
    assert (issue["key"], issue["owner"], issue["source"], issue["status"]) == (
        "i1",
        "p1",
        "workshop",
        "candidate",
    )
    assert issue["cases_per_year"] is None


# --- validation errors ----------------------------------------------------------------------------

Edit = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Edit:
    """An edit that sets the value at a dotted path such as ``issues.0.owner``."""

    def edit(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return edit


def _delete(path: str) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[last]

    return edit


def _append(name: str, item: Callable[[dict[str, Any]], Any]) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        doc[name].append(item(doc))

    return edit


def _both(first: Edit, second: Edit) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        first(doc)
        second(doc)

    return edit


def _cycle(doc: dict[str, Any]) -> None:
    doc["clusters"].append({"key": "c2", "label": "", "parent": "c1"})
    doc["clusters"][0]["parent"] = "c2"


def _question(kind: str, choices: list[str], answer: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        questions = doc["hearing_template"]["sections"][0]["questions"]
        questions.append({"key": "q2", "text": "", "kind": kind, "choices": choices})
        doc["hearings"][0]["answers"]["q2"] = answer

    return edit


ERRORS: list[tuple[str, Edit, str]] = [
    (
        "unknown top-level key",
        _set("peoples", []),
        'peoples: unknown top-level key; did you mean "people"?',
    ),
    (
        "unknown field",
        _set("people.0.nmae", "x"),
        'people[0].nmae: unknown field; did you mean "name"?',
    ),
    (
        "wrong type",
        _set("issues.0.cases_per_year", "1200"),
        'issues[0].cases_per_year: expected a number, got "1200"',
    ),
    (
        "bool is not an int",
        _set("criteria.0.min", True),
        "criteria[0].min: expected an integer, got true",
    ),
    (
        "bool is not a number",
        _set("criteria.0.weight", False),
        "criteria[0].weight: expected a number, got false",
    ),
    (
        "float is not an int",
        _set("scores.0.value", 4.0),
        "scores[0].value: expected an integer, got 4.0",
    ),
    ("not a list", _set("sessions", {}), "sessions: expected a list, got an object"),
    ("not an object", _set("sessions.0", "第1回"), 'sessions[0]: expected an object, got "第1回"'),
    ("missing field", _delete("people.0.name"), "people[0].name: missing required field"),
    ("missing key", _delete("sessions.0.key"), "sessions[0].key: missing required field"),
    (
        "empty key",
        _set("sessions.0.key", ""),
        'sessions[0].key: expected a key (a non-empty string), got ""',
    ),
    ("dangling reference", _set("issues.0.owner", "p99"), 'issues[0].owner: no person "p99"'),
    (
        "dangling member",
        _set("groups.0.members", ["p1", "p7"]),
        'groups[0].members[1]: no person "p7"',
    ),
    (
        "dangling criterion",
        _set("scores.0.criterion", "cost"),
        'scores[0].criterion: no criterion "cost"',
    ),
    ("dangling plan", _set("check_ins.0.plan", "pl2"), 'check_ins[0].plan: no plan "pl2"'),
    (
        "duplicate key",
        _append("people", lambda d: dict(d["people"][0])),
        'people[3].key: duplicate key "p1" (also people[0])',
    ),
    (
        "duplicate key across nested lists",
        _append("hearings", lambda d: {**d["hearings"][0], "key": "h2"}),
        'hearings[1].findings[0].key: duplicate key "f1" (also hearings[0].findings[0])',
    ),
    (
        "duplicate score",
        _append("scores", lambda d: dict(d["scores"][0])),
        "scores[1]: a second score for this issue, criterion and rater (also scores[0])",
    ),
    (
        "second theme",
        _append("themes", lambda d: {"trainee": "p1", "issue": "i1"}),
        'themes[1].trainee: "p1" already has a theme (themes[0])',
    ),
    (
        "second outcome",
        _append("outcomes", lambda d: dict(d["outcomes"][0])),
        'outcomes[1].plan: plan "pl1" already has an outcome (outcomes[0])',
    ),
    (
        "duplicate role",
        _set("people.0.roles", ["trainee", "trainee"]),
        'people[0].roles: "trainee" is given twice',
    ),
    (
        "score out of range",
        _set("scores.0.value", 9),
        'scores[0].value: 9 is outside 1..5 of criterion "effect"',
    ),
    (
        "rating out of range",
        _set("feedback.0.ratings.r1", 0),
        'feedback[0].ratings.r1: 0 is outside 1..5 of rubric item "r1"',
    ),
    (
        "rating of no item",
        _set("feedback.0.ratings", {"r7": 3}),
        'feedback[0].ratings.r7: no rubric item "r7"',
    ),
    (
        "progress out of range",
        _set("actions.0.progress", 101),
        "actions[0].progress: 101 is outside 0..100",
    ),
    (
        "check-in progress",
        _set("check_ins.0.progress", -1),
        "check_ins[0].progress: -1 is outside 0..100",
    ),
    (
        "fiscal year",
        _set("programme.fiscal_year", 1800),
        "programme.fiscal_year: 1800 is outside 1989..2100",
    ),
    ("negative workload", _set("issues.0.people", -1), "issues[0].people: -1 is outside 0–100,000"),
    (
        "huge workload",
        _set("issues.0.cases_per_year", 1e308),
        "issues[0].cases_per_year: 1e+308 is outside 0–10,000,000",
    ),
    (
        "control character",
        _set("issues.0.title", "a\u0000b"),
        'issues[0].title: "a\\u0000b" holds the control character U+0000, which is not text',
    ),
    (
        "not finite",
        _set("measurements.0.baseline", float("nan")),
        "measurements[0].baseline: expected a finite number, got NaN",
    ),
    ("min above max", _set("rubric.0.min", 6), "rubric[0].max: max 5 is below min 6"),
    (
        "phase",
        _set("sessions.0.phase", "kickoff"),
        'sessions[0].phase: "kickoff" is not one of setup, hearing, issues, prioritize, plans, '
        "feedback, practice, report",
    ),
    (
        "role",
        _set("people.0.roles", ["boss"]),
        'people[0].roles: item 0: "boss" is not one of trainee, supervisor, instructor, '
        "dx_contact, facilitator",
    ),
    (
        "decision",
        _set("feedback.0.decision", "maybe"),
        'feedback[0].decision: "maybe" is not one of approved, conditional, rework',
    ),
    (
        "ecrs",
        _set("plans.0.versions.0.ecrs", ["automate"]),
        'plans[0].versions[0].ecrs: item 0: "automate" is not one of eliminate, combine, '
        "rearrange, simplify",
    ),
    (
        "feedback version",
        _set("feedback.0.version", 3),
        'feedback[0].version: plan "pl1" has no version 3',
    ),
    (
        "addressed in version",
        _set("feedback.0.addressed_in_version", 5),
        'feedback[0].addressed_in_version: plan "pl1" has no version 5',
    ),
    (
        "version twice",
        _both(_set("plans.0.versions.1.number", 1), _set("feedback.0.addressed_in_version", 1)),
        "plans[0].versions[1].number: version 1 again (also plans[0].versions[0])",
    ),
    (
        "date format",
        _set("sessions.0.date", "2023/09/12"),
        'sessions[0].date: "2023/09/12" is not a date (YYYY-MM-DD)',
    ),
    (
        "no such day",
        _set("check_ins.0.date", "2023-02-30"),
        'check_ins[0].date: "2023-02-30" is not a date (YYYY-MM-DD)',
    ),
    (
        "full-width digits",
        _set("programme.start_date", "２０２３-09-01"),
        'programme.start_date: "２０２３-09-01" is not a date (YYYY-MM-DD)',
    ),
    (
        "timestamp without offset",
        _set("plans.0.versions.0.created_at", "2023-09-20T10:00:00"),
        'plans[0].versions[0].created_at: "2023-09-20T10:00:00" has no UTC offset (such as +09:00)',
    ),
    (
        "not a timestamp",
        _set("plans.0.versions.0.created_at", "2023-09-20"),
        'plans[0].versions[0].created_at: "2023-09-20" is not an ISO 8601 timestamp',
    ),
    (
        "municipal code",
        _set("municipalities.0.code", "3320"),
        'municipalities[0].code: "3320" is not a six-digit 団体コード',
    ),
    (
        "municipal code's check digit",
        _set("municipalities.0.code", "332021"),
        'municipalities[0].code: "332021" is not a 団体コード (its check digit would be 0)',
    ),
    (
        "municipal code of no prefecture",
        _set("municipalities.0.code", "483320"),
        'municipalities[0].code: "483320" is not a 団体コード (no prefecture 48)',
    ),
    ("cluster cycle", _cycle, 'clusters[0].parent: clusters nest in a cycle: "c1" → "c2" → "c1"'),
    (
        "vote over the cap",
        _set("voting_rounds.0.max_per_issue", 1),
        "voting_rounds[0].votes[0].count: 2 votes for one issue; this round allows 1",
    ),
    (
        "votes over the allowance",
        _set("voting_rounds.0.votes_per_person", 1),
        'voting_rounds[0].votes: "p1" casts 2 votes; this round allows 1 per person',
    ),
    (
        "answer to no question",
        _set("hearings.0.answers.q7", "x"),
        'hearings[0].answers.q7: no question "q7"',
    ),
    (
        "choice answer",
        _set("hearings.0.answers.q1", "たぶん"),
        'hearings[0].answers.q1: "たぶん" is not one of the question\'s choices',
    ),
    (
        "scale answer",
        _question("scale", ["低", "中", "高"], 3),
        "hearings[0].answers.q2: 3 is outside 0..2",
    ),
    (
        "scale answer type",
        _question("scale", ["低", "高"], "高"),
        'hearings[0].answers.q2: expected an integer, got "高"',
    ),
    (
        "number answer",
        _question("number", [], "12"),
        'hearings[0].answers.q2: expected a finite number, got "12"',
    ),
    ("text answer", _question("text", [], 12), "hearings[0].answers.q2: expected a string, got 12"),
    (
        "table row length",
        _question("table", ["業務名", "件数"], [["転入届"]]),
        "hearings[0].answers.q2: row 0: expected a list of 2 cells, one per column",
    ),
    (
        "table cell",
        _question("table", ["業務名", "件数"], [["転入届", True]]),
        "hearings[0].answers.q2: row 0, cell 1: expected a string, a number or null, got true",
    ),
]


ERRORS += [
    (
        "unpaired surrogate",
        _set("issues.0.title", "転入\ud800"),
        'issues[0].title: "転入\\ud800" holds an unpaired surrogate, which is not text',
    ),
    (
        "answer key not a string",
        _set("hearings.0.answers", {1: "ある"}),
        'hearings[0].answers["1"]: no question "1"',
    ),
]


ERRORS += [  # what the app's own edits never make
    (
        "two municipalities of one name",
        _append("municipalities", lambda d: {"key": "m2", "name": "倉敷市", "code": ""}),
        'municipalities[1].name: the municipality "倉敷市" is given twice '
        "(also municipalities[0].name)",
    ),
    (
        "two municipalities of one code",
        _append("municipalities", lambda d: {"key": "m2", "name": "岡山市", "code": "332020"}),
        "municipalities[1].code: 団体コード 332020 is given twice (also municipalities[0].code)",
    ),
    (
        "two departments of one name in one municipality",
        _append("departments", lambda d: {"key": "d2", "municipality": "m1", "name": "市民課"}),
        'departments[1].name: the department "市民課" of "m1" is given twice '
        "(also departments[0].name)",
    ),
    (
        "two feedback rounds of one number",
        _append(
            "feedback_rounds",
            lambda d: {"key": "fr2", "number": 1, "title": "再", "due": "2023-10-20"},
        ),
        "feedback_rounds[1].number: round 1 is given twice (also feedback_rounds[0].number)",
    ),
    (
        "a date no programme has",
        _set("sessions.0.date", "0001-01-01"),
        'sessions[0].date: "0001-01-01" is outside the years 1989–2100',
    ),
    (
        "negative hours saved",
        _set("outcomes.0.hours_saved_per_year", -5),
        "outcomes[0].hours_saved_per_year: -5 is outside 0–10,000,000",
    ),
    (
        "own supervisor",
        _set("people.1.supervisor", "p2"),
        "people[1].supervisor: a person cannot be their own supervisor",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_each_error_names_its_path_and_creates_no_file(
    edit: Edit, expected: str, out: Path
) -> None:
    doc = completed()
    edit(doc)
    assert refused(doc, out) == [expected]


def test_every_problem_is_reported_not_just_the_first(out: Path) -> None:
    doc = completed()
    doc["issues"][0]["owner"] = "p99"
    doc["scores"][0]["value"] = 9
    doc["actions"][0]["progress"] = 101
    assert refused(doc, out) == [
        'issues[0].owner: no person "p99"',
        'scores[0].value: 9 is outside 1..5 of criterion "effect"',
        "actions[0].progress: 101 is outside 0..100",
    ]


def test_error_text_shows_the_first_ten_problems(out: Path) -> None:
    doc = completed()
    doc["issues"] = [{**doc["issues"][0], "key": f"i{n}", "owner": "p99"} for n in range(1, 16)]
    with pytest.raises(InterchangeError) as err:
        load_document(doc, out / "new.dxw")
    lines = str(err.value).splitlines()
    assert len(err.value.problems) == 15
    assert lines[0] == 'issues[0].owner: no person "p99"'
    assert lines[10:] == ["and 5 more problems"]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ([], "expected a JSON object, got a list"),
        ({"version": 1}, 'format: missing; a dxworkshop document has "format": "dxworkshop"'),
        ({"format": "other", "version": 1}, 'format: "other" is not "dxworkshop"'),
        ({"format": "dxworkshop"}, "version: missing; this dxworkshop reads version 1"),
        ({"format": "dxworkshop", "version": True}, "version: expected an integer, got true"),
    ],
)
def test_header_problems(doc: Any, expected: str, out: Path) -> None:
    assert refused(doc, out) == [expected]


def test_a_newer_version_is_refused_without_reading_on(out: Path) -> None:
    doc = {"format": "dxworkshop", "version": 2, "people": "whatever v2 means"}
    assert refused(doc, out) == ["version: version 2 is not supported; this dxworkshop reads 1"]


def test_existing_target_is_refused_before_anything_else(out: Path) -> None:
    target = out / "taken.dxw"
    target.write_bytes(b"keep me")
    with pytest.raises(WorkshopExists):
        load_document({"not": "even valid"}, target)
    with pytest.raises(WorkshopExists):
        load_json(b"not even JSON", target)
    assert target.read_bytes() == b"keep me"
    assert list(out.iterdir()) == [target]


# --- JSON text ------------------------------------------------------------------------------------


def test_json_with_a_byte_order_mark_loads(out: Path) -> None:
    data = "\ufeff".encode() + json.dumps(completed(), ensure_ascii=False).encode()
    with load_json(data, out / "bom.dxw") as workshop:
        assert dump_document(workshop)["programme"]["organiser"] == "岡山県"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            b'{"format": "dxworkshop",',
            "not valid JSON: Expecting property name enclosed in double quotes (line 1, column 25)",
        ),
        (b'{"format": "dxw\xff"}', "not UTF-8 text (byte 15)"),
        (
            '{"format": "dxworkshop", "version": 1,'
            ' "people": [{"key": "p1", "name": "a", "name": "b"}]}',
            "people[0].name: given twice in the same object",
        ),
        (
            '{"format": "dxworkshop", "version": 1,'
            ' "outcomes": [{"plan": "pl1", "hours_saved_per_year": Infinity}]}',
            "outcomes[0].hours_saved_per_year: expected a finite number, got Infinity",
        ),
    ],
)
def test_json_text_problems(text: str | bytes, expected: str, out: Path) -> None:
    with pytest.raises(InterchangeError) as err:
        load_json(text, out / "new.dxw")
    assert expected in [str(p) for p in err.value.problems]
    assert list(out.iterdir()) == []


# --- soft deletion --------------------------------------------------------------------------------


def test_soft_deleted_person_of_a_live_issue_dumps_a_loadable_document(out: Path) -> None:
    with load_document(completed(), out / "a.dxw") as workshop:
        soft_delete(workshop, m.Person, 1)
        text = dump_json(workshop)
    doc = json.loads(text)
    assert [p["key"] for p in doc["people"]] == ["p2", "p9"]
    assert doc["issues"][0]["owner"] is None  # ON DELETE SET NULL
    assert doc["groups"][0]["members"] == []
    assert doc["themes"] == [] and doc["voting_rounds"][0]["votes"] == []
    # The plan was the deleted person's (ON DELETE CASCADE), and everything about it with it.
    assert doc["plans"] == [] and doc["feedback"] == [] and doc["actions"] == []
    assert doc["check_ins"] == [] and doc["measurements"] == [] and doc["outcomes"] == []
    assert doc["scores"] == completed()["scores"]  # the consensus score stays
    assert reloaded(text, out, "b.dxw") == text


def test_soft_deleted_rows_are_not_dumped(out: Path) -> None:
    with load_document(completed(), out / "a.dxw") as workshop:
        soft_delete(workshop, m.Municipality, 1)
        soft_delete(workshop, m.Criterion, 2)
        soft_delete(workshop, m.RubricItem, 1)
        soft_delete(workshop, m.Cluster, 1)
        text = dump_json(workshop)
    doc = json.loads(text)
    assert doc["municipalities"] == [] and doc["departments"] == [] and doc["hearings"] == []
    assert doc["people"][0]["municipality"] is None and doc["people"][0]["department"] is None
    assert doc["issues"][0]["municipality"] is None and doc["issues"][0]["cluster"] is None
    assert [c["key"] for c in doc["criteria"]] == ["effect"]
    assert doc["matrix"] == {"x": None, "y": "effect"}
    assert doc["rubric"] == [] and doc["feedback"][0]["ratings"] == {}
    assert doc["clusters"] == []
    assert reloaded(text, out, "b.dxw") == text


def test_answers_of_a_retired_question_are_dropped(out: Path) -> None:
    with load_document(completed(), out / "a.dxw") as workshop:
        soft_delete(workshop, m.HearingQuestion, 1)
        text = dump_json(workshop)
    doc = json.loads(text)
    assert doc["hearing_template"]["sections"][0]["questions"] == []
    assert doc["hearings"][0]["answers"] == {}
    assert reloaded(text, out, "b.dxw") == text


SOFT_DELETED = (
    m.Municipality,
    m.Department,
    m.Person,
    m.WorkGroup,
    m.TrainingSession,
    m.HearingSection,
    m.HearingQuestion,
    m.Hearing,
    m.Finding,
    m.Cluster,
    m.Issue,
    m.Criterion,
    m.VotingRound,
    m.Plan,
    m.RubricItem,
    m.FeedbackRound,
    m.Feedback,
    m.ActionItem,
    m.CheckIn,
    m.Measurement,
)


# --- properties -----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(doc=documents())
def test_load_then_dump_gives_the_document_back(doc: dict[str, Any]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        load_document(doc, Path(folder) / "p.dxw") as workshop,
    ):
        dumped = dump_document(workshop)
    assert as_json(dumped) == as_json(doc)


# Two files per example (about 0.3 s each to create), so fewer examples than above.
@settings(max_examples=15, deadline=None)
@given(doc=documents(), data=st.data())
def test_a_dump_after_any_soft_deletion_loads_back_the_same(
    doc: dict[str, Any], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with load_document(doc, folder / "a.dxw") as workshop:
            with workshop.session() as session:
                for model in SOFT_DELETED:
                    ids = list(session.exec(select(model.id)).all())
                    gone = data.draw(st.sets(st.sampled_from(ids)) if ids else st.just(set()))
                    if gone:
                        stmt = update(model).where(col(model.id).in_(gone))
                        session.exec(stmt.values(deleted_at=utcnow()))
                session.commit()
            text = dump_json(workshop)
        assert reloaded(text, folder, "b.dxw") == text


# --- size -----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_large_programme_round_trips(out: Path) -> None:
    doc = large_document()
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    with load_json(text, out / "large.dxw") as workshop:
        dumped = dump_json(workshop)
    assert dumped == text  # speed is measured in bench/, not asserted here
