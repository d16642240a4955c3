"""The rules of the director's work, with no Qt: plan days and phases, the profile, councils.

Every figure the app shows is computed by one function here, and the pages, the commands
and the PDFs all call that same function. Functions that change data take a
:class:`~dass_desktop.store.Store`, commit one transaction and return :class:`Changes`.
"""
