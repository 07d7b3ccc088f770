"""Staff schedule use cases: weekly hours with a break, days off and leave (owner)."""

from __future__ import annotations

from datetime import date, time

from sqlmodel import select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import INPUT_MESSAGES
from salondesk.domain.clock import Clock
from salondesk.domain.errors import NotFound, ValidationError
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.schedule import AbsenceKind, StaffAbsence, WorkingHours
from salondesk.domain.staff import Staff
from salondesk.queries.access import require
from salondesk.services import audit


def _active_staff(uow: UnitOfWork, staff_id: int) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise ValidationError(INPUT_MESSAGES["not_technician"], field="staff_id")
    return staff


def set_working_hours(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    staff_id: int,
    weekday: int,
    start: time | None,
    end: time | None = None,
    break_start: time | None = None,
    break_end: time | None = None,
) -> None:
    """Set (or with ``start=None`` clear) someone's hours on a weekday (0 = Monday)."""
    require(uow, actor, Permission.MANAGE_SCHEDULE)
    if not 0 <= weekday <= 6:
        raise ValidationError(INPUT_MESSAGES["weekday"], field="weekday")
    if start is not None:
        if end is None or end <= start:
            raise ValidationError(INPUT_MESSAGES["hours_order"], field="end")
        if (break_start is None) != (break_end is None):
            raise ValidationError(INPUT_MESSAGES["break_inside"], field="break_start")
        if break_start is not None and break_end is not None and not start <= break_start < break_end <= end:
            raise ValidationError(INPUT_MESSAGES["break_inside"], field="break_start")
    with uow:
        _active_staff(uow, staff_id)
        row = uow.session.exec(
            select(WorkingHours).where(WorkingHours.staff_id == staff_id, WorkingHours.weekday == weekday)
        ).first()
        before = _hours_text(row)
        if start is None:
            if row is not None:
                uow.session.delete(row)  # a weekly pattern, not a record; the audit keeps the change
        else:
            assert end is not None
            if row is None:
                row = WorkingHours(staff_id=staff_id, weekday=weekday, start=start, end=end)
            row.start, row.end, row.break_start, row.break_end = start, end, break_start, break_end
            uow.session.add(row)
        audit.record(
            uow,
            actor,
            clock,
            "update",
            "working_hours",
            f"{staff_id}/{weekday}",
            "hours",
            before,
            _hours_text(row if start is not None else None),
        )
        uow.commit()


def _hours_text(row: WorkingHours | None) -> str | None:
    if row is None:
        return None
    text = f"{row.start:%H:%M}-{row.end:%H:%M}"
    if row.break_start is not None and row.break_end is not None:
        text += f" break {row.break_start:%H:%M}-{row.break_end:%H:%M}"
    return text


def add_absence(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    staff_id: int,
    first_day: date,
    last_day: date,
    kind: AbsenceKind = AbsenceKind.DAY_OFF,
    note: str = "",
) -> int:
    """Record days off or leave. Existing appointments are not moved (the day view flags them)."""
    require(uow, actor, Permission.MANAGE_SCHEDULE)
    if last_day < first_day:
        raise ValidationError(INPUT_MESSAGES["absence_order"], field="last_day")
    with uow:
        _active_staff(uow, staff_id)
        absence = StaffAbsence(
            staff_id=staff_id,
            first_day=first_day,
            last_day=last_day,
            kind=AbsenceKind(kind),
            note=note.strip(),
            created_at=clock.now(),
        )
        uow.session.add(absence)
        uow.flush()
        assert absence.id is not None
        audit.record_created(
            uow,
            actor,
            clock,
            "staff_absence",
            absence.id,
            {"staff_id": staff_id, "first_day": first_day, "last_day": last_day, "kind": kind},
        )
        uow.commit()
        return absence.id


def cancel_absence(uow: UnitOfWork, actor: Actor, clock: Clock, absence_id: int) -> None:
    """Cancel recorded leave (kept, marked cancelled)."""
    require(uow, actor, Permission.MANAGE_SCHEDULE)
    with uow:
        absence = uow.session.get(StaffAbsence, absence_id)
        if absence is None:
            raise NotFound()
        if absence.cancelled_at is None:
            absence.cancelled_at = clock.now()
            uow.session.add(absence)
            audit.record(
                uow, actor, clock, "cancel", "staff_absence", absence_id, "cancelled_at", None, absence.cancelled_at
            )
        uow.commit()
