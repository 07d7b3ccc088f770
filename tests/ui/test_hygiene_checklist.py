"""Signing the opening checklist at the counter: one tap per item (or one for all) and the PIN (issue 16 item 1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.hygiene import ItemResult, ValueKind
from salondesk.domain.permissions import Actor
from salondesk.queries import hygiene as hq
from salondesk.services import hygiene as svc
from salondesk.services.settings import get_settings
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.hygiene.dialogs import RunDialog, checked_text_width
from salondesk.ui.i18n import install_translators
from salondesk.ui.widgets import common


@pytest.fixture
def ctx(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """The receptionist is logged in at the counter PC; the default checklists are installed."""
    monkeypatch.setattr(common, "confirm", lambda *_a, **_k: True)  # closing a changed dialog at teardown
    svc.install_default_templates(new_uow(), clock)
    return AppContext(new_uow=new_uow, clock=clock, settings=get_settings(new_uow()), actor=receptionist)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators("zh_CN", qapp)
    yield
    install_translators("en", qapp)


def opening(ctx: AppContext) -> hq.TemplateRow:
    return {t.key: t for t in hq.templates(ctx.new_uow())}["opening"]


def open_dialog(qtbot: QtBot, ctx: AppContext, technician: Actor) -> RunDialog:
    dialog = RunDialog(ctx, opening(ctx))
    qtbot.addWidget(dialog)
    dialog.ui.technicianCombo.setCurrentIndex(dialog.ui.technicianCombo.findData(technician.staff_id))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def value_edits(dialog: RunDialog) -> dict[ValueKind, str]:
    return {kind: edit.text() for row in dialog.rows for kind, edit in row.values.items()}


def sign_button(dialog: RunDialog) -> QPushButton:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_values_come_from_the_template_then_from_the_last_run(
    qtbot: QtBot, ctx: AppContext, technician: Actor, clock: FrozenClock
) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    # the template's defaults, and the time the solution is mixed starts at now (10:00 in Shanghai)
    assert value_edits(dialog) == {
        ValueKind.PRODUCT: "84消毒液",
        ValueKind.DILUTION: "250",
        ValueKind.TIME_MIXED: "10:00",
        ValueKind.TEMPERATURE_C: "",
    }
    dialog.rows[1].values[ValueKind.DILUTION].setText("300")  # shown, and changeable before signing
    dialog.rows[1].values[ValueKind.DILUTION].setModified(True)
    dialog.rows[1].values[ValueKind.TIME_MIXED].setText("9:40")
    dialog.rows[5].values[ValueKind.TEMPERATURE_C].setText("22")
    dialog.all_pass()
    dialog.ui.pinEdit.setText("3333")
    sign_button(dialog).click()
    assert dialog.saved is not None and dialog.saved.failed_items == 0
    stored = hq.last_values(ctx.new_uow(), "opening", None)
    assert stored[1] == {"product": "84消毒液", "dilution": "300", "time_mixed": "9:40"} and stored[5] == {
        "temperature_c": "22"
    }

    clock.set(clock.now() + timedelta(days=1, minutes=7))  # the next morning: yesterday's values, today's time
    tomorrow = open_dialog(qtbot, ctx, technician)
    assert value_edits(tomorrow) == {
        ValueKind.PRODUCT: "84消毒液",
        ValueKind.DILUTION: "300",
        ValueKind.TIME_MIXED: "10:07",
        ValueKind.TEMPERATURE_C: "22",
    }


def test_all_pass_shows_every_item_and_hands_over_to_the_pin(qtbot: QtBot, ctx: AppContext, technician: Actor) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    dialog.rows[5].values[ValueKind.TEMPERATURE_C].setText("21")  # the one value with nothing to start from
    dialog.tap(2, ItemResult.NO_SERVICE)
    qtbot.mouseClick(dialog.ui.allPassButton, Qt.MouseButton.LeftButton)
    results = [row.result() for row in dialog.rows]
    assert results == [ItemResult.PASS] * 2 + [ItemResult.NO_SERVICE] + [ItemResult.PASS] * 4  # a tap is kept
    assert all(row.group.button(0).isVisible() for row in dialog.rows)  # every item still shown
    assert dialog.focusWidget() is dialog.ui.pinEdit
    qtbot.keyClicks(dialog.ui.pinEdit, "3333")
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.saved is not None and dialog.result() == RunDialog.DialogCode.Accepted


def test_one_tap_per_item_moves_on_and_ends_on_the_pin(qtbot: QtBot, ctx: AppContext, technician: Actor) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    dialog.rows[5].values[ValueKind.TEMPERATURE_C].setText("21")
    for index, row in enumerate(dialog.rows):
        qtbot.mouseClick(row.group.button(0), Qt.MouseButton.LeftButton)
        if index + 1 < len(dialog.rows):
            assert dialog.focusWidget() is dialog.rows[index + 1].group.button(0)
    assert dialog.focusWidget() is dialog.ui.pinEdit
    qtbot.keyClicks(dialog.ui.pinEdit, "3333")
    sign_button(dialog).click()
    assert dialog.saved is not None


def test_a_missing_value_is_named_in_words_and_keeps_the_pin(qtbot: QtBot, ctx: AppContext, technician: Actor) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    dialog.all_pass()
    dialog.ui.pinEdit.setText("3333")
    sign_button(dialog).click()
    assert dialog.saved is None
    assert dialog.ui.errorLabel.text() == "Item 6 needs its temperature (°C)."
    assert dialog.ui.pinEdit.text() == "3333"  # not typed again for a value
    assert dialog.focusWidget() is dialog.rows[5].values[ValueKind.TEMPERATURE_C]
    dialog.rows[5].values[ValueKind.TEMPERATURE_C].setText("23")
    sign_button(dialog).click()
    assert dialog.saved is not None


def test_a_missing_value_in_chinese(qtbot: QtBot, ctx: AppContext, technician: Actor, chinese: None) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    dialog.rows[1].values[ValueKind.DILUTION].clear()
    dialog.all_pass()
    dialog.ui.pinEdit.setText("3333")
    sign_button(dialog).click()
    message = dialog.ui.errorLabel.text()
    assert message.startswith("第 2 项") and "dilution" not in message and "浓度" in message
    assert dialog.ui.pinEdit.text() == "3333"


def test_a_wrong_pin_is_cleared(qtbot: QtBot, ctx: AppContext, technician: Actor) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    dialog.rows[5].values[ValueKind.TEMPERATURE_C].setText("21")
    dialog.all_pass()
    dialog.ui.pinEdit.setText("2222")
    sign_button(dialog).click()
    assert dialog.saved is None and dialog.ui.pinEdit.text() == ""


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_fits_1280x720_without_sideways_scrolling(
    qtbot: QtBot, ctx: AppContext, technician: Actor, qapp: QApplication, language: str
) -> None:
    install_translators(language, qapp)
    try:
        dialog = open_dialog(qtbot, ctx, technician)
        dialog.tap(0, ItemResult.FAIL)  # the widest row: the corrective action line is open
        dialog.rows[0].done_check.setChecked(False)
        qtbot.wait(10)
        assert dialog.width() <= 1280 and dialog.height() <= 720
        scroll = dialog.ui.itemsScroll
        assert scroll.horizontalScrollBar().maximum() == 0
        assert dialog.ui.itemsContainer.width() <= scroll.viewport().width()
        for row in dialog.rows:
            for button in row.group.buttons():  # "No service today" is never cut off, even bold when tapped
                assert button.width() >= max(button.sizeHint().width(), checked_text_width(button) + 20), button.text()
    finally:
        install_translators("en", qapp)


def test_time_mixed_must_be_a_time_of_day(qtbot: QtBot, ctx: AppContext, technician: Actor) -> None:
    dialog = open_dialog(qtbot, ctx, technician)
    mixed = dialog.rows[1].values[ValueKind.TIME_MIXED]
    dialog.tap(1, ItemResult.PASS)
    mixed.clear()
    qtbot.keyClicks(mixed, "25:10")
    assert dialog.rows[1].result() == ItemResult.FAIL and dialog.rows[1].limit_label.isVisible()
    mixed.clear()
    qtbot.keyClicks(mixed, "8:45")
    assert dialog.rows[1].result() == ItemResult.PASS
