"""The ``dass-desktop`` command: the window, or a headless subcommand.

With no subcommand the window opens (the only branch that imports Qt). Subcommands run
headless and never import Qt widgets. Exit status: 0 success, 1 a plain failure explained
on stderr, 2 a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dass_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from dass_desktop.paths import DataPaths
    from dass_desktop.store import Store


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

    backup = sub.add_parser("backup", parents=[common], help="save a copy of the database")
    backup.add_argument("--out", required=True, metavar="FILE", help="where to write the copy")

    restore = sub.add_parser("restore", parents=[common], help="replace the data with a backup")
    restore.add_argument("file", metavar="FILE", help="a backup written by 'backup'")

    export = sub.add_parser(
        "export", parents=[common], help="write a plan as a PDF, or a calendar of follow-ups"
    )
    export.add_argument(
        "what",
        choices=["100-day", "six-month", "one-to-one", "ics", "json"],
        help="which plan (PDF); one-to-one: a short briefing for a meeting with the chief "
        "executive (PDF); ics: follow-ups and contacts due as an iCalendar file; "
        "json: all your data, to move it to another computer",
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        if args.command is not None or args.demo or args.data_dir is not None:
            parser.error("--self-test runs on its own temporary demo council; give it alone")
        from dass_desktop.ui.self_test import run_self_test

        return run_self_test(args.as_of)
    if getattr(args, "data_dir", None) is not None and not args.data_dir.strip():
        parser.error("--data-dir needs the name of a folder; an empty value was given")
    if args.command is not None and args.demo:
        parser.error("--demo opens the window; it cannot be combined with a command")
    # Everything the app creates (logs, settings, drafts, copies) is its owner's alone.
    umask = os.umask(0o077)
    try:
        if args.command is None:
            from dass_desktop.ui.app import run_gui

            return run_gui(data_dir=args.data_dir, demo=args.demo, as_of=args.as_of)
        return _run(args)
    except KeyboardInterrupt:
        print("dass-desktop: stopped; nothing half-done was kept.", file=sys.stderr)
        return 1
    finally:
        os.umask(umask)


def _run(args: argparse.Namespace) -> int:
    from dass_desktop.store.errors import EnvironmentProblem, classify

    handlers = {
        "demo": _demo,
        "check": _check,
        "backup": _backup,
        "restore": _restore,
        "export": _export,
        "import": _import,
    }
    try:
        return handlers[args.command](args)
    except EnvironmentProblem as problem:
        print(f"dass-desktop: {problem.message}", file=sys.stderr)
        return 1
    except UsageError as exc:
        print(f"dass-desktop: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        where = Path(getattr(args, "data_dir", None) or ".")
        found = classify(exc, where)
        if found is not None:
            print(f"dass-desktop: {found.message}", file=sys.stderr)
            return 1
        print(
            "dass-desktop: something went wrong inside DASS Desktop; this is a fault in the "
            f"app, not something you did. The details are in {_record_fault(exc)}.",
            file=sys.stderr,
        )
        return 1


def _record_fault(exc: BaseException) -> str:
    """Write the traceback of a bug to a private file and return its name."""
    import tempfile
    import traceback

    text = "".join(traceback.format_exception(exc))
    handle, name = tempfile.mkstemp(prefix="dass-desktop-fault-", suffix=".txt")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    return name


def _today(args: argparse.Namespace) -> dt.date:
    return args.as_of or dt.date.today()


def _paths(args: argparse.Namespace) -> DataPaths:
    from dass_desktop import paths
    from dass_desktop.store.errors import PathIsFile

    resolved = paths.resolve(args.data_dir)
    if resolved.root.exists() and not resolved.root.is_dir():
        raise PathIsFile(resolved.root)
    unlock_if_protected(resolved.database)
    return resolved


def unlock_if_protected(db: Path) -> None:
    """Ask for the passphrase of a protected file: from the file named in
    ``DASS_DESKTOP_PASSPHRASE_FILE``, or on a terminal (three tries).
    """
    from dass_desktop.store import cipher
    from dass_desktop.store.errors import EnvironmentProblem

    if not db.is_file() or not cipher.looks_protected(db) or cipher.passphrase_for(db):
        return
    if not cipher.available():
        return  # opening it explains that it cannot be read
    named = os.environ.get(cipher.PASSPHRASE_FILE)
    if named:
        cipher.unlock(db, Path(named).read_text(encoding="utf-8").rstrip("\r\n"))
        return
    if not sys.stdin.isatty():
        raise EnvironmentProblem(
            f"{db} is protected by a passphrase: run the command on a terminal, or name a "
            f"file holding the passphrase in {cipher.PASSPHRASE_FILE}."
        )
    import getpass

    for attempt in range(3):
        try:
            cipher.unlock(db, getpass.getpass(f"Passphrase for {db}: "))
            return
        except cipher.WrongPassphrase:
            if attempt == 2:
                raise
            print("That passphrase does not open it; try again.", file=sys.stderr)


def _opened(store: Store) -> Store:
    """Pass on what opening the data noted (a skipped daily backup), then use the store."""
    for notice in store.notices:
        print(f"dass-desktop: note: {notice}", file=sys.stderr)
    return store


def _out_file(out: Path) -> Path:
    """Check that ``--out`` names a new file in a folder that exists (nothing is created but
    the file itself).
    """
    from dass_desktop.store.errors import PathIsFile, PathIsFolder, PathMissing

    if out.is_dir():
        raise PathIsFolder(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.exists():
        raise PathMissing(folder)
    if not folder.is_dir():
        raise PathIsFile(folder)
    return out


def _demo(args: argparse.Namespace) -> int:
    if args.data_dir is None:
        raise UsageError("'demo' needs --data-dir DIR, so that it never writes over your own data")
    from dass_desktop.demo import write_demo
    from dass_desktop.domain.profile import load_profile
    from dass_desktop.store import open_store

    paths = _paths(args)
    with _opened(open_store(paths)) as store:
        if load_profile(store) is not None:
            print(
                f"dass-desktop: {paths.root} already holds a council's data; "
                "choose an empty folder for the demo.",
                file=sys.stderr,
            )
            return 1
        write_demo(store, _today(args), scale=args.scale)
    print(f"Demo council written to {paths.root}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from dass_desktop.store import migrations
    from dass_desktop.store.database import check_database

    report = check_database(_paths(args))
    if not report.exists:
        print(f"dass-desktop: there is no database at {report.path}.", file=sys.stderr)
        return 1
    if not report.ok:
        print(
            f"dass-desktop: the database {report.path} is damaged ({report.problem}). "
            "Restore the latest backup with 'dass-desktop restore FILE'.",
            file=sys.stderr,
        )
        return 1
    if report.revision is not None and report.revision not in migrations.KNOWN_REVISIONS:
        print(
            f"dass-desktop: {report.path} was saved by a newer release "
            f"(schema {report.revision}); this release knows up to {migrations.HEAD}.",
            file=sys.stderr,
        )
        return 1
    state = (
        "up to date"
        if report.up_to_date
        else f"will be upgraded to {migrations.HEAD} when next opened"
    )
    print(f"{report.path}: integrity ok; schema revision {report.revision} ({state})")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from dass_desktop.store import backup, cipher
    from dass_desktop.store.database import integrity_problem
    from dass_desktop.store.errors import NotOurFile

    paths = _paths(args)
    out = _out_file(Path(args.out))
    if not paths.database.is_file():
        print(f"dass-desktop: there is no database at {paths.database}.", file=sys.stderr)
        return 1
    if out.exists():
        print(f"dass-desktop: {out} already exists; choose a new file name.", file=sys.stderr)
        return 1
    if not backup.is_sqlite_file(paths.database) and not cipher.passphrase_for(paths.database):
        raise NotOurFile(paths.database, "it is not an SQLite database")
    problem = integrity_problem(paths.database)
    if problem is not None:
        print(f"dass-desktop: the database is damaged ({problem}); not backed up.", file=sys.stderr)
        return 1
    backup.backup_database(paths.database, out)
    print(f"Backed up to {out}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from dass_desktop.store import backup
    from dass_desktop.store.database import verify_database
    from dass_desktop.store.errors import EnvironmentProblem, PathIsFolder
    from dass_desktop.store.lock import DataDirectoryLock

    paths = _paths(args)
    source = Path(args.file)
    if source.is_dir():
        raise PathIsFolder(source)
    if not source.is_file():
        print(f"dass-desktop: there is no file {source}.", file=sys.stderr)
        return 1
    unlock_if_protected(source)
    try:
        verify_database(source)
    except EnvironmentProblem as problem:
        print(
            f"dass-desktop: {source} is not a usable DASS Desktop backup: {problem.message} "
            "Your data was not changed.",
            file=sys.stderr,
        )
        return 1
    paths.ensure()
    with DataDirectoryLock(paths.lock, paths.root):
        kept = backup.restore_database(source, paths.database, paths.backups)
    print(f"Restored {source} into {paths.root}")
    if kept is not None:
        print(f"Your data as it was before is kept in {kept}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from dass_desktop.store import open_store

    paths = _paths(args)
    out = _out_file(Path(args.out))
    suffix = {"ics": ".ics", "json": ".json"}.get(args.what, ".pdf")
    if out.suffix.lower() != suffix:
        raise UsageError(f"'{out}' should end in {suffix}")
    if args.appendix and args.what not in ("100-day", "six-month"):
        raise UsageError("--appendix goes with 'export 100-day' or 'export six-month'")
    if not paths.database.exists():
        print(f"dass-desktop: there is no database at {paths.database}.", file=sys.stderr)
        return 1
    if args.what == "ics":
        return _export_calendar(args, paths, out)
    if args.what == "json":
        from dass_desktop.interchange.json_dump import export_json

        exported = export_json(paths, out, dt.datetime.now())
        print(f"Wrote {out} ({exported.rows} rows, schema {exported.revision})")
        return 0
    from dass_desktop.domain.narrative import PlanKind
    from dass_desktop.reports.plans import ExportFailed, export_one_to_one, export_plan

    if args.meeting is not None and args.what != "one-to-one":
        raise UsageError("--meeting goes with 'export one-to-one'")
    # Reading only: works while the window has the data open.
    with _opened(open_store(paths, take_lock=False)) as store:
        try:
            if args.what == "one-to-one":
                meeting = args.meeting or _today(args)
                export_one_to_one(store, out, meeting, names=not args.no_names)
            else:
                export_plan(
                    store,
                    PlanKind(args.what),
                    out,
                    _today(args),
                    names=not args.no_names,
                    appendix=args.appendix,
                )
        except ExportFailed as exc:
            print(f"dass-desktop: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            _raise_classified(exc, out)
    print(f"Wrote {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    if args.import_kind == "workforce":
        return _import_workforce(args)
    if args.import_kind == "json":
        from dass_desktop.interchange.json_dump import import_json

        source = Path(args.file)
        if source.is_dir():
            from dass_desktop.store.errors import PathIsFolder

            raise PathIsFolder(source)
        if not source.is_file():
            print(f"dass-desktop: there is no file {source}.", file=sys.stderr)
            return 1
        count = import_json(source, _paths(args))
        print(f"Imported {count} rows into {_paths(args).root}")
        return 0
    raise UsageError(f"cannot import '{args.import_kind}'")  # pragma: no cover - argparse


def _import_workforce(args: argparse.Namespace) -> int:
    from dass_desktop.interchange.workforce_csv import ImportRefused, import_file
    from dass_desktop.store import open_store

    paths = _paths(args)
    source = Path(args.file)
    if source.is_dir():
        from dass_desktop.store.errors import PathIsFolder

        raise PathIsFolder(source)
    if not source.is_file():
        print(f"dass-desktop: there is no file {source}.", file=sys.stderr)
        return 1
    if not paths.database.exists():
        print(
            f"dass-desktop: there is no database at {paths.database}; open the app once "
            "(or write the demo) before importing.",
            file=sys.stderr,
        )
        return 1
    fractions = {"fractions": True, "points": False}.get(args.percentages or "")
    with _opened(open_store(paths)) as store:
        try:
            report = import_file(store, source, _today(args), fractions=fractions)
        except ImportRefused as refused:
            print(f"dass-desktop: {refused.message}", file=sys.stderr)
            for problem in refused.problems[:MAX_LISTED]:
                print(f"  {problem}", file=sys.stderr)
            rest = len(refused.problems) - MAX_LISTED
            if rest > 0:
                print(f"  … and {rest:,} more", file=sys.stderr)
            return 1
    print(report.summary)
    for note in report.notes:
        print(note)
    return 0


def _raise_classified(exc: OSError, out: Path) -> None:
    from dass_desktop.store.errors import classify

    problem = classify(exc, out)
    if problem is None:
        raise exc
    raise problem from exc


def _export_calendar(args: argparse.Namespace, paths: DataPaths, out: Path) -> int:
    from dass_desktop.interchange.ics import export_calendar
    from dass_desktop.store import open_store

    with _opened(open_store(paths, take_lock=False)) as store:
        try:
            count = export_calendar(
                store, out, _today(args), dt.datetime.now(dt.UTC), names=not args.no_names
            )
        except OSError as exc:
            _raise_classified(exc, out)
    print(f"Wrote {out} ({count} follow-ups and contacts due)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
