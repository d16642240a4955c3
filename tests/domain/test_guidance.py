"""The guidance templates: complete, well-formed, and seeded exactly once."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dass_desktop.domain import plan_store, plan_terms
from dass_desktop.domain.guidance import (
    TemplateItem,
    Templates,
    parse_templates,
    seed_from_templates,
    templates,
)
from dass_desktop.domain.timeline import PLAN_PHASES
from dass_desktop.store import Store
from dass_desktop.store.models import PlanItem
from tests.conftest import TODAY

SEED_TEXT = (Path(__file__).parent.parent / "fixtures" / "culture-and-leadership.txt").read_text()

# Every bulleted question or suggestion in the guidance (by a phrase from the seed text),
# with the words a template item must contain to cover it.
GUIDANCE_QUESTIONS = [
    ("departmental structure", ["structure"]),
    ("vacancy, sickness and turnover levels", ["vacancy", "sickness", "turnover"]),
    ("system of supervision and appraisal", ["supervision"]),
    ("two-way communication with frontline managers", ["two-way communication"]),
    ("reflect the local demography", ["diversity", "population"]),
    ("80/20 campaign", ["80/20"]),
    ("if you cannot recruit what alternative", ["cannot recruit", "alternative"]),
    ("shared services with neighbouring councils or the NHS", ["shared services", "NHS"]),
    ("OT assistant roles", ["OT assistant"]),
    ("apprenticeship roles", ["apprenticeships"]),
    ("Could automation help?", ["automation"]),
    ("central customer centre", ["business support", "customer centre"]),
    ("prevention services, the ‘front door’", ["prevention", "front door"]),
    ("‘trusted assessment’", ["trusted assessment"]),
    ("university-led teaching partnerships", ["schools", "teaching partnership"]),
    ("international recruitment", ["international recruitment"]),
    ("regular meeting points and team sessions", ["meeting points"]),
    ("periodic away days", ["away day"]),
    ("examine and debate data", ["debate data"]),
    ("360-degree assessments", ["360-degree"]),
    ("staff surveys", ["staff survey"]),
    ("mentoring and coaching programmes", ["mentoring", "coaching"]),
    ("ADASS, BASW, Royal College of Occupational Therapy", ["ADASS", "BASW", "Skills for Care"]),
    ("a workforce plan covering", ["workforce plan"]),
    ("organisational development (OD) plan", ["OD) plan"]),
    ("succession planning at least annually", ["succession"]),
    ("What is your culture like?", ["culture"]),
    ("workforce wellbeing offer", ["wellbeing offer"]),
    ("hybrid working", ["hybrid working"]),
    ("recruitment messaging", ["recruitment messaging"]),
    ("director of HR", ["director of HR"]),
    ("HR and organisational development (OD) teams", ["HR and OD teams"]),
    ("Get a mentor", ["mentor"]),
    ("staff awards", ["staff awards"]),
    ("informal visits", ["informal visits"]),
    ("staff roadshows", ["roadshows"]),
    ("regular briefings", ["briefings"]),
    ("your own development", ["development plan"]),
    ("ADASS and other networks", ["ADASS", "networks"]),
]


def _covering(words: list[str]) -> list[TemplateItem]:
    return [
        item
        for item in templates().items
        if all(w.casefold() in f"{item.title} {item.help}".casefold() for w in words)
    ]


@pytest.mark.parametrize(
    ("phrase", "words"), GUIDANCE_QUESTIONS, ids=[q[0] for q in GUIDANCE_QUESTIONS]
)
def test_every_guidance_question_is_covered(phrase: str, words: list[str]) -> None:
    """Each question in the guidance (checked present in the seed text) has a template item."""
    assert phrase in SEED_TEXT
    assert _covering(words), f"no template item covers: {phrase}"


def test_every_bullet_in_the_guidance_is_listed_above() -> None:
    """The list above accounts for every bulleted question in the guidance text."""
    bullets = [line for line in SEED_TEXT.splitlines() if line.strip().startswith("•")]
    assert len(bullets) == 27
    for bullet in bullets:
        assert any(phrase in bullet for phrase, _ in GUIDANCE_QUESTIONS), bullet


def test_templates_are_well_formed() -> None:
    """45-70 items, unique keys, each with a theme, phase, day, help and a cited section."""
    shipped = templates()
    assert 45 <= len(shipped.items) <= 70
    assert len({i.key for i in shipped.items}) == len(shipped.items)
    assert len(shipped.themes) == 9
    for item in shipped.items:
        assert item.help
        assert item.ref.startswith("Culture and leadership")
        assert 1 <= item.day <= 183
    phases = {i.phase for i in shipped.items}
    assert phases == set(PLAN_PHASES)


def test_bad_templates_are_refused() -> None:
    """A template with a duplicate key or an unknown theme fails loudly when parsed."""
    base = '[[theme]]\nkey = "t"\ntitle = "T"\n'
    item = (
        '[[item]]\nkey = "a"\ntheme = "{theme}"\ntitle = "x"\nhelp = "h"\nref = "r"\n'
        'phase = "to-100"\nday = 5\n'
    )
    with pytest.raises(ValueError, match="unknown theme"):
        parse_templates(base + item.format(theme="nope"))
    with pytest.raises(ValueError, match="used twice"):
        parse_templates(base + item.format(theme="t") * 2)


def _count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(PlanItem)) or 0)


def test_seeding_twice_creates_nothing_twice(store: Store) -> None:
    """The first seed adds every item; the second adds none and reports no change."""
    assert seed_from_templates(store)
    assert _count(store) == len(templates().items)
    assert not seed_from_templates(store)
    assert _count(store) == len(templates().items)
    assert len(plan_store.list_themes(store)) == 9


def test_upgrade_adds_new_item_and_keeps_directors_edits(store: Store) -> None:
    """A new template item appears; edited, completed and deleted items stay as left."""
    old = templates()
    seed_from_templates(store, Templates(old.themes, old.items[:-1]))
    rows = {r.template_key: r for r in plan_store.list_items(store, None)}
    edited, deleted = rows[old.items[0].key], rows[old.items[1].key]
    plan_store.update_item(
        store,
        edited.id,
        TODAY,
        title="My own wording",
        status=plan_terms.Status.DONE,
        findings="Seen",
    )
    plan_store.delete_items(store, [deleted.id], dt.datetime(2026, 11, 26, 9))
    renamed_theme = plan_store.list_themes(store)[0]
    plan_store.rename_theme(store, renamed_theme.id, "Basics, my way")

    newer_item = dataclasses.replace(old.items[-1])
    assert seed_from_templates(store, Templates(old.themes, (*old.items[:-1], newer_item)))

    after = {r.template_key: r for r in plan_store.list_items(store, None)}
    assert newer_item.key in after
    assert after[edited.template_key].title == "My own wording"
    assert after[edited.template_key].status is plan_terms.Status.DONE
    assert after[edited.template_key].findings == "Seen"
    assert deleted.template_key not in after
    assert plan_store.list_themes(store)[0].title == "Basics, my way"
    assert _count(store) == len(old.items)  # deleted row kept for undo, nothing duplicated
