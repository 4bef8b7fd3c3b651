"""Home: the programme, its schedule with today's position, and progress per phase."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHeaderView, QLabel, QProgressBar, QWidget

from dxworkshop.domain.dates import fiscal_year_label
from dxworkshop.domain.enums import Phase
from dxworkshop.services.programme import SessionRow, get_programme, list_sessions
from dxworkshop.services.progress import phase_progress
from dxworkshop.ui.controller import Topic, WorkshopController
from dxworkshop.ui.forms.ui_home_page import Ui_HomePage
from dxworkshop.ui.labels import date_label, is_japanese, phase_label
from dxworkshop.ui.models.schedule_model import ScheduleModel
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences


class HomePage(Page):
    topics = frozenset(
        {
            Topic.PROGRAMME,
            Topic.SESSIONS,
            Topic.PEOPLE,
            Topic.MUNICIPALITIES,
            Topic.HEARINGS,
            Topic.ISSUES,
            Topic.SCORES,
            Topic.PLANS,
            Topic.FEEDBACK,
            Topic.PRACTICE,
        }
    )

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
        self.ui.programmeName.setObjectName("programmeName")
        font = self.ui.programmeName.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.programmeName.setFont(font)
        self.schedule = ScheduleModel()
        self.ui.scheduleView.setModel(self.schedule)
        header = self.ui.scheduleView.horizontalHeader()
        header.setSectionResizeMode(ScheduleModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScheduleModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ScheduleModel.PHASE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScheduleModel.PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ScheduleModel.PLACE, 140)
        header.setStretchLastSection(False)
        self.ui.outer.setStretch(self.ui.outer.indexOf(self.ui.splitter), 1)
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 2)
        self._bars: dict[Phase, tuple[QLabel, QProgressBar]] = {}
        for row, phase in enumerate(Phase):
            label = QLabel(phase_label(phase), self.ui.progressBox)
            bar = QProgressBar(self.ui.progressBox)
            bar.setTextVisible(True)
            self.ui.progressGrid.addWidget(label, row, 0)
            self.ui.progressGrid.addWidget(bar, row, 1)
            self._bars[phase] = (label, bar)
        self.ui.progressGrid.setRowStretch(len(Phase), 1)

    def refresh(self, topics: frozenset[str]) -> None:
        workshop = self.controller.workshop
        wareki = bool(self.prefs.get("ui/wareki"))
        info = get_programme(workshop)
        today = self._today()
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
        sessions = list_sessions(workshop)
        self.schedule.set_rows(sessions, today, wareki)
        self.ui.todayStatus.setText(self._today_text(sessions, today, wareki))
        if self.schedule.next_row is not None:
            self.ui.scheduleView.scrollTo(self.schedule.index(self.schedule.next_row, 0))
        for phase, progress in phase_progress(workshop).items():
            label, bar = self._bars[phase]
            label.setText(phase_label(phase))
            bar.setMaximum(max(progress.total, 1))
            bar.setValue(min(progress.done, progress.total))
            bar.setFormat(f"{progress.done} / {progress.total}" if progress.total else "—")

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
