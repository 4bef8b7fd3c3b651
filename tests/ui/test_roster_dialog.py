"""Roster import dialog: file and sheet, column mapping through its combo boxes, preview, import."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from dxworkshop.services import people as people_service
from dxworkshop.services.ops import Kind
from dxworkshop.services.roster import RosterColumn, RosterField
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.dialogs.roster_dialog import RosterImportDialog
from dxworkshop.ui.models.roster_models import (
    KIND_ROLE,
    PreviewFilterProxy,
    PreviewKind,
    PreviewRow,
    RosterColumnsModel,
    RosterPreviewModel,
)

HEADINGS = ["氏名", "ふりがな", "市町村", "所属", "職名", "連絡先"]  # 連絡先 is not recognised


def roster_rows() -> list[list[Any]]:
    """A title, a blank row, the headings on row 3, a blank data row and a row with no name."""
    return [
        ["令和8年度 業務改善・DX実践研修 受講者名簿"],
        [],
        HEADINGS,
        ["山田 太郎", "やまだ たろう", "倉敷市", "市民課", "主事", "yamada@city.kurashiki.lg.jp"],
        ["鈴木 花子", "すずき はなこ", "倉敷市", "税務課", "主任", "suzuki@city.kurashiki.lg.jp"],
        [],
        [None, None, "総社市", "総務課", "係長", "nobody@city.soja.lg.jp"],  # row 7: no name
        [
            "髙橋 三郎",
            "たかはし さぶろう",
            "総社市",
            "情報政策課",
            "主査",
            "takahashi@city.soja.lg.jp",
        ],
    ]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    wb = openpyxl.Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = "記入方法"
    notes.append(["この名簿に受講者を記入してください。"])
    ws = wb.create_sheet("受講者名簿")
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="cp932", newline="") as fh:
        csv.writer(fh).writerows([["" if v is None else v for v in row] for row in rows])
    return path


def people(controller: WorkshopController) -> dict[str, people_service.PersonRow]:
    return {p.name: p for p in people_service.list_people(controller.workshop)}


def make_dialog(qtbot: QtBot, controller: WorkshopController) -> RosterImportDialog:
    dialog = RosterImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview(dialog: RosterImportDialog) -> list[PreviewRow]:
    return dialog.preview_model.rows()


def test_import_with_a_remapped_column_then_undo_and_redo(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "名簿.xlsx", roster_rows())
    dialog = make_dialog(qtbot, controller)
    assert not dialog.import_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog.ui.browseButton.click()

    # The sheet with the roster is picked, below a sheet of instructions.
    assert dialog.ui.sheetCombo.isVisible()
    sheets = [dialog.ui.sheetCombo.itemText(i) for i in range(dialog.ui.sheetCombo.count())]
    assert sheets == ["記入方法", "受講者名簿"]
    assert dialog.ui.sheetCombo.currentText() == "受講者名簿"
    assert "3" in dialog.ui.headerRowLabel.text()
    assert not dialog.ui.errorLabel.isVisible()
    # The instructions sheet has no roster: said inline; back to the roster sheet.
    dialog.set_sheet("記入方法")
    assert dialog.ui.errorLabel.isVisible() and not dialog.import_button.isEnabled()
    dialog.set_sheet("受講者名簿")
    assert not dialog.ui.errorLabel.isVisible()

    columns = dialog.columns_model.columns()
    assert [(c.letter, c.header, c.field) for c in columns][-1] == ("F", "連絡先", None)
    assert all(r.email == "" for r in preview(dialog))

    # 連絡先 → メール through the column's combo box.
    combo = dialog.field_combo(6)
    assert combo is not None and combo.currentData() == ""
    combo.setCurrentIndex(combo.findData(RosterField.EMAIL.value))
    qtbot.waitUntil(lambda: dialog.mapping == {6: RosterField.EMAIL})
    qtbot.waitUntil(lambda: preview(dialog)[0].email == "yamada@city.kurashiki.lg.jp")
    assert dialog.columns_model.columns()[-1].field is RosterField.EMAIL
    assert dialog.field_combo(6) is not None

    rows = preview(dialog)
    assert [(r.row, r.kind) for r in rows] == [
        (4, PreviewKind.CREATED),
        (5, PreviewKind.CREATED),
        (7, PreviewKind.REJECTED),
        (8, PreviewKind.CREATED),
    ]
    assert rows[2].reason == "no name (氏名)"
    model = dialog.preview_model
    details = model.index(2, RosterPreviewModel.DETAILS)
    assert details.data() == "no name (氏名)"
    assert details.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b91c1c"
    assert model.index(2, RosterPreviewModel.ROW).data() == 7
    assert dialog.ui.summaryLabel.text() == "3 new, 0 updated, 0 unchanged, 1 rejected"
    # Only the rejected rows, through the filter.
    dialog.ui.showCombo.setCurrentIndex(dialog.ui.showCombo.findData("rejected"))
    assert dialog.preview_proxy.rowCount() == 1
    assert not controller.undo_stack.count()  # the preview changed nothing
    assert people(controller) == {}

    with qtbot.waitSignal(controller.records_changed) as changed:
        dialog.import_button.click()
    assert changed.args is not None
    assert changed.args[0].kinds >= {Kind.PERSON, Kind.MUNICIPALITY, Kind.GROUP}
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None and dialog.imported.people_created == 3
    imported = people(controller)
    assert set(imported) == {"山田 太郎", "鈴木 花子", "髙橋 三郎"}
    assert imported["山田 太郎"].email == "yamada@city.kurashiki.lg.jp"
    assert imported["髙橋 三郎"].municipality_name == "総社市"
    ids = {name: p.id for name, p in imported.items()}

    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert people(controller) == {}
    assert people_service.list_municipalities(controller.workshop) == []
    controller.undo_stack.redo()
    again = people(controller)
    assert {name: p.id for name, p in again.items()} == ids
    assert again["鈴木 花子"].email == "suzuki@city.kurashiki.lg.jp"
    assert again["鈴木 花子"].department_name == "税務課"


def test_a_file_that_cannot_be_read_is_said_inline(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    junk = tmp_path / "名簿.xlsx"
    junk.write_bytes(bytes(range(256)) * 16)
    dialog = make_dialog(qtbot, controller)
    dialog.set_file(junk)
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text().startswith("This file cannot be read")
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_model.rowCount() == 0 and dialog.columns_model.rowCount() == 0
    assert not dialog.ui.sheetCombo.isVisible()

    # A name typed into the field: Enter reads it (and never imports).
    dialog.ui.fileEdit.setText(str(tmp_path / "ない.xlsx"))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "“ない.xlsx” does not exist."
    assert dialog.isVisible() and not controller.undo_stack.count()


def test_enter_in_the_file_field_never_imports(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "名簿.xlsx", roster_rows())
    dialog = make_dialog(qtbot, controller)
    dialog.ui.fileEdit.setText(str(path))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.import_button.isEnabled() and len(preview(dialog)) == 4
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and people(controller) == {}


def test_csv_has_no_sheet_choice(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "名簿.csv", roster_rows())
    dialog = make_dialog(qtbot, controller)
    dialog.set_file(path)
    assert not dialog.ui.sheetCombo.isVisible()
    dialog.set_column_field(6, RosterField.EMAIL)
    dialog.set_column_field(5, None)  # 職名 ignored
    assert [(r.email != "", r.title) for r in preview(dialog) if r.kind is PreviewKind.CREATED] == [
        (True, ""),
        (True, ""),
        (True, ""),
    ]
    dialog.import_now()
    assert people(controller)["髙橋 三郎"].email == "takahashi@city.soja.lg.jp"
    assert people(controller)["髙橋 三郎"].title == ""


def test_a_missing_name_column_is_fixed_by_choosing_it(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    rows = roster_rows()
    rows[2] = ["参加者", *HEADINGS[1:]]
    dialog = make_dialog(qtbot, controller)
    dialog.set_file(write_xlsx(tmp_path / "名簿.xlsx", rows))
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text().startswith("No column holds the names.")
    assert dialog.columns_model.columns()[0].header == "参加者"  # offered to be chosen
    combo = dialog.field_combo(1)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(RosterField.NAME.value))
    qtbot.waitUntil(lambda: not dialog.ui.errorLabel.isVisible())
    assert [r.name for r in preview(dialog) if r.kind is PreviewKind.CREATED] == [
        "山田 太郎",
        "鈴木 花子",
        "髙橋 三郎",
    ]
    assert dialog.import_button.isEnabled()


def test_choosing_a_field_frees_the_column_that_held_it(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, controller)
    dialog.set_file(write_xlsx(tmp_path / "名簿.xlsx", roster_rows()))
    dialog.set_column_field(6, RosterField.TITLE)  # 連絡先 as 職名: column E gives it up
    fields = [c.field for c in dialog.columns_model.columns()]
    assert fields[4:] == [None, RosterField.TITLE]
    assert not dialog.ui.errorLabel.isVisible()
    assert preview(dialog)[0].title == "yamada@city.kurashiki.lg.jp"
    combo = dialog.field_combo(5)
    assert combo is not None and combo.currentData() == ""  # shown as "(ignore)"


def test_a_second_import_previews_updates_and_unchanged_rows(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "名簿.xlsx", roster_rows())
    first = make_dialog(qtbot, controller)
    first.set_file(path)
    first.import_now()
    again = make_dialog(qtbot, controller)
    again.set_file(path)
    assert {r.kind for r in preview(again)} == {PreviewKind.UNCHANGED, PreviewKind.REJECTED}
    assert not again.import_button.isEnabled()  # nothing would change

    rows = roster_rows()
    rows[3][4] = "主任"  # 山田 太郎 promoted
    changed = make_dialog(qtbot, controller)
    changed.set_file(write_xlsx(tmp_path / "名簿2.xlsx", rows))
    first_row = preview(changed)[0]
    assert (first_row.kind, first_row.changes) == (PreviewKind.UPDATED, ("title",))
    assert changed.preview_model.index(0, RosterPreviewModel.DETAILS).data() == (
        "Changes: Job title"
    )
    assert changed.ui.summaryLabel.text() == "0 new, 1 updated, 2 unchanged, 1 rejected"
    changed.import_now()
    assert people(controller)["山田 太郎"].title == "主任"
    controller.undo_stack.undo()
    assert people(controller)["山田 太郎"].title == "主事"


def test_the_main_window_hears_how_the_import_went(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = RosterImportDialog(controller, window)
    dialog.show()
    dialog.set_file(write_xlsx(tmp_path / "名簿.xlsx", roster_rows()))
    dialog.import_now()
    assert "3 new" in window.statusBar().currentMessage()


def test_models(qtmodeltester: Any) -> None:
    columns = RosterColumnsModel()
    columns.set_rows(
        [
            RosterColumn(1, "A", "氏名", RosterField.NAME, "山田 太郎"),
            RosterColumn(2, "B", "連絡先", None, "yamada@example.jp"),
            RosterColumn(3, "C", "", None, ""),
        ],
        chosen={2},
    )
    chosen: list[tuple[int, RosterField | None]] = []
    columns.set_editor(lambda column, fld: chosen.append((column, fld)))
    qtmodeltester.check(columns)
    assert columns.setData(columns.index(1, RosterColumnsModel.HOLDS), "email")
    assert chosen == [(2, RosterField.EMAIL)]
    assert not columns.setData(columns.index(1, RosterColumnsModel.HOLDS), "nonsense")
    qtmodeltester.check(columns)

    rows = [
        PreviewRow(4, PreviewKind.CREATED, "山田 太郎", "倉敷市", "市民課", "主事", "y@x.jp"),
        PreviewRow(5, PreviewKind.UPDATED, "鈴木 花子", changes=("title", "roles")),
        PreviewRow(6, PreviewKind.UNCHANGED, "髙橋 三郎"),
        PreviewRow(7, PreviewKind.REJECTED, "", reason="no name (氏名)"),
    ]
    preview_model = RosterPreviewModel()
    preview_model.set_rows(rows)
    qtmodeltester.check(preview_model)
    assert preview_model.index(1, RosterPreviewModel.DETAILS).data() == "Changes: Job title、Roles"
    assert preview_model.index(3, RosterPreviewModel.NAME).data() == "—"
    proxy = PreviewFilterProxy()
    proxy.setSourceModel(preview_model)
    proxy.set_kind("rejected")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(KIND_ROLE) == "rejected"
    preview_model.set_rows([])
    qtmodeltester.check(preview_model)


def test_a_roster_on_a_hidden_sheet_is_chosen_and_offered(
    qtbot: QtBot, controller: WorkshopController, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "表紙"
    data = wb.create_sheet("名簿")
    for row in roster_rows():
        data.append(row)
    data.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    dialog = make_dialog(qtbot, controller)
    dialog.set_file(path)
    combo = dialog.ui.sheetCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["表紙", "名簿"]
    assert combo.currentText() == "名簿" and dialog.sheet == "名簿"
    assert len(preview(dialog)) == 4 and dialog.import_button.isEnabled()


def test_a_closed_dialog_is_collected_without_crashing(tmp_path: Path) -> None:
    """Closing the roster dialog left a cycle (its columns model calling back into it)
    whose collection destroyed them in an order that crashed Qt (found by the end-to-end
    test): a fresh process opens it on a roster, closes it and collects its garbage."""
    import subprocess
    import sys

    roster = tmp_path / "r.csv"
    roster.write_text("氏名,市町村\n山田 太郎,倉敷市\n", encoding="utf-8")
    script = f"""
import gc
from pathlib import Path
from PySide6.QtWidgets import QApplication
from dxworkshop.services.programme import new_programme
from dxworkshop.ui.controller import WorkshopController
from dxworkshop.ui.dialogs.roster_dialog import RosterImportDialog
app = QApplication([])
ws = new_programme(Path({str(tmp_path / "t.dxw")!r}), "研修")
controller = WorkshopController(ws)
for _ in range(3):
    dialog = RosterImportDialog(controller)
    dialog.show()
    dialog.set_file(Path({str(roster)!r}))
    app.processEvents()
    dialog.reject()
    app.processEvents()
    del dialog
    gc.collect()
controller.close()
print("collected")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "collected" in done.stdout
