"""The words of the contacts book and the visit log: categories, cadences, kinds, themes.

Each term is an enum whose value is what the database stores and whose ``label`` is what the
director reads. The kinds of engagement are the ways of keeping in touch the guidance names
("Culture and leadership": informal visits, regular briefings, staff roadshows, meeting
points with the leadership, away days), plus the partner meetings and calls of any week.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum


class Category(enum.Enum):
    """The kind of person or organisation a stakeholder is."""

    COUNCIL_LEADERSHIP = "council-leadership"
    ELECTED_MEMBERS = "elected-members"
    HR_AND_OD = "hr-od"
    FINANCE = "finance"
    NHS_AND_ICB = "nhs-icb"
    CARE_PROVIDERS = "providers"
    VOLUNTARY_SECTOR = "voluntary-sector"
    TRADE_UNIONS = "unions"
    NETWORKS = "networks"
    REGULATORS = "regulators"
    EDUCATION = "education"
    PEOPLE_AND_CARERS = "people-carers"
    STAFF = "staff"

    @property
    def label(self) -> str:
        """The category as the director reads it."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.COUNCIL_LEADERSHIP: "Council leadership",
    Category.ELECTED_MEMBERS: "Elected members",
    Category.HR_AND_OD: "HR and OD",
    Category.FINANCE: "Finance",
    Category.NHS_AND_ICB: "NHS and ICB",
    Category.CARE_PROVIDERS: "Care providers",
    Category.VOLUNTARY_SECTOR: "Voluntary and community sector",
    Category.TRADE_UNIONS: "Trade unions",
    Category.NETWORKS: "ADASS and regional networks",
    Category.REGULATORS: "Regulators (CQC)",
    Category.EDUCATION: "Education and teaching partnerships",
    Category.PEOPLE_AND_CARERS: "People who draw on care and carers' groups",
    Category.STAFF: "Staff",
}


class Cadence(enum.Enum):
    """How often the director means to be in touch with someone."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    SIX_WEEKLY = "six-weekly"
    QUARTERLY = "quarterly"
    SIX_MONTHLY = "six-monthly"
    NONE = "none"

    @property
    def label(self) -> str:
        """``Every 2 weeks``, ``Monthly``, ``None`` and so on."""
        return _CADENCE_LABELS[self]

    def after(self, day: dt.date) -> dt.date | None:
        """The date contact is next due after contact on ``day`` (None for no cadence).

        Monthly cadences count calendar months, keeping the day of the month where it exists
        (31 Jan plus a month is 28 or 29 Feb).
        """
        if self is Cadence.NONE:
            return None
        weeks = {Cadence.WEEKLY: 1, Cadence.FORTNIGHTLY: 2, Cadence.SIX_WEEKLY: 6}
        if self in weeks:
            return day + dt.timedelta(weeks=weeks[self])
        months = {Cadence.MONTHLY: 1, Cadence.QUARTERLY: 3, Cadence.SIX_MONTHLY: 6}[self]
        return add_months(day, months)


_CADENCE_LABELS = {
    Cadence.WEEKLY: "Weekly",
    Cadence.FORTNIGHTLY: "Every 2 weeks",
    Cadence.MONTHLY: "Monthly",
    Cadence.SIX_WEEKLY: "Every 6 weeks",
    Cadence.QUARTERLY: "Quarterly",
    Cadence.SIX_MONTHLY: "Every 6 months",
    Cadence.NONE: "None",
}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the end of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class EngagementKind(enum.Enum):
    """What sort of visit, meeting or briefing an engagement was."""

    INFORMAL_VISIT = "informal-visit"
    TEAM_MEETING = "team-meeting"
    STAFF_BRIEFING = "staff-briefing"
    ROADSHOW = "roadshow"
    ONE_TO_ONE = "one-to-one"
    AWAY_DAY = "away-day"
    PARTNER_MEETING = "partner-meeting"
    WRITTEN_BRIEFING = "written-briefing"
    CALL = "call"

    @property
    def label(self) -> str:
        """The kind as the director reads it."""
        return _KIND_LABELS[self]

    @property
    def short(self) -> str:
        """A short label for a narrow column: ``Visit``, ``One-to-one``, ``Call``."""
        return _KIND_SHORT[self]

    @property
    def plural(self) -> str:
        """The kind in a count: ``3 informal visits``, ``2 one-to-ones``."""
        return _KIND_PLURALS[self]

    @property
    def is_with_staff(self) -> bool:
        """True for the kinds that meet staff, where a head count means something."""
        return self in (
            EngagementKind.INFORMAL_VISIT,
            EngagementKind.TEAM_MEETING,
            EngagementKind.STAFF_BRIEFING,
            EngagementKind.ROADSHOW,
            EngagementKind.AWAY_DAY,
        )


_KIND_LABELS = {
    EngagementKind.INFORMAL_VISIT: "Informal visit",
    EngagementKind.TEAM_MEETING: "Team meeting",
    EngagementKind.STAFF_BRIEFING: "Staff briefing",
    EngagementKind.ROADSHOW: "Staff roadshow",
    EngagementKind.ONE_TO_ONE: "One-to-one or supervision",
    EngagementKind.AWAY_DAY: "Away day",
    EngagementKind.PARTNER_MEETING: "Partner meeting",
    EngagementKind.WRITTEN_BRIEFING: "Newsletter or written briefing",
    EngagementKind.CALL: "Phone or video call",
}

_KIND_SHORT = {
    EngagementKind.INFORMAL_VISIT: "Visit",
    EngagementKind.TEAM_MEETING: "Team meeting",
    EngagementKind.STAFF_BRIEFING: "Briefing",
    EngagementKind.ROADSHOW: "Roadshow",
    EngagementKind.ONE_TO_ONE: "One-to-one",
    EngagementKind.AWAY_DAY: "Away day",
    EngagementKind.PARTNER_MEETING: "Partner meeting",
    EngagementKind.WRITTEN_BRIEFING: "Written briefing",
    EngagementKind.CALL: "Call",
}
_KIND_PLURALS = {
    EngagementKind.INFORMAL_VISIT: "informal visits",
    EngagementKind.TEAM_MEETING: "team meetings",
    EngagementKind.STAFF_BRIEFING: "staff briefings",
    EngagementKind.ROADSHOW: "roadshows",
    EngagementKind.ONE_TO_ONE: "one-to-ones",
    EngagementKind.AWAY_DAY: "away days",
    EngagementKind.PARTNER_MEETING: "partner meetings",
    EngagementKind.WRITTEN_BRIEFING: "written briefings",
    EngagementKind.CALL: "calls",
}

# Themes staff and partners raise most; offered as suggestions, never a fixed list.
THEME_SUGGESTIONS = (
    "workload",
    "caseloads",
    "recruitment",
    "supervision",
    "IT and systems",
    "hybrid working",
    "wellbeing",
    "pay",
    "training",
    "hospital discharge",
    "practice time",
)
MAX_THEME = 60


def clean_theme(text: str) -> str:
    """A theme tidied for storing: single spaces, at most 60 characters, no commas.

    A suggested theme keeps the suggestion's spelling whatever case it was typed in, so
    "it and systems" and "IT and systems" count as one theme.
    """
    cleaned = " ".join(text.replace(",", " ").split())[:MAX_THEME]
    for suggestion in THEME_SUGGESTIONS:
        if suggestion.casefold() == cleaned.casefold():
            return suggestion
    if cleaned[:1].isupper() and cleaned[1:2].islower():
        return cleaned[0].lower() + cleaned[1:]  # "Parking" and "parking" are one theme
    return cleaned


def split_themes(text: str) -> list[str]:
    """Themes typed as a comma-separated list, tidied, without repeats, in order typed."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        theme = clean_theme(part)
        if theme and theme.casefold() not in seen:
            seen[theme.casefold()] = theme
    return list(seen.values())


class Quadrant(enum.Enum):
    """Where someone sits on the classic influence and interest map, and what that asks."""

    MANAGE_CLOSELY = "manage-closely"
    KEEP_SATISFIED = "keep-satisfied"
    KEEP_INFORMED = "keep-informed"
    MONITOR = "monitor"

    @property
    def label(self) -> str:
        """``Manage closely``, ``Keep satisfied``, ``Keep informed`` or ``Monitor``."""
        return self.value.replace("-", " ").capitalize()


# Scores run 1 to 5; 3 and above counts as high, so a middling score errs towards attention.
HIGH_SCORE = 3


def quadrant(influence: int, interest: int) -> Quadrant:
    """The quadrant for an influence and an interest score (each 1 to 5)."""
    if influence >= HIGH_SCORE:
        return Quadrant.MANAGE_CLOSELY if interest >= HIGH_SCORE else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if interest >= HIGH_SCORE else Quadrant.MONITOR
