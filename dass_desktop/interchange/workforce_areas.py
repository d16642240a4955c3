"""Whose row is it? Sorting the rows of a published file with one row per area and period.

The director's own council's rows become its figures; its comparators' rows (the CIPFA
family and named councils) become comparator figures; national rows become England and
the director's region's rows become the region. Everything else is skipped and counted.
Codes are matched first (including a council's former code), then names.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from dass_desktop.domain.benchmark_terms import ENGLAND_CODE, FORMER_CODES, REGION_CODES
from dass_desktop.domain.councils import council_by_code
from dass_desktop.interchange import workforce_columns as cols

if TYPE_CHECKING:
    from dass_desktop.interchange.workforce_file import Context

_NATIONAL = frozenset({"national", "country", "england", "nation"})
_REGIONAL = frozenset({"regional", "region"})


class RowKind(enum.Enum):
    """What a row of a multi-area file is about."""

    OWN = "own"
    ENGLAND = "england"
    REGION = "region"
    COUNCIL = "council"
    SKIP = "skip"


class AreaMatcher:
    """Classifies rows by their area columns for one director's council and comparators."""

    def __init__(self, context: Context, by_target: dict[str, int]) -> None:
        self._columns = {
            name: by_target.get(name)
            for name in (
                cols.AREA_CODE,
                cols.AREA_NAME,
                cols.LEVEL,
                cols.REGION_CODE,
                cols.REGION_NAME,
            )
        }
        own_code = context.council_code
        self._own_codes = {own_code, *FORMER_CODES.get(own_code or "", ())} - {None}
        own = council_by_code(own_code) if own_code else None
        names = {context.council_name or ""}
        if own is not None:
            names |= {own.name, own.official_name}
        self._own_names = {n.casefold() for n in names if n}
        self._family = dict(context.family)
        self._family_names = {name.casefold(): code for code, name in context.family.items()}
        self._region = context.region or ""
        self._region_code = REGION_CODES.get(self._region, "")
        self._region_names = {r.casefold() for r in REGION_CODES}

    def _cell(self, cells: list[str], name: str) -> str:
        index = self._columns[name]
        if index is None or index >= len(cells):
            return ""
        return " ".join(cells[index].split())

    def classify(self, cells: list[str]) -> tuple[RowKind, str, str]:
        """(kind, area key, area name) of a row; for a skipped row the key says what it
        was ("region" or "council").
        """
        code = self._cell(cells, cols.AREA_CODE).upper()
        name = self._cell(cells, cols.AREA_NAME)
        level = self._cell(cells, cols.LEVEL).casefold()
        region_code = self._cell(cells, cols.REGION_CODE).upper()
        region_name = self._cell(cells, cols.REGION_NAME)
        if (
            level in _NATIONAL
            or code == ENGLAND_CODE
            or (not level and name.casefold() == "england")
        ):
            return RowKind.ENGLAND, ENGLAND_CODE, "England"
        is_region = level in _REGIONAL or code.startswith(("E12", "E13"))
        if not level and not code and not is_region:
            is_region = name.casefold() in self._region_names or (
                not name and bool(region_code or region_name)
            )
        if is_region:
            area_code = code or region_code
            area_name = name or region_name
            if (self._region_code and area_code == self._region_code) or (
                area_name.casefold() == self._region.casefold() and self._region
            ):
                return RowKind.REGION, self._region_code or self._region, self._region
            return RowKind.SKIP, "region", ""
        if code in self._own_codes or (name and name.casefold() in self._own_names):
            return RowKind.OWN, "", ""
        if code in self._family:
            return RowKind.COUNCIL, code, self._family[code]
        if name and name.casefold() in self._family_names:
            found = self._family_names[name.casefold()]
            return RowKind.COUNCIL, found, self._family[found]
        return RowKind.SKIP, "council", ""
