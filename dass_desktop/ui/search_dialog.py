"""Search everything (Ctrl+K): a box over the window that finds as the director types.

The cursor stays in the box: Up and Down move through the hits (skipping the headings),
Enter (or a double click) opens the chosen record on its page, Esc closes. Results are
grouped by kind, best first; a short pause after each key keeps fast typing smooth.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import search_rules, search_store
from dass_desktop.domain.search_terms import Hit
from dass_desktop.store import Store
from dass_desktop.ui.search_model import SearchResultsModel

PAUSE_MS = 60
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 5,
    Qt.Key.Key_PageUp: -5,
}


class SearchDialog(QDialog):
    """The search box and its grouped results.

    Signals:
        open_record(HitKind, int): the director chose a record to open.
    """

    open_record = Signal(object, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle("Search everything")
        self.setAccessibleName("Search everything")
        layout = QVBoxLayout(self)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText("Search plan, teams, contacts, visits, one-to-ones and risks")
        self.box.setAccessibleName("Search everything")
        self.box.setAccessibleDescription(
            "Type words or the start of them; Up and Down choose a result, Enter opens it."
        )
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName("Search results")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the box
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.view, 1)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setAccessibleName("Search status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.snippet = QLabel(self)
        self.snippet.setTextFormat(Qt.TextFormat.PlainText)  # the director's words, as typed
        self.snippet.setWordWrap(True)
        self.snippet.setAccessibleName("Where the words were found")
        layout.addWidget(self.snippet)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.view.doubleClicked.connect(self._open_index)
        self.view.selectionModel().currentChanged.connect(self._show_snippet)
        self.resize(640, 440)
        self._show_status("")

    # --- searching -----------------------------------------------------------------------
    def start(self) -> None:
        """Show the box over its window, with the last words chosen and results refreshed."""
        parent = self.parentWidget()
        if parent is not None:
            frame = parent.geometry()
            width = min(self.width(), max(frame.width() - 40, 320))
            self.resize(width, min(self.height(), max(frame.height() - 80, 240)))
            self.move(frame.x() + (frame.width() - width) // 2, frame.y() + 60)
        self.box.selectAll()
        self.box.setFocus()
        self.run_search()
        self.open()

    def run_search(self) -> None:
        """Search for what is in the box now and show the hits, the first one chosen."""
        self._timer.stop()
        typed = self.box.text()
        result = search_store.search(self._store, typed, per_kind=search_store.BOX_PER_KIND)
        self.model.set_result(result)
        rows = self.model.hit_rows()
        if rows:
            self._choose(rows[0])
        else:
            self.snippet.clear()
        total = sum(group.total for group in result.groups)
        self._show_status(typed, total, len(result.groups), len(result))

    def _show_status(self, typed: str, hits: int = 0, kinds: int = 0, shown: int = 0) -> None:
        if not typed.strip():
            text = "Type a few letters of a title, a name, a place or a note."
        elif not search_rules.words_of(typed):
            text = "Type letters or digits: symbols on their own are not searched."
        elif hits == 0:
            text = "Nothing matches. Try fewer words, or the start of one."
        else:
            groups = "one kind" if kinds == 1 else f"{kinds} kinds"
            found = "1 match" if hits == 1 else f"{hits} matches"
            more = " (the best of each kind shown: add a word to narrow it)" if shown < hits else ""
            text = f"{found} in {groups}{more}. Enter opens the chosen one; Esc closes."
        self.status.setText(text)

    # --- choosing --------------------------------------------------------------------------
    def current_hit(self) -> Hit | None:
        """The hit chosen in the list, if any."""
        return self.model.hit_at(self.view.currentIndex().row())

    def _choose(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def move_choice(self, step: int) -> None:
        """Choose the hit ``step`` hits after (or before) the chosen one, stopping at the ends."""
        rows = self.model.hit_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        at = rows.index(current) if current in rows else -1 if step > 0 else len(rows)
        self._choose(rows[max(0, min(len(rows) - 1, at + step))])

    def _show_snippet(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.model.hit_at(current.row())
        self.snippet.setText(f"{hit.kind.label}: {hit.snippet}" if hit and hit.snippet else "")

    def open_current(self) -> None:
        """Open the chosen hit's record (searching first if the last keys are not yet)."""
        if self._timer.isActive():
            self.run_search()
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.open_record.emit(hit.kind, hit.id)

    def _open_index(self, index: QModelIndex) -> None:
        if self.model.hit_at(index.row()) is not None:
            self._choose(index.row())
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the box move through the results."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None:
                self.move_choice(step)
                return True
        return super().eventFilter(watched, event)
