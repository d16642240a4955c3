"""Importing workforce figures from a CSV file: preview, mapping, checks and the outcome.

A file is read in steps. :func:`preview` reads the header and guesses what each column
holds (published workforce statistics' column names are recognised without asking, and a
mapping remembered from an earlier file with the same header is reused). :func:`check`
reads every row with a chosen mapping and returns either a clean batch, or every problem
with its line number, or a question when percentages are ambiguous; nothing is written
until the whole file is clean. ``domain.workforce_import.apply_import`` then writes the
batch in one transaction. :func:`import_file` does all of it for the command line.

Three kinds of file are understood:

* the council's own figures: a month column, optionally a team column, figure columns;
* published statistics with one row per area and period (see ``workforce_areas.py``);
* diversity: a group column with the workforce's and/or the population's share;
* diversity as councils publish it: a row per year, a head-count column per group
  (see ``diversity_wide.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dass_desktop.domain import comparator_family
from dass_desktop.domain.changes import Changes
from dass_desktop.domain.profile import load_profile
from dass_desktop.domain.workforce_import import apply_import, saved_mapping
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.diversity_rows import check_diversity
from dass_desktop.interchange.diversity_wide import check_wide
from dass_desktop.interchange.figure_rows import check_figures
from dass_desktop.interchange.tabular import CsvProblem
from dass_desktop.interchange.workforce_file import (
    Context,
    Outcome,
    Preview,
    Problem,
    Progress,
    preview,
)
from dass_desktop.store import Store


class ImportRefused(Exception):
    """The command-line import cannot go ahead; ``message`` says why, nothing was saved."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems)


def context_for(store: Store, today: dt.date) -> Context:
    """The director's council, region and comparator councils, for sorting rows (the
    published CIPFA list stands in for a family the director has not set up yet).
    """
    profile = load_profile(store)
    family = {m.council_code: m.name for m in comparator_family.list_family(store)}
    if not family and profile is not None:  # no family chosen yet: the published CIPFA list
        family = {
            code: name
            for code, name, _, _ in comparator_family.cipfa_neighbours(profile.council_code)
        }
    if profile is None:
        return Context(None, None, None, family, today)
    return Context(profile.council_code, profile.council_name, profile.region, family, today)


# --- checking ------------------------------------------------------------------------------
def check(
    view: Preview,
    targets: Sequence[str | None],
    context: Context,
    *,
    fractions: bool | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Read every row with ``targets`` (one per column) and return the outcome.

    ``fractions`` answers the question asked when a percentage column holds only values
    between 0 and 1; None means it has not been answered.
    """
    outcome = Outcome()
    mapping_problems = cols.check_mapping(view.columns, targets)
    if mapping_problems:
        outcome.problems = [Problem(0, "", m) for m in mapping_problems]
        return outcome
    by_target = {t: i for i, t in enumerate(targets) if t and t != cols.IGNORE}
    if cols.GROUP_COUNT in targets:
        check_wide(view, targets, by_target, context, outcome)
    elif cols.GROUP in by_target:
        check_diversity(view, by_target, context, fractions, outcome)
    else:
        if any(t in by_target for t in cols.AREA_FIELDS) and not (
            context.council_code or context.council_name
        ):
            outcome.problems.append(
                Problem(
                    0,
                    "",
                    "This file has one row per council. Set up your profile first, so that "
                    "the app knows which council's rows are yours.",
                )
            )
            return outcome
        check_figures(view, by_target, context, fractions, progress, outcome)
    if outcome.batch is not None:
        outcome.batch.signature = view.signature
        outcome.batch.mapping = {
            c.key: t or cols.IGNORE for c, t in zip(view.columns, targets, strict=True)
        }
        outcome.batch.options = {"fractions": fractions} if fractions is not None else {}
    return outcome


# --- the command line ------------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    """What a finished import did."""

    file_name: str
    own: int
    comparators: int
    diversity: int
    notes: tuple[str, ...]
    changes: Changes

    @property
    def summary(self) -> str:
        """One sentence: what was imported."""
        parts = []
        if self.own:
            parts.append(f"{self.own:,} of your figures")
        if self.comparators:
            parts.append(f"{self.comparators:,} comparator figures")
        if self.diversity:
            parts.append(f"{self.diversity:,} diversity figures")
        return f"Imported {' and '.join(parts) or 'nothing'} from {self.file_name}."


def import_file(
    store: Store,
    path: Path,
    today: dt.date,
    *,
    fractions: bool | None = None,
    progress: Progress | None = None,
) -> Report:
    """Import a workforce CSV without asking anything (the command line's import).

    Columns must all be recognised, or mapped by a mapping remembered from an import in
    the app. Raises :class:`ImportRefused` with the reason (and every bad line); nothing
    is saved then.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"{path} cannot be read ({exc.strerror or exc}).") from None
    try:
        view = preview(data, path.name, lambda sig: saved_mapping(store, sig))
    except CsvProblem as problem:
        raise ImportRefused(f"{path.name}: {problem.message}") from None
    if view.unmapped:
        names = ", ".join(f"'{c.header}'" for c in view.unmapped)
        raise ImportRefused(
            f"{path.name}: these columns are not recognised: {names}. Import the file once "
            "in the app (Workforce ▸ Import CSV…) to say what they hold; the app then "
            "remembers it for files with the same columns. Nothing was imported."
        )
    if fractions is None and view.remembered is not None:
        answer = view.remembered.options.get("fractions")
        fractions = answer if isinstance(answer, bool) else None
    outcome = check(
        view, view.targets, context_for(store, today), fractions=fractions, progress=progress
    )
    if outcome.ambiguous:
        raise ImportRefused(
            f"{path.name}: {outcome.question} Run the import again with "
            "--percentages fractions or --percentages points. Nothing was imported."
        )
    if outcome.problems or outcome.batch is None:
        count = sum(1 for p in outcome.problems if p.line)
        lines = f"{count:,} line{'s' if count != 1 else ''} cannot be imported" if count else ""
        raise ImportRefused(
            f"{path.name}: {lines or 'the file cannot be imported'}. Nothing was imported; "
            "correct the file and import it again.",
            outcome.problems,
        )
    batch = outcome.batch
    changes = apply_import(store, batch, progress)
    return Report(
        path.name,
        len(batch.own),
        len(batch.comparators),
        len(batch.diversity),
        tuple(outcome.notes),
        changes,
    )
