"""The recognition log read a piece at a time, for a table that shows a screenful.

A large council logs tens of thousands of recognitions; making a row of each takes several
times longer than the page may take to open. These plain-SQL reads give what such a table
needs instead: the ids in the log's order (from the date index alone), the rows of a few
ids, each row's value in one column for sorting, the ids an every-word search finds, and
the teams thanked. Each gives exactly what :func:`recognition_store.list_recognitions` and
the page's search over its rows gave.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from dass_desktop.domain.dates import date_reader
from dass_desktop.domain.recognition_terms import RecognitionRow, ShareWay, WhoKind

#: The columns a row is made of, in :func:`row_maker`'s order.
ROW_COLUMNS = "id, given_on, who_kind, who_id, who_name, what_for, theme, shared_how, engagement_id"

#: Which column of a recognition a value is read from, for sorting.
FIELDS = ("given_on", "who", "what_for", "theme", "shared_how")

_HOLDS = "dass_casefold_holds"  # the SQL name of :func:`_holds`


def names(con: sqlite3.Connection) -> dict[str, dict[int, str]]:
    """Every team's and contact's current name (deleted or not) by id, by kind's value."""
    return {
        WhoKind.TEAM.value: dict(con.execute("SELECT id, name FROM team")),
        WhoKind.CONTACT.value: dict(con.execute("SELECT id, name FROM stakeholder")),
    }


def row_maker(
    named: dict[str, dict[int, str]],
) -> Callable[[Sequence[Any]], RecognitionRow]:
    """Makes a row from :data:`ROW_COLUMNS`' values; repeated texts and dates kept once.

    A team or contact is shown by its current name, or by the name written when it has none.
    """
    kinds = {kind.value: kind for kind in WhoKind}
    ways = {way.value: way for way in ShareWay}
    date = date_reader()
    same: dict[str, str] = {}
    keep = same.setdefault

    def make(values: Sequence[Any]) -> RecognitionRow:
        rid, given_on, kind, who_id, who_name, what_for, theme, shared, link = values
        who_name = keep(who_name, who_name)
        current = named.get(kind)
        return RecognitionRow(
            rid,
            date(given_on),  # type: ignore[arg-type]  # never NULL
            kinds[kind],
            who_id,
            who_name,
            (current.get(who_id) if current else None) or who_name,
            keep(what_for, what_for),
            keep(theme, theme),
            ways[shared],
            link,
        )

    return make


def log_ids(con: sqlite3.Connection) -> list[int]:
    """The ids of the recognitions not deleted, newest first (then the latest logged first).

    Read from the date index alone, which holds every id: the few deleted ones, found by
    their own index, are left out here rather than by looking up each row.
    """
    gone = {rid for (rid,) in con.execute(_DELETED)}
    found = con.execute(_IDS)
    if not gone:
        return [rid for (rid,) in found]
    return [rid for (rid,) in found if rid not in gone]


_DELETED = "SELECT id FROM recognition WHERE deleted_at IS NOT NULL"
_IDS = """
SELECT id FROM recognition INDEXED BY ix_recognition_given_on
ORDER BY given_on DESC, id DESC
"""


def rows_of(
    con: sqlite3.Connection, ids: Iterable[int], make: Callable[[Sequence[Any]], RecognitionRow]
) -> dict[int, RecognitionRow]:
    """The recognitions ``ids`` (deleted or not) by id, made by ``make`` (:func:`row_maker`)."""
    wanted = ",".join(str(int(rid)) for rid in ids)
    if not wanted:
        return {}
    found = con.execute(f"SELECT {ROW_COLUMNS} FROM recognition WHERE id IN ({wanted})")
    return {values[0]: make(values) for values in found}


def values_of(
    con: sqlite3.Connection, field: str, named: dict[str, dict[int, str]]
) -> dict[int, Any]:
    """Each recognition's value of ``field`` (one of :data:`FIELDS`) by id, as its row holds
    it: ``given_on`` a date, ``who`` the name shown, ``shared_how`` a :class:`ShareWay`.
    """
    if field == "given_on":
        date = date_reader()
        return {rid: date(day) for rid, day in con.execute(_VALUES.format("given_on"))}
    if field == "who":
        shown = {}
        for rid, kind, who_id, who_name in con.execute(
            _VALUES.format("who_kind, who_id, who_name")
        ):
            current = named.get(kind)
            shown[rid] = (current.get(who_id) if current else None) or who_name
        return shown
    if field == "shared_how":
        ways = {way.value: way for way in ShareWay}
        return {rid: ways[way] for rid, way in con.execute(_VALUES.format("shared_how"))}
    if field in ("what_for", "theme"):
        return dict(con.execute(_VALUES.format(field)))
    raise ValueError(field)


_VALUES = "SELECT id, {} FROM recognition WHERE deleted_at IS NULL"


def teams_thanked(con: sqlite3.Connection) -> set[int | None]:
    """The ids of the teams the recognitions not deleted name (as
    :func:`recognition_rules.teams_thanked` gives them, None for a team not named).

    Read from the who index alone, less the teams named only by deleted recognitions.
    """
    thanked: set[int | None] = {
        who_id
        for (who_id,) in con.execute(
            "SELECT DISTINCT who_id FROM recognition INDEXED BY ix_recognition_who"
            " WHERE who_kind = ?",
            (WhoKind.TEAM.value,),
        )
    }
    thanked -= {who_id for (who_id,) in con.execute(_ONLY_DELETED)}
    return thanked


# The teams named by deleted recognitions alone (the deleted ones found by their index).
_ONLY_DELETED = """
SELECT DISTINCT d.who_id FROM recognition AS d INDEXED BY ix_recognition_deleted_at
WHERE d.deleted_at IS NOT NULL AND d.who_kind = 'team' AND NOT EXISTS (
    SELECT 1 FROM recognition AS r
    WHERE r.who_kind = 'team' AND r.who_id IS d.who_id AND r.deleted_at IS NULL
)
"""


def matching_ids(
    con: sqlite3.Connection, words: Sequence[str], named: dict[str, dict[int, str]]
) -> set[int]:
    """The ids of the recognitions not deleted whose who, what for, theme or way shared
    hold every one of ``words`` (each case-folded, without spaces) as
    ``" ".join(those).casefold()`` would.

    SQLite's ``LIKE`` ignores case in ASCII letters only; so a text wholly in ASCII is
    matched by ``LIKE`` and any other by Python's ``str.casefold`` (which turns ``ß`` into
    ``ss``, for one). Team and contact names are matched in Python first.
    """
    con.create_function(_HOLDS, 2, _holds, deterministic=True)
    conditions: list[str] = []
    values: list[object] = []
    for word in words:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        texts = [_text_holds(column) for column in ("what_for", "theme")]
        ways = [way.value for way in ShareWay if word in way.label.casefold()]
        who = [_who_holds(kind, _named_holding(named, kind, word)) for kind in _NAMED]
        conditions.append(
            "("
            + " OR ".join(
                [
                    *texts,
                    f"shared_how IN ({','.join('?' * len(ways))})" if ways else "0",
                    f"(who_kind = 'person' AND {_text_holds('who_name')})",
                    *who,
                ]
            )
            + ")"
        )
        values += [pattern, word] * 2 + ways + [pattern, word] * 3
    if not conditions:
        return set(log_ids(con))
    query = f"SELECT id FROM recognition WHERE deleted_at IS NULL AND {' AND '.join(conditions)}"
    return {rid for (rid,) in con.execute(query, values)}


_NAMED = (WhoKind.TEAM, WhoKind.CONTACT)


def _named_holding(named: dict[str, dict[int, str]], kind: WhoKind, word: str) -> list[int]:
    """The ids of the teams or contacts whose current name holds ``word``, case-folded."""
    return [
        rid for rid, name in named.get(kind.value, {}).items() if name and word in name.casefold()
    ]


def _text_holds(column: str) -> str:
    """SQL: ``column`` holds the word (parameters: the ``LIKE`` pattern, then the word)."""
    return (
        f"(CASE WHEN length({column}) = length(CAST({column} AS BLOB))"
        f" THEN {column} LIKE ? ESCAPE '\\' ELSE {_HOLDS}({column}, ?) END)"
    )


def _who_holds(kind: WhoKind, ids: list[int]) -> str:
    """SQL: a recognition of a ``kind`` whose current name holds the word (one of ``ids``),
    or, named by nothing, whose name as written holds it (parameters as :func:`_text_holds`).
    """
    table = "team" if kind is WhoKind.TEAM else "stakeholder"
    found = ",".join(str(int(rid)) for rid in ids)
    return (
        f"(who_kind = '{kind.value}' AND (who_id IN ({found})"
        f" OR ((who_id IS NULL OR who_id NOT IN (SELECT id FROM {table} WHERE name <> ''))"
        f" AND {_text_holds('who_name')})))"
    )


def _holds(text: str | None, word: str) -> bool:
    """Whether ``text`` case-folded holds ``word`` (registered with SQLite)."""
    return text is not None and word in text.casefold()
