"""Translated labels of a plan's A3 fields and ECRS classes (the glossary of DESIGN.md §6)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dxworkshop.domain.enums import Ecrs

_FIELDS = {
    "target_process": QT_TRANSLATE_NOOP("PlanLabels", "Target process"),
    "current_state": QT_TRANSLATE_NOOP("PlanLabels", "Current state"),
    "problems": QT_TRANSLATE_NOOP("PlanLabels", "Problems"),
    "root_cause": QT_TRANSLATE_NOOP("PlanLabels", "Root cause"),
    "solution": QT_TRANSLATE_NOOP("PlanLabels", "Improvement"),
    "ecrs": QT_TRANSLATE_NOOP("PlanLabels", "ECRS"),
    "dx_means": QT_TRANSLATE_NOOP("PlanLabels", "DX means"),
    "goal": QT_TRANSLATE_NOOP("PlanLabels", "Goal"),
    "kpi": QT_TRANSLATE_NOOP("PlanLabels", "KPI"),
    "steps": QT_TRANSLATE_NOOP("PlanLabels", "Implementation plan"),
    "after_cases_per_year": QT_TRANSLATE_NOOP("PlanLabels", "Cases per year after"),
    "after_minutes_per_case": QT_TRANSLATE_NOOP("PlanLabels", "Minutes per case after"),
    "after_people": QT_TRANSLATE_NOOP("PlanLabels", "People after"),
    "risks": QT_TRANSLATE_NOOP("PlanLabels", "Risks and constraints"),
    "support_needed": QT_TRANSLATE_NOOP("PlanLabels", "Support needed"),
    "reason": QT_TRANSLATE_NOOP("PlanLabels", "Reason for the version"),
    "what": QT_TRANSLATE_NOOP("PlanLabels", "What"),
    "who": QT_TRANSLATE_NOOP("PlanLabels", "Who"),
    "due": QT_TRANSLATE_NOOP("PlanLabels", "By when"),
}

_ECRS = {
    Ecrs.ELIMINATE: QT_TRANSLATE_NOOP("PlanLabels", "Eliminate"),
    Ecrs.COMBINE: QT_TRANSLATE_NOOP("PlanLabels", "Combine"),
    Ecrs.REARRANGE: QT_TRANSLATE_NOOP("PlanLabels", "Rearrange"),
    Ecrs.SIMPLIFY: QT_TRANSLATE_NOOP("PlanLabels", "Simplify"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanLabels", text)


def plan_field_label(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field


def ecrs_label(value: Ecrs | str) -> str:
    try:
        return _tr(_ECRS[Ecrs(value)])
    except ValueError:
        return str(value)


def ecrs_text(values: tuple[str, ...] | list[str]) -> str:
    return "・".join(ecrs_label(v) for v in values)


def version_label(number: int) -> str:
    return QCoreApplication.translate("PlanLabels", "Version {number}").format(number=number)
