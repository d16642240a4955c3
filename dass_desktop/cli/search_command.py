"""``dass-desktop search "QUERY"``: the window's Ctrl+K on the command line.

Prints one line per hit, grouped by kind as the window shows them: the kind, the title and
the date (YYYY-MM-DD, or nothing), separated by tabs so that scripts can split them.
"""

from __future__ import annotations

import argparse
import sys

from dass_desktop.cli.common import data_paths_of, opened


def search(args: argparse.Namespace) -> int:
    """``search``: every record matching the query, one line a hit; reads only."""
    from dass_desktop.domain import search_rules, search_store
    from dass_desktop.store import open_store

    if not search_rules.words_of(args.query):
        print(
            f"dass-desktop: {args.query!r} has no letters or digits to search for; "
            "type a word, or the start of one.",
            file=sys.stderr,
        )
        return 1
    paths = data_paths_of(args)
    if not paths.database.exists():
        print(f"dass-desktop: there is no database at {paths.database}.", file=sys.stderr)
        return 1
    # Reading only: works while the window has the data open.
    with opened(open_store(paths, take_lock=False)) as store:
        result = search_store.search(store, args.query)
    for hit in result.hits:
        day = hit.date.isoformat() if hit.date else ""
        print(f"{hit.kind.label}\t{hit.title}\t{day}")
    if not result.hits:
        print(f"dass-desktop: nothing matches {args.query!r}.", file=sys.stderr)
    return 0
