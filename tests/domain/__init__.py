"""Tests of the domain rules and queries, on a real database."""
