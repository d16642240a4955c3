"""Alembic environment: runs migrations on the connection the app hands over.

Two SQLite traps are handled here. Batch migrations recreate tables, and with foreign keys
on, dropping the old table would cascade-delete child rows: so foreign keys are switched off
for the migration and checked afterwards. And a PRAGMA executed before the migration
transaction would auto-begin a transaction that swallows the version row: so it is committed
straight away.
"""

from alembic import context

from dass_desktop.store.models import Base
from dass_desktop.store.search_index import is_index_table

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("Migrations run only through dass_desktop.store.migrations.upgrade().")

connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
connection.commit()
try:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        # The search index (FTS5) is built by revision 0010's SQL, not from the models.
        include_name=lambda name, kind, _parent: kind != "table" or not is_index_table(name or ""),
    )
    with context.begin_transaction():
        context.run_migrations()
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"Migration left rows pointing at missing parents: {broken[:5]}")
finally:
    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    connection.commit()
