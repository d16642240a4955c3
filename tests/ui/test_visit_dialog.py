"""Quick capture driven from the keyboard, as a director in a team base would use it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from dass_desktop.domain import engagement_store, plan_store, stakeholder_store, team_store
from dass_desktop.domain.contact_terms import Cadence, Category
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.paths import DataPaths
from dass_desktop.store import Store, open_store
from dass_desktop.ui.contacts_models import EngagementTableModel, StakeholderTableModel
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.visit_dialog import VisitDialog
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
START = dt.date(2026, 9, 7)


@pytest.fixture
def council(data_paths: DataPaths) -> DataPaths:
    """A director with a team and three contacts (one they are overdue to see)."""
    with open_store(data_paths) as store:
        save_profile(
            store,
            DirectorProfile("Sam Taylor", "Leeds", "E08000035", "Yorkshire", START),
            TODAY,
        )
        team_store.add_team(
            store,
            TeamDraft(
                "Hospital Discharge Team",
                ServiceArea.HOSPITAL_DISCHARGE,
                base="Royal Northmoor Infirmary",
            ),
        )
        team_store.add_team(store, TeamDraft("Reablement South", ServiceArea.REABLEMENT))
        for name, role, category in (
            ("Dana Okafor", "Team manager", Category.STAFF),
            ("Lee Carter", "UNISON branch secretary", Category.TRADE_UNIONS),
            ("Priya Shah", "Chief Executive", Category.COUNCIL_LEADERSHIP),
        ):
            stakeholder_store.add_stakeholder(
                store, StakeholderDraft(name, category, role=role, cadence=Cadence.MONTHLY), START
            )
    return data_paths


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window, active so that window-wide shortcuts work."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def quick_capture(qtbot: QtBot, window: MainWindow) -> VisitDialog:
    """Press Ctrl+Shift+V and return the form that opens."""
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_V, CTRL | SHIFT)
    dialog = window.visit_dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.isVisible()
    return dialog


def enter(qtbot: QtBot, widget: object) -> None:
    """Press Enter in ``widget``."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_quick_capture_team_two_people_and_an_action_then_reopen(
    qtbot: QtBot, council: DataPaths
) -> None:
    """Log a visit with a team, two people and an action from the keyboard; last contact,
    team coverage and the plan follow, and all of it is there after reopening.
    """
    with open_store(council) as store:
        window = open_window(qtbot, store)
        dialog = quick_capture(qtbot, window)
        ui = dialog.ui
        assert ui.dateEdit.date() == QDate(2026, 11, 26)  # today, already filled in
        assert dialog.focusWidget() is ui.teamFilter
        qtbot.keyClicks(ui.teamFilter, "disch")
        enter(qtbot, ui.teamFilter)  # ticks the first match, clears the box
        assert ui.teamFilter.text() == ""
        assert dialog.isVisible()
        assert ui.placeCombo.currentText() == "Royal Northmoor Infirmary"  # the team's base
        qtbot.keyClicks(ui.peopleFilter, "dana")
        enter(qtbot, ui.peopleFilter)
        qtbot.keyClicks(ui.peopleFilter, "unison")  # finds by role too
        enter(qtbot, ui.peopleFilter)
        qtbot.keyClicks(ui.timeEdit, "10.30")
        qtbot.keyClicks(ui.staffEdit, "14")
        qtbot.keyClicks(ui.goingWellEdit, "Daily huddle with the wards works well")
        qtbot.keyClicks(ui.toImproveEdit, "Weekend cover depends on goodwill")
        qtbot.keyClicks(ui.themesEdit, "workload, ")
        ui.suggestions.linkActivated.emit("theme:hospital discharge")
        assert ui.themesEdit.text() == "workload, hospital discharge"
        qtbot.keyClicks(ui.actionTitleEdit, "Review the weekend rota")
        qtbot.keyClicks(ui.actionOwnerEdit, "Team manager")
        enter(qtbot, ui.actionOwnerEdit)  # adds the action, keeps the form open
        assert dialog.isVisible()
        assert dialog.action_model.rowCount() == 1
        assert not ui.removeActionButton.isEnabled()  # until an action is chosen
        ui.actionsTable.setCurrentIndex(dialog.action_model.index(0, 0))
        assert ui.removeActionButton.isEnabled()
        assert dialog.draft.exists()
        with qtbot.waitSignal(window.bus.changed):
            enter(qtbot, ui.actionTitleEdit)  # nothing typed there now: Enter saves
        assert not dialog.isVisible()
        assert not dialog.draft.exists()
        assert "Its actions are in your plan" in window.statusBar().currentMessage()

        (row,) = engagement_store.list_engagements(store)
        assert [t.name for t in row.teams] == ["Hospital Discharge Team"]
        assert [p.name for p in row.people] == ["Dana Okafor", "Lee Carter"]
        assert row.starts_at == dt.time(10, 30)
        assert row.staff_count == 14
        assert row.themes == ("hospital discharge", "workload")
        (action,) = row.actions
        item = plan_store.get_item(store, action.item_id, START)
        assert item is not None
        assert item.title == "Review the weekend rota"
        assert item.owner == "Team manager"
        assert item.due == TODAY + dt.timedelta(days=28)
        assert item.source == f"engagement:{row.id}"

        # The stakeholders' last contact, the team's coverage and the plan show it.
        window.show_page(window._pages.index(window.stakeholders))
        people = window.stakeholders.model
        last = {
            people.index(r, 0).data(): people.index(r, StakeholderTableModel.LAST).data()
            for r in range(people.rowCount())
        }
        assert last == {
            "Dana Okafor": "26/11/2026",
            "Lee Carter": "26/11/2026",
            "Priya Shah": "Not met yet",
        }
        window.show_page(window._pages.index(window.visits))
        window.visits.ui.tabs.setCurrentWidget(window.visits.ui.coverageTab)
        coverage = window.visits.coverage.coverage_model
        status = {coverage.index(r, 0).data(): coverage.index(r, 1).data() for r in range(2)}
        assert status == {
            "Reablement South": "Not visited yet",
            "Hospital Discharge Team": "Visited today",
        }
        window.open_plan_item(action.item_id)
        assert window.plan_page.model.source_index(action.item_id).isValid()
        window.close()

    with open_store(council) as store:
        window = open_window(qtbot, store)
        window.show_page(window._pages.index(window.visits))
        page = window.visits
        assert page.proxy.rowCount() == 1
        shown = page.current()
        assert shown is not None
        assert shown.people[1].name == "Lee Carter"
        assert "Review the weekend rota" in page.ui.visitBody.text()
        assert page.proxy.index(0, EngagementTableModel.ACTIONS).data() == "1 (1 open)"
        assert window.dashboard.ui.visitsCount.text() == "1"
        window.close()


def test_drafts_survive_a_crash_and_discard_removes_them(qtbot: QtBot, council: DataPaths) -> None:
    """Everything typed is on disk at once; the next form brings it back; Discard clears it."""
    with open_store(council) as store:
        window = open_window(qtbot, store)
        dialog = quick_capture(qtbot, window)
        qtbot.keyClicks(dialog.ui.peopleFilter, "priya")
        enter(qtbot, dialog.ui.peopleFilter)
        qtbot.keyClicks(dialog.ui.toImproveEdit, "Budget line for Cabinet")
        dialog.ui.toImproveEdit.insertPlainText(" 🙂")  # QTest cannot type outside the BMP
        qtbot.keyClicks(dialog.ui.actionTitleEdit, "Half-typed action")
        path = dialog.draft.path
        assert path.exists()
        # The app dies here: the form never closes and nothing is saved.
        dialog.hide()
        dialog.deleteLater()
        window.close()
    assert path.exists()

    with open_store(council) as store:
        window = open_window(qtbot, store)
        dialog = quick_capture(qtbot, window)
        assert dialog.ui.restoredNote.isVisible()
        assert dialog.ui.toImproveEdit.toPlainText() == "Budget line for Cabinet 🙂"
        assert dialog.ui.actionTitleEdit.text() == "Half-typed action"
        chosen = [dialog.people_model.choice(i) for i in dialog.people_model.ticked()]
        assert [c.label for c in chosen if c] == ["Priya Shah"]
        # Esc closes but keeps the draft for next time.
        qtbot.keyClick(dialog.ui.goingWellEdit, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        assert path.exists()
        dialog = quick_capture(qtbot, window)
        assert dialog.ui.toImproveEdit.toPlainText() == "Budget line for Cabinet 🙂"
        qtbot.mouseClick(
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Discard),
            Qt.MouseButton.LeftButton,
        )
        assert not dialog.isVisible()
        assert not path.exists()
        assert engagement_store.list_engagements(store) == []
        dialog = quick_capture(qtbot, window)
        assert not dialog.ui.restoredNote.isVisible()
        assert dialog.ui.toImproveEdit.toPlainText() == ""
        dialog.reject()
        window.close()


def test_bad_input_is_explained_and_kept(qtbot: QtBot, council: DataPaths) -> None:
    """A wrong time is refused with a sentence, the cursor goes to it, nothing is lost."""
    with open_store(council) as store:
        window = open_window(qtbot, store)
        dialog = quick_capture(qtbot, window)
        qtbot.keyClicks(dialog.ui.teamFilter, "reablement")
        enter(qtbot, dialog.ui.teamFilter)
        qtbot.keyClicks(dialog.ui.timeEdit, "25:00")
        enter(qtbot, dialog.ui.timeEdit)
        assert dialog.isVisible()
        assert dialog.ui.errorText.isVisible()
        assert (
            dialog.ui.errorText.text()
            == "'25:00' is not a time; write it as 10:30, or leave it blank."
        )
        assert dialog.focusWidget() is dialog.ui.timeEdit
        assert dialog.ui.timeEdit.property("invalid") is True
        assert engagement_store.list_engagements(store) == []
        dialog.ui.timeEdit.clear()
        with qtbot.waitSignal(window.bus.changed):
            enter(qtbot, dialog.ui.timeEdit)
        assert not dialog.isVisible()
        assert len(engagement_store.list_engagements(store)) == 1
        window.close()


def test_future_visit_is_saved_as_planned(qtbot: QtBot, council: DataPaths) -> None:
    """A date to come is allowed: the form says it is planned, and it is not yet contact."""
    with open_store(council) as store:
        window = open_window(qtbot, store)
        dialog = quick_capture(qtbot, window)
        dialog.ui.dateEdit.setDate(QDate(2026, 12, 9))
        assert dialog.ui.plannedNote.isVisible()
        assert "Planned: 9 Dec 2026 is still to come" in dialog.ui.plannedNote.text()
        qtbot.keyClicks(dialog.ui.peopleFilter, "priya")
        enter(qtbot, dialog.ui.peopleFilter)
        with qtbot.waitSignal(window.bus.changed):
            enter(qtbot, dialog.ui.peopleFilter)
        window.show_page(window._pages.index(window.visits))
        assert window.visits.proxy.index(0, EngagementTableModel.KIND).data() == "Visit (planned)"
        priya = next(
            p for p in stakeholder_store.list_stakeholders(store, TODAY) if p.name == "Priya Shah"
        )
        window.open_stakeholder(priya.id)
        person = window.stakeholders.current()
        assert person is not None
        assert person.name == "Priya Shah"
        assert person.last_contact is None
        assert person.next_planned == dt.date(2026, 12, 9)
        assert "Booked: 9 Dec 2026" in window.stakeholders.ui.personFacts.text()
        window.close()


def test_log_a_visit_to_a_team_not_yet_visited_from_the_dashboard(
    qtbot: QtBot, council: DataPaths
) -> None:
    """Enter on a team in "Teams not yet visited" opens quick capture with it ticked."""
    with open_store(council) as store:
        window = open_window(qtbot, store)
        listed = window.dashboard.not_visited
        assert [listed.index(r).data() for r in range(listed.rowCount())] == [
            "Hospital Discharge Team",
            "Reablement South",
        ]
        view = window.dashboard.ui.notVisitedList
        view.setCurrentIndex(listed.index(1))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        dialog = window.visit_dialog
        assert isinstance(dialog, VisitDialog)
        assert dialog.isVisible()
        ticked = [dialog.team_model.choice(i) for i in dialog.team_model.ticked()]
        assert [c.label for c in ticked if c] == ["Reablement South"]
        with qtbot.waitSignal(window.bus.changed):
            enter(qtbot, dialog.ui.staffEdit)
        assert [listed.index(r).data() for r in range(listed.rowCount())] == [
            "Hospital Discharge Team"
        ]
        assert window.dashboard.ui.visitsCount.text() == "1"
        proxy = window.visits.proxy
        window.show_page(window._pages.index(window.visits))
        assert proxy.index(0, 0).data(RowRole).teams[0].name == "Reablement South"
        window.close()
