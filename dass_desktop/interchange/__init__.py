"""Files in and out: CSV import of workforce figures (JSON and iCalendar to follow). No Qt.

Readers here turn a file into clean values and a list of problems with line numbers; the
domain functions save them, all or nothing.
"""
