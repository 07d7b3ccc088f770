"""The demo's reception history is realistic enough to exercise every figure and list."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlmodel import select

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.demo import build_demo
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.reception import WAIT_LIMIT, wait_of
from salondesk.domain.visits import Rating, Recheck, ServiceRecord, Visit, VisitState


def test_demo_visits_follow_the_book_and_include_every_kind(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    upgrade(engine)
    build_demo(engine, seed=5, customers=150, months=4, today=date(2026, 11, 23))
    with uow_factory(engine)() as uow:
        visits = list(uow.session.exec(select(Visit)))
        appointments = {a.id: a for a in uow.session.exec(select(Appointment))}
        records = list(uow.session.exec(select(ServiceRecord)))
        ratings = list(uow.session.exec(select(Rating)))
        rechecks = list(uow.session.exec(select(Recheck)))
        booked = [v for v in visits if v.appointment_id is not None]
        for visit in booked:
            appt = appointments[visit.appointment_id]
            assert visit.wait_start == max(visit.arrived_at, appt.start)
            assert visit.scheduled_start == appt.start
            if AppointmentStatus(appt.status) == AppointmentStatus.DONE:
                assert visit.state == VisitState.DONE and visit.service_started_at == appt.started_at
        kept = sum(1 for a in appointments.values() if a.status == AppointmentStatus.DONE)
        assert sum(1 for v in booked if v.state == VisitState.DONE) == kept
        served = [v for v in visits if v.service_started_at is not None]
        assert any(wait_of(v.wait_start, v.service_started_at) > WAIT_LIMIT for v in served)  # some waits over 15
        assert any(v.appointment_id is None and v.state == VisitState.LEFT for v in visits)  # walk-ins who left
        assert any(v.appointment_id is not None and v.state == VisitState.LEFT for v in visits)
        assert sum(1 for v in visits if v.appointment_id is None) > 100  # walk-ins every open day
        assert len(records) == sum(1 for v in visits if v.state == VisitState.DONE)
        assert 0.3 < len(ratings) / len(records) < 0.6
        assert any(r.within_window for r in rechecks) and any(not r.within_window for r in rechecks)
        by_id = {r.id: r for r in records}
        for r in rechecks:
            elapsed = r.requested_at - by_id[r.original_record_id].finished_at
            assert r.within_window == (elapsed <= timedelta(hours=168))
    engine.dispose()
