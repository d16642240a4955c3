"""The ``dass-desktop`` command: the window, or a headless subcommand.

With no subcommand the window opens (the only branch that imports Qt). Subcommands run
headless and never import Qt widgets. Exit status: 0 success, 1 a plain failure explained
on stderr, 2 a usage error.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dass_desktop.cli import commands, search_command
from dass_desktop.cli.parser import UsageError, build_parser

__all__ = ["build_parser", "main"]


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
            # No cycle collection until the window first waits for input (see ui/quiet_gc.py).
            gc.disable()
            try:
                from dass_desktop.ui.app import run_gui

                return run_gui(data_dir=args.data_dir, demo=args.demo, as_of=args.as_of)
            finally:
                gc.enable()
        return _run(args)
    except KeyboardInterrupt:
        print("dass-desktop: stopped; nothing half-done was kept.", file=sys.stderr)
        return 1
    finally:
        os.umask(umask)


def _run(args: argparse.Namespace) -> int:
    from dass_desktop.store.errors import EnvironmentProblem, classify

    handlers = {
        "demo": commands.demo,
        "check": commands.check,
        "backup": commands.backup,
        "restore": commands.restore,
        "export": commands.export,
        "import": commands.import_files,
        "search": search_command.search,
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
