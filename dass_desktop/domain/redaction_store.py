"""Reading and changing names left out of exports through the store.

Queries, and commands that each commit one transaction and return :class:`Changes`.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from dass_desktop.domain.contact_terms import Category
from dass_desktop.domain.redaction_rules import Redactor, build_redactor, words_of
from dass_desktop.domain.redaction_terms import (
    CHIEF_EXECUTIVE,
    COLLEAGUE,
    DIRECTOR,
    TEAM_MANAGER,
    KnownPerson,
)
from dass_desktop.store import Store
from dass_desktop.store.models import (
    AwardNomination,
    Profile,
    Recognition,
    Stakeholder,
    Team,
)


def _team_managers(manager: str) -> list[str]:
    """The people named in a team's manager field ("Jo Bell / Sam Carr (interim)")."""
    text = re.sub(r"\([^)]*\)", " ", manager)
    parts = re.split(r"[/;&,+]| and ", text)
    skip = {"", "vacant", "tbc", "tba", "none", "interim", "acting", "n/a", "-", "–"}
    return [p.strip() for p in parts if p.strip().casefold() not in skip]


def known_people(store: Store) -> tuple[list[KnownPerson], list[str]]:
    """Every person the store has ever held, deleted ones included, and the council's name."""
    people: list[KnownPerson] = []
    council: list[str] = []
    with store.read() as session:
        profile = session.get(Profile, 1)
        if profile is not None:
            people.append(KnownPerson(profile.director_name, fixed=DIRECTOR))
            if profile.chief_executive_name.strip():
                people.append(KnownPerson(profile.chief_executive_name, fixed=CHIEF_EXECUTIVE))
            council = words_of(profile.council_name)
        for manager in session.scalars(select(Team.manager).where(Team.manager != "")):
            people += [KnownPerson(n, fixed=TEAM_MANAGER) for n in _team_managers(manager)]
        # People thanked or nominated by name (who nominated them is never printed without
        # names, and is often a role, whose words must not be taken for a name).
        named = {
            *session.scalars(select(Recognition.who_name).where(Recognition.who_name != "")),
            *session.scalars(
                select(AwardNomination.nominee_name).where(AwardNomination.nominee_name != "")
            ),
        }
        people += [KnownPerson(n, fixed=COLLEAGUE) for n in sorted(named)]
        for contact in session.scalars(select(Stakeholder).order_by(Stakeholder.id)):
            try:
                label = Category(contact.category).label
            except ValueError:
                label = ""
            people.append(
                KnownPerson(
                    contact.name,
                    role=contact.role,
                    category=label,
                    organisation=contact.name.strip().casefold()
                    == contact.organisation.strip().casefold(),
                )
            )
    return people, council


def redactor_for(store: Store) -> Redactor:
    """The redactor for everything exported from ``store`` with names left out."""
    people, council = known_people(store)
    return build_redactor(people, council)
