"""The demo director's plan: a believable spread of progress two months into the job."""

from __future__ import annotations

import datetime as dt
import random

from dass_desktop.demo import quotes, roles
from dass_desktop.domain import plan_store, workforce_rules, workforce_store, workforce_terms
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.guidance import seed_from_templates
from dass_desktop.domain.plan_terms import KEEP, Keep, PlanRow, Rag, Status
from dass_desktop.domain.timeline import Phase
from dass_desktop.domain.working_days import next_working_day
from dass_desktop.store import Store

OWNERS = (
    roles.AD_OPERATIONS,
    roles.HR_PARTNERING,
    roles.PSW,
    roles.POT,
    roles.HEAD_COMMISSIONING,
    roles.WORKFORCE_LEAD,
    roles.ME,
)

# The director's own items (their development, mentor, peers and ADASS region): theirs alone.
DIRECTOR_OWN = (
    "self.",
    "relationships.mentor",
    "relationships.peer-support",
    "relationships.adass",
)

# What the demo director has found so far, keyed by template item. Findings that quote the
# department's figures are in FIGURE_FINDINGS, written once the figures exist.
FINDINGS = {
    "basics.structure": (
        "Three assistant directors (operations, commissioning, quality and safeguarding). "
        "The front door sits under commissioning for historical reasons: worth a look, not urgent."
    ),
    "basics.acting-roles": (
        "Four acting team managers, two for over 18 months (Reablement North and the AMHP "
        "service). Agreed with HR to advertise both substantively in January."
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
    "relationships.hr-director": (
        "Good first meeting with the HR director; agreed a monthly workforce dashboard."
    ),
    "relationships.mentor": "Mentor arranged through the ADASS region: a director of 8 years.",
    "basics.benchmark": (
        "The performance team now produces regional and CIPFA family comparisons each "
        "quarter; the first went to DMT in week four."
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
        "Not for the department as a whole: the teaching partnership and the step-up "
        "programme give a steady local pipeline. The exception is mental health, which joins "
        "the regional international recruitment cohort for AMHP and social work posts."
    ),
}

EVIDENCE = {
    "basics.structure": (
        "https://intranet.northmoor.example/asc/structure-chart",
        "Structure chart",
    ),
}

DIRECTOR_ACTIONS = (
    (
        "Agree a plan for the two long-running acting team manager posts",
        40,
        roles.HR_PARTNERING,
    ),
    ("Bring the AMHP rota gap to the ICB workforce group", 75, roles.AD_OPERATIONS),
    ("Publish the first 'you said, we did' in the Friday five", 90, roles.ME),
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
    rows = plan_store.list_items(store, start)
    for row in rows:
        changes |= _progress(store, row, today, rng)
    themes = {t.template_key: t.id for t in plan_store.list_themes(store)}
    for title, day, owner in DIRECTOR_ACTIONS:
        due = next_working_day(start + dt.timedelta(days=day - 1))
        item_id, added = plan_store.add_item(
            store,
            theme_id=themes["basics"],
            title=title,
            kind="action",
            phase=Phase.of_day(day),
            due_date=due,
            owner=owner,
        )
        changes |= added
        if due < today - dt.timedelta(days=10):
            done_on = _done_on(due, today, rng)
            changes |= plan_store.update_item(
                store, item_id, done_on, status=Status.DONE, rag=Rag.GREEN
            )
    theme_ids = list(themes.values())
    for _ in range((scale - 1) * len(rows)):
        day = rng.randint(1, 183)
        title = rng.choice(FOLLOW_UPS).format(team=rng.choice(TEAMS), topic=rng.choice(TOPICS))
        _id, added = plan_store.add_item(
            store,
            theme_id=rng.choice(theme_ids),
            title=title,
            kind="action",
            phase=Phase.of_day(day),
            due_date=next_working_day(start + dt.timedelta(days=day - 1)),
            owner=rng.choice(OWNERS),
        )
        changes |= added
    return changes


def _done_on(due: dt.date, today: dt.date, rng: random.Random) -> dt.date:
    """A believable day an item was finished: around its due date, never after today."""
    return min(today, due + dt.timedelta(days=rng.randint(-6, 4)))


def _progress(store: Store, row: PlanRow, today: dt.date, rng: random.Random) -> Changes:
    if row.kind == "practice":  # kept up or lapsed by its log: see demo/practices.py
        return plan_store.update_item(store, row.id, today, owner="Me")
    due = row.due or today
    days_late = (today - due).days
    owner: str | Keep = rng.choice(OWNERS)
    findings: str | Keep = KEEP
    status: Status | Keep = KEEP
    rag: Rag | Keep | None = KEEP
    if row.template_key in FINDINGS:
        findings = FINDINGS[row.template_key]
    found = row.template_key in FINDINGS or row.template_key in FIGURE_FINDINGS
    if row.template_key in NOT_APPLICABLE:
        status = Status.NOT_APPLICABLE
        findings = NOT_APPLICABLE[row.template_key]
    elif days_late > 0:
        if rng.random() < 0.8:
            status = Status.DONE
            rag = Rag.GREEN if rng.random() < 0.8 else Rag.AMBER
        else:
            status = Status.IN_PROGRESS
            rag = Rag.RED if rng.random() < 0.5 else Rag.AMBER
    elif days_late > -40:
        if rng.random() < 0.5 or found:
            status = Status.IN_PROGRESS
            rag = rng.choice((Rag.GREEN, Rag.AMBER, Rag.AMBER, Rag.RED))
    else:
        if rng.random() < 0.7:
            owner = KEEP
    if (row.template_key or "").startswith(DIRECTOR_OWN):
        owner = roles.ME
    when = _done_on(due, today, rng) if status is Status.DONE else today
    changes = plan_store.update_item(
        store, row.id, when, owner=owner, findings=findings, status=status, rag=rag
    )
    if row.template_key in EVIDENCE:
        target, label = EVIDENCE[row.template_key]
        _link, added = plan_store.add_evidence(store, row.id, target, today, label)
        changes |= added
    return changes


def _workforce_finding(store: Store, today: dt.date) -> str:
    figures = quotes.latest_figures(store)
    department = figures[None]
    rates = sorted(quotes.register_rates(store).items(), key=lambda pair: -pair[1])
    highest = quotes.joined([f"{quotes.short(n)} ({quotes.percent(r)})" for n, r in rates[:3]])
    sickness = sorted(
        ((n, f.get("sickness_days")) for n, f in figures.items() if n is not None),
        key=lambda pair: -(pair[1] or 0.0),
    )
    worst = quotes.joined([quotes.short(n or "") for n, _ in sickness[:2]])
    overall = quotes.department_rate(store)
    words = [f"Vacancy {quotes.percent(overall or 0.0)} across the department"]
    words[0] += f", highest in {highest}." if highest else "."
    days = department.get("sickness_days")
    if days is not None:
        words.append(
            f"Sickness {days:.1f} days per FTE over the last 12 months, mostly long-term "
            f"stress-related; highest in {worst}."
        )
    turnover = department.get("turnover_rate")
    if turnover is not None:
        words.append(f"Turnover {quotes.percent(turnover)} over the last 12 months.")
    return " ".join(words)


def _supervision_finding(store: Store, today: dt.date) -> str:
    value = quotes.latest_figures(store)[None].get("supervision")
    target = workforce_store.targets(store).get("supervision")
    if value is None:
        return "Policy says monthly; managers say caseload pressure squeezes it first."
    against = f", against our {quotes.percent(target)} target" if target is not None else ""
    return (
        f"Policy says monthly. Recording is in the case system: {quotes.percent(value)} of "
        f"staff have supervision in date{against}. Managers say caseload pressure squeezes "
        "it first."
    )


def _visits_finding(store: Store, today: dt.date) -> str:
    visited, register = quotes.teams_visited(store, today)
    return (
        f"Visited {visited} of {register} teams so far. Common themes: IT, caseloads, "
        "hybrid working rules."
    )


def _survey_finding(store: Store, today: dt.date) -> str:
    department = quotes.latest_figures(store)[None]
    department_id = next(s.id for s in workforce_store.list_scopes(store) if s.is_department)
    full = workforce_rules.latest(
        workforce_store.load_series(store, department_id, "engagement_full")
    )
    snap = workforce_rules.latest(
        workforce_store.load_series(store, department_id, "engagement_snap")
    )
    words = []
    if full is not None:
        words.append(
            f"Last full staff survey {workforce_terms.month_label(full.period)}: engagement "
            f"{quotes.percent(full.value)}."
        )
    if snap is not None and department.get("engagement_snap") is not None:
        latest = workforce_terms.month_label(snap.period)
        words.append(
            f"Quarterly snap surveys since; the latest ({latest}) {quotes.percent(snap.value)}."
        )
    words.append("Planning wellbeing questions for the next snap survey.")
    return " ".join(words)


# Findings that quote the data, keyed by template item: written after the data exists.
FIGURE_FINDINGS = {
    "basics.vacancy-sickness-turnover": _workforce_finding,
    "basics.supervision-system": _supervision_finding,
    "practice.two-way": _visits_finding,
    "teams.staff-survey": _survey_finding,
}


def write_figure_findings(store: Store, start: dt.date, today: dt.date) -> Changes:
    """Write the findings that quote the demo's figures, from the figures themselves.

    Run last, once the teams, workforce figures and visits exist; the workforce dashboard
    the director keeps as evidence is named for the month the latest figures cover.
    """
    changes = Changes()
    department = quotes.latest_figures(store).get(None)
    for row in plan_store.list_items(store, start):
        write = FIGURE_FINDINGS.get(row.template_key or "")
        if write is None:
            continue
        changes |= plan_store.update_item(store, row.id, today, findings=write(store, today))
        if row.template_key == "basics.vacancy-sickness-turnover" and department is not None:
            month = workforce_terms.month_label(department.month) if department.month else "latest"
            _link, added = plan_store.add_evidence(
                store,
                row.id,
                "https://intranet.northmoor.example/hr/workforce-dashboard-"
                + month.lower().replace(" ", "-")
                + ".xlsx",
                today,
                f"HR workforce dashboard, {month}",
            )
            changes |= added
    return changes
