"""Contacts and the visit log: stakeholders, engagements, their people, teams, themes, actions

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 04:55:19.539569
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "engagement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=True),
        sa.Column("going_well", sa.Text(), nullable=False),
        sa.Column("to_improve", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("you_said_we_did", sa.Text(), nullable=False),
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
            "kind IN ('informal-visit', 'team-meeting', 'staff-briefing', 'roadshow', "
            "'one-to-one', 'away-day', 'partner-meeting', 'written-briefing', 'call')",
            name=op.f("ck_engagement_kind"),
        ),
        sa.CheckConstraint(
            "staff_count IS NULL OR staff_count >= 0", name=op.f("ck_engagement_staff_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement")),
    )
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_engagement_occurred_on"), ["occurred_on"], unique=False
        )

    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("interest", sa.Integer(), nullable=False),
        sa.Column("cadence", sa.String(length=20), nullable=False),
        sa.Column("tags", sa.String(length=500), nullable=False),
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
            "cadence IN ('weekly', 'fortnightly', 'monthly', 'six-weekly', 'quarterly', "
            "'six-monthly', 'none')",
            name=op.f("ck_stakeholder_cadence"),
        ),
        sa.CheckConstraint(
            "category IN ('council-leadership', 'elected-members', 'hr-od', 'finance', "
            "'nhs-icb', 'providers', 'voluntary-sector', 'unions', 'networks', 'regulators', "
            "'education', 'people-carers', 'staff')",
            name=op.f("ck_stakeholder_category"),
        ),
        sa.CheckConstraint(
            "influence BETWEEN 1 AND 5", name=op.f("ck_stakeholder_influence_1_to_5")
        ),
        sa.CheckConstraint("interest BETWEEN 1 AND 5", name=op.f("ck_stakeholder_interest_1_to_5")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "engagement_participant",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_engagement_participant_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_engagement_participant_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "engagement_id", "stakeholder_id", name=op.f("pk_engagement_participant")
        ),
    )
    with op.batch_alter_table("engagement_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_engagement_participant_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "engagement_team",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_engagement_team_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
            name=op.f("fk_engagement_team_team_id_team"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("engagement_id", "team_id", name=op.f("pk_engagement_team")),
    )
    with op.batch_alter_table("engagement_team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_team_team_id"), ["team_id"], unique=False)

    op.create_table(
        "engagement_theme",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_engagement_theme_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("engagement_id", "theme", name=op.f("pk_engagement_theme")),
    )
    with op.batch_alter_table("engagement_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_engagement_theme_theme"), ["theme"], unique=False)

    op.create_table(
        "engagement_action",
        sa.Column("engagement_id", sa.Integer(), nullable=False),
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["engagement_id"],
            ["engagement.id"],
            name=op.f("fk_engagement_action_engagement_id_engagement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_engagement_action_plan_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("engagement_id", "plan_item_id", name=op.f("pk_engagement_action")),
    )
    with op.batch_alter_table("engagement_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_engagement_action_plan_item_id"), ["plan_item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("engagement_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_action_plan_item_id"))

    op.drop_table("engagement_action")
    with op.batch_alter_table("engagement_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_theme_theme"))

    op.drop_table("engagement_theme")
    with op.batch_alter_table("engagement_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_team_team_id"))

    op.drop_table("engagement_team")
    with op.batch_alter_table("engagement_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_participant_stakeholder_id"))

    op.drop_table("engagement_participant")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_deleted_at"))

    op.drop_table("stakeholder")
    with op.batch_alter_table("engagement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagement_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_engagement_deleted_at"))

    op.drop_table("engagement")
