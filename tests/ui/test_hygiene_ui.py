"""The hygiene board and run dialog, the equipment tab: real clicks on real services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.equipment import EquipmentStatus, MaintenanceKind
from salondesk.domain.hygiene import ItemResult, StationKind
from salondesk.domain.permissions import Actor
from salondesk.queries import equipment as eq
from salondesk.queries import hygiene as hq
from salondesk.services import equipment as eq_svc
from salondesk.services import hygiene as svc
from salondesk.services.settings import get_settings
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.hygiene.dialogs import RunDialog
from salondesk.ui.tabs.equipment_tab import EquipmentTab
from salondesk.ui.tabs.hygiene_tab import HygieneTab
from salondesk.ui.widgets import common


@pytest.fixture
def ctx(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> AppContext:
    """The receptionist is logged in at the counter PC."""
    return AppContext(new_uow=new_uow, clock=clock, settings=get_settings(new_uow()), actor=receptionist)


def test_board_installs_defaults_and_lines_are_touch_sized(qtbot: QtBot, ctx: AppContext, owner: Actor) -> None:
    svc.add_station(ctx.new_uow(), owner, ctx.clock, "1号足浴盆", StationKind.FOOT_SPA)
    tab = HygieneTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    keys = [(line.row.scope, line.row.template_key) for line in tab.board_lines]
    assert (hq.BoardScope.TODAY, "opening") in keys and (hq.BoardScope.TODAY, "closing") in keys
    assert (hq.BoardScope.STATION, "per_customer") in keys
    assert all(line.height() >= 44 and line.button.height() >= 44 for line in tab.board_lines)
    # 10:00 Shanghai on a Monday, salon opens at 10:00: the opening checklist is overdue, in words too
    opening = next(line for line in tab.board_lines if line.row.template_key == "opening")
    assert opening.chip.text() == "Overdue" and opening.chip.state == common.State.BAD


def test_technician_signs_on_receptionists_login_one_tap_per_item(
    qtbot: QtBot, ctx: AppContext, technician: Actor
) -> None:
    tab = HygieneTab(ctx)
    qtbot.addWidget(tab)
    template = {t.key: t for t in hq.templates(ctx.new_uow())}["weekly"]
    dialog = RunDialog(ctx, template, parent=tab)
    qtbot.addWidget(dialog)
    dialog.ui.technicianCombo.setCurrentIndex(dialog.ui.technicianCombo.findData(technician.staff_id))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "no answer" in dialog.ui.errorLabel.text()
    dialog.tap(0, ItemResult.PASS)
    dialog.tap(1, ItemResult.FAIL)
    dialog.tap(2, ItemResult.NO_SERVICE)
    assert dialog.rows[1].action_box.isVisibleTo(dialog)
    dialog.ui.pinEdit.setText("3333")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "corrective action" in dialog.ui.errorLabel.text()
    dialog.rows[1].action_edit.setText("Cabinet wiped again")
    dialog.ui.pinEdit.setText("2222")  # the receptionist's PIN does not sign for the technician
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Wrong PIN" in dialog.ui.errorLabel.text() and dialog.ui.pinEdit.text() == ""
    dialog.ui.pinEdit.setText("3333")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.saved is not None and dialog.saved.failed_items == 1
    runs = hq.run_rows(ctx.new_uow(), date(2026, 11, 23), date(2026, 11, 23))
    assert [(r.signed_by, r.template_key) for r in runs] == [("张伟", "weekly")]
    week = next(line for line in tab.board_lines if line.row.template_key == "weekly")
    assert week.row.state == hq.PeriodState.DONE  # the board refreshed on the data_changed signal
    # done, but with a failed item: amber with the words, never the plain green "Done"
    assert (week.chip.text(), week.chip.state) == ("Done · 1 failed", common.State.ATTENTION)


def test_value_out_of_limits_turns_pass_into_fail_on_screen(
    qtbot: QtBot, ctx: AppContext, owner: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(common, "confirm", lambda *_a, **_k: True)  # closing the changed dialog at teardown
    svc.install_default_templates(ctx.new_uow(), ctx.clock)
    svc.add_station(ctx.new_uow(), owner, ctx.clock, "Chair 1", StationKind.CHAIR)
    template = {t.key: t for t in hq.templates(ctx.new_uow())}["per_customer"]
    dialog = RunDialog(ctx, template)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tap(0, ItemResult.PASS)
    edit = next(iter(dialog.rows[0].values.values()))
    qtbot.keyClicks(edit, "10")
    assert dialog.rows[0].result() == ItemResult.FAIL
    assert dialog.rows[0].limit_label.isVisible() and dialog.rows[0].action_box.isVisible()


def test_equipment_tab_lists_overdue_and_out_of_service(qtbot: QtBot, ctx: AppContext, owner: Actor) -> None:
    dryer = eq_svc.add_equipment(ctx.new_uow(), owner, ctx.clock, eq_svc.EquipmentInput("Hood dryer"))
    eq_svc.add_plan(ctx.new_uow(), owner, ctx.clock, dryer, MaintenanceKind.OVERHAUL, date(2026, 11, 13))
    spa = eq_svc.add_equipment(ctx.new_uow(), owner, ctx.clock, eq_svc.EquipmentInput("Foot spa 2"))
    eq_svc.report_fault(ctx.new_uow(), owner, ctx.clock, spa, "Heater broken", True)
    tab = EquipmentTab(ctx)
    qtbot.addWidget(tab)
    tasks = tab.tasks_model.rows()
    assert [(t.equipment_name, t.days_overdue, t.state) for t in tasks] == [("Hood dryer", 10, eq.TaskState.OVERDUE)]
    assert "1 overdue" in tab.summary.text() and "1 out of service" in tab.summary.text()
    statuses = {r.name: r.status for r in tab.assets_model.rows()}
    assert statuses == {"Foot spa 2": EquipmentStatus.OUT_OF_SERVICE, "Hood dryer": EquipmentStatus.IN_SERVICE}
    assert not tab.add_button.isEnabled()  # the receptionist reports faults but does not edit the register
    assert tab.fault_button.isEnabled()


def test_open_action_signed_off_from_the_tab(qtbot: QtBot, ctx: AppContext, owner: Actor, technician: Actor) -> None:
    tab = HygieneTab(ctx)
    qtbot.addWidget(tab)
    weekly = {t.key: t for t in hq.templates(ctx.new_uow())}["weekly"]
    answers = [svc.Answer(i.id, ItemResult.PASS) for i in weekly.items]
    answers[0] = svc.Answer(
        weekly.items[0].id,
        ItemResult.FAIL,
        action="Replace container",
        action_owner_id=owner.staff_id,
        action_due=date(2026, 11, 25),
    )
    svc.sign_run(
        ctx.new_uow(write_lock=True),
        technician,
        ctx.clock,
        svc.RunDraft(weekly.id, tuple(answers)),
        technician.staff_id,
        "3333",
    )
    ctx.clock.advance(minutes=1)
    tab.refresh()
    assert [a.action for a in tab.actions_model.rows()] == ["Replace container"]
    assert "(1)" in tab.pages.tabText(2)
    from salondesk.ui.dialogs.hygiene.dialogs import SignoffDialog

    dialog = SignoffDialog(ctx, tab.actions_model.row_at(0), tab)
    qtbot.addWidget(dialog)
    dialog.ui.signerCombo.setCurrentIndex(dialog.ui.signerCombo.findData(owner.staff_id))
    dialog.ui.noteEdit.setText("New container in place")
    dialog.ui.pinEdit.setText("1234")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.ui.errorLabel.text() == ""
    assert tab.actions_model.rows() == [] and tab.actions_count.text() == "No open corrective actions."


@pytest.mark.parametrize(("lang", "shown"), [("en", "2026-11-25"), ("zh_CN", "2026年11月25日")])
def test_corrective_action_due_date_in_the_one_date_format(
    qtbot: QtBot, qapp, ctx: AppContext, lang: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salondesk.ui.i18n import install_translators

    monkeypatch.setattr(common, "confirm", lambda *_a, **_k: True)
    svc.install_default_templates(ctx.new_uow(), ctx.clock)
    install_translators(lang, qapp)
    try:
        template = {t.key: t for t in hq.templates(ctx.new_uow())}["weekly"]
        dialog = RunDialog(ctx, template)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tap(1, ItemResult.FAIL)
        assert dialog.rows[1].due_edit.text() == shown  # two days ahead of Monday 23 Nov, never 25/11/2026
    finally:
        install_translators("en", qapp)


def test_station_line_counts_todays_entries_in_chinese_too(qapp) -> None:
    from datetime import datetime

    from salondesk.domain.hygiene import Frequency
    from salondesk.ui.i18n import install_translators
    from salondesk.ui.tabs.hygiene_tab import board_state

    row = hq.BoardRow(
        hq.BoardScope.STATION, 1, "per_customer", "Per-customer log", "一客一消毒记录", Frequency.PER_CUSTOMER,
        hq.PeriodState.DONE, date(2026, 11, 23), date(2026, 11, 23), station_id=1, entries_today=2,
    )  # fmt: skip
    install_translators("zh_CN", qapp)
    try:
        assert board_state(row, datetime(2026, 11, 23, 12), "10:00") == (common.State.OK, "今日记录：2")
    finally:
        install_translators("en", qapp)
