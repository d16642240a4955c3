"""Item models of the Teams page, each over frozen rows from ``domain/team_terms.py``.

The models hold plain rows, never ORM objects; the page swaps the rows in after each change.
Sorting uses :data:`SortRole` (numbers sort as numbers, a missing vacancy rate sorts last)
and every row is reachable through :data:`RowRole`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from dass_desktop.domain.dates import long_date, short_date
from dass_desktop.domain.team_gap_terms import GapRow
from dass_desktop.domain.team_terms import (
    DepartmentRollUp,
    NoteRow,
    Role,
    ServiceArea,
    Severity,
    TeamRow,
    format_fte,
    format_rate,
)
from dass_desktop.ui.row_models import LEFT, RIGHT, Column, RowRole, RowTableModel, SortRole
from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex


def _severity_text(severity: Severity | None) -> str:
    return severity.label if severity is not None else "—"


# A missing rate sorts after every real one, whichever way the column is sorted.
_NO_RATE = -1.0


class TeamTableModel(RowTableModel[TeamRow]):
    """The team register: figures, vacancy rate, open gaps and the worst open severity."""

    columns = (
        Column[TeamRow]("Team", lambda t: t.name, lambda t: t.name.casefold()),
        Column[TeamRow]("Service area", lambda t: t.service_area.label),
        Column[TeamRow](
            "Estab.",
            lambda t: format_fte(t.establishment),
            lambda t: t.establishment,
            numeric=True,
            tip="Establishment (FTE)",
        ),
        Column[TeamRow](
            "In post",
            lambda t: format_fte(t.in_post),
            lambda t: t.in_post,
            numeric=True,
            tip="Staff in post (FTE)",
        ),
        Column[TeamRow](
            "Vac.",
            lambda t: format_fte(t.vacancies) + ("*" if t.vacancies_worked_out else ""),
            lambda t: t.vacancies,
            numeric=True,
            tip="Vacancies (FTE); * worked out as establishment less staff in post",
        ),
        Column[TeamRow](
            "Rate",
            lambda t: format_rate(t.vacancy_rate),
            lambda t: _NO_RATE if t.vacancy_rate is None else t.vacancy_rate,
            numeric=True,
            tip="Vacancies as a share of establishment (worked out, never typed)",
        ),
        Column[TeamRow](
            "Agency",
            lambda t: format_fte(t.agency),
            lambda t: t.agency,
            numeric=True,
            tip="Agency staff (FTE)",
        ),
        Column[TeamRow](
            "Gaps", lambda t: str(t.open_gaps), lambda t: t.open_gaps, numeric=True, tip="Open gaps"
        ),
        Column[TeamRow](
            "Worst",
            lambda t: _severity_text(t.highest_severity),
            lambda t: t.highest_severity.rank if t.highest_severity else -1,
            tip="Highest severity among the team's open gaps",
        ),
    )

    def tooltip(self, row: TeamRow) -> str | None:
        """Manager and base, which the table has no room for."""
        parts = [row.name, row.service_area.label]
        if row.manager:
            parts.append(f"Manager: {row.manager}")
        if row.base:
            parts.append(f"Base: {row.base}")
        return "\n".join(parts)


class TeamFilterModel(WordFilterModel):
    """Filters teams by every word typed (name, manager, base, service area) and by area."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._area: ServiceArea | None = None
        self.setSortRole(SortRole)

    def set_area(self, area: ServiceArea | None) -> None:
        """Show only teams in ``area`` (every area when None)."""
        self.beginFilterChange()
        self._area = area
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Whether a source row passes the search and filters."""
        if self._area is None and not self.words:
            return True  # nothing narrows the register: asked of every team as it loads
        team = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        if team is None:
            return False
        if self._area is not None and team.service_area is not self._area:
            return False
        return self.matches(f"{team.name} {team.manager} {team.base} {team.service_area.label}")


class NoteTableModel(RowTableModel[NoteRow]):
    """A team's strengths (or areas for development): when noted, from where, and what."""

    columns = (
        Column[NoteRow]("Noted", lambda n: short_date(n.noted_on), lambda n: n.noted_on),
        Column[NoteRow]("Source", lambda n: n.source),
        Column[NoteRow]("What was noted", lambda n: " ".join(n.text.split())),
    )

    def tooltip(self, row: NoteRow) -> str | None:
        """The whole note, as written."""
        source = f" ({row.source})" if row.source else ""
        return f"{long_date(row.noted_on)}{source}\n{row.text}"


def _in_plan(gap: GapRow) -> str:
    if gap.plan_status is None:
        return "—"
    return gap.plan_status.label


class GapTableModel(RowTableModel[GapRow]):
    """A team's capacity and skills gaps; ``today`` marks targets that have passed."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self.columns = (
            Column[GapRow]("Role", lambda g: g.role.label),
            Column[GapRow]("Gap", lambda g: g.size, lambda g: g.gap_fte or 0.0),
            Column[GapRow]("Severity", lambda g: g.severity.label, lambda g: g.severity.rank),
            Column[GapRow]("Status", lambda g: g.status.label),
            Column[GapRow]("Target", self._target, lambda g: g.target_date or dt.date.max),
            Column[GapRow]("In plan", _in_plan, tip="The plan action made from the gap"),
        )

    def _target(self, gap: GapRow) -> str:
        if gap.target_date is None:
            return "—"
        late = " (late)" if gap.is_overdue(self._today()) else ""
        return short_date(gap.target_date) + late

    def tooltip(self, row: GapRow) -> str | None:
        """Mitigation, owner and description in full."""
        lines = [f"{row.role.label}: {row.size} ({row.severity.label.lower()} severity)"]
        if row.description and row.gap_fte is not None:
            lines.append(row.description)
        lines.append(f"Mitigation: {row.mitigation.label if row.mitigation else 'not chosen yet'}")
        if row.owner:
            lines.append(f"Owner: {row.owner}")
        return "\n".join(lines)


class GapTallyModel(QAbstractTableModel):
    """The department's open gaps: one row per role, a column per severity, and FTE."""

    _SEVERITIES = tuple(Severity)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rollup: DepartmentRollUp | None = None
        self._roles: list[Role] = []

    def set_rollup(self, rollup: DepartmentRollUp) -> None:
        """Show ``rollup`` (roles with open gaps, then a total row)."""
        self.beginResetModel()
        self._rollup = rollup
        self._roles = rollup.roles()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        if parent.isValid() or not self._roles:
            return 0
        return len(self._roles) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many columns the table has."""
        return 0 if parent.isValid() else len(self._SEVERITIES) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The header text (and tips) for ``section``."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            short = {Severity.MEDIUM: "Med.", Severity.CRITICAL: "Crit."}
            labels = [short.get(s, s.label) for s in self._SEVERITIES]
            return ["Role", *labels, "Total", "FTE"][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.columnCount() - 1:
                return "FTE of the open gaps given in FTE"
            if 1 <= section <= len(self._SEVERITIES):
                return f"Open gaps of {self._SEVERITIES[section - 1].label.lower()} severity"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if self._rollup is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self.rowCount() or not 0 <= column < self.columnCount():
            return None
        role_of_row = self._roles[row] if row < len(self._roles) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if column == 0 else RIGHT)
        if role == Qt.ItemDataRole.FontRole and role_of_row is None:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return role_of_row.label if role_of_row is not None else "All roles"
        if column <= len(self._SEVERITIES):
            count = self._rollup.count(role_of_row, self._SEVERITIES[column - 1])
            return str(count) if count else "·"
        if column == len(self._SEVERITIES) + 1:
            return str(self._rollup.count(role_of_row))
        fte = self._rollup.gap_fte(role_of_row)
        return format_fte(fte) if fte else "—"
