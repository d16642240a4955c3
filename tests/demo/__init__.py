"""Tests of the demo council."""
