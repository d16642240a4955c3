"""The One-to-ones page: a new meeting takes the proposed agenda; decisions and commitments
recorded against it are there after reopening; every change is one step on the one undo
stack; the ledger and register editors work and keep their history and links.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from dass_desktop.domain import ledger_store, meeting_store, register_store, team_store
from dass_desktop.domain.meeting_terms import (
    CONVERSATION_PROMPTS,
    Direction,
    ExpectationStatus,
    ProposedPoint,
)
from dass_desktop.domain.register_terms import Category, LinkKind, Trend
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.paths import DataPaths
from dass_desktop.store import Store, open_store
from dass_desktop.ui.main_window import MainWindow
from dass_desktop.ui.one_to_ones_dialogs import FormDialog
from dass_desktop.ui.one_to_ones_ledger import ExpectationDialog
from dass_desktop.ui.one_to_ones_page import OneToOnesPage
from dass_desktop.ui.one_to_ones_register_dialogs import EntryDialog, LinkDialog, ReviewDialog
from tests.ui.test_first_run import make_window


def _page(qtbot: QtBot, store: Store) -> tuple[MainWindow, OneToOnesPage]:
    window = make_window(qtbot, store)
    page = window.one_to_ones
    window.show_widget(page)
    return window, page


def _labels(page: OneToOnesPage) -> list[str]:
    return [p.label for p in page.detail.agenda_model.rows()]


def test_create_meeting_accept_agenda_record_and_reopen(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    """Create a meeting, get the carried point proposed, record a decision and a commitment,
    tick, remove and undo, then reopen and find them all.
    """
    with open_store(data_paths) as store:
        first, _ = meeting_store.add_meeting(store, dt.date(2026, 10, 1))
        meeting_store.add_points(store, first, [ProposedPoint("Budget recovery plan", "")])
        window, page = _page(qtbot, store)
        page.new_date.setDate(QDate(2026, 12, 3))
        page.new_button.click()
        meeting = page.current_meeting()
        assert meeting is not None
        assert meeting.held_on == dt.date(2026, 12, 3)
        assert _labels(page) == ["Budget recovery plan (carried forward once)"]
        detail = page.detail
        qtbot.keyClicks(detail.decision_edit, "Agency cap agreed")
        qtbot.keyClick(detail.decision_edit, Qt.Key.Key_Return)
        detail.whose.setCurrentIndex(detail.whose.findData(Direction.THEIRS))
        qtbot.keyClicks(detail.commitment_edit, "Brief the leader")
        detail.add_commitment_button.click()
        assert [d.text for d in detail.decision_model.rows()] == ["Agency cap agreed"]
        assert [(c.direction, c.text) for c in detail.commitment_model.rows()] == [
            (Direction.THEIRS, "Brief the leader")
        ]
        qtbot.keyClicks(detail.point_edit, "Winter plan")
        qtbot.keyClick(detail.point_edit, Qt.Key.Key_Return)
        assert _labels(page)[-1] == "Winter plan"
        detail.move_point(-1)
        assert _labels(page)[0] == "Winter plan"
        detail.agenda.setFocus()
        detail.agenda.setCurrentIndex(detail.agenda_model.index(1, 0))
        qtbot.keyClick(detail.agenda, Qt.Key.Key_Space)  # ticks the point's box
        assert detail.agenda_model.rows()[1].covered
        detail.choose_point(detail.agenda_model.rows()[0].id)
        detail.remove_button.click()
        assert _labels(page) == ["Budget recovery plan (carried forward once)"]
        window.undo_stack.undo()  # the removal
        assert _labels(page) == ["Winter plan", "Budget recovery plan (carried forward once)"]
        window.undo_stack.undo()  # the tick
        assert not detail.agenda_model.rows()[1].covered
        window.undo_stack.redo()
        assert page.next_label.text().startswith("Next one-to-one: chief executive, 3 Dec 2026")
        window.dashboard.refresh()
        line = window.dashboard.next_meeting_line.text()
        assert line.startswith("Next one-to-one: chief executive, 3 Dec 2026")
        assert "2 points on the agenda" in line
        window.close()
    with open_store(data_paths) as store:
        found = meeting_store.get_meeting(store, meeting.id)
        assert found is not None
        assert [d.text for d in found.decisions] == ["Agency cap agreed"]
        assert [(c.direction, c.text) for c in found.commitments] == [
            (Direction.THEIRS, "Brief the leader")
        ]
        assert [(p.label, p.covered) for p in found.agenda] == [
            ("Winter plan", False),
            ("Budget recovery plan (carried forward once)", True),
        ]
        window, page = _page(qtbot, store)
        page.select_meeting(meeting.id)
        assert [d.text for d in page.detail.decision_model.rows()] == ["Agency cap agreed"]
        assert page.detail.commitment_model.rows()[0].text == "Brief the leader"
        window.close()


def test_arranging_and_recording_undo_step_by_step(qtbot: QtBot, store: Store) -> None:
    """Each recording is one undo step; undoing the new meeting takes it away whole."""
    window, page = _page(qtbot, store)
    page.new_date.setDate(QDate(2026, 12, 3))
    page.new_button.click()
    detail = page.detail
    qtbot.keyClicks(detail.decision_edit, "Agency cap agreed")
    qtbot.keyClick(detail.decision_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(detail.commitment_edit, "Send the market plan")
    qtbot.keyClick(detail.commitment_edit, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 3
    window.undo_stack.undo()
    assert detail.commitment_model.rowCount() == 0
    window.undo_stack.redo()
    assert [c.text for c in detail.commitment_model.rows()] == ["Send the market plan"]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert detail.decision_model.rowCount() == 0
    window.undo_stack.undo()
    assert meeting_store.list_meetings(store) == []
    assert page.meeting_model.rowCount() == 0
    window.undo_stack.redo()
    assert [m.held_on for m in meeting_store.list_meetings(store)] == [dt.date(2026, 12, 3)]


def _save(qtbot: QtBot, dialog: FormDialog | None) -> None:
    assert dialog is not None
    assert dialog.isVisible()
    dialog.save()
    assert not dialog.isVisible(), dialog.error_label.text()


def test_ledger_editor_answers_what_was_agreed_in_october(qtbot: QtBot, store: Store) -> None:
    """Agree in October, change in November: on screen, a day in October shows October's
    version, today the new one, and the history lists both, dated; undo takes the change back.
    """
    window, page = _page(qtbot, store)
    ledger = page.ledger
    ledger.agree()
    dialog = ledger.dialog
    assert isinstance(dialog, ExpectationDialog)
    dialog.changed_on.setDate(QDate(2026, 10, 1))
    qtbot.keyClicks(dialog.success, "A balanced budget")
    qtbot.keyClicks(dialog.measure, "Outturn")
    _save(qtbot, dialog)
    ledger.change()
    dialog = ledger.dialog
    assert isinstance(dialog, ExpectationDialog)
    assert dialog.success.toPlainText() == "A balanced budget"
    dialog.changed_on.setDate(QDate(2026, 11, 5))
    dialog.success.setPlainText("Overspend held under £1m")
    dialog.status.setCurrentIndex(dialog.status.findData(ExpectationStatus.AT_RISK.value))
    _save(qtbot, dialog)
    shown = ledger.model.rows()[0].shown
    assert shown is not None
    assert shown.success == "Overspend held under £1m"
    assert [(v.changed_on, v.success) for v in ledger.history_model.rows()] == [
        (dt.date(2026, 10, 1), "A balanced budget"),
        (dt.date(2026, 11, 5), "Overspend held under £1m"),
    ]
    ledger.as_of.setDate(QDate(2026, 10, 31))
    shown = ledger.model.rows()[0].shown
    assert shown is not None
    assert shown.success == "A balanced budget"
    assert ledger.model.index(0, 0).data() == "A balanced budget"
    # A change dated before the last one is refused, in a sentence, and nothing is saved.
    ledger.change()
    dialog = ledger.dialog
    assert isinstance(dialog, ExpectationDialog)
    dialog.changed_on.setDate(QDate(2026, 10, 2))
    dialog.save()
    assert dialog.isVisible()
    assert "on or after 05/11/2026" in dialog.error_label.text()
    dialog.reject()
    window.undo_stack.undo()
    (row,) = ledger_store.list_expectations(store)
    assert [v.success for v in row.history] == ["A balanced budget"]
    ledger.delete_button.click()
    assert ledger_store.list_expectations(store) == []
    window.undo_stack.undo()
    assert len(ledger_store.list_expectations(store)) == 1


def test_register_editor_adds_reviews_links_and_keeps_links_through_undo(
    qtbot: QtBot, store: Store
) -> None:
    """An entry is added with its score and RAG in words, reviewed (trend rising), linked to a
    team; deleting and undoing either end keeps the link; each change undoes in one step.
    """
    team_id, _ = team_store.add_team(
        store, TeamDraft(name="Hospital Discharge", service_area=ServiceArea.HOSPITAL_DISCHARGE)
    )
    window, page = _page(qtbot, store)
    panel = page.register
    page.tabs.setCurrentWidget(panel)
    panel.new_entry()
    dialog = panel.dialog
    assert isinstance(dialog, EntryDialog)
    qtbot.keyClicks(dialog.title, "Discharge delays")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.HEALTH.value))
    dialog.likelihood.setValue(3)
    dialog.impact.setValue(4)
    assert dialog.score.text() == "Score 12 of 25: Amber"
    dialog.needs_decision.setChecked(True)
    _save(qtbot, dialog)
    entry = panel.list.current()
    assert entry is not None
    assert entry.title == "Discharge delays"
    assert "score 12, Amber" in panel.detail.text()
    panel.review_entry()
    review = panel.dialog
    assert isinstance(review, ReviewDialog)
    review.likelihood.setValue(4)
    _save(qtbot, review)
    entry = panel.list.current()
    assert entry is not None
    assert entry.trend is Trend.RISING
    assert entry.rag == "Red"
    panel.add_link()
    link = panel.dialog
    assert isinstance(link, LinkDialog)
    link.kind.setCurrentIndex(link.kind.findData(LinkKind.TEAM.value))
    assert link.target.currentText() == "Hospital Discharge"
    _save(qtbot, link)
    assert [lk.name for lk in panel.link_model.rows()] == ["Hospital Discharge"]
    panel.add_link()  # the same link again is refused, so no undo step could take it away
    again = panel.dialog
    assert isinstance(again, LinkDialog)
    again.kind.setCurrentIndex(again.kind.findData(LinkKind.TEAM.value))
    again.save()
    assert again.isVisible()
    assert again.error_label.text() == "The entry is linked to that already."
    again.reject()

    def linked() -> list[int]:
        return [e.id for e in register_store.entries_linked_to(store, LinkKind.TEAM, team_id)]

    window.teams.refresh()
    window.teams.select_team(team_id)
    window.teams.delete_team()
    assert linked() == []
    window.undo_stack.undo()
    assert linked() == [entry.id]
    panel.delete_button.click()
    assert register_store.list_entries(store) == []
    window.undo_stack.undo()
    assert linked() == [entry.id]
    panel.choose(entry.id)
    assert [lk.name for lk in panel.link_model.rows()] == ["Hospital Discharge"]
    window.undo_stack.undo()  # the link
    assert linked() == []
    window.undo_stack.undo()  # the review
    back = register_store.get_entry(store, entry.id)
    assert back is not None
    assert back.trend is Trend.NEW
    assert back.score == 12
    # A refused entry stays in its dialog and nothing is saved.
    panel.new_entry()
    dialog = panel.dialog
    assert isinstance(dialog, EntryDialog)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Give the entry a title."
    dialog.reject()
    assert len(register_store.list_entries(store)) == 1


def test_conversation_prompts_are_added_once_and_a_removed_one_stays_out(
    qtbot: QtBot, store: Store
) -> None:
    """Prompts adds the five conversation prompts in one undoable step; a prompt removed is
    not added again for that meeting.
    """
    window, page = _page(qtbot, store)
    page.new_date.setDate(QDate(2026, 12, 3))
    page.new_button.click()
    detail = page.detail
    before = len(_labels(page))
    detail.prompts_button.click()
    labels = _labels(page)
    assert labels[before:] == list(CONVERSATION_PROMPTS)
    detail.choose_point(detail.agenda_model.rows()[-1].id)
    detail.remove_button.click()
    detail.prompts_button.click()
    assert _labels(page)[before:] == list(CONVERSATION_PROMPTS[:-1])
    assert window.statusBar().currentMessage() == "The agenda has no prompts left to add."
    window.undo_stack.undo()  # the removal
    window.undo_stack.undo()  # the prompts
    assert len(_labels(page)) == before
