"""Team register rules: FTE checks, vacancy rate, department roll-up, notes, delete and undo."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import team_gap_store, team_rules, team_store, team_terms
from dass_desktop.domain.changes import Area
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import (
    GapStatus,
    NoteKind,
    Role,
    ServiceArea,
    Severity,
    TeamDraft,
    TeamRow,
)
from dass_desktop.store import Store
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 26, 10, 0)


def team(name: str = "Hospital Discharge", **fields: object) -> TeamDraft:
    """A typical team draft, with any field overridden."""
    values: dict[str, object] = {
        "name": name,
        "service_area": ServiceArea.HOSPITAL_DISCHARGE,
        "manager": "Dana Okafor",
        "base": "Royal Northmoor Infirmary",
        "establishment": "18",
        "in_post": "14.5",
        "vacancies": "",
        "agency": "2",
    }
    values.update(fields)
    return TeamDraft(**values)  # type: ignore[arg-type]


def row(team_id: int, establishment: float, in_post: float, vacancies: float | None) -> TeamRow:
    """A team row with just the figures the roll-up needs."""
    return TeamRow(
        id=team_id,
        name=f"Team {team_id}",
        service_area=ServiceArea.OTHER,
        manager="",
        base="",
        establishment=establishment,
        in_post=in_post,
        vacancies_given=vacancies,
        agency=1.0,
    )


def test_vacancy_rate_is_vacancies_over_establishment() -> None:
    """4 vacancies in an establishment of 16 is 25%; no establishment means no rate."""
    assert team_terms.vacancy_rate(4, 16) == 0.25
    assert team_terms.vacancy_rate(0, 16) == 0.0
    assert team_terms.vacancy_rate(0, 0) is None
    assert team_terms.format_rate(0.125) == "12.5%"
    assert team_terms.format_rate(None) == "n/a"


def test_blank_vacancies_are_worked_out_never_below_zero() -> None:
    """Blank vacancies are establishment less in post; over-establishment teams have none."""
    assert row(1, 18, 14.5, None).vacancies == 3.5
    assert row(1, 18, 14.5, None).vacancies_worked_out
    assert row(1, 10, 10.5, None).vacancies == 0.0
    given = row(1, 18, 14.5, 2.0)
    assert given.vacancies == 2.0
    assert not given.vacancies_worked_out
    assert given.vacancy_rate == pytest.approx(2 / 18)
    assert row(1, 0, 0, None).vacancy_rate is None


def test_roll_up_weights_by_establishment_and_handles_zero_establishment() -> None:
    """The department rate is total vacancies over total establishment, not a mean of rates."""
    rows = [row(1, 30, 24, None), row(2, 10, 9, 1.0), row(3, 0, 0, None)]
    rollup = team_rules.department_rollup(rows, [])
    assert rollup.teams == 3
    assert rollup.establishment == 40
    assert rollup.in_post == 33
    assert rollup.vacancies == 7
    assert rollup.vacancy_rate == pytest.approx(7 / 40)  # not (20% + 10%) / 2
    assert rollup.teams_without_establishment == 1
    assert rollup.agency == 3
    assert rollup.agency_share == pytest.approx(3 / 40)
    assert rollup.open_gaps == 0


def test_roll_up_of_teams_with_no_establishment_has_no_rate() -> None:
    """A department (or an empty register) with no establishment shows no rate, not 0%."""
    for rows in ([], [row(1, 0, 0, None)]):
        rollup = team_rules.department_rollup(rows, [])
        assert rollup.vacancy_rate is None
        assert rollup.agency_share is None


def test_roll_up_tallies_open_gaps_by_role_and_severity(store_with_profile: Store) -> None:
    """Closed gaps and gaps of deleted teams are left out; FTE adds up per role."""
    a, _ = team_store.add_team(store_with_profile, team("Team A"))
    b, _ = team_store.add_team(store_with_profile, team("Team B"))
    c, _ = team_store.add_team(store_with_profile, team("Team C"))
    draft = GapDraft(role=Role.AMHP, gap_fte="2", severity=Severity.HIGH)
    team_gap_store.add_gap(store_with_profile, a, draft)
    team_gap_store.add_gap(
        store_with_profile, b, GapDraft(role=Role.AMHP, gap_fte="1.5", severity="high")
    )
    team_gap_store.add_gap(
        store_with_profile, b, GapDraft(role=Role.OT, description="No OT cover on Fridays")
    )
    team_gap_store.add_gap(
        store_with_profile, b, GapDraft(role=Role.OT, gap_fte=1, status="closed")
    )
    team_gap_store.add_gap(
        store_with_profile, c, GapDraft(role=Role.OT, gap_fte=3, severity="critical")
    )
    team_store.delete_team(store_with_profile, c, NOW)
    rollup = team_rules.department_rollup(
        team_store.list_teams(store_with_profile), team_gap_store.list_gaps(store_with_profile)
    )
    assert rollup.teams == 2
    assert rollup.open_gaps == 3
    assert rollup.count(Role.AMHP, Severity.HIGH) == 2
    assert rollup.count(Role.OT) == 1
    assert rollup.count(severity=Severity.CRITICAL) == 0
    assert rollup.gap_fte(Role.AMHP) == 3.5
    assert rollup.gap_fte() == 3.5
    assert rollup.roles() == [Role.AMHP, Role.OT]


def test_add_team_and_read_it_back(store: Store) -> None:
    """A team is saved with tidied text and its figures; the list counts notes and gaps."""
    team_id, changes = team_store.add_team(store, team("  Hospital   Discharge "))
    assert changes.touches(Area.TEAMS)
    team_store.add_note(
        store,
        team_id,
        NoteKind.STRENGTH,
        "Strong links with ward staff",
        noted_on=TODAY,
        today=TODAY,
    )
    team_gap_store.add_gap(
        store, team_id, GapDraft(role=Role.SOCIAL_WORKER, gap_fte=2, severity="low")
    )
    team_gap_store.add_gap(store, team_id, GapDraft(role=Role.AMHP, gap_fte=1, severity="critical"))
    (saved,) = team_store.list_teams(store)
    assert saved.name == "Hospital Discharge"
    assert saved.service_area is ServiceArea.HOSPITAL_DISCHARGE
    assert (saved.establishment, saved.in_post, saved.agency) == (18.0, 14.5, 2.0)
    assert saved.vacancies_given is None
    assert saved.vacancies == 3.5
    assert (saved.strengths, saved.developments, saved.open_gaps) == (1, 0, 2)
    assert saved.highest_severity is Severity.CRITICAL


@pytest.mark.parametrize(
    ("fields", "field_at_fault", "words"),
    [
        ({"name": "   "}, "name", "Give the team a name."),
        ({"service_area": "space"}, "service_area", "service area"),
        ({"establishment": "twelve"}, "establishment", "must be a number"),
        ({"establishment": "-3"}, "establishment", "cannot be negative"),
        ({"in_post": "nan"}, "in_post", "must be a number"),
        ({"agency": "-0.5"}, "agency", "Agency staff cannot be negative"),
        ({"vacancies": "1e3"}, "vacancies", "must be a number"),
        ({"establishment": "99999"}, "establishment", "too large"),
        ({"establishment": "10", "in_post": "11.5"}, "in_post", "more than 11.0 FTE"),
        ({"establishment": "30", "in_post": "33.5"}, "in_post", "an overshoot of 3.0 FTE"),
        ({"establishment": "0", "in_post": "1.5"}, "in_post", "more than 1.0 FTE"),
        (
            {"establishment": "10", "in_post": "8", "vacancies": "12"},
            "vacancies",
            "more than the establishment",
        ),
    ],
)
def test_bad_figures_name_the_field_and_save_nothing(
    store: Store, fields: dict[str, str], field_at_fault: str, words: str
) -> None:
    """Every bad FTE figure is refused with the field at fault and a plain sentence."""
    with pytest.raises(InvalidInput) as problem:
        team_store.add_team(store, team(**fields))
    assert problem.value.field == field_at_fault
    assert words in problem.value.message
    assert team_store.list_teams(store) == []


def test_fte_figures_accept_what_people_type() -> None:
    """'12', '12.5 FTE', '.5' and blank are read as figures; hundredths are kept."""
    assert team_rules.parse_fte("12", "establishment") == 12.0
    assert team_rules.parse_fte(" 12.5 FTE ", "establishment") == 12.5
    assert team_rules.parse_fte(".5", "agency") == 0.5
    assert team_rules.parse_fte("0.333", "agency") == 0.33
    assert team_rules.parse_fte("", "agency") == 0.0
    assert team_rules.parse_fte("", "vacancies", blank=None) is None
    assert team_terms.format_fte(12) == "12.0"
    assert team_terms.format_fte(0.75) == "0.75"


def test_in_post_may_run_over_establishment_by_the_stated_overshoot(store: Store) -> None:
    """10% over (at least 1 FTE) is allowed for supernumerary posts."""
    assert team_rules.overshoot_allowed(30) == 3.0
    assert team_rules.overshoot_allowed(4) == 1.0
    team_id, _ = team_store.add_team(store, team(establishment="30", in_post="33"))
    saved = team_store.get_team(store, team_id)
    assert saved is not None
    assert saved.vacancies == 0.0


def test_team_names_are_unique_ignoring_case(store: Store) -> None:
    """A second team with the same name is refused; renaming to your own name is fine."""
    team_id, _ = team_store.add_team(store, team("Safeguarding Hub"))
    with pytest.raises(InvalidInput) as problem:
        team_store.add_team(store, team("safeguarding hub"))
    assert problem.value.field == "name"
    team_store.update_team(store, team_id, team("Safeguarding Hub", manager="New Manager"))
    assert team_store.list_teams(store)[0].manager == "New Manager"


def test_update_team_keeps_given_vacancies_and_can_clear_them(store: Store) -> None:
    """Vacancies typed are kept; clearing them goes back to working them out."""
    team_id, _ = team_store.add_team(store, team(vacancies="2"))
    assert team_store.list_teams(store)[0].vacancies == 2.0
    team_store.update_team(store, team_id, team(vacancies=" "))
    saved = team_store.list_teams(store)[0]
    assert saved.vacancies_worked_out
    assert saved.vacancies == 3.5


def test_delete_team_then_undo_keeps_notes_and_gaps(store: Store) -> None:
    """A deleted team disappears with its gaps, and comes back whole on undo."""
    team_id, _ = team_store.add_team(store, team())
    team_store.add_note(
        store, team_id, NoteKind.DEVELOPMENT, "Supervision overdue", noted_on=TODAY, today=TODAY
    )
    team_gap_store.add_gap(store, team_id, GapDraft(role=Role.OT, gap_fte=1))
    team_store.delete_team(store, team_id, NOW)
    assert team_store.list_teams(store) == []
    assert team_gap_store.list_gaps(store) == []
    team_store.restore_team(store, team_id)
    (back,) = team_store.list_teams(store)
    assert (back.developments, back.open_gaps) == (1, 1)


def test_notes_are_dated_with_a_source_and_can_be_undone(store: Store) -> None:
    """Notes list newest first; empty or future notes are refused; delete can be undone."""
    team_id, _ = team_store.add_team(store, team())
    older, _ = team_store.add_note(
        store,
        team_id,
        NoteKind.STRENGTH,
        "Warm, person-centred discharge conversations",
        noted_on=dt.date(2026, 10, 1),
        source=" Visit ",
        today=TODAY,
    )
    newer, _ = team_store.add_note(
        store,
        team_id,
        NoteKind.STRENGTH,
        "Low sickness",
        noted_on=TODAY,
        source="Data review",
        today=TODAY,
    )
    assert [n.id for n in team_store.list_notes(store, team_id, NoteKind.STRENGTH)] == [
        newer,
        older,
    ]
    assert team_store.list_notes(store, team_id, NoteKind.DEVELOPMENT) == []
    assert team_store.list_notes(store, team_id)[1].source == "Visit"
    with pytest.raises(InvalidInput) as empty:
        team_store.add_note(store, team_id, NoteKind.STRENGTH, "  ", noted_on=TODAY, today=TODAY)
    assert empty.value.field == "text"
    with pytest.raises(InvalidInput) as future:
        team_store.add_note(
            store,
            team_id,
            NoteKind.STRENGTH,
            "Later",
            noted_on=TODAY + dt.timedelta(1),
            today=TODAY,
        )
    assert future.value.field == "noted_on"
    team_store.update_note(
        store,
        older,
        text="Warm discharge conversations",
        noted_on=dt.date(2026, 10, 2),
        source="Visit",
        today=TODAY,
        kind=NoteKind.DEVELOPMENT,
    )
    assert team_store.list_notes(store, team_id, NoteKind.DEVELOPMENT)[0].noted_on == dt.date(
        2026, 10, 2
    )
    team_store.delete_note(store, newer, NOW)
    assert team_store.list_notes(store, team_id, NoteKind.STRENGTH) == []
    team_store.restore_note(store, newer)
    assert [n.id for n in team_store.list_notes(store, team_id, NoteKind.STRENGTH)] == [newer]


def test_gap_status_open_means_not_closed() -> None:
    """A gap being mitigated still counts as open."""
    assert GapStatus.MITIGATING.is_open
    assert not GapStatus.CLOSED.is_open
