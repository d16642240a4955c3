"""The words of the team register: service areas, roles, severities, mitigations, statuses.

Each term is an enum whose value is what the database stores and whose ``label`` is what the
director reads. The mitigations are the alternatives the guidance names for gaps that cannot
be filled by recruiting ("Culture and leadership", on reviewing workforce roles), so that a
register of gaps doubles as a record of which of them the department is trying.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


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


MAX_NAME = 200


MAX_NOTE = 2000


MAX_FTE = 10_000.0


# Teams may run a little over establishment (supernumerary posts such as newly qualified
# social workers in their assessed year), but not by more than this.
OVERSHOOT_SHARE = 0.10


OVERSHOOT_MIN_FTE = 1.0


FTE_LABELS = {
    "establishment": "Establishment",
    "in_post": "Staff in post",
    "vacancies": "Vacancies",
    "agency": "Agency staff",
    "gap_fte": "The gap",
}


def worked_out_vacancies(establishment: float, in_post: float) -> float:
    """Vacancies when none were given: establishment less staff in post, never below 0."""
    return round(max(0.0, establishment - in_post), 2)


def vacancy_rate(vacancies: float, establishment: float) -> float | None:
    """Vacancies as a share of establishment (0.125 for 12.5%); None with no establishment."""
    if establishment <= 0:
        return None
    return vacancies / establishment


# --- teams -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TeamDraft:
    """A team as typed in an editor: FTE figures may still be text."""

    name: str
    service_area: ServiceArea | str
    manager: str = ""
    base: str = ""
    establishment: float | str | None = 0.0
    in_post: float | str | None = 0.0
    vacancies: float | str | None = None
    agency: float | str | None = 0.0


@dataclass(frozen=True)
class CleanTeam:
    """A team's values once checked, ready to save."""

    name: str
    service_area: ServiceArea
    manager: str
    base: str
    establishment: float
    in_post: float
    vacancies: float | None
    agency: float


@dataclass(frozen=True)
class TeamRow:
    """A team as plain values, with counts of its notes and open gaps."""

    id: int
    name: str
    service_area: ServiceArea
    manager: str
    base: str
    establishment: float
    in_post: float
    vacancies_given: float | None
    agency: float
    strengths: int = 0
    developments: int = 0
    open_gaps: int = 0
    highest_severity: Severity | None = None

    @property
    def vacancies(self) -> float:
        """Vacancies as given, or worked out from establishment less staff in post."""
        if self.vacancies_given is not None:
            return self.vacancies_given
        return worked_out_vacancies(self.establishment, self.in_post)

    @property
    def vacancies_worked_out(self) -> bool:
        """True when vacancies were left blank and are worked out."""
        return self.vacancies_given is None

    @property
    def vacancy_rate(self) -> float | None:
        """Vacancies over establishment (None when the team has no establishment)."""
        return vacancy_rate(self.vacancies, self.establishment)

    def draft(self) -> TeamDraft:
        """The team as a draft, to prefill an editor."""
        return TeamDraft(
            name=self.name,
            service_area=self.service_area,
            manager=self.manager,
            base=self.base,
            establishment=self.establishment,
            in_post=self.in_post,
            vacancies=self.vacancies_given,
            agency=self.agency,
        )


# --- strengths and areas for development -------------------------------------------------
@dataclass(frozen=True)
class NoteRow:
    """A strength or area for development, as plain values."""

    id: int
    team_id: int
    kind: NoteKind
    text: str
    noted_on: dt.date
    source: str


# --- the department roll-up --------------------------------------------------------------
@dataclass(frozen=True)
class GapTally:
    """Open gaps of one role at one severity: how many, and the FTE of those given in FTE."""

    role: Role
    severity: Severity
    count: int
    fte: float


@dataclass(frozen=True)
class DepartmentRollUp:
    """The department's totals across teams, and its open gaps by role and severity."""

    teams: int
    establishment: float
    in_post: float
    vacancies: float
    agency: float
    teams_without_establishment: int
    open_gaps: int
    tallies: tuple[GapTally, ...] = field(default=())

    @property
    def vacancy_rate(self) -> float | None:
        """Vacancies across teams over establishment across teams (None with none)."""
        return vacancy_rate(self.vacancies, self.establishment)

    @property
    def agency_share(self) -> float | None:
        """Agency FTE as a share of establishment (None with no establishment)."""
        return self.agency / self.establishment if self.establishment > 0 else None

    def count(self, role: Role | None = None, severity: Severity | None = None) -> int:
        """Open gaps of ``role`` and/or ``severity`` (all open gaps when neither is given)."""
        return sum(
            t.count
            for t in self.tallies
            if (role is None or t.role is role) and (severity is None or t.severity is severity)
        )

    def gap_fte(self, role: Role | None = None) -> float:
        """FTE of open gaps given in FTE, for ``role`` or for every role."""
        return round(sum(t.fte for t in self.tallies if role is None or t.role is role), 2)

    def roles(self) -> list[Role]:
        """The roles with open gaps, in the order of :class:`Role`."""
        present = {t.role for t in self.tallies}
        return [r for r in Role if r in present]


def format_fte(value: float | None) -> str:
    """``12.5``, ``12.0`` or ``0.75``: one decimal place unless hundredths matter."""
    if value is None:
        return ""
    if round(value, 1) == round(value, 2):
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_rate(rate: float | None) -> str:
    """``12.5%``, or ``n/a`` when there is no establishment to divide by."""
    return "n/a" if rate is None else f"{100 * rate:.1f}%"
