"""The database tables, as SQLAlchemy 2 typed models, one module per part of the job.

Every change to these models needs an Alembic revision in ``migrations/versions`` and a
fixture database from the revision before it (see tests/store/test_migrations.py).
Import every model module here so that ``Base.metadata`` knows every table.
"""

from dass_desktop.store.models.base import Base
from dass_desktop.store.models.contacts import (
    Engagement,
    EngagementAction,
    EngagementParticipant,
    EngagementTeam,
    EngagementTheme,
    Stakeholder,
)
from dass_desktop.store.models.development import (
    DevelopmentAction,
    DevelopmentLink,
    DevelopmentRecord,
    JournalEntry,
    WellbeingCheckIn,
)
from dass_desktop.store.models.meetings import (
    AgendaPoint,
    Commitment,
    Expectation,
    ExpectationVersion,
    Meeting,
    MeetingDecision,
    RegisterEntry,
    RegisterLink,
)
from dass_desktop.store.models.narrative import PlanNarrative
from dass_desktop.store.models.plan import (
    EvidenceLink,
    PlanItem,
    PracticeLog,
    SeededTemplate,
    Theme,
)
from dass_desktop.store.models.profile import DEFAULT_MARKING, Profile
from dass_desktop.store.models.recognition import (
    AwardCategory,
    AwardNomination,
    AwardRound,
    Recognition,
)
from dass_desktop.store.models.teams import Team, TeamGap, TeamNote
from dass_desktop.store.models.workforce import (
    ComparatorCouncil,
    ComparatorValue,
    DiversityFigure,
    ImportMapping,
    WorkforceScope,
    WorkforceTarget,
    WorkforceValue,
)

__all__ = [
    "DEFAULT_MARKING",
    "AgendaPoint",
    "AwardCategory",
    "AwardNomination",
    "AwardRound",
    "Base",
    "Commitment",
    "ComparatorCouncil",
    "ComparatorValue",
    "DevelopmentAction",
    "DevelopmentLink",
    "DevelopmentRecord",
    "DiversityFigure",
    "Engagement",
    "EngagementAction",
    "EngagementParticipant",
    "EngagementTeam",
    "EngagementTheme",
    "EvidenceLink",
    "Expectation",
    "ExpectationVersion",
    "ImportMapping",
    "JournalEntry",
    "Meeting",
    "MeetingDecision",
    "PlanItem",
    "PlanNarrative",
    "PracticeLog",
    "Profile",
    "Recognition",
    "RegisterEntry",
    "RegisterLink",
    "SeededTemplate",
    "Stakeholder",
    "Team",
    "TeamGap",
    "TeamNote",
    "Theme",
    "WellbeingCheckIn",
    "WorkforceScope",
    "WorkforceTarget",
    "WorkforceValue",
]
