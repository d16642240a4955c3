"""The contacts book: validation, flags on wrong details, and contact worked out from visits."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import engagement_store, stakeholder_rules, stakeholder_store
from dass_desktop.domain.changes import Area
from dass_desktop.domain.contact_terms import Cadence, Category, EngagementKind
from dass_desktop.domain.engagement_terms import EngagementDraft
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.stakeholder_terms import (
    StakeholderDraft,
    email_problem,
    initials,
    phone_problem,
)
from dass_desktop.store import Store
from tests.conftest import TODAY

START = dt.date(2026, 9, 7)


def person(name: str = "Priya Shah", **fields: object) -> StakeholderDraft:
    """A draft stakeholder in council leadership, with any field overridden."""
    values: dict[str, object] = {
        "name": name,
        "category": Category.COUNCIL_LEADERSHIP,
        "role": "Chief Executive",
        "organisation": "Northmoor Council",
    }
    values.update(fields)
    return StakeholderDraft(**values)  # type: ignore[arg-type]


def meet(store: Store, day: dt.date, *people: int) -> int:
    """Log a one-to-one with ``people`` on ``day``."""
    engagement_id, _ = engagement_store.add_engagement(
        store,
        EngagementDraft(day, EngagementKind.ONE_TO_ONE, stakeholder_ids=tuple(people)),
        TODAY,
    )
    return engagement_id


@pytest.mark.parametrize(
    ("email", "flag"),
    [
        ("", None),
        ("priya.shah@northmoor.gov.uk", None),
        ("a+b@nhs.net", None),
        ("priya.shah.northmoor.gov.uk", "no @"),
        ("priya@@northmoor.gov.uk", "more than one @"),
        ("priya shah@northmoor.gov.uk", "space"),
        ("priya@northmoor", "looks incomplete"),
        ("@northmoor.gov.uk", "nothing before"),
        ("priya@northmoor.gov.u", "ends too soon"),
    ],
)
def test_email_problems_are_named(email: str, flag: str | None) -> None:
    """Clearly wrong e-mail addresses get a sentence saying what is wrong; good ones none."""
    problem = email_problem(email)
    if flag is None:
        assert problem is None
    else:
        assert problem is not None
        assert flag in problem


@pytest.mark.parametrize(
    ("phone", "flag"),
    [
        ("", None),
        ("01632 960 123", None),
        ("+44 (0)1632 960123", None),
        ("07700 900 456 ext 12", None),
        ("ext 4521", None),
        ("0161 ABC 1234", "letters"),
        ("01632 96", "too short"),
        ("0161+1234567", "not at the start"),
        ("0" * 17, "too long"),
    ],
)
def test_phone_problems_are_named(phone: str, flag: str | None) -> None:
    """Letters, a stray +, too few or too many digits are flagged; extensions are fine."""
    problem = phone_problem(phone)
    if flag is None:
        assert problem is None
    else:
        assert problem is not None
        assert flag in problem


def test_wrong_details_are_saved_and_flagged_not_dropped(store: Store) -> None:
    """A wrong e-mail and phone are kept exactly as typed, and the row flags both."""
    person_id, changes = stakeholder_store.add_stakeholder(
        store, person(email=" priya.shah.northmoor.gov.uk ", phone="0161 ABC"), START
    )
    assert changes.touches(Area.CONTACTS)
    row = stakeholder_store.get_stakeholder(store, person_id, TODAY)
    assert row is not None
    assert row.email == "priya.shah.northmoor.gov.uk"
    assert row.phone == "0161 ABC"
    assert len(row.problems) == 2


def test_validation_refuses_what_cannot_be_saved(store: Store) -> None:
    """No name, scores outside 1 to 5, or an unknown category are refused, saving nothing."""
    for draft, field in (
        (person(name="   "), "name"),
        (person(influence=6), "influence"),
        (person(interest="high"), "interest"),
        (person(category="mayors"), "category"),
        (person(cadence="daily"), "cadence"),
    ):
        with pytest.raises(InvalidInput) as raised:
            stakeholder_store.add_stakeholder(store, draft, START)
        assert raised.value.field == field
    assert stakeholder_store.list_stakeholders(store, TODAY) == []


def test_tags_and_initials_are_tidied() -> None:
    """Tags lose repeats and stray spaces; initials skip titles such as Cllr."""
    assert stakeholder_rules.split_tags(" union,  Unison , union,,lead ") == (
        "union",
        "Unison",
        "lead",
    )
    assert initials("Cllr Joan Ashworth") == "JA"
    assert initials("Priya Shah") == "PS"
    assert initials("Healthwatch") == "HE"


def test_last_contact_and_next_due_come_from_engagements(store: Store) -> None:
    """Last contact is the latest engagement held; next due adds the cadence to it."""
    chief, _ = stakeholder_store.add_stakeholder(store, person(cadence=Cadence.FORTNIGHTLY), START)
    meet(store, dt.date(2026, 10, 1), chief)
    meet(store, dt.date(2026, 11, 12), chief)
    meet(store, dt.date(2026, 12, 3), chief)  # booked: planned, not yet contact
    row = stakeholder_store.get_stakeholder(store, chief, TODAY, since=START)
    assert row is not None
    assert row.last_contact == dt.date(2026, 11, 12)
    assert row.contacts == 2
    assert row.next_planned == dt.date(2026, 12, 3)
    assert row.next_due == dt.date(2026, 11, 26)
    assert not row.is_overdue(TODAY)  # due today is not yet overdue
    assert row.is_overdue(TODAY + dt.timedelta(days=1))
    assert row.days_overdue(dt.date(2026, 12, 10)) == 14


def test_monthly_cadence_counts_calendar_months(store: Store) -> None:
    """Monthly from 31 Oct is due on 30 Nov; quarterly from 30 Nov on 28 Feb."""
    lead, _ = stakeholder_store.add_stakeholder(
        store, person("Cllr Joan Ashworth", cadence="monthly"), START
    )
    meet(store, dt.date(2026, 10, 31), lead)
    row = stakeholder_store.get_stakeholder(store, lead, TODAY)
    assert row is not None
    assert row.next_due == dt.date(2026, 11, 30)
    assert Cadence.QUARTERLY.after(dt.date(2026, 11, 30)) == dt.date(2027, 2, 28)


def test_cadence_none_is_never_due_or_overdue(store: Store) -> None:
    """Someone with no cadence is never due, however long since they were seen."""
    quiet, _ = stakeholder_store.add_stakeholder(
        store, person("Dr Ken Obi", cadence=Cadence.NONE), START
    )
    meet(store, dt.date(2025, 1, 1), quiet)
    row = stakeholder_store.get_stakeholder(store, quiet, TODAY, since=START)
    assert row is not None
    assert row.next_due is None
    assert not row.is_overdue(dt.date(2030, 1, 1))


def test_people_not_met_are_due_a_cadence_after_the_start(store: Store) -> None:
    """Not met yet: due one cadence after the start date (and no due date without one)."""
    new, _ = stakeholder_store.add_stakeholder(
        store, person("Sam Bell", cadence=Cadence.MONTHLY), START
    )
    row = stakeholder_store.get_stakeholder(store, new, TODAY, since=START)
    assert row is not None
    assert row.last_contact is None
    assert row.next_due == dt.date(2026, 10, 7)
    assert row.is_overdue(TODAY)
    unknown_start = stakeholder_store.get_stakeholder(store, new, TODAY)
    assert unknown_start is not None
    assert unknown_start.next_due is None


def test_people_added_after_the_start_are_due_a_cadence_after_they_were_added(
    store: Store,
) -> None:
    """Someone added today is not overdue at once: their first contact falls due one
    cadence after the day they were added (kept on the app's day, not the real clock);
    someone added before the start still counts from the start.
    """
    added_today, _ = stakeholder_store.add_stakeholder(
        store, person("Sam Bell", cadence=Cadence.MONTHLY), TODAY
    )
    before_start, _ = stakeholder_store.add_stakeholder(
        store, person("Ann Yates", cadence=Cadence.MONTHLY), START - dt.timedelta(days=20)
    )
    new = stakeholder_store.get_stakeholder(store, added_today, TODAY, since=START)
    old = stakeholder_store.get_stakeholder(store, before_start, TODAY, since=START)
    assert new is not None
    assert old is not None
    assert new.added_on == TODAY
    assert new.next_due == dt.date(2026, 12, 26)
    assert not new.is_overdue(TODAY)
    assert old.next_due == dt.date(2026, 10, 7)
    assert old.is_overdue(TODAY)
    meet(store, dt.date(2026, 11, 20), added_today)  # once met, the last contact counts
    met = stakeholder_store.get_stakeholder(store, added_today, TODAY, since=START)
    assert met is not None
    assert met.next_due == dt.date(2026, 12, 20)


def test_delete_and_restore_keep_their_history(store: Store) -> None:
    """Deleting a person hides them; undoing brings back their past contact too."""
    chief, _ = stakeholder_store.add_stakeholder(store, person(), START)
    engagement_id = meet(store, dt.date(2026, 11, 2), chief)
    stakeholder_store.delete_stakeholders(store, [chief], dt.datetime(2026, 11, 26, 9))
    assert stakeholder_store.list_stakeholders(store, TODAY) == []
    found = engagement_store.get_engagement(store, engagement_id)
    assert found is not None
    assert found.people == ()
    stakeholder_store.restore_stakeholders(store, [chief])
    row = stakeholder_store.get_stakeholder(store, chief, TODAY)
    assert row is not None
    assert row.last_contact == dt.date(2026, 11, 2)


def test_update_changes_details(store: Store) -> None:
    """Editing saves every field; a deleted person cannot be edited."""
    chief, _ = stakeholder_store.add_stakeholder(store, person(), START)
    stakeholder_store.update_stakeholder(
        store, chief, person(role="Chief Executive and Head of Paid Service", influence="5")
    )
    row = stakeholder_store.get_stakeholder(store, chief, TODAY)
    assert row is not None
    assert row.influence == 5
    assert row.role_line == "Chief Executive and Head of Paid Service, Northmoor Council"
    stakeholder_store.delete_stakeholders(store, [chief], dt.datetime(2026, 11, 26, 9))
    with pytest.raises(InvalidInput):
        stakeholder_store.update_stakeholder(store, chief, person())
