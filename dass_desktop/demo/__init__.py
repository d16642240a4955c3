"""The demo council: a believable, fictional council so a newcomer sees a filled app.

Everything is generated from a fixed random seed and the as-of date, so the same command on
the same day writes the same data. Each feature adds its own part here; ``--scale N``
multiplies the volume of the parts that have volume.

The parts agree with one another as a real department's records would: HR's latest
workforce return describes the same staffing as the team register (see
``demo/workforce.py``), and every figure the director's words quote (findings, team notes,
the narrative) is filled in from the data after it is written (see ``demo/quotes.py``).
"""

from __future__ import annotations

import datetime as dt
import random

from dass_desktop.demo.contacts import write_contacts
from dass_desktop.demo.meetings import write_meetings
from dass_desktop.demo.narrative import write_narrative
from dass_desktop.demo.plan import write_figure_findings, write_plan
from dass_desktop.demo.practices import write_practices
from dass_desktop.demo.recognition import write_development, write_recognition
from dass_desktop.demo.teams import write_team_notes, write_teams
from dass_desktop.demo.workforce import write_workforce
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.dates import week_start
from dass_desktop.domain.profile import DirectorProfile, save_profile
from dass_desktop.store import Store

SEED = 20261126
DEMO_COUNCIL = "Northmoor Council"
DEMO_DAY = 67  # the demo director is two-thirds of the way to day 100


def demo_start_date(today: dt.date) -> dt.date:
    """The demo director's start date: a Monday about 67 days before ``today``."""
    return week_start(today - dt.timedelta(days=DEMO_DAY - 1))


def write_demo(store: Store, today: dt.date, scale: int = 1) -> Changes:
    """Fill an empty store with the demo council and return what changed."""
    if scale < 1:
        raise ValueError("The demo scale must be a whole number of 1 or more.")
    # One transaction: a killed or failed demo leaves the folder as empty as it was.
    with store.transaction():
        return _write_parts(store, today, scale)


def _write_parts(store: Store, today: dt.date, scale: int) -> Changes:
    rng = random.Random(SEED)
    start = demo_start_date(today)
    changes = save_profile(
        store,
        DirectorProfile(
            director_name="Alex Morgan",
            council_name=DEMO_COUNCIL,
            council_code=None,
            region="North West",
            start_date=start,
            chief_executive_name="Priya Shah",
        ),
        today,
    )
    changes |= write_plan(store, start, today, rng, scale)
    # Each part has its own generator, so adding a part never changes another's data.
    changes |= write_teams(store, today, start, random.Random(f"{SEED}-teams"), scale)
    changes |= write_workforce(store, today, random.Random(f"{SEED}-workforce"), scale)
    # Words that quote figures are written once the figures exist, from the figures.
    changes |= write_team_notes(store, today, start, random.Random(f"{SEED}-team-notes"))
    changes |= write_contacts(store, today, start, random.Random(f"{SEED}-contacts"), scale)
    changes |= write_figure_findings(store, start, today)
    changes |= write_practices(store, start, today)
    changes |= write_narrative(store)
    changes |= write_meetings(store, today, start)
    changes |= write_recognition(store, today, start, scale)
    changes |= write_development(store, today, start)
    return changes
