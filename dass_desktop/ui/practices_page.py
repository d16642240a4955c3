"""The Practices page: the habits the guidance asks of a director, kept up or lapsed.

A practice is never ticked off. The page lists each with its cadence, when it was last
practised and whether it is kept up; choosing one shows its log (visits and briefings that
counted on their own, and what was logged by hand). "Done today" and "Recognition today"
add to the log, and "Take out" removes the chosen entry, each through the window's
operation runner, so Ctrl+Z takes it back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dass_desktop.domain import practice_store
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.practice_terms import LogEntry, LogKind, PracticeRow, PracticeState
from dass_desktop.domain.profile import load_profile
from dass_desktop.ui import theme
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import (
    Column,
    RowRole,
    RowTableModel,
    SortRole,
    SourceSortProxy,
    choose_row,
)
from dass_desktop.ui.shortcuts import shortcut


def _date(day: dt.date | None) -> str:
    return day.strftime("%a %d %b %Y") if day else "Not yet"


class PracticesModel(RowTableModel[PracticeRow]):
    """The practices, one a row, the lapsed ones marked in words and colour."""

    columns = (
        Column[PracticeRow]("Practice", lambda r: r.title),
        Column[PracticeRow]("Cadence", lambda r: r.cadence.label, lambda r: r.cadence.days),
        Column[PracticeRow](
            "Last practised",
            lambda r: _date(r.last_practised),
            lambda r: r.last_practised or dt.date.min,
        ),
        Column[PracticeRow]("Kept up?", lambda r: r.state.label),
        Column[PracticeRow](
            "Next by", lambda r: _date(r.next_by), lambda r: r.next_by or dt.date.max
        ),
    )

    def tooltip(self, row: PracticeRow) -> str | None:
        """The practice's help text and where the guidance asks for it."""
        return f"{row.help}\n\n{row.guidance_ref}"

    def extra(self, row: PracticeRow, column: int, role: int) -> object:
        """Lapsed practices read in the theme's warning colour (the word says it too)."""
        if role == Qt.ItemDataRole.ForegroundRole and row.state is PracticeState.LAPSED:
            return QBrush(theme.warning())
        return None


class LogModel(RowTableModel[LogEntry]):
    """A practice's log, newest first."""

    columns = (
        Column[LogEntry]("When", lambda e: _date(e.practised_on), lambda e: e.practised_on),
        Column[LogEntry](
            "What counted",
            lambda e: e.kind.label + (" (logged visit)" if e.id is None else ""),
        ),
        Column[LogEntry]("Note", lambda e: e.note.replace("\n", " ")),
    )


class PracticesPage(QWidget):
    """The director's practices and their logs."""

    title = "Practices"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel("Practices: what you keep up, and what has lapsed", self)
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        intro = QLabel(
            "Habits to keep up rather than tasks to finish. A practice lapses when its "
            "cadence passes without an entry; visits and briefings you log count on their own."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel()
        self.summary.setObjectName("practicesSummary")
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = PracticesModel(self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSourceModel(self.model)
        self.view = self._table(self.proxy, "practicesView")
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        splitter.addWidget(self.view)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.help = QLabel("Choose a practice to see its log.")
        self.help.setWordWrap(True)
        detail_layout.addWidget(self.help)
        buttons = QHBoxLayout()
        self.done_button = QPushButton("&Done today")
        self.done_button.setToolTip("Log that you practised it today (Ctrl+D)")
        self.done_button.clicked.connect(lambda: self.log_today(LogKind.DONE))
        self.recognition_button = QPushButton("&Recognition today")
        self.recognition_button.setToolTip("Log a thank-you or shout-out given today")
        self.recognition_button.clicked.connect(lambda: self.log_today(LogKind.RECOGNITION))
        self.remove_button = QPushButton("&Take out entry")
        self.remove_button.setToolTip("Take the chosen entry out of the log (Ctrl+Z undoes)")
        self.remove_button.clicked.connect(self.remove_entry)
        for button in (self.done_button, self.recognition_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        self.log_model = LogModel(self)
        self.log_view = self._table(self.log_model, "practiceLogView")
        self.log_view.setSortingEnabled(False)
        self.log_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        detail_layout.addWidget(self.log_view)
        splitter.addWidget(detail)
        splitter.setSizes([300, 260])
        layout.addWidget(splitter, 1)
        shortcut("Ctrl+D", self, lambda: self.log_today(LogKind.DONE))
        self.refresh()

    @staticmethod
    def _table(model: object, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName("Practices" if name == "practicesView" else "Practice log")
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # plan order
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if name == "practiceLogView":
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return view

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the practices again, keeping the chosen one chosen."""
        chosen = self.current()
        profile = load_profile(self.ctx.store)
        start = profile.start_date if profile else None
        rows = practice_store.list_practices(self.ctx.store, start, self.ctx.today())
        self.model.set_rows(rows)
        lapsed = [r for r in rows if r.state is PracticeState.LAPSED]
        kept = sum(1 for r in rows if r.state is PracticeState.KEPT_UP)
        waiting = len(rows) - kept - len(lapsed)
        self.summary.setText(
            "No practices yet."
            if not rows
            else f"{kept} of {len(rows)} kept up"
            + (f", {waiting} not due yet" if waiting else "")
            + (f"; lapsed: {', '.join(r.title for r in lapsed)}." if lapsed else ".")
        )
        self.summary.setWordWrap(True)
        target = next((r for r in rows if chosen and r.id == chosen.id), None)
        if target is None and rows:
            target = rows[0]
        if target is not None:
            self.choose(target.id)
        else:
            self._show(None)

    def current(self) -> PracticeRow | None:
        """The practice chosen in the table, if any."""
        index = self.view.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row if isinstance(row, PracticeRow) else None

    def choose(self, practice_id: int) -> None:
        """Make the practice with ``practice_id`` the chosen one."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            found = index.data(RowRole)
            if found is not None and found.id == practice_id:
                choose_row(self.view, index)
                self._show(found)
                return

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current.data(RowRole) if current.isValid() else None)

    def _show(self, row: PracticeRow | None) -> None:
        if row is None:
            self.help.setText("Choose a practice to see its log.")
            self.log_model.set_rows([])
        else:
            first = f" First by {_date(row.first_by)}." if row.first_by else ""
            self.help.setText(
                f"<b>{row.title}</b> ({row.cadence.label.lower()}; {row.state.label.lower()})."
                f"{first}<br>{row.help}"
            )
            self.log_model.set_rows(row.log)
        self._enable()

    def _enable(self) -> None:
        has_row = self.current() is not None
        self.done_button.setEnabled(has_row)
        self.recognition_button.setEnabled(has_row)
        entry = self._current_entry()
        self.remove_button.setEnabled(entry is not None and entry.id is not None)

    def _current_entry(self) -> LogEntry | None:
        index = self.log_view.currentIndex()
        entry = index.data(RowRole) if index.isValid() else None
        return entry if isinstance(entry, LogEntry) else None

    # --- changing --------------------------------------------------------------------------
    def log_today(self, kind: LogKind = LogKind.DONE) -> bool:
        """Log the chosen practice as practised today; one undoable step."""
        row = self.current()
        if row is None:
            return False
        store, today = self.ctx.store, self.ctx.today()
        made = self.ctx.ops.run_create(
            f"Logged “{row.title}” as {kind.label.lower()} today.",
            lambda: practice_store.log_practice(store, row.id, today, kind),
            lambda log_id: practice_store.delete_log(store, log_id, dt.datetime.now()),
            lambda log_id: practice_store.restore_log(store, log_id),
            parent=self,
        )
        return made is not None

    def remove_entry(self) -> bool:
        """Take the chosen hand-made entry out of the log; one undoable step."""
        entry, row = self._current_entry(), self.current()
        if entry is None or entry.id is None or row is None:
            return False
        log_id, store = entry.id, self.ctx.store
        return self.ctx.ops.run(
            f"Took the entry of {_date(entry.practised_on)} out of “{row.title}”.",
            lambda: practice_store.delete_log(store, log_id, dt.datetime.now()),
            lambda: practice_store.restore_log(store, log_id),
            parent=self,
        )

    def on_changed(self, changes: Changes) -> None:
        """Refresh when the plan, visits or the profile (start date) changed."""
        if changes.touches(Area.PLAN, Area.ENGAGEMENTS, Area.PROFILE):
            self.refresh()
