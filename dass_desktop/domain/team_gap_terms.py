"""The words and row types of a team's staffing gaps: the draft and the row read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dass_desktop.domain import plan_terms
from dass_desktop.domain.team_terms import GapStatus, Mitigation, Role, Severity, format_fte

MAX_ACTION_TITLE = 160


@dataclass(frozen=True)
class GapDraft:
    """A gap as typed in an editor: the FTE figure may still be text."""

    role: Role | str
    gap_fte: float | str | None = None
    description: str = ""
    severity: Severity | str = Severity.MEDIUM
    mitigation: Mitigation | str | None = None
    mitigation_notes: str = ""
    owner: str = ""
    status: GapStatus | str = GapStatus.OPEN
    target_date: dt.date | None = None


@dataclass(frozen=True)
class GapRow:
    """A gap as plain values, with its team's name and the plan action made from it."""

    id: int
    team_id: int
    team_name: str
    role: Role
    gap_fte: float | None
    description: str
    severity: Severity
    mitigation: Mitigation | None
    mitigation_notes: str
    owner: str
    status: GapStatus
    target_date: dt.date | None
    plan_item_id: int | None = None
    plan_status: plan_terms.Status | None = None
    plan_due: dt.date | None = None

    @property
    def size(self) -> str:
        """``2.5 FTE``, or the first line of the description when no figure was given."""
        if self.gap_fte is not None:
            return f"{format_fte(self.gap_fte)} FTE"
        first = self.description.splitlines()[0] if self.description else ""
        return first if len(first) <= 60 else first[:59] + "…"

    @property
    def in_plan(self) -> bool:
        """True when the gap has an action in the plan (one not deleted)."""
        return self.plan_item_id is not None

    def is_overdue(self, today: dt.date) -> bool:
        """Still open and its target date has passed."""
        return self.status.is_open and self.target_date is not None and self.target_date < today

    def draft(self) -> GapDraft:
        """The gap as a draft, to prefill an editor."""
        return GapDraft(
            role=self.role,
            gap_fte=self.gap_fte,
            description=self.description,
            severity=self.severity,
            mitigation=self.mitigation,
            mitigation_notes=self.mitigation_notes,
            owner=self.owner,
            status=self.status,
            target_date=self.target_date,
        )
