"""What the demo director hears on visits: the notes, themes and people of the visit log.

Data only; ``demo/visits.py`` turns it into engagements (partners' meetings and calls are
in ``demo/partner_notes.py``). Notes name roles, never people, so
a plan printed without names stays so. Every name is fictional and is a demo stakeholder
(see ``demo/contacts.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from dass_desktop.demo import roles
from dass_desktop.domain.contact_terms import EngagementKind as K

TIMES = ("09:00", "09:30", "10:00", "11:00", "13:30", "14:00", "15:00", "16:00")
CIVIC = "Civic Centre, Northmoor"


@dataclass(frozen=True)
class Meeting:
    """A kind of meeting the director has, and what tends to be said at it."""

    kind: K
    people: tuple[str, ...]
    place: str
    notes: tuple[tuple[str, str], ...]  # (going well, needs to improve)
    themes: tuple[str, ...]
    times: int  # how many in the demo's weeks (before scaling)


# (team, number of visits); teams left out are not visited yet.
VISITED = {
    "Hospital Discharge Team": 3,
    "Reablement North (Home First)": 3,
    "Mental Health and AMHP Service": 3,
    "Northmoor Connect (front door)": 2,
    "Occupational Therapy Service": 2,
    "Long-term Support East": 2,
    "Learning Disability Team": 2,
    "Reablement South": 1,
    "Commissioning and Market Shaping": 1,
    "Deprivation of Liberty Safeguards Team": 1,
    "Emergency Duty Team (out of hours)": 1,
    "Transitions Team": 1,
    "Day Opportunities (in-house)": 1,
    "Moorside Court Intermediate Care": 1,
}
EARLY_ONLY = "Adult Safeguarding Hub"  # visited in the first week, not since
THEMES_BY_TEAM = {
    "Hospital Discharge Team": ("hospital discharge", "recruitment", "workload"),
    "Reablement North (Home First)": ("IT and systems", "recruitment", "practice time"),
    "Reablement South": ("supervision", "training"),
    "Mental Health and AMHP Service": ("wellbeing", "workload", "recruitment"),
    "Northmoor Connect (front door)": ("workload", "IT and systems"),
    "Occupational Therapy Service": ("caseloads", "recruitment"),
    "Long-term Support East": ("caseloads", "supervision", "workload"),
    "Learning Disability Team": ("practice time", "IT and systems"),
    "Commissioning and Market Shaping": ("workload", "training"),
    "Adult Safeguarding Hub": ("safeguarding", "training"),
    "Deprivation of Liberty Safeguards Team": ("safeguarding", "workload"),
    "Emergency Duty Team (out of hours)": ("wellbeing", "safeguarding"),
    "Transitions Team": ("transitions", "workload"),
    "Day Opportunities (in-house)": ("transport", "training"),
    "Moorside Court Intermediate Care": ("recruitment", "wellbeing"),
}
# Words in a team's notes and the theme they belong to, so visits raise the right action.
KEYWORDS = {
    "wellbeing": "wellbeing",
    "appraisal": "supervision",
    "supervision": "supervision",
    "rota": "workload",
    "call-back": "workload",
    "waiting": "caseloads",
    "agency": "recruitment",
    "paper": "IT and systems",
    "hybrid": "hybrid working",
    "admin": "practice time",
    "recording": "practice time",
    "weekend": "hospital discharge",
    "safeguarding personal": "safeguarding",
    "best interests": "workload",
    "lone working": "wellbeing",
    "night staffing": "recruitment",
    "capacity": "workload",
}
GENERAL_THEMES = ("hybrid working", "IT and systems", "wellbeing", "pay", "training", "workload")
# Actions that visits give rise to, by theme: (title, owner), {team} and {base} filled in.
ACTIONS = {
    "IT and systems": (
        "Ask the digital team to fix slow laptop start-up at {base}",
        roles.HEAD_DIGITAL,
    ),
    "caseloads": ("Review caseload weighting with the {team} manager", roles.PSW),
    "supervision": ("Audit supervision records in {team}", roles.PSW),
    "recruitment": (
        "Refresh the {team} job advert with staff stories",
        roles.HR_PARTNER,
    ),
    "hybrid working": (
        "Agree office days and desk booking for {team}",
        roles.AD_OPERATIONS,
    ),
    "wellbeing": ("Promote the employee assistance programme at {base}", roles.HEAD_OD),
    "training": (
        "Book Mental Capacity Act refresher training for {team}",
        roles.WORKFORCE_LEAD,
    ),
    "practice time": (
        "Map admin tasks business support could take from {team}",
        roles.HEAD_BUSINESS_SUPPORT,
    ),
    "workload": ("Bring {team} duty rota pressures to DMT", roles.AD_OPERATIONS),
    "hospital discharge": (
        "Set up a weekend rota for {team} social workers",
        roles.AD_OPERATIONS,
    ),
    "pay": ("Ask HR for the market supplement review timetable", roles.HR_DIRECTOR),
    "safeguarding": (
        "Run Making Safeguarding Personal recording sessions for {team}",
        roles.AD_QUALITY,
    ),
}
# What staff said at each roadshow: (going well, needs to improve).
ROADSHOW_NOTES = {
    "Brackley Resource Centre": (
        "Reablement and OT staff proud of getting people home; warm welcome",
        "Slow laptops and no parking at Brackley came up again and again",
    ),
    "Moorside Health Centre": (
        "A settled team that looks after each other",
        "Unclear hybrid working rules: who is expected in, and when",
    ),
    CIVIC: (
        "Front door, learning disability and commissioning staff keen to work more together",
        "Desk booking at the Civic Centre does not work on busy days",
    ),
}
# "You said, we did" for a visit whose action is done, by the action's theme: what a member
# of staff said, in their words, and what was done about it, in the past tense.
WRITE_BACKS = {
    "IT and systems": (
        "Our laptops take an age to start up at {base}, so the day starts late.",
        "We asked the digital team to fix laptop start-up at {base}.",
    ),
    "caseloads": (
        "Our caseloads don't reflect how complex the work has become.",
        "We reviewed caseload weighting with the {team} manager.",
    ),
    "supervision": (
        "My supervision keeps being cancelled when duty is short.",
        "We audited supervision records in {team} and rebooked the overdue sessions.",
    ),
    "recruitment": (
        "Agency cover unsettles the team, and our adverts don't say what it's like here.",
        "We refreshed the {team} job advert with staff stories.",
    ),
    "hybrid working": (
        "Nobody is sure which days we're expected in the office.",
        "We agreed office days and desk booking for {team}.",
    ),
    "wellbeing": (
        "A lot of us are running on empty after this year.",
        "We promoted the employee assistance programme at {base}.",
    ),
    "training": (
        "We haven't had Mental Capacity Act training for years.",
        "We booked Mental Capacity Act refresher training for {team}.",
    ),
    "safeguarding": (
        "We each record what people wanted from a safeguarding enquiry differently.",
        "We ran Making Safeguarding Personal recording sessions for {team}.",
    ),
    "practice time": (
        "Too much of my week goes on admin instead of seeing people.",
        "We mapped the admin tasks business support could take from {team}.",
    ),
    "workload": (
        "Our duty rota is stretched and the same few of us keep covering it.",
        "We took {team} duty rota pressures to DMT.",
    ),
    "hospital discharge": (
        "Weekend discharges only happen because people give up their weekends.",
        "We set up a weekend rota for {team} social workers.",
    ),
    "pay": (
        "Our pay hasn't kept up with the councils next door.",
        "We asked HR for the market supplement review timetable.",
    ),
}

RECURRING: tuple[
    tuple[K, tuple[str, ...], str, int, int, tuple[tuple[str, str], ...], tuple[str, ...]], ...
] = (
    # (kind, people, place, weekday, every n weeks, notes, themes)
    (
        K.TEAM_MEETING,
        ("Carol Hesketh", "Ian Metcalfe", "Yvonne Achebe"),
        f"{CIVIC}, room 2.14",
        0,
        1,
        (
            (
                "Budget recovery plan on track for the quarter",
                "Hospital discharge delays still above target",
            ),
            (
                "Agreed the winter plan and escalation triggers",
                "Need waiting list data by team, not just in total",
            ),
            (
                "Good challenge on the front door options",
                "Decisions from last week not yet passed on to teams",
            ),
            (
                "Safeguarding performance steady",
                "Agency spend rising in discharge and the AMHP service",
            ),
            (
                "Recruitment campaign has 14 applicants so far",
                "Supervision compliance report still patchy",
            ),
        ),
        ("budget", "recruitment", "hospital discharge", "supervision", "safeguarding"),
    ),
    (
        K.ONE_TO_ONE,
        ("Priya Shah",),
        "Chief Executive's office, Civic Centre",
        3,
        2,
        (
            (
                "Chief Executive supports the workforce plan approach",
                "Wants a clear overspend recovery line before Cabinet",
            ),
            ("Agreed the headings of the 100-day plan", "Asked for a shorter monthly update"),
            ("Interested in the AMHP shared rota idea", "Worried about CQC assessment readiness"),
        ),
        ("budget", "recruitment"),
    ),
    (
        K.ONE_TO_ONE,
        ("Cllr Joan Ashworth",),
        "Members' room, Civic Centre",
        1,
        2,
        (
            (
                "Lead member keen to join a staff roadshow",
                "Complaints about OT waiting times reaching members",
            ),
            ("Briefed on the winter plan; supportive", "Wants earlier sight of Cabinet reports"),
        ),
        ("caseloads", "hospital discharge"),
    ),
    (
        K.ONE_TO_ONE,
        ("Carol Hesketh",),
        f"{CIVIC}, room 2.14",
        2,
        2,
        (
            (
                "Operations managers pulling together well",
                "Two acting team managers need substantive posts",
            ),
        ),
        ("supervision", "recruitment"),
    ),
    (
        K.ONE_TO_ONE,
        ("Ian Metcalfe",),
        f"{CIVIC}, room 2.14",
        2,
        2,
        (
            (
                "Home care market more stable than last winter",
                "No capacity for market sustainability analysis",
            ),
        ),
        ("workload",),
    ),
    (
        K.ONE_TO_ONE,
        ("Yvonne Achebe",),
        f"{CIVIC}, room 2.14",
        2,
        2,
        (
            (
                "Safeguarding audit programme is thorough",
                "Making Safeguarding Personal outcomes not recorded well",
            ),
        ),
        ("safeguarding", "training"),
    ),
    (
        K.ONE_TO_ONE,
        ("Karen Whitworth",),
        "HR offices, Civic Centre",
        4,
        2,
        (
            (
                "HR will run a market supplement review for AMHPs",
                "Exit interview findings not shared with managers",
            ),
            (
                "Apprenticeship levy has room for two social work places",
                "Reasons for sickness absence often not recorded",
            ),
        ),
        ("recruitment", "pay", "wellbeing"),
    ),
    (
        K.ONE_TO_ONE,
        ("Dawn Ellison",),
        f"{CIVIC}, room 2.14",
        2,
        4,
        (
            (
                "Practice forum well attended",
                "Newly qualified workers want more reflective supervision",
            ),
        ),
        ("supervision", "practice time"),
    ),
    (
        K.ONE_TO_ONE,
        ("Rebecca Lund",),
        "Brackley Resource Centre",
        3,
        4,
        (("OT assistant role profile drafted", "Waiting list for OT assessment still 14 weeks"),),
        ("caseloads", "recruitment"),
    ),
    (
        K.WRITTEN_BRIEFING,
        (),
        "",
        4,
        2,
        (
            (
                "Friday five: thanks to reablement, roadshow dates, the new supervision policy, "
                "the winter plan and a shout-out for the front door",
                "",
            ),
            ("Friday five: what I heard at the roadshows and what happens next", ""),
        ),
        ("communication",),
    ),
    (
        K.STAFF_BRIEFING,
        (),
        "Online (Microsoft Teams)",
        2,
        4,
        (
            (
                "Good turnout and honest questions about pay and workload",
                "People asked for the answers in writing afterwards",
            ),
        ),
        ("pay", "workload", "hybrid working"),
    ),
)
