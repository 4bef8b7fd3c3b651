"""Edits go through here: each is a service operation on the undo stack, announced by
what it changed.

Pages never call a mutating service directly. They hand the controller an operation
(``services/ops.py``: it returns its value, the records it changed and its reverse) with
:meth:`WorkshopController.run`; the controller runs it, pushes it onto the ``QUndoStack``
only when it succeeded, and emits ``records_changed`` with the ``Changes`` — the one signal
the main window refreshes the pages from.
Code that is not the window — a background import, the room server — hands its operations
to :meth:`WorkshopController.submit` from any thread; they run on the GUI thread and reach
the pages the same way. Every service call commits at once, so the status bar can say
"saved".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:  # SQLAlchemy is imported once a file opens, after the window shows
    from dxworkshop.services.ops import Changes, Operation, OpResult
    from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)


class OperationCommand(QUndoCommand):
    """An undoable operation: undo runs the reverse the last run returned, redo the
    reverse's reverse."""

    def __init__(self, controller: WorkshopController, text: str, result: OpResult[Any]):
        super().__init__(text)
        self._controller = controller
        self._reverse = result.reverse
        self._first = True
        self.result = result.value

    def redo(self) -> None:
        if self._first:  # already done by WorkshopController.run
            self._first = False
            return
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        try:
            done = self._reverse(self._controller.workshop)
        except Exception as exc:  # an undo that no longer applies must not crash the app
            log.exception("undo/redo failed")
            self._controller.failed.emit(exc)
            return
        self._reverse = done.reverse
        self._controller._announce_changes(done.changes)


@dataclass(frozen=True)
class _Submitted:
    """An operation handed over from another thread, with the future of its value (a plain
    object: no Qt object is made off the GUI thread)."""

    text: str
    op: Operation
    future: Future[Any]


class WorkshopController(QObject):
    """The open workshop, its undo stack and change notifications."""

    records_changed = Signal(object)  # services.ops.Changes of an operation, its undo or redo
    _handed_over = Signal(object)  # a _Submitted, from any thread
    saved = Signal()
    failed = Signal(object)  # the exception of an undo/redo that could not be applied
    backed_up = Signal(bool)  # an automatic backup was taken (True) or failed (False)

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = QUndoStack(self)
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self.backup_now)
        # Queued: whichever thread emits, the operation runs on this object's (the GUI) thread.
        self._handed_over.connect(self._run_submitted, Qt.ConnectionType.QueuedConnection)

    def backup_now(self) -> None:
        """Take an automatic backup now and say how it went (``backed_up``)."""
        if self.workshop.backups is None:
            return
        self.backed_up.emit(self.workshop.backup_now() is not None)

    def set_backup_interval(self, minutes: int) -> None:
        self._backup_timer.stop()
        if minutes > 0:
            self._backup_timer.start(minutes * 60_000)

    def run(self, text: str, op: Operation) -> Any:
        """Run the operation *op*; on success push it on the undo stack (as *text*) and
        announce what it changed. Its value is returned; a ``ServiceError`` propagates to
        the caller (the page shows it) and nothing is pushed."""
        result = op(self.workshop)
        command = OperationCommand(self, text, result)
        self.undo_stack.push(command)
        self._announce_changes(result.changes)
        return result.value

    def submit(self, text: str, op: Operation) -> Future[Any]:
        """Hand *op* over from any thread: it runs on the GUI thread as :meth:`run` runs it
        (undoable, announced to every page). The future has its value or its error."""
        future: Future[Any] = Future()
        self._handed_over.emit(_Submitted(text, op, future))
        return future

    @Slot(object)
    def _run_submitted(self, submitted: _Submitted) -> None:
        if not submitted.future.set_running_or_notify_cancel():
            return
        try:
            value = self.run(submitted.text, submitted.op)
        except Exception as exc:  # the submitter hears of it; the window goes on
            submitted.future.set_exception(exc)
        else:
            submitted.future.set_result(value)

    def read(self, query: Callable[[Workshop], Any]) -> Any:
        """Run a read-only service query on the open workshop."""
        return query(self.workshop)

    def _announce_changes(self, changes: Changes) -> None:
        self.records_changed.emit(changes)
        self.saved.emit()

    def close(self) -> None:
        self._backup_timer.stop()
        self.undo_stack.clear()
        self.workshop.close()
