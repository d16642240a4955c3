"""The demo council's teams as data: 21 teams across the service areas, with believable figures.

Northmoor's pressures are the familiar ones: AMHPs and occupational therapists are hard to
recruit, hospital discharge leans on agency staff, reablement carries vacancies, and one new
team has no establishment agreed yet. About 420 FTE in all, as in a metropolitan borough
that runs its own intermediate care and day services, with the teams such a department
has: DoLS, out-of-hours emergency duty, transitions, brokerage and provider quality (those
are in ``demo/team_services.py``). Gaps carry the plan day they should close by; some are
already actions in the plan. ``demo/teams.py`` writes them. Every name is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass

from dass_desktop.demo import roles
from dass_desktop.demo.team_services import SERVICES
from dass_desktop.domain.team_terms import (
    GapStatus,
    Mitigation,
    Role,
    ServiceArea,
    Severity,
    TeamDraft,
)

A = ServiceArea


@dataclass(frozen=True)
class _Gap:
    role: Role
    fte: float | None
    description: str
    severity: Severity
    mitigation: Mitigation | None
    notes: str
    owner: str
    status: GapStatus
    target_day: int  # plan day the gap should be closed by
    to_plan: bool = False


@dataclass(frozen=True)
class _Team:
    draft: TeamDraft
    strengths: tuple[tuple[str, str], ...]  # (text, source)
    developments: tuple[tuple[str, str], ...]
    gaps: tuple[_Gap, ...] = ()


def _team(
    name: str,
    area: ServiceArea,
    manager: str,
    base: str,
    figures: tuple[float, float, float | None, float],
) -> TeamDraft:
    establishment, in_post, vacancies, agency = figures
    return TeamDraft(name, area, manager, base, establishment, in_post, vacancies, agency)


S, M, H, C = Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL
OPEN, MITIGATING, CLOSED = GapStatus.OPEN, GapStatus.MITIGATING, GapStatus.CLOSED

TEAMS: tuple[_Team, ...] = (
    _Team(
        _team(
            "Northmoor Connect (front door)",
            A.FRONT_DOOR,
            "Hannah Kowalski",
            "Civic Centre, Northmoor",
            (24.0, 21.5, None, 1.0),
        ),
        (
            ("Most enquiries resolved at first contact with information and advice", "Data review"),
            ("Strong links with the voluntary sector hub", "Visit"),
        ),
        (("Call-back times slip on Mondays; rota does not match demand", "Data review"),),
        (
            _Gap(
                Role.SOCIAL_WORKER,
                1.5,
                "Duty social worker cover thin at peak times",
                M,
                Mitigation.BUSINESS_SUPPORT,
                "Customer centre to take routine calls and equipment queries",
                "Hannah Kowalski",
                MITIGATING,
                120,
            ),
        ),
    ),
    _Team(
        _team(
            "Hospital Discharge Team",
            A.HOSPITAL_DISCHARGE,
            "Dana Okafor",
            "Royal Northmoor Infirmary",
            (18.0, 13.5, 4.5, 3.0),
        ),
        (
            ("Daily huddle with ward managers works well; trusted by the trust", "Visit"),
            ("Staff proud of home-first ethos", "Team meeting"),
        ),
        (
            ("Reliance on agency social workers costs and unsettles the team", "Data review"),
            ("Weekend discharges depend on goodwill", "One-to-one"),
        ),
        (
            _Gap(
                Role.SOCIAL_WORKER,
                3.0,
                "Three permanent social worker posts vacant since spring",
                H,
                Mitigation.AGENCY_COVER,
                "Agency cover until the autumn recruitment campaign lands",
                "Dana Okafor",
                MITIGATING,
                100,
                to_plan=True,
            ),
            _Gap(
                Role.SENIOR_PRACTITIONER,
                1.0,
                "",
                M,
                Mitigation.GROW_YOUR_OWN,
                "Step-up programme for experienced social workers",
                roles.PSW,
                OPEN,
                150,
            ),
        ),
    ),
    _Team(
        _team(
            "Reablement North (Home First)",
            A.REABLEMENT,
            "Marcus Bell",
            "Brackley Resource Centre",
            (46.0, 38.5, None, 4.0),
        ),
        (("People regain independence: 78% need no ongoing care after six weeks", "Data review"),),
        (("Rotas planned on paper; travel time eats into visits", "Visit"),),
        (
            _Gap(
                Role.REABLEMENT_WORKER,
                6.0,
                "Reablement worker vacancies limit how many people start each week",
                H,
                Mitigation.ASSISTANT_ROLES,
                "Apprentice reablement workers with the further education college",
                roles.HEAD_PROVIDER,
                OPEN,
                140,
                to_plan=True,
            ),
            _Gap(
                Role.OTHER,
                None,
                "Scheduling by hand: no rostering system",
                M,
                Mitigation.AUTOMATION,
                "Trial electronic call scheduling with the digital team",
                "Marcus Bell",
                OPEN,
                170,
            ),
        ),
    ),
    _Team(
        _team(
            "Reablement South",
            A.REABLEMENT,
            "Grace Adeyemi",
            "Moorside Health Centre",
            (38.0, 35.0, 3.0, 1.5),
        ),
        (("Low sickness and a settled, experienced team", "Data review"),),
        (
            (
                "Appraisals in date for only {appraisals} of staff this year",
                "Supervision and appraisal audit",
            ),
        ),
    ),
    _Team(
        _team(
            "Long-term Support East",
            A.LONG_TERM_SUPPORT,
            "Owen Pritchard",
            "Ashworth House, Eastmoor",
            (22.0, 17.6, None, 2.0),
        ),
        (("Good strengths-based review conversations seen in case audit", "Visit"),),
        (
            ("Waiting list for annual reviews over 300 people", "Data review"),
            (
                "Supervision in date for only {supervision} of staff",
                "Supervision and appraisal audit",
            ),
        ),
        (
            _Gap(
                Role.SOCIAL_WORKER,
                2.4,
                "Review backlog needs more qualified capacity",
                H,
                Mitigation.GROW_YOUR_OWN,
                "Two social work apprenticeships via the teaching partnership",
                "Owen Pritchard",
                OPEN,
                183,
                to_plan=True,
            ),
        ),
    ),
    _Team(
        _team(
            "Long-term Support West",
            A.LONG_TERM_SUPPORT,
            "Fiona Marsh",
            "Westgate Offices, Northmoor",
            (20.0, 19.0, None, 0.0),
        ),
        (("Stable team; three newly qualified social workers well supported", "One-to-one"),),
        (("Hybrid working means little informal learning in the office", "Staff survey"),),
    ),
    _Team(
        _team(
            "Learning Disability Team",
            A.LEARNING_DISABILITY,
            "Ravi Chandra",
            "Civic Centre, Northmoor",
            (16.0, 14.0, None, 0.5),
        ),
        (
            ("Co-produced transitions work with families is excellent", "Visit"),
            ("Good joint working with the community learning disability nurses", "Team meeting"),
        ),
        (("Case recording behind; business support post frozen", "One-to-one"),),
        (
            _Gap(
                Role.BUSINESS_SUPPORT,
                1.0,
                "",
                S,
                Mitigation.BUSINESS_SUPPORT,
                "Unfreeze the administrator post",
                "Ravi Chandra",
                OPEN,
                100,
            ),
        ),
    ),
    _Team(
        _team(
            "Mental Health and AMHP Service",
            A.MENTAL_HEALTH,
            "Siobhan Doherty",
            "Moorview Hospital site",
            (14.0, 10.0, None, 2.0),
        ),
        (("AMHPs highly skilled and committed; strong peer support", "Visit"),),
        (
            ("Out-of-hours AMHP rota relies on the same few people", "One-to-one"),
            ("Wellbeing concerns after a difficult year", "Staff survey"),
        ),
        (
            _Gap(
                Role.AMHP,
                2.0,
                "Too few warranted AMHPs to cover the rota safely",
                C,
                Mitigation.SHARED_SERVICE,
                "Explore a joint out-of-hours AMHP rota with Westvale and the NHS trust",
                roles.HEAD_MENTAL_HEALTH,
                OPEN,
                90,
                to_plan=True,
            ),
            _Gap(
                Role.SOCIAL_WORKER,
                2.0,
                "",
                H,
                Mitigation.INTERNATIONAL_RECRUITMENT,
                "Join the regional international recruitment cohort",
                roles.HEAD_MENTAL_HEALTH,
                OPEN,
                183,
            ),
        ),
    ),
    _Team(
        _team(
            "Occupational Therapy Service",
            A.OCCUPATIONAL_THERAPY,
            "Claire Whitfield",
            "Brackley Resource Centre",
            (12.0, 8.5, None, 1.0),
        ),
        (("Equipment turnaround within seven days for most people", "Data review"),),
        (("Waiting time for OT assessment now 14 weeks", "Data review"),),
        (
            _Gap(
                Role.OT,
                3.5,
                "OT posts hard to fill; long waits for assessment",
                C,
                Mitigation.ASSISTANT_ROLES,
                "Develop OT assistant roles for straightforward equipment assessments",
                "Claire Whitfield",
                OPEN,
                110,
                to_plan=True,
            ),
            _Gap(
                Role.OT_ASSISTANT,
                2.0,
                "Two new OT assistant posts, not yet in the establishment",
                M,
                Mitigation.GROW_YOUR_OWN,
                "OT apprenticeship with the university",
                "Claire Whitfield",
                OPEN,
                183,
            ),
        ),
    ),
    _Team(
        _team(
            "Adult Safeguarding Hub",
            A.SAFEGUARDING,
            "Tom Gallagher",
            "Civic Centre, Northmoor",
            (11.0, 10.0, None, 0.0),
        ),
        (("Section 42 enquiries started within target", "Data review"),),
        (("Making Safeguarding Personal outcomes not recorded consistently", "Data review"),),
        (
            _Gap(
                Role.SENIOR_PRACTITIONER,
                1.0,
                "",
                M,
                None,
                "",
                "Tom Gallagher",
                CLOSED,
                60,
            ),
        ),
    ),
    _Team(
        _team(
            "Commissioning and Market Shaping",
            A.COMMISSIONING,
            "Nadia Hussain",
            "Civic Centre, Northmoor",
            (9.0, 8.0, None, 0.0),
        ),
        (("Good relationships with home care providers", "Briefing or roadshow"),),
        (("Little capacity for market sustainability analysis", "One-to-one"),),
        (
            _Gap(
                Role.COMMISSIONER,
                1.0,
                "No commissioner for mental health and housing",
                M,
                Mitigation.SHARED_SERVICE,
                "Joint post with the ICB",
                "Nadia Hussain",
                OPEN,
                160,
            ),
        ),
    ),
    _Team(
        _team(
            "Adult Social Care Business Support",
            A.BUSINESS_SUPPORT,
            "Paul Rimmer",
            "Westgate Offices, Northmoor",
            (15.0, 13.0, None, 1.0),
        ),
        (("Flexible and quick to pick up new processes", "Team meeting"),),
        (("Practitioners still doing admin that could move here (80/20)", "Visit"),),
    ),
    _Team(
        _team(
            "Technology-Enabled Care (new)",
            A.OTHER,
            "Hannah Kowalski",
            "Civic Centre, Northmoor",
            (0.0, 0.0, None, 0.0),
        ),
        (),
        (("Establishment not yet agreed; business case due to Cabinet", "Briefing or roadshow"),),
        (
            _Gap(
                Role.TEAM_MANAGER,
                1.0,
                "No manager until the business case is approved",
                S,
                None,
                "",
                roles.DIRECTOR,
                OPEN,
                183,
            ),
        ),
    ),
)
TEAMS += tuple(
    _Team(_team(name, area, manager, base, figures), (strength,), (development,))
    for name, area, manager, base, figures, strength, development in SERVICES
)
