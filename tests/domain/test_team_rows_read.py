"""The team register read as column values equals the register built from ORM objects."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dass_desktop.demo import write_demo
from dass_desktop.domain import team_store
from dass_desktop.domain.team_terms import NoteKind, ServiceArea, TeamRow
from dass_desktop.store import Store
from dass_desktop.store.models import Team
from tests.conftest import TODAY


def _from_objects(store: Store) -> list[TeamRow]:
    """The register as it was read before: whole ORM objects, with the counts of the read."""
    counted = {r.id: r for r in team_store.list_teams(store)}
    with store.read() as session:
        teams = list(session.scalars(select(Team).where(Team.deleted_at.is_(None))))
        rows = [
            TeamRow(
                id=t.id,
                name=t.name,
                service_area=ServiceArea(t.service_area),
                manager=t.manager,
                base=t.base,
                establishment=t.establishment_fte,
                in_post=t.in_post_fte,
                vacancies_given=t.vacancies_fte,
                agency=t.agency_fte,
                strengths=counted[t.id].strengths,
                developments=counted[t.id].developments,
                open_gaps=counted[t.id].open_gaps,
                highest_severity=counted[t.id].highest_severity,
            )
            for t in teams
        ]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


@pytest.mark.parametrize("scale", [1, 3])
def test_list_teams_equals_the_objects_read(store: Store, scale: int) -> None:
    """At two sizes, with a deleted team and a deleted note, every field agrees."""
    write_demo(store, TODAY, scale=scale)
    teams = team_store.list_teams(store)
    team_store.delete_team(store, teams[1].id, dt.datetime(2026, 1, 1))
    notes = team_store.list_notes(store, teams[0].id, NoteKind.STRENGTH)
    if notes:
        team_store.delete_note(store, notes[0].id, dt.datetime(2026, 1, 1))
    found = team_store.list_teams(store)
    assert found == _from_objects(store)
    assert len(found) == len(teams) - 1
    assert any(r.vacancies_given is None for r in found)
    assert any(r.vacancies_given is not None for r in found)
    assert any(r.open_gaps for r in found)
    assert len({r.service_area for r in found}) > 1
    some = [teams[0].id, teams[1].id, teams[2].id]  # the second is deleted
    assert team_store.list_teams(store, some) == [r for r in found if r.id in some]
