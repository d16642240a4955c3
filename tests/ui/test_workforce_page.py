"""The Workforce page, driven as a director would: import through the dialog with a custom
mapping, see the table and chart change; type figures; edit comparators and targets.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import numpy as np
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from dass_desktop.domain import comparator_family, workforce_store
from dass_desktop.domain.profile import load_profile
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.workforce_import import WorkforceImportDialog
from dass_desktop.ui.workforce_page import WorkforcePage
from tests.ui.test_first_run import make_window

CUSTOM = (
    "HR month,Service,Vac. level,Morale score\n"
    "31/08/2026,Reablement,11.5,7\n"
    "30/09/2026,Reablement,12.0,6\n"
    "31/10/2026,Reablement,13.5,6\n"
    "31/10/2026,All,10.0,7\n"
)


def open_page(qtbot: QtBot, store: Store) -> tuple[MainWindow, WorkforcePage]:
    """The main window showing the Workforce page."""
    window = make_window(qtbot, store)
    window.show_widget(window.workforce)
    page = window.workforce
    assert window.current_page() is page
    return window, page


def choose(dialog: WorkforceImportDialog, column: str, target: str) -> None:
    """Pick what a column holds in the mapping preview's drop-down."""
    model = dialog.mapping
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == column)
    editor = dialog.ui.mappingView.indexWidget(model.index(row, 2))
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(target))


def dump(store: Store) -> list[str]:
    """Every row of the database as SQL, to compare before and after."""
    con = sqlite3.connect(store.paths.database)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def import_through_dialog(qtbot: QtBot, window: MainWindow, page: WorkforcePage) -> None:
    """Wait for the import started in the page's dialog to be saved and the dialog closed."""
    dialog = page.dialog
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20000)  # the file passed the checks
    with qtbot.waitSignal(window.bus.changed, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)


def test_import_with_a_custom_mapping_updates_table_and_chart(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """Columns the app cannot name are mapped in the preview; the figures then show."""
    window, page = open_page(qtbot, store_with_profile)
    assert page.scorecard.rowCount() == 0
    path = tmp_path / "hr-return.csv"
    path.write_text(CUSTOM, encoding="utf-8")
    dialog = page.open_import()
    assert dialog.load(path)
    assert not dialog.import_button.isEnabled()
    assert "'HR month', 'Vac. level', 'Morale score'" in dialog.ui.statusLabel.text()
    assert dialog.sample.rowCount() == 4
    choose(dialog, "HR month", cols.PERIOD)
    choose(dialog, "Vac. level", "vacancy_rate")
    choose(dialog, "Morale score", cols.IGNORE)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20000)
    assert "Ready to import 4 figures" in dialog.ui.statusLabel.text()
    import_through_dialog(qtbot, window, page)
    assert "Imported 4 of your figures from hr-return.csv" in page.ui.messageLabel.text()

    # The department's row shows 10.0% against England's figure.
    table = page.ui.figuresTable.model()
    vacancy = next(r for r in range(table.rowCount()) if table.index(r, 0).data() == "Vacancy rate")
    assert table.index(vacancy, 1).data() == "10.0%"
    assert table.index(vacancy, 2).data() == "Oct 2026"
    # England's newest vacancy figure covers council social workers only: context, no RAG.
    assert table.index(vacancy, 3).data() == "10.5%, Sept 2023"
    assert table.index(vacancy, 4).data() == "Context"

    # Choosing the team shows its trend, with the department beside it.
    page.ui.scopeCombo.setCurrentIndex(page.ui.scopeCombo.findText("Reablement"))
    assert page.metric_key() == "vacancy_rate"
    figure = page.trend_canvas.figure
    assert figure is not None
    lines = {line.get_label(): line for line in figure.axes[0].get_lines()}
    assert list(np.asarray(lines["Reablement"].get_ydata())) == [11.5, 12.0, 13.5]
    assert "Whole department" in lines

    # The mapping is remembered: the same layout next time needs no choices.
    again = page.open_import()
    assert again.load(path)
    qtbot.waitUntil(again.import_button.isEnabled, timeout=20000)
    assert "remembered" in again.ui.layoutLabel.text()
    again.reject()


def test_failed_import_lists_problems_and_saves_nothing(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """The preview runs the import's checks: each line's problem, bad cells highlighted.

    The preview numbers rows by their line in the file, as the problems do; Import stays
    disabled and the database is unchanged.
    """
    _, page = open_page(qtbot, store_with_profile)
    path = tmp_path / "bad.csv"
    path.write_text("Month,Team,Vacancy rate\n2026-09,OT,12\n2026-10,OT,-1\n2026-10,OT,3\n")
    before = dump(store_with_profile)
    dialog = page.open_import()
    with qtbot.waitSignal(dialog.problems.modelReset, timeout=20000):
        assert dialog.load(path)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    sample = dialog.sample
    lines = [sample.headerData(r, Qt.Orientation.Vertical) for r in range(sample.rowCount())]
    assert lines == ["2", "3", "4"], "numbered by line in the file, as the problems are"
    bad = sample.index(1, 2)  # line 3, Vacancy rate
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "below zero" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert sample.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    messages = [dialog.problems.index(r, 2).data() for r in range(dialog.problems.rowCount())]
    assert messages == [
        "-1 is below zero; vacancy rate cannot be negative",
        "OT, Oct 2026 is also on line 3",
    ]
    assert dialog.problems.index(0, 0).data() == "3"
    assert "Nothing can be imported yet: 2 lines need correcting" in dialog.ui.statusLabel.text()
    assert dump(store_with_profile) == before
    dialog.reject()


def test_fractions_question_in_the_dialog(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """Rates written as 0.9 prompt a question; answering "fractions" imports 90%."""
    window, page = open_page(qtbot, store_with_profile)
    path = tmp_path / "fractions.csv"
    path.write_text("Month,Supervision in date\n2026-10,0.9\n2026-09,0.85\n")
    dialog = page.open_import()
    assert dialog.load(path)
    qtbot.waitUntil(lambda: dialog.ui.questionFrame.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    assert "0.125 means 12.5%" in dialog.ui.questionLabel.text()
    assert not dialog.import_button.isEnabled(), "not before the question is answered"
    qtbot.mouseClick(dialog.ui.fractionsRadio, Qt.MouseButton.LeftButton)
    import_through_dialog(qtbot, window, page)
    scope = workforce_store.list_scopes(store_with_profile)[0]
    found = workforce_store.list_values(store_with_profile, scope.id)
    assert sorted(v.value for v in found) == [85.0, 90.0]


def test_a_file_that_cannot_be_read_says_why(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """A spreadsheet saved as .xlsx is refused with advice, and Import stays disabled."""
    _, page = open_page(qtbot, store_with_profile)
    path = tmp_path / "workforce.xlsx"
    path.write_bytes(b"PK\x03\x04 not a csv")
    dialog = page.open_import()
    assert not dialog.load(path)
    assert "Save As" in dialog.ui.statusLabel.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_add_a_figure_by_hand(qtbot: QtBot, store_with_profile: Store) -> None:
    """Typing a figure saves it for the chosen month; a bad value keeps the dialog open."""
    _, page = open_page(qtbot, store_with_profile)
    dialog = page.open_add_figure()
    dialog.ui.metricCombo.setCurrentIndex(dialog.ui.metricCombo.findData("appraisals"))
    qtbot.keyClicks(dialog.ui.valueEdit, "lots")
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == "'lots' is not a number."
    dialog.ui.valueEdit.clear()
    qtbot.keyClicks(dialog.ui.valueEdit, "82.5%")
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    table = page.scorecard
    row = next(r for r in table.rows() if r.metric.key == "appraisals")
    assert row.latest is not None
    assert row.latest.value == 82.5
    assert row.latest.period == dt.date(2026, 10, 1)  # last month, by default
    assert row.benchmark is None  # England has no appraisal figure; the target is no stand-in
    assert row.target == 90.0
    assert row.target_rag is not None
    assert row.target_rag.label == "Amber"
    line = table.rows().index(row)
    assert table.index(line, 6).data() == "90.0% · Amber"
    assert table.index(line, 3).data() == "—"


def test_target_is_saved_and_drawn(qtbot: QtBot, store_with_profile: Store) -> None:
    """A target typed beside the chart is saved and drawn as a line."""
    workforce_store.set_value(
        store_with_profile, scope=None, key="vacancy_rate", period=dt.date(2026, 9, 1), value=9
    )
    window, page = open_page(qtbot, store_with_profile)
    spin = page.ui.targetSpin
    assert spin.text() == "None"
    spin.selectAll()
    with qtbot.waitSignal(window.bus.changed, timeout=5000):
        qtbot.keyClicks(spin, "8")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert workforce_store.targets(store_with_profile)["vacancy_rate"] == 8.0
    figure = page.trend_canvas.figure
    assert figure is not None
    labels = [line.get_label() for line in figure.axes[0].get_lines()]
    assert "Target 8.0%" in labels


def test_comparator_councils_are_edited(qtbot: QtBot, store_with_profile: Store) -> None:
    """The family is pre-filled from the CIPFA list once; it can be edited and refilled."""
    _, page = open_page(qtbot, store_with_profile)
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    assert page.family.rowCount() == 15  # pre-filled for Leeds on first showing
    page.ui.familyTable.selectRow(0)
    qtbot.mouseClick(page.ui.removeCouncilButton, Qt.MouseButton.LeftButton)
    assert page.family.rowCount() == 14
    page.refresh()
    assert page.family.rowCount() == 14  # never refilled behind the director's back
    qtbot.mouseClick(page.ui.fillCipfaButton, Qt.MouseButton.LeftButton)
    assert page.family.rowCount() == 15
    assert "not ranked" in page.ui.familyNote.text()
    qtbot.keyClicks(page.ui.councilCombo.lineEdit(), "Cornwall")
    qtbot.mouseClick(page.ui.addCouncilButton, Qt.MouseButton.LeftButton)
    names = [m.name for m in comparator_family.list_family(store_with_profile)]
    assert "Cornwall" in names
    assert len(names) == 16
    assert page.ui.comparatorCombo.findText("Cornwall") >= 0
    qtbot.keyClicks(page.ui.councilCombo.lineEdit(), "Atlantis")
    qtbot.mouseClick(page.ui.addCouncilButton, Qt.MouseButton.LeftButton)
    assert page.ui.messageLabel.text() == "Choose a council from the list."
    cornwall = next(
        r
        for r in range(page.family.rowCount())
        if page.family.row_at(r).name == "Cornwall"  # type: ignore[union-attr]
    )
    page.ui.familyTable.selectRow(cornwall)
    qtbot.mouseClick(page.ui.removeCouncilButton, Qt.MouseButton.LeftButton)
    assert page.family.rowCount() == 15
    profile = load_profile(store_with_profile)
    assert profile is not None
    assert profile.council_name == "Leeds"


def test_published_figures_cannot_be_deleted(qtbot: QtBot, store_with_profile: Store) -> None:
    """The figures table shows shipped figures with sources; deleting one is explained."""
    _, page = open_page(qtbot, store_with_profile)
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    qtbot.keyClicks(page.ui.comparatorFilter, "england vacancy 2023/24")
    view = page.ui.comparatorTable
    assert view.model().rowCount() == 1
    assert view.model().index(0, 3).data() == "8.3%"
    assert "Licence" in view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    view.selectRow(0)
    qtbot.mouseClick(page.ui.deleteComparatorButton, Qt.MouseButton.LeftButton)
    assert "cannot be deleted" in page.ui.messageLabel.text()


def test_diversity_tab_shows_gaps(qtbot: QtBot, store_with_profile: Store) -> None:
    """Shares typed for the workforce and the population show as a gap and a chart."""
    _, page = open_page(qtbot, store_with_profile)
    page.ui.tabs.setCurrentWidget(page.ui.diversityTab)
    for subject, value in (("workforce", "79.5"), ("population", "51")):
        dialog = page.open_add_share()
        dialog.ui.subjectCombo.setCurrentIndex(dialog.ui.subjectCombo.findData(subject))
        dialog.ui.dimensionCombo.setCurrentIndex(dialog.ui.dimensionCombo.findData("sex"))
        dialog.ui.groupCombo.setCurrentIndex(dialog.ui.groupCombo.findData("female"))
        dialog.ui.percentSpin.selectAll()
        qtbot.keyClicks(dialog.ui.percentSpin, value)
        dialog.ui.buttons.accepted.emit()
        assert not dialog.isVisible()
    page.ui.dimensionCombo.setCurrentIndex(page.ui.dimensionCombo.findData("sex"))
    assert page.diversity.index(0, 3).data() == "+28.5 pts"
    figure = page.diversity_canvas.figure
    assert figure is not None
    assert "+28.5 pts" in [t.get_text() for t in figure.axes[0].texts]


def test_empty_page_before_any_figures(qtbot: QtBot, store: Store) -> None:
    """With no profile and no figures the page says what to do; nothing breaks."""
    _, page = open_page(qtbot, store)
    assert page.scorecard.rowCount() == 0
    assert "Import a CSV" in page.ui.comparatorNote.text()
    assert page.trend_canvas.figure is None
    assert not page.trend_canvas.save_button.isEnabled()
    page.ui.tabs.setCurrentWidget(page.ui.comparatorsTab)
    assert "Set up your profile" in page.ui.familyNote.text()
    assert [
        page.ui.comparatorCombo.itemText(i) for i in range(page.ui.comparatorCombo.count())
    ] == [
        "England",
        "Your targets",
    ]


def test_a_typed_figure_deleted_and_brought_back(qtbot: QtBot, store_with_profile: Store) -> None:
    """A typed figure can be deleted from its dialog; Ctrl+Z brings it back, Redo removes it."""
    september = dt.date(2026, 9, 1)
    workforce_store.set_value(
        store_with_profile, scope=None, key="vacancy_rate", period=september, value=9
    )
    window, page = open_page(qtbot, store_with_profile)
    dialog = page.open_add_figure()
    dialog.ui.metricCombo.setCurrentIndex(dialog.ui.metricCombo.findData("vacancy_rate"))
    dialog.ui.monthEdit.setDate(QDate(2026, 8, 1))
    assert not dialog.delete_button.isEnabled(), "nothing is held for August"
    dialog.ui.monthEdit.setDate(QDate(2026, 9, 1))
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    def held() -> float | None:
        found = workforce_store.find_value(
            store_with_profile, scope=None, key="vacancy_rate", period=september
        )
        return None if found is None else found.value

    assert held() is None
    assert window.undo_notice.label.text() == (
        "Deleted vacancy rate for the department, Sep 2026. Press Ctrl+Z to undo."
    )
    window.undo_stack.undo()
    assert held() == 9
    row = next(r for r in page.scorecard.rows() if r.metric.key == "vacancy_rate")
    assert row.latest is not None
    assert row.latest.value == 9
    window.undo_stack.redo()
    assert held() is None
    window.undo_stack.undo()
    assert held() == 9


def test_replacing_a_typed_figure_is_one_undoable_step(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """Typing over a month's figure replaces it; Ctrl+Z gives the old figure back."""
    september = dt.date(2026, 9, 1)
    workforce_store.set_value(
        store_with_profile, scope=None, key="vacancy_rate", period=september, value=9
    )
    window, page = open_page(qtbot, store_with_profile)
    dialog = page.open_add_figure()
    dialog.ui.metricCombo.setCurrentIndex(dialog.ui.metricCombo.findData("vacancy_rate"))
    dialog.ui.monthEdit.setDate(QDate(2026, 9, 1))
    qtbot.keyClicks(dialog.ui.valueEdit, "12")
    qtbot.keyClick(dialog.ui.valueEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    found = workforce_store.find_value(
        store_with_profile, scope=None, key="vacancy_rate", period=september
    )
    assert found is not None
    assert found.value == 12
    assert window.undo_stack.undoText().startswith("Replaced vacancy rate")
    window.undo_stack.undo()
    found = workforce_store.find_value(
        store_with_profile, scope=None, key="vacancy_rate", period=september
    )
    assert found is not None
    assert found.value == 9


def test_a_reimport_says_what_it_changes_and_is_one_undoable_step(
    qtbot: QtBot, store_with_profile: Store, tmp_path: Path
) -> None:
    """Importing over figures already held says how many change; Ctrl+Z takes it all back."""
    september, october = dt.date(2026, 9, 1), dt.date(2026, 10, 1)
    workforce_store.set_value(
        store_with_profile, scope=None, key="vacancy_rate", period=september, value=9
    )
    window, page = open_page(qtbot, store_with_profile)
    path = tmp_path / "again.csv"
    path.write_text("Month,Vacancy rate\n2026-09,12\n2026-10,11\n")
    dialog = page.open_import()
    assert dialog.load(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20000)
    assert "1 figure you already hold will change" in dialog.ui.statusLabel.text()
    import_through_dialog(qtbot, window, page)
    assert "1 figure already held changed" in page.ui.messageLabel.text()

    def held(month: dt.date) -> float | None:
        found = workforce_store.find_value(
            store_with_profile, scope=None, key="vacancy_rate", period=month
        )
        return None if found is None else found.value

    assert (held(september), held(october)) == (12, 11)
    assert window.undo_stack.count() == 1
    assert window.undo_notice.label.text().startswith("Imported again.csv.")
    window.undo_stack.undo()
    assert (held(september), held(october)) == (9, None)
    found = workforce_store.find_value(
        store_with_profile, scope=None, key="vacancy_rate", period=september
    )
    assert found is not None
    assert found.source == "Typed in"
    window.undo_stack.redo()
    assert (held(september), held(october)) == (12, 11)
