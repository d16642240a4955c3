"""Capacity and skills gaps in teams, and turning a gap into an action in the plan.

A gap names a role and either an FTE figure or a description (or both), a severity, the
mitigation chosen, an owner, a status and a target date. :func:`gap_to_action` puts a gap
in the plan in one step and records the link, so the gap shows its action and the action is
never made twice. Every change commits one transaction and returns :class:`Changes`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dass_desktop.domain.dates import long_date
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_gap_terms import MAX_ACTION_TITLE, GapDraft, GapRow
from dass_desktop.domain.team_rules import parse_fte, tidy
from dass_desktop.domain.team_terms import (
    MAX_NOTE,
    GapStatus,
    Mitigation,
    Role,
    Severity,
    format_fte,
)


@dataclass(frozen=True)
class CleanGap:
    """A gap whose fields have been checked and tidied, ready to be written."""

    role: Role
    gap_fte: float | None
    description: str
    severity: Severity
    mitigation: Mitigation | None
    mitigation_notes: str
    owner: str
    status: GapStatus
    target_date: dt.date | None


def _text(value: str, field_name: str) -> str:
    cleaned = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    if len(cleaned) > MAX_NOTE:
        raise InvalidInput(field_name, f"Keep it under {MAX_NOTE} characters.")
    return cleaned


def validate_gap(draft: GapDraft) -> CleanGap:
    """Check a draft gap; raise :class:`InvalidInput` naming the first field at fault."""
    try:
        role = Role(draft.role)
    except ValueError:
        raise InvalidInput("role", "Choose the role the gap is in.") from None
    gap_fte = parse_fte(draft.gap_fte, "gap_fte", blank=None)
    description = _text(draft.description, "description")
    if gap_fte is None and not description:
        raise InvalidInput("gap_fte", "Give the gap in FTE, or describe it, or both.")
    if gap_fte == 0 and not description:
        raise InvalidInput("gap_fte", "A gap of 0 FTE is no gap; describe it instead.")
    try:
        severity = Severity(draft.severity)
    except ValueError:
        raise InvalidInput("severity", "Choose how severe the gap is.") from None
    try:
        mitigation = Mitigation(draft.mitigation) if draft.mitigation else None
    except ValueError:
        raise InvalidInput("mitigation", "Choose a mitigation from the list.") from None
    try:
        status = GapStatus(draft.status)
    except ValueError:
        raise InvalidInput("status", "Choose the gap's status.") from None
    return CleanGap(
        role=role,
        gap_fte=gap_fte,
        description=description,
        severity=severity,
        mitigation=mitigation,
        mitigation_notes=_text(draft.mitigation_notes, "mitigation_notes"),
        owner=tidy(draft.owner),
        status=status,
        target_date=draft.target_date,
    )


def register_order(gap: GapRow) -> tuple[object, ...]:
    """Where a gap stands in the register: open before closed, worst first, soonest target
    first, then by team name (case-folded) and id.
    """
    return (
        not gap.status.is_open,
        -gap.severity.rank,
        gap.target_date or dt.date.max,
        gap.team_name.casefold(),
        gap.id,
    )


def action_title(gap: GapRow) -> str:
    """The plan action's title for a gap, e.g. ``Close the AMHP gap in Mental Health (2.0 FTE)``."""
    size = f" ({format_fte(gap.gap_fte)} FTE)" if gap.gap_fte else ""
    title = f"Close the {gap.role.in_sentence} gap in {gap.team_name}{size}"
    return title if len(title) <= MAX_ACTION_TITLE else title[: MAX_ACTION_TITLE - 1] + "…"


def action_findings(gap: GapRow) -> str:
    """What the plan action carries over from the gap, so it reads on its own."""
    lines = [f"From the team register: {gap.severity.label.lower()} severity gap."]
    if gap.description:
        lines.append(gap.description)
    if gap.mitigation is not None:
        lines.append(f"Mitigation chosen: {gap.mitigation.label}.")
    if gap.mitigation_notes:
        lines.append(gap.mitigation_notes)
    if gap.target_date is not None:
        lines.append(f"Target date: {long_date(gap.target_date)}.")
    return "\n".join(lines)
