"""The home dashboard: programme, timeline, next actions (clicking one lands on the right page
and record), progress per phase, charts, and the navigator badges by the same rules."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
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
from dxworkshop.services.ops import Changes
from dxworkshop.services.programme import new_programme
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.charts.dashboard import CategoryChart, HoursChart, PracticeChart
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
    controller.records_changed.connect(
        lambda changes: page.refresh(changes) if page.wants(changes) else None
    )
    page.refresh(Changes.everything())  # as the main window does when it makes a page
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
    db = home.dashboard
    assert db is not None
    category = home.chart_canvas("category")
    assert isinstance(category, CategoryChart)
    assert [b.issues for b in category.bars][:3] == [c.issues for c in db.categories][:3]
    others = category.bars[-1]  # more categories than the page shows
    assert len(category.bars) == 8 and others.label == "Others"
    assert others.issues == sum(c.issues for c in db.categories[7:])
    hours = home.chart_canvas("hours")
    assert isinstance(hours, HoursChart)
    assert hours.rows == db.hours[:8]
    assert hours.texts.expected == "Expected"  # the page's words (untranslated in tests)
    practice = home.chart_canvas("practice")
    assert isinstance(practice, PracticeChart)
    assert practice.points == db.practice and practice.end == db.milestones.practice_end
    assert practice.accessibleName() == home.ui.practiceChartBox.title()
    revisions = [home.chart_canvas(k).revision for k in ("category", "hours", "practice")]
    assert revisions == [1, 1, 1]
    home.refresh(
        Changes.of(score=None, vote=None, theme=None)
    )  # nothing the charts show changed: not redrawn
    home.draw_charts_now()
    assert home.chart_canvas("hours") is hours and hours.revision == 1
    home.reload(redraw_charts=True)  # asked to: the same widgets get the data again
    assert hours.revision == 1  # just after the reload, not during it
    home.draw_charts_now()
    assert home.chart_canvas("hours") is hours and hours.revision == 2
    assert category.revision == practice.revision == 2
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


def test_an_empty_programme_has_nothing_to_do(
    tmp_path: Path, qtbot: QtBot, prefs: Preferences
) -> None:
    ws = new_programme(tmp_path / "t.dxw", "研修", start_date=dt.date(2026, 9, 1))
    controller = WorkshopController(ws)
    page = HomePage(controller, prefs, today=lambda: dt.date(2026, 8, 1))
    page.refresh(Changes.everything())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    try:
        assert page.actions.rowCount() == 0
        assert page.ui.actionsEmpty.isVisible() and not page.ui.actionsView.isVisible()
        assert page.ui.statsLabel.text() == ""
        qtbot.waitUntil(lambda: page.chart_canvas("hours") is not None)
        for key in ("category", "hours", "practice"):
            chart = page.chart_canvas(key)
            assert chart is not None and chart.is_empty()
            assert chart.accessibleDescription() == "No data yet"
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


NO_MATPLOTLIB = """
import sys
from pathlib import Path

from dxworkshop.services.demo import create_demo
from dxworkshop.ui.app import Application, make_application
from dxworkshop.services.ops import Changes

folder = Path(sys.argv[1])
app = make_application()
shell = Application(app, backups=folder / "backups")
window = shell.window
window.set_workshop(create_demo(folder / "demo.dxw", backup_root=folder / "backups"))
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
home = window.page("home")
home.draw_charts_now()
app.processEvents()
window.grab()
assert window.stack.currentWidget() is home
charts = [home.chart_canvas(key) for key in ("category", "hours", "practice")]
assert all(c is not None and not c.is_empty() for c in charts), charts
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "matplotlib")
print("matplotlib modules:", loaded)
window.close_workshop()
"""


def test_the_home_page_never_imports_matplotlib(tmp_path: Path) -> None:
    """A fresh interpreter opens the demo on the home page with its charts drawn: no
    matplotlib (importing it and its Qt backend cost about a second at start-up)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DXWORKSHOP_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", NO_MATPLOTLIB, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=100,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "matplotlib modules: []" in result.stdout, result.stdout


def test_a_home_page_out_of_sight_catches_up_when_shown(
    window: MainWindow, today_demo: Path
) -> None:
    """The main window is the one refresh path: an edit made while another page is in
    sight reads nothing for the home page, which catches up when shown again."""
    from dxworkshop.services import issues

    assert window.open_path(today_demo)
    home = window.page("home")
    assert isinstance(home, HomePage)
    before = home.dashboard
    window.show_page("participants")
    assert window.controller is not None
    window.controller.run("課題を追加", issues.add_issue_op("押印の見直し"))
    assert home.dashboard is before  # nothing read while out of sight
    window.show_page("home")
    assert home.dashboard is not before and home.dashboard is not None
