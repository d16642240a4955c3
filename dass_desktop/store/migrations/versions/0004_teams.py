"""Team register: teams, strengths and development areas, capacity and skills gaps

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 04:38:24.183927
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("service_area", sa.String(length=30), nullable=False),
        sa.Column("manager", sa.String(length=200), nullable=False),
        sa.Column("base", sa.String(length=200), nullable=False),
        sa.Column("establishment_fte", sa.Float(), nullable=False),
        sa.Column("in_post_fte", sa.Float(), nullable=False),
        sa.Column("vacancies_fte", sa.Float(), nullable=True),
        sa.Column("agency_fte", sa.Float(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "service_area IN ('front-door', 'reablement', 'hospital-discharge', "
            "'long-term-support', 'learning-disability', 'mental-health', "
            "'occupational-therapy', 'safeguarding', 'commissioning', 'business-support', "
            "'other')",
            name=op.f("ck_team_service_area"),
        ),
        sa.CheckConstraint(
            "establishment_fte >= 0 AND in_post_fte >= 0 AND agency_fte >= 0 AND "
            "(vacancies_fte IS NULL OR vacancies_fte >= 0)",
            name=op.f("ck_team_fte_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
    )
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "team_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('strength', 'development')", name=op.f("ck_team_note_kind")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_team_note_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_note")),
    )
    with op.batch_alter_table("team_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_note_team_id"), ["team_id"], unique=False)

    op.create_table(
        "team_gap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("gap_fte", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("mitigation", sa.String(length=30), nullable=True),
        sa.Column("mitigation_notes", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("plan_item_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "mitigation IS NULL OR mitigation IN ('shared-service', 'assistant-roles', "
            "'international-recruitment', 'automation', 'business-support', 'grow-your-own', "
            "'agency-cover', 'other')",
            name=op.f("ck_team_gap_mitigation"),
        ),
        sa.CheckConstraint(
            "role IN ('social-worker', 'senior-practitioner', 'amhp', 'ot', 'ot-assistant', "
            "'reablement-worker', 'team-manager', 'commissioner', 'business-support', "
            "'other')",
            name=op.f("ck_team_gap_role"),
        ),
        sa.CheckConstraint(
            "severity IN ('low', 'medium', 'high', 'critical')", name=op.f("ck_team_gap_severity")
        ),
        sa.CheckConstraint(
            "status IN ('open', 'mitigating', 'closed')", name=op.f("ck_team_gap_status")
        ),
        sa.CheckConstraint(
            "gap_fte IS NULL OR gap_fte >= 0", name=op.f("ck_team_gap_gap_fte_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_team_gap_plan_item_id_plan_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_team_gap_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_gap")),
    )
    with op.batch_alter_table("team_gap", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_team_gap_plan_item_id"), ["plan_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_team_gap_team_id"), ["team_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("team_gap", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_gap_team_id"))
        batch_op.drop_index(batch_op.f("ix_team_gap_plan_item_id"))

    op.drop_table("team_gap")
    with op.batch_alter_table("team_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_note_team_id"))

    op.drop_table("team_note")
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_deleted_at"))

    op.drop_table("team")
