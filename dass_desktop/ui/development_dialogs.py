"""Editors of the My development page: a development record and a journal entry.

Each saves through one domain call made by the operation runner (one undoable step). The
journal editor's sentence on the undo stack never quotes the entry, so private words do
not appear in the status bar or the Edit menu.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from dass_desktop.domain import development_store, wellbeing_store
from dass_desktop.domain.development_terms import DevelopmentDraft, DevelopmentRow, RecordKind
from dass_desktop.domain.wellbeing_terms import JournalDraft, JournalRow
from dass_desktop.store import Store
from dass_desktop.ui.date_field import from_qdate
from dass_desktop.ui.editor_dialog import fill_combo
from dass_desktop.ui.operations import OperationRunner
from dass_desktop.ui.recognition_dialogs import _FormDialog, _named, date_edit


def _text_box(parent: QWidget, text: str, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


class DevelopmentDialog(_FormDialog):
    """Records a mentor or coach session, a 360 round, or an event; or edits one."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: dt.date,
        current: DevelopmentRow | None,
        plan_items: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._store, self._current = ops, store, current
        self.saved_id: int | None = current.id if current else None
        form = self._build("New development record" if current is None else "Edit the record")
        self.kind = QComboBox(self)
        fill_combo(self.kind, list(RecordKind), current.kind if current else RecordKind.MENTOR)
        self.date = date_edit(self, current.held_on if current else today, "Date")
        self.title = QLineEdit(current.title if current else "", self)
        self.title.setPlaceholderText("For example: ADASS regional network, Skills for Care")
        self.with_whom = QLineEdit(current.with_whom if current else "", self)
        self.themes = _text_box(self, current.themes if current else "")
        self.will_try = _text_box(self, current.will_try if current else "")
        self.actions_box = _text_box(
            self, "\n".join(a.text for a in current.actions) if current else "", 100
        )
        self.actions_box.setPlaceholderText("One action a line (for a 360 round, what you took)")
        self.plan_item = QComboBox(self)
        self.plan_item.addItem("(no plan item)", None)
        for item_id, title in plan_items:
            self.plan_item.addItem(title[:80], item_id)
        if current is not None and current.plan_items:
            self.plan_item.setCurrentIndex(
                max(self.plan_item.findData(current.plan_items[0][0]), 0)
            )
        for label, widget, name in (
            ("&Kind", self.kind, "Kind of record"),
            ("&Date", self.date, "Date"),
            ("&Title", self.title, "Title"),
            ("&With whom", self.with_whom, "With whom"),
            ("T&hemes", self.themes, "Themes"),
            ("What I will t&ry", self.will_try, "What I will try"),
            ("&Actions", self.actions_box, "Actions, one a line"),
            ("&Plan item", self.plan_item, "Linked plan item"),
        ):
            form.addRow(label, _named(widget, name))
        self.fields = {
            "kind": self.kind,
            "title": self.title,
            "with_whom": self.with_whom,
            "plan_items": self.plan_item,
        }

    def draft(self) -> DevelopmentDraft:
        """The record as typed."""
        item = self.plan_item.currentData()
        kept = tuple(i for i, _ in self._current.plan_items[1:]) if self._current else ()
        return DevelopmentDraft(
            kind=self.kind.currentData(),
            held_on=from_qdate(self.date.date()),
            title=self.title.text(),
            with_whom=self.with_whom.text(),
            themes=self.themes.toPlainText(),
            will_try=self.will_try.toPlainText(),
            actions=tuple(self.actions_box.toPlainText().splitlines()),
            plan_item_ids=((item,) if item is not None else ()) + kept,
        )

    def commit(self) -> None:
        """Save the record through the domain."""
        draft, store, current = self.draft(), self._store, self._current
        if current is None:
            self.saved_id = self._ops.run_create(
                "Added a development record.",
                lambda: development_store.add_record(store, draft),
                lambda made: development_store.delete_record(store, made, dt.datetime.now()),
                lambda made: development_store.restore_record(store, made),
                raise_invalid=True,
            )
            return
        before = current.draft()
        self._ops.run(
            "Edited a development record.",
            lambda: development_store.update_record(store, current.id, draft),
            lambda: development_store.update_record(store, current.id, before),
            raise_invalid=True,
        )


class JournalDialog(_FormDialog):
    """Writes a reflective journal entry (private unless unticked), or edits one."""

    def __init__(
        self,
        ops: OperationRunner,
        store: Store,
        today: dt.date,
        current: JournalRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._store, self._today, self._current = ops, store, today, current
        self.saved_id: int | None = current.id if current else None
        form = self._build("New journal entry" if current is None else "Edit the journal entry")
        # Gone once closed, so no hidden copy of private words lingers among the widgets.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.date = date_edit(self, current.written_on if current else today, "Date written")
        self.title = QLineEdit(current.title if current else "", self)
        self.text = QPlainTextEdit(current.text if current else "", self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(160)
        self.private = QCheckBox("Private: never in any export, search or log", self)
        self.private.setChecked(current.private if current else True)
        form.addRow("&Date", self.date)
        form.addRow("&Title", _named(self.title, "Title"))
        form.addRow("&Entry", _named(self.text, "Journal entry"))
        form.addRow("", _named(self.private, "Private entry"))
        self.fields = {"written_on": self.date, "title": self.title, "text": self.text}

    def draft(self) -> JournalDraft:
        """The entry as typed."""
        return JournalDraft(
            from_qdate(self.date.date()),
            self.title.text(),
            self.text.toPlainText(),
            self.private.isChecked(),
        )

    def commit(self) -> None:
        """Save the entry through the domain."""
        draft, store, today, current = self.draft(), self._store, self._today, self._current
        if current is None:
            self.saved_id = self._ops.run_create(
                "Wrote a journal entry.",
                lambda: wellbeing_store.add_entry(store, draft, today),
                lambda made: wellbeing_store.delete_entry(store, made, dt.datetime.now()),
                lambda made: wellbeing_store.restore_entry(store, made),
                raise_invalid=True,
            )
            return
        before = current.draft()
        self._ops.run(
            "Edited a journal entry.",
            lambda: wellbeing_store.update_entry(store, current.id, draft, today),
            lambda: wellbeing_store.update_entry(store, current.id, before, today),
            raise_invalid=True,
        )
