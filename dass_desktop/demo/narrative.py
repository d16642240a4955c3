"""The demo director's own words for the two plans."""

from __future__ import annotations

from dass_desktop.domain.changes import Changes
from dass_desktop.domain.narrative import PlanKind, Section, save_section
from dass_desktop.store import Store

HUNDRED_DAY = {
    Section.LEARNED: (
        "The department is safe and staff are committed, but stretched. Vacancy is highest "
        "in the AMHP service and long-term support, sickness is concentrated in two teams, "
        "and supervision happens less often than policy says. Staff want to be heard and to "
        "see that something changes when they speak up."
    ),
    Section.EARLY_WINS: (
        "Fortnightly 'Friday five' briefing and a monthly live Q&A started.\n"
        "Agreed with HR to advertise the two long-running acting team manager posts.\n"
        "Mentor in place through the ADASS region."
    ),
    Section.PRIORITIES: (
        "1. Supervision: back to monthly for everyone, with an audit before the CQC visit.\n"
        "2. AMHP rota: a shared arrangement with the neighbouring council and the NHS trust.\n"
        "3. Practice time: pilot business support in two long-term support teams."
    ),
    Section.RISKS: (
        "AMHP rota gaps at weekends; mitigated by agency cover until March. "
        "Sickness in Reablement North could affect hospital discharge over winter."
    ),
    Section.ASKS: (
        "Support for a shared AMHP service with the neighbouring council.\n"
        "Agreement to hold two social work posts for apprentices from September."
    ),
    Section.NEXT_30_DAYS: (
        "Finish team visits, run the wellbeing snap survey, and bring the workforce plan "
        "outline to DMT."
    ),
}

SIX_MONTH = {
    Section.LEARNED: HUNDRED_DAY[Section.LEARNED],
    Section.PRIORITIES: (
        "Workforce plan and OD programme agreed by March; succession for the three assistant "
        "director posts; a hybrid working model that keeps staff in the community."
    ),
    Section.ASKS: "Backing for the workforce plan's investment case in the budget round.",
}


def write_narrative(store: Store) -> Changes:
    """Write the demo narrative for both plans."""
    changes = Changes()
    for kind, sections in ((PlanKind.HUNDRED_DAY, HUNDRED_DAY), (PlanKind.SIX_MONTH, SIX_MONTH)):
        for section, text in sections.items():
            changes |= save_section(store, kind, section, text)
    return changes
