"""Batch export off the GUI thread: the work in a plain Python thread, its news on the GUI thread.

Qt stays on the GUI thread. The export thread runs an :class:`ExportTask`, which is plain
Python: it reads the report data itself (the services open their own sessions; the
workshop's engine lends each thread its own connection), writes the planned documents
through ``services.export.run_export`` and puts what happens — progress, the result, the
error that stopped it — in a queue. It holds no reference to any Qt object, so it neither
calls one nor, by dropping the last reference, destroys one. :class:`ExportWorker`, made
on the GUI thread and living there, starts the thread, takes the news out of the queue on
a timer and emits its signals there. ``cancel()`` sets a ``threading.Event`` the task asks
before each document: the export stops before the next one, and every document already
written is complete.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from dxworkshop.reports.docstyle import GOTHIC
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.export import ExportPlan, ExportResult, run_export
from dxworkshop.store.errors import StoreError
from dxworkshop.store.workshop import Workshop

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportJob:
    plan: ExportPlan
    folder: Path
    font: str = GOTHIC
    wareki: bool = False
    pdf: bool = False
    soffice: str | None = None  # LibreOffice's command for the PDF copies (found if None)
    replace: bool = False  # replace files of the same name (the user was asked)


# What the export thread reports, in order; the last one is a result, a failure or a bug.
@dataclass(frozen=True)
class _Progress:
    done: int
    total: int
    label: str


@dataclass(frozen=True)
class _Finished:
    result: ExportResult


@dataclass(frozen=True)
class _Failed:
    error: ServiceError | StoreError  # an expected failure: the page says it


@dataclass(frozen=True)
class _Crashed:
    error: BaseException  # a bug: logged and shown by the crash handler, on the GUI thread


_News = _Progress | _Finished | _Failed | _Crashed


class ExportTask:
    """The export thread's work: plain Python, with no Qt object within its reach."""

    def __init__(
        self,
        workshop: Workshop,
        job: ExportJob,
        news: queue.SimpleQueue[_News],
        cancel: threading.Event,
    ) -> None:
        self.workshop = workshop
        self.job = job
        self._news = news
        self._cancel = cancel

    def _progress(self, done: int, total: int, label: str) -> None:
        self._news.put(_Progress(done, total, label))

    def run(self) -> None:
        from dxworkshop.reports.report_writer import ReportWriter
        from dxworkshop.services.export import book_for

        job = self.job
        self._progress(0, len(job.plan.items), "")
        try:
            book = book_for(self.workshop, job.plan)
            writer = ReportWriter(book, font=job.font, wareki=job.wareki)
            result = run_export(
                job.plan,
                job.folder,
                writer,
                progress=self._progress,
                cancelled=self._cancel.is_set,
                pdf=job.pdf,
                soffice=job.soffice,
                replace=job.replace,
            )
        except (ServiceError, StoreError) as exc:
            log.warning("export stopped: %s", exc)
            self._news.put(_Failed(exc))
        except BaseException as exc:  # a bug: the GUI thread reports it (never this one)
            self._news.put(_Crashed(exc))
        else:
            self._news.put(_Finished(result))


class ExportWorker(QObject):
    """Runs one export job in a Python thread and reports it here, on the GUI thread.

    Make it on the GUI thread and :meth:`start` it; its signals are emitted on the GUI
    thread only, from :meth:`deliver`, which its timer calls every ``POLL_MS``.
    """

    POLL_MS = 40

    progress = Signal(int, int, str)  # done, total, label of the document just written
    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # the ServiceError or StoreError that stopped the export, or a bug

    def __init__(self, workshop: Workshop, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancel = threading.Event()
        self._news: queue.SimpleQueue[_News] = queue.SimpleQueue()
        self._over = False
        task = ExportTask(workshop, job, self._news, self._cancel)
        # The thread's target is the task's method, not this object's: the thread must
        # not keep this QObject alive (its last reference would go in the export thread).
        self.thread = threading.Thread(target=task.run, name="dxworkshop-export")
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.deliver)

    def start(self) -> None:
        self._timer.start()
        self.thread.start()

    def cancel(self) -> None:
        """Stop before the next document (safe from any thread: it only sets an Event)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """Whether the export has not reported its end yet."""
        return not self._over

    def stop(self) -> None:
        """Cancel, wait for the document being written, and report nothing more (the file
        is closing)."""
        self.cancel()
        self._timer.stop()
        self._over = True
        if self.thread.is_alive():
            self.thread.join()

    def deliver(self) -> None:
        """Emit what the export thread reported since the last call (GUI thread)."""
        while not self._over:
            try:
                news = self._news.get_nowait()
            except queue.Empty:
                return
            if isinstance(news, _Progress):
                self.progress.emit(news.done, news.total, news.label)
                continue
            self._over = True
            self._timer.stop()
            self.thread.join()  # it has put its last word: it is ending, if not ended
            if isinstance(news, _Finished):
                self.finished.emit(news.result)
            elif isinstance(news, _Failed):
                self.failed.emit(news.error)
            else:
                # Let the page close its progress dialog, then the crash handler report it.
                error = news.error
                self.failed.emit(error)
                sys.excepthook(type(error), error, error.__traceback__)
