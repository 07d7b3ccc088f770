"""Migrations: an empty database upgrades to head and then matches the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

import salondesk.domain  # noqa: F401 - every table on the metadata
from salondesk.db.engine import make_engine
from salondesk.db.migrate import current_revision, head_revision, is_at_head, upgrade
from salondesk.services.backup import check_database


def test_upgrade_of_an_empty_database_matches_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    assert current_revision(engine) is None
    assert not check_database(engine).at_head
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == [], "models and migrations differ; run scripts/regen_migration.py"
    report = check_database(engine)
    assert report.at_head and report.ok
    engine.dispose()


def test_upgrade_is_idempotent(engine: Engine) -> None:
    assert is_at_head(engine)
    upgrade(engine)  # nothing to do, nothing breaks
    assert is_at_head(engine)


def test_every_table_is_created(engine: Engine) -> None:
    from sqlalchemy import inspect

    created = set(inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= created
    assert "alembic_version" in created


def test_the_unmanaged_search_index_is_not_a_difference(engine: Engine) -> None:
    """The FTS5 customer index lives outside the migrations; autogenerate must not want to drop it."""
    from salondesk.db.customer_search import ensure_fts
    from salondesk.db.schema_filter import include_name

    ensure_fts(engine)
    with engine.connect() as conn:
        plain = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        filtered = compare_metadata(context, SQLModel.metadata)
    if engine.dialect.name == "sqlite":
        assert plain, "the index exists, so without the filter autogenerate sees extra tables"
    assert filtered == []


def test_upgrading_seals_the_audit_rows_written_before_the_chain(db_url: str) -> None:
    """Audit rows of a database from before the audit chain verify after the upgrade; new rows link on."""
    from datetime import UTC, datetime

    import sqlalchemy as sa

    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import FrozenClock
    from salondesk.domain.permissions import SYSTEM
    from salondesk.services import audit
    from salondesk.services.records_chain import verify_all

    engine = make_engine(db_url)
    upgrade(engine, "0003")
    at = datetime(2026, 11, 2, 3, 4, 5, 6000, tzinfo=UTC)
    with engine.begin() as conn:
        for n in range(3):
            conn.execute(
                sa.text(
                    "INSERT INTO auditentry (at, action, entity, entity_id, field_name, old_value, new_value) "
                    "VALUES (:at, 'update', 'customer', :id, 'name', :old, :new)"
                ),
                {"at": at, "id": str(n), "old": None if n == 0 else f"old {n}", "new": f"新 {n}"},
            )
    upgrade(engine)
    statuses = {s.register: s for s in verify_all(uow_factory(engine)())}
    assert (statuses["audit"].ok, statuses["audit"].entries) == (True, 3)
    uow = uow_factory(engine)()
    with uow:
        audit.record(uow, SYSTEM, FrozenClock(at), "update", "customer", "9", "name", "a", "b")
        uow.commit()
    statuses = {s.register: s for s in verify_all(uow_factory(engine)())}
    assert (statuses["audit"].ok, statuses["audit"].entries) == (True, 4)
    engine.dispose()


def test_upgrading_takes_each_customers_last_visit_from_the_visits(db_url: str) -> None:
    """0006: a file with a served visit gets its latest service start; one without keeps what it had."""
    from datetime import UTC, datetime

    from alembic import command

    from salondesk.db.migrate import alembic_config
    from salondesk.db.uow import uow_factory
    from salondesk.domain.customers import Customer
    from salondesk.domain.visits import Visit, VisitState

    engine = make_engine(db_url)
    upgrade(engine)
    made_up, imported = datetime(2026, 11, 20, 8, tzinfo=UTC), datetime(2025, 3, 1, 2, tzinfo=UTC)
    served = datetime(2026, 10, 2, 3, 4, 5, tzinfo=UTC)
    with uow_factory(engine)() as uow:
        demo = Customer(name="张伟", created_at=served, last_visit_at=made_up)
        old = Customer(name="李娜", created_at=served, last_visit_at=imported)
        uow.session.add_all([demo, old])
        uow.flush()
        for start in (served, None):  # served once, and once left without service
            uow.session.add(
                Visit(
                    customer_id=demo.id,
                    arrived_at=served,
                    wait_start=served,
                    created_at=served,
                    service_started_at=start,
                    state=VisitState.DONE if start else VisitState.LEFT,
                )
            )
        uow.commit()
        ids = (demo.id, old.id)
    cfg = alembic_config()
    with engine.begin() as conn:  # as a database written before 0006
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "0005")
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with uow_factory(engine)() as uow:
        found = [uow.session.get(Customer, cid).last_visit_at for cid in ids]  # type: ignore[union-attr]
    assert found == [served, imported]
    engine.dispose()


def test_upgrading_keeps_complaint_entries_signed_before_intake_sealing_verified(db_url: str) -> None:
    """0008: "received" entries hashed without intake facts verify; one that matches neither form stays broken."""
    from datetime import UTC, datetime, timedelta
    from types import SimpleNamespace

    import sqlalchemy as sa

    from salondesk.db.uow import uow_factory
    from salondesk.domain.complaints import (
        Category,
        Channel,
        Complaint,
        ComplaintEntry,
        EntryKind,
        Severity,
        chained_content,
    )
    from salondesk.domain.signing import GENESIS, entry_hash
    from salondesk.services.records_chain import verify_all

    def as_written_before(model: type, *skip: str) -> sa.TableClause:
        columns = model.__table__.c  # type: ignore[attr-defined]
        return sa.table(model.__tablename__, *(sa.column(c.name, c.type) for c in columns if c.name not in skip))

    def complaints_register() -> tuple[bool, int, int | None]:
        status = next(s for s in verify_all(uow_factory(engine)()) if s.register == "complaints")
        return status.ok, status.entries, status.first_broken

    engine = make_engine(db_url)
    upgrade(engine, "0004")
    at = datetime(2026, 10, 3, 2, 0, tzinfo=UTC)
    complaints = as_written_before(Complaint)
    entries = as_written_before(ComplaintEntry, "intake_sealed")
    rows = []
    for n, kind in ((1, EntryKind.RECEIVED), (1, EntryKind.ACKNOWLEDGED), (2, EntryKind.RECEIVED)):
        rows.append(
            {"id": len(rows) + 1, "complaint_id": n, "kind": kind, "at": at + timedelta(hours=len(rows))}
            | {"author_id": None, "author_name": "陈静", "text": f"第 {len(rows) + 1} 条", "method": ""}
            | {"remedy": "", "amount": None, "outcome": "", "satisfaction": None, "file_name": ""}
            | {"file_sha256": "", "corrects_id": None, "approved_by": None}
        )
    prev = GENESIS
    for row in rows:  # signed as the versions before intake sealing did: no "intake" in the content
        row["prev_hash"] = prev
        row["hash"] = prev = entry_hash(chained_content(SimpleNamespace(**row, intake_sealed=False), None), prev)
    with engine.begin() as conn:
        for n in (1, 2):
            conn.execute(
                complaints.insert().values(
                    id=n, number=f"C-2026-000{n}", year=2026, seq=n, received_at=at, recorded_at=at,
                    received_reason="", channel=Channel.PHONE, category=Category.SERVICE,
                    severity=Severity.MEDIUM, health_safety=False, customer_name="", customer_phone="",
                    service_name="", product_name="", batch_number="", description="烫发后头皮刺痛",
                    wanted="", status="received",
                )
            )  # fmt: skip
        conn.execute(entries.insert(), rows)
        # the second complaint's intake entry was edited after signing: it matches neither form
        conn.execute(entries.update().where(entries.c.id == 3).values(text="改过"))
    upgrade(engine)
    assert complaints_register() == (False, 3, 3)  # entries 1 and 2 verify; the edited one is still reported
    with engine.begin() as conn:
        sealed = dict(conn.execute(sa.text("SELECT id, intake_sealed FROM complaintentry ORDER BY id")).all())
    assert {k: bool(v) for k, v in sealed.items()} == {1: False, 2: True, 3: True}
    with engine.begin() as conn:  # marking the older entry as sealed (to hide an edit) breaks it
        conn.execute(sa.text("UPDATE complaintentry SET intake_sealed = :t WHERE id = 1"), {"t": True})
    assert complaints_register()[::2] == (False, 1)
    engine.dispose()
