"""The director's profile: validation and saving."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dass_desktop.domain.changes import Area
from dass_desktop.domain.councils import all_councils, council_by_code
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import DirectorProfile, load_profile, save_profile
from dass_desktop.store import Store
from tests.conftest import TODAY


def test_new_store_has_no_profile(store: Store) -> None:
    """Before the first-run dialog there is no profile."""
    assert load_profile(store) is None


def test_save_tidies_and_reports_change(store: Store, profile: DirectorProfile) -> None:
    """Saving trims spaces, upper-cases the marking and reports the profile changed."""
    messy = dataclasses.replace(
        profile, director_name="  Sam   Taylor ", protective_marking="official"
    )
    changes = save_profile(store, messy, TODAY)
    assert changes.touches(Area.PROFILE)
    saved = load_profile(store)
    assert saved is not None
    assert saved.director_name == "Sam Taylor"
    assert saved.protective_marking == "OFFICIAL"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"director_name": "   "}, "director_name"),
        ({"council_name": ""}, "council_name"),
        ({"start_date": dt.date(1999, 12, 31)}, "start_date"),
        ({"start_date": TODAY + dt.timedelta(days=400)}, "start_date"),
        ({"chief_executive_name": "x" * 201}, "chief_executive_name"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    store: Store, profile: DirectorProfile, change: dict[str, object], field: str
) -> None:
    """Bad input is refused with the field named, and the stored profile is untouched."""
    save_profile(store, profile, TODAY)
    with pytest.raises(InvalidInput) as caught:
        save_profile(store, dataclasses.replace(profile, **change), TODAY)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert load_profile(store) == profile


def test_emoji_and_long_names_kept(store: Store, profile: DirectorProfile) -> None:
    """Names are stored exactly, emoji and accents included."""
    named = dataclasses.replace(profile, chief_executive_name="Zoë O'Brien-Ng 🙂")
    save_profile(store, named, TODAY)
    saved = load_profile(store)
    assert saved is not None
    assert saved.chief_executive_name == "Zoë O'Brien-Ng 🙂"


def test_the_153_councils() -> None:
    """All 153 councils are listed once, with regions; Barnsley has its 2025 code."""
    councils = all_councils()
    assert len(councils) == 153
    assert len({c.code for c in councils}) == 153
    assert all(c.region for c in councils)
    barnsley = council_by_code("E08000038")
    assert barnsley is not None
    assert barnsley.name == "Barnsley"
    assert len({c.region for c in councils}) == 9
