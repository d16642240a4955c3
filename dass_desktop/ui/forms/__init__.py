"""Python compiled from forms/*.ui by pyside6-uic. Do not edit: recompile instead.

    pyside6-uic forms/NAME.ui -o dass_desktop/ui/forms/ui_NAME.py
"""
