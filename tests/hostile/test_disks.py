"""Full disks and read-only folders are real tmpfs and bind mounts (the tests run as root in
CI); if mounting fails the tests fail, they are not skipped.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dass_desktop.cli import main
from tests.hostile.helpers import CSV_HEAD, GOOD_ROW, D, assert_plain, run, snapshot, write_file


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at ``where`` (the tests run as root)."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.fail(f"these tests need root to mount a tmpfs: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextlib.contextmanager
def read_only_view(source: Path, where: Path) -> Iterator[Path]:
    """``source`` seen through a read-only bind mount at ``where``."""
    where.mkdir(parents=True, exist_ok=True)
    for command in (
        ["mount", "--bind", str(source), str(where)],
        ["mount", "-o", "remount,bind,ro", str(where)],
    ):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(where)], check=False)
            pytest.fail(f"these tests need root to bind-mount read-only: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> None:
    """Fill the disk holding ``folder`` to the last byte."""
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)


def test_a_full_disk_is_called_a_full_disk_and_loses_nothing(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a full disk: check still passes (never "damaged"), backup, JSON export, the demo
    and a CSV import each say the disk is full, leave no partial file, change nothing.
    """
    with tmpfs(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        shutil.copytree(demo_data, data)
        csv = tmp_path / "f.csv"
        csv.write_bytes(CSV_HEAD + GOOD_ROW)
        out = disk / "out"
        out.mkdir()
        fill(disk)
        before = snapshot(data)
        code, err = run(capsys, "check", D, str(data))
        assert code == 0, err
        assert "damaged" not in err, err
        for args in (
            ["backup", D, str(data), "--out", str(out / "b.sqlite3")],
            ["export", "json", D, str(data), "--out", str(out / "a.json")],
            ["demo", D, str(disk / "new")],
            ["import", "workforce", str(csv), D, str(data)],
        ):
            code, err = run(capsys, *args)
            assert code == 1, (args, err)
            assert_plain(err)
            assert "full" in err, (args, err)
            assert "damaged" not in err, (args, err)
            assert snapshot(data) == before, args
            assert list(out.iterdir()) == [], args


def test_read_only_folders_are_reported_and_still_readable(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only folder is reported as read-only (never chmodded); a data folder and a
    backup on read-only media can still be checked, exported and restored from.
    """
    source = tmp_path / "source"
    source.mkdir()
    shutil.copytree(demo_data, source / "data")
    assert main(["backup", D, str(source / "data"), "--out", str(source / "b.sqlite3")]) == 0
    capsys.readouterr()
    with read_only_view(source, tmp_path / "ro") as ro:
        before = snapshot(source)
        mode = os.stat(ro).st_mode
        for args in (
            ["backup", D, str(ro / "data"), "--out", str(ro / "c.sqlite3")],
            ["demo", D, str(ro / "new")],
            [
                "import",
                "workforce",
                write_file(tmp_path, "f.csv", CSV_HEAD + GOOD_ROW),
                D,
                str(ro / "data"),
            ],
        ):
            code, err = run(capsys, *args)
            assert code == 1, (args, err)
            assert_plain(err)
            assert "read-only" in err, (args, err)
        assert os.stat(ro).st_mode == mode
        code, err = run(capsys, "check", D, str(ro / "data"))
        assert code == 0, err
        code, err = run(
            capsys, "export", "json", D, str(ro / "data"), "--out", str(tmp_path / "a.json")
        )
        assert code == 0, err
        code, err = run(capsys, "restore", str(ro / "b.sqlite3"), D, str(tmp_path / "new"))
        assert code == 0, err
        assert snapshot(source) == before


def test_a_full_disk_at_start_skips_the_daily_copy_but_opens(
    demo_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When the disk is too full for today's automatic copy, the data still opens (read and
    exported), with a note saying the copy was not taken; nothing is changed.
    """
    with tmpfs(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        shutil.copytree(demo_data, data)
        for daily in (data / "backups").glob("*-daily.sqlite3"):
            daily.unlink()  # as on the first start of a new day
        fill(disk)
        before = snapshot(data)
        from dass_desktop import paths
        from dass_desktop.domain.profile import load_profile
        from dass_desktop.store import open_store

        with open_store(paths.resolve(data)) as store:
            assert load_profile(store) is not None
            (notice,) = store.notices
        assert "backup was not taken" in notice
        assert "full" in notice
        assert snapshot(data) == before
        code, err = run(capsys, "demo", D, str(data))  # the command line passes it on
        assert code == 1
        assert "backup was not taken" in err
        assert "already holds" in err
