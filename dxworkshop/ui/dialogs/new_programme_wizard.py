"""New programme: name, 年度, organiser, prefecture and start date, then where to keep the
file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from dxworkshop import FILE_SUFFIX
from dxworkshop.services import defaults
from dxworkshop.services.errors import ServiceError
from dxworkshop.services.municipalities import national_list
from dxworkshop.services.programme import new_programme
from dxworkshop.store.errors import StoreError
from dxworkshop.store.workshop import Workshop
from dxworkshop.ui.fields import fiscal_years, required_date
from dxworkshop.ui.forms.ui_new_programme_wizard import Ui_NewProgrammeWizard
from dxworkshop.ui.labels import date_label
from dxworkshop.ui.messages import service_error_text, store_error_text

_UNSAFE = '<>:"/\\|?*'


def safe_file_name(name: str) -> str:
    """A file name from a programme name that is valid on Windows too."""
    cleaned = "".join("_" if c in _UNSAFE or ord(c) < 32 else c for c in name).strip(" .")
    return (cleaned or "programme")[:80]


class NewProgrammeWizard(QWizard):
    def __init__(self, folder: str, backups: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewProgrammeWizard()
        self.ui.setupUi(self)
        self._folder = Path(folder)
        self._backups = backups
        self.workshop: Workshop | None = None
        self._file_touched = False
        today = dt.date.today()
        self.ui.yearSpin.setValue(today.year if today.month >= 4 else today.year - 1)
        self.ui.startDate.setDate(QDate(today.year, today.month, today.day))
        required_date(self.ui.startDate)
        fiscal_years(self.ui.yearSpin)
        self.ui.errorLabel.setStyleSheet("color: #b91c1c;")
        self.ui.scheduleHint.setMinimumWidth(420)
        self.ui.scheduleHint.setStyleSheet("color: #374151;")
        self.ui.prefectureCombo.addItem(self.tr("(none)"), "")
        for entry in national_list().prefectures():
            self.ui.prefectureCombo.addItem(entry.name, entry.name)
        self._connect()
        self._update_hint()
        self._suggest_file()

    def _connect(self) -> None:
        self.ui.nameEdit.textChanged.connect(self._suggest_file)
        self.ui.nameEdit.textChanged.connect(self.ui.detailsPage.completeChanged)
        self.ui.startDate.dateChanged.connect(self._update_hint)
        self.ui.fileEdit.textEdited.connect(self._file_edited)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.detailsPage.isComplete = self._details_complete  # type: ignore[method-assign]

    def _details_complete(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def _file_edited(self) -> None:
        self._file_touched = True
        self.ui.errorLabel.clear()

    def _suggest_file(self) -> None:
        if self._file_touched:
            return
        name = safe_file_name(self.ui.nameEdit.text().strip() or self.tr("programme"))
        self.ui.fileEdit.setText(str(self._folder / f"{name}{FILE_SUFFIX}"))

    def start_date(self) -> dt.date:
        d = self.ui.startDate.date()
        return dt.date(d.year(), d.month(), d.day())

    def _update_hint(self) -> None:
        start = self.start_date()
        end = start + dt.timedelta(days=defaults.schedule_length_days())
        sessions = len(defaults.schedule(start))
        self.ui.scheduleHint.setText(
            self.tr("{count} sessions from {start} to {end} will be scheduled.").format(
                count=sessions, start=date_label(start), end=date_label(end)
            )
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Programme File"),
            self.ui.fileEdit.text(),
            self.tr("dxworkshop programmes (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if path:
            self._file_touched = True
            self.ui.fileEdit.setText(path)

    def target_path(self) -> Path:
        path = Path(self.ui.fileEdit.text().strip()).expanduser()
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        return path

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.ui.filePage:
            return True
        if not self.ui.fileEdit.text().strip():
            self.ui.errorLabel.setText(self.tr("Choose where to save the programme."))
            return False
        try:
            self.workshop = new_programme(
                self.target_path(),
                self.ui.nameEdit.text(),
                fiscal_year=self.ui.yearSpin.value(),
                organiser=self.ui.organiserEdit.text(),
                start_date=self.start_date(),
                prefecture=self.ui.prefectureCombo.currentData(),
                backup_root=self._backups,
            )
        except StoreError as exc:
            self.ui.errorLabel.setText(store_error_text(exc))
            return False
        except ServiceError as exc:
            self.ui.errorLabel.setText(service_error_text(exc))
            return False
        return True
