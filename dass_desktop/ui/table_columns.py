"""Column widths for the app's table views, and tooltips for the text they cut short.

Every table fits its view: columns take the width their heading and figures need, one
column stretches into what is left, and when the view is too narrow for all of them the
widest give way first (their text ends in an ellipsis, and hovering shows it whole), so no
column is ever pushed out of sight behind a horizontal scroll bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from dass_desktop.ui.row_models import CellTableModel, RowTableModel

SAMPLE_ROWS = 200
HEADING_ROOM = 14  # the header's margins either side of its text
CELL_ROOM = 16  # a cell's margins either side of its text
NARROWEST = 36
DARK_TEXT = "#1f2933"  # on pale RAG backgrounds, in both themes
# The same, for a model to give as ForegroundRole wherever it gives a pale fill, so the text
# stays readable on the dark theme too: made once, as painting asks for it cell by cell.
ON_PALE = QBrush(QColor(DARK_TEXT))


def fit_columns(
    view: QTableView,
    stretch: int,
    *,
    compact: bool = False,
    optional: tuple[int, ...] = (),
    whole: tuple[int, ...] = (),
) -> None:
    """Size columns to their contents, with column ``stretch`` taking the spare width.

    ``compact`` is kept for callers that size figures tables; every table now sizes its
    columns to the heading and the first rows' text, and fits them to the view.
    ``optional`` columns (whose text the row's tooltip also gives) are hidden, last first,
    while the view is too narrow for them. ``whole`` columns (a figure, a RAG word) are
    never cut short: the others give way instead.
    """
    del compact  # every table is fitted the same way now
    header = view.horizontalHeader()
    header.setMinimumSectionSize(NARROWEST)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    fitter = _ColumnFitter(view, stretch, optional, whole)
    view.setProperty("columnFitter", fitter)
    show_cut_text_on_hover(view)
    fitter.fit()


def compact_widths(view: QTableView, stretch: int, *, widest: int | None = None) -> None:
    """Size each column but ``stretch`` to its heading and figures, fitting the view.

    ``widest`` caps those columns (in pixels) where their text can be long; the cut text
    ends in an ellipsis and hovering over it shows it whole.
    """
    fitter = view.property("columnFitter")
    if not isinstance(fitter, _ColumnFitter):
        fit_columns(view, stretch)
        fitter = view.property("columnFitter")
        assert isinstance(fitter, _ColumnFitter)
    if fitter.widest == widest and not fitter.stale:
        return  # measured since the rows last changed: the same widths would come out
    fitter.widest = widest
    fitter.fit()


def content_widths(view: QTableView, stretch: int, widest: int | None) -> dict[int, int]:
    """How wide each column but ``stretch`` wants to be: its heading, or its widest text."""
    metrics = view.fontMetrics()
    heading_metrics = view.horizontalHeader().fontMetrics()
    model = view.model()
    widths: dict[int, int] = {}
    if model is None:
        return widths
    rows = range(min(model.rowCount(), SAMPLE_ROWS))
    text_of = _display_text(model, rows)
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = heading_metrics.horizontalAdvance(heading) + HEADING_ROOM
        measured: set[str] = set()
        for row in rows:
            text = text_of(row, column)
            if text is not None and (shown := str(text)) not in measured:
                measured.add(shown)
                width = max(width, metrics.horizontalAdvance(shown) + CELL_ROOM)
        widths[column] = min(width, widest) if widest else width
    return widths


@contextmanager
def widths_kept(view: QTableView) -> Iterator[None]:
    """Leave ``view``'s column widths as they are while the block changes its rows (a
    search that reloads the rows shown, say), as a filter proxy's search does.
    """
    fitter = view.property("columnFitter")
    if not isinstance(fitter, _ColumnFitter):
        yield
        return
    fitter.held = True
    try:
        yield
    finally:
        fitter.held = False


def _display_text(model: QAbstractItemModel, rows: range) -> Callable[[int, int], object]:
    """How to read what ``model``'s cells in ``rows`` show, by the quickest way there is.

    Over a row model (through a plain filter proxy or none) the rows' own values are read,
    which is what ``data()`` gives without a model index and a call through Qt per cell.
    """
    source, places = model, list(rows)
    if (
        isinstance(model, QSortFilterProxyModel)
        and type(model).data is QSortFilterProxyModel.data
        and type(model).filterAcceptsColumn is QSortFilterProxyModel.filterAcceptsColumn
    ):
        source = model.sourceModel()
        places = [model.mapToSource(model.index(row, 0)).row() for row in rows]
    if isinstance(source, RowTableModel | CellTableModel) and type(source).data in (
        RowTableModel.data,
        CellTableModel.data,
    ):
        items = [source.row_at(place) for place in places]
        display = Qt.ItemDataRole.DisplayRole
        return lambda row, column: source.value(items[row], column, display)
    return lambda row, column: model.index(row, column).data()


class _ColumnFitter(QObject):
    """Keeps a table's columns within its view as the view resizes and the rows change."""

    def __init__(
        self,
        view: QTableView,
        stretch: int,
        optional: tuple[int, ...] = (),
        whole: tuple[int, ...] = (),
    ) -> None:
        super().__init__(view)
        self._whole = whole
        self._view = view
        self._stretch = stretch
        self._optional = optional
        self.widest: int | None = None
        self.held = False  # see widths_kept()
        self._wanted: dict[int, int] = {}
        # None: no rows inserted since the event loop last ran; False: fitted for them;
        # True: more were inserted after that fit, to be measured once the loop runs.
        self._inserted: bool | None = None
        # Whether the rows may have changed since they were last measured.
        self._changed = True
        view.viewport().installEventFilter(self)
        model = self._model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
            model.rowsInserted.connect(self._rows_inserted)
            for changed in (
                model.dataChanged,
                model.rowsRemoved,
                model.headerDataChanged,
                model.columnsInserted,
                model.columnsRemoved,
            ):
                changed.connect(self._mark_changed)

    @property
    def stale(self) -> bool:
        """Whether the rows may have changed since the columns were last measured."""
        return self._changed or self._view.model() is not self._model

    def _mark_changed(self, *_signal: object) -> None:
        self._changed = True

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """Refit for rows inserted among the measured ones, once per burst.

        Clearing a filter inserts the rows it had hidden as one range per gap, thousands
        for a long log: the first range is measured at once, any later ones together
        when the event loop next runs.
        """
        if first >= SAMPLE_ROWS:
            return  # below the rows measured: no width changes
        self._changed = True
        if self._inserted is None:
            self._inserted = False
            self.fit()
            QTimer.singleShot(0, self, self._after_inserts)
        else:
            self._inserted = True

    def _after_inserts(self) -> None:
        if self._inserted:
            self.fit()
        self._inserted = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the columns when the view changes width."""
        if event.type() == QEvent.Type.Resize:
            self._share()
        return False

    def fit(self) -> None:
        """Measure the columns afresh, then share the view's width among them."""
        if self.held:
            self._changed = True  # measured again once let go
            return
        self._wanted = content_widths(self._view, self._stretch, self.widest)
        self._changed = False
        self._share()

    def _share(self) -> None:
        header = self._view.horizontalHeader()
        room = self._view.viewport().width()
        stretch_heading = str(
            (self._view.model().headerData(self._stretch, Qt.Orientation.Horizontal) or "")
            if self._view.model() is not None
            else ""
        )
        stretch_needs = max(
            header.fontMetrics().horizontalAdvance(stretch_heading) + HEADING_ROOM, 2 * NARROWEST
        )
        # Columns the page hides stay hidden; only the optional ones come and go here.
        widths = {
            column: width
            for column, width in self._wanted.items()
            if column in self._optional or not self._view.isColumnHidden(column)
        }
        for column in reversed(self._optional):
            crowded = sum(widths.values()) + stretch_needs > room
            self._view.setColumnHidden(column, crowded)
            if crowded:
                widths.pop(column, None)
        floors = {
            column: widths[column]
            if column in self._whole
            else max(NARROWEST, _heading_width(self._view, column))
            for column in widths
        }
        excess = sum(widths.values()) + stretch_needs - room
        # The widest columns give way first, never below their heading.
        while excess > 0:
            shrinkable = [c for c in widths if widths[c] > floors[c]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda c: widths[c])
            others = [widths[c] for c in shrinkable if c != widest]
            target = max(floors[widest], max(others, default=0), widths[widest] - excess)
            if target >= widths[widest]:
                target = max(floors[widest], widths[widest] - excess)
            excess -= widths[widest] - target
            widths[widest] = target
        for column, width in widths.items():
            header.resizeSection(column, width)


def _heading_width(view: QTableView, column: int) -> int:
    model = view.model()
    heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    return view.horizontalHeader().fontMetrics().horizontalAdvance(heading) + HEADING_ROOM


class CutTextTips(QStyledItemDelegate):
    """Draws cells as usual; hovering over a cell whose text is cut short shows it whole.

    Cells are laid out by Qt alone, with no Python step per painted cell (on a page of a
    few hundred cells, one had been several milliseconds of its first painting). A model
    that gives a cell a pale fill (a RAG rating, a problem found) gives it dark text too,
    :data:`ON_PALE` as ``ForegroundRole``, so it stays readable on the dark theme.
    """

    def tooltip_for(self, view: QAbstractItemView, index: QModelIndex) -> str:
        """What hovering over ``index`` shows: its whole text when cut, and any tooltip."""
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        tip_text = str(tip) if tip else ""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text or text in tip_text:
            return tip_text
        option = QStyleOptionViewItem()
        option.initFrom(view)
        rect = view.visualRect(index)
        lines = text.splitlines() or [text]
        widest = max(view.fontMetrics().horizontalAdvance(line) for line in lines)
        if widest + CELL_ROOM // 2 <= rect.width():
            return tip_text
        return f"{text}\n{tip_text}" if tip_text else text

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Show the cell's whole text when it is cut short."""
        if event.type() == QEvent.Type.ToolTip and isinstance(index, QModelIndex):
            tip = self.tooltip_for(view, index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


def show_cut_text_on_hover(view: QAbstractItemView) -> None:
    """Give ``view`` (if it draws its cells the plain way) tooltips for cut-short text."""
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(CutTextTips(view))


def show_cut_text_everywhere(root: QWidget) -> None:
    """Give every plain item view under ``root`` tooltips for cut-short text."""
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QHeaderView):
            show_cut_text_on_hover(view)
