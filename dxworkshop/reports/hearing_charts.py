"""Charts of the pre-hearing: how far each municipality's DX has come, side by side.

One figure, two panels sharing the municipalities: on the left the 自治体DX全体手順書 step
(a dot on steps 0–3), on the right the 重点取組事項 as one bar per municipality, each item
adding its level (未着手 adds nothing, 完了 the most), with the share of the whole at the
end. The prefecture reads differences in progress from it at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dxworkshop.reports.chart_style import GRID, PALETTE, TEXT, new_figure
from dxworkshop.services.hearings import Comparison

NO_ANSWER_COLOUR = "#9ca3af"


@dataclass(frozen=True)
class ChartTexts:
    """The chart's own words; the UI passes translated ones, documents keep these."""

    step_title: str = "自治体DX全体手順書のステップ"
    priority_title: str = "重点取組事項の進捗"
    no_answer: str = "未回答"
    no_data: str = "比較できる回答がまだありません"


def _height_cm(rows: int) -> float:
    return 3.2 + 0.62 * max(rows, 1)


def progress_chart(
    comparison: Comparison,
    *,
    width_cm: float = 16.0,
    height_cm: float | None = None,
    texts: ChartTexts | None = None,
    text_scale: float = 1.0,
) -> Any:
    """The step and priority progress of every municipality (returns matplotlib Figure).

    *text_scale* enlarges the lettering (and dots) for a screen, where the figure is
    drawn at the screen's resolution rather than for print.
    """
    texts = texts or ChartTexts()
    k = text_scale
    rows = comparison.rows
    fig = new_figure(width_cm, height_cm or _height_cm(len(rows)))
    step = comparison.step_column
    priorities = list(comparison.priority_columns)
    answered = [r for r in rows if any(level is not None for level in r.levels)]
    if not rows or (step is None and not priorities) or not answered:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, texts.no_data, ha="center", va="center", color=TEXT, fontsize=10 * k)
        return fig

    panels = []
    ratios = []
    if step is not None:
        ratios.append(1.0)
        panels.append("step")
    if priorities:
        ratios.append(2.3)
        panels.append("priority")
    axes = fig.subplots(1, len(panels), sharey=True, width_ratios=ratios, squeeze=False)[0]
    names = [r.municipality_name for r in rows]
    ys = list(range(len(rows)))

    for ax, panel in zip(axes, panels, strict=True):
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_yticks(ys, names, fontsize=8 * k)
        ax.tick_params(axis="y", length=0)
        ax.tick_params(axis="x", labelsize=7 * k)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.grid(axis="x", color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        if panel == "step":
            assert step is not None
            _step_panel(ax, comparison, step, texts, k)
        else:
            _priority_panel(ax, comparison, priorities, texts, k)
    return fig


def _step_panel(ax: Any, comparison: Comparison, step: int, texts: ChartTexts, k: float) -> None:
    labels = comparison.columns[step].labels
    top = max(len(labels) - 1, 1)
    for y, row in enumerate(comparison.rows):
        level = row.levels[step]
        if level is None:
            ax.text(0, y, texts.no_answer, va="center", fontsize=7 * k, color=NO_ANSWER_COLOUR)
            continue
        ax.plot([0, level], [y, y], color=PALETTE[0], linewidth=2.2 * k, solid_capstyle="round")
        ax.scatter([level], [y], s=42 * k * k, color=PALETTE[0], zorder=3)
    ax.set_xlim(-0.3, top + 0.3)
    ax.set_xticks(range(len(labels)), [str(i) for i in range(len(labels))])
    ax.set_title(texts.step_title, fontsize=9 * k, color=TEXT, loc="left")


def _priority_panel(
    ax: Any, comparison: Comparison, priorities: list[int], texts: ChartTexts, k: float
) -> None:
    columns = [comparison.columns[i] for i in priorities]
    full = sum(max(len(c.labels) - 1, 1) for c in columns)
    for y, row in enumerate(comparison.rows):
        levels = [row.levels[i] for i in priorities]
        if all(level is None for level in levels):
            ax.text(0, y, texts.no_answer, va="center", fontsize=7 * k, color=NO_ANSWER_COLOUR)
            continue
        left = 0.0
        for n, level in enumerate(levels):
            if not level:
                continue
            ax.barh(
                y,
                level,
                left=left,
                height=0.62,
                color=PALETTE[(n + 1) % len(PALETTE)],
                edgecolor="white",
                linewidth=0.8,
            )
            left += level
        share = round(100 * left / full) if full else 0
        ax.text(left + full * 0.015, y, f"{share}%", va="center", fontsize=7 * k, color=TEXT)
    ax.set_xlim(0, full * 1.1)
    ax.set_xticks([full * q / 4 for q in range(5)], [f"{25 * q}%" for q in range(5)])
    ax.set_title(texts.priority_title, fontsize=9 * k, color=TEXT, loc="left")
    handles = [
        ax.bar(0, 0, color=PALETTE[(n + 1) % len(PALETTE)], label=c.short_text)
        for n, c in enumerate(columns)
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.08),
        ncol=min(3, len(columns)),
        fontsize=7 * k,
        frameon=False,
        handlelength=1.2,
        columnspacing=1.0,
    )
