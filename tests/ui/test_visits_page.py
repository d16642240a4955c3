"""The Visits page on the demo council: filters, coverage, themes over a period, write-back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from dass_desktop.demo import demo_start_date, write_demo
from dass_desktop.domain import coverage, engagement_store, engagement_terms, team_store
from dass_desktop.domain.contact_terms import EngagementKind
from dass_desktop.domain.coverage import CoverageStatus
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.visits_page import VisitsPage
from tests.conftest import TODAY
from tests.statements import statements

CTRL = Qt.KeyboardModifier.ControlModifier


def open_page(qtbot: QtBot, store: Store) -> tuple[MainWindow, VisitsPage]:
    """The main window on the demo council, showing the Visits page (Ctrl+5)."""
    write_demo(store, TODAY)
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_5, CTRL)
    assert window.current_page() is window.visits
    return window, window.visits


def shown(page: VisitsPage) -> list[engagement_terms.EngagementRow]:
    """The visits the log shows, top to bottom."""
    return [page.proxy.index(r, 0).data(RowRole) for r in range(page.proxy.rowCount())]


def choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    """Pick the item of ``combo`` whose data is ``value``."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_log_is_newest_first_and_filters(qtbot: QtBot, store: Store) -> None:
    """Newest first (planned on top), the latest held chosen; each filter narrows the log."""
    window, page = open_page(qtbot, store)
    rows = shown(page)
    everything = engagement_store.list_engagements(store)
    assert len(rows) == len(everything)
    days = [r.occurred_on for r in rows]
    assert days == sorted(days, reverse=True)
    chosen = page.current()
    assert chosen is not None
    assert not chosen.is_planned(TODAY)
    assert chosen.occurred_on == max(r.occurred_on for r in rows if not r.is_planned(TODAY))
    held = sum(1 for r in rows if not r.is_planned(TODAY))
    booked = len(rows) - held
    assert page.ui.summaryLine.text().startswith(
        f"{held} visits and meetings held · {booked} booked"
    )
    assert page.ui.countLine.text() == f"{len(rows)} in the log, {booked} of them booked"

    choose(page.ui.kindCombo, EngagementKind.CALL.value)
    assert shown(page)
    assert all(r.kind is EngagementKind.CALL for r in shown(page))
    choose(page.ui.kindCombo, "")
    team = next(t for t in team_store.list_teams(store) if t.name == "Hospital Discharge Team")
    choose(page.ui.teamCombo, team.id)
    assert shown(page)
    assert all(team.id in [t.id for t in r.teams] for r in shown(page))
    choose(page.ui.themeCombo, "hospital discharge")
    assert all("hospital discharge" in r.themes for r in shown(page))
    page.ui.fromEdit.setDate(QDate(2026, 11, 1))
    assert all(r.occurred_on >= dt.date(2026, 11, 1) for r in shown(page))
    assert page.ui.countLine.text().startswith("Showing")
    qtbot.mouseClick(page.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert len(shown(page)) == len(everything)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_F, CTRL)
    assert page.ui.searchEdit.hasFocus()
    qtbot.keyClicks(page.ui.searchEdit, "weekend goodwill")
    assert shown(page)
    assert all("goodwill" in r.to_improve for r in shown(page))
    window.close()


def test_coverage_themes_and_visiting_a_team(qtbot: QtBot, store: Store) -> None:
    """Teams not visited come first; themes count over the period chosen; Enter acts."""
    window, page = open_page(qtbot, store)
    page.ui.tabs.setCurrentWidget(page.ui.coverageTab)
    model = page.coverage.coverage_model
    statuses = [model.row_at(r).status for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert statuses == sorted(
        statuses,
        key=[CoverageStatus.NOT_VISITED, CoverageStatus.NOT_RECENT, CoverageStatus.VISITED].index,
    )
    assert statuses[0] is CoverageStatus.NOT_VISITED
    assert "not visited yet" in page.ui.coverageNote.text()

    start = demo_start_date(TODAY)
    logged = engagement_store.list_engagements(store)
    themes = page.coverage.theme_model
    assert themes.rows() == coverage.theme_counts(logged, start, TODAY)
    page.ui.periodCombo.setCurrentText("Last 30 days")
    first = TODAY - dt.timedelta(days=29)
    assert page.coverage.period() == (first, TODAY)
    assert themes.rows() == coverage.theme_counts(logged, first, TODAY)
    page.ui.periodFromEdit.setDate(QDate(2026, 11, 1))
    assert page.ui.periodCombo.currentText() == "Dates chosen"
    top = themes.rows()[0]
    page.ui.themeTable.setCurrentIndex(themes.index(0, 0))
    qtbot.keyClick(page.ui.themeTable, Qt.Key.Key_Return)
    assert page.ui.tabs.currentWidget() is page.ui.logTab
    assert len(shown(page)) == top.count
    assert all(dt.date(2026, 11, 1) <= r.occurred_on <= TODAY for r in shown(page))

    page.ui.tabs.setCurrentWidget(page.ui.coverageTab)
    page.ui.coverageTable.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.ui.coverageTable, Qt.Key.Key_Return)
    dialog = window.visit_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.team_model.ticked() == (model.row_at(0).team_id,)  # type: ignore[union-attr]
    dialog.discard()
    window.close()


def test_write_back_delete_and_undo(qtbot: QtBot, store: Store) -> None:
    """A visit whose actions are done invites "you said, we did"; deleting can be undone."""
    window, page = open_page(qtbot, store)
    waiting = next(r for r in engagement_store.list_engagements(store) if r.awaits_you_said_we_did)
    page.select_engagement(waiting.id)
    assert page.ui.writeBackButton.isVisible()
    qtbot.mouseClick(page.ui.writeBackButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.ui.youSaidBox.isVisible()
    assert dialog.ui.youSaidEdit.toPlainText().startswith("You said:")
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(dialog.ui.staffEdit, Qt.Key.Key_Return)
    saved = engagement_store.get_engagement(store, waiting.id)
    assert saved is not None
    assert saved.you_said_we_did.startswith("You said:")
    current = page.current()
    assert current is not None
    assert current.id == waiting.id
    assert not page.ui.writeBackButton.isVisible()
    assert "You said, we did" in page.ui.visitBody.text()

    page.ui.table.setFocus()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert engagement_store.get_engagement(store, waiting.id) is None
    with qtbot.waitSignal(window.bus.changed):
        window.undo_stack.undo()
    assert page.current() is not None
    assert page.current().id == waiting.id  # type: ignore[union-attr]
    window.close()


def test_coverage_is_worked_out_when_its_tab_is_opened(qtbot: QtBot, store: Store) -> None:
    """Opening the page on its log leaves the Coverage tab unfilled; opening the tab
    fills it from the log as it stands, and again after a change.
    """
    window, page = open_page(qtbot, store)
    assert page.ui.tabs.currentWidget() is page.ui.logTab
    assert page.coverage.coverage_model.rowCount() == 0
    page.ui.tabs.setCurrentWidget(page.ui.chartsTab)
    teams = len(team_store.list_teams(store))
    assert page.coverage.coverage_model.rowCount() == teams > 0
    page.ui.tabs.setCurrentWidget(page.ui.coverageTab)
    team_store.delete_team(store, team_store.list_teams(store)[0].id, dt.datetime(2026, 11, 26))
    page.refresh()  # back to the log, with the chosen visit
    page.ui.tabs.setCurrentWidget(page.ui.coverageTab)
    assert page.coverage.coverage_model.rowCount() == teams - 1
    window.close()


def test_first_open_reads_through_the_plain_connection_only(qtbot: QtBot, store: Store) -> None:
    """Opening the page sends no statement through SQLAlchemy (its first compile of each
    statement costs more than the plain read), yet shows every visit, every live team to
    filter by and the summary; the Coverage tab, when opened, reads the team register
    through the plain connection too.
    """
    write_demo(store, TODAY)
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    with statements(store) as (orm, plain):
        window.show_page(window.titles().index("Visits"))
        page = window.visits
        assert window.current_page() is page
        assert orm == []
        assert any("FROM engagement" in sql for sql in plain)
        assert len(shown(page)) == len(engagement_store.list_engagements(store))
        teams = [t.id for t in team_store.list_teams(store)]
        combo = page.ui.teamCombo
        assert [combo.itemData(i) for i in range(1, combo.count())] == teams
        assert f"of {len(teams)} teams" in page.ui.summaryLine.text()
        plain.clear()
        page.ui.tabs.setCurrentWidget(page.ui.coverageTab)
        assert any("FROM team " in sql for sql in plain)
        assert page.coverage.coverage_model.rowCount() == len(teams)
    window.close()
