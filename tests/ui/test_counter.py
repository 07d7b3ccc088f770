"""Issue 15: the counter without traps (ux.md "Rules learnt from trying it at the counter").

One test (at least) per numbered item of the issue; each fails on the code before it.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.equipment import EquipmentStatus
from salondesk.domain.permissions import Actor
from salondesk.domain.reception import ArrivalState
from salondesk.i18n import translate
from salondesk.services import appointments as book
from salondesk.services import equipment as equipment_service
from salondesk.services import reception as reception_service
from salondesk.services.appointments import BookingRequest, BookingRulesBroken
from salondesk.services.settings import load_settings
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.appointments.appointment_dialog import AppointmentDialog
from salondesk.ui.dialogs.reception.dialogs import StartServiceDialog
from salondesk.ui.tabs.appointments_tab import AppointmentsTab
from salondesk.ui.tabs.reception_tab import ReceptionTab
from salondesk.ui.widgets import common
from tests.unit.test_appointment_rules import Salon, local, make_salon

MONDAY = date(2026, 11, 23)


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor) -> Salon:
    return make_salon(new_uow, clock, owner, receptionist, technician)


def ctx_for(salon: Salon, actor: Actor) -> AppContext:
    with salon.new_uow() as uow:
        settings = load_settings(uow)
    return AppContext(new_uow=salon.new_uow, clock=salon.clock, settings=settings, actor=actor)


def put(salon: Salon, hh: int, mm: int = 0, *, service: int | None = None, staff: Actor | None = None) -> int:
    """A booking of today as if it had been made earlier (straight into the table)."""
    tech = staff or salon.tech
    assert tech.staff_id is not None
    start = local(MONDAY, hh, mm)
    with salon.new_uow() as uow:
        appt = Appointment(
            customer_id=salon.customer,
            staff_id=tech.staff_id,
            service_id=service or salon.cut,
            start=start,
            end=start + timedelta(minutes=30),
            technician_until=start + timedelta(minutes=30),
            station_until=start + timedelta(minutes=30),
            status=AppointmentStatus.BOOKED,
            created_at=start - timedelta(days=3),
        )
        uow.session.add(appt)
        uow.commit()
        assert appt.id is not None
        return appt.id


def reception_tab(qtbot, salon: Salon, actor: Actor) -> ReceptionTab:  # type: ignore[no-untyped-def]
    tab = ReceptionTab(ctx_for(salon, actor))
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.refresh()
    return tab


def status_of(salon: Salon, appointment_id: int) -> AppointmentStatus:
    with salon.new_uow() as uow:
        appt = uow.session.get(Appointment, appointment_id)
        assert appt is not None
        return AppointmentStatus(appt.status)


# ------------------------------------------------------------------ 1. F3 means the customer in front of you
def test_f3_at_1410_selects_the_current_booking_and_late_and_no_show_rows_sit_below(qtbot, salon: Salon) -> None:
    ids = {hhmm: put(salon, *hhmm) for hhmm in [(10, 0), (12, 0), (13, 0), (13, 40), (14, 0), (14, 30)]}
    salon.clock.set(local(MONDAY, 14, 10))
    tab = reception_tab(qtbot, salon, salon.receptionist)
    rows = tab.arrival_model.rows()
    order = [(r.start, r.state) for r in rows]
    assert order == [
        (local(MONDAY, 14), ArrivalState.DUE),  # 10 min past: within the 15 min grace
        (local(MONDAY, 14, 30), ArrivalState.DUE),
        (local(MONDAY, 13, 40), ArrivalState.LATE),  # 30 min past
        (local(MONDAY, 10), ArrivalState.NO_SHOW),  # over 60 min past
        (local(MONDAY, 12), ArrivalState.NO_SHOW),
        (local(MONDAY, 13), ArrivalState.NO_SHOW),
    ]
    assert tab.arrival_title.text() == "To check in today: 6 (1 late, 3 no-show?)"
    time_cells = [tab.arrival_model.index(i, 0).data() for i in range(len(rows))]
    assert "late 30 min" in time_cells[2] and "no-show" in time_cells[3] and time_cells[0] == "14:00"

    tab.act_check_in.trigger()  # F3: the booking nearest to now
    assert tab.arrival_model.row_at(tab.arrival_view.currentIndex().row()).appointment_id == ids[(14, 0)]
    qtbot.keyClick(tab.arrival_view, Qt.Key.Key_Return)  # Enter: 2 keys in all
    assert status_of(salon, ids[(14, 0)]) == AppointmentStatus.ARRIVED
    assert status_of(salon, ids[(10, 0)]) == AppointmentStatus.BOOKED


def test_a_no_show_candidate_is_marked_in_one_step_and_never_by_f3(qtbot, salon: Salon, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(common, "show_info", lambda _parent, text, title=None: told.append(text))
    ten = put(salon, 10)
    salon.clock.set(local(MONDAY, 11, 5))
    tab = reception_tab(qtbot, salon, salon.receptionist)
    tab.act_check_in.trigger()
    assert not tab.arrival_view.currentIndex().isValid()  # F3 never offers a no-show candidate
    assert not tab.no_show_button.isEnabled()
    qtbot.keyClick(tab.arrival_view, Qt.Key.Key_Return)  # Enter with nothing chosen checks nobody in
    assert status_of(salon, ten) == AppointmentStatus.BOOKED and told == ["No booking selected. Walk-ins: press F2."]
    tab.arrival_view.selectRow(0)
    assert tab.no_show_button.isEnabled()
    qtbot.keyClick(tab.arrival_view, Qt.Key.Key_Delete)  # one step
    assert status_of(salon, ten) == AppointmentStatus.NO_SHOW
    assert tab.arrival_model.rowCount() == 0


def test_grace_and_no_show_times_are_settings_and_closing_makes_every_booking_a_candidate(qtbot, salon: Salon) -> None:
    from salondesk.services import settings as settings_service

    put(salon, 14)
    settings_service.update_settings(
        salon.new_uow(), salon.owner, salon.clock, {"check_in_grace_minutes": 5, "no_show_after_minutes": 240}
    )
    salon.clock.set(local(MONDAY, 14, 10))
    tab = reception_tab(qtbot, salon, salon.receptionist)
    assert tab.arrival_model.row_at(0).state == ArrivalState.LATE  # 10 min > 5 min grace
    salon.clock.set(local(MONDAY, 15, 55))
    tab.refresh()
    assert tab.arrival_model.row_at(0).state == ArrivalState.LATE  # under 240 min
    settings_service.update_settings(
        salon.new_uow(), salon.owner, salon.clock, {"opening_hours": {d: ["10:00", "15:30"] for d in WEEK}}
    )
    tab.ctx.settings = ctx_for(salon, salon.owner).settings
    tab.refresh()
    assert tab.arrival_model.row_at(0).state == ArrivalState.NO_SHOW  # the salon has closed


WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# ------------------------------------------------------------------ 2. no booking in the past by accident
def test_a_back_dated_booking_is_refused_at_the_desk_and_the_owners_with_a_reason_audited(qtbot, salon: Salon) -> None:
    salon.clock.set(local(MONDAY, 15, 10))
    ctx = ctx_for(salon, salon.receptionist)
    dialog = AppointmentDialog(ctx, staff_id=salon.tech.staff_id, start=local(MONDAY, 11), customer_id=salon.customer)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setDate(dialog.ui.dateEdit.date().addMonths(-10))  # digits typed in the date field
    dialog.ui.serviceBox.setCurrentIndex(dialog.ui.serviceBox.findData(salon.cut))
    dialog._saw_service()
    dialog.save()
    assert dialog.saved_ids == []
    assert "in the past" in dialog.ui.problemLabel.text() and "owner" in dialog.ui.problemLabel.text()
    with salon.new_uow() as uow:
        assert uow.session.exec(select(Appointment)).first() is None
    # within the grace time: a customer who has just come in is booked and checked in
    assert salon.book(start=local(MONDAY, 15), staff_id=salon.tech2.staff_id)
    with pytest.raises(BookingRulesBroken) as refused:
        salon.book(start=local(MONDAY, 14, 50))  # 20 min ago
    assert [b.code for b in refused.value.breaches] == ["in_past"] and not refused.value.overridable
    [appt_id] = salon.book(actor=salon.owner, start=local(MONDAY, 11), reason="paper book, entered late")
    with salon.new_uow() as uow:
        entry = uow.session.exec(
            select(AuditEntry).where(AuditEntry.action == "override", AuditEntry.entity_id == str(appt_id))
        ).one()
        assert entry.field_name == "in_past" and entry.new_value == "paper book, entered late"


def test_moving_a_booking_into_the_past_is_refused_too(salon: Salon) -> None:
    [appt_id] = salon.book(start=local(MONDAY, 15))
    salon.clock.set(local(MONDAY, 14, 10))
    with pytest.raises(BookingRulesBroken):
        book.reschedule(
            salon.new_uow(write_lock=True), salon.receptionist, salon.clock, appt_id, start=local(MONDAY, 11)
        )
    book.reschedule(salon.new_uow(write_lock=True), salon.receptionist, salon.clock, appt_id, notes="window seat")


# ------------------------------------------------------------------ 9. out-of-service equipment on existing bookings
def _dryer_out(salon: Salon) -> None:
    equipment_service.set_status(
        salon.new_uow(), salon.owner, salon.clock, salon.dryer, EquipmentStatus.OUT_OF_SERVICE, "heater fault"
    )


def test_an_out_of_service_device_is_named_on_the_check_in_list_the_start_dialog_and_the_book(
    qtbot, salon: Salon
) -> None:
    appt = put(salon, 10, 30, service=salon.dryer_cut)
    _dryer_out(salon)
    salon.clock.set(local(MONDAY, 10, 20))
    tab = reception_tab(qtbot, salon, salon.receptionist)
    warnings_column = next(
        i
        for i in range(tab.arrival_model.columnCount())
        if tab.arrival_model.headerData(i, Qt.Orientation.Horizontal) == "Warnings"
    )
    cell = tab.arrival_model.index(0, warnings_column).data()
    assert "Out of service: Hood dryer since 2026-11-23" in cell
    reception_service.check_in(salon.new_uow(write_lock=True), salon.receptionist, salon.clock, appt)
    tab.refresh()
    dialog = StartServiceDialog(tab.ctx, tab.waiting_model.row_at(0), tab.snapshot)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert "Hood dryer" in dialog.ui.warningLabel.text() and dialog.ui.warningLabel.isVisibleTo(dialog)

    book_tab = AppointmentsTab(ctx_for(salon, salon.receptionist))
    qtbot.addWidget(book_tab)
    book_tab.show()
    [row] = book_tab.day_view.rows
    assert [d.name for d in row.devices_out] == ["Hood dryer"]


def test_the_new_booking_refusal_names_the_device_and_since_when(salon: Salon) -> None:
    _dryer_out(salon)
    with pytest.raises(BookingRulesBroken) as refused:
        salon.book(service_id=salon.dryer_cut)
    [breach] = refused.value.breaches
    assert breach.params == {"device": "Hood dryer", "since": date(2026, 11, 23), "day": date(2026, 11, 24)}
    assert "{device} is out of service since {since}" in breach.message
    assert refused.value.render() == "Hood dryer is out of service since 2026-11-23: this service needs it."
    chinese = refused.value.render(lambda context, text: translate("zh_CN", context, text))
    assert "2026年11月23日" in chinese and "Hood dryer" in chinese and "2026-11-23" not in chinese  # ux.md
    _ = BookingRequest  # the request type the dialog builds


# ------------------------------------------------------------------ 3. the booking dialog never saves an unseen service
def nail_technician(salon: Salon) -> Actor:
    from salondesk.domain.permissions import Role
    from salondesk.domain.staff import CertificateKind
    from salondesk.services import schedule
    from salondesk.services import staff as staff_service

    sid = staff_service.add_staff(
        salon.new_uow(), salon.owner, salon.clock, staff_service.StaffInput("曾晓燕", Role.TECHNICIAN), "5555"
    )
    staff_service.add_certificate(
        salon.new_uow(), salon.owner, salon.clock, sid, CertificateKind.NAIL, "N-1", date(2026, 1, 1), None
    )
    for weekday in range(7):
        schedule.set_working_hours(salon.new_uow(), salon.owner, salon.clock, sid, weekday, time(10), time(19))
    return Actor(sid, "曾晓燕", Role.TECHNICIAN)


def new_customer(salon: Salon) -> int:
    from salondesk.services import customers as customer_service

    data = customer_service.CustomerInput("周婷", mobile="13912345678")
    return customer_service.create_customer(salon.new_uow(), salon.owner, salon.clock, data)


def past_visit(salon: Salon, service_id: int, customer_id: int | None = None) -> None:
    from salondesk.domain.visits import Visit, VisitState

    before = salon.clock.now() - timedelta(days=30)
    with salon.new_uow() as uow:
        uow.session.add(
            Visit(
                customer_id=customer_id or salon.customer,
                arrived_at=before,
                wait_start=before,
                service_id=service_id,
                state=VisitState.DONE,
                service_started_at=before,
                service_ended_at=before + timedelta(hours=1),
                created_at=before,
            )
        )
        uow.commit()


def test_enter_on_the_customer_moves_to_the_service_and_the_default_is_the_last_one_she_may_have(
    qtbot, salon: Salon
) -> None:
    nails = nail_technician(salon)
    customer = new_customer(salon)
    past_visit(salon, salon.cut, customer)
    ctx = ctx_for(salon, salon.receptionist)
    dialog = AppointmentDialog(ctx, staff_id=salon.tech.staff_id, start=local(MONDAY, 15), search_text="zt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.customerList.count() == 1)
    qtbot.keyClick(dialog.ui.customerSearch, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved_ids == []  # Enter picked the customer, and did not save
    assert dialog.focusWidget() is dialog.ui.serviceBox
    assert dialog.customer_id == customer
    assert dialog.ui.serviceBox.currentData() == salon.cut  # her last service; a hair technician may do it
    dialog.ui.staffBox.setCurrentIndex(dialog.ui.staffBox.findData(nails.staff_id))
    assert dialog.ui.serviceBox.currentData() is None  # not certified for a cut: no default at all
    dialog.ui.notesEdit.setFocus()
    dialog.save()
    assert dialog.saved_ids == [] and dialog.ui.problemLabel.text() == "Choose the service."


def test_a_save_needs_a_service_the_user_has_seen(qtbot, salon: Salon) -> None:
    customer = new_customer(salon)
    past_visit(salon, salon.cut, customer)
    ctx = ctx_for(salon, salon.receptionist)
    dialog = AppointmentDialog(ctx, staff_id=salon.tech.staff_id, start=local(MONDAY, 15), search_text="zt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.customerList.count() == 1)
    qtbot.keyClick(dialog.ui.customerSearch, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
    assert dialog.saved_ids == [] and dialog.ui.problemLabel.text() == "Choose the service."
    assert dialog.focusWidget() is dialog.ui.serviceBox  # the save put the user on the service
    qtbot.keyClick(dialog.ui.serviceBox, Qt.Key.Key_Return)  # seen and confirmed
    assert len(dialog.saved_ids) == 1


# ------------------------------------------------------------------ 4. one suggestion rule
def test_eta_and_f6_suggest_only_who_may_do_the_service_the_requested_one_and_not_with_a_device_out(
    qtbot, salon: Salon
) -> None:
    from salondesk.domain.reception import NoSuggestion

    nails = nail_technician(salon)
    for person in (salon.tech, salon.tech2):  # both hairdressers busy with a booking right now
        put(salon, 10, staff=person)
    salon.clock.set(local(MONDAY, 10, 5))
    walk_in = reception_service.WalkIn(customer_id=salon.customer, service_id=salon.cut)
    reception_service.add_walk_in(salon.new_uow(), salon.receptionist, salon.clock, walk_in)
    tab = reception_tab(qtbot, salon, salon.receptionist)
    [row] = tab.waiting_model.rows()
    assert row.estimated_staff_id in (salon.tech.staff_id, salon.tech2.staff_id)  # not the free nail technician
    assert row.estimated_staff_id != nails.staff_id
    dialog = StartServiceDialog(tab.ctx, row, tab.snapshot)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.ui.staffCombo.currentData() == row.estimated_staff_id and dialog.certified()  # F6 pre-selection

    requested = reception_service.WalkIn(name="Guest", requested_staff_id=salon.owner.staff_id)
    reception_service.add_walk_in(salon.new_uow(), salon.receptionist, salon.clock, requested)
    dryer = reception_service.WalkIn(name="Steam", service_id=salon.dryer_cut)
    reception_service.add_walk_in(salon.new_uow(), salon.receptionist, salon.clock, dryer)
    _dryer_out(salon)
    tab.refresh()
    by_name = {r.name: r for r in tab.waiting_model.rows()}
    assert by_name["Guest"].why_none == NoSuggestion.REQUESTED_OFF  # the owner is not on duty today
    assert by_name["Steam"].why_none == NoSuggestion.DEVICE_OUT
    column = tab.waiting_model.columnCount()
    texts = [tab.waiting_model.index(i, c).data() for i in range(tab.waiting_model.rowCount()) for c in range(column)]
    assert "equipment out of service" in texts and any("is not free today" in str(t) for t in texts)


# ------------------------------------------------------------------ 7. Esc on an untouched dialog closes it
def test_esc_on_an_untouched_new_complaint_closes_without_a_question_and_a_changed_one_asks(
    qtbot, salon: Salon, monkeypatch
) -> None:
    from salondesk.ui.dialogs.complaints.dialogs import ComplaintIntakeDialog

    asked: list[str] = []
    monkeypatch.setattr(common, "confirm", lambda *args, **kwargs: asked.append(args[1]) or False)
    ctx = ctx_for(salon, salon.receptionist)
    untouched = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert asked == [] and not untouched.isVisible()

    changed = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(changed)
    changed.show()
    qtbot.keyClicks(changed.ui.wantedEdit, "a refund")
    qtbot.keyClick(changed, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and changed.isVisible()  # asked, and the answer was "keep it"


# ------------------------------------------------------------------ 5. one phone validation everywhere
def test_walk_in_and_guest_booking_phones_are_validated_like_the_customer_file(qtbot, salon: Salon) -> None:
    from salondesk.domain.errors import ValidationError
    from salondesk.domain.visits import Visit
    from salondesk.ui.dialogs.reception.dialogs import WalkInDialog

    ctx = ctx_for(salon, salon.receptionist)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Guest")
    qtbot.keyClicks(dialog.ui.phoneEdit, "12345")
    dialog.ui.phoneEdit.editingFinished.emit()
    assert dialog.ui.phoneEdit.toolTip() == "12345 is not a valid phone number."  # red before saving
    dialog.save()
    assert dialog.saved_id is None and "12345 is not a valid phone number." in dialog.ui.errorLabel.text()
    with salon.new_uow() as uow:
        assert uow.session.exec(select(Visit)).first() is None
    dialog.ui.phoneEdit.setText("139 1234 5678")
    dialog.save()
    with salon.new_uow() as uow:
        assert uow.session.exec(select(Visit.walk_in_phone)).one() == "+8613912345678"

    with pytest.raises(ValidationError) as refused:
        salon.book(customer_id=None, guest_name="Phone guest", guest_phone="12345")
    assert refused.value.params["field"] == "phone"
    [appt_id] = salon.book(customer_id=None, guest_name="Phone guest", guest_phone="13912345678")
    with salon.new_uow() as uow:
        appt = uow.session.get(Appointment, appt_id)
        assert appt is not None and appt.guest_phone == "+8613912345678"

    booking = AppointmentDialog(ctx, staff_id=salon.tech.staff_id, start=local(MONDAY, 15))
    qtbot.addWidget(booking)
    booking.ui.guestPhone.setText("12345")
    booking.ui.guestPhone.editingFinished.emit()
    assert booking.ui.guestPhone.toolTip() == "12345 is not a valid phone number."


def test_typing_fast_in_the_booking_customer_box_shows_the_last_text_only_and_closing_drops_a_search(
    qtbot, salon: Salon, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_reception_tab import gated_search, shown_queries

    customer = new_customer(salon)
    gate, searched = gated_search(monkeypatch)
    shown = shown_queries(monkeypatch, AppointmentDialog)
    ctx = ctx_for(salon, salon.receptionist)
    dialog = AppointmentDialog(ctx, staff_id=salon.tech.staff_id, start=local(MONDAY, 15))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.customerSearch, "zh")
    qtbot.waitUntil(lambda: bool(searched))  # "zh" is searched in the pool, held at the gate
    qtbot.keyClicks(dialog.ui.customerSearch, "outing")  # no key waits for it
    gate.set()
    qtbot.waitUntil(lambda: dialog.shown_query == "zhouting", timeout=5000)
    qtbot.waitUntil(lambda: not dialog.searcher.busy(), timeout=5000)
    assert searched == [("zh", False), ("zhouting", False)] and shown == ["zhouting"]
    qtbot.keyClick(dialog.ui.customerSearch, Qt.Key.Key_Return)  # Enter picks her and moves to the service
    assert dialog.customer_id == customer and dialog.focusWidget() is dialog.ui.serviceBox

    gate.clear()
    closing = AppointmentDialog(ctx, staff_id=salon.tech.staff_id, start=local(MONDAY, 15))
    qtbot.addWidget(closing)
    closing.show()
    qtbot.keyClicks(closing.ui.customerSearch, "zt")
    qtbot.waitUntil(lambda: len(searched) == 3)
    closing.done(0)  # closed while its search runs
    gate.set()
    qtbot.waitUntil(lambda: not closing.searcher.busy(), timeout=5000)
    qtbot.wait(20)
    assert shown == ["zhouting"] and closing.ui.customerList.count() == 0
