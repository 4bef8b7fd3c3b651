"""The payoff matrix board: placing by scores, drags and arrow keys as undoable edits, votes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.domain.enums import Role
from dxworkshop.services import criteria as crit
from dxworkshop.services import people
from dxworkshop.services import prioritize as svc
from dxworkshop.services.programme import new_programme
from dxworkshop.store import models as m
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.boards.matrix_board import MatrixBoard, MatrixCard
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.presentation import DEFAULT_TEXT_SCALE, PresentationWindow
from dxworkshop.ui.prioritize_state import PrioritizeState


@dataclass
class Room:
    controller: WorkshopController
    state: PrioritizeState
    board: MatrixBoard
    ease: int
    effect: int
    gate: int
    trainees: list[int]
    issues: list[int]

    @property
    def ws(self) -> Workshop:
        return self.controller.workshop

    def xy(self, issue: int) -> tuple[int | None, int | None]:
        row = next(r for r in svc.scoring_board(self.ws).rows if r.id == issue)
        return row.scores.get(self.ease), row.scores.get(self.effect)


TITLES = (
    "紙の申請書の転記",
    "押印のための回覧",
    "電話での問い合わせ対応",
    "会議資料の印刷",
    "統計調査の集計",
)


def _seed(ws: Workshop) -> tuple[dict[str, int], list[int], list[int]]:
    c = {row.code: row.id for row in crit.list_criteria(ws)}
    muni = people.add_municipality(ws, "倉敷市")
    trainees = [
        people.add_person(ws, name, municipality_id=muni.id, roles=[Role.TRAINEE]).id
        for name in ("山田 太郎", "佐藤 花子")
    ]
    group = people.add_group(ws, "A班", trainees).id
    issues = []
    with ws.session() as session:
        for n, title in enumerate(TITLES):
            row = m.Issue(title=title, owner_id=trainees[n % 2], group_id=group)
            session.add(row)
            session.flush()
            assert row.id is not None
            issues.append(row.id)
        session.commit()
    return c, trainees, issues


@pytest.fixture
def room(tmp_path: Path, qtbot: QtBot) -> Iterator[Room]:
    ws = new_programme(tmp_path / "t.dxw", "研修")
    c, trainees, issues = _seed(ws)
    # four issues placed, the fifth waits in the tray
    placed = [(3, 4), (5, 5), (1, 2), (3, 4)]
    svc.set_axis_scores(
        ws, [svc.Placement(i, x, y) for i, (x, y) in zip(issues, placed, strict=False)]
    )
    controller = WorkshopController(ws)
    state = PrioritizeState(controller)
    controller.records_changed.connect(state.follow)  # as its page passes changes on
    state.reload()
    board = MatrixBoard(state)
    qtbot.addWidget(board)
    board.resize(1000, 700)
    board.show()
    qtbot.waitExposed(board)
    board.fit_all()
    yield Room(controller, state, board, c["ease"], c["effect"], c["feasible"], trainees, issues)
    board.close()
    controller.close()


def _centre(card: MatrixCard) -> QPointF:
    return card.sceneBoundingRect().center()


def _in_cell(room: Room, issue: int, x: int, y: int) -> bool:
    card = room.board.card(issue)
    assert card is not None
    return room.board.cell_rect(x, y).contains(_centre(card))


def _mouse(
    board: MatrixBoard,
    kind: QEvent.Type,
    pos: QPoint,
    buttons: Qt.MouseButton,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewport = board.viewport()
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers
    )
    QApplication.sendEvent(viewport, event)


def drag(board: MatrixBoard, start: QPointF, end: QPointF, steps: int = 8) -> None:
    """Press on *start*, move in steps to *end* with the button held, release (scene points)."""
    a = board.mapFromScene(start)
    b = board.mapFromScene(end)
    left = Qt.MouseButton.LeftButton
    _mouse(board, QEvent.Type.MouseButtonPress, a, left)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        _mouse(board, QEvent.Type.MouseMove, p, left, Qt.MouseButton.NoButton)
    _mouse(board, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def click(board: MatrixBoard, card: MatrixCard, *, right: bool = False) -> None:
    pos = board.mapFromScene(_centre(card))
    button = Qt.MouseButton.RightButton if right else Qt.MouseButton.LeftButton
    _mouse(board, QEvent.Type.MouseButtonPress, pos, button, button)
    _mouse(board, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton, button)


# --- placing ----------------------------------------------------------------------------------


def test_cards_sit_in_the_cell_of_their_two_scores(room: Room) -> None:
    a, b, c, d, e = room.issues
    assert _in_cell(room, a, 3, 4)
    assert _in_cell(room, b, 5, 5)
    assert _in_cell(room, c, 1, 2)
    assert _in_cell(room, d, 3, 4)
    # not scored yet: waiting in the tray on the right, outside the grid
    tray = room.board.tray
    plan = room.board.plan
    assert tray is not None and plan is not None
    card = room.board.card(e)
    assert card is not None
    assert _centre(card).x() > plan.bounds.right
    assert len(room.board.cards()) == 5


def test_tied_cards_are_spread_so_none_hides_another(room: Room) -> None:
    ids = room.issues
    svc.set_axis_scores(room.ws, [svc.Placement(i, 4, 4) for i in ids])
    room.state.reload()
    cards = [room.board.card(i) for i in ids]
    rects = [c.sceneBoundingRect().adjusted(2, 2, -2, -2) for c in cards if c is not None]
    assert len(rects) == 5
    for r1, r2 in itertools.combinations(rects, 2):
        assert not r1.intersects(r2)
    cell = room.board.cell_rect(4, 4)
    assert all(cell.contains(r) for r in rects)
    # deterministic order: by issue, reading order top-left first
    assert rects[0].top() <= rects[-1].top()


def test_gated_out_issue_is_shown_as_such(room: Room) -> None:
    svc.set_score(room.ws, room.issues[0], room.gate, 0)
    room.state.reload()
    card = room.board.card(room.issues[0])
    assert card is not None
    assert card.content.gated
    assert "規程・制度上実施可能" in card.content.meta
    assert "Fails a gate criterion" in card.toolTip()


# --- drag, keys, undo -------------------------------------------------------------------------


def test_a_drag_sets_both_scores_and_undo_restores_them(room: Room, qtbot: QtBot) -> None:
    a = room.issues[0]
    card = room.board.card(a)
    assert card is not None
    target = room.board.cell_rect(5, 2).center()
    drag(room.board, _centre(card), target)
    assert room.xy(a) == (5, 2)
    assert _in_cell(room, a, 5, 2)
    stack = room.controller.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert room.xy(a) == (3, 4)
    assert _in_cell(room, a, 3, 4)
    stack.redo()
    assert room.xy(a) == (5, 2)
    assert _in_cell(room, a, 5, 2)


def test_dragging_shows_where_the_card_will_land(room: Room) -> None:
    card = room.board.card(room.issues[0])
    assert card is not None
    board = room.board
    start = board.mapFromScene(_centre(card))
    end = board.mapFromScene(board.cell_rect(2, 5).center())
    left = Qt.MouseButton.LeftButton
    _mouse(board, QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, 5):
        _mouse(
            board,
            QEvent.Type.MouseMove,
            start + (end - start) * (i / 4),
            left,
            Qt.MouseButton.NoButton,
        )
    marker = board._drop_item
    assert marker.isVisible()
    assert marker.rect() == board.cell_rect(2, 5)
    _mouse(board, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert not marker.isVisible()
    assert room.xy(room.issues[0]) == (2, 5)


def test_a_drop_in_the_same_cell_changes_nothing(room: Room) -> None:
    card = room.board.card(room.issues[0])
    assert card is not None
    home = card.pos()
    drag(room.board, _centre(card), _centre(card) + QPointF(6, 3))
    assert room.controller.undo_stack.count() == 0
    assert card.pos() == home


def test_a_card_from_the_tray_is_placed_and_back_to_the_tray_clears(room: Room) -> None:
    e = room.issues[4]
    card = room.board.card(e)
    assert card is not None
    drag(room.board, _centre(card), room.board.cell_rect(4, 3).center())
    assert room.xy(e) == (4, 3)
    # the tray is gone now that every card is placed; drag another one out to the side
    assert room.board.tray is None
    room.controller.undo_stack.undo()
    assert room.xy(e) == (None, None)
    assert room.board.tray is not None


def test_the_tray_closes_up_and_counts_again_when_a_card_leaves_it(room: Room) -> None:
    """Issue 18: the 未配置 lane kept saying (5) and its gaps after cards were dragged out,
    so the next drag grabbed the wrong card."""
    a, b, _c, _d, e = room.issues
    board = room.state.board
    assert board is not None
    ws = room.controller.workshop
    for issue in (a, b):  # three cards wait now
        for criterion in (board.x_criterion_id, board.y_criterion_id):
            assert criterion is not None
            svc.set_score(ws, issue, criterion, None)
    room.state.reload()
    assert room.board.unplaced_ids() == [a, b, e]
    first = room.board.card(a)
    assert first is not None
    slot = _centre(first)  # the tray's first place
    drag(room.board, slot, room.board.cell_rect(2, 2).center())
    assert room.xy(a) == (2, 2)
    assert room.board.unplaced_ids() == [b, e]  # what the lane's title counts
    nxt = room.board.card(b)
    assert nxt is not None and nxt.pos() == nxt.home
    assert nxt.sceneBoundingRect().contains(slot)  # closed up: b takes a's place
    under = room.board.itemAt(room.board.mapFromScene(slot))
    assert under is nxt or (under is not None and under.parentItem() is nxt)


def test_arrow_keys_move_the_selected_card_one_step(room: Room, qtbot: QtBot) -> None:
    a = room.issues[0]
    room.board.select([a])
    room.board.setFocus()
    qtbot.keyClick(room.board.viewport(), Qt.Key.Key_Right)
    assert room.xy(a) == (4, 4)
    qtbot.keyClick(room.board.viewport(), Qt.Key.Key_Up)
    assert room.xy(a) == (4, 5)
    qtbot.keyClick(room.board.viewport(), Qt.Key.Key_Up)  # at the top already
    assert room.xy(a) == (4, 5)
    assert _in_cell(room, a, 4, 5)
    qtbot.keyClick(room.board.viewport(), Qt.Key.Key_Down)
    assert room.xy(a) == (4, 4)
    assert room.controller.undo_stack.count() == 3
    room.controller.undo_stack.undo()
    room.controller.undo_stack.undo()
    assert room.xy(a) == (4, 4)
    room.controller.undo_stack.undo()
    assert room.xy(a) == (3, 4)
    assert room.board.selected_ids() == [a]  # the card kept its selection


def test_a_score_edited_elsewhere_moves_the_card(room: Room) -> None:
    a = room.issues[0]
    assert room.state.set_score(a, room.effect, 1)
    assert _in_cell(room, a, 3, 1)


def test_only_the_piles_that_changed_are_laid_out_again(room: Room) -> None:
    a, b, c, d, _e = room.issues

    def spots() -> dict[int, tuple[float, float]]:
        cards = {i: room.board.card(i) for i in (a, b, c, d)}
        return {i: (card.pos().x(), card.pos().y()) for i, card in cards.items() if card}

    before = spots()
    room.state.place([svc.Placement(c, 5, 5)])
    # c joins b's cell: the two share it now; a and d (other cells) stay where they were
    after = spots()
    assert after[c] != before[c]
    assert (after[a], after[d]) == (before[a], before[d])
    assert _in_cell(room, b, 5, 5) and _in_cell(room, c, 5, 5)
    assert room.board.card(b).sceneBoundingRect() != room.board.card(c).sceneBoundingRect()


def test_the_lock_stops_moves(room: Room) -> None:
    a = room.issues[0]
    room.board.set_locked(True)
    card = room.board.card(a)
    assert card is not None
    assert not card.flags() & card.GraphicsItemFlag.ItemIsMovable
    drag(room.board, _centre(card), room.board.cell_rect(5, 1).center())
    room.board.select([a])
    assert not room.board.move_selected(1, 0)
    assert room.xy(a) == (3, 4)
    room.board.set_locked(False)
    assert card.flags() & card.GraphicsItemFlag.ItemIsMovable


# --- voting -----------------------------------------------------------------------------------


def test_click_to_vote_with_both_caps_and_undo(room: Room, qtbot: QtBot) -> None:
    a, b, c, _d, _e = room.issues
    rnd = svc.add_round(room.ws, "投票", votes_per_person=2, max_per_issue=1)
    room.state.reload()
    room.state.set_round(rnd.id)
    room.state.set_voter(room.trainees[0])
    room.state.set_vote_mode(True)
    card_a, card_b, card_c = (room.board.card(i) for i in (a, b, c))
    assert card_a is not None and card_b is not None and card_c is not None
    assert not card_a.flags() & card_a.GraphicsItemFlag.ItemIsMovable
    click(room.board, card_a)
    assert card_a.votes == 1
    errors: list[str] = []
    room.state.error.connect(errors.append)
    click(room.board, card_a)  # a second dot on one issue: refused
    assert card_a.votes == 1
    assert errors == ["This person has put the most dots allowed on this issue."]
    click(room.board, card_b)
    click(room.board, card_c)  # a third dot: refused
    assert errors[-1] == "This person has used all their dots."
    assert (card_a.votes, card_b.votes, card_c.votes) == (1, 1, 0)
    click(room.board, card_b, right=True)  # takes it back
    assert card_b.votes == 0
    room.controller.undo_stack.undo()
    assert card_b.votes == 1
    assert room.xy(a) == (3, 4)  # clicks in vote mode never move a card


# --- text size --------------------------------------------------------------------------------


def test_text_scale_makes_cards_larger(room: Room) -> None:
    card = room.board.card(room.issues[0])
    assert card is not None
    small = card.title_pixel_size
    room.board.set_text_scale(2.0)
    assert card.title_pixel_size == 2 * small
    assert _in_cell(room, room.issues[0], 3, 4)


def test_presentation_text_is_at_least_24_pixels(room: Room, qtbot: QtBot) -> None:
    window = PresentationWindow(
        lambda parent: MatrixBoard(room.state, parent), "ペイオフマトリクス"
    )
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    board = window.board
    assert isinstance(board, MatrixBoard)
    assert board.text_scale == DEFAULT_TEXT_SCALE
    qtbot.waitUntil(lambda: board.viewport().width() > 1800)
    board.fit_all()
    assert board.card_text_pixels() >= 24
    assert len(board.cards()) == 5
    # the laptop's board and the shared screen show the same edit
    room.state.place([svc.Placement(room.issues[0], 1, 1)])
    card = board.card(room.issues[0])
    assert card is not None
    assert board.cell_rect(1, 1).contains(_centre(card))
    window.close()


def test_a_board_without_axes_says_what_to_do(room: Room) -> None:
    with room.ws.session() as session:
        axes = session.get(m.MatrixAxes, 1)
        assert axes is not None
        axes.x_criterion_id = None
        session.add(axes)
        session.commit()
    room.state.reload()
    assert room.board.cards() == []
    assert room.board.message == "Choose the matrix axes in Programme settings."
    assert isinstance(room.board.viewport(), QWidget)


def test_no_card_covers_a_quadrants_name(room: Room) -> None:
    """Cards crowd the four corner cells; the quadrants' names stay in sight, in the scene."""
    ids = room.issues
    corners = [(5, 5), (1, 5), (5, 1), (1, 1), (5, 5)]
    placements = [svc.Placement(i, x, y) for i, (x, y) in zip(ids, corners, strict=True)]
    svc.set_axis_scores(room.ws, placements)
    room.state.reload()
    labels = room.board.quadrant_label_rects()
    assert set(labels) == {"do_now", "plan", "spare_time", "skip"}
    scene = room.board.scene().sceneRect()
    cards = [c.sceneBoundingRect() for c in room.board.cards()]
    assert len(cards) == 5
    for key, rect in labels.items():
        assert scene.contains(rect), key
        assert rect.width() > 0 and rect.height() > 0
        for card in cards:
            assert not rect.intersects(card), key
    for (k1, r1), (k2, r2) in itertools.combinations(labels.items(), 2):
        assert not r1.intersects(r2), (k1, k2)
    # the upper names sit above the grid, the lower ones below it
    plan = room.board.plan
    assert plan is not None
    assert labels["do_now"].bottom() <= plan.bounds.y
    assert labels["skip"].top() >= plan.bounds.bottom
    assert labels["do_now"].right() == pytest.approx(plan.bounds.right)
    assert labels["plan"].left() == pytest.approx(plan.bounds.x)


def test_a_crowded_matrix_on_the_shared_screen_stays_readable(tmp_path: Path, qtbot: QtBot) -> None:
    """All 158 cards of the demo on a 1920×1080 shared screen: text stays ≥ 24 px (the
    matrix scrolls); the "fit" button's overview then shows every card."""
    from dxworkshop.services.demo import create_demo

    controller = WorkshopController(create_demo(tmp_path / "demo.dxw"))
    state = PrioritizeState(controller)
    controller.records_changed.connect(state.follow)  # as its page passes changes on
    state.reload()
    board = MatrixBoard(state, presenting=True)
    qtbot.addWidget(board)
    board.set_text_scale(DEFAULT_TEXT_SCALE)
    board.resize(1920, 1080)
    board.show()
    qtbot.waitExposed(board)
    board.fit_all()
    cards = board.cards()
    assert len(cards) > 150
    assert board.card_text_pixels() >= 24
    assert min(card.scale() for card in cards) == pytest.approx(1.0)  # no pile squeezed
    view = board.viewport().rect()
    assert board.scene().sceneRect().width() > view.width()  # so it scrolls

    board.overview()
    shown = [board.mapFromScene(c.sceneBoundingRect()).boundingRect() for c in cards]
    assert all(view.adjusted(-1, -1, 1, 1).contains(r) for r in shown)
    assert board.card_text_pixels() < 24  # everything, however small: asked for
    board.close()
    controller.close()
