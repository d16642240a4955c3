"""Tests of the window, its pages and dialogs, offscreen with qtbot."""
