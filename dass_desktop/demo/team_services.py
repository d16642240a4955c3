"""The demo council's smaller specialist teams and its in-house services, as plain data.

A metropolitan borough's adult social care has more than its assessment teams: a
Deprivation of Liberty Safeguards team, an out-of-hours emergency duty team, a transitions
team with children's services, brokerage and provider quality teams, and (in Northmoor)
in-house day opportunities, intermediate care and a Shared Lives scheme.
``demo/team_data.py`` adds them to the register. Every name is fictional.
"""

from __future__ import annotations

from dass_desktop.domain.team_terms import ServiceArea

A = ServiceArea
CIVIC = "Civic Centre, Northmoor"

# (name, area, manager, base, (establishment, in post, vacancies, agency FTE),
#  a strength (text, source), a development (text, source))
SERVICES: tuple[
    tuple[
        str,
        ServiceArea,
        str,
        str,
        tuple[float, float, float | None, float],
        tuple[str, str],
        tuple[str, str],
    ],
    ...,
] = (
    (
        "Deprivation of Liberty Safeguards Team",
        A.SAFEGUARDING,
        "Joanne Crossley",
        CIVIC,
        (14.0, 12.0, None, 1.0),
        ("Urgent authorisations for care homes turned round quickly", "Data review"),
        ("Best interests assessor rota leans on overtime", "One-to-one"),
    ),
    (
        "Emergency Duty Team (out of hours)",
        A.OTHER,
        "Kevin Ashurst",
        CIVIC,
        (10.0, 8.0, None, 1.0),
        ("Calm, experienced staff who know the borough's providers well", "Visit"),
        ("Lone working at night worries newer staff", "Staff survey"),
    ),
    (
        "Transitions Team",
        A.LEARNING_DISABILITY,
        "Amira Haddad",
        CIVIC,
        (9.0, 8.0, None, 0.0),
        ("Young people known from age 14 through joint work with children's services", "Visit"),
        ("Preparing-for-adulthood plans start too late for some young people", "Data review"),
    ),
    (
        "Brokerage Team",
        A.COMMISSIONING,
        "Stephen Howarth",
        CIVIC,
        (8.0, 7.0, None, 0.5),
        ("Knows every home care provider's capacity week by week", "Team meeting"),
        ("Home care packages in the east take longest to source", "Data review"),
    ),
    (
        "Provider Quality and Improvement",
        A.COMMISSIONING,
        "Lorna Baxendale",
        CIVIC,
        (9.0, 8.0, None, 0.0),
        ("Good early warning of providers in difficulty", "Briefing or roadshow"),
        ("Quality monitoring visits to care homes behind schedule", "Data review"),
    ),
    (
        "Day Opportunities (in-house)",
        A.LEARNING_DISABILITY,
        "Bernadette Quinn",
        "Hollins Day Centre, Northmoor",
        (64.0, 58.0, None, 2.0),
        ("Families value the community-based sessions", "Visit"),
        ("Transport to the day centres limits who can come", "Team meeting"),
    ),
    (
        "Moorside Court Intermediate Care",
        A.REABLEMENT,
        "Patience Mensah",
        "Moorside Court, Northmoor",
        (52.0, 45.5, None, 3.5),
        ("Most residents return home after their stay", "Data review"),
        ("Night staffing relies on bank workers", "One-to-one"),
    ),
    (
        "Shared Lives Scheme",
        A.OTHER,
        "Gillian Rhodes",
        CIVIC,
        (6.0, 6.0, None, 0.0),
        ("Long-standing carers who stay with the scheme for years", "Team meeting"),
        ("Too few new Shared Lives carers recruited this year", "Data review"),
    ),
)
