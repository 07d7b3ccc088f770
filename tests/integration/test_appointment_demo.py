"""The demo book is realistic and obeys the booking rules it was generated under."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from salondesk.db.uow import UnitOfWork
from salondesk.demo import build_demo
from salondesk.domain.appointments import OCCUPYING, Appointment, AppointmentStatus
from salondesk.domain.calendar import local_date
from salondesk.queries.schedule import shifts_on

TODAY = date(2026, 11, 21)  # a Saturday
TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def demo_rows(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, list[Appointment]]:
    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    upgrade(engine)
    build_demo(engine, seed=3, months=3, today=TODAY)
    with UnitOfWork(engine) as uow:
        rows = list(uow.session.exec(select(Appointment)))
        uow.session.expunge_all()
    return engine, rows


def test_history_and_future_with_every_final_status(demo_rows: tuple[Engine, list[Appointment]]) -> None:
    _, rows = demo_rows
    statuses = Counter(AppointmentStatus(r.status) for r in rows)
    for status in (
        AppointmentStatus.DONE,
        AppointmentStatus.CANCELLED,
        AppointmentStatus.NO_SHOW,
        AppointmentStatus.BOOKED,
        AppointmentStatus.CONFIRMED,
    ):
        assert statuses[status] > 0, statuses
    assert any(local_date(r.start, TZ) > TODAY + timedelta(days=7) for r in rows)  # future bookings
    cancelled = [r for r in rows if r.status == AppointmentStatus.CANCELLED]
    assert all(r.close_reason and r.closed_at for r in cancelled)
    done = [r for r in rows if r.status == AppointmentStatus.DONE]
    assert all(r.arrived_at and r.started_at and r.finished_at and r.started_at >= r.arrived_at for r in done)
    late = [
        r for r in done if r.started_at and r.started_at - max(r.start, r.arrived_at or r.start) > timedelta(minutes=10)
    ]
    assert 0 < len(late) < len(done) * 0.15  # some late starts, not many


def test_busy_saturdays_quiet_tuesday_mornings(demo_rows: tuple[Engine, list[Appointment]]) -> None:
    _, rows = demo_rows
    past = [r for r in rows if local_date(r.start, TZ) < TODAY]
    per_weekday = Counter(local_date(r.start, TZ).weekday() for r in past)
    assert per_weekday[5] > per_weekday[1] * 1.5
    tuesday_morning = sum(
        1 for r in past if local_date(r.start, TZ).weekday() == 1 and r.start.astimezone(TZ).hour < 13
    )
    saturday_morning = sum(
        1 for r in past if local_date(r.start, TZ).weekday() == 5 and r.start.astimezone(TZ).hour < 13
    )
    assert tuesday_morning * 2 < saturday_morning


def test_no_double_booking_and_inside_hours(demo_rows: tuple[Engine, list[Appointment]]) -> None:
    engine, rows = demo_rows
    live = sorted((r for r in rows if AppointmentStatus(r.status) in OCCUPYING), key=lambda r: r.start)
    for key, until in (("staff_id", "technician_until"), ("station_id", "station_until")):
        last: dict[int, object] = {}
        for r in live:
            k = getattr(r, key)
            if k is None:
                continue
            assert k not in last or last[k] <= r.start, (key, r.id)
            last[k] = getattr(r, until)
    sample_days = sorted({local_date(r.start, TZ) for r in live})[::9]
    with UnitOfWork(engine) as uow:
        for day in sample_days:
            shifts = shifts_on(uow, day, TZ)
            for r in live:
                if local_date(r.start, TZ) == day:
                    assert r.staff_id in shifts and shifts[r.staff_id].allows(r.start, r.end), r.id
