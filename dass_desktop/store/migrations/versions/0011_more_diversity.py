"""Religion or belief and sexual orientation among the diversity figures.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 23:00:00
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = "id, subject, dimension, group_key, as_of, percent, source"
DDL = (
    "CREATE TABLE {name} ( id INTEGER NOT NULL, subject VARCHAR(12) NOT NULL, "
    "dimension VARCHAR(12) NOT NULL, group_key VARCHAR(40) NOT NULL, as_of DATE NOT NULL, "
    "percent FLOAT NOT NULL, source TEXT NOT NULL, "
    "CONSTRAINT pk_diversity_figure PRIMARY KEY (id), "
    "CONSTRAINT ck_diversity_figure_dimension CHECK (dimension IN ({dimensions})), "
    "CONSTRAINT ck_diversity_figure_subject CHECK (subject IN ('workforce', 'population')), "
    "CONSTRAINT uq_diversity_figure_group UNIQUE (subject, dimension, group_key, as_of) )"
)
BEFORE = "'ethnicity', 'sex', 'age', 'disability'"
AFTER = "'ethnicity', 'sex', 'age', 'disability', 'religion', 'sexuality'"


def _rebuild(dimensions: str) -> None:
    # Rebuilt by hand rather than in batch mode, so the saved schema is the same every run.
    bind = op.get_bind()
    bind.exec_driver_sql(DDL.format(name="_diversity_figure_new", dimensions=dimensions))
    bind.exec_driver_sql(
        f"INSERT INTO _diversity_figure_new ({COLUMNS}) SELECT {COLUMNS} FROM diversity_figure"
    )
    bind.exec_driver_sql("DROP TABLE diversity_figure")
    bind.exec_driver_sql("ALTER TABLE _diversity_figure_new RENAME TO diversity_figure")


def upgrade() -> None:
    _rebuild(AFTER)


def downgrade() -> None:
    op.get_bind().exec_driver_sql(
        "DELETE FROM diversity_figure WHERE dimension IN ('religion', 'sexuality')"
    )
    _rebuild(BEFORE)
