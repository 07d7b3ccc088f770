"""Reception queue refresh with 30 waiting on a 10-year demo salon, next to raw SQL for the same rows.

    .venv/bin/python benchmarks/queue.py [--months 120] [--rounds 30] [--db PATH]

Builds the demo salon (staff, stations, equipment, customers, catalogue, the book and
the reception history — ten years of visits) into a SQLite file (kept with ``--db`` to
reuse), puts 30 customers in today's queue and 4 in service at 15:00 on a Saturday,
then times, in the same run:

* **snapshot**: ``salondesk.queries.reception.queue_snapshot`` — waiting, in service,
  to check in, finished today, technicians on duty, estimated waits, warnings;
* **refresh**: everything the tab does on a refresh — the R5 closing check
  (``close_after_hours``), the snapshot, today's R1/R3 (``reception_figures``), the
  models' ``set_rows`` and painting the tab at 1280×800 (offscreen);
* **tick**: the once-a-second clock update (no database);
* **baseline**: one bare SQL statement selecting the same waiting / in-service rows
  (visit ⟕ customer ⟕ service ⟕ staff), fetched on a raw DB-API connection.

Each figure is the median (and p95) of ``--rounds`` runs.
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.visits import Visit, VisitState
from salondesk.services import auth

TODAY = date(2026, 11, 21)  # a Saturday
TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 21, 15, 0, tzinfo=TZ).astimezone(UTC)
WAITING = 30
SERVING = 4
AREAS = (
    "salondesk.demo.staff",
    "salondesk.demo.hygiene",
    "salondesk.demo.equipment",
    "salondesk.demo.customers",
    "salondesk.demo.catalogue",
    "salondesk.demo.appointments",
    "salondesk.demo.visits",
)
BASELINE_SQL = """
SELECT v.id, v.state, v.wait_start, v.arrived_at, v.scheduled_start, v.service_started_at, v.appointment_id,
       v.walk_in_name, c.name, c.mobile_e164, c.allergies, c.contraindications, c.skin_conditions,
       s.name, s.duration_min, s.needs_patch_test, rq.name, st.name
FROM visit v
LEFT JOIN customer c ON c.id = v.customer_id
LEFT JOIN service s ON s.id = v.service_id
LEFT JOIN staff rq ON rq.id = v.requested_staff_id
LEFT JOIN staff st ON st.id = v.staff_id
WHERE v.state IN ('waiting', 'in_service')
ORDER BY v.wait_start, v.id
"""


def build(path: Path, months: int) -> float:
    """The demo into ``path`` (skipped when it exists); returns seconds spent."""
    if path.exists():
        return 0.0
    from salondesk import demo

    auth.use_cheap_hashing()
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    started = time.perf_counter()
    saved = demo.GENERATORS
    demo.GENERATORS = tuple(g for g in AREAS if importlib.util.find_spec(g) is not None)
    try:
        demo.build_demo(engine, months=months, today=TODAY)
    finally:
        demo.GENERATORS = saved
    engine.dispose()
    return time.perf_counter() - started


def fill_queue(path: Path) -> tuple[int, int]:
    """Replace today's open visits with 30 waiting (arrived over the last 40 min) and 4 in service."""
    engine = make_engine(f"sqlite:///{path}")
    table = Visit.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(sa.delete(table).where(table.c.state.in_([VisitState.WAITING.value, VisitState.IN_SERVICE.value])))
        customers = [r[0] for r in conn.execute(sa.select(Customer.id).limit(WAITING + SERVING))]  # type: ignore[call-overload]
        services = [r[0] for r in conn.execute(sa.text("SELECT id FROM service WHERE retired_at IS NULL"))]
        staff = [r[0] for r in conn.execute(sa.text("SELECT staff_id FROM working_hours WHERE weekday = 5"))]
        rows = []
        for i in range(WAITING + SERVING):
            arrived = NOW - timedelta(minutes=40) + timedelta(seconds=80 * i)
            serving = i < SERVING
            rows.append(
                {
                    "customer_id": customers[i % len(customers)] if i % 3 else None,
                    "walk_in_name": "" if i % 3 else f"散客{i}",
                    "walk_in_phone": "",
                    "appointment_id": None,
                    "scheduled_start": None,
                    "arrived_at": arrived,
                    "wait_start": arrived,
                    "service_id": services[i % len(services)],
                    "requested_staff_id": staff[i % len(staff)] if i % 4 == 0 else None,
                    "staff_id": staff[i % len(staff)] if serving else None,
                    "service_started_at": arrived + timedelta(minutes=3) if serving else None,
                    "service_ended_at": None,
                    "state": (VisitState.IN_SERVICE if serving else VisitState.WAITING).value,
                    "uncertified_override": "",
                    "note": "",
                    "created_at": arrived,
                }
            )
        conn.execute(sa.insert(table), rows)
        total = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
    engine.dispose()
    return WAITING, int(total)


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


def bench_queue(path: Path, rounds: int) -> list[str]:
    """The queue part; returns the lines to print and record."""
    from PySide6.QtWidgets import QApplication

    from salondesk.domain.permissions import Actor, Role
    from salondesk.queries.reception import queue_snapshot
    from salondesk.services.settings import get_settings
    from salondesk.ui.context import AppContext
    from salondesk.ui.tabs.reception_tab import ReceptionTab

    app = QApplication.instance() or QApplication([])
    engine = make_engine(f"sqlite:///{path}")
    new_uow = uow_factory(engine)
    settings = get_settings(new_uow())
    clock = FrozenClock(NOW)
    with engine.connect() as conn:
        owner_id = conn.execute(sa.text("SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1")).scalar_one()
    actor = Actor(owner_id, "owner", Role.OWNER)

    snap_med, snap_p95, snap = timed(lambda: queue_snapshot(new_uow(), NOW, settings, actor), rounds)
    ctx = AppContext(new_uow=new_uow, clock=clock, settings=settings, actor=actor)
    tab = ReceptionTab(ctx)
    tab.resize(1280, 800)
    tab.show()

    def refresh() -> None:
        tab.refresh()
        tab.grab()

    ref_med, ref_p95, _ = timed(refresh, rounds)
    tick_med, tick_p95, _ = timed(tab.tick, rounds)
    raw = sqlite3.connect(str(path))
    base_med, base_p95, base_rows = timed(lambda: raw.execute(BASELINE_SQL).fetchall(), rounds)
    raw.close()
    assert len(base_rows) == len(snap.waiting) + len(snap.in_service), (len(base_rows), len(snap.waiting))
    with engine.connect() as conn:
        visits = conn.execute(sa.text("SELECT count(*) FROM visit")).scalar_one()
        appointments = conn.execute(sa.text("SELECT count(*) FROM appointment")).scalar_one()
    tab.close()
    tab.deleteLater()
    app.processEvents()
    engine.dispose()
    return [
        f"queue at {NOW.astimezone(TZ):%Y-%m-%d %H:%M} local: {len(snap.waiting)} waiting, {len(snap.in_service)} in "
        f"service, {len(snap.arrivals)} to check in, {len(snap.technicians)} technicians on duty; "
        f"{visits:,} visits and {appointments:,} appointments in the database",
        f"  snapshot (queue_snapshot → rows)           median {snap_med:7.2f} ms   p95 {snap_p95:7.2f} ms",
        f"  tab refresh (R5 check + snapshot + today's R1/R3 + set_rows + paint 1280×800)"
        f"  median {ref_med:7.2f} ms   p95 {ref_p95:7.2f} ms",
        f"  clock tick (no database)                   median {tick_med:7.2f} ms   p95 {tick_p95:7.2f} ms",
        f"  baseline raw SQL, same waiting/in-service rows median {base_med:7.2f} ms   p95 {base_p95:7.2f} ms",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--db", type=Path, default=Path("/tmp/salondesk-bench-queue.sqlite3"))
    args = parser.parse_args(argv)
    seconds = build(args.db, args.months)
    if seconds:
        print(f"built a {args.months}-month demo in {seconds:.1f} s: {args.db}")
    fill_queue(args.db)
    for line in bench_queue(args.db, args.rounds):
        print(line)
    sys.stdout.flush()
    # PySide6 can crash while the interpreter finalises Qt objects at exit; the figures are printed
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
