"""The dashboard's contacts and visits cards on the demo council, and where they lead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.demo import demo_start_date, write_demo
from dass_desktop.domain import coverage, engagement_store, stakeholder_store, team_store
from dass_desktop.store import Store
from dass_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY


def test_dashboard_cards_match_the_rules_and_open_what_they_list(
    qtbot: QtBot, store: Store
) -> None:
    """Visits this month, overdue contacts and follow-ups come from the same rules as the
    pages; Enter on an overdue contact opens them, on a follow-up opens the visit.
    """
    write_demo(store, TODAY)
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    ui = window.dashboard.ui
    logged = engagement_store.list_engagements(store)
    people = stakeholder_store.list_stakeholders(store, TODAY, demo_start_date(TODAY))
    late = coverage.overdue_contacts(people, TODAY)
    due = coverage.follow_ups_due(logged, TODAY)
    assert ui.visitsCount.text() == str(len(coverage.held_this_month(logged, TODAY)))
    assert ui.overdueContactsTitle.text() == f"Overdue contacts ({len(late)})"
    assert window.dashboard.overdue_contacts.ids() == [p.id for p in late]
    assert window.dashboard.follow_ups.ids() == [e.id for e in due]
    found = coverage.team_coverage(team_store.list_teams(store), logged, TODAY)
    unvisited = sum(1 for c in found if c.status is coverage.CoverageStatus.NOT_VISITED)
    assert 2 <= unvisited <= 6
    assert ui.notVisitedTitle.text().startswith(
        f"Teams not yet visited ({unvisited} of {len(found)})"
    )
    first = window.dashboard.overdue_contacts.index(0)
    assert first.data().startswith(f"{late[0].name} — ")
    ui.overdueContactsList.setCurrentIndex(first)
    qtbot.keyClick(ui.overdueContactsList, Qt.Key.Key_Return)
    assert window.current_page() is window.stakeholders
    assert window.stakeholders.current().id == late[0].id  # type: ignore[union-attr]
    window.show_page(0)
    ui.followUpsList.setCurrentIndex(window.dashboard.follow_ups.index(0))
    qtbot.keyClick(ui.followUpsList, Qt.Key.Key_Return)
    assert window.current_page() is window.visits
    assert window.visits.current().id == due[0].id  # type: ignore[union-attr]
    window.close()
