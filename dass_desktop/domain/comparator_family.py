"""The councils the director compares with.

The CIPFA nearest-neighbour family (pre-filled from the published list where the reference
data has one) and councils they name.

Only CIPFA members count in the family median; named councils are compared one by one.
The lists are the pre-2023 CIPFA model as used by Oflog, unranked (see
resources/ATTRIBUTION.md); councils formed in 2023 have none, so the region is offered.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import delete, func, select

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.councils import all_councils, council_by_code
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import DirectorProfile
from dass_desktop.resources import read_text
from dass_desktop.store import Store
from dass_desktop.store.models import ComparatorCouncil

CIPFA_NOTE = (
    "CIPFA nearest neighbours, pre-2023 model, as used by Oflog's Local Authority Data "
    "Explorer; the list is not ranked."
)


@dataclass(frozen=True)
class FamilyMember:
    """A council in the director's comparator family."""

    id: int
    council_code: str
    name: str
    kind: str  # "cipfa" or "named"
    from_list_of: str
    position: int
    region: str


@cache
def _cipfa_lists() -> dict[str, tuple[tuple[str, str, str, bool], ...]]:
    lists: dict[str, list[tuple[str, str, str, bool]]] = {}
    for row in csv.DictReader(io.StringIO(read_text("cipfa_neighbours.csv"))):
        lists.setdefault(row["council_code"], []).append(
            (
                row["neighbour_code"],
                row["neighbour_name"],
                row["neighbour_region"],
                row["neighbour_is_current"] == "yes",
            )
        )
    return {code: tuple(members) for code, members in lists.items()}


def cipfa_neighbours(council_code: str | None) -> tuple[tuple[str, str, str, bool], ...]:
    """The CIPFA nearest neighbours of a council: (code, name, region, still exists)."""
    return _cipfa_lists().get(council_code or "", ())


def family_advice(profile: DirectorProfile | None) -> str:
    """What the reference data offers this council, in a sentence for the Comparators tab."""
    if profile is None:
        return "Set up your profile to see your council's CIPFA family."
    if profile.council_code is None:
        return (
            f"{profile.council_name} has no CIPFA list in the reference data; compare with "
            f"the {profile.region} region and add councils you know are similar."
        )
    if not cipfa_neighbours(profile.council_code):
        return (
            f"There is no published CIPFA list for {profile.council_name} (councils formed "
            "in 2023, the Isles of Scilly and the City of London have none). Compare with "
            f"the {profile.region} region, and add councils you know are similar."
        )
    return f"{CIPFA_NOTE} Add or remove councils as you see fit."


# --- the family --------------------------------------------------------------------------
def list_family(store: Store) -> list[FamilyMember]:
    """The director's comparator councils, CIPFA family first, in order."""
    regions = {c.code: c.region for c in all_councils()}
    with store.read() as session:
        rows = session.scalars(
            select(ComparatorCouncil).order_by(
                ComparatorCouncil.kind, ComparatorCouncil.position, ComparatorCouncil.name
            )
        ).all()
        return [
            FamilyMember(
                r.id,
                r.council_code,
                r.name,
                r.kind,
                r.from_list_of,
                r.position,
                regions.get(r.council_code, ""),
            )
            for r in rows
        ]


def fill_family_from_cipfa(store: Store, council_code: str) -> Changes:
    """Replace the CIPFA members of the family with the published list of ``council_code``.

    Councils the director named themselves are kept. Raises :class:`InvalidInput` when the
    reference data has no list for that council.
    """
    members = cipfa_neighbours(council_code)
    if not members:
        council = council_by_code(council_code)
        name = council.name if council else council_code
        raise InvalidInput("family", f"There is no published CIPFA list for {name}.")
    with store.transaction() as session:
        session.execute(delete(ComparatorCouncil).where(ComparatorCouncil.kind == "cipfa"))
        named = set(session.scalars(select(ComparatorCouncil.council_code)))
        for position, (code, name, _region, current) in enumerate(members, start=1):
            if code in named:
                continue
            label = name if current else f"{name} (before 2023)"
            session.add(
                ComparatorCouncil(
                    council_code=code,
                    name=label,
                    kind="cipfa",
                    from_list_of=council_code,
                    position=position,
                )
            )
    return Changes.of(Area.WORKFORCE)


def add_family_member(
    store: Store, council_code: str, kind: str = "named", own_code: str | None = None
) -> Changes:
    """Add a council to the comparators (``kind`` "cipfa" to count it in the family median)."""
    council = council_by_code(council_code)
    if council is None:
        raise InvalidInput("council", "Choose a council from the list.")
    if council_code == own_code:
        raise InvalidInput("council", "That is your own council.")
    if kind not in ("cipfa", "named"):
        raise InvalidInput("kind", "A comparator council is in the CIPFA family or named.")
    with store.transaction() as session:
        existing = session.scalar(
            select(ComparatorCouncil).where(ComparatorCouncil.council_code == council_code)
        )
        if existing is not None:
            raise InvalidInput("council", f"{council.name} is already in your comparators.")
        last = session.scalar(
            select(func.max(ComparatorCouncil.position)).where(ComparatorCouncil.kind == kind)
        )
        session.add(
            ComparatorCouncil(
                council_code=council_code,
                name=council.name,
                kind=kind,
                from_list_of="",
                position=(last or 0) + 1,
            )
        )
    return Changes.of(Area.WORKFORCE)


def remove_family_member(store: Store, member_id: int) -> Changes:
    """Take a council out of the comparators."""
    with store.transaction() as session:
        row = session.get(ComparatorCouncil, member_id)
        if row is not None:
            session.delete(row)
    return Changes.of(Area.WORKFORCE)


def put_back_family(store: Store, members: Sequence[FamilyMember]) -> Changes:
    """Make the comparators exactly ``members`` again (as read by :func:`list_family`).

    Undoes adding, removing or refilling councils, in one transaction.
    """
    with store.transaction() as session:
        session.execute(delete(ComparatorCouncil))
        for m in members:
            session.add(
                ComparatorCouncil(
                    id=m.id,
                    council_code=m.council_code,
                    name=m.name,
                    kind=m.kind,
                    from_list_of=m.from_list_of,
                    position=m.position,
                )
            )
    return Changes.of(Area.WORKFORCE)
