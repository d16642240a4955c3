"""Every custom item model passes Qt's model tester."""

from __future__ import annotations

from dass_desktop.domain.councils import all_councils
from dass_desktop.ui.council_model import CouncilFilterModel, CouncilListModel, CouncilRole
from dass_desktop.ui.navigation import PageListModel


def test_council_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The council list is a well-behaved model of all 153 councils."""
    model = CouncilListModel(all_councils())
    qtmodeltester.check(model)
    assert model.rowCount() == 153


def test_council_search_matches_every_word(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Searching 'york' finds York and North Yorkshire; 'north west' narrows by region."""
    source = CouncilListModel(all_councils())
    proxy = CouncilFilterModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    proxy.set_search("york")
    names = {proxy.index(r, 0).data(CouncilRole).name for r in range(proxy.rowCount())}
    assert {"York", "North Yorkshire"} <= names
    proxy.set_search("north west cumb")
    names = {proxy.index(r, 0).data(CouncilRole).name for r in range(proxy.rowCount())}
    assert names == {"Cumberland"}


def test_page_list_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The sidebar model passes the model tester."""
    qtmodeltester.check(PageListModel([("Dashboard", "Ctrl+1")]))


def test_dashboard_models(qtmodeltester, store_with_profile) -> None:  # type: ignore[no-untyped-def]
    """Progress by theme and the item lists (empty and filled) pass the model tester."""
    import datetime as dt

    from dass_desktop.domain import plan_rules, plan_store
    from dass_desktop.domain.guidance import seed_from_templates
    from dass_desktop.ui.dashboard_models import PlanItemListModel, ThemeProgressModel

    today = dt.date(2026, 11, 26)
    seed_from_templates(store_with_profile)
    rows = plan_store.list_items(store_with_profile, dt.date(2026, 9, 7))
    themes = ThemeProgressModel()
    themes.set_rows(plan_rules.progress_by_theme(rows))
    qtmodeltester.check(themes)
    items = PlanItemListModel(lambda: today, "Nothing overdue.")
    qtmodeltester.check(items)  # the one-sentence empty state
    items.set_rows(plan_rules.overdue(rows, today))
    qtmodeltester.check(items)
    assert items.rowCount() == len(plan_rules.overdue(rows, today)) > 0
