"""The One-to-ones table models pass Qt's model checks on the demo council, and the agenda's
tick box reads and hands on "covered".
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from dass_desktop.demo import write_demo
from dass_desktop.domain import ledger_store, meeting_store, register_rules, register_store
from dass_desktop.domain.meeting_terms import PointRow
from dass_desktop.store import Store
from dass_desktop.ui.one_to_ones_models import (
    AgendaModel,
    CommitmentModel,
    DecisionModel,
    HistoryModel,
    LedgerLine,
    LedgerModel,
    LinkModel,
    MeetingTableModel,
    RegisterFilter,
    RegisterModel,
)
from tests.conftest import TODAY


def test_models_pass_qt_checks_on_the_demo(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Every model over the demo's meetings, ledger and register passes qtmodeltester."""
    write_demo(store, TODAY)
    meetings = meeting_store.list_meetings(store)
    ticked: list[tuple[PointRow, bool]] = []
    table = MeetingTableModel(lambda: TODAY)
    table.set_rows(meetings)
    qtmodeltester.check(table)
    assert table.index(len(meetings) - 1, 3).data() == "next"
    agenda = AgendaModel(lambda p, on: ticked.append((p, on)))
    agenda.set_rows(meetings[0].agenda)
    qtmodeltester.check(agenda)
    first = agenda.index(0, 0)
    assert agenda.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    state = first.data(Qt.ItemDataRole.CheckStateRole)
    assert state == (
        Qt.CheckState.Checked if meetings[0].agenda[0].covered else Qt.CheckState.Unchecked
    )
    assert agenda.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert ticked == [(meetings[0].agenda[0], True)]
    decisions = DecisionModel()
    decisions.set_rows(list(meetings[0].decisions))
    qtmodeltester.check(decisions)
    commitments = CommitmentModel(lambda: TODAY)
    commitments.set_rows(meeting_store.all_commitments(meetings))
    qtmodeltester.check(commitments)
    assert "Overdue" in [commitments.index(r, 3).data() for r in range(commitments.rowCount())]
    expectations = ledger_store.list_expectations(store)
    ledger = LedgerModel()
    ledger.set_rows([LedgerLine(e, e.as_of(TODAY)) for e in expectations])
    qtmodeltester.check(ledger)
    history = HistoryModel()
    history.set_rows(list(expectations[0].history))
    qtmodeltester.check(history)
    entries = register_rules.ordered(register_store.list_entries(store))
    register = RegisterModel()
    register.set_rows(entries)
    qtmodeltester.check(register)
    found = RegisterFilter()
    found.setSourceModel(register)
    found.set_search("decision needed")
    assert found.rowCount() == 2
    qtmodeltester.check(found)
    links = LinkModel()
    links.set_rows([lk for e in entries for lk in e.links])
    qtmodeltester.check(links)
