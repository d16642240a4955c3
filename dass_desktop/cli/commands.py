"""The headless subcommands: demo, check, backup, restore, export and import."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dass_desktop.paths import DataPaths

from dass_desktop.cli.common import (
    data_paths_of,
    opened,
    out_file,
    raise_classified,
    today_of,
    unlock_if_protected,
)
from dass_desktop.cli.parser import MAX_LISTED, UsageError


def demo(args: argparse.Namespace) -> int:
    """``demo``: write the demo council into an empty data folder."""
    if args.data_dir is None:
        raise UsageError("'demo' needs --data-dir DIR, so that it never writes over your own data")
    from dass_desktop.demo import write_demo
    from dass_desktop.domain.profile import load_profile
    from dass_desktop.store import open_store

    paths = data_paths_of(args)
    with opened(open_store(paths)) as store:
        if load_profile(store) is not None:
            print(
                f"dass-desktop: {paths.root} already holds a council's data; "
                "choose an empty folder for the demo.",
                file=sys.stderr,
            )
            return 1
        write_demo(store, today_of(args), scale=args.scale)
    print(f"Demo council written to {paths.root}")
    return 0


def check(args: argparse.Namespace) -> int:
    """``check``: the integrity check and the schema revision."""
    from dass_desktop.store import migrations
    from dass_desktop.store.check import check_database

    report = check_database(data_paths_of(args))
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


def backup(args: argparse.Namespace) -> int:
    """``backup``: a consistent copy of the data to ``--out``."""
    from dass_desktop.store import backup, cipher
    from dass_desktop.store.database import integrity_problem
    from dass_desktop.store.errors import NotOurFile

    paths = data_paths_of(args)
    out = out_file(Path(args.out))
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


def restore(args: argparse.Namespace) -> int:
    """``restore``: replace the data with a backup, keeping a copy of what was there."""
    from dass_desktop.store import backup
    from dass_desktop.store.database import verify_database
    from dass_desktop.store.errors import EnvironmentProblem, PathIsFolder
    from dass_desktop.store.lock import DataDirectoryLock

    paths = data_paths_of(args)
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


def export(args: argparse.Namespace) -> int:
    """``export``: a plan, the briefing, the calendar or all the data, written to ``--out``."""
    from dass_desktop.store import open_store

    paths = data_paths_of(args)
    out = out_file(Path(args.out))
    suffix = {"ics": ".ics", "json": ".json"}.get(args.what, ".pdf")
    if out.suffix.lower() != suffix:
        raise UsageError(f"'{out}' should end in {suffix}")
    if args.appendix and args.what not in ("100-day", "six-month"):
        raise UsageError("--appendix goes with 'export 100-day' or 'export six-month'")
    if args.include_private and args.what != "json":
        raise UsageError("--include-private goes with 'export json' only")
    if not paths.database.exists():
        print(f"dass-desktop: there is no database at {paths.database}.", file=sys.stderr)
        return 1
    if args.what == "ics":
        return _export_calendar(args, paths, out)
    if args.what == "json":
        from dass_desktop.interchange.json_dump import PRIVATE_WARNING, export_json

        if args.include_private:
            print(f"dass-desktop: {PRIVATE_WARNING}", file=sys.stderr)
        exported = export_json(paths, out, dt.datetime.now(), include_private=args.include_private)
        print(f"Wrote {out} ({exported.rows} rows, schema {exported.revision})")
        if exported.private_left_out:
            print(
                f"{exported.private_left_out} private journal entries were left out "
                "(add --include-private to keep them)."
            )
        return 0
    from dass_desktop.domain.narrative import PlanKind
    from dass_desktop.reports.plans import (
        ExportFailed,
        export_awards,
        export_one_to_one,
        export_plan,
    )

    if args.meeting is not None and args.what != "one-to-one":
        raise UsageError("--meeting goes with 'export one-to-one'")
    if args.round is not None and args.what != "awards":
        raise UsageError("--round goes with 'export awards'")
    # Reading only: works while the window has the data open.
    with opened(open_store(paths, take_lock=False)) as store:
        try:
            if args.what == "one-to-one":
                meeting = args.meeting or today_of(args)
                export_one_to_one(store, out, meeting, names=not args.no_names)
            elif args.what == "awards":
                export_awards(store, out, today_of(args), which=args.round, names=not args.no_names)
            else:
                export_plan(
                    store,
                    PlanKind(args.what),
                    out,
                    today_of(args),
                    names=not args.no_names,
                    appendix=args.appendix,
                )
        except ExportFailed as exc:
            print(f"dass-desktop: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            raise_classified(exc, out)
    print(f"Wrote {out}")
    return 0


def import_files(args: argparse.Namespace) -> int:
    """``import``: workforce figures from a CSV, or all the data from a JSON export."""
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
        count = import_json(source, data_paths_of(args))
        print(f"Imported {count} rows into {data_paths_of(args).root}")
        return 0
    raise UsageError(f"cannot import '{args.import_kind}'")  # pragma: no cover - argparse


def _import_workforce(args: argparse.Namespace) -> int:
    from dass_desktop.interchange.workforce_csv import ImportRefused, import_file
    from dass_desktop.store import open_store

    paths = data_paths_of(args)
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
    with opened(open_store(paths)) as store:
        try:
            report = import_file(store, source, today_of(args), fractions=fractions)
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


def _export_calendar(args: argparse.Namespace, paths: DataPaths, out: Path) -> int:
    from dass_desktop.interchange.ics import export_calendar
    from dass_desktop.store import open_store

    with opened(open_store(paths, take_lock=False)) as store:
        try:
            count = export_calendar(
                store, out, today_of(args), dt.datetime.now(dt.UTC), names=not args.no_names
            )
        except OSError as exc:
            raise_classified(exc, out)
    print(f"Wrote {out} ({count} follow-ups and contacts due)")
    return 0
