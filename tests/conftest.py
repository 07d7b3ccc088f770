"""Fixtures shared by every test: offscreen Qt, temporary paths, a frozen clock, a fresh salon."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a pytest-qt run aborts without it

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from salondesk.db.engine import make_engine
from salondesk.db.migrate import current_revision, head_revision, upgrade
from salondesk.db.uow import UowFactory, uow_factory
from salondesk.domain.clock import FrozenClock, SystemClock
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.settings import default_opening_hours
from salondesk.services import auth, setup
from salondesk.services import staff as staff_service

PG_ENV = "SALONDESK_TEST_PG_URL"
# 2026-11-23 10:00 in Shanghai: a Monday morning, the salon's default test moment.
TEST_NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
TEST_TZ = "Asia/Shanghai"

auth.use_cheap_hashing()  # argon2 at full cost would dominate the suite's run time

# The computer's clock, set before the test data (October 2026) and long after it: figure and
# report tests run under both and must give the same answers (only the injected clock counts).
WALL_CLOCKS = {
    "wall-clock-before-the-data": datetime(2026, 10, 20, 4, 0, tzinfo=UTC),
    "wall-clock-after-the-data": datetime(2027, 3, 1, 4, 0, tzinfo=UTC),
}


@pytest.fixture(params=sorted(WALL_CLOCKS))
def wall_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> datetime:
    """Move the computer's clock (``SystemClock``) for one test; see :data:`WALL_CLOCKS`."""
    moved = WALL_CLOCKS[request.param]
    monkeypatch.setattr(SystemClock, "now", lambda _self: moved)
    return moved


@pytest.fixture(autouse=True)
def _collections_as_usual() -> Iterator[None]:
    """A test that logs in through the program's start freezes the heap (``gc.freeze``): undo it after."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every path the app resolves points into a temporary directory, never the user's data."""
    data = tmp_path_factory.mktemp("salondesk-data")
    monkeypatch.setenv("SALONDESK_DATA_DIR", str(data))
    monkeypatch.delenv("SALONDESK_DB_URL", raising=False)
    monkeypatch.setenv("HOME", str(data / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def clock() -> FrozenClock:
    """A clock frozen at :data:`TEST_NOW`; tests move it explicitly."""
    return FrozenClock(TEST_NOW)


def _database_params() -> list[str]:
    return ["sqlite", "postgresql"] if os.environ.get(PG_ENV) else ["sqlite"]


def _reset_pg_schema(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run database tests on SQLite always and on PostgreSQL too when configured.

    ``@pytest.mark.sqlite_only`` keeps a test on SQLite: for behaviour that only exists
    there (file backups and restore, the FTS5 index).
    """
    if "database_kind" in metafunc.fixturenames:
        kinds = ["sqlite"] if metafunc.definition.get_closest_marker("sqlite_only") else _database_params()
        metafunc.parametrize("database_kind", kinds)


@pytest.fixture
def db_url(database_kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, EMPTY database (no tables): for tests of migrations, import, restore."""
    if database_kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'salon.sqlite3'}"
        return
    url = os.environ[PG_ENV]
    _reset_pg_schema(url)
    yield url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head per test session; tests get a copy (migrating is slow)."""
    path = tmp_path_factory.mktemp("template") / "head.sqlite3"
    eng = make_engine(f"sqlite:///{path}")
    upgrade(eng)
    eng.dispose()  # the last connection closing checkpoints the WAL into the main file
    assert not path.with_name(path.name + "-wal").exists()
    return path


_pg_migrated = False


def _empty_pg_at_head(url: str) -> None:
    """Migrate once per session; afterwards empty every table (much faster than re-migrating)."""
    global _pg_migrated  # noqa: PLW0603 - per-process memo
    eng = make_engine(url)
    try:
        at_head = current_revision(eng) == head_revision()  # a test may have rewound it
        if not _pg_migrated or not at_head:
            eng.dispose()
            _reset_pg_schema(url)
            eng = make_engine(url)
            upgrade(eng)
            _pg_migrated = True
            return
        tables = [t.name for t in SQLModel.metadata.sorted_tables]
        with eng.begin() as conn:
            conn.exec_driver_sql("TRUNCATE " + ", ".join(f'"{name}"' for name in tables) + " RESTART IDENTITY CASCADE")
    finally:
        eng.dispose()


@pytest.fixture
def engine(database_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine on a database at head with no rows (SQLite file copy, or emptied PostgreSQL)."""
    if database_kind == "sqlite":
        template = request.getfixturevalue("_sqlite_template")
        target = tmp_path / "salon.sqlite3"
        shutil.copyfile(template, target)
        eng = make_engine(f"sqlite:///{target}")
    else:
        url = os.environ[PG_ENV]
        _empty_pg_at_head(url)
        eng = make_engine(url)
    yield eng
    eng.dispose()


@pytest.fixture
def new_uow(engine: Engine) -> UowFactory:
    """Factory of fresh units of work."""
    return uow_factory(engine)


FIXTURE_PINS = {"王芳": "1234", "Lily Chen": "2222", "张伟": "3333"}


def pin_of(actor: Actor) -> str:
    """The own PIN of a fixture's staff member (for use cases signed with a PIN)."""
    return FIXTURE_PINS[actor.name]


@pytest.fixture
def owner(new_uow: UowFactory, clock: FrozenClock) -> Actor:
    """A set-up salon (Shanghai, 10:00–21:00 daily) and its owner, 王芳, PIN 1234."""
    return setup.run_first_setup(
        new_uow(), clock, setup.FirstRun("测试沙龙", TEST_TZ, default_opening_hours(), "王芳", "1234")
    )


@pytest.fixture
def receptionist(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> Actor:
    """Receptionist Lily Chen, PIN 2222."""
    sid = staff_service.add_staff(
        new_uow(), owner, clock, staff_service.StaffInput("Lily Chen", Role.RECEPTIONIST), "2222"
    )
    return Actor(sid, "Lily Chen", Role.RECEPTIONIST)


@pytest.fixture
def technician(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> Actor:
    """Technician 张伟, PIN 3333."""
    sid = staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput("张伟", Role.TECHNICIAN), "3333")
    return Actor(sid, "张伟", Role.TECHNICIAN)
