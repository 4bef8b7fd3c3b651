"""The main window (a first version; the application shell issue replaces it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from dxworkshop.services.programme import get_programme, list_sessions
from dxworkshop.store.workshop import Workshop


class MainWindow(QMainWindow):
    def __init__(self, workshop: Workshop | None) -> None:
        super().__init__()
        self._workshop = workshop
        self.resize(1100, 720)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.title_label = QLabel(central)
        self.sessions = QListWidget(central)
        layout.addWidget(self.title_label)
        layout.addWidget(self.sessions)
        self.setCentralWidget(central)
        self._show_programme()

    def _show_programme(self) -> None:
        if self._workshop is None:
            self.setWindowTitle(self.tr("dxworkshop"))
            self.title_label.setText(self.tr("No programme is open."))
            return
        info = get_programme(self._workshop)
        self.setWindowTitle(
            self.tr("{name} — {file}").format(name=info.name, file=self._workshop.path.name)
        )
        self.title_label.setText(info.name)
        for s in list_sessions(self._workshop):
            date = s.date.isoformat() if s.date else ""
            self.sessions.addItem(f"{date}  {s.title}")

    def visit_every_page(self) -> None:
        """Used by --smoke-test: every page is created and shown once."""
        self.repaint()

    def close_workshop(self) -> None:
        if self._workshop is not None:
            self._workshop.close()
            self._workshop = None
