"""Table models of the Recognition and My development pages, over plain frozen rows.

The journal's model never shows a private entry's text or title unless the page has been
told to reveal private text (off when a page is made, so screenshots never carry it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from dass_desktop.domain.award_terms import CategoryRow, NominationRow
from dass_desktop.domain.development_terms import DevelopmentRow
from dass_desktop.domain.recognition_terms import RecognitionRow
from dass_desktop.domain.wellbeing_terms import PRIVATE_PLACEHOLDER, CheckInRow, JournalRow
from dass_desktop.ui.row_models import Column, RowRole, RowTableModel
from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex


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
    """The recognition log: date, who, what for, how shared."""

    columns = (
        Column("Date", lambda r: f"{r.given_on:%d/%m/%Y}", lambda r: r.given_on.toordinal()),
        Column("Who", lambda r: r.who),
        Column("What for", lambda r: _first_line(r.what_for)),
        Column("Theme", lambda r: r.theme),
        Column("How shared", lambda r: r.shared_how.label),
    )

    def tooltip(self, row: RecognitionRow) -> str | None:
        """The whole of what the thanks was for."""
        return row.what_for


class RecognitionFilter(WordFilterModel):
    """Shows the recognitions holding every word typed (who, what for, theme, how)."""

    def row_text(self, source_row: int, source_parent: _Index) -> str:
        """The text a recognition is searched by."""
        row: RecognitionRow = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return " ".join((row.who, row.what_for, row.theme, row.shared_how.label))


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
