"""Visits, service records, ratings and re-checks join the whole-salon export and come back exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.demo import build_demo
from salondesk.domain.visits import Rating, Recheck, ServiceRecord, Visit

EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the export's stamp (passed in: no wall clock)


def _rows(engine: Engine, table: sa.Table) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(table).order_by(*table.primary_key.columns))]


def test_reception_history_round_trips_through_the_export(tmp_path: Path) -> None:
    source = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    upgrade(source)
    build_demo(source, seed=3, customers=60, months=2, today=date(2026, 11, 23))
    tables = [Visit.__table__, ServiceRecord.__table__, Rating.__table__, Recheck.__table__]  # type: ignore[attr-defined]
    before = {t.name: _rows(source, t) for t in tables}
    assert all(before[name] for name in ("visit", "service_record", "visit_rating")), {
        k: len(v) for k, v in before.items()
    }
    assert {t.name for t in tables} <= {t.name for t in transfer.tables()}
    path = tmp_path / "salon.json"
    transfer.export_salon(source, path, now=EXPORTED_AT)
    target = make_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    upgrade(target)
    transfer.import_salon(target, path)
    after = {t.name: _rows(target, t) for t in tables}
    assert after == before
    source.dispose()
    target.dispose()
