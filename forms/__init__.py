"""Qt Designer forms: the source of truth for the app's layouts.

Compiled with pyside6-uic into dass_desktop/ui/forms/ (see tests/ui/test_forms.py).
"""
