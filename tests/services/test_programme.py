from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dxworkshop.domain.enums import Phase
from dxworkshop.services import programme as svc
from dxworkshop.services.errors import NotFound, ValidationError

START = dt.date(2026, 9, 1)


def test_new_programme_has_every_default(tmp_path: Path) -> None:
    with svc.new_programme(
        tmp_path / "p.dxw",
        "  令和8年度　業務改善研修 ",
        fiscal_year=2026,
        organiser="岡山県",
        start_date=START,
    ) as w:
        info = svc.get_programme(w)
        assert info.name == "令和8年度 業務改善研修"  # 全角 space and padding cleaned
        assert info.organiser == "岡山県"
        assert info.end_date == START + dt.timedelta(days=63)
        assert "手入力・転記" in info.issue_categories
        assert "RPA" in info.dx_means_catalogue
        sessions = svc.list_sessions(w)
        assert [s.phase for s in sessions][:3] == [Phase.HEARING, Phase.ISSUES, Phase.PRIORITIZE]
        assert sessions[0].date == START
        counts = svc.counts(w)
        assert counts["criteria"] == 4
        assert counts["sessions"] == 8


def test_new_programme_without_start_date_has_no_schedule(tmp_path: Path) -> None:
    with svc.new_programme(tmp_path / "p.dxw", "研修") as w:
        assert svc.list_sessions(w) == []
        assert svc.get_programme(w).end_date is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "　 "}, "name"),
        ({"name": "x", "fiscal_year": 1900}, "fiscal_year"),
        ({"name": "x", "start_date": dt.date(2200, 1, 1)}, "start_date"),
    ],
)
def test_new_programme_refuses_bad_input_and_creates_nothing(
    tmp_path: Path, kwargs: dict, field: str
) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as err:
        svc.new_programme(tmp_path / "p.dxw", **kwargs)
    assert err.value.field == field
    assert [p.name for p in tmp_path.iterdir() if "p.dxw" in p.name] == []


def test_update_programme(tmp_path: Path) -> None:
    with svc.new_programme(tmp_path / "p.dxw", "研修", start_date=START) as w:
        info = svc.update_programme(w, name="新しい名前", description="  説明 ")
        assert info.name == "新しい名前" and info.description == "説明"
        with pytest.raises(ValidationError) as err:
            svc.update_programme(w, end_date=START - dt.timedelta(days=1))
        assert err.value.code == "before_start"
        assert svc.get_programme(w).end_date == START + dt.timedelta(days=63)


def test_sessions_add_update_soft_delete_and_restore(tmp_path: Path) -> None:
    with svc.new_programme(tmp_path / "p.dxw", "研修", start_date=START) as w:
        added = svc.add_session(w, "臨時回", "plans", START + dt.timedelta(days=40), "県庁")
        assert added.phase is Phase.PLANS
        changed = svc.update_session(w, added.id, title="臨時回（変更）", clear_date=True)
        assert changed.date is None and changed.title == "臨時回（変更）"
        assert svc.list_sessions(w)[-1].id == added.id  # undated last
        svc.set_session_deleted(w, added.id, True)
        assert added.id not in [s.id for s in svc.list_sessions(w)]
        svc.set_session_deleted(w, added.id, False)
        assert added.id in [s.id for s in svc.list_sessions(w)]
        with pytest.raises(ValidationError):
            svc.add_session(w, "x", "nonsense", None)
        with pytest.raises(NotFound):
            svc.update_session(w, 9999, title="x")


def test_current_session_index() -> None:
    sessions = [
        svc.SessionRow(1, "a", Phase.HEARING, dt.date(2026, 9, 1), ""),
        svc.SessionRow(2, "b", Phase.ISSUES, dt.date(2026, 9, 15), ""),
    ]
    assert svc.current_session_index(sessions, dt.date(2026, 8, 1)) == 0
    assert svc.current_session_index(sessions, dt.date(2026, 9, 2)) == 1
    assert svc.current_session_index(sessions, dt.date(2026, 9, 15)) == 1
    assert svc.current_session_index(sessions, dt.date(2026, 10, 1)) is None


def test_edits_are_durable_when_the_call_returns(tmp_path: Path) -> None:
    path = tmp_path / "p.dxw"
    w = svc.new_programme(path, "研修")
    svc.update_programme(w, organiser="広島県")
    # A second, read-only connection sees the committed change while the file is open.
    from dxworkshop.store.readonly import open_readonly

    with open_readonly(path) as reader:
        assert svc.get_programme(reader).organiser == "広島県"
    w.close()


def test_year_and_dates_can_be_cleared_and_set_back(tmp_path: Path) -> None:
    with svc.new_programme(tmp_path / "p.dxw", "研修", fiscal_year=2026, start_date=START) as w:
        cleared = svc.update_programme(w, fiscal_year=None, start_date=None)
        assert cleared.fiscal_year is None and cleared.start_date is None
        assert cleared.end_date == START + dt.timedelta(days=63)  # left out: unchanged
        back = svc.update_programme(w, fiscal_year=2026, start_date=START)
        assert back.fiscal_year == 2026 and back.start_date == START
