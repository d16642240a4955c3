"""Workforce: figures by scope and month, targets, comparators, diversity, import mappings

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 04:39:42.814118

A team scope's ``team_id`` points at the team register (revision 0004).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workforce_scope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kind IN ('department', 'team')", name=op.f("ck_workforce_scope_kind")),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
            name=op.f("fk_workforce_scope_team_id_team"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workforce_scope")),
        sa.UniqueConstraint("kind", "name", name="uq_workforce_scope_kind_name"),
    )
    op.create_table(
        "workforce_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope_id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("period_label", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source_kind", sa.String(length=8), nullable=False),
        sa.Column("source_file", sa.String(length=260), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "source_kind IN ('typed', 'import')", name=op.f("ck_workforce_value_source_kind")
        ),
        sa.ForeignKeyConstraint(
            ["scope_id"],
            ["workforce_scope.id"],
            name=op.f("fk_workforce_value_scope_id_workforce_scope"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workforce_value")),
        sa.UniqueConstraint(
            "scope_id", "metric", "period", name="uq_workforce_value_scope_metric_period"
        ),
    )
    op.create_table(
        "workforce_target",
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("metric", name=op.f("pk_workforce_target")),
    )
    op.create_table(
        "comparator_council",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("council_code", sa.String(length=9), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("from_list_of", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('cipfa', 'named')", name=op.f("ck_comparator_council_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comparator_council")),
        sa.UniqueConstraint("council_code", name=op.f("uq_comparator_council_council_code")),
    )
    op.create_table(
        "comparator_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("area_key", sa.String(length=200), nullable=False),
        sa.Column("area_name", sa.String(length=200), nullable=False),
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("period_label", sa.String(length=40), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("covers", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("source_kind", sa.String(length=8), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('england', 'region', 'council')", name=op.f("ck_comparator_value_kind")
        ),
        sa.CheckConstraint(
            "source_kind IN ('typed', 'import')", name=op.f("ck_comparator_value_source_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comparator_value")),
        sa.UniqueConstraint(
            "area_key", "metric", "period_end", "covers", name="uq_comparator_value_figure"
        ),
    )
    op.create_table(
        "diversity_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=12), nullable=False),
        sa.Column("dimension", sa.String(length=12), nullable=False),
        sa.Column("group_key", sa.String(length=40), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("percent", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "dimension IN ('ethnicity', 'sex', 'age', 'disability')",
            name=op.f("ck_diversity_figure_dimension"),
        ),
        sa.CheckConstraint(
            "subject IN ('workforce', 'population')", name=op.f("ck_diversity_figure_subject")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diversity_figure")),
        sa.UniqueConstraint(
            "subject", "dimension", "group_key", "as_of", name="uq_diversity_figure_group"
        ),
    )
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("signature", name=op.f("uq_import_mapping_signature")),
    )


def downgrade() -> None:
    op.drop_table("import_mapping")
    op.drop_table("diversity_figure")
    op.drop_table("comparator_value")
    op.drop_table("comparator_council")
    op.drop_table("workforce_target")
    op.drop_table("workforce_value")
    op.drop_table("workforce_scope")
