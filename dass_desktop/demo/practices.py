"""The demo director's practices: a believable log, most kept up and one lapsed.

Two-way conversation is kept up by the visits and briefings the demo logs (they count on
their own); the rest are logged by hand. The calm pace the director meant to protect has
slipped: its last entry is more than a month old, so it shows as lapsed.
"""

from __future__ import annotations

import datetime as dt

from dass_desktop.domain import practice_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.practice_terms import LogKind
from dass_desktop.store import Store

# Template key -> (days before today, what counted, note), oldest first.
LOGS: dict[str, tuple[tuple[int, LogKind, str], ...]] = {
    "practice.role-model": (
        (44, LogKind.DONE, "Owned the late reply to the carers' forum in the all-staff Q&A."),
        (23, LogKind.DONE, "Took my own turn on the duty desk for a morning."),
        (6, LogKind.DONE, "Explained the agency cap decision to team managers before it went out."),
    ),
    "practice.strengths-based": (
        (38, LogKind.DONE, "Opened DMT with what each service did well this month."),
        (12, LogKind.DONE, "Asked the front door team to lead the redesign conversation."),
    ),
    "practice.celebrate": (
        (51, LogKind.RECOGNITION, "Thank-you card to Reablement North after the flood week."),
        (29, LogKind.RECOGNITION, "Shout-out in the Friday five for the AMHP rota cover."),
        (9, LogKind.RECOGNITION, "Nominated the hospital discharge team for the council awards."),
    ),
    "practice.pace": (
        (47, LogKind.DONE, "Kept Wednesday afternoon clear for thinking time."),
        (40, LogKind.DONE, "Left on time all week; said so at DMT."),
    ),
}

FINDINGS = {
    "practice.pace": (
        "Protecting Wednesday afternoons for thinking time worked for a month, then slipped "
        "with the CQC data return. Back to it next week."
    ),
}


def write_practices(store: Store, start: dt.date, today: dt.date) -> Changes:
    """Write the demo's practice logs (visits count on their own) and a few notes."""
    from dass_desktop.domain import plan_store

    changes = Changes()
    for practice in practice_store.list_practices(store, start, today):
        key = practice.template_key or ""
        for days_ago, kind, note in LOGS.get(key, ()):
            on = today - dt.timedelta(days=days_ago)
            while on.weekday() >= 5:  # logged on a working day
                on -= dt.timedelta(days=1)
            if on < start:
                continue
            _id, added = practice_store.log_practice(store, practice.id, on, kind, note)
            changes |= added
        if key in FINDINGS:
            changes |= plan_store.update_item(store, practice.id, today, findings=FINDINGS[key])
    return changes
