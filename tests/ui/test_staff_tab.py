"""Staff tab and its dialogs: add, edit, deactivate/reactivate, PIN reset, certificates, training."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salondesk.domain.permissions import Role
from salondesk.domain.staff import Assessment, AttendanceResult, CertificateKind
from salondesk.queries import staff as staff_queries
from salondesk.services import auth
from salondesk.services import staff as staff_service
from salondesk.ui.dialogs.staff.dialogs import CertificateDialog, PinResetDialog, StaffDialog, TrainingDialog
from salondesk.ui.tabs.staff_tab import StaffTab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import STATE_COLOURS, State
from tests.conftest import pin_of
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(make_ctx, owner):  # noqa: F811
    return make_ctx(owner)


@pytest.fixture
def tab(qtbot, ctx) -> StaffTab:
    widget = StaffTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def _ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def names(tab: StaffTab) -> list[str]:
    return [r.name for r in tab.staff_model.rows()]


def test_add_staff_member_through_the_dialog(qtbot, ctx, tab, clock) -> None:
    dialog = StaffDialog(ctx, None, tab)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("  Anna   Lee ")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.RECEPTIONIST.value))
    dialog.ui.pinEdit.setText("5678")
    dialog.ui.pin2Edit.setText("5678")
    _ok(dialog)
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    tab.refresh()
    assert "Anna Lee" in names(tab)
    row = next(r for r in tab.staff_model.rows() if r.name == "Anna Lee")
    assert row.role == Role.RECEPTIONIST and row.initials == "AL"
    assert auth.login(ctx.new_uow(), clock, row.id, "5678").role == Role.RECEPTIONIST


def test_add_dialog_shows_service_errors_and_saves_nothing(qtbot, ctx, tab) -> None:
    dialog = StaffDialog(ctx, None, tab)
    qtbot.addWidget(dialog)
    dialog.ui.pinEdit.setText("5678")
    dialog.ui.pin2Edit.setText("5678")
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "Please enter a name."
    assert dialog.result() != StaffDialog.DialogCode.Accepted
    dialog.ui.nameEdit.setText("Anna")
    dialog.ui.pin2Edit.setText("5679")
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "The two PINs are not the same."
    tab.refresh()
    assert names(tab) == ["王芳"]


def test_edit_changes_role_and_keeps_pin_fields_hidden(qtbot, ctx, tab, technician) -> None:
    tab.refresh()
    row = next(r for r in tab.staff_model.rows() if r.id == technician.staff_id)
    dialog = StaffDialog(ctx, row, tab)
    qtbot.addWidget(dialog)
    assert dialog.ui.pinEdit.isHidden()
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(Role.RECEPTIONIST.value))
    _ok(dialog)
    tab.refresh()
    assert next(r for r in tab.staff_model.rows() if r.id == technician.staff_id).role == Role.RECEPTIONIST


def test_deactivate_asks_then_keeps_the_person_greyed_and_reactivate_restores(
    qtbot, ctx, tab, technician, monkeypatch
) -> None:
    questions = []
    monkeypatch.setattr(common, "confirm", lambda *a, **k: questions.append(a[2]) or True)
    tab.refresh()
    tab.select(technician.staff_id)
    assert tab.active_button.text() == "&Deactivate"
    tab.active_button.click()
    assert "Deactivate 张伟?" in questions[0]
    row = next(r for r in tab.staff_model.rows() if r.id == technician.staff_id)
    assert not row.active  # still listed (never deleted), shown as former staff
    status = tab.staff_model.index(tab.staff_model.rows().index(row), 2)
    assert status.data() == "Former staff"
    assert tab.active_button.text() == "Re&activate"
    assert technician.staff_id not in [r.id for r in staff_queries.staff_rows(ctx.new_uow(), TODAY, False)]
    tab.active_button.click()
    assert len(questions) == 1  # reactivating needs no question
    assert next(r for r in tab.staff_model.rows() if r.id == technician.staff_id).active


def test_declining_the_question_changes_nothing(ctx, tab, technician, monkeypatch) -> None:
    monkeypatch.setattr(common, "confirm", lambda *a, **k: False)
    tab.refresh()
    tab.select(technician.staff_id)
    tab.toggle_active()
    assert next(r for r in tab.staff_model.rows() if r.id == technician.staff_id).active


def test_the_last_owner_cannot_be_deactivated_and_the_reason_is_shown(ctx, tab, owner, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(common, "show_error", lambda parent, error, title=None: shown.append(error.render()))
    tab.select(owner.staff_id)
    tab.toggle_active()
    assert shown == ["The salon must keep at least one active owner."]


def test_reset_pin_dialog(qtbot, ctx, tab, technician, clock) -> None:
    dialog = PinResetDialog(ctx, technician.staff_id, "张伟", tab)
    qtbot.addWidget(dialog)
    dialog.ui.pinEdit.setText("8642")
    dialog.ui.pin2Edit.setText("8642")
    _ok(dialog)
    assert auth.login(ctx.new_uow(), clock, technician.staff_id, "8642").staff_id == technician.staff_id


def test_certificate_dialog_and_expiry_flags(qtbot, ctx, tab, technician) -> None:
    dialog = CertificateDialog(ctx, technician.staff_id, "张伟", tab)
    qtbot.addWidget(dialog)
    dialog.ui.numberEdit.setText("HZ-2024-001")
    dialog.ui.fromEdit.setDate(dialog.ui.fromEdit.date().fromString("2024-01-01", "yyyy-MM-dd"))
    dialog.ui.untilEdit.setDate(dialog.ui.untilEdit.date().fromString("2026-12-03", "yyyy-MM-dd"))  # 10 days left
    _ok(dialog)
    assert dialog.result() == CertificateDialog.DialogCode.Accepted
    staff_service.add_certificate(
        ctx.new_uow(),
        ctx.actor,
        ctx.clock,
        technician.staff_id,
        CertificateKind.HEALTH,
        "H-1",
        date(2025, 1, 1),
        date(2026, 11, 1),
    )
    tab.refresh()
    tab.select(technician.staff_id)
    i = [r.id for r in tab.staff_model.rows()].index(technician.staff_id)
    cell = tab.staff_model.index(i, 3)
    assert cell.data() == "1 expired"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == STATE_COLOURS[State.BAD][0]
    certs = {
        tab.cert_model.index(r, 1).data(): tab.cert_model.index(r, 4).data() for r in range(tab.cert_model.rowCount())
    }
    assert certs == {"HZ-2024-001": "Expires in 10 days", "H-1": "Expired 22 days ago"}
    amber = (
        tab.cert_model.index(0, 4) if tab.cert_model.index(0, 1).data() == "HZ-2024-001" else tab.cert_model.index(1, 4)
    )
    assert amber.data(Qt.ItemDataRole.ForegroundRole).color().name() == STATE_COLOURS[State.ATTENTION][0]


def test_certificate_with_open_end_and_a_bad_range(qtbot, ctx, tab, technician) -> None:
    dialog = CertificateDialog(ctx, technician.staff_id, "张伟", tab)
    qtbot.addWidget(dialog)
    dialog.ui.numberEdit.setText("N-7")
    dialog.ui.untilEdit.setDate(dialog.ui.fromEdit.date().addDays(-1))
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "A certificate cannot end before it starts."
    dialog.ui.openEndCheck.setChecked(True)
    assert not dialog.ui.untilEdit.isEnabled()
    _ok(dialog)
    rows = staff_queries.certificate_rows(ctx.new_uow(), TODAY, technician.staff_id)
    assert [(r.number, r.valid_until) for r in rows] == [("N-7", None)]


def test_training_dialog_records_attendees_and_passes(qtbot, ctx, tab, technician, receptionist) -> None:
    dialog = TrainingDialog(ctx, tab)
    qtbot.addWidget(dialog)
    dialog.ui.topicEdit.setText("Disinfection refresher 消毒复训")
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "Pick at least one attendee."
    dialog.set_attendance(technician.staff_id, True, Assessment.PASSED, 5)
    dialog.set_attendance(receptionist.staff_id, True, Assessment.NOT_ASSESSED)
    _ok(dialog)
    assert dialog.result() == TrainingDialog.DialogCode.Accepted
    tab.refresh()
    (row,) = tab.training_model.rows()
    assert row.topic == "Disinfection refresher 消毒复训" and row.held_on == TODAY
    assert sorted((a.name, a.assessment, a.rating) for a in row.attendees) == [
        ("Lily Chen", Assessment.NOT_ASSESSED, None),
        ("张伟", Assessment.PASSED, 5),
    ]


def test_results_and_ratings_are_entered_after_the_training(qtbot, ctx, tab, technician, monkeypatch) -> None:
    sid = technician.staff_id
    ctx.run(staff_service.record_training, TODAY, "Colour safety", {sid: AttendanceResult()})
    tab.refresh()
    tab.training_view.setCurrentIndex(tab.training_model.index(0, 0))
    shown = []
    monkeypatch.setattr(TrainingDialog, "exec", lambda self: shown.append(self) or 0)
    tab.results_button.click()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert not dialog.ui.topicEdit.isEnabled() and dialog.ui.topicEdit.text() == "Colour safety"
    assert [sid for sid, _name in dialog.people] == [sid]
    dialog.set_attendance(sid, True, Assessment.FAILED, 2)
    _ok(dialog)
    tab.refresh()
    (row,) = tab.training_model.rows()
    assert [(a.assessment, a.rating) for a in row.attendees] == [(Assessment.FAILED, 2)]
    assert "0 of 1 rated 4–5" in tab.training_model.data(tab.training_model.index(0, 4))


def test_escape_with_changes_asks_before_discarding(qtbot, ctx, tab, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(common, "confirm", lambda *a, **k: asked.append(True) or False)
    dialog = StaffDialog(ctx, None, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Anna")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_dialog_remembers_its_size(qtbot, ctx, tab) -> None:
    dialog = StaffDialog(ctx, None, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(610, 420)
    dialog.reject()
    again = StaffDialog(ctx, None, tab)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (610, 420)


def test_summary_counts_active_staff(tab, technician, receptionist) -> None:
    tab.refresh()
    assert tab.summary.text() == "3 active staff · 0 certificates expiring · 0 expired"


def test_result_and_rating_only_for_someone_who_attended(qtbot, ctx, tab, technician) -> None:
    dialog = TrainingDialog(ctx, tab)
    qtbot.addWidget(dialog)
    row = [sid for sid, _name in dialog.people].index(technician.staff_id)
    result = dialog.ui.attendeesTable.cellWidget(row, TrainingDialog.COL_ASSESSMENT)
    rating = dialog.ui.attendeesTable.cellWidget(row, TrainingDialog.COL_RATING)
    assert not result.isEnabled() and not rating.isEnabled()
    dialog.ui.attendeesTable.item(row, TrainingDialog.COL_ATTENDED).setCheckState(Qt.CheckState.Checked)
    assert result.isEnabled() and rating.isEnabled()
    assert dialog.is_dirty()


def test_closing_from_code_never_asks(qtbot, ctx, tab, monkeypatch) -> None:
    def must_not_ask(*_a, **_k):
        raise AssertionError("asked")

    monkeypatch.setattr(common, "confirm", must_not_ask)
    dialog = StaffDialog(ctx, None, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Anna")
    assert dialog.close()
    assert not dialog.isVisible()


def test_owner_sees_a_technicians_complaints_in_the_staff_screen(
    qtbot, new_uow, clock, owner, receptionist, technician
):
    from salondesk.domain.complaints import Category, Channel, Severity
    from salondesk.services import complaints as complaint_service
    from salondesk.services import settings as settings_service
    from salondesk.ui.context import AppContext
    from salondesk.ui.tabs.staff_tab import StaffTab

    complaint_service.log_complaint(
        new_uow(write_lock=True),
        receptionist,
        clock,
        complaint_service.ComplaintInput(
            Channel.PHONE,
            Category.ATTITUDE,
            Severity.MEDIUM,
            "Rude",
            customer_name="李娜",
            customer_phone="13900139000",
            technician_id=technician.staff_id,
        ),
        pin=pin_of(receptionist),
    )
    ctx = AppContext(new_uow=new_uow, clock=clock, settings=settings_service.get_settings(new_uow()), actor=owner)
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.select(technician.staff_id)
    assert tab.complaints.staff_id == technician.staff_id
    assert tab.complaints.model.rowCount() == 1
    tab.select(owner.staff_id)
    assert tab.complaints.model.rowCount() == 0


def test_the_owner_unlocks_a_locked_out_person(ctx, tab, technician, clock) -> None:
    sid = technician.staff_id
    tab.select(sid)
    assert not tab.unlock_button.isEnabled()  # nothing to unlock
    for _ in range(5):
        with pytest.raises(Exception, match="PIN"):
            auth.login(ctx.new_uow(), clock, sid, "0000")
    tab.refresh()
    tab.select(sid)
    row = next(r for r in tab.staff_model.rows() if r.id == sid)
    status = tab.staff_model.index(tab.staff_model.rows().index(row), 2).data()
    assert status == "Locked (wrong PINs)"
    assert tab.unlock_button.isEnabled()
    tab.unlock_button.click()
    assert not tab.unlock_button.isEnabled()
    assert auth.login(ctx.new_uow(), clock, sid, "3333").staff_id == sid
