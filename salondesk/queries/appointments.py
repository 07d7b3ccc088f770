"""Read side of the appointment book: the day view, a technician's week, lists, confirmation calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import Appointment, AppointmentCall, AppointmentStatus, CallOutcome
from salondesk.domain.calendar import day_period, days_period
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.contact import shown_phone
from salondesk.domain.customers import Customer, PatchResult, PatchTest
from salondesk.domain.permissions import Actor
from salondesk.domain.reception import may_serve
from salondesk.domain.schedule import Shift
from salondesk.domain.staff import Certificate, Staff, certificate_valid_on
from salondesk.domain.visits import Visit
from salondesk.queries.reception import DeviceOut, devices_out_by_service
from salondesk.queries.schedule import shifts_on


@dataclass(frozen=True)
class AppointmentRow:
    """One appointment as the book shows it."""

    id: int
    staff_id: int
    staff_name: str
    customer_id: int | None
    customer_name: str
    phone: str  # domain.contact.shown_phone: masked ("138****8000") unless the viewer may see it
    service_id: int
    service_name: str
    service_name_zh: str
    category: ServiceCategory
    start: datetime
    end: datetime
    technician_until: datetime
    station_until: datetime
    station_id: int | None
    status: AppointmentStatus
    notes: str
    warning: bool  # allergy / skin condition / contraindication / failed patch test on file
    series_id: int | None
    override_reason: str | None
    devices_out: tuple[DeviceOut, ...] = ()  # equipment the service needs that is out of service now


@dataclass(frozen=True)
class TechnicianColumn:
    """One column of the day view: who, and their shift (None: off that day but has bookings)."""

    staff_id: int
    name: str
    shift: Shift | None


@dataclass(frozen=True)
class DayBook:
    """Everything the day view draws."""

    day: date
    columns: list[TechnicianColumn]
    appointments: list[AppointmentRow]
    opens: datetime | None
    closes: datetime | None


@dataclass(frozen=True)
class CallRow:
    """One line of the confirmation call list."""

    appointment: AppointmentRow
    last_outcome: CallOutcome | None
    last_call_at: datetime | None
    calls: int


_ROW_COLUMNS = (
    "id", "staff_id", "customer_id", "guest_name", "guest_phone", "service_id", "start", "end",
    "technician_until", "station_until", "station_id", "status", "notes", "series_id", "override_reason",
)  # fmt: skip


def _rows(uow: UnitOfWork, where: list[sa.ColumnElement[bool]], viewer: Actor | None) -> list[AppointmentRow]:
    """Plain column rows (no ORM identity map: the day view reloads often and only reads)."""
    table = Appointment.__table__  # type: ignore[attr-defined]
    query = (
        sa.select(
            *(table.c[name] for name in _ROW_COLUMNS),
            col(Staff.name),
            col(Service.name),
            col(Service.name_zh),
            col(Service.category),
            col(Customer.name),
            col(Customer.mobile_e164),
            col(Customer.allergies),
            col(Customer.skin_conditions),
            col(Customer.contraindications),
        )
        .join(Staff, col(Staff.id) == col(Appointment.staff_id))
        .join(Service, col(Service.id) == col(Appointment.service_id))
        .join(Customer, col(Customer.id) == col(Appointment.customer_id), isouter=True)
        .where(*where)
        .order_by(col(Appointment.start), col(Appointment.id))
    )
    raw = [tuple(r) for r in uow.session.execute(query)]
    width = len(_ROW_COLUMNS)
    customer_ids = {r[2] for r in raw if r[2] is not None}
    failed: set[int] = set()
    if customer_ids:
        latest: dict[int, tuple[datetime, str]] = {}
        tests = select(PatchTest.customer_id, PatchTest.tested_at, PatchTest.result).where(
            col(PatchTest.customer_id).in_(customer_ids)
        )
        for cid, tested_at, result in uow.session.exec(tests):
            if cid not in latest or tested_at > latest[cid][0]:
                latest[cid] = (tested_at, str(result))
        failed = {cid for cid, (_, result) in latest.items() if result == PatchResult.FAILED}
    devices_out = devices_out_by_service(uow.session)
    rows = []
    for r in raw:
        a = dict(zip(_ROW_COLUMNS, r[:width], strict=True))
        staff_name, svc, svc_zh, category, cname, mobile, allergies, skin, contra = r[width:]
        phone = mobile if a["customer_id"] is not None else a["guest_phone"]
        rows.append(
            AppointmentRow(
                id=a["id"],
                staff_id=a["staff_id"],
                staff_name=staff_name,
                customer_id=a["customer_id"],
                customer_name=cname if cname is not None else a["guest_name"],
                phone=shown_phone(viewer, phone),
                service_id=a["service_id"],
                service_name=svc,
                service_name_zh=svc_zh,
                category=ServiceCategory(category),
                start=a["start"],
                end=a["end"],
                technician_until=a["technician_until"],
                station_until=a["station_until"],
                station_id=a["station_id"],
                status=AppointmentStatus(a["status"]),
                notes=a["notes"],
                warning=bool(allergies or skin or contra) or a["customer_id"] in failed,
                series_id=a["series_id"],
                override_reason=a["override_reason"],
                devices_out=devices_out.get(a["service_id"], ()),
            )
        )
    return rows


def appointments_between(
    uow: UnitOfWork,
    start: datetime,
    end: datetime,
    *,
    staff_id: int | None = None,
    customer_id: int | None = None,
    viewer: Actor | None,
    include_cancelled: bool = True,
) -> list[AppointmentRow]:
    """Appointments starting in ``[start, end)`` (inside the caller's unit of work)."""
    where = [col(Appointment.start) >= start, col(Appointment.start) < end]
    if staff_id is not None:
        where.append(col(Appointment.staff_id) == staff_id)
    if customer_id is not None:
        where.append(col(Appointment.customer_id) == customer_id)
    if not include_cancelled:
        where.append(col(Appointment.status) != AppointmentStatus.CANCELLED.value)
    return _rows(uow, where, viewer)


def day_book(
    uow: UnitOfWork,
    day: date,
    tz: ZoneInfo,
    opening_hours: dict[str, list[str] | None] | None = None,
    *,
    viewer: Actor | None,
) -> DayBook:
    """The day view: a column per technician on duty (plus anyone off who still has bookings)."""
    from salondesk.domain.schedule import opening_span
    from salondesk.domain.settings import WEEKDAYS

    period = day_period(day, tz)
    with uow:
        rows = appointments_between(uow, period.start, period.end, viewer=viewer)
        shifts = shifts_on(uow, day, tz)
        booked_ids = {r.staff_id for r in rows if r.status != AppointmentStatus.CANCELLED}
        ids = set(shifts) | booked_ids
        names: dict[int | None, str] = {}
        if ids:
            query = select(Staff.id, Staff.name).where(col(Staff.id).in_(ids))
            names = {row[0]: row[1] for row in uow.session.exec(query)}
    columns = sorted(
        (TechnicianColumn(sid, str(names.get(sid, "?")), shifts.get(sid)) for sid in ids),
        key=lambda c: (c.shift is None, c.name),
    )
    span = opening_span(opening_hours, WEEKDAYS[day.weekday()], day, tz) if opening_hours else None
    return DayBook(day, columns, rows, span.start if span else None, span.end if span else None)


def week_book(
    uow: UnitOfWork, staff_id: int, first_day: date, tz: ZoneInfo, *, viewer: Actor | None
) -> tuple[dict[date, Shift | None], list[AppointmentRow]]:
    """One technician's seven days from ``first_day``: shifts and appointments."""
    period = days_period(first_day, first_day + timedelta(days=6), tz)
    with uow:
        rows = appointments_between(uow, period.start, period.end, staff_id=staff_id, viewer=viewer)
        shifts = {day: shifts_on(uow, day, tz, [staff_id]).get(staff_id) for day in period.days()}
    return shifts, rows


def list_rows(
    uow: UnitOfWork, first: date, last: date, tz: ZoneInfo, *, staff_id: int | None = None, viewer: Actor | None
) -> list[AppointmentRow]:
    """The compact list view over local days ``first`` … ``last``."""
    period = days_period(first, last, tz)
    with uow:
        return appointments_between(uow, period.start, period.end, staff_id=staff_id, viewer=viewer)


def confirmation_calls(uow: UnitOfWork, day: date, tz: ZoneInfo, *, viewer: Actor | None) -> list[CallRow]:
    """The day's booked/confirmed appointments with phone numbers and the latest call outcome."""
    period = day_period(day, tz)
    with uow:
        rows = [
            r
            for r in appointments_between(uow, period.start, period.end, viewer=viewer)
            if r.status in (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)
        ]
        ids = [r.id for r in rows]
        calls: dict[int, list[AppointmentCall]] = {}
        if ids:
            query = (
                select(AppointmentCall)
                .where(col(AppointmentCall.appointment_id).in_(ids))
                .order_by(col(AppointmentCall.at), col(AppointmentCall.id))
            )
            for call in uow.session.exec(query):
                calls.setdefault(call.appointment_id, []).append(call)
    result = []
    for row in rows:
        mine = calls.get(row.id, [])
        last = mine[-1] if mine else None
        result.append(CallRow(row, CallOutcome(last.outcome) if last else None, last.at if last else None, len(mine)))
    return result


def active_services(uow: UnitOfWork, include_retired: bool = False) -> list[Service]:
    """The catalogue, by category then name (detached rows)."""
    with uow:
        query = select(Service).order_by(col(Service.category), col(Service.name))
        if not include_retired:
            query = query.where(col(Service.retired_at).is_(None))
        services = list(uow.session.exec(query))
        uow.session.expunge_all()
    order = list(ServiceCategory)
    return sorted(services, key=lambda s: (order.index(ServiceCategory(s.category)), s.name))


def stations(uow: UnitOfWork) -> list[tuple[int, str, str]]:
    """Active stations (id, name, kind) for the booking dialog."""
    from salondesk.domain.hygiene import Station

    with uow:
        query = select(Station).where(Station.active == True).order_by(col(Station.name))  # noqa: E712
        return [(s.id, s.name, str(s.kind)) for s in uow.session.exec(query) if s.id is not None]


def last_service_id(uow: UnitOfWork, customer_id: int) -> int | None:
    """The service of the customer's latest visit with one (else of their latest kept booking)."""
    with uow:
        visit = uow.session.exec(
            select(Visit.service_id)
            .where(Visit.customer_id == customer_id, col(Visit.service_id).is_not(None))
            .order_by(col(Visit.arrived_at).desc(), col(Visit.id).desc())
        ).first()
        if visit is not None:
            return visit
        booked = uow.session.exec(
            select(Appointment.service_id)
            .where(
                Appointment.customer_id == customer_id,
                col(Appointment.status).not_in([AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW]),
            )
            .order_by(col(Appointment.start).desc(), col(Appointment.id).desc())
        ).first()
        return booked


def services_staff_may_do(uow: UnitOfWork, staff_id: int, day: date) -> frozenset[int]:
    """The services (not retired) ``staff_id`` may do on ``day``: the domain's ``may_serve`` for each."""
    with uow:
        kinds = frozenset(
            str(c.kind)
            for c in uow.session.exec(select(Certificate).where(Certificate.staff_id == staff_id))
            if certificate_valid_on(c.valid_from, c.valid_until, day)
        )
        out = devices_out_by_service(uow.session)
        services = uow.session.exec(select(Service).where(col(Service.retired_at).is_(None))).all()
        return frozenset(
            s.id
            for s in services
            if s.id is not None
            and may_serve(kinds, None if s.certificate_kind is None else str(s.certificate_kind), s.id in out)
        )
