"""What the Workforce page does to the data: import and type in figures, set comparators.

A mixin of :class:`~dass_desktop.ui.workforce_page.WorkforcePage`, which shows the figures
these commands change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dass_desktop.domain import benchmark_store, comparator_family, workforce_store, workforce_terms
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import load_profile
from dass_desktop.store import Store
from dass_desktop.ui.databus import DataBus
from dass_desktop.ui.page_context import PageContext
from dass_desktop.ui.workforce_models import RowRole
from dass_desktop.ui.workforce_tabs import WorkforceUi

if TYPE_CHECKING:
    # The dialogs (the import's most of all) are imported when first opened, not with the page.
    from dass_desktop.ui.workforce_dialogs import (
        ComparatorFigureDialog,
        DiversityShareDialog,
        WorkforceFigureDialog,
    )
    from dass_desktop.ui.workforce_import import WorkforceImportDialog


class WorkforceCommands(QWidget):
    """The Workforce page's dialogs and its commands on the comparators."""

    if TYPE_CHECKING:  # provided by WorkforcePage
        ui: WorkforceUi
        _store: Store
        _bus: DataBus
        _today: Callable[[], dt.date]
        context: PageContext
        dialog: Any

        def metric_key(self) -> str:
            """The measure on show."""

        def say(self, message: str, *, error: bool = False) -> None:
            """Show a message at the top of the page."""

        def _warn(self, message: str) -> None: ...

    def open_import(self) -> WorkforceImportDialog:
        """Open the CSV import dialog."""
        from dass_desktop.ui.workforce_import import WorkforceImportDialog

        dialog = WorkforceImportDialog(self.context.ops, self._store, self._bus, self._today, self)
        dialog.imported.connect(self.say)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_add_figure(self) -> WorkforceFigureDialog:
        """Open the dialog to type in a figure for the scope and measure on show."""
        from dass_desktop.ui.workforce_dialogs import WorkforceFigureDialog

        scopes = [self.ui.scopeCombo.itemText(i) for i in range(self.ui.scopeCombo.count())]
        dialog = WorkforceFigureDialog(
            self.context.ops,
            self._store,
            self._bus,
            self._today(),
            scopes,
            scope=self.ui.scopeCombo.currentText(),
            metric=self.metric_key(),
            parent=self,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_add_share(self) -> DiversityShareDialog:
        """Open the dialog to type in a diversity share."""
        from dass_desktop.ui.workforce_dialogs import DiversityShareDialog

        dialog = DiversityShareDialog(
            self._store,
            self._bus,
            self._today(),
            self.ui.dimensionCombo.currentData() or "ethnicity",
            self,
            ops=self.context.ops,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_add_comparator(self) -> ComparatorFigureDialog:
        """Open the dialog to type in a comparator figure."""
        from dass_desktop.ui.workforce_dialogs import ComparatorFigureDialog

        dialog = ComparatorFigureDialog(
            self.context.ops, self._store, self._bus, self._today(), self
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_council(self) -> None:
        """Add the council chosen in the box to the comparators."""
        self.say("")
        combo = self.ui.councilCombo
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            self._warn("Choose a council from the list.")
            return
        profile = load_profile(self._store)
        kind = "cipfa" if self.ui.inFamilyCheck.isChecked() else "named"
        code, own = combo.itemData(index), profile.council_code if profile else None
        if self._change_family(
            f"Added {combo.currentText()} to the comparators.",
            lambda: comparator_family.add_family_member(self._store, code, kind, own),
        ):
            combo.setCurrentIndex(-1)

    def _change_family(self, text: str, do: Callable[[], Changes]) -> bool:
        """Change the comparator councils undoably: undo puts the whole list back as it was."""
        store = self._store
        earlier = comparator_family.list_family(store)
        try:
            return self.context.ops.run(
                text,
                do,
                lambda: comparator_family.put_back_family(store, earlier),
                parent=self,
                raise_invalid=True,
            )
        except InvalidInput as problem:
            self._warn(problem.message)
            return False

    def remove_council(self) -> None:
        """Take the selected council out of the comparators."""
        self.say("")
        member = self.ui.familyTable.currentIndex().data(RowRole)
        if member is None:
            self._warn("Choose a council in the list first.")
            return
        self._change_family(
            f"Took {member.name} out of the comparators.",
            lambda: comparator_family.remove_family_member(self._store, member.id),
        )

    def fill_from_cipfa(self) -> None:
        """Replace the CIPFA family with the council's published CIPFA list."""
        self.say("")
        profile = load_profile(self._store)
        if profile is None or profile.council_code is None:
            return
        code = profile.council_code
        self._change_family(
            "Filled the CIPFA family from the published list.",
            lambda: comparator_family.fill_family_from_cipfa(self._store, code),
        )

    def delete_comparator(self) -> None:
        """Delete the selected comparator figure, if it is the director's own."""
        self.say("")
        figure = self.ui.comparatorTable.currentIndex().data(RowRole)
        if figure is None:
            self._warn("Choose a figure in the list first.")
            return
        if figure.id is None:
            self._warn(
                "Published figures that ship with the app cannot be deleted. Choose another "
                "comparator if this one does not suit."
            )
            return
        store, value_id = self._store, figure.id
        held: dict[str, object] = {}

        def take() -> Changes:
            found, changes = benchmark_store.take_comparator_value(store, value_id)
            held.update(found)
            return changes

        self.context.ops.run(
            "Deleted a comparator figure.",
            take,
            lambda: benchmark_store.put_back_comparator_value(store, dict(held)),
            parent=self,
            title="Not deleted",
        )

    def delete_latest_figure(self) -> None:
        """Delete the stored figure on show in the chosen row of the figures (Delete key).

        That is the latest month's figure of the measure for the team or department on show;
        Ctrl+Z brings it back as it was.
        """
        self.say("")
        row = self.ui.figuresTable.currentIndex().data(RowRole)
        if row is None or row.latest is None:
            self._warn("Choose a measure with a figure in the list first.")
            return
        name = self.ui.scopeCombo.currentText()
        scope = None if name == workforce_terms.DEPARTMENT else name
        store, month = self._store, row.latest.period
        figure = workforce_store.find_value(store, scope=scope, key=row.metric.key, period=month)
        if figure is None:
            self._warn(
                f"{row.metric.label} is worked out from other figures; delete those instead "
                "(Add figure…, then Delete this figure)."
            )
            return
        current = [figure.id]

        def delete() -> Changes:
            return workforce_store.delete_value(store, current[0])

        def put_back() -> Changes:
            current[0], changes = workforce_store.put_back_value(store, figure)
            return changes

        self.context.ops.run(
            f"Deleted {row.metric.label.lower()} for {scope or 'the department'}, {month:%b %Y}.",
            delete,
            put_back,
            parent=self,
            title="Not deleted",
        )
