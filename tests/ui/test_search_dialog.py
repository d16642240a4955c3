"""Ctrl+K: search from anywhere, results grouped as you type, Enter opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dass_desktop.domain import search_store
from dass_desktop.domain.search_terms import Hit, HitGroup, HitKind, SearchResult
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.search_dialog import SearchDialog
from dass_desktop.ui.search_model import SearchResultsModel
from dass_desktop.ui.shortcut_list import shortcut_lines
from tests.conftest import TODAY
from tests.fixtures.make_fixture_db import fill


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    """The window, shown, over the upgrade fixture's data (one of everything)."""
    fill(store)
    shown = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    return shown


def _search(qtbot: QtBot, window: MainWindow, words: str) -> SearchDialog:
    """Press Ctrl+K wherever the focus is, type ``words`` and wait for the results."""
    if QApplication.activeWindow() is not window:  # offscreen, a closed box gives none back
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.box)
    qtbot.keyClicks(dialog.box, words)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())
    return dialog


def _open(qtbot: QtBot, window: MainWindow, words: str, kind: HitKind) -> None:
    """Search, step down to the first hit of ``kind`` with the arrow keys, press Enter."""
    dialog = _search(qtbot, window, words)
    for _ in range(len(dialog.model.hit_rows())):
        hit = dialog.current_hit()
        assert hit is not None
        if hit.kind is kind:
            break
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_results_come_grouped_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    """Typing shows headings for each kind with the hits under them, the first hit chosen."""
    window.show_widget(window.workforce)
    dialog = _search(qtbot, window, "fixt")
    model = dialog.model
    headings = [
        model.index(row, 0).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(RowRole) is None
    ]
    assert "Plan items (2)" in headings  # the fixture's question and its practice
    assert "Contacts (1)" in headings
    assert any(h.startswith("Risks, issues") for h in headings)
    hit = dialog.current_hit()
    assert hit is not None
    assert dialog.view.currentIndex().row() == model.hit_rows()[0]
    assert "match" in dialog.status.text()
    # Up from the first hit stays on it; headings are never chosen.
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    assert dialog.current_hit() == hit
    qtbot.keyClicks(dialog.box, "zzqq")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert dialog.status.text().startswith("Nothing matches")


def test_esc_closes_and_ctrl_k_opens_again(qtbot: QtBot, window: MainWindow) -> None:
    """Esc closes the box; Ctrl+K brings it back with the last words chosen, ready to retype."""
    dialog = _search(qtbot, window, "fixture")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.box.selectedText() == "fixture"
    dialog.reject()


def test_enter_opens_a_plan_item_on_the_plan_page(qtbot: QtBot, window: MainWindow) -> None:
    """Enter on a plan item shows the Plan page with that item chosen."""
    _open(qtbot, window, "fixture question", HitKind.PLAN_ITEM)
    assert window.current_page() is window.plan_page
    chosen = window.plan_page.ui.tree.currentIndex()
    assert "Fixture question" in str(chosen.data())


def test_enter_opens_a_gap_in_its_team(qtbot: QtBot, window: MainWindow) -> None:
    """A gap opens on the Teams page: its team chosen, the Gaps tab on show, the gap chosen."""
    _open(qtbot, window, "described gap", HitKind.GAP)
    teams = window.teams
    assert window.current_page() is teams
    team = teams.current_team()
    assert team is not None
    assert team.name == "Fixture Hospital Discharge"
    assert teams.ui.detailTabs.currentIndex() == 2
    gap = teams.current_gap()
    assert gap is not None
    assert gap.description == "Fixture described gap"


def test_enter_opens_a_strength_and_a_contact(qtbot: QtBot, window: MainWindow) -> None:
    """A strength opens in its team's Strengths tab; a contact on the Stakeholders page."""
    _open(qtbot, window, "fixture strength", HitKind.STRENGTH)
    teams = window.teams
    assert teams.ui.detailTabs.currentIndex() == 0
    note = teams.ui.strengthsTable.currentIndex().data(RowRole)
    assert note.text == "Fixture strength 🙂"
    _open(qtbot, window, "fixture icb", HitKind.STAKEHOLDER)
    assert window.current_page() is window.stakeholders
    person = window.stakeholders.current()
    assert person is not None
    assert person.name == "Fixture Stakeholder 🙂"


def test_enter_opens_a_visit_a_meeting_and_a_risk(qtbot: QtBot, window: MainWindow) -> None:
    """Visits open in the log; one-to-ones and register entries on the One-to-ones page."""
    _open(qtbot, window, "going well", HitKind.ENGAGEMENT)
    assert window.current_page() is window.visits
    visit = window.visits.current()
    assert visit is not None
    assert visit.place == "Fixture Infirmary"
    _open(qtbot, window, "fixture decision", HitKind.MEETING)
    page = window.one_to_ones
    assert window.current_page() is page
    meeting = page.current_meeting()
    assert meeting is not None
    assert meeting.notes == "Fixture meeting notes"
    _open(qtbot, window, "fixture ask", HitKind.REGISTER_ENTRY)
    assert page.tabs.currentWidget() is page.register
    entry = page.register.list.current()
    assert entry is not None
    assert entry.title == "Fixture ask"


def test_double_click_opens_and_headings_do_nothing(qtbot: QtBot, window: MainWindow) -> None:
    """A double click on a hit opens it; on a heading it does nothing."""
    dialog = _search(qtbot, window, "new team")
    model = dialog.model
    heading = model.index(0, 0)
    assert heading.data(RowRole) is None
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    dialog.view.doubleClicked.emit(heading)
    assert dialog.isVisible()
    dialog.view.doubleClicked.emit(model.index(model.hit_rows()[0], 0))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_page() is window.teams
    team = window.teams.current_team()
    assert team is not None
    assert team.name == "Fixture New Team"


def test_controls_are_named_and_ctrl_k_is_in_the_shortcut_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The box, the list and the labels have accessible names; F1's list has Ctrl+K."""
    dialog = _search(qtbot, window, "fixture")
    for widget in (dialog.box, dialog.view, dialog.status, dialog.snippet):
        assert widget.accessibleName()
    assert dialog.snippet.text()  # where the chosen hit's words were found
    dialog.reject()
    lines = shortcut_lines(window, [])
    assert any("Ctrl+K" in line and "Search everything" in line for line in lines)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, store: Store) -> None:
    """The results model keeps Qt's rules, with results and with none."""
    fill(store)
    model = SearchResultsModel()
    model.set_result(search_store.search(store, "fixture"))
    assert model.rowCount() > 10
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    qtmodeltester.check(model)
    model.set_result(search_store.search(store, "🙂"))
    qtmodeltester.check(model)


def test_a_hit_shows_the_words_found_only_when_its_title_does_not() -> None:
    """Beside a title that holds the words found, nothing more; beside one that does not,
    the words found, so that two visits called "Call" can be told apart.
    """
    own = Hit(HitKind.ACTION, "Bring the duty rota to DMT", None, 1, "…the duty rota to DMT")
    other = Hit(HitKind.ENGAGEMENT, "Call", None, 2, "…the rota for AMHPs…")
    model = SearchResultsModel()
    model.set_result(SearchResult("rota", (HitGroup(HitKind.ACTION, (own, other), 2),)))
    assert model.index(0, 0).data() == "Actions (2)"
    assert model.index(1, 0).data().strip() == "Bring the duty rota to DMT"
    assert model.index(2, 0).data().strip() == "Call  —  …the rota for AMHPs…"
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "…the rota for AMHPs…"
