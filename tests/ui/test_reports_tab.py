"""Reports and dashboard tabs: background generation, preview, printing, trends and click-through."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter

from salondesk.domain.staff import CertificateKind
from salondesk.services import reception
from salondesk.services import settings as settings_service
from salondesk.services import staff as staff_service
from salondesk.ui.context import AppContext
from salondesk.ui.i18n import install_translators
from salondesk.ui.tabs.dashboard_details import FORMATTERS
from salondesk.ui.tabs.dashboard_tab import DETAILS, DashboardTab, Tile, details_sections
from salondesk.ui.tabs.reports_tab import ReportsTab


@pytest.fixture
def ctx(new_uow, clock, owner, receptionist, technician):
    """A salon with one October walk-in who waited 20 minutes."""
    staff_service.add_certificate(
        new_uow(), owner, clock, technician.staff_id, CertificateKind.HAIRDRESSING, "HD-1", date(2025, 1, 1), None
    )
    clock.set(datetime(2026, 10, 6, 3, 0, tzinfo=UTC))
    visit = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="李娜", phone="13900139000"))
    clock.set(datetime(2026, 10, 6, 3, 20, tzinfo=UTC))
    reception.start_service(new_uow(), receptionist, clock, visit, technician.staff_id)
    clock.set(datetime(2026, 10, 6, 4, 0, tzinfo=UTC))
    reception.finish_service(new_uow(), receptionist, clock, visit, reception.RecordInput("cut"))
    clock.set(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    return AppContext(new_uow=new_uow, clock=clock, settings=settings_service.get_settings(new_uow()), actor=owner)


def test_reports_tab_generates_last_month_on_first_show(qtbot, ctx):
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.month_edit.date() == QDate(2026, 10, 1)  # last month, ready to print
    assert not tab.print_button.isEnabled()
    assert tab.print_button.toolTip()  # says why
    tab.show()
    qtbot.waitUntil(lambda: tab.generated is not None, timeout=120_000)
    assert tab.generated.month == "2026-10"
    assert len(tab.page_images) == tab.pages_layout.count() >= 5
    assert tab.print_button.isEnabled()
    assert tab.generated.json_data["figures"]["R1"]["numerator"] == 0  # the only wait was 20 min
    tab.tasks.wait_idle()


def test_printing_paints_every_page(qtbot, ctx, tmp_path):
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.generated is not None, timeout=120_000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    outcomes: list[str] = []
    tab.print_job.on_finished = outcomes.append
    tab.print_to(printer)
    assert tab.print_job.running()  # in the background: the call returned at once
    qtbot.waitUntil(lambda: outcomes == ["done"], timeout=60_000)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == len(tab.page_images)
    tab.tasks.wait_idle()


def test_printing_can_be_cancelled_between_pages(qtbot, ctx, tmp_path):
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.generated is not None, timeout=120_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    outcomes: list[str] = []
    tab.print_job.on_finished = outcomes.append
    tab.print_to(printer)
    assert tab.print_job.dialog is not None
    tab.print_job.dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: outcomes != [], timeout=60_000)
    assert outcomes == ["cancelled"]
    assert not tab.print_job.running()
    tab.tasks.wait_idle()


def test_printing_renders_at_a_bounded_resolution(qtbot, ctx):
    """A 1200 dpi printer still gets pages rendered at 300 dpi (the old code used 1243 dpi: 5.6 GB)."""
    from salondesk.ui import printing

    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.generated is not None, timeout=120_000)
    scales: list[float] = []
    real = printing.rendered_page

    def spy(pdf, index, scale):
        scales.append(scale)
        return real(pdf, index, scale)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(1200)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tab.generated.pdf.with_name("hi.pdf")))
    import pytest

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(printing, "rendered_page", spy)
        printing.print_pdf(tab.generated.pdf, printer)
    assert scales and all(scale == printing.PRINT_DPI / 72 for scale in scales)
    tab.tasks.wait_idle()


def test_a_failed_generation_says_why_and_keeps_the_tab_usable(qtbot, ctx, monkeypatch):
    import salondesk.ui.tabs.reports_tab as module

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "generate_report", broken)
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "disk full" in tab.status.text(), timeout=10_000)
    assert tab.generate_button.isEnabled()
    assert not tab.print_button.isEnabled()
    tab.tasks.wait_idle()


def test_dashboard_tiles_trends_and_click_through(qtbot, ctx):
    tab = DashboardTab(ctx)
    qtbot.addWidget(tab)
    tab.range_box.setCurrentIndex(0)  # 6 months
    tab.show()
    qtbot.waitUntil(lambda: len(tab.months) == 6, timeout=30_000)
    assert [m.label for m in tab.months][-2:] == ["2026-10", "2026-11"]
    october = tab.months[-2]
    assert october.figures["R1"].text() == "0.0 % (0/1)"
    # the daily chart has the one day with a visit; clicking it lists the 20-minute wait
    assert [d.day for d in tab.days if d.median_minutes is not None] == [date(2026, 10, 6)]
    index = next(i for i, d in enumerate(tab.days) if d.day == date(2026, 10, 6))
    dialog = tab.open_details("daily_wait", index)
    qtbot.addWidget(dialog)
    shown = dialog.text()
    assert "20:00" in shown and "李*" in shown
    summary, sections = details_sections("R1", october, UTC)
    assert "0.0 % (0/1)" in summary and [row[1] for row in sections[0].rows] == ["李*"]
    assert sections[0].headers[2] == "Technician" and sections[0].rows[0][2] == "张伟"  # who served
    tiles = {child.objectName() for child in tab.findChildren(type(tab.tiles_box.itemAt(0).widget()))}
    assert {"tile_waiting", "tile_over15", "tile_checklists", "tile_complaints", "tile_equipment"} <= tiles
    tab.tasks.wait_idle()


REPR_MARKS = ("=", "datetime.", "Decimal(", "<", "None", *(kind.__name__ for kind in FORMATTERS))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_click_through_shows_translated_tables_never_reprs(qtbot, qapp, ctx, lang):
    install_translators(lang, qapp)
    try:
        tab = DashboardTab(ctx)
        qtbot.addWidget(tab)
        tab.range_box.setCurrentIndex(0)
        tab.show()
        qtbot.waitUntil(lambda: len(tab.months) == 6, timeout=30_000)
        shown = {}
        for figure_id in DETAILS:
            for index in range(len(tab.months)):
                dialog = tab.open_details(figure_id, index)
                qtbot.addWidget(dialog)
                shown[figure_id, index] = dialog.text()
        for key, text in shown.items():
            assert not [mark for mark in REPR_MARKS if mark in text], (key, text)
            assert lang == "en" or "n/a" not in text, (key, text)  # "n/a (0/0)" in the UI language too
        r1_october = shown["R1", len(tab.months) - 2]
        wait_header = "等待（分:秒）" if lang == "zh_CN" else "Wait (min:s)"
        assert wait_header in r1_october and "20:00" in r1_october and "李*" in r1_october
        assert ("无" if lang == "zh_CN" else "none") in shown["H1", 0]
        ratings = shown["S2", 0]
        assert ("满意度" if lang == "zh_CN" else "Satisfaction") in ratings
        tab.tasks.wait_idle()
    finally:
        install_translators("en", qapp)


def test_tile_marks_a_problem_in_words():
    tile = Tile("x", "complaints past a deadline", 2, True)
    assert tile.bad


def test_close_month_asks_the_owners_pin_and_then_shows_the_stored_report(qtbot, ctx, monkeypatch):
    import salondesk.ui.tabs.reports_tab as module

    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.generated is not None, timeout=120_000)
    assert tab.close_button.isVisible() and tab.close_button.isEnabled()  # October ended; not closed
    assert tab.generated.closing is None and "Provisional" in tab.status.text()

    pins = iter(["9999", "1234"])

    class TypedPin(module.CloseMonthDialog):
        def exec(self) -> int:
            self.ui.pinEdit.setText(next(pins))
            return int(module.CloseMonthDialog.DialogCode.Accepted)

    monkeypatch.setattr(module, "CloseMonthDialog", TypedPin)
    tab.close_month()  # a wrong PIN: nothing stored, the reason is shown
    qtbot.waitUntil(lambda: "not closed" in tab.status.text(), timeout=30_000)
    assert "Wrong PIN" in tab.status.text()
    assert tab.generated.closing is None
    tab.close_month()
    qtbot.waitUntil(lambda: tab.generated.closing is not None, timeout=30_000)
    assert tab.generated.closing.by == "王芳"
    assert not tab.close_button.isEnabled() and tab.close_button.toolTip()
    assert "as stored when 王芳 closed the month" in tab.status.text()
    stored_pdf = tab.generated.pdf.read_bytes()
    tab.generate()  # generating again gives the stored report, the same bytes
    qtbot.waitUntil(lambda: not tab.tasks.busy(), timeout=30_000)
    assert tab.generated.closing is not None and tab.generated.pdf.read_bytes() == stored_pdf
    tab.tasks.wait_idle()


def test_close_month_is_for_the_owner_and_waits_for_the_month_to_end(qtbot, ctx, receptionist):
    from dataclasses import replace

    tab = ReportsTab(replace(ctx, actor=receptionist))
    qtbot.addWidget(tab)
    assert not tab.close_button.isVisibleTo(tab)  # not the receptionist's action
    owner_tab = ReportsTab(ctx)
    qtbot.addWidget(owner_tab)
    owner_tab.month_edit.setDate(QDate(2026, 11, 1))  # the running month
    owner_tab.show()
    qtbot.waitUntil(lambda: owner_tab.generated is not None, timeout=30_000)
    owner_tab.tasks.wait_idle()
    if owner_tab.generated.month != "2026-11":
        owner_tab.month_edit.setDate(QDate(2026, 11, 1))
        owner_tab.generate()
        qtbot.waitUntil(lambda: owner_tab.generated.month == "2026-11", timeout=30_000)
    assert not owner_tab.close_button.isEnabled()
    assert "2026-12-01" in owner_tab.close_button.toolTip()
    owner_tab.tasks.wait_idle()
