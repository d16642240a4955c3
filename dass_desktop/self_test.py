"""The self-test's headless half: named steps, a watch on sockets, and exports read back.

``dass-desktop --self-test`` proves an installed copy (a bundle most of all) works: the
window half lives in ``ui/self_test.py``; this half writes every export of a demo council
into a folder and reads each one back with nothing but the standard library, so the check
needs no test-only package inside the bundle.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from dass_desktop.paths import DataPaths
from dass_desktop.store import Store

PREFIX = "dass-desktop-self-test-"


class StepFailed(Exception):
    """A step of the self-test went wrong; ``step`` names it, ``reason`` says what happened."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


def describe(exc: BaseException) -> str:
    """A one-line account of an exception, for the failure message."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    # Long messages (numpy's import advice) put the cause last: keep the first and last line.
    detail = " … ".join(lines[:1] + lines[-1:]) if len(lines) > 1 else "".join(lines)
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


class StepLog:
    """Runs named steps one after another, printing ``ok`` for each that succeeds.

    Any exception inside a step becomes :class:`StepFailed` naming that step, so the caller
    can stop at the first failure and say exactly where it was.
    """

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out if out is not None else sys.stdout
        self.passed: list[str] = []

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Run the ``with`` block as the step ``name``."""
        try:
            yield
        except StepFailed:
            raise
        except Exception as exc:
            raise StepFailed(name, describe(exc)) from exc
        self.passed.append(name)
        print(f"  ok  {name}", file=self._out, flush=True)


# --- sockets ---------------------------------------------------------------------------
_socket_events: list[str] | None = None
_hook_installed = False


def _audit(event: str, _args: tuple[Any, ...]) -> None:
    if _socket_events is not None and event.startswith("socket."):
        _socket_events.append(event)


@contextlib.contextmanager
def watching_sockets() -> Iterator[list[str]]:
    """Record every socket Python creates or uses inside the block (audit events).

    Audit hooks cannot be removed, so one hook is installed for the life of the process and
    records only while a block is open.
    """
    global _socket_events, _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    events: list[str] = []
    _socket_events = events
    try:
        yield events
    finally:
        _socket_events = None


def open_sockets() -> set[str]:
    """The sockets this process holds open, as the kernel names them (Linux only; an empty
    set elsewhere). Catches sockets opened by native code, which audit events do not see.
    """
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return set()
    found = set()
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed while we looked
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


# --- reading exports back --------------------------------------------------------------
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def pdf_pages(path: Path) -> int:
    """Check ``path`` is a complete PDF and return its number of pages.

    A light parse that suits reportlab's output (page objects are not compressed): the
    ``%PDF-`` header, the ``%%EOF`` trailer, and the page objects counted.
    """
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError(f"{path.name} does not start with a PDF header")
    if b"%%EOF" not in data[-1024:]:
        raise ValueError(f"{path.name} has no end-of-file marker (it is incomplete)")
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise ValueError(f"{path.name} has no pages")
    return pages


def ics_events(path: Path) -> int:
    """Check ``path`` is an iCalendar file and return its number of events."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in text:
        raise ValueError(f"{path.name} is not an iCalendar file")
    return text.count("BEGIN:VEVENT")


def json_rows(path: Path) -> int:
    """Check ``path`` parses as a DASS Desktop JSON export and return its number of rows."""
    document = json.loads(path.read_text(encoding="utf-8"))
    tables = document.get("tables") if isinstance(document, dict) else None
    if not isinstance(tables, dict) or not tables:
        raise ValueError(f"{path.name} holds no tables")
    return sum(len(rows) for rows in tables.values())


# --- the exports -----------------------------------------------------------------------
@dataclass(frozen=True)
class Export:
    """One export the self-test writes and reads back.

    Attributes:
        what: what is exported, in words ("the 100-day plan (PDF)").
        filename: the file's name inside the self-test's folder.
        write: writes the file.
        read_back: checks the file and returns a short summary of what it holds.
    """

    what: str
    filename: str
    write: Callable[[Path], object]
    read_back: Callable[[Path], str]


def exports(store: Store, data: DataPaths, today: dt.date) -> list[Export]:
    """Every export the app offers, for the demo council in ``store`` as of ``today``."""
    from dass_desktop.domain.narrative import PlanKind
    from dass_desktop.interchange.ics import export_calendar
    from dass_desktop.interchange.json_dump import export_json
    from dass_desktop.reports.plans import export_one_to_one, export_plan

    now = dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.UTC)

    def pages(path: Path) -> str:
        return f"{pdf_pages(path)} pages"

    return [
        Export(
            "the 100-day plan (PDF)",
            "100-day-plan.pdf",
            lambda out: export_plan(store, PlanKind.HUNDRED_DAY, out, today),
            pages,
        ),
        Export(
            "the six-month plan (PDF)",
            "six-month-plan.pdf",
            lambda out: export_plan(store, PlanKind.SIX_MONTH, out, today),
            pages,
        ),
        Export(
            "the one-to-one briefing (PDF)",
            "one-to-one.pdf",
            lambda out: export_one_to_one(store, out, today),
            pages,
        ),
        Export(
            "the calendar of follow-ups (ICS)",
            "follow-ups.ics",
            lambda out: export_calendar(store, out, today, now),
            lambda path: f"{ics_events(path)} events",
        ),
        Export(
            "all the data (JSON)",
            "all-data.json",
            lambda out: export_json(data, out, now.replace(tzinfo=None)),
            lambda path: f"{json_rows(path)} rows",
        ),
    ]


def export_everything(
    steps: StepLog, store: Store, data: DataPaths, today: dt.date, folder: Path
) -> dict[str, str]:
    """Write every export into ``folder`` and read each back; return what each holds."""
    found: dict[str, str] = {}
    for export in exports(store, data, today):
        out = folder / export.filename
        with steps.step(f"export {export.what}"):
            export.write(out)
        with steps.step(f"read back {export.what}"):
            found[export.filename] = export.read_back(out)
    return found
