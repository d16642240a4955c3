"""Tests of the store: database, migrations, backups, recovery and encryption."""
