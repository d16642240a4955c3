"""The 153 English councils with adult social services responsibilities.

Read from ``resources/councils.csv`` (see resources/ATTRIBUTION.md for sources and licences).
The code used is the current (2025) ONS GSS code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

from dass_desktop.resources import read_text

COUNCILS_ATTRIBUTION = (
    "Council names and codes: mySociety (CC BY 4.0), cross-checked with the ONS April 2023 "
    "upper-tier authority lookup; regions from DfE statistics. Contains public sector "
    "information licensed under the Open Government Licence v3.0."
)


@dataclass(frozen=True)
class Council:
    """One council with adult social services responsibilities."""

    code: str
    name: str
    official_name: str
    kind: str
    region: str


@cache
def all_councils() -> tuple[Council, ...]:
    """Every council, sorted by name."""
    rows = csv.DictReader(io.StringIO(read_text("councils.csv")))
    councils = [
        Council(
            code=row["gss_code_2025"],
            name=row["name"],
            official_name=row["official_name"],
            kind=row["la_type"],
            region=row["region"],
        )
        for row in rows
    ]
    return tuple(sorted(councils, key=lambda c: c.name))


def council_by_code(code: str) -> Council | None:
    """The council with ONS code ``code``, or None."""
    return next((c for c in all_councils() if c.code == code), None)
