"""Practices: checklist entries kept up at a cadence, with a log of when they were practised

The guidance's behaviours (role-modelling, leading in a strengths-based way, noticing and
celebrating progress, a sustainable and calm pace, two-way conversations, periodic away days)
were seeded as dated tasks to tick off. This revision adds the ``practice`` kind, its cadence
and the engagement kinds that count for it, and a ``practice_log``; it then turns those seeded
tasks into practices in place, so their notes, owner, RAG and evidence stay with them and a
task already marked done becomes the first entry of the practice's log.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 21:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# old template key -> (new key, title, help, cadence, counts from, plan day, phase), as in
# resources/guidance.toml at this revision.
CONVERSIONS: dict[str, tuple[str, str, str, str, str, int, str]] = {
    "visible.role-model": (
        "practice.role-model",
        "Role-model the behaviour you expect of others, and set the tone",
        "People look to you to set the tone, most of all under pressure. Note when you "
        "did it on purpose: a decision explained, a mistake owned, a thank-you given.",
        "monthly",
        "",
        30,
        "first-30",
    ),
    "culture.strengths-based": (
        "practice.strengths-based",
        "Lead in a strengths-based way, as you expect practice to be",
        "Convene, support and, where needed, constructively challenge colleagues inside "
        "and beyond the council, starting from what people and teams do well.",
        "monthly",
        "",
        30,
        "first-30",
    ),
    "celebrate.progress": (
        "practice.celebrate",
        "Regularly notice, acknowledge and celebrate the progress others make",
        "A thank-you, a shout-out in a briefing or a note to a team counts. Log a "
        "recognition each time.",
        "monthly",
        "",
        30,
        "first-30",
    ),
    "self.pace": (
        "practice.pace",
        "Keep a sustainable, calm pace for yourself and your teams",
        "Be clear about expectations and do not exhaust yourself or others. When it feels "
        "like everything at once, step back and choose the next steps: be responsive, not "
        "reactive.",
        "monthly",
        "",
        30,
        "first-30",
    ),
    "visible.informal-visits": (
        "practice.two-way",
        "Keep two-way conversations going: informal visits, briefings and roadshows",
        "Every visit, team meeting, briefing or roadshow you log counts. Ask what is going "
        "well and what needs to improve, and say what changed since last time.",
        "weekly",
        "informal-visit,team-meeting,staff-briefing,roadshow,written-briefing",
        14,
        "first-30",
    ),
    "teams.away-days": (
        "practice.away-days",
        "Hold periodic away days with key managers to tackle challenges and scan the horizon",
        "Include planning for the future and any change to direction or vision. An away day "
        "logged as a visit or meeting counts.",
        "quarterly",
        "away-day",
        90,
        "to-100",
    ),
}
REFS = {
    "practice.role-model": (
        "Culture and leadership › Leading with purpose › “You will be expected to be a role model”"
    ),
    "practice.strengths-based": (
        "Culture and leadership › Leading with purpose › "
        "“it is also important to take a strength-based approach to leading”"
    ),
    "practice.celebrate": (
        "Culture and leadership › Leading with purpose › “Be kind to yourself and your teams”"
    ),
    "practice.pace": (
        "Culture and leadership › Leading with purpose › “Be kind to yourself and your teams”"
    ),
    "practice.two-way": (
        "Culture and leadership › Leading with purpose › "
        "“Build regular opportunities for two-way conversations”"
    ),
    "practice.away-days": (
        "Culture and leadership › Leading with purpose › "
        "“A key part of your leadership role is developing your immediate and wider teams”"
    ),
}
"""Where in the chapter each practice comes from (its heading, then the guidance's words)."""
OLD_TITLES = {
    "visible.role-model": "Role-model the behaviour you expect, and set the tone",
    "culture.strengths-based": "Lead in a strengths-based way, as you expect practice to be",
    "celebrate.progress": "Regularly notice, acknowledge and celebrate progress made by others",
    "self.pace": "Set a sustainable pace for yourself and your teams",
    "visible.informal-visits": "Begin a programme of informal visits to teams",
    "teams.away-days": (
        "Hold an away day with key managers to tackle challenges and scan the horizon"
    ),
}
"""The titles these tasks were seeded with: a title the director rewrote is kept."""
MERGED = {"self.calm": "self.pace"}
"""Seeded tasks folded into another's practice: their notes and evidence move across."""


OLD_COLUMNS = (
    "id, theme_id, template_key, kind, title, help, guidance_ref, phase, day_offset, "
    "due_date, status, rag, owner, findings, completed_on, source, position, created_at, "
    "updated_at, deleted_at"
)
PLAN_ITEM_DDL = """CREATE TABLE {name} (
    id INTEGER NOT NULL,
    theme_id INTEGER NOT NULL,
    template_key VARCHAR(80),
    kind VARCHAR(10) NOT NULL,
    title TEXT NOT NULL,
    help TEXT NOT NULL,
    guidance_ref VARCHAR(200) NOT NULL,
    phase VARCHAR(10) NOT NULL,
    day_offset INTEGER,
    due_date DATE,
    status VARCHAR(16) NOT NULL,
    rag VARCHAR(5),
    owner VARCHAR(200) NOT NULL,
    findings TEXT NOT NULL,
    completed_on DATE,
    source VARCHAR(80) NOT NULL,
    position INTEGER NOT NULL,
    created_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
    updated_at DATETIME DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
    deleted_at DATETIME,
    cadence VARCHAR(10),
    counts_from VARCHAR(200) DEFAULT '' NOT NULL,
    CONSTRAINT pk_plan_item PRIMARY KEY (id),
    CONSTRAINT fk_plan_item_theme_id_theme FOREIGN KEY(theme_id)
        REFERENCES theme (id) ON DELETE RESTRICT,
    CONSTRAINT uq_plan_item_template_key UNIQUE (template_key),
    CONSTRAINT ck_plan_item_kind CHECK (kind IN ('question', 'action', 'practice')),
    CONSTRAINT ck_plan_item_phase CHECK (phase IN ('first-30', 'to-100', 'to-183')),
    CONSTRAINT ck_plan_item_rag CHECK (rag IS NULL OR rag IN ('red', 'amber', 'green')),
    CONSTRAINT ck_plan_item_status
        CHECK (status IN ('not-started', 'in-progress', 'done', 'not-applicable')),
    CONSTRAINT ck_plan_item_cadence
        CHECK (cadence IS NULL OR cadence IN ('weekly', 'monthly', 'quarterly'))
)"""


def upgrade() -> None:
    bind = op.get_bind()
    # The table is rebuilt by hand, not by batch mode: batch mode reflects the CHECK
    # constraints in no fixed order, and the saved schema must be the same on every run.
    bind.exec_driver_sql(PLAN_ITEM_DDL.format(name="_plan_item_new"))
    bind.exec_driver_sql(
        f"INSERT INTO _plan_item_new ({OLD_COLUMNS}, counts_from) "
        f"SELECT {OLD_COLUMNS}, '' FROM plan_item"
    )
    bind.exec_driver_sql("DROP TABLE plan_item")
    bind.exec_driver_sql("ALTER TABLE _plan_item_new RENAME TO plan_item")
    bind.exec_driver_sql("CREATE INDEX ix_plan_item_deleted_at ON plan_item (deleted_at)")
    bind.exec_driver_sql("CREATE INDEX ix_plan_item_theme_id ON plan_item (theme_id)")
    op.create_table(
        "practice_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("practised_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('visit', 'briefing', 'recognition', 'done')",
            name=op.f("ck_practice_log_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_practice_log_engagement_id_engagement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["plan_item.id"],
            name=op.f("fk_practice_log_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_log")),
    )
    with op.batch_alter_table("practice_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_log_item_id"), ["item_id"], unique=False)
    _convert(bind)


def _convert(bind: sa.Connection) -> None:
    """Turn the seeded behaviour tasks into practices, keeping what the director wrote."""
    seen = {key for (key,) in bind.exec_driver_sql("SELECT key FROM seeded_template")}
    for old_key, (new_key, title, help_text, cadence, counts, day, phase) in CONVERSIONS.items():
        if old_key not in seen or new_key in seen:
            continue
        bind.exec_driver_sql("INSERT INTO seeded_template (key) VALUES (?)", (new_key,))
        row = bind.exec_driver_sql(
            "SELECT id, status, completed_on FROM plan_item WHERE template_key = ?", (old_key,)
        ).first()
        if row is None:  # the director deleted it for good: the practice stays away too
            continue
        item_id, status, completed_on = row
        bind.exec_driver_sql(
            "UPDATE plan_item SET kind = 'practice', template_key = ?, help = ?, guidance_ref = ?, "
            "cadence = ?, counts_from = ?, day_offset = ?, phase = ?, due_date = NULL, "
            "status = CASE WHEN status = 'not-applicable' THEN status ELSE 'in-progress' END, "
            "completed_on = NULL, title = CASE WHEN title = ? THEN ? ELSE title END WHERE id = ?",
            (
                new_key,
                help_text,
                REFS[new_key],
                cadence,
                counts,
                day,
                phase,
                OLD_TITLES[old_key],
                title,
                item_id,
            ),
        )
        if status == "done" and completed_on is not None:
            bind.exec_driver_sql(
                "INSERT INTO practice_log (item_id, practised_on, kind, note) "
                "VALUES (?, ?, 'done', 'Marked done when it was a one-off task')",
                (item_id, completed_on),
            )
    for merged_key, into_key in MERGED.items():
        into = bind.exec_driver_sql(
            "SELECT id, findings FROM plan_item WHERE template_key = ?",
            (CONVERSIONS[into_key][0],),
        ).first()
        gone = bind.exec_driver_sql(
            "SELECT id, title, findings FROM plan_item "
            "WHERE template_key = ? AND deleted_at IS NULL",
            (merged_key,),
        ).first()
        if into is None or gone is None:
            continue
        if gone[2].strip():
            findings = (into[1].rstrip() + "\n\n" if into[1].strip() else "") + (
                f"From “{gone[1]}”:\n{gone[2]}"
            )
            bind.exec_driver_sql(
                "UPDATE plan_item SET findings = ? WHERE id = ?", (findings, into[0])
            )
        bind.exec_driver_sql(
            "UPDATE evidence_link SET item_id = ? WHERE item_id = ?", (into[0], gone[0])
        )
        bind.exec_driver_sql(
            "UPDATE plan_item SET deleted_at = CURRENT_TIMESTAMP WHERE id = ?", (gone[0],)
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_practice_log_item_id"), table_name="practice_log")
    op.drop_table("practice_log")
    bind = op.get_bind()
    bind.exec_driver_sql("UPDATE plan_item SET kind = 'question' WHERE kind = 'practice'")
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_column("counts_from")
        batch_op.drop_column("cadence")
