"""Filing many scope names at once gives the scopes filing them one by one gives."""

from __future__ import annotations

from sqlalchemy import select

from dass_desktop.domain import team_store, workforce_store
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.domain.workforce_terms import DEPARTMENT
from dass_desktop.store import Store
from dass_desktop.store.models import WorkforceScope

NAMES = [
    None,
    DEPARTMENT.upper(),
    "  North   locality ",
    "north locality",
    "Hospital Discharge",
    "New",
]


def test_scope_ids_for_many_names_match_one_at_a_time(store: Store) -> None:
    """Existing and new scopes, the department under any spelling, and register teams
    matched regardless of case, come out the same whichever way they are filed.
    """
    team_store.add_team(store, TeamDraft("north locality", next(iter(ServiceArea))))
    with store.transaction() as session:
        workforce_store.scope_id_for(session, "Hospital Discharge")
        many = workforce_store.scope_ids_for(session, NAMES)
        one = {name: workforce_store.scope_id_for(session, name) for name in NAMES}
        assert many == one
        linked = session.scalar(select(WorkforceScope).where(WorkforceScope.id == many["New"]))
        assert linked is not None
        assert linked.team_id is None
        north = session.get(WorkforceScope, many["  North   locality "])
        assert north is not None
        assert north.team_id is not None
    assert many[None] == many[DEPARTMENT.upper()]
    assert len(set(many.values())) == 5  # scope names match with their case
