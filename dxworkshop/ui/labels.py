"""Translated labels of the domain's enumerations (the glossary of DESIGN.md §6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dxworkshop.domain.dates import format_date, format_date_en
from dxworkshop.domain.enums import Phase, Role
from dxworkshop.domain.next_actions import Where

_PHASES = {
    Phase.SETUP: QT_TRANSLATE_NOOP("Labels", "Setup"),
    Phase.HEARING: QT_TRANSLATE_NOOP("Labels", "Pre-hearing"),
    Phase.ISSUES: QT_TRANSLATE_NOOP("Labels", "Issue extraction"),
    Phase.PRIORITIZE: QT_TRANSLATE_NOOP("Labels", "Prioritisation"),
    Phase.PLANS: QT_TRANSLATE_NOOP("Labels", "Improvement plans"),
    Phase.FEEDBACK: QT_TRANSLATE_NOOP("Labels", "Feedback"),
    Phase.PRACTICE: QT_TRANSLATE_NOOP("Labels", "Workplace practice"),
    Phase.REPORT: QT_TRANSLATE_NOOP("Labels", "Reports"),
}

_ROLES = {
    Role.TRAINEE: QT_TRANSLATE_NOOP("Labels", "Trainee"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("Labels", "Instructor"),
    Role.DX_CONTACT: QT_TRANSLATE_NOOP("Labels", "DX contact"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("Labels", "Facilitator"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def phase_label(phase: Phase) -> str:
    return tr(_PHASES[phase])


def role_label(role: Role) -> str:
    return tr(_ROLES[role])


def roles_label(roles: frozenset[Role]) -> str:
    order = list(Role)
    return "・".join(role_label(r) for r in sorted(roles, key=order.index))


def is_japanese() -> bool:
    # The Japanese catalogue translates this marker to "ja".
    return QCoreApplication.translate("Labels", "language-code") == "ja"


def date_label(day: dt.date | None, *, wareki: bool = False, weekday: bool = False) -> str:
    """A date as the user's language writes it (Japanese style, optionally 和暦)."""
    if is_japanese():
        return format_date(day, wareki=wareki, weekday=weekday)
    return format_date_en(day, weekday=weekday)


#: The navigator page where each place of the next-action rules is worked on.
PAGE_OF_PLACE: dict[Where, str] = {
    Where.PARTICIPANTS: "participants",
    Where.HEARING: Phase.HEARING.value,
    Where.ISSUES: Phase.ISSUES.value,
    Where.PRIORITIZE: Phase.PRIORITIZE.value,
    Where.PLANS: Phase.PLANS.value,
    Where.FEEDBACK: Phase.FEEDBACK.value,
    Where.PRACTICE: Phase.PRACTICE.value,
}
#: …and the place each of those pages is (the home and settings pages are none).
PLACE_OF_PAGE: dict[str, Where] = {page: where for where, page in PAGE_OF_PLACE.items()}
