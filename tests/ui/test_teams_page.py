"""The Teams page driven as a director would: keys, typing, buttons, and reopening the data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from dass_desktop.domain import plan_store, plan_terms, team_gap_store, team_store
from dass_desktop.domain.profile import DirectorProfile, load_profile, save_profile
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import (
    GapStatus,
    Mitigation,
    Role,
    ServiceArea,
    Severity,
    TeamDraft,
)
from dass_desktop.paths import DataPaths
from dass_desktop.store import Store, open_store
from dass_desktop.ui.team_dialogs import TeamDialog, TeamGapDialog, TeamNoteDialog
from tests.conftest import TODAY
from tests.ui.teams_support import CTRL, choose, open_teams, team_names, two_teams


@pytest.fixture
def director(data_paths: DataPaths) -> DataPaths:
    """A data folder whose director has set up their profile."""
    with open_store(data_paths) as store:
        save_profile(
            store,
            DirectorProfile(
                director_name="Sam Taylor",
                council_name="Leeds",
                council_code="E08000035",
                region="Yorkshire and The Humber",
                start_date=dt.date(2026, 9, 7),
            ),
            TODAY,
        )
    return data_paths


def test_teams_page_follows_the_plan(qtbot: QtBot, store: Store) -> None:
    """The sidebar lists Teams after the dashboard and the plan; an empty register says so."""
    window, page = open_teams(qtbot, store)
    titles = [window.ui.navigation.model().index(r, 0).data() for r in range(3)]
    assert titles == ["Dashboard", "Plan", "Teams"]
    assert page.ui.detailEmpty.isVisible()
    assert page.ui.summaryLine.text().startswith("0 teams")
    assert not page.ui.editTeamButton.isEnabled()


def test_create_team_strength_gap_plan_action_and_reopen(qtbot: QtBot, director: DataPaths) -> None:
    """Create a team, a strength and a gap, put the gap in the plan, and find it all again."""
    with open_store(director) as store:
        window, page = open_teams(qtbot, store)

        # A new team, from the keyboard; a bad in-post figure is refused and kept.
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, CTRL)
        dialog = page.team_dialog
        assert isinstance(dialog, TeamDialog)
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.ui.nameEdit, "Hospital Discharge Team")
        choose(dialog.ui.areaCombo, ServiceArea.HOSPITAL_DISCHARGE.value)
        qtbot.keyClicks(dialog.ui.managerEdit, "Dana Okafor")
        qtbot.keyClicks(dialog.ui.baseEdit, "Royal Northmoor Infirmary")
        qtbot.keyClicks(dialog.ui.establishmentEdit, "18")
        qtbot.keyClicks(dialog.ui.inPostEdit, "40")
        qtbot.keyClicks(dialog.ui.agencyEdit, "3")
        qtbot.keyClick(dialog.ui.agencyEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.ui.errorText.text().startswith("Staff in post cannot be more than 19.8 FTE")
        assert dialog.focusWidget() is dialog.ui.inPostEdit
        assert dialog.ui.inPostEdit.text() == "40"
        assert dialog.ui.nameEdit.text() == "Hospital Discharge Team"
        assert team_store.list_teams(store) == []
        dialog.ui.inPostEdit.selectAll()
        qtbot.keyClicks(dialog.ui.inPostEdit, "13.5")
        assert dialog.ui.rateValue.text() == "25.0% (4.5 of 18.0 FTE)"
        with qtbot.waitSignal(window.bus.changed):
            qtbot.keyClick(dialog.ui.inPostEdit, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        team = page.current_team()
        assert team is not None
        assert team.name == "Hospital Discharge Team"
        assert page.ui.teamName.text() == "Hospital Discharge Team"
        assert "25.0%" in page.ui.teamFigures.text()

        # A strength, saved with Ctrl+Enter from the text box.
        qtbot.mouseClick(page.ui.addStrengthButton, Qt.MouseButton.LeftButton)
        note = page.note_dialog
        assert isinstance(note, TeamNoteDialog)
        qtbot.keyClicks(note.ui.textEdit, "Daily huddle with ward managers works well")
        note.ui.sourceCombo.setCurrentText("Visit")
        qtbot.waitUntil(lambda: QApplication.activeWindow() is note)
        with qtbot.waitSignal(window.bus.changed):
            qtbot.keyClick(note.ui.textEdit, Qt.Key.Key_Return, CTRL)
        assert not note.isVisible()
        assert page.ui.detailTabs.tabText(0) == "Strengths (1)"
        assert page.strengths_model.rows()[0].noted_on == TODAY

        # A gap, then into the plan in one step.
        page.ui.detailTabs.setCurrentWidget(page.ui.gapsTab)
        qtbot.mouseClick(page.ui.addGapButton, Qt.MouseButton.LeftButton)
        gap_dialog = page.gap_dialog
        assert isinstance(gap_dialog, TeamGapDialog)
        choose(gap_dialog.ui.roleCombo, Role.SOCIAL_WORKER.value)
        qtbot.keyClicks(gap_dialog.ui.fteEdit, "3")
        choose(gap_dialog.ui.severityCombo, Severity.HIGH.value)
        choose(gap_dialog.ui.mitigationCombo, Mitigation.AGENCY_COVER.value)
        qtbot.keyClicks(gap_dialog.ui.ownerEdit, "Dana Okafor")
        gap_dialog.ui.targetEdit.setDate(gap_dialog.ui.targetEdit.date().addDays(-60))
        with qtbot.waitSignal(window.bus.changed):
            qtbot.keyClick(gap_dialog.ui.ownerEdit, Qt.Key.Key_Return)
        gap = page.current_gap()
        assert gap is not None
        assert gap.size == "3.0 FTE"
        assert not gap.in_plan
        assert page.ui.gapToPlanButton.isEnabled()
        assert page.ui.detailTabs.tabText(2) == "Gaps (1 open)"
        with qtbot.waitSignal(window.bus.changed):
            qtbot.mouseClick(page.ui.gapToPlanButton, Qt.MouseButton.LeftButton)
        assert page.ui.gapToPlanButton.text() == "Open in &plan"
        assert "In your plan" in page.ui.gapDetail.text()
        assert page.current_gap() is not None
        assert page.current_gap().in_plan  # type: ignore[union-attr]

        # Find it in the plan.
        start = dt.date(2026, 9, 7)
        actions = [r for r in plan_store.list_items(store, start) if r.source == f"gap:{gap.id}"]
        assert len(actions) == 1
        action = actions[0]
        assert action.title == "Close the social worker gap in Hospital Discharge Team (3.0 FTE)"
        assert action.owner == "Dana Okafor"
        assert action.due == TODAY + dt.timedelta(days=30)
        assert action.theme_title == "Actions arising"
        window.close()

    # Reopen: the team, its strength, its gap and the link to the plan are all there.
    with open_store(director) as store:
        window, page = open_teams(qtbot, store)
        assert team_names(page) == ["Hospital Discharge Team"]
        reopened = page.current_team()
        assert reopened is not None
        assert (reopened.establishment, reopened.in_post, reopened.agency) == (18.0, 13.5, 3.0)
        assert reopened.manager == "Dana Okafor"
        assert [n.text for n in page.strengths_model.rows()] == [
            "Daily huddle with ward managers works well"
        ]
        (saved_gap,) = page.gap_model.rows()
        assert saved_gap.role is Role.SOCIAL_WORKER
        assert saved_gap.severity is Severity.HIGH
        assert saved_gap.plan_item_id == action.id
        assert saved_gap.plan_status is plan_terms.Status.NOT_STARTED
        page.ui.detailTabs.setCurrentWidget(page.ui.gapsTab)
        # The button now opens the gap's action in the plan, and makes no second action.
        qtbot.mouseClick(page.ui.gapToPlanButton, Qt.MouseButton.LeftButton)
        assert window.current_page() is window.plan_page
        assert window.plan_page.selected_item_id() == action.id
        assert [r.source for r in plan_store.list_items(store, start)].count(f"gap:{gap.id}") == 1
        window.close()


def test_bad_figure_names_the_field_and_keeps_the_text(qtbot: QtBot, store: Store) -> None:
    """'twelve' in establishment is refused beside the form; nothing typed is lost."""
    _, page = open_teams(qtbot, store)
    page.new_team()
    dialog = page.team_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.nameEdit, "Reablement South")
    qtbot.keyClicks(dialog.ui.establishmentEdit, "twelve")
    qtbot.keyClicks(dialog.ui.vacanciesEdit, "-2")
    assert dialog.ui.rateValue.text() == "—"
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == (
        "Establishment must be a number of full-time equivalents, such as 12.5."
    )
    assert dialog.focusWidget() is dialog.ui.establishmentEdit
    assert dialog.ui.establishmentEdit.property("invalid") is True
    dialog.ui.establishmentEdit.setText("12")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorText.text() == "Vacancies cannot be negative."
    assert dialog.focusWidget() is dialog.ui.vacanciesEdit
    assert dialog.ui.vacanciesEdit.text() == "-2"
    assert dialog.ui.establishmentEdit.property("invalid") is False
    dialog.reject()
    assert team_store.list_teams(store) == []


def test_a_gap_needs_a_figure_or_a_description(qtbot: QtBot, store_with_profile: Store) -> None:
    """Saving an empty gap says what is missing and keeps the dialog open."""
    team_store.add_team(
        store_with_profile, TeamDraft("OT Service", ServiceArea.OCCUPATIONAL_THERAPY)
    )
    _, page = open_teams(qtbot, store_with_profile)
    page.new_gap()
    dialog = page.gap_dialog
    assert dialog is not None
    dialog.ui.targetCheck.setChecked(False)
    qtbot.keyClick(dialog.ui.ownerEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == "Give the gap in FTE, or describe it, or both."
    assert dialog.focusWidget() is dialog.ui.fteEdit
    qtbot.keyClicks(dialog.ui.descriptionEdit, "No OT cover for weekend discharges")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (gap,) = team_gap_store.list_gaps(store_with_profile)
    assert gap.target_date is None
    assert gap.size == "No OT cover for weekend discharges"


def test_search_and_service_area_filter(qtbot: QtBot, store: Store) -> None:
    """Ctrl+F goes to the search box; words and the service area narrow the register."""
    two_teams(store)
    _, page = open_teams(qtbot, store)
    qtbot.keyClick(page.ui.teamTable, Qt.Key.Key_F, CTRL)
    assert page.ui.searchEdit.hasFocus()
    qtbot.keyClicks(page.ui.searchEdit, "brackley")
    assert team_names(page) == ["Reablement North"]
    assert page.ui.countLine.text().startswith("Showing 1 of 2 teams")
    assert page.current_team() is not None
    page.ui.searchEdit.clear()
    choose(page.ui.areaCombo, ServiceArea.SAFEGUARDING.value)
    assert team_names(page) == ["Adult Safeguarding Hub"]
    choose(page.ui.areaCombo, ServiceArea.MENTAL_HEALTH.value)
    assert team_names(page) == []
    assert page.ui.detailEmpty.isVisible()


def test_register_sorts_by_vacancy_rate(qtbot: QtBot, store: Store) -> None:
    """Sorting by rate puts the highest first and a team with no establishment last."""
    two_teams(store)
    team_store.add_team(store, TeamDraft("New Digital Team", ServiceArea.OTHER))
    _, page = open_teams(qtbot, store)
    page.ui.teamTable.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert team_names(page) == ["Reablement North", "Adult Safeguarding Hub", "New Digital Team"]
    rates = [page.team_filter.index(r, 5).data() for r in range(3)]
    assert rates == ["16.3%", "9.1%", "n/a"]


def test_department_tab_adds_up_and_draws_both_charts(
    qtbot: QtBot, store_with_profile: Store
) -> None:
    """The roll-up shows totals and the weighted rate; both charts draw when shown."""
    first, second = two_teams(store_with_profile)
    team_store.add_team(store_with_profile, TeamDraft("New Digital Team", ServiceArea.OTHER))
    team_gap_store.add_gap(
        store_with_profile,
        second,
        GapDraft(role=Role.REABLEMENT_WORKER, gap_fte=6, severity="high"),
    )
    team_gap_store.add_gap(
        store_with_profile, first, GapDraft(role=Role.SOCIAL_WORKER, gap_fte=1, status="closed")
    )
    _, page = open_teams(qtbot, store_with_profile)
    qtbot.keyClick(page.ui.teamTable, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.ui.tabs.currentWidget() is page.ui.departmentTab
    assert page.ui.teamsCount.text() == "3 (1 with no establishment yet)"
    assert page.ui.establishmentTotal.text() == "57.0 FTE"
    assert page.ui.vacanciesTotal.text() == "8.5 FTE"
    assert page.ui.vacancyRateTotal.text() == "14.9%"
    assert page.ui.openGapsTotal.text() == "1 (6.0 FTE given)"
    tally = page.department.tally_model
    assert [tally.index(r, 0).data() for r in range(tally.rowCount())] == [
        "Reablement worker",
        "All roles",
    ]
    qtbot.waitUntil(lambda: page.department.vacancy_chart.figure is not None)
    page.ui.chartTabs.setCurrentWidget(page.ui.gapsChartTab)
    qtbot.waitUntil(lambda: page.department.gaps_chart.figure is not None)
    assert page.department.gaps_chart.save_button.isEnabled()


def test_plan_changes_elsewhere_show_on_the_gap(qtbot: QtBot, store_with_profile: Store) -> None:
    """When the plan action is marked done elsewhere, the gap shows it once told."""
    first, _ = two_teams(store_with_profile)
    gap_id, _ = team_gap_store.add_gap(
        store_with_profile, first, GapDraft(role=Role.AMHP, gap_fte=1, status=GapStatus.OPEN)
    )
    profile = load_profile(store_with_profile)
    assert profile is not None
    item_id, _ = team_gap_store.gap_to_action(store_with_profile, gap_id, profile.start_date)
    window, page = open_teams(qtbot, store_with_profile)
    page.select_team(first)
    assert "(not started" in page.ui.gapDetail.text()
    window.bus.publish(
        plan_store.update_item(store_with_profile, item_id, TODAY, status=plan_terms.Status.DONE)
    )
    assert "(done" in page.ui.gapDetail.text()


def test_empty_register_says_how_to_start(qtbot: QtBot, store: Store) -> None:
    """With no teams, the detail pane explains how to add the first one."""
    _, page = open_teams(qtbot, store)
    assert "No teams yet" in page.ui.detailEmpty.text()
    assert "Ctrl+N" in page.ui.detailEmpty.text()


def test_changes_made_while_hidden_show_when_the_page_returns(qtbot: QtBot, store: Store) -> None:
    """A team added while another page is on show is listed on coming back to Teams."""
    window, page = open_teams(qtbot, store)
    window.show_page(0)
    _, changes = team_store.add_team(store, TeamDraft("Reablement South", ServiceArea.REABLEMENT))
    window.bus.publish(changes)
    assert team_names(page) == []  # hidden pages wait until they are shown
    window.show_page(2)
    assert team_names(page) == ["Reablement South"]
    assert page.ui.teamName.text() == "Reablement South"
