"""The command line's arguments: what each subcommand takes, and the bounds on dates and scale."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

from dass_desktop import APP_NAME, __version__


class UsageError(Exception):
    """The command line asks for something impossible; exit status 2."""


EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)
MAX_SCALE = 200
MAX_LISTED = 50  # problems listed on stderr; the rest are counted


def _iso_date(text: str) -> dt.date:
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date between 1900 and 2100")
    return value


def _scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from 1 to {MAX_SCALE}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the whole command-line contract."""
    parser = argparse.ArgumentParser(
        prog="dass-desktop",
        description=f"{APP_NAME}: a workbook for a new Director of Adult Social Services.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS keeps a subcommand from overwriting the same option given before it.
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder holding the data (default: your user data folder)",
    )
    common.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        default=argparse.SUPPRESS,
        help="treat this date as today",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="folder holding the data")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", type=_iso_date, help="treat as today")
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh demo council (never touches your data)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this copy works: open the window offscreen on a temporary demo council, "
        "visit every page, draw every chart, export everything, then tidy up",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="write a demo council into a folder")
    demo.add_argument(
        "--scale", type=_scale, default=1, help="multiply the demo's volume (1 to 200)"
    )

    sub.add_parser("check", parents=[common], help="check the database is sound")

    search = sub.add_parser(
        "search",
        parents=[common],
        help="find plan items, teams, contacts, visits, meetings and risks holding some words",
    )
    search.add_argument(
        "query", metavar="QUERY", help="words to look for (the start of a word is enough)"
    )

    backup = sub.add_parser("backup", parents=[common], help="save a copy of the database")
    backup.add_argument("--out", required=True, metavar="FILE", help="where to write the copy")

    restore = sub.add_parser("restore", parents=[common], help="replace the data with a backup")
    restore.add_argument("file", metavar="FILE", help="a backup written by 'backup'")

    export = sub.add_parser(
        "export", parents=[common], help="write a plan as a PDF, or a calendar of follow-ups"
    )
    export.add_argument(
        "what",
        choices=["100-day", "six-month", "one-to-one", "awards", "ics", "json"],
        help="which plan (PDF); one-to-one: a short briefing for a meeting with the chief "
        "executive (PDF); awards: one page for a staff awards event (PDF); ics: follow-ups "
        "and contacts due as an iCalendar file; json: all your data, to move it to another "
        "computer",
    )
    export.add_argument("--out", required=True, metavar="FILE", help="where to write it")
    export.add_argument(
        "--meeting",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="with one-to-one: the meeting's date (default: --as-of, or today)",
    )
    export.add_argument(
        "--no-names", action="store_true", help="show roles instead of named individuals"
    )
    export.add_argument(
        "--round",
        metavar="NAME",
        help="with awards: the award round, by name (default: the latest)",
    )
    export.add_argument(
        "--include-private",
        action="store_true",
        help="with json: include your private journal entries (left out unless you ask)",
    )
    export.add_argument(
        "--appendix",
        action="store_true",
        help="with 100-day or six-month: add every item, gap, contact and visit at the end",
    )

    imports = sub.add_parser("import", help="bring figures in from a file")
    kinds = imports.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    workforce = kinds.add_parser(
        "workforce",
        parents=[common],
        help="import workforce figures from a CSV file (all or nothing)",
    )
    workforce.add_argument("file", metavar="FILE.csv", help="a CSV file of workforce figures")
    everything = kinds.add_parser(
        "json", parents=[common], help="build an empty data folder from a JSON export"
    )
    everything.add_argument("file", metavar="FILE.json", help="a file from 'export json'")
    workforce.add_argument(
        "--percentages",
        choices=["fractions", "points"],
        help="how columns holding only values from 0 to 1 are written: "
        "fractions (0.125 means 12.5%%) or points (0.125 means 0.125%%)",
    )
    return parser
