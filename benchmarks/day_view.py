"""Day view with 12 technicians on a 10-year demo book: load + render vs the raw SQL for the same rows.

    .venv/bin/python benchmarks/day_view.py [--months 120] [--rounds 30] [--db PATH] [--full]

Builds the demo salon (the areas the book needs, or every area with ``--full``) into a
SQLite file (kept with ``--db`` to reuse between runs), adds technicians until 12 are on
duty on the benchmark day (a Saturday) and fills their columns, then times, in the same run:

* **load**: ``salondesk.queries.appointments.day_book`` (shifts, leave, the joined rows,
  warnings, row objects) — what the tab calls on every refresh;
* **render**: ``DayView.set_data`` + painting the widget at 1280×800 (offscreen);
* **baseline**: the bare SQL selecting the same appointment rows (appointment ⨝ staff ⨝
  service ⟕ customer by start range), fetched on a raw DB-API connection.

Each figure is the median (and p95) of ``--rounds`` runs. The reception queue's part of
this benchmark (queue refresh with 30 waiting) is added below by the reception area.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.permissions import SYSTEM, Role
from salondesk.domain.staff import CertificateKind
from salondesk.services import auth, schedule
from salondesk.services import staff as staff_service

TODAY = date(2026, 11, 21)  # the demo's "today": a Saturday
TZ = ZoneInfo("Asia/Shanghai")
TECHNICIANS = 12
BOOK_AREAS = (
    "salondesk.demo.staff",
    "salondesk.demo.hygiene",
    "salondesk.demo.equipment",
    "salondesk.demo.customers",
    "salondesk.demo.catalogue",
    "salondesk.demo.appointments",
)

BASELINE_SQL = """
SELECT a.id, a.staff_id, s.name, a.customer_id, c.name, c.mobile_e164, a.guest_name, a.service_id,
       v.name, v.name_zh, v.category, a.start, a."end", a.technician_until, a.station_until, a.station_id,
       a.status, a.notes, c.allergies, c.skin_conditions, c.contraindications, a.series_id, a.override_reason
FROM appointment a
JOIN staff s ON s.id = a.staff_id
JOIN service v ON v.id = a.service_id
LEFT JOIN customer c ON c.id = a.customer_id
WHERE a.start >= ? AND a.start < ?
ORDER BY a.start, a.id
"""


def build(path: Path, months: int, full: bool) -> float:
    """The demo into ``path`` (skipped when it already exists); returns seconds spent."""
    if path.exists():
        return 0.0
    from salondesk import demo

    auth.use_cheap_hashing()
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    started = time.perf_counter()
    saved = demo.GENERATORS
    if not full:
        demo.GENERATORS = tuple(g for g in BOOK_AREAS if importlib.util.find_spec(g) is not None)
    try:
        demo.build_demo(engine, months=months, today=TODAY)
    finally:
        demo.GENERATORS = saved
    engine.dispose()
    return time.perf_counter() - started


def ensure_twelve(path: Path, day: date) -> int:
    """Add technicians (hours, certificate, a full column of bookings) until 12 work on ``day``."""
    from salondesk.domain.calendar import day_period
    from salondesk.queries.schedule import shifts_on

    engine = make_engine(f"sqlite:///{path}")
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        on_duty = list(shifts_on(uow, day, TZ))
    clock = _Clock(datetime(2026, 11, 1, 2, tzinfo=UTC))
    table = Appointment.__table__  # type: ignore[attr-defined]
    period = day_period(day, TZ)
    with engine.begin() as conn:
        template = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(table).where(
                    table.c.start >= period.start, table.c.start < period.end, table.c.staff_id == on_duty[0]
                )
            )
        ]
    extra = 0
    while len(on_duty) + extra < TECHNICIANS:
        extra += 1
        sid = staff_service.add_staff(
            new_uow(), SYSTEM, clock, staff_service.StaffInput(f"技师{extra:02d}", Role.TECHNICIAN), "1234"
        )
        staff_service.add_certificate(
            new_uow(), SYSTEM, clock, sid, CertificateKind.HAIRDRESSING, f"B{extra}", date(2020, 1, 1), None
        )
        schedule.set_working_hours(
            new_uow(), SYSTEM, clock, sid, day.weekday(), clock_time(10), clock_time(21), clock_time(15), clock_time(16)
        )
        rows = []
        for row in template:
            copy = {k: v for k, v in row.items() if k != "id"}
            copy.update(staff_id=sid, station_id=None)
            rows.append(copy)
        with engine.begin() as conn:
            if rows:
                conn.execute(sa.insert(table), rows)
    with new_uow() as uow:
        count = len(shifts_on(uow, day, TZ))
    engine.dispose()
    return count


class _Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def timed(fn: Callable[[], Any], rounds: int) -> tuple[float, float, Any]:
    """Median and p95 in ms of ``rounds`` calls (after one warm-up), and the last result."""
    result = fn()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], result


def bench_day_view(path: Path, day: date, rounds: int) -> list[str]:
    """The day view part; returns the lines to print and record."""
    from PySide6.QtWidgets import QApplication

    from salondesk.domain.calendar import day_period
    from salondesk.queries.appointments import day_book
    from salondesk.ui.widgets.day_view import DayView, GridColumn

    app = QApplication.instance() or QApplication([])
    engine = make_engine(f"sqlite:///{path}")
    new_uow = uow_factory(engine)
    hours = {d: ["10:00", "21:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}

    def load() -> Any:
        return day_book(new_uow(), day, TZ, hours, viewer=SYSTEM)

    load_med, load_p95, book = timed(load, rounds)
    view = DayView()
    view.resize(1280, 800)

    def render() -> None:
        columns = [
            GridColumn(c.staff_id, c.name, day, (c.shift.work,) if c.shift else (), c.shift.breaks if c.shift else ())
            for c in book.columns
        ]
        view.set_data(
            columns, book.appointments, TZ, now=datetime(2026, 11, 21, 7, tzinfo=UTC), first_hour=9, last_hour=22
        )
        view.grab()

    render_med, render_p95, _ = timed(render, rounds)
    period = day_period(day, TZ)
    raw = sqlite3.connect(str(path))
    bounds = (period.start.replace(tzinfo=None).isoformat(sep=" "), period.end.replace(tzinfo=None).isoformat(sep=" "))

    def baseline() -> list[Any]:
        return raw.execute(BASELINE_SQL, bounds).fetchall()

    base_med, base_p95, base_rows = timed(baseline, rounds)
    raw.close()
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(Appointment.__table__)).scalar_one()  # type: ignore[attr-defined]
    engine.dispose()
    live = sum(1 for r in book.appointments if r.status != AppointmentStatus.CANCELLED)
    assert len(base_rows) == len(book.appointments), (len(base_rows), len(book.appointments))
    view.deleteLater()
    app.processEvents()
    return [
        f"day view {day.isoformat()}: {len(book.columns)} technicians, {len(book.appointments)} appointments "
        f"({live} live) out of {total:,} in the book",
        f"  load  (day_book query → rows)      median {load_med:7.2f} ms   p95 {load_p95:7.2f} ms",
        f"  render (set_data + paint 1280×800) median {render_med:7.2f} ms   p95 {render_p95:7.2f} ms",
        f"  load + render                      median {load_med + render_med:7.2f} ms",
        f"  baseline raw SQL, same rows        median {base_med:7.2f} ms   p95 {base_p95:7.2f} ms",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--db", type=Path, default=Path("/tmp/salondesk-bench-dayview.sqlite3"))
    parser.add_argument("--full", action="store_true", help="every demo area, not only the book's")
    args = parser.parse_args(argv)
    seconds = build(args.db, args.months, args.full)
    if seconds:
        print(f"built a {args.months}-month demo in {seconds:.1f} s: {args.db}")
    day = TODAY
    print(f"technicians on duty on {day}: {ensure_twelve(args.db, day)}")
    for line in bench_day_view(args.db, day, args.rounds):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
