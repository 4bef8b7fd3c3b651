"""The demo's phase 0 (setup): the programme and its sessions, municipalities with their
departments, the people taking part (facilitators, instructors, DX contacts, supervisors,
trainees) and the work groups (班) that mix them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dxworkshop.domain.dates import fiscal_year_label
from dxworkshop.services import defaults
from dxworkshop.services.demo.build import Build, Trainee, local_government_code
from dxworkshop.services.demo.catalogues import Municipality


def add_programme(b: Build) -> None:
    fiscal_year = b.start.year if b.start.month >= 4 else b.start.year - 1
    n_munis = len(b.scale.municipalities)
    b.doc["programme"] = {
        "name": f"{fiscal_year_label(fiscal_year, wareki=True)} 市町村職員 業務改善・DX実践研修",
        "fiscal_year": fiscal_year,
        "organiser": b.cat.prefecture,
        "start_date": b.start.isoformat(),
        "end_date": b.day(defaults.schedule_length_days()).isoformat(),
        "description": (
            f"県内{n_munis}市町村の職員{b.scale.trainees}名が、事前ヒアリング・課題抽出・"
            "優先順位付け・改善計画の立案と上司・講師のフィードバックを経て、"
            "職場で業務改善・DXを実践する約2か月の研修。（デモデータ：人物・数値は架空です）"
        ),
        "prefecture": b.cat.prefecture,
    }


def _new_person(
    b: Build,
    *,
    title: str,
    roles: list[str],
    municipality: str | None = None,
    department: str | None = None,
    supervisor: str | None = None,
    domain: str,
) -> dict[str, Any]:
    rng = b.rng
    for _ in range(30):
        family, given = rng.choice(b.cat.family_names), rng.choice(b.cat.given_names)
        if f"{family.kanji} {given.kanji}" not in b.used_names:
            break
    name = f"{family.kanji} {given.kanji}"
    b.used_names.add(name)
    local = f"{family.romaji}-{given.romaji}"
    email = f"{local}@{domain}"
    n = 2
    while email in b.used_emails:
        email = f"{local}{n}@{domain}"
        n += 1
    b.used_emails.add(email)
    key = f"p{len(b.doc['people']) + 1}"
    person = {
        "key": key,
        "name": name,
        "kana": f"{family.kana} {given.kana}",
        "municipality": municipality,
        "department": department,
        "title": title,
        "email": email,
        "roles": roles,
        "supervisor": supervisor,
    }
    b.doc["people"].append(person)
    b.people_by_key[key] = person
    return person


def _allocate(total: int, weights: Sequence[int]) -> list[int]:
    """*total* split in proportion to *weights* (largest remainder), at least one each."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [max(1, int(s)) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    i = 0
    while sum(counts) < total:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts) > total:
        j = max(range(len(counts)), key=lambda k: (counts[k] - shares[k], k))
        counts[j] -= 1
    return counts


def add_people(b: Build) -> None:
    b.doc["municipalities"] = []
    b.doc["departments"] = []
    b.doc["people"] = []
    _outsiders(b)
    # Each region (a copy of the programme, see ``_scale``) splits its trainees alike.
    regions = b.scale.regions
    per_region = len(b.scale.municipalities) // regions
    weights = [m.weight for m in b.scale.municipalities[:per_region]]
    counts = _allocate(b.scale.trainees // regions, weights) * regions
    for muni, n_trainees in zip(b.scale.municipalities, counts, strict=True):
        _municipality(b, muni, n_trainees)


def _outsiders(b: Build) -> None:
    """The facilitators (prefecture staff) and instructors: no municipality, no department."""
    for _ in range(b.scale.facilitators):
        person = _new_person(
            b,
            title=b.cat.facilitator_title,
            roles=["facilitator"],
            domain=f"pref.{b.cat.prefecture_romaji}.example",
        )
        b.facilitators.append(person["key"])
    for i in range(b.scale.instructors):
        title = b.cat.instructor_titles[i % len(b.cat.instructor_titles)]
        domain = f"dx-kenshu.{b.cat.prefecture_romaji}.example"
        b.instructors.append(
            _new_person(b, title=title, roles=["instructor"], domain=domain)["key"]
        )


def _department(b: Build, mkey: str, name: str, is_city: bool) -> str:
    """The key of the municipality's department *name*, added on first use."""
    known = b.dept_keys.get((mkey, name))
    if known is not None:
        return known
    dkey = f"d{len(b.doc['departments']) + 1}"
    shown = "住民課" if name == "市民課" and not is_city else name
    b.doc["departments"].append({"key": dkey, "municipality": mkey, "name": shown})
    b.dept_keys[(mkey, name)] = dkey
    b.dept_shown[dkey] = shown
    return dkey


def _municipality(b: Build, muni: Municipality, n_trainees: int) -> None:
    """One municipality: its departments, DX contact, supervisors and trainees."""
    rng = b.rng
    mkey = f"m{len(b.doc['municipalities']) + 1}"
    b.municipalities.append((mkey, muni))
    code = local_government_code(muni.base_code)
    b.doc["municipalities"].append(
        {"key": mkey, "name": muni.name, "kana": muni.kana, "code": code}
    )
    domain = f"{muni.kind}.{muni.romaji}.example"
    is_city = muni.kind == "city"
    pool = b.cat.city_departments if is_city else b.cat.town_departments
    n_depts = min(len(pool), max(2, (n_trainees * 2 + 2) // 3))
    chosen = rng.sample(pool, n_depts)

    dx_dept = _department(b, mkey, "情報政策課" if is_city else "総務課", is_city)
    b.dx_contacts[mkey] = _new_person(
        b,
        title=rng.choice(("主査", "係長", "主任")),
        roles=["dx_contact"],
        municipality=mkey,
        department=dx_dept,
        domain=domain,
    )

    trainee_depts = [chosen[i % n_depts] for i in range(n_trainees)]
    supervisors: dict[str, list[str]] = {}
    for name in chosen:
        n_here = trainee_depts.count(name)
        if not n_here:
            continue
        dkey = _department(b, mkey, name, is_city)
        # A big section has both a 課長 and a 課長補佐 who each look after some trainees.
        titles = ["課長", "課長補佐"] if n_here > 3 else [rng.choice(("課長", "課長", "課長補佐"))]
        supervisors[name] = [
            _new_person(
                b, title=t, roles=["supervisor"], municipality=mkey, department=dkey, domain=domain
            )["key"]
            for t in titles
        ]
    seen: dict[str, int] = {}
    for name in trainee_depts:
        dkey = _department(b, mkey, name, is_city)
        nth = seen.get(name, 0)
        seen[name] = nth + 1
        sup = supervisors[name][nth % len(supervisors[name])]
        person = _new_person(
            b,
            title=rng.choice(b.cat.trainee_titles),
            roles=["trainee"],
            municipality=mkey,
            department=dkey,
            supervisor=sup,
            domain=domain,
        )
        b.trainees.append(
            Trainee(person["key"], person["name"], mkey, dkey, name, sup, len(b.trainees))
        )


def add_groups(b: Build) -> None:
    """Deal the trainees (listed municipality by municipality) round the groups, so each mixes."""
    n = b.scale.groups
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    keys = [f"g{i + 1}" for i in range(n)]
    members: list[list[str]] = [[] for _ in range(n)]
    for t in b.trainees:
        members[t.index % n].append(t.key)
        t.group = keys[t.index % n]
    for i, key in enumerate(keys):
        b.group_instructor[key] = b.instructors[i % len(b.instructors)]
    b.doc["groups"] = [
        {
            "key": key,
            "name": f"{letters[i]}班" if n <= len(letters) else f"{i + 1}班",
            "members": members[i],
        }
        for i, key in enumerate(keys)
    ]


def add_sessions(b: Build) -> None:
    b.doc["sessions"] = [
        {
            "key": f"s{i + 1}",
            "title": s.title,
            "phase": s.phase,
            "date": s.date.isoformat(),
            "place": s.place or b.cat.venue,
        }
        for i, s in enumerate(defaults.schedule(b.start))
    ]
