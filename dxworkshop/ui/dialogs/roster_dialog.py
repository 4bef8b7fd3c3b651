"""Import the people of an Excel or CSV roster: file, sheet, what each column holds, preview.

Everything shown comes from the roster service: the sheet as read (``read_roster`` with the
user's column mapping) and a dry run of the import on it. Import then imports that same
read sheet (the operation ``import_sheet_op``), so what was previewed is what is imported,
as one step on the undo stack (its reverse is ``undo_import``, then ``redo_import``).
Reading 600 rows takes a fraction of a second, so it stays on the GUI thread under a wait
cursor.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDir,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMainWindow,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dxworkshop.services.errors import ServiceError
from dxworkshop.services.roster import (
    MappingConflict,
    NoHeaderRow,
    NoNameColumn,
    RosterColumn,
    RosterError,
    RosterField,
    RosterFileNotFound,
    RosterReport,
    RosterSheet,
    SheetNotFound,
    UnreadableRoster,
    import_sheet,
    import_sheet_op,
    list_sheets,
    read_roster,
)
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.forms.ui_roster_import_dialog import Ui_RosterImportDialog
from dxworkshop.ui.import_notes import note_text
from dxworkshop.ui.messages import service_error_text
from dxworkshop.ui.models.roster_models import (
    FIELD_ROLE,
    PreviewFilterProxy,
    PreviewKind,
    RosterColumnsModel,
    RosterPreviewModel,
    kind_label,
    preview_rows,
)
from dxworkshop.ui.roster_labels import field_choices, roster_field_label

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class FieldComboDelegate(QStyledItemDelegate):
    """A combo box of the roster fields (and "(ignore)") over the "holds" column.

    The view keeps one open on every row; choosing an entry commits it at once.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in field_choices():
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(FIELD_ROLE) or "")
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)


class RosterImportDialog(QDialog):
    """Choose a roster file and sheet, check the columns and the preview, then import."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterImportDialog()
        self.ui.setupUi(self)
        self.controller = controller
        self.path: Path | None = None
        self.sheet: str | None = None
        #: The user's choices: 1-based column → field (None: ignore), over what was detected.
        self.mapping: dict[int, RosterField | None] = {}
        self.roster: RosterSheet | None = None
        self.report: RosterReport | None = None  # the dry run of the preview
        self.imported: RosterReport | None = None  # the real import, once done
        self._reload_pending = False

        # The models belong to the dialog (Qt deletes them with it, after its views), and
        # the columns model's callback into the dialog is dropped when the dialog is done:
        # that cycle, collected later, destroyed them in an order that crashed Qt.
        self.columns_model = RosterColumnsModel()
        self.columns_model.setParent(self)
        self.columns_model.set_editor(self._field_chosen)
        self.finished.connect(lambda _result: self.columns_model.set_editor(None))
        self.preview_model = RosterPreviewModel()
        self.preview_model.setParent(self)
        self.preview_proxy = PreviewFilterProxy()
        self.preview_proxy.setParent(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self._setup_views()
        self.import_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.ui.browseButton.setAutoDefault(False)
        self._show_sheet_choice(False)
        self._connect()
        self._clear()

    def _setup_views(self) -> None:
        ui = self.ui
        row_height = self.fontMetrics().height() + 14
        columns = ui.columnsView
        columns.setModel(self.columns_model)
        self._delegate = FieldComboDelegate(columns)
        columns.setItemDelegateForColumn(RosterColumnsModel.HOLDS, self._delegate)
        header = columns.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(RosterColumnsModel.LETTER, 40)
        header.resizeSection(RosterColumnsModel.HEADING, 112)
        header.resizeSection(RosterColumnsModel.EXAMPLE, 128)
        columns.verticalHeader().setDefaultSectionSize(row_height)
        preview = ui.previewView
        preview.setModel(self.preview_proxy)
        header = preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (RosterPreviewModel.ROW, 44),
            (RosterPreviewModel.RESULT, 76),
            (RosterPreviewModel.NAME, 104),
            (RosterPreviewModel.MUNICIPALITY, 68),
            (RosterPreviewModel.DEPARTMENT, 100),
            (RosterPreviewModel.EMAIL, 176),
        ):
            header.resizeSection(column, width)
        preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([460, 720])

    def _connect(self) -> None:
        ui = self.ui
        ui.browseButton.clicked.connect(self.choose_file)
        ui.fileEdit.installEventFilter(self)
        ui.fileEdit.editingFinished.connect(self._file_edited)
        ui.sheetCombo.currentIndexChanged.connect(self._sheet_chosen)
        ui.showCombo.currentIndexChanged.connect(self._show_chosen)
        ui.buttons.accepted.connect(self.import_now)
        ui.buttons.rejected.connect(self.reject)
        self.columns_model.modelReset.connect(self._open_field_combos)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the file name field reads the file; it must not also press Import, the
        # dialog's default button, as it would once the line edit passed the key on.
        if (
            watched is self.ui.fileEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._file_edited()
            return True
        return super().eventFilter(watched, event)

    # -- file and sheet ----------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path is not None else QDir.homePath()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Roster"),
            start,
            self.tr("Excel or CSV lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def _file_edited(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            if self.path is not None:
                self.path = None
                self._clear()
            return
        if self.path is None or Path(text) != self.path:
            self.set_file(Path(text))

    def set_file(self, path: Path) -> None:
        """Read *path*: list its sheets, pick the one with the roster, show the preview."""
        self.path = Path(path)
        self.sheet = None
        self.mapping = {}
        self.ui.fileEdit.setText(str(self.path))
        with _busy():
            try:
                sheets = list_sheets(self.path)
            except RosterError as exc:
                self._fill_sheets([])
                self._fail(exc)
                return
            if sheets:
                # The service picks the sheet that has the roster on it: the first visible
                # one with people, else a hidden one (then offered beside the visible ones).
                try:
                    self.sheet = read_roster(self.path).sheet
                except (NoHeaderRow, NoNameColumn) as exc:
                    self.sheet = exc.sheet or sheets[0]
                except RosterError:
                    self.sheet = sheets[0]
                if self.sheet is not None and self.sheet not in sheets:
                    sheets = [*sheets, self.sheet]
            self._fill_sheets(sheets)
            self._reload()

    def _fill_sheets(self, sheets: Sequence[str]) -> None:
        combo = self.ui.sheetCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(list(sheets))
        if self.sheet is not None:
            combo.setCurrentIndex(max(0, combo.findText(self.sheet)))
        combo.setEnabled(len(sheets) > 1)
        combo.blockSignals(False)
        self._show_sheet_choice(bool(sheets))

    def _show_sheet_choice(self, shown: bool) -> None:
        self.ui.sheetLabel.setVisible(shown)
        self.ui.sheetCombo.setVisible(shown)
        self.ui.headerRowLabel.setVisible(shown or bool(self.ui.headerRowLabel.text()))

    def set_sheet(self, name: str) -> None:
        self.ui.sheetCombo.setCurrentIndex(self.ui.sheetCombo.findText(name))

    def _sheet_chosen(self, position: int) -> None:
        if position < 0 or self.path is None:
            return
        self.sheet = self.ui.sheetCombo.itemText(position)
        self.mapping = {}  # another sheet has other columns
        with _busy():
            self._reload()

    # -- columns -------------------------------------------------------------------------------

    def _open_field_combos(self) -> None:
        view = self.ui.columnsView
        for row in range(self.columns_model.rowCount()):
            view.openPersistentEditor(self.columns_model.index(row, RosterColumnsModel.HOLDS))

    def field_combo(self, column: int) -> QComboBox | None:
        """The combo box of what the sheet's *column* (1-based) holds."""
        row = self.columns_model.row_of_column(column)
        if row is None:
            return None
        widget = self.ui.columnsView.indexWidget(
            self.columns_model.index(row, RosterColumnsModel.HOLDS)
        )
        return widget if isinstance(widget, QComboBox) else None

    def set_column_field(self, column: int, fld: RosterField | None) -> None:
        """Say what *column* holds (None: ignore it) and read the sheet again."""
        self._remap(column, fld)
        with _busy():
            self._reload()

    def _field_chosen(self, column: int, fld: RosterField | None) -> None:
        # Called from the combo box's own signal: read again once it has returned.
        self._remap(column, fld)
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self, self._deferred_reload)

    def _deferred_reload(self) -> None:
        with _busy():
            self._reload()

    def _remap(self, column: int, fld: RosterField | None) -> None:
        self.mapping[column] = fld
        if fld is not None:
            # One field, one column: the column that held it before now holds nothing.
            for other in self.columns_model.columns():
                if other.column != column and other.field is fld:
                    self.mapping[other.column] = None

    # -- reading and preview -------------------------------------------------------------------

    def _reload(self) -> None:
        self._reload_pending = False
        if self.path is None:
            return
        path, sheet, mapping = self.path, self.sheet, dict(self.mapping)
        try:
            roster = read_roster(path, sheet, mapping=mapping)
            report: RosterReport = self.controller.read(
                lambda workshop: import_sheet(workshop, roster, dry_run=True)
            )
        except NoNameColumn as exc:
            self._fail(exc, exc.columns)
            return
        except RosterError as exc:
            self._fail(exc)
            return
        self._show(roster, report)

    def _show(self, roster: RosterSheet, report: RosterReport) -> None:
        ui = self.ui
        self.roster, self.report = roster, report
        ui.errorLabel.hide()
        self.columns_model.set_rows(roster.columns, self.mapping)
        ui.headerRowLabel.setText(
            self.tr("Column headings in row {row}").format(row=roster.header_row)
        )
        ui.headerRowLabel.show()
        rows = preview_rows(roster, report)
        self.preview_model.set_rows(rows)
        self._fill_show_choices(rows)
        self._fit_preview_columns()
        ui.summaryLabel.setText(self._summary(report))
        extra = []
        if report.municipalities_created:
            extra.append(
                self.tr("New municipalities: {count}").format(count=report.municipalities_created)
            )
        if report.departments_created:
            extra.append(
                self.tr("New departments: {count}").format(count=report.departments_created)
            )
        if report.supervisors_created:
            extra.append(
                self.tr("Supervisors added from the supervisor column: {count}").format(
                    count=report.supervisors_created
                )
            )
        ui.extraLabel.setText("　".join(extra))
        ui.extraLabel.setVisible(bool(extra))
        self._fill_notes(report)
        changes = report.people_created + report.people_updated
        self.import_button.setEnabled(changes > 0)
        self.import_button.setToolTip(
            "" if changes else self.tr("Nothing to import: every person is already as listed.")
        )

    def _fill_notes(self, report: RosterReport) -> None:
        """Rejected rows with their reasons in full (red), then the warnings."""
        ui = self.ui
        ui.warningsList.clear()
        for row in report.rejected:
            item = QListWidgetItem(
                self.tr("Row {row}: {reason}").format(row=row.row, reason=note_text(row.reason))
            )
            item.setForeground(QBrush(QColor("#b91c1c")))
            ui.warningsList.addItem(item)
        ui.warningsList.addItems([note_text(w) for w in report.warnings])
        rejected, warnings = len(report.rejected), len(report.warnings)
        if rejected and warnings:
            title = self.tr("Rejected rows ({rejected}) and warnings ({warnings})")
        elif rejected:
            title = self.tr("Rejected rows ({rejected})")
        else:
            title = self.tr("Warnings ({warnings})")
        ui.warningsBox.setTitle(title.format(rejected=rejected, warnings=warnings))
        ui.warningsBox.setVisible(bool(rejected or warnings))

    def _fit_preview_columns(self) -> None:
        # Short columns as wide as what they show; the e-mail column within bounds, so the
        # details (reasons of rejected rows) keep room at the right.
        view = self.ui.previewView
        for column in (
            RosterPreviewModel.ROW,
            RosterPreviewModel.RESULT,
            RosterPreviewModel.NAME,
            RosterPreviewModel.MUNICIPALITY,
            RosterPreviewModel.DEPARTMENT,
            RosterPreviewModel.EMAIL,
        ):
            view.resizeColumnToContents(column)
        header = view.horizontalHeader()
        header.resizeSection(
            RosterPreviewModel.EMAIL, min(header.sectionSize(RosterPreviewModel.EMAIL), 180)
        )

    def _fill_show_choices(self, rows: Sequence[object]) -> None:
        counts = {kind: 0 for kind in PreviewKind}
        for row in self.preview_model.rows():
            counts[row.kind] += 1
        combo = self.ui.showCombo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All rows ({count})").format(count=len(rows)), "")
        for kind in PreviewKind:
            combo.addItem(f"{kind_label(kind)} ({counts[kind]})", kind.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.preview_proxy.set_kind(combo.currentData() or "")
        self.ui.showLabel.setVisible(bool(rows))
        combo.setVisible(bool(rows))

    def _show_chosen(self, position: int) -> None:
        self.preview_proxy.set_kind(self.ui.showCombo.itemData(position) or "")

    def _fail(self, exc: RosterError, columns: Sequence[RosterColumn] = ()) -> None:
        ui = self.ui
        self.roster, self.report = None, None
        ui.errorLabel.setText(roster_error_text(exc))
        ui.errorLabel.show()
        self.columns_model.set_rows(columns, self.mapping)
        ui.headerRowLabel.setText("")
        ui.headerRowLabel.hide()
        self.preview_model.set_rows([])
        self._fill_show_choices([])
        ui.summaryLabel.setText("")
        ui.extraLabel.hide()
        ui.warningsBox.hide()
        self.import_button.setEnabled(False)

    def _clear(self) -> None:
        ui = self.ui
        self.roster, self.report = None, None
        ui.errorLabel.hide()
        self._fill_sheets([])
        self.columns_model.set_rows([])
        ui.headerRowLabel.setText("")
        ui.headerRowLabel.hide()
        self.preview_model.set_rows([])
        self._fill_show_choices([])
        ui.summaryLabel.setText(self.tr("Choose a file to see who would be imported."))
        ui.extraLabel.hide()
        ui.warningsBox.hide()
        self.import_button.setEnabled(False)

    # -- importing ---------------------------------------------------------------------------

    def import_now(self) -> None:
        """Import the sheet as previewed, as one step on the undo stack."""
        roster = self.roster
        if roster is None or self.report is None:
            return
        try:
            with _busy():
                # undo takes back exactly what it did, redo puts it back (the file not read again)
                report: RosterReport = self.controller.run(
                    self.tr("Import roster {file}").format(file=roster.path.name),
                    import_sheet_op(roster),
                )
        except RosterError as exc:
            self._fail(exc)
            return
        except ServiceError as exc:
            self.ui.errorLabel.setText(service_error_text(exc))
            self.ui.errorLabel.show()
            return
        self.imported = report
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                self.tr("Roster imported: {summary}").format(summary=self._summary(report)), 10000
            )
        self.accept()

    def _summary(self, report: RosterReport) -> str:
        return self.tr(
            "{created} new, {updated} updated, {unchanged} unchanged, {rejected} rejected"
        ).format(
            created=report.people_created,
            updated=report.people_updated,
            unchanged=report.people_unchanged,
            rejected=len(report.rejected),
        )


def roster_error_text(exc: RosterError) -> str:
    """A roster file's problem as a translated sentence."""
    if isinstance(exc, RosterFileNotFound):
        return QCoreApplication.translate("RosterImportDialog", "“{file}” does not exist.").format(
            file=exc.path.name
        )
    if isinstance(exc, SheetNotFound):
        return QCoreApplication.translate(
            "RosterImportDialog", "The workbook has no sheet named “{sheet}”."
        ).format(sheet=exc.sheet)
    if isinstance(exc, NoHeaderRow):
        return QCoreApplication.translate(
            "RosterImportDialog",
            "No row of column headings was found near the top of the sheet. The list needs "
            "headings such as 氏名, 市町村 and 所属 above the people.",
        )
    if isinstance(exc, NoNameColumn):
        return QCoreApplication.translate(
            "RosterImportDialog",
            "No column holds the names. Choose “{name}” (or “{family}” and “{given}”) for "
            "the column with the names.",
        ).format(
            name=roster_field_label(RosterField.NAME),
            family=roster_field_label(RosterField.FAMILY_NAME),
            given=roster_field_label(RosterField.GIVEN_NAME),
        )
    if isinstance(exc, MappingConflict):
        first, second = exc.letters
        return QCoreApplication.translate(
            "RosterImportDialog", "Columns {first} and {second} are both set to “{field}”."
        ).format(first=first, second=second, field=roster_field_label(exc.field))
    if isinstance(exc, UnreadableRoster):
        return QCoreApplication.translate(
            "RosterImportDialog", "This file cannot be read: {reason}"
        ).format(reason=note_text(exc.note))
    return exc.message  # not raised by the service: every RosterError it raises is above
