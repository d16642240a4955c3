"""Revision 0011: a database from 0010 keeps its diversity figures and can then hold religion or
belief and sexual orientation, which the database refused before.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from dass_desktop.domain import diversity
from dass_desktop.paths import DataPaths
from dass_desktop.store import open_store
from tests.conftest import FIXTURES

FIXTURE_0010 = FIXTURES / "databases" / "0010.sqlite3"


def test_religion_and_sexuality_are_kept_after_the_upgrade(data_paths: DataPaths) -> None:
    """The 0010 file refuses a religion share; upgraded, it keeps its old share and takes one."""
    con = sqlite3.connect(FIXTURE_0010)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(
                "INSERT INTO diversity_figure (subject, dimension, group_key, as_of, percent, "
                "source) VALUES ('workforce', 'religion', 'christian', '2026-10-01', 40, '')"
            )
    finally:
        con.rollback()
        con.close()
    data_paths.ensure()
    shutil.copy(FIXTURE_0010, data_paths.database)
    with open_store(data_paths) as store:
        before = diversity.list_entries(store)
        assert [(e.dimension, e.group_key) for e in before] == [("ethnicity", "white")]
        for dimension, group in (("religion", "christian"), ("sexuality", "bisexual")):
            diversity.set_share(
                store,
                subject="workforce",
                dimension=dimension,
                group_key=group,
                as_of=dt.date(2026, 10, 1),
                percent=12.5,
                source="HR system",
            )
        table = diversity.diversity_table(store, "religion")
    assert [(row.group_label, row.workforce) for row in table] == [("Christian", 12.5)]
