"""Hostile input: bad files and arguments, full disks, read-only folders."""
