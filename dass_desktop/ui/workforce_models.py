"""Item models for the Workforce page: scorecard, diversity, comparators and their figures.

Each holds frozen rows from ``domain/`` and is replaced whole on refresh.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dass_desktop.domain.benchmark_rules import metric_label
from dass_desktop.domain.benchmark_terms import ComparatorFigure
from dass_desktop.domain.comparator_family import FamilyMember
from dass_desktop.domain.diversity import DiversityGap
from dass_desktop.domain.plan_terms import Rag
from dass_desktop.domain.scorecard import ScorecardRow
from dass_desktop.domain.workforce_terms import METRIC_BY_KEY
from dass_desktop.ui.row_models import CellTableModel, RowRole, SortRole
from dass_desktop.ui.table_columns import ON_PALE
from dass_desktop.ui.word_filter import WordFilterModel

_Index = QModelIndex | QPersistentModelIndex

__all__ = [
    "ComparatorFigureModel",
    "DiversityModel",
    "FamilyModel",
    "FigureFilterModel",
    "RowRole",
    "ScorecardModel",
    "SortRole",
]

# Pale fills that keep black text legible; the RAG word is always shown as well.
RAG_FILLS = {Rag.RED: "#f6d5d2", Rag.AMBER: "#fbe7b5", Rag.GREEN: "#d5ead6"}
# The fills as brushes; the dark text on them is table_columns.ON_PALE, as every view leaves
# the text colour to its model (table_columns.CutTextTips).
_RAG_BRUSHES = {rag: QBrush(QColor(colour)) for rag, colour in RAG_FILLS.items()}


class ScorecardModel(CellTableModel[ScorecardRow]):
    """Each metric's latest figure, its comparator, the RAG and the change on a year."""

    headers = ("Measure", "Latest", "Month", "Comparator", "RAG", "Year on year", "Target")

    def cell(self, row: ScorecardRow, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` shows for ``role``."""
        item, latest, bench = row.metric, row.latest, row.benchmark
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.label
            if column == 1:
                return item.format(latest.value) if latest else "No figure"
            if column == 2:
                return latest.period_text if latest else ""
            if column == 3:
                if bench is None:
                    return "—" if item.direction.value != "neutral" else ""
                if bench.label == "Target":
                    return f"{item.format(bench.value)} target"
                period = f", {bench.period_label}" if bench.period_label else ""
                return f"{item.format(bench.value)}{period}"
            if column == 4:
                if row.rag is None and bench is not None and not bench.like_for_like:
                    return "Context"
                return row.rag.label if row.rag else ""
            if column == 5:
                return row.change
            if column == 6:
                if row.target is None:
                    return ""
                rag = f" · {row.target_rag.label}" if row.target_rag else ""
                return f"{item.format(row.target)}{rag}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return f"{item.label}: {item.help}"
            if column in (1, 2) and latest is not None:
                how = "Worked out" if latest.derived else "Source"
                where = f"{how}: {latest.source}" if not latest.derived else latest.source
                year_ago = (
                    f" A year before: {item.format(row.year_ago.value)} in "
                    f"{row.year_ago.period_text}."
                    if row.year_ago is not None
                    else ""
                )
                return f"{latest.period_text}. {where}{year_ago}"
            if column in (3, 4) and bench is not None:
                return bench.describe
            if column == 5 and row.year_ago is not None:
                return (
                    f"{item.format(row.year_ago.value)} in {row.year_ago.period_text}; "
                    "rates change in percentage points"
                )
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            rated = row.rag if column == 4 else row.target_rag if column == 6 else None
            if rated is not None:
                return _RAG_BRUSHES[rated] if role == Qt.ItemDataRole.BackgroundRole else ON_PALE
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class DiversityModel(CellTableModel[DiversityGap]):
    """Each group's share of the workforce and of the local population, and the gap."""

    headers = ("Group", "Workforce", "Local population", "Gap")

    def cell(self, row: DiversityGap, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` shows for ``role``."""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"    {row.group_label.split(' (')[0]}" if row.parent else row.group_label
            values = (row.workforce, row.population, row.gap)
            value = values[column - 1]
            if value is None:
                return "—"
            return f"{value:+.1f} pts" if column == 3 else f"{value:.1f}%"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.sources or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FamilyModel(CellTableModel[FamilyMember]):
    """The director's comparator councils."""

    headers = ("Council", "Region", "Counted as")

    def cell(self, row: FamilyMember, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` shows for ``role``."""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return row.region or "—"
            return "CIPFA family" if row.kind == "cipfa" else "Named by you"
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == "cipfa":
            return "In the family median, from a published CIPFA nearest-neighbour list."
        return None


class ComparatorFigureModel(CellTableModel[ComparatorFigure]):
    """Every comparator figure, published or the director's own, with its source."""

    headers = ("Area", "Measure", "Period", "Value", "Covers", "Source", "Year", "Licence")

    def cell(self, row: ComparatorFigure, column: int, role: int) -> Any:
        """What column ``column`` of ``row`` shows for ``role``."""
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            item = METRIC_BY_KEY.get(row.metric) if column == 3 else None
            if role == SortRole and column == 2:
                return row.period_end.isoformat()
            if role == SortRole and column == 3:
                return row.value
            # Only the column asked for is worked out: the views ask cell by cell.
            if column == 0:
                return row.area_name
            if column == 1:
                return metric_label(row.metric)
            if column == 2:
                return row.period_label
            if column == 3:
                return item.format(row.value) if item else f"{row.value:g}"
            if column == 4:
                return row.covers
            if column == 5:
                return row.source if row.origin == "reference" else f"{row.source} ({row.origin})"
            if column == 6:
                return str(row.year) if row.year else "not stated"
            return row.licence or ("—" if row.origin != "reference" else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            note = f"\nNote: {row.note}" if row.note else ""
            url = f"\n{row.url}" if row.url else ""
            return f"{row.citation}{note}{url}"
        return None


class FigureFilterModel(WordFilterModel):
    """Filters comparator figures by every word typed (area, measure, period or source)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def row_text(self, source_row: int, source_parent: _Index) -> str:
        """A figure's area, measure, period, coverage and source."""
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return " ".join(
            (row.area_name, metric_label(row.metric), row.period_label, row.covers, row.source)
        )
