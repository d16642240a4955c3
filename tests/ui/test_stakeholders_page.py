"""The Stakeholders page driven as a director would: keys, typing, filters, undo, the map."""

from __future__ import annotations

import datetime as dt

from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dass_desktop.demo import write_demo
from dass_desktop.domain import coverage, engagement_store, stakeholder_store
from dass_desktop.store import Store
from dass_desktop.ui.contacts_models import FLAG, StakeholderTableModel
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.stakeholder_dialog import StakeholderDialog
from dass_desktop.ui.stakeholders_page import StakeholdersPage
from tests.conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier


def open_page(qtbot: QtBot, store: Store) -> tuple[MainWindow, StakeholdersPage]:
    """The main window showing the Stakeholders page (Ctrl+4, after Teams)."""
    window = MainWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_4, CTRL)
    assert window.current_page() is window.stakeholders
    return window, window.stakeholders


def person_due(page: StakeholdersPage, person_id: int) -> dt.date | None:
    """When the page says contact with the person is next due."""
    person = page.model.rows()[page.model.row_of(person_id)]
    assert not person.is_overdue(TODAY)
    return person.next_due


def test_pages_sit_between_teams_and_workforce(qtbot: QtBot, store: Store) -> None:
    """The sidebar reads Dashboard, Plan, Teams, Stakeholders, Visits, Workforce, Briefing,
    One-to-ones, Practices, Recognition, My development.
    """
    window, page = open_page(qtbot, store)
    model = window.ui.navigation.model()
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == [
        "Dashboard",
        "Plan",
        "Teams",
        "Stakeholders",
        "Visits",
        "Workforce",
        "Briefing",
        "One-to-ones",
        "Practices",
        "Recognition",
        "My development",
    ]
    assert page.ui.detailEmpty.isVisible()
    assert "No contacts yet" in page.ui.detailEmpty.text()
    window.close()


def test_new_contact_with_wrong_details_is_flagged_not_dropped(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """A wrong e-mail and phone are flagged on leaving the field, without moving the fields
    below, saved as typed, and flagged after; the person is added on the app's day, so is
    not overdue at once though the director started weeks ago.
    """
    window, page = open_page(qtbot, store_with_profile)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, StakeholderDialog)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == "Give the person's name."
    qtbot.keyClicks(dialog.ui.nameEdit, "Lee Carter")
    qtbot.keyClicks(dialog.ui.roleEdit, "UNISON branch secretary")
    phone_at = dialog.ui.phoneEdit.y()
    qtbot.keyClicks(dialog.ui.emailEdit, "lee.carter.unison.org")
    assert not dialog.ui.emailFlag.isVisible()  # not while still typing
    dialog.ui.emailEdit.editingFinished.emit()  # what Qt says on leaving the field
    assert dialog.ui.emailFlag.isVisible()
    assert dialog.ui.phoneEdit.y() == phone_at
    assert "no @" in dialog.ui.emailFlag.text()
    assert "saved as typed" in dialog.ui.emailFlag.text()
    qtbot.keyClicks(dialog.ui.phoneEdit, "0161 CALL ME")
    dialog.ui.phoneEdit.editingFinished.emit()
    assert dialog.ui.phoneFlag.isVisible()
    dialog.ui.influenceSpin.setValue(2)
    dialog.ui.interestSpin.setValue(5)
    assert dialog.ui.quadrantLabel.text() == "→ Keep informed"
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (saved,) = stakeholder_store.list_stakeholders(store_with_profile, TODAY)
    assert saved.email == "lee.carter.unison.org"
    assert saved.phone == "0161 CALL ME"
    assert saved.added_on == TODAY
    assert person_due(page, saved.id) == saved.cadence.after(TODAY)
    person = page.current()
    assert person is not None
    assert person.id == saved.id
    row = page.proxy.index(0, StakeholderTableModel.FLAGS)
    assert row.data() == FLAG
    assert "no @" in page.ui.personFacts.text()
    assert "letters" in page.ui.personFacts.text()
    assert "1 with details to check" in page.ui.summaryLine.text()
    window.close()


def test_overdue_filter_sorting_delete_undo_and_history(qtbot: QtBot, store: Store) -> None:
    """On the demo: the most overdue come first; Overdue only; Delete then Ctrl+Z; history."""
    write_demo(store, TODAY)
    window, page = open_page(qtbot, store)
    rows = [page.proxy.index(r, 0).data(RowRole) for r in range(page.proxy.rowCount())]
    late = [r for r in rows if r.is_overdue(TODAY)]
    assert late, "overdue people come first"
    assert rows[: len(late)] == late, "overdue people come first"
    assert [r.next_due for r in late] == sorted(r.next_due for r in late)
    page.ui.overdueCheck.setChecked(True)
    assert page.proxy.rowCount() == len(coverage.overdue_contacts(rows, TODAY))
    page.ui.overdueCheck.setChecked(False)

    chief = next(r for r in rows if r.name == "Priya Shah")
    page.select_stakeholder(chief.id)
    assert page.ui.personName.text() == "Priya Shah"
    assert page.history.rowCount() == len(
        engagement_store.list_engagements(store, stakeholder_id=chief.id)
    )
    page.ui.table.setFocus()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert page.model.row_of(chief.id) == -1
    with qtbot.waitSignal(window.bus.changed):
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Z, CTRL)
    assert page.model.row_of(chief.id) >= 0
    assert page.current() is not None
    assert page.current().id == chief.id  # type: ignore[union-attr]

    # Enter on a visit in the history shows it in the log.
    page.ui.historyTable.setCurrentIndex(page.history.index(0, 0))
    qtbot.keyClick(page.ui.historyTable, Qt.Key.Key_Return)
    assert window.current_page() is window.visits
    shown = window.visits.current()
    assert shown is not None
    assert chief.id in [p.id for p in shown.people]
    window.close()


def test_influence_map_names_the_person_under_the_mouse(qtbot: QtBot, store: Store) -> None:
    """The map numbers everyone shown, the key names them; pointing at a number says who."""
    write_demo(store, TODAY)
    window, page = open_page(qtbot, store)
    page.ui.searchEdit.setText("cabinet member")
    page.ui.tabs.setCurrentWidget(page.ui.mapTab)
    figure = page.map_chart.figure
    assert figure is not None
    labels = [t for t in figure.axes[0].texts if (t.get_gid() or "").startswith("stakeholder")]
    assert sorted(t.get_text() for t in labels) == ["1", "2"]
    key = page.map.key
    lead_number = next(
        str(key.index(row).data()).split(".")[0]
        for row in range(key.rowCount())
        if "Cllr Joan Ashworth" in str(key.index(row).data())
    )
    lead = next(t for t in labels if t.get_text() == lead_number)
    figure.canvas.draw()
    x, y = lead.get_window_extent().get_points().mean(axis=0)
    event = MouseEvent("motion_notify_event", figure.canvas, x, y)
    said = page._who_is_at(event)
    assert said is not None
    assert said.startswith("Cllr Joan Ashworth\nCabinet Member for Adult")
    assert page._who_is_at(MouseEvent("motion_notify_event", figure.canvas, 1, 1)) is None
    window.close()


def test_log_a_visit_with_the_chosen_person(qtbot: QtBot, store: Store) -> None:
    """The "Log a visit with them" action opens quick capture with the person ticked."""
    write_demo(store, TODAY)
    window, page = open_page(qtbot, store)
    person = page.current()
    assert person is not None
    qtbot.mouseClick(page.ui.logVisitButton, Qt.MouseButton.LeftButton)
    dialog = window.visit_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.people_model.ticked() == (person.id,)
    dialog.discard()
    window.close()
