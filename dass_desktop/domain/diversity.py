"""Workforce diversity beside the local population, with the gap for each group.

The groups follow the 2021 Census: ethnicity in its five high-level groups, sex, age bands
and disability (under the Equality Act). Workforce figures often have a "not stated" share,
which has no population counterpart and so no gap. The guidance asks: "Does the council's
workforce reflect the local demography of your communities?"
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.store import Store
from dass_desktop.store.models import DiversityFigure

NOT_STATED = "not_stated"
DIMENSIONS: dict[str, str] = {
    "ethnicity": "Ethnicity",
    "sex": "Sex",
    "age": "Age",
    "disability": "Disability",
    "religion": "Religion or belief",
    "sexuality": "Sexual orientation",
}
GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    "ethnicity": (
        ("asian", "Asian, Asian British or Asian Welsh"),
        ("black", "Black, Black British, Black Welsh, Caribbean or African"),
        ("mixed", "Mixed or Multiple ethnic groups"),
        ("white", "White"),
        ("other", "Other ethnic group"),
        (NOT_STATED, "Not stated"),
    ),
    "sex": (("female", "Female"), ("male", "Male"), (NOT_STATED, "Not stated")),
    "age": (
        ("16-24", "16 to 24"),
        ("25-34", "25 to 34"),
        ("35-44", "35 to 44"),
        ("45-54", "45 to 54"),
        ("55-64", "55 to 64"),
        ("65+", "65 and over"),
        (NOT_STATED, "Not stated"),
    ),
    "disability": (
        ("disabled", "Disabled under the Equality Act"),
        ("not_disabled", "Not disabled"),
        (NOT_STATED, "Not stated"),
    ),
    # The 2021 Census groups for England and Wales.
    "religion": (
        ("no_religion", "No religion"),
        ("christian", "Christian"),
        ("buddhist", "Buddhist"),
        ("hindu", "Hindu"),
        ("jewish", "Jewish"),
        ("muslim", "Muslim"),
        ("sikh", "Sikh"),
        ("other", "Any other religion"),
        (NOT_STATED, "Not stated"),
    ),
    "sexuality": (
        ("heterosexual", "Straight or heterosexual"),
        ("gay_or_lesbian", "Gay or lesbian"),
        ("bisexual", "Bisexual"),
        ("other", "All other sexual orientations"),
        (NOT_STATED, "Not stated"),
    ),
}
# How published files name the religion and sexual orientation groups (``religion_no``).
GROUP_WORDS: dict[str, dict[str, str]] = {
    "religion": {
        "no": "no_religion",
        "none": "no_religion",
        "no_religion": "no_religion",
        "noreligion": "no_religion",
        "christian": "christian",
        "christianity": "christian",
        "buddhist": "buddhist",
        "buddhism": "buddhist",
        "hindu": "hindu",
        "hinduism": "hindu",
        "jewish": "jewish",
        "judaism": "jewish",
        "muslim": "muslim",
        "islam": "muslim",
        "sikh": "sikh",
        "sikhism": "sikh",
        "other": "other",
        "other_religion": "other",
        "any_other": "other",
        "any_other_religion": "other",
    },
    "sexuality": {
        "heterosexual": "heterosexual",
        "straight": "heterosexual",
        "straight_or_heterosexual": "heterosexual",
        "heterosexual_or_straight": "heterosexual",
        "gay": "gay_or_lesbian",
        "lesbian": "gay_or_lesbian",
        "gay_or_lesbian": "gay_or_lesbian",
        "gay_lesbian": "gay_or_lesbian",
        "gay_man": "gay_or_lesbian",
        "gay_woman_lesbian": "gay_or_lesbian",
        "bisexual": "bisexual",
        "bi": "bisexual",
        "other": "other",
        "other_sexual_orientation": "other",
        "all_other": "other",
        "any_other": "other",
    },
}
SUBJECTS = {"workforce": "Workforce", "population": "Local population"}
BROAD_ETHNICITY = ("asian", "black", "mixed", "white", "other")
# Finer ethnic groups (2021 Census wording) stored as ``<broad>_<finer>``, e.g. asian_pakistani.
FINE_LABELS: dict[str, str] = {
    "asian_indian": "Indian",
    "asian_pakistani": "Pakistani",
    "asian_bangladeshi": "Bangladeshi",
    "asian_chinese": "Chinese",
    "asian_other": "Other Asian",
    "black_african": "African",
    "black_caribbean": "Caribbean",
    "black_other": "Other Black",
    "mixed_white_black_caribbean": "White and Black Caribbean",
    "mixed_white_black_african": "White and Black African",
    "mixed_white_asian": "White and Asian",
    "mixed_other": "Other Mixed",
    "white_british": "English, Welsh, Scottish, Northern Irish or British",
    "white_irish": "Irish",
    "white_gypsy_or_irish_traveller": "Gypsy or Irish Traveller",
    "white_gypsy_traveller": "Gypsy or Irish Traveller",
    "white_roma": "Roma",
    "white_other": "Other White",
    "other_arab": "Arab",
    "other_any_other": "Any other ethnic group",
}

# Words that identify a group, as spreadsheets and published tables write them.
_STARTS = (
    ("ethnicity", "asian", ("asian", "indian", "pakistani", "bangladeshi", "chinese")),
    ("ethnicity", "black", ("black", "african", "caribbean")),
    ("ethnicity", "mixed", ("mixed", "multiple")),
    ("ethnicity", "white", ("white",)),
    ("ethnicity", "other", ("other ethnic", "other", "arab", "any other")),
    ("sex", "female", ("female", "women", "woman")),
    ("sex", "male", ("male", "men", "man")),
    ("disability", "not_disabled", ("not disabled", "non-disabled", "no disability")),
    ("disability", "disabled", ("disabled", "has a disability", "disability")),
)
_UNSTATED = (
    "not stated",
    "not known",
    "unknown",
    "prefer not",
    "not declared",
    "undeclared",
    "not recorded",
    "refused",
    "missing",
)


@dataclass(frozen=True)
class DiversityGap:
    """One group: the workforce's share, the population's share, and the gap in points."""

    dimension: str
    group_key: str
    group_label: str
    workforce: float | None
    population: float | None
    workforce_as_of: dt.date | None
    population_as_of: dt.date | None
    sources: str
    parent: str | None = None  # the broad group of a finer one (asian for asian_pakistani)

    @property
    def gap(self) -> float | None:
        """Workforce share minus population share, in percentage points."""
        if self.workforce is None or self.population is None:
            return None
        return self.workforce - self.population


@dataclass(frozen=True)
class DiversityEntry:
    """One stored diversity figure as plain values."""

    id: int
    subject: str
    dimension: str
    group_key: str
    as_of: dt.date
    percent: float
    source: str


def group_label(dimension: str, group_key: str) -> str:
    """The group's name as the director reads it."""
    known = dict(GROUPS.get(dimension, ())).get(group_key)
    if known is not None:
        return known
    parent = parent_group(dimension, group_key)
    if parent is None:
        return group_key
    finer = FINE_LABELS.get(group_key) or group_key[len(parent) + 1 :].replace("_", " ")
    return f"{finer[:1].upper()}{finer[1:]} ({group_label(dimension, parent)})"


def parent_group(dimension: str, group_key: str) -> str | None:
    """The broad ethnic group a finer group belongs to, or None for a broad group."""
    if dimension != "ethnicity" or group_key in BROAD_ETHNICITY:
        return None
    return next((b for b in BROAD_ETHNICITY if group_key.startswith(f"{b}_")), None)


def known_group(dimension: str, group_key: str) -> bool:
    """Whether ``group_key`` is a group of ``dimension`` (a finer ethnic group included)."""
    return group_key in dict(GROUPS.get(dimension, ())) or (
        parent_group(dimension, group_key) is not None
    )


def recognise_group(text: str, dimension: str | None = None) -> tuple[str, str] | None:
    """(dimension, group key) for a group written as in a spreadsheet, or None.

    ``dimension`` narrows the search when the file says which dimension a row is.
    """
    words = " ".join(text.casefold().replace("_", " ").split())
    if not words:
        return None
    if dimension in (None, "age"):
        age = _age_band(words)
        if age is not None:
            return "age", age
    if any(words.startswith(u) for u in _UNSTATED):
        return (dimension or "", NOT_STATED) if dimension else None
    for dim, key, starts in _STARTS:
        if dimension not in (None, dim):
            continue
        if any(re.match(rf"{re.escape(s)}\b", words) for s in starts):
            return dim, key
    return None


def _age_band(words: str) -> str | None:
    match = re.fullmatch(r"(\d{2})\s*(?:-|–|to)\s*(\d{2})(?: years)?", words)
    if match:
        key = f"{match.group(1)}-{match.group(2)}"
        return key if key in dict(GROUPS["age"]) else None
    match = re.fullmatch(r"(\d{2})\s*(?:\+|and over|or over|plus)(?: years)?", words)
    if match and match.group(1) == "65":
        return "65+"
    return None


def recognise_dimension(text: str) -> str | None:
    """The dimension a column or cell names (``Ethnic group`` -> ethnicity), or None."""
    words = text.casefold()
    for key, hints in (
        ("ethnicity", ("ethnic",)),
        ("sex", ("sex", "gender")),
        ("age", ("age",)),
        ("disability", ("disab",)),
    ):
        if any(h in words for h in hints):
            return key
    return None


def check_percent(percent: float) -> str | None:
    """Why ``percent`` cannot be a share of people, or None if it can."""
    if percent < 0:
        return f"{percent:g} is below zero"
    if percent > 100:
        return f"{percent:g}% is over 100%"
    return None


def list_entries(store: Store) -> list[DiversityEntry]:
    """Every stored diversity figure."""
    with store.read() as session:
        rows = session.scalars(select(DiversityFigure).order_by(DiversityFigure.id)).all()
        return [
            DiversityEntry(r.id, r.subject, r.dimension, r.group_key, r.as_of, r.percent, r.source)
            for r in rows
        ]


def gaps(
    entries: list[DiversityEntry], dimension: str, *, finer: bool = False
) -> list[DiversityGap]:
    """Each group of ``dimension`` with the latest workforce and population shares.

    With ``finer``, each broad ethnic group is followed by its finer groups (their shares
    are part of the broad group's, never added to it).
    """
    latest: dict[str, dt.date] = {}
    for entry in entries:
        if entry.dimension == dimension:
            latest[entry.subject] = max(latest.get(entry.subject, entry.as_of), entry.as_of)
    shares: dict[tuple[str, str], DiversityEntry] = {}
    for entry in entries:
        if entry.dimension == dimension and entry.as_of == latest.get(entry.subject):
            shares[(entry.subject, entry.group_key)] = entry
    keys: list[tuple[str, str | None]] = []
    for key, _ in GROUPS[dimension]:
        keys.append((key, None))
        if finer:
            children = {g for _, g in shares if parent_group(dimension, g) == key}
            keys.extend((child, key) for child in sorted(children))
    rows = []
    for key, parent in keys:
        work = shares.get(("workforce", key))
        pop = shares.get(("population", key))
        if work is None and pop is None:
            continue
        sources = "; ".join(
            f"{SUBJECTS[e.subject]}: {e.source}" for e in (work, pop) if e is not None and e.source
        )
        rows.append(
            DiversityGap(
                dimension,
                key,
                group_label(dimension, key),
                work.percent if work else None,
                pop.percent if pop else None,
                work.as_of if work else None,
                pop.as_of if pop else None,
                sources,
                parent,
            )
        )
    return rows


def diversity_table(store: Store, dimension: str, *, finer: bool = False) -> list[DiversityGap]:
    """The gap table of one dimension (see :func:`gaps`)."""
    if dimension not in DIMENSIONS:
        raise InvalidInput(
            "dimension",
            "Choose ethnicity, sex, age, disability, religion or belief, or sexual orientation.",
        )
    return gaps(list_entries(store), dimension, finer=finer)


def set_share(
    store: Store,
    *,
    subject: str,
    dimension: str,
    group_key: str,
    as_of: dt.date,
    percent: float,
    source: str,
) -> tuple[int, Changes]:
    """Save the share of the workforce (or population) in one group as at a date."""
    if subject not in SUBJECTS:
        raise InvalidInput("subject", "Say whether the figure is for the workforce or population.")
    if dimension not in DIMENSIONS:
        raise InvalidInput("dimension", "Choose ethnicity, sex, age or disability.")
    if not known_group(dimension, group_key):
        raise InvalidInput("group", "Choose a group from the list.")
    if subject == "population" and group_key == NOT_STATED:
        raise InvalidInput("group", "Census figures have no 'not stated' group.")
    problem = check_percent(percent)
    if problem is not None:
        raise InvalidInput("percent", f"{problem}.")
    with store.transaction() as session:
        row = session.scalar(
            select(DiversityFigure).where(
                DiversityFigure.subject == subject,
                DiversityFigure.dimension == dimension,
                DiversityFigure.group_key == group_key,
                DiversityFigure.as_of == as_of,
            )
        )
        if row is None:
            row = DiversityFigure(
                subject=subject, dimension=dimension, group_key=group_key, as_of=as_of
            )
            session.add(row)
        row.percent = float(percent)
        row.source = source.strip()
        session.flush()
        row_id = row.id
    return row_id, Changes.of(Area.WORKFORCE)


def delete_share(store: Store, entry_id: int) -> Changes:
    """Remove a diversity figure."""
    with store.transaction() as session:
        row = session.get(DiversityFigure, entry_id)
        if row is not None:
            session.delete(row)
    return Changes.of(Area.WORKFORCE)


def put_back_share(store: Store, entry: DiversityEntry) -> Changes:
    """Store ``entry`` again exactly as it was, with its id (undoes a replacement or delete)."""
    with store.transaction() as session:
        session.merge(
            DiversityFigure(
                id=entry.id,
                subject=entry.subject,
                dimension=entry.dimension,
                group_key=entry.group_key,
                as_of=entry.as_of,
                percent=entry.percent,
                source=entry.source,
            )
        )
    return Changes.of(Area.WORKFORCE)
