"""The one list of role names the demo council draws from, each spelt one way.

Plan items, gaps, visit actions and contacts name an owner by role (or by a team manager's
name); every role they use is spelt as here, so the demo never shows "Principal social
worker" on one page and "Principal Social Worker" on the next.
"""

from __future__ import annotations

DIRECTOR = "Director of Adult Social Services"
ME = "Me"  # the director, as the plan's owner column writes it
AD_OPERATIONS = "Assistant Director, Operations"
AD_COMMISSIONING = "Assistant Director, Commissioning"
AD_QUALITY = "Assistant Director, Quality and Safeguarding"
PSW = "Principal Social Worker"
POT = "Principal Occupational Therapist"
HEAD_COMMISSIONING = "Head of Commissioning"
HEAD_MENTAL_HEALTH = "Head of Mental Health"
HEAD_PROVIDER = "Head of Provider Services"
HEAD_PERFORMANCE = "Head of Performance"
HEAD_BUSINESS_SUPPORT = "Head of Business Support"
HEAD_DIGITAL = "Head of Digital"
HR_DIRECTOR = "Director of HR and OD"
HEAD_OD = "Head of Organisational Development"
HR_PARTNERING = "Head of HR Business Partnering"
HR_PARTNER = "HR Business Partner, Adults"
FINANCE_PARTNER = "Finance Business Partner, Adults"
WORKFORCE_LEAD = "Workforce Development Lead"
COMMUNICATIONS = "Communications Lead"
HEAD_FINANCE = "Head of Finance"
SAB_CHAIR = "Independent Chair, Northmoor Safeguarding Adults Board"
POLICE_LEAD = "Detective Superintendent, Public Protection"

ROLES: tuple[str, ...] = (
    DIRECTOR,
    ME,
    AD_OPERATIONS,
    AD_COMMISSIONING,
    AD_QUALITY,
    PSW,
    POT,
    HEAD_COMMISSIONING,
    HEAD_MENTAL_HEALTH,
    HEAD_PROVIDER,
    HEAD_PERFORMANCE,
    HEAD_BUSINESS_SUPPORT,
    HEAD_DIGITAL,
    HR_DIRECTOR,
    HEAD_OD,
    HR_PARTNERING,
    HR_PARTNER,
    FINANCE_PARTNER,
    WORKFORCE_LEAD,
    COMMUNICATIONS,
    HEAD_FINANCE,
    SAB_CHAIR,
    POLICE_LEAD,
)


def team_manager(team: str) -> str:
    """A team manager's role, as the contacts book and action owners write it."""
    return f"Team manager, {team}"
