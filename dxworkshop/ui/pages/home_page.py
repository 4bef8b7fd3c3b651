"""Home: the programme, where it stands on its schedule, what to do next, progress per
phase and the dashboard charts.

Everything comes from one read model (``services.dashboard.build_dashboard``). A next
action, or a session on the timeline, opens the page where it is dealt with (through the
window's ``navigate_to``). While the page is hidden a refresh only marks it stale; it
reloads when it is shown again, so edits elsewhere stay quick on a large programme. The
charts (native widgets, ``ui.charts``) get their data right after the rest shows,
and only when it changed.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from dxworkshop.domain.dates import fiscal_year_label
from dxworkshop.domain.enums import Phase
from dxworkshop.reports.charts import ChartTexts
from dxworkshop.services.dashboard import Dashboard, build_dashboard
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.services.programme import SessionRow
from dxworkshop.ui.charts.base import ChartWidget
from dxworkshop.ui.charts.dashboard import CategoryChart, HoursChart, PracticeChart
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.forms.ui_home_page import Ui_HomePage
from dxworkshop.ui.labels import date_label, is_japanese, phase_label
from dxworkshop.ui.models.dashboard_models import (
    TARGET_ROLE,
    NextActionsModel,
    measure_label,
    short_date,
)
from dxworkshop.ui.models.schedule_model import ScheduleModel
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences

HELD = QColor("#1d4ed8")
NEXT = QColor("#f59e0b")
AHEAD = QColor("#9ca3af")
TODAY = QColor("#dc2626")
LINE = QColor("#d1d5db")
MUTED = QColor("#6b7280")

#: the navigator page of a session's phase (setup is done on the participants page)
PAGE_OF_PHASE = {Phase.SETUP: "participants"}

CHARTS = ("category", "hours", "practice")


class ScheduleTimeline(QWidget):
    """The sessions on a line, the ones held in colour, the next one marked, and today."""

    session_clicked = Signal(object)  # SessionRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._today = dt.date.today()
        self._next: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_sessions(self, rows: list[SessionRow], today: dt.date, next_row: int | None) -> None:
        self._rows = list(rows)
        self._today = today
        self._next = next_row
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(600, int(line * 4.4) + 8)

    def _xs(self) -> list[float]:
        n = len(self._rows)
        left, right = 48.0, max(self.width() - 48.0, 60.0)
        if n == 1:
            return [(left + right) / 2]
        return [left + (right - left) * i / (n - 1) for i in range(n)]

    def _today_x(self, xs: list[float]) -> float | None:
        dated = [(x, r.date) for x, r in zip(xs, self._rows, strict=True) if r.date is not None]
        if not dated:
            return None
        if self._today < dated[0][1] or self._today > dated[-1][1]:
            return None
        for (x0, d0), (x1, d1) in itertools.pairwise(dated):
            if d0 <= self._today <= d1:
                span = (d1 - d0).days or 1
                return x0 + (x1 - x0) * (self._today - d0).days / span
        return dated[-1][0]

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        y = line * 1.5
        xs = self._xs()
        today_x = self._today_x(xs)
        painter.setPen(QPen(LINE, 3))
        painter.drawLine(QPointF(xs[0], y), QPointF(xs[-1], y))
        if today_x is not None:
            painter.setPen(QPen(HELD, 3))
            painter.drawLine(QPointF(xs[0], y), QPointF(today_x, y))
        gap = (xs[1] - xs[0]) if len(xs) > 1 else 160.0
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        for i, (x, row) in enumerate(zip(xs, self._rows, strict=True)):
            held = row.date is not None and row.date < self._today
            is_next = i == self._next
            colour = HELD if held else (NEXT if is_next else AHEAD)
            radius = 7.5 if is_next else 6.0
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(colour if held or is_next else QColor("white"))
            painter.drawEllipse(QPointF(x, y), radius, radius)
            box = QRectF(x - gap / 2 + 2, y + radius + 3, gap - 4, line)
            font = QFont(self.font())
            font.setBold(is_next)
            painter.setFont(font)
            painter.setPen(
                TODAY if row.date == self._today else (MUTED if held else QColor("#111827"))
            )
            date = short_date(row.date) if row.date else "—"
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), date)
            painter.setFont(small)
            painter.setPen(MUTED if held else QColor("#374151"))
            label = metrics.elidedText(
                phase_label(row.phase), Qt.TextElideMode.ElideRight, int(gap)
            )
            painter.drawText(box.translated(0, line), int(Qt.AlignmentFlag.AlignHCenter), label)
        if today_x is not None:
            painter.setPen(QPen(TODAY, 2))
            painter.drawLine(QPointF(today_x, y - line * 0.9), QPointF(today_x, y + 4))
            painter.setFont(small)
            text = self.tr("Today")
            width = metrics.horizontalAdvance(text) + 8
            painter.drawText(
                QRectF(today_x - width / 2, 0, width, line),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )
        painter.end()

    def session_at(self, x: float) -> SessionRow | None:
        xs = self._xs()
        if not xs:
            return None
        nearest = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
        gap = (xs[1] - xs[0]) / 2 if len(xs) > 1 else 80.0
        return self._rows[nearest] if abs(xs[nearest] - x) <= gap else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self.session_at(event.position().x())  # type: ignore[attr-defined]
            if row is not None:
                parts = [row.title, date_label(row.date, weekday=True)]
                if row.place:
                    parts.append(row.place)
                QToolTip.showText(event.globalPosition().toPoint(), "\n".join(parts), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.session_at(event.position().x())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.session_clicked.emit(row)
        super().mousePressEvent(event)


class HomePage(Page):
    kinds = Kind.ALL  # everything: the dashboard sums up the whole programme

    #: (page key, record id | None): an item asked to open where it is fixed
    navigate_requested = Signal(str, object)

    def __init__(
        self,
        controller: WorkshopController,
        prefs: Preferences,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self._today = today
        self.dashboard: Dashboard | None = None
        self._chart_data: object = None  # what the charts show now
        self._pending: Dashboard | None = None  # charts still to draw
        # Charts get their data just after the rest of the page shows, and only when it
        # changed (they are painted natively: start-up never imports matplotlib).
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._progress_rows: list[QWidget] = []
        self.ui.programmeName.setObjectName("programmeName")
        font = self.ui.programmeName.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.programmeName.setFont(font)
        self.ui.programmeDetails.setStyleSheet("color: #4b5563;")
        self.ui.todayStatus.setStyleSheet(
            "QLabel { background: #eff6ff; border-radius: 6px; padding: 6px 10px; }"
        )
        self.schedule = ScheduleModel()
        self.timeline = ScheduleTimeline(self.ui.timelineFrame)
        self.timeline.setObjectName("timeline")
        self.ui.timelineLayout.addWidget(self.timeline)
        self.actions = NextActionsModel()
        view = self.ui.actionsView
        view.setModel(self.actions)
        view.setRootIsDecorated(True)
        view.setCursor(Qt.CursorShape.PointingHandCursor)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NextActionsModel.ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NextActionsModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.actionsEmpty.setStyleSheet("color: #047857; padding: 24px;")
        self.ui.actionsEmpty.hide()
        self.ui.topSplitter.setStretchFactor(0, 3)
        self.ui.topSplitter.setStretchFactor(1, 2)
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.category_chart = CategoryChart(self.ui.categoryChartBox)
        self.hours_chart = HoursChart(self.ui.hoursChartBox)
        self.practice_chart = PracticeChart(self.ui.practiceChartBox)
        self._charts: dict[str, ChartWidget] = {
            "category": self.category_chart,
            "hours": self.hours_chart,
            "practice": self.practice_chart,
        }
        for key, box, layout in (
            ("category", self.ui.categoryChartBox, self.ui.categoryChartLayout),
            ("hours", self.ui.hoursChartBox, self.ui.hoursChartLayout),
            ("practice", self.ui.practiceChartBox, self.ui.practiceChartLayout),
        ):
            chart = self._charts[key]
            chart.setObjectName(f"{key}Chart")
            chart.setAccessibleName(box.title())
            layout.addWidget(chart)
        self._split = False
        self._connect()

    def _connect(self) -> None:
        self.ui.actionsView.clicked.connect(self.open_index)
        self.ui.actionsView.activated.connect(self.open_index)
        self.timeline.session_clicked.connect(self._session_clicked)
        self._chart_timer.timeout.connect(self.draw_charts_now)

    # -- Page -------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """The dashboard sums up everything: any change is read again (the main window
        calls this for the page in sight, and when the page is shown again)."""
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._split:
            self._split = True
            height = max(self.ui.mainSplitter.height(), 480)
            self.ui.mainSplitter.setSizes([height * 11 // 20, height * 9 // 20])
            width = max(self.ui.topSplitter.width(), 800)
            self.ui.topSplitter.setSizes([width * 3 // 5, width * 2 // 5])

    def reload(self, *, redraw_charts: bool = False) -> None:
        """Build the dashboard and show it (the charts when their data changed, or when
        *redraw_charts*; they are drawn just after, see ``draw_charts_now``)."""
        today = self._today()
        self.dashboard = db = build_dashboard(self.controller.workshop, today)
        wareki = bool(self.prefs.get("ui/wareki"))
        self._show_programme(db, wareki)
        self.schedule.set_rows(list(db.sessions), today, wareki)
        self.timeline.set_sessions(list(db.sessions), today, self.schedule.next_row)
        self.ui.todayStatus.setText(self._today_text(list(db.sessions), today, wareki))
        self.actions.set_actions(db.actions)
        self._expand_short_actions()
        self.ui.actionsView.setVisible(bool(db.actions))
        self.ui.actionsEmpty.setVisible(not db.actions)
        self._show_progress(db)
        data = (db.categories, db.hours, db.practice, db.milestones, self._chart_scale())
        if redraw_charts or data != self._chart_data:
            self._chart_data = data
            self._pending = db
            self._chart_timer.start()

    def draw_charts_now(self) -> None:
        """Draw the charts waiting to be drawn (the timer does it after a reload)."""
        self._chart_timer.stop()
        db, self._pending = self._pending, None
        if db is not None:
            self._draw_charts(db)

    def _chart_scale(self) -> float:
        return 1.2 * float(self.prefs.get("ui/font_scale") or 1.0)

    def _expand_short_actions(self, few: int = 5, rows: int = 14) -> None:
        """Open the actions about a few records, so their names show, while they fit."""
        shown = self.actions.rowCount()
        for row in range(self.actions.rowCount()):
            index = self.actions.index(row, 0)
            count = self.actions.rowCount(index)
            if count <= few and shown + count <= rows:
                self.ui.actionsView.expand(index)
                shown += count

    # -- header ---------------------------------------------------------------------------------

    def _show_programme(self, db: Dashboard, wareki: bool) -> None:
        info = db.programme
        self.ui.programmeName.setText(info.name or self.tr("(untitled programme)"))
        parts = []
        if info.fiscal_year:
            parts.append(
                fiscal_year_label(info.fiscal_year, wareki)
                if is_japanese()
                else self.tr("FY{year}").format(year=info.fiscal_year)
            )
        if info.organiser:
            parts.append(self.tr("Organiser: {name}").format(name=info.organiser))
        if info.start_date or info.end_date:
            parts.append(
                self.tr("{start} – {end}").format(
                    start=date_label(info.start_date, wareki=wareki),
                    end=date_label(info.end_date, wareki=wareki),
                )
            )
        self.ui.programmeDetails.setText("　".join(parts) if parts else self.tr("No dates yet."))
        measured = sum(h.measured for h in db.hours)
        expected = sum(h.expected for h in db.hours)
        stats = []
        if db.average_progress is not None and db.practice:
            stats.append(
                self.tr("Practice <b style='font-size:large'>{percent}%</b>").format(
                    percent=round(db.average_progress)
                )
            )
        if expected or measured:
            stats.append(
                self.tr(
                    "Hours saved <b style='font-size:large'>{measured}</b> / {expected} h a year"
                ).format(measured=f"{measured:,.0f}", expected=f"{expected:,.0f}")
            )
        self.ui.statsLabel.setText("<br>".join(stats))

    def _today_text(self, sessions: list[SessionRow], today: dt.date, wareki: bool) -> str:
        today_text = date_label(today, wareki=wareki, weekday=True)
        if not sessions:
            return self.tr(
                "Today is {today}. The programme has no sessions yet: "
                "add them in Programme settings."
            ).format(today=today_text)
        nxt = self.schedule.next_row
        if nxt is None:
            return self.tr("Today is {today}. Every session has been held.").format(
                today=today_text
            )
        session = sessions[nxt]
        if session.date == today:
            return self.tr("Today is {today}: {title}.").format(
                today=today_text, title=session.title
            )
        assert session.date is not None
        days = (session.date - today).days
        return self.tr("Today is {today}. Next: {title} in %n day(s).", "", days).format(
            today=today_text, title=session.title
        )

    # -- progress --------------------------------------------------------------------------------

    def _show_progress(self, db: Dashboard) -> None:
        grid = self.ui.progressGrid
        for widget in self._progress_rows:
            grid.removeWidget(widget)
            widget.deleteLater()
        self._progress_rows = []
        box = self.ui.progressBox
        previous: Phase | None = None
        phase_font = QFont(self.font())
        phase_font.setBold(True)
        for row, line in enumerate(db.lines):
            phase = QLabel(phase_label(line.phase) if line.phase != previous else "", box)
            phase.setFont(phase_font)
            phase.setStyleSheet("color: #374151;")
            previous = line.phase
            measure = QLabel(measure_label(line), box)
            if line.round_title:
                measure.setToolTip(line.round_title)
            bar = QProgressBar(box)
            bar.setMaximum(max(line.total, 1))
            bar.setValue(min(line.done, line.total))
            bar.setFormat(f"{line.done} / {line.total}" if line.total else "—")
            bar.setFixedHeight(max(14, self.fontMetrics().height()))
            bar.setObjectName(f"progress_{line.measure.value}_{line.round_number or 0}")
            complete = line.total > 0 and line.done >= line.total
            bar.setStyleSheet(
                "QProgressBar { border: none; background: #e5e7eb; border-radius: 4px;"
                " text-align: center; }"
                f"QProgressBar::chunk {{ background: {'#10b981' if complete else '#60a5fa'};"
                " border-radius: 4px; }"
            )
            for column, widget in enumerate((phase, measure, bar)):
                grid.addWidget(widget, row, column)
                self._progress_rows.append(widget)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(db.lines), 1)

    # -- charts ----------------------------------------------------------------------------------

    def _chart_texts(self) -> ChartTexts:
        return ChartTexts(
            categories_title="",
            issues=self.tr(" issues"),
            uncategorised=self.tr("No category"),
            hours_title="",
            expected=self.tr("Expected"),
            measured=self.tr("Measured (reported / plans)"),
            measured_label=self.tr("{hours} ({done}/{plans})"),
            hours_unit=self.tr("hours a year"),
            more_municipalities=self.tr("and {n} more"),
            others=self.tr("Others"),
            progress_title="",
            progress=self.tr("Average progress"),
            planned_pace=self.tr("Steady pace"),
            no_data=self.tr("No data yet"),
        )

    def _draw_charts(self, db: Dashboard) -> None:
        texts = self._chart_texts()
        scale = self._chart_scale()
        stones = db.milestones
        self.category_chart.set_data(db.categories, texts=texts, text_scale=scale, max_rows=8)
        self.hours_chart.set_data(db.hours, texts=texts, text_scale=scale, max_rows=8)
        self.practice_chart.set_data(
            db.practice,
            start=stones.practice_start,
            end=stones.practice_end,
            texts=texts,
            text_scale=scale,
        )

    def chart_canvas(self, key: str) -> ChartWidget | None:
        """The chart widget ("category", "hours" or "practice"), once drawn (the same
        widget from then on: a redraw gives it new data)."""
        chart = self._charts.get(key)
        return chart if chart is not None and chart.revision else None

    # -- navigation ------------------------------------------------------------------------------

    def open_index(self, index: QModelIndex) -> None:
        """Open where the clicked action (or one of its records) is fixed."""
        target = index.data(TARGET_ROLE)
        if target is None:
            return
        page, record = target
        self.open_target(page, record)

    def open_target(self, page: str, record_id: int | None) -> None:
        self.navigate_requested.emit(page, record_id)
        navigate = getattr(self.window(), "navigate_to", None)
        if callable(navigate):
            navigate(page, record_id)

    def _session_clicked(self, row: SessionRow) -> None:
        self.open_target(PAGE_OF_PHASE.get(row.phase, row.phase.value), None)
