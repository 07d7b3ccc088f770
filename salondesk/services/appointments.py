"""The appointment book's use cases: book (once or recurring), move/resize/edit, status changes, calls.

Rules checked on every booking and every move, inside the same locked transaction
that saves (``new_uow(write_lock=True)``; see ``salondesk.db.locks``):

============== ============================================ =========================
code           rule                                         override
============== ============================================ =========================
technician_busy the technician has no other appointment      reason + OVERRIDE_BOOKING_RULES
station_busy    the station is not booked by another one     reason + OVERRIDE_BOOKING_RULES
equipment_busy  no needed equipment is booked by another one reason + OVERRIDE_BOOKING_RULES
patch_test      colour services need a valid patch test      reason + OVERRIDE_BOOKING_RULES
outside_hours   inside the technician's hours, off breaks    reason (any booker)
salon_closed    inside the salon's opening hours/open days   reason (any booker)
no_certificate  the technician holds a certificate of the    never (S1: every treatment by
                service's kind valid on that day             a certified technician)
equipment_out   no needed equipment is out of service        never (records.md)
retired_service the service is not retired                   never
in_past         starts in the future, or at most the check-in reason + OVERRIDE_BOOKING_RULES
                grace time ago (a back-dated booking)        (the owner), audited
============== ============================================ =========================

Why the split: a booker may agree an early/late slot with a technician (a reason is
enough), but double-booking a person or a machine, or colouring without a patch
test, is a decision for the owner. Every override is written to the audit trail
(action ``override``, field = rule code, new value = the reason) and the reason is
kept on the appointment.

The technician is busy during ``[start, technician_until)``, the station during
``[start, station_until)`` (the service's buffer decides which is longer); needed
equipment is held as long as the station. Hours are checked for the work itself,
``[start, end)``.

For the reception queue: :func:`apply_status` moves an appointment through
``salondesk.domain.appointments.TRANSITIONS`` inside the caller's unit of work and
stamps ``arrived_at`` / ``started_at`` / ``finished_at`` / ``closed_at``, so a check-in
can create its visit and move the appointment in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from salondesk.db.locks import lock_for_booking
from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import (
    EDITABLE,
    INPUT_MESSAGES,
    OCCUPYING,
    RULE_MESSAGES,
    STATUS_LABELS,
    Appointment,
    AppointmentCall,
    AppointmentSeries,
    AppointmentStatus,
    CallOutcome,
    can_move,
    starts_in_the_past,
)
from salondesk.domain.calendar import local_date
from salondesk.domain.catalogue import Occupancy, Service, ServiceEquipment, occupancy
from salondesk.domain.clock import Clock, ensure_utc
from salondesk.domain.customers import PatchTest, patch_test_status
from salondesk.domain.equipment import Equipment, EquipmentStatus
from salondesk.domain.errors import Conflict, NotFound, ValidationError
from salondesk.domain.hygiene import Station
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.reception import check_in_timing, may_serve, valid_phone
from salondesk.domain.schedule import opening_span
from salondesk.domain.settings import WEEKDAYS, SalonSettings
from salondesk.domain.staff import Certificate, CertificateKind, Staff, certificate_valid_on
from salondesk.queries.access import require
from salondesk.queries.schedule import shifts_on
from salondesk.services import audit
from salondesk.services.settings import load_settings, salon_timezone

MAX_LENGTH = timedelta(hours=12)
BOOKER_OVERRIDABLE = frozenset({"outside_hours", "salon_closed"})
OWNER_OVERRIDABLE = frozenset({"technician_busy", "station_busy", "equipment_busy", "patch_test", "in_past"})
STATUS_PERMISSION = {
    AppointmentStatus.BOOKED: Permission.BOOK,
    AppointmentStatus.CONFIRMED: Permission.BOOK,
    AppointmentStatus.CANCELLED: Permission.BOOK,
    AppointmentStatus.NO_SHOW: Permission.BOOK,
    AppointmentStatus.ARRIVED: Permission.RUN_QUEUE,
    AppointmentStatus.IN_SERVICE: Permission.RUN_QUEUE,
    AppointmentStatus.DONE: Permission.RUN_QUEUE,
    AppointmentStatus.LEFT: Permission.RUN_QUEUE,
}


# ------------------------------------------------------------------ inputs and errors
@dataclass(frozen=True)
class BookingRequest:
    """One appointment to book. ``end`` defaults to start + the service's duration."""

    staff_id: int
    service_id: int
    start: datetime
    customer_id: int | None = None
    guest_name: str = ""
    guest_phone: str = ""
    end: datetime | None = None
    station_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class Repeat:
    """Recurrence: every ``every_weeks`` weeks, ``count`` times in all or until ``until`` (inclusive)."""

    every_weeks: int = 1
    count: int | None = None
    until: date | None = None


@dataclass(frozen=True)
class Breach:
    """One broken rule (message is an ``Errors`` template; params fill it in)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The untranslated template."""
        return RULE_MESSAGES[self.code]

    @property
    def overridable(self) -> bool:
        """True when a reason (and perhaps the owner's permission) lets it through."""
        return self.code in BOOKER_OVERRIDABLE | OWNER_OVERRIDABLE

    @property
    def needs_owner(self) -> bool:
        """True when overriding needs ``Permission.OVERRIDE_BOOKING_RULES``."""
        return self.code in OWNER_OVERRIDABLE


class BookingRulesBroken(Conflict):
    """The booking breaks one or more rules; nothing was saved.

    ``breaches`` lists them all (the message is the first). ``overridable`` is True
    when every one can be overridden by this actor with a written reason.
    """

    def __init__(self, breaches: list[Breach], overridable: bool) -> None:
        self.breaches = breaches
        self.overridable = overridable
        first = breaches[0]
        super().__init__(first.message, **first.params)


# ------------------------------------------------------------------ patch tests
def _patch_test_valid(uow: UnitOfWork, customer_id: int, at: datetime) -> bool:
    """True when the customer's patch tests allow a colour service starting at ``at``.

    The rule itself (passed, at least 48 h and at most 6 months old) is the customer
    files' ``patch_test_status``; a guest without a file has no patch test.
    """
    tests = list(uow.session.exec(select(PatchTest).where(PatchTest.customer_id == customer_id)))
    return patch_test_status(tests, at).ok


# ------------------------------------------------------------------ the rules
@dataclass(frozen=True)
class _Planned:
    staff_id: int
    service: Service
    station_id: int | None
    customer_id: int | None
    occ: Occupancy


def _local_instant(instant: datetime, tz: ZoneInfo) -> datetime:
    """The instant in the salon's zone: a message shows its day and time in the UI language's format."""
    return ensure_utc(instant).astimezone(tz)


def _overlapping(uow: UnitOfWork, start: datetime, until_col: Any, until: datetime, exclude: set[int]) -> Any:
    query = select(Appointment).where(
        col(Appointment.status).in_([s.value for s in OCCUPYING]),
        col(Appointment.start) < until,
        until_col > start,
    )
    if exclude:
        query = query.where(col(Appointment.id).not_in(exclude))
    return query


def check_rules(
    uow: UnitOfWork,
    plan: _Planned,
    tz: ZoneInfo,
    opening: dict[str, list[str] | None],
    closed: list[str],
    exclude: set[int],
) -> list[Breach]:
    """Every rule broken by ``plan`` (inside the caller's locked transaction)."""
    breaches: list[Breach] = []
    occ = plan.occ
    day = local_date(occ.start, tz)
    staff = uow.session.get(Staff, plan.staff_id)
    tech_name = staff.name if staff else "?"
    at = _local_instant(occ.start, tz)

    if plan.service.retired_at is not None:
        breaches.append(Breach("retired_service"))

    # certificate of the service's kind (any kind when it names none), valid that day
    certs = uow.session.exec(select(Certificate).where(Certificate.staff_id == plan.staff_id)).all()
    wanted = plan.service.certificate_kind
    kinds = frozenset(
        str(CertificateKind(c.kind)) for c in certs if certificate_valid_on(c.valid_from, c.valid_until, day)
    )
    if not may_serve(kinds, None if wanted is None else str(CertificateKind(wanted))):
        breaches.append(Breach("no_certificate", {"technician": tech_name, "day": day}))

    # equipment status
    needed = list(
        uow.session.exec(select(ServiceEquipment.equipment_id).where(ServiceEquipment.service_id == plan.service.id))
    )
    if needed:
        devices = uow.session.exec(
            select(Equipment).where(col(Equipment.id).in_(needed)).order_by(col(Equipment.name))
        ).all()
        out = [d for d in devices if EquipmentStatus(d.status) != EquipmentStatus.IN_SERVICE]
        if out:
            since = min(ensure_utc(d.status_since) for d in out)
            names = ", ".join(d.name for d in out)
            breaches.append(Breach("equipment_out", {"device": names, "since": local_date(since, tz)}))

    # salon hours and the technician's shift
    span = opening_span(opening, WEEKDAYS[day.weekday()], day, tz)
    if day.isoformat() in closed or span is None or not span.covers(occ.start, occ.end):
        breaches.append(Breach("salon_closed", {"time": at}))
    shift = shifts_on(uow, day, tz, [plan.staff_id]).get(plan.staff_id)
    if shift is None or not shift.allows(occ.start, occ.end):
        breaches.append(Breach("outside_hours", {"technician": tech_name, "time": at}))

    # double booking: technician, station, equipment
    clash = uow.session.exec(
        _overlapping(uow, occ.start, col(Appointment.technician_until), occ.technician_until, exclude).where(
            Appointment.staff_id == plan.staff_id
        )
    ).first()
    if clash is not None:
        breaches.append(Breach("technician_busy", {"technician": tech_name, "time": _local_instant(clash.start, tz)}))
    if plan.station_id is not None:
        clash = uow.session.exec(
            _overlapping(uow, occ.start, col(Appointment.station_until), occ.station_until, exclude).where(
                Appointment.station_id == plan.station_id
            )
        ).first()
        if clash is not None:
            breaches.append(Breach("station_busy", {"time": _local_instant(clash.start, tz)}))
    if needed:
        query = (
            _overlapping(uow, occ.start, col(Appointment.station_until), occ.station_until, exclude)
            .join(ServiceEquipment, col(ServiceEquipment.service_id) == col(Appointment.service_id))
            .where(col(ServiceEquipment.equipment_id).in_(needed))
        )
        clash = uow.session.exec(query).first()
        if clash is not None:
            breaches.append(Breach("equipment_busy", {"time": _local_instant(clash.start, tz)}))

    # patch test for colour services
    if plan.service.needs_patch_test and (
        plan.customer_id is None or not _patch_test_valid(uow, plan.customer_id, occ.start)
    ):
        breaches.append(Breach("patch_test"))
    return breaches


def _past_breach(start: datetime, clock: Clock, settings: SalonSettings, tz: ZoneInfo) -> list[Breach]:
    """``in_past`` when ``start`` is back-dated (the rule is the domain's ``starts_in_the_past``)."""
    if starts_in_the_past(start, clock.now(), check_in_timing(settings).grace):
        return [Breach("in_past", {"time": _local_instant(start, tz)})]
    return []


def _resolve(
    uow: UnitOfWork, actor: Actor, clock: Clock, breaches: list[Breach], reason: str | None, entity_id: object
) -> str | None:
    """Raise unless every breach is overridden; audit the overrides; return the reason kept."""
    if not breaches:
        return None
    reason = (reason or "").strip()
    allowed = all(
        b.overridable and (not b.needs_owner or actor.can(Permission.OVERRIDE_BOOKING_RULES)) for b in breaches
    )
    if not reason or not allowed:
        raise BookingRulesBroken(breaches, allowed)
    for breach in breaches:
        audit.record(uow, actor, clock, "override", "appointment", entity_id, breach.code, None, reason)
    return reason


# ------------------------------------------------------------------ booking
def _occurrences(start: datetime, repeat: Repeat | None, tz: ZoneInfo) -> list[datetime]:
    if repeat is None:
        return [start]
    if not 1 <= repeat.every_weeks <= 52 or (repeat.count is None) == (repeat.until is None):
        raise ValidationError(INPUT_MESSAGES["repeat"], field="repeat")
    if repeat.count is not None and not 2 <= repeat.count <= 52:
        raise ValidationError(INPUT_MESSAGES["repeat"], field="repeat")
    local = ensure_utc(start).astimezone(tz)
    starts: list[datetime] = []
    k = 0
    while len(starts) < 52:
        day = local.date() + timedelta(weeks=k * repeat.every_weeks)
        if repeat.until is not None and day > repeat.until:
            break
        if repeat.count is not None and len(starts) >= repeat.count:
            break
        naive = datetime.combine(day, local.time().replace(tzinfo=None))
        starts.append(naive.replace(tzinfo=tz).astimezone(UTC))
        k += 1
    if len(starts) < 2:
        raise ValidationError(INPUT_MESSAGES["repeat"], field="repeat")
    return starts


def _load_service(uow: UnitOfWork, service_id: int) -> Service:
    service = uow.session.get(Service, service_id)
    if service is None:
        raise NotFound()
    return service


def _check_station(uow: UnitOfWork, station_id: int | None) -> None:
    if station_id is not None and uow.session.get(Station, station_id) is None:
        raise ValidationError(INPUT_MESSAGES["unknown_station"], field="station_id")


def _validate_request(req: BookingRequest) -> None:
    if req.customer_id is None and not req.guest_name.strip():
        raise ValidationError(INPUT_MESSAGES["no_customer"], field="customer_id")
    if req.end is not None:
        if ensure_utc(req.end) <= ensure_utc(req.start):
            raise ValidationError(INPUT_MESSAGES["end_after_start"], field="end")
        if ensure_utc(req.end) - ensure_utc(req.start) > MAX_LENGTH:
            raise ValidationError(INPUT_MESSAGES["too_long"], field="end")


def book(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    req: BookingRequest,
    *,
    repeat: Repeat | None = None,
    override_reason: str | None = None,
) -> list[int]:
    """Book one appointment (or a recurring series, all or nothing); return the new ids.

    ``uow`` must be a write-locked unit of work (``new_uow(write_lock=True)``). Raises
    :class:`BookingRulesBroken` listing every broken rule when nothing could be saved.
    """
    require(uow, actor, Permission.BOOK)
    _validate_request(req)
    with uow:
        staff = uow.session.get(Staff, req.staff_id)
        if staff is None or not staff.active:
            raise ValidationError(INPUT_MESSAGES["not_technician"], field="staff_id")
        lock_for_booking(uow, [req.staff_id])
        settings = load_settings(uow)
        tz = salon_timezone(settings)
        guest_phone = "" if req.customer_id is not None else valid_phone(req.guest_phone, settings.phone_region)
        service = _load_service(uow, req.service_id)
        _check_station(uow, req.station_id)
        length = (ensure_utc(req.end) - ensure_utc(req.start)) if req.end else timedelta(minutes=service.duration_min)
        starts = _occurrences(ensure_utc(req.start), repeat, tz)
        all_breaches: list[Breach] = []
        plans = []
        for start in starts:
            occ = occupancy(start, start + length, service.buffer_min, service.buffer_holds)
            plan = _Planned(req.staff_id, service, req.station_id, req.customer_id, occ)
            found = check_rules(uow, plan, tz, settings.opening_hours, settings.closed_days, set())
            found += _past_breach(start, clock, settings, tz)
            for breach in found:
                params = dict(breach.params)
                params.setdefault("day", local_date(start, tz))
                all_breaches.append(replace(breach, params=params))
            plans.append(plan)
        # first make sure nothing is rejected, then save and audit
        reason = _resolve_check_only(actor, all_breaches, override_reason)
        series_id = None
        if repeat is not None:
            series = AppointmentSeries(
                every_weeks=repeat.every_weeks, count=len(starts), created_at=clock.now(), created_by=actor.staff_id
            )
            uow.session.add(series)
            uow.flush()
            series_id = series.id
        ids = []
        for plan in plans:
            appt = Appointment(
                customer_id=req.customer_id,
                guest_name=req.guest_name.strip(),
                guest_phone=guest_phone,
                staff_id=req.staff_id,
                service_id=req.service_id,
                station_id=req.station_id,
                start=plan.occ.start,
                end=plan.occ.end,
                technician_until=plan.occ.technician_until,
                station_until=plan.occ.station_until,
                status=AppointmentStatus.BOOKED,
                series_id=series_id,
                notes=req.notes.strip(),
                override_reason=reason,
                created_at=clock.now(),
                created_by=actor.staff_id,
            )
            uow.session.add(appt)
            uow.flush()
            assert appt.id is not None
            ids.append(appt.id)
            audit.record_created(uow, actor, clock, "appointment", appt.id, _snapshot(appt))
            mine = [b for b in all_breaches if b.params.get("day") == local_date(plan.occ.start, tz)]
            _resolve(uow, actor, clock, mine, reason, appt.id)
        uow.commit()
        return ids


def _resolve_check_only(actor: Actor, breaches: list[Breach], reason: str | None) -> str | None:
    if not breaches:
        return None
    reason = (reason or "").strip()
    allowed = all(
        b.overridable and (not b.needs_owner or actor.can(Permission.OVERRIDE_BOOKING_RULES)) for b in breaches
    )
    if not reason or not allowed:
        raise BookingRulesBroken(breaches, allowed)
    return reason


def _snapshot(appt: Appointment) -> dict[str, Any]:
    return {
        "customer_id": appt.customer_id,
        "guest_name": appt.guest_name,
        "staff_id": appt.staff_id,
        "service_id": appt.service_id,
        "station_id": appt.station_id,
        "start": appt.start,
        "end": appt.end,
        "status": appt.status,
        "notes": appt.notes,
        "series_id": appt.series_id,
    }


_UNSET: Any = object()


def reschedule(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    appointment_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    staff_id: int | None = None,
    service_id: int | None = None,
    station_id: int | None = _UNSET,
    notes: str | None = None,
    override_reason: str | None = None,
) -> None:
    """Move (drag), resize (drag the edge) or edit a booked/confirmed appointment; rules re-checked.

    Moving without ``end`` keeps the length; changing the service without ``end``
    takes the new service's duration. Needs a write-locked unit of work.
    """
    require(uow, actor, Permission.BOOK)
    with uow:
        appt = _get(uow, appointment_id)
        if AppointmentStatus(appt.status) not in EDITABLE:
            raise Conflict(INPUT_MESSAGES["not_editable"])
        new_staff = staff_id if staff_id is not None else appt.staff_id
        lock_for_booking(uow, [appt.staff_id, new_staff])
        settings = load_settings(uow)
        tz = salon_timezone(settings)
        service = _load_service(uow, service_id if service_id is not None else appt.service_id)
        new_station = appt.station_id if station_id is _UNSET else station_id
        _check_station(uow, new_station)
        new_start = ensure_utc(start) if start is not None else appt.start
        if end is not None:
            new_end = ensure_utc(end)
        elif service_id is not None and service_id != appt.service_id:
            new_end = new_start + timedelta(minutes=service.duration_min)
        else:
            new_end = new_start + (appt.end - appt.start)
        if new_end <= new_start:
            raise ValidationError(INPUT_MESSAGES["end_after_start"], field="end")
        if new_end - new_start > MAX_LENGTH:
            raise ValidationError(INPUT_MESSAGES["too_long"], field="end")
        occ = occupancy(new_start, new_end, service.buffer_min, service.buffer_holds)
        plan = _Planned(new_staff, service, new_station, appt.customer_id, occ)
        breaches = check_rules(uow, plan, tz, settings.opening_hours, settings.closed_days, {appointment_id})
        if new_start != ensure_utc(appt.start):
            breaches += _past_breach(new_start, clock, settings, tz)
        before = _snapshot(appt)
        reason = _resolve(uow, actor, clock, breaches, override_reason, appointment_id)
        appt.staff_id, appt.service_id, appt.station_id = new_staff, service.id or appt.service_id, new_station
        appt.start, appt.end = occ.start, occ.end
        appt.technician_until, appt.station_until = occ.technician_until, occ.station_until
        if notes is not None:
            appt.notes = notes.strip()
        if reason:
            appt.override_reason = reason
        uow.session.add(appt)
        audit.record_changes(uow, actor, clock, "appointment", appointment_id, before, _snapshot(appt))
        uow.commit()


# ------------------------------------------------------------------ statuses
def _get(uow: UnitOfWork, appointment_id: int) -> Appointment:
    appt = uow.session.get(Appointment, appointment_id)
    if appt is None:
        raise NotFound()
    return appt


def apply_status(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    appointment_id: int,
    new_status: AppointmentStatus,
    *,
    reason: str | None = None,
    at: datetime | None = None,
) -> Appointment:
    """Move an appointment to ``new_status`` inside the caller's open unit of work (no commit).

    Stamps the instant (``at``, default ``clock.now()``): arrived → ``arrived_at``,
    in service → ``started_at``, done → ``finished_at``; cancelled / no-show / left →
    ``closed_at``, ``closed_by`` and ``close_reason``. Cancelling needs a reason;
    no-show only once the appointment was due.
    """
    new_status = AppointmentStatus(new_status)
    require(uow, actor, STATUS_PERMISSION[new_status])
    appt = _get(uow, appointment_id)
    old = AppointmentStatus(appt.status)
    if not can_move(old, new_status):
        raise Conflict(INPUT_MESSAGES["transition"], old=STATUS_LABELS[old], new=STATUS_LABELS[new_status])
    when = ensure_utc(at) if at is not None else clock.now()
    reason = (reason or "").strip() or None
    if new_status == AppointmentStatus.CANCELLED and not reason:
        raise ValidationError(INPUT_MESSAGES["cancel_reason"], field="reason")
    if new_status == AppointmentStatus.NO_SHOW and when < appt.start:
        raise ValidationError(INPUT_MESSAGES["no_show_early"], field="status")
    appt.status = new_status
    if new_status == AppointmentStatus.CONFIRMED and appt.confirmed_at is None:
        appt.confirmed_at = when
    elif new_status == AppointmentStatus.ARRIVED:
        appt.arrived_at = when
        appt.closed_at = appt.closed_by = appt.close_reason = None  # a no-show who came after all
    elif new_status == AppointmentStatus.IN_SERVICE:
        appt.started_at = when
    elif new_status == AppointmentStatus.DONE:
        appt.finished_at = when
    elif new_status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.LEFT):
        appt.closed_at, appt.closed_by, appt.close_reason = when, actor.staff_id, reason
    uow.session.add(appt)
    audit.record(uow, actor, clock, "status", "appointment", appointment_id, "status", old, new_status)
    if reason:
        audit.record(uow, actor, clock, "status", "appointment", appointment_id, "close_reason", None, reason)
    return appt


def set_status(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    appointment_id: int,
    new_status: AppointmentStatus,
    *,
    reason: str | None = None,
    at: datetime | None = None,
) -> None:
    """:func:`apply_status` in its own unit of work, committed."""
    with uow:
        apply_status(uow, actor, clock, appointment_id, new_status, reason=reason, at=at)
        uow.commit()


def cancel(uow: UnitOfWork, actor: Actor, clock: Clock, appointment_id: int, reason: str) -> None:
    """Cancel with a reason; the appointment is kept (status cancelled, who and why)."""
    set_status(uow, actor, clock, appointment_id, AppointmentStatus.CANCELLED, reason=reason)


def cancel_series(uow: UnitOfWork, actor: Actor, clock: Clock, appointment_id: int, reason: str) -> int:
    """Cancel this and every later booked/confirmed appointment of its series; return how many."""
    require(uow, actor, Permission.BOOK)
    with uow:
        appt = _get(uow, appointment_id)
        if appt.series_id is None:
            apply_status(uow, actor, clock, appointment_id, AppointmentStatus.CANCELLED, reason=reason)
            uow.commit()
            return 1
        later = uow.session.exec(
            select(Appointment).where(
                Appointment.series_id == appt.series_id,
                col(Appointment.start) >= appt.start,
                col(Appointment.status).in_([s.value for s in EDITABLE]),
            )
        ).all()
        for other in later:
            assert other.id is not None
            apply_status(uow, actor, clock, other.id, AppointmentStatus.CANCELLED, reason=reason)
        uow.commit()
        return len(later)


def mark_no_show(uow: UnitOfWork, actor: Actor, clock: Clock, appointment_id: int) -> None:
    """The customer did not come (only once the appointment was due)."""
    set_status(uow, actor, clock, appointment_id, AppointmentStatus.NO_SHOW)


def record_call(
    uow: UnitOfWork, actor: Actor, clock: Clock, appointment_id: int, outcome: CallOutcome, note: str = ""
) -> int:
    """Log a confirmation call; "confirmed" also confirms a booked appointment."""
    require(uow, actor, Permission.BOOK)
    outcome = CallOutcome(outcome)
    with uow:
        appt = _get(uow, appointment_id)
        call = AppointmentCall(
            appointment_id=appointment_id, at=clock.now(), by=actor.staff_id, outcome=outcome, note=note.strip()
        )
        uow.session.add(call)
        uow.flush()
        audit.record(uow, actor, clock, "call", "appointment", appointment_id, "call", None, outcome)
        if outcome == CallOutcome.CONFIRMED and AppointmentStatus(appt.status) == AppointmentStatus.BOOKED:
            apply_status(uow, actor, clock, appointment_id, AppointmentStatus.CONFIRMED)
        uow.commit()
        assert call.id is not None
        return call.id
