"""The demo council's one-to-ones, expectations ledger and risk register.

Three past one-to-ones with the chief executive (points left uncovered and carried
forward, commitments both ways, some now overdue), the next one a week ahead with its
agenda proposed, a ledger with a change, and twelve risks across the categories, two
needing a decision. Written through the domain functions, as the director would.
"""

from __future__ import annotations

import datetime as dt

from dass_desktop.demo import roles
from dass_desktop.domain import (
    ledger_store,
    meeting_agenda,
    meeting_store,
    register_store,
    team_gap_store,
)
from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.meeting_terms import (
    CommitmentStatus,
    Direction,
    ExpectationStatus,
    ProposedPoint,
)
from dass_desktop.domain.register_terms import Category as C
from dass_desktop.domain.register_terms import EntryDraft, EntryKind
from dass_desktop.store import Store

ATTENDEES = "Priya Shah (chief executive); Alex Morgan"

_AGENDAS = (
    (
        ("The situation as I see it", True),
        ("Budget recovery plan for 2026/27", True),
        ("CQC assessment readiness", False),
        ("How and when we consult each other", True),
    ),
    (
        ("Hospital discharge delays over winter", True),
        ("Agency social worker spend", False),
        ("Member briefing on the care market", True),
    ),
    (
        ("Safeguarding audit findings", True),
        ("Homecare provider failure plan", False),
    ),
)

_COMMITMENTS = (
    # meeting index, whose, text, due in days after the meeting, done?
    (0, Direction.MINE, "Share the first 30 days' findings with the chief executive", 14, True),
    (0, Direction.THEIRS, "Introduce the director to the ICB chief executive", 21, True),
    (1, Direction.MINE, "Bring a costed agency reduction plan", 21, False),
    (1, Direction.THEIRS, "Confirm the transformation fund allocation", 14, False),
    (2, Direction.MINE, "Draft the CQC self-assessment summary", 28, False),
    (2, Direction.THEIRS, "Raise discharge funding at the ICB board", 10, False),
)

_RISKS = (
    ("Overspend on purchased care exceeds the recovery plan", C.FINANCE, 4, 5, 3, False),
    ("Savings target for 2027/28 not yet identified", C.FINANCE, 3, 4, None, False),
    ("Safeguarding referrals waiting over 5 days", C.SAFEGUARDING, 3, 5, 12, False),
    ("CQC assessment evidence not ready in time", C.CQC, 3, 4, 9, False),
    ("Social worker turnover in long-term support", C.WORKFORCE, 3, 3, 12, False),
    ("Two homecare providers at risk of exit", C.CARE_MARKET, 4, 4, None, True),
    ("Discharge to assess funding ends in March", C.HEALTH, 4, 3, 9, True),
    ("Members unsettled by charging policy review", C.POLITICAL, 2, 3, 6, False),
    ("Local press interest in care home closure", C.REPUTATION, 2, 4, 8, False),
    ("Care Act assessment waiting list breaches duty", C.STATUTORY, 3, 4, 12, False),
    ("Deprivation of liberty backlog", C.STATUTORY, 4, 3, 12, False),
)

_OWNERS = (roles.HEAD_FINANCE, roles.PSW, roles.HEAD_COMMISSIONING, "")


def _meeting_days(today: dt.date, start: dt.date) -> list[dt.date]:
    days = [today - dt.timedelta(days=n) for n in (56, 35, 14)]
    return [max(day, start + dt.timedelta(days=7 + 3 * i)) for i, day in enumerate(days)]


def write_meetings(store: Store, today: dt.date, start: dt.date) -> Changes:
    """Write the demo's one-to-ones, ledger and register."""
    days = _meeting_days(today, start)
    meeting_ids: list[int] = []
    for index, (day, agenda) in enumerate(zip(days, _AGENDAS, strict=True)):
        meeting_id, _ = meeting_store.add_meeting(store, day, attendees=ATTENDEES)
        meeting_ids.append(meeting_id)
        carried = meeting_agenda.propose_for(store, meeting_id, today)
        carried = [p for p in carried if p.carried_count]
        meeting_store.add_points(store, meeting_id, carried)
        meeting_store.add_points(store, meeting_id, [ProposedPoint(t, "") for t, _ in agenda])
        row = meeting_store.get_meeting(store, meeting_id)
        assert row is not None
        covered = {t for t, done in agenda if done}
        for point in row.points:
            meeting_store.edit_point(
                store, point.id, title=point.title, covered=point.title in covered
            )
        meeting_store.update_meeting(
            store,
            meeting_id,
            held_on=day,
            attendees=ATTENDEES,
            notes=f"One-to-one {index + 1}: notes typed after the meeting.",
        )
    meeting_store.add_decision(store, meeting_ids[0], "Recovery plan to go to cabinet in January")
    meeting_store.add_decision(store, meeting_ids[1], "Agency cap of 12% agreed in principle")
    meeting_store.add_decision(store, meeting_ids[2], "Safeguarding audit to report monthly")
    for index, whose, text, days_after, done in _COMMITMENTS:
        due = days[index] + dt.timedelta(days=days_after)
        commitment_id, _ = meeting_store.add_commitment(store, meeting_ids[index], whose, text, due)
        if done:
            meeting_store.set_commitment_status(store, commitment_id, CommitmentStatus.DONE)
    _ledger(store, days)
    _register(store, today)
    next_id, _ = meeting_store.add_meeting(store, today + dt.timedelta(days=7), attendees=ATTENDEES)
    meeting_store.add_points(store, next_id, meeting_agenda.propose_for(store, next_id, today))
    return Changes.of(Area.MEETINGS, Area.REGISTER)


def _ledger(store: Store, days: list[dt.date]) -> None:
    budget, _ = ledger_store.agree(
        store,
        days[0],
        "A balanced adult social care budget",
        "Outturn against budget",
        dt.date(days[0].year + 1, 3, 31),
    )
    ledger_store.change(
        store,
        budget,
        days[2],
        "Overspend held under £1.5m with a recovery plan",
        "Outturn against budget",
        dt.date(days[0].year + 1, 3, 31),
        ExpectationStatus.AT_RISK,
    )
    ledger_store.agree(store, days[0], "A good CQC rating", "CQC assessment outcome", None)
    ledger_store.agree(
        store,
        days[1],
        "Agency social workers below 10% of the workforce",
        "Monthly workforce return",
        days[1] + dt.timedelta(days=180),
    )


def _register(store: Store, today: dt.date) -> None:
    for n, (title, category, likelihood, impact, before, decide) in enumerate(_RISKS):
        entry_id, _ = register_store.add_entry(
            store,
            EntryDraft(
                title,
                category,
                likelihood=likelihood,
                impact=impact,
                owner=_OWNERS[n % len(_OWNERS)],
                mitigation="Weekly review at the departmental leadership team.",
                review_on=today + dt.timedelta(days=14 + 7 * (n % 4)),
                needs_decision=decide,
            ),
            today - dt.timedelta(days=30),
        )
        if before is not None:
            _set_previous(store, entry_id, before, likelihood, impact)
    register_store.add_entry(
        store,
        EntryDraft(
            "Support for a shared AMHP service with the neighbouring council",
            C.WORKFORCE,
            kind=EntryKind.ASK,
            likelihood=1,
            impact=1,
        ),
        today,
    )
    gaps = team_gap_store.list_gaps(store)
    if gaps:
        register_store.gap_to_risk(store, gaps[0].id, today)


def _set_previous(store: Store, entry_id: int, before: int, likelihood: int, impact: int) -> None:
    # A review at the previous score, then today's: so the trend reads as the director saw it.
    for lk in range(1, 6):
        for im in range(1, 6):
            if lk * im == before:
                register_store.review_entry(store, entry_id, lk, im, None)
                register_store.review_entry(store, entry_id, likelihood, impact, None)
                return
