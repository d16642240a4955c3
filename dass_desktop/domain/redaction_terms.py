"""The words and row types of names left out of exports."""

from __future__ import annotations

from dataclasses import dataclass

DIRECTOR = "the director"


CHIEF_EXECUTIVE = "the chief executive"


TEAM_MANAGER = "a team manager"


SOMEONE = "someone"


COLLEAGUE = "a colleague"


TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "cllr",
        "councillor",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "revd",
    }
)


POST_NOMINALS = frozenset({"obe", "mbe", "cbe", "dbe", "kbe", "phd", "jp", "mp", "kc", "qc"})


_COMMON = """
    april august amber bank bell bill black brook brown carol case chase church cook cross
    dawn day dean faith field fisher foster frank frost gay gift glad good grace green hall
    heath hill holly hope house iris ivy jack joy june king lane lord love mark marsh mason
    may miles moss page park pat penny pickup price ray read rich robin rose ruby sage
    sharp short small stone street sue summer summers taylor victor wall ward warren will
    winter wood young
"""


COMMON_WORDS = frozenset(_COMMON.split())


# Words that make a contact's name an organisation's rather than a person's.
_ORGANISATION = """
    association board care centre charity college council cvs forum foundation group
    healthwatch hospital hub ltd limited network nhs office partnership service services
    society team trust union university
"""


ORGANISATION_WORDS = frozenset(_ORGANISATION.split())


# --- building one from the store ---------------------------------------------------------
@dataclass(frozen=True)
class KnownPerson:
    """Someone the store holds: their name, and their role as it stands there.

    ``fixed`` is a stand-in that does not depend on anyone else (the director, the chief
    executive, a team manager); otherwise the stand-in comes from ``role`` (or the category
    label when there is no role).
    """

    name: str
    role: str = ""
    category: str = ""
    fixed: str = ""
    organisation: bool = False
