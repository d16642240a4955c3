"""DASS Desktop: a workbook for a new Director of Adult Social Services.

The package is layered: ``store`` (SQLite through SQLAlchemy and Alembic) and ``domain``
(the rules) know nothing of Qt; only ``ui`` does. ``cli`` chooses between the window and
the headless commands.
"""

__version__ = "0.1.0"
APP_NAME = "DASS Desktop"
