"""Batch export off the GUI thread: one worker object in its own QThread.

The worker reads the report data itself (the services open their own sessions; the
workshop's engine gives each thread its own connection), writes the planned documents
through ``services.export.run_export`` and reports progress by signals. ``cancel()`` may
be called from the GUI thread: the export stops before the next document, and every
document already written is complete.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

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


class ExportWorker(QObject):
    """Runs one export job; lives in a worker thread (see :func:`start_export`)."""

    progress = Signal(int, int, str)  # done, total, label of the document just written
    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # the ServiceError or StoreError that stopped the export

    def __init__(self, workshop: Workshop, job: ExportJob) -> None:
        super().__init__()
        self.workshop = workshop
        self.job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next document (safe from any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        from dxworkshop.reports.report_writer import ReportWriter
        from dxworkshop.services.export import book_for

        job = self.job
        total = len(job.plan.items)
        self.progress.emit(0, total, "")
        try:
            book = book_for(self.workshop, job.plan)
            writer = ReportWriter(book, font=job.font, wareki=job.wareki)
            result: ExportResult = run_export(
                job.plan,
                job.folder,
                writer,
                progress=self.progress.emit,
                cancelled=self._cancel.is_set,
                pdf=job.pdf,
                soffice=job.soffice,
                replace=job.replace,
            )
        except (ServiceError, StoreError) as exc:
            log.warning("export stopped: %s", exc)
            self.failed.emit(exc)
            return
        except Exception as exc:
            # A bug: let the page close its progress dialog, then the crash handler report it.
            self.failed.emit(exc)
            raise
        self.finished.emit(result)


def start_export(worker: ExportWorker, parent: QObject | None = None) -> QThread:
    """Move *worker* to a new thread and start it; the thread ends when the worker does."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread
