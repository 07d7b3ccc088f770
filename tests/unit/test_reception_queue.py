"""The queue snapshot (order, clocks, over-15 count, estimates, warnings) and the history source."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer, PatchState
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.schedule import WorkingHours
from salondesk.domain.staff import Certificate, CertificateKind
from salondesk.queries.customers import customer_history
from salondesk.queries.reception import queue_snapshot
from salondesk.services import reception, visits
from salondesk.services.settings import get_settings

SH = ZoneInfo("Asia/Shanghai")


def L(hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 11, 23, hh, mm, tzinfo=SH).astimezone(UTC)


def _setup(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> tuple[int, int, int]:
    with new_uow() as uow:
        colour = Service(
            name="Colour",
            category=ServiceCategory.COLOUR,
            duration_min=60,
            needs_patch_test=True,
            created_at=clock.now(),
        )
        cut = Service(name="Cut", category=ServiceCategory.CUT, duration_min=30, created_at=clock.now())
        customer = Customer(
            name="陈美丽", allergies="PPD hair dye", mobile_e164="+8613812345678", created_at=clock.now()
        )
        uow.session.add_all([colour, cut, customer])
        assert technician.staff_id is not None
        uow.session.add(WorkingHours(staff_id=technician.staff_id, weekday=0, start=time(10), end=time(21)))
        # certified: a suggestion names only a technician who may do the service (issue 15 item 4)
        uow.session.add(
            Certificate(
                staff_id=technician.staff_id,
                kind=CertificateKind.HAIRDRESSING,
                number="H-1",
                valid_from=date(2026, 1, 1),
                created_at=clock.now(),
            )
        )
        uow.commit()
        assert colour.id and cut.id and customer.id
        return colour.id, cut.id, customer.id


def test_snapshot_orders_by_wait_start_and_counts_over_15(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor
) -> None:
    colour, cut, cid = _setup(new_uow, clock, technician)
    tech = technician.staff_id
    assert tech is not None
    with new_uow() as uow:
        appt = Appointment(
            customer_id=cid,
            staff_id=tech,
            service_id=colour,
            start=L(10, 20),
            end=L(11, 20),
            technician_until=L(11, 20),
            station_until=L(11, 20),
            status=AppointmentStatus.CONFIRMED,
            created_at=clock.now(),
        )
        later = Appointment(
            guest_name="电话客人",
            guest_phone="13900001111",
            staff_id=tech,
            service_id=cut,
            start=L(12),
            end=L(12, 30),
            technician_until=L(12, 30),
            station_until=L(12, 30),
            created_at=clock.now(),
        )
        uow.session.add_all([appt, later])
        uow.commit()
        appt_id = appt.id
    assert appt_id is not None
    clock.set(L(10, 0))
    booked_visit = reception.check_in(new_uow(), receptionist, clock, appt_id)  # early: waits from 10:20
    clock.set(L(10, 5))
    walk_in = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="李娜", service_id=cut))
    settings = get_settings(new_uow())
    snap = queue_snapshot(new_uow(), L(10, 30), settings, receptionist)
    assert [r.visit_id for r in snap.waiting] == [walk_in, booked_visit]
    first, second = snap.waiting
    assert first.elapsed(L(10, 30)) == timedelta(minutes=25)
    assert second.elapsed(L(10, 30)) == timedelta(minutes=10)
    assert snap.over_limit_today(L(10, 30)) == 1
    assert second.warnings.allergies == "PPD hair dye"
    assert second.warnings.patch_state == PatchState.NONE and second.warnings.patch_problem
    assert not first.warnings.any
    assert second.phone == "138 1234 5678"
    assert [a.name for a in snap.arrivals] == ["电话客人"]
    # one technician, free now; the booked colour customer asked for them (60 min), the walk-in comes first
    assert first.estimated_start == L(10, 30) and first.estimated_staff == "张伟"
    assert second.estimated_start == L(11, 0)
    assert snap.next_free_staff == "张伟"
    tech_view = queue_snapshot(new_uow(), L(10, 30), settings, technician)
    assert tech_view.waiting[1].phone == "138****5678"

    clock.set(L(10, 30))  # the walk-in started after 25 min: over 15 for good
    reception.start_service(new_uow(), receptionist, clock, walk_in, tech, override_reason="test")
    snap = queue_snapshot(new_uow(), L(10, 35), settings, receptionist)
    assert [r.visit_id for r in snap.in_service] == [walk_in]
    assert snap.over_limit_before == 1
    assert snap.over_limit_today(L(10, 35)) == 1  # the booked one: 15:00 since 10:20, still within
    assert snap.over_limit_today(L(10, 36)) == 2  # …and over a minute later
    assert snap.waiting[0].estimated_start == L(11, 0)  # after the walk-in's 30-minute cut


def test_history_shows_records_and_ratings_newest_first_and_technicians_only_their_own(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor
) -> None:
    _, cut, cid = _setup(new_uow, clock, technician)
    tech = technician.staff_id
    assert tech is not None
    vid = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(customer_id=cid, service_id=cut))
    reception.start_service(new_uow(), receptionist, clock, vid, tech, override_reason="test")
    clock.advance(minutes=30)
    reception.finish_service(new_uow(), technician, clock, vid, reception.RecordInput("Short bob", "Kerastase oil"))
    clock.advance(minutes=5)
    visits.rate_visit(new_uow(), receptionist, clock, vid, 5, 9)
    items = customer_history(new_uow(), receptionist, cid)
    mine = [(i.kind, i.title) for i in items if i.kind in {"service", "rating"}]
    assert mine == [("rating", "5/5 · NPS 9/10"), ("service", "Cut")]
    assert "Kerastase oil" in next(i.detail for i in items if i.kind == "service")
    assert any(i.kind == "service" for i in customer_history(new_uow(), technician, cid))
    other = Actor(999, "someone", Role.TECHNICIAN)
    assert [i for i in customer_history(new_uow(), other, cid) if i.kind in {"service", "rating"}] == []
