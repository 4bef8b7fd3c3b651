"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.preferences import Preferences

#: Rows a table looks at when it sizes its columns to their contents (the visible ones
#: first): enough for honest widths, cheap on a page of thousands of rows.
SIZING_ROWS = 40


class Page(QWidget):
    """A page gets the controller and preferences; it refreshes on the topics it shows.

    ``topics`` lists what the page displays; the main window calls ``refresh`` when an
    edit touched one of them (and on first show). ``find`` focuses the page's filter.
    """

    topics: frozenset[str] = frozenset()

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.prefs = prefs

    def refresh(self, topics: frozenset[str]) -> None:
        """Reload what changed; the base page shows nothing."""

    def find(self) -> None:
        """Focus the page's search/filter field, if it has one."""

    def show_record(self, record_id: int) -> None:
        """Select and show one record of the page (what the id means is the page's own:
        e.g. a trainee on the practice page); the base page shows nothing."""

    def refresh_when_hidden(self) -> bool:
        """Whether edits must reach this page while another one is shown (e.g. it feeds
        a shared screen); otherwise it refreshes when shown again."""
        return False

    def stop_work(self) -> None:
        """Stop any work running in the background, and wait for it, before the file
        closes (the base page runs none)."""

    def wants(self, topics: frozenset[str]) -> bool:
        return "all" in topics or bool(self.topics & topics)
