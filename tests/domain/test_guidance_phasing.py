"""The checklist is phased and worded as the guidance asks, in the guidance's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from dass_desktop.domain.guidance import TemplateItem, templates
from dass_desktop.domain.timeline import Phase

SEED_TEXT = (Path(__file__).parent.parent / "fixtures" / "culture-and-leadership.txt").read_text()


def _item(key: str) -> TemplateItem:
    return next(i for i in templates().items if i.key == key)


def _plain(text: str) -> str:
    """Curly apostrophes made straight, and case folded, for matching words."""
    return text.replace("’", "'").casefold()


# Each phrase the guidance puts in quotes for a change to phasing or wording, the entry that
# must now carry those words, and the phase it must be in.
QUOTED = [
    ("early on", "basics.vacancy-sickness-turnover", Phase.FIRST_30),
    ("early on", "basics.benchmark", Phase.FIRST_30),
    ("that you always have the support you need", "relationships.peer-support", Phase.FIRST_30),
    (
        "take time to think about the best future form for your department",
        "basics.future-form",
        Phase.TO_MONTH_6,
    ),
    ("good enough, and safe enough", "basics.good-enough", Phase.FIRST_30),
    ("stand out for your particular attention", "professional.psw-pot", Phase.FIRST_30),
    ("broader range of prevention responsibilities", "culture.prevention", Phase.TO_DAY_100),
    ("periodic away days", "practice.away-days", Phase.TO_DAY_100),
    ("How is this informing future planning?", "basics.informing-planning", Phase.FIRST_30),
    ("one area where this approach may be helpful", "roles.shared-services", Phase.TO_MONTH_6),
    ("emergency financial situation", "basics.structure", Phase.FIRST_30),
]


@pytest.mark.parametrize(("phrase", "key", "phase"), QUOTED, ids=[f"{q[1]}" for q in QUOTED])
def test_quoted_phrase_is_in_the_guidance_and_its_entry(
    phrase: str, key: str, phase: Phase
) -> None:
    """The phrase is the guidance's own, and an entry in the right phase carries it."""
    assert phrase in SEED_TEXT
    item = _item(key)
    assert _plain(phrase) in _plain(f"{item.title} {item.help}")
    assert item.phase is phase


def test_phasing_the_guidance_asks_for() -> None:
    """Data, benchmarking, networks, the region and you-said-we-did start in days 1-30;
    the structure is mapped by day 21 and its future form decided by month six.
    """
    for key in (
        "basics.vacancy-sickness-turnover",
        "basics.benchmark",
        "relationships.peer-support",
        "relationships.adass",
        "visible.you-said-we-did",
    ):
        assert _item(key).phase is Phase.FIRST_30, key
    assert "diversity" in _item("basics.vacancy-sickness-turnover").title
    assert "region" in _item("relationships.adass").title
    assert "first briefing" in _item("visible.you-said-we-did").title
    assert _item("basics.structure").day <= 21
    assert _item("basics.future-form").phase is Phase.TO_MONTH_6


def test_professional_leadership_is_its_own_theme() -> None:
    """Professional leadership has its own theme: the principals, practice quality, audits."""
    assert "professional" in {t.key for t in templates().themes}
    mine = [i for i in templates().items if i.theme == "professional"]
    words = _plain(" ".join(f"{i.title} {i.help}" for i in mine))
    for needed in ("principal social worker", "principal occupational therapist", "audit"):
        assert needed in words
    assert "practice quality" in words or "quality of practice" in words


def test_wording_that_presumed_or_overstated_is_gone() -> None:
    """Business support is a question, AMHPs an example, ADASS membership not a task,
    no "money in crisis", and the vision narrative sits under leadership and culture.
    """
    everything = _plain(" ".join(f"{i.title} {i.help}" for i in templates().items))
    assert "money in crisis" not in everything
    assert _item("roles.business-support").title.startswith("Ask whether")
    assert "start with approved" not in everything
    adass = _plain(_item("relationships.adass").help)
    assert "by virtue of the post" in adass
    assert _item("roles.common-purpose").theme == "culture"


def test_every_ref_names_a_real_heading_and_the_guidance_words() -> None:
    """Each ref reads chapter › heading › “words”, all three as the chapter has them."""
    lines = [line.strip() for line in SEED_TEXT.splitlines()]
    chapter = lines[0]
    for item in templates().items:
        parts = item.ref.split(" › ")
        assert len(parts) == 3, item.key
        assert parts[0] == chapter, item.key
        assert parts[1] in lines, f"{item.key}: {parts[1]} is not a heading"
        assert parts[2].startswith("“")
        assert parts[2].endswith("”")
        assert parts[2][1:-1] in SEED_TEXT, item.key
