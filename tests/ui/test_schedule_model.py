from __future__ import annotations

import datetime as dt

from dxworkshop.domain.enums import Phase
from dxworkshop.services.programme import SessionRow
from dxworkshop.ui.models.schedule_model import ScheduleModel


def _rows() -> list[SessionRow]:
    return [
        SessionRow(1, "事前ヒアリング", Phase.HEARING, dt.date(2026, 9, 1), "各市町村"),
        SessionRow(2, "第1回研修", Phase.ISSUES, dt.date(2026, 9, 15), "県庁"),
        SessionRow(3, "臨時回", Phase.PLANS, None, ""),
    ]


def test_schedule_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ScheduleModel()
    qtmodeltester.check(model)
    model.set_rows(_rows(), dt.date(2026, 9, 10))
    qtmodeltester.check(model)


def test_next_session_is_marked() -> None:
    model = ScheduleModel()
    model.set_rows(_rows(), dt.date(2026, 9, 10))
    assert model.next_row == 1
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.index(1, ScheduleModel.TITLE).data() == "第1回研修"
    model.set_rows(_rows(), dt.date(2026, 9, 15))
    assert model.next_row == 1  # the day itself counts as "today", not past
    model.set_rows(_rows(), dt.date(2026, 12, 1))
    assert model.next_row is None
