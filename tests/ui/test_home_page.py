"""The home dashboard: programme, timeline, next actions (clicking one lands on the right page
and record), progress per phase, charts, and the navigator badges by the same rules."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QProgressBar
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dxworkshop.domain.next_actions import ActionKind
from dxworkshop.services import practice as practice_svc
from dxworkshop.services.demo import create_demo
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.main_window import MainWindow
from dxworkshop.ui.models.dashboard_models import KIND_ROLE, NextActionsModel
from dxworkshop.ui.pages.home_page import HomePage
from dxworkshop.ui.pages.practice_page import TRAINEE_TAB, PracticePage
from dxworkshop.ui.preferences import Preferences

TODAY = dt.date(2026, 10, 23)


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, in the practice on TODAY (each test works on its own copy)."""
    path = tmp_path_factory.mktemp("demo") / "demo.dxw"
    create_demo(path, today=TODAY, backup_root=path.parent / "backups").close()
    return path


@pytest.fixture
def home(demo_source: Path, tmp_path: Path, qtbot: QtBot, prefs: Preferences) -> Iterator[HomePage]:
    path = tmp_path / "demo.dxw"
    shutil.copy(demo_source, path)
    controller = WorkshopController(Workshop.open(path, backup_on_open=False))
    page = HomePage(controller, prefs, today=lambda: TODAY)
    controller.changed.connect(lambda topics: page.refresh(topics) if page.wants(topics) else None)
    qtbot.addWidget(page)
    page.resize(1040, 700)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.close()
    controller.close()


def row_of(model: NextActionsModel, kind: ActionKind) -> int:
    for row in range(model.rowCount()):
        if model.index(row, 0).data(KIND_ROLE) == kind.value:
            return row
    raise AssertionError(f"no {kind} action")


def test_home_shows_where_the_programme_stands(home: HomePage, qtbot: QtBot) -> None:
    assert home.ui.programmeName.text() == "令和8年度 市町村職員 業務改善・DX実践研修"
    assert home.schedule.rowCount() == 8
    assert home.schedule.next_row == 6  # the 4-week check-in on 27 Oct
    assert "職場実践 進捗報告（4週目）" in home.ui.todayStatus.text()
    assert home.timeline.session_at(home.timeline._xs()[6]) == home.schedule.row_at(6)
    bars = {bar.objectName(): bar for bar in home.ui.progressBox.findChildren(QProgressBar)}
    assert bars["progress_feedback_received_1"].format() == "75 / 80"
    assert bars["progress_outcomes_0"].format() == "16 / 40"
    assert "59%" in home.ui.statsLabel.text()
    # the charts come just after the page shows
    qtbot.waitUntil(lambda: home.chart_canvas("practice") is not None)
    for key in ("category", "hours", "practice"):
        assert home.chart_canvas(key) is not None
    drawn = home.chart_canvas("hours")
    home.refresh(frozenset({"scores"}))  # nothing the charts show changed: not redrawn
    home.draw_charts_now()
    assert home.chart_canvas("hours") is drawn
    assert [home.actions.index(r, 0).data(KIND_ROLE) for r in range(home.actions.rowCount())] == [
        "feedback_overdue",
        "blocked_items",
        "no_recent_check_in",
        "overdue_items",
    ]
    first = home.actions.index(0, 0)
    assert first.data() == "5 feedback request(s) overdue"
    assert "20" in home.actions.index(0, NextActionsModel.WHEN).data()  # 20 days past due
    assert home.actions.rowCount(first) == 5
    assert home.ui.actionsView.isVisible() and not home.ui.actionsEmpty.isVisible()


def test_next_actions_model_passes_the_model_tester(
    home: HomePage, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(home.actions)
    empty = NextActionsModel()
    qtmodeltester.check(empty)


def test_clicking_an_action_asks_for_its_place(home: HomePage, qtbot: QtBot) -> None:
    model = home.actions
    blocked = model.index(row_of(model, ActionKind.BLOCKED_ITEMS), 0)
    view = home.ui.actionsView
    with qtbot.waitSignal(home.navigate_requested) as opened:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(blocked).center()
        )
    action = model.action_at(blocked)
    assert action is not None
    assert opened.args == ["practice", action.records[0].target.record_id]
    view.expand(blocked)
    second = model.index(1, 0, blocked)
    with qtbot.waitSignal(home.navigate_requested) as opened:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center()
        )
    assert opened.args == ["practice", action.records[1].target.record_id]


def test_a_hidden_home_page_reloads_when_shown(home: HomePage) -> None:
    before = home.dashboard
    home.hide()
    home.refresh(frozenset({"practice"}))
    assert home.dashboard is before  # nothing read while hidden
    home.show()
    assert home.dashboard is not before


def test_an_empty_programme_has_nothing_to_do(
    tmp_path: Path, qtbot: QtBot, prefs: Preferences
) -> None:
    ws = new_programme(tmp_path / "t.dxw", "研修", start_date=dt.date(2026, 9, 1))
    controller = WorkshopController(ws)
    page = HomePage(controller, prefs, today=lambda: dt.date(2026, 8, 1))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    try:
        assert page.actions.rowCount() == 0
        assert page.ui.actionsEmpty.isVisible() and not page.ui.actionsView.isVisible()
        assert page.ui.statsLabel.text() == ""
        qtbot.waitUntil(lambda: page.chart_canvas("hours") is not None)  # "no data yet"
    finally:
        page.close()
        controller.close()


@pytest.fixture
def window(qtbot: QtBot, prefs: Preferences, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(prefs, backups=tmp_path / "backups")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_workshop()


@pytest.fixture
def today_demo(tmp_path: Path) -> Path:
    """The demo as of the real date (the window's home page uses the clock)."""
    path = tmp_path / "today.dxw"
    create_demo(path, backup_root=tmp_path / "backups").close()
    return path


def test_clicking_a_next_action_lands_on_the_right_page_and_record(
    window: MainWindow, today_demo: Path, qtbot: QtBot
) -> None:
    assert window.open_path(today_demo)
    home = window.page("home")
    assert isinstance(home, HomePage)
    assert window.stack.currentWidget() is home
    model = home.actions
    blocked = model.index(row_of(model, ActionKind.BLOCKED_ITEMS), 0)
    action = model.action_at(blocked)
    assert action is not None
    view = home.ui.actionsView
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(blocked).center()
    )
    practice = window.stack.currentWidget()
    assert isinstance(practice, PracticePage)
    assert window.navigator.currentItem().data(Qt.ItemDataRole.UserRole) == "practice"
    assert practice.ui.tabs.currentIndex() == TRAINEE_TAB
    trainee = action.records[0].target.record_id
    assert practice.trainee_id == trainee
    assert any(i.status.value == "blocked" for i in practice.items_model.rows())
    # back home: the second blocked item opens its own trainee
    window.navigate_to("home")
    view.expand(blocked)
    second = model.index(2, 0, blocked)
    home.open_index(second)
    assert window.stack.currentWidget() is practice
    assert practice.trainee_id == action.records[2].target.record_id
    # feedback lands on the feedback page, whoever built it
    feedback = model.index(row_of(model, ActionKind.FEEDBACK_OVERDUE), 0)
    home.open_index(feedback)
    assert window.navigator.currentItem().data(Qt.ItemDataRole.UserRole) == "feedback"
    assert window.stack.currentWidget() is window.page("feedback")
    assert window.navigate_to("nowhere") is None


def test_an_edit_elsewhere_reaches_home_and_the_badges(
    window: MainWindow, today_demo: Path
) -> None:
    window.open_path(today_demo)
    keys = [window.navigator.item(r).data(Qt.ItemDataRole.UserRole) for r in range(10)]
    practice_item = window.navigator.item(keys.index("practice"))
    assert "⚠" in practice_item.text()
    assert "blocked" in practice_item.toolTip()
    home = window.page("home")
    assert isinstance(home, HomePage)
    blocked = home.actions.action_at(
        home.actions.index(row_of(home.actions, ActionKind.BLOCKED_ITEMS), 0)
    )
    assert blocked is not None
    before_badge = practice_item.text()
    page = window.navigate_to("practice", blocked.records[0].target.record_id)
    assert isinstance(page, PracticePage)
    ws = window.workshop
    assert ws is not None
    item_id = blocked.records[0].id
    row = page.items_model.row_of_id(item_id)
    assert row is not None
    page.items_model.setData(page.items_model.index(row, 3), "doing")
    assert practice_svc.get_action_item(ws, item_id).status.value == "doing"
    assert practice_item.text() != before_badge  # one blocked item fewer
    window.navigate_to("home")
    again = home.actions.action_at(
        home.actions.index(row_of(home.actions, ActionKind.BLOCKED_ITEMS), 0)
    )
    assert again is not None and again.count == blocked.count - 1
    window.undo_action.trigger()
    assert practice_svc.get_action_item(ws, item_id).status.value == "blocked"
    assert practice_item.text() == before_badge


def test_a_session_on_the_timeline_opens_its_phase(home: HomePage, qtbot: QtBot) -> None:
    timeline = home.timeline
    x = timeline._xs()[2]  # the prioritisation session
    with qtbot.waitSignal(home.navigate_requested) as opened:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(x), 20))
    assert opened.args == ["prioritize", None]
