"""What every page of the main window provides."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QTabWidget, QWidget

from dxworkshop.services.errors import ServiceError
from dxworkshop.services.ops import Changes, Operation
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.messages import service_error_text
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.styles import ERROR_STYLE, INFO_STYLE

log = logging.getLogger(__name__)

#: Rows a table looks at when it sizes its columns to their contents (the visible ones
#: first): enough for honest widths, cheap on a page of thousands of rows.
SIZING_ROWS = 40


def fit_columns(view: QTableView, stretch: Iterable[int] = ()) -> None:
    """Size *view*'s columns to their contents now (measured on the first ``SIZING_ROWS``
    rows) and leave them to the user; the *stretch* columns share what is left. Call it
    when the rows first come in: a header in ``ResizeToContents`` mode measures every row
    again after each edit, which on a page of 600 trainees costs more than the edit."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SIZING_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class Page(QWidget):
    """A page gets the controller and preferences; it follows the records it shows.

    ``kinds`` lists the kinds of records the page displays (``services.ops.Kind``). The
    main window is the one refresh path: it calls ``refresh`` with the ``Changes`` of an
    edit that touched one of them — at once for the page in sight (and for a page that
    feeds a shared screen), when shown again for the others, with everything on first
    show. A page updates the rows whose ids changed where it can. ``find`` focuses the
    page's filter.

    Edits go through :meth:`try_edit` (or :meth:`run_edit`): one undoable step, and a
    refused edit is said in the page's message strip (``ui.messageLabel``) and on the
    status bar, in the words of :meth:`error_text`.
    """

    kinds: frozenset[str] = frozenset()

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.prefs = prefs
        self._on_tab: dict[tuple[int, int], Callable[[], None]] = {}  # see when_tab_shown
        self._watched_tabs: dict[int, QTabWidget] = {}

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

    def when_tab_shown(self, tabs: QTabWidget, index: int, load: Callable[[], None]) -> None:
        """Run *load* now when tab *index* of *tabs* is in sight, else the next time it is
        shown — tabs catch up as pages do (one home for a tab that reads on demand, such
        as a chart: no page keeps flags of its own)."""
        key = (id(tabs), index)
        if tabs.currentIndex() == index and self.isVisible():
            self._on_tab.pop(key, None)
            load()
            return
        if id(tabs) not in self._watched_tabs:
            self._watched_tabs[id(tabs)] = tabs
            tabs.currentChanged.connect(lambda shown, t=tabs: self._tab_shown(t, shown))
        self._on_tab[key] = load

    def _tab_shown(self, tabs: QTabWidget, index: int) -> None:
        load = self._on_tab.pop((id(tabs), index), None)
        if load is not None:
            load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for tabs in list(self._watched_tabs.values()):  # a tab in sight since last time
            self._tab_shown(tabs, tabs.currentIndex())

    # -- edits and messages ---------------------------------------------------------------

    def run_edit(self, text: str, op: Operation) -> Any:
        """Run *op* as one undoable step called *text*; raises ``ServiceError`` when it is
        refused (nothing changed), clears the message strip when done."""
        value = self.controller.run(text, op)
        self.clear_message()
        return value

    def try_edit(self, text: str, op: Operation) -> tuple[bool, Any]:
        """Like :meth:`run_edit`, but a refused edit is shown, not raised: (done, value)."""
        try:
            return True, self.run_edit(text, op)
        except ServiceError as exc:
            log.info("edit refused: %s", exc)
            self.show_message(self.error_text(exc))
            return False, None

    def error_text(self, exc: ServiceError) -> str:
        """The sentence that says why *exc* refused an edit (pages say their own cases)."""
        return service_error_text(exc)

    def _message_label(self) -> QLabel | None:
        label = getattr(getattr(self, "ui", None), "messageLabel", None)
        return label if isinstance(label, QLabel) else None

    def show_message(self, text: str, *, error: bool = True) -> None:
        """Say *text* in the page's message strip (red for a problem, green for news) and
        on the window's status bar."""
        label = self._message_label()
        if label is not None:
            label.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
            label.setText(text)
            label.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def clear_message(self) -> None:
        label = self._message_label()
        if label is not None:
            label.clear()
            label.hide()
