"""F2 and F3 reach the reception queue from any tab of the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salondesk.ui import tabs as tab_registry
from salondesk.ui.dialogs.reception.dialogs import WalkInDialog
from salondesk.ui.main_window import MainWindow
from salondesk.ui.tabs import TabEntry
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tabs.reception_tab import ReceptionTab
from tests.ui.foundation import make_ctx, tasks  # noqa: F401 - fixtures
from tests.ui.test_reception_tab import customer_without_history, salon, when_open  # noqa: F401 - fixture


class PlainTab(Tab):
    """Any other tab everyone may see."""

    area = "plain"
    title_text = "Plain"


@pytest.fixture
def window(qtbot, make_ctx, tasks, receptionist, salon, monkeypatch):  # noqa: F811
    monkeypatch.setattr(
        tab_registry,
        "TABS",
        [tab_registry.TABS[0], TabEntry("tests.ui.test_reception_main_window", "PlainTab", "plain", "Plain", None)],
    )
    ctx = make_ctx(None)
    win = MainWindow(ctx, tasks, None)
    qtbot.addWidget(win)
    win.show()
    win.start_session(receptionist)
    yield win
    win.close()


def test_f3_from_another_tab_brings_the_check_in_list_then_enter_checks_in(qtbot, window) -> None:
    reception_tab = window.tab_by_area("reception")
    assert isinstance(reception_tab, ReceptionTab)
    other = next(t for t in window.visible_tabs() if t is not reception_tab)
    window.tab_widget.setCurrentWidget(other)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_tab() is reception_tab
    assert reception_tab.arrival_view.currentIndex().row() == 0
    qtbot.keyClick(reception_tab.arrival_view, Qt.Key.Key_Return)
    assert reception_tab.arrival_model.rowCount() == 0
    assert [r.name for r in reception_tab.waiting_model.rows()] == ["陈美丽"]


def test_f2_from_another_tab_opens_the_walk_in_dialog_over_the_queue(qtbot, window) -> None:
    reception_tab = window.tab_by_area("reception")
    other = next(t for t in window.visible_tabs() if t is not reception_tab)
    window.tab_widget.setCurrentWidget(other)
    seen: list[bool] = []

    def close(dialog: WalkInDialog) -> None:
        seen.append(window.current_tab() is reception_tab)
        dialog.done(0)

    when_open(WalkInDialog, close)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert seen == [True]


def test_a_walk_in_with_a_service_takes_eight_keys_in_the_1280x720_window(qtbot, window, new_uow, clock) -> None:
    """From the queue screen: F2 · 1 1 1 1 · Enter (picks her, focus on the service) · ↓ · Enter = 8 (ux.md)."""
    from sqlmodel import select

    from salondesk.domain.visits import Visit

    customer_without_history(new_uow, clock)
    window.resize(1280, 720)
    reception_tab = window.tab_by_area("reception")
    window.tab_widget.setCurrentWidget(reception_tab)
    pressed: list[object] = [Qt.Key.Key_F2]

    def type_keys(dialog: WalkInDialog) -> None:
        for key in ["1", "1", "1", "1", Qt.Key.Key_Return, Qt.Key.Key_Down, Qt.Key.Key_Return]:
            pressed.append(key)
            target = dialog.focusWidget() or dialog
            if isinstance(key, str):
                qtbot.keyClicks(target, key)
            else:
                qtbot.keyClick(target, key)

    when_open(WalkInDialog, type_keys)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert len(pressed) == 8
    assert [r.name for r in reception_tab.waiting_model.rows()] == ["李娜"]
    with new_uow() as uow:
        assert uow.session.exec(select(Visit.service_id)).one() is not None
