"""Drafts of forms still being typed, kept beside the database so a crash loses nothing.

A draft is a small JSON object written on every change to ``drafts/<name>.json`` in the
data directory: to a temporary file first, then renamed over the old one, so a crash in the
middle of writing leaves the previous draft whole. The folder is private to the user, like
the database. A draft that cannot be read (cut short by a full disk, say) is set aside as
``.damaged`` rather than deleted, and the form opens empty.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from dass_desktop.paths import DataPaths, ensure_private_dir


class DraftFile:
    """One form's draft: save on every change, load on opening, discard on save or discard."""

    def __init__(self, paths: DataPaths, name: str) -> None:
        self.path = paths.root / "drafts" / f"{name}.json"

    def save(self, values: dict[str, Any]) -> None:
        """Write ``values`` (plain JSON types) in place of any earlier draft."""
        ensure_private_dir(self.path.parent)
        handle, partial = tempfile.mkstemp(prefix=".draft-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(values, file, ensure_ascii=False)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, self.path)
        finally:
            Path(partial).unlink(missing_ok=True)

    def load(self) -> dict[str, Any] | None:
        """The saved draft, or None when there is none (or it could not be read)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            values = json.loads(text)
        except ValueError:
            self.path.replace(self.path.with_suffix(".damaged"))
            return None
        return values if isinstance(values, dict) else None

    def exists(self) -> bool:
        """True while a draft is waiting."""
        return self.path.exists()

    def discard(self) -> None:
        """Delete the draft (after saving the form, or when the director discards it)."""
        self.path.unlink(missing_ok=True)
