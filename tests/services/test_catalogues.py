from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from dxworkshop.services import catalogues as svc
from dxworkshop.services.catalogues import Catalogue
from dxworkshop.services.errors import NotFound, ValidationError
from dxworkshop.services.programme import get_programme, new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop

KINDS = [Catalogue.ISSUE_CATEGORIES, Catalogue.DX_MEANS]


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    with new_programme(tmp_path / "t.dxw", "研修") as w:
        yield w


def add_issue(w: Workshop, categories: list[str], deleted: bool = False) -> int:
    import datetime as dt

    with w.session() as session:
        issue = m.Issue(
            title="課題",
            categories=categories,
            deleted_at=dt.datetime.now(dt.UTC) if deleted else None,
        )
        session.add(issue)
        session.commit()
        assert issue.id is not None
        return issue.id


def issue_tags(w: Workshop, issue_id: int) -> list[str]:
    with w.session() as session:
        issue = session.get(m.Issue, issue_id)
        assert issue is not None
        return list(issue.categories)


def test_defaults(ws: Workshop) -> None:
    assert svc.get_issue_categories(ws)[:2] == ("紙・押印", "手入力・転記")
    assert "RPA" in svc.get_dx_means(ws)
    assert svc.get_catalogue(ws, Catalogue.DX_MEANS) == get_programme(ws).dx_means_catalogue


@pytest.mark.parametrize("kind", KINDS)
def test_set_catalogue_cleans_and_keeps_order(ws: Workshop, kind: Catalogue) -> None:
    result = svc.set_catalogue(ws, kind, [" B ", "A", "C　D"])
    assert result == ("B", "A", "C D")
    assert svc.get_catalogue(ws, kind) == result
    other = KINDS[1 - KINDS.index(kind)]
    assert "B" not in svc.get_catalogue(ws, other)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("entries", "code"), [(["A", " "], "empty"), (["A", "B", " A"], "duplicate")]
)
def test_set_catalogue_refuses_empty_and_duplicate_entries(
    ws: Workshop, kind: Catalogue, entries: list[str], code: str
) -> None:
    before = svc.get_catalogue(ws, kind)
    with pytest.raises(ValidationError) as err:
        svc.set_catalogue(ws, kind, entries)
    assert (err.value.field, err.value.code) == (kind.value, code)
    assert svc.get_catalogue(ws, kind) == before


def test_named_setters(ws: Workshop) -> None:
    assert svc.set_issue_categories(ws, ["紙"]) == ("紙",)
    assert svc.set_dx_means(ws, ["RPA"]) == ("RPA",)
    assert get_programme(ws).issue_categories == ("紙",)
    assert get_programme(ws).dx_means_catalogue == ("RPA",)


def test_add_remove_move_entries(ws: Workshop) -> None:
    svc.set_dx_means(ws, ["A", "B", "C"])
    assert svc.add_entry(ws, Catalogue.DX_MEANS, " 生成AI ") == ("A", "B", "C", "生成AI")
    assert svc.add_entry(ws, Catalogue.DX_MEANS, "Z", 0)[0] == "Z"
    with pytest.raises(ValidationError) as err:
        svc.add_entry(ws, Catalogue.DX_MEANS, "A")
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        svc.add_entry(ws, Catalogue.DX_MEANS, "")
    assert err.value.code == "empty"
    assert svc.remove_entry(ws, Catalogue.DX_MEANS, "Z") == ("A", "B", "C", "生成AI")
    with pytest.raises(NotFound):
        svc.remove_entry(ws, Catalogue.DX_MEANS, "Z")
    assert svc.move_entry(ws, Catalogue.DX_MEANS, "C", 0) == ("C", "A", "B", "生成AI")
    assert svc.move_entry(ws, Catalogue.DX_MEANS, "C", 99) == ("A", "B", "生成AI", "C")


def test_rename_dx_means(ws: Workshop) -> None:
    svc.set_dx_means(ws, ["A", "B"])
    assert svc.rename_entry(ws, Catalogue.DX_MEANS, "A", " A2 ") == ("A2", "B")
    assert svc.rename_entry(ws, Catalogue.DX_MEANS, "A2", "A2") == ("A2", "B")
    with pytest.raises(ValidationError) as err:
        svc.rename_entry(ws, Catalogue.DX_MEANS, "A2", "B")
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        svc.rename_entry(ws, Catalogue.DX_MEANS, "A2", "  ")
    assert err.value.code == "empty"
    with pytest.raises(NotFound):
        svc.rename_entry(ws, Catalogue.DX_MEANS, "nope", "x")
    assert svc.get_dx_means(ws) == ("A2", "B")


def test_renaming_a_category_retags_issues_and_undo_restores(ws: Workshop) -> None:
    svc.set_issue_categories(ws, ["紙・押印", "手入力"])
    live = add_issue(ws, ["紙・押印", "手入力"])
    gone = add_issue(ws, ["手入力"], deleted=True)
    other = add_issue(ws, ["紙・押印"])
    assert svc.rename_entry(ws, Catalogue.ISSUE_CATEGORIES, "手入力", "手入力・転記") == (
        "紙・押印",
        "手入力・転記",
    )
    assert issue_tags(ws, live) == ["紙・押印", "手入力・転記"]
    assert issue_tags(ws, gone) == ["手入力・転記"]
    assert issue_tags(ws, other) == ["紙・押印"]
    svc.rename_entry(ws, Catalogue.ISSUE_CATEGORIES, "手入力・転記", "手入力")
    assert issue_tags(ws, live) == ["紙・押印", "手入力"]
    assert issue_tags(ws, gone) == ["手入力"]


def test_rename_refused_when_the_new_name_is_already_a_tag(ws: Workshop) -> None:
    svc.set_issue_categories(ws, ["紙・押印"])
    issue = add_issue(ws, ["紙・押印", "押印"])  # "押印" was removed from the list earlier
    with pytest.raises(ValidationError) as err:
        svc.rename_entry(ws, Catalogue.ISSUE_CATEGORIES, "紙・押印", "押印")
    assert (err.value.field, err.value.code) == ("issue_categories", "tag_in_use")
    assert issue_tags(ws, issue) == ["紙・押印", "押印"]
    assert svc.get_issue_categories(ws) == ("紙・押印",)


def test_usage_counts(ws: Workshop) -> None:
    add_issue(ws, ["紙・押印", "手入力・転記"])
    add_issue(ws, ["紙・押印"])
    add_issue(ws, ["紙・押印"], deleted=True)
    assert svc.usage(ws, Catalogue.ISSUE_CATEGORIES) == {"紙・押印": 2, "手入力・転記": 1}
    with ws.session() as session:
        person = m.Person(name="岡山 太郎")
        issue = session.exec(select(m.Issue)).first()
        session.add(person)
        session.flush()
        assert person.id is not None and issue is not None and issue.id is not None
        plan = m.Plan(issue_id=issue.id, trainee_id=person.id)
        session.add(plan)
        session.flush()
        assert plan.id is not None
        session.add(m.PlanVersion(plan_id=plan.id, number=1, dx_means=["RPA", "AI-OCR"]))
        session.add(m.PlanVersion(plan_id=plan.id, number=2, dx_means=["RPA"]))
        session.commit()
    assert svc.usage(ws, Catalogue.DX_MEANS) == {"RPA": 1}
