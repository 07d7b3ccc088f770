"""Alembic environment: runs on the connection handed over by salondesk.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import salondesk.domain  # noqa: F401 - registers every table
from salondesk.db.schema_filter import include_name

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Run with the connection given in ``config.attributes['connection']``."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER via table rebuilds
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
