"""Engine creation; the only place that knows SQLite's pragmas."""

from __future__ import annotations

import sqlite3
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


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only, escaped (a folder named ``bk #1`` stays one path)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def connect_read_only(path: Path, *, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    """A read-only connection to ``path``, also on a read-only drive.

    A WAL-mode file needs its ``-shm`` file, which cannot be created where nothing may be
    written; then the file is opened as immutable (nobody can change it there either).
    """
    uri = read_only_uri(path)
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=timeout, check_same_thread=False)


def make_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """An engine with the settings SalonDesk relies on.

    SQLite: WAL (readers never block the writer), foreign keys on, a busy
    timeout, and pysqlite's own transaction handling turned off so that
    ``BEGIN IMMEDIATE`` can take the write lock up front (see UnitOfWork).
    ``read_only``: the file is opened read-only (for reading commands on a file
    the user may not write); any write then fails instead of half-happening.
    SQL errors never carry their parameters (customer data) into messages or the log.
    """
    kwargs.setdefault("hide_parameters", True)
    if not is_sqlite(url):
        return sa.create_engine(url, pool_pre_ping=True, **kwargs)

    path = sqlite_path(url)
    if path is not None and read_only:
        file = path
        engine = sa.create_engine(url, creator=lambda: connect_read_only(file), **kwargs)
    elif path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
    else:
        engine = sa.create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool, **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_conn.cursor()
        if path is not None and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine.execution_options(salondesk_read_only=True) if read_only and path is not None else engine


def is_read_only(engine: Engine) -> bool:
    """True for an engine :func:`make_engine` opened read-only."""
    return bool(engine.get_execution_options().get("salondesk_read_only"))
