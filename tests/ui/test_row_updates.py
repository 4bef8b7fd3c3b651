"""Rows updated in place by id (``RowTableModel.update_rows``): only the rows an edit
changed are touched, sorting and selection hold, and the model stays a valid Qt model."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dxworkshop.services.people import GroupRow
from dxworkshop.ui.models.people_models import GroupTableModel, TableFilterProxy


def groups(n: int) -> list[GroupRow]:
    return [GroupRow(i, f"{i}班", ()) for i in range(1, n + 1)]


def test_update_rows_changes_only_the_rows_named(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = GroupTableModel()
    model.set_rows(groups(6))
    qtmodeltester.check(model, force_py=True)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    proxy = TableFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.selectionModel().setCurrentIndex(
        proxy.index(4, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    rows = groups(6)
    model.update_rows([replace(rows[2], name="3班（改）"), GroupRow(7, "7班", ())], removed=[1])
    assert changed == [(1, 1)]  # the renamed group only (row 1 once group 1 is out)
    assert [model.row_at(r).id for r in range(model.rowCount())] == [2, 3, 4, 5, 6, 7]
    assert model.index(1, 0).data() == "3班（改）"
    assert view.currentIndex().data() == "5班"  # the selection stayed on its row
    model.update_rows([], removed=[])
    assert model.rowCount(QModelIndex()) == 6
    qtmodeltester.check(model, force_py=True)


def test_a_full_read_redraws_only_the_rows_that_differ(qtmodeltester: ModelTester) -> None:
    """Lists whose cells depend on their rows alone (the plan list, the feedback
    overview) redraw the rows a new read changed, in runs — not all of them."""
    from dxworkshop.services.plans import PlanSummary
    from dxworkshop.ui.models.plan_models import PlanListModel

    def summary(i: int, theme: str = "") -> PlanSummary:
        return PlanSummary(
            i, f"受講者{i}", f"じゅこうしゃ{i}", "倉敷市", None, "", None, theme,
            None, 0, None, None, None, None, None,
        )  # fmt: skip

    model = PlanListModel()
    model.set_rows([summary(i) for i in range(1, 9)])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    again = [summary(i, "転記" if i in (3, 4, 7) else "") for i in range(1, 9)]
    model.set_rows(again)
    assert changed == [(2, 3), (6, 6)]
    assert model.index(2, PlanListModel.THEME).data() == "転記"
    changed.clear()
    model.set_rows(again)
    assert changed == []
    qtmodeltester.check(model, force_py=True)


def test_rows_are_found_by_id_after_every_kind_of_change(qtmodeltester: ModelTester) -> None:
    """The id → row index the models keep follows added, removed, replaced and reordered
    rows."""
    from dxworkshop.services.plans import PlanSummary
    from dxworkshop.ui.models.plan_models import PlanListModel

    def summary(i: int) -> PlanSummary:
        return PlanSummary(
            i, f"受講者{i}", f"じゅこうしゃ{i}", "倉敷市", None, "", None, "",
            None, 0, None, None, None, None, None,
        )  # fmt: skip

    model = PlanListModel()
    model.set_rows([summary(i) for i in range(1, 6)])
    assert [model.row_of_id(i) for i in (1, 3, 5, 9)] == [0, 2, 4, None]
    model.update_rows([summary(9), summary(3)])  # one added at the end, one replaced
    assert (model.row_of_id(9), model.row_of_id(3)) == (5, 2)
    model.update_rows([], removed=[2])
    assert [model.row_of_id(i) for i in (1, 2, 3, 9)] == [0, None, 1, 4]
    rows = model._rows
    rows.insert(0, rows.pop(3))  # a reorder in place, as a settings list moves an entry
    assert [model.row_of_id(i) for i in (5, 1, 9)] == [0, 1, 4]
    qtmodeltester.check(model, force_py=True)
