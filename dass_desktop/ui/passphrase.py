"""Protecting the data with a passphrase from the window: set, change or remove it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from dass_desktop.store import Store
from dass_desktop.store.errors import EnvironmentProblem
from dass_desktop.ui.operations import explain


def protect(window: QMainWindow, store: Store) -> None:
    """Protect the data (and its backups) with a passphrase, change it, or remove it."""
    from dass_desktop.store import cipher

    if not cipher.available():
        explain(window, cipher.EncryptionUnavailable())
        return
    current = cipher.passphrase_for(store.paths.database)
    new: str | None
    if current is not None:
        choices = ["Change the passphrase", "Remove the passphrase"]
        choice, ok = QInputDialog.getItem(
            window, "Passphrase", "Your data is protected by a passphrase.", choices, 0, False
        )
        if not ok:
            return
        new = _ask_new_passphrase(window) if choice == choices[0] else None
        if new is None and choice == choices[0]:
            return
    else:
        new = _ask_new_passphrase(window)
        if new is None:
            return
    try:
        store.set_passphrase(new)
    except EnvironmentProblem as problem:
        explain(window, problem)
        return
    done = "protected by the new passphrase" if new else "no longer protected"
    window.statusBar().showMessage(f"Your data and its backups are {done}.", 8000)


def _ask_new_passphrase(parent: QWidget) -> str | None:
    """Ask for a new passphrase twice; None when cancelled or the two differ."""
    echo = QLineEdit.EchoMode.Password
    first, ok = QInputDialog.getText(parent, "Passphrase", "New passphrase:", echo)
    if not ok or not first:
        return None
    again, ok = QInputDialog.getText(parent, "Passphrase", "The same passphrase again:", echo)
    if not ok:
        return None
    if again != first:
        QMessageBox.warning(parent, "Passphrase", "The two passphrases differ; nothing changed.")
        return None
    return first
