"""The plan page: every item by phase and theme, with filters and the item editor."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Unpack

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from dass_desktop.domain import plan_rules, plan_sql, plan_store, plan_terms
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.overview_sql import load_profile
from dass_desktop.domain.plan_terms import PlanRow
from dass_desktop.domain.timeline import Phase, day_number
from dass_desktop.ui.forms.ui_plan_page import Ui_PlanPage
from dass_desktop.ui.list_page import ListPanel, page_action
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.plan_edits import add_evidence, move_item, remove_evidence, save_in_place
from dass_desktop.ui.plan_filter import (
    ANY_OWNER,
    FilterChange,
    PlanFilterModel,
    RagFilter,
    StatusFilter,
    offer_owners,
)
from dass_desktop.ui.plan_model import NodeKeyRole, PlanColumn, PlanTreeModel
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.table_columns import show_cut_text_everywhere

if TYPE_CHECKING:
    from dass_desktop.ui.plan_editor import PlanItemEditor


class PlanPage(QWidget):
    """The director's working plan.

    Keys: Ctrl+N new item, Space marks the selected item done (or reopens it), Delete deletes
    it (Ctrl+Z undoes), Ctrl+F searches, Ctrl+Up/Down move it within its theme.

    Signals:
        status_message(str): a short message for the window's status bar.
        export_requested(): the director asked to export the plan as a PDF.
    """

    title = "Plan"
    status_message = Signal(str)
    export_requested = Signal()

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store, bus, today = context.store, context.bus, context.today
        self.ui = Ui_PlanPage()
        self.ui.setupUi(self)
        self.store = store
        self._bus = bus
        self._today = today
        self._start: dt.date | None = None
        self._collapsed: set[str] = set()
        self._swapping = False  # while the tree's model is changed (see _through_proxy)
        # The item Ctrl+N made and the undo stack's size just after, while Esc may take it away.
        self._fresh: tuple[int, int] | None = None
        self._made: tuple[int, int] | None = None  # the same, while its edits fold into it
        self.ui.pageTitle.setProperty("role", "heading")
        self.ui.summary.setProperty("role", "muted")

        self.model = PlanTreeModel(today, self)
        self.proxy = PlanFilterModel(today, self)
        self._editor: PlanItemEditor | None = None  # made when first needed (see editor)
        tree = self.ui.tree
        self.list: ListPanel[PlanRow] = ListPanel(
            view=tree,
            model=self.model,
            proxy=self.proxy,
            search=self.ui.searchEdit,
            splitter=self.ui.splitter,
            sizes=(760, 400),
            show=self._show_in_editor,
            edit=self._edit_selected,
            delete=self.delete_selected,
            clear_filters=self.clear_filters,
            direct=True,  # the proxy goes in only while a filter narrows or a column sorts
        )
        tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        tree.header().sortIndicatorChanged.connect(lambda *_: self._through_proxy(True))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PlanColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PlanColumn.STATUS, 96),
            (PlanColumn.RAG, 60),
            (PlanColumn.OWNER, 130),
            (PlanColumn.DUE, 84),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        tree.collapsed.connect(lambda i: self._collapsed.add(i.data(NodeKeyRole)))
        tree.expanded.connect(lambda i: self._collapsed.discard(i.data(NodeKeyRole)))
        self.ui.splitter.setCollapsible(1, True)  # folded away while nothing is chosen

        for choice in StatusFilter:
            self.ui.statusFilter.addItem(choice.value, choice)
        for rag_choice in RagFilter:
            self.ui.ragFilter.addItem(rag_choice.value, rag_choice)
        self.ui.statusFilter.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.ui.statusFilter.currentData())
        )
        self.ui.ragFilter.currentIndexChanged.connect(
            lambda _i: self._filter(rag=self.ui.ragFilter.currentData())
        )
        self.ui.ownerFilter.currentIndexChanged.connect(
            lambda _i: self._filter(owner=self.ui.ownerFilter.currentText() or ANY_OWNER)
        )
        self.ui.overdueOnly.toggled.connect(lambda on: self._filter(overdue_only=on))
        self.ui.searchEdit.textChanged.connect(lambda text: self._filter(text=text))
        # One filter change can insert and remove rows many times over; the tree's expansion
        # is set once, when they are done, not once per change (expandAll is costly).
        self._expansion_due = QTimer(self)
        self._expansion_due.setSingleShot(True)
        self._expansion_due.setInterval(0)
        self._expansion_due.timeout.connect(self._apply_expansion)
        self.proxy.layoutChanged.connect(self._after_filter)
        self.proxy.rowsInserted.connect(self._after_filter)
        self.proxy.rowsRemoved.connect(self._after_filter)

        self.ui.newItemButton.clicked.connect(self.new_item)
        self.ui.newThemeButton.clicked.connect(self.new_theme)
        self.ui.exportButton.clicked.connect(self.export_requested)
        whole_page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        page_action(self, "New plan item", "Ctrl+N", self.new_item)
        page_action(self, "Find in the plan", "Ctrl+F", self.list.focus_search)
        shortcut("Space", tree, self.toggle_done)
        shortcut("Ctrl+Up", self, lambda: self._move_selected(-1), whole_page)
        shortcut("Ctrl+Down", self, lambda: self._move_selected(1), whole_page)
        self.refresh()

    @property
    def editor(self) -> PlanItemEditor:
        """The item editor, made when first needed: nothing is chosen as the page opens."""
        if self._editor is None:
            from dass_desktop.ui.plan_editor import PlanItemEditor

            editor = self._editor = PlanItemEditor(lambda: self._start, self)
            self.ui.editorHostLayout.addWidget(editor)
            editor.show()  # now, not once the events queued are done: sized as it is shown
            show_cut_text_everywhere(editor)  # as the window does for each page it makes
            editor.save_requested.connect(self._save)
            editor.delete_requested.connect(lambda item_id: self.delete_items([item_id]))
            editor.move_requested.connect(self._move)
            editor.evidence_add_requested.connect(
                lambda i, target, label: add_evidence(
                    self.context.ops,
                    self.store,
                    (i, target, label),
                    self._today(),
                    lambda: self.select_item(i),
                    self,
                )
            )
            editor.evidence_remove_requested.connect(
                lambda link: remove_evidence(self.context.ops, self.store, link, self)
            )
            whole_page = Qt.ShortcutContext.WidgetWithChildrenShortcut
            shortcut("Escape", editor, self._escape_editor, whole_page)
        return self._editor

    # --- data ------------------------------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        """Refresh when the plan or the profile (start date) changed."""
        if changes.touches(Area.PLAN, Area.PROFILE):
            self.refresh()

    def refresh(self) -> None:
        """Reload every item and keep the selection, expansion and filters."""
        # Plain sqlite3 reads, equal to the ORM's (tests hold them so): a large plan reads
        # in two thirds of the time, and the page's first open compiles no ORM statement.
        profile = load_profile(self.store.quick())
        self._start = profile.start_date if profile else None
        selected = self.selected_item_id()
        rows = plan_sql.list_items(self.store.quick(), self._start)
        self.model.set_rows(rows)
        if offer_owners(self.ui.ownerFilter, rows):
            self._filter(owner=self.ui.ownerFilter.currentText())
        progress = plan_rules.progress_of("All", rows)
        overdue = plan_rules.count_overdue(rows, self._today())
        self.ui.summary.setText(f"{progress.sentence} · {overdue} overdue")
        self._apply_expansion()
        if selected is not None and self.model.row(selected) is not None:
            self.select_item(selected)
        else:
            self._show_in_editor(None)
        if selected is not None:
            self._show_in_editor(self.model.row(selected))

    def _filter(self, **change: Unpack[FilterChange]) -> None:
        """Change the filters; the tree shows its items through them only while any narrows.

        With nothing narrowed or sorted the tree shows the model straight: through the
        proxy, laying out a large plan costs a few Python calls an item more.
        """
        through = self.proxy.would_narrow(**change) or self._sorted()
        if through:  # in before it narrows, so the tree sees rows go as the filter takes them
            self._through_proxy(True)
        self.proxy.set_filters(**change)
        if not through:
            self._through_proxy(False)

    def _sorted(self) -> bool:
        return self.ui.tree.header().sortIndicatorSection() >= 0

    def _through_proxy(self, on: bool) -> None:
        """Put the proxy between the tree and its items, or take it out (a sort keeps it)."""
        self._swapping = True  # the proxy sorts as the tree takes it, before the choice is back
        try:
            swapped = self.list.show_through_proxy(on or self._sorted(), self._apply_expansion)
        finally:
            self._swapping = False
        if swapped:
            self._after_filter()

    def _after_filter(self) -> None:
        if self._swapping:
            return
        self._expansion_due.start()
        if self.list.current() is None and self._editor and self._editor.item_id is not None:
            self._show_in_editor(None)  # the filter hid the item being shown

    def _apply_expansion(self) -> None:
        tree = self.ui.tree
        if self.list.shows_proxy and self.proxy.active:
            tree.expandAll()
            return
        shown = tree.model()  # the proxy, or the items straight while nothing narrows them
        for p in range(shown.rowCount()):
            phase = shown.index(p, 0)
            tree.setExpanded(phase, phase.data(NodeKeyRole) not in self._collapsed)
            for t in range(shown.rowCount(phase)):
                theme = shown.index(t, 0, phase)
                tree.setExpanded(theme, theme.data(NodeKeyRole) not in self._collapsed)

    # --- selection -------------------------------------------------------------------------
    def selected_item_id(self) -> int | None:
        """The id of the selected item, if an item (not a group) is selected."""
        row = self.list.current()
        return row.id if row else None

    def select_item(self, item_id: int) -> bool:
        """Select and show an item (clearing filters that hide it); False if it is gone."""
        index = self.list.index_of(item_id)
        if index is None:
            return False
        self.list.choose(index)
        return True

    def _edit_selected(self) -> None:
        """Enter, F2 or a double click on an item puts the cursor in its editor."""
        if self.list.current() is not None:
            self.editor.focus_title()

    def clear_filters(self) -> None:
        """Show every item."""
        self.ui.searchEdit.clear()
        self.ui.statusFilter.setCurrentIndex(0)
        self.ui.ragFilter.setCurrentIndex(0)
        self.ui.ownerFilter.setCurrentIndex(0)
        self.ui.overdueOnly.setChecked(False)

    def _show_in_editor(self, row: PlanRow | None) -> None:
        if self._fresh is not None and (row is None or row.id != self._fresh[0]):
            self._fresh = None  # moved on: Esc leaves the new item be
        if row is None:  # the empty state shows no themes, owners or evidence: none read
            if self._editor is not None:  # (an editor not yet made shows nothing already)
                self._editor.show_item(None, (), (), ())
        else:
            self.editor.show_item(
                row,
                plan_store.list_themes(self.store),
                plan_store.recent_owners(self.store),
                plan_store.list_evidence(self.store, row.id),
            )
        self._fit_detail(row is not None)

    def _fit_detail(self, showing: bool) -> None:
        """Give the list the whole width while nothing is chosen; open the editor when it is."""
        splitter = self.ui.splitter
        total = sum(splitter.sizes()) or splitter.width()
        detail = splitter.sizes()[1]
        if not showing:
            splitter.setSizes([total, 0])
        elif detail == 0:
            splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    # --- actions ---------------------------------------------------------------------------
    def _save(self, item_id: int, fields: dict[str, Any]) -> None:
        """Save an edit in place undoably; say beside the field why it was refused."""
        self._fresh = None  # changed: Esc no longer takes the new item away
        try:
            save_in_place(
                self.context.ops,
                self.store,
                (item_id, fields),
                self._today,
                self._start,
                self._made,
                lambda: self._show_again(item_id),
            )
        except InvalidInput as problem:
            self.editor.show_problem(problem)

    def _show_again(self, item_id: int) -> None:
        """After an undo: select the item and show every field as it now is."""
        if self.editor.item_id == item_id:  # what is typed in another item's fields stays
            self.editor.forget_shown()
        if not self.select_item(item_id):
            return
        self._show_in_editor(self.model.row(item_id))

    def new_item(self) -> None:
        """Add an item to the selected theme (or the first) in the selected phase, then edit it."""
        themes = plan_store.list_themes(self.store)
        if not themes:
            self.new_theme()
            themes = plan_store.list_themes(self.store)
            if not themes:
                return
        current = self.list.current()
        theme_id = current.theme_id if current else self._theme_of_selection(themes)
        if current is not None:
            phase = current.phase
        elif self._start is not None:
            phase = Phase.of_day(day_number(self._start, self._today()))
        else:
            phase = Phase.FIRST_30
        store = self.store
        self.clear_filters()
        item_id = self.context.ops.run_create(
            "Added a new item.",
            lambda: plan_store.add_item(
                store, theme_id=theme_id, title="New item", kind="action", phase=phase
            ),
            lambda made: plan_store.delete_items(store, [made], dt.datetime.now()),
            lambda made: plan_store.restore_items(store, [made]),
            parent=self,
        )
        if item_id is None:
            return
        self._fresh = self._made = (item_id, self.context.undo_stack.count())
        self.select_item(item_id)
        self.editor.focus_title()
        self.status_message.emit("Added a new item: type its title (Esc takes it away again)")

    def _escape_editor(self) -> None:
        """Esc in the editor: a new item left untouched goes; either way, back to the list."""
        fresh, self._fresh = self._fresh, None
        row = self.list.current()
        untouched = (
            fresh is not None
            and row is not None
            and row.id == fresh[0]
            and self.editor.untouched()
            and self.context.ops.withdraw(fresh[1])
        )
        if untouched:
            self.status_message.emit("New item taken away")
        self.ui.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _theme_of_selection(self, themes: list[plan_terms.ThemeRow]) -> int:
        key = self.ui.tree.currentIndex().data(NodeKeyRole) or ""
        if key.startswith("theme:"):
            return int(key.rsplit(":", 1)[1])
        return themes[0].id

    def new_theme(self) -> None:
        """Ask for a theme name and add it."""
        name, ok = QInputDialog.getText(self, "New theme", "Name of the theme:")
        if not ok:
            return
        store = self.store
        made = self.context.ops.run_create(
            f"Added the theme “{name.strip()[:60]}”.",
            lambda: plan_store.add_theme(store, name),
            lambda theme_id: plan_store.remove_theme(store, theme_id),
            lambda theme_id: plan_store.add_theme(store, name, theme_id)[1],
            parent=self,
            title="Theme not added",
        )
        if made is None:
            return
        self.status_message.emit(f"Added the theme “{name.strip()}”; add items to it with Ctrl+N")

    def toggle_done(self) -> None:
        """Mark the selected item done, or reopen it."""
        row = self.list.current()
        if row is None:
            return
        if self._editor is not None:
            self._editor.flush()
        store, today, before = self.store, self._today, row.status
        done = before is not plan_terms.Status.DONE
        self.context.ops.run(
            f"{'Marked' if done else 'Reopened'} “{row.title[:60]}”{' done' if done else ''}.",
            lambda: plan_store.toggle_done(store, row.id, today()),
            lambda: plan_store.update_item(store, row.id, today(), status=before),
            parent=self,
            after_undo=lambda: self.select_item(row.id),
        )

    def delete_selected(self) -> None:
        """Delete the selected item (undo with Ctrl+Z)."""
        row = self.list.current()
        if row is not None:
            self.delete_items([row.id])

    def delete_items(self, item_ids: list[int]) -> None:
        """Delete items through the undo stack, and say how to undo it."""
        rows = [r for r in (self.model.row(i) for i in item_ids) if r is not None]
        if not rows:
            return
        if self._editor is not None:
            self._editor.flush()
        ids = [r.id for r in rows]
        what = f"“{rows[0].title[:60]}”" if len(rows) == 1 else f"{len(rows)} items"
        self.context.ops.run(
            f"Deleted {what}.",
            lambda: plan_store.delete_items(self.store, ids, dt.datetime.now()),
            lambda: plan_store.restore_items(self.store, ids),
            parent=self,
            title="Not deleted",
            after_undo=lambda: self.select_item(ids[0]),
        )

    def _move(self, item_id: int, step: int) -> None:
        move_item(self.context.ops, self.store, (item_id, step), self.select_item, self)

    def _move_selected(self, step: int) -> None:
        row = self.list.current()
        if row is not None:
            self._move(row.id, step)
