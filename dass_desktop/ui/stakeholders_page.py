"""The Stakeholders page: the contacts book, each person's history, and the influence map.

The list shows when each person was last seen and when contact is next due, worked out
from the visit log (never typed); it filters by category and to those overdue, and sorts
by next due so the most overdue come first. Choosing a person shows their details, any
flag on their e-mail or phone, and every visit or meeting with them. Deleting goes on the
window's undo stack (Ctrl+Z).

Signals:
    StakeholdersPage.log_visit_requested(object, object): team ids and people ids to tick
        in a new visit.
    StakeholdersPage.open_engagement(int): show an engagement in the visit log.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from dass_desktop.domain import coverage, overview_sql_contacts, stakeholder_store
from dass_desktop.domain.changes import Area
from dass_desktop.domain.contact_terms import Category
from dass_desktop.domain.dates import long_date
from dass_desktop.domain.overview_sql import load_profile
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.ui import theme
from dass_desktop.ui.contacts_models import (
    FLAG,
    EngagementTableModel,
    StakeholderFilterModel,
    StakeholderTableModel,
)
from dass_desktop.ui.forms.ui_stakeholders_page import Ui_StakeholdersPage
from dass_desktop.ui.lazy_page import RefreshWhenShown
from dass_desktop.ui.list_page import ListPanel, page_action
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.row_models import RowRole
from dass_desktop.ui.stakeholder_map import StakeholderMap
from dass_desktop.ui.table_columns import compact_widths, fit_columns

if TYPE_CHECKING:
    # The editor is imported when first opened, not with the page.
    from dass_desktop.ui.stakeholder_dialog import StakeholderDialog


class StakeholdersPage(RefreshWhenShown, QWidget):
    """The contacts book with each person's detail and history, and the influence map."""

    title = "Stakeholders"
    AREAS = (Area.CONTACTS, Area.ENGAGEMENTS, Area.PROFILE)
    log_visit_requested = Signal(object, object)
    open_engagement = Signal(int)

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        store = context.store
        today = context.today
        bus = context.bus
        self.ui = Ui_StakeholdersPage()
        self.ui.setupUi(self)
        self.store = store
        self._today = today
        self._bus = bus
        self.dialog: StakeholderDialog | None = None
        ui = self.ui
        ui.pageTitle.setObjectName("pageTitle")
        ui.personName.setProperty("role", "heading")
        ui.historyTitle.setProperty("role", "subheading")
        ui.detailPanel.setProperty("role", "card")
        ui.countLine.setProperty("role", "note")
        ui.summaryLine.setProperty("role", "note")
        ui.mapNote.setProperty("role", "note")
        for name in ("personName", "personRole", "personNotes"):
            getattr(ui, name).setTextFormat(Qt.TextFormat.PlainText)
        ui.personFacts.setTextFormat(Qt.TextFormat.RichText)

        self.model = StakeholderTableModel(today, self)
        self.proxy = StakeholderFilterModel(today, self)
        self.list: ListPanel[StakeholderRow] = ListPanel(
            view=ui.table,
            model=self.model,
            proxy=self.proxy,
            search=ui.searchEdit,
            splitter=ui.splitter,
            sizes=(700, 360),
            show=self._show,
            edit=self.edit,
            delete=self.delete,
            clear_filters=self._clear_filters,
            tab=(ui.tabs, ui.contactsTab),
        )
        ui.table.sortByColumn(StakeholderTableModel.DUE, Qt.SortOrder.AscendingOrder)
        fit_columns(ui.table, StakeholderTableModel.ROLE, compact=True)
        # Category and cadence are in the filter and the detail pane; the role needs the room.
        ui.table.setColumnHidden(StakeholderTableModel.CATEGORY, True)
        ui.table.setColumnHidden(StakeholderTableModel.CADENCE, True)

        self.history = EngagementTableModel(today, self, compact=True)
        ui.historyTable.setModel(self.history)
        fit_columns(ui.historyTable, 2)
        ui.historyTable.activated.connect(self._open_history)

        ui.categoryCombo.addItem("All categories", "")
        for category in Category:
            ui.categoryCombo.addItem(category.label, category.value)
        ui.categoryCombo.currentIndexChanged.connect(self._filter_category)
        ui.searchEdit.textChanged.connect(self._filter_text)
        ui.overdueCheck.toggled.connect(self._filter_overdue)

        self.map = StakeholderMap(self._map_people, self._who_is_at, self)
        self.map_chart = self.map.chart
        self.map.chosen.connect(self.select_stakeholder)
        ui.mapChartLayout.addWidget(self.map)
        ui.mapNote.setText(
            "Everyone shown on the Contacts tab (its search and filters apply here too), "
            "numbered: the key beside the map says who each number is. Point at a number to "
            "see who it is, or press Enter on a name in the key to open them."
        )

        ui.newButton.clicked.connect(self.new)
        ui.editButton.clicked.connect(self.edit)
        ui.deleteButton.clicked.connect(self.delete)
        ui.logVisitButton.clicked.connect(self.log_visit)
        page_action(self, "New contact", "Ctrl+N", self.new)
        page_action(self, "Find a contact", "Ctrl+F", self.focus_search)
        self._stale = True
        self._show(None)

    # --- refreshing ----------------------------------------------------------------------

    def _since(self) -> dt.date | None:
        profile = load_profile(self.store.quick())
        return profile.start_date if profile else None

    def refresh(self) -> None:
        """Reload the contacts, keep the chosen person, and redraw the map."""
        first_time, self._stale = self._stale and self.model.rowCount() == 0, False
        chosen = self.current()
        today = self._today()
        # Through the store's plain connection, as the dashboard reads the same book: the
        # ORM's statements, compiled on the page's first open, cost more than the reads.
        rows = overview_sql_contacts.list_stakeholders(self.store.quick(), today, self._since())
        self.model.set_rows(rows)
        compact_widths(self.ui.table, StakeholderTableModel.ROLE, widest=170)
        if chosen is not None and self.model.row_of(chosen.id) >= 0:
            self.select_stakeholder(chosen.id)
        elif (chosen is not None or first_time) and self.proxy.rowCount():
            self.select_stakeholder(self.proxy.index(0, 0).data(RowRole).id)
        else:
            self._show(None)
        late = coverage.overdue_contacts(rows, today)
        flagged = sum(1 for r in rows if r.problems)
        parts = [f"{len(rows)} contacts", f"{len(late)} overdue"]
        if flagged:
            parts.append(f"{flagged} with details to check {FLAG}")
        self.ui.summaryLine.setText(" · ".join(parts))
        self.ui.overdueCheck.setText(f"&Overdue only ({len(late)})")
        self._show_count()
        self.map_chart.refresh()

    def _show_count(self) -> None:
        self.ui.countLine.setText(self.list.count_text("contacts"))

    # --- choosing ------------------------------------------------------------------------
    def current(self) -> StakeholderRow | None:
        """The person chosen in the list, if any."""
        return self.list.current()

    def select_stakeholder(self, stakeholder_id: int) -> None:
        """Choose person ``stakeholder_id`` (clearing filters that hide them)."""
        if self._stale:
            self.refresh()
        index = self.list.index_of(stakeholder_id)
        if index is None:
            return
        self.ui.tabs.setCurrentWidget(self.ui.contactsTab)
        self.list.choose(index)

    def _clear_filters(self) -> None:
        self.ui.searchEdit.clear()
        self.ui.categoryCombo.setCurrentIndex(0)
        self.ui.overdueCheck.setChecked(False)

    def _filter_text(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter()

    def _filter_category(self, _index: int) -> None:
        value = self.ui.categoryCombo.currentData()
        self.proxy.set_category(Category(value) if value else None)
        self._after_filter()

    def _filter_overdue(self, on: bool) -> None:
        self.proxy.set_overdue_only(on)
        self._after_filter()

    def _after_filter(self) -> None:
        self._show_count()
        self.map_chart.refresh()
        self.list.after_filter(lambda: self.select_stakeholder(self.list.row(0).id))

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.list.focus_search()

    # --- the detail pane -----------------------------------------------------------------
    def _show(self, person: StakeholderRow | None) -> None:
        today = self._today()
        ui = self.ui
        ui.detailEmpty.setVisible(person is None)
        ui.detailBox.setVisible(person is not None)
        for button in (ui.editButton, ui.deleteButton, ui.logVisitButton):
            button.setEnabled(person is not None)
        if person is None:
            if self.model.rowCount() == 0:
                ui.detailEmpty.setText(
                    "No contacts yet. Add the people you keep in touch with using New "
                    "contact… (Ctrl+N): their role, how to reach them, their influence and "
                    "interest, and how often you mean to be in touch. Your visit log then "
                    "tells you when you last saw them and who is overdue."
                )
            elif self.proxy.rowCount() == 0:
                ui.detailEmpty.setText("Nobody matches the search and filters chosen.")
            self.history.set_rows([])
            return
        ui.personName.setText(person.name)
        ui.personRole.setText(person.role_line or person.category.label)
        ui.personFacts.setText(self._facts(person, today))
        ui.personNotes.setText(person.notes)
        ui.personNotes.setVisible(bool(person.notes))
        rows = overview_sql_contacts.person_engagements(self.store.quick(), person.id)
        self.history.set_rows(rows)
        held = sum(1 for r in rows if not r.is_planned(today))
        booked = len(rows) - held
        title = f"History: {held} visits and meetings" if held else "History: not met yet"
        ui.historyTitle.setText(title + (f" ({booked} booked)" if booked else ""))

    @staticmethod
    def _facts(person: StakeholderRow, today: dt.date) -> str:
        lines = [
            f"<b>{escape(person.category.label)}</b> · {escape(person.quadrant.label)} "
            f"(influence {person.influence}, interest {person.interest})"
        ]
        for label, value, problem in (
            ("E-mail", person.email, person.email_problem),
            ("Phone", person.phone, person.phone_problem),
        ):
            if value:
                flag = (
                    f" <span style='color:{theme.warning().name()}'>{FLAG} {escape(problem)}</span>"
                    if problem
                    else ""
                )
                lines.append(f"{label}: {escape(value)}{flag}")
        last = long_date(person.last_contact) if person.last_contact else "not met yet"
        lines.append(f"Keep in touch: {escape(person.cadence.label.lower())} · last contact {last}")
        due = coverage.describe_due(person, today)
        late = person.is_overdue(today)
        due_text = f"<b style='color:{theme.warning().name()}'>{due}</b>" if late else escape(due)
        if person.next_due is not None:
            due_text += f" ({long_date(person.next_due)})"
        lines.append(f"Next contact: {due_text}")
        if person.next_planned is not None:
            lines.append(f"Booked: {long_date(person.next_planned)}")
        if person.tags:
            lines.append("Tags: " + escape(", ".join(person.tags)))
        return "<br>".join(lines)

    def _open_history(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is not None:
            self.open_engagement.emit(row.id)

    def _who_is_at(self, event: Any) -> str | None:
        """The name and role of the person whose number is under the mouse on the map."""
        figure = self.map_chart.figure
        if figure is None or not figure.axes:
            return None
        for text in figure.axes[0].texts:
            gid = text.get_gid() or ""
            if gid.startswith("stakeholder:") and text.contains(event)[0]:
                row = self.model.row_of(int(gid.split(":")[1]))
                person = self.model.row_at(row)
                if person is not None:
                    return f"{person.name}\n{person.role_line}\n{person.quadrant.label}"
        return None

    def _map_people(self) -> list[StakeholderRow]:
        """Everyone the Contacts tab shows (its search and filters apply to the map too)."""
        return [self.proxy.index(r, 0).data(RowRole) for r in range(self.proxy.rowCount())]

    # --- changing ------------------------------------------------------------------------
    def new(self) -> None:
        """Open the editor for a new contact."""
        self._open(None)

    def edit(self) -> None:
        """Open the editor on the chosen person."""
        person = self.current()
        if person is not None:
            self._open(person)

    def _open(self, person: StakeholderRow | None) -> None:
        from dass_desktop.ui.stakeholder_dialog import StakeholderDialog

        organisations = stakeholder_store.known_organisations(self.store)
        dialog = StakeholderDialog(
            self.context.ops, self.store, self.context.today, person, organisations, self
        )
        dialog.accepted.connect(lambda: self._after_save(dialog))
        self.dialog = dialog
        dialog.open()

    def _after_save(self, dialog: StakeholderDialog) -> None:
        if dialog.saved_id is not None:
            self.select_stakeholder(dialog.saved_id)
            self.ui.table.setFocus()

    def delete(self) -> None:
        """Delete the chosen person (Ctrl+Z brings them back)."""
        person = self.current()
        if person is None:
            return
        self.context.ops.run(
            f"Deleted the contact {person.name}.",
            lambda: stakeholder_store.delete_stakeholders(
                self.store, [person.id], dt.datetime.now()
            ),
            lambda: stakeholder_store.restore_stakeholders(self.store, [person.id]),
            parent=self,
            title="Not deleted",
            after_undo=lambda: self.select_stakeholder(person.id),
        )

    def log_visit(self) -> None:
        """Ask the window to open quick capture with the chosen person ticked."""
        person = self.current()
        if person is not None:
            self.log_visit_requested.emit((), (person.id,))
