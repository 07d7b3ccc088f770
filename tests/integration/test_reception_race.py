"""Two counters (two database sessions) acting at once: one check-in, one start per technician."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import Conflict
from salondesk.domain.permissions import Actor
from salondesk.domain.staff import CertificateKind
from salondesk.domain.visits import Visit, VisitState
from salondesk.services import reception
from salondesk.services import staff as staff_service


def _together(*calls):  # type: ignore[no-untyped-def]
    """Run the calls in threads released at the same moment; return each one's result or exception."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = calls[index]()
        except Exception as exc:  # collected for the assertions
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


def _service(new_uow: UowFactory, clock: FrozenClock) -> int:
    with new_uow() as uow:
        service = Service(
            name="Cut",
            category=ServiceCategory.CUT,
            duration_min=30,
            certificate_kind=CertificateKind.HAIRDRESSING,
            created_at=clock.now(),
        )
        uow.session.add(service)
        uow.commit()
        assert service.id is not None
        return service.id


def test_two_counters_checking_in_the_same_booking_make_one_visit(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor
) -> None:
    assert technician.staff_id is not None
    sid = _service(new_uow, clock)
    with new_uow() as uow:
        appt = Appointment(
            guest_name="电话客人",
            staff_id=technician.staff_id,
            service_id=sid,
            start=clock.now(),
            end=clock.now() + timedelta(minutes=30),
            technician_until=clock.now() + timedelta(minutes=30),
            station_until=clock.now() + timedelta(minutes=30),
            status=AppointmentStatus.CONFIRMED,
            created_at=clock.now(),
        )
        uow.session.add(appt)
        uow.commit()
        appt_id = appt.id
    assert appt_id is not None
    results = _together(
        lambda: reception.check_in(new_uow(write_lock=True), receptionist, clock, appt_id),
        lambda: reception.check_in(new_uow(write_lock=True), receptionist, clock, appt_id),
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "int"]
    with new_uow() as uow:
        assert len(list(uow.session.exec(select(Visit)))) == 1
        assert uow.session.get(Appointment, appt_id).status == AppointmentStatus.ARRIVED  # type: ignore[union-attr]


def test_two_counters_starting_two_customers_with_one_technician_start_one(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor
) -> None:
    assert technician.staff_id is not None
    staff_service.add_certificate(
        new_uow(), owner, clock, technician.staff_id, CertificateKind.HAIRDRESSING, "H", date(2020, 1, 1), None
    )
    sid = _service(new_uow, clock)
    first = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="甲", service_id=sid))
    second = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="乙", service_id=sid))
    tech = technician.staff_id
    results = _together(
        lambda: reception.start_service(new_uow(write_lock=True), receptionist, clock, first, tech),
        lambda: reception.start_service(new_uow(write_lock=True), receptionist, clock, second, tech),
    )
    assert sum(isinstance(r, Conflict) for r in results) == 1
    assert sum(r is None for r in results) == 1
    with new_uow() as uow:
        states = sorted(v.state for v in uow.session.exec(select(Visit)))
    assert states == sorted([VisitState.IN_SERVICE, VisitState.WAITING])
