"""Find what a user would see as broken in a laid-out window: clipped text, overlaps.

Used by the layout and accessibility tests; each finding is one plain line naming the
widget by its object name (or class) and its path from the window, so a failure says where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSplitter,
    QSplitterHandle,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from dass_desktop.ui.table_columns import CutTextTips

SLACK = 2  # pixels of rounding a style may take without the text looking cut
ELLIPSIS = "…"


def name_of(widget: QWidget, top: QWidget) -> str:
    """``widget``'s path from ``top``, by object names where they exist."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _inside_item_view(widget: QWidget) -> bool:
    """Editors and delegates inside a view are the view's business, not the layout's."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _elided_on_purpose(shown: str, widget: QWidget) -> bool:
    return shown.endswith(ELLIPSIS) and bool(widget.toolTip())


def clipped_text(top: QWidget) -> list[str]:
    """Labels and buttons whose text is wider (or taller) than the room they were given."""
    found: list[str] = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or _inside_item_view(widget):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if _elided_on_purpose(text, widget):
                continue
            room = widget.contentsRect()
            if widget.wordWrap():
                needed_height = widget.heightForWidth(widget.width())
                if needed_height > widget.height() + SLACK:
                    found.append(
                        f"{name_of(widget, top)}: {text[:40]!r} needs {needed_height}px "
                        f"high, has {widget.height()}"
                    )
                continue
            needed = widget.minimumSizeHint().width()
            if widget.textFormat() == Qt.TextFormat.PlainText or not QtGui.Qt.mightBeRichText(text):
                margins = widget.contentsMargins()
                needed = (
                    widget.fontMetrics().horizontalAdvance(text.replace("&", "", 1))
                    + margins.left()
                    + margins.right()
                    + 2 * widget.margin()
                    + 2 * widget.indent() * (widget.indent() > 0)
                )
            if needed > widget.width() + SLACK or widget.sizeHint().height() > room.height() + (
                2 * SLACK + widget.contentsMargins().top() + widget.contentsMargins().bottom()
            ):
                found.append(
                    f"{name_of(widget, top)}: {text[:40]!r} needs {needed}px, "
                    f"has {widget.width()}x{widget.height()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            if isinstance(widget, QToolButton) and widget.text() == "...":
                continue
            if _elided_on_purpose(widget.text(), widget):
                continue
            needed = widget.minimumSizeHint().width()
            if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
                needed = widget.sizeHint().width()
                if isinstance(widget, QPushButton):
                    # A push button's hint includes its default 80px minimum width; the
                    # text itself is what must fit.
                    needed = (
                        widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 12
                    )
            if needed > widget.width() + SLACK:
                found.append(
                    f"{name_of(widget, top)}: {widget.text()[:40]!r} needs {needed}px, "
                    f"has {widget.width()}"
                )
    return found


def _ignored_for_overlap(widget: QWidget) -> bool:
    return isinstance(widget, QScrollBar | QSplitterHandle | QHeaderView | QTabBar) or (
        widget.isWindow()
    )


def overlaps(top: QWidget) -> list[str]:
    """Visible siblings whose rectangles cover one another."""
    found: list[str] = []
    parents = [top, *top.findChildren(QWidget)]
    for parent in parents:
        if not _shown(parent, top) and parent is not top:
            continue
        if isinstance(parent, QStackedWidget | QAbstractScrollArea) or _inside_item_view(parent):
            continue
        children = [
            child
            for child in parent.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if _shown(child, top) and not _ignored_for_overlap(child)
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                shared: QRect = first.geometry().intersected(second.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    found.append(
                        f"{name_of(first, top)} overlaps {name_of(second, top)} "
                        f"by {shared.width()}x{shared.height()}"
                    )
    return found


def _folded_away(widget: QWidget) -> bool:
    """True for a splitter pane the splitter has collapsed to nothing."""
    splitter = widget.parentWidget()
    if not isinstance(splitter, QSplitter):
        return False
    index = splitter.indexOf(widget)
    return index >= 0 and splitter.sizes()[index] == 0


def off_screen(top: QWidget) -> list[str]:
    """Visible widgets that reach past the window's edge, and tables wider than their view."""
    found: list[str] = []
    bounds = top.rect()
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or _inside_item_view(widget) or widget.isWindow():
            continue
        if isinstance(widget.parentWidget(), QAbstractScrollArea) or _in_scroll_area(widget):
            continue
        place = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if place.isEmpty() or _folded_away(widget):
            continue  # a collapsed splitter pane: Qt moves it out of sight, nothing on show
        if not bounds.contains(place):
            found.append(f"{name_of(widget, top)} reaches past the window: {place} in {bounds}")
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view, top):
            continue
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None:
            continue
        heading = header()
        if heading.isHidden() and not heading.count():
            continue
        if heading.length() > view.viewport().width() + SLACK:
            found.append(
                f"{name_of(view, top)}: columns need {heading.length()}px, "
                f"view shows {view.viewport().width()}"
            )
    return found


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def squeezed_inputs(top: QWidget) -> list[str]:
    """Search boxes and choosers squeezed too narrow to show what they hold."""
    found: list[str] = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or _inside_item_view(widget):
            continue
        if isinstance(widget, QLineEdit) and not isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            hint = widget.placeholderText() or widget.text()
            needed = min(widget.fontMetrics().horizontalAdvance(hint) + 16, 120)
        elif isinstance(widget, QComboBox):
            needed = min(widget.fontMetrics().horizontalAdvance(widget.currentText()) + 28, 140)
        else:
            continue
        if widget.width() + SLACK < needed:
            found.append(f"{name_of(widget, top)}: needs {needed}px, has {widget.width()}")
    return found


def _columns(view: QAbstractItemView) -> list[int]:
    if isinstance(view, QListView):
        return [view.modelColumn()]
    return list(range(view.model().columnCount()))


def cut_cells(top: QWidget) -> list[str]:
    """Column headings cut short, and cells cut short with no tooltip holding their text."""
    found: list[str] = []
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view, top) or view.model() is None:
            continue
        getter = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        header = getter() if getter is not None else None
        model = view.model()
        metrics = view.fontMetrics()
        for column in _columns(view):
            if header is None or header.isSectionHidden(column) or not header.isVisibleTo(top):
                continue
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(heading) + 6
            if header.sectionSize(column) < needed:
                found.append(
                    f"{name_of(view, top)}: heading {heading!r} needs {needed}px, "
                    f"has {header.sectionSize(column)}"
                )
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for column in _columns(view):
                if header is not None and header.isSectionHidden(column):
                    continue
                index = model.index(row, column)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text:
                    continue
                rect = view.visualRect(index)
                if rect.isEmpty():
                    continue
                lines = text.splitlines() or [text]
                widest = max(metrics.horizontalAdvance(line) for line in lines)
                if widest + 6 <= rect.width() or (
                    getattr(view, "wordWrap", bool)() and len(lines) == 1
                ):
                    continue
                delegate = view.itemDelegateForIndex(index)
                tip = (
                    delegate.tooltip_for(view, index)
                    if isinstance(delegate, CutTextTips)
                    else index.data(Qt.ItemDataRole.ToolTipRole)
                )
                if not isinstance(tip, str) or text.split("\n")[0][:60] not in tip:
                    found.append(
                        f"{name_of(view, top)}: cell {text[:30]!r} is cut short "
                        "with no tooltip holding it"
                    )
                    break
    return found


def every_tab(top: QWidget) -> Iterator[str]:
    """Show each tab of each visible tab widget in turn, yielding where it is."""
    for tabs in top.findChildren(QTabWidget):
        if not _shown(tabs, top):
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"{name_of(tabs, top)} tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(first)
        QApplication.processEvents()


def on_every_tab(top: QWidget, check: Callable[[QWidget], list[str]]) -> list[str]:
    """What ``check`` finds on ``top`` as it stands and with each of its tabs shown."""
    found = check(top)
    for where in every_tab(top):
        found += [f"{where}: {problem}" for problem in check(top)]
    return sorted(set(found))


def colour_alone(top: QWidget) -> list[str]:
    """Cells that are coloured (a RAG rating, a warning) but carry no word saying why."""
    found: list[str] = []
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view, top) or view.model() is None or isinstance(view, QHeaderView):
            continue
        model = view.model()
        for row in range(min(model.rowCount(), 60)):
            for column in _columns(view):
                index = model.index(row, column)
                # A text colour on an empty cell shows nothing; a filled cell shows a colour.
                coloured = index.data(Qt.ItemDataRole.BackgroundRole) is not None
                if coloured and not str(index.data() or "").strip():
                    found.append(f"{name_of(view, top)}: row {row} column {column} is colour only")
    return found


def layout_problems(top: QWidget) -> list[str]:
    """Everything wrong with ``top``'s layout as it stands."""
    return (
        clipped_text(top) + overlaps(top) + off_screen(top) + squeezed_inputs(top) + cut_cells(top)
    )


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_controls(top: QWidget) -> list[str]:
    """Interactive controls a screen reader would announce with no name."""
    found: list[str] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _shown(widget, top):
            continue
        if _inside_item_view(widget) or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue  # the combo box's own editor: the combo box carries the name
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue
        if isinstance(widget, QDialogButtonBox):
            continue
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if _has_buddy(widget, top):
            continue
        found.append(f"{name_of(widget, top)} ({type(widget).__name__}) has no accessible name")
    return found


def _has_buddy(widget: QWidget, top: QWidget) -> bool:
    return any(
        label.buddy() is widget and label.text().strip() for label in top.findChildren(QLabel)
    )
