"""Pages that refresh only when it matters: now if shown, otherwise when next shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from dass_desktop.domain.changes import Area, Changes


class RefreshWhenShown:
    """Mixin for a page (listed before QWidget in its bases) that reloads lazily.

    The page sets ``AREAS`` (what it shows), starts with ``_stale = True`` and defines
    ``refresh()``, which must set ``_stale = False``. A change to one of its areas refreshes
    the page at once if it is on show; otherwise the page catches up when next shown, so a
    busy hidden page costs nothing.
    """

    AREAS: tuple[Area, ...] = ()
    _stale: bool = True

    def refresh(self) -> None:  # pragma: no cover - every page defines its own
        """Reload what the page shows from the store."""
        raise NotImplementedError

    def on_changed(self, changes: Changes) -> None:
        """Refresh now if shown, or mark the page to catch up when it is next shown."""
        if not changes.touches(*self.AREAS):
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while hidden (and load on first showing)."""
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()
