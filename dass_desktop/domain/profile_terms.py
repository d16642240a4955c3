"""The director's profile as plain values, free of the database's classes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: The marking printed on exports unless the director chooses another (as the store's).
DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


@dataclass(frozen=True)
class DirectorProfile:
    """The profile as plain values, for pages, commands and exports."""

    director_name: str
    council_name: str
    council_code: str | None
    region: str
    start_date: dt.date
    chief_executive_name: str = ""
    protective_marking: str = DEFAULT_MARKING
