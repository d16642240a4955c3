"""The demo council's contacts book: about 80 people across every category.

The director's own senior team and team managers are kept in touch with weekly to monthly;
council leadership, the lead member, the NHS and HR monthly or fortnightly; providers,
universities and networks less often; a few have no cadence at all. Two people's details
carry the kind of slip the app flags (an e-mail address missing its ending, a phone number
a digit short). Every name, number and address is fictional: phone numbers are from
Ofcom's ranges kept for drama, e-mail domains are the council's own or made up.
"""

from __future__ import annotations

import datetime as dt
import random

from dass_desktop.demo import roles
from dass_desktop.demo.team_services import SERVICES
from dass_desktop.demo.visits import write_visits
from dass_desktop.domain import stakeholder_store
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.contact_terms import Cadence, Category
from dass_desktop.domain.stakeholder_terms import StakeholderDraft
from dass_desktop.store import Store

C = Category
W, F, M, S, Q, H, N = (
    Cadence.WEEKLY,
    Cadence.FORTNIGHTLY,
    Cadence.MONTHLY,
    Cadence.SIX_WEEKLY,
    Cadence.QUARTERLY,
    Cadence.SIX_MONTHLY,
    Cadence.NONE,
)
COUNCIL = "Northmoor Council"
TRUST = "Royal Northmoor Hospitals NHS Trust"
MH_TRUST = "Northmoor and Westvale Mental Health NHS FT"
ICB = "Lancashire and Pennine ICB"
UNI = "University of Northmoor"

# (name, role, organisation, category, influence, interest, cadence, tags)
PEOPLE: tuple[tuple[str, str, str, Category, int, int, Cadence, str], ...] = (
    # The council's leadership and elected members.
    ("Priya Shah", "Chief Executive", COUNCIL, C.COUNCIL_LEADERSHIP, 5, 5, F, "line manager"),
    (
        "Martin Greaves",
        "Director of Children's Services",
        COUNCIL,
        C.COUNCIL_LEADERSHIP,
        4,
        3,
        S,
        "transitions",
    ),
    (
        "Helen Oduya",
        "Director of Public Health",
        COUNCIL,
        C.COUNCIL_LEADERSHIP,
        3,
        4,
        M,
        "prevention",
    ),
    ("Gareth Lomax", "Monitoring Officer", COUNCIL, C.COUNCIL_LEADERSHIP, 4, 2, Q, ""),
    (
        "Rachel Byrne",
        "Director of Housing and Communities",
        COUNCIL,
        C.COUNCIL_LEADERSHIP,
        3,
        3,
        S,
        "housing",
    ),
    (
        "Cllr Joan Ashworth",
        "Cabinet Member for Adult Social Care",
        COUNCIL,
        C.ELECTED_MEMBERS,
        5,
        5,
        F,
        "lead member",
    ),
    ("Cllr Derek Haworth", "Leader of the Council", COUNCIL, C.ELECTED_MEMBERS, 5, 3, Q, ""),
    (
        "Cllr Samina Akhtar",
        "Chair, Adults Scrutiny Committee",
        COUNCIL,
        C.ELECTED_MEMBERS,
        4,
        5,
        S,
        "scrutiny",
    ),
    (
        "Cllr Bill Entwistle",
        "Opposition spokesperson for adult care",
        COUNCIL,
        C.ELECTED_MEMBERS,
        3,
        4,
        Q,
        "",
    ),
    (
        "Cllr Rosa Duarte",
        "Cabinet Member for Health and Wellbeing",
        COUNCIL,
        C.ELECTED_MEMBERS,
        4,
        4,
        S,
        "health and wellbeing board",
    ),
    # HR, OD and finance.
    ("Karen Whitworth", "Director of HR and OD", COUNCIL, C.HR_AND_OD, 4, 4, F, "workforce"),
    ("Jamal Reid", "Head of Organisational Development", COUNCIL, C.HR_AND_OD, 3, 4, S, "OD plan"),
    ("Sue Fairclough", "HR Business Partner, Adults", COUNCIL, C.HR_AND_OD, 2, 5, M, "workforce"),
    (
        "Ellie Brandwood",
        "Workforce Development Lead",
        COUNCIL,
        C.HR_AND_OD,
        2,
        5,
        S,
        "apprenticeships",
    ),
    (
        "Andrew Pilling",
        "Director of Finance (Section 151 Officer)",
        COUNCIL,
        C.FINANCE,
        5,
        3,
        S,
        "budget",
    ),
    ("Lucy Nwosu", "Finance Business Partner, Adults", COUNCIL, C.FINANCE, 3, 4, F, "budget"),
    ("Graham Oates", "Head of Procurement", COUNCIL, C.FINANCE, 2, 2, Q, ""),
    # The NHS.
    ("Dr Fiona Caldwell", "Place Director, Northmoor", ICB, C.NHS_AND_ICB, 5, 4, M, "place board"),
    ("Mark Sutcliffe", "Chief Operating Officer", TRUST, C.NHS_AND_ICB, 4, 4, S, "discharge"),
    ("Janet Okoye", "Director of Nursing", MH_TRUST, C.NHS_AND_ICB, 4, 4, S, "AMHP rota"),
    ("Dr Raj Mistry", "GP, clinical lead for Northmoor place", ICB, C.NHS_AND_ICB, 3, 4, Q, ""),
    ("Tracy Holden", "Discharge Hub Manager", TRUST, C.NHS_AND_ICB, 2, 5, M, "discharge"),
    ("Simon Yates", "Head of Continuing Healthcare", ICB, C.NHS_AND_ICB, 3, 3, Q, "CHC"),
    # Providers.
    (
        "Beverley Marsden",
        "Chair",
        "Northmoor Care Association",
        C.CARE_PROVIDERS,
        3,
        5,
        M,
        "provider forum",
    ),
    (
        "Kwame Asante",
        "Managing Director",
        "Brightside Home Care",
        C.CARE_PROVIDERS,
        2,
        5,
        S,
        "home care",
    ),
    (
        "Linda Foster",
        "Registered Manager",
        "Oakfield Care Home",
        C.CARE_PROVIDERS,
        2,
        4,
        Q,
        "care homes",
    ),
    (
        "Deepak Rao",
        "Operations Director",
        "Pennine Supported Living",
        C.CARE_PROVIDERS,
        2,
        4,
        Q,
        "learning disability",
    ),
    (
        "Mary Kershaw",
        "Chief Executive",
        "Moorland Homes Group",
        C.CARE_PROVIDERS,
        3,
        3,
        Q,
        "extra care",
    ),
    ("Tony Flanagan", "Owner", "Holly Bank Nursing Home", C.CARE_PROVIDERS, 1, 3, N, "care homes"),
    # The voluntary and community sector, people who draw on care and carers.
    ("Ruth Ainsworth", "Chief Officer", "Northmoor CVS", C.VOLUNTARY_SECTOR, 3, 4, S, ""),
    ("Omar Siddiqui", "Manager", "Healthwatch Northmoor", C.VOLUNTARY_SECTOR, 3, 5, M, "feedback"),
    (
        "Gemma Lord",
        "Chief Executive",
        "Age UK Northmoor",
        C.VOLUNTARY_SECTOR,
        2,
        5,
        S,
        "older people",
    ),
    ("Zainab Malik", "Director", "Northmoor Mind", C.VOLUNTARY_SECTOR, 2, 4, Q, "mental health"),
    (
        "Patrick Heald",
        "Coordinator",
        "Northmoor Carers' Centre",
        C.PEOPLE_AND_CARERS,
        2,
        5,
        M,
        "carers",
    ),
    (
        "Beth Sanderson",
        "Co-chair",
        "Making It Real Board",
        C.PEOPLE_AND_CARERS,
        2,
        5,
        M,
        "co-production",
    ),
    (
        "Arthur Pickup",
        "Chair",
        "Northmoor Older People's Forum",
        C.PEOPLE_AND_CARERS,
        1,
        5,
        Q,
        "older people",
    ),
    (
        "Leanne Doyle",
        "Parent carer representative",
        "Learning Disability Partnership Board",
        C.PEOPLE_AND_CARERS,
        1,
        5,
        Q,
        "co-production, carers",
    ),
    # Safeguarding partners.
    (
        "Dr Alan Whittaker",
        roles.SAB_CHAIR,
        "Northmoor Safeguarding Adults Board",
        C.NETWORKS,
        4,
        5,
        S,
        "safeguarding",
    ),
    (
        "Det Supt Claire Ramsden",
        roles.POLICE_LEAD,
        "Pennine Police",
        C.NETWORKS,
        4,
        4,
        Q,
        "safeguarding",
    ),
    # Unions, networks, regulators and education.
    ("Lee Carter", "Branch Secretary", "UNISON Northmoor", C.TRADE_UNIONS, 3, 4, M, ""),
    ("Wendy Bamford", "Organiser", "GMB North West", C.TRADE_UNIONS, 2, 3, Q, ""),
    ("Chris Ogden", "Convenor", "Unite Northmoor", C.TRADE_UNIONS, 2, 3, Q, ""),
    (
        "Dr Elaine Fitton",
        "ADASS North West chair",
        "Westvale Council",
        C.NETWORKS,
        4,
        4,
        S,
        "ADASS",
    ),
    (
        "Neil Barraclough",
        "Director of Adult Social Services",
        "Westvale Council",
        C.NETWORKS,
        3,
        4,
        M,
        "peer, AMHP rota",
    ),
    ("Margaret Iles", "Mentor (former DASS)", "ADASS", C.NETWORKS, 2, 5, S, "mentor"),
    ("Hassan Jaffer", "Workforce lead", "ADASS North West", C.NETWORKS, 2, 4, Q, "workforce"),
    ("Julie Crabtree", "Locality Manager", "Skills for Care", C.NETWORKS, 2, 4, Q, "training"),
    (
        "Anna Pemberton",
        "Operations Manager, local authority assessment",
        "CQC",
        C.REGULATORS,
        5,
        4,
        Q,
        "assessment",
    ),
    ("Dominic Reilly", "Inspector, adult social care", "CQC", C.REGULATORS, 3, 3, N, ""),
    (
        "Prof Sarah Kitching",
        "Head of Social Work",
        UNI,
        C.EDUCATION,
        2,
        4,
        Q,
        "teaching partnership",
    ),
    (
        "Michael Ashcroft",
        "Teaching Partnership Manager",
        UNI,
        C.EDUCATION,
        2,
        5,
        S,
        "teaching partnership, apprenticeships",
    ),
    ("Naomi Clegg", "Principal", "Northmoor College", C.EDUCATION, 2, 3, Q, "apprenticeships"),
    ("Dr Jo Lambert", "Occupational Therapy Programme Lead", UNI, C.EDUCATION, 2, 4, Q, "OT"),
    # The director's own senior team and team managers.
    ("Carol Hesketh", "Assistant Director, Operations", COUNCIL, C.STAFF, 4, 5, W, "DMT"),
    ("Ian Metcalfe", "Assistant Director, Commissioning", COUNCIL, C.STAFF, 4, 5, W, "DMT"),
    (
        "Yvonne Achebe",
        "Assistant Director, Quality and Safeguarding",
        COUNCIL,
        C.STAFF,
        4,
        5,
        W,
        "DMT",
    ),
    ("Dawn Ellison", "Principal Social Worker", COUNCIL, C.STAFF, 3, 5, F, "practice"),
    ("Rebecca Lund", "Principal Occupational Therapist", COUNCIL, C.STAFF, 3, 5, F, "OT"),
)
# Team managers, by the demo team they manage (names as in demo/teams.py).
MANAGERS = {
    "Hannah Kowalski": "Northmoor Connect (front door)",
    "Dana Okafor": "Hospital Discharge Team",
    "Marcus Bell": "Reablement North (Home First)",
    "Grace Adeyemi": "Reablement South",
    "Owen Pritchard": "Long-term Support East",
    "Fiona Marsh": "Long-term Support West",
    "Ravi Chandra": "Learning Disability Team",
    "Siobhan Doherty": "Mental Health and AMHP Service",
    "Claire Whitfield": "Occupational Therapy Service",
    "Tom Gallagher": "Adult Safeguarding Hub",
    "Nadia Hussain": "Commissioning and Market Shaping",
    "Paul Rimmer": "Adult Social Care Business Support",
    **{manager: team for team, _, manager, *_ in SERVICES},
}
# Slips the app should flag rather than drop.
WRONG_DETAILS = {
    "Omar Siddiqui": ("omar.siddiqui@healthwatchnorthmoor", ""),
    "Tony Flanagan": ("", "01632 9601"),
}
_DOMAINS = {
    COUNCIL: "northmoor.gov.uk",
    ICB: "nhs.net",
    TRUST: "nhs.net",
    MH_TRUST: "nhs.net",
    UNI: "northmoor.ac.uk",
}


def _email(name: str, organisation: str) -> str:
    words = [w for w in name.replace("'", "").split() if w not in ("Cllr", "Dr", "Prof")]
    domain = _DOMAINS.get(organisation)
    if domain is None:
        return ""
    user = ".".join(w.lower() for w in words)
    return f"cllr.{user}@{domain}" if name.startswith("Cllr") else f"{user}@{domain}"


def demo_people() -> list[StakeholderDraft]:
    """Every demo stakeholder as a draft, senior people first, team managers last."""
    drafts = []
    for index, (
        name,
        role,
        organisation,
        category,
        influence,
        interest,
        cadence,
        tags,
    ) in enumerate(PEOPLE):
        email, phone = WRONG_DETAILS.get(
            name,
            (_email(name, organisation), f"01632 960{100 + index * 7:03d}"),
        )
        drafts.append(
            StakeholderDraft(
                name=name,
                category=category,
                role=role,
                organisation=organisation,
                email=email,
                phone=phone,
                influence=influence,
                interest=interest,
                cadence=cadence,
                tags=tags,
            )
        )
    for index, (name, team) in enumerate(MANAGERS.items()):
        drafts.append(
            StakeholderDraft(
                name=name,
                category=Category.STAFF,
                role=roles.team_manager(team),
                organisation=COUNCIL,
                email=_email(name, COUNCIL),
                phone=f"07700 900{200 + index * 11:03d}",
                influence=2,
                interest=5,
                cadence=Cadence.MONTHLY,
                tags="team manager",
            )
        )
    return drafts


def write_contacts(
    store: Store, today: dt.date, start: dt.date, rng: random.Random, scale: int = 1
) -> Changes:
    """Write the demo stakeholders, then about 150 visits and meetings (times ``scale``)."""
    changes = Changes()
    ids: dict[str, int] = {}
    for draft in demo_people():
        ids[draft.name], added = stakeholder_store.add_stakeholder(store, draft, start)
        changes |= added
    return changes | write_visits(store, today, start, rng, ids, scale)
