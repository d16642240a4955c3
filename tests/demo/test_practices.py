"""The demo council's practices: a believable log, most kept up, exactly one lapsed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dass_desktop import paths
from dass_desktop.demo import demo_start_date, write_demo
from dass_desktop.domain.overview_store import Overview
from dass_desktop.domain.practice_store import list_practices
from dass_desktop.domain.practice_terms import PracticeState
from dass_desktop.store import open_store
from tests.conftest import TODAY


@pytest.mark.parametrize("today", [TODAY, dt.date(2027, 1, 14)], ids=str)
def test_demo_practices_are_mostly_kept_and_one_has_lapsed(tmp_path: Path, today: dt.date) -> None:
    """Every practice has a log on working days; only the calm pace has lapsed."""
    with open_store(paths.resolve(tmp_path)) as store:
        write_demo(store, today)
        start = demo_start_date(today)
        practices = list_practices(store, start, today)
        assert len(practices) == 6
        lapsed = [p.template_key for p in practices if p.state is PracticeState.LAPSED]
        assert lapsed == ["practice.pace"]
        for practice in practices:
            assert practice.log, f"{practice.title} has no log"
            for entry in practice.log:
                assert start <= entry.practised_on <= today
                if entry.id is not None:  # logged by hand, on a working day
                    assert entry.practised_on.weekday() < 5, (practice.title, entry)
        two_way = next(p for p in practices if p.template_key == "practice.two-way")
        assert all(e.engagement_id for e in two_way.log)  # its log is the logged visits
        assert [p.template_key for p in Overview(store, today).lapsed_practices] == lapsed
