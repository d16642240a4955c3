"""Table models of the Recognition and My development pages, over plain frozen rows.

The journal's model never shows a private entry's text or title unless the page has been
told to reveal private text (off when a page is made, so screenshots never carry it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from dass_desktop.domain.award_terms import CategoryRow, NominationRow
from dass_desktop.domain.development_terms import DevelopmentRow
from dass_desktop.domain.recognition_terms import RecognitionRow, ShareWay
from dass_desktop.domain.wellbeing_terms import PRIVATE_PLACEHOLDER, CheckInRow, JournalRow
from dass_desktop.ui.row_models import Column, RowTableModel, SourceSortProxy


def _first_line(text: str, width: int = 90) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class _ById:
    """Finding a row by its id (for choosing it again after a refresh)."""

    def row_of(self, row_id: int) -> int:
        """The model row holding ``row_id``, or -1."""
        rows = self.rows()  # type: ignore[attr-defined]
        return next((i for i, r in enumerate(rows) if r.id == row_id), -1)


class RecognitionModel(_ById, RowTableModel[RecognitionRow]):
    """The recognition log: date, who, what for, how shared; searched here, not by a proxy.

    A large council logs tens of thousands of recognitions. A filter proxy asks Python
    about every row, twice, at each key typed (about 0.7 s for 52,000), so the model keeps
    every row and shows those holding every word typed, worked out in one pass over each
    row's search text (made once per refresh).
    """

    columns = (
        Column("Date", lambda r: f"{r.given_on:%d/%m/%Y}", lambda r: r.given_on.toordinal()),
        Column("Who", lambda r: r.who),
        Column("What for", lambda r: _first_line(r.what_for)),
        Column("Theme", lambda r: r.theme),
        Column("How shared", lambda r: r.shared_how.label),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._everything: list[RecognitionRow] = []  # every row, in the shown order
        self._words: list[str] = []
        self._texts: dict[int, str] = {}  # id: the case-folded text searched

    def set_rows(self, rows: Sequence[RecognitionRow]) -> None:
        """Replace every row, keeping the search and the order."""
        self.beginResetModel()
        self._texts = {}
        self._everything = self._in_order(list(rows))
        self._rows = self._matching(self._everything)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show only the rows holding every word of ``text`` (case-insensitive, any order)."""
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._rows = self._matching(self._everything)
        self.endResetModel()

    @property
    def words(self) -> list[str]:
        """The words searched for, case-folded."""
        return self._words

    def holds(self, row_id: int) -> bool:
        """Whether recognition ``row_id`` is in the log, shown or hidden by the search."""
        return any(r.id == row_id for r in self._everything)

    def total(self) -> int:
        """How many recognitions there are, shown or not."""
        return len(self._everything)

    def sort_rows(self, column: int, order: Qt.SortOrder, role: int) -> None:
        """Sort the rows shown (keeping the chosen one) and the hidden ones alike."""
        super().sort_rows(column, order, role)
        # A stable sort of the rows shown equals the shown part of the whole log sorted.
        self._everything = self._in_order(self._everything) if self._words else self._rows

    def _matching(self, rows: list[RecognitionRow]) -> list[RecognitionRow]:
        words = self._words
        if not words:
            return list(rows)
        texts = self._texts
        if not texts:
            # Rows saying the same share one text (the store reads each repeated text once).
            made: dict[tuple[str, str, str, ShareWay], str] = {}
            for r in self._everything:
                key = (r.who, r.what_for, r.theme, r.shared_how)
                text = made.get(key)
                if text is None:
                    text = made[key] = search_text(r)
                texts[r.id] = text
        return [r for r in rows if all(word in texts[r.id] for word in words)]

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
