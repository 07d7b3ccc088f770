"""Unit of work: one transaction, committed once or rolled back; the write lock is taken first."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UnitOfWork, uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import DatabaseBusy
from salondesk.domain.settings import SettingValue


def _setting(clock: FrozenClock, key: str) -> SettingValue:
    return SettingValue(key=key, value_json='"x"', changed_at=clock.now())


def _keys(engine: Engine) -> list[str]:
    with UnitOfWork(engine) as uow:
        return [s.key for s in uow.session.exec(select(SettingValue).order_by(col(SettingValue.id)))]


def test_commit_makes_work_durable(engine: Engine, clock: FrozenClock) -> None:
    with UnitOfWork(engine) as uow:
        uow.session.add(_setting(clock, "kept"))
        uow.commit()
    assert _keys(engine) == ["kept"]


def test_uncommitted_work_rolls_back(engine: Engine, clock: FrozenClock) -> None:
    with UnitOfWork(engine) as uow:
        uow.session.add(_setting(clock, "lost"))
        uow.flush()
    assert _keys(engine) == []


def test_an_exception_rolls_back(engine: Engine, clock: FrozenClock) -> None:
    with pytest.raises(RuntimeError), UnitOfWork(engine) as uow:
        uow.session.add(_setting(clock, "lost"))
        uow.flush()
        raise RuntimeError("boom")
    assert _keys(engine) == []


def test_session_only_inside_with(engine: Engine) -> None:
    uow = uow_factory(engine)()
    with pytest.raises(RuntimeError, match="outside"):
        _ = uow.session


@pytest.fixture
def sqlite_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'lock.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


def _short_timeout_engine(url: str, ms: int) -> Engine:
    engine = make_engine(url)

    @sa.event.listens_for(engine, "connect")
    def _short(dbapi_conn: Any, _record: Any) -> None:  # runs after make_engine's own listener
        dbapi_conn.execute(f"PRAGMA busy_timeout={ms}")

    return engine


def test_write_lock_is_taken_at_the_start(sqlite_file: str, clock: FrozenClock) -> None:
    """While one write-lock unit is open, a second one (another PC) cannot even start."""
    holder = make_engine(sqlite_file)
    other = _short_timeout_engine(sqlite_file, 200)
    with UnitOfWork(holder, write_lock=True):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy), UnitOfWork(other, write_lock=True):  # translated, never the raw error
            pass
        assert time.monotonic() - started >= 0.15  # it waited for the busy timeout first
    with UnitOfWork(other, write_lock=True) as uow:  # free again
        uow.session.add(_setting(clock, "after"))
        uow.commit()
    holder.dispose()
    other.dispose()


def test_second_writer_waits_for_the_first(sqlite_file: str, clock: FrozenClock) -> None:
    engine = make_engine(sqlite_file)
    order: list[str] = []
    holding = threading.Event()

    def first() -> None:
        with UnitOfWork(engine, write_lock=True) as uow:
            holding.set()
            time.sleep(0.3)
            uow.session.add(_setting(clock, "first"))
            uow.commit()
            order.append("first committed")

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait(5)
    started = time.monotonic()
    with UnitOfWork(engine, write_lock=True) as uow:
        order.append("second started")
        waited = time.monotonic() - started
        uow.session.add(_setting(clock, "second"))
        uow.commit()
    thread.join()
    assert order == ["first committed", "second started"]
    assert waited >= 0.2
    assert _keys(engine) == ["first", "second"]
    engine.dispose()


def test_plain_units_do_not_lock_readers(sqlite_file: str) -> None:
    engine = make_engine(sqlite_file)
    with UnitOfWork(engine, write_lock=True), UnitOfWork(engine) as reader:  # WAL: readers never wait
        assert reader.session.exec(select(SettingValue)).all() == []
    assert not UnitOfWork(engine).lock_rows_supported
    engine.dispose()
