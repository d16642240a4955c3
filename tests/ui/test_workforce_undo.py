"""Typed comparator figures, diversity shares and figures undo and redo on the Workforce page.

Each is typed in its dialog as a director would; Ctrl+Z puts back exactly what was held
before (the replaced figure, or nothing when it was new) and Redo makes the change again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dass_desktop.domain import benchmark_store, diversity, workforce_store
from dass_desktop.domain.workforce_terms import FigureRow
from dass_desktop.store import Store
from dass_desktop.ui.workforce_dialogs import ComparatorFigureDialog, DiversityShareDialog
from dass_desktop.ui.workforce_models import RowRole
from tests.ui.test_workforce_page import open_page

LEFT = Qt.MouseButton.LeftButton


def _save(qtbot: QtBot, dialog: ComparatorFigureDialog | DiversityShareDialog) -> None:
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, LEFT)


def _type_cornwall(qtbot: QtBot, dialog: ComparatorFigureDialog, value: str) -> None:
    """Fill in Cornwall's vacancy rate for 2024/25, as a director would."""
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("council"))
    ui.areaCombo.setCurrentIndex(ui.areaCombo.findText("Cornwall"))
    ui.metricCombo.setCurrentIndex(ui.metricCombo.findData("vacancy_rate"))
    ui.periodEndEdit.setDate(QDate(2025, 3, 1))
    for edit, text in (
        (ui.periodEdit, "2024/25"),
        (ui.valueEdit, value),
        (ui.coversEdit, "Adult social care"),
        (ui.sourceEdit, "Council return"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def _values(store: Store) -> list[tuple[str, str, float, str]]:
    return [
        (f.area_name, f.period_label, f.value, f.source)
        for f in benchmark_store.stored_figures(store)
    ]


def test_typed_comparator_figure_undo_and_redo(qtbot: QtBot, store_with_profile: Store) -> None:
    """A new figure is removed by undo; a replacement gives the earlier figure back whole."""
    store = store_with_profile
    window, page = open_page(qtbot, store)
    stack = window.undo_stack
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    dialog = page.open_add_comparator()
    _type_cornwall(qtbot, dialog, "7.5")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    first = benchmark_store.stored_figures(store)
    assert _values(store) == [("Cornwall", "2024/25", 7.5, "Council return")]
    assert stack.undoText() == "Added a comparator figure: vacancy rate for Cornwall."
    stack.undo()
    assert benchmark_store.stored_figures(store) == []
    assert page.figures.rowCount() == len(benchmark_store.all_figures(store))
    stack.redo()
    assert _values(store) == [("Cornwall", "2024/25", 7.5, "Council return")]

    held = benchmark_store.stored_figures(store)
    assert [f.value for f in held] == [f.value for f in first]
    dialog = page.open_add_comparator()
    _type_cornwall(qtbot, dialog, "9%")
    dialog.ui.sourceEdit.clear()
    qtbot.keyClicks(dialog.ui.sourceEdit, "Revised return")
    _save(qtbot, dialog)
    assert _values(store) == [("Cornwall", "2024/25", 9.0, "Revised return")]
    assert stack.undoText().startswith("Replaced a comparator figure")
    stack.undo()
    assert benchmark_store.stored_figures(store) == held, "the earlier figure, id and all"
    stack.redo()
    assert _values(store) == [("Cornwall", "2024/25", 9.0, "Revised return")]
    stack.undo()
    stack.undo()
    assert benchmark_store.stored_figures(store) == []


def test_refused_comparator_figure_pushes_nothing(qtbot: QtBot, store_with_profile: Store) -> None:
    """A figure without its source stays in the dialog, says why, and adds no undo step."""
    window, page = open_page(qtbot, store_with_profile)
    dialog = page.open_add_comparator()
    _type_cornwall(qtbot, dialog, "7.5")
    dialog.ui.sourceEdit.clear()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == "Say where the figure comes from."
    assert window.undo_stack.count() == 0
    assert benchmark_store.stored_figures(store_with_profile) == []


def _type_share(qtbot: QtBot, dialog: DiversityShareDialog, percent: str, source: str) -> None:
    """Fill in the workforce's share of women in April 2026, as a director would."""
    ui = dialog.ui
    ui.subjectCombo.setCurrentIndex(ui.subjectCombo.findData("workforce"))
    ui.dimensionCombo.setCurrentIndex(ui.dimensionCombo.findData("sex"))
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData("female"))
    ui.asOfEdit.setDate(QDate(2026, 4, 1))
    ui.percentSpin.selectAll()
    qtbot.keyClicks(ui.percentSpin, percent)
    ui.sourceEdit.clear()
    qtbot.keyClicks(ui.sourceEdit, source)


def test_typed_diversity_share_undo_and_redo(qtbot: QtBot, store_with_profile: Store) -> None:
    """A new share is removed by undo; a replaced share comes back exactly, with its id."""
    store = store_with_profile
    population, _ = diversity.set_share(
        store,
        subject="population",
        dimension="sex",
        group_key="female",
        as_of=dt.date(2021, 3, 1),
        percent=51,
        source="Census 2021",
    )
    census = diversity.list_entries(store)
    window, page = open_page(qtbot, store)
    stack = window.undo_stack
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    page.ui.dimensionCombo.setCurrentIndex(page.ui.dimensionCombo.findData("sex"))

    dialog = page.open_add_share()
    _type_share(qtbot, dialog, "79.5", "HR system")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    added = diversity.list_entries(store)
    assert [(e.percent, e.source) for e in added[1:]] == [(79.5, "HR system")]
    assert page.diversity.index(0, 3).data() == "+28.5 pts"
    assert stack.undoText() == "Added the workforce share for Female."
    stack.undo()
    assert diversity.list_entries(store) == census
    assert page.diversity.index(0, 3).data() != "+28.5 pts"
    stack.redo()
    assert [(e.percent, e.source) for e in diversity.list_entries(store)[1:]] == [
        (79.5, "HR system")
    ]

    earlier = diversity.list_entries(store)
    dialog = page.open_add_share()
    _type_share(qtbot, dialog, "82", "HR system, revised")
    _save(qtbot, dialog)
    assert [(e.percent, e.source) for e in diversity.list_entries(store)[1:]] == [
        (82.0, "HR system, revised")
    ]
    assert stack.undoText() == "Replaced the workforce share for Female."
    stack.undo()
    assert diversity.list_entries(store) == earlier
    stack.redo()
    assert [(e.percent, e.source) for e in diversity.list_entries(store)[1:]] == [
        (82.0, "HR system, revised")
    ]
    stack.undo()
    stack.undo()
    assert diversity.list_entries(store) == census
    assert census[0].id == population


def test_delete_key_on_the_figures_removes_the_latest_and_undo_brings_it_back(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Delete on a measure in the figures removes its latest stored figure; undo and redo."""
    store = store_with_profile
    for month, value in ((dt.date(2026, 8, 1), 8.0), (dt.date(2026, 9, 1), 9.0)):
        workforce_store.set_value(store, scope=None, key="vacancy_rate", period=month, value=value)

    def held(month: dt.date) -> FigureRow | None:
        return workforce_store.find_value(store, scope=None, key="vacancy_rate", period=month)

    september = held(dt.date(2026, 9, 1))
    assert september is not None
    window, page = open_page(qtbot, store)
    stack, table = window.undo_stack, page.ui.figuresTable
    line = table.currentIndex().data(RowRole)
    assert line.metric.key == "vacancy_rate"
    assert line.latest.value == 9.0
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert held(dt.date(2026, 9, 1)) is None
    assert held(dt.date(2026, 8, 1)) is not None, "only the latest month goes"
    assert stack.undoText() == "Deleted vacancy rate for the department, Sep 2026."
    assert table.currentIndex().data(RowRole).latest.value == 8.0
    stack.undo()
    back = held(dt.date(2026, 9, 1))
    assert back is not None
    assert dataclasses.replace(back, id=september.id) == september
    assert table.currentIndex().data(RowRole).latest.value == 9.0
    stack.redo()
    assert held(dt.date(2026, 9, 1)) is None
    stack.undo()
    assert held(dt.date(2026, 9, 1)) is not None

    table.clearSelection()
    table.setCurrentIndex(table.model().index(-1, -1))
    count = stack.count()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert page.ui.messageLabel.text() == "Choose a measure with a figure in the list first."
    assert stack.count() == count


def test_diversity_share_deleted_from_its_dialog_and_brought_back(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """The share dialog deletes the share held for a group and date; undo brings it back."""
    store = store_with_profile
    diversity.set_share(
        store,
        subject="workforce",
        dimension="sex",
        group_key="female",
        as_of=dt.date(2026, 4, 1),
        percent=79.5,
        source="HR system",
    )
    before = diversity.list_entries(store)
    window, page = open_page(qtbot, store)
    stack = window.undo_stack
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    dialog = page.open_add_share()
    ui = dialog.ui
    ui.dimensionCombo.setCurrentIndex(ui.dimensionCombo.findData("sex"))
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData("female"))
    ui.asOfEdit.setDate(QDate(2026, 5, 1))
    assert not dialog.delete_button.isEnabled(), "nothing is held for May"
    ui.asOfEdit.setDate(QDate(2026, 4, 1))
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert not dialog.isVisible()
    assert diversity.list_entries(store) == []
    assert stack.undoText() == "Deleted the workforce share for Female, Apr 2026."
    stack.undo()
    assert diversity.list_entries(store) == before, "the same share, id and all"
    stack.redo()
    assert diversity.list_entries(store) == []
