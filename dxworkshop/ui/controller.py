"""Edits go through here: each is a service call on the undo stack, announced by topic.

Pages never call a mutating service directly. They hand the controller a do/undo
pair; the controller runs it, pushes it onto the ``QUndoStack`` only when it
succeeded, and emits ``changed`` with the topics touched so pages refresh only what
they show. Every service call commits at once, so the status bar can say "saved".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:  # SQLAlchemy is imported once a file opens, after the window shows
    from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)


class Topic:
    """What an edit touched; pages subscribe to the ones they show."""

    PROGRAMME = "programme"
    SESSIONS = "sessions"
    MUNICIPALITIES = "municipalities"
    PEOPLE = "people"
    GROUPS = "groups"
    CRITERIA = "criteria"
    RUBRIC = "rubric"
    CATALOGUES = "catalogues"
    HEARINGS = "hearings"
    ISSUES = "issues"
    SCORES = "scores"
    PLANS = "plans"
    FEEDBACK = "feedback"
    PRACTICE = "practice"
    ALL = "all"


class ServiceCommand(QUndoCommand):
    """An undoable edit made of two service calls."""

    def __init__(
        self,
        controller: WorkshopController,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        topics: frozenset[str],
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._do = do
        self._undo = undo
        self._topics = topics
        self._first = True
        self.result: Any = None

    def redo(self) -> None:
        if self._first:  # already done by WorkshopController.execute
            self._first = False
            return
        self._controller._call(self._do, self._topics)

    def undo(self) -> None:
        self._controller._call(self._undo, self._topics)


class WorkshopController(QObject):
    """The open workshop, its undo stack and change notifications."""

    changed = Signal(object)  # frozenset[str] of topics
    saved = Signal()
    failed = Signal(object)  # the exception of an undo/redo that could not be applied
    backed_up = Signal(bool)  # an automatic backup was taken (True) or failed (False)

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = QUndoStack(self)
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self.backup_now)

    def backup_now(self) -> None:
        """Take an automatic backup now and say how it went (``backed_up``)."""
        if self.workshop.backups is None:
            return
        self.backed_up.emit(self.workshop.backup_now() is not None)

    def set_backup_interval(self, minutes: int) -> None:
        self._backup_timer.stop()
        if minutes > 0:
            self._backup_timer.start(minutes * 60_000)

    def execute(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        topics: Iterable[str],
    ) -> Any:
        """Run *do*; on success push it (with *undo*) and announce *topics*.

        A ``ServiceError`` from *do* propagates to the caller (the page shows it) and
        nothing is pushed.
        """
        topic_set = frozenset(topics)
        result = do()
        command = ServiceCommand(self, text, do, undo, topic_set)
        command.result = result
        self.undo_stack.push(command)
        self._announce(topic_set)
        return result

    def read(self, query: Callable[[Workshop], Any]) -> Any:
        """Run a read-only service query on the open workshop."""
        return query(self.workshop)

    def _call(self, fn: Callable[[], Any], topics: frozenset[str]) -> None:
        try:
            fn()
        except Exception as exc:  # an undo that no longer applies must not crash the app
            log.exception("undo/redo failed")
            self.failed.emit(exc)
            return
        self._announce(topics)

    def _announce(self, topics: frozenset[str]) -> None:
        self.changed.emit(topics)
        self.saved.emit()

    def close(self) -> None:
        self._backup_timer.stop()
        self.undo_stack.clear()
        self.workshop.close()
