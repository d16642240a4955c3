"""Search everything: an FTS5 index kept in step by triggers

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 21:15:00

One FTS5 table, ``search_index``, holds a document per searchable record: plan items and
actions, teams, strengths and areas for development, gaps, stakeholders, visits, one-to-ones
and register entries. Triggers on every source table keep it in step inside the same
transaction as the write: a row whose ``deleted_at`` is set drops out, and comes back when
it is cleared (undo). A document's rowid is ``id * 16 + code``, so each trigger touches its
own document by rowid, never by a scan; the code also says the record's kind.

This script is frozen with the revision: the SQL below is its own, not shared with the app.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, label UNINDEXED, title, body, "
    "prefix='2 3', tokenize='unicode61 remove_diacritics 2')"
)


def _words(column: str) -> str:
    """A choice value such as 'long-term-support' as words, for the index."""
    return f"replace({column}, '-', ' ')"


def _capital(text: str) -> str:
    return f"upper(substr({text}, 1, 1)) || substr({text}, 2)"


# Each source table: (the codes its documents may have, the SELECT of its documents as
# (rowid, kind, ref_id, day, label, title, body) with "{ids}" standing for the WHERE
# clause that picks the rows to index). The code in a rowid says the kind (a plan item 1,
# an action 9, a strength 3, an area for development 10...), so that a search can group
# thousands of matches without reading them.
_THEMES = "(SELECT group_concat(theme, ', ') FROM engagement_theme t WHERE t.engagement_id = e.id)"
_MEETING_TEXT = (
    "coalesce(m.attendees, '') || ' ' || coalesce(m.notes, '') || ' ' "
    "|| coalesce((SELECT group_concat(p.title || ' ' || p.notes, ' ') FROM agenda_point p "
    "WHERE p.meeting_id = m.id AND p.removed = 0), '') || ' ' "
    "|| coalesce((SELECT group_concat(d.text, ' ') FROM meeting_decision d "
    "WHERE d.meeting_id = m.id), '') || ' ' "
    "|| coalesce((SELECT group_concat(c.text, ' ') FROM commitment c "
    "WHERE c.meeting_id = m.id), '')"
)
SOURCES: dict[str, tuple[tuple[int, ...], str]] = {
    "plan_item": (
        (1, 9),
        "SELECT i.id * 16 + CASE i.kind WHEN 'action' THEN 9 ELSE 1 END, "
        "CASE i.kind WHEN 'action' THEN 'action' ELSE 'plan-item' END, "
        "i.id, i.due_date, i.title, i.title, i.findings || ' ' || i.owner "
        "FROM plan_item i WHERE i.deleted_at IS NULL AND {ids}",
    ),
    "team": (
        (2,),
        "SELECT tm.id * 16 + 2, 'team', tm.id, NULL, tm.name, tm.name, "
        f"tm.manager || ' ' || tm.base || ' ' || {_words('tm.service_area')} "
        "FROM team tm WHERE tm.deleted_at IS NULL AND {ids}",
    ),
    "team_note": (
        (3, 10),
        "SELECT n.id * 16 + CASE n.kind WHEN 'development' THEN 10 ELSE 3 END, "
        "n.kind, n.id, n.noted_on, tm.name || ': ' || n.text, n.text, "
        "tm.name || ' ' || n.source "
        "FROM team_note n JOIN team tm ON tm.id = n.team_id "
        "WHERE n.deleted_at IS NULL AND tm.deleted_at IS NULL AND {ids}",
    ),
    "team_gap": (
        (4,),
        "SELECT g.id * 16 + 4, 'gap', g.id, g.target_date, "
        f"tm.name || ': ' || CASE g.description WHEN '' THEN {_capital(_words('g.role'))} "
        "ELSE g.description END, "
        f"g.description || ' ' || {_words('g.role')}, "
        "g.mitigation_notes || ' ' || g.owner || ' ' || tm.name "
        "FROM team_gap g JOIN team tm ON tm.id = g.team_id "
        "WHERE g.deleted_at IS NULL AND tm.deleted_at IS NULL AND {ids}",
    ),
    "stakeholder": (
        (5,),
        "SELECT s.id * 16 + 5, 'stakeholder', s.id, NULL, s.name, s.name, "
        "s.role || ' ' || s.organisation || ' ' || s.notes || ' ' || s.tags "
        "FROM stakeholder s WHERE s.deleted_at IS NULL AND {ids}",
    ),
    "engagement": (
        (6,),
        "SELECT e.id * 16 + 6, 'engagement', e.id, e.occurred_on, "
        "CASE e.kind WHEN 'one-to-one' THEN 'One-to-one' "
        f"ELSE {_capital(_words('e.kind'))} END || CASE e.place WHEN '' THEN '' "
        "ELSE ' at ' || e.place END, "
        "e.place, e.going_well || ' ' || e.to_improve || ' ' || e.you_said_we_did || ' ' "
        f"|| coalesce({_THEMES}, '') "
        "FROM engagement e WHERE e.deleted_at IS NULL AND {ids}",
    ),
    "meeting": (
        (7,),
        "SELECT m.id * 16 + 7, 'meeting', m.id, m.held_on, "
        f"'One-to-one with ' || {_words('m.with_whom')}, "
        f"{_words('m.with_whom')}, {_MEETING_TEXT} "
        "FROM meeting m WHERE m.deleted_at IS NULL AND {ids}",
    ),
    "register_entry": (
        (8,),
        "SELECT r.id * 16 + 8, 'register-entry', r.id, r.raised_on, "
        f"{_capital('r.kind')} || ': ' || r.title, r.title, "
        "r.mitigation || ' ' || r.owner "
        "FROM register_entry r WHERE r.deleted_at IS NULL AND {ids}",
    ),
}
_ALIAS = {
    "plan_item": "i",
    "team": "tm",
    "team_note": "n",
    "team_gap": "g",
    "stakeholder": "s",
    "engagement": "e",
    "meeting": "m",
    "register_entry": "r",
}
_COLUMNS = "rowid, kind, ref_id, day, label, title, body"


def _refresh(table: str, where: str, key: str) -> str:
    """Statements that drop and re-index the documents of ``table`` picked by ``where``:
    the one whose id is ``key``, or (no key) every one ``where`` picks.
    """
    codes, select = SOURCES[table]
    alias = _ALIAS[table]
    if key:
        keys = ", ".join(f"{key} * 16 + {code}" for code in codes)
        delete = f"DELETE FROM search_index WHERE rowid IN ({keys});"
    else:
        delete = "\n  ".join(
            f"DELETE FROM search_index WHERE rowid IN (SELECT {alias}.id * 16 + {code} "
            f"FROM {table} {alias} WHERE {where.format(a=alias)});"
            for code in codes
        )
    return (
        f"{delete}\n"
        f"  INSERT INTO search_index ({_COLUMNS}) "
        f"{select.format(ids=where.format(a=alias))};"
    )


def _triggers() -> dict[str, str]:
    """Every trigger, by name, with its body."""
    made: dict[str, tuple[str, str]] = {}
    for table, (codes, _select) in SOURCES.items():
        own = "{a}.id = NEW.id"
        for event in ("INSERT", "UPDATE"):
            body = _refresh(table, own, "NEW.id")
            if table == "team" and event == "UPDATE":
                # A team renamed, deleted or brought back takes its notes and gaps with it.
                body += "\n  " + _refresh("team_note", "{a}.team_id = NEW.id", "")
                body += "\n  " + _refresh("team_gap", "{a}.team_id = NEW.id", "")
            made[f"search_{table}_{event.lower()}"] = f"AFTER {event} ON {table}", body
        made[f"search_{table}_delete"] = (
            f"AFTER DELETE ON {table}",
            "DELETE FROM search_index WHERE rowid IN "
            f"({', '.join(f'OLD.id * 16 + {code}' for code in codes)});",
        )
    parents = {
        "engagement_theme": ("engagement", "engagement_id"),
        "agenda_point": ("meeting", "meeting_id"),
        "meeting_decision": ("meeting", "meeting_id"),
        "commitment": ("meeting", "meeting_id"),
    }
    for child, (parent, column) in parents.items():
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            body = _refresh(parent, f"{{a}}.id = {row}.{column}", f"{row}.{column}")
            if event == "UPDATE":
                body += "\n  " + _refresh(parent, f"{{a}}.id = OLD.{column}", f"OLD.{column}")
            made[f"search_{child}_{event.lower()}"] = f"AFTER {event} ON {child}", body
    return {
        name: f"CREATE TRIGGER {name} {when} BEGIN\n  {body}\nEND"
        for name, (when, body) in made.items()
    }


def upgrade() -> None:
    op.execute(_CREATE)
    for _codes, select in SOURCES.values():
        op.execute(f"INSERT INTO search_index ({_COLUMNS}) {select.format(ids='1')}")
    for sql in _triggers().values():
        op.execute(sql)


def downgrade() -> None:
    for name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")
