"""Diversity files as councils publish them: a row per year, a head-count column per group.

The percentages below are worked out by hand from the counts in the file: each is a share
of the staff who declared, "prefer not to say" and "undisclosed" are never a group, and a
broad ethnic group is its own column or the sum of its finer groups, never both.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dass_desktop.domain import diversity
from dass_desktop.interchange.workforce_csv import ImportRefused, import_file
from dass_desktop.store import Store
from tests.conftest import TODAY

HEADER = (
    "organisation,year,employees,"
    "ethnicity_white_british,ethnicity_white_other,ethnicity_asian,ethnicity_asian_pakistani,"
    "ethnicity_asian_indian,ethnicity_black_african,ethnicity_mixed,ethnicity_other,"
    "ethnicity_prefernottosay,ethnicity_undisclosed,ethnicity_total,"
    "gender_female,gender_male,gender_prefernottosay,"
    "disability_yes,disability_no,disability_undisclosed,"
    "age_16-24,age_25-34,age_35-44,age_45-54,age_55-64,age_65+,"
    "religion_no,religion_christian,sexuality_bisexual,sexuality_heterosexual"
)
YEAR_1 = (
    "Leeds,2022/23,400,"
    "250,30,40,25,10,20,10,10,25,15,400,"
    "300,90,10,"
    "30,320,50,"
    "20,80,100,110,80,10,"
    "150,200,8,300"
)
# Blank cells: no Asian column (the finer groups make it), no disability or age at all.
YEAR_2 = "Leeds,2023/24,420,260,,,30,14,,12,,30,,,320,100,,,,,,,,,,,,,,"
WIDE = "\n".join((HEADER, YEAR_1, YEAR_2)) + "\n"
MARCH_2023, MARCH_2024 = dt.date(2023, 3, 1), dt.date(2024, 3, 1)


def write(tmp_path: Path, text: str, name: str = "workforce-diversity.csv") -> Path:
    """The file on disk, as the director would save it."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def shares(store: Store) -> dict[tuple[str, str, dt.date], float]:
    """Every stored workforce share by (dimension, group, date)."""
    return {
        (e.dimension, e.group_key, e.as_of): e.percent
        for e in diversity.list_entries(store)
        if e.subject == "workforce"
    }


def test_a_wide_file_imports_as_shares_of_those_who_declared(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """Counts become percentages of the declared, with finer and broad groups and a note of
    how many did not declare.
    """
    report = import_file(store_with_profile, write(tmp_path, WIDE), TODAY)
    got = shares(store_with_profile)
    # 2022/23, ethnicity: declared = White 280 (250 + 30) + Asian 40 (its own column, the 35
    # in its finer groups are part of it) + Black 20 + Mixed 10 + Other 10 = 360; 40 did not.
    expected_2023 = {
        ("ethnicity", "white"): 280 / 360 * 100,
        ("ethnicity", "white_british"): 250 / 360 * 100,
        ("ethnicity", "white_other"): 30 / 360 * 100,
        ("ethnicity", "asian"): 40 / 360 * 100,
        ("ethnicity", "asian_pakistani"): 25 / 360 * 100,
        ("ethnicity", "asian_indian"): 10 / 360 * 100,
        ("ethnicity", "black"): 20 / 360 * 100,
        ("ethnicity", "black_african"): 20 / 360 * 100,
        ("ethnicity", "mixed"): 10 / 360 * 100,
        ("ethnicity", "other"): 10 / 360 * 100,
        ("sex", "female"): 300 / 390 * 100,  # 10 preferred not to say
        ("sex", "male"): 90 / 390 * 100,
        ("disability", "disabled"): 30 / 350 * 100,  # 50 undisclosed
        ("disability", "not_disabled"): 320 / 350 * 100,
        ("age", "16-24"): 5.0,
        ("age", "25-34"): 20.0,
        ("age", "35-44"): 25.0,
        ("age", "45-54"): 27.5,
        ("age", "55-64"): 20.0,
        ("age", "65+"): 2.5,
        ("religion", "no_religion"): 150 / 350 * 100,  # 50 of the 400 gave no religion
        ("religion", "christian"): 200 / 350 * 100,
        ("sexuality", "bisexual"): 8 / 308 * 100,
        ("sexuality", "heterosexual"): 300 / 308 * 100,
    }
    # 2023/24: Asian = 30 + 14 = 44; declared = 260 + 44 + 12 = 316; 30 preferred not to say.
    expected_2024 = {
        ("ethnicity", "white"): 260 / 316 * 100,
        ("ethnicity", "white_british"): 260 / 316 * 100,
        ("ethnicity", "asian"): 44 / 316 * 100,
        ("ethnicity", "asian_pakistani"): 30 / 316 * 100,
        ("ethnicity", "asian_indian"): 14 / 316 * 100,
        ("ethnicity", "mixed"): 12 / 316 * 100,
        ("sex", "female"): 320 / 420 * 100,
        ("sex", "male"): 100 / 420 * 100,
    }
    expected = {(d, g, MARCH_2023): v for (d, g), v in expected_2023.items()}
    expected |= {(d, g, MARCH_2024): v for (d, g), v in expected_2024.items()}
    assert got.keys() == expected.keys()  # no "prefer not to say" group
    for key, value in expected.items():
        assert got[key] == pytest.approx(value), key
    broad = [got[("ethnicity", g, MARCH_2023)] for g in diversity.BROAD_ETHNICITY]
    assert sum(broad) == pytest.approx(100.0)  # nobody counted twice
    assert report.diversity == len(expected)
    notes = " ".join(report.notes)
    assert "2022/23: ethnicity 360 of 400 staff declared; 40 did not (25 preferred" in notes
    assert "15 undisclosed" in notes
    assert "religion or belief 350 of 400 staff declared; 50 did not" in notes
    white = next(
        e
        for e in diversity.list_entries(store_with_profile)
        if e.group_key == "white" and e.as_of == MARCH_2023
    )
    assert "360 of 400 staff who declared their ethnicity; 40 did not" in white.source


def test_finer_groups_show_under_their_parent_and_beside_the_population(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """The gap table puts finer groups under their broad group, compared where it can be."""
    import_file(store_with_profile, write(tmp_path, WIDE), TODAY)
    diversity.set_share(
        store_with_profile,
        subject="population",
        dimension="ethnicity",
        group_key="asian",
        as_of=dt.date(2021, 3, 1),
        percent=10.0,
        source="Census 2021",
    )
    broad = diversity.diversity_table(store_with_profile, "ethnicity")
    assert [r.group_key for r in broad] == ["asian", "mixed", "white"]  # latest year only
    rows = diversity.diversity_table(store_with_profile, "ethnicity", finer=True)
    keys = [(r.group_key, r.parent) for r in rows]
    assert keys[:3] == [("asian", None), ("asian_indian", "asian"), ("asian_pakistani", "asian")]
    asian = rows[0]
    assert asian.gap == pytest.approx(44 / 316 * 100 - 10.0)
    assert rows[2].group_label == "Pakistani (Asian, Asian British or Asian Welsh)"
    assert rows[2].population is None
    assert rows[2].gap is None


def test_reimporting_updates_rather_than_duplicates(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """The same years again replace their figures; no second copy is stored."""
    path = write(tmp_path, WIDE)
    import_file(store_with_profile, path, TODAY)
    first = diversity.list_entries(store_with_profile)
    import_file(store_with_profile, path, TODAY)
    assert diversity.list_entries(store_with_profile) == first
    corrected = WIDE.replace("Leeds,2023/24,420,260,", "Leeds,2023/24,420,272,")
    import_file(store_with_profile, write(tmp_path, corrected), TODAY)
    after = shares(store_with_profile)
    assert len(after) == len(first)
    assert after[("ethnicity", "white", MARCH_2024)] == pytest.approx(272 / 328 * 100)


def test_the_director_s_own_rows_are_taken_from_a_file_of_several_organisations(
    store_with_profile: Store, tmp_path: Path
) -> None:
    """Rows of other organisations are left out; the council's own are kept."""
    other = YEAR_1.replace("Leeds,", "Bradford,").replace(",250,", ",100,")
    import_file(store_with_profile, write(tmp_path, "\n".join((HEADER, other, YEAR_1))), TODAY)
    assert shares(store_with_profile)[("ethnicity", "white_british", MARCH_2023)] == (
        pytest.approx(250 / 360 * 100)
    )


def _cells(row: str, **changes: str) -> str:
    names = HEADER.split(",")
    cells = row.split(",")
    for name, value in changes.items():
        cells[names.index(name.replace("__", "-"))] = value
    return ",".join(cells)


HOSTILE = {
    "a percentage": (_cells(YEAR_1, gender_female="75%"), "needs numbers of staff"),
    "a negative count": (_cells(YEAR_1, gender_male="-3"), "-3 staff is below zero"),
    "words": (_cells(YEAR_1, gender_male="lots"), "'lots' is not a number"),
    "a fraction of a person": (_cells(YEAR_1, gender_male="2.5"), "not a whole number"),
    "finer groups over their parent": (
        _cells(YEAR_1, ethnicity_asian_pakistani="45"),
        "add up to 55, more than the 40 in the asian column",
    ),
    "a total that does not add up": (
        _cells(YEAR_1, ethnicity_total="390"),
        "the ethnicity total is 390, but its groups add up to 360 and 40 did not say",
    ),
    "more staff than employees": (
        _cells(YEAR_1, employees="300"),
        "more than the 300 there are",
    ),
    "no year": (_cells(YEAR_1, year=""), "there is no year"),
    "not a year": (_cells(YEAR_1, year="soon"), "'soon' is not a month"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_say_why_in_a_sentence_and_change_nothing(
    store_with_profile: Store, tmp_path: Path, case: str
) -> None:
    """Each bad file is refused with a plain sentence naming the line; nothing changes."""
    import_file(store_with_profile, write(tmp_path, WIDE, "before.csv"), TODAY)
    before = diversity.list_entries(store_with_profile)
    row, reason = HOSTILE[case]
    path = write(tmp_path, "\n".join((HEADER, row, YEAR_2)) + "\n")
    with pytest.raises(ImportRefused) as refused:
        import_file(store_with_profile, path, TODAY)
    assert refused.value.message.endswith("correct the file and import it again.")
    said = [str(p) for p in refused.value.problems]
    assert any(s.startswith("Line 2") and reason in s for s in said), said
    assert diversity.list_entries(store_with_profile) == before


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            WIDE + YEAR_1.replace("2022/23", "2022-23") + "\n",
            "2022/23 is also on line 2",
        ),
        (
            WIDE.replace("ethnicity_mixed", "ethnicity_bame"),
            "'ethnicity_bame' is not an ethnicity group the app knows",
        ),
        (
            WIDE.replace("year,", "snapshot,", 1),
            "not recognised: 'snapshot'",
        ),
        (
            "\n".join(
                (HEADER, YEAR_1.replace("Leeds", "Bradford"), YEAR_2.replace("Leeds", "York"))
            ),
            "none is your council (Leeds)",
        ),
    ],
)
def test_files_refused_as_a_whole_say_why(
    store_with_profile: Store, tmp_path: Path, text: str, reason: str
) -> None:
    """A repeated year, an unknown group, no year column or no row of the council's own."""
    with pytest.raises(ImportRefused) as refused:
        import_file(store_with_profile, write(tmp_path, text), TODAY)
    said = " ".join([refused.value.message, *(str(p) for p in refused.value.problems)])
    assert reason in said
    assert diversity.list_entries(store_with_profile) == []
