"""Plan narrative

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 04:45:46.111350
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_narrative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_kind", sa.String(length=20), nullable=False),
        sa.Column("section", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_narrative")),
        sa.UniqueConstraint("plan_kind", "section", name="plan_section"),
    )


def downgrade() -> None:
    op.drop_table("plan_narrative")
