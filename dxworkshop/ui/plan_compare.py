"""Two versions of a plan side by side as rich text, changes highlighted field by field.

Built from ``services.plans.compare_versions`` (which uses ``domain.plan_diff``): removed
text struck through on red in the older version, added text on green in the newer one,
changed fields marked in the margin. Only presentation happens here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dxworkshop.domain.plan_diff import (
    Change,
    FieldDiff,
    ListDiff,
    NumberDiff,
    Step,
    StepsDiff,
    TextDiff,
)
from dxworkshop.services.plans import VersionComparison, VersionDetail
from dxworkshop.ui.issue_labels import hours_text, number_text
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.plan_labels import ecrs_label, plan_field_label, version_label

REMOVED = "background-color:#fecaca; color:#7f1d1d; text-decoration:line-through;"
ADDED = "background-color:#bbf7d0; color:#14532d;"
CHANGED_PART = "background-color:#fde68a;"
CHANGED_ROW = "#fffbeb"
PLAIN_ROW = "#ffffff"
MUTED = "color:#9ca3af;"
BADGE = {
    Change.CHANGED: ("#b45309", QT_TRANSLATE_NOOP("PlanCompare", "Changed")),
    Change.ADDED: ("#15803d", QT_TRANSLATE_NOOP("PlanCompare", "Added")),
    Change.REMOVED: ("#b91c1c", QT_TRANSLATE_NOOP("PlanCompare", "Removed")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanCompare", text)


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _span(style: str, value: str) -> str:
    return f'<span style="{style}">{_text(value)}</span>' if value else ""


def _empty() -> str:
    return f'<span style="{MUTED}">—</span>'


def _text_cells(diff: TextDiff) -> tuple[str, str]:
    if diff.change == Change.SAME:
        shown = _text(diff.new) or _empty()
        return shown, shown
    old_parts: list[str] = []
    new_parts: list[str] = []
    for span in diff.spans:
        if span.kind == "equal":
            old_parts.append(_text(span.old))
            new_parts.append(_text(span.new))
        else:
            old_parts.append(_span(REMOVED, span.old))
            new_parts.append(_span(ADDED, span.new))
    return "".join(old_parts) or _empty(), "".join(new_parts) or _empty()


def _item(field: str, value: str) -> str:
    return ecrs_label(value) if field == "ecrs" else value


def _list_cells(diff: ListDiff) -> tuple[str, str]:
    def render(items: tuple[str, ...], marked: tuple[str, ...], style: str) -> str:
        parts = [
            _span(style, _item(diff.field, v)) if v in marked else _text(_item(diff.field, v))
            for v in items
        ]
        return "、".join(parts) or _empty()

    return render(diff.old, diff.removed, REMOVED), render(diff.new, diff.added, ADDED)


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{int(value):,}" if float(value).is_integer() else number_text(value)


def _number_cells(diff: NumberDiff) -> tuple[str, str]:
    if diff.change == Change.SAME:
        return _text(_number(diff.old)), _text(_number(diff.new))
    return _span(REMOVED, _number(diff.old)), _span(ADDED, _number(diff.new))


def _step_parts(step: Step, changed: tuple[str, ...], style: str) -> str:
    parts = []
    for name, value in (
        ("what", step.what),
        ("who", step.who),
        ("due", date_label(step.due) if step.due else ""),
    ):
        if not value:
            continue
        parts.append(_span(style, value) if name in changed else _text(value))
    return "　".join(parts) or _empty()


def _steps_cells(diff: StepsDiff) -> tuple[str, str]:
    old_lines: list[str] = []
    new_lines: list[str] = []
    for step in diff.steps:
        if step.change == Change.REMOVED and step.old is not None:
            old_lines.append(_span(REMOVED, f"{step.old.what}　{step.old.who}".strip()))
        elif step.change == Change.ADDED and step.new is not None:
            new_lines.append(f'<span style="{ADDED}">{_step_parts(step.new, (), "")}</span>')
        elif step.old is not None and step.new is not None:
            old_lines.append(_step_parts(step.old, step.changed_parts, CHANGED_PART))
            new_lines.append(_step_parts(step.new, step.changed_parts, CHANGED_PART))

    def numbered(lines: list[str]) -> str:
        if not lines:
            return _empty()
        return "<br>".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))

    return numbered(old_lines), numbered(new_lines)


def field_cells(diff: FieldDiff) -> tuple[str, str]:
    if isinstance(diff, TextDiff):
        return _text_cells(diff)
    if isinstance(diff, ListDiff):
        return _list_cells(diff)
    if isinstance(diff, NumberDiff):
        return _number_cells(diff)
    return _steps_cells(diff)


def _heading(version: VersionDetail) -> str:
    made = date_label(version.created_at.astimezone().date())
    title = f"{escape(version_label(version.number))}　<span style='{MUTED}'>{escape(made)}</span>"
    if version.reason:
        title += f"<br><span style='font-weight:normal;'>{_text(version.reason)}</span>"
    return title


def _badge(change: Change) -> str:
    if change == Change.SAME:
        return ""
    colour, text = BADGE[change]
    return f"<br><span style='color:{colour}; font-size:small;'>● {escape(_tr(text))}</span>"


def comparison_html(comparison: VersionComparison, *, changed_only: bool = False) -> str:
    """The comparison as an HTML table: field | older version | newer version."""
    old, new = comparison.old, comparison.new
    field_title = escape(QCoreApplication.translate("PlanCompare", "Field"))
    saved_title = escape(QCoreApplication.translate("PlanCompare", "Hours saved"))
    same_text = escape(QCoreApplication.translate("PlanCompare", "The two versions are the same."))
    rows = [
        "<table width='100%' cellspacing='0' cellpadding='7' border='1' "
        "style='border-collapse:collapse; border-color:#e5e7eb;'>",
        "<tr style='background-color:#f3f4f6;'>"
        f"<th width='17%' align='left'>{field_title}</th>"
        f"<th width='41%' align='left'>{_heading(old)}</th>"
        f"<th width='42%' align='left'>{_heading(new)}</th></tr>",
    ]
    for diff in comparison.diff.fields:
        if changed_only and diff.change == Change.SAME:
            continue
        before, after = field_cells(diff)
        background = CHANGED_ROW if diff.change != Change.SAME else PLAIN_ROW
        label = escape(plan_field_label(diff.field))
        rows.append(
            f"<tr bgcolor='{background}'><td valign='top'><b>{label}</b>{_badge(diff.change)}</td>"
            f"<td valign='top'>{before}</td><td valign='top'>{after}</td></tr>"
        )
    saved_old, saved_new = old.hours_saved, new.hours_saved
    if not changed_only or saved_old != saved_new:
        same = saved_old == saved_new
        background = PLAIN_ROW if same else CHANGED_ROW
        rows.append(
            f"<tr bgcolor='{background}'><td valign='top'><b>{saved_title}</b>"
            f"{'' if same else _badge(Change.CHANGED)}</td>"
            f"<td valign='top'>{escape(hours_text(saved_old))}</td>"
            f"<td valign='top'><b>{escape(hours_text(saved_new))}</b></td></tr>"
        )
    if changed_only and comparison.diff.unchanged and saved_old == saved_new:
        rows.append(f"<tr><td colspan='3' style='{MUTED}'>{same_text}</td></tr>")
    rows.append("</table>")
    return "".join(rows)
