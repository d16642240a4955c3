"""The plan narrative: saved exactly, per plan and section."""

from __future__ import annotations

from dass_desktop.domain.changes import Area
from dass_desktop.domain.narrative import PlanKind, Section, load_narrative, save_section
from dass_desktop.store import Store


def test_new_narrative_is_empty(store: Store) -> None:
    """Before anything is written every section is empty."""
    narrative = load_narrative(store, PlanKind.HUNDRED_DAY)
    assert narrative.is_empty
    assert set(narrative.sections) == set(Section)


def test_sections_are_kept_per_plan(store: Store) -> None:
    """The same section of the two plans holds different text; emoji and breaks survive."""
    changes = save_section(store, PlanKind.HUNDRED_DAY, Section.ASKS, "Cover 🙏\r\nfor AMHPs")
    assert changes.touches(Area.NARRATIVE)
    save_section(store, PlanKind.SIX_MONTH, Section.ASKS, "Budget")
    assert load_narrative(store, PlanKind.HUNDRED_DAY).text(Section.ASKS) == "Cover 🙏\nfor AMHPs"
    assert load_narrative(store, PlanKind.SIX_MONTH).text(Section.ASKS) == "Budget"


def test_saving_the_same_text_changes_nothing(store: Store) -> None:
    """Re-saving unchanged text reports no change (so pages do not refresh for nothing)."""
    save_section(store, PlanKind.HUNDRED_DAY, Section.RISKS, "Winter")
    assert not save_section(store, PlanKind.HUNDRED_DAY, Section.RISKS, "Winter")
    assert save_section(store, PlanKind.HUNDRED_DAY, Section.RISKS, "")
    assert load_narrative(store, PlanKind.HUNDRED_DAY).is_empty
