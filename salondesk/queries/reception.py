"""Read side of the reception queue: one snapshot of the counter's day.

The snapshot holds instants, never running clocks: the view computes each wait
from the injected clock on every tick (``elapsed = clock.now() − wait_start``), so
the database is read only on refresh, not every second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.calendar import day_period, local_date
from salondesk.domain.catalogue import BufferHolds, Service, ServiceEquipment, display_name
from salondesk.domain.contact import shown_phone
from salondesk.domain.customers import Customer, PatchState, PatchTest, patch_test_status
from salondesk.domain.equipment import Equipment, EquipmentStatus
from salondesk.domain.permissions import Actor
from salondesk.domain.reception import (
    WAIT_LIMIT,
    ArrivalState,
    CheckInTiming,
    Estimate,
    NoSuggestion,
    TechnicianLoad,
    Waiting,
    arrival_state,
    check_in_order,
    check_in_timing,
    closing_instant,
    estimate_waits,
    nearest_to_check_in,
    next_free,
    wait_of,
)
from salondesk.domain.settings import SalonSettings, salon_timezone
from salondesk.domain.staff import Certificate, Staff, certificate_valid_on
from salondesk.domain.visits import Rating, Recheck, Visit, VisitState
from salondesk.queries.schedule import shifts_on

DEFAULT_DURATION = timedelta(minutes=30)  # a walk-in who has not chosen a service yet


@dataclass(frozen=True)
class DeviceOut:
    """A device a service needs that is out of service, and since when (shown on every booking of it)."""

    name: str
    since: datetime


def devices_out_by_service(session: Session) -> dict[int, tuple[DeviceOut, ...]]:
    """For every service that needs equipment now out of service: those devices, by name."""
    query = (
        select(ServiceEquipment.service_id, Equipment.name, Equipment.status_since)
        .join(Equipment, col(Equipment.id) == col(ServiceEquipment.equipment_id))
        .where(col(Equipment.status) != EquipmentStatus.IN_SERVICE)
        .order_by(col(Equipment.name))
    )
    found: dict[int, list[DeviceOut]] = {}
    for service_id, name, since in session.exec(query):
        found.setdefault(service_id, []).append(DeviceOut(name, since))
    return {k: tuple(v) for k, v in found.items()}


@dataclass(frozen=True)
class Warnings:
    """Safety facts shown in red next to a customer (words are the UI's)."""

    allergies: str = ""
    contraindications: str = ""
    skin_conditions: str = ""
    patch_state: PatchState | None = None  # None: no colour service / no file
    patch_needed: bool = False  # the chosen service needs a valid patch test
    devices_out: tuple[DeviceOut, ...] = ()  # equipment the service needs that is out of service

    @property
    def patch_problem(self) -> bool:
        """A failed test always; a missing/expired/too-recent one when the service needs it."""
        if self.patch_state == PatchState.FAILED:
            return True
        return self.patch_needed and self.patch_state not in (PatchState.VALID, None)

    @property
    def any(self) -> bool:
        """True when the row needs the red warning."""
        return bool(
            self.allergies or self.contraindications or self.skin_conditions or self.patch_problem or self.devices_out
        )


@dataclass(frozen=True)
class QueueRow:
    """One waiting customer."""

    visit_id: int
    customer_id: int | None
    name: str
    phone: str
    walk_in: bool
    scheduled_start: datetime | None
    arrived_at: datetime
    wait_start: datetime
    service_id: int | None
    service_name: str
    duration_min: int
    requested_staff_id: int | None
    requested_staff: str
    warnings: Warnings
    estimated_start: datetime | None
    estimated_staff: str
    estimated_staff_id: int | None
    why_none: NoSuggestion  # why nobody is suggested (when estimated_start is None)
    recheck: str  # "" | "free" | "late"
    note: str

    def elapsed(self, now: datetime) -> timedelta:
        """The running wait (R1's clock) at ``now``."""
        return wait_of(self.wait_start, now)


@dataclass(frozen=True)
class InServiceRow:
    """A customer being served."""

    visit_id: int
    customer_id: int | None
    name: str
    staff_id: int | None
    staff_name: str
    service_name: str
    started_at: datetime
    expected_end: datetime
    warnings: Warnings


@dataclass(frozen=True)
class ArrivalRow:
    """A booking of today not yet checked in (the check-in list)."""

    appointment_id: int
    customer_id: int | None
    name: str
    phone: str
    start: datetime
    status: AppointmentStatus
    service_name: str
    staff_name: str
    warnings: Warnings
    state: ArrivalState = ArrivalState.DUE


@dataclass(frozen=True)
class FinishedRow:
    """A visit finished today (for the rating and re-check actions)."""

    visit_id: int
    customer_id: int | None
    name: str
    staff_name: str
    service_name: str
    ended_at: datetime
    rated: bool


@dataclass(frozen=True)
class TechnicianRow:
    """A technician on duty today, for the start-service picker."""

    staff_id: int
    name: str
    busy_until: datetime | None  # serving someone now
    certificate_kinds: frozenset[str]  # kinds valid today


@dataclass(frozen=True)
class OverLimitWait:
    """A visit of today whose wait passed 15 minutes (the dashboard's "waited over 15 min" list)."""

    name: str
    wait_start: datetime
    waited: timedelta  # until served or gone; the running wait for one still waiting
    outcome: VisitState  # DONE/IN_SERVICE: served late; LEFT: gone without service; WAITING: still waiting


@dataclass(frozen=True)
class QueueSnapshot:
    """Everything the reception tab shows, read at ``read_at``."""

    read_at: datetime
    waiting: tuple[QueueRow, ...]
    in_service: tuple[InServiceRow, ...]
    arrivals: tuple[ArrivalRow, ...]  # current bookings first, then late, then no-show candidates
    finished: tuple[FinishedRow, ...]
    technicians: tuple[TechnicianRow, ...]
    over_limit_past: tuple[OverLimitWait, ...]  # today's visits past 15 min (served late or left), not the waiting
    next_free_staff: str
    next_free_at: datetime | None
    check_in_row: int | None = None  # the arrival F3 selects: the current booking nearest to now

    @property
    def over_limit_before(self) -> int:
        """How many of today's visits already waited over 15 min (served late or left)."""
        return len(self.over_limit_past)

    def over_limit_today(self, now: datetime) -> int:
        """Customers over 15 min today: those already counted plus those waiting over 15 min now."""
        return len(self.over_limit_waits(now))

    def over_limit_waits(self, now: datetime) -> list[OverLimitWait]:
        """Today's waits over 15 min: the finished ones, then those still waiting over 15 min at ``now``."""
        waits = ((r, r.elapsed(now)) for r in self.waiting)
        waiting = [
            OverLimitWait(r.name, r.wait_start, wait, VisitState.WAITING) for r, wait in waits if wait > WAIT_LIMIT
        ]
        return [*self.over_limit_past, *waiting]


def _warnings(
    customer: Customer | None,
    tests: list[PatchTest],
    service: Service | None,
    now: datetime,
    devices_out: dict[int, tuple[DeviceOut, ...]],
) -> Warnings:
    devices = devices_out.get(service.id or 0, ()) if service is not None else ()
    if customer is None:
        return Warnings(devices_out=devices)
    status = patch_test_status(tests, now)
    needed = bool(service is not None and service.needs_patch_test)
    shown_state = status.state if (needed or status.state == PatchState.FAILED) else None
    return Warnings(
        customer.allergies or "",
        customer.contraindications or "",
        customer.skin_conditions or "",
        shown_state,
        needed,
        devices,
    )


def _name(customer: Customer | None, fallback: str) -> str:
    if customer is None:
        return fallback
    if customer.erased_at is not None:
        return customer.pseudonym or "*"
    return customer.name


def queue_snapshot(
    uow: UnitOfWork, now: datetime, settings: SalonSettings, actor: Actor | None = None, lang: str = "en"
) -> QueueSnapshot:
    """Today's queue at ``now``: waiting (in wait-start order), in service, to check in, finished.

    Service names are in ``lang`` (the catalogue's Chinese name for ``zh_CN`` when it has one).
    """
    tz = salon_timezone(settings)
    today = local_date(now, tz)
    period = day_period(today, tz)
    with uow:
        session = uow.session
        open_visits = list(
            session.exec(
                select(Visit)
                .where(col(Visit.state).in_([VisitState.WAITING, VisitState.IN_SERVICE]))
                .order_by(col(Visit.wait_start), col(Visit.id))
            )
        )
        today_visits = list(
            session.exec(select(Visit).where(col(Visit.arrived_at) >= period.start, col(Visit.arrived_at) < period.end))
        )
        arrivals = list(
            session.exec(
                select(Appointment)
                .where(
                    col(Appointment.start) >= period.start,
                    col(Appointment.start) < period.end,
                    col(Appointment.status).in_([AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED]),
                )
                .order_by(col(Appointment.start), col(Appointment.id))
            )
        )
        booked_later = list(
            session.exec(
                select(Appointment).where(
                    col(Appointment.start) >= period.start,  # today only: keeps the index range small
                    col(Appointment.start) < period.end,
                    col(Appointment.technician_until) > now,
                    col(Appointment.status).in_([AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED]),
                )
            )
        )
        services = {s.id: s for s in session.exec(select(Service)) if s.id is not None}
        for service in services.values():
            session.expunge(service)  # shown names only: never written back
            service.name = display_name(service.name, service.name_zh, lang)
        staff = {s.id: s for s in session.exec(select(Staff)) if s.id is not None}
        customer_ids = {v.customer_id for v in open_visits + today_visits if v.customer_id is not None}
        customer_ids |= {a.customer_id for a in arrivals if a.customer_id is not None}
        customers, tests = _load_customers(session, customer_ids)
        rechecks = {
            r.visit_id: ("free" if r.within_window else "late")
            for r in session.exec(
                select(Recheck).where(col(Recheck.visit_id).in_([v.id for v in open_visits if v.id is not None]))
            )
        }
        done_ids = [v.id for v in today_visits if v.state == VisitState.DONE]
        rated: set[int | None] = set(
            session.exec(select(Rating.visit_id).where(col(Rating.visit_id).in_(done_ids))) if done_ids else []
        )
        shifts = shifts_on(uow, today, tz)
        certificates = list(session.exec(select(Certificate)))
        devices_out = devices_out_by_service(session)
        return _build(
            now,
            open_visits,
            today_visits,
            arrivals,
            booked_later,
            services,
            staff,
            customers,
            tests,
            rechecks,
            rated,
            shifts,
            certificates,
            today,
            actor,
            devices_out,
            _ArrivalJudge(check_in_timing(settings), closing_instant(settings.opening_hours, today, tz)),
        )


def _load_customers(session: Session, ids: set[int]) -> tuple[dict[int, Customer], dict[int, list[PatchTest]]]:
    if not ids:
        return {}, {}
    customers = {c.id: c for c in session.exec(select(Customer).where(col(Customer.id).in_(sorted(ids)))) if c.id}
    tests: dict[int, list[PatchTest]] = {}
    for test in session.exec(select(PatchTest).where(col(PatchTest.customer_id).in_(sorted(ids)))):
        tests.setdefault(test.customer_id, []).append(test)
    return customers, tests


@dataclass(frozen=True)
class _ArrivalJudge:
    timing: CheckInTiming
    closes_at: datetime | None


def _duration(service: Service | None) -> timedelta:
    return DEFAULT_DURATION if service is None else timedelta(minutes=service.duration_min)


def _technician_busy_until(service: Service | None, started: datetime) -> datetime:
    end = started + _duration(service)
    if service is not None and service.buffer_holds in (BufferHolds.TECHNICIAN, BufferHolds.BOTH):
        end += timedelta(minutes=service.buffer_min)
    return end


def _build(
    now: datetime,
    open_visits: list[Visit],
    today_visits: list[Visit],
    arrivals: list[Appointment],
    booked_later: list[Appointment],
    services: dict[int, Service],
    staff: dict[int, Staff],
    customers: dict[int, Customer],
    tests: dict[int, list[PatchTest]],
    rechecks: dict[int | None, str],
    rated: set[int | None],
    shifts: dict[int, Any],
    certificates: list[Certificate],
    today: Any,
    actor: Actor | None,
    devices_out: dict[int, tuple[DeviceOut, ...]],
    judge: _ArrivalJudge,
) -> QueueSnapshot:
    def staff_name(staff_id: int | None) -> str:
        return staff[staff_id].name if staff_id is not None and staff_id in staff else ""

    def service_of(visit_or_appt: Any) -> Service | None:
        return services.get(visit_or_appt.service_id) if visit_or_appt.service_id is not None else None

    waiting_visits = [v for v in open_visits if v.state == VisitState.WAITING]
    serving = [v for v in open_visits if v.state == VisitState.IN_SERVICE]

    # technicians' loads: current work, then their bookings still to come (not the waiting customers' own)
    waiting_appts = {v.appointment_id for v in waiting_visits if v.appointment_id is not None}
    busy: dict[int, datetime] = {}
    for v in serving:
        if v.staff_id is not None and v.service_started_at is not None:
            busy[v.staff_id] = max(now, _technician_busy_until(service_of(v), v.service_started_at))
    loads = []
    for staff_id, shift in sorted(shifts.items()):
        person = staff.get(staff_id)
        if person is None or not person.active:
            continue
        blocks = tuple(
            (a.start, a.technician_until) for a in booked_later if a.staff_id == staff_id and a.id not in waiting_appts
        )
        kinds = frozenset(
            str(c.kind)
            for c in certificates
            if c.staff_id == staff_id and certificate_valid_on(c.valid_from, c.valid_until, today)
        )
        loads.append(TechnicianLoad(staff_id, busy.get(staff_id, now), blocks, shift.work.end, kinds))

    def job(v: Visit) -> Waiting:
        service = service_of(v)
        return Waiting(
            v.id or 0,
            _duration(service),
            v.requested_staff_id,
            v.scheduled_start if v.appointment_id is not None else None,
            None if service is None or service.certificate_kind is None else str(service.certificate_kind),
            bool(service is not None and devices_out.get(service.id or 0)),
        )

    queue = [job(v) for v in waiting_visits]
    estimates: dict[int, Estimate] = {e.visit_id: e for e in estimate_waits(now, loads, queue)}
    free = next_free(now, loads, DEFAULT_DURATION)

    rows = []
    for v in waiting_visits:
        customer = customers.get(v.customer_id) if v.customer_id is not None else None
        service = service_of(v)
        estimate = estimates.get(v.id or 0)
        rows.append(
            QueueRow(
                visit_id=v.id or 0,
                customer_id=v.customer_id,
                name=_name(customer, v.walk_in_name),
                phone=shown_phone(actor, customer.mobile_e164 if customer else v.walk_in_phone),
                walk_in=v.appointment_id is None,
                scheduled_start=v.scheduled_start,
                arrived_at=v.arrived_at,
                wait_start=v.wait_start,
                service_id=v.service_id,
                service_name=service.name if service else "",
                duration_min=int(_duration(service).total_seconds() // 60),
                requested_staff_id=v.requested_staff_id,
                requested_staff=staff_name(v.requested_staff_id),
                warnings=_warnings(customer, tests.get(v.customer_id or 0, []), service, now, devices_out),
                estimated_start=estimate.start if estimate else None,
                estimated_staff=staff_name(estimate.staff_id) if estimate else "",
                estimated_staff_id=estimate.staff_id if estimate else None,
                why_none=estimate.why_none if estimate else NoSuggestion.NONE,
                recheck=rechecks.get(v.id, ""),
                note=v.note,
            )
        )
    in_service = []
    for v in serving:
        customer = customers.get(v.customer_id) if v.customer_id is not None else None
        service = service_of(v)
        assert v.service_started_at is not None
        in_service.append(
            InServiceRow(
                v.id or 0,
                v.customer_id,
                _name(customer, v.walk_in_name),
                v.staff_id,
                staff_name(v.staff_id),
                service.name if service else "",
                v.service_started_at,
                v.service_started_at + _duration(service),
                _warnings(customer, tests.get(v.customer_id or 0, []), service, now, devices_out),
            )
        )
    arrival_rows = []
    for a in arrivals:
        customer = customers.get(a.customer_id) if a.customer_id is not None else None
        service = service_of(a)
        arrival_rows.append(
            ArrivalRow(
                a.id or 0,
                a.customer_id,
                _name(customer, a.guest_name),
                shown_phone(actor, customer.mobile_e164 if customer else a.guest_phone),
                a.start,
                AppointmentStatus(a.status),
                service.name if service else "",
                staff_name(a.staff_id),
                _warnings(customer, tests.get(a.customer_id or 0, []), service, now, devices_out),
                arrival_state(a.start, now, judge.timing, judge.closes_at),
            )
        )
    order = check_in_order([r.start for r in arrival_rows], now, judge.timing, judge.closes_at)
    arrival_rows = [arrival_rows[i] for i in order]
    check_in_row = nearest_to_check_in([r.start for r in arrival_rows], now, judge.timing, judge.closes_at)
    finished = []
    for v in sorted(today_visits, key=lambda x: x.service_ended_at or now, reverse=True):
        if v.state != VisitState.DONE or v.service_ended_at is None:
            continue
        customer = customers.get(v.customer_id) if v.customer_id is not None else None
        service = service_of(v)
        finished.append(
            FinishedRow(
                v.id or 0,
                v.customer_id,
                _name(customer, v.walk_in_name),
                staff_name(v.staff_id),
                service.name if service else "",
                v.service_ended_at,
                v.id in rated,
            )
        )
    over_before = []
    for v in sorted(today_visits, key=lambda x: x.wait_start):
        if v.state == VisitState.WAITING:
            continue
        end = v.service_started_at if v.service_started_at is not None else v.left_at
        if end is not None and (waited := wait_of(v.wait_start, end)) > WAIT_LIMIT:
            customer = customers.get(v.customer_id) if v.customer_id is not None else None
            over_before.append(
                OverLimitWait(_name(customer, v.walk_in_name), v.wait_start, waited, VisitState(v.state))
            )
    technicians = [
        TechnicianRow(
            load.staff_id, staff_name(load.staff_id), busy.get(load.staff_id), load.certificate_kinds or frozenset()
        )
        for load in loads
    ]
    return QueueSnapshot(
        read_at=now,
        waiting=tuple(rows),
        in_service=tuple(in_service),
        arrivals=tuple(arrival_rows),
        finished=tuple(finished),
        technicians=tuple(technicians),
        over_limit_past=tuple(over_before),
        next_free_staff=staff_name(free[0]) if free else "",
        next_free_at=free[1] if free else None,
        check_in_row=check_in_row,
    )


@dataclass(frozen=True)
class ServiceChoice:
    """A bookable service for the walk-in and start-service pickers."""

    id: int
    name: str
    name_zh: str
    duration_min: int
    certificate_kind: str | None


def service_choices(uow: UnitOfWork) -> list[ServiceChoice]:
    """Services not retired, by name."""
    with uow:
        query = select(Service).where(col(Service.retired_at).is_(None)).order_by(col(Service.name))
        return [
            ServiceChoice(
                s.id or 0,
                s.name,
                s.name_zh,
                s.duration_min,
                None if s.certificate_kind is None else str(s.certificate_kind),
            )
            for s in uow.session.exec(query)
        ]
