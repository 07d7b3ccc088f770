"""The appointment book's rules, each on its own: double booking, hours, certificates, patch tests, equipment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment, AppointmentStatus, CallOutcome
from salondesk.domain.audit import AuditEntry
from salondesk.domain.catalogue import BufferHolds, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer, PatchResult, PatchTest
from salondesk.domain.equipment import Equipment, EquipmentStatus
from salondesk.domain.errors import Conflict, PermissionDenied, ValidationError
from salondesk.domain.hygiene import Station, StationKind
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import CertificateKind
from salondesk.services import appointments as book
from salondesk.services import catalogue, schedule, settings
from salondesk.services import staff as staff_service
from salondesk.services.appointments import BookingRequest, BookingRulesBroken, Repeat

TUESDAY = date(2026, 11, 24)


def local(day: date, hh: int, mm: int = 0) -> datetime:
    """Shanghai wall-clock time as UTC (UTC+8, no summer time)."""
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=UTC) - timedelta(hours=8)


@dataclass
class Salon:
    new_uow: UowFactory
    clock: FrozenClock
    owner: Actor
    receptionist: Actor
    tech: Actor
    tech2: Actor
    cut: int
    colour: int
    nails: int
    dryer_cut: int
    dryer_colour: int
    chair1: int
    chair2: int
    dryer: int
    customer: int

    def book(
        self, actor: Actor | None = None, repeat: Repeat | None = None, reason: str | None = None, **kwargs: object
    ) -> list[int]:
        values: dict[str, object] = {
            "staff_id": self.tech.staff_id,
            "service_id": self.cut,
            "start": local(TUESDAY, 11),
            "customer_id": self.customer,
        }
        values.update(kwargs)
        return book.book(
            self.new_uow(write_lock=True),
            actor or self.receptionist,
            self.clock,
            BookingRequest(**values),
            repeat=repeat,
            override_reason=reason,
        )  # type: ignore[arg-type]


def make_salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor) -> Salon:
    sid2 = staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput("李娜", Role.TECHNICIAN), "4444")
    tech2 = Actor(sid2, "李娜", Role.TECHNICIAN)
    for actor in (technician, tech2):
        assert actor.staff_id is not None
        staff_service.add_certificate(
            new_uow(),
            owner,
            clock,
            actor.staff_id,
            CertificateKind.HAIRDRESSING,
            "H-1",
            date(2026, 1, 1),
            date(2027, 12, 31),
        )
        for weekday in range(7):
            schedule.set_working_hours(
                new_uow(), owner, clock, actor.staff_id, weekday, time(10), time(19), time(13), time(14)
            )
    with new_uow() as uow:
        chair1 = Station(name="Chair 1", kind=StationKind.CHAIR, created_at=clock.now())
        chair2 = Station(name="Chair 2", kind=StationKind.CHAIR, created_at=clock.now())
        dryer = Equipment(
            name="Hood dryer", status=EquipmentStatus.IN_SERVICE, status_since=clock.now(), created_at=clock.now()
        )
        customer = Customer(name="陈静", mobile_e164="+8613800138000", created_at=clock.now())
        for row in (chair1, chair2, dryer, customer):
            uow.session.add(row)
        uow.commit()
        ids = (chair1.id, chair2.id, dryer.id, customer.id)
    chair1_id, chair2_id, dryer_id, customer_id = ids
    assert dryer_id is not None
    svc = catalogue.ServiceInput
    cut = catalogue.create_service(
        new_uow(),
        owner,
        clock,
        svc("Cut", ServiceCategory.CUT, 60, "120", certificate_kind=CertificateKind.HAIRDRESSING),
    )
    colour = catalogue.create_service(
        new_uow(),
        owner,
        clock,
        svc(
            "Colour",
            ServiceCategory.COLOUR,
            90,
            "380",
            buffer_min=30,
            buffer_holds=BufferHolds.CHAIR,
            certificate_kind=CertificateKind.HAIRDRESSING,
            needs_patch_test=True,
        ),
    )
    nails = catalogue.create_service(
        new_uow(),
        owner,
        clock,
        svc("Gel nails", ServiceCategory.MANICURE, 60, "150", certificate_kind=CertificateKind.NAIL),
    )
    dryer_cut = catalogue.create_service(
        new_uow(),
        owner,
        clock,
        svc("Treatment under dryer", ServiceCategory.HAIR_CARE, 30, "80", equipment_ids=(dryer_id,)),
    )
    dryer_colour = catalogue.create_service(
        new_uow(),
        owner,
        clock,
        svc("Gloss under dryer", ServiceCategory.HAIR_CARE, 30, "90", equipment_ids=(dryer_id,)),
    )
    assert chair1_id and chair2_id and customer_id
    return Salon(
        new_uow,
        clock,
        owner,
        receptionist,
        technician,
        tech2,
        cut,
        colour,
        nails,
        dryer_cut,
        dryer_colour,
        chair1_id,
        chair2_id,
        dryer_id,
        customer_id,
    )


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor) -> Salon:
    return make_salon(new_uow, clock, owner, receptionist, technician)


def codes(error: BookingRulesBroken) -> set[str]:
    return {b.code for b in error.breaches}


def appointments(salon: Salon) -> list[Appointment]:
    with salon.new_uow() as uow:
        rows = list(uow.session.exec(select(Appointment).order_by(Appointment.start)))
        uow.session.expunge_all()
        return rows


def overrides(salon: Salon) -> list[AuditEntry]:
    with salon.new_uow() as uow:
        rows = list(uow.session.exec(select(AuditEntry).where(AuditEntry.action == "override")))
        uow.session.expunge_all()
        return rows


# ------------------------------------------------------------------ a clean booking
def test_booking_saves_times_and_audits(salon: Salon) -> None:
    [appt_id] = salon.book()
    [appt] = appointments(salon)
    assert appt.id == appt_id
    assert appt.start == local(TUESDAY, 11) and appt.end == local(TUESDAY, 12)
    assert appt.status == AppointmentStatus.BOOKED and appt.created_by == salon.receptionist.staff_id
    with salon.new_uow() as uow:
        created = {e.field_name for e in uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "appointment"))}
    assert created >= {"start", "staff_id", "service_id"}


def test_a_technician_cannot_book(salon: Salon) -> None:
    with pytest.raises(PermissionDenied):
        salon.book(actor=salon.tech)


def test_booking_needs_the_write_lock_on_sqlite(salon: Salon) -> None:
    """SQLite can only be serialised by BEGIN IMMEDIATE; PostgreSQL locks rows inside any transaction."""
    request = BookingRequest(salon.tech.staff_id or 0, salon.cut, local(TUESDAY, 11), customer_id=salon.customer)
    uow = salon.new_uow()
    if uow.engine.dialect.name == "sqlite":
        with pytest.raises(RuntimeError, match="write_lock"):
            book.book(uow, salon.receptionist, salon.clock, request)
        assert appointments(salon) == []
    else:
        book.book(uow, salon.receptionist, salon.clock, request)
        assert len(appointments(salon)) == 1


def test_guest_without_file_needs_a_name(salon: Salon) -> None:
    with pytest.raises(ValidationError):
        salon.book(customer_id=None)
    salon.book(customer_id=None, guest_name="王先生", guest_phone="13900001111")
    assert appointments(salon)[0].guest_name == "王先生"


# ------------------------------------------------------------------ double booking
def test_technician_cannot_be_double_booked(salon: Salon) -> None:
    salon.book()
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(start=local(TUESDAY, 11, 30))
    assert codes(caught.value) == {"technician_busy"}
    assert not caught.value.overridable  # a receptionist may not override a double booking
    with pytest.raises(BookingRulesBroken):
        salon.book(start=local(TUESDAY, 11, 30), reason="customer insists")
    assert len(appointments(salon)) == 1


def test_back_to_back_is_not_a_double_booking(salon: Salon) -> None:
    salon.book()
    salon.book(start=local(TUESDAY, 12))  # ends exactly when the next starts: half-open spans
    salon.book(start=local(TUESDAY, 10))
    assert len(appointments(salon)) == 3


def test_owner_overrides_a_double_booking_with_a_reason_and_it_is_logged(salon: Salon) -> None:
    salon.book()
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(actor=salon.owner, start=local(TUESDAY, 11, 30))
    assert caught.value.overridable  # the owner could, with a reason
    [second] = salon.book(actor=salon.owner, start=local(TUESDAY, 11, 30), reason="two quick fringe trims")
    [entry] = overrides(salon)
    assert entry.entity_id == str(second) and entry.field_name == "technician_busy"
    assert entry.new_value == "two quick fringe trims" and entry.staff_id == salon.owner.staff_id
    assert appointments(salon)[1].override_reason == "two quick fringe trims"


def test_station_cannot_be_double_booked(salon: Salon) -> None:
    salon.book(station_id=salon.chair1)
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(staff_id=salon.tech2.staff_id, station_id=salon.chair1, start=local(TUESDAY, 11, 45))
    assert codes(caught.value) == {"station_busy"}
    salon.book(staff_id=salon.tech2.staff_id, station_id=salon.chair2, start=local(TUESDAY, 11, 45))


def test_equipment_cannot_be_double_booked(salon: Salon) -> None:
    salon.book(service_id=salon.dryer_cut, station_id=salon.chair1)
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(
            staff_id=salon.tech2.staff_id,
            service_id=salon.dryer_colour,
            station_id=salon.chair2,
            start=local(TUESDAY, 11, 15),
        )
    assert codes(caught.value) == {"equipment_busy"}
    salon.book(
        staff_id=salon.tech2.staff_id,
        service_id=salon.dryer_colour,
        station_id=salon.chair2,
        start=local(TUESDAY, 11, 30),
    )


def test_chair_buffer_keeps_the_station_busy_but_frees_the_technician(salon: Salon, monkeypatch) -> None:
    monkeypatch.setattr(book, "_patch_test_valid", lambda uow, customer_id, at: True)
    salon.book(service_id=salon.colour, station_id=salon.chair1)  # 11:00–12:30 + 30 min processing in the chair
    [appt] = appointments(salon)
    assert appt.technician_until == local(TUESDAY, 12, 30) and appt.station_until == local(TUESDAY, 13)
    salon.book(start=local(TUESDAY, 12, 30), end=local(TUESDAY, 13), station_id=salon.chair2)  # technician free
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(
            staff_id=salon.tech2.staff_id, start=local(TUESDAY, 12, 30), end=local(TUESDAY, 13), station_id=salon.chair1
        )
    assert codes(caught.value) == {"station_busy"}


def test_cancelled_and_no_show_appointments_free_the_slot(salon: Salon) -> None:
    [first] = salon.book()
    book.cancel(salon.new_uow(), salon.receptionist, salon.clock, first, "customer is ill")
    salon.book()
    assert [a.status for a in appointments(salon)] == [AppointmentStatus.CANCELLED, AppointmentStatus.BOOKED]


# ------------------------------------------------------------------ hours
def test_not_outside_the_technicians_hours(salon: Salon) -> None:
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(start=local(TUESDAY, 18, 30))  # would end 19:30, shift ends 19:00
    assert codes(caught.value) == {"outside_hours"}
    assert caught.value.overridable  # a receptionist may, with a reason
    salon.book(start=local(TUESDAY, 18, 30), reason="stays late, agreed with 张伟")
    assert overrides(salon)[0].field_name == "outside_hours"


def test_not_during_the_break(salon: Salon) -> None:
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(start=local(TUESDAY, 12, 30))
    assert codes(caught.value) == {"outside_hours"}


def test_not_on_a_day_off(salon: Salon) -> None:
    schedule.add_absence(salon.new_uow(), salon.owner, salon.clock, salon.tech.staff_id or 0, TUESDAY, TUESDAY)
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book()
    assert codes(caught.value) == {"outside_hours"}
    salon.book(start=local(TUESDAY + timedelta(days=1), 11))


def test_not_on_a_closed_day_or_outside_opening_hours(salon: Salon) -> None:
    settings.update_settings(salon.new_uow(), salon.owner, salon.clock, {"closed_days": [TUESDAY.isoformat()]})
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book()
    assert "salon_closed" in codes(caught.value)
    schedule.set_working_hours(
        salon.new_uow(), salon.owner, salon.clock, salon.tech.staff_id or 0, 2, time(8), time(19)
    )
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(start=local(TUESDAY + timedelta(days=1), 9))  # works from 8, salon opens at 10
    assert codes(caught.value) == {"salon_closed"}


# ------------------------------------------------------------------ certificates
def test_technician_needs_a_certificate_of_the_services_kind(salon: Salon) -> None:
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(actor=salon.owner, service_id=salon.nails, reason="she can do it")
    assert codes(caught.value) == {"no_certificate"}
    assert not caught.value.overridable  # not even the owner
    staff_service.add_certificate(
        salon.new_uow(),
        salon.owner,
        salon.clock,
        salon.tech.staff_id or 0,
        CertificateKind.NAIL,
        "N-1",
        date(2026, 11, 1),
        None,
    )
    salon.book(service_id=salon.nails)


def test_certificate_validity_is_inclusive_of_its_last_day(salon: Salon) -> None:
    sid = salon.tech.staff_id or 0
    staff_service.add_certificate(
        salon.new_uow(), salon.owner, salon.clock, sid, CertificateKind.NAIL, "N-2", date(2026, 1, 1), TUESDAY
    )
    salon.book(service_id=salon.nails)  # valid until the day itself
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(service_id=salon.nails, start=local(TUESDAY + timedelta(days=1), 11))
    assert codes(caught.value) == {"no_certificate"}


# ------------------------------------------------------------------ patch tests and equipment
def test_colour_needs_a_valid_patch_test(salon: Salon) -> None:
    """The customer files' rule: passed, at least 48 h old at the appointment's start."""
    with salon.new_uow() as uow:
        uow.session.add(
            PatchTest(
                customer_id=salon.customer,
                product="Igora",
                tested_at=local(TUESDAY, 10),
                result=PatchResult.PASSED,
                recorded_at=salon.clock.now(),
            )
        )
        uow.commit()
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(service_id=salon.colour, start=local(TUESDAY, 15))  # only 5 h after the test
    assert codes(caught.value) == {"patch_test"}
    assert not caught.value.overridable  # only the owner overrides a safety rule
    salon.book(service_id=salon.colour, start=local(date(2026, 11, 26), 10))  # exactly 48 h later


def test_owner_overrides_a_missing_patch_test_with_a_reason(salon: Salon) -> None:
    salon.book(actor=salon.owner, service_id=salon.colour, reason="patch test done at the other branch")
    assert overrides(salon)[0].field_name == "patch_test"


def test_out_of_service_equipment_blocks_its_services(salon: Salon) -> None:
    with salon.new_uow() as uow:
        dryer = uow.session.get(Equipment, salon.dryer)
        assert dryer is not None
        dryer.status = EquipmentStatus.OUT_OF_SERVICE
        uow.session.add(dryer)
        uow.commit()
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(actor=salon.owner, service_id=salon.dryer_cut, reason="it will be fixed by then")
    assert codes(caught.value) == {"equipment_out"} and not caught.value.overridable
    salon.book()  # a service without that equipment is fine


def test_retired_service_cannot_be_booked(salon: Salon) -> None:
    catalogue.set_retired(salon.new_uow(), salon.owner, salon.clock, salon.cut, True)
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book()
    assert codes(caught.value) == {"retired_service"}


# ------------------------------------------------------------------ recurring
def test_recurring_every_two_weeks_three_times(salon: Salon) -> None:
    ids = salon.book(repeat=Repeat(every_weeks=2, count=3))
    rows = appointments(salon)
    assert [a.id for a in rows] == ids
    assert [a.start for a in rows] == [local(TUESDAY + timedelta(weeks=2 * k), 11) for k in range(3)]
    assert len({a.series_id for a in rows}) == 1 and rows[0].series_id is not None


def test_recurring_until_a_day_is_inclusive(salon: Salon) -> None:
    salon.book(repeat=Repeat(every_weeks=1, until=TUESDAY + timedelta(weeks=3)))
    assert len(appointments(salon)) == 4


def test_recurring_series_is_all_or_nothing(salon: Salon) -> None:
    salon.book(start=local(TUESDAY + timedelta(weeks=1), 11))
    with pytest.raises(BookingRulesBroken) as caught:
        salon.book(repeat=Repeat(every_weeks=1, count=3))
    assert caught.value.breaches[0].params["day"] == TUESDAY + timedelta(weeks=1)
    assert len(appointments(salon)) == 1


def test_cancel_the_rest_of_a_series(salon: Salon) -> None:
    ids = salon.book(repeat=Repeat(every_weeks=1, count=4))
    assert book.cancel_series(salon.new_uow(), salon.receptionist, salon.clock, ids[1], "moved away") == 3
    assert [a.status for a in appointments(salon)].count(AppointmentStatus.CANCELLED) == 3


# ------------------------------------------------------------------ move, resize, edit
def test_move_and_resize_recheck_the_rules(salon: Salon) -> None:
    [first] = salon.book()
    [second] = salon.book(start=local(TUESDAY, 15))
    with pytest.raises(BookingRulesBroken):
        book.reschedule(
            salon.new_uow(write_lock=True), salon.receptionist, salon.clock, second, start=local(TUESDAY, 11, 30)
        )
    book.reschedule(
        salon.new_uow(write_lock=True), salon.receptionist, salon.clock, second, start=local(TUESDAY, 16)
    )  # a move keeps the length
    book.reschedule(
        salon.new_uow(write_lock=True), salon.receptionist, salon.clock, first, end=local(TUESDAY, 12, 30)
    )  # drag the bottom edge
    book.reschedule(
        salon.new_uow(write_lock=True), salon.receptionist, salon.clock, first, staff_id=salon.tech2.staff_id
    )  # to another technician's column
    rows = {a.id: a for a in appointments(salon)}
    assert rows[second].start == local(TUESDAY, 16) and rows[second].end == local(TUESDAY, 17)
    assert rows[first].end == local(TUESDAY, 12, 30) and rows[first].staff_id == salon.tech2.staff_id


def test_a_moved_appointment_does_not_clash_with_itself(salon: Salon) -> None:
    [appt] = salon.book()
    book.reschedule(salon.new_uow(write_lock=True), salon.receptionist, salon.clock, appt, start=local(TUESDAY, 11, 15))
    assert appointments(salon)[0].start == local(TUESDAY, 11, 15)


# ------------------------------------------------------------------ statuses
def test_the_happy_path_stamps_each_instant(salon: Salon) -> None:
    [appt_id] = salon.book()
    clock = salon.clock
    clock.set(local(TUESDAY, 10, 50))
    book.set_status(salon.new_uow(), salon.receptionist, clock, appt_id, AppointmentStatus.ARRIVED)
    clock.set(local(TUESDAY, 11, 5))
    book.set_status(salon.new_uow(), salon.tech, clock, appt_id, AppointmentStatus.IN_SERVICE)
    clock.set(local(TUESDAY, 12))
    book.set_status(salon.new_uow(), salon.tech, clock, appt_id, AppointmentStatus.DONE)
    [appt] = appointments(salon)
    assert (appt.arrived_at, appt.started_at, appt.finished_at) == (
        local(TUESDAY, 10, 50),
        local(TUESDAY, 11, 5),
        local(TUESDAY, 12),
    )
    with pytest.raises(Conflict):
        book.cancel(salon.new_uow(), salon.receptionist, clock, appt_id, "too late")


def test_cancel_keeps_reason_and_who(salon: Salon) -> None:
    [appt_id] = salon.book()
    with pytest.raises(ValidationError):
        book.cancel(salon.new_uow(), salon.receptionist, salon.clock, appt_id, "  ")
    book.cancel(salon.new_uow(), salon.receptionist, salon.clock, appt_id, "customer called")
    [appt] = appointments(salon)
    assert appt.status == AppointmentStatus.CANCELLED and appt.close_reason == "customer called"
    assert appt.closed_by == salon.receptionist.staff_id and appt.closed_at == salon.clock.now()


def test_no_show_only_once_due(salon: Salon) -> None:
    [appt_id] = salon.book()
    with pytest.raises(ValidationError):
        book.mark_no_show(salon.new_uow(), salon.receptionist, salon.clock, appt_id)
    salon.clock.set(local(TUESDAY, 11))  # exactly due
    book.mark_no_show(salon.new_uow(), salon.receptionist, salon.clock, appt_id)
    assert appointments(salon)[0].status == AppointmentStatus.NO_SHOW


def test_a_technician_cannot_cancel(salon: Salon) -> None:
    [appt_id] = salon.book()
    with pytest.raises(PermissionDenied):
        book.cancel(salon.new_uow(), salon.tech, salon.clock, appt_id, "no")


def test_done_appointments_cannot_be_moved(salon: Salon) -> None:
    [appt_id] = salon.book()
    book.set_status(salon.new_uow(), salon.receptionist, salon.clock, appt_id, AppointmentStatus.ARRIVED)
    with pytest.raises(Conflict):
        book.reschedule(
            salon.new_uow(write_lock=True), salon.receptionist, salon.clock, appt_id, start=local(TUESDAY, 15)
        )


def test_confirmation_call_confirms(salon: Salon) -> None:
    [appt_id] = salon.book()
    book.record_call(salon.new_uow(), salon.receptionist, salon.clock, appt_id, CallOutcome.NO_ANSWER)
    assert appointments(salon)[0].status == AppointmentStatus.BOOKED
    book.record_call(salon.new_uow(), salon.receptionist, salon.clock, appt_id, CallOutcome.CONFIRMED)
    assert appointments(salon)[0].status == AppointmentStatus.CONFIRMED
