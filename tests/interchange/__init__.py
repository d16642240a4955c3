"""Tests of the files in and out: CSV import, iCalendar and JSON exports."""
