"""Drafts of forms being typed: written whole, read back, set aside when damaged."""

from __future__ import annotations

import os
import stat

from dass_desktop.paths import DataPaths
from dass_desktop.store.drafts import DraftFile


def test_draft_round_trip_and_discard(data_paths: DataPaths) -> None:
    """A draft reads back exactly, lives in a private folder, and discarding removes it."""
    draft = DraftFile(data_paths, "visit-new")
    assert draft.load() is None
    assert not draft.exists()
    draft.save({"to_improve": "Weekend cover 🙂\nthin", "team_ids": [3, 1]})
    draft.save({"to_improve": "Weekend cover 🙂\nvery thin", "team_ids": [3]})
    assert draft.load() == {"to_improve": "Weekend cover 🙂\nvery thin", "team_ids": [3]}
    if os.name == "posix":
        assert stat.S_IMODE(draft.path.parent.stat().st_mode) == 0o700
    assert [p.name for p in draft.path.parent.iterdir()] == ["visit-new.json"]  # no leftovers
    draft.discard()
    assert not draft.exists()
    assert draft.load() is None
    draft.discard()  # discarding twice is harmless


def test_damaged_draft_is_set_aside_not_deleted(data_paths: DataPaths) -> None:
    """A draft cut short cannot be read: it is kept aside and the form opens empty."""
    draft = DraftFile(data_paths, "visit-new")
    draft.save({"going_well": "x"})
    draft.path.write_text('{"going_well": "cut sh', encoding="utf-8")
    assert draft.load() is None
    assert draft.path.with_suffix(".damaged").read_text(encoding="utf-8").startswith("{")
    assert not draft.exists()
