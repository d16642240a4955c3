"""Item models of the Stakeholders and Visits pages, over frozen rows from the domain.

Every model is read-only and holds plain rows; the pages swap rows in after each change.
Dates sort as dates (by ordinal), planned visits are marked in words as well as in italics,
and overdue contact is written out ("3 weeks overdue") and coloured, never colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from dass_desktop.domain.contact_terms import Category, EngagementKind
from dass_desktop.domain.coverage import CoverageStatus, TeamCoverage, ThemeCount, describe_due
from dass_desktop.domain.dates import long_date, short_date
from dass_desktop.domain.engagement_terms import EngagementRow
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.ui import theme
from dass_desktop.ui.row_models import Column, RowRole, RowTableModel, SortRole
from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex
FLAG = "⚠"
_NEVER = -1  # sorts a missing date before every real one


def _ordinal(day: dt.date | None, missing: int = _NEVER) -> int:
    return day.toordinal() if day is not None else missing


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# --- stakeholders ------------------------------------------------------------------------
class StakeholderTableModel(RowTableModel[StakeholderRow]):
    """People: role, category, cadence, last contact and when contact is next due."""

    NAME, ROLE, CATEGORY, CADENCE, LAST, DUE, SCORES, FLAGS = range(8)

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self.columns = (
            Column[StakeholderRow]("Name", lambda p: p.name, lambda p: p.name.casefold()),
            Column[StakeholderRow]("Role", lambda p: p.role_line, lambda p: p.role_line.casefold()),
            Column[StakeholderRow]("Category", lambda p: p.category.label),
            Column[StakeholderRow]("Keep in touch", lambda p: p.cadence.label),
            Column[StakeholderRow](
                "Last contact",
                lambda p: short_date(p.last_contact) if p.last_contact else "Not met yet",
                lambda p: _ordinal(p.last_contact),
            ),
            Column[StakeholderRow](
                "Next due",
                lambda p: describe_due(p, self._today()),
                # Most overdue first when sorted ascending; no due date last.
                lambda p: _ordinal(p.next_due, missing=dt.date.max.toordinal()),
            ),
            Column[StakeholderRow](
                "Inf./Int.",
                lambda p: f"{p.influence}/{p.interest}",
                lambda p: p.influence * 10 + p.interest,
                tip="Influence and interest, each 1 (low) to 5 (high)",
            ),
            Column[StakeholderRow](
                FLAG,
                lambda p: FLAG if p.problems else "",
                lambda p: len(p.problems),
                tip="An e-mail address or phone number that looks wrong",
            ),
        )

    def extra(self, row: StakeholderRow, column: int, role: int) -> Any:
        """Overdue contact in red; a flag's reason as its tooltip."""
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE:
            if row.is_overdue(self._today()):
                return QBrush(theme.warning())
            if row.next_due is None:
                return QBrush(theme.muted())
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.FLAGS:
            return "; ".join(row.problems) or "No problems"
        return None

    def tooltip(self, row: StakeholderRow) -> str | None:
        """Who they are, and any problem with their details."""
        lines = [row.name]
        if row.role_line:
            lines.append(row.role_line)
        lines += [f"{FLAG} {problem}" for problem in row.problems]
        return "\n".join(lines)


class StakeholderFilterModel(WordFilterModel):
    """Filters people by every word typed, by category, and to those overdue only.

    The words are matched against name, role, organisation and tags.
    """

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._category: Category | None = None
        self._overdue_only = False
        self.setSortRole(SortRole)

    def set_category(self, category: Category | None) -> None:
        """Show one category (every category when None)."""
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, on: bool) -> None:
        """Show only people whose contact is overdue."""
        self.beginFilterChange()
        self._overdue_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether a source row passes the search and filters."""
        person = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        if person is None:
            return False
        if self._category is not None and person.category is not self._category:
            return False
        if self._overdue_only and not person.is_overdue(self._today()):
            return False
        return self.matches(
            " ".join((person.name, person.role, person.organisation, " ".join(person.tags)))
        )


# --- engagements -------------------------------------------------------------------------
def _where(row: EngagementRow) -> str:
    teams = ", ".join(t.name for t in row.teams)
    return " · ".join(part for part in (teams, row.place) if part) or "—"


def _actions(row: EngagementRow) -> str:
    if not row.actions:
        return ""
    if row.open_actions:
        return f"{len(row.actions)} ({row.open_actions} open)"
    return f"{len(row.actions)} done" + (" ✓" if row.you_said_we_did else "")


class EngagementTableModel(RowTableModel[EngagementRow]):
    """The visit log: date, kind, where and which teams, who, themes and actions."""

    DATE, KIND, WHERE, PEOPLE, THEMES, ACTIONS = range(6)

    def __init__(
        self, today: Callable[[], dt.date], parent: Any = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self._today = today
        columns = [
            Column[EngagementRow](
                "Date",
                self._date,
                lambda e: (
                    e.occurred_on.toordinal() * 1440
                    + (e.starts_at.hour * 60 + e.starts_at.minute if e.starts_at else 0)
                ),
            ),
            Column[EngagementRow]("Kind", self._kind, lambda e: e.kind.short),
            Column[EngagementRow]("Where", _where, lambda e: _where(e).casefold()),
        ]
        if not compact:
            columns += [
                Column[EngagementRow](
                    "People", lambda e: _short(", ".join(p.name for p in e.people), 40)
                ),
                Column[EngagementRow]("Themes heard", lambda e: ", ".join(e.themes)),
                Column[EngagementRow](
                    "Actions",
                    _actions,
                    lambda e: e.open_actions * 1000 + len(e.actions),
                    tip="Actions arising; how many are still open in the plan",
                ),
            ]
        self.columns = tuple(columns)

    def _date(self, row: EngagementRow) -> str:
        return short_date(row.occurred_on)

    def _kind(self, row: EngagementRow) -> str:
        # Planned is said in words as well as shown in grey italics.
        return row.kind.short + (" (planned)" if row.is_planned(self._today()) else "")

    def extra(self, row: EngagementRow, column: int, role: int) -> Any:
        """Planned visits in italics; actions all closed but not written back, in bold."""
        if role == Qt.ItemDataRole.FontRole:
            if row.is_planned(self._today()):
                font = QFont()
                font.setItalic(True)
                return font
            if column == self.ACTIONS and row.awaits_you_said_we_did:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and row.is_planned(self._today()):
            return QBrush(theme.muted())
        return None

    def tooltip(self, row: EngagementRow) -> str | None:
        """The engagement in full: when, who, what went well and what needs to improve."""
        lines = [f"{row.kind.label}, {row.when}"]
        if row.is_planned(self._today()):
            lines[0] += " (planned)"
        if row.people:
            lines.append("With " + ", ".join(p.name for p in row.people))
        if row.going_well:
            lines.append(f"Going well: {_short(row.going_well, 120)}")
        if row.to_improve:
            lines.append(f"To improve: {_short(row.to_improve, 120)}")
        if row.awaits_you_said_we_did:
            lines.append("Every action is done: write back “you said, we did”.")
        return "\n".join(lines)


class EngagementFilterModel(WordFilterModel):
    """Filters the log by words, kind, team, theme and a date range (each optional).

    The words are matched against place, kind, teams, people, notes and themes.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: EngagementKind | None = None
        self._team_id: int | None = None
        self._theme: str | None = None
        self._first: dt.date | None = None
        self._last: dt.date | None = None
        self._unfiltered = True  # no filter but the words (see _change)
        self._texts: dict[int, tuple[EngagementRow, str]] = {}  # id: (row, search text)
        self.setSortRole(SortRole)

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        """Filter ``source``'s rows; the search texts go when its rows are replaced.

        Each text keeps its row to tell a changed one; a reload brings new rows, so the
        texts kept would only hold the old rows (and deleted ones) in memory.
        """
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self._texts.clear)

    def _change(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        filters = (self._kind, self._team_id, self._theme, self._first, self._last)
        self._unfiltered = all(value is None for value in filters)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(
        self,
        text: str,
        *,
        kind: EngagementKind | None,
        team_id: int | None,
        theme: str | None,
        first: dt.date | None,
        last: dt.date | None,
    ) -> None:
        """Set the words searched for and every filter, filtering the rows once."""
        self._change(
            words=text.casefold().split(),
            kind=kind,
            team_id=team_id,
            theme=theme,
            first=first,
            last=last,
        )

    def set_kind(self, kind: EngagementKind | None) -> None:
        """Show one kind of engagement (every kind when None)."""
        self._change(kind=kind)

    def set_team(self, team_id: int | None) -> None:
        """Show engagements involving one team (all when None)."""
        self._change(team_id=team_id)

    def set_theme(self, theme: str | None) -> None:
        """Show engagements where a theme was heard (all when None)."""
        self._change(theme=theme)

    def set_dates(self, first: dt.date | None, last: dt.date | None) -> None:
        """Show engagements from ``first`` to ``last`` inclusive (open-ended when None)."""
        self._change(first=first, last=last)

    def is_filtered(self) -> bool:
        """True when any filter is set."""
        return bool(
            self._words
            or self._kind
            or self._team_id is not None
            or self._theme
            or self._first
            or self._last
        )

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether a source row passes the search and filters."""
        if not self._words and self._unfiltered:
            return True  # every row, as each log is loaded: nothing to look at
        source = self.sourceModel()
        # Qt asks about every row, twice, at each change: the row straight from the
        # model, and each row's search text worked out once, keep that quick.
        if isinstance(source, EngagementTableModel):
            row = source.row_at(source_row)
        else:
            row = source.index(source_row, 0, source_parent).data(RowRole)
        if row is None:
            return False
        if self._kind is not None and row.kind is not self._kind:
            return False
        if self._team_id is not None and all(t.id != self._team_id for t in row.teams):
            return False
        if self._theme is not None and self._theme not in row.themes:
            return False
        if self._first is not None and row.occurred_on < self._first:
            return False
        if self._last is not None and row.occurred_on > self._last:
            return False
        if not self._words:
            return True
        text = self._texts.get(row.id)
        if text is None or text[0] is not row:  # a new or changed row
            text = self._texts[row.id] = (row, search_text(row))
        return all(word in text[1] for word in self._words)


def search_text(row: EngagementRow) -> str:
    """The case-folded text a visit is searched by: place, kind, teams, people, notes and
    themes.
    """
    return " ".join(
        (
            row.place,
            row.kind.label,
            " ".join(t.name for t in row.teams),
            " ".join(p.name for p in row.people),
            row.going_well,
            row.to_improve,
            " ".join(row.themes),
            row.you_said_we_did,
        )
    ).casefold()


# --- coverage and themes -----------------------------------------------------------------
class CoverageTableModel(RowTableModel[TeamCoverage]):
    """Teams and when each was last visited; not visited yet first."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        order = {CoverageStatus.NOT_VISITED: 0, CoverageStatus.NOT_RECENT: 1}
        self.columns = (
            Column[TeamCoverage]("Team", lambda c: c.name, lambda c: c.name.casefold()),
            Column[TeamCoverage](
                "Coverage",
                self._status,
                lambda c: order.get(c.status, 2) * 10_000_000 + _ordinal(c.last_visit),
            ),
            Column[TeamCoverage](
                "Last visit",
                lambda c: long_date(c.last_visit) if c.last_visit else "—",
                lambda c: _ordinal(c.last_visit),
            ),
            Column[TeamCoverage](
                "Visits", lambda c: str(c.visits), lambda c: c.visits, numeric=True
            ),
            Column[TeamCoverage](
                "Next booked",
                lambda c: short_date(c.next_planned) if c.next_planned else "—",
                lambda c: _ordinal(c.next_planned, missing=dt.date.max.toordinal()),
            ),
        )

    def _status(self, row: TeamCoverage) -> str:
        days = row.days_since(self._today())
        if row.status is CoverageStatus.VISITED and days is not None:
            return "Visited today" if days == 0 else f"Visited {days} days ago"
        if row.status is CoverageStatus.NOT_RECENT and days is not None:
            return f"Not for {days} days"
        return row.status.label

    def extra(self, row: TeamCoverage, column: int, role: int) -> Any:
        """Teams not visited yet, or not lately, stand out in red and bold words."""
        if column == 1 and row.status is not CoverageStatus.VISITED:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.warning())
            if role == Qt.ItemDataRole.FontRole and row.status is CoverageStatus.NOT_VISITED:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def tooltip(self, row: TeamCoverage) -> str | None:
        """Where the team is based and what to do about it."""
        base = f"Based at {row.base}" if row.base else "No base recorded"
        if row.status is CoverageStatus.VISITED:
            return f"{row.name}\n{base}"
        return f"{row.name}\n{base}\nPress Enter to log a visit to this team."


class ThemeCountModel(RowTableModel[ThemeCount]):
    """Themes heard in the chosen period and how often, most heard first."""

    columns = (
        Column[ThemeCount]("Theme", lambda t: t.theme, lambda t: t.theme.casefold()),
        Column[ThemeCount]("Times heard", lambda t: str(t.count), lambda t: t.count, numeric=True),
    )
