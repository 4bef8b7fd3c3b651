"""What the demo's trainees do with their themes (phases 4 to 6): each trainee's
improvement plan in two versions (the draft and the brush-up after feedback), the
feedback of supervisors and instructors on it, and workplace practice — action items,
check-ins, measurements and outcomes."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from dxworkshop.services import defaults
from dxworkshop.services.demo.build import (
    PRACTICE_START,
    STALE_DAYS,
    Build,
    PlanInfo,
    clamp,
    nice,
    pick_count,
    stamp,
)
from dxworkshop.services.demo.catalogues import Catalogues, IssueSeed

# --- phase 4: plans ----------------------------------------------------------------------------


def _after(rng: random.Random, issue: dict[str, Any], seed: IssueSeed) -> tuple[int, int, int]:
    cases, minutes, people = issue["cases_per_year"], issue["minutes_per_case"], issue["people"]
    after_cases = nice(cases * seed.after[0]) if seed.after[0] < 1 else int(cases)
    after_minutes = max(1, round(minutes * seed.after[1]))
    after_people = int(people) - 1 if people > 1 and rng.random() < 0.3 else int(people)
    before = cases * minutes * people
    if after_cases * after_minutes * after_people >= before:
        if minutes > 1:
            after_minutes = max(1, min(after_minutes, int(minutes) - 1))
        else:
            after_cases = nice(cases * 0.7)
    return after_cases, after_minutes, after_people


def add_plans(b: Build) -> None:
    """Each trainee's plan on their theme: a rough first version and the brush-up."""
    rng = b.rng
    n = len(b.trainees)
    status_sup = ["addressed"] * n
    status_ins = ["addressed"] * n
    idx = list(range(n))
    for i in rng.sample(idx, pick_count(n, 0.08, 2)):
        status_sup[i] = "requested"
    for i in rng.sample(idx, pick_count(n, 0.08, 1)):
        if status_sup[i] == "addressed":
            status_sup[i] = "received"
    for i in rng.sample(idx, pick_count(n, 0.05, 1)):
        status_ins[i] = "requested"
    for i in rng.sample(idx, pick_count(n, 0.05, 1)):
        if status_ins[i] == "addressed":
            status_ins[i] = "received"
    plans: list[dict[str, Any]] = []
    for i, t in enumerate(b.trainees):
        issue = b.issue_by_key[b.themes[t.key]]
        info = PlanInfo(
            key=f"pl{i + 1}",
            trainee=t,
            issue=issue,
            seed=b.seeds[issue["key"]],
            instructor=b.group_instructor[t.group],
            fb_supervisor=status_sup[i],
            fb_instructor=status_ins[i],
            improvements=tuple(rng.sample(b.cat.improvements, 2)),
        )
        info.after = _after(rng, issue, info.seed)
        b.plans.append(info)
        plans.append(
            {
                "key": info.key,
                "issue": issue["key"],
                "trainee": t.key,
                "versions": [_version_1(b, info), _version_2(b, info)],
            }
        )
    b.doc["plans"] = plans


def _problems(cat: Catalogues, seed: IssueSeed) -> str:
    return "".join(cat.problems_by_category.get(c, "") for c in seed.categories)


def _version_1(b: Build, p: PlanInfo) -> dict[str, Any]:
    rng = b.rng
    seed, issue = p.seed, p.issue
    minutes = p.after[1]
    rough_minutes = min(int(issue["minutes_per_case"]), round(minutes * rng.uniform(1.0, 1.4)))
    dx = seed.dx_means[0]
    day = b.day(21 + rng.choice((0, 0, 0, 1, 2, 3)))
    return {
        "number": 1,
        "created_at": stamp(day, rng.randint(14, 17), rng.randrange(0, 60, 5)),
        "reason": "",
        "target_process": seed.process,
        "current_state": seed.description,
        "problems": _problems(b.cat, seed),
        "root_cause": "作業量が多く、人手が足りていない。",
        "solution": seed.solution.split("。")[0] + "。",
        "ecrs": list(seed.ecrs[:1]),
        "dx_means": [dx],
        "goal": f"{seed.process}の負担を減らす。",
        "kpi": "処理時間（分/件）",
        "steps": [
            {
                "what": b.cat.dx_steps.get(dx, f"{dx}の導入を検討する"),
                "who": p.trainee.name,
                "due": b.day(45).isoformat(),
            },
            {"what": "係内で試行する", "who": "係全員", "due": b.day(52).isoformat()},
            {"what": "効果を確認する", "who": p.trainee.name, "due": b.day(60).isoformat()},
        ],
        "after_cases_per_year": None if rng.random() < 0.3 else issue["cases_per_year"],
        "after_minutes_per_case": rough_minutes,
        "after_people": None if rng.random() < 0.3 else issue["people"],
        "risks": "",
        "support_needed": "",
    }


def _version_2(b: Build, p: PlanInfo) -> dict[str, Any]:
    rng = b.rng
    seed, issue = p.seed, p.issue
    cases, minutes, people = issue["cases_per_year"], issue["minutes_per_case"], issue["people"]
    a_cases, a_minutes, a_people = p.after
    before_h = round(cases * minutes * people / 60)
    saved = before_h - round(a_cases * a_minutes * a_people / 60)
    addressed = [
        imp
        for imp, status in zip(p.improvements, (p.fb_supervisor, p.fb_instructor), strict=True)
        if status == "addressed"
    ]
    if addressed:
        reason = "上司・講師のフィードバックを受けて改訂：" + "、".join(a[2] for a in addressed)
    else:
        reason = "第3回研修のグループ討議を受けて、目標と実施計画を具体化した。"
    day = b.day(35 + rng.choice((-2, -1, 0, 0, 0, 1)))
    measure = _kpi(p)
    kpi = f"{measure[0]}：{measure[1]:,} → {measure[2]:,}" if measure else "年間の業務時間"
    who_it = "本人・情報担当"
    dx = seed.dx_means[0]
    return {
        "number": 2,
        "created_at": stamp(day, rng.randint(13, 17), rng.randrange(0, 60, 5)),
        "reason": reason,
        "target_process": seed.process,
        "current_state": (
            f"{seed.description}（年間{cases:,}件 × {minutes}分 × {people}人 ≈ {before_h:,}時間）"
        ),
        "problems": _problems(b.cat, seed),
        "root_cause": seed.root_cause,
        "solution": seed.solution + "まず係内で試行し、効果を確かめてから課全体に広げる。",
        "ecrs": list(seed.ecrs),
        "dx_means": list(seed.dx_means),
        "goal": (
            f"{seed.process}の業務量を年間約{before_h:,}時間から"
            f"約{before_h - saved:,}時間に減らし、年間約{saved:,}時間を削減する。"
        ),
        "kpi": kpi,
        "steps": [
            {
                "what": "現状の処理件数と処理時間を1週間計測する",
                "who": p.trainee.name,
                "due": b.day(38).isoformat(),
            },
            {
                "what": b.cat.dx_steps.get(dx, f"{dx}の導入を準備する"),
                "who": who_it,
                "due": b.day(45).isoformat(),
            },
            {
                "what": "係内で試行し、手順書を作成する",
                "who": "係全員",
                "due": b.day(52).isoformat(),
            },
            {
                "what": "効果を測定し、成果報告会で報告する",
                "who": p.trainee.name,
                "due": b.day(60).isoformat(),
            },
        ],
        "after_cases_per_year": a_cases,
        "after_minutes_per_case": a_minutes,
        "after_people": a_people,
        "risks": "".join(b.cat.dx_risks.get(d, "") for d in seed.dx_means),
        "support_needed": "、".join(
            [b.cat.dx_support[d] for d in seed.dx_means if b.cat.dx_support.get(d)]
            + ["試行期間中の係内の業務調整"]
        ),
    }


# --- phase 5: feedback -------------------------------------------------------------------------


def _ratings(b: Build) -> tuple[dict[str, int], str]:
    rng = b.rng
    base = rng.choice((2, 3, 3, 3, 4, 4, 4))
    ratings = {
        r["key"]: clamp(base + rng.choice((-1, 0, 0, 1)), int(r["min"]), int(r["max"]))
        for r in b.doc["rubric"]
    }
    mean = sum(ratings.values()) / max(1, len(ratings))
    decision = "approved" if mean >= 4 else "conditional" if mean >= 2.5 else "rework"
    return ratings, decision


def add_feedback(b: Build) -> None:
    rng = b.rng
    b.doc["rubric"] = [
        {"key": f"r{i + 1}", "name": r["name"], "min": r["min"], "max": r["max"]}
        for i, r in enumerate(defaults.rubric())
    ]
    rounds = defaults.feedback_rounds(b.start)
    b.doc["feedback_rounds"] = [
        {"key": f"fr{i + 1}", "number": number, "title": title, "due": due.isoformat()}
        for i, (number, title, due) in enumerate(rounds)
    ]
    first = b.doc["feedback_rounds"][0]["key"]
    second = b.doc["feedback_rounds"][1]["key"] if len(rounds) > 1 else None
    feedback: list[dict[str, Any]] = []
    for p in b.plans:
        pairs = (
            ("supervisor", p.trainee.supervisor, p.fb_supervisor, p.improvements[0]),
            ("instructor", p.instructor, p.fb_instructor, p.improvements[1]),
        )
        for role, reviewer, status, (improvement, response, _change) in pairs:
            row: dict[str, Any] = {
                "round": first,
                "plan": p.key,
                "version": 1,
                "reviewer": reviewer,
                "role": role,
                "ratings": {},
                "good_points": "",
                "improvements": "",
                "support": "",
                "decision": None,
                "status": status,
                "response": "",
                "addressed_in_version": None,
            }
            if status != "requested":
                ratings, decision = _ratings(b)
                support = (
                    b.cat.supervisor_support if role == "supervisor" else b.cat.instructor_support
                )
                row.update(
                    ratings=ratings,
                    decision=decision,
                    good_points=rng.choice(b.cat.good_points),
                    improvements=improvement,
                    support=rng.choice(support),
                )
            if status == "addressed":
                row.update(response=response, addressed_in_version=2)
            feedback.append(row)
    # Round 2 (on the practice results) has just gone out for the plans furthest along.
    if second is not None:
        n = len(b.plans)
        ahead = sorted(b.plans, key=lambda p: (-p.progress, p.trainee.index))
        for p in sorted(ahead[: pick_count(n, 0.25, 2)], key=lambda p: p.trainee.index):
            feedback.append(
                {
                    "round": second,
                    "plan": p.key,
                    "version": 2,
                    "reviewer": p.trainee.supervisor,
                    "role": "supervisor",
                    "ratings": {},
                    "good_points": "",
                    "improvements": "",
                    "support": "",
                    "decision": None,
                    "status": "requested",
                    "response": "",
                    "addressed_in_version": None,
                }
            )
    b.doc["feedback"] = feedback


# --- phase 6: practice ------------------------------------------------------------------------


def _action_status(
    rng: random.Random, due: dt.date, today: dt.date, health: str, is_dx_step: bool
) -> tuple[str, int]:
    if health == "blocked" and is_dx_step:
        return "blocked", rng.choice((10, 20, 30, 40))
    if due < today:
        if health == "behind":
            return "doing", rng.choice((50, 60, 70, 80))
        return "done", 100
    if (due - today).days <= 7:
        return "doing", rng.choice((20, 30, 40, 50, 60, 70))
    return ("todo", 0) if health != "normal" or rng.random() < 0.6 else ("doing", 10)


def add_practice(b: Build) -> None:
    rng = b.rng
    n = len(b.plans)
    idx = list(range(n))
    picked = rng.sample(idx, pick_count(n, 0.08, 2) + pick_count(n, 0.1, 2))
    n_blocked = pick_count(n, 0.08, 2)
    for i in picked[:n_blocked]:
        b.plans[i].health = "blocked"
    for i in picked[n_blocked:]:
        b.plans[i].health = "behind"
    actions: list[dict[str, Any]] = []
    check_ins: list[dict[str, Any]] = []
    measurements: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for p, plan in zip(b.plans, b.doc["plans"], strict=True):
        steps = plan["versions"][-1]["steps"]
        progresses = []
        for s_i, step in enumerate(steps):
            due = dt.date.fromisoformat(step["due"])
            status, progress = _action_status(rng, due, b.today, p.health, s_i == 1)
            progresses.append(progress)
            actions.append(
                {
                    "key": f"a{len(actions) + 1}",
                    "plan": p.key,
                    "title": step["what"],
                    "owner": p.trainee.key,
                    "due": step["due"],
                    "status": status,
                    "progress": progress,
                }
            )
        p.progress = round(sum(progresses) / max(1, len(progresses)))
        check_ins += _check_ins(b, p)
        measurements += _measurements(b, p)
        if p.health == "normal" and p.progress >= 50 and rng.random() < 0.5:
            outcomes.append(_outcome(b, p))
    b.doc["actions"] = actions
    b.doc["check_ins"] = check_ins
    b.doc["measurements"] = measurements
    b.doc["outcomes"] = outcomes


def _check_ins(b: Build, p: PlanInfo) -> list[dict[str, Any]]:
    rng = b.rng
    last = b.today_offset
    if p.health == "behind":  # gone quiet: nothing, or one report at the very start
        early = min(PRACTICE_START + rng.randint(0, 2), last - STALE_DAYS - 1)
        days = [] if rng.random() < 0.5 else [early]
    else:
        days = [rng.randint(40, 43), rng.randint(47, min(50, last))]
        if rng.random() < 0.5:
            days.append(rng.randint(max(days[-1] + 1, last - 2), last))
    rows = []
    notes = b.cat.check_in_notes  # in the order of progress: a note follows its check-in's
    span = max(1, last - PRACTICE_START)
    for d in days:
        share = (d - PRACTICE_START) / span
        blocked = p.health == "blocked" and d >= 44
        progress = clamp(round(p.progress * share), 0, 100)
        rows.append(
            {
                "plan": p.key,
                "date": b.day(d).isoformat(),
                "progress": progress,
                "note": notes[min(len(notes) - 1, int(progress / 100 * len(notes)))],
                "obstacles": rng.choice(
                    b.cat.blocked_obstacles if blocked else b.cat.check_in_obstacles
                ),
                "support_needed": (
                    "上司から関係課へ調整をお願いしたい。"
                    if blocked
                    else rng.choice(b.cat.check_in_support)
                ),
            }
        )
    return rows


def _kpi(p: PlanInfo) -> tuple[str, int, int] | None:
    """The KPI: whichever part of the workload the change brings down (metric, before, after)."""
    issue = p.issue
    a_cases, a_minutes, a_people = p.after
    candidates = [
        ("件数（件/月）", round(issue["cases_per_year"] / 12), round(a_cases / 12)),
        ("処理時間（分/件）", int(issue["minutes_per_case"]), a_minutes),
        ("担当人数（人）", int(issue["people"]), a_people),
    ]
    return next((c for c in candidates if c[2] < c[1]), None)


def _measurements(b: Build, p: PlanInfo) -> list[dict[str, Any]]:
    rng = b.rng
    if p.health == "blocked" or b.day(38) >= b.today:
        return []
    kpi = _kpi(p)
    if kpi is None:
        return []
    metric, baseline, target = kpi
    share = p.progress / 100 * rng.uniform(0.5, 1.0)
    actual = round(baseline - (baseline - target) * share, 1)
    day = rng.randint(44, b.today_offset)
    return [
        {
            "plan": p.key,
            "metric": metric,
            "baseline": baseline,
            "target": target,
            "actual": int(actual) if actual == int(actual) else actual,
            "date": b.day(day).isoformat(),
        }
    ]


def _outcome(b: Build, p: PlanInfo) -> dict[str, Any]:
    rng = b.rng
    cases, minutes, people = (
        p.issue["cases_per_year"],
        p.issue["minutes_per_case"],
        p.issue["people"],
    )
    a_cases, a_minutes, a_people = p.after
    planned = (cases * minutes * people - a_cases * a_minutes * a_people) / 60
    return {
        "plan": p.key,
        "hours_saved_per_year": max(1, round(planned * rng.uniform(0.5, 0.9))),
        "effects": rng.choice(b.cat.outcome_effects),
        "spread_potential": rng.choice(b.cat.spread_potential),
    }
