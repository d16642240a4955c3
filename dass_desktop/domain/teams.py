"""The team register: teams, their FTE figures, strengths and areas for development.

The rules live here: FTE figures are non-negative numbers and staff in post may exceed the
establishment only by a stated overshoot; vacancies left blank are worked out as the
establishment less staff in post; the vacancy rate is vacancies over establishment and is
always computed, never typed or stored (a team with no establishment has no rate); and the
department roll-up adds the teams up, weighting the rate by establishment rather than
averaging team rates. Every change commits one transaction and returns :class:`Changes`.
Gaps are in ``domain/team_gaps.py``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.team_terms import (
    GapStatus,
    NoteKind,
    Role,
    ServiceArea,
    Severity,
    worst_severity,
)
from dass_desktop.store import Store
from dass_desktop.store.models import Team, TeamGap, TeamNote

if TYPE_CHECKING:
    from dass_desktop.domain.team_gaps import GapRow

MAX_NAME = 200
MAX_NOTE = 2000
MAX_FTE = 10_000.0
# Teams may run a little over establishment (supernumerary posts such as newly qualified
# social workers in their assessed year), but not by more than this.
OVERSHOOT_SHARE = 0.10
OVERSHOOT_MIN_FTE = 1.0

FTE_LABELS = {
    "establishment": "Establishment",
    "in_post": "Staff in post",
    "vacancies": "Vacancies",
    "agency": "Agency staff",
    "gap_fte": "The gap",
}
_NUMBER = re.compile(r"^(\d+(\.\d*)?|\.\d+)$")


# --- the rules ---------------------------------------------------------------------------
def parse_fte(
    value: float | str | None, field_name: str, *, blank: float | None = 0.0
) -> float | None:
    """An FTE figure from what was typed, rounded to hundredths.

    Blank input gives ``blank`` (0 for figures every team has, None for optional ones).
    Raises :class:`InvalidInput` for ``field_name`` when the value is not a non-negative
    number of a believable size.
    """
    label = FTE_LABELS.get(field_name, "The figure")
    if value is None:
        return blank
    if isinstance(value, str):
        text = value.strip()
        if text.lower().endswith("fte"):
            text = text[:-3].strip()
        if not text:
            return blank
        if text.startswith("-") and _NUMBER.match(text[1:].strip()):
            raise InvalidInput(field_name, f"{label} cannot be negative.")
        if not _NUMBER.match(text):
            raise InvalidInput(
                field_name, f"{label} must be a number of full-time equivalents, such as 12.5."
            )
        number = float(text)
    else:
        number = float(value)
        if not math.isfinite(number):
            raise InvalidInput(field_name, f"{label} must be a number, such as 12.5.")
        if number < 0:
            raise InvalidInput(field_name, f"{label} cannot be negative.")
    if number > MAX_FTE:
        raise InvalidInput(field_name, f"{label} looks too large; check the figure.")
    return round(number, 2)


def overshoot_allowed(establishment: float) -> float:
    """How far staff in post may exceed the establishment: 10%, and at least 1 FTE."""
    return round(max(OVERSHOOT_MIN_FTE, establishment * OVERSHOOT_SHARE), 2)


def most_in_post(establishment: float) -> float:
    """The most staff in post a team with ``establishment`` FTE can have."""
    return round(establishment + overshoot_allowed(establishment), 2)


def worked_out_vacancies(establishment: float, in_post: float) -> float:
    """Vacancies when none were given: establishment less staff in post, never below 0."""
    return round(max(0.0, establishment - in_post), 2)


def vacancy_rate(vacancies: float, establishment: float) -> float | None:
    """Vacancies as a share of establishment (0.125 for 12.5%); None with no establishment."""
    if establishment <= 0:
        return None
    return vacancies / establishment


def format_fte(value: float | None) -> str:
    """``12.5``, ``12.0`` or ``0.75``: one decimal place unless hundredths matter."""
    if value is None:
        return ""
    if round(value, 1) == round(value, 2):
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_rate(rate: float | None) -> str:
    """``12.5%``, or ``n/a`` when there is no establishment to divide by."""
    return "n/a" if rate is None else f"{100 * rate:.1f}%"


def tidy(text: str, limit: int = MAX_NAME) -> str:
    """Whitespace collapsed and the text cut to ``limit`` characters."""
    return " ".join(text.split())[:limit]


# --- teams -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TeamDraft:
    """A team as typed in an editor: FTE figures may still be text."""

    name: str
    service_area: ServiceArea | str
    manager: str = ""
    base: str = ""
    establishment: float | str | None = 0.0
    in_post: float | str | None = 0.0
    vacancies: float | str | None = None
    agency: float | str | None = 0.0


@dataclass(frozen=True)
class CleanTeam:
    """A team's values once checked, ready to save."""

    name: str
    service_area: ServiceArea
    manager: str
    base: str
    establishment: float
    in_post: float
    vacancies: float | None
    agency: float


def validate_team(draft: TeamDraft) -> CleanTeam:
    """Check a draft team field by field; raise :class:`InvalidInput` naming the first fault."""
    name = tidy(draft.name, 10 * MAX_NAME)
    if not name:
        raise InvalidInput("name", "Give the team a name.")
    if len(name) > MAX_NAME:
        raise InvalidInput("name", f"Keep the team's name under {MAX_NAME} characters.")
    try:
        area = ServiceArea(draft.service_area)
    except ValueError:
        raise InvalidInput("service_area", "Choose the team's service area.") from None
    establishment = parse_fte(draft.establishment, "establishment") or 0.0
    in_post = parse_fte(draft.in_post, "in_post") or 0.0
    vacancies = parse_fte(draft.vacancies, "vacancies", blank=None)
    agency = parse_fte(draft.agency, "agency") or 0.0
    if in_post > most_in_post(establishment):
        raise InvalidInput(
            "in_post",
            f"Staff in post cannot be more than {format_fte(most_in_post(establishment))} FTE: "
            f"the establishment of {format_fte(establishment)} FTE plus an overshoot of "
            f"{format_fte(overshoot_allowed(establishment))} FTE (10%, at least 1 FTE). "
            "Check both figures.",
        )
    if vacancies is not None and vacancies > establishment:
        raise InvalidInput(
            "vacancies",
            f"Vacancies cannot be more than the establishment of {format_fte(establishment)} "
            "FTE. Leave vacancies blank to work them out from staff in post.",
        )
    return CleanTeam(
        name=name,
        service_area=area,
        manager=tidy(draft.manager),
        base=tidy(draft.base),
        establishment=establishment,
        in_post=in_post,
        vacancies=vacancies,
        agency=agency,
    )


@dataclass(frozen=True)
class TeamRow:
    """A team as plain values, with counts of its notes and open gaps."""

    id: int
    name: str
    service_area: ServiceArea
    manager: str
    base: str
    establishment: float
    in_post: float
    vacancies_given: float | None
    agency: float
    strengths: int = 0
    developments: int = 0
    open_gaps: int = 0
    highest_severity: Severity | None = None

    @property
    def vacancies(self) -> float:
        """Vacancies as given, or worked out from establishment less staff in post."""
        if self.vacancies_given is not None:
            return self.vacancies_given
        return worked_out_vacancies(self.establishment, self.in_post)

    @property
    def vacancies_worked_out(self) -> bool:
        """True when vacancies were left blank and are worked out."""
        return self.vacancies_given is None

    @property
    def vacancy_rate(self) -> float | None:
        """Vacancies over establishment (None when the team has no establishment)."""
        return vacancy_rate(self.vacancies, self.establishment)

    def draft(self) -> TeamDraft:
        """The team as a draft, to prefill an editor."""
        return TeamDraft(
            name=self.name,
            service_area=self.service_area,
            manager=self.manager,
            base=self.base,
            establishment=self.establishment,
            in_post=self.in_post,
            vacancies=self.vacancies_given,
            agency=self.agency,
        )


def list_teams(store: Store, ids: Iterable[int] | None = None) -> list[TeamRow]:
    """Every team not deleted (or just ``ids``), by name."""
    query = select(Team).where(Team.deleted_at.is_(None))
    if ids is not None:
        query = query.where(Team.id.in_(list(ids)))
    notes = (
        select(TeamNote.team_id, TeamNote.kind, func.count())
        .where(TeamNote.deleted_at.is_(None))
        .group_by(TeamNote.team_id, TeamNote.kind)
    )
    gaps = select(TeamGap.team_id, TeamGap.severity).where(
        TeamGap.deleted_at.is_(None), TeamGap.status != GapStatus.CLOSED.value
    )
    with store.read() as session:
        teams = list(session.scalars(query))
        counts = {(team_id, kind): n for team_id, kind, n in session.execute(notes)}
        open_gaps: dict[int, list[Severity]] = {}
        for team_id, severity in session.execute(gaps):
            open_gaps.setdefault(team_id, []).append(Severity(severity))
    rows = [
        TeamRow(
            id=t.id,
            name=t.name,
            service_area=ServiceArea(t.service_area),
            manager=t.manager,
            base=t.base,
            establishment=t.establishment_fte,
            in_post=t.in_post_fte,
            vacancies_given=t.vacancies_fte,
            agency=t.agency_fte,
            strengths=counts.get((t.id, NoteKind.STRENGTH.value), 0),
            developments=counts.get((t.id, NoteKind.DEVELOPMENT.value), 0),
            open_gaps=len(open_gaps.get(t.id, [])),
            highest_severity=worst_severity(open_gaps.get(t.id, [])),
        )
        for t in teams
    ]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


def get_team(store: Store, team_id: int) -> TeamRow | None:
    """One team (None if it does not exist or is deleted)."""
    found = list_teams(store, [team_id])
    return found[0] if found else None


def _check_name_free(session: Session, name: str, team_id: int | None) -> None:
    # Compared in Python: SQLite's lower() folds only ASCII letters.
    others = session.execute(select(Team.id, Team.name).where(Team.deleted_at.is_(None)))
    if any(other != team_id and n.casefold() == name.casefold() for other, n in others):
        raise InvalidInput("name", f"There is already a team called {name}.")


def _apply(team: Team, clean: CleanTeam) -> None:
    team.name = clean.name
    team.service_area = clean.service_area.value
    team.manager = clean.manager
    team.base = clean.base
    team.establishment_fte = clean.establishment
    team.in_post_fte = clean.in_post
    team.vacancies_fte = clean.vacancies
    team.agency_fte = clean.agency


def add_team(store: Store, draft: TeamDraft) -> tuple[int, Changes]:
    """Add a team to the register; return its id."""
    clean = validate_team(draft)
    with store.transaction() as session:
        _check_name_free(session, clean.name, None)
        team = Team()
        _apply(team, clean)
        session.add(team)
        session.flush()
        team_id = team.id
    return team_id, Changes.of(Area.TEAMS)


def update_team(store: Store, team_id: int, draft: TeamDraft) -> Changes:
    """Replace a team's details with the draft's."""
    clean = validate_team(draft)
    with store.transaction() as session:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise InvalidInput("team", "That team no longer exists.")
        _check_name_free(session, clean.name, team_id)
        _apply(team, clean)
    return Changes.of(Area.TEAMS)


def delete_team(store: Store, team_id: int, now: dt.datetime) -> Changes:
    """Delete a team; it keeps its notes and gaps so :func:`restore_team` can undo it."""
    with store.transaction() as session:
        session.execute(
            update(Team).where(Team.id == team_id, Team.deleted_at.is_(None)).values(deleted_at=now)
        )
    return Changes.of(Area.TEAMS)


def restore_team(store: Store, team_id: int) -> Changes:
    """Undo the deletion of a team, with its notes and gaps."""
    with store.transaction() as session:
        session.execute(update(Team).where(Team.id == team_id).values(deleted_at=None))
    return Changes.of(Area.TEAMS)


# --- strengths and areas for development -------------------------------------------------
@dataclass(frozen=True)
class NoteRow:
    """A strength or area for development, as plain values."""

    id: int
    team_id: int
    kind: NoteKind
    text: str
    noted_on: dt.date
    source: str


def list_notes(store: Store, team_id: int, kind: NoteKind | None = None) -> list[NoteRow]:
    """A team's notes (or just one kind), most recently noted first."""
    query = select(TeamNote).where(TeamNote.team_id == team_id, TeamNote.deleted_at.is_(None))
    if kind is not None:
        query = query.where(TeamNote.kind == kind.value)
    query = query.order_by(TeamNote.noted_on.desc(), TeamNote.id.desc())
    with store.read() as session:
        return [
            NoteRow(n.id, n.team_id, NoteKind(n.kind), n.text, n.noted_on, n.source)
            for n in session.scalars(query)
        ]


def _clean_note(text: str, noted_on: dt.date, today: dt.date) -> str:
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    if not cleaned:
        raise InvalidInput("text", "Write the strength or area for development.")
    if len(cleaned) > MAX_NOTE:
        raise InvalidInput("text", f"Keep it short: under {MAX_NOTE} characters.")
    if noted_on > today:
        raise InvalidInput("noted_on", "The date noted cannot be in the future.")
    return cleaned


def add_note(
    store: Store,
    team_id: int,
    kind: NoteKind,
    text: str,
    *,
    noted_on: dt.date,
    source: str = "",
    today: dt.date,
) -> tuple[int, Changes]:
    """Note a strength or an area for development of a team; return its id."""
    cleaned = _clean_note(text, noted_on, today)
    with store.transaction() as session:
        team = session.get(Team, team_id)
        if team is None or team.deleted_at is not None:
            raise InvalidInput("team", "That team no longer exists.")
        note = TeamNote(
            team_id=team_id,
            kind=NoteKind(kind).value,
            text=cleaned,
            noted_on=noted_on,
            source=tidy(source),
        )
        session.add(note)
        session.flush()
        note_id = note.id
    return note_id, Changes.of(Area.TEAMS)


def update_note(
    store: Store,
    note_id: int,
    *,
    text: str,
    noted_on: dt.date,
    source: str,
    today: dt.date,
    kind: NoteKind | None = None,
) -> Changes:
    """Change a note's text, date and source (and, if given, whether it is a strength)."""
    cleaned = _clean_note(text, noted_on, today)
    with store.transaction() as session:
        note = session.get(TeamNote, note_id)
        if note is None or note.deleted_at is not None:
            raise InvalidInput("note", "That note no longer exists.")
        note.text, note.noted_on, note.source = cleaned, noted_on, tidy(source)
        if kind is not None:
            note.kind = NoteKind(kind).value
    return Changes.of(Area.TEAMS)


def delete_note(store: Store, note_id: int, now: dt.datetime) -> Changes:
    """Delete a note so that :func:`restore_note` can bring it back."""
    with store.transaction() as session:
        session.execute(
            update(TeamNote)
            .where(TeamNote.id == note_id, TeamNote.deleted_at.is_(None))
            .values(deleted_at=now)
        )
    return Changes.of(Area.TEAMS)


def restore_note(store: Store, note_id: int) -> Changes:
    """Undo the deletion of a note."""
    with store.transaction() as session:
        session.execute(update(TeamNote).where(TeamNote.id == note_id).values(deleted_at=None))
    return Changes.of(Area.TEAMS)


# --- the department roll-up --------------------------------------------------------------
@dataclass(frozen=True)
class GapTally:
    """Open gaps of one role at one severity: how many, and the FTE of those given in FTE."""

    role: Role
    severity: Severity
    count: int
    fte: float


@dataclass(frozen=True)
class DepartmentRollUp:
    """The department's totals across teams, and its open gaps by role and severity."""

    teams: int
    establishment: float
    in_post: float
    vacancies: float
    agency: float
    teams_without_establishment: int
    open_gaps: int
    tallies: tuple[GapTally, ...] = field(default=())

    @property
    def vacancy_rate(self) -> float | None:
        """Vacancies across teams over establishment across teams (None with none)."""
        return vacancy_rate(self.vacancies, self.establishment)

    @property
    def agency_share(self) -> float | None:
        """Agency FTE as a share of establishment (None with no establishment)."""
        return self.agency / self.establishment if self.establishment > 0 else None

    def count(self, role: Role | None = None, severity: Severity | None = None) -> int:
        """Open gaps of ``role`` and/or ``severity`` (all open gaps when neither is given)."""
        return sum(
            t.count
            for t in self.tallies
            if (role is None or t.role is role) and (severity is None or t.severity is severity)
        )

    def gap_fte(self, role: Role | None = None) -> float:
        """FTE of open gaps given in FTE, for ``role`` or for every role."""
        return round(sum(t.fte for t in self.tallies if role is None or t.role is role), 2)

    def roles(self) -> list[Role]:
        """The roles with open gaps, in the order of :class:`Role`."""
        present = {t.role for t in self.tallies}
        return [r for r in Role if r in present]


def department_rollup(teams: Sequence[TeamRow], gaps: Sequence[GapRow]) -> DepartmentRollUp:
    """Add up ``teams`` and tally the open ``gaps`` belonging to them.

    The vacancy rate across teams is total vacancies over total establishment, so a large
    team weighs more than a small one; teams with no establishment add nothing to either.
    """
    team_ids = {t.id for t in teams}
    counts: dict[tuple[Role, Severity], tuple[int, float]] = {}
    for gap in gaps:
        if gap.team_id not in team_ids or not gap.status.is_open:
            continue
        count, fte = counts.get((gap.role, gap.severity), (0, 0.0))
        counts[(gap.role, gap.severity)] = (count + 1, fte + (gap.gap_fte or 0.0))
    tallies = tuple(
        GapTally(role, severity, *counts[(role, severity)])
        for role in Role
        for severity in Severity
        if (role, severity) in counts
    )
    return DepartmentRollUp(
        teams=len(teams),
        establishment=round(sum(t.establishment for t in teams), 2),
        in_post=round(sum(t.in_post for t in teams), 2),
        vacancies=round(sum(t.vacancies for t in teams), 2),
        agency=round(sum(t.agency for t in teams), 2),
        teams_without_establishment=sum(1 for t in teams if t.establishment <= 0),
        open_gaps=sum(t.count for t in tallies),
        tallies=tallies,
    )
