"""Pure rules of search: turning what the director types into a safe FTS5 query, tidying
titles, and grouping hits by kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from dass_desktop.domain.search_terms import Hit, HitGroup, HitKind

MAX_WORDS = 12
MAX_WORD_LENGTH = 60
TITLE_LENGTH = 140
# Letters and digits in any script: everything else (quotes, brackets, operators' symbols,
# emoji) separates words, as SQLite's unicode61 tokenizer treats it.
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


def words_of(text: str) -> list[str]:
    """The words in ``text`` that search looks for (at most :data:`MAX_WORDS`)."""
    return [w[:MAX_WORD_LENGTH] for w in _WORD.findall(text)][:MAX_WORDS]


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression finding records holding every word of ``text`` as the start
    of a word (so results come as the director types); None when ``text`` has no words.

    Each word is quoted, so FTS5's own syntax (AND, OR, NOT, NEAR, quotes, brackets,
    column filters, ``*``, ``^``) typed by the director is searched for as plain words and can
    never make the query fail.
    """
    words = words_of(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def snippet(text: str, words: Sequence[str], size: int = 12) -> str:
    """About ``size`` words of ``text`` around the first word that starts with one of
    ``words`` (case and accents aside), with ellipses where it was cut; "" when none does.
    """
    found = list(_WORD.finditer(text))
    wanted = [_folded(w) for w in words]
    hit = next(
        (n for n, m in enumerate(found) if any(_folded(m.group()).startswith(w) for w in wanted)),
        None,
    )
    if hit is None:
        return ""
    first = max(hit - size // 3, 0)
    last = min(first + size, len(found)) - 1
    start, end = found[first].start(), found[last].end()
    before = "…" if first > 0 else ""
    after = "…" if last < len(found) - 1 else ""
    return f"{before}{text[start:end]}{after}"


def _folded(word: str) -> str:
    """``word`` in lower case without accents, as the index compares words."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def one_line(text: str, limit: int = TITLE_LENGTH) -> str:
    """``text`` on one line (runs of spaces and line breaks as one space), cut at ``limit``
    characters with an ellipsis.
    """
    flat = _SPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def group_hits(
    hits: Iterable[Hit], per_kind: int, totals: Mapping[HitKind, int] | None = None
) -> tuple[HitGroup, ...]:
    """Hits grouped by kind, at most ``per_kind`` in each, best first within a group and the
    group with the best hit first (ties in the order of :class:`HitKind`). ``totals`` says
    how many of each kind matched in all (by default, the hits given).
    """
    by_kind: dict[HitKind, list[Hit]] = {}
    for hit in sorted(hits, key=lambda h: h.rank):
        group = by_kind.setdefault(hit.kind, [])
        if len(group) < per_kind:
            group.append(hit)
    order = list(HitKind)
    kinds = sorted(by_kind, key=lambda k: (by_kind[k][0].rank, order.index(k)))
    counted = totals or {}
    return tuple(
        HitGroup(kind, tuple(by_kind[kind]), max(counted.get(kind, 0), len(by_kind[kind])))
        for kind in kinds
    )
