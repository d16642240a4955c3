"""Large workforce files: a bad cell deep in 100,000 rows is found on its own line and nothing
is saved; percentage columns read in one go give exactly what reading cell by cell gives.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dass_desktop.interchange.tabular import parse_number
from dass_desktop.interchange.workforce_csv import ImportRefused, check, context_for, import_file
from dass_desktop.interchange.workforce_file import preview
from dass_desktop.store import Store
from tests.conftest import TODAY

ROWS = 100_000
BAD_AT = 73_412  # the file's line number (the header is line 1)


def big_file(path: Path, bad: str | None = None) -> Path:
    """A file of ``ROWS`` team-months; with ``bad``, that vacancy cell on line ``BAD_AT``."""
    lines = ["Month,Team,FTE,Vacancy rate %"]
    for n in range(ROWS):
        month = dt.date(2013 + (n // 1000) // 12, (n // 1000) % 12 + 1, 1)
        cell = f"{n % 20}.5%"
        if bad is not None and n + 2 == BAD_AT:
            cell = bad
        lines.append(f"{month:%Y-%m},Team {n % 1000:03d},{n % 50},{cell}")
    path.write_text("\n".join(lines) + "\n")
    return path


def held(store: Store) -> int:
    """How many figures the database holds."""
    with store.read() as session:
        found = session.connection().exec_driver_sql("SELECT count(*) FROM workforce_value")
        return int(found.scalar() or 0)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("12.5x%", "'12.5x%' is not a number"),
        ("nan%", "'nan%' is not a number"),
        ("120%", "120% is over 100%"),
    ],
)
def test_one_bad_cell_in_100000_rows_is_named_by_its_line(
    store: Store, tmp_path: Path, bad: str, message: str
) -> None:
    """The import is refused naming line 73,412 and its column only, and the figures already
    held are left as they were.
    """
    import_file(store, big_file(tmp_path / "good.csv"), TODAY)
    before = held(store)
    with pytest.raises(ImportRefused) as refused:
        import_file(store, big_file(tmp_path / "bad.csv", bad), TODAY)
    found = [str(p) for p in refused.value.problems]
    assert len(found) == 1, found[:3]
    assert found[0].startswith(f"Line {BAD_AT} (Vacancy rate %): ")
    assert message in found[0]
    assert held(store) == before == 2 * ROWS


def test_percent_columns_read_as_cell_by_cell(store: Store) -> None:
    """A column where every cell carries a % sign (spaces, exponents, signs and all) reads
    the same numbers as :func:`parse_number` gives for each cell.
    """
    cells = ["12.5%", " 7%", "1e1%", "+3.25%", "0%", "99.9 %", "100%"]
    rows = "".join(f"2026-{n + 1:02d},Team A,{c}\n" for n, c in enumerate(cells))
    data = ("Month,Team,Vacancy rate\n" + rows).encode()
    view = preview(data, "percent.csv")
    outcome = check(view, view.targets, context_for(store, TODAY))
    assert outcome.ok, outcome.problems
    assert outcome.batch is not None
    read = [v.value for v in outcome.batch.own]
    expected = [number[0] for c in cells if (number := parse_number(c)) is not None]
    assert read == expected
