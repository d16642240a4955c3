"""No amount of data breaks an export or its page budget (`demo --scale 10` and `50`), and no
single cell, however long, can stop the layout.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from dass_desktop import paths
from dass_desktop.demo import write_demo
from dass_desktop.domain import plan_store, team_store, team_terms
from dass_desktop.domain.narrative import PlanKind, Section, save_section
from dass_desktop.domain.team_terms import ServiceArea
from dass_desktop.domain.timeline import Phase
from dass_desktop.reports.plans import ONE_TO_ONE, PAGE_BUDGET, export_one_to_one, export_plan
from dass_desktop.store import Store, open_store
from tests.conftest import TODAY


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


@pytest.mark.slow
@pytest.mark.parametrize("scale", [10, 50])
def test_exports_keep_their_budget_at_scale(
    scale: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every document builds within its page budget at scale 10 and 50; the appendix builds
    at scale 50 (it may run long).
    """
    data = paths.resolve(tmp_path_factory.mktemp(f"scale{scale}"))
    store = open_store(data)
    try:
        write_demo(store, TODAY, scale=scale)
        out = tmp_path_factory.mktemp("out")
        counts = {}
        for kind in PlanKind:
            counts[kind.value] = _pages(export_plan(store, kind, out / f"{kind.value}.pdf", TODAY))
            assert counts[kind.value] <= PAGE_BUDGET[kind], counts
        counts["briefing"] = _pages(export_one_to_one(store, out / "brief.pdf", TODAY))
        assert counts["briefing"] <= PAGE_BUDGET[ONE_TO_ONE], counts
        print(f"scale {scale}: pages {counts}")
        if scale == 50:
            full = export_plan(store, PlanKind.SIX_MONTH, out / "full.pdf", TODAY, appendix=True)
            assert _pages(full) > PAGE_BUDGET[PlanKind.SIX_MONTH]
    finally:
        store.close()


def test_huge_cells_never_stop_the_layout(store_with_profile: Store, tmp_path: Path) -> None:
    """A title, owner, finding, team name and narrative each longer than a page still print,
    with the appendix too.
    """
    store = store_with_profile
    words = "\x07\x1b[31m" + " ".join(f"Not visited yet {n};" for n in range(1500))
    theme_id, _ = plan_store.add_theme(store, "A theme")
    item_id, _ = plan_store.add_item(
        store, theme_id=theme_id, title=words[:500], kind="action",
        phase=Phase.FIRST_30, due_date=dt.date(2026, 9, 20), owner=words[:200],
    )  # fmt: skip
    plan_store.update_item(store, item_id, TODAY, findings=words)
    team_store.add_team(
        store, team_terms.TeamDraft(name=words[:200], service_area=ServiceArea.FRONT_DOOR)
    )
    for section in Section:
        for kind in PlanKind:
            save_section(store, kind, section, words)
    for kind in PlanKind:
        out = export_plan(store, kind, tmp_path / f"{kind.value}.pdf", TODAY, appendix=True)
        assert _pages(out) >= 2
        printed = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "\x07" not in printed
        assert "\x1b" not in printed
    assert _pages(export_one_to_one(store, tmp_path / "brief.pdf", TODAY)) <= 2
