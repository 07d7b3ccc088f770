"""Engine creation; the only place that knows SQLite's pragmas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 10_000


def is_sqlite(engine_or_url: Engine | str) -> bool:
    """True for SQLite URLs/engines."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else sa.make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def sqlite_path(engine_or_url: Engine | str) -> Path | None:
    """The file behind a SQLite URL (None for memory or other engines)."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else sa.make_url(engine_or_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the settings SalonDesk relies on.

    SQLite: WAL (readers never block the writer), foreign keys on, a busy
    timeout, and pysqlite's own transaction handling turned off so that
    ``BEGIN IMMEDIATE`` can take the write lock up front (see UnitOfWork).
    """
    if not is_sqlite(url):
        return sa.create_engine(url, pool_pre_ping=True, **kwargs)

    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
    else:
        engine = sa.create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool, **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_conn.cursor()
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
