"""The demo council's teams written to the store: teams, gaps, and their notes.

The teams themselves (13 across the service areas, with believable figures) are data in
``demo/team_data.py``. Notes and gaps are dated inside the director's first weeks; some gaps
are already actions in the plan. Every name is fictional.
"""

from __future__ import annotations

import datetime as dt
import random

from dass_desktop.demo.quotes import Figures, latest_figures, percent
from dass_desktop.demo.team_data import TEAMS
from dass_desktop.domain import team_gap_store, team_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.team_gap_terms import GapDraft
from dass_desktop.domain.team_terms import (
    NoteKind,
    ServiceArea,
    TeamDraft,
)
from dass_desktop.domain.working_days import next_working_day
from dass_desktop.store import Store


def write_teams(
    store: Store, today: dt.date, start: dt.date, rng: random.Random, scale: int = 1
) -> Changes:
    """Write the demo teams and their gaps, and put some gaps in the plan.

    Each team's establishment equals its staff in post plus its vacancies, whether the
    vacancies are given or worked out. With ``scale`` above 1, extra long-term support
    locality teams are added so the register has volume to test against. The notes are
    written later (:func:`write_team_notes`), once the workforce figures they quote exist.
    """
    changes = Changes()
    for spec in TEAMS:
        team_id, added = team_store.add_team(store, spec.draft)
        changes |= added
        for gap in spec.gaps:
            draft = GapDraft(
                role=gap.role,
                gap_fte=gap.fte,
                description=gap.description,
                severity=gap.severity,
                mitigation=gap.mitigation,
                mitigation_notes=gap.notes,
                owner=gap.owner,
                status=gap.status,
                target_date=next_working_day(start + dt.timedelta(days=gap.target_day - 1)),
            )
            gap_id, added = team_gap_store.add_gap(store, team_id, draft)
            changes |= added
            if gap.to_plan:
                _, added = team_gap_store.gap_to_action(store, gap_id, start)
                changes |= added
    for extra in range(1, (scale - 1) * len(TEAMS) + 1):
        establishment = float(rng.randrange(12, 30))
        in_post = round(establishment - rng.choice([0, 0.5, 1, 2, 3.5, 4]), 1)
        team_id, added = team_store.add_team(
            store,
            TeamDraft(
                name=f"Long-term Support Locality {extra}",
                service_area=ServiceArea.LONG_TERM_SUPPORT,
                manager="",
                base=f"Locality office {extra}",
                establishment=establishment,
                in_post=in_post,
                agency=float(rng.randrange(0, 3)),
            ),
        )
        changes |= added
    return changes


def note_text(text: str, figures: Figures | None) -> str:
    """A note with the figures it quotes filled in from the team's latest HR figures.

    Notes name a figure by its metric, such as ``{supervision}``; a note whose team has no
    such figure loses nothing but the sentence's number would be missing, so the demo only
    writes such notes for staffed teams.
    """
    if "{" not in text:
        return text
    values = {} if figures is None else figures.values
    return text.format(**{key: percent(value) for key, value in values.items()})


def write_team_notes(store: Store, today: dt.date, start: dt.date, rng: random.Random) -> Changes:
    """Write each demo team's strengths and areas for development.

    Run after the workforce figures are written: a note quoting a figure (supervision in
    date, appraisals done) takes it from the team's latest HR figures, so a note never
    contradicts the Workforce page.
    """
    changes = Changes()
    span = max(1, (today - start).days)
    ids = {t.name: t.id for t in team_store.list_teams(store)}
    figures = latest_figures(store)
    for spec in TEAMS:
        team_id = ids[spec.draft.name]
        for kind, notes in (
            (NoteKind.STRENGTH, spec.strengths),
            (NoteKind.DEVELOPMENT, spec.developments),
        ):
            for text, source in notes:
                noted_on = start + dt.timedelta(days=rng.randrange(span + 1))
                written = note_text(text, figures.get(spec.draft.name))
                _, added = team_store.add_note(
                    store, team_id, kind, written, noted_on=noted_on, source=source, today=today
                )
                changes |= added
    return changes
