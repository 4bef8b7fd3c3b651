"""The payoff matrix board (ペイオフマトリクス): dragging a card sets its two scores.

x is the programme's x-axis criterion (default 実現容易性), y its y-axis criterion
(default 効果), one column and row per scale step, the better end right and up. A card
sits in the cell of its two scores; cards with the same scores are spread in a small
grid (``domain.matrix``) so none hides another. Cards without both scores wait in a
tray on the right. Dropping a card, or moving it with the arrow keys, is one undoable
edit of both scores; the board then redraws from the read model like every other view.

For 500 cards: each card caches its pixmap (DeviceCoordinateCache), the grid is the
view's cached background, nothing reads the database per card, and after an edit only
the piles whose cards changed are laid out again. The grid itself is planned again only
when a pile no longer fits its cell, the text size changes or the view is resized.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from dxworkshop.domain.enums import IssueStatus
from dxworkshop.domain.matrix import (
    GridPlan,
    Rect,
    better_half_start,
    cell_of,
    pile_fits,
    plan_grid,
    spread_ties,
    step,
    steps,
    value_of,
)
from dxworkshop.domain.scoring import CriterionSpec
from dxworkshop.reports.chart_style import QUADRANT_COLOURS
from dxworkshop.services.prioritize import IssueScores, Placement, ScoringBoard, spec_of
from dxworkshop.ui.boards.board_view import BoardView
from dxworkshop.ui.prioritize_state import Part, PrioritizeState

BASE_PX = 12.0  # card title size at text scale 1; the shared screen doubles it
MIN_CARD_SCALE = 0.45  # below this the grid grows (and scrolls) instead
TRAY = (-1, -1)
CellKey = tuple[int, int]

QUADRANT_LABELS = {
    "do_now": QT_TRANSLATE_NOOP("MatrixBoard", "Do now"),
    "plan": QT_TRANSLATE_NOOP("MatrixBoard", "Plan for it"),
    "spare_time": QT_TRANSLATE_NOOP("MatrixBoard", "If time allows"),
    "skip": QT_TRANSLATE_NOOP("MatrixBoard", "Skip"),
}

INK = QColor("#0f172a")
#: The quadrants' names, in deep tones of their fill colours.
QUADRANT_INK = {
    "do_now": QColor("#15803d"),
    "plan": QColor("#1d4ed8"),
    "spare_time": QColor("#a16207"),
    "skip": QColor("#64748b"),
}
SOFT_INK = QColor("#475569")
MUTED_INK = QColor("#6b7280")
CARD_EDGE = QColor("#64748b")
SELECTED = QColor("#1d4ed8")
THEME = QColor("#d97706")
DOT = QColor("#dc2626")
GRID_LINE = QColor("#cbd5e1")
SPLIT_LINE = QColor("#475569")


def tr(text: str) -> str:
    return QCoreApplication.translate("MatrixBoard", text)


class CardStyle:
    """Sizes and fonts of the cards for one text scale (card units, before the grid's scale)."""

    def __init__(self, text_scale: float) -> None:
        self.px = BASE_PX * text_scale
        self.title_font = QFont()
        self.title_font.setPixelSize(max(1, round(self.px)))
        self.meta_font = QFont()
        self.meta_font.setPixelSize(max(1, round(self.px * 0.75)))
        self.title_metrics = QFontMetricsF(self.title_font)
        self.meta_metrics = QFontMetricsF(self.meta_font)
        self.pad = self.px * 0.35
        # Tighter than the font's own line spacing (IPAex: 1.45 em): two title lines and
        # the owner still read well, and a card is a fifth less tall.
        self.line = self.px * 1.25
        self.meta_line = self.meta_font.pixelSize() * 1.3
        self.width = self.px * 8 + 2 * self.pad  # eight full-width characters a line
        self.height = 2 * self.pad + 2 * self.line + self.meta_line + self.px * 0.15
        self.gap = max(4.0, self.px * 0.3)
        self.radius = self.px * 0.45


def wrap_title(text: str, metrics: QFontMetricsF, width: float, lines: int = 2) -> list[str]:
    """Break a (Japanese) title into at most *lines* lines of *width*, the last elided."""
    text = " ".join(text.split())
    out: list[str] = []
    rest = text
    while rest and len(out) < lines:
        if len(out) == lines - 1:
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        cut = len(rest)
        while cut > 1 and metrics.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        # Prefer breaking after a space or a Japanese delimiter near the end of the line.
        for i in range(cut, max(cut - 4, 0), -1):
            if i < len(rest) and rest[i - 1] in " ・、。）)":
                cut = i
                break
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return out


class CardContent(NamedTuple):
    title: str
    meta: str  # owner and municipality, or the gate that rules the issue out
    votes: int
    theme: bool
    gated: bool
    dropped: bool
    tooltip: str


class MatrixCard(QGraphicsItem):
    """One issue on the matrix: title, owner, theme star, gate failure, dots."""

    def __init__(self, issue_id: int, style: CardStyle) -> None:
        super().__init__()
        self.issue_id = issue_id
        self.home = QPointF()
        self._style = style
        self._content = CardContent("", "", 0, False, False, False, "")
        self._lines: list[str] = []
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)

    # -- content ---------------------------------------------------------------------------

    def set_content(self, content: CardContent) -> bool:
        if content == self._content:
            return False
        old, self._content = self._content, content
        if content.title != old.title:
            self._wrap()
        if content.tooltip != old.tooltip:
            self.setToolTip(content.tooltip)
        self.update()
        return True

    def set_style(self, style: CardStyle) -> None:
        self.prepareGeometryChange()
        self._style = style
        self._wrap()
        self.update()

    def _wrap(self) -> None:
        s = self._style
        self._lines = wrap_title(self._content.title, s.title_metrics, s.width - 2 * s.pad)

    @property
    def content(self) -> CardContent:
        return self._content

    @property
    def votes(self) -> int:
        return self._content.votes

    @property
    def title(self) -> str:
        return self._content.title

    @property
    def title_pixel_size(self) -> int:
        return self._style.title_font.pixelSize()

    # -- painting ----------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        s = self._style
        return QRectF(-2, -2, s.width + 4, s.height + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s, c = self._style, self._content
        rect = QRectF(0, 0, s.width, s.height)
        selected = self.isSelected()
        if c.gated:
            fill, ink, edge = QColor("#e5e7eb"), MUTED_INK, QColor("#9ca3af")
        elif c.dropped:
            fill, ink, edge = QColor("#f8fafc"), MUTED_INK, QColor("#9ca3af")
        else:
            fill, ink, edge = QColor("white"), INK, CARD_EDGE
        width = max(1.0, s.px * 0.08)
        if c.theme and not c.gated:
            edge, width = THEME, max(2.0, s.px * 0.18)
        if selected:
            edge, width = SELECTED, max(2.5, s.px * 0.22)
        pen = QPen(edge, width)
        if (c.gated or c.dropped) and not selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        inset = width / 2
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), s.radius, s.radius)

        painter.setFont(s.title_font)
        painter.setPen(ink)
        y = s.pad
        for line in self._lines:
            painter.drawText(
                QRectF(s.pad, y, s.width - 2 * s.pad, s.line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            y += s.line

        meta_rect = QRectF(s.pad, s.height - s.pad - s.meta_line, s.width - 2 * s.pad, s.meta_line)
        badge_w = 0.0
        if c.votes:
            badge_w = self._paint_votes(painter, meta_rect)
        painter.setFont(s.meta_font)
        painter.setPen(MUTED_INK if c.gated or c.dropped else SOFT_INK)
        meta = ("★ " if c.theme and not c.gated else "") + c.meta
        text_w = meta_rect.width() - badge_w - (s.pad * 0.5 if badge_w else 0)
        painter.drawText(
            QRectF(meta_rect.x(), meta_rect.y(), text_w, meta_rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            s.meta_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, text_w),
        )

    def _paint_votes(self, painter: QPainter, meta_rect: QRectF) -> float:
        s = self._style
        text = f"● {self._content.votes}"
        font = QFont(s.meta_font)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        h = s.meta_line * 1.1
        w = max(h, metrics.horizontalAdvance(text) + h * 0.7)
        badge = QRectF(meta_rect.right() - w, meta_rect.center().y() - h / 2, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DOT)
        painter.drawRoundedRect(badge, h / 2, h / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        return w

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        movable = bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.PointingHandCursor
        )
        super().hoverEnterEvent(event)


class MatrixBoard(BoardView):
    """The matrix of the issues in a ``PrioritizeState``; edits go through the state."""

    selection_changed = Signal(list)  # issue ids of the selected cards

    def __init__(
        self, state: PrioritizeState, parent: QWidget | None = None, *, presenting: bool = False
    ) -> None:
        super().__init__(parent)
        self.state = state
        #: On a shared screen cards keep the size of their text scale (≥ 24 px at the
        #: presentation's default): a crowded matrix grows and scrolls instead of shrinking.
        self.presenting = presenting
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._set_scrollbars(False)
        self._style = CardStyle(self.text_scale)
        self._cards: dict[int, MatrixCard] = {}
        self._piles: dict[CellKey, list[int]] = {}
        self._plan: GridPlan | None = None
        self._tray: Rect | None = None
        self._specs: tuple[CriterionSpec, CriterionSpec] | None = None
        self._names = ("", "")
        self._message = ""
        self._auto_fit = True
        self._drop: QRectF | None = None
        self._drop_item = self._scene.addRect(
            QRectF(), QPen(SELECTED, 3), QBrush(QColor(29, 78, 216, 40))
        )
        self._drop_item.setZValue(-1)
        self._drop_item.hide()
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(0)
        self._replan_timer.timeout.connect(self._fit_to_viewport)
        self._connect()
        self.sync()

    def _connect(self) -> None:
        self.state.data_changed.connect(self.sync)
        self.state.mode_changed.connect(self._apply_mode)
        self._scene.selectionChanged.connect(self._selection_changed)

    # -- queries --------------------------------------------------------------------------

    def card(self, issue_id: int) -> MatrixCard | None:
        return self._cards.get(issue_id)

    def cards(self) -> list[MatrixCard]:
        return list(self._cards.values())

    @property
    def plan(self) -> GridPlan | None:
        return self._plan

    @property
    def tray(self) -> Rect | None:
        return self._tray

    def unplaced_ids(self) -> list[int]:
        """The cards waiting in the tray (未配置), in the order they are laid out there."""
        return list(self._piles.get(TRAY, ()))

    @property
    def message(self) -> str:
        return self._message

    def cell_rect(self, x_value: int, y_value: int) -> QRectF:
        """Scene rectangle of the cell of two scores."""
        assert self._plan is not None and self._specs is not None
        x_spec, y_spec = self._specs
        r = self._plan.cell(cell_of(x_value, x_spec), cell_of(y_value, y_spec))
        return QRectF(r.x, r.y, r.width, r.height)

    def card_text_pixels(self) -> float:
        """On-screen pixel size of card titles: text scale × grid scale × zoom."""
        scale = self._plan.card_scale if self._plan is not None else 1.0
        return self._style.title_font.pixelSize() * scale * self.transform().m11()

    def selected_ids(self) -> list[int]:
        return sorted(i.issue_id for i in self._scene.selectedItems() if isinstance(i, MatrixCard))

    def select(self, issue_ids: Iterable[int]) -> None:
        wanted = set(issue_ids)
        self._scene.clearSelection()
        for ident in wanted:
            card = self._cards.get(ident)
            if card is not None:
                card.setSelected(True)

    # -- building from the read model ---------------------------------------------------------

    def sync(self, parts: frozenset[str] = Part.ALL) -> None:
        """Bring the cards in line with the state's read model, moving only what changed
        (*parts*: what the state just read again; the board shows the board and the dots)."""
        if Part.BOARD not in parts and Part.VOTING not in parts:
            return
        board = self.state.board
        if board is None or not board.has_axes:
            self._clear(
                QCoreApplication.translate(
                    "MatrixBoard", "Choose the matrix axes in Programme settings."
                )
                if board
                else ""
            )
            return
        x_crit, y_crit = board.x_criterion, board.y_criterion
        assert x_crit is not None and y_crit is not None
        specs = (spec_of(x_crit), spec_of(y_crit))
        self._names = (x_crit.name, y_crit.name)
        axes_changed = specs != self._specs
        self._specs = specs
        self._message = (
            ""
            if board.rows
            else QCoreApplication.translate("MatrixBoard", "No issues to place yet.")
        )

        piles: dict[CellKey, list[int]] = defaultdict(list)
        seen: set[int] = set()
        gate_names = {c.id: c.name for c in board.criteria if c.gate}
        # On a board of themes only, a star on every card says nothing.
        mark_themes = not all(r.theme_of for r in board.rows)
        for row in sorted(board.rows, key=lambda r: r.id):
            seen.add(row.id)
            piles[self._key(row, board, specs)].append(row.id)
            card = self._cards.get(row.id)
            if card is None:
                card = MatrixCard(row.id, self._style)
                card.setZValue(1)
                self._scene.addItem(card)
                self._cards[row.id] = card
            card.set_content(self._content(row, board, gate_names, mark_themes))
        for ident in [i for i in self._cards if i not in seen]:
            self._scene.removeItem(self._cards.pop(ident))

        old = self._piles
        self._piles = dict(piles)
        changed = {k for k in set(old) | set(piles) if old.get(k) != piles.get(k)}
        tray_toggled = (TRAY in old) != (TRAY in piles)
        if axes_changed or tray_toggled or self._plan is None or not self._fits(changed):
            self._replan()
            keys: Iterable[CellKey] = self._piles
        else:
            keys = changed
            if TRAY in changed:  # the tray's count is drawn on the cached background
                self.resetCachedContent()
                self.viewport().update()
        for key in keys:
            self._lay(key)
        self._apply_mode()

    def _key(
        self, row: IssueScores, board: ScoringBoard, specs: tuple[CriterionSpec, CriterionSpec]
    ) -> CellKey:
        assert board.x_criterion_id is not None and board.y_criterion_id is not None
        x = row.scores.get(board.x_criterion_id)
        y = row.scores.get(board.y_criterion_id)
        if x is None or y is None:
            return TRAY
        return (cell_of(x, specs[0]), cell_of(y, specs[1]))

    def _content(
        self,
        row: IssueScores,
        board: ScoringBoard,
        gate_names: dict[int, str],
        mark_themes: bool = True,
    ) -> CardContent:
        owner = "・".join(p for p in (row.owner_name, row.municipality_name) if p)
        if row.gated_out and row.failed_gates:
            meta = "✕ " + gate_names.get(row.failed_gates[0], "")
        else:
            meta = owner
        votes = self.state.votes_on(row.id)
        scores = []
        for c in board.criteria:
            value = row.scores.get(c.id)
            if value is not None:
                shown = (
                    (
                        QCoreApplication.translate("MatrixBoard", "Yes")
                        if value
                        else QCoreApplication.translate("MatrixBoard", "No")
                    )
                    if c.gate
                    else str(value)
                )
                scores.append(f"{c.name}: {shown}")
        lines = [row.title]
        if row.process:
            lines.append(row.process)
        if owner:
            lines.append(owner)
        if scores:
            lines.append(" / ".join(scores))
        if row.gated_out:
            lines.append(QCoreApplication.translate("MatrixBoard", "Fails a gate criterion"))
        dropped = row.status == IssueStatus.DROPPED.value
        if dropped:
            lines.append(QCoreApplication.translate("MatrixBoard", "Dropped"))
        return CardContent(
            row.title,
            meta,
            votes,
            bool(row.theme_of) and mark_themes,
            row.gated_out,
            dropped,
            "\n".join(lines),
        )

    def _clear(self, message: str) -> None:
        for card in self._cards.values():
            self._scene.removeItem(card)
        self._cards.clear()
        self._piles.clear()
        self._plan = None
        self._tray = None
        self._specs = None
        self._message = message
        self._set_scene_rect(QRectF(0, 0, max(self.viewport().width(), 400), 300))

    def _fits(self, keys: Iterable[CellKey]) -> bool:
        plan, s = self._plan, self._style
        if plan is None:
            return False
        scale = plan.card_scale
        for key in keys:
            count = len(self._piles.get(key, ()))
            if not count:
                continue
            rect = self._tray if key == TRAY else plan.cell(*key)
            if rect is None:
                return False
            if not pile_fits(count, rect, s.width * scale, s.height * scale, s.gap):
                return False
        return True

    def _plan_size(self) -> tuple[float, float]:
        size = self.viewport().size()
        return max(float(size.width()), 320.0), max(float(size.height()), 240.0)

    def _margins(self) -> tuple[float, float, float, float]:
        """Left, top, right, bottom room for the axis labels."""
        px = self._style.px
        return px * 3.8, px * 2.0, px * 0.5, px * 3.0  # top: the upper quadrants' names

    def _replan(self) -> None:
        if self._specs is None:
            return
        s = self._style
        width, height = self._plan_size()
        left, top, right, bottom = self._margins()
        inner_h = height - top - bottom
        tray_w = 0.0
        waiting = len(self._piles.get(TRAY, ()))
        title_h = s.px * 1.8
        if waiting:
            fit_rows = max(1, math.floor((inner_h - title_h - s.gap) / (s.height + s.gap)))
            cols = min(3, math.ceil(waiting / fit_rows))
            tray_w = cols * (s.width + s.gap) + s.gap + s.px
        nx, ny = steps(self._specs[0]), steps(self._specs[1])
        area = Rect(
            left, top, max(width - left - right - tray_w, nx * s.px), max(inner_h, ny * s.px)
        )
        counts = {k: len(v) for k, v in self._piles.items() if k != TRAY}
        self._plan = plan_grid(
            counts,
            nx,
            ny,
            area,
            s.width,
            s.height,
            s.gap,
            min_scale=1.0 if self.presenting else MIN_CARD_SCALE,
        )
        bounds = self._plan.bounds
        self._tray = None
        if waiting:
            self._tray = Rect(
                bounds.right + s.px, bounds.y + title_h, tray_w - s.px, bounds.height - title_h
            )
        scene_w = max(width, (self._tray.right if self._tray else bounds.right) + right)
        scene_h = max(height, bounds.bottom + bottom)
        for card in self._cards.values():
            card.setScale(self._plan.card_scale)
        self._set_scene_rect(QRectF(0, 0, scene_w, scene_h))

    def _set_scene_rect(self, rect: QRectF) -> None:
        self._scene.setSceneRect(rect)
        self.resetCachedContent()
        self.viewport().update()

    def _lay(self, key: CellKey) -> None:
        ids = self._piles.get(key)
        plan, s = self._plan, self._style
        if not ids or plan is None:
            return
        rect = self._tray if key == TRAY else plan.cell(*key)
        if rect is None:
            return
        scale = plan.card_scale
        layout = spread_ties(len(ids), rect, s.width * scale, s.height * scale, s.gap)
        for ident, r in zip(ids, layout.cards, strict=True):
            card = self._cards[ident]
            card.home = QPointF(r.x, r.y)
            card.setScale(scale * layout.scale)
            if card.pos() != card.home:
                card.setPos(card.home)

    # -- view -------------------------------------------------------------------------------------

    def _fit_to_viewport(self) -> None:
        if not self._auto_fit or self._specs is None:
            return
        self._replan()
        for key in self._piles:
            self._lay(key)

    def _set_scrollbars(self, on: bool) -> None:
        # Fitted to the view there is nothing to scroll; a scroll bar appearing would
        # shrink the view and start another layout.
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if on else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def fit_all(self) -> None:
        """Lay the matrix out for the view at 1:1, or zoom out when it cannot fit."""
        self._auto_fit = True
        self._set_scrollbars(False)
        self.resetTransform()
        self._zoom = 1.0
        self._fit_to_viewport()
        rect = self._scene.sceneRect()
        view = self.viewport().rect()
        if rect.width() > view.width() + 1 or rect.height() > view.height() + 1:
            if self.presenting:  # readable first: scroll (or drag) to see the rest
                self._set_scrollbars(True)
            else:
                self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
                self._zoom = self.transform().m11()
        self.zoom_changed.emit(self._zoom)

    def overview(self) -> None:
        presenting, self.presenting = self.presenting, False
        try:
            self.fit_all()
        finally:
            self.presenting = presenting

    def set_zoom(self, zoom: float) -> None:
        self._auto_fit = False
        self._set_scrollbars(True)
        super().set_zoom(zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._replan_timer.start()

    def on_text_scale_changed(self, scale: float) -> None:
        self._style = CardStyle(scale)
        for card in self._cards.values():
            card.set_style(self._style)
        if self._specs is not None:
            self._replan()
            for key in self._piles:
                self._lay(key)

    def on_locked_changed(self, locked: bool) -> None:
        self._apply_mode()

    def _apply_mode(self) -> None:
        movable = not self.locked and not self.state.vote_mode
        flag = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        for card in self._cards.values():
            if bool(card.flags() & flag) != movable:
                card.setFlag(flag, movable)
        if self.state.vote_mode:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().unsetCursor()

    def _selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_ids())

    # -- background: quadrants, grid, axes, tray ------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, QColor("white"))
        plan, specs = self._plan, self._specs
        if plan is None or specs is None:
            if self._message:
                self._draw_message(painter)
            return
        s = self._style
        b = plan.bounds
        split_x = plan.col_edges[better_half_start(specs[0])]
        split_y = plan.row_edges[plan.rows - better_half_start(specs[1])]
        quadrants = {
            "do_now": QRectF(split_x, b.y, b.right - split_x, split_y - b.y),
            "plan": QRectF(b.x, b.y, split_x - b.x, split_y - b.y),
            "spare_time": QRectF(split_x, split_y, b.right - split_x, b.bottom - split_y),
            "skip": QRectF(b.x, split_y, split_x - b.x, b.bottom - split_y),
        }
        for key, area in quadrants.items():
            painter.fillRect(area, QColor(QUADRANT_COLOURS[key]))
        painter.setPen(QPen(GRID_LINE, max(1.0, s.px * 0.06)))
        for x in plan.col_edges[1:-1]:
            painter.drawLine(QPointF(x, b.y), QPointF(x, b.bottom))
        for y in plan.row_edges[1:-1]:
            painter.drawLine(QPointF(b.x, y), QPointF(b.right, y))
        painter.setPen(QPen(SPLIT_LINE, max(2.0, s.px * 0.18)))
        painter.drawLine(QPointF(split_x, b.y), QPointF(split_x, b.bottom))
        painter.drawLine(QPointF(b.x, split_y), QPointF(b.right, split_y))
        painter.setPen(QPen(SPLIT_LINE, max(1.0, s.px * 0.1)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(b.x, b.y, b.width, b.height))
        self._draw_quadrant_labels(painter)
        self._draw_axes(painter, plan, specs)
        if self._tray is not None:
            self._draw_tray(painter, self._tray)

    def _label_font(self) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(self._style.px * 1.35)))
        font.setBold(True)
        return font

    def _title_font(self) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(self._style.px * 1.15)))
        return font

    def quadrant_label_rects(self) -> dict[str, QRectF]:
        """Where each quadrant's name is written, in scene coordinates: outside the grid,
        so that no card ever covers it — the upper two above the grid at its corners, the
        lower two at the corners of the row of the x axis' title. Empty with no axes."""
        plan, specs = self._plan, self._specs
        if plan is None or specs is None:
            return {}
        px, b = self._style.px, plan.bounds
        metrics = QFontMetricsF(self._label_font())
        rects = {}
        for key in QUADRANT_LABELS:
            right = key in ("do_now", "spare_time")
            top = key in ("do_now", "plan")
            text = tr(str(QUADRANT_LABELS[key]))
            width = min(metrics.horizontalAdvance(text) + px * 0.4, b.width / 2)
            x = b.right - width if right else b.x
            y = b.y - px * 1.85 if top else b.bottom + px * 1.45
            rects[key] = QRectF(x, y, width, px * 1.55)
        return rects

    def _draw_quadrant_labels(self, painter: QPainter) -> None:
        painter.setFont(self._label_font())
        for key, rect in self.quadrant_label_rects().items():
            right = key in ("do_now", "spare_time")
            painter.setPen(QUADRANT_INK[key])
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                rect, int(align | Qt.AlignmentFlag.AlignVCenter), tr(str(QUADRANT_LABELS[key]))
            )

    def _draw_axes(
        self, painter: QPainter, plan: GridPlan, specs: tuple[CriterionSpec, CriterionSpec]
    ) -> None:
        s = self._style
        b = plan.bounds
        tick = QFont()
        tick.setPixelSize(max(1, round(s.px * 1.05)))
        tick.setBold(True)
        painter.setFont(tick)
        painter.setPen(INK)
        for i in range(plan.columns):
            x0, x1 = plan.col_edges[i], plan.col_edges[i + 1]
            painter.drawText(
                QRectF(x0, b.bottom + s.px * 0.2, x1 - x0, s.px * 1.4),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value_of(i, specs[0])),
            )
        for i in range(plan.rows):
            cell = plan.cell(0, i)
            painter.drawText(
                QRectF(b.x - s.px * 1.6, cell.y, s.px * 1.4, cell.height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value_of(i, specs[1])),
            )
        title = self._title_font()
        painter.setFont(title)
        painter.setPen(SOFT_INK)
        x_title = QCoreApplication.translate("MatrixBoard", "{name}  →  better").format(
            name=self._names[0]
        )
        # Centred between the lower quadrants' names, which share its row.
        labels = self.quadrant_label_rects()
        room = b.width - 2 * max(labels["skip"].width(), labels["spare_time"].width()) - s.px
        x_title = QFontMetricsF(title).elidedText(
            x_title, Qt.TextElideMode.ElideMiddle, max(room, s.px)
        )
        painter.drawText(
            QRectF(b.x, b.bottom + s.px * 1.45, b.width, s.px * 1.5),
            int(Qt.AlignmentFlag.AlignCenter),
            x_title,
        )
        y_title = QCoreApplication.translate("MatrixBoard", "{name}  →  better").format(
            name=self._names[1]
        )
        painter.save()
        painter.translate(b.x - s.px * 2.05, b.bottom)
        painter.rotate(-90)
        painter.drawText(
            QRectF(0, -s.px * 1.6, b.height, s.px * 1.5),
            int(Qt.AlignmentFlag.AlignCenter),
            y_title,
        )
        painter.restore()

    def _draw_tray(self, painter: QPainter, tray: Rect) -> None:
        s = self._style
        box = QRectF(tray.x, tray.y - s.px * 1.8, tray.width, tray.height + s.px * 1.8)
        painter.setPen(QPen(QColor("#94a3b8"), max(1.0, s.px * 0.08), Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#f8fafc"))
        painter.drawRoundedRect(box, s.radius, s.radius)
        font = QFont()
        font.setPixelSize(max(1, round(s.px * 0.95)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(SOFT_INK)
        count = len(self.unplaced_ids())
        painter.drawText(
            QRectF(box.x() + s.pad, box.y(), box.width() - 2 * s.pad, s.px * 1.8),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QCoreApplication.translate("MatrixBoard", "Not placed yet ({count})").format(
                count=count
            ),
        )

    def _draw_message(self, painter: QPainter) -> None:
        font = QFont()
        font.setPixelSize(max(1, round(self._style.px * 1.3)))
        painter.setFont(font)
        painter.setPen(SOFT_INK)
        painter.drawText(self._scene.sceneRect(), int(Qt.AlignmentFlag.AlignCenter), self._message)

    # -- gestures ---------------------------------------------------------------------------------

    def _card_at(self, pos: Any) -> MatrixCard | None:
        for item in self.items(pos):
            if isinstance(item, MatrixCard):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.state.vote_mode and event.button() in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            card = self._card_at(event.position().toPoint())
            if card is not None:
                remove = event.button() == Qt.MouseButton.RightButton or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.state.vote(card.issue_id, remove=remove)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        grabber = self._scene.mouseGrabberItem()
        if isinstance(grabber, MatrixCard) and event.buttons() & Qt.MouseButton.LeftButton:
            self._show_drop(grabber)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._drop_item.hide()
        self.commit_moves()

    def _target(self, card: MatrixCard) -> tuple[CellKey, Rect] | None:
        plan = self._plan
        if plan is None:
            return None
        centre = card.sceneBoundingRect().center()
        if self._tray is not None:
            t = self._tray
            if t.x - self._style.px <= centre.x() and centre.y() >= t.y - self._style.px * 1.8:
                return TRAY, t
        key = plan.cell_at(centre.x(), centre.y())
        return key, plan.cell(*key)

    def _show_drop(self, card: MatrixCard) -> None:
        target = self._target(card)
        if target is None:
            return
        _key, r = target
        rect = QRectF(r.x, r.y, r.width, r.height)
        if self._drop_item.rect() != rect:
            self._drop_item.setRect(rect)
        self._drop_item.show()

    def commit_moves(self) -> bool:
        """Turn cards moved by hand into one edit of their scores (or put them back)."""
        moved = [c for c in self._cards.values() if (c.pos() - c.home).manhattanLength() > 0.5]
        if not moved or self._specs is None:
            return False
        x_spec, y_spec = self._specs
        placements = []
        for card in moved:
            target = self._target(card)
            if target is None:
                continue
            key, _rect = target
            if key == TRAY:
                placements.append(Placement(card.issue_id, None, None))
            else:
                placements.append(
                    Placement(card.issue_id, value_of(key[0], x_spec), value_of(key[1], y_spec))
                )
        done = bool(placements) and self.state.place(placements)
        for card in moved:  # refused, or dropped in the cell it came from
            if card.scene() is not None and card.pos() != card.home:
                card.setPos(card.home)
        return done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        deltas = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        delta = deltas.get(Qt.Key(event.key()))
        if delta is not None and self.move_selected(*delta):
            event.accept()
            return
        super().keyPressEvent(event)

    def move_selected(self, dx: int, dy: int) -> bool:
        """Move the selected cards one step (arrow keys); one undoable edit."""
        board = self.state.board
        if self.locked or self.state.vote_mode or self._specs is None or board is None:
            return False
        assert board.x_criterion_id is not None and board.y_criterion_id is not None
        x_spec, y_spec = self._specs
        placements = []
        for ident in self.selected_ids():
            row = self.state.row(ident)
            if row is None:
                continue
            x = row.scores.get(board.x_criterion_id)
            y = row.scores.get(board.y_criterion_id)
            if x is None or y is None:
                continue
            placements.append(Placement(ident, step(x, dx, x_spec), step(y, dy, y_spec)))
        if not placements:
            return False
        self.state.place(placements)
        return True
