"""Tests of the charts, read through their matplotlib artists."""
