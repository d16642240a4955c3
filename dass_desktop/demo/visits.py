"""The demo director's visits and meetings, about 150 from day 1 to the as-of date.

The shape is what the guidance asks of a visible leader: a weekly leadership team meeting,
fortnightly one-to-ones with the chief executive, the lead member, HR and the assistant
directors, informal visits and team meetings across most teams, staff roadshows and a live
Q&A, a fortnightly written briefing, and meetings with the NHS, providers, unions,
universities, the regulator and the region. Three teams are not visited yet (two visits are
booked) and one was visited only in the first week. What is going well and what needs to
improve at each team comes from that team's own notes in the register; some visits give
rise to actions, most of the older ones are done, and some are written back as "you said,
we did". Notes name roles, never people, so a plan printed without names stays so.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import replace

from dass_desktop.demo import roles
from dass_desktop.demo.partner_notes import CALLS, PARTNER_ACTIONS, PARTNERS
from dass_desktop.demo.quotes import Figures, latest_figures
from dass_desktop.demo.team_data import TEAMS
from dass_desktop.demo.teams import note_text
from dass_desktop.demo.visit_notes import (
    ACTIONS,
    CIVIC,
    EARLY_ONLY,
    GENERAL_THEMES,
    KEYWORDS,
    RECURRING,
    ROADSHOW_NOTES,
    THEMES_BY_TEAM,
    TIMES,
    VISITED,
    WRITE_BACKS,
)
from dass_desktop.domain import (
    engagement_store,
    plan_store,
    plan_terms,
    team_store,
)
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.contact_terms import EngagementKind as K
from dass_desktop.domain.engagement_terms import ActionDraft, EngagementDraft, EngagementRow
from dass_desktop.domain.working_days import next_working_day
from dass_desktop.store import Store

Logged = list[tuple[EngagementDraft, list[ActionDraft]]]


def _weekdays(first: dt.date, last: dt.date) -> list[dt.date]:
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [d for d in days if d.weekday() < 5]


def _time(rng: random.Random) -> str:
    return rng.choice(TIMES)


def _people(names: Sequence[str], ids: dict[str, int]) -> tuple[int, ...]:
    return tuple(ids[n] for n in names if n in ids)


def _themes(rng: random.Random, usual: Sequence[str]) -> tuple[str, ...]:
    chosen = rng.sample(list(usual), k=min(len(usual), rng.randint(1, 2)))
    if rng.random() < 0.45:
        chosen.append(rng.choice(GENERAL_THEMES))
    return tuple(dict.fromkeys(chosen))


def _together(figures: dict[str | None, Figures], names: Sequence[str]) -> Figures:
    """The headcount of several teams together (for a roadshow's audience)."""
    total = sum((figures[n].get("headcount") or 0.0) for n in names if n in figures)
    return Figures({"headcount": total}, None)


def _heard_in(text: str) -> tuple[str, ...]:
    """The theme a note about what needs to improve is about, if it names one."""
    lowered = text.lower()
    return tuple(dict.fromkeys(t for word, t in KEYWORDS.items() if word in lowered))[:1]


def _team_visits(
    rng: random.Random,
    days: list[dt.date],
    ids: dict[str, int],
    team_ids: dict[str, int],
    scale: int,
    figures: dict[str | None, Figures],
) -> Logged:
    specs = {t.draft.name: t for t in TEAMS}
    managers = {t.draft.name: t.draft.manager for t in TEAMS}
    out = []
    first_week = [d for d in days if (d - days[0]).days < 5]
    visits = [(name, n * scale) for name, n in VISITED.items()] + [(EARLY_ONLY, 1)]
    agreed: set[tuple[str, str]] = set()
    for name, count in visits:
        spec = specs[name]
        for _ in range(count):
            day = rng.choice(first_week if name == EARLY_ONLY else days)
            kind = K.INFORMAL_VISIT if rng.random() < 0.65 else K.TEAM_MEETING
            well = rng.choice(spec.strengths)[0] if spec.strengths else ""
            improve = rng.choice(spec.developments)[0] if spec.developments else ""
            well, improve = (note_text(t, figures.get(name)) for t in (well, improve))
            heard = _heard_in(improve)
            themes = tuple(dict.fromkeys((*heard, *_themes(rng, THEMES_BY_TEAM[name]))))
            actions = []
            title, owner = ACTIONS.get(themes[0], ACTIONS["workload"])
            if (title, name) not in agreed and rng.random() < 0.6:
                agreed.add((title, name))  # each team's action is agreed once
                actions.append(
                    ActionDraft(
                        title.format(team=name, base=spec.draft.base),
                        owner,
                        next_working_day(day + dt.timedelta(days=rng.randint(21, 56))),
                    )
                )
            follow_up = day + dt.timedelta(days=rng.randint(28, 49)) if rng.random() < 0.3 else None
            draft = EngagementDraft(
                occurred_on=day,
                kind=kind,
                starts_at=_time(rng),
                place=spec.draft.base,
                team_ids=(team_ids[name],),
                stakeholder_ids=_people([managers[name]], ids),
                staff_count=_present(rng, figures.get(name), 6, 22),
                going_well=well,
                to_improve=improve,
                themes=themes,
                follow_up_on=follow_up,
            )
            out.append((draft, actions))
    return out


def _present(rng: random.Random, figures: Figures | None, low: int, high: int) -> int:
    """How many staff came: between ``low`` and ``high``, but never more than the team (or
    teams) had in post at the last count, and usually most of them.
    """
    headcount = int((figures.get("headcount") if figures else None) or high)
    if headcount >= high:
        return rng.randint(low, high)
    return rng.randint(min(low, max(1, headcount // 2)), headcount)


def _gatherings(
    rng: random.Random,
    days: list[dt.date],
    ids: dict[str, int],
    team_ids: dict[str, int],
    figures: dict[str | None, Figures],
) -> Logged:
    """Staff roadshows and the extended leadership away day."""
    roadshows = (
        (
            "Brackley Resource Centre",
            ("Reablement North (Home First)", "Occupational Therapy Service"),
        ),
        ("Moorside Health Centre", ("Reablement South",)),
        (
            CIVIC,
            (
                "Northmoor Connect (front door)",
                "Learning Disability Team",
                "Commissioning and Market Shaping",
            ),
        ),
    )
    out = []
    for place, names in roadshows:
        day = rng.choice(days[10:])
        out.append(
            (
                EngagementDraft(
                    occurred_on=day,
                    kind=K.ROADSHOW,
                    starts_at="12:30",
                    place=place,
                    team_ids=tuple(team_ids[n] for n in names),
                    staff_count=_present(rng, _together(figures, names), 35, 70),
                    going_well=ROADSHOW_NOTES[place][0],
                    to_improve=ROADSHOW_NOTES[place][1],
                    themes=("IT and systems", "hybrid working", "parking", "recruitment"),
                    follow_up_on=day + dt.timedelta(days=42),
                ),
                [
                    ActionDraft(
                        f"Publish answers to the {place} roadshow questions",
                        roles.COMMUNICATIONS,
                        next_working_day(day + dt.timedelta(days=14)),
                    )
                ],
            )
        )
    leaders = ("Carol Hesketh", "Ian Metcalfe", "Yvonne Achebe", "Dawn Ellison", "Rebecca Lund")
    out.append(
        (
            EngagementDraft(
                occurred_on=days[len(days) // 2],
                kind=K.AWAY_DAY,
                starts_at="09:30",
                place="Moorside Conference Centre",
                stakeholder_ids=_people(leaders, ids),
                staff_count=28,
                going_well="Managers engaged with the data debate; shared purpose is strong",
                to_improve="We lack one picture of demand, capacity and waiting lists",
                themes=("workforce data", "workload", "supervision"),
            ),
            [
                ActionDraft(
                    "Build one dashboard of demand, capacity and waiting lists",
                    roles.HEAD_PERFORMANCE,
                    next_working_day(days[len(days) // 2] + dt.timedelta(days=60)),
                )
            ],
        )
    )
    return out


def write_visits(
    store: Store,
    today: dt.date,
    start: dt.date,
    rng: random.Random,
    ids: dict[str, int],
    scale: int = 1,
) -> Changes:
    """Log the demo's engagements, their plan actions, and write back some "we did" notes."""
    team_ids = {t.name: t.id for t in team_store.list_teams(store)}
    days = _weekdays(start, today)
    figures = latest_figures(store)  # so no visit counts more staff than a team has
    logged = _recurring(rng, days, ids, figures.get(None))
    logged += _team_visits(rng, days, ids, team_ids, scale, figures)
    logged += _gatherings(rng, days, ids, team_ids, figures)
    logged += _partners(rng, days, ids, scale)
    for _ in range(scale):
        for name, note, theme in CALLS:
            draft = EngagementDraft(
                occurred_on=rng.choice(days),
                kind=K.CALL,
                starts_at=_time(rng),
                stakeholder_ids=_people([name], ids),
                going_well=note,
                themes=(theme,),
            )
            logged.append((draft, []))
    logged += _planned(today, ids, team_ids)
    return _save(store, today, start, rng, logged)


def _recurring(
    rng: random.Random,
    days: list[dt.date],
    ids: dict[str, int],
    department: Figures | None = None,
) -> Logged:
    """The regular meetings, one-to-ones and briefings, on their weekday every n weeks."""
    out: Logged = []
    mondays = [d for d in days if d.weekday() == 0]
    for kind, people, place, weekday, every, notes, themes in RECURRING:
        for week, monday in enumerate(mondays):
            day = monday + dt.timedelta(days=weekday)
            if week % every or day > days[-1]:
                continue
            well, improve = rng.choice(notes)
            draft = EngagementDraft(
                occurred_on=day,
                kind=kind,
                starts_at=None if kind is K.WRITTEN_BRIEFING else _time(rng),
                place=place,
                stakeholder_ids=_people(people, ids),
                staff_count=(
                    _present(rng, department, 90, 160) if kind is K.STAFF_BRIEFING else None
                ),
                going_well=well,
                to_improve=improve,
                themes=_themes(rng, themes),
            )
            out.append((draft, []))
    return out


def _partners(rng: random.Random, days: list[dt.date], ids: dict[str, int], scale: int) -> Logged:
    """Meetings with partners, some with an action and some with a follow-up."""
    out: Logged = []
    raised: set[str] = set()
    for meeting in PARTNERS:
        for _ in range(meeting.times * scale):
            day = rng.choice(days)
            well, improve = rng.choice(meeting.notes)
            actions = []
            if improve in PARTNER_ACTIONS and improve not in raised and rng.random() < 0.7:
                raised.add(improve)  # an action is agreed once, not at every meeting
                title, owner = PARTNER_ACTIONS[improve]
                due = next_working_day(day + dt.timedelta(days=rng.randint(21, 60)))
                actions.append(ActionDraft(title, owner, due))
            follow_up = day + dt.timedelta(days=rng.randint(21, 42))
            draft = EngagementDraft(
                occurred_on=day,
                kind=meeting.kind,
                starts_at=_time(rng),
                place=meeting.place,
                stakeholder_ids=_people(meeting.people, ids),
                going_well=well,
                to_improve=improve,
                themes=_themes(rng, meeting.themes),
                follow_up_on=follow_up if rng.random() < 0.25 else None,
            )
            out.append((draft, actions))
    return out


def _planned(today: dt.date, ids: dict[str, int], team_ids: dict[str, int]) -> Logged:
    """Visits and meetings booked after the as-of date: planned, not yet held."""
    ahead = _weekdays(today + dt.timedelta(days=1), today + dt.timedelta(days=30))
    west, support = "Long-term Support West", "Adult Social Care Business Support"
    booked = (
        (ahead[3], K.INFORMAL_VISIT, "Westgate Offices, Northmoor", (west,), ("Fiona Marsh",)),
        (ahead[5], K.PARTNER_MEETING, "Online (Microsoft Teams)", (), ("Anna Pemberton",)),
        (ahead[8], K.TEAM_MEETING, "Westgate Offices, Northmoor", (support,), ("Paul Rimmer",)),
        (
            ahead[10],
            K.PARTNER_MEETING,
            "Northmoor Care Association, Mill Lane",
            (),
            ("Beverley Marsden",),
        ),
        (ahead[13], K.ROADSHOW, "Westgate Offices, Northmoor", (west, support), ()),
    )
    return [
        (
            EngagementDraft(
                occurred_on=day,
                kind=kind,
                starts_at="10:00",
                place=place,
                team_ids=tuple(team_ids[t] for t in team_names),
                stakeholder_ids=_people(people, ids),
            ),
            [],
        )
        for day, kind, place, team_names, people in booked
    ]


def _save(
    store: Store,
    today: dt.date,
    start: dt.date,
    rng: random.Random,
    logged: Logged,
) -> Changes:
    changes = Changes()
    logged.sort(key=lambda pair: (pair[0].occurred_on, str(pair[0].starts_at or "")))
    with_actions = []
    heard: set[str] = set()
    bases = {t.name: t.base for t in team_store.list_teams(store)}
    for draft, actions in logged:
        # A note is written once: a later meeting that heard the same thing says nothing new.
        draft = replace(
            draft,
            going_well=_first_time(draft.going_well, heard),
            to_improve=_first_time(draft.to_improve, heard),
        )
        engagement_id, added = engagement_store.add_engagement(
            store, draft, today, actions=actions, start=start
        )
        changes |= added
        if actions:
            with_actions.append(engagement_id)
    # Older actions are mostly done by now; some of those visits have been written back to.
    for engagement_id in with_actions:
        row = engagement_store.get_engagement(store, engagement_id)
        if row is None:
            continue
        for action in row.actions:
            overdue = action.due_date is not None and action.due_date < today
            if overdue and rng.random() < 0.75:
                assert action.due_date is not None
                done_on = min(today, action.due_date + dt.timedelta(days=rng.randint(-4, 3)))
                changes |= plan_store.update_item(
                    store, action.item_id, done_on, status=plan_terms.Status.DONE
                )
            elif rng.random() < 0.4:
                changes |= plan_store.update_item(
                    store, action.item_id, today, status=plan_terms.Status.IN_PROGRESS
                )
        row = engagement_store.get_engagement(store, engagement_id)
        if row is not None and row.awaits_you_said_we_did and rng.random() < 0.75:
            note = _write_back(row, bases)
            if note:
                changes |= engagement_store.update_engagement(
                    store, engagement_id, replace(row.draft(), you_said_we_did=note), today
                )
    return changes


def _first_time(note: str, heard: set[str]) -> str:
    if note in heard:
        return ""
    if note:
        heard.add(note)
    return note


def _write_back(row: EngagementRow, bases: dict[str, str]) -> str:
    """What a member of staff said, in their words, and what was done, in the past tense.

    For a staff visit whose action is done; empty for a partners' meeting.
    """
    if not row.teams and row.kind is not K.ROADSHOW:
        return ""
    team = row.teams[0].name if row.teams else ""
    for action in row.actions:
        if action.status is not plan_terms.Status.DONE:
            continue
        if action.title.startswith("Publish answers to the "):
            return (
                "You said: We ask questions at these sessions and never hear what happened.\n"
                f"We did: We published answers to the {row.place} roadshow questions."
            )
        for theme, (title, _) in ACTIONS.items():
            if action.title == title.format(team=team, base=bases.get(team, "")):
                said, did = WRITE_BACKS[theme]
                values = {"team": team, "base": bases.get(team, "")}
                return f"You said: {said.format(**values)}\nWe did: {did.format(**values)}"
    return ""
