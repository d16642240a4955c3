"""The one signal that tells every open page what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dass_desktop.domain.changes import Changes


class DataBus(QObject):
    """Broadcasts the :class:`Changes` returned by every domain operation.

    Signals:
        changed(Changes): emitted after a change has been committed.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        """Tell every page about committed changes (nothing is sent for no change)."""
        if changes:
            self.changed.emit(changes)
