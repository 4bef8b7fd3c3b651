"""Qt on the GUI thread only: Python's cyclic garbage collector runs there, on a timer.

CPython runs a collection in whichever thread happens to allocate when a threshold is
crossed. In the export thread (or any other) it would free the cyclic garbage the window
left behind — a closed dialog, a page's timer, a widget kept in a cycle by a lambda — and
destroy those Qt objects off the GUI thread, which crashes Qt in that thread now and then
(issue 18: "a crash in libQt6Core in a background thread", no Python traceback). So once
start-up is over automatic collection stays off, and a timer of the GUI thread collects
by the same thresholds (as qutebrowser and Anki do). Reference counting frees everything
else as before, in whichever thread drops the last reference; that is why a worker thread
never holds a reference to a Qt object (see ``ui/export_worker.py``).

Full collections walk every object that survived earlier ones — the read models of the
page in sight: 48,000 cards on a prefecture-size programme at four times the size — and
took up to 145 ms each, landing inside edits at random (the p95 of the edit benchmark at
×4). So a full collection that is due waits until nobody has pressed a key, clicked or
scrolled for ``IDLE_MS`` (or, for someone who never pauses, ``FULL_EVERY_S`` at most).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

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


class GuiThreadCollector(QObject):
    """Collects cyclic garbage on the GUI thread only, checked every ``INTERVAL_MS``.

    Make it on the GUI thread; :meth:`start` switches automatic collection off,
    :meth:`stop` (tests) switches it back on.
    """

    INTERVAL_MS = 1000
    #: A due full collection waits for this long without input (a pause between two
    #: actions is longer)…
    IDLE_MS = 2000
    #: …or, for someone who never pauses, at most this long: the interpreter's own rule
    #: (only when the objects that survived since the last one are a quarter of all)
    #: cannot be asked from Python.
    FULL_EVERY_S = 300.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # input postpones a full collection
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        gc.enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def idle(self) -> bool:
        """Nobody has typed, clicked or scrolled for ``IDLE_MS``."""
        return (time.monotonic() - self._last_input) * 1000 >= self.IDLE_MS

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed, as the interpreter
        would have (nothing while the youngest is under its threshold; the oldest only
        when the user is idle, or ``FULL_EVERY_S`` after the last time); returns the
        number of unreachable objects found."""
        counts = gc.get_count()
        if self._thresholds[0] <= 0 or counts[0] <= self._thresholds[0]:
            return 0
        now = time.monotonic()
        overdue = now - self._last_full >= self.FULL_EVERY_S
        if counts[2] > self._thresholds[2] and (self.idle() or overdue):
            self._last_full = now
            return gc.collect(2)
        if counts[1] > self._thresholds[1]:
            return gc.collect(1)
        return gc.collect(0)
