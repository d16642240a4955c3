"""One way to change data from the window: run, undo and redo through one stack.

In the manner of Anki's ``CollectionOp``: a page hands :meth:`OperationRunner.run` a plain
sentence and the domain functions that make, undo and redo the change. The runner calls the
first at once, turns a user's mistake or an environment problem into a message (nothing is
pushed then), pushes one entry on the window's :class:`QUndoStack` and publishes the
:class:`Changes` (carrying the ids touched) on the data bus. Undo and Redo publish in turn.
Because every change goes through the one stack, Redo is never stale: a new change drops
whatever could have been redone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from dass_desktop import APP_NAME
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.store.errors import EnvironmentProblem

Step = Callable[[], Changes]


class _Operation(QUndoCommand):
    """One entry on the stack: its first run has already happened when it is pushed."""

    def __init__(
        self,
        text: str,
        undo: Step,
        redo: Step,
        runner: OperationRunner,
        after_undo: Callable[[], object] | None,
    ) -> None:
        super().__init__(text)
        self._undo, self._redo, self._runner = undo, redo, runner
        self._after_undo = after_undo
        self._done = True
        self.withdrawn = False  # taken back as if never made: gone from the stack once undone

    def redo(self) -> None:
        if self._done:  # pushed after its first run; nothing more to do
            return
        self._runner.apply(self._redo)
        self._done = True

    def undo(self) -> None:
        undone = self._runner.apply(self._undo)
        if self.withdrawn:  # QUndoStack drops a command that is obsolete after its undo
            self.setObsolete(undone)
            self.withdrawn = undone
        elif undone and self._after_undo is not None:
            self._after_undo()
        self._done = False


class OperationRunner(QObject):
    """Runs the window's changes to the data and keeps them undoable.

    Signals:
        done(str): a change was made; the sentence says what (for the status bar).
    """

    done = Signal(str)

    def __init__(self, stack: QUndoStack, publish: Callable[[Changes], None]) -> None:
        super().__init__(stack)
        self.stack = stack
        self._publish = publish
        self._last: _Operation | None = None

    def run(
        self,
        text: str,
        do: Step,
        undo: Step,
        redo: Step | None = None,
        *,
        parent: QWidget | None = None,
        title: str = "Not saved",
        raise_invalid: bool = False,
        after_undo: Callable[[], object] | None = None,
    ) -> bool:
        """Make a change with ``do``; on success push one undoable step and publish it.

        Args:
            text: What the change did, as a sentence ("Deleted the team Hub.").
            do: Makes the change and returns what it touched.
            undo: Takes it back.
            redo: Makes it again after an undo (``do`` when not given).
            parent: The widget over which a message is shown.
            title: The title of that message.
            raise_invalid: Let :class:`InvalidInput` through, for a dialog that shows
                it beside the field (nothing is pushed then either).
            after_undo: Called once an undo has been published, to show what came back.

        Returns:
            Whether the change was made (False too when it changed nothing).
        """
        changes = self.attempt(do, parent=parent, title=title, raise_invalid=raise_invalid)
        if not changes:  # refused, or nothing changed (a move past the end): nothing to undo
            return False
        self.record(text, changes, undo, redo or do, after_undo=after_undo)
        return True

    def record(
        self,
        text: str,
        changes: Changes,
        undo: Step,
        redo: Step,
        *,
        after_undo: Callable[[], object] | None = None,
    ) -> None:
        """Push a change already made elsewhere (a worker thread's import) and publish it."""
        self._last = _Operation(text, undo, redo, self, after_undo)
        self.stack.push(self._last)
        self._publish(changes)
        self.done.emit(text)

    def is_last(self, count: int) -> bool:
        """Whether the change pushed when the stack held ``count`` entries is still the last.

        True only while nothing has been done, undone or redone since.
        """
        stack = self.stack
        return stack.count() == count and stack.index() == count and self._last is not None

    def withdraw(self, count: int) -> bool:
        """Take back the last change as if it had never been made: undone, with no Redo.

        Args:
            count: The stack's size just after that change was pushed (see :meth:`is_last`).

        Returns:
            Whether it was taken back (False when anything has happened since).
        """
        if not self.is_last(count) or self._last is None:
            return False
        self._last.withdrawn = True
        self.stack.undo()
        self._last = None
        return True

    def amend(
        self,
        count: int,
        step: Step,
        *,
        parent: QWidget | None = None,
        raise_invalid: bool = False,
    ) -> bool:
        """Fold a change into the last step while it is still the last (see :meth:`is_last`).

        For the first edits of a record just created (the title typed into a new item):
        undoing the creation takes them away with the record, and its redo brings the record
        back as it was, edits included. Nothing is pushed; what changed is published.

        Returns:
            Whether it was folded in (False, changing nothing, once anything has happened).
        """
        if not self.is_last(count):
            return False
        changes = self.attempt(step, parent=parent, raise_invalid=raise_invalid)
        if changes:
            self._publish(changes)
        return True

    def run_create(
        self,
        text: str,
        create: Callable[[], tuple[int, Changes]],
        delete: Callable[[int], Changes],
        restore: Callable[[int], Changes],
        *,
        parent: QWidget | None = None,
        title: str = "Not saved",
        raise_invalid: bool = False,
    ) -> int | None:
        """Create a record undoably: undo deletes it, redo brings the same record back.

        Returns:
            The new record's id, or ``None`` when it was not made.
        """
        made: list[int] = []

        def do() -> Changes:
            new_id, changes = create()
            made.append(new_id)
            return changes

        if not self.run(
            text,
            do,
            lambda: delete(made[0]),
            lambda: restore(made[0]),
            parent=parent,
            title=title,
            raise_invalid=raise_invalid,
        ):
            return None
        return made[0]

    def attempt(
        self,
        step: Step,
        *,
        parent: QWidget | None = None,
        title: str = "Not saved",
        raise_invalid: bool = False,
    ) -> Changes | None:
        """Call ``step``; say in a message why it failed, if it did (``None`` then).

        With ``raise_invalid``, :class:`InvalidInput` is raised for the caller to show.
        """
        try:
            return step()
        except InvalidInput as problem:
            if raise_invalid:
                raise
            QMessageBox.warning(parent, title, problem.message)
        except EnvironmentProblem as problem:
            QMessageBox.warning(parent, title, problem.message)
        return None

    def apply(self, step: Step) -> bool:
        """Call an undo or redo step and publish what it touched; whether it worked."""
        changes = self.attempt(step, title="Not undone")
        if changes is None:
            return False
        self._publish(changes)
        return True


def explain(parent: QWidget | None, problem: EnvironmentProblem) -> None:
    """Show an environment problem in a plain message box."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem.message, parent=parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
