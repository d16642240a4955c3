"""What the demo director hears from partners: their meetings, calls and the actions raised.

Data only, like ``demo/visit_notes.py`` (the team visits); ``demo/visits.py`` turns both into
engagements. Every name is fictional and is a demo stakeholder (see ``demo/contacts.py``).
"""

from __future__ import annotations

from dass_desktop.demo import roles
from dass_desktop.demo.visit_notes import CIVIC, Meeting
from dass_desktop.domain.contact_terms import EngagementKind as K

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
        roles.AD_OPERATIONS,
    ),
    "Late payments to small providers": (
        "Pay small care providers within 14 days",
        roles.FINANCE_PARTNER,
    ),
    "People asked the same questions twice at the front door": (
        "Stop asking people the same questions twice at the front door",
        roles.team_manager("Northmoor Connect (front door)"),
    ),
    "Carers' assessments take too long": (
        "Clear the backlog of carers' assessments",
        roles.AD_OPERATIONS,
    ),
    "Easy-read letters still rare": (
        "Co-produce easy-read letters with the Making It Real Board",
        roles.PSW,
    ),
    "Lone working policy out of date": (
        "Update the lone working policy with the unions",
        roles.HEAD_OD,
    ),
    "Placements in mental health are scarce": (
        "Find two more mental health placements for students",
        roles.PSW,
    ),
    "We need our self-assessment evidence in one place": (
        "Gather CQC self-assessment evidence in one place",
        roles.AD_QUALITY,
    ),
    "Bed availability delays Mental Health Act assessments": (
        "Draft a joint out-of-hours AMHP rota with the trust",
        roles.HEAD_MENTAL_HEALTH,
    ),
    "Continuing healthcare decisions slow": (
        "Set up a joint panel with the ICB for continuing healthcare cases past 28 days",
        roles.AD_OPERATIONS,
    ),
}
