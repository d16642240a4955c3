"""The comparator family: published CIPFA lists, pre-filling, and the director's edits."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import comparator_family
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.domain.profile import DirectorProfile
from dass_desktop.store import Store


def test_cipfa_lists() -> None:
    """Current councils have 15 unranked neighbours; 2023 unitaries have none."""
    wigan = comparator_family.cipfa_neighbours("E08000010")
    assert len(wigan) == 15
    assert ("E08000038", "Barnsley", "Yorkshire and The Humber", True) in wigan  # 2025 code
    assert comparator_family.cipfa_neighbours("E06000063") == ()  # Cumberland
    devon = comparator_family.cipfa_neighbours("E10000008")
    assert ("E10000006", "Cumbria", "North West", False) in devon  # abolished in 2023


def test_family_advice_offers_the_region_where_there_is_no_list(
    store: Store, profile: DirectorProfile
) -> None:
    """A 2023 unitary is told there is no CIPFA list and offered its region."""
    cumberland = DirectorProfile(
        "Sam", "Cumberland", "E06000063", "North West", dt.date(2026, 9, 7)
    )
    advice = comparator_family.family_advice(cumberland)
    assert "no published CIPFA list" in advice
    assert "North West" in advice
    assert "not ranked" in comparator_family.family_advice(profile)


def test_family_fill_add_and_remove(store: Store) -> None:
    """The CIPFA list fills the family; named councils survive a refill; both can go."""
    comparator_family.add_family_member(store, "E08000004", "named")  # Oldham
    comparator_family.fill_family_from_cipfa(store, "E08000035")  # Leeds's list
    family = comparator_family.list_family(store)
    assert sum(m.kind == "cipfa" for m in family) == 15
    assert {m.from_list_of for m in family if m.kind == "cipfa"} == {"E08000035"}
    assert any(m.name == "Oldham" and m.kind == "named" for m in family)
    comparator_family.fill_family_from_cipfa(store, "E08000035")
    assert len(comparator_family.list_family(store)) == 16
    with pytest.raises(InvalidInput, match="already"):
        comparator_family.add_family_member(store, "E08000004")
    with pytest.raises(InvalidInput, match="own council"):
        comparator_family.add_family_member(store, "E08000035", own_code="E08000035")
    with pytest.raises(InvalidInput, match="no published CIPFA list"):
        comparator_family.fill_family_from_cipfa(store, "E06000063")
    oldham = next(m for m in comparator_family.list_family(store) if m.name == "Oldham")
    comparator_family.remove_family_member(store, oldham.id)
    assert all(m.name != "Oldham" for m in comparator_family.list_family(store))
