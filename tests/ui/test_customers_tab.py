"""Customers tab, counter search widget, safety banner and customer dialogs (pytest-qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.permissions import Actor
from salondesk.services import customers as svc
from salondesk.services.settings import get_settings
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.customers.edit import CustomerDialog, PatchTestDialog
from salondesk.ui.dialogs.customers.import_dialog import ImportDialog
from salondesk.ui.dialogs.customers.privacy import EraseDialog, MergeDialog
from salondesk.ui.i18n import install_translators
from salondesk.ui.tabs.customers_tab import CustomersTab
from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets import common
from salondesk.ui.widgets.customer_search import CustomerSearchWidget
from salondesk.ui.widgets.safety_banner import SafetyBanner


def make_ctx(new_uow: UowFactory, clock: FrozenClock, actor: Actor) -> AppContext:
    return AppContext(new_uow=new_uow, clock=clock, settings=get_settings(new_uow()), actor=actor)


@pytest.fixture
def people(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor) -> dict[str, int]:
    ids = {
        "张伟": svc.create_customer(
            new_uow(),
            receptionist,
            clock,
            svc.CustomerInput("张伟", "13812345678", allergies="PPD", health_consent=True),
        ),
        "张伟明": svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟明", "13900001111")),
        "Anna": svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("Anna Lee", "13700002222")),
    }
    svc.record_patch_test(
        new_uow(),
        technician,
        clock,
        ids["张伟"],
        "Koleston",
        clock.now() - timedelta(days=3),
        "passed",
        technician.staff_id,
    )
    return ids


def test_search_widget_keyboard_flow(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, people: dict[str, int]
) -> None:
    widget = CustomerSearchWidget(make_ctx(new_uow, clock, receptionist))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty_label.isVisible() and "zw" in widget.empty_label.text()
    widget.focus()
    qtbot.keyClicks(widget.edit, "zw")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=2000)
    assert widget.count_label.text() == "2 found"
    assert widget.model.data(widget.model.index(0, 0)).startswith("⚠ ")  # 张伟 has an allergy
    with qtbot.waitSignal(widget.customer_chosen) as chosen:
        qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    assert chosen.args[0] in {people["张伟"], people["张伟明"]}
    qtbot.keyClick(widget.edit, Qt.Key.Key_Down)
    assert widget.view.hasFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    second = widget.model.row_at(1).id
    with qtbot.waitSignal(widget.customer_chosen) as chosen:
        qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert chosen.args == [second]
    widget.set_text("nobody")
    assert widget.count_label.text() == "0 found" and "nobody" in widget.empty_label.text()


def test_typing_searches_off_the_gui_thread_and_shows_only_the_newest_text(
    qtbot: QtBot,
    new_uow: UowFactory,
    clock: FrozenClock,
    receptionist: Actor,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from salondesk.ui.widgets.customers import search as search_module

    searched: list[tuple[str, bool]] = []
    real = search_module.search_customers

    def recording(uow, actor, text, limit):  # type: ignore[no-untyped-def]
        searched.append((text, threading.current_thread() is threading.main_thread()))
        return real(uow, actor, text, limit)

    monkeypatch.setattr(search_module, "search_customers", recording)
    widget = CustomerSearchWidget(make_ctx(new_uow, clock, receptionist))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.edit, "zh")
    qtbot.waitUntil(lambda: bool(searched), timeout=3000)
    qtbot.keyClicks(widget.edit, "angweim")  # typed on while the first search may still run
    qtbot.waitUntil(lambda: widget.result is not None and widget.result.query == "zhangweim", timeout=3000)
    qtbot.waitUntil(lambda: not widget.is_searching(), timeout=3000)
    assert searched and not any(on_gui for _text, on_gui in searched)  # the GUI thread never waited
    assert searched[-1][0] == "zhangweim"
    assert [widget.model.row_at(i).name for i in range(widget.model.rowCount())] == ["张伟明"]
    assert widget.count_label.text() == "1 found"


def test_more_matches_than_shown_show_the_first_ones_then_the_count(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, people: dict[str, int]
) -> None:
    for i in range(5):
        svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput(f"张{i}伟", f"1350000{i:04d}"))
    widget = CustomerSearchWidget(make_ctx(new_uow, clock, receptionist), limit=3)
    qtbot.addWidget(widget)
    widget.show()
    totals: list[int] = []
    widget.results_changed.connect(totals.append)
    widget.set_text("张")  # 7 files: 3 shown at once, then the exact count from the background
    assert widget.model.rowCount() == 3
    assert widget.result is not None and widget.result.total is None
    assert widget.count_label.text() in {"More than 3 found, first 3 shown", "7 found, first 3 shown"}
    qtbot.waitUntil(lambda: widget.count_label.text() == "7 found, first 3 shown", timeout=3000)
    assert totals[-1] == 7
    widget.set_text("张伟明")
    assert widget.count_label.text() == "1 found"


def test_technician_sees_masked_phones(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, technician: Actor, people: dict[str, int]
) -> None:
    widget = CustomerSearchWidget(make_ctx(new_uow, clock, technician))
    qtbot.addWidget(widget)
    widget.set_text("张伟明")  # by name: technicians cannot search phone digits
    assert widget.model.data(widget.model.index(0, 1)) == "139****1111"
    widget.set_text("1111")
    assert widget.model.rowCount() == 0


def test_safety_banner_words(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, people: dict[str, int], owner: Actor
) -> None:
    from salondesk.queries.customers import safety_warnings

    banner = SafetyBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.set_warnings(safety_warnings(new_uow(), people["张伟"], clock.now()))
    assert banner.isVisible() and banner.lines == ["Allergy: PPD"]
    banner.set_warnings(safety_warnings(new_uow(), people["Anna"], clock.now()))
    assert not banner.isVisible()


def test_tab_opens_file_logs_it_and_reflects_role(
    qtbot: QtBot,
    new_uow: UowFactory,
    clock: FrozenClock,
    receptionist: Actor,
    technician: Actor,
    people: dict[str, int],
) -> None:
    tab = CustomersTab(make_ctx(new_uow, clock, receptionist))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.summary.text() == "3 customer files"
    assert tab.focus_search()
    tab.search.set_text("张伟")
    qtbot.keyClick(tab.search.edit, Qt.Key.Key_Return)
    view = tab.file_view
    assert tab.right.currentWidget() is view and view.file is not None
    assert view.banner.isVisible() and "PPD" in view.banner.text.text()
    assert "valid until" in view.patch_chip.text()
    assert view.history_model.rowCount() == 1
    assert tab.edit_button.isEnabled() and not tab.erase_button.isEnabled()
    assert tab.erase_button.toolTip() == "Only the owner may do this."
    with new_uow() as uow:
        assert len(uow.session.exec(select(AuditEntry).where(AuditEntry.action == "open")).all()) == 1
    tech_tab = CustomersTab(make_ctx(new_uow, clock, technician))
    qtbot.addWidget(tech_tab)
    tech_tab.refresh()
    tech_tab.open_customer(people["张伟"])
    assert tech_tab.file_view.detail_labels["phone"].text() == "138****5678"
    assert tech_tab.file_view.restricted_note.isVisibleTo(tech_tab.file_view)
    assert not tech_tab.new_button.isEnabled() and not tech_tab.edit_button.isEnabled()
    assert tech_tab.patch_button.isEnabled()  # technicians record patch tests


def test_empty_tab_says_what_to_do(qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    tab = CustomersTab(make_ctx(new_uow, clock, owner))
    qtbot.addWidget(tab)
    tab.refresh()
    assert "New customer" in tab.placeholder.text() and "Import" in tab.placeholder.text()
    assert tab.birthday_count.text() == "0 birthdays this week"


def test_customer_dialog_creates_and_offers_the_duplicate(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ctx = make_ctx(new_uow, clock, receptionist)
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("曾志伟")
    dialog.ui.mobileEdit.setText("136 0000 3333")
    dialog.ui.birthdayEdit.setText("03-14")
    dialog.ui.allergiesEdit.setText("latex")
    assert not dialog.ui.allergiesEdit.isEnabled()  # health data needs the consent box first
    dialog.ui.healthCheck.setChecked(True)
    dialog.ui.allergiesEdit.setText("latex")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.saved_id is not None
    with new_uow() as uow:
        c = uow.session.get(Customer, dialog.saved_id)
        assert c is not None and (c.birth_month, c.birth_day, c.allergies) == (3, 14, "latex")
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    again = CustomerDialog(ctx)
    qtbot.addWidget(again)
    again.ui.nameEdit.setText("Zhang Wei")
    again.ui.mobileEdit.setText("+86 138 1234 5678")
    again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert again.saved_id is None and again.open_existing_id == people["张伟"]
    bad = CustomerDialog(ctx)
    qtbot.addWidget(bad)
    bad.ui.nameEdit.setText("X")
    bad.ui.mobileEdit.setText("123")
    bad.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "not a valid mobile" in bad.ui.errorLabel.text() and bad.saved_id is None


def test_patch_test_dialog_records(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, technician: Actor, people: dict[str, int]
) -> None:
    dialog = PatchTestDialog(make_ctx(new_uow, clock, technician), people["Anna"], "Anna Lee")
    qtbot.addWidget(dialog)
    assert dialog.tested_by.currentData() == technician.staff_id
    dialog.save()
    assert "product" in dialog.error.text()
    dialog.product.setText("Majirel 7.1")
    dialog.save()
    assert dialog.saved_id is not None


def test_erase_and_merge_dialogs(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, owner: Actor, people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ctx = make_ctx(new_uow, clock, owner)
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    merge = MergeDialog(ctx, people["张伟"], "张伟")
    qtbot.addWidget(merge)
    merge.choose(people["张伟"])
    assert "itself" in merge.error.text()
    merge.search.set_text("1111")
    merge.choose(people["张伟明"])
    merge.merge()
    assert merge.result_info is not None and merge.result_info.merged_id == people["张伟明"]
    erase = EraseDialog(ctx, people["Anna"], "Anna Lee")
    qtbot.addWidget(erase)
    erase.reason.setText("asked in person")
    erase.erase()
    assert erase.pseudonym == f"C-{people['Anna']:06d}"


def previewed_import(qtbot: QtBot, ctx: AppContext, source: Path) -> tuple[ImportDialog, TaskRunner]:
    """The import window with ``source`` chosen and its preview shown."""
    runner = TaskRunner()
    dialog = ImportDialog(ctx, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.load_file(source)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog, runner


def test_import_dialog_previews_then_imports_in_the_background(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, owner: Actor, tmp_path: Path
) -> None:
    source = tmp_path / "clients.csv"
    header = (
        '"Client ID","First Name","Last Name","Full Name","Blocked","Block Reason","Gender","Mobile Number",'
        '"Telephone","Email","Accepts Marketing","Accepts SMS Marketing","Address","Apartement Suite","Area","City",'
        '"State","Post Code","Date of Birth","Added","Note","Referral Source"'
    )
    rows = ['"1","","","王芳","","","","13812345678"', '"2","","","Bad","","","","123"']
    source.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    dialog, runner = previewed_import(qtbot, make_ctx(new_uow, clock, owner), source)
    assert dialog.model.rowCount() == 2
    # A bad mobile no longer drops the customer: imported, the number kept aside and said so.
    assert dialog.model.data(dialog.model.index(1, 1)) == "new"
    assert "Mobile not valid (123)" in dialog.model.data(dialog.model.index(1, 5))
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    runner.wait_idle()
    assert dialog.imported is not None and dialog.imported.created == 2
    with new_uow() as uow:
        assert uow.session.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one() == 2


def test_import_dialog_stops_an_import_and_nothing_is_imported(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, owner: Actor, tmp_path: Path
) -> None:
    source = tmp_path / "clients.csv"
    rows = [f'"{i}","Anna","Lee{i}","","","","","13{i:09d}"' for i in range(3_000)]
    header = '"Client ID","First Name","Last Name","Full Name","Blocked","Block Reason","Gender","Mobile Number"'
    source.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    dialog, runner = previewed_import(qtbot, make_ctx(new_uow, clock, owner), source)
    assert dialog.stop_button.isHidden()
    dialog.run_import()
    assert not dialog.stop_button.isHidden() and not dialog.browse.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)  # before its first 1,000 rows are read
    runner.wait_idle()
    qtbot.waitUntil(dialog.stop_button.isHidden, timeout=10_000)
    assert dialog.summary.text() == "The import was cancelled. Nothing was imported."
    assert dialog.imported is None and dialog.import_button.isEnabled() and dialog.model.rowCount() == 3_000
    with new_uow() as uow:
        assert uow.session.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one() == 0
    dialog.run_import()  # the same preview imports in full afterwards
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20_000)
    runner.wait_idle()
    assert dialog.imported is not None and dialog.imported.created == 3_000


def test_typing_in_the_result_list_goes_back_to_the_box(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, people: dict[str, int]
) -> None:
    widget = CustomerSearchWidget(make_ctx(new_uow, clock, receptionist))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_text("zw")
    widget.view.setFocus()
    qtbot.keyClicks(widget.view, "m")
    assert widget.edit.text() == "zwm"
    qtbot.keyClick(widget.edit, Qt.Key.Key_Escape)
    assert widget.edit.text() == ""


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [("en", "2026-11-23", "2026-11-23 00:30"), ("zh_CN", "2026年11月23日", "2026年11月23日 00:30")],
)
def test_last_visit_shows_the_salon_day_in_the_languages_one_format(
    qtbot: QtBot,
    qapp: QApplication,
    new_uow: UowFactory,
    clock: FrozenClock,
    receptionist: Actor,
    people: dict[str, int],
    language: str,
    day: str,
    moment: str,
) -> None:
    """00:30 in Shanghai is still the 22nd in UTC: the list and the file show the salon's day (ux.md)."""
    with new_uow() as uow:
        uow.session.execute(
            sa.update(Customer)
            .where(Customer.id == people["Anna"])
            .values(last_visit_at=datetime(2026, 11, 22, 16, 30, tzinfo=UTC))
        )
        uow.commit()
    install_translators(language, qapp)
    try:
        tab = CustomersTab(make_ctx(new_uow, clock, receptionist))
        qtbot.addWidget(tab)
        tab.show()
        tab.refresh()
        tab.search.set_text("Anna")
        qtbot.waitUntil(lambda: tab.search.model.rowCount() == 1, timeout=2000)
        assert tab.search.model.data(tab.search.model.index(0, 3)) == day
        tab.open_customer(people["Anna"])
        assert tab.file_view.detail_labels["visits"].text() == moment
    finally:
        install_translators("en", qapp)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("2026-11-23", "2026-11-23 00:30", "03-05")),
        ("zh_CN", ("2026年11月23日", "2026年11月23日 00:30", "3月5日")),
    ],
)
def test_one_date_format_per_language_in_the_salons_zone(qapp: QApplication, language: str, expected: tuple) -> None:
    """ux.md: 2026-11-23 / 2026年11月23日, never the UTC date of an instant (the 22nd in UTC here)."""
    from datetime import date
    from zoneinfo import ZoneInfo

    instant, salon = datetime(2026, 11, 22, 16, 30, tzinfo=UTC), ZoneInfo("Asia/Shanghai")
    install_translators(language, qapp)
    try:
        shown = (
            common.day_text(instant, salon),
            common.moment_text(instant, salon),
            common.month_day_text(date(1990, 3, 5)),
        )
    finally:
        install_translators("en", qapp)
    assert shown == expected


def test_import_preview_keeps_the_problems_column_in_view_with_a_very_long_name(
    qtbot: QtBot, new_uow: UowFactory, clock: FrozenClock, owner: Actor, tmp_path: Path
) -> None:
    source = tmp_path / "clients.csv"
    long_name = "王" * 60 + "Alexandra" * 7
    header = '"Client ID","First Name","Last Name","Full Name","Blocked","Block Reason","Gender","Mobile Number"'
    source.write_text(f'{header}\n"1","","","{long_name}","","","","123"\n', encoding="utf-8")
    dialog, _runner = previewed_import(qtbot, make_ctx(new_uow, clock, owner), source)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    view, problems = dialog.view, dialog.model.columnCount() - 1
    assert view.columnViewportPosition(problems) + 80 < view.viewport().width()  # Problems starts in view
    assert dialog.model.data(dialog.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == long_name
    assert "Mobile not valid (123)" in dialog.model.data(dialog.model.index(0, problems))
    assert dialog.model.data(dialog.model.index(0, problems), Qt.ItemDataRole.ToolTipRole) == dialog.model.data(
        dialog.model.index(0, problems)
    )
