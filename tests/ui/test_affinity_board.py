"""The affinity board (KJ法) as the room uses it: drag cards together, name the group,
nest groups, take cards out, undo and redo, and the shared-screen presentation mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsItem, QWidget
from pytestqt.qtbot import QtBot

from dxworkshop.services import issues as svc
from dxworkshop.services import people
from dxworkshop.services.demo import create_demo
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.boards.affinity_board import AffinityBoard, ClusterItem
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.presentation import PresentationWindow


@pytest.fixture
def ws(controller: WorkshopController) -> Workshop:
    return controller.workshop


@pytest.fixture
def cards(ws: Workshop) -> dict[str, int]:
    city = people.add_municipality(ws, "倉敷市", "くらしきし", "332020")
    yamada = people.add_person(ws, "山田 太郎", kana="やまだ たろう", municipality_id=city.id)
    titles = {
        "a": "紙の申請書をシステムに転記",
        "b": "押印のために出勤",
        "c": "決裁の回覧に3日かかる",
        "d": "電話の問い合わせが多い",
    }
    return {k: svc.add_issue(ws, t, yamada.id, cases_per_year=100).id for k, t in titles.items()}


@pytest.fixture
def board(qtbot: QtBot, controller: WorkshopController, cards: dict[str, int]) -> AffinityBoard:
    view = AffinityBoard(controller)
    controller.records_changed.connect(view.follow)  # as its page passes changes on
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(view.content_rect().center())
    return view


def centre(board: AffinityBoard, item: QGraphicsItem) -> QPoint:
    return board.mapFromScene(item.sceneBoundingRect().center())


def header(board: AffinityBoard, item: ClusterItem) -> QPoint:
    return board.mapFromScene(item.mapToScene(item.plate_rect().center()))


def drag(qtbot: QtBot, board: AffinityBoard, start: QPoint, end: QPoint) -> None:
    """A real mouse drag on the viewport, in a few steps."""
    viewport = board.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def cluster_of(ws: Workshop, issue_id: int) -> int | None:
    return svc.get_issue(ws, issue_id).cluster_id


def labels(ws: Workshop) -> list[str]:
    return [c.label for c in svc.list_clusters(ws)]


def test_cards_are_laid_out_cached_and_readable(
    board: AffinityBoard, cards: dict[str, int]
) -> None:
    items = [board.card_item(i) for i in cards.values()]
    assert all(i.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache for i in items)
    rects = [i.sceneBoundingRect() for i in items]
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :])
    assert board.card_text_pixels() >= 12


def test_drop_card_on_loose_card_makes_a_group_renamed_in_place_with_undo(
    qtbot: QtBot,
    board: AffinityBoard,
    ws: Workshop,
    controller: WorkshopController,
    cards: dict[str, int],
) -> None:
    a, b = cards["a"], cards["b"]
    drag(qtbot, board, centre(board, board.card_item(a)), centre(board, board.card_item(b)))
    [group] = svc.list_clusters(ws)
    assert cluster_of(ws, a) == cluster_of(ws, b) == group.id
    assert group.label == board.default_label()
    # The 表札 opens for typing right away; Japanese text arrives as committed input.
    editor = board.label_editor
    assert editor is not None and editor.isVisible() and editor.hasSelectedText()
    editor.setText("紙と押印に縛られている")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert labels(ws) == ["紙と押印に縛られている"]
    assert board.label_editor is None
    # The dropped card sits beside the target card, never on it.
    card_a, card_b = board.card_item(a), board.card_item(b)
    assert (
        not card_a.sceneBoundingRect()
        .adjusted(8, 8, -8, -8)
        .intersects(card_b.sceneBoundingRect().adjusted(8, 8, -8, -8))
    )
    region = board.cluster_item(group.id).sceneBoundingRect()
    assert region.contains(card_a.sceneBoundingRect()) and region.contains(
        card_b.sceneBoundingRect()
    )
    # Positions are in the file, the auto-placed ones pinned on the first edit.
    for ident in cards.values():
        row = svc.get_issue(ws, ident)
        item = board.card_item(ident)
        assert (row.board_x, row.board_y) == pytest.approx((item.x(), item.y()), abs=0.1)

    stack = controller.undo_stack
    stack.undo()  # the rename
    assert labels(ws) == [board.default_label()]
    stack.undo()  # the grouping
    assert labels(ws) == [] and cluster_of(ws, a) is None and cluster_of(ws, b) is None
    assert svc.get_issue(ws, a).board_x is None  # back to automatic placement
    stack.redo()
    stack.redo()
    assert labels(ws) == ["紙と押印に縛られている"]
    assert cluster_of(ws, a) == cluster_of(ws, b) == group.id
    assert board.cluster_item(group.id).isVisible()


def test_join_leave_and_rename_by_double_click(
    qtbot: QtBot,
    board: AffinityBoard,
    ws: Workshop,
    controller: WorkshopController,
    cards: dict[str, int],
) -> None:
    a, b, c = cards["a"], cards["b"], cards["c"]
    group = svc.add_cluster(ws, "決裁", issue_ids=[a, b]).cluster
    board.refresh()
    item = board.cluster_item(group.id)
    # Join: drop card c into the group's region (on its label strip).
    drag(qtbot, board, centre(board, board.card_item(c)), header(board, item))
    assert cluster_of(ws, c) == group.id
    assert controller.undo_stack.undoText().startswith("Put 1 card")
    # Leave: drag card a out, beside the group.
    board.centerOn(board.card_item(a))
    region = board.cluster_item(group.id).sceneBoundingRect()
    start = centre(board, board.card_item(a))
    outside = board.mapFromScene(region.right() + 200, region.top() + 30)
    drag(qtbot, board, start, outside)
    assert cluster_of(ws, a) is None
    controller.undo_stack.undo()
    assert cluster_of(ws, a) == group.id
    controller.undo_stack.redo()
    assert cluster_of(ws, a) is None
    # Rename in place: double-click the 表札, type, Enter; Esc cancels.
    board.refresh()
    item = board.cluster_item(group.id)
    qtbot.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, pos=header(board, item))
    editor = board.label_editor
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert board.label_editor is None and labels(ws) == ["決裁"]
    editor = board.start_rename(group.id)
    assert editor is not None
    editor.setText("決裁に時間がかかる")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert labels(ws) == ["決裁に時間がかかる"]
    controller.undo_stack.undo()
    assert labels(ws) == ["決裁"]
    controller.undo_stack.redo()
    assert labels(ws) == ["決裁に時間がかかる"]


def test_nest_a_group_by_dragging_its_label_and_move_groups_with_their_cards(
    qtbot: QtBot,
    board: AffinityBoard,
    ws: Workshop,
    controller: WorkshopController,
    cards: dict[str, int],
) -> None:
    outer = svc.add_cluster(ws, "問い合わせ対応", issue_ids=[cards["d"]]).cluster
    inner = svc.add_cluster(ws, "電話", issue_ids=[cards["c"]]).cluster
    board.refresh()
    board.fit_all()
    card_before = board.card_item(cards["c"]).scenePos()
    drag(
        qtbot,
        board,
        header(board, board.cluster_item(inner.id)),
        centre(board, board.cluster_item(outer.id)),
    )
    rows = {c.id: c for c in svc.list_clusters(ws)}
    assert rows[inner.id].parent_id == outer.id and rows[inner.id].depth == 1
    assert board.card_item(cards["c"]).scenePos() != card_before  # the cards came along
    assert cluster_of(ws, cards["c"]) == inner.id
    outer_region = board.cluster_item(outer.id).sceneBoundingRect()
    assert outer_region.contains(board.cluster_item(inner.id).sceneBoundingRect())
    controller.undo_stack.undo()
    assert {c.id: c.parent_id for c in svc.list_clusters(ws)}[inner.id] is None
    assert board.card_item(cards["c"]).scenePos() == card_before


def test_new_group_from_selection_dissolve_and_tidy_up(
    board: AffinityBoard, ws: Workshop, controller: WorkshopController, cards: dict[str, int]
) -> None:
    board.card_item(cards["a"]).setSelected(True)
    board.card_item(cards["b"]).setSelected(True)
    made = board.new_group()
    assert made is not None and board.label_editor is not None
    board.label_editor.setText("紙")
    board.label_editor.editingFinished.emit()
    assert labels(ws) == ["紙"]
    assert {cluster_of(ws, cards["a"]), cluster_of(ws, cards["b"])} == {made}
    board.scene().clearSelection()
    board.cluster_item(made).setSelected(True)
    board.delete_selected()  # dissolves the group; the cards stay
    assert labels(ws) == [] and len(svc.list_issues(ws)) == 4
    controller.undo_stack.undo()
    assert labels(ws) == ["紙"] and cluster_of(ws, cards["a"]) == made
    board.tidy_up()
    items = [board.card_item(i) for i in cards.values()]
    rects = [i.sceneBoundingRect() for i in items]
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :])
    assert all(svc.get_issue(ws, i).board_x is not None for i in cards.values())


def test_filter_hides_cards_and_empty_looking_groups(
    board: AffinityBoard, ws: Workshop, cards: dict[str, int]
) -> None:
    group = svc.add_cluster(ws, "電話", issue_ids=[cards["d"]]).cluster
    empty = svc.add_cluster(ws, "まだ空", board_x=0, board_y=-300).cluster
    board.refresh()
    board.set_filter([cards["a"], cards["b"]])
    assert sorted(board.card_ids()) == sorted([cards["a"], cards["b"]])
    assert not board.cluster_item(group.id).isVisible()
    assert board.cluster_item(empty.id).isVisible()  # a group with no cards at all stays
    board.set_filter(None)
    assert len(board.card_ids()) == 4 and board.cluster_item(group.id).isVisible()


def test_presentation_mode_large_text_lock_and_escape(
    qtbot: QtBot, controller: WorkshopController, ws: Workshop, cards: dict[str, int]
) -> None:
    svc.add_cluster(ws, "紙と押印", issue_ids=[cards["a"], cards["b"]])

    def factory(parent: QWidget) -> AffinityBoard:
        return AffinityBoard(controller, parent, presenting=True)

    window = PresentationWindow(factory, "親和図")
    qtbot.addWidget(window)
    window.present()
    window.resize(1920, 1080)
    board = window.board
    assert isinstance(board, AffinityBoard)
    board.fit_all()
    assert board.card_text_pixels() >= 24  # card text ≥ 24 px at the default scale
    window.ui.largerButton.click()
    assert board.card_text_pixels() > 24
    # Locked: a drag does not move anything.
    window.ui.lockButton.click()
    assert board.locked
    card = board.card_item(cards["c"])
    before = card.pos()
    board.centerOn(card)
    drag(qtbot, board, centre(board, card), centre(board, card) + QPoint(300, 120))
    assert card.pos() == before and svc.get_issue(ws, cards["c"]).board_x is None
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_board_with_hundreds_of_cards_builds_quickly(qtbot: QtBot, tmp_path: Path) -> None:
    ws = create_demo(tmp_path / "large.dxw", "large", backup_root=tmp_path / "b")
    controller = WorkshopController(ws)
    try:
        board = AffinityBoard(controller)
        qtbot.addWidget(board)
        board.resize(1280, 800)
        board.show()
        assert board.card_ids() == []  # 12,000 cards: it asks for a filter instead
        ids = [r.id for r in svc.list_issues(ws)[:500]]
        board.set_filter(ids)
        board.fit_all()
        board.viewport().repaint()
        assert len(board.card_ids()) == 500
    finally:
        controller.close()


def test_an_edit_naming_its_cards_reads_those_cards_only(
    qtbot: QtBot, board: AffinityBoard, ws: Workshop, cards: dict[str, int]
) -> None:
    """A drop reports the cards it moved: the board reads those again (not all 12,000 of
    a prefecture's programme) and ends where a full read would."""
    from dxworkshop.services.ops import Changes

    a, b, d = cards["a"], cards["b"], cards["d"]
    drag(qtbot, board, centre(board, board.card_item(a)), centre(board, board.card_item(b)))
    svc.update_issue(ws, d, title="電話の問い合わせが多い（改）")
    svc.update_issue(ws, cards["c"], title="書き換えたが知らせない")
    board.refresh(Changes.of(issue=[d]))
    full_issues, _clusters = svc.board_state(ws)
    assert board.card_item(d).row.title == "電話の問い合わせが多い（改）"
    assert board.card_item(cards["c"]).row.title == "決裁の回覧に3日かかる"  # not read
    assert board.card_item(a).row == next(r for r in full_issues if r.id == a)
    board.refresh()
    assert board.card_item(cards["c"]).row.title == "書き換えたが知らせない"


def test_an_edit_leaves_the_spots_of_cards_nobody_placed_until_the_filter_changes(
    board: AffinityBoard, ws: Workshop, cards: dict[str, int]
) -> None:
    """Cards nobody placed keep the spots found for them when an edit names other cards
    (the board does not lay out every card again to place one); a new filter lays them
    out afresh, as a full read does."""
    from dxworkshop.services.ops import Changes

    a, b, c, d = (cards[k] for k in "abcd")
    spots = {i: board.card_item(i).pos() for i in (a, b, c, d)}
    assert len({(p.x(), p.y()) for p in spots.values()}) == 4  # a loose row, laid out
    svc.set_issues_deleted(ws, [b], True)  # the row closes up on a fresh layout
    board.refresh(Changes.of(issue=[b]))
    assert b not in board.card_ids()
    assert [board.card_item(i).pos() for i in (a, c, d)] == [spots[a], spots[c], spots[d]]
    board.set_filter({a, c})
    board.set_filter(None)
    laid_out = [board.card_item(i).pos() for i in (a, c, d)]
    board.refresh()
    assert [board.card_item(i).pos() for i in (a, c, d)] == laid_out
    assert laid_out[1] == spots[b]  # c moved up into b's spot


def test_a_board_too_large_for_one_session_holds_the_filters_cards_only(
    board: AffinityBoard, ws: Workshop, cards: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With more cards than one board takes, the board holds the cards its filter shows
    (a group's KJ session) and no others: an edit of another card reads nothing, a wider
    filter reads the cards it adds, no filter says there are too many."""
    import dxworkshop.ui.boards.affinity_board as module
    from dxworkshop.services.ops import Changes

    monkeypatch.setattr(module, "MAX_CARDS", 3)  # four cards: one too many
    a, b, c, d = (cards[k] for k in "abcd")
    board.set_filter({a, b})
    assert sorted(board.card_ids()) == sorted([a, b])
    assert set(board._rows) == {a, b}  # held: c and d are not on the board at all
    board.refresh()  # a full read reads the held cards alone
    assert set(board._rows) == {a, b}
    svc.update_issue(ws, c, title="持たないカード")
    board.refresh(Changes.of(issue=[c]))
    assert set(board._rows) == {a, b}
    svc.update_issue(ws, a, title="持つカード")
    board.refresh(Changes.of(issue=[a]))
    assert board.card_item(a).row.title == "持つカード"
    board.set_filter({a, b, c})
    assert sorted(board.card_ids()) == sorted([a, b, c])
    assert board.card_item(c).row.title == "持たないカード"
    board.set_filter(None)  # every card: more than one board takes
    assert board.card_ids() == []
    assert "too many" in board._message.text()
    board.set_filter({d})
    assert board.card_ids() == [d]
