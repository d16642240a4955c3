"""Tests of the printed plans, read back with pypdf."""
