"""The Qt window: the only package that imports PySide6."""

from dass_desktop.ui.feature_check import read_sources_plainly

# Before any of the window's modules is imported: PySide6 looks at each (feature_check.py).
read_sources_plainly()
