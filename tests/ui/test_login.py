"""Login: the staff picker, wrong PINs with tries left, lockout after five."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salondesk.domain.permissions import Role
from salondesk.services import staff as staff_service
from salondesk.ui.login import LoginDialog


def _dialog(qtbot, new_uow, clock) -> LoginDialog:
    dialog = LoginDialog(new_uow, clock, "测试沙龙")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_picker_lists_active_staff_with_their_role(qtbot, new_uow, clock, owner, technician) -> None:
    dialog = _dialog(qtbot, new_uow, clock)
    items = [dialog.ui.staffCombo.itemText(i) for i in range(dialog.ui.staffCombo.count())]
    assert "王芳 — Owner" in items and "张伟 — Technician" in items
    assert dialog.ui.titleLabel.text() == "测试沙龙"


def test_pin_field_is_masked_and_takes_digits_only(qtbot, new_uow, clock, owner) -> None:
    dialog = _dialog(qtbot, new_uow, clock)
    qtbot.keyClicks(dialog.ui.pinEdit, "12ab34")
    assert dialog.ui.pinEdit.text() == "1234"
    assert dialog.ui.pinEdit.echoMode() == dialog.ui.pinEdit.EchoMode.Password


def test_right_pin_and_enter_logs_in(qtbot, new_uow, clock, owner) -> None:
    dialog = _dialog(qtbot, new_uow, clock)
    dialog.select_staff(owner.staff_id)
    with qtbot.waitSignal(dialog.logged_in) as blocker:
        qtbot.keyClicks(dialog.ui.pinEdit, "1234")
        qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    actor = blocker.args[0]
    assert actor.staff_id == owner.staff_id and actor.role == Role.OWNER
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_wrong_pin_says_how_many_tries_are_left(qtbot, new_uow, clock, owner) -> None:
    dialog = _dialog(qtbot, new_uow, clock)
    dialog.select_staff(owner.staff_id)
    qtbot.keyClicks(dialog.ui.pinEdit, "9999")
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.error() == "Wrong PIN. 4 tries left."
    assert dialog.ui.pinEdit.text() == ""
    assert dialog.isVisible() and dialog.actor is None


def test_five_wrong_pins_lock_the_account_even_for_the_right_pin(qtbot, new_uow, clock, owner) -> None:
    dialog = _dialog(qtbot, new_uow, clock)
    dialog.select_staff(owner.staff_id)
    for _ in range(5):
        dialog.ui.pinEdit.setText("0000")
        dialog.try_login()
    assert dialog.error() == "Too many wrong PINs. Try again in 5 min."
    dialog.ui.pinEdit.setText("1234")
    dialog.try_login()
    assert "Too many wrong PINs" in dialog.error()
    assert dialog.actor is None
    clock.advance(minutes=5, seconds=1)
    dialog.ui.pinEdit.setText("1234")
    dialog.try_login()
    assert dialog.actor is not None


def test_empty_pin_asks_for_it_without_counting_a_failure(qtbot, new_uow, clock, owner) -> None:
    dialog = _dialog(qtbot, new_uow, clock)
    dialog.try_login()
    assert dialog.error() == "Type your PIN."


def test_a_staff_member_moved_without_a_pin_chooses_one_at_first_login(
    qtbot, new_uow, clock, owner, technician
) -> None:
    from salondesk.domain.staff import NO_PIN, Staff
    from salondesk.services import auth

    with new_uow() as uow:
        staff = uow.session.get(Staff, technician.staff_id)
        staff.pin_hash = NO_PIN  # as after importing an export without credentials
        uow.session.add(staff)
        uow.commit()
    dialog = _dialog(qtbot, new_uow, clock)
    dialog.select_staff(owner.staff_id)
    assert dialog.ui.confirmEdit.isHidden() and dialog.ui.newPinLabel.isHidden()
    dialog.select_staff(technician.staff_id)
    assert dialog.ui.confirmEdit.isVisible() and "no PIN yet" in dialog.ui.newPinLabel.text()
    qtbot.keyClicks(dialog.ui.pinEdit, "2468")
    qtbot.keyClicks(dialog.ui.confirmEdit, "2469")
    dialog.try_login()
    assert dialog.error() == "The two PINs differ; type the same PIN twice." and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.confirmEdit, "2468")
    with qtbot.waitSignal(dialog.logged_in) as blocker:
        dialog.try_login()
    assert blocker.args[0].staff_id == technician.staff_id
    assert auth.login(new_uow(), clock, technician.staff_id, "2468").staff_id == technician.staff_id


def test_picker_is_in_alphabetical_order_with_chinese_names_by_pinyin(
    qtbot, new_uow, clock, owner, receptionist, technician
) -> None:
    staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput("安娜", Role.TECHNICIAN), "4444")
    staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput("Zoe Wu", Role.RECEPTIONIST), "5555")
    dialog = _dialog(qtbot, new_uow, clock)
    names = [dialog.ui.staffCombo.itemText(i).split(" — ")[0] for i in range(dialog.ui.staffCombo.count())]
    assert names == ["安娜", "Lily Chen", "王芳", "张伟", "Zoe Wu"]  # an, lily, wang, zhang, zoe
