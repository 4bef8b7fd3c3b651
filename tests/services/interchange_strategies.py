"""Valid interchange documents in the key scheme and order ``dump`` writes, for round-trip tests.

A document drawn here satisfies ``dump_document(load_document(doc)) == doc``: every field
is present, keys are ``prefix + id`` (ids with gaps), lists are in the order dump writes
them (id order, or the user's order where rows have a position: any order), and every
reference, range and uniqueness rule of the validator holds.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from hypothesis import strategies as st

from dxworkshop.domain import enums as e
from dxworkshop.domain import limits
from dxworkshop.domain.local_codes import with_check_digit
from dxworkshop.domain.text import storable

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[Any]], Any]

_PIECES = [
    "倉敷市",
    "市民課",
    "ＤＸ推進",
    "ｶﾀｶﾅ",
    "転入届の手入力",
    "処理時間（分/件）",
    "😀",
    "👨‍👩‍👧",
    "🏯",
    "髙﨑",
    "〜",
    "①",
    "\u3000",
    "\n",
    '"',
    "\\",
    "a",
    " ",
]
texts = st.one_of(
    st.just(""),
    st.lists(st.sampled_from(_PIECES), max_size=4).map("".join),
    # any text a document can hold (load refuses NUL and the other control characters)
    st.text(max_size=6).map(storable),
)
dates = st.dates(dt.date(1989, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
opt_dates = st.none() | dates
_OFFSETS = [
    dt.UTC,
    dt.timezone(dt.timedelta(hours=9)),
    dt.timezone(dt.timedelta(hours=5, minutes=45)),
    dt.timezone(dt.timedelta(hours=-9, minutes=-30)),
]
timestamps = st.datetimes(
    min_value=dt.datetime(1990, 1, 1),
    max_value=dt.datetime(2100, 1, 1),
    timezones=st.sampled_from(_OFFSETS),
).map(dt.datetime.isoformat)
# Whole numbers stay exact as floats up to 2**53; larger ones are floats anyway.


def within(sane: limits.Range) -> st.SearchStrategy[float | int]:
    """Numbers in a stored number's range (``domain.limits``), whole and fractional."""
    low, high = sane.low, sane.high
    return st.integers(int(low), int(high)) | st.floats(low, high)


numbers = within(limits.ANSWER_NUMBER)
measured = within(limits.MEASUREMENT)
cases = st.none() | within(limits.CASES_PER_YEAR)
minutes = st.none() | within(limits.MINUTES_PER_CASE)
heads = st.none() | within(limits.PEOPLE)


def _keys(draw: Draw, prefix: str, low: int, high: int, *, ordered: bool = True) -> list[str]:
    """Keys ``prefix + id`` with gaps; in id order, or shuffled for lists with positions."""
    ids = draw(st.lists(st.integers(1, 999), min_size=low, max_size=high, unique=True))
    if ordered:
        ids.sort()
    return [f"{prefix}{n}" for n in ids]


def _id(key: str) -> int:
    return int(key.lstrip("abcdefghijklmnopqrstuvwxyz"))


def _opt(draw: Draw, keys: Sequence[str]) -> str | None:
    return draw(st.none() | st.sampled_from(keys)) if keys else None


def _subset(draw: Draw, items: Sequence[T]) -> list[T]:
    """A subset in the order of ``items``."""
    chosen = draw(st.sets(st.integers(0, len(items) - 1))) if items else set()
    return [x for n, x in enumerate(items) if n in chosen]


def _answer(draw: Draw, key: str, text: str, kind: str, choices: list[str]) -> Any:
    if kind == "text":
        return draw(texts)
    if kind == "choice":
        return draw(st.sampled_from(choices))
    if kind == "scale":
        return draw(st.integers(0, len(choices) - 1))
    if kind == "number":
        return draw(numbers)
    cell = st.none() | texts | numbers
    return draw(st.lists(st.lists(cell, min_size=len(choices), max_size=len(choices)), max_size=3))


@st.composite
def documents(draw: Draw) -> dict[str, Any]:
    programme = {
        "name": draw(texts),
        "fiscal_year": draw(st.none() | st.integers(1989, 2100)),
        "organiser": draw(texts),
        "start_date": draw(opt_dates),
        "end_date": draw(opt_dates),
        "description": draw(texts),
    }
    prefecture = draw(st.none() | st.sampled_from(["北海道", "東京都", "岡山県", "沖縄県"]))
    if prefecture is not None:  # optional: dump writes it only when set
        programme["prefecture"] = prefecture
    # A 団体コード as load takes it: a prefecture 01–47, three digits and the check digit.
    codes = st.just("") | st.builds(
        lambda pref, rest: with_check_digit(f"{pref:02d}{rest:03d}"),
        st.integers(1, 47),
        st.integers(0, 999),
    )
    # Names and codes once each, as the app's edits keep them (load refuses repeats).
    municipalities = [
        {"key": k, "name": draw(texts) + k, "kana": draw(texts), "code": draw(codes)}
        for k in _keys(draw, "m", 0, 3)
    ]
    used: set[str] = set()
    for muni in municipalities:
        if muni["code"] in used:
            muni["code"] = ""
        used.add(muni["code"] or "-")
    muni_keys = [x["key"] for x in municipalities]
    departments = (
        [
            {"key": k, "municipality": draw(st.sampled_from(muni_keys)), "name": draw(texts) + k}
            for k in _keys(draw, "d", 0, 3)
        ]
        if muni_keys
        else []
    )
    dept_keys = [x["key"] for x in departments]
    person_keys = _keys(draw, "p", 0, 5)
    people = [
        {
            "key": k,
            "name": draw(texts),
            "kana": draw(texts),
            "municipality": _opt(draw, muni_keys),
            "department": _opt(draw, dept_keys),
            "title": draw(texts),
            "email": draw(texts),
            "roles": _subset(draw, [r.value for r in e.Role]),
            "supervisor": _opt(draw, [x for x in person_keys if x != k]),
        }
        for k in person_keys
    ]
    groups = [
        {"key": k, "name": draw(texts), "members": _subset(draw, person_keys)}
        for k in _keys(draw, "g", 0, 3, ordered=False)
    ]
    sessions = [
        {
            "key": k,
            "title": draw(texts),
            "phase": draw(st.sampled_from([p.value for p in e.Phase])),
            "date": draw(opt_dates),
            "place": draw(texts),
        }
        for k in _keys(draw, "s", 0, 3)
    ]

    question_keys = _keys(draw, "q", 0, 6, ordered=False)
    questions: dict[str, dict[str, Any]] = {}
    sections = []
    for k in _keys(draw, "sec", 0, 3, ordered=False):
        mine = [q for q in question_keys if q not in questions][: draw(st.integers(0, 3))]
        for q in mine:
            kind = draw(st.sampled_from([x.value for x in e.QuestionKind]))
            questions[q] = {
                "key": q,
                "text": draw(texts),
                "kind": kind,
                "choices": draw(st.lists(texts, max_size=4)),
            }
        sections.append({"key": k, "title": draw(texts), "questions": [questions[q] for q in mine]})
    answerable = [
        q
        for q, spec in questions.items()
        if spec["choices"] or spec["kind"] not in ("choice", "scale")
    ]
    finding_keys = _keys(draw, "f", 0, 5, ordered=False)
    hearings = []
    if muni_keys:
        unused_findings = list(finding_keys)
        for k in _keys(draw, "h", 0, 3):
            n = draw(st.integers(0, 2))
            mine, unused_findings = unused_findings[:n], unused_findings[n:]
            # null: an answer row without a value, allowed for every kind
            answers = {
                q: None if draw(st.integers(0, 5)) == 0 else _answer(draw, **questions[q])
                for q in _subset(draw, answerable)
            }
            hearings.append(
                {
                    "key": k,
                    "municipality": draw(st.sampled_from(muni_keys)),
                    "department": _opt(draw, dept_keys),
                    "date": draw(opt_dates),
                    "interviewer": _opt(draw, person_keys),
                    "attendees": draw(texts),
                    "status": draw(st.sampled_from([s.value for s in e.HearingStatus])),
                    "notes": draw(texts),
                    "answers": answers,
                    "findings": [{"key": f, "text": draw(texts)} for f in mine],
                }
            )
    live_findings = [f["key"] for h in hearings for f in h["findings"]]

    cluster_keys = _keys(draw, "c", 0, 4)
    # Parents only among clusters ranked lower, so the nesting has no cycle.
    rank = {k: r for r, k in enumerate(draw(st.permutations(cluster_keys)))} if cluster_keys else {}
    clusters = [
        {
            "key": k,
            "label": draw(texts),
            "parent": _opt(draw, [c for c in cluster_keys if rank[c] < rank[k]]),
        }
        for k in cluster_keys
    ]
    group_keys = [g["key"] for g in groups]
    issue_keys = _keys(draw, "i", 0, 5)
    issues = [
        {
            "key": k,
            "owner": _opt(draw, person_keys),
            "municipality": _opt(draw, muni_keys),
            "group": _opt(draw, group_keys),
            "title": draw(texts),
            "process": draw(texts),
            "description": draw(texts),
            "categories": draw(st.lists(texts, max_size=3)),
            "cases_per_year": draw(cases),
            "minutes_per_case": draw(minutes),
            "people": draw(heads),
            "source": draw(st.sampled_from([s.value for s in e.IssueSource])),
            "finding": _opt(draw, live_findings),
            "status": draw(st.sampled_from([s.value for s in e.IssueStatus])),
            "cluster": _opt(draw, cluster_keys),
        }
        for k in issue_keys
    ]

    codes_ = draw(
        st.lists(
            st.sampled_from(["effect", "ease", "urgency", "feasible"])
            | st.text(min_size=1, max_size=6).map(storable).filter(bool),
            max_size=4,
            unique=True,
        )
    )
    criteria = []
    for code in codes_:
        low = draw(st.integers(0, 3))
        criteria.append(
            {
                "key": code,
                "name": draw(texts),
                "weight": draw(within(limits.WEIGHT)),
                "min": low,
                "max": low + draw(st.integers(0, 6)),
                "higher_is_better": draw(st.booleans()),
                "gate": draw(st.booleans()),
            }
        )
    by_code = {c["key"]: c for c in criteria}
    matrix = {"x": _opt(draw, codes_), "y": _opt(draw, codes_)}
    triples = (
        draw(
            st.lists(
                st.tuples(
                    st.sampled_from(issue_keys),
                    st.sampled_from(codes_),
                    st.none() | st.sampled_from(person_keys) if person_keys else st.none(),
                ),
                max_size=8,
                unique=True,
            )
        )
        if issue_keys and codes_
        else []
    )
    scores = [
        {
            "issue": i,
            "criterion": c,
            "rater": r,
            "value": draw(st.integers(by_code[c]["min"], by_code[c]["max"])),
        }
        for i, c, r in triples
    ]

    voting_rounds = []
    for k in _keys(draw, "v", 0, 2):
        cap = draw(st.integers(1, 3))
        pairs = (
            sorted(
                draw(
                    st.sets(
                        st.tuples(st.sampled_from(person_keys), st.sampled_from(issue_keys)),
                        max_size=5,
                    )
                ),
                key=lambda pair: (_id(pair[0]), _id(pair[1])),
            )
            if person_keys and issue_keys
            else []
        )
        votes = [{"voter": v, "issue": i, "count": draw(st.integers(1, cap))} for v, i in pairs]
        totals: dict[str, int] = {}
        for vote in votes:
            totals[vote["voter"]] = totals.get(vote["voter"], 0) + vote["count"]
        voting_rounds.append(
            {
                "key": k,
                "title": draw(texts),
                "votes_per_person": max([draw(st.integers(1, 5)), *totals.values()]),
                "max_per_issue": cap,
                "votes": votes,
            }
        )
    themes = (
        [
            {"trainee": p, "issue": draw(st.sampled_from(issue_keys))}
            for p in _subset(draw, person_keys)
        ]
        if issue_keys
        else []
    )

    plans = []
    if issue_keys and person_keys:
        for k in _keys(draw, "pl", 0, 3):
            numbers_ = sorted(draw(st.sets(st.integers(1, 6), max_size=3)))
            plans.append(
                {
                    "key": k,
                    "issue": draw(st.sampled_from(issue_keys)),
                    "trainee": draw(st.sampled_from(person_keys)),
                    "versions": [_version(draw, n) for n in numbers_],
                }
            )
    plan_keys = [p["key"] for p in plans]
    versions_of = {p["key"]: [v["number"] for v in p["versions"]] for p in plans}
    rubric = []
    for k in _keys(draw, "r", 0, 3, ordered=False):
        low = draw(st.integers(0, 2))
        rubric.append(
            {"key": k, "name": draw(texts), "min": low, "max": low + draw(st.integers(0, 5))}
        )
    round_keys = _keys(draw, "fr", 0, 2)
    round_numbers = draw(
        st.lists(
            st.integers(1, 5),
            min_size=len(round_keys),
            max_size=len(round_keys),
            unique=True,
        )
    )
    feedback_rounds = [
        {"key": k, "number": n, "title": draw(texts), "due": draw(opt_dates)}
        for k, n in zip(round_keys, round_numbers, strict=True)
    ]
    feedback = []
    reviewable = [p for p in plan_keys if versions_of[p]]
    if feedback_rounds and reviewable:
        for _ in range(draw(st.integers(0, 4))):
            plan = draw(st.sampled_from(reviewable))
            feedback.append(
                {
                    "round": draw(st.sampled_from([r["key"] for r in feedback_rounds])),
                    "plan": plan,
                    "version": draw(st.sampled_from(versions_of[plan])),
                    "reviewer": draw(st.sampled_from(person_keys)),
                    "role": draw(st.sampled_from([r.value for r in e.ReviewerRole])),
                    "ratings": {
                        r["key"]: draw(st.integers(r["min"], r["max"]))
                        for r in _subset(draw, rubric)
                    },
                    "good_points": draw(texts),
                    "improvements": draw(texts),
                    "support": draw(texts),
                    "decision": draw(st.none() | st.sampled_from([d.value for d in e.Decision])),
                    "status": draw(st.sampled_from([s.value for s in e.FeedbackStatus])),
                    "response": draw(texts),
                    "addressed_in_version": draw(st.none() | st.sampled_from(versions_of[plan])),
                }
            )

    actions: list[dict[str, Any]] = []
    check_ins: list[dict[str, Any]] = []
    measurements: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    if plan_keys:
        action_keys = _keys(draw, "a", 0, 5, ordered=False)
        owners = [draw(st.sampled_from(plan_keys)) for _ in action_keys]
        # Grouped by plan in plan id order; within a plan, in the user's order.
        for key, plan in sorted(zip(action_keys, owners, strict=True), key=lambda x: _id(x[1])):
            actions.append(
                {
                    "key": key,
                    "plan": plan,
                    "title": draw(texts),
                    "owner": _opt(draw, person_keys),
                    "due": draw(opt_dates),
                    "status": draw(st.sampled_from([s.value for s in e.ActionStatus])),
                    "progress": draw(st.integers(0, 100)),
                }
            )
        for _ in range(draw(st.integers(0, 3))):
            check_ins.append(
                {
                    "plan": draw(st.sampled_from(plan_keys)),
                    "date": draw(dates),
                    "progress": draw(st.integers(0, 100)),
                    "note": draw(texts),
                    "obstacles": draw(texts),
                    "support_needed": draw(texts),
                }
            )
        for _ in range(draw(st.integers(0, 3))):
            measurements.append(
                {
                    "plan": draw(st.sampled_from(plan_keys)),
                    "metric": draw(texts),
                    "baseline": draw(st.none() | measured),
                    "target": draw(st.none() | measured),
                    "actual": draw(st.none() | measured),
                    "date": draw(opt_dates),
                }
            )
        outcomes = [
            {
                "plan": p,
                "hours_saved_per_year": draw(st.none() | within(limits.HOURS_SAVED_PER_YEAR)),
                "effects": draw(texts),
                "spread_potential": draw(texts),
            }
            for p in _subset(draw, plan_keys)
        ]

    return {
        "format": "dxworkshop",
        "version": 1,
        "programme": programme,
        "municipalities": municipalities,
        "departments": departments,
        "people": people,
        "groups": groups,
        "sessions": sessions,
        "hearing_template": {"sections": sections},
        "hearings": hearings,
        "clusters": clusters,
        "issues": issues,
        "criteria": criteria,
        "matrix": matrix,
        "scores": scores,
        "voting_rounds": voting_rounds,
        "themes": themes,
        "plans": plans,
        "rubric": rubric,
        "feedback_rounds": feedback_rounds,
        "feedback": feedback,
        "actions": actions,
        "check_ins": check_ins,
        "measurements": measurements,
        "outcomes": outcomes,
    }


def _version(draw: Draw, number: int) -> dict[str, Any]:
    return {
        "number": number,
        "created_at": draw(timestamps),
        "reason": draw(texts),
        "target_process": draw(texts),
        "current_state": draw(texts),
        "problems": draw(texts),
        "root_cause": draw(texts),
        "solution": draw(texts),
        "ecrs": draw(st.lists(st.sampled_from([x.value for x in e.Ecrs]), unique=True)),
        "dx_means": draw(st.lists(texts, max_size=3)),
        "goal": draw(texts),
        "kpi": draw(texts),
        "steps": [
            {"what": draw(texts), "who": draw(texts), "due": draw(opt_dates)}
            for _ in range(draw(st.integers(0, 3)))
        ],
        "after_cases_per_year": draw(cases),
        "after_minutes_per_case": draw(minutes),
        "after_people": draw(heads),
        "risks": draw(texts),
        "support_needed": draw(texts),
    }


def large_document(seed: int = 1) -> dict[str, Any]:
    """A programme of the largest expected size: 600 people, 12,000 issues, 36,000 scores,
    600 plans of two versions each, with feedback and practice records."""
    rnd = random.Random(seed)
    munis = [{"key": f"m{n}", "name": f"市{n}", "kana": "", "code": ""} for n in range(1, 21)]
    depts = [
        {"key": f"d{n}", "municipality": f"m{(n - 1) % 20 + 1}", "name": f"課{n}"}
        for n in range(1, 61)
    ]
    people = []
    for n in range(1, 601):
        trainee = n <= 450
        people.append(
            {
                "key": f"p{n}",
                "name": f"職員 {n}号",
                "kana": "しょくいん",
                "municipality": f"m{(n - 1) % 20 + 1}",
                "department": f"d{(n - 1) % 60 + 1}",
                "title": "主任" if trainee else "課長",
                "email": f"user{n}@example.jp",
                "roles": ["trainee"] if trainee else ["supervisor"],
                "supervisor": f"p{451 + (n - 1) % 150}" if trainee else None,
            }
        )
    groups = [
        {"key": f"g{n}", "name": f"{n}班", "members": [f"p{k}" for k in range(n, 451, 45)]}
        for n in range(1, 46)
    ]
    criteria = [
        {
            "key": c,
            "name": c,
            "weight": w,
            "min": 1,
            "max": 5,
            "higher_is_better": True,
            "gate": False,
        }
        for c, w in (("effect", 3), ("ease", 2), ("urgency", 1))
    ]
    clusters = [{"key": f"c{n}", "label": f"グループ{n}", "parent": None} for n in range(1, 101)]
    issues, scores = [], []
    for n in range(1, 12001):
        owner = (n - 1) % 450 + 1
        issues.append(
            {
                "key": f"i{n}",
                "owner": f"p{owner}",
                "municipality": f"m{(owner - 1) % 20 + 1}",
                "group": f"g{(owner - 1) % 45 + 1}",
                "title": f"課題{n}：紙の申請書を手入力している",
                "process": "住民異動届の受付",
                "description": "窓口で受け付けた申請書をシステムへ転記している。" * 3,
                "categories": ["手入力・転記"],
                "cases_per_year": rnd.choice([None, rnd.randint(10, 5000)]),
                "minutes_per_case": rnd.randint(1, 60),
                "people": rnd.choice([1, 2, 1.5]),
                "source": "workshop",
                "finding": None,
                "status": "candidate",
                "cluster": f"c{n % 100 + 1}",
            }
        )
        scores.extend(
            {"issue": f"i{n}", "criterion": c["key"], "rater": None, "value": rnd.randint(1, 5)}
            for c in criteria
        )
    plans, feedback, actions, check_ins, measurements, outcomes = [], [], [], [], [], []
    for n in range(1, 601):
        trainee = (n - 1) % 450 + 1
        versions = [
            {
                "number": v,
                "created_at": f"2023-{9 + v}-0{v}T10:00:00+09:00",
                "reason": "" if v == 1 else "フィードバックを反映",
                "target_process": "転入届",
                "current_state": "紙で受け付けて手入力" * 5,
                "problems": "転記ミス",
                "root_cause": "様式が紙",
                "solution": "電子申請",
                "ecrs": ["eliminate", "simplify"],
                "dx_means": ["電子申請・オンライン化"],
                "goal": "処理時間を半減",
                "kpi": "分/件",
                "steps": [
                    {"what": f"手順{s}", "who": "担当", "due": "2023-10-15"} for s in range(3)
                ],
                "after_cases_per_year": 1200,
                "after_minutes_per_case": 5,
                "after_people": 1,
                "risks": "",
                "support_needed": "",
            }
            for v in (1, 2)
        ]
        plans.append(
            {
                "key": f"pl{n}",
                "issue": f"i{trainee}",
                "trainee": f"p{trainee}",
                "versions": versions,
            }
        )
        for fr in (1, 2):
            feedback.append(
                {
                    "round": f"fr{fr}",
                    "plan": f"pl{n}",
                    "version": fr,
                    "reviewer": f"p{451 + (trainee - 1) % 150}",
                    "role": "supervisor",
                    "ratings": {f"r{r}": rnd.randint(1, 5) for r in range(1, 5)},
                    "good_points": "よい",
                    "improvements": "数値目標を",
                    "support": "",
                    "decision": rnd.choice([None, "approved", "conditional", "rework"]),
                    "status": "received",
                    "response": "",
                    "addressed_in_version": 2 if fr == 1 else None,
                }
            )
        for a in range(3):
            actions.append(
                {
                    "key": f"a{3 * (n - 1) + a + 1}",
                    "plan": f"pl{n}",
                    "title": f"作業{a}",
                    "owner": f"p{trainee}",
                    "due": "2023-10-20",
                    "status": "doing",
                    "progress": rnd.randint(0, 100),
                }
            )
        check_ins.extend(
            {
                "plan": f"pl{n}",
                "date": f"2023-10-{d:02d}",
                "progress": 40,
                "note": "",
                "obstacles": "",
                "support_needed": "",
            }
            for d in (13, 27)
        )
        measurements.append(
            {
                "plan": f"pl{n}",
                "metric": "分/件",
                "baseline": 15,
                "target": 5,
                "actual": 6.5,
                "date": None,
            }
        )
        outcomes.append(
            {"plan": f"pl{n}", "hours_saved_per_year": 180, "effects": "", "spread_potential": ""}
        )
    return {
        "format": "dxworkshop",
        "version": 1,
        "programme": {
            "name": "令和5年度 業務改善実践研修",
            "fiscal_year": 2023,
            "organiser": "岡山県",
            "start_date": "2023-09-01",
            "end_date": "2023-11-10",
            "description": "",
        },
        "municipalities": munis,
        "departments": depts,
        "people": people,
        "groups": groups,
        "sessions": [],
        "hearing_template": {"sections": []},
        "hearings": [],
        "clusters": clusters,
        "issues": issues,
        "criteria": criteria,
        "matrix": {"x": "ease", "y": "effect"},
        "scores": scores,
        "voting_rounds": [],
        "themes": [{"trainee": f"p{n}", "issue": f"i{n}"} for n in range(1, 451)],
        "plans": plans,
        "rubric": [{"key": f"r{n}", "name": f"観点{n}", "min": 1, "max": 5} for n in range(1, 5)],
        "feedback_rounds": [
            {"key": f"fr{n}", "number": n, "title": f"第{n}回", "due": None} for n in (1, 2)
        ],
        "feedback": feedback,
        "actions": actions,
        "check_ins": check_ins,
        "measurements": measurements,
        "outcomes": outcomes,
    }
