"""Reports: choose a Word report and whom it is for, then export it in the background.

The page plans the export from a light roster (``services.export.load_roster``) and
lists the files it will write; Export hands the plan to an ``ExportWorker``, whose Python
thread reads the report data with its own sessions and writes the documents while every
Qt object — the progress dialog, the worker's signals — stays on the GUI thread. Cancel
in the progress dialog stops before the next document; the page offers to open the
folder when done.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QWidget,
)

from dxworkshop.reports.docstyle import GOTHIC, MINCHO
from dxworkshop.reports.report_writer import file_name
from dxworkshop.services.errors import ServiceError, ValidationError
from dxworkshop.services.export import (
    SCOPES,
    DocumentsExist,
    ExportPlan,
    ExportResult,
    NothingToExport,
    ReportKind,
    Roster,
    Scope,
    ScopeKind,
    files_in_the_way,
    find_soffice,
    load_roster,
    plan_export,
)
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.store.errors import StoreError
from dxworkshop.store.outputs import DatabaseInTheWay
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.export_worker import ExportJob, ExportWorker
from dxworkshop.ui.forms.ui_reports_page import Ui_ReportsPage
from dxworkshop.ui.messages import service_error_text, store_error_text
from dxworkshop.ui.pages.base import Page
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.styles import HINT_STYLE

log = logging.getLogger(__name__)

PREVIEW_LIMIT = 500  # file names listed; the count says how many there are
ASK_LIMIT = 10  # file names a "replace?" question lists; the count says how many


class ReportsPage(Page):
    kinds = frozenset(
        {
            Kind.PROGRAMME,
            Kind.MUNICIPALITY,
            Kind.DEPARTMENT,
            Kind.PERSON,
            Kind.HEARING,
        }
    )

    def __init__(
        self,
        controller: WorkshopController,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        soffice: str | bool | None = True,
    ) -> None:
        """*soffice*: True looks LibreOffice up on the PATH; a path or None is taken as is."""
        super().__init__(controller, prefs, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.soffice: str | None = find_soffice() if soffice is True else (soffice or None)
        self.roster: Roster | None = None
        self.plan: ExportPlan | None = None
        self.files = QStringListModel(self)
        self.ui.filesView.setModel(self.files)
        self.worker: ExportWorker | None = None
        self.thread: threading.Thread | None = None  # the export's, while it runs
        self.progress_dialog: QProgressDialog | None = None
        self.last_result: ExportResult | None = None
        self.last_folder: Path | None = None
        self._set_up()
        self._connect()
        self.refresh(Changes.everything())

    # -- set-up ------------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        ui.fontCombo.addItem(self.tr("Gothic (游ゴシック)"), GOTHIC)
        ui.fontCombo.addItem(self.tr("Mincho (ＭＳ 明朝)"), MINCHO)
        ui.warekiCheck.setChecked(bool(self.prefs.get("ui/wareki")))
        for hint in (ui.summaryHint, ui.municipalityHint, ui.programmeHint):
            hint.setStyleSheet(HINT_STYLE)
        if self.soffice:
            ui.pdfCheck.setEnabled(True)
            ui.pdfHint.setText(self.tr("PDF copies are made with LibreOffice."))
        else:
            ui.pdfCheck.setChecked(False)
            ui.pdfCheck.setEnabled(False)
            ui.pdfHint.setText(
                self.tr("PDF copies need LibreOffice, which was not found on this computer.")
            )
        ui.folderEdit.setText(str(self._default_folder()))
        ui.openFolderButton.hide()
        ui.messageLabel.hide()

    def _connect(self) -> None:
        ui = self.ui
        for radio in (ui.summaryRadio, ui.municipalityRadio, ui.programmeRadio):
            radio.toggled.connect(self._report_changed)
        for radio in (ui.traineeScope, ui.supervisorScope, ui.municipalityScope, ui.allScope):
            radio.toggled.connect(self._scope_changed)
        for combo in (ui.traineeCombo, ui.supervisorCombo, ui.municipalityCombo):
            combo.activated.connect(lambda _i, c=combo: self._picked(c))
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.exportButton.clicked.connect(self.export)
        ui.openFolderButton.clicked.connect(self.open_folder)

    def _default_folder(self) -> Path:
        last = str(self.prefs.get("files/last_folder") or "")
        if last and Path(last).is_dir():
            return Path(last)
        return self.controller.workshop.path.parent

    # -- what to export -----------------------------------------------------------------------

    def report_kind(self) -> ReportKind:
        if self.ui.municipalityRadio.isChecked():
            return ReportKind.MUNICIPALITY
        if self.ui.programmeRadio.isChecked():
            return ReportKind.PROGRAMME
        return ReportKind.SUPERVISOR_SUMMARY

    def set_report_kind(self, kind: ReportKind) -> None:
        radio = {
            ReportKind.SUPERVISOR_SUMMARY: self.ui.summaryRadio,
            ReportKind.MUNICIPALITY: self.ui.municipalityRadio,
            ReportKind.PROGRAMME: self.ui.programmeRadio,
        }[kind]
        radio.setChecked(True)

    def _scope_radios(self) -> dict[ScopeKind, QRadioButton]:
        ui = self.ui
        return {
            ScopeKind.TRAINEE: ui.traineeScope,
            ScopeKind.SUPERVISOR: ui.supervisorScope,
            ScopeKind.MUNICIPALITY: ui.municipalityScope,
            ScopeKind.ALL: ui.allScope,
        }

    def scope(self) -> Scope:
        ui = self.ui
        if ui.traineeScope.isChecked():
            return Scope(ScopeKind.TRAINEE, ui.traineeCombo.currentData())
        if ui.supervisorScope.isChecked():
            return Scope(ScopeKind.SUPERVISOR, ui.supervisorCombo.currentData())
        if ui.municipalityScope.isChecked():
            return Scope(ScopeKind.MUNICIPALITY, ui.municipalityCombo.currentData())
        return Scope.everyone()

    def set_scope(self, kind: ScopeKind, ident: int | None = None) -> None:
        combo = {
            ScopeKind.TRAINEE: self.ui.traineeCombo,
            ScopeKind.SUPERVISOR: self.ui.supervisorCombo,
            ScopeKind.MUNICIPALITY: self.ui.municipalityCombo,
        }.get(kind)
        if combo is not None and ident is not None:
            combo.setCurrentIndex(max(0, combo.findData(ident)))
        self._scope_radios()[kind].setChecked(True)
        self._update_plan()

    def _report_changed(self, checked: bool) -> None:
        if not checked:
            return
        allowed = SCOPES[self.report_kind()]
        for kind, radio in self._scope_radios().items():
            radio.setEnabled(kind in allowed)
        if self.scope().kind not in allowed:
            self.ui.allScope.setChecked(True)
        self._enable_pickers()
        self._update_plan()

    def _scope_changed(self, checked: bool) -> None:
        if checked:
            self._enable_pickers()
            self._update_plan()

    def _picked(self, combo: QComboBox) -> None:
        ui = self.ui
        radios = (
            (ui.traineeCombo, ui.traineeScope),
            (ui.supervisorCombo, ui.supervisorScope),
            (ui.municipalityCombo, ui.municipalityScope),
        )
        radio = next(r for c, r in radios if c is combo)
        if radio.isEnabled():
            radio.setChecked(True)
        self._update_plan()

    def _enable_pickers(self) -> None:
        allowed = SCOPES[self.report_kind()]
        ui = self.ui
        ui.traineeCombo.setEnabled(ScopeKind.TRAINEE in allowed)
        ui.supervisorCombo.setEnabled(ScopeKind.SUPERVISOR in allowed)
        ui.municipalityCombo.setEnabled(ScopeKind.MUNICIPALITY in allowed)
        ui.scopeBox.setEnabled(allowed != (ScopeKind.ALL,))

    # -- refresh -------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        if not self.wants(changes):
            return
        try:
            self.roster = self.controller.read(load_roster)
        except (ServiceError, StoreError) as exc:
            log.warning("could not read the roster: %s", exc)
            self.roster = None
        self._fill_pickers()
        self._report_changed(True)

    def _fill_pickers(self) -> None:
        roster = self.roster
        ui = self.ui
        trainees = roster.trainees if roster else ()
        municipalities = roster.municipalities if roster else ()
        supervisors = roster.supervisors if roster else ()
        counts: dict[int, int] = {}
        for t in trainees:
            if t.supervisor_id is not None:
                counts[t.supervisor_id] = counts.get(t.supervisor_id, 0) + 1
        self._refill(
            ui.traineeCombo,
            [
                (f"{t.municipality_name}　{t.name}" if t.municipality_name else t.name, t.id)
                for t in trainees
            ],
        )
        self._refill(
            ui.supervisorCombo,
            [
                (self.tr("{name} (%n trainee(s))", "", counts.get(sid, 0)).format(name=name), sid)
                for sid, name in supervisors
            ],
        )
        self._refill(ui.municipalityCombo, [(name, mid) for mid, name in municipalities])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, int]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, ident in items:
            combo.addItem(text, ident)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(0, index) if items else -1)
        combo.blockSignals(False)

    def _update_plan(self) -> None:
        self.plan = None
        names: list[str] = []
        if self.roster is None:
            text = self.tr("The programme could not be read.")
        else:
            try:
                self.plan = plan_export(self.roster, self.report_kind(), self.scope())
            except NothingToExport:
                text = self.tr("There is nobody to write this report for in this choice.")
            except ValidationError as exc:
                text = self.error_text(exc)
            else:
                count = len(self.plan.items)
                text = self.tr("%n document(s) will be written:", "", count)
                names = [file_name(item) for item in self.plan.items[:PREVIEW_LIMIT]]
                if count > PREVIEW_LIMIT:
                    names.append("…")
        self.ui.countLabel.setText(text)
        self.files.setStringList(names)
        self.ui.exportButton.setEnabled(self.plan is not None and self.worker is None)

    # -- export ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the Documents"), self.ui.folderEdit.text()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def folder(self) -> Path | None:
        text = self.ui.folderEdit.text().strip()
        return Path(text) if text else None

    def export(self) -> ExportWorker | None:
        """Start the export of the current plan; returns the worker (None if refused)."""
        if self.worker is not None or self.plan is None:
            return None
        folder = self.folder()
        if folder is None:
            self.show_message(self.tr("Choose a folder for the documents."))
            return None
        if folder.exists() and not folder.is_dir():
            self.show_message(self.tr("“{folder}” is not a folder.").format(folder=folder))
            return None
        pdf = self.ui.pdfCheck.isEnabled() and self.ui.pdfCheck.isChecked()
        replace = self._may_replace(folder, pdf)
        if replace is None:
            return None
        job = ExportJob(
            plan=self.plan,
            folder=folder,
            font=str(self.ui.fontCombo.currentData()),
            wareki=self.ui.warekiCheck.isChecked(),
            pdf=pdf,
            soffice=self.soffice,
            replace=replace,
        )
        self.clear_message()
        self.ui.openFolderButton.hide()
        worker = ExportWorker(self.controller.workshop, job, self)
        total = len(job.plan.items)
        dialog = QProgressDialog(
            self.tr("Preparing the report data…"), self.tr("Cancel"), 0, total, self
        )
        dialog.setWindowTitle(self.tr("Exporting Reports"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.progress_dialog = dialog
        self.ui.exportButton.setEnabled(False)
        dialog.show()
        self.thread = worker.thread
        worker.start()
        return worker

    def _may_replace(self, folder: Path, pdf: bool) -> bool | None:
        """Whether the export may replace files of its names in *folder*: False when none
        is there, True when the user said so, None when not to export at all (the user
        cancelled, or a workshop file is in the way — never replaced)."""
        assert self.plan is not None
        if not folder.is_dir():
            return False
        existing, databases = files_in_the_way(self.plan, folder, file_name, pdf=pdf)
        if databases:
            self.show_message(self._database_text(databases[0]))
            return None
        if not existing:
            return False
        names = "\n".join(f"・{p.name}" for p in existing[:ASK_LIMIT])
        if len(existing) > ASK_LIMIT:
            names += "\n" + self.tr("… and %n more", "", len(existing) - ASK_LIMIT)
        text = (
            self.tr("%n file(s) of the same name already exist in {folder}:", "", len(existing))
            + "\n\n"
            + names
            + "\n\n"
            + self.tr("Replace them with the new documents?")
        ).format(folder=folder)
        answer = QMessageBox.question(
            self,
            self.tr("Replace Files?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def _database_text(self, path: Path) -> str:
        return self.tr(
            "“{file}” in the folder is a database (a workshop file?) and is never replaced "
            "by a document. Choose another folder, or move that file."
        ).format(file=path.name)

    def cancel(self) -> None:
        """Stop the running export before its next document."""
        if self.worker is not None:
            self.worker.cancel()
            self._cancelling()

    def stop_work(self) -> None:
        """The file is closing: cancel the export and wait for the document being written
        (every document written is complete), then tidy up as after a cancel."""
        worker = self.worker
        if worker is None:
            return
        worker.stop()
        self._end()

    def _cancelling(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Cancelling after the current document…"))

    def _progress(self, done: int, total: int, label: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or (self.worker is not None and self.worker.cancelled):
            return
        dialog.setMaximum(total)
        dialog.setValue(done)
        if done:
            dialog.setLabelText(
                self.tr("Written {done} of {total}: {name}").format(
                    done=done, total=total, name=label
                )
            )

    def _end(self) -> None:
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()
        self.progress_dialog = None
        if self.worker is not None:
            self.worker.stop()  # (the thread has ended or is ending: it sent its last word)
            self.worker.deleteLater()
        self.worker = None
        self.thread = None
        self.ui.exportButton.setEnabled(self.plan is not None)

    def _finished(self, result: ExportResult) -> None:
        self._end()
        self.last_result = result
        self.last_folder = result.folder
        self.prefs.set("files/last_folder", str(result.folder))
        written = len(result.written)
        if result.cancelled:
            text = self.tr(
                "Cancelled: %n document(s) written to {folder} (complete; the rest were not "
                "started).",
                "",
                written,
            )
        else:
            text = self.tr("%n document(s) written to {folder}.", "", written)
        text = text.format(folder=result.folder)
        if result.pdfs:
            text += " " + self.tr("%n PDF(s) too.", "", len(result.pdfs))
        if result.failures:
            text += " " + self.tr("Not written: {list}").format(
                list="; ".join(f"{f.label} ({f.reason})" for f in result.failures[:5])
            )
        self.show_message(text, error=bool(result.failures))
        self.ui.openFolderButton.setVisible(written > 0)

    def _failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, DatabaseInTheWay):
            text = self._database_text(exc.path)
        elif isinstance(exc, StoreError):
            text = store_error_text(exc)
        elif isinstance(exc, ServiceError):
            text = self.error_text(exc)
        else:
            text = self.tr("The export stopped because of an unexpected error.")
        self.show_message(text)

    def error_text(self, exc: ServiceError) -> str:
        if isinstance(exc, ValidationError):
            texts = {
                ("scope", "missing"): self.tr("Choose whom the report is for."),
                ("scope", "unknown"): self.tr(
                    "The person or municipality chosen is no longer in the programme."
                ),
                ("scope", "not_for_report"): self.tr("This report cannot be made for this choice."),
                ("folder", "unwritable"): self.tr(
                    "The folder cannot be created or written to: {detail}"
                ),
                ("folder", "not_a_folder"): self.tr("The place chosen is not a folder."),
                ("pdf", "no_libreoffice"): self.tr("PDF copies need LibreOffice."),
            }
            text = texts.get((exc.field, exc.code))
            if text is not None:
                return text.format(detail=exc.message)
        if isinstance(exc, DocumentsExist):
            return self.tr(
                "Files of the same name appeared in the folder meanwhile, so nothing was "
                "written: {names}"
            ).format(names="、".join(p.name for p in exc.paths[:ASK_LIMIT]))
        return service_error_text(exc)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    # -- messages -------------------------------------------------------------------------------
