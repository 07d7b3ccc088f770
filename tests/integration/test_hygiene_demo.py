"""The demo's hygiene and equipment history: valid chains and the promised variety."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.engine import Engine

from salondesk.db.uow import UnitOfWork
from salondesk.demo import build_demo
from salondesk.domain.calendar import month_period
from salondesk.queries.equipment import TaskState, fault_rows, task_rows
from salondesk.queries.hygiene import open_actions
from salondesk.reports.figure_data import area_figures
from salondesk.services.records_chain import verify_all
from salondesk.services.settings import get_settings, salon_timezone


def test_demo_history_is_varied_and_chains_verify(engine: Engine) -> None:
    today = date(2026, 11, 23)
    build_demo(engine, seed=3, customers=0, months=4, today=today)
    results = {r.register: r for r in verify_all(UnitOfWork(engine))}
    for name in ("hygiene_runs", "hygiene_signoffs", "equipment_status", "equipment_faults", "equipment_work"):
        assert results[name].ok and results[name].entries > 0, results[name]
    settings = get_settings(UnitOfWork(engine))
    tz = salon_timezone(settings)
    now = datetime.combine(today, time(9, 30), tzinfo=tz)  # the demo's 'now'
    months = [
        area_figures(lambda: UnitOfWork(engine), "hygiene", month_period(2026, m, tz), settings, now)
        for m in (8, 9, 10)
    ]
    assert all(90 <= float(f.H1.value or 0) < 100 for f in months)  # mostly complete, a few missed or late
    # the templates were installed on 30 June at 08:00: no June period had a template in force for
    # all of it, so June requires nothing (n/a), where it used to show 0/4 → 0 %
    june = area_figures(lambda: UnitOfWork(engine), "hygiene", month_period(2026, 6, tz), settings, now)
    assert (june.H1.numerator, june.H1.denominator, june.H1.value) == (0, 0, None)
    assert sum(f.H2.count for f in months) >= 1
    assert sum(len(f.failures) for f in months) >= 2
    assert open_actions(UnitOfWork(engine), now)  # the newest failures are still open
    overdue = task_rows(UnitOfWork(engine), tz, today, (TaskState.OVERDUE,))
    assert [t.equipment_name for t in overdue] == ["Hood dryer"]
    faults = fault_rows(UnitOfWork(engine))
    assert len(faults) == 1 and not faults[0].open
    e1 = [
        area_figures(lambda: UnitOfWork(engine), "equipment", month_period(2026, m, tz), settings, now).E1
        for m in (8, 9, 10)
    ]
    assert sum(r.denominator for r in e1) > 5 and sum(r.numerator for r in e1) >= sum(r.denominator for r in e1) - 2
