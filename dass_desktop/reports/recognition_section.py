"""The six-month plan's half page on celebrating success and the director's development.

Counts and themes of recognition since the start, teams thanked, the latest award round,
and development highlights: bounded to a few lines at any size. Private journal entries
are never read here; with names left out, people become roles through the one redactor.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from dass_desktop.domain import award_store, development_store, recognition_store
from dass_desktop.domain.development_rules import highlights
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.flow import bullets, facts_table, nothing_yet, section_start, truncated

TITLE = "Celebrating success and my development"


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


MOST_LINES = 3


def celebrating_and_development(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables: a few facts and up to three development highlights."""
    store = ctx.overview.store
    start = ctx.profile.start_date if ctx.profile else None
    thanks = recognition_store.summary(store, since=start, until=ctx.today)
    rounds = award_store.list_rounds(store)
    growth = highlights(
        development_store.list_records(store),
        since=start,
        until=ctx.today,
        top=MOST_LINES,
        names=ctx.names,
    )
    if not thanks.count and not rounds and not growth.lines:
        return section_start(TITLE, [nothing_yet("No recognition or development logged yet.")])
    facts: list[tuple[str, str]] = [
        (
            "Recognition",
            f"{_n(thanks.count, 'thanks or shout-out', 'thanks and shout-outs')} logged; "
            f"{thanks.teams_thanked} of {_n(thanks.teams_total, 'team', 'teams')} thanked",
        )
    ]
    if thanks.themes:
        facts.append(("Themes", ", ".join(f"{t} ({n})" for t, n in thanks.themes[:4])))
    if thanks.by_way:
        facts.append(("Shared", ", ".join(f"{w.lower()} ({n})" for w, n in thanks.by_way[:4])))
    if rounds:
        latest = rounds[0]
        winners = sum(len(c.winners) for c in latest.categories)
        facts.append(
            (
                "Staff awards",
                f"{truncated(latest.name, 60)[0]}: "
                f"{_n(latest.nomination_count, 'nomination', 'nominations')}, "
                f"{_n(len(latest.categories), 'category', 'categories')}, "
                f"{_n(winners, 'winner', 'winners')}",
            )
        )
    facts.append(
        (
            "My development",
            f"{_n(growth.sessions, 'mentor, coach or peer session')}; "
            f"{_n(growth.feedback_rounds, '360-degree feedback round')} "
            f"({growth.actions_done} of {growth.actions_total} actions done); "
            f"{_n(growth.events, 'learning or network event')}",
        )
    )
    parts: list[Flowable] = [facts_table(facts)]
    if growth.lines:
        parts += bullets([truncated(ctx.redact(line), 160)[0] for line in growth.lines], "small")
    return section_start(TITLE, parts)
