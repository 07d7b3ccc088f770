"""The reception queue's use cases, end to end on a real database with a frozen clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.audit import AuditEntry
from salondesk.domain.calendar import day_period
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.errors import Conflict, ValidationError
from salondesk.domain.permissions import Actor
from salondesk.domain.staff import CertificateKind
from salondesk.domain.visits import LeftReason, Rating, Recheck, ServiceRecord, Visit, VisitState
from salondesk.reports.figure_data import area_figures
from salondesk.services import reception, visits
from salondesk.services import settings as settings_service
from salondesk.services import staff as staff_service
from salondesk.services.settings import get_settings

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 23)  # the conftest clock: 10:00 Shanghai


def L(hh: int, mm: int = 0, ss: int = 0, day: int = 23) -> datetime:
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=SH).astimezone(UTC)


@pytest.fixture
def hair(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> int:
    with new_uow() as uow:
        service = Service(
            name="Colour",
            category=ServiceCategory.COLOUR,
            duration_min=60,
            certificate_kind=CertificateKind.HAIRDRESSING,
            created_at=clock.now(),
        )
        uow.session.add(service)
        uow.commit()
        assert service.id is not None
        return service.id


@pytest.fixture
def certified(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> int:
    assert technician.staff_id is not None
    staff_service.add_certificate(
        new_uow(), owner, clock, technician.staff_id, CertificateKind.HAIRDRESSING, "H-9", date(2025, 1, 1), None
    )
    return technician.staff_id


def _customer(new_uow: UowFactory, clock: FrozenClock, name: str = "张伟华") -> int:
    with new_uow() as uow:
        customer = Customer(name=name, mobile_e164="+8613800001234", created_at=clock.now())
        uow.session.add(customer)
        uow.commit()
        assert customer.id is not None
        return customer.id


def _appointment(
    new_uow: UowFactory,
    clock: FrozenClock,
    staff_id: int,
    service_id: int,
    start: datetime,
    customer_id: int | None = None,
    status: AppointmentStatus = AppointmentStatus.CONFIRMED,
) -> int:
    with new_uow() as uow:
        appt = Appointment(
            customer_id=customer_id,
            guest_name="" if customer_id else "电话客人",
            staff_id=staff_id,
            service_id=service_id,
            start=start,
            end=start + timedelta(hours=1),
            technician_until=start + timedelta(hours=1),
            station_until=start + timedelta(hours=1),
            status=status,
            created_at=clock.now(),
        )
        uow.session.add(appt)
        uow.commit()
        assert appt.id is not None
        return appt.id


def _get(new_uow: UowFactory, model: type, key: int):  # type: ignore[no-untyped-def]
    with new_uow() as uow:
        row = uow.session.get(model, key)
        uow.session.expunge(row)
        return row


def test_check_in_is_one_action_and_an_early_arrival_waits_from_the_booked_time(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    cid = _customer(new_uow, clock)
    appt_id = _appointment(new_uow, clock, certified, hair, L(10, 30), cid)
    clock.set(L(10, 12))
    visit_id = reception.check_in(new_uow(), receptionist, clock, appt_id)
    visit = _get(new_uow, Visit, visit_id)
    assert (visit.arrived_at, visit.wait_start, visit.scheduled_start) == (L(10, 12), L(10, 30), L(10, 30))
    assert (visit.customer_id, visit.requested_staff_id, visit.service_id) == (cid, certified, hair)
    appt = _get(new_uow, Appointment, appt_id)
    assert (appt.status, appt.arrived_at) == (AppointmentStatus.ARRIVED, L(10, 12))
    with pytest.raises(Conflict):
        reception.check_in(new_uow(), receptionist, clock, appt_id)
    with new_uow() as uow:
        actions = {(a.entity, a.field_name) for a in uow.session.exec(select(AuditEntry))}
    assert ("visit", "wait_start") in actions
    assert ("appointment", "status") in actions


def test_a_cancelled_appointment_cannot_be_checked_in(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    appt_id = _appointment(new_uow, clock, certified, hair, L(11), status=AppointmentStatus.CANCELLED)
    with pytest.raises(Conflict):
        reception.check_in(new_uow(), receptionist, clock, appt_id)


def test_booked_flow_start_finish_moves_the_appointment_and_measures_r1_and_r3(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor, certified: int, hair: int
) -> None:
    appt_id = _appointment(new_uow, clock, certified, hair, L(10, 30))
    clock.set(L(10, 20))
    visit_id = reception.check_in(new_uow(), receptionist, clock, appt_id)
    clock.set(L(10, 41))  # 11 min after the booked time: R1 within, R3 late (> 10 min)
    reception.start_service(new_uow(), receptionist, clock, visit_id, certified)
    assert _get(new_uow, Appointment, appt_id).status == AppointmentStatus.IN_SERVICE
    clock.set(L(11, 40))
    with pytest.raises(ValidationError):
        reception.finish_service(new_uow(), technician, clock, visit_id, reception.RecordInput("  "))
    record_id = reception.finish_service(
        new_uow(), technician, clock, visit_id, reception.RecordInput("Root colour", "Wella 6/0 + 6% 1:1", "fine")
    )
    record = _get(new_uow, ServiceRecord, record_id)
    assert (record.products, record.staff_id, record.finished_at) == ("Wella 6/0 + 6% 1:1", certified, L(11, 40))
    assert _get(new_uow, Appointment, appt_id).status == AppointmentStatus.DONE
    assert _get(new_uow, Visit, visit_id).state == VisitState.DONE
    figures = area_figures(new_uow, "reception", day_period(TODAY, SH), get_settings(new_uow()), clock.now())
    assert (figures.R1.numerator, figures.R1.denominator) == (1, 1)
    assert (figures.R3.numerator, figures.R3.denominator) == (0, 1)


def test_walk_in_needs_a_customer_or_a_name(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, hair: int
) -> None:
    with pytest.raises(ValidationError):
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="  "))
    vid = reception.add_walk_in(
        new_uow(), receptionist, clock, reception.WalkIn(name=" 李  娜 ", phone="139 0000 1111", service_id=hair)
    )
    visit = _get(new_uow, Visit, vid)
    assert (visit.walk_in_name, visit.wait_start, visit.state) == ("李 娜", clock.now(), VisitState.WAITING)
    cid = _customer(new_uow, clock)
    vid2 = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(customer_id=cid))
    assert _get(new_uow, Visit, vid2).customer_id == cid


def test_start_warns_about_an_uncertified_technician_and_needs_a_reason(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor, hair: int
) -> None:
    vid = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="王五", service_id=hair))
    assert technician.staff_id is not None
    with pytest.raises(ValidationError) as info:
        reception.start_service(new_uow(), receptionist, clock, vid, technician.staff_id)
    assert info.value.params["field"] == "override_reason"
    assert info.value.params["name"] == "张伟"
    assert _get(new_uow, Visit, vid).state == VisitState.WAITING
    reception.start_service(new_uow(), receptionist, clock, vid, technician.staff_id, override_reason="owner agreed")
    visit = _get(new_uow, Visit, vid)
    assert (visit.state, visit.uncertified_override) == (VisitState.IN_SERVICE, "owner agreed")


def test_a_technician_serves_one_customer_at_a_time(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    first = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="A", service_id=hair))
    second = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="B", service_id=hair))
    reception.start_service(new_uow(), receptionist, clock, first, certified)
    with pytest.raises(Conflict):
        reception.start_service(new_uow(), receptionist, clock, second, certified)
    with pytest.raises(Conflict):
        reception.start_service(new_uow(), receptionist, clock, first, certified)  # no longer waiting


def test_left_without_service_closes_the_appointment(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    appt_id = _appointment(new_uow, clock, certified, hair, L(10, 0))
    vid = reception.check_in(new_uow(), receptionist, clock, appt_id)
    clock.advance(minutes=25)
    reception.mark_left(new_uow(), receptionist, clock, vid, "could not wait")
    visit = _get(new_uow, Visit, vid)
    assert (visit.state, visit.left_reason, visit.left_at) == (VisitState.LEFT, LeftReason.CUSTOMER_LEFT, L(10, 25))
    assert _get(new_uow, Appointment, appt_id).status == AppointmentStatus.LEFT
    with pytest.raises(Conflict):
        reception.mark_left(new_uow(), receptionist, clock, vid)


def test_still_waiting_at_closing_is_recorded_as_left_at_the_closing_time(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor
) -> None:
    clock.set(L(20, 40))
    early = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="晚到"))
    clock.set(L(20, 59, 59))
    assert reception.close_after_hours(new_uow(), receptionist, clock) == 0
    clock.set(L(21, 30))
    after = reception.add_walk_in(
        new_uow(), receptionist, clock, reception.WalkIn(name="关门后", note="店长同意加班做完")
    )
    assert reception.close_after_hours(new_uow(), receptionist, clock) == 1  # the one who came before 21:00
    visit = _get(new_uow, Visit, early)
    assert (visit.state, visit.left_reason, visit.left_at) == (VisitState.LEFT, LeftReason.CLOSING, L(21))
    assert _get(new_uow, Visit, after).state == VisitState.WAITING
    clock.set(L(9, 0, day=24))  # start-up next morning closes the late one at midnight
    assert reception.close_after_hours(new_uow(), receptionist, clock) == 1
    assert _get(new_uow, Visit, after).left_at == L(0, 0, day=24)
    figures = area_figures(new_uow, "reception", day_period(TODAY, SH), get_settings(new_uow()), clock.now())
    assert figures.R5.count == 2 and figures.R1.denominator == 0


def _done_visit(
    new_uow: UowFactory, clock: FrozenClock, actor: Actor, staff_id: int, service_id: int
) -> tuple[int, int]:
    vid = reception.add_walk_in(new_uow(), actor, clock, reception.WalkIn(name="赵六", service_id=service_id))
    reception.start_service(new_uow(), actor, clock, vid, staff_id)
    clock.advance(minutes=50)
    return vid, reception.finish_service(new_uow(), actor, clock, vid, reception.RecordInput("cut"))


def test_rating_is_skippable_validated_and_given_once(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    waiting = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="X"))
    with pytest.raises(Conflict):
        visits.rate_visit(new_uow(), receptionist, clock, waiting, 5, 10)
    vid, _ = _done_visit(new_uow, clock, receptionist, certified, hair)
    assert visits.rate_visit(new_uow(), receptionist, clock, vid, None, None) is None
    for bad in ((0, None), (6, None), (None, -1), (None, 11)):
        with pytest.raises(ValidationError):
            visits.rate_visit(new_uow(), receptionist, clock, vid, *bad)
    assert visits.rate_visit(new_uow(), receptionist, clock, vid, 4, None) is not None
    with pytest.raises(Conflict):
        visits.rate_visit(new_uow(), receptionist, clock, vid, 5, 9)
    with new_uow() as uow:
        ratings = list(uow.session.exec(select(Rating)))
    assert [(r.satisfaction, r.recommend) for r in ratings] == [(4, None)]


def test_recheck_within_168_hours_is_free_later_flagged_refusal_needs_no_visit(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    _, record_id = _done_visit(new_uow, clock, receptionist, certified, hair)
    finished = clock.now()
    clock.set(finished + timedelta(hours=168))
    free = visits.request_recheck(new_uow(), receptionist, clock, record_id, note="fringe too long")
    assert free.within_window and free.visit_id is not None
    requeued = _get(new_uow, Visit, free.visit_id)
    assert (requeued.state, requeued.requested_staff_id, requeued.service_id) == (VisitState.WAITING, certified, hair)
    clock.set(finished + timedelta(hours=168, seconds=1))
    late = visits.request_recheck(new_uow(), receptionist, clock, record_id)
    assert not late.within_window and late.visit_id is not None
    refused = visits.request_recheck(new_uow(), receptionist, clock, record_id, refuse_reason="fully booked")
    assert refused.visit_id is None
    with new_uow() as uow:
        rows = {r.id: (r.within_window, r.refused) for r in uow.session.exec(select(Recheck))}
    assert rows == {free.recheck_id: (True, False), late.recheck_id: (False, False), refused.recheck_id: (False, True)}


def test_a_service_record_is_corrected_by_a_new_record(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, certified: int, hair: int
) -> None:
    _, record_id = _done_visit(new_uow, clock, receptionist, certified, hair)
    with pytest.raises(ValidationError):
        visits.correct_service_record(new_uow(), receptionist, clock, record_id, reception.RecordInput("cut"), " ")
    new_id = visits.correct_service_record(
        new_uow(), receptionist, clock, record_id, reception.RecordInput("cut and blow-dry"), "forgot the blow-dry"
    )
    assert _get(new_uow, ServiceRecord, new_id).corrects_id == record_id
    assert _get(new_uow, ServiceRecord, record_id).work_done == "cut"


def test_a_walk_in_while_closed_needs_a_reason_and_nothing_is_added_without_one(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor
) -> None:
    for at in (L(9, 59), L(21, 0)):  # before opening, at closing time
        clock.set(at)
        with pytest.raises(ValidationError) as refused:
            reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="李娜", phone="13812345678"))
        assert refused.value.params["field"] == "note" and "closed" in refused.value.render()
    with new_uow() as uow:
        assert uow.session.exec(select(Visit)).all() == []
    clock.set(L(10))  # opening time: open
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="李娜", phone="13812345678"))
    settings_service.update_settings(new_uow(), owner, clock, {"closed_days": ["2026-11-24"]})
    clock.set(L(12, day=24))  # a closed day (Settings)
    with pytest.raises(ValidationError):
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="王五", phone="13812345679"))
    reception.add_walk_in(
        new_uow(), receptionist, clock, reception.WalkIn(name="王五", phone="13812345679", note="约好的婚礼妆")
    )
    with new_uow() as uow:
        assert [v.note for v in uow.session.exec(select(Visit).order_by(Visit.id))] == ["", "约好的婚礼妆"]
