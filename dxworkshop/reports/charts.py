"""Charts of the programme for the home dashboard and the Word reports: issues by category,
hours saved by municipality (expected against measured), practice progress over time.

Pure functions returning a matplotlib ``Figure`` made with ``chart_style.new_figure`` (no
pyplot state). The words default to Japanese (documents use them as they are); the UI
passes translated ones. ``text_scale`` enlarges the lettering for a screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dxworkshop.domain.progress_rules import ProgressPoint
from dxworkshop.reports.chart_style import GRID, PALETTE, TEXT, new_figure
from dxworkshop.services.dashboard import CategoryCount, MunicipalityHours

EXPECTED_COLOUR = "#93c5fd"
MEASURED_COLOUR = PALETTE[0]
PLANNED_COLOUR = "#9ca3af"


@dataclass(frozen=True)
class ChartTexts:
    """The charts' own words; the UI passes translated ones, documents keep these."""

    categories_title: str = "カテゴリ別の課題数"
    issues: str = "件"
    uncategorised: str = "未分類"
    hours_title: str = "市町村別の削減時間（時間／年）"
    expected: str = "計画"
    measured: str = "実測（報告済み／計画数）"
    measured_label: str = "{hours}（{done}/{plans}）"
    more_municipalities: str = "ほか{n}市町村"
    hours_unit: str = "時間／年"
    others: str = "その他"
    progress_title: str = "職場実践の進捗（全受講者の平均）"
    progress: str = "平均進捗"
    planned_pace: str = "目安"
    no_data: str = "まだデータがありません"


def _style(ax: Any, k: float) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=7.5 * k, length=0)
    ax.set_axisbelow(True)


def _title(ax: Any, text: str, k: float) -> None:
    if text:  # the UI may frame a chart with its own title
        ax.set_title(text, fontsize=9 * k, color=TEXT, loc="left", pad=6 * k)


def _empty(fig: Any, title: str, texts: ChartTexts, k: float) -> Any:
    ax = fig.add_subplot()
    ax.set_axis_off()
    _title(ax, title, k)
    ax.text(0.5, 0.5, texts.no_data, ha="center", va="center", color="#6b7280", fontsize=9 * k)
    return fig


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def issues_by_category(
    rows: Sequence[CategoryCount],
    *,
    texts: ChartTexts | None = None,
    width_cm: float = 12.0,
    height_cm: float | None = None,
    text_scale: float = 1.0,
    max_rows: int = 10,
) -> Any:
    """Horizontal bars: how many issues carry each category (most first; untagged last).

    Beyond *max_rows* the smallest categories are summed into "others".
    """
    texts = texts or ChartTexts()
    k = text_scale
    shown = [r for r in rows if r.issues > 0]
    if len(shown) > max_rows:
        rest = shown[max_rows - 1 :]
        shown = [
            *shown[: max_rows - 1],
            CategoryCount(texts.others, sum(r.issues for r in rest), sum(r.hours for r in rest)),
        ]
    fig = new_figure(width_cm, height_cm or 2.2 + 0.55 * max(len(shown), 3))
    if not shown:
        return _empty(fig, texts.categories_title, texts, k)
    ax = fig.add_subplot()
    _style(ax, k)
    names = [r.category or texts.uncategorised for r in shown]
    counts = [r.issues for r in shown]
    ys = list(range(len(shown)))
    colours = [PALETTE[i % len(PALETTE)] for i in ys]
    ax.barh(ys, counts, height=0.66, color=colours)
    top = max(counts)
    for y, count in zip(ys, counts, strict=True):
        ax.text(
            count + top * 0.015,
            y,
            f"{count:,}{texts.issues}",
            va="center",
            fontsize=7 * k,
            color=TEXT,
        )
    ax.set_yticks(ys, names)
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.set_xlim(0, top * 1.18)
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.spines["left"].set_visible(False)
    _title(ax, texts.categories_title, k)
    return fig


def hours_saved_by_municipality(
    rows: Sequence[MunicipalityHours],
    *,
    texts: ChartTexts | None = None,
    width_cm: float = 12.0,
    height_cm: float | None = None,
    text_scale: float = 1.0,
    max_rows: int = 10,
) -> Any:
    """Paired horizontal bars per municipality: hours per year its plans expect to save and
    the hours measured so far (outcomes recorded), with how many plans have reported.

    The municipalities expecting most come first; beyond *max_rows* a note says how many
    more there are (a summed bar would dwarf the others).
    """
    texts = texts or ChartTexts()
    k = text_scale
    shown = [r for r in rows if r.plans > 0]
    hidden = max(0, len(shown) - max_rows)
    shown = shown[:max_rows]
    fig = new_figure(width_cm, height_cm or 2.6 + 0.7 * max(len(shown), 3))
    if not shown or not any(r.expected or r.measured for r in shown):
        return _empty(fig, texts.hours_title, texts, k)
    ax = fig.add_subplot()
    _style(ax, k)
    ys = list(range(len(shown)))
    half = 0.36
    ax.barh(
        [y - half / 2 for y in ys],
        [r.expected for r in shown],
        height=half,
        color=EXPECTED_COLOUR,
        label=texts.expected,
    )
    ax.barh(
        [y + half / 2 for y in ys],
        [r.measured for r in shown],
        height=half,
        color=MEASURED_COLOUR,
        label=texts.measured,
    )
    top = max(max(r.expected, r.measured) for r in shown)
    for y, r in zip(ys, shown, strict=True):
        if r.measured_plans:
            ax.text(
                r.measured + top * 0.015,
                y + half / 2,
                texts.measured_label.format(
                    hours=_thousands(r.measured), done=r.measured_plans, plans=r.plans
                ),
                va="center",
                fontsize=6.5 * k,
                color=TEXT,
            )
    ax.set_yticks(ys, [r.municipality or "—" for r in shown])
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.set_xlim(0, top * 1.25)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10]))
    ax.xaxis.set_major_formatter(_formatter(lambda v: _thousands(v)))
    ax.set_xlabel(texts.hours_unit, fontsize=7.5 * k)
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.spines["left"].set_visible(False)
    fig.legend(loc="outside lower center", ncol=2, fontsize=7 * k, frameon=False)
    if hidden:
        ax.text(
            1.0,
            1.0,
            texts.more_municipalities.format(n=hidden),
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=7 * k,
            color="#6b7280",
        )
    _title(ax, texts.hours_title, k)
    return fig


def practice_progress(
    points: Sequence[ProgressPoint],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    texts: ChartTexts | None = None,
    width_cm: float = 12.0,
    height_cm: float = 7.0,
    text_scale: float = 1.0,
) -> Any:
    """The cohort's average progress (%) by date, against a steady pace from 0 % at the
    practice start to 100 % at its end (when both are known)."""
    texts = texts or ChartTexts()
    k = text_scale
    fig = new_figure(width_cm, height_cm)
    if not points:
        return _empty(fig, texts.progress_title, texts, k)
    ax = fig.add_subplot()
    _style(ax, k)
    xs = [p.date for p in points]
    ys = [p.average for p in points]
    ax.plot(xs, ys, color=MEASURED_COLOUR, linewidth=2 * k, marker="o", markersize=3 * k,
            drawstyle="steps-post", label=texts.progress)  # fmt: skip
    ax.fill_between(xs, ys, step="post", color=MEASURED_COLOUR, alpha=0.12)
    if start is not None and end is not None and end > start:
        ax.plot(
            [start, end],
            [0, 100],
            color=PLANNED_COLOUR,
            linewidth=1.2 * k,
            linestyle="--",
            label=texts.planned_pace,
        )
    ax.annotate(
        f"{ys[-1]:.0f}%",
        (xs[-1], ys[-1]),
        xytext=(4 * k, 4 * k),
        textcoords="offset points",
        fontsize=8 * k,
        color=MEASURED_COLOUR,
    )
    left = min([start, xs[0]] if start else [xs[0]])
    right = max([end, xs[-1]] if end else [xs[-1]])
    if right == left:
        right = left + dt.timedelta(days=1)
    ax.set_xlim(left, right)
    ax.set_ylim(0, 105)
    ax.set_yticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    from matplotlib.dates import AutoDateLocator

    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(_formatter(_month_day))
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.legend(loc="upper left", fontsize=7 * k, frameon=False)
    _title(ax, texts.progress_title, k)
    return fig


def _month_day(value: float) -> str:
    from matplotlib.dates import num2date

    day = num2date(value)
    return f"{day.month}/{day.day}"


def _formatter(fn: Any) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: fn(value))
