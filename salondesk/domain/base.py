"""Column types shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

from salondesk.domain.clock import ensure_utc

# Named constraints let alembic's batch mode (SQLite) drop and recreate them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """An instant stored as naive UTC and read back timezone-aware.

    SQLite keeps no offsets; storing naive UTC on every engine keeps comparisons
    and exports identical on SQLite and PostgreSQL.
    """

    impl = sa.DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Aware → naive UTC."""
        if value is None:
            return None
        return ensure_utc(value).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Naive UTC → aware UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def instant_field(*, nullable: bool = False, index: bool = False, **kwargs: Any) -> Any:
    """A UTC instant column."""
    return Field(sa_type=UTCDateTime(), nullable=nullable, index=index, **kwargs)


def enum_field(default: Any = ..., *, length: int = 24, index: bool = False, **kwargs: Any) -> Any:
    """A StrEnum stored as plain text (portable; no database enum types to migrate)."""
    return Field(default=default, sa_type=sa.String(length), index=index, **kwargs)


def text_field(default: Any = ..., *, length: int | None = None, **kwargs: Any) -> Any:
    """Text column; unlimited unless ``length`` is given."""
    sa_type = sa.String(length) if length else sa.Text()
    return Field(default=default, sa_type=sa_type, **kwargs)
