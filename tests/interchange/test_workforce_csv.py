"""Importing workforce CSV files: awkward and malformed files each give their documented
outcome, published statistics are sorted by area, and a failed import changes nothing.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.domain import (
    benchmark_store,
    comparator_family,
    diversity,
    workforce_store,
    workforce_terms,
)
from dass_desktop.domain.workforce_import import apply_import, saved_mapping
from dass_desktop.interchange import workforce_columns as cols
from dass_desktop.interchange.tabular import CsvProblem
from dass_desktop.interchange.workforce_csv import (
    ImportRefused,
    check,
    context_for,
    import_file,
)
from dass_desktop.interchange.workforce_file import Outcome, preview
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY

MARCH, APRIL = dt.date(2026, 3, 1), dt.date(2026, 4, 1)


def outcome_of(
    store: Store,
    data: bytes | str,
    *,
    targets: dict[str, str] | None = None,
    fractions: bool | None = None,
) -> Outcome:
    """Check a file as the import dialog would, with optional column choices by header."""
    raw = data.encode() if isinstance(data, str) else data
    view = preview(raw, "figures.csv", lambda sig: saved_mapping(store, sig))
    chosen = [targets.get(c.header, c.target) if targets else c.target for c in view.columns]
    return check(view, chosen, context_for(store, TODAY), fractions=fractions)


def imported(store: Store, data: bytes | str, **kwargs: object) -> Outcome:
    """Check and save a file that must be clean."""
    outcome = outcome_of(store, data, **kwargs)  # type: ignore[arg-type]
    assert outcome.ok, [str(p) for p in outcome.problems] or outcome.question
    assert outcome.batch is not None
    apply_import(store, outcome.batch)
    return outcome


def values(
    store: Store, scope: str = workforce_terms.DEPARTMENT
) -> dict[tuple[str, dt.date], float]:
    """Stored figures of one scope by (metric, month)."""
    found = next((s for s in workforce_store.list_scopes(store) if s.name == scope), None)
    if found is None:
        return {}
    return {(v.metric, v.period): v.value for v in workforce_store.list_values(store, found.id)}


def problems(outcome: Outcome) -> list[str]:
    """The problems as the dialog lists them."""
    return [str(p) for p in outcome.problems]


OWN = "Month,Team,FTE,Vacancy rate\nMar 2026,Reablement,36.5,12.5%\nApr 2026,,380.2,10.1%\n"


# --- the awkward files -------------------------------------------------------------------------
def test_1_plain_comma_file(store: Store) -> None:
    """A tidy file imports: team rows to the team, blank team to the whole department."""
    outcome = imported(store, OWN)
    assert outcome.batch is not None
    assert len(outcome.batch.own) == 4
    assert values(store, "Reablement") == {("fte", MARCH): 36.5, ("vacancy_rate", MARCH): 12.5}
    assert values(store)[("vacancy_rate", APRIL)] == 10.1


def test_2_semicolons_and_decimal_commas(store: Store) -> None:
    """A European-style export (semicolons, 12,5) is read correctly."""
    imported(store, "Month;FTE;Vacancy rate\n2026-03;1.234,5;12,5\n")
    assert values(store) == {("fte", MARCH): 1234.5, ("vacancy_rate", MARCH): 12.5}


def test_3_tab_separated_utf16_from_excel(store: Store) -> None:
    """Excel's "Unicode text" (UTF-16, tabs) imports."""
    imported(store, "Month\tFTE\r\n2026-03\t40\r\n".encode("utf-16"))
    assert values(store) == {("fte", MARCH): 40.0}


def test_4_utf8_with_bom(store: Store) -> None:
    """A byte-order mark does not spoil the first column's name."""
    outcome = imported(store, codecs.BOM_UTF8 + b"Month,FTE\n2026-03,40\n")
    assert outcome.batch is not None
    assert outcome.batch.mapping["month"] == cols.PERIOD


def test_5_windows_1252_team_names(store: Store) -> None:
    """Team names saved by Excel on Windows (é, en dash) arrive intact."""
    imported(store, "Month,Team,FTE\n2026-03,Café – North,4\n".encode("cp1252"))
    assert values(store, "Café – North") == {("fte", MARCH): 4.0}


def test_6_blank_lines_and_trailing_commas(store: Store) -> None:
    """Blank lines and empty trailing columns are skipped; line numbers stay the file's."""
    data = "Month,FTE,,\n\n2026-03,40,,\n,,,\n2026-04,oops,,\n"
    outcome = outcome_of(store, data)
    assert problems(outcome) == ["Line 5 (FTE): 'oops' is not a number"]
    view = preview(data.encode(), "f.csv")
    assert "2 blank lines skipped" in view.describe


def test_7_missing_month_column(store: Store) -> None:
    """A file without a month column is refused before any row is read."""
    outcome = outcome_of(store, "Team,FTE\nReablement,4\n")
    assert problems(outcome) == [
        "The file: No column holds the month. Name it Month or Period, or map it in the preview."
    ]


def test_8_unrecognised_columns_must_be_mapped(store: Store) -> None:
    """An unknown column is named; once mapped (here: ignored), the file imports."""
    data = "Month,FTE,Morale index\n2026-03,40,7\n"
    outcome = outcome_of(store, data)
    assert "'Morale index'" in problems(outcome)[0]
    assert "not mapped" in problems(outcome)[0]
    imported(store, data, targets={"Morale index": cols.IGNORE})
    assert values(store) == {("fte", MARCH): 40.0}


def test_9_text_in_numeric_cells(store: Store) -> None:
    """Every cell that is not a number is listed with its line and column."""
    outcome = outcome_of(store, "Month,FTE,Vacancy rate\n2026-03,forty,12\n2026-04,40,twelve\n")
    assert problems(outcome) == [
        "Line 2 (FTE): 'forty' is not a number",
        "Line 3 (Vacancy rate): 'twelve' is not a number",
    ]
    assert outcome.batch is None


def test_10_duplicate_months(store: Store) -> None:
    """The same team and month twice is refused, naming both lines."""
    data = "Month,Team,FTE\n2026-03,Reablement,4\n03/2026,Reablement,5\n2026-03,OT,1\n"
    assert problems(outcome_of(store, data)) == ["Line 3: Reablement, Mar 2026 is also on line 2"]


def test_11_negative_rates(store: Store) -> None:
    """A negative rate is refused."""
    assert problems(outcome_of(store, "Month,Vacancy rate\n2026-03,-2\n")) == [
        "Line 2 (Vacancy rate): -2 is below zero; vacancy rate cannot be negative"
    ]


def test_12_rates_over_100(store: Store) -> None:
    """A rate over 100% is refused (after any fractions are turned into percentages)."""
    assert problems(outcome_of(store, "Month,Agency %\n2026-03,112.5%\n")) == [
        "Line 2 (Agency %): 112.5% is over 100%"
    ]


def test_13_fractions_are_asked_about(store: Store) -> None:
    """A rate column holding only 0 to 1 raises a question; the answer decides."""
    data = "Month,Vacancy rate,Supervision in date\n2026-03,0.125,0.9\n2026-04,0.1,0.85\n"
    outcome = outcome_of(store, data)
    assert outcome.ambiguous == ["Vacancy rate", "Supervision in date"]
    assert "0.125 means 12.5%" in outcome.question
    assert outcome.batch is None
    imported(store, data, fractions=True)
    assert values(store)[("vacancy_rate", MARCH)] == pytest.approx(12.5)
    assert values(store)[("supervision", APRIL)] == pytest.approx(85.0)


def test_14_explicit_percentages_are_not_ambiguous(store: Store) -> None:
    """12.5, 12.5% and values over 1 need no question."""
    imported(store, "Month,Vacancy rate,Agency %\n2026-03,12.5,0.5%\n2026-04,9,1%\n")
    assert values(store)[("agency_rate", MARCH)] == 0.5


def test_15_ambiguous_dates_read_the_uk_way(store: Store) -> None:
    """03/04/2026 is 3 April (UK); a file of US dates is read month first, and says so."""
    imported(store, "Date,FTE\n03/04/2026,40\n")
    assert values(store) == {("fte", APRIL): 40.0}
    outcome = imported(store, "Date,FTE\n03/31/2026,41\n04/30/2026,42\n")
    assert values(store)[("fte", MARCH)] == 41.0
    assert any("month first" in n for n in outcome.notes)


def test_16_bad_months(store: Store) -> None:
    """Months that cannot be read are listed with the ways to write them."""
    outcome = outcome_of(store, "Month,FTE\n13/2026,1\nMar 20266,1\n\n,1\n")
    assert problems(outcome) == [
        "Line 2 (Month): '13/2026' has no month 13",
        "Line 3 (Month): 'Mar 20266' is not a month. Write months as 2026-03, Mar 2026, "
        "03/2026 or 31/03/2026.",
        "Line 5 (Month): there is no month",
    ]


def test_17_more_cells_than_the_header(store: Store) -> None:
    """A row with extra filled cells is refused (shorter rows are padded with blanks)."""
    outcome = outcome_of(store, "Month,FTE,Headcount\n2026-03,1,2,3\n2026-04,1\n")
    assert problems(outcome) == ["Line 2: has 4 cells but the header has 3"]


def test_18_suppressed_cells_are_blank_not_errors(store: Store) -> None:
    """Published 'no figure' markers (c, z, low, -) are skipped, not refused."""
    imported(store, "Month,FTE,Headcount,Vacancy rate\n2026-03,c,low,-\n2026-04,z,10,[x]\n")
    assert values(store) == {("headcount", APRIL): 10.0}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\n\n", "empty"),
        (b"Month,FTE\n", "no rows"),
        (b"PK\x03\x04\x14\x00", "spreadsheet file"),
        (b"Team,Apr-25,May-25,Jun-25\nReablement,1,2,3\n", "months run across the top"),
        (b"Month|FTE\n2026-03|1\n", "only one column"),
    ],
)
def test_19_files_that_cannot_be_read(data: bytes, message: str) -> None:
    """Empty files, spreadsheets, months across the top and odd delimiters are refused."""
    with pytest.raises(CsvProblem, match=message):
        preview(data, "f.csv")


def test_20_two_columns_for_one_measure(store: Store) -> None:
    """Two columns mapped to the same measure are refused until one is ignored."""
    outcome = outcome_of(
        store, "Month,FTE,WTE\n2026-03,1,1\n", targets={"WTE": "fte", "FTE": "fte"}
    )
    assert "'FTE' and 'WTE' both hold fte in post" in problems(outcome)[0]


def test_100000_rows(store: Store, tmp_path: Path) -> None:
    """A 100,000-row file imports in full (the timing is in tests/benchmarks)."""
    lines = ["Month,Team,FTE,Vacancy rate %"]
    for n in range(100_000):
        month = dt.date(2013 + (n // 1000) // 12, (n // 1000) % 12 + 1, 1)
        lines.append(f"{month:%Y-%m},Team {n % 1000:03d},{n % 50},{n % 20}.5%")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines))
    report = import_file(store, path, TODAY)
    assert report.own == 200_000
    with store.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM workforce_value")
        assert count.scalar() == 200_000


# --- all or nothing, and again ---------------------------------------------------------------
def digest(path: Path) -> str:
    """A hash of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_failed_import_leaves_the_database_byte_for_byte(
    data_paths: paths.DataPaths, tmp_path: Path
) -> None:
    """An import refused on its last line changes no byte of the database."""
    with open_store(data_paths) as store:
        imported(store, OWN)
    before = digest(data_paths.database)
    bad = tmp_path / "bad.csv"
    rows = [f"2025-{m:02d},Team {m},{m}" for m in range(1, 13)] + ["2026-01,Team 1,-4"]
    bad.write_text("Month,Team,FTE\n" + "\n".join(rows) + "\n")
    with open_store(data_paths) as store:
        with pytest.raises(ImportRefused) as refused:
            import_file(store, bad, TODAY)
        assert [str(p) for p in refused.value.problems] == [
            "Line 14 (FTE): -4 is below zero; fte in post cannot be negative"
        ]
    assert digest(data_paths.database) == before
    assert not data_paths.database.with_name(data_paths.database.name + "-wal").exists()


def test_importing_again_updates_and_never_duplicates(store: Store) -> None:
    """The same file twice leaves one figure per team, measure and month; changes update."""
    imported(store, OWN)
    imported(store, OWN.replace("36.5", "37.0"))
    with store.read() as session:
        count = session.connection().exec_driver_sql("SELECT count(*) FROM workforce_value")
        assert count.scalar() == 4
    assert values(store, "Reablement")[("fte", MARCH)] == 37.0


def test_mapping_is_remembered_for_the_next_file(store: Store) -> None:
    """Column choices and the fractions answer are kept for files with the same header."""
    data = "Month,Morale index,Sup\n2026-03,7,0.9\n"
    imported(
        store, data, targets={"Morale index": cols.IGNORE, "Sup": "supervision"}, fractions=True
    )
    view = preview(
        b"Month,Morale index,Sup\n2026-04,6,0.8\n",
        "next.csv",
        lambda sig: saved_mapping(store, sig),
    )
    assert view.unmapped == []
    assert [c.how for c in view.columns] == ["remembered"] * 3
    assert view.remembered is not None
    assert view.remembered.options == {"fractions": True}


def test_values_keep_their_file_and_line(store: Store) -> None:
    """Each imported figure records the file and the line it came from."""
    imported(store, OWN)
    scope = next(s for s in workforce_store.list_scopes(store) if s.name == "Reablement")
    rows = workforce_store.list_values(store, scope.id)
    assert {r.source for r in rows} == {"figures.csv, line 2"}


# --- published statistics: one row per area ------------------------------------------------
CSWW_HEADER = (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
    "region_name,old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,leavers_fte,"
    "leavers_headcount,turnover_rate_fte,agency_rate_fte,vacancy_rate_fte,"
    "working_days_lost_fte,absence_rate_fte"
)
CSWW_ROWS = [
    "2025,Reporting year,National,E92000001,England,,,,,,36186.3,38292,4276.3,4611,11.8,13,"
    "14.2,322786.3,3.5",
    "2025,Reporting year,Regional,E92000001,England,E12000003,Yorkshire and The Humber,,,,"
    "4116,4405,408.8,445,9.9,7.9,7.4,42690.2,4.1",
    "2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,5239.2,5538,"
    "637.7,685,12.2,16.6,15.7,54697.2,4.1",
    "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The "
    "Humber,383,E08000035,Leeds,660.4,709,46.2,53,7,2.1,2.1,6338.3,3.8",
    "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The "
    "Humber,373,E08000039,Sheffield,446.9,494,47.8,52,10.7,0.4,3.4,5052.7,4.5",
    "2025,Reporting year,Local authority,E92000001,England,E12000002,North West,350,"
    "E08000001,Bolton,162.5,175,34.3,36,21.1,25.3,16.5,1760.4,4.3",
    "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,"
    "940 / 941,E06000061 / E06000062,North Northamptonshire / West Northamptonshire,"
    "421.5,439,43.9,45,10.4,19.5,25.9,3516,3.3",
    "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The "
    "Humber,382,E08000034,Kirklees,256.5,275,27.2,30,10.6,0,z,2515,3.9",
]


def test_published_file_is_sorted_by_area(store_with_profile: Store) -> None:
    """Leeds's row becomes its figures; England, the region and the family become comparators;
    other councils and regions are skipped and counted. No column needs mapping.
    """
    store = store_with_profile
    comparator_family.fill_family_from_cipfa(store, "E08000035")  # Sheffield, Kirklees, Bolton…
    data = "\n".join([CSWW_HEADER, *CSWW_ROWS]) + "\n"
    view = preview(data.encode(), "csww.csv")
    assert view.unmapped == []
    outcome = imported(store, data)
    # Skipped: the North West (not Leeds's region) and the Northamptonshires (not family).
    assert outcome.notes[0] == "2 rows for other councils or regions skipped."
    own = values(store)
    end_2025 = dt.date(2025, 12, 1)
    assert own[("vacancy_rate", end_2025)] == 2.1
    assert own[("fte", end_2025)] == 660.4
    assert own[("sickness_days", end_2025)] == pytest.approx(6338.3 / 660.4)
    assert ("days_lost", end_2025) not in own  # a year's days lost is not a month's
    stored = {(f.area_name, f.metric): f for f in benchmark_store.stored_figures(store)}
    assert stored[("England", "turnover_rate")].value == 11.8
    assert stored[("Yorkshire and The Humber", "agency_rate")].value == 7.9
    assert stored[("Sheffield", "absence_rate")].value == 4.5
    assert ("Kirklees", "vacancy_rate") not in stored  # suppressed with z
    assert stored[("Bolton", "vacancy_rate")].value == 16.5
    assert ("North West", "vacancy_rate") not in stored  # not Leeds's region
    sheffield = stored[("Sheffield", "turnover_rate")]
    assert sheffield.area_key == "E08000039"
    assert sheffield.period_label == "2025"
    assert sheffield.covers == "As in figures.csv"
    assert "line 6" in sheffield.source
    assert ("Sheffield", "fte") not in stored  # counts of another council are no comparator


def test_published_file_needs_a_profile(store: Store) -> None:
    """Without a profile the app cannot tell which council's rows are the director's."""
    data = "\n".join([CSWW_HEADER, *CSWW_ROWS[:2]]) + "\n"
    assert "Set up your profile first" in problems(outcome_of(store, data))[0]


def test_financial_years_and_former_codes(store_with_profile: Store) -> None:
    """202324 is the year to March 2024; a council's former code still finds its rows."""
    store = store_with_profile
    comparator_family.add_family_member(store, "E08000038", "cipfa")  # Barnsley, 2025 code
    data = (
        "time_period,la_code,la_name,turnover_rate_fte,leavers_headcount,inpost_headcount\n"
        "202324,E08000035,Leeds,,70,700\n"
        "202324,E08000016,Barnsley,12.5,,\n"
    )
    imported(store, data)
    own = values(store)
    assert own[("turnover_rate", dt.date(2024, 3, 1))] == pytest.approx(10.0)
    (barnsley,) = benchmark_store.stored_figures(store)
    assert barnsley.area_key == "E08000038"
    assert barnsley.period_label == "2023/24"


# --- diversity -------------------------------------------------------------------------------
def test_diversity_file(store: Store) -> None:
    """A file of groups with workforce and population shares is read into the gap table."""
    data = (
        "Characteristic,Group,Workforce %,Population %,As at\n"
        "Ethnicity,White,84.1,84.8,31/03/2026\n"
        "Ethnicity,Asian or Asian British,5.8,9.6,31/03/2026\n"
        "Ethnicity,Prefer not to say,4.9,,31/03/2026\n"
        "Sex,Women,79.5,51.0,31/03/2026\n"
    )
    imported(store, data)
    rows = {r.group_key: r for r in diversity.diversity_table(store, "ethnicity")}
    assert rows["asian"].gap == pytest.approx(-3.8)
    assert rows["not_stated"].workforce == 4.9
    assert rows["not_stated"].population is None
    assert diversity.diversity_table(store, "sex")[0].workforce == 79.5


def test_diversity_file_problems(store: Store) -> None:
    """Unknown groups and shares over 100% are listed by line."""
    data = "Ethnic group,Workforce %\nWhite,101\nMartian,2\n"
    assert problems(outcome_of(store, data)) == [
        "Line 2 (Workforce %): 101% is over 100%",
        "Line 3 (Ethnic group): 'Martian' is not a ethnicity group the app knows",
    ]


def test_published_cipfa_list_stands_in_for_an_empty_family(store_with_profile: Store) -> None:
    """Before the director has chosen comparators, their CIPFA list sorts the rows."""
    context = context_for(store_with_profile, TODAY)
    assert context.family["E08000039"] == "Sheffield"
    comparator_family.add_family_member(store_with_profile, "E06000052", "named")  # Cornwall
    assert context_for(store_with_profile, TODAY).family == {"E06000052": "Cornwall"}
