"""The payoff matrix as a matplotlib figure for Word reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxworkshop.domain.scoring import CriterionSpec
from dxworkshop.reports.chart_style import figure_png
from dxworkshop.reports.matrix_chart import (
    HIGHLIGHT,
    MatrixAxis,
    MatrixPoint,
    board_matrix_figure,
    matrix_figure,
    short_criterion_name,
    wrap_label,
)
from dxworkshop.services import prioritize as svc
from dxworkshop.services.demo import create_demo

X = MatrixAxis("実現容易性", CriterionSpec("ease", weight=2))
Y = MatrixAxis("効果", CriterionSpec("effect", weight=3))


def _cards(fig: object) -> dict[str, object]:
    ax = fig.axes[0]  # type: ignore[attr-defined]
    return {p.get_gid(): p for p in ax.patches if (p.get_gid() or "").startswith("card-")}


def _texts(fig: object) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts]  # type: ignore[attr-defined]


def test_labels_wrap_into_two_lines_and_long_ones_are_cut() -> None:
    assert wrap_label("押印のための回覧") == "押印のための回\n覧"
    assert wrap_label("紙") == "紙"
    assert wrap_label("給与支払報告書の仕分け・確認作業") == "給与支払報告書\nの仕分け・確…"


def test_axis_titles_drop_the_explanation_in_brackets() -> None:
    assert short_criterion_name("効果（業務削減効果）") == "効果"
    assert short_criterion_name("実現容易性") == "実現容易性"
    assert short_criterion_name("（注）") == "（注）"


def test_quadrants_ticks_and_one_card_per_point() -> None:
    points = [
        MatrixPoint(1, "紙の申請書の転記", 4, 5),
        MatrixPoint(2, "押印のための回覧", 4, 5),  # tie with 1
        MatrixPoint(3, "会議資料の印刷", 1, 1),
    ]
    fig = matrix_figure(points, X, Y, title="A班の課題")
    texts = _texts(fig)
    for label in ("すぐやる", "計画的に取り組む", "余力で", "見送り"):
        assert label in texts
    assert "紙の申請書の転\n記" in texts
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "2", "3", "4", "5"]
    assert ax.get_xlabel().startswith("実現容易性")
    cards = _cards(fig)
    assert set(cards) == {"card-1", "card-2", "card-3"}
    one, two = cards["card-1"], cards["card-2"]
    # tied cards sit side by side or stacked, never on top of each other
    b1, b2 = one.get_bbox(), two.get_bbox()  # type: ignore[attr-defined]
    assert not b1.overlaps(b2)
    assert ax.get_title(loc="left") == "A班の課題"


def test_one_trainees_issues_stand_out(tmp_path: Path) -> None:
    points = [
        MatrixPoint(1, "紙の申請書の転記", 4, 5, highlight=True),
        MatrixPoint(2, "押印のための回覧", 2, 2),
    ]
    cards = _cards(matrix_figure(points, X, Y))
    from matplotlib.colors import to_hex

    assert to_hex(cards["card-1"].get_edgecolor()) == HIGHLIGHT  # type: ignore[attr-defined]
    assert to_hex(cards["card-2"].get_edgecolor()) != HIGHLIGHT  # type: ignore[attr-defined]


def test_demo_matrix_renders_to_png(tmp_path: Path) -> None:
    with create_demo(tmp_path / "demo.dxw", size="small") as ws:
        board = svc.scoring_board(ws, group_id=1)
        owner = board.rows[0].owner_id
        fig = board_matrix_figure(board, highlight_owner_id=owner, title="A班")
        placed = [r for r in board.rows if len(r.scores) >= 2]
        assert len(_cards(fig)) == len(placed)
        png = figure_png(fig)
        assert png.startswith(b"\x89PNG") and len(png) > 20_000
        themes = board_matrix_figure(svc.scoring_board(ws, themes_only=True))
        assert len(_cards(themes)) == 40


def test_a_programme_without_axes_has_no_matrix(tmp_path: Path) -> None:
    board = svc.ScoringBoard((), None, None, None, ())
    with pytest.raises(ValueError, match="no matrix axes"):
        board_matrix_figure(board)
