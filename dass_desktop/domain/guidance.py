"""The guidance templates, and seeding them into the director's plan.

``resources/guidance.toml`` holds the checklist drawn from the guide for new directors.
Seeding adds every theme and item whose key this database has never seen, and records the
key in ``seeded_template``. So running it again adds nothing, and a later release that adds
template items adds just those: whatever the director edited, completed or deleted stays as
they left it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import cache

from dass_desktop.domain.changes import Area, Changes
from dass_desktop.domain.practice_terms import PRACTICE_KIND, Cadence
from dass_desktop.domain.timeline import PLAN_DAYS, Phase
from dass_desktop.resources import read_text
from dass_desktop.store import Store

THEME_PREFIX = "theme:"
# The key that says a database holds every theme and item of one shipped checklist: the
# prefix and the checklist file's checksum (see ``checklist_mark``).
MARK_PREFIX = "checklist:"
SHIPPED = "guidance.toml"


@dataclass(frozen=True)
class TemplateTheme:
    """A theme of the checklist."""

    key: str
    title: str


@dataclass(frozen=True)
class TemplateItem:
    """One checklist item as written in the templates."""

    key: str
    theme: str
    title: str
    help: str
    ref: str
    phase: Phase
    day: int
    kind: str = "question"
    cadence: str | None = None
    counts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Templates:
    """The whole checklist: themes in order and items in order."""

    themes: tuple[TemplateTheme, ...]
    items: tuple[TemplateItem, ...]


def parse_templates(text: str) -> Templates:
    """Read and check template TOML; raise ValueError naming the first problem."""
    import tomllib  # here: a start whose checklist is seeded already never parses it

    data = tomllib.loads(text)
    themes = tuple(TemplateTheme(t["key"], t["title"]) for t in data.get("theme", []))
    theme_keys = {t.key for t in themes}
    items = []
    for raw in data.get("item", []):
        key = raw.get("key", "?")
        missing = [
            f for f in ("key", "theme", "title", "help", "ref", "phase", "day") if not raw.get(f)
        ]
        if missing:
            raise ValueError(f"template item {key} lacks {', '.join(missing)}")
        if raw["theme"] not in theme_keys:
            raise ValueError(f"template item {key} names an unknown theme {raw['theme']}")
        phase = Phase(raw["phase"])
        day = int(raw["day"])
        if not 1 <= day <= PLAN_DAYS:
            raise ValueError(f"template item {key} is due on day {day}, outside the plan")
        kind = raw.get("kind", "question")
        cadence = raw.get("cadence")
        if kind not in ("question", PRACTICE_KIND):
            raise ValueError(f"template item {key} is of an unknown kind {kind}")
        if (kind == PRACTICE_KIND) != (cadence is not None):
            raise ValueError(f"template item {key}: a practice, and only a practice, has a cadence")
        if cadence is not None:
            Cadence(cadence)
        items.append(
            TemplateItem(
                key,
                raw["theme"],
                raw["title"],
                raw["help"],
                raw["ref"],
                phase,
                day,
                kind,
                cadence,
                tuple(raw.get("counts", ())),
            )
        )
    keys = [i.key for i in items] + [t.key for t in themes]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ValueError(f"template keys used twice: {', '.join(duplicates)}")
    return Templates(themes, tuple(items))


@cache
def templates() -> Templates:
    """The checklist shipped with this release."""
    return parse_templates(read_text(SHIPPED))


@cache
def checklist_mark() -> str:
    """The ``seeded_template`` key recorded once every theme and item of the shipped
    checklist is seeded: a start that finds it need not parse the checklist (about 8 ms).
    A release that changes the file changes the key, so its new items are looked for.
    """
    return f"{MARK_PREFIX}{zlib.crc32(read_text(SHIPPED).encode()):08x}"


def seed_from_templates(store: Store, source: Templates | None = None) -> Changes:
    """Add every template theme and item this database has not seen; return what changed.

    Seeding the shipped checklist also records :func:`checklist_mark` (not a change anyone
    sees, so not in what is returned).
    """
    # Here, not at the top: the dashboard checks the templates are seeded without SQLAlchemy.
    from sqlalchemy import func, select

    from dass_desktop.store.models import PlanItem, SeededTemplate, Theme

    shipped = source is None
    source = source or templates()
    with store.transaction() as session:
        seen = set(session.scalars(select(SeededTemplate.key)))
        themes = {t.template_key: t for t in session.scalars(select(Theme)) if t.template_key}
        next_theme = (session.scalar(select(func.max(Theme.position))) or 0) + 1
        added = False
        theme: Theme
        for template_theme in source.themes:
            seen_key = THEME_PREFIX + template_theme.key
            if seen_key in seen:
                continue
            if template_theme.key not in themes:
                theme = Theme(
                    template_key=template_theme.key, title=template_theme.title, position=next_theme
                )
                next_theme += 1
                session.add(theme)
                themes[template_theme.key] = theme
            session.add(SeededTemplate(key=seen_key))
            added = True
        session.flush()
        positions: dict[int, int] = {
            theme_id: position or 0
            for theme_id, position in session.execute(
                select(PlanItem.theme_id, func.max(PlanItem.position)).group_by(PlanItem.theme_id)
            )
        }
        # Items already in the plan whose key the database has lost (a damaged or hand-edited
        # file): noted as seen, never added twice (the plan allows one item per key).
        planned = set(
            session.scalars(select(PlanItem.template_key).where(PlanItem.template_key.is_not(None)))
        )
        for item in source.items:
            if item.key in seen:
                continue
            if item.key in planned:
                session.add(SeededTemplate(key=item.key))
                continue
            if item.theme not in themes:  # the database lost the theme: bring it back
                lost = Theme(template_key=item.theme, title=item.theme, position=next_theme)
                next_theme += 1
                session.add(lost)
                session.flush()
                themes[item.theme] = lost
            theme = themes[item.theme]
            positions[theme.id] = positions.get(theme.id, 0) + 1
            session.add(
                PlanItem(
                    theme_id=theme.id,
                    template_key=item.key,
                    kind=item.kind,
                    cadence=item.cadence,
                    counts_from=",".join(item.counts),
                    title=item.title,
                    help=item.help,
                    guidance_ref=item.ref,
                    phase=item.phase.value,
                    day_offset=item.day,
                    position=positions[theme.id],
                )
            )
            session.add(SeededTemplate(key=item.key))
            added = True
        if shipped and checklist_mark() not in seen:
            session.add(SeededTemplate(key=checklist_mark()))
    return Changes.of(Area.PLAN) if added else Changes()
