"""The demo's phase 1 (pre-hearing): the hearing template, and a hearing of every
municipality — answered, with findings that quote its trainees' issues, or still waiting
for the sheet to come back — plus one follow-up visit still to come."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dxworkshop.services import defaults
from dxworkshop.services.demo.build import (
    Build,
    Trainee,
    clamp,
    issue_hours,
    weekday_on_or_before,
)
from dxworkshop.services.demo.catalogues import Municipality


def _hearing_template(b: Build) -> list[dict[str, Any]]:
    sections = []
    n = 0
    for i, section in enumerate(defaults.hearing_template()):
        questions = []
        for q in section["questions"]:
            n += 1
            questions.append(
                {
                    "key": f"q{n}",
                    "text": q["text"],
                    "kind": q["kind"],
                    "choices": list(q.get("choices", [])),
                }
            )
        sections.append({"key": f"sec{i + 1}", "title": section["title"], "questions": questions})
    b.doc["hearing_template"] = {"sections": sections}
    return [q for s in sections for q in s["questions"]]


def _answer(
    b: Build,
    q: dict[str, Any],
    muni: Municipality,
    quoted: list[dict[str, Any]],
    trainees: list[Trainee],
) -> Any:
    rng = b.rng
    kind, choices = q["kind"], q["choices"]
    if kind == "scale":
        return clamp(muni.maturity + rng.choice((-1, 0, 0, 1)), 0, len(choices) - 1)
    if kind == "choice":
        # Choices are listed from the most to the least advanced.
        ideal = round((3 - muni.maturity) / 3 * (len(choices) - 1))
        return choices[clamp(ideal + rng.choice((-1, 0, 0, 1)), 0, len(choices) - 1)]
    if kind == "number":
        return rng.randint(0, 10)
    if kind == "table":
        columns: list[str] = choices
        if "業務名" in columns:
            rows = []
            for issue in quoted:
                cells = {
                    "業務名": issue["process"],
                    "件数/年": issue["cases_per_year"],
                    "分/件": issue["minutes_per_case"],
                    "人数": issue["people"],
                    "困りごと": issue["title"],
                }
                rows.append([cells.get(c, "") for c in columns])
            return rows
        if "氏名" in columns:
            rows = []
            for t in trainees:
                sup = b.people_by_key[t.supervisor]["name"]
                cells = {"氏名": t.name, "所属": b.dept_shown[t.department], "上司": sup}
                rows.append([cells.get(c, "") for c in columns])
            return rows
        return []
    answers = b.cat.hearing_text_answers.get(q["text"], ())
    return rng.choice(answers) if answers else "特になし"


def _findings(
    b: Build,
    questions: list[dict[str, Any]],
    answers: dict[str, Any],
    quoted: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    rng = b.rng
    texts: list[str] = []
    not_started = [q for q in questions if q["kind"] == "scale" and answers.get(q["key"]) == 0]
    if not_started:
        texts.append(f"{rng.choice(not_started)['text']}が未着手。")
    texts.append(rng.choice(b.cat.hearing_findings))
    findings = [_finding(b, text) for text in texts]
    for issue in quoted:
        hours = issue_hours(issue)
        text = f"{issue['process']}：{issue['title']}（年間約{round(hours or 0):,}時間）"
        finding = _finding(b, text)
        findings.append(finding)
        issue["source"] = "hearing"
        issue["finding"] = finding["key"]
    return findings


def _finding(b: Build, text: str) -> dict[str, Any]:
    b.findings += 1
    return {"key": f"f{b.findings}", "text": text}


def add_hearings(b: Build) -> None:
    rng = b.rng
    questions = _hearing_template(b)
    hearings: list[dict[str, Any]] = []
    by_muni: dict[str, list[Trainee]] = {}
    for t in b.trainees:
        by_muni.setdefault(t.municipality, []).append(t)
    # The smallest municipalities are the ones whose sheet has not come back yet.
    order = sorted(range(len(b.municipalities)), key=lambda i: (b.municipalities[i][1].weight, -i))
    pending = set(order[: b.scale.planned_hearings])
    interviewers = b.facilitators + b.instructors[:2]
    for i, (mkey, muni) in enumerate(b.municipalities):
        contact = b.dx_contacts[mkey]
        trainees = by_muni.get(mkey, [])
        attendees = (
            f"{b.dept_shown[contact['department']]} {contact['title']} {contact['name']}、"
            f"{rng.choice(b.cat.attendee_extras)}"
        )
        day = weekday_on_or_before(b.day(rng.randint(1, 11)))
        hearing: dict[str, Any] = {
            "key": f"h{len(hearings) + 1}",
            "municipality": mkey,
            "department": None,
            "date": day.isoformat(),
            "interviewer": rng.choice(interviewers),
            "attendees": attendees,
            "status": "planned",
            "notes": "",
            "answers": {},
            "findings": [],
        }
        if i in pending:
            hearing["notes"] = (
                "ヒアリングシートを送付済み。日程が合わず、書面での回答を待っている。"
            )
        else:
            complete = [
                b.issue_by_key[k]
                for t in trainees
                for k in t.issues[:2]
                if issue_hours(b.issue_by_key[k]) is not None
            ]
            quoted = rng.sample(complete, min(len(complete), rng.randint(2, 3)))
            answers = {q["key"]: _answer(b, q, muni, quoted, trainees) for q in questions}
            hearing["status"] = "done"
            hearing["notes"] = rng.choice(b.cat.hearing_notes)
            hearing["answers"] = answers
            hearing["findings"] = _findings(b, questions, answers, quoted)
        hearings.append(hearing)
    # A follow-up at one department, still to come.
    t = b.trainees[rng.randrange(len(b.trainees))]
    hearings.append(
        {
            "key": f"h{len(hearings) + 1}",
            "municipality": t.municipality,
            "department": t.department,
            "date": weekday_on_or_before(
                b.today + dt.timedelta(days=rng.randint(2, 6))
            ).isoformat(),
            "interviewer": b.facilitators[0],
            "attendees": f"{b.dept_shown[t.department]}の職員",
            "status": "planned",
            "notes": "職場実践の状況確認を兼ねた追加ヒアリング。",
            "answers": {},
            "findings": [],
        }
    )
    b.doc["hearings"] = hearings
