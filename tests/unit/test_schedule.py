"""Staff schedule: weekly hours with a break, leave, and who is on duty on a day."""

from __future__ import annotations

from datetime import date, time

import pytest

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import ValidationError
from salondesk.domain.permissions import Actor
from salondesk.queries import schedule as schedule_queries
from salondesk.services import schedule
from tests.unit.test_appointment_rules import local

TZ = __import__("zoneinfo").ZoneInfo("Asia/Shanghai")
TUESDAY = date(2026, 11, 24)


def test_shift_with_break(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    sid = technician.staff_id or 0
    schedule.set_working_hours(new_uow(), owner, clock, sid, 1, time(10), time(18), time(13), time(14))
    with new_uow() as uow:
        shift = schedule_queries.shifts_on(uow, TUESDAY, TZ)[sid]
    assert shift.work.start == local(TUESDAY, 10) and shift.work.end == local(TUESDAY, 18)
    assert shift.allows(local(TUESDAY, 12), local(TUESDAY, 13))  # ends as the break starts
    assert not shift.allows(local(TUESDAY, 12, 30), local(TUESDAY, 13, 30))
    assert not shift.allows(local(TUESDAY, 17, 30), local(TUESDAY, 18, 30))
    with new_uow() as uow:
        assert schedule_queries.shifts_on(uow, date(2026, 11, 25), TZ) == {}  # no Wednesday hours


def test_leave_takes_a_technician_off_duty_until_cancelled(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    sid = technician.staff_id or 0
    schedule.set_working_hours(new_uow(), owner, clock, sid, 1, time(10), time(18))
    absence = schedule.add_absence(new_uow(), owner, clock, sid, TUESDAY, TUESDAY)
    with new_uow() as uow:
        assert sid not in schedule_queries.shifts_on(uow, TUESDAY, TZ)
    schedule.cancel_absence(new_uow(), owner, clock, absence)
    with new_uow() as uow:
        assert sid in schedule_queries.shifts_on(uow, TUESDAY, TZ)
    rows = schedule_queries.absence_rows(new_uow(), TUESDAY, TUESDAY)
    assert len(rows) == 1 and rows[0].cancelled  # kept, marked cancelled


def test_clearing_a_weekday(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    sid = technician.staff_id or 0
    schedule.set_working_hours(new_uow(), owner, clock, sid, 1, time(10), time(18))
    schedule.set_working_hours(new_uow(), owner, clock, sid, 1, None)
    assert schedule_queries.weekly_hours(new_uow()) == []
    assert schedule_queries.bookable_staff(new_uow()) == []


@pytest.mark.parametrize(
    ("start", "end", "b1", "b2"),
    [(time(18), time(10), None, None), (time(10), time(18), time(9), time(11)), (time(10), time(18), time(13), None)],
)
def test_bad_hours_are_refused(
    new_uow: UowFactory,
    clock: FrozenClock,
    owner: Actor,
    technician: Actor,
    start: time,
    end: time,
    b1: time | None,
    b2: time | None,
) -> None:
    with pytest.raises(ValidationError):
        schedule.set_working_hours(new_uow(), owner, clock, technician.staff_id or 0, 1, start, end, b1, b2)


def test_leave_cannot_end_before_it_starts(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    with pytest.raises(ValidationError):
        schedule.add_absence(new_uow(), owner, clock, technician.staff_id or 0, TUESDAY, date(2026, 11, 20))
