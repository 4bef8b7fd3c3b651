"""A small programme for the plan and feedback tests: two supervisors, three trainees with
themes, two instructors; built through the services on a real file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dxworkshop.domain.enums import Role
from dxworkshop.services import issues, people, prioritize
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop

START = dt.date(2026, 9, 1)
ROUND1_DUE = dt.date(2026, 10, 3)  # start + 32 days (schedule.json)


@dataclass
class Setup:
    ws: Workshop
    city: int
    town: int
    sup_a: int  # supervises trainees[0] and trainees[1]
    sup_b: int  # supervises trainees[2]
    instructors: list[int]
    trainees: list[int]
    issues: list[int]


def build(path: Path, name: str = "令和8年度 業務改善研修") -> Setup:
    ws = new_programme(path, name, fiscal_year=2026, start_date=START)
    city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020").id
    town = people.add_municipality(ws, "早島町", "はやしまちょう", "334235").id
    sup_a = people.add_person(
        ws, "岡田 課長", kana="おかだ かちょう", municipality_id=city, roles=[Role.SUPERVISOR]
    ).id
    sup_b = people.add_person(
        ws, "早川 係長", kana="はやかわ かかりちょう", municipality_id=town, roles=[Role.SUPERVISOR]
    ).id
    instructors = [
        people.add_person(ws, n, kana=k, roles=[Role.INSTRUCTOR]).id
        for n, k in (("講師 一郎", "こうし いちろう"), ("講師 二郎", "こうし じろう"))
    ]
    trainees = []
    for name_, kana, muni, sup in (
        ("山田 太郎", "やまだ たろう", city, sup_a),
        ("佐藤 花子", "さとう はなこ", city, sup_a),
        ("鈴木 次郎", "すずき じろう", town, sup_b),
    ):
        trainees.append(
            people.add_person(
                ws,
                name_,
                kana=kana,
                municipality_id=muni,
                roles=[Role.TRAINEE],
                supervisor_id=sup,
            ).id
        )
    issue_ids = []
    for owner, title, process, description, load in (
        (
            trainees[0],
            "住民票の写しの郵送請求",
            "郵送請求の処理",
            "請求書を手入力で転記している",
            (1200, 15, 2),
        ),
        (trainees[1], "会議録の作成", "会議録作成", "録音を聞いて手で起こしている", (48, 240, 1)),
        (trainees[2], "窓口の待ち時間", "窓口受付", "申請書の記入に時間がかかる", (None, 10, 3)),
    ):
        cases, minutes, staff = load
        issue_ids.append(
            issues.add_issue(
                ws,
                title,
                owner,
                process=process,
                description=description,
                cases_per_year=cases,
                minutes_per_case=minutes,
                people=staff,
            ).id
        )
    for trainee, issue in zip(trainees, issue_ids, strict=True):
        prioritize.set_theme(ws, trainee, issue)
    return Setup(ws, city, town, sup_a, sup_b, instructors, trainees, issue_ids)
