"""How an issue card looks, on the affinity board and in the card view: one painter for both.

A card is a white sticky note with the owner's municipality as a coloured edge: its
title (up to three lines), and below the owner, municipality and annual hours. Sizes are
in board units; the board scales the whole scene for a shared screen, so the smallest
card text (``META_PX``) reaches 24 px at the presentation scale of 2.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dxworkshop.domain.enums import IssueStatus
from dxworkshop.services.issues import IssueRow
from dxworkshop.ui.issue_labels import hours_text

TITLE_PX = 15
META_PX = 12  # the smallest text on a card
LABEL_PX = 17  # a cluster's 表札
CARD_W = 232
CARD_H = 112
RADIUS = 8.0

INK = QColor("#0f172a")
MUTED = QColor("#475569")
FAINT = QColor("#94a3b8")
BORDER = QColor("#d5dbe3")
SELECTED = QColor("#2563eb")
TARGET = QColor("#16a34a")
THEME = QColor("#d97706")

#: Municipality edges: distinguishable, calm on a projector (Tableau 10, softened).
MUNICIPALITY_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#8c9aab",
)

#: Default cluster colours (the border; fills are mixed towards white).
CLUSTER_COLOURS = (
    "#6f9bd1",
    "#6fb38a",
    "#d4a85a",
    "#9d8bd0",
    "#5fb0b0",
    "#cf8ea0",
    "#8e9db2",
    "#a3b35f",
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 10  # the IssueRow behind a model row


def municipality_colour(municipality_id: int | None) -> QColor:
    if municipality_id is None:
        return QColor("#cbd5e1")
    return QColor(MUNICIPALITY_COLOURS[(municipality_id - 1) % len(MUNICIPALITY_COLOURS)])


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """*colour* moved *amount* (0..1) of the way to *other*."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


@dataclass
class CardFonts:
    title: QFont
    meta: QFont
    meta_bold: QFont
    label: QFont

    @classmethod
    def from_base(cls, base: QFont) -> CardFonts:
        def sized(px: int, bold: bool) -> QFont:
            font = QFont(base)
            font.setPixelSize(px)
            font.setBold(bold)
            font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
            return font

        return cls(
            sized(TITLE_PX, True),
            sized(META_PX, False),
            sized(META_PX, True),
            sized(LABEL_PX, True),
        )


def draw_wrapped(
    painter: QPainter, text: str, font: QFont, rect: QRectF, max_lines: int, colour: QColor
) -> float:
    """Draw *text* wrapped into *rect* (Japanese breaks anywhere), eliding the last line."""
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    y = 0.0
    leading = metrics.leading() + 2
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, y))
        y += line.height() + leading
        lines.append(line)
    layout.endLayout()
    painter.setPen(colour)
    painter.setFont(font)
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        start, length = line.textStart(), line.textLength()
        if last and start + length < len(text):
            rest = text[start:].replace("\n", " ")
            elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QPointF(rect.left(), rect.top() + line.y() + metrics.ascent()), elided)
        else:
            line.draw(painter, rect.topLeft())
    return y


def paint_card(
    painter: QPainter,
    rect: QRectF,
    row: IssueRow,
    fonts: CardFonts,
    *,
    selected: bool = False,
    target: bool = False,
) -> None:
    """One card filling *rect* (``CARD_W`` × ``CARD_H`` on the board)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    dropped = row.status is IssueStatus.DROPPED
    # A soft shadow, then the note itself.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(15, 23, 42, 22))
    painter.drawRoundedRect(rect.translated(0, 2), RADIUS, RADIUS)
    path = QPainterPath()
    path.addRoundedRect(rect, RADIUS, RADIUS)
    fill = QColor("#eff6ff") if selected else QColor("#f8fafc" if dropped else "#ffffff")
    painter.fillPath(path, fill)
    painter.save()
    painter.setClipPath(path)
    painter.fillRect(
        QRectF(rect.left(), rect.top(), 6, rect.height()), municipality_colour(row.municipality_id)
    )
    painter.restore()
    painter.setPen(
        QPen(SELECTED if selected else TARGET, 2.5) if selected or target else QPen(BORDER)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)

    left = rect.left() + 16
    right = rect.right() - 12
    meta = QFontMetricsF(fonts.meta)
    title_right = right
    if row.status is IssueStatus.THEME:
        # A chosen improvement theme (改善テーマ) wears a star.
        painter.setFont(fonts.title)
        painter.setPen(THEME)
        star = QRectF(right - 18, rect.top() + 8, 20, 22)
        painter.drawText(star, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), "★")
        title_right = right - 22
    footer_base = rect.bottom() - 11 - meta.descent()
    title_rect = QRectF(
        left, rect.top() + 10, title_right - left, footer_base - meta.ascent() - rect.top() - 16
    )
    title_lines = max(1, int(title_rect.height() // (QFontMetricsF(fonts.title).lineSpacing() + 2)))
    draw_wrapped(
        painter, row.title, fonts.title, title_rect, min(3, title_lines), FAINT if dropped else INK
    )

    hours = hours_text(row.annual_hours) if row.annual_hours is not None else ""
    bold = QFontMetricsF(fonts.meta_bold)
    hours_w = bold.horizontalAdvance(hours) if hours else 0.0
    if hours:
        painter.setFont(fonts.meta_bold)
        painter.setPen(MUTED if not dropped else FAINT)
        painter.drawText(QPointF(right - hours_w, footer_base), hours)
    who = " · ".join(p for p in (row.owner_name, row.municipality_name) if p)
    if who:
        painter.setFont(fonts.meta)
        painter.setPen(MUTED if not dropped else FAINT)
        room = right - left - hours_w - (10 if hours else 0)
        painter.drawText(
            QPointF(left, footer_base), meta.elidedText(who, Qt.TextElideMode.ElideRight, room)
        )
    painter.restore()


class IssueCardDelegate(QStyledItemDelegate):
    """Paints a model row (its ``ROW_ROLE``) as a card, for a list view in icon mode."""

    MARGIN = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: CardFonts | None = None
        self.card_width = CARD_W  # the view widens cards to fill its rows

    def fonts(self, option: QStyleOptionViewItem) -> CardFonts:
        if self._fonts is None:
            self._fonts = CardFonts.from_base(option.font)  # type: ignore[attr-defined]
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self.card_width + 2 * self.MARGIN, CARD_H + 2 * self.MARGIN)

    def fit_width(self, available: int) -> bool:
        """Widen the cards so whole columns fill *available* pixels; True if changed."""
        cell = CARD_W + 2 * self.MARGIN
        columns = max(1, available // cell)
        width = min(max(CARD_W, available // columns - 2 * self.MARGIN), int(CARD_W * 1.5))
        changed = width != self.card_width
        self.card_width = width
        return changed

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, IssueRow):
            super().paint(painter, option, index)
            return
        rect = QRectF(option.rect).adjusted(  # type: ignore[attr-defined]
            self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        paint_card(painter, rect, row, self.fonts(option), selected=selected)
