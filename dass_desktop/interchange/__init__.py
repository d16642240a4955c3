"""Files exchanged with other programs: the iCalendar export of follow-ups and contacts due."""
