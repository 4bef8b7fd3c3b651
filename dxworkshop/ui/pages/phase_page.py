"""A phase whose page is not built yet: what the phase is for, so the navigator is complete."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dxworkshop.domain.enums import Phase
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.labels import phase_label
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences

_PURPOSE = {
    Phase.HEARING: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Interview each municipality about its DX situation and current business issues "
        "before the training, so the workshops fit the field.",
    ),
    Phase.ISSUES: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Trainees list the problems of their daily work as issue cards with their workload, "
        "then group them on the affinity board.",
    ),
    Phase.PRIORITIZE: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Score the issues against the criteria, place them on the payoff matrix and let each "
        "trainee choose an improvement theme.",
    ),
    Phase.PLANS: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Each trainee turns the theme into an improvement plan in A3 order and brushes it up "
        "version by version.",
    ),
    Phase.FEEDBACK: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Supervisors and instructors rate each plan with the rubric and comment on it.",
    ),
    Phase.PRACTICE: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Follow every trainee while the plan is put into practice: action items, check-ins, "
        "measurements and the outcome.",
    ),
    Phase.REPORT: QT_TRANSLATE_NOOP(
        "PhasePage",
        "Word summaries for supervisors, municipalities and the prefecture.",
    ),
}


class PhasePage(Page):
    def __init__(
        self,
        phase: Phase,
        controller: WorkshopController,
        prefs: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.phase = phase
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(phase_label(phase), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(QCoreApplication.translate("PhasePage", _PURPOSE.get(phase, "")), self)
        body.setWordWrap(True)
        note = QLabel(
            self.tr("The workspace for this phase comes in a later version of dxworkshop."), self
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
