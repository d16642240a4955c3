"""Column widths for the app's table views, sized for a 13-inch laptop screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 200


def fit_columns(view: QTableView, stretch: int, *, compact: bool = False) -> None:
    """Size columns to their contents, with column ``stretch`` taking the spare width.

    ``compact`` sizes the other columns to their (short) headings and figures instead, for
    tables of small figures; call :func:`compact_widths` again when the rows change.
    """
    header = view.horizontalHeader()
    header.setMinimumSectionSize(36)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    if not compact:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        compact_widths(view, stretch)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def compact_widths(view: QTableView, stretch: int, *, widest: int | None = None) -> None:
    """Make each column but ``stretch`` just wide enough for its heading and its figures.

    Qt's own sizing leaves room for a sort arrow in every heading; on a 1366-pixel screen
    that room is better given to the column that stretches (a team's name, a role).
    ``widest`` caps the other columns (in pixels) where their text can be long; the cut
    text ends in an ellipsis and the row's tooltip has it whole.
    """
    metrics = view.fontMetrics()
    model = view.model()
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal))]
        # Figures are short and alike: the first rows show how wide a column must be,
        # without reading every row of a long table on each refresh.
        rows = range(min(model.rowCount(), SAMPLE_ROWS))
        texts += [str(model.index(row, column).data()) for row in rows]
        width = max(metrics.horizontalAdvance(t) for t in texts) + 16
        header.resizeSection(column, min(width, widest) if widest else width)
