"""The director's profile: who they are, where, and since when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile_terms import DirectorProfile
from dass_desktop.store import Store
from dass_desktop.store.models import Profile

__all__ = ["MARKINGS", "DirectorProfile", "load_profile", "save_profile", "validate_profile"]

MARKINGS = ("OFFICIAL-SENSITIVE", "OFFICIAL", "OFFICIAL-SENSITIVE PERSONAL")
EARLIEST_START = dt.date(2000, 1, 1)
MAX_NAME_LENGTH = 200


def load_profile(store: Store) -> DirectorProfile | None:
    """The director's profile, or None before the app has been set up."""
    with store.read() as session:
        row = session.scalar(select(Profile))
        if row is None:
            return None
        return DirectorProfile(
            director_name=row.director_name,
            council_name=row.council_name,
            council_code=row.council_code,
            region=row.region,
            start_date=row.start_date,
            chief_executive_name=row.chief_executive_name,
            protective_marking=row.protective_marking,
        )


def validate_profile(profile: DirectorProfile, today: dt.date) -> DirectorProfile:
    """Return the profile with whitespace tidied, or raise :class:`InvalidInput`."""
    name = " ".join(profile.director_name.split())
    council = " ".join(profile.council_name.split())
    chief = " ".join(profile.chief_executive_name.split())
    marking = profile.protective_marking.strip().upper()
    if not name:
        raise InvalidInput("director_name", "Enter your name.")
    if not council:
        raise InvalidInput("council_name", "Choose your council from the list.")
    for field_name, value in (("director_name", name), ("chief_executive_name", chief)):
        if len(value) > MAX_NAME_LENGTH:
            raise InvalidInput(field_name, f"Keep names under {MAX_NAME_LENGTH} characters.")
    if profile.start_date < EARLIEST_START:
        raise InvalidInput("start_date", "The start date looks too early; check the year.")
    if profile.start_date > today + dt.timedelta(days=366):
        raise InvalidInput("start_date", "The start date is more than a year away; check the year.")
    if not marking:
        raise InvalidInput("protective_marking", "Choose a protective marking for exports.")
    return DirectorProfile(
        director_name=name,
        council_name=council,
        council_code=profile.council_code or None,
        region=profile.region.strip(),
        start_date=profile.start_date,
        chief_executive_name=chief,
        protective_marking=marking,
    )


def save_profile(store: Store, profile: DirectorProfile, today: dt.date) -> Changes:
    """Validate and save the profile (creating it on first run); return what changed."""
    clean = validate_profile(profile, today)
    with store.transaction() as session:
        row = session.get(Profile, 1) or Profile(id=1)
        row.director_name = clean.director_name
        row.council_name = clean.council_name
        row.council_code = clean.council_code
        row.region = clean.region
        row.start_date = clean.start_date
        row.chief_executive_name = clean.chief_executive_name
        row.protective_marking = clean.protective_marking
        session.add(row)
    return Changes.of(Area.PROFILE)
