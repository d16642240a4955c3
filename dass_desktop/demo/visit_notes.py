"""What the demo director hears: the notes, themes and people of the demo's visit log.

Data only; ``demo/visits.py`` turns it into engagements. Notes name roles, never people, so
a plan printed without names stays so. Every name is fictional and is a demo stakeholder
(see ``demo/contacts.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

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
    "Adult Safeguarding Hub": ("training", "practice time"),
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
    "safeguarding personal": "training",
    "capacity": "workload",
}
GENERAL_THEMES = ("hybrid working", "IT and systems", "wellbeing", "pay", "training", "workload")
# Actions that visits give rise to, by theme: (title, owner), {team} and {base} filled in.
ACTIONS = {
    "IT and systems": (
        "Ask the digital team to fix slow laptop start-up at {base}",
        "Head of digital",
    ),
    "caseloads": ("Review caseload weighting with the {team} manager", "Principal Social Worker"),
    "supervision": ("Audit supervision records in {team}", "Principal Social Worker"),
    "recruitment": (
        "Refresh the {team} job advert with staff stories",
        "HR Business Partner, Adults",
    ),
    "hybrid working": (
        "Agree office days and desk booking for {team}",
        "Assistant Director, Operations",
    ),
    "wellbeing": ("Promote the employee assistance programme at {base}", "Head of OD"),
    "training": (
        "Book Mental Capacity Act refresher training for {team}",
        "Workforce Development Lead",
    ),
    "practice time": (
        "Map admin tasks business support could take from {team}",
        "Head of business support",
    ),
    "workload": ("Bring {team} duty rota pressures to DMT", "Assistant Director, Operations"),
    "hospital discharge": (
        "Set up a weekend rota for {team} social workers",
        "Assistant Director, Operations",
    ),
    "pay": ("Ask HR for the market supplement review timetable", "Director of HR and OD"),
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
        ("budget", "recruitment", "hospital discharge", "supervision"),
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
        ("training",),
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

PARTNERS: tuple[Meeting, ...] = (
    Meeting(
        K.PARTNER_MEETING,
        ("Dr Fiona Caldwell", "Dr Raj Mistry"),
        "ICB offices, Northmoor",
        (
            (
                "Place board backs a joint discharge-to-assess model",
                "Continuing healthcare decisions slow",
            ),
        ),
        ("hospital discharge",),
        3,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Mark Sutcliffe", "Tracy Holden"),
        "Royal Northmoor Infirmary",
        (
            ("Daily discharge calls working", "Weekend discharges depend on goodwill"),
            (
                "Fewer people waiting over seven days",
                "Trust wants social workers on the wards again",
            ),
        ),
        ("hospital discharge", "workload"),
        3,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Beverley Marsden", "Kwame Asante", "Linda Foster"),
        "Northmoor Care Association, Mill Lane",
        (
            (
                "Providers welcome the fee uplift timetable",
                "Home care staff leaving for retail and hospital jobs",
            ),
            ("Trusted assessor pilot liked by care homes", "Late payments to small providers"),
        ),
        ("recruitment", "pay"),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Omar Siddiqui",),
        "Healthwatch Northmoor, Market Street",
        (
            (
                "People praise reablement staff",
                "People asked the same questions twice at the front door",
            ),
        ),
        ("waiting times",),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Patrick Heald",),
        "Northmoor Carers' Centre",
        (("Carers value the centre's drop-ins", "Carers' assessments take too long"),),
        ("carers",),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Beth Sanderson", "Leanne Doyle"),
        "Making It Real Board, Civic Centre",
        (("Board wants to co-produce the new front door", "Easy-read letters still rare"),),
        ("co-production",),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Ruth Ainsworth", "Gemma Lord"),
        "Northmoor CVS, Station Road",
        (("Voluntary sector ready to do more prevention", "Short-term grants make planning hard"),),
        ("prevention",),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Lee Carter", "Wendy Bamford", "Chris Ogden"),
        f"{CIVIC}, committee room 3",
        (
            ("Unions welcome early sight of the workforce plan", "Lone working policy out of date"),
            ("Agreed a joint wellbeing survey", "Concerns about caseloads in long-term support"),
        ),
        ("wellbeing", "caseloads", "pay"),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Prof Sarah Kitching", "Michael Ashcroft"),
        "University of Northmoor",
        (
            (
                "Teaching partnership can offer two more step-up places",
                "Placements in mental health are scarce",
            ),
        ),
        ("recruitment", "training"),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Naomi Clegg", "Ellie Brandwood"),
        "Northmoor College",
        (
            (
                "College can run a care apprenticeship cohort in spring",
                "Few applicants know about care careers",
            ),
        ),
        ("recruitment", "training"),
        1,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Anna Pemberton",),
        "Online (Microsoft Teams)",
        (
            (
                "Clear explanation of the assessment framework",
                "We need our self-assessment evidence in one place",
            ),
        ),
        ("assessment",),
        1,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Dr Elaine Fitton", "Neil Barraclough", "Hassan Jaffer"),
        "ADASS North West, Manchester",
        (
            (
                "Region keen on a shared AMHP rota",
                "International recruitment costs vary across councils",
            ),
            (
                "Good peer support from other new directors",
                "Workforce data definitions differ across the region",
            ),
        ),
        ("recruitment", "workforce data"),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Andrew Pilling", "Lucy Nwosu"),
        "Finance offices, Civic Centre",
        (("Finance recognises demand pressures", "Savings targets for next year not yet agreed"),),
        ("budget",),
        2,
    ),
    Meeting(
        K.ONE_TO_ONE,
        ("Margaret Iles",),
        "Online (Microsoft Teams)",
        (("Mentoring helps me step back and pace myself", "Still doing too much myself"),),
        ("wellbeing",),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Janet Okoye", "Siobhan Doherty"),
        "Moorview Hospital site",
        (
            (
                "Trust open to a joint out-of-hours AMHP rota",
                "Bed availability delays Mental Health Act assessments",
            ),
        ),
        ("workload", "recruitment"),
        2,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Rachel Byrne",),
        CIVIC,
        (("Housing can prioritise extra care referrals", "Adaptations budget overspent"),),
        ("housing",),
        1,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Helen Oduya",),
        CIVIC,
        (("Public health will fund a falls prevention pilot", "Prevention data not joined up"),),
        ("prevention",),
        1,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Martin Greaves",),
        CIVIC,
        (("Joint transitions panel agreed", "Young people wait too long for adult assessments"),),
        ("transitions",),
        1,
    ),
    Meeting(
        K.PARTNER_MEETING,
        ("Cllr Samina Akhtar",),
        "Members' room, Civic Centre",
        (("Scrutiny chair constructive", "Wants a report on waiting lists in the new year"),),
        ("caseloads",),
        1,
    ),
    Meeting(
        K.ONE_TO_ONE,
        ("Cllr Derek Haworth",),
        "Leader's office, Civic Centre",
        (("Leader supports visible leadership in teams", "Expects a balanced budget plan"),),
        ("budget",),
        1,
    ),
)

CALLS: tuple[tuple[str, str, str], ...] = (
    ("Neil Barraclough", "Shared ideas on the AMHP rota", "recruitment"),
    ("Tracy Holden", "Sorted a delayed discharge over the weekend", "hospital discharge"),
    ("Kwame Asante", "Heard about home care recruitment pressures", "recruitment"),
    ("Sue Fairclough", "Agreed the timetable for acting-up posts", "recruitment"),
    ("Lucy Nwosu", "Went through the month's budget position", "budget"),
    ("Mark Sutcliffe", "Escalation call on hospital pressures", "hospital discharge"),
    ("Jamal Reid", "Talked through the OD plan outline", "training"),
    ("Omar Siddiqui", "Followed up a complaint raised through Healthwatch", "waiting times"),
    ("Dr Elaine Fitton", "Regional update on workforce data", "workforce data"),
    ("Michael Ashcroft", "Confirmed step-up placements", "recruitment"),
    ("Julie Crabtree", "Heard what Skills for Care can offer managers", "training"),
    ("Simon Yates", "Unblocked continuing healthcare decisions", "hospital discharge"),
    ("Deepak Rao", "Supported living provider raised staffing concerns", "recruitment"),
    ("Mary Kershaw", "Extra care scheme opening dates", "housing"),
    ("Gareth Lomax", "Checked the DASS statutory accountabilities", "governance"),
    ("Zainab Malik", "Talked about crisis support for people waiting", "wellbeing"),
    ("Arthur Pickup", "Invited to speak at the older people's forum", "co-production"),
    ("Cllr Rosa Duarte", "Health and wellbeing board agenda", "prevention"),
    ("Dr Jo Lambert", "OT apprenticeship numbers for next year", "recruitment"),
    ("Graham Oates", "Procurement timetable for home care", "budget"),
    ("Chris Ogden", "Lone working concerns", "wellbeing"),
    ("Cllr Bill Entwistle", "Answered questions on OT waiting times", "caseloads"),
)

# Actions that what partners raise gives rise to, by what they said: (title, owner).
PARTNER_ACTIONS = {
    "Weekend discharges depend on goodwill": (
        "Agree weekend discharge cover with the trust",
        "Assistant Director, Operations",
    ),
    "Late payments to small providers": (
        "Pay small care providers within 14 days",
        "Finance Business Partner, Adults",
    ),
    "People asked the same questions twice at the front door": (
        "Stop asking people the same questions twice at the front door",
        "Front door team manager",
    ),
    "Carers' assessments take too long": (
        "Clear the backlog of carers' assessments",
        "Assistant Director, Operations",
    ),
    "Easy-read letters still rare": (
        "Co-produce easy-read letters with the Making It Real Board",
        "Principal Social Worker",
    ),
    "Lone working policy out of date": (
        "Update the lone working policy with the unions",
        "Head of OD",
    ),
    "Placements in mental health are scarce": (
        "Find two more mental health placements for students",
        "Principal Social Worker",
    ),
    "We need our self-assessment evidence in one place": (
        "Gather CQC self-assessment evidence in one place",
        "Assistant Director, Quality and Safeguarding",
    ),
    "Bed availability delays Mental Health Act assessments": (
        "Draft a joint out-of-hours AMHP rota with the trust",
        "Head of Mental Health",
    ),
    "Continuing healthcare decisions slow": (
        "Agree a 28-day target for continuing healthcare decisions",
        "Assistant Director, Operations",
    ),
}
