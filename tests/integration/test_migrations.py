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
