"""Every command refuses a bad input with the right exit status, one plain sentence on stderr
(no traceback, never "a fault in the app"), and the data folder byte for byte as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.cases import CASES
from tests.hostile.helpers import Case, assert_plain, run, snapshot


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_plainly_and_changes_nothing(
    case: Case, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command fails with its status and one plain sentence; no data changes."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    args = case.args(data, scratch)
    capsys.readouterr()
    watched = {p: snapshot(p) for p in (data, scratch / "other") if p.exists()}
    code, err = run(capsys, *args)
    assert code == case.code, err
    assert_plain(err)
    assert case.words in err, err
    for folder, before in watched.items():
        assert snapshot(folder) == before, f"{folder} changed"
    assert not (scratch / "fresh" / "dass-desktop.sqlite3").exists()
    assert not list(scratch.rglob("*.partial"))


def test_the_corpus_is_large_enough() -> None:
    """At least 60 bad inputs across the commands."""
    assert len(CASES) >= 60
