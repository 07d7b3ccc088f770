"""A demo built in the small hours writes nothing later than the instant it is built (issue 16 item 5)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from salondesk.demo import DEMO_TZ, build_demo
from salondesk.domain.base import UTCDateTime

TODAY = date(2026, 11, 23)
EARLY = datetime.combine(TODAY, time(3, 55), tzinfo=ZoneInfo(DEMO_TZ))
# Instants that are plans, not records: a booking made yesterday is for 10:00 today.
PLANNED = {
    ("appointment", "start"),
    ("appointment", "end"),
    ("appointment", "station_until"),
    ("appointment", "technician_until"),
    ("staff", "locked_until"),
}


def instants_after(engine: Engine, now: datetime) -> dict[str, int]:
    """``table.column`` → rows whose instant is later than ``now`` (every UTC instant column of every table)."""
    found: dict[str, int] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, UTCDateTime) or (table.name, column.name) in PLANNED:
                    continue
                count = conn.execute(sa.select(sa.func.count()).select_from(table).where(column > now)).scalar_one()
                if count:
                    found[f"{table.name}.{column.name}"] = count
    return found


def test_a_demo_built_at_0355_has_nothing_after_0355(engine: Engine) -> None:
    build_demo(engine, seed=4, today=TODAY, now=EARLY, customers=60, months=2)
    assert instants_after(engine, EARLY) == {}
    with engine.connect() as conn:  # the check itself sees rows: the demo did write instants
        assert conn.execute(sa.text("SELECT count(*) FROM checklistrun")).scalar_one() > 0


def test_a_demo_built_in_the_afternoon_keeps_the_morning(engine: Engine) -> None:
    afternoon = datetime.combine(TODAY, time(15, 0), tzinfo=ZoneInfo(DEMO_TZ))
    build_demo(engine, seed=4, today=TODAY, now=afternoon, customers=20, months=1)
    assert instants_after(engine, afternoon) == {}
    opened = datetime.combine(TODAY, time(5, 0), tzinfo=ZoneInfo(DEMO_TZ))
    assert instants_after(engine, opened)  # today's opening run and bookings' records exist
