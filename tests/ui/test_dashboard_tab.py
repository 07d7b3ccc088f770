"""Dashboard: this month's S2Y, S5, S6 and T1–T3 tiles, their trends and click-through."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from salondesk.ui.tabs.dashboard_tab import MONTH_TILES, FigureTile, chart_specs
from tests.ui.test_reports_tab import ctx  # noqa: F401 - fixture: an October walk-in, staff hired 23 Nov


def test_this_months_commitment_tiles_and_their_records(qtbot, ctx, monkeypatch) -> None:  # noqa: F811
    from salondesk.ui.tabs.dashboard_tab import DashboardTab

    tab = DashboardTab(ctx)
    qtbot.addWidget(tab)
    tab.range_box.setCurrentIndex(0)  # 6 months
    tab.show()
    qtbot.waitUntil(lambda: len(tab.months) == 6, timeout=30_000)
    tiles = {t.objectName(): t for t in tab.findChildren(FigureTile)}
    assert set(tiles) == {f"tile_{figure_id}" for figure_id in MONTH_TILES}
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
    text = opened[0].findChild(QPlainTextEdit).toPlainText()
    assert "Staff without a training this quarter (2)" in text
    assert "张伟" in text and "Lily Chen" in text
    tab.tasks.wait_idle()


def test_trend_charts_include_the_new_figures() -> None:
    series = {figure for _key, _title, ids in chart_specs() for figure in ids}
    assert {"S2Y", "S5", "S6", "T1", "T2", "T3"} <= series
