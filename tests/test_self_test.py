"""``dass-desktop --self-test`` from a source install: passes, offline, tidy; fails by name."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop.self_test import (
    StepFailed,
    StepLog,
    ics_events,
    json_rows,
    open_sockets,
    pdf_pages,
    watching_sockets,
)

# The self-test's entry point exactly as the README gives it, from the installed package.
RUN = "import sys; from dass_desktop.cli import main; sys.exit(main(['--self-test']))"

NO_SOCKETS = '''\
"""Loaded at start-up (PYTHONPATH): any socket this process makes is refused."""
import socket


class _Refused(socket.socket):
    def __init__(self, *args, **kwargs):
        raise OSError("this test forbids sockets")


socket.socket = _Refused
'''


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """An environment with its own empty home and temporary folder, and no sockets."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_SOCKETS, encoding="utf-8")
    for name in ("home", "tmp"):
        (tmp_path / name).mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "MPL", "QT_")) and key != "PYTHONPATH"
    }
    env.update(
        HOME=str(tmp_path / "home"),
        TMPDIR=str(tmp_path / "tmp"),
        PYTHONPATH=str(guard),
        # Deliberately not offscreen: the self-test must choose that itself.
        QT_QPA_PLATFORM="xcb",
    )
    return env


def leftovers(tmp_path: Path) -> list[Path]:
    """Everything inside the isolated home and temporary folder."""
    return sorted(p for name in ("home", "tmp") for p in (tmp_path / name).rglob("*"))


def test_guard_refuses_sockets(tmp_path: Path) -> None:
    """The socket guard used below really is active in the child process (else the
    'no socket' part of the next test would prove nothing).
    """
    result = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket()"],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "this test forbids sockets" in result.stderr


@pytest.mark.slow
def test_self_test_passes_offline_and_leaves_nothing(tmp_path: Path) -> None:
    """From the source install the self-test visits every page, draws every chart, exports
    and reads back every file and exits 0: with sockets refused, with no display, printing
    no warning, and leaving nothing in the home or temporary folder.
    """
    result = subprocess.run(
        [sys.executable, "-c", RUN],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    out = result.stdout
    for page in ("Dashboard", "Plan", "Teams", "Stakeholders", "Visits", "Workforce"):
        assert f"ok  visit the {page} page" in out
    assert out.count("ok  draw the chart") >= 8
    for what in ("100-day plan (PDF)", "six-month plan (PDF)", "one-to-one briefing (PDF)"):
        assert f"ok  read back the {what}" in out
    assert "ok  read back the calendar of follow-ups (ICS)" in out
    assert "ok  read back all the data (JSON)" in out
    assert "ok  open no network connection" in out
    assert "Self-test passed" in out
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_self_test_names_the_step_that_fails(tmp_path: Path) -> None:
    """When the disk refuses to take the data (a file size limit, like a full disk), the
    self-test exits 1 naming the step that failed, and still removes its folder.
    """
    import resource
    import signal

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a plain error rather than a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (16_000, 16_000))

    result = subprocess.run(
        [sys.executable, "-c", RUN],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        preexec_fn=small_files,
    )
    assert result.returncode == 1
    assert "ok  create a temporary folder" in result.stdout
    assert "self-test failed at step 'write the demo council'" in result.stderr
    assert "Self-test passed" not in result.stdout
    assert leftovers(tmp_path) == []


def test_self_test_refuses_other_options(capsys: pytest.CaptureFixture[str]) -> None:
    """--self-test works on its own temporary council: with a data folder it is a usage error."""
    from dass_desktop.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["--self-test", "--data-dir", "somewhere"])
    assert exited.value.code == 2
    assert "--self-test" in capsys.readouterr().err


def test_step_log_names_the_failing_step() -> None:
    """An exception inside a step becomes StepFailed with the step's name and the reason;
    steps before it are recorded as passed.
    """
    printed = io.StringIO()
    steps = StepLog(out=printed)
    with steps.step("first"):
        pass
    with pytest.raises(StepFailed) as failed, steps.step("second"):
        raise OSError("No space left on device")
    assert failed.value.step == "second"
    assert "No space left on device" in failed.value.reason
    assert steps.passed == ["first"]
    assert printed.getvalue() == "  ok  first\n"


def test_socket_watch_sees_a_socket() -> None:
    """The audit watch records a socket made inside it (none is connected), and nothing
    after the block ends.
    """
    with watching_sockets() as events:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert "socket.__new__" in events
    count = len(events)
    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert len(events) == count


def test_open_sockets_sees_a_native_socket() -> None:
    """The kernel's list of this process's sockets shows one while it is open (Linux, where
    CI runs), and not after it is closed.
    """
    before = open_sockets()
    unconnected = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        assert len(open_sockets() - before) == 1
    finally:
        unconnected.close()
    assert open_sockets() - before == set()


def test_pdf_check_agrees_with_pypdf(store_with_profile: object, tmp_path: Path) -> None:
    """The self-test's light PDF check counts the same pages as a real PDF reader, and
    refuses a truncated file.
    """
    import datetime as dt

    from dass_desktop.domain.narrative import PlanKind
    from dass_desktop.reports.plans import export_plan

    out = tmp_path / "plan.pdf"
    export_plan(store_with_profile, PlanKind.SIX_MONTH, out, dt.date(2026, 11, 26))  # type: ignore[arg-type]
    assert pdf_pages(out) == len(PdfReader(out).pages)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    with pytest.raises(ValueError, match="incomplete"):
        pdf_pages(cut)
    not_pdf = tmp_path / "not.pdf"
    not_pdf.write_text("hello", encoding="utf-8")
    with pytest.raises(ValueError, match="PDF header"):
        pdf_pages(not_pdf)


def test_ics_and_json_checks(tmp_path: Path) -> None:
    """The ICS check counts events and refuses other text; the JSON check counts rows and
    refuses a document with no tables.
    """
    ics = tmp_path / "a.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8"
    )
    assert ics_events(ics) == 1
    ics.write_text("hello", encoding="utf-8")
    with pytest.raises(ValueError, match="not an iCalendar file"):
        ics_events(ics)
    data = tmp_path / "a.json"
    data.write_text('{"tables": {"a": [{}, {}], "b": [{}]}}', encoding="utf-8")
    assert json_rows(data) == 3
    data.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="holds no tables"):
        json_rows(data)
