"""Customers in the whole-salon JSON export: derived search keys travel exactly; the FTS index is rebuilt."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from salondesk.db import transfer
from salondesk.db.customer_search import ensure_fts
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UowFactory, uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor
from salondesk.queries import customers as q
from salondesk.services import customers as svc

EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the export's stamp (passed in: no wall clock)

QUERIES = ("zw", "伟", "张伟明", "1111", "vip", "mith", "0000")


def _tables(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def test_round_trip_is_exact_and_search_works_after_import(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, tmp_path: Path
) -> None:
    a = svc.create_customer(
        new_uow(), receptionist, clock, svc.CustomerInput("张伟", "13812345678", member_number="VIP1")
    )
    b = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟明", "13900001111"))
    c = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("John Smith", "13700002222"))
    d = svc.create_customer(
        new_uow(), receptionist, clock, svc.CustomerInput("Wei Zhang", "13812345678"), allow_duplicate=True
    )
    svc.record_patch_test(new_uow(), owner, clock, b, "Dye", clock.now() - timedelta(days=3), "passed", None)
    svc.merge_customers(new_uow(), owner, clock, a, d)
    svc.erase_customer(new_uow(), owner, clock, c, "asked")
    before = {t: [h.id for h in q.search_customers(new_uow(), owner, t).hits] for t in QUERIES}
    first = tmp_path / "salon.json"
    transfer.export_salon(engine, first, now=EXPORTED_AT)

    other = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    upgrade(other)
    transfer.import_salon(other, first)
    copy_uow = uow_factory(other)
    after = {t: [h.id for h in q.search_customers(copy_uow(), owner, t).hits] for t in QUERIES}
    assert after == before
    second = tmp_path / "again.json"
    transfer.export_salon(other, second, now=EXPORTED_AT)
    for name in ("customer", "customer_search_token", "patch_test"):
        assert _tables(second)[name] == _tables(first)[name], name
    other.dispose()


def test_the_fts_index_is_invisible_to_the_models_check(engine: Engine, new_uow: UowFactory, owner: Actor) -> None:
    """The trigram index lives outside the metadata: all it adds to a model comparison are its own tables."""

    def differences() -> list[str]:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return [repr(d) for d in compare_metadata(context, SQLModel.metadata)]

    before = differences()
    created = ensure_fts(engine)
    added = [d for d in differences() if d not in before]
    fts_tables = (
        "customer_fts",
        "customer_fts_data",
        "customer_fts_idx",
        "customer_fts_docsize",
        "customer_fts_config",
    )
    expected = {f"('remove_table', Table('{name}'" for name in fts_tables} if created else set()
    assert {d.split(",")[0] + "," + d.split(",")[1] for d in added} == expected
    if created:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM customer_fts")).scalar_one() == 0
