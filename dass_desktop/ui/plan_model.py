"""The plan as a tree: phase, then theme, then item (its filter is in :mod:`plan_filter`).

The model holds plain :class:`PlanRow` values fetched by the page; it never touches the
database. Node identity is packed into the index's internal id (no Python objects in
indexes): 0 for a phase, 1 + phase for a theme, and ``ITEM_BASE + phase * THEME_SPAN +
theme row`` for an item, so ``parent()`` is arithmetic.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from dass_desktop.domain.dates import short_date
from dass_desktop.domain.plan_rules import progress_of
from dass_desktop.domain.plan_terms import PlanRow, Rag, Status, ThemeProgress
from dass_desktop.domain.practice_terms import PRACTICE_KIND
from dass_desktop.domain.timeline import PLAN_PHASES
from dass_desktop.ui import theme
from dass_desktop.ui.row_models import ItemIdRole, RowRole, SortRole
from dass_desktop.ui.table_columns import ON_PALE

_Index = QModelIndex | QPersistentModelIndex
PHASES = PLAN_PHASES
ITEM_BASE = 16
THEME_SPAN = 1 << 20
# Worked out once: flags() is asked for every row the tree lays out.
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

NodeKeyRole = Qt.ItemDataRole.UserRole + 4


class PlanColumn(enum.IntEnum):
    """The tree's columns."""

    TITLE = 0
    STATUS = 1
    RAG = 2
    OWNER = 3
    DUE = 4


HEADERS = {
    PlanColumn.TITLE: "Item",
    PlanColumn.STATUS: "Status",
    PlanColumn.RAG: "RAG",
    PlanColumn.OWNER: "Owner",
    PlanColumn.DUE: "Due",
}
_COLUMNS = len(PlanColumn)
_COLUMN_AT = tuple(PlanColumn)
# The order items are grouped in: by theme, then their place in it.
_IN_THEME_ORDER = attrgetter("theme_position", "theme_id", "position", "id")
# The roles a RAG cell answers (see _rag_data).
_RAG_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    SortRole,
)


# Roles a view asks every cell for as it paints it, and no cell of the plan gives.
_NEVER_GIVEN = frozenset(
    role.value
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)


class _ThemeGroup:
    __slots__ = ("item_ids", "theme_id", "title")

    def __init__(self, theme_id: int, title: str) -> None:
        self.theme_id = theme_id
        self.title = title
        self.item_ids: list[int] = []


class PlanTreeModel(QAbstractItemModel):
    """Plan items grouped by phase (always all three) and then by theme."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: dict[int, PlanRow] = {}
        self._groups: list[list[_ThemeGroup]] = [[] for _ in PHASES]
        # Each phase's and theme's progress, worked out once per set of rows: painting asks
        # for a group's title again and again.
        self._progress: dict[tuple[int, int | None], ThemeProgress] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        """Show ``rows``; an unchanged shape updates in place (selection and scroll kept)."""
        groups: list[list[_ThemeGroup]] = [[] for _ in PHASES]
        ordered = sorted(rows, key=_IN_THEME_ORDER)
        for row in ordered:
            phase_groups = groups[PHASES.index(row.phase)]
            if not phase_groups or phase_groups[-1].theme_id != row.theme_id:
                phase_groups.append(_ThemeGroup(row.theme_id, row.theme_title))
            phase_groups[-1].item_ids.append(row.id)
        same_shape = _shape(groups) == _shape(self._groups)
        self._progress.clear()
        if same_shape:
            self._rows = {r.id: r for r in rows}
            for phase_groups, new_groups in zip(self._groups, groups, strict=True):
                for old, new in zip(phase_groups, new_groups, strict=True):
                    old.title = new.title
            self._emit_all_changed()
        else:
            self.beginResetModel()
            self._rows = {r.id: r for r in rows}
            self._groups = groups
            self.endResetModel()

    def _emit_all_changed(self) -> None:
        last = len(PlanColumn) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(len(PHASES) - 1, last))
        for p, phase_groups in enumerate(self._groups):
            if not phase_groups:
                continue
            phase_index = self.index(p, 0)
            self.dataChanged.emit(
                self.index(0, 0, phase_index), self.index(len(phase_groups) - 1, last, phase_index)
            )
            for t, group in enumerate(phase_groups):
                if group.item_ids:
                    theme_index = self.index(t, 0, phase_index)
                    self.dataChanged.emit(
                        self.index(0, 0, theme_index),
                        self.index(len(group.item_ids) - 1, last, theme_index),
                    )

    def row(self, item_id: int) -> PlanRow | None:
        """The row shown for ``item_id``, if any."""
        return self._rows.get(item_id)

    def rows(self) -> list[PlanRow]:
        """Every row shown."""
        return list(self._rows.values())

    def source_index(self, item_id: int) -> QModelIndex:
        """The index of an item's title cell (invalid if not shown)."""
        row = self._rows.get(item_id)
        if row is None:
            return QModelIndex()
        p = PHASES.index(row.phase)
        for t, group in enumerate(self._groups[p]):
            if item_id in group.item_ids:
                return self.createIndex(
                    group.item_ids.index(item_id), 0, ITEM_BASE + p * THEME_SPAN + t
                )
        return QModelIndex()

    # --- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of ``row`` and ``column`` under ``parent``."""
        # Checked here, not by hasIndex() nor rowCount(), which would be Python calls too: a
        # large plan's tree asks for some 13,000 indexes as it opens. The bounds are
        # rowCount()'s.
        pid = parent.internalId()
        # Under a theme (nearly every call) answered first, with one call fewer into Qt.
        if 0 < pid < ITEM_BASE and 0 <= column < _COLUMNS and row >= 0:
            parent_row = parent.row()
            if parent_row >= 0 and parent.column() == 0:
                groups = self._groups[pid - 1]
                if parent_row < len(groups) and row < len(groups[parent_row].item_ids):
                    return self.createIndex(
                        row, column, ITEM_BASE + (pid - 1) * THEME_SPAN + parent_row
                    )
        # Anything else, out of bounds included, by the general path.
        if not 0 <= column < _COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(PHASES) else QModelIndex()
        if parent.column() != 0:
            return QModelIndex()
        parent_row = parent.row()
        if pid == 0:
            if row < len(self._groups[parent_row]):
                return self.createIndex(row, column, 1 + parent_row)
        elif pid < ITEM_BASE:
            groups = self._groups[pid - 1]
            if parent_row < len(groups) and row < len(groups[parent_row].item_ids):
                return self.createIndex(
                    row, column, ITEM_BASE + (pid - 1) * THEME_SPAN + parent_row
                )
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The parent of ``child`` (invalid for top-level rows)."""
        if not index.isValid():
            return QModelIndex()
        iid = index.internalId()
        if iid == 0:
            return QModelIndex()
        if iid < ITEM_BASE:
            return self.createIndex(iid - 1, 0, 0)
        phase, theme = divmod(iid - ITEM_BASE, THEME_SPAN)
        return self.createIndex(theme, 0, 1 + phase)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows there are under ``parent``."""
        if not parent.isValid():
            return len(PHASES)
        if parent.column() != 0:
            return 0
        pid = parent.internalId()
        if pid == 0:
            return len(self._groups[parent.row()])
        if pid < ITEM_BASE:
            groups = self._groups[pid - 1]
            return len(groups[parent.row()].item_ids) if parent.row() < len(groups) else 0
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many columns the table has."""
        return _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The header text (and tips) for ``section``."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(PlanColumn(section)) if 0 <= section < len(PlanColumn) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """What can be done with the item at ``index``."""
        if index.internalId() >= ITEM_BASE:  # an item (an invalid index's id is 0)
            return _ITEM_FLAGS
        return _GROUP_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # --- content ---------------------------------------------------------------------------
    def item_at(self, index: _Index) -> PlanRow | None:
        """The item row at ``index`` (None for phase and theme rows)."""
        if not index.isValid() or index.internalId() < ITEM_BASE:
            return None
        phase, theme = divmod(index.internalId() - ITEM_BASE, THEME_SPAN)
        groups = self._groups[phase]
        if theme >= len(groups) or index.row() >= len(groups[theme].item_ids):
            return None
        return self._rows.get(groups[theme].item_ids[index.row()])

    def item_under(self, row: int, parent: _Index) -> PlanRow | None:
        """The item row ``row`` under ``parent`` (None for phase and theme rows)."""
        pid = parent.internalId() if parent.isValid() else 0
        if pid == 0 or pid >= ITEM_BASE or parent.column() != 0:
            return None
        groups = self._groups[pid - 1]
        if not parent.row() < len(groups) or not 0 <= row < len(groups[parent.row()].item_ids):
            return None
        return self._rows.get(groups[parent.row()].item_ids[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the item at ``index`` holds for ``role``."""
        if role in _NEVER_GIVEN or not index.isValid():
            return None
        iid = index.internalId()
        column = _COLUMN_AT[index.column()]  # this model's indexes are always in range
        if iid == 0:
            return self._phase_data(index.row(), column, role)
        if iid < ITEM_BASE:
            return self._theme_data(iid - 1, index.row(), column, role)
        # item_at(), without the call: a view asks every painted cell for seven roles.
        phase, theme = divmod(iid - ITEM_BASE, THEME_SPAN)
        groups = self._groups[phase]
        if theme >= len(groups) or index.row() >= len(item_ids := groups[theme].item_ids):
            return None
        row = self._rows.get(item_ids[index.row()])
        return None if row is None else self._item_data(row, column, role)

    def _group_rows(self, phase: int, theme: int | None = None) -> list[PlanRow]:
        groups = self._groups[phase] if theme is None else [self._groups[phase][theme]]
        return [self._rows[i] for g in groups for i in g.item_ids]

    def _progress_of(self, title: str, phase: int, theme: int | None = None) -> ThemeProgress:
        known = self._progress.get((phase, theme))
        if known is None:
            known = self._progress[phase, theme] = progress_of(
                title, self._group_rows(phase, theme)
            )
        return known

    def _phase_data(self, p: int, column: PlanColumn, role: int) -> Any:
        phase = PHASES[p]
        if role == NodeKeyRole:
            return f"phase:{phase.value}"
        if role == SortRole:
            return p
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if column is PlanColumn.TITLE and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            progress = self._progress_of(phase.label, p)
            return f"{phase.label} · {progress.sentence}"
        return None

    def _theme_data(self, p: int, t: int, column: PlanColumn, role: int) -> Any:
        if t >= len(self._groups[p]):
            return None
        group = self._groups[p][t]
        if role == NodeKeyRole:
            return f"theme:{PHASES[p].value}:{group.theme_id}"
        if role == SortRole:
            return t
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        # The progress is worked out only for what shows it: a view asks each cell for a
        # dozen roles as it paints.
        if column is PlanColumn.TITLE and role == Qt.ItemDataRole.DisplayRole:
            progress = self._progress_of(group.title, p, t)
            return f"{group.title} ({progress.done}/{progress.applicable})"
        if column is PlanColumn.RAG and role in _RAG_ROLES:
            return _rag_data(self._progress_of(group.title, p, t).rag, role)
        return None

    def _item_data(self, row: PlanRow, column: PlanColumn, role: int) -> Any:
        if role == ItemIdRole:
            return row.id
        if role == RowRole:
            return row
        if role == SortRole:
            return _sort_key(row, column)
        if column is PlanColumn.TITLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return ("✓ " if row.status is Status.DONE else "") + row.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.title
        elif column is PlanColumn.STATUS:
            if row.kind == PRACTICE_KIND:  # kept up or lapsed, never done: see Practices
                if role == Qt.ItemDataRole.DisplayRole:
                    return "Practice"
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "A habit kept up at its cadence, never done: see the Practices page"
            elif role == Qt.ItemDataRole.DisplayRole:
                return row.status.label
        elif column is PlanColumn.RAG:
            return _rag_data(row.rag, role)
        elif column is PlanColumn.OWNER:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.owner
        elif column is PlanColumn.DUE:
            if role == Qt.ItemDataRole.DisplayRole:
                return short_date(row.due) if row.due else ""
            if role == Qt.ItemDataRole.ToolTipRole and row.due and row.is_overdue(self._today()):
                return f"Overdue by {(self._today() - row.due).days} days"
            if role == Qt.ItemDataRole.FontRole and row.is_overdue(self._today()):
                return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            overdue = row.is_overdue(self._today())
            if overdue and column in (PlanColumn.TITLE, PlanColumn.DUE):
                return QBrush(theme.warning())  # readable in light and dark
            if row.status in (Status.DONE, Status.NOT_APPLICABLE):
                return QBrush(theme.muted())
        return None


def _rag_data(rag: Rag | None, role: int) -> Any:
    if rag is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return rag.label
    if role == Qt.ItemDataRole.BackgroundRole:
        return theme.RAG_BRUSHES[rag]
    if role == Qt.ItemDataRole.ForegroundRole:
        return ON_PALE
    if role == SortRole:
        return rag.severity
    return None


def _sort_key(row: PlanRow, column: PlanColumn) -> Any:
    if column is PlanColumn.TITLE:
        return row.title.casefold()
    if column is PlanColumn.STATUS:
        return list(Status).index(row.status)
    if column is PlanColumn.RAG:
        return row.rag.severity if row.rag else 3
    if column is PlanColumn.OWNER:
        return row.owner.casefold() or "\uffff"
    return row.due.toordinal() if row.due else 10**7


def _shape(groups: list[list[_ThemeGroup]]) -> list[list[tuple[int, list[int]]]]:
    return [[(g.theme_id, g.item_ids) for g in phase] for phase in groups]
