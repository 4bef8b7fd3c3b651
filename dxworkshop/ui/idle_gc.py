"""Full garbage collections while the user is idle, not in the middle of an edit.

Reference counting frees almost everything the app drops; the cyclic collector finds the
rest. Its full collections walk every object that survived earlier ones — the read
models of the page in sight: 48,000 cards on a prefecture-size programme at four times
the size — and took up to 145 ms each, landing inside edits at random (the p95 of the
edit benchmark at ×4). So the collector keeps its cheap young generations, its automatic
full collections are switched off, and :class:`IdleCollector` makes one when nobody has
pressed a key, clicked or scrolled for :data:`IDLE_MS`, if anything was promoted since.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

log = logging.getLogger(__name__)

#: Quiet time before a full collection (a pause between two actions is longer).
IDLE_MS = 2000
#: gen2's threshold: never reached by the interpreter itself (the collector asks).
NO_AUTOMATIC_FULL = 1_000_000_000

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleCollector(QObject):
    """Runs ``gc.collect()`` once the user has been idle for :data:`IDLE_MS` (see the
    module's docstring); any input starts the wait again."""

    def __init__(self, app: QCoreApplication, idle_ms: int = IDLE_MS) -> None:
        super().__init__(app)
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, NO_AUTOMATIC_FULL)
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._collect)
        app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._timer.start()  # restarts the wait
        return False

    def _collect(self) -> None:
        if gc.get_count()[2] == 0:
            self._timer.start()  # nothing grew old since the last one: look again later
            return
        start = time.perf_counter()
        found = gc.collect()
        self.collections += 1
        log.debug(
            "idle collection: %d unreachable objects, %.0f ms",
            found,
            (time.perf_counter() - start) * 1000,
        )
        self._timer.start()
