"""Table models of the One-to-ones page: meetings, agenda, decisions, commitments, ledger, risks.

Each holds frozen rows from the domain and declares its columns; the agenda's first column
carries a tick box for "covered", which hands the tick to the page (through the operation
runner) rather than changing anything itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dass_desktop.domain.meeting_terms import (
    CommitmentRow,
    CommitmentStatus,
    DecisionRow,
    ExpectationRow,
    ExpectationVersionRow,
    MeetingRow,
    PointRow,
)
from dass_desktop.domain.register_terms import EntryRow, Link
from dass_desktop.ui.row_models import Column, RowTableModel
from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex


def day(value: dt.date | None, none: str = "—") -> str:
    """A date as 03/12/2026, or ``none``."""
    return f"{value:%d/%m/%Y}" if value else none


def _day_key(value: dt.date | None) -> str:
    return value.isoformat() if value else "9999"


class _IdRows(RowTableModel[Any]):
    """Rows with an ``id``, findable by it."""

    def row_of(self, row_id: int) -> int:
        """The model row of ``row_id``, or -1."""
        return next((i for i, r in enumerate(self.rows()) if r.id == row_id), -1)


class MeetingTableModel(_IdRows):
    """Meetings, earliest first, each marked held or coming."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self.columns = (
            Column[MeetingRow]("Date", lambda m: day(m.held_on), lambda m: m.held_on),
            Column[MeetingRow]("With", lambda m: m.with_whom.label),
            Column[MeetingRow]("Points", lambda m: str(len(m.agenda)), numeric=True),
            Column[MeetingRow]("", lambda m: "next" if m.held_on >= self._today() else "held"),
        )

    def tooltip(self, row: MeetingRow) -> str | None:
        """The meeting's title and attendees."""
        return row.title + (f"\nWith {row.attendees}" if row.attendees else "")


class AgendaModel(_IdRows):
    """A meeting's agenda in order; the point's tick box says whether it was covered.

    Args:
        tick: Called with the point and the new state when its box is ticked or cleared.
    """

    def __init__(self, tick: Callable[[PointRow, bool], object], parent: Any = None) -> None:
        super().__init__(parent)
        self._tick = tick
        self.columns = (
            Column[PointRow]("Point", lambda p: p.label),
            Column[PointRow]("Notes", lambda p: " ".join(p.notes.split())),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Points are chosen whole; the first column can be ticked."""
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra(self, row: PointRow, column: int, role: int) -> Any:
        """The covered tick in the first column."""
        if column == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.covered else Qt.CheckState.Unchecked
        return None

    def tooltip(self, row: PointRow) -> str | None:
        """The whole point and its notes."""
        return row.label + (f"\n{row.notes}" if row.notes else "")

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand a tick to the page; the row changes when the page refreshes."""
        point = self.row_at(index.row()) if index.isValid() else None
        if point is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self._tick(point, state == Qt.CheckState.Checked)
        return True


class DecisionModel(_IdRows):
    """Decisions recorded at a meeting."""

    columns = (Column[DecisionRow]("Decision", lambda d: d.text),)

    def tooltip(self, row: DecisionRow) -> str | None:
        """The whole decision."""
        return row.text


def commitment_state(c: CommitmentRow, today: dt.date) -> str:
    """``Overdue``, ``Open``, ``Done`` or ``Dropped``."""
    if c.is_overdue(today):
        return "Overdue"
    return {
        CommitmentStatus.OPEN: "Open",
        CommitmentStatus.DONE: "Done",
        CommitmentStatus.DROPPED: "Dropped",
    }[c.status]


class CommitmentModel(_IdRows):
    """Commitments both ways, with their due date and whether they are overdue."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column[CommitmentRow]("Whose", lambda c: c.direction.label),
            Column[CommitmentRow]("Commitment", lambda c: c.text),
            Column[CommitmentRow]("Due", lambda c: day(c.due_on), lambda c: _day_key(c.due_on)),
            Column[CommitmentRow]("Status", lambda c: commitment_state(c, today())),
        )

    def tooltip(self, row: CommitmentRow) -> str | None:
        """The whole commitment and the meeting it was made at."""
        return f"{row.text}\nMade at the meeting of {day(row.made_on)}"


@dataclass(frozen=True)
class LedgerLine:
    """An expectation with the version in force on the day shown (None: not agreed yet)."""

    expectation: ExpectationRow
    shown: ExpectationVersionRow | None

    @property
    def id(self) -> int:
        """The expectation's id."""
        return self.expectation.id


def _shown(line: LedgerLine, read: Callable[[ExpectationVersionRow], str], none: str = "") -> str:
    return read(line.shown) if line.shown is not None else none


class LedgerModel(_IdRows):
    """The expectations as they stood on one day."""

    columns = (
        Column[LedgerLine](
            "What success looks like",
            lambda x: _shown(x, lambda v: v.success, "(not agreed yet on that day)"),
        ),
        Column[LedgerLine]("Measured by", lambda x: _shown(x, lambda v: v.measure)),
        Column[LedgerLine]("By when", lambda x: _shown(x, lambda v: day(v.by_when))),
        Column[LedgerLine]("Status", lambda x: _shown(x, lambda v: v.status.label)),
        Column[LedgerLine]("Since", lambda x: _shown(x, lambda v: day(v.changed_on))),
    )

    def tooltip(self, row: LedgerLine) -> str | None:
        """The whole expectation as shown."""
        return row.shown.success if row.shown else None


class HistoryModel(RowTableModel[ExpectationVersionRow]):
    """Every dated version of one expectation, oldest first."""

    columns = (
        Column[ExpectationVersionRow](
            "Changed on", lambda v: day(v.changed_on), lambda v: v.changed_on
        ),
        Column[ExpectationVersionRow]("What success looks like", lambda v: v.success),
        Column[ExpectationVersionRow]("Measured by", lambda v: v.measure),
        Column[ExpectationVersionRow]("By when", lambda v: day(v.by_when)),
        Column[ExpectationVersionRow]("Status", lambda v: v.status.label),
    )


def entry_flag(e: EntryRow) -> str:
    """``Decision needed``, ``Ask`` or nothing."""
    return "Decision needed" if e.needs_decision else ("Ask" if e.is_ask else "")


def entry_what(e: EntryRow) -> str:
    """The kind, with what it needs of the chief executive: ``Risk, decision needed``."""
    flag = entry_flag(e)
    if not flag or flag.split()[0].casefold() == e.kind.value:
        return e.kind.label
    return f"{e.kind.label}, {flag.lower()}"


class RegisterModel(_IdRows):
    """The register's entries with score, RAG as a word, trend and what they need."""

    columns = (
        Column[EntryRow]("Score", lambda e: str(e.score), lambda e: e.score, numeric=True),
        Column[EntryRow]("RAG", lambda e: e.rag),
        Column[EntryRow]("Title", lambda e: e.title),
        Column[EntryRow]("What", entry_what),
        Column[EntryRow]("Category", lambda e: e.category.label),
        Column[EntryRow]("Trend", lambda e: e.trend.value),
    )

    def tooltip(self, row: EntryRow) -> str | None:
        """The whole title, its owner and mitigation."""
        lines = [
            row.title,
            f"Owner: {row.owner or 'none yet'} · review: {day(row.review_on, 'no date')}",
        ]
        if row.mitigation:
            lines.append(f"Mitigation: {row.mitigation}")
        return "\n".join(lines)


class RegisterFilter(WordFilterModel):
    """Finds entries by every word typed in their title, category, kind, owner and needs."""

    def row_text(self, source_row: int, source_parent: _Index) -> str:
        """The words an entry is found by."""
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        e = model.row_at(source_row)
        if e is None:
            return ""
        return " ".join((e.title, e.category.label, e.kind.label, e.owner, e.rag, entry_flag(e)))


class LinkModel(RowTableModel[Link]):
    """What an entry is linked to."""

    columns = (
        Column[Link]("Linked to", lambda lk: lk.kind.value.replace("-", " ").capitalize()),
        Column[Link]("Name", lambda lk: lk.name),
    )
