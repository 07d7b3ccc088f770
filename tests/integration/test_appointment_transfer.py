"""Catalogue, schedule and the appointment book join the whole-salon JSON export and come back intact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.transfer import export_salon, import_salon
from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import CallOutcome
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor
from salondesk.services import appointments as book
from salondesk.services import schedule
from salondesk.services.appointments import Repeat
from tests.unit.test_appointment_rules import TUESDAY, local, make_salon

EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the export's stamp (passed in: no wall clock)

TABLES = (
    "service",
    "service_equipment",
    "working_hours",
    "staff_absence",
    "appointment",
    "appointment_series",
    "appointment_call",
)


def _dump(engine: Engine, name: str) -> list[tuple[object, ...]]:
    table = sa.Table(name, sa.MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(table).order_by(*table.primary_key.columns))]


@pytest.mark.pg
def test_round_trip(
    engine: Engine,
    new_uow: UowFactory,
    clock: FrozenClock,
    owner: Actor,
    receptionist: Actor,
    technician: Actor,
    tmp_path: Path,
) -> None:
    salon = make_salon(new_uow, clock, owner, receptionist, technician)
    ids = salon.book(repeat=Repeat(every_weeks=1, count=2))
    book.cancel(new_uow(), receptionist, clock, ids[1], "moved away")
    book.record_call(new_uow(), receptionist, clock, ids[0], CallOutcome.CONFIRMED)
    schedule.add_absence(new_uow(), owner, clock, technician.staff_id or 0, TUESDAY, TUESDAY)
    salon.book(
        staff_id=salon.tech2.staff_id, start=local(TUESDAY, 15), service_id=salon.dryer_cut, station_id=salon.chair1
    )
    path = tmp_path / "salon.json"
    export_salon(engine, path, now=EXPORTED_AT)
    target = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    upgrade(target)
    import_salon(target, path)
    for name in TABLES:
        original = _dump(engine, name)
        assert original, name
        assert _dump(target, name) == original, name
    target.dispose()
