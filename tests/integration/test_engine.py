"""SQLite is opened the way SalonDesk relies on: WAL, foreign keys, a busy timeout."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from salondesk.db.engine import BUSY_TIMEOUT_MS, is_sqlite, make_engine, sqlite_path


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    engine.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO child (id, parent_id) VALUES (1, 99)")
    engine.dispose()


def test_memory_database_is_shared_across_threads() -> None:
    engine = make_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert sqlite_path(engine) is None
    assert is_sqlite(engine)
    engine.dispose()


def test_url_helpers(tmp_path: Path) -> None:
    assert sqlite_path(f"sqlite:///{tmp_path / 'a.sqlite3'}") == tmp_path / "a.sqlite3"
    assert sqlite_path("postgresql+psycopg://u@h/db") is None
    assert not is_sqlite("postgresql+psycopg://u@h/db")


def test_parent_folder_is_created(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "salon.sqlite3"
    engine = make_engine(f"sqlite:///{target}")
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    assert target.exists()
    engine.dispose()
