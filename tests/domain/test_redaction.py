"""Names left out: the one redactor that knows every person the store has held."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import stakeholder_store, team_store
from dass_desktop.domain.contact_terms import Category
from dass_desktop.domain.redaction_rules import NO_REDACTION, Redactor
from dass_desktop.domain.redaction_store import redactor_for
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.domain.team_terms import ServiceArea, TeamDraft
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 9, 0)


def add(store: Store, name: str, role: str = "", category: Category = Category.STAFF) -> int:
    """Add one contact through the domain and return their id."""
    person_id, _ = stakeholder_store.add_stakeholder(
        store, StakeholderDraft(name, category, role=role), TODAY
    )
    return person_id


@pytest.fixture
def council(store_with_profile: Store) -> Store:
    """Sam Taylor directs, Jordan Ellis is chief executive; three team managers (two only in
    the teams register), three contacts, one of them deleted, and a PA named by her boss.
    """
    store = store_with_profile
    for name, manager in (
        ("Front Door", "Ann Yates"),
        ("Hospital Discharge Team", "Dana Okafor"),
        ("Reablement", "Will Marsh (interim)"),
    ):
        team_store.add_team(store, TeamDraft(name, ServiceArea.FRONT_DOOR, manager=manager))
    add(store, "Ann Yates", "Team manager, Front Door")
    add(
        store,
        "Cllr Joan Ashworth",
        "Cabinet Member for Adult Social Care",
        Category.ELECTED_MEMBERS,
    )
    add(store, "Carol Hesketh", "Assistant Director, Operations")
    add(store, "Ian Metcalfe", "Assistant Director, Commissioning")
    add(store, "Mary Kershaw", "PA to Joan Ashworth")
    gone = add(store, "Brian Quayle", "Head of Procurement", Category.FINANCE)
    add(store, "Healthwatch Leeds", "Local Healthwatch", Category.VOLUNTARY_SECTOR)
    stakeholder_store.delete_stakeholders(store, [gone], NOW)
    return store


def test_whole_words_only(council: Store) -> None:
    """A contact called Ann leaves "Annual review" (and "Anne", "Yatesbury") alone."""
    redact = redactor_for(council)
    assert redact("Annual review with Anne at Yatesbury") == "Annual review with Anne at Yatesbury"
    assert redact("Ann said") == "A team manager said"
    assert (
        redact("agreed with ANN and with ann")
        == "agreed with a team manager and with a team manager"
    )


def test_full_name_first_name_surname_and_titles(council: Store) -> None:
    """Full names, first names alone and surnames with or without a title all go."""
    redact = redactor_for(council)
    lead = "the Cabinet Member for Adult Social Care"
    assert redact("Met Cllr Joan Ashworth") == f"Met {lead}"
    assert redact("Met Joan Ashworth") == f"Met {lead}"
    assert redact("Met Joan") == f"Met {lead}"
    assert redact("Met Cllr Ashworth and Councillor Ashworth") == f"Met {lead} and {lead}"
    assert redact("Asked Ms Yates, Ms. Yates and Mrs Okafor") == (
        "Asked a team manager, a team manager and a team manager"
    )
    assert redact("Ashworth agreed") == f"{lead[0].upper()}{lead[1:]} agreed"
    assert redact("see Dr Hesketh") == "see an assistant director"


def test_line_breaks_and_extra_spaces(council: Store) -> None:
    """A name broken by a line break or a run of spaces is still one name."""
    redact = redactor_for(council)
    lead = "the Cabinet Member for Adult Social Care"
    assert redact("Joan\nAshworth to lead") == f"{lead[0].upper()}{lead[1:]} to lead"
    assert redact("with Joan  Ashworth\tand Cllr\nJoan \n Ashworth") == f"with {lead}\tand {lead}"


def test_possessive_keeps_its_ending(council: Store) -> None:
    """The possessive "Ann's team" becomes "a team manager's team"."""
    assert redactor_for(council)("see Ann's notes") == "see a team manager's notes"


def test_deleted_contacts_are_still_known(council: Store) -> None:
    """A deleted contact's name in old notes is replaced like anyone else's."""
    redact = redactor_for(council)
    assert redact("Brian Quayle to cost it") == "The Head of Procurement to cost it"
    assert redact("ask Mr Quayle") == "ask the Head of Procurement"


def test_roles_shared_by_several_people_become_the_role_alone(council: Store) -> None:
    """Team managers become "a team manager", never "Team manager, <team>"; two assistant
    directors become "an assistant director"; a role held by one person keeps "the".
    """
    redact = redactor_for(council)
    for name in ("Ann Yates", "Dana Okafor", "Will Marsh"):
        assert redact.person(name) == "a team manager"
    assert redact.person("Carol Hesketh") == "an assistant director"
    assert redact.person("Ian Metcalfe") == "an assistant director"
    assert redact.person("Cllr Joan Ashworth") == "the Cabinet Member for Adult Social Care"
    assert "Front Door" not in redact("Ann Yates")


def test_a_role_naming_someone_is_redacted_too(council: Store) -> None:
    """The PA's role names her boss: the stand-in names the boss's role instead."""
    redact = redactor_for(council)
    stand_in = redact.person("Mary Kershaw")
    assert stand_in == "the PA to the Cabinet Member for Adult Social Care"
    assert (
        redact("Mary to book it") == "The PA to the Cabinet Member for Adult Social Care to book it"
    )


def test_people_naming_each_other_end_in_someone(store: Store) -> None:
    """Two roles that name each other cannot go on for ever: the names become "someone"."""
    add(store, "Pat Hughes", "PA to Lou Kemp")
    add(store, "Lou Kemp", "Deputy to Pat Hughes")
    redact = redactor_for(store)
    for name in ("Pat Hughes", "Lou Kemp"):
        stand_in = redact.person(name)
        assert not redact.finds_a_name(stand_in)
        assert "Pat" not in stand_in
        assert "Kemp" not in stand_in
        assert "someone" in stand_in


def test_director_chief_executive_and_me(council: Store) -> None:
    """The director (and an owner of "Me") is "the director"; the chief executive by role."""
    redact = redactor_for(council)
    assert redact("Me") == "The director"
    assert redact(" me ") == "The director"
    assert redact("told me that Sam Taylor would") == "told me that the director would"
    assert redact("Jordan Ellis and Mr Ellis") == "The chief executive and the chief executive"
    assert redact.person("Me") == "the director"


def test_common_words_only_when_capitalised(council: Store) -> None:
    """A first name that is also a word ("Will") is replaced when written as a name only."""
    redact = redactor_for(council)
    assert redact("we will ask Will") == "we will ask a team manager"
    assert redact("the marsh path; Marsh said") == "the marsh path; a team manager said"
    assert redact("ask will marsh") == "ask a team manager"  # the full name, in any case


def test_shared_first_names_become_someone(store: Store) -> None:
    """A first name two people with different roles share does not pick one of them."""
    add(store, "Chris Ogden", "Convenor")
    add(store, "Chris Lamb", "Head of Finance")
    redact = redactor_for(store)
    assert redact("Chris agreed") == "Someone agreed"
    assert redact("Chris Lamb agreed") == "The Head of Finance agreed"


def test_organisations_and_the_council_name_survive(council: Store) -> None:
    """A contact that is an organisation is matched by its whole name only, and no word of
    the council's own name is replaced on its own.
    """
    redact = redactor_for(council)
    assert redact("Leeds teams met Healthwatch Leeds") == "Leeds teams met the Local Healthwatch"


def test_unknown_names_in_person_become_someone(council: Store) -> None:
    """Asking for a stand-in for a name nobody holds still does not print the name."""
    assert redactor_for(council).person("Zed Unknown") == "someone"


def test_identity_changes_nothing(council: Store) -> None:
    """With names allowed, nothing is touched, and a person is their own name."""
    for redact in (Redactor.identity(), NO_REDACTION):
        assert redact("Ann Yates and Me") == "Ann Yates and Me"
        assert redact("Me") == "Me"
        assert redact.person("Ann Yates") == "Ann Yates"


def test_an_empty_store_redacts_nothing(store: Store) -> None:
    """Before set-up there is nobody to leave out and the text comes back as it was."""
    redact = redactor_for(store)
    assert redact("Annual review with Ann") == "Annual review with Ann"
    assert redact("Me") == "The director"
