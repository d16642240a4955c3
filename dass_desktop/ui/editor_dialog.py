"""The base of every editing dialog: save through the domain, or say what is wrong.

When the domain refuses the input, the dialog stays open with everything as typed, says
what is wrong in a plain sentence beside the form, marks the field at fault and puts the
cursor in it. Ctrl+Enter saves from anywhere, including the multi-line boxes.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from dass_desktop.domain.errors import InvalidInput
from dass_desktop.ui.shortcuts import shortcut
from dass_desktop.ui.table_columns import show_cut_text_everywhere


def fill_combo(
    combo: QComboBox, choices: Sequence[enum.Enum], current: enum.Enum | None, none: str = ""
) -> None:
    """Fill ``combo`` with the labels of ``choices`` (their values as data); pick ``current``.

    With ``none`` given, a first item of that text stands for no choice (data ``""``).
    """
    items = [(none, "")] if none else []
    items += [(choice.label, choice.value) for choice in choices]  # type: ignore[attr-defined]
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current.value if current is not None else "")
    combo.setCurrentIndex(max(index, 0))


class EditorDialog(QDialog):
    """A dialog that saves through one domain call and explains a refusal.

    Subclasses fill :attr:`fields` (domain field name to widget), call
    :meth:`prepare_editor` once their form is set up, and do the saving in :meth:`commit`.
    """

    error_label: QLabel
    fields: dict[str, QWidget]

    def prepare_editor(self, buttons: QDialogButtonBox | None, error_label: QLabel) -> None:
        """Set up the refusal label, Ctrl+Enter, and (when given) Save and Cancel."""
        self.error_label = error_label
        self.error_label.setObjectName("errorText")
        # The refusal's line is kept free while hidden, so showing it never moves a field.
        policy = self.error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error_label.setSizePolicy(policy)
        self.error_label.hide()
        show_cut_text_everywhere(self)
        if buttons is not None:
            buttons.accepted.connect(self.save)
            buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self.save, Qt.ShortcutContext.WindowShortcut)

    def save(self) -> None:
        """Save through the domain; stay open and explain when the input is refused."""
        self.clear_marks()
        try:
            self.commit()
        except InvalidInput as problem:
            self.show_problem(problem)
            return
        self.accept()

    def commit(self) -> None:
        """Save what the form holds through the domain.

        Raises:
            InvalidInput: the domain refused the input; nothing was saved.
        """
        raise NotImplementedError

    def show_problem(self, problem: InvalidInput) -> None:
        """Say what is wrong, mark the field at fault and move the cursor to it."""
        self.error_label.setText(problem.message)
        self.error_label.show()
        widget = self.fields.get(problem.field)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_marks(self) -> None:
        """Hide the refusal and unmark every field."""
        self.error_label.hide()
        for widget in self.fields.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
