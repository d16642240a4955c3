"""The demo director's own words for the two plans.

What the director has learned names the teams where vacancy and sickness are highest and
the share of staff with supervision in date: it is written from the demo's data (after the
figures exist), so the narrative never contradicts the Workforce and Teams pages.
"""

from __future__ import annotations

from dass_desktop.demo import quotes
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.narrative import PlanKind, Section, save_section
from dass_desktop.store import Store

HUNDRED_DAY = {
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
    Section.DECISIONS: (
        "Agree in principle a shared out-of-hours AMHP rota with the neighbouring council, "
        "so that talks with the NHS trust can start in January.\n"
        "Hold two social work posts for apprentices from September rather than advertising "
        "them."
    ),
    Section.RISKS: (
        "AMHP rota gaps at weekends; agency cover until March | Head of Mental Health | rising\n"
        "Sickness in Reablement North could slow hospital discharges over winter "
        "| Head of Reablement | steady\n"
        "Supervision not in date for every worker before the CQC assessment "
        "| Principal social worker | falling"
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
    Section.PRIORITIES: (
        "Workforce plan and OD programme agreed by March; succession for the three assistant "
        "director posts; a hybrid working model that keeps staff in the community."
    ),
    Section.DECISIONS: "Agree the workforce plan's investment case goes to the budget round.",
    Section.RISKS: (
        "Succession: three assistant directors could retire within two years "
        "| Director of Adult Social Services | new"
    ),
    Section.ASKS: "Backing for the workforce plan's investment case in the budget round.",
}


def learned(store: Store) -> str:
    """What the director has learned, with the teams and figures taken from the data."""
    rates = sorted(quotes.register_rates(store).items(), key=lambda pair: -pair[1])
    figures = quotes.latest_figures(store)
    sickness = sorted(
        ((name, f.get("sickness_days") or 0.0) for name, f in figures.items() if name),
        key=lambda pair: -pair[1],
    )
    vacancy = quotes.joined([quotes.short(name) for name, _ in rates[:2]])
    sick = quotes.joined([quotes.short(name) for name, _ in sickness[:2]])
    department = figures.get(None)
    supervision = None if department is None else department.get("supervision")
    words = ["The department is safe and staff are committed, but stretched."]
    if vacancy:
        words.append(f"Vacancy is highest in {vacancy}.")
    if sick:
        words.append(f"Sickness is highest in {sick}.")
    if supervision is not None:
        words.append(
            f"Supervision is in date for {quotes.percent(supervision)} of staff, where policy "
            "says everyone is supervised monthly."
        )
    words.append("Staff want to be heard and to see that something changes when they speak up.")
    return " ".join(words)


def write_narrative(store: Store) -> Changes:
    """Write the demo narrative for both plans (run after the figures are written)."""
    changes = Changes()
    for kind, sections in ((PlanKind.HUNDRED_DAY, HUNDRED_DAY), (PlanKind.SIX_MONTH, SIX_MONTH)):
        for section, text in {Section.LEARNED: learned(store), **sections}.items():
            changes |= save_section(store, kind, section, text)
    return changes
