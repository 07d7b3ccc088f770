"""Dashboard: this month's S2Y, S5, S6 and T1–T3 tiles, their trends and click-through."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from salondesk.domain.clock import FrozenClock
from salondesk.ui.i18n import install_translators
from salondesk.ui.tabs.dashboard_details import DetailsDialog
from salondesk.ui.tabs.dashboard_tab import MONTH_TILES, FigureTile, chart_specs
from tests.conftest import pin_of
from tests.ui.test_reports_tab import (
    REPR_MARKS,
    ctx,  # noqa: F401 - fixture: an October walk-in, staff hired 23 Nov
)


def test_this_months_commitment_tiles_and_their_records(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    from salondesk.ui.tabs.dashboard_tab import DashboardTab

    tab = DashboardTab(ctx)
    qtbot.addWidget(tab)
    tab.range_box.setCurrentIndex(0)  # 6 months
    tab.show()
    qtbot.waitUntil(lambda: len(tab.months) == 6, timeout=30_000)
    tiles = {t.objectName(): t for t in tab.findChildren(FigureTile)}
    assert {f"tile_{figure_id}" for figure_id in MONTH_TILES} <= set(tiles)
    t1 = tiles["tile_T1"]
    # November: the technician and the receptionist, neither trained yet; Q4 still runs
    assert "0.0 %" in t1.findChild(type(tab.month_title), "value").text()
    assert "(in progress)" in t1.findChild(type(tab.month_title), "value").text()
    assert tab.months[-1].figures["T1"].met is None
    assert "n/a" in tiles["tile_S5"].findChild(type(tab.month_title), "value").text()  # no answers yet
    opened: list[QDialog] = []
    original = tab.open_details
    monkeypatch.setattr(tab, "open_details", lambda *args: opened.append(original(*args)) or opened[-1])
    qtbot.mouseClick(t1, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    text = opened[0].text()
    assert "Staff without a training this quarter (2)" in text
    assert "张伟" in text and "Lily Chen" in text
    tab.tasks.wait_idle()


def test_trend_charts_include_the_new_figures() -> None:
    series = {figure for _key, _title, ids in chart_specs() for figure in ids}
    assert {"S2Y", "S5", "S6", "T1", "T2", "T3"} <= series


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_live_tile_clicks_through_to_a_translated_table(qtbot, qapp, ctx, owner, receptionist, lang) -> None:  # noqa: F811
    from salondesk.domain.complaints import Category, Channel, Severity
    from salondesk.domain.equipment import MaintenanceKind
    from salondesk.services import complaints, equipment, hygiene, reception
    from salondesk.ui.tabs.dashboard_tab import DashboardTab

    clock = ctx.clock
    now = clock.now()  # 2026-11-23 10:00 in Shanghai
    hygiene.install_default_templates(ctx.new_uow(), FrozenClock(now - timedelta(days=30)))
    clock.set(now - timedelta(minutes=25))
    early = reception.WalkIn(name="赵敏", phone="13900139001", note="came before opening")  # 09:35: closed
    reception.add_walk_in(ctx.new_uow(), receptionist, clock, early)
    clock.set(now - timedelta(days=3))
    data = complaints.ComplaintInput(Channel.PHONE, Category.SERVICE, Severity.LOW, "rude", customer_name="钱多多")
    number_id = complaints.log_complaint(
        ctx.new_uow(write_lock=True), receptionist, clock, data, pin=pin_of(receptionist)
    )
    clock.set(now)
    asset = equipment.add_equipment(ctx.new_uow(), owner, clock, equipment.EquipmentInput("Steamer"))
    equipment.add_plan(ctx.new_uow(), owner, clock, asset, MaintenanceKind.OVERHAUL, date(2026, 11, 20))
    install_translators(lang, qapp)
    try:
        tab = DashboardTab(ctx)
        qtbot.addWidget(tab)
        tab.load_tiles()
        tiles = {t.objectName(): t for t in tab.findChildren(FigureTile)}
        zh = lang == "zh_CN"
        expected = {
            "tile_waiting": ("赵敏", "顾客" if zh else "Customer"),
            "tile_over15": ("25:00", "仍在等待" if zh else "still waiting"),
            "tile_complaints": (f"C-2026-{number_id:04d}", "首次响应" if zh else "Answer"),
            "tile_equipment": ("Steamer", "检修" if zh else "Overhaul"),
            "tile_checklists": ("营业前检查" if zh else "Opening checklist", "待完成" if zh else "due"),
        }
        assert set(expected) <= set(tiles)
        for name, (record, word) in expected.items():
            before = set(tab.findChildren(DetailsDialog))
            qtbot.mouseClick(tiles[name], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
            opened = set(tab.findChildren(DetailsDialog)) - before
            assert len(opened) == 1, name
            dialog = opened.pop()  # a child of the tab, deleted when closed
            assert dialog.tables and dialog.tables[0].rowCount() >= 1, name
            shown = dialog.text()
            assert record in shown and word in shown, (name, shown)
            assert not [mark for mark in REPR_MARKS if mark in shown], (name, shown)
            dialog.close()
    finally:
        install_translators("en", qapp)
