"""The demo director's plan: a believable spread of progress two months into the job."""

from __future__ import annotations

import datetime as dt
import random

from dass_desktop.domain import plan
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.plan import PlanRow, Rag, Status
from dass_desktop.store import Store

OWNERS = (
    "Assistant director, operations",
    "Head of HR business partnering",
    "Principal social worker",
    "Principal occupational therapist",
    "Head of commissioning",
    "Workforce development lead",
    "Me",
)

# What the demo director has found so far, keyed by template item.
FINDINGS = {
    "basics.structure": (
        "Three assistant directors (operations, commissioning, quality and safeguarding). "
        "The front door sits under commissioning for historical reasons: worth a look, not urgent."
    ),
    "basics.acting-roles": (
        "Four acting team managers, two for over 18 months (Reablement North and the AMHP "
        "service). Agreed with HR to advertise both substantively in January."
    ),
    "basics.vacancy-sickness-turnover": (
        "Vacancy 14% overall, 22% in the AMHP service. Sickness 11.8 days per FTE, mostly "
        "long-term stress-related in two teams. Turnover steady at 13%."
    ),
    "basics.supervision-system": (
        "Policy says monthly. Recording is in the case system but only 71% in date; "
        "managers say caseload pressure squeezes it first."
    ),
    "basics.two-way-communication": (
        "Monthly all-staff e-mail from the previous director, little two-way. Provider forum "
        "meets quarterly and wants more say in planning."
    ),
    "culture.accountabilities": (
        "Walked through the 2006 guidance with the monitoring officer. Professional "
        "leadership lines are clear through the principal social worker and principal OT."
    ),
    "culture.people-first": (
        "Met the carers' forum and Healthwatch. Themes: waiting for assessments, "
        "being asked the same questions twice, praise for reablement."
    ),
    "teams.meeting-points": "Weekly DMT on Mondays; monthly extended leadership team.",
    "visible.keep-in-touch": "Fortnightly 1:1s with the three ADs; open-door hour on Fridays.",
    "visible.briefings": "Started a fortnightly 'Friday five' e-mail and a monthly live Q&A.",
    "visible.informal-visits": (
        "Visited 10 of 13 teams so far. Common themes: IT, caseloads, hybrid working rules."
    ),
    "relationships.hr-director": (
        "Good first meeting with the HR director; agreed a monthly workforce dashboard."
    ),
    "relationships.mentor": "Mentor arranged through the ADASS region: a director of 8 years.",
    "self.pace": "Protecting Wednesday afternoons for thinking time. Mostly holding.",
    "basics.benchmark": (
        "Asked the performance team for CIPFA family comparisons; first cut due next week."
    ),
    "teams.staff-survey": (
        "Last full survey was 2024 (41% response). Planning a snap survey on wellbeing."
    ),
    "roles.80-20": (
        "Practitioners estimate 35-40% of time on admin and recording. Business support pilot "
        "being scoped with the long-term support teams."
    ),
    "culture.wellbeing": (
        "Council offer is good on paper; staff say they do not know how to reach it."
    ),
}

NOT_APPLICABLE = {
    "roles.international": (
        "Not this year: the teaching partnership and the step-up programme give a steady "
        "local pipeline. Revisit if AMHP vacancies stay above 20%."
    ),
}

EVIDENCE = {
    "basics.structure": (
        "https://intranet.northmoor.example/asc/structure-chart",
        "Structure chart",
    ),
    "basics.vacancy-sickness-turnover": (
        "https://intranet.northmoor.example/hr/workforce-dashboard-october.xlsx",
        "HR workforce dashboard, October",
    ),
}

DIRECTOR_ACTIONS = (
    (
        "Agree a plan for the two long-running acting team manager posts",
        40,
        "Head of HR business partnering",
    ),
    ("Bring the AMHP rota gap to the ICB workforce group", 75, "Assistant director, operations"),
    ("Publish the first 'you said, we did' in the Friday five", 90, "Me"),
)


FOLLOW_UPS = (
    "Follow up with {team} on {topic}",
    "Agree next steps on {topic} with {team}",
    "Report back to {team} on {topic}",
)
TOPICS = ("caseloads", "supervision", "IT kit", "hybrid working", "recruitment", "training")
TEAMS = ("the front door", "Reablement North", "the AMHP service", "long-term support")


def write_plan(
    store: Store, start: dt.date, today: dt.date, rng: random.Random, scale: int = 1
) -> Changes:
    """Seed the checklist and give it a believable state as of ``today``.

    ``scale`` above 1 adds that many times the checklist's size again in follow-up actions,
    for trying the app (and its exports) with a heavy plan.
    """
    changes = seed_from_templates(store)
    rows = plan.list_items(store, start)
    for row in rows:
        changes |= _progress(store, row, today, rng)
    themes = {t.template_key: t.id for t in plan.list_themes(store)}
    for title, day, owner in DIRECTOR_ACTIONS:
        due = start + dt.timedelta(days=day - 1)
        item_id, added = plan.add_item(
            store,
            theme_id=themes["basics"],
            title=title,
            kind="action",
            phase=plan.PlanPhase.of_day(day),
            due_date=due,
            owner=owner,
        )
        changes |= added
        if due < today - dt.timedelta(days=10):
            changes |= plan.update_item(store, item_id, today, status=Status.DONE, rag=Rag.GREEN)
    theme_ids = list(themes.values())
    for _ in range((scale - 1) * len(rows)):
        day = rng.randint(1, 183)
        title = rng.choice(FOLLOW_UPS).format(team=rng.choice(TEAMS), topic=rng.choice(TOPICS))
        _id, added = plan.add_item(
            store,
            theme_id=rng.choice(theme_ids),
            title=title,
            kind="action",
            phase=plan.PlanPhase.of_day(day),
            due_date=start + dt.timedelta(days=day - 1),
            owner=rng.choice(OWNERS),
        )
        changes |= added
    return changes


def _progress(store: Store, row: PlanRow, today: dt.date, rng: random.Random) -> Changes:
    due = row.due or today
    days_late = (today - due).days
    fields: dict[str, object] = {"owner": rng.choice(OWNERS)}
    if row.template_key in FINDINGS:
        fields["findings"] = FINDINGS[row.template_key]
    if row.template_key in NOT_APPLICABLE:
        fields["status"] = Status.NOT_APPLICABLE
        fields["findings"] = NOT_APPLICABLE[row.template_key]
    elif days_late > 0:
        if rng.random() < 0.8:
            fields["status"] = Status.DONE
            fields["rag"] = Rag.GREEN if rng.random() < 0.8 else Rag.AMBER
        else:
            fields["status"] = Status.IN_PROGRESS
            fields["rag"] = Rag.RED if rng.random() < 0.5 else Rag.AMBER
    elif days_late > -40:
        if rng.random() < 0.5 or row.template_key in FINDINGS:
            fields["status"] = Status.IN_PROGRESS
            fields["rag"] = rng.choice((Rag.GREEN, Rag.AMBER, Rag.AMBER, Rag.RED))
    else:
        if rng.random() < 0.7:
            fields.pop("owner")
    changes = plan.update_item(store, row.id, today, **fields)
    if row.template_key in EVIDENCE:
        target, label = EVIDENCE[row.template_key]
        _link, added = plan.add_evidence(store, row.id, target, today, label)
        changes |= added
    return changes
