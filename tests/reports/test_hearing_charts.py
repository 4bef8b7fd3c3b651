"""The pre-hearing progress chart: 手順書 step and 重点取組事項 per municipality."""

from __future__ import annotations

import warnings

from matplotlib.figure import Figure

from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.hearing_charts import ChartTexts, progress_chart
from dxworkshop.services.hearings import Comparison, ComparisonRow, ScaleColumn

STEPS = ("ステップ0", "ステップ1", "ステップ2", "ステップ3")
LEVELS = ("未着手", "検討中", "実施中", "完了")


def comparison(rows: list[tuple[str, tuple[int | None, ...]]], *, step: bool = True) -> Comparison:
    columns = [
        ScaleColumn(
            1,
            "自治体DX全体手順書のステップ（0〜3）",
            "自治体DX全体手順書のステップ",
            "DX方針・計画",
            STEPS,
        ),
        ScaleColumn(2, "AI・RPAの利用推進", "AI・RPAの利用推進", "重点取組事項の進捗", LEVELS),
        ScaleColumn(3, "テレワークの推進", "テレワークの推進", "重点取組事項の進捗", LEVELS),
    ]
    if not step:
        columns = columns[1:]
        rows = [(name, levels[1:]) for name, levels in rows]
    return Comparison(
        columns=tuple(columns),
        rows=tuple(
            ComparisonRow(i + 1, name, i + 1, None, levels) for i, (name, levels) in enumerate(rows)
        ),
        step_column=0 if step else None,
        priority_columns=(1, 2) if step else (0, 1),
    )


def texts_of(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_two_panels_one_row_per_municipality() -> None:
    data = comparison(
        [("岡山市", (3, 2, 3)), ("倉敷市", (1, 0, 1)), ("早島町", (None, None, None))]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Glyph missing": the Japanese font is used
        fig = progress_chart(data)
        png = figure_png(fig)
    assert png.startswith(b"\x89PNG")
    step_ax, priority_ax = fig.axes[:2]
    assert [t.get_text() for t in step_ax.get_yticklabels()] == ["岡山市", "倉敷市", "早島町"]
    assert step_ax.get_title(loc="left") == "自治体DX全体手順書のステップ"
    assert priority_ax.get_title(loc="left") == "重点取組事項の進捗"
    # 岡山市: 2 + 3 of 6 → 83%; 倉敷市: 0 + 1 → 17%; 早島町 has no answer
    assert "83%" in texts_of(fig) and "17%" in texts_of(fig)
    assert texts_of(fig).count("未回答") == 2
    labels = [t.get_text() for t in priority_ax.get_legend().get_texts()]
    assert labels == ["AI・RPAの利用推進", "テレワークの推進"]


def test_without_a_step_question_only_the_priorities() -> None:
    fig = progress_chart(comparison([("岡山市", (3, 2, 3))], step=False))
    assert len(fig.axes) == 1
    assert fig.axes[0].get_title(loc="left") == "重点取組事項の進捗"


def test_nothing_to_compare_says_so_in_the_callers_words() -> None:
    fig = progress_chart(
        comparison([("岡山市", (None, None, None))]), texts=ChartTexts(no_data="no data")
    )
    assert texts_of(fig) == ["no data"]
    empty = Comparison((), (), None, ())
    assert texts_of(progress_chart(empty)) == ["比較できる回答がまだありません"]


def test_the_height_follows_the_number_of_municipalities() -> None:
    few = progress_chart(comparison([("a", (1, 1, 1))] * 3))
    many = progress_chart(comparison([("a", (1, 1, 1))] * 30))
    assert many.get_figheight() > few.get_figheight()
    assert progress_chart(comparison([("a", (1, 1, 1))]), height_cm=5).get_figheight() == 5 / 2.54
