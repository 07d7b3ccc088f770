"""Pure queue rules: clock colours, shortened names, estimated waits, next free technician."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from salondesk.domain.reception import (
    ClockState,
    TechnicianLoad,
    Waiting,
    clock_state,
    clock_text,
    estimate_waits,
    next_free,
    punctual,
    recheck_within_window,
    short_name,
    wait_of,
    wait_start,
    within_wait_limit,
)

T0 = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def m(minutes: float) -> timedelta:
    return timedelta(minutes=minutes)


def test_clock_turns_amber_at_ten_and_red_once_over_fifteen() -> None:
    assert clock_state(m(9) + timedelta(seconds=59)) == ClockState.OK
    assert clock_state(m(10)) == ClockState.ATTENTION
    assert clock_state(m(15)) == ClockState.ATTENTION  # 15:00 is still within the promise
    assert clock_state(m(15) + timedelta(seconds=1)) == ClockState.OVER
    assert clock_text(m(15) + timedelta(seconds=1)) == "15:01"
    assert clock_text(m(75)) == "1:15:00"


def test_wait_rules() -> None:
    assert wait_start(T0, None) == T0
    assert wait_start(T0, T0 + m(20)) == T0 + m(20)
    assert wait_start(T0 + m(5), T0) == T0 + m(5)
    assert wait_of(T0 + m(20), T0 + m(10)) == timedelta(0)
    assert within_wait_limit(m(15)) and not within_wait_limit(m(15) + timedelta(microseconds=1))
    assert punctual(T0, T0 + m(10)) and not punctual(T0, T0 + m(10) + timedelta(seconds=1))
    assert punctual(T0, T0 - m(30))
    assert recheck_within_window(T0, T0 + timedelta(hours=168))
    assert not recheck_within_window(T0, T0 + timedelta(hours=168, seconds=1))


def test_short_names_keep_privacy() -> None:
    assert short_name("张伟") == "张*"
    assert short_name("欧阳娜娜") == "欧*"
    assert short_name("Anna Lee") == "Anna L."
    assert short_name("Bob") == "B***"
    assert short_name("") == "*"


def test_estimated_waits_respect_requests_current_work_and_booked_slots() -> None:
    techs = [
        TechnicianLoad(1, free_at=T0 + m(20)),  # busy for 20 more minutes
        TechnicianLoad(2, free_at=T0, booked=((T0 + m(10), T0 + m(70)),)),  # booked from +10 to +70
    ]
    queue = [
        Waiting(101, m(30)),  # fits nowhere before +20 (tech 2's gap is only 10 min) → tech 1 at +20
        Waiting(102, m(5)),  # fits tech 2's 10-minute gap now
        Waiting(103, m(30), requested_staff_id=2),  # waits for tech 2 after the booking: +70
    ]
    est = {e.visit_id: e for e in estimate_waits(T0, techs, queue)}
    assert (est[101].staff_id, est[101].wait) == (1, m(20))
    assert (est[102].staff_id, est[102].wait) == (2, m(0))
    assert (est[103].staff_id, est[103].wait) == (2, m(70))
    assert next_free(T0, techs, m(5)) == (2, T0)
    assert next_free(T0, techs, m(30)) == (1, T0 + m(20))


def test_nobody_on_duty_gives_no_estimate() -> None:
    est = estimate_waits(T0, [TechnicianLoad(1, T0, off_at=T0 + m(10))], [Waiting(1, m(30)), Waiting(2, m(5), 9)])
    assert [(e.staff_id, e.wait) for e in est] == [(None, None), (None, None)]
    assert next_free(T0, [], m(5)) is None
