"""The demo council's words never quote a figure its data contradicts, HR's latest
workforce return describes the same staffing as the team register, no note is copied,
roles are spelt from one list, and "you said, we did" reads as staff and as done.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.demo import demo_start_date, roles, write_demo
from dass_desktop.demo.plan import DIRECTOR_OWN
from dass_desktop.demo.quotes import SPOKEN
from dass_desktop.domain import (
    engagement_store,
    plan_store,
    plan_terms,
    stakeholder_store,
    team_gap_store,
    team_rules,
    team_store,
    workforce_rules,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.narrative import PlanKind, load_narrative
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

MEASURES = {
    "vacanc": "vacancy_rate",
    "turnover": "turnover_rate",
    "supervision": "supervision",
    "apprais": "appraisals",
    "agency": "agency_rate",
    "sickness": "sickness_days",
}
_MEASURE = re.compile("|".join(MEASURES), re.IGNORECASE)
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|days\b|FTE\b)(\s+target)?", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True)
class Quote:
    """One figure a sentence quotes: its measure, scope (None: the department) and value."""

    sentence: str
    measure: str
    team: str | None
    value: float
    decimals: int
    target: bool


def team_aliases(names: list[str]) -> dict[str, str]:
    """Every way the demo's words name a team (lower case), to the register's name."""
    aliases = {}
    for name in names:
        for alias in (name, name.split(" (")[0], SPOKEN.get(name, name)):
            aliases[alias.lower()] = name
    return aliases


def quotes_in(text: str, aliases: dict[str, str], default: str | None) -> Iterator[Quote]:
    """Every figure ``text`` quotes for a measure, with the team named before it in the
    same sentence, or in the clause just after it (or ``default``, the team the text
    belongs to).
    """
    for sentence in _SENTENCE.split(text):
        lowered = sentence.lower()
        mentions = sorted(
            (m.start(), m.end(), name)
            for alias, name in aliases.items()
            for m in re.finditer(rf"\b{re.escape(alias)}\b", lowered)
        )
        measures = [(m.start(), MEASURES[m.group(0).lower()]) for m in _MEASURE.finditer(sentence)]
        previous = 0
        for figure in _FIGURE.finditer(sentence):
            unit = figure.group(2).lower()
            before = [key for at, key in measures if at < figure.start()]
            after = [key for at, key in measures if at > figure.start()]
            measure: str | None = (
                (before or after)[-1 if before else 0] if before or after else None
            )
            if unit == "days":
                measure = "sickness_days" if "sickness_days" in (before + after) else None
            elif unit == "fte":
                measure = "fte" if "in post" in lowered[figure.end() : figure.end() + 9] else None
            named = [n for start, end, n in mentions if previous <= start and end <= figure.start()]
            clause = re.search(r"[,;(]|$", lowered[figure.end() :])
            clause_end = figure.end() + (clause.start() if clause else 0)
            named = named or [n for start, end, n in mentions if figure.end() <= start < clause_end]
            previous = figure.end()
            if measure is None:
                continue
            number = figure.group(1)
            yield Quote(
                sentence,
                measure,
                named[-1] if named else default,
                float(number),
                len(number.split(".")[1]) if "." in number else 0,
                bool(figure.group(3)),
            )


def figures_of(store: Store) -> dict[str | None, dict[str, float]]:
    """Each scope's latest figure of every metric, by team name (None: the department)."""
    found: dict[str | None, dict[str, float]] = {}
    for scope in workforce_store.list_scopes(store):
        rows = workforce_store.list_values(store, scope.id)
        latest = {
            m.key: point.value
            for m in workforce_terms.METRICS
            if (point := workforce_rules.latest(workforce_rules.series(rows, m.key))) is not None
        }
        found[None if scope.is_department else scope.name] = latest
    return found


def wrong_quotes(store: Store, found: list[Quote]) -> list[str]:
    """The quotes whose figure the data contradicts (to the precision quoted)."""
    data = figures_of(store)
    goals = workforce_store.targets(store)
    wrong = []
    for quote in found:
        if quote.target:
            actual = goals.get(quote.measure)
        else:
            actual = data.get(quote.team, {}).get(quote.measure)
        tolerance = 0.5 * 10**-quote.decimals + 1e-9
        if actual is None or abs(actual - quote.value) > tolerance:
            wrong.append(f"{quote.sentence!r}: {quote.measure} of {quote.team} is {actual}")
    return wrong


def demo_words(store: Store) -> Iterator[tuple[str, str | None]]:
    """Every piece of free text the demo wrote, with the team it belongs to (if one)."""
    start = demo_start_date(TODAY)
    gaps = {f"gap:{g.id}": g.team_name for g in team_gap_store.list_gaps(store)}
    visits = {
        f"engagement:{row.id}": row.teams[0].name if len(row.teams) == 1 else None
        for row in engagement_store.list_engagements(store)
    }
    for item in plan_store.list_items(store, start):
        # An action from a gap or a visit is about that team.
        team = gaps.get(item.source) or visits.get(item.source)
        yield item.title, team
        yield item.findings, team
    for kind in PlanKind:
        yield from ((text, None) for text in load_narrative(store, kind).sections.values())
    for team_row in team_store.list_teams(store):
        yield from (
            (note.text, team_row.name) for note in team_store.list_notes(store, team_row.id)
        )
    for gap in team_gap_store.list_gaps(store):
        yield gap.description, gap.team_name
        yield gap.mitigation_notes, gap.team_name
    for row in engagement_store.list_engagements(store):
        team = row.teams[0].name if len(row.teams) == 1 else None
        for text in (row.going_well, row.to_improve, row.you_said_we_did):
            yield text, team


@pytest.fixture(scope="module", params=[1, 3], ids=["scale 1", "scale 3"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """The demo council at the given scale, built once for the tests below."""
    folder: Path = tmp_path_factory.mktemp(f"demo{request.param}")
    with open_store(paths.resolve(folder)) as store:
        write_demo(store, TODAY, scale=request.param)
        yield store


def test_the_extractor_finds_figures_the_data_contradicts(demo: Store) -> None:
    """The check can fail: the old demo's wrong sentences are found and reported."""
    names = [t.name for t in team_store.list_teams(demo)]
    aliases = team_aliases(names)
    wrong_text = (
        "Vacancy 14% overall, 22% in the AMHP service. Sickness 11.8 days per FTE, mostly "
        "long-term. Turnover steady at 13%. Only 71% in date for supervision."
    )
    found = list(quotes_in(wrong_text, aliases, None))
    assert [(q.measure, q.team, q.value) for q in found] == [
        ("vacancy_rate", None, 14.0),
        ("vacancy_rate", "Mental Health and AMHP Service", 22.0),
        ("sickness_days", None, 11.8),
        ("turnover_rate", None, 13.0),
        ("supervision", None, 71.0),
    ]
    assert len(wrong_quotes(demo, found)) == 5
    note = list(
        quotes_in("Supervision in date for only 62% of staff", aliases, "Long-term Support East")
    )
    assert len(wrong_quotes(demo, note)) == 1
    right = figures_of(demo)["Long-term Support East"]["supervision"]
    note = list(
        quotes_in(
            f"Supervision in date for only {right:.0f}% of staff", aliases, "Long-term Support East"
        )
    )
    assert note
    assert wrong_quotes(demo, note) == []


def test_every_figure_the_demo_quotes_agrees_with_its_data(demo: Store) -> None:
    """Findings, narrative, team notes, gaps and visit notes quote the data's own figures."""
    aliases = team_aliases([t.name for t in team_store.list_teams(demo)])
    found = [q for text, team in demo_words(demo) for q in quotes_in(text, aliases, team)]
    measures = {q.measure for q in found}
    assert {
        "vacancy_rate",
        "turnover_rate",
        "sickness_days",
        "supervision",
        "appraisals",
    } <= measures
    assert any(q.target for q in found)
    assert any(q.team for q in found)
    assert wrong_quotes(demo, found) == []


def test_gap_sizes_in_words_match_the_gap(demo: Store) -> None:
    """A gap described as "Three ... posts" is a gap of 3 FTE."""
    checked = 0
    for gap in team_gap_store.list_gaps(demo):
        match = re.match(r"(\w+)\b.*\bposts?\b", gap.description)
        if match and match.group(1).lower() in _WORDS:
            checked += 1
            assert gap.gap_fte == _WORDS[match.group(1).lower()], gap.description
    assert checked >= 2


def test_the_workforce_return_agrees_with_the_register(demo: Store) -> None:
    """The department's latest FTE in post, vacancy rate and agency share are the register's
    roll-up; each team's latest FTE in post and vacancy rate are its register entry's; and
    every establishment is staff in post plus vacancies, so HR's figures imply the same.
    """
    register = team_store.list_teams(demo)
    rollup = team_rules.department_rollup(register, team_gap_store.list_gaps(demo))
    data = figures_of(demo)
    department = data[None]
    assert department["fte"] == round(rollup.in_post, 1)
    assert rollup.vacancy_rate is not None
    assert department["vacancy_rate"] == round(100 * rollup.vacancy_rate, 1)
    assert department["agency_rate"] == round(
        100 * rollup.agency / (rollup.agency + rollup.in_post), 1
    )
    assert rollup.establishment == pytest.approx(department["fte"] + rollup.vacancies)
    assert department["headcount"] == sum(
        data[t.name]["headcount"] for t in register if t.name in data
    )
    staffed = [t for t in register if t.establishment > 0]
    assert {t.name for t in staffed} == {name for name in data if name is not None}
    for team in staffed:
        assert team.vacancy_rate is not None
        assert data[team.name]["vacancy_rate"] == round(100 * team.vacancy_rate, 1), team.name
        assert data[team.name]["fte"] == team.in_post, team.name
        assert team.establishment == pytest.approx(team.in_post + team.vacancies), team.name


def test_no_visit_counts_more_staff_than_its_teams_have(demo: Store) -> None:
    """A visit or roadshow never meets more staff than its teams have in post, and a
    briefing for all staff never more than the department has.
    """
    data = figures_of(demo)
    checked = 0
    for row in engagement_store.list_engagements(demo):
        if row.staff_count is None:
            continue
        if row.teams:
            headcount = sum(data.get(t.name, {}).get("headcount", 0.0) for t in row.teams)
        else:
            headcount = data[None]["headcount"]
        assert row.staff_count <= headcount, (row.place, row.staff_count, headcount)
        checked += 1
    assert checked >= 10


def test_no_note_is_copied(demo: Store) -> None:
    """No visit or meeting note, or write-back, says word for word what another says; nor
    does one team's note in the register.
    """
    seen: dict[str, int] = {}
    for row in engagement_store.list_engagements(demo):
        for text in (row.going_well, row.to_improve, row.you_said_we_did):
            if text:
                seen[text] = seen.get(text, 0) + 1
    assert {text: n for text, n in seen.items() if n > 1} == {}
    notes = [
        note.text
        for team_row in team_store.list_teams(demo)
        for note in team_store.list_notes(demo, team_row.id)
    ]
    assert len(set(notes)) == len(notes)


def owners_in(store: Store) -> set[str]:
    """Everyone the demo names as owning something: plan items, gaps and visit actions."""
    owners = {i.owner for i in plan_store.list_items(store, demo_start_date(TODAY))}
    owners |= {g.owner for g in team_gap_store.list_gaps(store)}
    owners |= {a.owner for r in engagement_store.list_engagements(store) for a in r.actions}
    return owners - {""}


def test_roles_are_spelt_from_one_list(demo: Store) -> None:
    """Every owner is a role from the demo's one list, a team manager's role, or a person in
    the contacts book; and no role appears in two spellings.
    """
    people = {p.name for p in stakeholder_store.list_stakeholders(demo, TODAY)}
    managers = {roles.team_manager(t.name) for t in team_store.list_teams(demo)}
    owners = owners_in(demo)
    assert owners - set(roles.ROLES) - managers - people == set()
    assert len({o.casefold() for o in owners}) == len(owners)
    assert {roles.PSW, roles.AD_OPERATIONS, roles.ME} <= owners


def test_the_director_owns_their_own_development(demo: Store) -> None:
    """The director's development, mentor, peer support and ADASS items are the director's."""
    items = plan_store.list_items(demo, demo_start_date(TODAY))
    own = [i for i in items if (i.template_key or "").startswith(DIRECTOR_OWN)]
    assert len(own) >= 4
    assert {i.owner for i in own} == {roles.ME}


_PAST = re.compile(r"^We (\w+ed|took|ran|set up|brought|made|met|wrote|put|began)\b")
_FIRST_PERSON = re.compile(r"\b(I|I'm|my|we|we're|our|us)\b", re.IGNORECASE)


def test_you_said_we_did_is_a_staff_voice_and_what_was_done(demo: Store) -> None:
    """A "you said" is in a member of staff's words; a "we did" is in the past tense, and
    is the visit's own finished action.
    """
    written = [r for r in engagement_store.list_engagements(demo) if r.you_said_we_did]
    assert len(written) >= 3
    for row in written:
        said, did = row.you_said_we_did.split("\n")
        said, did = said.removeprefix("You said: "), did.removeprefix("We did: ")
        assert _FIRST_PERSON.search(said), said
        assert said not in (row.to_improve, row.going_well)
        assert _PAST.match(did), did
        done = [a.title for a in row.actions if a.status is plan_terms.Status.DONE]
        words = {w for w in re.findall(r"[a-z]{4,}", did.lower())}
        assert any(len(words & set(re.findall(r"[a-z]{4,}", t.lower()))) >= 3 for t in done), (
            did,
            done,
        )


def test_safeguarding_partners_and_themes(demo: Store) -> None:
    """A Safeguarding Adults Board chair and a police lead are contacts, and safeguarding is
    among the themes the director has heard.
    """
    people = stakeholder_store.list_stakeholders(demo, TODAY)
    assert any(p.role == roles.SAB_CHAIR for p in people)
    assert any(p.role == roles.POLICE_LEAD for p in people)
    heard = {t for r in engagement_store.list_engagements(demo) for t in r.themes}
    assert "safeguarding" in heard


def test_no_target_restates_a_national_standard(demo: Store) -> None:
    """No action sets a local "target" that is only a national standard (such as 28 days
    for continuing healthcare decisions).
    """
    titles = [i.title for i in plan_store.list_items(demo, demo_start_date(TODAY))]
    assert not [t for t in titles if re.search(r"\b\d+[- ]day target\b", t)]
