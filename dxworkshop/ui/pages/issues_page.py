"""Issue extraction (課題抽出): the room's issue cards as a table, as cards and on the
affinity board (KJ法), with fast entry for the facilitator and an editor for one card.

Fast entry: type a title and press Enter; the card is written for the chosen trainee
and the title field is ready for the next one (Japanese input methods commit with
Enter before it reaches the field, so nothing here touches key events). Every edit of a
card is a service operation (``issues.*_op``) run through ``controller.run``, which takes
care of undo and of telling the pages; refused edits show in red and in the window's
status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from dxworkshop.domain.enums import IssueStatus, Role
from dxworkshop.services import catalogues, people
from dxworkshop.services import issues as svc
from dxworkshop.services.issues import IssueRow
from dxworkshop.services.ops import Changes, Kind
from dxworkshop.services.people import PersonRow
from dxworkshop.ui.boards.affinity_board import AffinityBoard
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.forms.ui_issues_page import Ui_IssuesPage
from dxworkshop.ui.issue_cards import ROW_ROLE, IssueCardDelegate
from dxworkshop.ui.issue_editor import (
    IssueEditor,
    fill_person_combo,
    make_searchable,
    person_id,
)
from dxworkshop.ui.issue_labels import hours_number, status_label
from dxworkshop.ui.models.issue_models import NONE_ID, IssueFilterProxy, IssueTableModel
from dxworkshop.ui.pages.base import SIZING_ROWS, Page
from dxworkshop.ui.preferences import Preferences
from dxworkshop.ui.presentation import PresentationWindow

log = logging.getLogger(__name__)

TABLE_TAB, CARDS_TAB, BOARD_TAB = range(3)
ENTRY_STYLE = (
    "QFrame#entryFrame { background: #eff6ff; border: 1px solid #bfdbfe; border-radius: 8px; }"
)
CARD_VIEW_STYLE = "QListView#cardView { background: #f3f5f8; border: none; }"


class IssuesPage(Page):
    kinds = frozenset(
        {
            Kind.ISSUE,
            Kind.CLUSTER,
            Kind.PERSON,
            Kind.MUNICIPALITY,
            Kind.DEPARTMENT,
            Kind.GROUP,
            Kind.CATALOGUE,
            Kind.PROGRAMME,
        }
    )

    def __init__(
        self, controller: WorkshopController, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, prefs, parent)
        self.ui = Ui_IssuesPage()
        self.ui.setupUi(self)
        self._rows: dict[int, IssueRow] = {}
        self._people: list[PersonRow] = []
        self._municipality_kana: dict[int, str] = {}
        self._current: int | None = None
        self._sized = False
        self.board: AffinityBoard | None = None
        self.presentation: PresentationWindow | None = None

        self.model = IssueTableModel()
        self.model.set_editor(self._edit_cell)
        self.proxy = IssueFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.ui.tableView.setModel(self.proxy)
        self.ui.cardView.setModel(self.proxy)
        self.ui.cardView.setModelColumn(IssueTableModel.TITLE)
        # One selection for both views: a card picked in one is picked in the other.
        self.ui.cardView.setSelectionModel(self.ui.tableView.selectionModel())
        self.card_delegate = IssueCardDelegate(self.ui.cardView)
        self.ui.cardView.setItemDelegate(self.card_delegate)
        self.ui.cardView.setSpacing(0)
        self.ui.cardView.setStyleSheet(CARD_VIEW_STYLE)
        self.ui.tableView.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)

        self.editor = IssueEditor(self.ui.editorHost)
        self.ui.editorHostLayout.addWidget(self.editor)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.splitter.setSizes([880, 400])

        self.ui.entryFrame.setStyleSheet(ENTRY_STYLE)
        bold = QFont(self.ui.entryLabel.font())
        bold.setBold(True)
        self.ui.entryLabel.setFont(bold)
        big = QFont(self.ui.titleEdit.font())
        big.setPointSizeF(big.pointSizeF() * 1.15)
        self.ui.titleEdit.setFont(big)
        self.ui.titleEdit.setMinimumHeight(32)
        make_searchable(self.ui.ownerCombo)
        self.ui.messageLabel.setObjectName("messageLabel")
        self.ui.messageLabel.hide()
        self.ui.boardHint.setStyleSheet("color: #64748b;")
        self.ui.boardHint.setToolTip(self.ui.boardHint.text())
        self.ui.countLabel.setStyleSheet("color: #475569;")

        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.ui.tableView.addAction(self.delete_action)
        self.ui.cardView.addAction(self.delete_action)
        self.ui.cardView.viewport().installEventFilter(self)
        self._fill_static_filters()
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.titleEdit.returnPressed.connect(self.add_card)
        ui.addButton.clicked.connect(self.add_card)
        ui.filterEdit.textChanged.connect(self._text_filter)
        for combo, name in (
            (ui.municipalityFilter, "municipality"),
            (ui.groupFilter, "group"),
            (ui.ownerFilter, "owner"),
            (ui.categoryFilter, "category"),
            (ui.statusFilter, "status"),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=name: self._combo_filter(n, c.currentData())
            )
        ui.tableView.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.deleteButton.clicked.connect(self.delete_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.editor.edit_requested.connect(self.update_issue)
        self.editor.delete_requested.connect(lambda ident: self.delete_issues([ident]))
        ui.newGroupButton.clicked.connect(lambda: self.board.new_group() if self.board else None)
        ui.arrangeButton.clicked.connect(lambda: self.board.tidy_up() if self.board else None)
        ui.fitButton.clicked.connect(lambda: self.board.fit_all() if self.board else None)
        ui.presentButton.clicked.connect(self.open_presentation)
        ui.detailsButton.toggled.connect(self._details_toggled)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._filters_applied)
        self.proxy.layoutChanged.connect(self._filters_applied)

    # -- Page ---------------------------------------------------------------------------------

    #: Changes after which every card is read again (each card shows its owner,
    #: municipality, group and categories).
    EVERY_CARD = (Kind.PERSON, Kind.MUNICIPALITY, Kind.DEPARTMENT, Kind.GROUP, Kind.CATALOGUE)

    def refresh_when_hidden(self) -> bool:
        return self.presentation is not None  # the shared screen follows every edit

    def refresh(self, changes: Changes) -> None:
        ws = self.controller.workshop
        if changes.touches(Kind.PERSON, Kind.MUNICIPALITY, Kind.GROUP):
            self._people = people.list_people(ws)
            fill_person_combo(self.ui.ownerCombo, self._people, none_text=self.tr("(no owner)"))
            if person_id(self.ui.ownerCombo) is None:
                first = next((p for p in self._people if Role.TRAINEE in p.roles), None)
                if first is not None:
                    self.ui.ownerCombo.setCurrentIndex(self.ui.ownerCombo.findData(first.id))
            self.editor.set_people(self._people)
            self._fill_people_filters()
        if changes.touches(Kind.CATALOGUE, Kind.PROGRAMME):
            categories = catalogues.get_issue_categories(ws)
            self.editor.set_categories(categories)
            self._fill_combo(
                self.ui.categoryFilter,
                self.tr("All categories"),
                [(c, c) for c in categories],
            )
        ids = changes.ids(Kind.ISSUE) if changes.touches(Kind.ISSUE) else frozenset()
        if ids is not None and self._rows and not changes.touches(*self.EVERY_CARD):
            # Only these cards changed: update their rows in place.
            rows = svc.issue_rows(ws, ids)
            for row in rows:
                self._rows[row.id] = row
            gone = ids - {r.id for r in rows}
            for ident in gone:
                self._rows.pop(ident, None)
            self.model.update_rows(rows, removed=gone)
        else:
            rows = svc.list_issues(ws)
            self._rows = {r.id: r for r in rows}
            self.model.set_rows(rows, municipality_kana=self._municipality_kana)
        self._size_columns_once()
        self.editor.show_issue(self._rows.get(self._current) if self._current else None)
        self._filters_applied()
        for board in (self.board, self.presentation.board if self.presentation else None):
            if isinstance(board, AffinityBoard):
                board.follow(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only resizes of the card view are watched: its cards fill whole rows.
        view = self.ui.cardView
        if (
            watched is view.viewport()
            and event.type() == QEvent.Type.Resize
            and self.card_delegate.fit_width(view.viewport().width() - 2)
        ):
            view.setUniformItemSizes(False)  # drops the cached item size
            view.setUniformItemSizes(True)
            view.doItemsLayout()
        return super().eventFilter(watched, event)

    def find(self) -> None:
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    # -- filters ---------------------------------------------------------------------------------

    def _fill_combo(self, combo: Any, all_text: str, entries: Iterable[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, value in entries:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self._combo_filter(self._filter_name(combo), None)

    def _filter_name(self, combo: Any) -> str:
        return {
            self.ui.municipalityFilter: "municipality",
            self.ui.groupFilter: "group",
            self.ui.ownerFilter: "owner",
            self.ui.categoryFilter: "category",
            self.ui.statusFilter: "status",
        }[combo]

    def _fill_static_filters(self) -> None:
        self._fill_combo(
            self.ui.statusFilter,
            self.tr("All statuses"),
            [(status_label(s), s.value) for s in IssueStatus],
        )

    def _fill_people_filters(self) -> None:
        ws = self.controller.workshop
        munis = people.list_municipalities(ws)
        self._municipality_kana = {m.id: m.kana for m in munis}
        self._fill_combo(
            self.ui.municipalityFilter,
            self.tr("All municipalities"),
            [(m.name, m.id) for m in munis] + [(self.tr("(no municipality)"), NONE_ID)],
        )
        groups = people.list_groups(ws)
        self._fill_combo(
            self.ui.groupFilter,
            self.tr("All groups"),
            [(g.name, g.id) for g in groups] + [(self.tr("(no group)"), NONE_ID)],
        )
        trainees = [p for p in self._people if Role.TRAINEE in p.roles]
        self._fill_combo(
            self.ui.ownerFilter,
            self.tr("All trainees"),
            [(p.name, p.id) for p in trainees] + [(self.tr("(no owner)"), NONE_ID)],
        )

    def _text_filter(self, text: str) -> None:
        self.proxy.set_text(text)

    def _combo_filter(self, name: str, value: Any) -> None:
        if name == "status" and value is not None:
            value = IssueStatus(value)
        self.proxy.set_filter(name, value)

    def set_filter(self, name: str, value: Any) -> None:
        """Choose a filter as the combo box would (tests and other pages use this)."""
        combo = {
            "municipality": self.ui.municipalityFilter,
            "group": self.ui.groupFilter,
            "owner": self.ui.ownerFilter,
            "category": self.ui.categoryFilter,
            "status": self.ui.statusFilter,
        }[name]
        data = value.value if isinstance(value, IssueStatus) else value
        combo.setCurrentIndex(max(combo.findData(data), 0))

    def _filters_applied(self) -> None:
        shown = self.proxy.shown_rows() if self.proxy.active else list(self._rows.values())
        if self.board is not None:
            self.board.set_filter([r.id for r in shown] if self.proxy.active else None)
        if self.presentation is not None and isinstance(self.presentation.board, AffinityBoard):
            self.presentation.board.set_filter([r.id for r in shown] if self.proxy.active else None)
        self._update_counts(shown)
        self._update_buttons()

    def _update_counts(self, shown: list[IssueRow]) -> None:
        total = len(self._rows)
        owners = len({r.owner_id for r in shown if r.owner_id is not None})
        hours = svc.total_hours(shown)
        if self.proxy.active:
            cards = self.tr("%n of {total} card(s)", "", len(shown)).format(total=total)
        else:
            cards = self.tr("%n card(s)", "", total)
        trainees = self.tr("%n trainee(s)", "", owners)
        self.ui.countLabel.setText(
            self.tr("{cards} · {trainees} · {hours} h/yr in all").format(
                cards=cards, trainees=trainees, hours=hours_number(hours)
            )
        )

    # -- selection and editor ---------------------------------------------------------------

    def _size_columns_once(self) -> None:
        if self._sized or self.model.rowCount() == 0:
            return
        self._sized = True
        view = self.ui.tableView
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(SIZING_ROWS)
        view.resizeColumnsToContents()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 16, 200))
        header.resizeSection(IssueTableModel.TITLE, 290)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self.show_issue(row.id if isinstance(row, IssueRow) else None)

    def show_issue(self, issue_id: int | None) -> None:
        """Show this card in the editor (the board and views select it too)."""
        self.editor.commit_description()
        self._current = issue_id
        self.editor.show_issue(self._rows.get(issue_id) if issue_id is not None else None)

    def _board_selected(self, issue_id: int) -> None:
        if issue_id >= 0:
            self.show_issue(issue_id)

    def selected_ids(self) -> list[int]:
        if self.ui.tabs.currentIndex() == BOARD_TAB and self.board is not None:
            return self.board.selected_card_ids()
        rows = self.ui.tableView.selectionModel().selectedRows()
        return [int(index.data(ROW_ROLE).id) for index in rows]

    def select_issue(self, issue_id: int) -> bool:
        source = self.model.row_of_id(issue_id)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():  # filtered out
            return False
        self.ui.tableView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        for view in (self.ui.tableView, self.ui.cardView):
            view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        if self.board is not None:
            self.board.select_issue(issue_id)
        return True

    def _update_buttons(self, *_args: Any) -> None:
        self.ui.deleteButton.setEnabled(bool(self.selected_ids()))

    def _tab_changed(self, index: int) -> None:
        if index == BOARD_TAB:
            self.ensure_board()
        # The board wants the whole width; its card details open on request.
        self.ui.editorScroll.setVisible(index != BOARD_TAB or self.ui.detailsButton.isChecked())
        self._update_buttons()

    def _details_toggled(self, on: bool) -> None:
        if self.ui.tabs.currentIndex() == BOARD_TAB:
            self.ui.editorScroll.setVisible(on)

    def _board_activated(self, issue_id: int) -> None:
        self.show_issue(issue_id)
        self.ui.detailsButton.setChecked(True)

    def ensure_board(self) -> AffinityBoard:
        """The page's affinity board, made on first use."""
        if self.board is None:
            board = self._make_board(self.ui.boardHost)
            self.ui.boardHostLayout.addWidget(board)
            self.board = board
            self._filters_applied()
        return self.board

    def _make_board(self, parent: QWidget, *, presenting: bool = False) -> AffinityBoard:
        shown = self.proxy.shown_ids() if self.proxy.active else None
        board = AffinityBoard(self.controller, parent, presenting=presenting, issue_filter=shown)
        board.issue_selected.connect(self._board_selected)
        board.issue_activated.connect(self._board_activated)
        board.issue_selected.connect(self._update_buttons)
        board.status_message.connect(self.show_message)
        return board

    # -- running edits ---------------------------------------------------------------------------

    # -- fast entry ------------------------------------------------------------------------------

    def add_card(self) -> IssueRow | None:
        """Write the typed title as a card of the chosen owner; the field is ready again."""
        edit = self.ui.titleEdit
        title = edit.text()
        if not title.strip():
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        owner = person_id(self.ui.ownerCombo)
        done, row = self.try_edit(
            self.tr("Add card “{title}”").format(title=title.strip()),
            svc.add_issue_op(title, owner),
        )
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if not done or row is None:
            return None
        edit.clear()
        self.select_issue(row.id)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return row  # type: ignore[no-any-return]

    # -- edits -------------------------------------------------------------------------------------

    def _edit_cell(self, issue_id: int, field: str, value: str) -> bool:
        return self.update_issue(issue_id, {field: value})

    def update_issue(self, issue_id: int, changes: dict[str, Any]) -> bool:
        """Apply ``update_issue`` keyword arguments to one card as one undoable edit."""
        row = self._rows.get(issue_id)
        if row is None:
            return False
        done, _ = self.try_edit(
            self.tr("Edit “{title}”").format(title=row.title),
            svc.update_issue_op(issue_id, **changes),
        )
        if not done:
            self.editor.show_issue(self._rows.get(issue_id))
        return done

    def delete_selected(self) -> None:
        self.delete_issues(self.selected_ids())

    def delete_issues(self, ids: list[int]) -> None:
        if not ids:
            return
        self.try_edit(
            self.tr("Delete %n card(s)", "", len(ids)), svc.set_issues_deleted_op(ids, True)
        )

    # -- presentation ------------------------------------------------------------------------

    def _presentation_screen(self) -> QScreen | None:
        """Another display than the one this window is on if there is one, else this one."""
        mine = self.screen()
        others = [s for s in QGuiApplication.screens() if s is not mine]
        return others[0] if others else mine

    def open_presentation(self) -> PresentationWindow:
        """The affinity board full screen on the shared display (Esc leaves)."""
        if self.presentation is not None:
            self.presentation.close()
        window = PresentationWindow(
            lambda parent: self._make_board(parent, presenting=True),
            self.tr("Affinity board (KJ method)"),
            self._presentation_screen(),
            self,  # closes with the page (and the programme)
        )
        window.closed.connect(lambda w=window: self._presentation_closed(w))
        self.presentation = window
        window.present()
        return window

    def _presentation_closed(self, window: PresentationWindow) -> None:
        if self.presentation is window:
            self.presentation = None
        window.deleteLater()
