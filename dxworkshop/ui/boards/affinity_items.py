"""The scene items of the affinity board: the root that scales for a shared screen, a
card, a group's region with its 表札, the floating label of a small 表札, the in-place
label editor, and a drag in progress. The board (``affinity_board.py``) reads, lays out
and edits; these only draw what they are given."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QLineEdit,
    QStyleOptionGraphicsItem,
)

from dxworkshop.domain.board_layout import Board, Geometry
from dxworkshop.domain.geometry import Rect
from dxworkshop.services.issues import ClusterRow, IssueRow
from dxworkshop.ui.issue_cards import (
    CARD_H,
    CARD_W,
    CLUSTER_COLOURS,
    INK,
    SELECTED,
    TARGET,
    CardFonts,
    mix,
    paint_card,
)

log = logging.getLogger(__name__)

GEOMETRY = Geometry(card_w=CARD_W, card_h=CARD_H)
CARD_Z = 100.0
DRAG_Z = 1000.0
WHITE = QColor("#ffffff")


# --- items ------------------------------------------------------------------------------


class _Root(QGraphicsItem):
    """Parent of every card and group; its scale is the board's text scale."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Any = None
    ) -> None:
        return None


class CardItem(QGraphicsItem):
    """One issue card; painted once into a device-coordinate cache."""

    def __init__(self, row: IssueRow, fonts: CardFonts, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.row = row
        self._fonts = fonts
        self._target = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(CARD_Z)
        self._tooltip()

    @property
    def issue_id(self) -> int:
        return self.row.id

    def _tooltip(self) -> None:
        parts = [self.row.title]
        if self.row.process:
            parts.append(self.row.process)
        if self.row.description:
            parts.append(self.row.description)
        self.setToolTip("\n".join(parts))

    def set_row(self, row: IssueRow) -> None:
        if row != self.row:
            self.row = row
            self._tooltip()
            self.update()

    def set_target(self, on: bool) -> None:
        if on != self._target:
            self._target = on
            self.update()

    @property
    def is_target(self) -> bool:
        return self._target

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 4, CARD_H + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Any = None
    ) -> None:
        paint_card(
            painter,
            QRectF(0, 0, CARD_W, CARD_H),
            self.row,
            self._fonts,
            selected=self.isSelected(),
            target=self._target,
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.ignore()  # the board handles presses (drag, select)


@dataclass
class _Look:
    border: QColor
    fill: QColor
    plate: QColor


def _look(base: QColor, depth: int) -> _Look:
    return _Look(
        border=base,
        fill=mix(base, WHITE, max(0.80, 0.90 - 0.05 * depth)),
        plate=mix(base, WHITE, 0.72),
    )


class ClusterItem(QGraphicsItem):
    """A group (親和グループ): a tinted region around its cards with its 表札 on top."""

    def __init__(self, row: ClusterRow, fonts: CardFonts, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.row = row
        self._fonts = fonts
        self._w = GEOMETRY.empty_w
        self._h = GEOMETRY.empty_h
        self._look = _look(QColor(CLUSTER_COLOURS[0]), 0)
        self._count = 0
        self._target = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.overview = _OverviewLabel(self, fonts.label, parent)
        self.overview.setVisible(False)

    @property
    def cluster_id(self) -> int:
        return self.row.id

    @property
    def look(self) -> _Look:
        return self._look

    @property
    def count(self) -> int:
        return self._count

    def set_row(self, row: ClusterRow) -> None:
        if row != self.row:
            self.overview.prepareGeometryChange()
            self.row = row
            self.update()
            self.overview.update()

    def set_look(self, look: _Look, count: int) -> None:
        if count == self._count and look == self._look:
            return
        if count != self._count:
            self.overview.prepareGeometryChange()
            self._count = count
        self._look = look
        self.update()
        self.overview.update()

    def move_to(self, pos: QPointF) -> None:
        """Move rigidly (while dragged), the floating label along."""
        self.setPos(pos)
        self.overview.setPos(pos)

    def set_region(self, rect: Rect) -> None:
        if (self.x(), self.y(), self._w, self._h) != tuple(rect):
            self.prepareGeometryChange()
            self.setPos(rect.x, rect.y)
            self.overview.setPos(rect.x, rect.y)
            self._w, self._h = rect.width, rect.height

    def region(self) -> QRectF:
        return QRectF(self.x(), self.y(), self._w, self._h)

    def set_target(self, on: bool) -> None:
        if on != self._target:
            self._target = on
            self.update()

    @property
    def is_target(self) -> bool:
        return self._target

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self._w + 4, self._h + 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._w, self._h))
        return path

    def header_rect(self) -> QRectF:
        """The 表札 strip: where a group is grabbed and renamed."""
        return QRectF(0, 0, self._w, GEOMETRY.header - 4)

    def plate_rect(self) -> QRectF:
        return QRectF(8, 8, self._w - 16, GEOMETRY.header - 14)

    def label_rect(self) -> QRectF:
        plate = self.plate_rect()
        return QRectF(plate.left() + 12, plate.top(), plate.width() - 12 - 48, plate.height())

    def in_header(self, scene_pos: QPointF) -> bool:
        return self.header_rect().contains(self.mapFromScene(scene_pos))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Any = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(0, 0, self._w, self._h)
        look = self._look
        if self._target:
            pen = QPen(TARGET, 3.0, Qt.PenStyle.DashLine)
        elif self.isSelected():
            pen = QPen(SELECTED, 2.5)
        else:
            pen = QPen(look.border, 1.5)
        painter.setPen(pen)
        painter.setBrush(look.fill)
        painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 12, 12)
        plate = self.plate_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.plate)
        painter.drawRoundedRect(plate, 7, 7)
        painter.setBrush(look.border)
        painter.drawRoundedRect(QRectF(plate.left(), plate.top(), 5, plate.height()), 2.5, 2.5)
        label = self.label_rect()
        metrics = QFontMetricsF(self._fonts.label)
        painter.setFont(self._fonts.label)
        painter.setPen(INK)
        text = metrics.elidedText(self.row.label, Qt.TextElideMode.ElideRight, label.width())
        painter.drawText(
            label, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        count = str(self._count)
        bold = QFontMetricsF(self._fonts.meta_bold)
        pill_w = max(26.0, bold.horizontalAdvance(count) + 14)
        pill = QRectF(plate.right() - pill_w - 8, plate.center().y() - 11, pill_w, 22)
        painter.setBrush(look.border)
        painter.drawRoundedRect(pill, 11, 11)
        painter.setFont(self._fonts.meta_bold)
        painter.setPen(WHITE)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), count)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.ignore()  # a press in the body starts a rubber band; the board handles the rest


class _OverviewLabel(QGraphicsItem):
    """A group's 表札 at a constant screen size, shown when the board is zoomed far out."""

    PX = 13

    def __init__(self, cluster: ClusterItem, font: QFont, parent: QGraphicsItem | None) -> None:
        # Not a child of the group: the label must stack above every card.
        super().__init__(parent)
        self._cluster = cluster
        self._font = QFont(font)
        self._font.setPixelSize(self.PX)
        self._metrics = QFontMetricsF(self._font)
        self._max_w = 360.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(DRAG_Z * 2)
        self.setPos(0, 0)

    def _text(self) -> str:
        return f"{self._cluster.row.label}  {self._cluster.count}"

    def set_max_width(self, pixels: float) -> None:
        """The group's width on screen: the label never spills over its neighbours."""
        pixels = max(40.0, pixels)
        if abs(pixels - self._max_w) > 0.5:
            self.prepareGeometryChange()
            self._max_w = pixels

    def boundingRect(self) -> QRectF:
        width = min(self._metrics.horizontalAdvance(self._text()) + 22, self._max_w)
        return QRectF(2, 2, width, self._metrics.height() + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Any = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect()
        painter.setPen(QPen(self._cluster.look.border, 1.2))
        painter.setBrush(WHITE)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setBrush(self._cluster.look.border)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        painter.setFont(self._font)
        painter.setPen(INK)
        text = self._metrics.elidedText(
            self._text(), Qt.TextElideMode.ElideMiddle, rect.width() - 18
        )
        painter.drawText(
            rect.adjusted(11, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )


class _LabelEditor(QLineEdit):
    """The in-place 表札 editor: Enter or leaving saves, Esc cancels."""

    cancelled = Signal()

    def event(self, event: QEvent) -> bool:
        # Keep Esc for ourselves even under a window shortcut (the presentation's Esc).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


@dataclass
class _Drag:
    kind: str  # "cards" or "cluster"
    press: QPointF  # board coordinates
    screen: QPoint
    items: list[QGraphicsItem]
    origins: list[QPointF]
    card_ids: list[int]
    cluster_ids: list[int] = field(default_factory=list)
    excluded: set[QGraphicsItem] = field(default_factory=set)
    tree: Board = field(default_factory=Board)
    delta: QPointF = field(default_factory=QPointF)
    moved: bool = False


# --- the board ----------------------------------------------------------------------------------
