"""Files in and out: CSV import of workforce figures and the iCalendar export of follow-ups
and contacts due. No Qt.

Readers here turn a file into clean values and a list of problems with line numbers; the
domain functions save them, all or nothing.
"""
