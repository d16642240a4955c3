"""The One-to-ones page: a new meeting takes the proposed agenda; decisions and commitments
recorded against it are there after reopening.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from dass_desktop.domain import meeting_store
from dass_desktop.domain.meeting_terms import Direction, ProposedPoint
from dass_desktop.paths import DataPaths
from dass_desktop.store import open_store
from tests.ui.test_first_run import make_window


def test_create_meeting_accept_agenda_record_and_reopen(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    """Create a meeting, get the carried point proposed, record a decision and a commitment,
    remove a point and undo it, then reopen and find them all.
    """
    with open_store(data_paths) as store:
        first, _ = meeting_store.add_meeting(store, dt.date(2026, 10, 1))
        meeting_store.add_points(store, first, [ProposedPoint("Budget recovery plan", "")])
        window = make_window(qtbot, store)
        page = window.one_to_ones
        window.show_widget(page)
        page.new_date.setDate(QDate(2026, 12, 3))
        page.new_button.click()
        meeting = page.current_meeting()
        assert meeting is not None
        assert meeting.held_on == dt.date(2026, 12, 3)
        labels = [page.agenda.item(r).text() for r in range(page.agenda.count())]
        assert labels == ["Budget recovery plan (carried forward once)"]
        page.decision_edit.setText("Agency cap agreed")
        page.decision_edit.returnPressed.emit()
        page.whose.setCurrentIndex(page.whose.findData(Direction.THEIRS))
        page.commitment_edit.setText("Brief the leader")
        page.add_commitment_button.click()
        assert page.decisions.item(0).text() == "Agency cap agreed"
        assert page.commitments.item(0).text().startswith("Theirs: Brief the leader")
        page.agenda.setCurrentRow(0)
        page.remove_button.click()
        assert page.agenda.count() == 0
        window.undo_stack.undo()
        assert page.agenda.count() == 1
        assert page.next_label.text().startswith("Next: Chief executive, 3 Dec 2026")
        window.dashboard.refresh()
        line = window.dashboard.next_meeting_line.text()
        assert line.startswith("Next one-to-one: chief executive, 3 Dec 2026")
        assert "1 point on the agenda" in line
        window.close()
    with open_store(data_paths) as store:
        found = meeting_store.get_meeting(store, meeting.id)
        assert found is not None
        assert [d.text for d in found.decisions] == ["Agency cap agreed"]
        assert [(c.direction, c.text) for c in found.commitments] == [
            (Direction.THEIRS, "Brief the leader")
        ]
        assert [p.label for p in found.agenda] == ["Budget recovery plan (carried forward once)"]
