"""The demo's year of complaints: varied, mostly on time, a few late, one critical, a chain that verifies."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time

from sqlalchemy.engine import Engine
from sqlmodel import select

from salondesk.db.uow import UnitOfWork
from salondesk.demo import build_demo
from salondesk.domain.calendar import days_period
from salondesk.domain.complaints import Category, Channel, ClockState, Complaint, ComplaintEntry, EntryKind, Severity
from salondesk.domain.permissions import Role
from salondesk.domain.staff import Staff
from salondesk.queries import complaints as q
from salondesk.reports.figure_data import area_figures
from salondesk.services.records_chain import verify_all
from salondesk.services.settings import get_settings, salon_timezone


def test_demo_year_of_complaints(engine: Engine) -> None:
    today = date(2026, 11, 23)
    summary = build_demo(engine, seed=5, customers=0, months=1, today=today)
    assert 60 <= summary.counts["complaint"] <= 130
    chains = {r.register: r for r in verify_all(UnitOfWork(engine))}
    assert chains["complaints"].ok and chains["complaints"].entries > 400
    with UnitOfWork(engine) as uow:
        complaints = list(uow.session.exec(select(Complaint)))
        numbers = [(c.year, c.seq) for c in complaints]
        critical = [c for c in complaints if c.severity == Severity.CRITICAL]
        assert len(critical) == 1 and critical[0].health_safety
        closer = uow.session.exec(
            select(Staff.role)
            .join(ComplaintEntry, ComplaintEntry.author_id == Staff.id)
            .where(ComplaintEntry.complaint_id == critical[0].id, ComplaintEntry.kind == EntryKind.CLOSED)
        ).one()
        assert closer == Role.OWNER
        categories = Counter(c.category for c in complaints)
        channels = Counter(c.channel for c in complaints)
    assert set(categories) == set(Category) and set(channels) == set(Channel)
    for year in {y for y, _ in numbers}:
        seqs = sorted(s for y, s in numbers if y == year)
        assert seqs == list(range(1, len(seqs) + 1))  # no gaps
    settings = get_settings(UnitOfWork(engine))
    tz = salon_timezone(settings)
    now = datetime.combine(today, time(9, 30), tzinfo=tz)
    year = area_figures(
        lambda: UnitOfWork(engine), "complaints", days_period(date(2025, 11, 23), date(2026, 11, 22), tz), settings, now
    )
    c1, c3 = year.figures["C1"], year.figures["C3"]
    assert 85 <= float(c1.value) < 100  # mostly on time, a few late
    assert c3.denominator > 50 and float(c3.value) >= 90
    assert year.figures["C5"].denominator > 0
    states = [r.next_state for r in q.needs_action_rows(UnitOfWork(engine), now)]
    assert ClockState.MISSED in states and ClockState.ATTENTION in states and ClockState.OK in states
    assert q.complaints_past_deadline_count(UnitOfWork(engine), now) >= 1
