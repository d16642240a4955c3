"""Watching the statements a test's code sends, through SQLAlchemy and the plain connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dass_desktop.store import Store


@contextmanager
def statements(store: Store) -> Iterator[tuple[list[str], list[str]]]:
    """The statements sent through SQLAlchemy and through the plain connection meanwhile."""
    from sqlalchemy import event

    orm: list[str] = []
    plain: list[str] = []

    def count(*args: object) -> None:
        orm.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", count)
    store.quick().set_trace_callback(plain.append)
    try:
        yield orm, plain
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
        store.quick().set_trace_callback(None)
