"""Indexes the dashboard's reads need, so that opening the app does not slow as logs grow.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 03:40:00

Indexes only: no table or row changes.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = (
    # Teams never thanked: one search per team, not a scan of every recognition.
    ("ix_recognition_who", "recognition", ["who_kind", "who_id"]),
    # Lapsed practices: the latest visit of each kind a practice counts.
    ("ix_engagement_kind_occurred_on", "engagement", ["kind", "occurred_on"]),
    # Follow-ups due in the next fortnight.
    ("ix_engagement_follow_up_on", "engagement", ["follow_up_on"]),
    # The practices among the plan's items, for lapsed practices.
    ("ix_plan_item_kind", "plan_item", ["kind"]),
    # Open items overdue or due soon, and each theme's progress, read from the index alone
    # (most items are open: an index on the status only would be slower than a scan).
    (
        "ix_plan_item_open_due",
        "plan_item",
        ["status", "kind", "deleted_at", "phase", "day_offset", "due_date", "theme_id", "position"],
    ),
    (
        "ix_plan_item_progress",
        "plan_item",
        ["theme_id", "deleted_at", "kind", "status", "rag", "phase"],
    ),
    # The plan's first and last day, for its working days.
    ("ix_plan_item_day_offset", "plan_item", ["day_offset"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
