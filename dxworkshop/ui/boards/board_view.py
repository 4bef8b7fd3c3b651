"""What every board shares: zoom (wheel, pinch, keys), a move lock, presentation scale.

A board is a ``QGraphicsView`` over a scene of cards. Subclasses build the scene from
read models and turn user gestures into controller edits; this base only handles the
view: zooming, touch pinch, fitting, locking against accidental moves, and the card
text scale used on a shared screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

MIN_ZOOM = 0.2
MAX_ZOOM = 5.0


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    locked_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._zoom = 1.0
        self._locked = False
        self._text_scale = 1.0

    # -- lock ------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """When locked, cards cannot be moved (a shared screen in front of the room)."""
        return self._locked

    def set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            self.on_locked_changed(locked)
            self.locked_changed.emit(locked)

    def on_locked_changed(self, locked: bool) -> None:
        """Subclasses make their cards (un)movable here."""

    # -- presentation ----------------------------------------------------------------------

    @property
    def text_scale(self) -> float:
        return self._text_scale

    def set_text_scale(self, scale: float) -> None:
        """Card text size factor (1.0 on the laptop; larger on a projector)."""
        self._text_scale = max(0.5, min(scale, 4.0))
        self.on_text_scale_changed(self._text_scale)

    def on_text_scale_changed(self, scale: float) -> None:
        """Subclasses re-lay their cards with the new text size here."""

    # -- zoom ---------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(zoom, MAX_ZOOM))
        factor = zoom / self._zoom
        if abs(factor - 1.0) < 1e-6:
            return
        self.scale(factor, factor)
        self._zoom = zoom
        self.zoom_changed.emit(zoom)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def fit_all(self) -> None:
        rect = self.scene().itemsBoundingRect() if self.scene() else None
        if rect is None or rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom = self.transform().m11()
        self.zoom_changed.emit(self._zoom)

    def overview(self) -> None:
        """Everything in view, however small (the shared screen's "fit" button: a
        facilitator's explicit choice; ``fit_all`` on a shared screen stays readable)."""
        self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or event.angleDelta().x() == 0:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15**steps)
                event.accept()
                return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if mods and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.2)
            return
        if mods and event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.2)
            return
        if mods and event.key() == Qt.Key.Key_0:
            self.fit_all()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return super().eventFilter(watched, event)
