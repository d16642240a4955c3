"""Rules of staff awards: checking what is typed, and the sheet read out at the event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dass_desktop.domain.award_terms import NominationDraft, NomineeKind, RoundRow
from dass_desktop.domain.errors import InvalidInput

MAX_NAME = 200


@dataclass(frozen=True)
class CleanNomination:
    """A draft that passed :func:`validate_nomination`."""

    nominee_kind: NomineeKind
    nominee_name: str
    team_id: int | None
    nominated_by: str
    reason: str


def clean_name(text: str, field: str, what: str) -> str:
    """``text`` with its spaces tidied; refused when empty or too long."""
    name = " ".join(text.split())
    if not name:
        raise InvalidInput(field, f"Give the {what} a name.")
    if len(name) > MAX_NAME:
        raise InvalidInput(field, f"Keep the {what}'s name to {MAX_NAME} characters.")
    return name


def validate_round(name: str, event_on: dt.date | None) -> tuple[str, dt.date | None]:
    """The round's name tidied, and its event date; refused without a name."""
    return clean_name(name, "name", "round"), event_on


def validate_nomination(draft: NominationDraft) -> CleanNomination:
    """Check a nomination; raise :class:`InvalidInput` with one plain sentence when wrong."""
    try:
        kind = NomineeKind(draft.nominee_kind)
    except ValueError:
        raise InvalidInput("nominee_kind", "Choose a person or a team.") from None
    name = " ".join(draft.nominee_name.split())
    if kind is NomineeKind.TEAM:
        if draft.team_id is None:
            raise InvalidInput("team_id", "Choose the team nominated.")
    elif not name:
        raise InvalidInput("nominee_name", "Say who is nominated.")
    if len(name) > MAX_NAME:
        raise InvalidInput("nominee_name", f"Keep the name to {MAX_NAME} characters.")
    reason = draft.reason.strip()
    if not reason:
        raise InvalidInput("reason", "Say why they are nominated.")
    return CleanNomination(
        nominee_kind=kind,
        nominee_name=name if kind is NomineeKind.PERSON else "",
        team_id=draft.team_id if kind is NomineeKind.TEAM else None,
        nominated_by=" ".join(draft.nominated_by.split()),
        reason=reason,
    )


@dataclass(frozen=True)
class SheetLine:
    """One category on the awards sheet: its winners and the others shortlisted."""

    category: str
    winners: tuple[tuple[str, str], ...]  # (who, why)
    shortlisted: tuple[str, ...]


#: How a person is named on a sheet meant for a wider circulation.
A_COLLEAGUE = "A colleague"


def sheet_lines(award_round: RoundRow, names: bool = True) -> list[SheetLine]:
    """What the awards sheet says, category by category.

    With ``names`` False, people are shown as :data:`A_COLLEAGUE` (teams keep their names,
    a team being many people); reasons are redacted by the caller's redactor.
    """

    def who(kind: NomineeKind, nominee: str) -> str:
        return nominee if names or kind is NomineeKind.TEAM else A_COLLEAGUE

    lines = []
    for category in award_round.categories:
        winners = tuple(
            (who(n.nominee_kind, n.nominee), n.reason) for n in category.nominations if n.is_winner
        )
        others = tuple(
            who(n.nominee_kind, n.nominee) for n in category.nominations if not n.is_winner
        )
        lines.append(SheetLine(category.name, winners, others))
    return lines
