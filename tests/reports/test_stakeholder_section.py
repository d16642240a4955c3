"""The printed stakeholder map: who is on it, and in what order."""

from __future__ import annotations

from dass_desktop.domain.contact_terms import Cadence, Category, Quadrant
from dass_desktop.domain.stakeholder_terms import StakeholderRow
from dass_desktop.reports.stakeholder_section import MOST_ON_MAP, mapped_people


def _person(n: int, influence: int, interest: int) -> StakeholderRow:
    return StakeholderRow(
        id=n,
        name=f"Person {n:03d}",
        role="Role",
        organisation="Org",
        category=Category.STAFF,
        email="",
        phone="",
        notes="",
        influence=influence,
        interest=interest,
        cadence=Cadence.NONE,
        tags=(),
    )


def test_map_keeps_the_most_influential_and_orders_by_quadrant() -> None:
    """With more people than fit, the highest influence plus interest are kept, and the key
    runs manage closely, keep satisfied, keep informed, monitor.
    """
    people = [_person(n, 1 + n % 5, 1 + (n // 5) % 5) for n in range(100)]
    shown = mapped_people(people)
    assert len(shown) == MOST_ON_MAP
    cut = min(p.influence + p.interest for p in shown)
    assert all(p.influence + p.interest <= cut for p in people if p not in shown)
    order = [p.quadrant for p in shown]
    assert order == sorted(
        order,
        key=[
            Quadrant.MANAGE_CLOSELY,
            Quadrant.KEEP_SATISFIED,
            Quadrant.KEEP_INFORMED,
            Quadrant.MONITOR,
        ].index,
    )
