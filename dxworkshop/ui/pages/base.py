"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dxworkshop.services.ops import Changes
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.preferences import Preferences

#: Rows a table looks at when it sizes its columns to their contents (the visible ones
#: first): enough for honest widths, cheap on a page of thousands of rows.
SIZING_ROWS = 40


class Page(QWidget):
    """A page gets the controller and preferences; it follows the records it shows.

    ``kinds`` lists the kinds of records the page displays (``services.ops.Kind``). The
    main window is the one refresh path: it calls ``refresh`` with the ``Changes`` of an
    edit that touched one of them — at once for the page in sight (and for a page that
    feeds a shared screen), when shown again for the others, with everything on first
    show. A page updates the rows whose ids changed where it can. ``find`` focuses the
    page's filter.
    """

    kinds: frozenset[str] = frozenset()

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.prefs = prefs

    def refresh(self, changes: Changes) -> None:
        """Show what *changes* changed; the base page shows nothing."""

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

    def wants(self, changes: Changes) -> bool:
        return changes.touches(*self.kinds)
