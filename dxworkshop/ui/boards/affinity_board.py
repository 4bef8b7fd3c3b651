"""The affinity board (KJ法): issue cards on a zoomable canvas, gathered into named groups.

Drag a card onto a loose card and the two become a new group with a default 表札, ready
to be renamed in place; drop a card on a group to join it, anywhere else to leave it;
drag a group by its 表札 into another group to nest it. Every gesture is one undoable
``controller.execute`` whose do/undo are ``services.issues.arrange`` changes, and every
position is saved in the file. Cards not yet placed by anyone are laid out by
``domain.board_layout.place_missing``; the first edit pins that layout.

Painting stays cheap with hundreds of cards: cards are cached in device coordinates,
the scene is rebuilt incrementally from two reads (no per-card queries), and a shared
screen scales one root item (``set_text_scale``) instead of re-laying the cards.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLineEdit,
    QMenu,
    QWidget,
)

from dxworkshop.domain.board_layout import Board, arrange_all, place_missing
from dxworkshop.domain.board_layout import regions as layout_regions
from dxworkshop.domain.geometry import Point, Rect
from dxworkshop.services import issues as svc
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.issues import BoardChange, ClusterRow, IssueRow
from dxworkshop.services.ops import Changes, Kind, Operation
from dxworkshop.ui.boards.affinity_items import (
    CARD_Z,
    DRAG_Z,
    GEOMETRY,
    CardItem,
    ClusterItem,
    _Drag,
    _LabelEditor,
    _Look,
    _look,
    _Root,
)
from dxworkshop.ui.boards.board_view import MAX_ZOOM, MIN_ZOOM, BoardView
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.issue_cards import (
    CLUSTER_COLOURS,
    LABEL_PX,
    META_PX,
    CardFonts,
)
from dxworkshop.ui.messages import service_error_text

log = logging.getLogger(__name__)

MAX_CARDS = 2000  # more is no KJ session: ask for a filter instead of building the scene
READABLE_PX = 24  # the smallest card text on a shared screen, in screen pixels
OVERVIEW_PX = 11  # below this a 表札 is shown as a floating label of constant size
MAX_LABEL_W = 520
BACKGROUND = QColor("#f3f5f8")
#: The kinds of records the board shows.
SHOWN = (Kind.ISSUE, Kind.CLUSTER, Kind.PERSON, Kind.MUNICIPALITY, Kind.GROUP)


class AffinityBoard(BoardView):
    issue_selected = Signal(int)  # the single selected card, -1 for none or several
    issue_activated = Signal(int)  # a card was double-clicked
    status_message = Signal(str)

    def __init__(
        self,
        controller: WorkshopController,
        parent: QWidget | None = None,
        *,
        presenting: bool = False,
        issue_filter: Iterable[int] | None = None,
    ) -> None:
        """*issue_filter*: the cards to show from the start (see ``set_filter``): on a
        programme too large for one board, the first read reads those alone."""
        super().__init__(parent)
        self.controller = controller
        self.presenting = presenting
        self.setScene(QGraphicsScene(self))
        self.scene().setBackgroundBrush(BACKGROUND)
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.root = _Root()
        self.scene().addItem(self.root)
        base = QFont(self.font())
        self.fonts = CardFonts.from_base(base)
        self._label_metrics = QFontMetricsF(self.fonts.label)
        self._label_widths: dict[str, float] = {}
        self._cards: dict[int, CardItem] = {}
        self._clusters: dict[int, ClusterItem] = {}
        self._rows: dict[int, IssueRow] = {}
        self._cluster_rows: dict[int, ClusterRow] = {}
        self._tree = Board()
        self._card_pos: dict[int, Point] = {}
        self._cluster_pos: dict[int, Point] = {}
        self._auto_cards: set[int] = set()
        self._fresh_spots: set[int] = set()
        self._shown_ids: set[int] = set()  # the cards the filter shows
        self._auto_clusters: set[int] = set()
        self._filter: frozenset[int] | None = (
            None if issue_filter is None else frozenset(issue_filter)
        )
        # the only cards held on a programme too large for one board (see ``_hold``)
        self._held: frozenset[int] | None = None
        self._drag: _Drag | None = None
        self._target_item: CardItem | ClusterItem | None = None
        self._look_cache: dict[int, _Look] = {}
        self._editor: _LabelEditor | None = None
        self._editing: int | None = None
        self._message = QGraphicsSimpleTextItem()
        self._message.setBrush(QColor("#475569"))
        message_font = QFont(base)
        message_font.setPixelSize(20)
        self._message.setFont(message_font)
        self._message.setVisible(False)
        self.scene().addItem(self._message)
        self._too_many = False
        self._has_cards: dict[int, bool] = {}  # a group (or one nested in it) has cards
        self._shown_count: dict[int, int] = {}  # cards shown in a group, nested ones too
        self._dirty = True
        self._followed = False  # the last changes reached the board through its page
        self._fitted = False
        self._apply_drag_mode()
        self._make_actions()
        self.zoom_changed.connect(lambda _z: self._update_overview())
        self.scene().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def _make_actions(self) -> None:
        self.rename_action = QAction(self.tr("Rename Label"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.rename_action.triggered.connect(self._rename_selected)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.rename_action)
        self.addAction(self.delete_action)

    # -- reading ------------------------------------------------------------------------------

    def follow(self, changes: Changes) -> None:
        """Show *changes* (its page passes on what the main window gives it): now when in
        sight, else when shown again."""
        if not changes.touches(*SHOWN):
            return
        self._followed = True
        if self.isVisible() and not self._dirty:
            self.refresh(changes)
        elif self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        if not self._fitted and self.viewport().width() > 50:
            self._fitted = True
            # The first view is readable (9 px and up), from the top-left when it is large.
            floor = READABLE_PX / (META_PX * self.text_scale) if self.presenting else 0.75
            self._fit(floor)

    def refresh(self, changes: Changes | None = None) -> None:
        """Read the cards and groups again and update the scene in place (after *changes*
        that name the issues they touched, only those cards are read)."""
        self._dirty = False
        if self._drag is not None:
            self._end_drag_visuals()
            self._drag = None
        issues, clusters, read_again = self._read(changes)
        self._show_rows(issues, clusters, read_again)

    def _show_rows(
        self,
        issues: list[IssueRow],
        clusters: Iterable[ClusterRow],
        read_again: frozenset[int] | None,
    ) -> None:
        """Put *issues* and *clusters* on the scene (*read_again*: the cards that may have
        changed; None: any)."""
        clusters = list(clusters)
        before, placed_before = self._rows, self._card_pos
        self._rows = {r.id: r for r in issues}
        self._cluster_rows = {c.id: c for c in clusters}
        self._tree = Board(
            {c.id: c.parent_id for c in clusters}, {r.id: r.cluster_id for r in issues}
        )
        stored_cards, stored_clusters = self._stored()
        known = dict(stored_cards)
        if read_again is not None:
            # The cards an edit left alone keep the spots found for them last time (the
            # board does not lay out 12,000 cards again to place the one moved); a filter
            # that shows other cards lays them out afresh (``set_filter``).
            for ident in self._auto_cards - read_again - known.keys():
                row, old = self._rows.get(ident), before.get(ident)
                if row is not None and old is not None and row.cluster_id == old.cluster_id:
                    known[ident] = placed_before[ident]
        self._card_pos, self._cluster_pos = place_missing(
            self._tree, known, stored_clusters, self.label_width, GEOMETRY
        )
        # the cards whose spots were found just now (a fresh layout: every unplaced card)
        self._fresh_spots = set(self._card_pos) - known.keys()
        self._auto_cards = set(self._rows) - set(stored_cards)
        self._auto_clusters = set(self._cluster_rows) - set(stored_clusters)
        for ident in [i for i in self._cards if i not in self._rows]:
            self.scene().removeItem(self._cards.pop(ident))
        for ident in [i for i in self._clusters if i not in self._cluster_rows]:
            gone = self._clusters.pop(ident)
            self.scene().removeItem(gone.overview)
            self.scene().removeItem(gone)
        for cluster in clusters:
            item = self._clusters.get(cluster.id)
            if item is None:
                item = ClusterItem(cluster, self.fonts, self.root)
                self._clusters[cluster.id] = item
            item.set_row(cluster)
            item.setZValue(10.0 + cluster.depth)
        self._apply_visibility()

    def _read(
        self, changes: Changes | None
    ) -> tuple[list[IssueRow], list[ClusterRow], frozenset[int] | None]:
        """The board's cards and groups: every card, or — when *changes* name the issues
        they touched (and only groups changed beside them) — the cards held with those
        read again; and the ids read again (None: every card)."""
        ws = self.controller.workshop
        ids = changes.ids(Kind.ISSUE) if changes is not None else None
        if (
            changes is None
            or not self._rows
            or ids is None
            or not changes.kinds <= {Kind.ISSUE, Kind.CLUSTER}
        ):
            wanted = self._filter
            if wanted is not None and len(wanted) <= MAX_CARDS < svc.issue_count(ws):
                self._held = wanted  # a KJ session of one group: its cards alone are read
                return svc.issue_rows(ws, wanted), svc.list_clusters(ws), None
            self._held = None
            return (*svc.board_state(ws), None)
        merged = dict(self._rows)
        for ident in ids:
            merged.pop(ident, None)
        held = self._held
        merged.update((r.id, r) for r in svc.issue_rows(ws, ids) if held is None or r.id in held)
        return sorted(merged.values(), key=lambda r: r.id), svc.list_clusters(ws), ids

    def _shown(self, issue_id: int) -> bool:
        return self._filter is None or issue_id in self._filter

    def _stored(self) -> tuple[dict[int, Point], dict[int, Point]]:
        """The positions stored in the file, of cards and of groups."""
        cards = {
            r.id: (r.board_x, r.board_y)
            for r in self._rows.values()
            if r.board_x is not None and r.board_y is not None
        }
        clusters = {
            c.id: (c.board_x, c.board_y)
            for c in self._cluster_rows.values()
            if c.board_x is not None and c.board_y is not None
        }
        return cards, clusters

    def set_filter(self, issue_ids: Iterable[int] | None) -> None:
        """Show only these cards (None: all); groups without a shown card are hidden.
        The cards nobody placed find room again around those placed since."""
        wanted = None if issue_ids is None else frozenset(issue_ids)
        if wanted == self._filter:
            return
        small = wanted is not None and len(wanted) <= MAX_CARDS
        if self._held is not None or (small and len(self._rows) > MAX_CARDS):
            self._hold(wanted)
            return
        if wanted != self._filter:
            was = self._rows.keys() if self._filter is None else self._filter
            now = self._rows.keys() if wanted is None else wanted
            self._filter = wanted
            if (now - was) & (self._auto_cards - self._fresh_spots):  # kept spots shown
                stored_cards, stored_clusters = self._stored()
                self._card_pos, self._cluster_pos = place_missing(
                    self._tree, stored_cards, stored_clusters, self.label_width, GEOMETRY
                )
                self._fresh_spots = set(self._card_pos) - stored_cards.keys()
            self._apply_visibility()

    def _hold(self, wanted: frozenset[int] | None) -> None:
        """On a programme of more cards than one board takes, the board holds the cards
        the filter shows and no others (a KJ session of one group: a few hundred of
        48,000), so that an edit lays out, counts and draws those alone."""
        self._filter = wanted
        if wanted is None or len(wanted) > MAX_CARDS:
            self.refresh()  # every card: too many for one board, as it says
            return
        if self._held is None:  # every card is here: keep the filter's
            self._held = wanted
            self._show_rows([r for r in self._rows.values() if r.id in wanted],
                            self._cluster_rows.values(), None)  # fmt: skip
            return
        added, removed = wanted - self._held, self._held - wanted
        self._held = wanted
        rows = [r for r in self._rows.values() if r.id not in removed]
        if added:
            rows += svc.issue_rows(self.controller.workshop, added)
        rows.sort(key=lambda r: r.id)
        self._show_rows(rows, self._cluster_rows.values(), added | removed)

    def _apply_visibility(self) -> None:
        # The shown cards once (with a group chosen, a few hundred of 12,000): only they
        # and the cards made before are visited.
        shown = set(self._rows) if self._filter is None else self._filter & self._rows.keys()
        self._shown_ids = shown
        self._too_many = len(shown) > MAX_CARDS
        for ident in [
            *sorted(shown),
            *(i for i in self._cards if i not in shown and i in self._rows),
        ]:
            row = self._rows[ident]
            visible = not self._too_many and ident in shown
            item = self._cards.get(ident)
            if item is None:
                if not visible:
                    continue
                item = CardItem(row, self.fonts, self.root)
                self._cards[ident] = item
            item.set_row(row)
            item.setPos(*self._card_pos[ident])
            item.setZValue(CARD_Z)
            item.setVisible(visible)
        self._look_cache = self._looks()
        self._has_cards = {}
        self._shown_count = {}
        for cid in self._tree.depth_first():
            own = self._tree.cards[cid]
            kids = self._tree.children[cid]
            self._has_cards[cid] = bool(own) or any(self._has_cards[k] for k in kids)
            self._shown_count[cid] = len(shown.intersection(own)) + sum(
                self._shown_count[k] for k in kids
            )
        self._update_regions()
        self._update_overview()
        self._show_message()

    def _show_message(self) -> None:
        text = ""
        if self._too_many:
            text = self.tr(
                "{count} cards are too many for one board. Choose a group or a municipality "
                "above to show fewer."
            ).format(count=sum(1 for i in self._rows if self._shown(i)))
        elif not self._rows:
            text = self.tr("No issue cards yet. Type them in above; they will appear here.")
        elif not any(self._shown(i) for i in self._rows) and not self._cluster_rows:
            text = self.tr("No card matches the filter.")
        appears = bool(text) and not self._message.isVisible()
        self._message.setText(text)
        self._message.setVisible(bool(text))
        if text:
            self._message.setPos(0, 0)
        if appears:  # readable at any zoom the cards before it left: its own size, in sight
            self.set_zoom(1.0)
            self.centerOn(self._message)

    def label_width(self, cluster_id: int) -> float:
        """Room the 表札 needs (text, colour bar and card count), in board units."""
        row = self._cluster_rows.get(cluster_id)
        label = row.label if row is not None else ""
        width = self._label_widths.get(label)
        if width is None:
            width = min(self._label_metrics.horizontalAdvance(label) + 84, MAX_LABEL_W)
            self._label_widths[label] = width
        return width

    def _looks(self) -> dict[int, _Look]:
        bases: dict[int, QColor] = {}
        looks: dict[int, _Look] = {}
        tops = self._tree.children[None]
        for cid in self._tree.depth_first()[::-1]:  # parents first
            row = self._cluster_rows[cid]
            if row.colour:
                base = QColor(row.colour)
            elif row.parent_id is not None and row.parent_id in bases:
                base = bases[row.parent_id]
            else:
                position = tops.index(cid) if cid in tops else cid
                base = QColor(CLUSTER_COLOURS[position % len(CLUSTER_COLOURS)])
            bases[cid] = base
            looks[cid] = _look(base, row.depth)
        return looks

    def _update_regions(
        self, tree: Board | None = None, cluster_pos: dict[int, Point] | None = None
    ) -> None:
        tree = tree or self._tree
        positions = {
            ident: (item.x(), item.y()) for ident, item in self._cards.items() if item.isVisible()
        }
        own = cluster_pos if cluster_pos is not None else self._cluster_pos
        # A group whose cards are all filtered out is hidden, not an empty box.
        empty_pos = {c: p for c, p in own.items() if not self._has_cards.get(c, False)}
        found = layout_regions(tree, positions, empty_pos, self.label_width, GEOMETRY)
        looks = self._look_cache
        for cid, item in self._clusters.items():
            rect = found.get(cid)
            visible = rect is not None and not self._too_many
            item.setVisible(visible)
            if rect is not None:
                item.set_region(rect)
                item.set_look(looks[cid], self._shown_count.get(cid, 0))
        if self.overview_shown():
            self._update_overview()

    def overview_shown(self) -> bool:
        """True when the 表札 are too small to read and float above the board instead."""
        return LABEL_PX * self.text_scale * self.transform().m11() < OVERVIEW_PX

    def _update_overview(self) -> None:
        show = self.overview_shown()
        factor = self.text_scale * self.transform().m11()
        for item in self._clusters.values():
            item.overview.setVisible(show and item.isVisible())
            if show:
                item.overview.set_max_width(item.region().width() * factor - 4)

    # -- geometry helpers ------------------------------------------------------------------

    def board_pos(self, view_pos: QPoint | QPointF) -> QPointF:
        """A viewport position in board units."""
        point = view_pos.toPoint() if isinstance(view_pos, QPointF) else view_pos
        return self.root.mapFromScene(self.mapToScene(point))

    def view_pos(self, board_point: QPointF) -> QPoint:
        return self.mapFromScene(self.root.mapToScene(board_point))

    def card_item(self, issue_id: int) -> CardItem:
        return self._cards[issue_id]

    def cluster_item(self, cluster_id: int) -> ClusterItem:
        return self._clusters[cluster_id]

    def card_ids(self) -> list[int]:
        """The cards shown on the board."""
        return [i for i, item in self._cards.items() if item.isVisible()]

    def cluster_of(self, issue_id: int) -> int | None:
        return self._rows[issue_id].cluster_id

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for item in [*self._cards.values(), *self._clusters.values()]:
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty() and self._message.isVisible():
            rect = self._message.sceneBoundingRect()
        return rect

    def card_text_pixels(self) -> float:
        """Size of the smallest card text on screen (text scale × zoom), in pixels."""
        return META_PX * self.text_scale * self.transform().m11()

    # -- BoardView hooks ------------------------------------------------------------------

    def fit_all(self) -> None:
        """Show every shown card; on a shared screen never below readable text."""
        floor = READABLE_PX / (META_PX * self.text_scale) if self.presenting else None
        self._fit(floor)

    def overview(self) -> None:
        self._fit(None)

    def _fit(self, floor: float | None) -> None:
        rect = self.content_rect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        margin = 40.0
        zoom = min(
            view.width() / (rect.width() + 2 * margin), view.height() / (rect.height() + 2 * margin)
        )
        zoom = min(zoom, 1.5)  # a few cards are not blown up
        if floor is not None:
            zoom = max(zoom, floor)
        zoom = max(MIN_ZOOM, min(zoom, MAX_ZOOM))
        self.set_zoom(zoom)
        if (
            zoom * (rect.width() + 2 * margin) > view.width()
            or zoom * (rect.height() + 2 * margin) > view.height()
        ):
            # Too big to fit at a readable size: start at the first group (or card) in
            # reading order, top to bottom, left to right.
            first = self._first_item_rect() or rect
            self.centerOn(
                first.left() - margin + view.width() / (2 * zoom),
                first.top() - margin + view.height() / (2 * zoom),
            )
        else:
            self.centerOn(rect.center())

    def _first_item_rect(self) -> QRectF | None:
        tops: list[QRectF] = [
            item.sceneBoundingRect()
            for cid, item in self._clusters.items()
            if item.isVisible() and self._cluster_rows[cid].parent_id is None
        ]
        tops += [
            item.sceneBoundingRect()
            for ident, item in self._cards.items()
            if item.isVisible() and self._rows[ident].cluster_id is None
        ]
        if not tops:
            return None
        row_h = GEOMETRY.card_h * self.text_scale
        return min(tops, key=lambda r: (round(r.top() / row_h), r.left()))

    def on_text_scale_changed(self, scale: float) -> None:
        centre = self.root.mapFromScene(self.mapToScene(self.viewport().rect().center()))
        self.root.setScale(scale)
        self.centerOn(self.root.mapToScene(centre))
        self._update_overview()
        self._finish_rename(save=True)

    def on_locked_changed(self, locked: bool) -> None:
        if self._drag is not None:
            self._cancel_drag()
        self._apply_drag_mode()

    def _apply_drag_mode(self) -> None:
        pan = self.presenting or self.locked
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if pan else QGraphicsView.DragMode.RubberBandDrag
        )

    # -- selection ----------------------------------------------------------------------------

    def selected_card_ids(self) -> list[int]:
        return [
            item.issue_id
            for item in self.scene().selectedItems()
            if isinstance(item, CardItem) and item.isVisible()
        ]

    def selected_cluster_ids(self) -> list[int]:
        return [
            item.cluster_id
            for item in self.scene().selectedItems()
            if isinstance(item, ClusterItem)
        ]

    def select_issue(self, issue_id: int) -> None:
        item = self._cards.get(issue_id)
        if item is None or not item.isVisible():
            return
        self.scene().clearSelection()
        item.setSelected(True)
        self.ensureVisible(item, 40, 40)

    def _selection_changed(self) -> None:
        ids = self.selected_card_ids()
        self.issue_selected.emit(ids[0] if len(ids) == 1 else -1)

    # -- mouse ------------------------------------------------------------------------------

    def _item_at(self, view_pos: QPoint, exclude: set[QGraphicsItem] | None = None) -> Any:
        """The topmost card or group under *view_pos* (skipping *exclude*)."""
        for item in self.items(view_pos):
            if exclude and item in exclude:
                continue
            if isinstance(item, CardItem | ClusterItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._finish_rename(save=True)
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            item = self._item_at(pos)
            toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if isinstance(item, CardItem):
                if toggle:
                    item.setSelected(not item.isSelected())
                    event.accept()
                    return
                if not item.isSelected():
                    self.scene().clearSelection()
                    item.setSelected(True)
                if not self.locked:
                    self._start_card_drag(pos)
                event.accept()
                return
            if isinstance(item, ClusterItem) and item.in_header(self.mapToScene(pos)):
                self.scene().clearSelection()
                item.setSelected(True)
                if not self.locked:
                    self._start_cluster_drag(item, pos)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self.drag_to(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self.drop_at(event.position().toPoint())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        item = self._item_at(pos)
        if isinstance(item, ClusterItem) and item.in_header(self.mapToScene(pos)):
            self.start_rename(item.cluster_id)
            event.accept()
            return
        if isinstance(item, CardItem):
            self.issue_activated.emit(item.issue_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- dragging (also driven by tests through these methods) ---------------------------------

    def _start_card_drag(self, view_pos: QPoint) -> None:
        items = [
            i for i in self.scene().selectedItems() if isinstance(i, CardItem) and i.isVisible()
        ]
        ids = [i.issue_id for i in items]
        detached = dict(self._tree.card_cluster)
        detached.update(dict.fromkeys(ids))
        self._drag = _Drag(
            kind="cards",
            press=self.board_pos(view_pos),
            screen=view_pos,
            items=list(items),
            origins=[i.pos() for i in items],
            card_ids=ids,
            excluded=set(items),
            tree=Board(dict(self._tree.cluster_parent), detached),
        )

    def _start_cluster_drag(self, item: ClusterItem, view_pos: QPoint) -> None:
        subtree = self._tree.subtree(item.cluster_id)
        cards = [c for cid in subtree for c in self._tree.cards[cid]]
        moving: list[QGraphicsItem] = [self._clusters[c] for c in subtree]
        moving += [self._cards[c] for c in cards if c in self._cards and self._cards[c].isVisible()]
        parents = dict(self._tree.cluster_parent)
        parents[item.cluster_id] = None
        self._drag = _Drag(
            kind="cluster",
            press=self.board_pos(view_pos),
            screen=view_pos,
            items=moving,
            origins=[i.pos() for i in moving],
            card_ids=cards,
            cluster_ids=subtree,
            excluded=set(moving),
            tree=Board(parents, dict(self._tree.card_cluster)),
        )

    def drag_to(self, view_pos: QPoint) -> None:
        drag = self._drag
        if drag is None:
            return
        if not drag.moved:
            distance = (view_pos - drag.screen).manhattanLength()
            if distance < 4:
                return
            drag.moved = True
            # Once: the groups the dragged things leave shrink around what stays.
            self._update_regions(drag.tree)
            drag.origins = [i.pos() for i in drag.items]
            for item in drag.items:
                item.setZValue(item.zValue() + DRAG_Z)
        delta = self.board_pos(view_pos) - drag.press
        drag.delta = delta
        # Then each frame only moves what is dragged (a group moves rigidly).
        for item, origin in zip(drag.items, drag.origins, strict=True):
            if isinstance(item, ClusterItem):
                item.move_to(origin + delta)
            else:
                item.setPos(origin + delta)
        self._highlight(self._drop_target(view_pos))

    def _drop_target(self, view_pos: QPoint) -> Any:
        drag = self._drag
        if drag is None:
            return None
        item = self._item_at(view_pos, drag.excluded)
        if drag.kind == "cluster" and isinstance(item, CardItem):
            for under in self.items(view_pos):
                if isinstance(under, ClusterItem) and under not in drag.excluded:
                    return under if under.isVisible() else None
            return None
        return item

    def _highlight(self, target: Any) -> None:
        """Outline where a drop would go: the group joined, or the loose card paired."""
        shown: CardItem | ClusterItem | None = None
        if isinstance(target, ClusterItem):
            shown = target
        elif isinstance(target, CardItem):
            cid = self.cluster_of(target.issue_id)
            shown = target if cid is None else self._clusters.get(cid)
        if shown is self._target_item:
            return
        if self._target_item is not None:
            self._target_item.set_target(False)
        self._target_item = shown
        if shown is not None:
            shown.set_target(True)

    def _end_drag_visuals(self) -> None:
        self._highlight(None)

    def _cancel_drag(self) -> None:
        drag = self._drag
        self._drag = None
        if drag is None:
            return
        self._end_drag_visuals()
        for item, origin in zip(drag.items, drag.origins, strict=True):
            item.setPos(origin)
        self.refresh()

    def drop_at(self, view_pos: QPoint) -> None:
        """Finish a drag at *view_pos*: join, leave, group or nest, as one undoable edit."""
        drag = self._drag
        if drag is None:
            return
        if not drag.moved:
            self._drag = None
            return
        self.drag_to(view_pos)
        target = self._drop_target(view_pos)
        self._end_drag_visuals()
        self._drag = None
        try:
            if drag.kind == "cards":
                self._drop_cards(drag, target)
            else:
                self._drop_cluster(drag, target)
        except ServiceError as exc:
            self.status_message.emit(service_error_text(exc))
            self.refresh()

    def _free_spot(self, wanted: Point, taken: list[Rect]) -> Point:
        """*wanted*, or the nearest place on a card grid around it where no card is."""
        g = GEOMETRY

        def free(p: Point) -> bool:
            rect = Rect(p[0], p[1], g.card_w, g.card_h)
            for other in taken:
                if (
                    rect.x < other.right - 8
                    and other.x < rect.right - 8
                    and rect.y < other.bottom - 8
                    and other.y < rect.bottom - 8
                ):
                    return False
            return True

        if free(wanted):
            return wanted
        step_x, step_y = g.card_w + g.gap, g.card_h + g.gap
        # Align with the card that is in the way, so groups stay tidy.
        anchor = wanted
        for other in taken:
            if (
                other.x - g.card_w < wanted[0] < other.right
                and other.y - g.card_h < wanted[1] < other.bottom
            ):
                anchor = (other.x, other.y)
                break
        candidates = [
            (anchor[0] + dx * step_x, anchor[1] + dy * step_y)
            for dx in range(-4, 5)
            for dy in range(-4, 5)
            if (dx, dy) != (0, 0)
        ]
        candidates.sort(key=lambda p: math.hypot(p[0] - wanted[0], p[1] - wanted[1]))
        return next((p for p in candidates if free(p)), wanted)

    def _settle_cards(self, drag: _Drag) -> dict[int, Point]:
        """Dropped cards' positions, moved off any card they would hide."""
        dragged = set(drag.card_ids)
        taken = [
            GEOMETRY.card_rect((item.x(), item.y()))
            for ident, item in self._cards.items()
            if item.isVisible() and ident not in dragged
        ]
        result: dict[int, Point] = {}
        for item in drag.items:
            assert isinstance(item, CardItem)
            spot = self._free_spot((item.x(), item.y()), taken)
            taken.append(GEOMETRY.card_rect(spot))
            item.setPos(*spot)
            result[item.issue_id] = (round(spot[0], 1), round(spot[1], 1))
        return result

    def _pinned(self, change: BoardChange) -> BoardChange:
        """*change* plus the positions of everything still placed automatically."""
        # Only what is shown: hidden cards keep finding room around the pinned ones.
        issue_positions: dict[int, Point | None] = {
            i: self._card_pos[i] for i in self._auto_cards & self._shown_ids if i in self._card_pos
        }
        issue_positions.update(change.issue_positions)
        cluster_positions: dict[int, Point | None] = {
            c: self._region_pos(c)
            for c in self._auto_clusters
            if c in self._clusters and self._clusters[c].isVisible()
        }
        cluster_positions.update(change.cluster_positions)
        return BoardChange(
            issue_clusters=change.issue_clusters,
            issue_positions=issue_positions,
            cluster_parents=change.cluster_parents,
            cluster_positions=cluster_positions,
            cluster_deleted=change.cluster_deleted,
        )

    def _region_pos(self, cluster_id: int) -> Point:
        item = self._clusters.get(cluster_id)
        if item is not None and item.isVisible():
            return (round(item.x(), 1), round(item.y(), 1))
        return self._cluster_pos.get(cluster_id, (0.0, 0.0))

    def _emptied(self, card_ids: Iterable[int]) -> dict[int, Point | None]:
        """Groups the cards leave that will have nothing left: keep where they are."""
        leaving = set(card_ids)
        result: dict[int, Point | None] = {}
        for cid in {self._rows[i].cluster_id for i in leaving} - {None}:
            assert cid is not None
            rest = [
                c
                for sub in self._tree.subtree(cid)
                for c in self._tree.cards[sub]
                if c not in leaving
            ]
            if not rest:
                result[cid] = self._region_pos(cid)
        return result

    def _drop_cards(self, drag: _Drag, target: Any) -> None:
        ids = drag.card_ids
        positions = self._settle_cards(drag)
        n = len(ids)
        if isinstance(target, CardItem) and self.cluster_of(target.issue_id) is None:
            members = [*ids, target.issue_id]
            change = self._pinned(
                BoardChange(issue_positions=positions, cluster_positions=self._emptied(ids))
            )
            op = svc.add_cluster_op(self.default_label(), issue_ids=members, also=change)
            made = self._run(self.tr("Group cards"), op)
            if isinstance(made, ClusterRow):
                self.start_rename(made.id)
            return
        if isinstance(target, CardItem):
            dest = self.cluster_of(target.issue_id)
        elif isinstance(target, ClusterItem):
            dest = target.cluster_id
        else:
            dest = None
        joins = {i: dest for i in ids if self._rows[i].cluster_id != dest}
        emptied = self._emptied(joins) if joins else {}
        change = self._pinned(
            BoardChange(issue_clusters=joins, issue_positions=positions, cluster_positions=emptied)
        )
        if joins and dest is not None:
            label = self._cluster_rows[dest].label
            text = self.tr("Put %n card(s) in “{label}”", "", n).format(label=label)
        elif joins:
            text = self.tr("Take %n card(s) out of their group", "", n)
        else:
            text = self.tr("Move %n card(s)", "", n)
        self._run(text, svc.arrange_op(change))

    def _drop_cluster(self, drag: _Drag, target: Any) -> None:
        cid = drag.cluster_ids[0]
        dx, dy = drag.delta.x(), drag.delta.y()
        card_positions = {
            c: (round(self._card_pos[c][0] + dx, 1), round(self._card_pos[c][1] + dy, 1))
            for c in drag.card_ids
            if c in self._card_pos
        }
        cluster_positions: dict[int, Point | None] = {}
        for item, origin in zip(drag.items, drag.origins, strict=True):
            if isinstance(item, ClusterItem):
                cluster_positions[item.cluster_id] = (
                    round(origin.x() + dx, 1),
                    round(origin.y() + dy, 1),
                )
        parent = target.cluster_id if isinstance(target, ClusterItem) else None
        current = self._cluster_rows[cid].parent_id
        parents = {cid: parent} if parent != current else {}
        change = self._pinned(
            BoardChange(
                issue_positions=card_positions,
                cluster_parents=parents,
                cluster_positions=cluster_positions,
            )
        )
        label = self._cluster_rows[cid].label
        if parents and parent is not None:
            text = self.tr("Put “{label}” in “{parent}”").format(
                label=label, parent=self._cluster_rows[parent].label
            )
        elif parents:
            text = self.tr("Take “{label}” out of its group").format(label=label)
        else:
            text = self.tr("Move “{label}”").format(label=label)
        self._run(text, svc.arrange_op(change))

    def _run(self, text: str, op: Operation) -> Any:
        """Run a board edit; the board shows it at once, whether or not its page passes
        the changes on (a board alone, in a test or a benchmark). Returns the operation's
        value, or ``False`` when it was refused (the reason is in ``status_message``)."""
        self._followed = False
        try:
            value = self.controller.run(text, op)
        except ServiceError as exc:
            self.status_message.emit(service_error_text(exc))
            self.refresh()
            return False
        if not self._followed or self._dirty:  # the changes did not reach the board
            self.refresh()
        return True if value is None else value

    # -- groups -----------------------------------------------------------------------------

    def default_label(self) -> str:
        return self.tr("New group")

    def new_group(self) -> int | None:
        """A group of the selected cards (nested where they all are), or an empty group in
        the middle of the view; its 表札 opens for typing. Returns the new group's id."""
        ids = self.selected_card_ids()
        label = self.default_label()
        if ids:
            homes = {self._rows[i].cluster_id for i in ids}
            parent = homes.pop() if len(homes) == 1 else None
            change = self._pinned(BoardChange())

            op = svc.add_cluster_op(label, parent_id=parent, issue_ids=ids, also=change)

        else:
            centre = self.board_pos(self.viewport().rect().center())
            x = round(centre.x() - GEOMETRY.empty_w / 2, 1)
            y = round(centre.y() - GEOMETRY.empty_h / 2, 1)
            change = self._pinned(BoardChange())

            op = svc.add_cluster_op(label, board_x=x, board_y=y, also=change)
        made = self._run(self.tr("New group"), op)
        if not isinstance(made, ClusterRow):
            return None
        self.start_rename(made.id)
        return made.id

    def dissolve(self, cluster_id: int) -> None:
        """Remove a group; its cards and child groups stay where they are."""
        label = self._cluster_rows[cluster_id].label
        change = self._pinned(BoardChange(cluster_deleted={cluster_id: True}))
        self._run(self.tr("Dissolve “{label}”").format(label=label), svc.arrange_op(change))

    def set_colour(self, cluster_id: int, colour: str) -> None:
        self._run(self.tr("Change colour"), svc.set_cluster_colour_op(cluster_id, colour))

    def tidy_up(self) -> None:
        """Lay out the whole board afresh (one undoable edit)."""
        cards, clusters = arrange_all(self._tree, self.label_width, GEOMETRY)
        change = BoardChange(
            issue_positions={i: (round(x, 1), round(y, 1)) for i, (x, y) in cards.items()},
            cluster_positions={c: (round(x, 1), round(y, 1)) for c, (x, y) in clusters.items()},
        )
        if self._run(self.tr("Tidy up the board"), svc.arrange_op(change)):
            self.fit_all()

    def delete_selected(self) -> None:
        if self.locked:
            return
        clusters = self.selected_cluster_ids()
        if clusters:
            self.dissolve(clusters[0])
            return
        ids = self.selected_card_ids()
        if not ids:
            return
        self._run(self.tr("Delete %n card(s)", "", len(ids)), svc.set_issues_deleted_op(ids, True))

    # -- renaming in place ---------------------------------------------------------------------

    @property
    def label_editor(self) -> QLineEdit | None:
        return self._editor

    def _rename_selected(self) -> None:
        clusters = self.selected_cluster_ids()
        if clusters:
            self.start_rename(clusters[0])

    def start_rename(self, cluster_id: int) -> QLineEdit | None:
        """Open the 表札 of *cluster_id* for typing (Enter saves, Esc cancels)."""
        self._finish_rename(save=True)
        item = self._clusters.get(cluster_id)
        if item is None or not item.isVisible():
            return None
        self.ensureVisible(item.sceneBoundingRect(), 20, 20)
        editor = _LabelEditor(self.viewport())
        font = QFont(self.fonts.label)
        font.setPixelSize(max(9, round(font.pixelSize() * self.text_scale * self.zoom)))
        editor.setFont(font)
        editor.setText(self._cluster_rows[cluster_id].label)
        editor.selectAll()
        area = item.mapToScene(item.plate_rect())
        rect = self.mapFromScene(area).boundingRect()
        editor.setGeometry(rect.adjusted(4, 2, -4, -2))
        editor.setStyleSheet(
            "QLineEdit { border: 2px solid #2563eb; border-radius: 6px; padding: 0 6px;"
            " background: white; color: #0f172a; }"
        )
        editor.returnPressed.connect(lambda: self._finish_rename(save=True))
        editor.editingFinished.connect(lambda: self._finish_rename(save=True))
        editor.cancelled.connect(lambda: self._finish_rename(save=False))
        self._editor = editor
        self._editing = cluster_id
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _finish_rename(self, *, save: bool) -> None:
        editor, cluster_id = self._editor, self._editing
        if editor is None or cluster_id is None:
            return
        self._editor = None
        self._editing = None
        text = editor.text()
        editor.hide()
        editor.deleteLater()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        row = self._cluster_rows.get(cluster_id)
        if not save or row is None or not text.strip() or text.strip() == row.label:
            return
        self.rename(cluster_id, text)

    def rename(self, cluster_id: int, label: str) -> bool:
        old = self._cluster_rows[cluster_id].label
        text = self.tr("Rename “{old}”").format(old=old)
        return self._run(text, svc.rename_cluster_op(cluster_id, label)) is not False

    # -- menus and keys ---------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._item_at(event.pos())
        menu = QMenu(self)
        if isinstance(item, ClusterItem):
            cid = item.cluster_id
            menu.addAction(self.tr("Rename Label"), lambda: self.start_rename(cid))
            colours = menu.addMenu(self.tr("Colour"))
            for colour in CLUSTER_COLOURS:
                swatch = colours.addAction("■ " + colour)
                swatch.triggered.connect(lambda _c=False, c=colour: self.set_colour(cid, c))
            colours.addAction(self.tr("Automatic"), lambda: self.set_colour(cid, ""))
            menu.addSeparator()
            dissolve = menu.addAction(self.tr("Dissolve Group"), lambda: self.dissolve(cid))
            dissolve.setEnabled(not self.locked)
        elif isinstance(item, CardItem):
            if not item.isSelected():
                self.scene().clearSelection()
                item.setSelected(True)
            menu.addAction(self.tr("Group Selected Cards"), self.new_group)
            take_out = menu.addAction(self.tr("Take Out of Group"), self._take_out_selected)
            take_out.setEnabled(
                not self.locked
                and any(self._rows[i].cluster_id is not None for i in self.selected_card_ids())
            )
            menu.addSeparator()
            menu.addAction(self.tr("Delete Card"), self.delete_selected).setEnabled(not self.locked)
        else:
            menu.addAction(self.tr("New Group"), self.new_group)
            menu.addAction(self.tr("Fit"), self.fit_all)
        menu.exec(event.globalPos())

    def _take_out_selected(self) -> None:
        ids = [i for i in self.selected_card_ids() if self._rows[i].cluster_id is not None]
        if not ids:
            return
        change = self._pinned(
            BoardChange(issue_clusters=dict.fromkeys(ids), cluster_positions=self._emptied(ids))
        )
        self._run(
            self.tr("Take %n card(s) out of their group", "", len(ids)), svc.arrange_op(change)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
            return
        super().keyPressEvent(event)
