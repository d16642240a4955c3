"""Diversity: groups as spreadsheets write them, and the gap against the local population."""

from __future__ import annotations

import datetime as dt

import pytest

from dass_desktop.domain import diversity
from dass_desktop.domain.errors import InvalidInput
from dass_desktop.store import Store

APRIL = dt.date(2026, 4, 1)


@pytest.mark.parametrize(
    ("text", "dimension", "expected"),
    [
        ("White", None, ("ethnicity", "white")),
        ("White: English, Welsh, Scottish", None, ("ethnicity", "white")),
        ("Asian, Asian British or Asian Welsh", None, ("ethnicity", "asian")),
        ("Black, Black British, Black Welsh, Caribbean or African", None, ("ethnicity", "black")),
        ("Mixed or Multiple ethnic groups", None, ("ethnicity", "mixed")),
        ("Other ethnic group", None, ("ethnicity", "other")),
        ("Female", None, ("sex", "female")),
        ("Men", None, ("sex", "male")),
        ("25-34", None, ("age", "25-34")),
        ("25 to 34", None, ("age", "25-34")),
        ("65 and over", None, ("age", "65+")),
        ("65+", None, ("age", "65+")),
        ("Disabled under the Equality Act", None, ("disability", "disabled")),
        ("Not disabled", None, ("disability", "not_disabled")),
        ("Prefer not to say", "ethnicity", ("ethnicity", "not_stated")),
        ("Prefer not to say", None, None),
        ("Martian", None, None),
        ("30-39", None, None),
    ],
)
def test_groups_are_recognised(
    text: str, dimension: str | None, expected: tuple[str, str] | None
) -> None:
    """Census group names and common spreadsheet spellings map to the app's groups."""
    assert diversity.recognise_group(text, dimension) == expected


def test_gap_is_workforce_minus_population_from_the_latest_figures(store: Store) -> None:
    """Each group shows the latest shares and the gap in points; not stated has no gap."""
    for subject, key, day, value in (
        ("workforce", "white", dt.date(2025, 4, 1), 90.0),  # older, ignored
        ("workforce", "white", APRIL, 84.1),
        ("workforce", "asian", APRIL, 5.8),
        ("workforce", "not_stated", APRIL, 4.9),
        ("population", "white", dt.date(2021, 3, 1), 84.8),
        ("population", "asian", dt.date(2021, 3, 1), 9.6),
    ):
        diversity.set_share(
            store,
            subject=subject,
            dimension="ethnicity",
            group_key=key,
            as_of=day,
            percent=value,
            source="HR" if subject == "workforce" else "Census 2021",
        )
    rows = {r.group_key: r for r in diversity.diversity_table(store, "ethnicity")}
    assert list(rows) == ["asian", "white", "not_stated"]
    assert rows["asian"].gap == pytest.approx(-3.8)
    assert rows["white"].workforce == 84.1
    assert rows["white"].gap == pytest.approx(-0.7)
    assert rows["not_stated"].gap is None
    assert "Census 2021" in rows["white"].sources


def test_bad_shares_are_refused(store: Store) -> None:
    """Shares over 100%, unknown groups and a 'not stated' census group are refused."""
    base = {"subject": "workforce", "dimension": "sex", "as_of": APRIL, "source": ""}
    with pytest.raises(InvalidInput, match="over 100%"):
        diversity.set_share(store, group_key="female", percent=101, **base)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        diversity.set_share(store, group_key="white", percent=10, **base)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="not stated"):
        diversity.set_share(
            store,
            subject="population",
            dimension="sex",
            group_key="not_stated",
            as_of=APRIL,
            percent=1,
            source="",
        )
    assert diversity.list_entries(store) == []
