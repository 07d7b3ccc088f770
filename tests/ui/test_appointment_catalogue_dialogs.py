"""Owner dialogs of the appointments area: service catalogue, weekly hours and leave, confirmation calls."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import AppointmentStatus, CallOutcome
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor
from salondesk.domain.schedule import AbsenceKind, StaffAbsence, WorkingHours
from salondesk.services.settings import load_settings
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.appointments.calls_dialog import ConfirmationCallsDialog
from salondesk.ui.dialogs.appointments.catalogue_dialog import CatalogueDialog, ServiceDialog
from salondesk.ui.dialogs.appointments.schedule_dialog import LeaveDialog, ScheduleDialog, parse_hours
from tests.unit.test_appointment_rules import TUESDAY, Salon, local, make_salon


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor) -> Salon:
    return make_salon(new_uow, clock, owner, receptionist, technician)


def ctx_for(salon: Salon, actor: Actor) -> AppContext:
    with salon.new_uow() as uow:
        settings = load_settings(uow)
    return AppContext(new_uow=salon.new_uow, clock=salon.clock, settings=settings, actor=actor)


def test_add_a_service_with_equipment(qtbot, salon: Salon) -> None:
    dialog = ServiceDialog(ctx_for(salon, salon.owner))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.nameEdit.setText("Keratin treatment")
    ui.nameZhEdit.setText("角蛋白护理")
    ui.categoryBox.setCurrentIndex(ui.categoryBox.findData(ServiceCategory.HAIR_CARE.value))
    ui.durationSpin.setValue(90)
    ui.bufferSpin.setValue(20)
    ui.holdsBox.setCurrentIndex(ui.holdsBox.findData("chair"))
    ui.priceSpin.setValue(499.5)
    ui.equipmentList.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id
    with salon.new_uow() as uow:
        service = uow.session.get(Service, dialog.saved_id)
        assert service is not None
        assert (service.name_zh, service.duration_min, service.buffer_min, str(service.buffer_holds)) == (
            "角蛋白护理",
            90,
            20,
            "chair",
        )
        assert str(service.price) == "499.50"


def test_service_without_a_name_shows_the_problem(qtbot, salon: Salon) -> None:
    dialog = ServiceDialog(ctx_for(salon, salon.owner))
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.ui.problemLabel.text() == "Please enter the service's name."


def test_catalogue_retires_and_brings_back(qtbot, salon: Salon, monkeypatch) -> None:
    monkeypatch.setattr("salondesk.ui.widgets.common.confirm", lambda *a, **k: True)
    dialog = CatalogueDialog(ctx_for(salon, salon.owner))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5 and "5 services, 0 retired" in dialog.summary.text()
    dialog.table.selectRow(0)
    name = dialog.current().name  # type: ignore[union-attr]
    dialog.toggle_retired()
    assert "4 services, 1 retired" in dialog.summary.text()
    assert dialog.model.row_at(4).name == name and dialog.model.row_at(4).retired_at is not None
    dialog.table.selectRow(4)
    assert dialog.retire_button.text() == "&Bring back"
    dialog.toggle_retired()
    with salon.new_uow() as uow:
        assert all(s.retired_at is None for s in uow.session.exec(select(Service)))


def test_parse_hours() -> None:
    assert parse_hours("10:00-19:00 13:00-14:00") == (time(10), time(19), time(13), time(14))
    assert parse_hours(" 9:30 – 18:00 ") == (time(9, 30), time(18), None, None)
    assert parse_hours("") is None
    with pytest.raises(ValueError):
        parse_hours("ten to six")


def test_schedule_grid_edits_hours_and_leave(qtbot, salon: Salon, monkeypatch) -> None:
    dialog = ScheduleDialog(ctx_for(salon, salon.owner))
    qtbot.addWidget(dialog)
    names = [dialog.grid.verticalHeaderItem(r).text() for r in range(dialog.grid.rowCount())]
    row = names.index("张伟")
    assert dialog.grid.item(row, 1).text() == "10:00-19:00 13:00-14:00"
    assert dialog.set_hours(salon.tech.staff_id or 0, 1, "12:00-21:00 16:00-16:30")
    assert dialog.grid.item(row, 1).text() == "12:00-21:00 16:00-16:30"
    assert dialog.set_hours(salon.tech.staff_id or 0, 2, "")
    with salon.new_uow() as uow:
        days = {
            h.weekday
            for h in uow.session.exec(select(WorkingHours).where(WorkingHours.staff_id == salon.tech.staff_id))
        }
    assert 2 not in days and 1 in days
    shown: list[str] = []
    monkeypatch.setattr(
        "salondesk.ui.widgets.common.show_error", lambda parent, error, title=None: shown.append(str(error))
    )
    assert not dialog.set_hours(salon.tech.staff_id or 0, 3, "19:00-10:00")
    assert shown == ["Working hours must end after they start."]

    def fake_exec(leave: LeaveDialog) -> int:
        leave.staff_box.setCurrentIndex(leave.staff_box.findData(salon.tech.staff_id))
        leave.first_edit.setDate(leave.first_edit.date().addDays(1))
        leave.last_edit.setDate(leave.last_edit.date().addDays(3))
        leave.kind_box.setCurrentIndex(leave.kind_box.findData(AbsenceKind.LEAVE.value))
        return 1

    monkeypatch.setattr(LeaveDialog, "exec", fake_exec)
    dialog.add_leave()
    assert dialog.leave_model.rowCount() == 1
    dialog.leave_table.selectRow(0)
    dialog.cancel_leave()
    with salon.new_uow() as uow:
        [absence] = uow.session.exec(select(StaffAbsence)).all()
        assert absence.first_day == date(2026, 11, 24) and absence.last_day == date(2026, 11, 26)
        assert absence.cancelled_at is not None


def test_confirmation_calls_dialog_records_and_moves_on(qtbot, salon: Salon, tmp_path) -> None:
    [first] = salon.book()
    [second] = salon.book(start=local(TUESDAY, 15))
    dialog = ConfirmationCallsDialog(ctx_for(salon, salon.receptionist), TUESDAY)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and "2 appointments to confirm, 0 confirmed" in dialog.summary.text()
    dialog.table.selectRow(0)
    dialog.record(CallOutcome.CONFIRMED)
    assert dialog.table.currentIndex().row() == 1  # on to the next call
    dialog.record(CallOutcome.NO_ANSWER)
    assert [(c.appointment.id, c.last_outcome) for c in dialog.rows] == [
        (first, CallOutcome.CONFIRMED),
        (second, CallOutcome.NO_ANSWER),
    ]
    assert dialog.rows[0].appointment.status == AppointmentStatus.CONFIRMED
    assert dialog.pdf_path().endswith("confirmations-2026-11-24.pdf")
