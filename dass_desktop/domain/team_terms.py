"""The words of the team register: service areas, roles, severities, mitigations, statuses.

Each term is an enum whose value is what the database stores and whose ``label`` is what the
director reads. The mitigations are the alternatives the guidance names for gaps that cannot
be filled by recruiting ("Culture and leadership", on reviewing workforce roles), so that a
register of gaps doubles as a record of which of them the department is trying.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable


class ServiceArea(enum.Enum):
    """The part of adult social care a team works in."""

    FRONT_DOOR = "front-door"
    REABLEMENT = "reablement"
    HOSPITAL_DISCHARGE = "hospital-discharge"
    LONG_TERM_SUPPORT = "long-term-support"
    LEARNING_DISABILITY = "learning-disability"
    MENTAL_HEALTH = "mental-health"
    OCCUPATIONAL_THERAPY = "occupational-therapy"
    SAFEGUARDING = "safeguarding"
    COMMISSIONING = "commissioning"
    BUSINESS_SUPPORT = "business-support"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The service area as the director reads it."""
        return _SERVICE_AREA_LABELS[self]


_SERVICE_AREA_LABELS = {
    ServiceArea.FRONT_DOOR: "Front door / first contact",
    ServiceArea.REABLEMENT: "Reablement",
    ServiceArea.HOSPITAL_DISCHARGE: "Hospital discharge",
    ServiceArea.LONG_TERM_SUPPORT: "Long-term support",
    ServiceArea.LEARNING_DISABILITY: "Learning disability",
    ServiceArea.MENTAL_HEALTH: "Mental health and AMHP service",
    ServiceArea.OCCUPATIONAL_THERAPY: "Occupational therapy",
    ServiceArea.SAFEGUARDING: "Safeguarding",
    ServiceArea.COMMISSIONING: "Commissioning",
    ServiceArea.BUSINESS_SUPPORT: "Business support",
    ServiceArea.OTHER: "Other",
}


class NoteKind(enum.Enum):
    """Whether a note about a team records a strength or an area for development."""

    STRENGTH = "strength"
    DEVELOPMENT = "development"

    @property
    def label(self) -> str:
        """``Strength`` or ``Area for development``."""
        return "Strength" if self is NoteKind.STRENGTH else "Area for development"


# Where the director typically learns about a team; offered as suggestions, not a fixed list.
NOTE_SOURCES = (
    "Visit",
    "Team meeting",
    "Data review",
    "One-to-one",
    "Staff survey",
    "Briefing or roadshow",
    "Supervision and appraisal audit",
    "Feedback from people who draw on care",
)


class Role(enum.Enum):
    """The role in which a team has a capacity or skills gap."""

    SOCIAL_WORKER = "social-worker"
    SENIOR_PRACTITIONER = "senior-practitioner"
    AMHP = "amhp"
    OT = "ot"
    OT_ASSISTANT = "ot-assistant"
    REABLEMENT_WORKER = "reablement-worker"
    TEAM_MANAGER = "team-manager"
    COMMISSIONER = "commissioner"
    BUSINESS_SUPPORT = "business-support"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The role as the director reads it."""
        return _ROLE_LABELS[self]

    @property
    def in_sentence(self) -> str:
        """The role inside a sentence: ``social worker``, but ``AMHP`` and ``OT assistant``."""
        label = _ROLE_LABELS[self]
        if self is Role.OTHER:
            return "staffing"
        return label if label[:2].isupper() else label[0].lower() + label[1:]


_ROLE_LABELS = {
    Role.SOCIAL_WORKER: "Social worker",
    Role.SENIOR_PRACTITIONER: "Senior practitioner",
    Role.AMHP: "AMHP",
    Role.OT: "Occupational therapist",
    Role.OT_ASSISTANT: "OT assistant",
    Role.REABLEMENT_WORKER: "Reablement worker",
    Role.TEAM_MANAGER: "Team manager",
    Role.COMMISSIONER: "Commissioner",
    Role.BUSINESS_SUPPORT: "Business support",
    Role.OTHER: "Other role",
}


class Severity(enum.Enum):
    """How serious a gap is, from low to critical."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def label(self) -> str:
        """``Low``, ``Medium``, ``High`` or ``Critical``: a word, never colour alone."""
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        """0 for low up to 3 for critical, so the worst is the largest."""
        return _SEVERITY_ORDER.index(self)


_SEVERITY_ORDER = (Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL)


def worst_severity(severities: Iterable[Severity]) -> Severity | None:
    """The most serious of ``severities``, or None when there are none."""
    found = list(severities)
    return max(found, key=lambda s: s.rank) if found else None


class Mitigation(enum.Enum):
    """The alternative chosen to close a gap, from the options the guidance names."""

    SHARED_SERVICE = "shared-service"
    ASSISTANT_ROLES = "assistant-roles"
    INTERNATIONAL_RECRUITMENT = "international-recruitment"
    AUTOMATION = "automation"
    BUSINESS_SUPPORT = "business-support"
    GROW_YOUR_OWN = "grow-your-own"
    AGENCY_COVER = "agency-cover"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The mitigation as the director reads it."""
        return _MITIGATION_LABELS[self]


_MITIGATION_LABELS = {
    Mitigation.SHARED_SERVICE: "Shared service with neighbouring councils or the NHS",
    Mitigation.ASSISTANT_ROLES: "Assistant or apprentice roles",
    Mitigation.INTERNATIONAL_RECRUITMENT: "International recruitment",
    Mitigation.AUTOMATION: "Automation",
    Mitigation.BUSINESS_SUPPORT: "Business support to free up practitioners",
    Mitigation.GROW_YOUR_OWN: "Grow your own through teaching partnerships",
    Mitigation.AGENCY_COVER: "Agency cover",
    Mitigation.OTHER: "Other (see notes)",
}


class GapStatus(enum.Enum):
    """Where work on a gap has got to."""

    OPEN = "open"
    MITIGATING = "mitigating"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """``Open``, ``Mitigating`` or ``Closed``."""
        return self.value.capitalize()

    @property
    def is_open(self) -> bool:
        """True until the gap is closed (a gap being mitigated is still a gap)."""
        return self is not GapStatus.CLOSED
