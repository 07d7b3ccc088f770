"""Read side of the schedule: who works when on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.schedule import Shift, StaffAbsence, WorkingHours, shift_on
from salondesk.domain.staff import Staff


@dataclass(frozen=True)
class HoursRow:
    """One weekday of someone's weekly pattern."""

    staff_id: int
    staff_name: str
    weekday: int
    start: time
    end: time
    break_start: time | None
    break_end: time | None


@dataclass(frozen=True)
class AbsenceRow:
    """Recorded days off / leave."""

    id: int
    staff_id: int
    staff_name: str
    first_day: date
    last_day: date
    kind: str
    note: str
    cancelled: bool


def absent_staff(uow: UnitOfWork, first: date, last: date) -> dict[int, set[date]]:
    """Staff id → the days in ``[first, last]`` they are off (inside the caller's unit of work)."""
    query = select(StaffAbsence).where(
        col(StaffAbsence.first_day) <= last,
        col(StaffAbsence.last_day) >= first,
        col(StaffAbsence.cancelled_at).is_(None),
    )
    off: dict[int, set[date]] = {}
    for absence in uow.session.exec(query):
        day = max(first, absence.first_day)
        while day <= min(last, absence.last_day):
            off.setdefault(absence.staff_id, set()).add(day)
            day = date.fromordinal(day.toordinal() + 1)
    return off


def shifts_on(uow: UnitOfWork, day: date, tz: ZoneInfo, staff_ids: list[int] | None = None) -> dict[int, Shift]:
    """Staff id → shift on ``day`` for active staff who work that weekday and are not off.

    Runs inside the caller's unit of work (booking uses it inside its locked transaction).
    """
    query = (
        select(WorkingHours)
        .join(Staff, col(Staff.id) == col(WorkingHours.staff_id))
        .where(WorkingHours.weekday == day.weekday(), Staff.active == True)  # noqa: E712
    )
    if staff_ids is not None:
        query = query.where(col(WorkingHours.staff_id).in_(staff_ids))
    off = absent_staff(uow, day, day)
    return {
        hours.staff_id: shift_on(hours, day, tz)
        for hours in uow.session.exec(query)
        if day not in off.get(hours.staff_id, set())
    }


def weekly_hours(uow: UnitOfWork) -> list[HoursRow]:
    """Everyone's weekly pattern, by name then weekday."""
    with uow:
        query = (
            select(WorkingHours, Staff.name)
            .join(Staff, col(Staff.id) == col(WorkingHours.staff_id))
            .order_by(col(Staff.name), col(WorkingHours.weekday))
        )
        return [
            HoursRow(h.staff_id, name, h.weekday, h.start, h.end, h.break_start, h.break_end)
            for h, name in uow.session.exec(query)
        ]


def absence_rows(uow: UnitOfWork, first: date, last: date) -> list[AbsenceRow]:
    """Absences overlapping ``[first, last]``, cancelled ones included (marked)."""
    with uow:
        query = (
            select(StaffAbsence, Staff.name)
            .join(Staff, col(Staff.id) == col(StaffAbsence.staff_id))
            .where(col(StaffAbsence.first_day) <= last, col(StaffAbsence.last_day) >= first)
            .order_by(col(StaffAbsence.first_day))
        )
        return [
            AbsenceRow(
                a.id or 0, a.staff_id, name, a.first_day, a.last_day, str(a.kind), a.note, a.cancelled_at is not None
            )
            for a, name in uow.session.exec(query)
        ]


def bookable_staff(uow: UnitOfWork) -> list[tuple[int, str]]:
    """Active staff with weekly hours (who can be booked), by name."""
    with uow:
        query = (
            select(Staff.id, Staff.name)
            .where(Staff.active == True, col(Staff.id).in_(select(WorkingHours.staff_id)))  # noqa: E712
            .order_by(col(Staff.name))
        )
        return [(int(sid), str(name)) for sid, name in uow.session.exec(query) if sid is not None]
