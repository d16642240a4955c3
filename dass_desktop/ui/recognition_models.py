"""Table models of the Recognition and My development pages, over plain frozen rows.

The journal's model never shows a private entry's text or title unless the page has been
told to reveal private text (off when a page is made, so screenshots never carry it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt

from dass_desktop.domain import recognition_log
from dass_desktop.domain.award_terms import CategoryRow, NominationRow
from dass_desktop.domain.development_terms import DevelopmentRow
from dass_desktop.domain.recognition_terms import RecognitionRow
from dass_desktop.domain.wellbeing_terms import PRIVATE_PLACEHOLDER, CheckInRow, JournalRow
from dass_desktop.store import Store
from dass_desktop.ui.lazy_rows import LazyRowModel
from dass_desktop.ui.row_models import Column, RowTableModel, SortRole, SourceSortProxy


def _first_line(text: str, width: int = 90) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class _ById:
    """Finding a row by its id (for choosing it again after a refresh)."""

    def row_of(self, row_id: int) -> int:
        """The model row holding ``row_id``, or -1."""
        rows = self.rows()  # type: ignore[attr-defined]
        return next((i for i, r in enumerate(rows) if r.id == row_id), -1)


class RecognitionModel(LazyRowModel[RecognitionRow]):
    """The recognition log: date, who, what for, how shared; read a screenful at a time.

    A large council logs tens of thousands of recognitions. The model keeps their ids in
    the order shown and reads the rows the view shows, 200 at a time; it is searched and
    sorted in SQL (:mod:`~dass_desktop.domain.recognition_log`), giving the rows and the
    order that searching and sorting every row in Python gave.
    """

    columns = (
        Column("Date", lambda r: f"{r.given_on:%d/%m/%Y}", lambda r: r.given_on.toordinal()),
        Column("Who", lambda r: r.who),
        Column("What for", lambda r: _first_line(r.what_for)),
        Column("Theme", lambda r: r.theme),
        Column("How shared", lambda r: r.shared_how.label),
    )

    # For each column, the field it is sorted by, and its sort and shown values from that.
    _by_field: tuple[tuple[str, Callable[[Any], Any], Callable[[Any], str]], ...] = (
        ("given_on", lambda d: d.toordinal(), lambda d: f"{d:%d/%m/%Y}"),
        ("who", str, str),
        ("what_for", _first_line, _first_line),
        ("theme", str, str),
        ("shared_how", lambda w: w.label, lambda w: w.label),
    )

    def __init__(self, store: Store | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._named: dict[str, dict[int, str]] = {}
        self._make = recognition_log.row_maker(self._named)

    def _con(self) -> sqlite3.Connection | None:
        return None if self.store is None else self.store.quick()

    def reload(self) -> None:
        """Read the log again (names as they are now), keeping the search and the order."""
        con = self._con()
        self._named = {} if con is None else recognition_log.names(con)
        self._make = recognition_log.row_maker(self._named)
        super().reload()

    def read_ids(self) -> list[int]:
        """The recognitions not deleted, newest first."""
        con = self._con()
        return [] if con is None else recognition_log.log_ids(con)

    def read_rows(self, ids: Sequence[int]) -> Mapping[int, RecognitionRow]:
        """The recognitions ``ids``."""
        con = self._con()
        return {} if con is None else recognition_log.rows_of(con, ids, self._make)

    def read_sort_values(self, column: int, role: int) -> Mapping[int, Any]:
        """What the column's sort key (or shown text) is for every recognition."""
        con = self._con()
        if con is None:
            return {}
        field, sort, show = self._by_field[column]
        if role not in (SortRole, Qt.ItemDataRole.DisplayRole):
            rows = self.read_rows(self._everything)
            return {rid: self.value(row, column, role) for rid, row in rows.items()}
        make = sort if role == SortRole else show
        values = recognition_log.values_of(con, field, self._named)
        # A few hundred days, names and texts among tens of thousands of rows: each once.
        made = {value: make(value) for value in set(values.values())}
        return {rid: made[value] for rid, value in values.items()}

    def read_matching(self, words: Sequence[str]) -> set[int]:
        """The recognitions whose who, what for, theme and way hold every word."""
        con = self._con()
        return set() if con is None else recognition_log.matching_ids(con, words, self._named)

    def in_given_order(self, column: int, order: Qt.SortOrder, role: int) -> bool:
        """Newest first is the order the log is read in."""
        return column == 0 and order == Qt.SortOrder.DescendingOrder and role == SortRole

    def tooltip(self, row: RecognitionRow) -> str | None:
        """The whole of what the thanks was for."""
        return row.what_for


def search_text(row: RecognitionRow) -> str:
    """The case-folded text a recognition is searched by: who, what for, theme, how."""
    return " ".join((row.who, row.what_for, row.theme, row.shared_how.label)).casefold()


class RecognitionFilter(SourceSortProxy):
    """Between the recognition log and its table: sorting and searching by the model."""

    def set_search(self, text: str) -> None:
        """Show only the recognitions holding every word of ``text`` (see the model)."""
        source = self.sourceModel()
        if isinstance(source, RecognitionModel):
            source.set_search(text)


class NominationModel(_ById, RowTableModel[NominationRow]):
    """A round's nominations, category by category, winners marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._categories: dict[int, str] = {}
        self.columns = (
            Column("Category", lambda r: self._categories.get(r.category_id, "")),
            Column("Nominee", lambda r: r.nominee),
            Column("Nominated by", lambda r: r.nominated_by),
            Column("Why", lambda r: _first_line(r.reason)),
            Column("Winner", lambda r: "★ Winner" if r.is_winner else ""),
        )

    def set_categories(self, categories: tuple[CategoryRow, ...]) -> None:
        """Show the nominations of ``categories``."""
        self._categories = {c.id: c.name for c in categories}
        self.set_rows([n for c in categories for n in c.nominations])

    def tooltip(self, row: NominationRow) -> str | None:
        """The whole reason."""
        return row.reason


class DevelopmentModel(_ById, RowTableModel[DevelopmentRow]):
    """Development records: date, kind, what, themes, actions done."""

    columns = (
        Column("Date", lambda r: f"{r.held_on:%d/%m/%Y}", lambda r: r.held_on.toordinal()),
        Column("Kind", lambda r: r.kind.label),
        Column("What", lambda r: r.heading),
        Column("Themes", lambda r: _first_line(r.themes, 60)),
        Column(
            "Actions",
            lambda r: (
                f"{sum(a.done for a in r.actions)} of {len(r.actions)} done" if r.actions else ""
            ),
        ),
    )


class CheckInModel(_ById, RowTableModel[CheckInRow]):
    """Weekly check-ins, newest first."""

    columns = (
        Column("Week of", lambda r: f"{r.week_of:%d/%m/%Y}", lambda r: r.week_of.toordinal()),
        Column("Energy", lambda r: str(r.energy), lambda r: r.energy, numeric=True),
        Column("Workload", lambda r: str(r.workload), lambda r: r.workload, numeric=True),
        Column("One line", lambda r: r.line),
    )


class JournalModel(_ById, RowTableModel[JournalRow]):
    """Journal entries; private ones are shown as such until revealed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reveal = False
        self.columns = (
            Column(
                "Date", lambda r: f"{r.written_on:%d/%m/%Y}", lambda r: r.written_on.toordinal()
            ),
            Column("Entry", self.title_of),
            Column("Private", lambda r: "Private" if r.private else "Shared"),
        )

    def title_of(self, row: JournalRow) -> str:
        """The entry's title, or the placeholder for a private one while hidden."""
        if row.private and not self.reveal:
            return PRIVATE_PLACEHOLDER
        return row.title or _first_line(row.text, 60)

    def set_reveal(self, reveal: bool) -> None:
        """Show private titles (True) or the placeholder (False)."""
        self.reveal = reveal
        if self.rowCount():  # the same rows: keep the choice, redraw the titles
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
