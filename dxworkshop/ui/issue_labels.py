"""Translated labels of an issue's source and status, and how workload hours are written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dxworkshop.domain.enums import IssueSource, IssueStatus

_SOURCES = {
    IssueSource.WORKSHOP: QT_TRANSLATE_NOOP("IssueLabels", "Workshop"),
    IssueSource.HEARING: QT_TRANSLATE_NOOP("IssueLabels", "Pre-hearing"),
    IssueSource.OTHER: QT_TRANSLATE_NOOP("IssueLabels", "Other"),
}

_STATUSES = {
    IssueStatus.CANDIDATE: QT_TRANSLATE_NOOP("IssueLabels", "Candidate"),
    IssueStatus.THEME: QT_TRANSLATE_NOOP("IssueLabels", "Improvement theme"),
    IssueStatus.DROPPED: QT_TRANSLATE_NOOP("IssueLabels", "Dropped"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("IssueLabels", text)


def source_label(source: IssueSource) -> str:
    return _translated(_SOURCES[IssueSource(source)])


def status_label(status: IssueStatus) -> str:
    return _translated(_STATUSES[IssueStatus(status)])


def number_text(value: float | None) -> str:
    """A workload number as typed back to the user: 980, 2.5 (no trailing .0)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value)}"
    return f"{value:g}"


def hours_number(hours: float) -> str:
    """Hours with thousands separators; one decimal below 100 (12.5, 392, 1,234)."""
    if hours < 100 and not float(hours).is_integer():
        return f"{hours:,.1f}"
    return f"{hours:,.0f}"


def hours_text(hours: float | None) -> str:
    """E.g. "392 h/yr"; a dash when the workload is not known."""
    if hours is None:
        return "—"
    return QCoreApplication.translate("IssueLabels", "{hours} h/yr").format(
        hours=hours_number(hours)
    )
