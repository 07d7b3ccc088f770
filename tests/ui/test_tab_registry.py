"""The tab registry describes each tab exactly as its class does (the tab bar shows it before importing it)."""

from __future__ import annotations

import pytest

from salondesk.ui.tabs import TABS, TabEntry


@pytest.mark.parametrize("entry", TABS, ids=lambda e: e.area)
def test_each_entry_matches_its_class(entry: TabEntry) -> None:
    cls = entry.tab_class()
    assert cls.__name__ == entry.class_name and cls.__module__ == entry.module
    assert cls.area == entry.area
    assert cls.title_text == entry.title_text and cls.class_title() == entry.title()
    assert cls.required_permission == entry.permission
    # built at login exactly when its shortcuts are window-wide (F2/F3) or it keeps a status-bar chip
    assert entry.at_login == (hasattr(cls, "global_actions") or cls.in_status_bar)


def test_areas_are_unique_and_the_order_is_the_tab_bar_order() -> None:
    assert [e.area for e in TABS] == [
        "reception",
        "appointments",
        "customers",
        "hygiene",
        "equipment",
        "complaints",
        "reports",
        "dashboard",
        "staff",
        "settings",
        "audit",
    ]
