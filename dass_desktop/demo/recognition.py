"""The demo council's recognition, staff awards, the director's development and pace.

A trail a new director might really leave: thanks to most teams (three not yet), a named
social worker and a partner; an awards round with four categories and their winners;
mentor sessions, a coaching session, a 360-degree round with its actions, an ADASS network
and a Skills for Care event, linked to the plan; weekly check-ins with a dip over the last
month; and a few journal entries, most of them private. Written through the domain.
"""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import (
    award_store,
    development_store,
    engagement_store,
    plan_store,
    recognition_store,
    stakeholder_store,
    team_store,
    wellbeing_store,
)
from dass_desktop.domain.award_terms import NominationDraft
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.development_terms import DevelopmentDraft, RecordKind
from dass_desktop.domain.recognition_terms import RecognitionDraft, ShareWay, WhoKind
from dass_desktop.domain.wellbeing_rules import monday_of
from dass_desktop.domain.wellbeing_terms import CheckInDraft, JournalDraft
from dass_desktop.store import Store

# (days after the start, what for, theme, how shared)
_TEAM_THANKS = (
    (9, "Turned round three complex hospital discharges over a bank holiday weekend",
     "going the extra mile", ShareWay.TEAM_MEETING),
    (16, "Cleared the duty backlog without a single complaint", "flow", ShareWay.ALL_STAFF),
    (23, "Set up the strengths-based conversation pilot from scratch", "innovation",
     ShareWay.NEWSLETTER),
    (30, "Covered the AMHP rota through the sickness spike", "teamwork",
     ShareWay.PERSONAL_NOTE),
    (37, "Welcomed four international recruits and buddied every one", "welcome",
     ShareWay.TEAM_MEETING),
    (44, "Brought the reviews backlog under 100 for the first time this year", "flow",
     ShareWay.ALL_STAFF),
    (51, "Used the data debate to redesign the Monday allocation meeting", "innovation",
     ShareWay.NEWSLETTER),
    (58, "Stayed calm and kind through the provider failure", "going the extra mile",
     ShareWay.PERSONAL_NOTE),
)  # fmt: skip
# Thanks that suit any team, for the teams the list above does not reach.
_ANY_TEAM_THANKS = (
    ("Kept every visit going through the snow", "going the extra mile", ShareWay.TEAM_MEETING),
    ("Answered the provider survey in full and on time", "teamwork", ShareWay.NEWSLETTER),
    ("Shared a case study that changed how we talk about risk", "learning",
     ShareWay.ALL_STAFF),
    ("Welcomed students on placement and gave them real work", "welcome",
     ShareWay.PERSONAL_NOTE),
    ("Cut the waiting list for assessments by a third", "flow", ShareWay.ALL_STAFF),
    ("Took on a colleague's caseload during long-term sickness", "teamwork",
     ShareWay.TEAM_MEETING),
    ("Ran a drop-in for carers that families asked to keep", "innovation",
     ShareWay.NEWSLETTER),
    ("Stepped in to cover out-of-hours calls at short notice", "going the extra mile",
     ShareWay.PERSONAL_NOTE),
    ("Tidied every record before the audit without being asked", "quality",
     ShareWay.TEAM_MEETING),
    ("Spoke up at the staff briefing and changed the plan", "voice", ShareWay.ALL_STAFF),
)  # fmt: skip
_UNTHANKED = 3  # teams left never recognised, for the dashboard to show

_CATEGORIES = (
    ("Team of the year", "team"),
    ("Unsung hero", "person"),
    ("Innovation in practice", "team"),
    ("Living our values", "person"),
)
_PEOPLE = (
    ("Grace Oduya", "Team manager", "Kept her team together through two restructures"),
    ("Tom Hartley", "Principal social worker", "Quietly fixes the rota every single week"),
    ("Leanne Booth", "Peer nomination", "Brought the carers' voice into every review"),
    ("Sanjay Mistry", "Head of service", "Mentored three newly qualified social workers"),
)


def _d(start: dt.date, days: int, today: dt.date) -> dt.date:
    return min(start + dt.timedelta(days=days), today)


def write_recognition(store: Store, today: dt.date, start: dt.date, scale: int = 1) -> Changes:
    """Write the demo's recognition log and award round; return what changed."""
    teams = team_store.list_teams(store)
    thanked = teams[: max(len(teams) - _UNTHANKED, 1)]
    extra = max(len(thanked) - len(_TEAM_THANKS), 0)
    spread = [(10 + 5 * k, *_ANY_TEAM_THANKS[k % len(_ANY_TEAM_THANKS)][:3]) for k in range(extra)]
    for n, (days, what, theme, way) in enumerate([*_TEAM_THANKS, *spread] * scale):
        team = thanked[n % len(thanked)]
        recognition_store.add_recognition(
            store,
            RecognitionDraft(
                _d(start, days + n // (len(_TEAM_THANKS) + extra), today),
                WhoKind.TEAM,
                what,
                who_id=team.id,
                theme=theme,
                shared_how=way,
            ),
            today,
        )
    visits = [
        e for e in engagement_store.list_engagements(store) if e.teams and e.occurred_on <= today
    ]
    if visits:
        visit = visits[len(visits) // 2]
        recognition_store.add_recognition(
            store,
            RecognitionDraft(
                visit.occurred_on,
                WhoKind.TEAM,
                visit.going_well or "What I saw on my visit",
                who_id=visit.teams[0].id,
                theme="what I saw on a visit",
                shared_how=ShareWay.IN_PERSON,
                engagement_id=visit.id,
            ),
            today,
        )
    recognition_store.add_recognition(
        store,
        RecognitionDraft(
            _d(start, 27, today),
            WhoKind.PERSON,
            "Her safeguarding enquiry write-up was the clearest I have read",
            who_name="Grace Oduya",
            theme="practice quality",
            shared_how=ShareWay.PERSONAL_NOTE,
        ),
        today,
    )
    partners = stakeholder_store.list_stakeholders(store, today)
    if partners:
        recognition_store.add_recognition(
            store,
            RecognitionDraft(
                _d(start, 41, today),
                WhoKind.CONTACT,
                "Found us six step-down beds in a day during the winter pressures",
                who_id=partners[0].id,
                theme="partnership",
                shared_how=ShareWay.PERSONAL_NOTE,
            ),
            today,
        )
    round_id, _ = award_store.add_round(
        store,
        "Northmoor Adult Social Care Awards 2027",
        today + dt.timedelta(days=80),
        "Northmoor Town Hall",
    )
    for n, (name, kind) in enumerate(_CATEGORIES):
        category, _ = award_store.add_category(store, round_id, name)
        if kind == "team":
            for m, team in enumerate(teams[n : n + 3]):
                made, _ = award_store.add_nomination(
                    store,
                    category,
                    NominationDraft("team", team_id=team.id, nominated_by="Peer nomination",
                                    reason=_TEAM_THANKS[(n + m) % len(_TEAM_THANKS)][1]),
                )  # fmt: skip
                if m == 0:
                    award_store.set_winner(store, made, True)
        else:
            for m in range(3):
                person, by, why = _PEOPLE[(n + m) % len(_PEOPLE)]
                made, _ = award_store.add_nomination(
                    store, category, NominationDraft("person", person, None, by, why)
                )
                if m == 0:
                    award_store.set_winner(store, made, True)
    return Changes.of(Area.RECOGNITION)


def _item(store: Store, key: str) -> tuple[int, ...]:
    found = [i.id for i in plan_store.list_items(store, None) if i.template_key == key]
    return tuple(found[:1])


def write_development(store: Store, today: dt.date, start: dt.date) -> Changes:
    """Write the director's development record, check-ins and journal; return the change."""
    mentor = "Ruth Adebayo (former director, ADASS mentoring)"
    records = (
        DevelopmentDraft(RecordKind.MENTOR, _d(start, 12, today), with_whom=mentor,
                         themes="Landing well; what to leave alone in the first 100 days",
                         will_try="Say no to two meetings a week and use the time to visit",
                         plan_item_ids=_item(store, "relationships.mentor")),
        DevelopmentDraft(RecordKind.NETWORK, _d(start, 20, today),
                         title="ADASS North West branch meeting",
                         themes="Hospital discharge funding; regional workforce pact",
                         will_try="Share our reablement figures with two neighbours"),
        DevelopmentDraft(RecordKind.MENTOR, _d(start, 40, today), with_whom=mentor,
                         themes="Holding the budget line without losing the teams",
                         will_try="Explain the why of every saving at the staff briefing"),
        DevelopmentDraft(RecordKind.FEEDBACK_360, _d(start, 47, today),
                         title="360-degree feedback from the senior team and partners",
                         themes="Visible and warm; decisions sometimes slow; too much by e-mail",
                         actions=("Decide in the meeting where I can",
                                  "Replace the Friday e-mail with a ten-minute video",
                                  "Ask the OD team to run a follow-up pulse in March"),
                         plan_item_ids=_item(store, "teams.360")),
        DevelopmentDraft(RecordKind.LEARNING, _d(start, 52, today),
                         title="Skills for Care: leading through change (day 1 of 3)",
                         themes="Psychological safety; compassionate leadership"),
        DevelopmentDraft(RecordKind.COACH, _d(start, 58, today), with_whom="Executive coach",
                         themes="Pace; choosing the next three things",
                         will_try="Block Friday afternoons for thinking",
                         plan_item_ids=_item(store, "self.pace")),
    )  # fmt: skip
    for draft in records:
        development_store.add_record(store, draft)
    feedback = next(
        r for r in development_store.list_records(store) if r.kind is RecordKind.FEEDBACK_360
    )
    development_store.set_action_done(store, feedback.actions[0].id, True)
    # Weekly check-ins: settling in, a good spell, then a dip over the last month.
    energy = (3, 3, 4, 5, 4, 4, 5, 4, 3, 4, 4, 3, 2)
    workload = (3, 4, 3, 3, 3, 3, 2, 3, 4, 2, 3, 3, 4)
    lines = {
        4: "Good week: three visits and the duty team on a roll",
        10: "Budget meetings every day; no visits",
        11: "Provider failure took the week",
        12: "Tired. Said yes to too much again",
    }
    weeks = (monday_of(today) - monday_of(start)).days // 7 + 1
    first = monday_of(today) - dt.timedelta(weeks=min(weeks, len(energy)) - 1)
    offset = len(energy) - min(weeks, len(energy))
    for n in range(min(weeks, len(energy))):
        wellbeing_store.save_checkin(
            store,
            CheckInDraft(
                first + dt.timedelta(weeks=n),
                energy[offset + n],
                workload[offset + n],
                lines.get(offset + n, ""),
            ),
            today,
        )
    for days, title, text, private in (
        (6, "First week", "Everyone is kind, and everyone wants something. Listen first.",
         True),
        (33, "After the budget meeting", "I was more defensive than I meant to be. Next "
         "time: ask what the worry is before answering it.", True),
        (48, "What the 360 told me", "Slow decisions came up four times. It stings "
         "because it is fair.", True),
        (55, "Note for the senior team", "What I have learned so far, to share at the "
         "away day.", False),
    ):  # fmt: skip
        wellbeing_store.add_entry(
            store, JournalDraft(_d(start, days, today), title, text, private), today
        )
    return Changes.of(Area.DEVELOPMENT)
