"""Printable A4 plans built with reportlab: the 100-day plan and the six-month plan.

No Qt here: the window and the ``export`` command both call :func:`plans.export_plan`.
Charts come from ``charts/`` (the same functions the app shows) and are drawn as vector
graphics so they stay sharp and searchable in print.
"""
