"""The reception queue's use cases: check in, walk-in, start, finish, left without service.

Who writes the appointment's status: the appointments area owns the state machine
(``salondesk.domain.appointments.TRANSITIONS``) and its ``apply_status``. The queue
moves a booked customer's appointment through it *inside the queue's own unit of
work* (arrived → in service → done, or left) by calling the book's
``salondesk.services.appointments.apply_status`` (no commit of its own), so the
visit and the appointment change together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.calendar import local_date
from salondesk.domain.catalogue import Service
from salondesk.domain.clock import Clock
from salondesk.domain.customers import Customer
from salondesk.domain.errors import Conflict, NotFound, ValidationError
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.reception import (
    MSG_ALREADY_CHECKED_IN,
    MSG_APPOINTMENT_CLOSED,
    MSG_NAME_TOO_LONG,
    MSG_NO_APPOINTMENT,
    MSG_NO_CUSTOMER,
    MSG_NO_TECHNICIAN,
    MSG_NO_VISIT,
    MSG_NOT_IN_SERVICE,
    MSG_NOT_WAITING,
    MSG_TECHNICIAN_BUSY,
    MSG_TECHNICIAN_INACTIVE,
    MSG_UNCERTIFIED,
    MSG_UNKNOWN_SERVICE,
    MSG_WORK_DONE,
    leave_at_closing,
    may_serve,
    salon_open_at,
    valid_phone,
    wait_start,
    walk_in_refusal,
)
from salondesk.domain.staff import Certificate, Staff, certificate_valid_on
from salondesk.domain.visits import LeftReason, ServiceRecord, Visit, VisitState
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import appointments as book
from salondesk.services import audit
from salondesk.services.customers import refresh_last_visit
from salondesk.services.settings import load_settings, salon_timezone

CHECK_IN_FROM = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.NO_SHOW})


@dataclass(frozen=True)
class WalkIn:
    """A walk-in: an existing customer, or just a name and phone."""

    customer_id: int | None = None
    name: str = ""
    phone: str = ""
    service_id: int | None = None
    requested_staff_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class RecordInput:
    """What the technician writes when finishing (服务记录)."""

    work_done: str
    products: str = ""  # products used / colour formula
    notes: str = ""


# ------------------------------------------------------------------ shared helpers
def locked(uow: UnitOfWork, model: Any, key: int) -> Any:
    """``model`` row ``key``, locked for this transaction where the database locks rows (PostgreSQL).

    On SQLite the caller's unit of work takes the database write lock up front
    (``new_uow(write_lock=True)``, as the reception tab does), which serialises the
    check-then-write of check-in and start the same way.
    """
    if uow.lock_rows_supported:
        return uow.session.exec(select(model).where(model.id == key).with_for_update()).first()
    return uow.session.get(model, key)


def get_visit(uow: UnitOfWork, visit_id: int) -> Visit:
    """The visit (locked, see :func:`locked`) or NotFound."""
    visit: Visit | None = locked(uow, Visit, visit_id)
    if visit is None:
        raise NotFound(MSG_NO_VISIT, id=visit_id)
    return visit


def _snapshot(visit: Visit) -> dict[str, Any]:
    return {
        "customer_id": visit.customer_id,
        "walk_in_name": visit.walk_in_name,
        "walk_in_phone": visit.walk_in_phone,
        "appointment_id": visit.appointment_id,
        "arrived_at": visit.arrived_at,
        "wait_start": visit.wait_start,
        "service_id": visit.service_id,
        "requested_staff_id": visit.requested_staff_id,
        "staff_id": visit.staff_id,
        "service_started_at": visit.service_started_at,
        "service_ended_at": visit.service_ended_at,
        "state": visit.state,
        "left_at": visit.left_at,
        "left_reason": visit.left_reason,
        "uncertified_override": visit.uncertified_override,
        "note": visit.note,
    }


def move_appointment(
    uow: UnitOfWork, actor: Actor, clock: Clock, appointment_id: int | None, status: AppointmentStatus, at: datetime
) -> None:
    """Move a booked visit's appointment along with the visit, in the same transaction.

    Agreed with the appointments area: the book's ``apply_status`` owns the state
    machine, stamps ``arrived_at`` / ``started_at`` / ``finished_at`` / ``closed_at``
    and audits; the queue calls it inside its own unit of work and never writes
    ``Appointment.status`` itself.
    """
    if appointment_id is None:
        return
    appointment = uow.session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(MSG_NO_APPOINTMENT, id=appointment_id)
    if AppointmentStatus(appointment.status) == status:
        return
    book.apply_status(uow, actor, clock, appointment_id, status, at=at)


def technician_certified_on(uow: UnitOfWork, staff_id: int, service: Service | None, day: Any) -> bool:
    """The technician holds on ``day`` a valid certificate of the service's kind (any kind when none)."""
    query = select(Certificate).where(Certificate.staff_id == staff_id)
    kinds = frozenset(
        str(c.kind) for c in uow.session.exec(query) if certificate_valid_on(c.valid_from, c.valid_until, day)
    )
    return may_serve(
        kinds, None if service is None or service.certificate_kind is None else str(service.certificate_kind)
    )


def _service(uow: UnitOfWork, service_id: int | None) -> Service | None:
    if service_id is None:
        return None
    service = uow.session.get(Service, service_id)
    if service is None:
        raise ValidationError(MSG_UNKNOWN_SERVICE, field="service_id")
    return service


# ------------------------------------------------------------------ use cases
def check_in(uow: UnitOfWork, actor: Actor, clock: Clock, appointment_id: int) -> int:
    """A booked customer has arrived: one action records the arrival and puts them in the queue.

    Wait start (R1) = ``max(arrival, scheduled start)``: arriving early is not waiting.
    """
    require(uow, actor, Permission.RUN_QUEUE)
    with uow:
        appointment = locked(uow, Appointment, appointment_id)
        if appointment is None:
            raise NotFound(MSG_NO_APPOINTMENT, id=appointment_id)
        existing = uow.session.exec(
            select(Visit.id).where(Visit.appointment_id == appointment_id, Visit.state != VisitState.LEFT)
        ).first()
        if existing is not None or AppointmentStatus(appointment.status) in {
            AppointmentStatus.ARRIVED,
            AppointmentStatus.IN_SERVICE,
        }:
            raise Conflict(MSG_ALREADY_CHECKED_IN)
        if AppointmentStatus(appointment.status) not in CHECK_IN_FROM:
            raise Conflict(MSG_APPOINTMENT_CLOSED)
        now = clock.now()
        visit = Visit(
            customer_id=appointment.customer_id,
            walk_in_name=appointment.guest_name if appointment.customer_id is None else "",
            walk_in_phone=appointment.guest_phone if appointment.customer_id is None else "",
            appointment_id=appointment_id,
            scheduled_start=appointment.start,
            arrived_at=now,
            wait_start=wait_start(now, appointment.start),
            service_id=appointment.service_id,
            requested_staff_id=appointment.staff_id,
            created_by=actor.staff_id,
            created_at=now,
        )
        uow.session.add(visit)
        uow.flush()
        move_appointment(uow, actor, clock, appointment_id, AppointmentStatus.ARRIVED, now)
        audit.record_created(uow, actor, clock, "visit", visit.id, _snapshot(visit))
        uow.commit()
        assert visit.id is not None
        return visit.id


def add_walk_in(uow: UnitOfWork, actor: Actor, clock: Clock, data: WalkIn) -> int:
    """A customer without an appointment joins the queue (wait start = arrival)."""
    require(uow, actor, Permission.RUN_QUEUE)
    name = " ".join(data.name.split())
    phone = data.phone.strip()
    if data.customer_id is None and not name:
        raise ValidationError(MSG_NO_CUSTOMER, field="name")
    if len(name) > 120 or len(phone) > 40:
        raise ValidationError(MSG_NAME_TOO_LONG, field="name")
    with uow:
        settings = load_settings(uow)
        if data.customer_id is None:
            phone = valid_phone(phone, settings.phone_region)
        if data.customer_id is not None and uow.session.get(Customer, data.customer_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No customer with id {id}."), id=data.customer_id)
        service = _service(uow, data.service_id)
        if service is not None and service.retired_at is not None:
            raise ValidationError(MSG_UNKNOWN_SERVICE, field="service_id")
        now = clock.now()
        open_now = salon_open_at(settings.opening_hours, settings.closed_days, now, salon_timezone(settings))
        refusal = walk_in_refusal(open_now, data.note)
        if refusal is not None:
            raise ValidationError(refusal, field="note")
        visit = Visit(
            customer_id=data.customer_id,
            walk_in_name="" if data.customer_id is not None else name,
            walk_in_phone="" if data.customer_id is not None else phone,
            arrived_at=now,
            wait_start=wait_start(now, None),
            service_id=data.service_id,
            requested_staff_id=data.requested_staff_id,
            note=data.note.strip()[:300],
            created_by=actor.staff_id,
            created_at=now,
        )
        uow.session.add(visit)
        uow.flush()
        audit.record_created(uow, actor, clock, "visit", visit.id, _snapshot(visit))
        uow.commit()
        assert visit.id is not None
        return visit.id


def start_service(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    visit_id: int,
    staff_id: int | None,
    service_id: int | None = None,
    override_reason: str = "",
) -> None:
    """The technician starts: records the service start (R1's end of waiting).

    A technician without a certificate valid today for the service's kind (any kind
    when the service names none) is refused unless a reason is given; the reason is
    kept on the visit and the service counts against S1.
    """
    require(uow, actor, Permission.RUN_QUEUE)
    if staff_id is None:
        raise ValidationError(MSG_NO_TECHNICIAN, field="staff_id")
    with uow:
        visit = get_visit(uow, visit_id)
        if visit.state != VisitState.WAITING:
            raise Conflict(MSG_NOT_WAITING)
        staff = locked(uow, Staff, staff_id)  # one start per technician at a time
        if staff is None or not staff.active:
            raise ValidationError(MSG_TECHNICIAN_INACTIVE, field="staff_id")
        busy = uow.session.exec(
            select(Visit.id).where(Visit.staff_id == staff_id, Visit.state == VisitState.IN_SERVICE)
        ).first()
        if busy is not None:
            raise Conflict(MSG_TECHNICIAN_BUSY, name=staff.name)
        service = _service(uow, service_id if service_id is not None else visit.service_id)
        now = clock.now()
        settings = load_settings(uow)
        today = local_date(now, salon_timezone(settings))
        reason = override_reason.strip()
        if not technician_certified_on(uow, staff_id, service, today) and not reason:
            raise ValidationError(MSG_UNCERTIFIED, field="override_reason", name=staff.name)
        before = _snapshot(visit)
        visit.staff_id = staff_id
        visit.service_id = service.id if service is not None else visit.service_id
        visit.service_started_at = now
        visit.state = VisitState.IN_SERVICE
        if reason and not technician_certified_on(uow, staff_id, service, today):
            visit.uncertified_override = reason[:300]
        uow.session.add(visit)
        if visit.customer_id is not None:
            refresh_last_visit(uow, [visit.customer_id])
        move_appointment(uow, actor, clock, visit.appointment_id, AppointmentStatus.IN_SERVICE, now)
        audit.record_changes(uow, actor, clock, "visit", visit_id, before, _snapshot(visit))
        uow.commit()


def finish_service(uow: UnitOfWork, actor: Actor, clock: Clock, visit_id: int, record: RecordInput) -> int:
    """The service ends: records the end and writes the service record; returns the record's id."""
    require(uow, actor, Permission.RUN_QUEUE)
    work_done = record.work_done.strip()
    if not work_done:
        raise ValidationError(MSG_WORK_DONE, field="work_done")
    with uow:
        visit = get_visit(uow, visit_id)
        if visit.state != VisitState.IN_SERVICE:
            raise Conflict(MSG_NOT_IN_SERVICE)
        now = clock.now()
        before = _snapshot(visit)
        visit.service_ended_at = now
        visit.state = VisitState.DONE
        uow.session.add(visit)
        entry = ServiceRecord(
            visit_id=visit_id,
            customer_id=visit.customer_id,
            service_id=visit.service_id,
            staff_id=visit.staff_id,
            work_done=work_done,
            products=record.products.strip(),
            notes=record.notes.strip(),
            finished_at=now,
            created_by=actor.staff_id,
        )
        uow.session.add(entry)
        uow.flush()
        if visit.customer_id is not None:
            refresh_last_visit(uow, [visit.customer_id])
        move_appointment(uow, actor, clock, visit.appointment_id, AppointmentStatus.DONE, now)
        audit.record_changes(uow, actor, clock, "visit", visit_id, before, _snapshot(visit))
        audit.record_created(
            uow,
            actor,
            clock,
            "service_record",
            entry.id,
            {"visit_id": visit_id, "work_done": work_done, "products": entry.products, "notes": entry.notes},
        )
        uow.commit()
        assert entry.id is not None
        return entry.id


def mark_left(uow: UnitOfWork, actor: Actor, clock: Clock, visit_id: int, note: str = "") -> None:
    """A waiting customer left without service (R5): listed, not counted in R1."""
    require(uow, actor, Permission.RUN_QUEUE)
    with uow:
        visit = get_visit(uow, visit_id)
        if visit.state != VisitState.WAITING:
            raise Conflict(MSG_NOT_WAITING)
        _leave(uow, actor, clock, visit, clock.now(), LeftReason.CUSTOMER_LEFT, note)
        uow.commit()


def _leave(
    uow: UnitOfWork, actor: Actor, clock: Clock, visit: Visit, at: datetime, reason: LeftReason, note: str = ""
) -> None:
    before = _snapshot(visit)
    visit.state = VisitState.LEFT
    visit.left_at = at
    visit.left_reason = reason
    if note.strip():
        visit.note = (f"{visit.note} · {note.strip()}" if visit.note else note.strip())[:300]
    uow.session.add(visit)
    move_appointment(uow, actor, clock, visit.appointment_id, AppointmentStatus.LEFT, at)
    audit.record_changes(uow, actor, clock, "visit", visit.id, before, _snapshot(visit))


def close_after_hours(uow: UnitOfWork, actor: Actor, clock: Clock) -> int:
    """R5: everyone still waiting once their day's closing time has passed is recorded as left.

    Run by the queue on every refresh and at start-up, so a queue left open over
    night is closed with ``left_at`` = the closing time, not the moment noticed.
    Returns how many visits were closed.
    """
    require(uow, actor, Permission.RUN_QUEUE)
    with uow:
        settings = load_settings(uow)
        tz = salon_timezone(settings)
        now = clock.now()
        waiting = list(uow.session.exec(select(Visit).where(Visit.state == VisitState.WAITING).order_by(col(Visit.id))))
        closed = 0
        for visit in waiting:
            at = leave_at_closing(visit.wait_start, now, tz, settings.opening_hours)
            if at is None:
                continue
            _leave(uow, actor, clock, visit, at, LeftReason.CLOSING)
            closed += 1
        if closed:
            uow.commit()
        return closed
