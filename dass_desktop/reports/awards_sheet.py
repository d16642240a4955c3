"""The one-page awards sheet: each category's winners, why, and who else was shortlisted.

Bounded to one A4 page at any size: at most :data:`MOST_CATEGORIES` categories, two winners
and six others each, reasons cut to a sentence or two. With names left out, people appear
as "A colleague" and every reason passes through the one redactor; teams keep their names.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from dass_desktop.domain.award_rules import sheet_lines
from dass_desktop.domain.award_terms import RoundRow
from dass_desktop.domain.dates import long_date
from dass_desktop.reports.context import ReportContext
from dass_desktop.reports.flow import data_table, gap, para, truncated

MOST_CATEGORIES = 8
MOST_WINNERS = 2
MOST_OTHERS = 6
REASON_CHARACTERS = 170


def awards_story(ctx: ReportContext, award_round: RoundRow | None) -> list[Flowable]:
    """The sheet's flowables for ``award_round`` (a sentence when there is none)."""
    if award_round is None:
        return [para("Staff awards", "front_title"), para("No award round yet.", "note")]
    when = f"{long_date(award_round.event_on)}" if award_round.event_on else "Date to be set"
    where = f" · {award_round.venue}" if award_round.venue else ""
    parts: list[Flowable] = [
        para(award_round.name, "front_title"),
        para(f"{ctx.council} adult social care · {when}{where}", "subtitle"),
        gap(3),
    ]
    lines = sheet_lines(award_round, names=ctx.names)
    rows = []
    for line in lines[:MOST_CATEGORIES]:
        winners = "\n".join(
            f"★ {ctx.redact(who)}: {truncated(ctx.redact(why), REASON_CHARACTERS)[0]}"
            for who, why in line.winners[:MOST_WINNERS]
        )
        others = [ctx.redact(o) for o in line.shortlisted]
        shown = ", ".join(dict.fromkeys(others[:MOST_OTHERS]))
        if len(others) > MOST_OTHERS:
            shown += f" and {len(others) - MOST_OTHERS} more"
        rows.append([line.category, winners or "To be announced", shown or "–"])
    if rows:
        parts.append(data_table(["Category", "Winner and why", "Also shortlisted"], rows))
    else:
        parts.append(para("No categories in this round yet.", "note"))
    if len(lines) > MOST_CATEGORIES:
        parts.append(
            para(f"And {len(lines) - MOST_CATEGORIES} more categories, on the night.", "small")
        )
    nominations = award_round.nomination_count
    parts += [
        gap(3),
        para(
            f"{nominations} nominations across {len(lines)} categories. Thank you to everyone "
            "who nominated a colleague or a team, and to everyone nominated.",
            "body",
        ),
    ]
    if not ctx.names:
        parts.append(para("Individuals are not named on this copy.", "small"))
    return parts
