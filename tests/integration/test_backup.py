"""Backups, retention, restore and the migration safety net."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col

from salondesk.db import backup as db_backup
from salondesk.db import migrate
from salondesk.db.backup import BackupError
from salondesk.db.engine import make_engine, sqlite_path
from salondesk.db.uow import uow_factory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import PermissionDenied
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.settings import SalonSettings
from salondesk.domain.staff import Staff
from salondesk.services import backup as backup_service
from salondesk.services import staff as staff_service


def _settings(folder: Path, daily: int = 7, weekly: int = 4, monthly: int = 12) -> SalonSettings:
    return SalonSettings(
        timezone="Asia/Shanghai",
        backup_folder=str(folder),
        backup_daily=daily,
        backup_weekly=weekly,
        backup_monthly=monthly,
    )


def _unpacked(path: Path) -> Path:
    """The plain SQLite file inside a compressed backup (next to its folder, for the test to open)."""
    plain = path.parent.parent / (path.name.removesuffix(".gz") + ".plain")
    with gzip.open(path, "rb") as packed:
        plain.write_bytes(packed.read())
    return plain


SHANGHAI = ZoneInfo("Asia/Shanghai")


def _staff_names(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(sa.select(col(Staff.name)).order_by(col(Staff.id))).scalars())


def test_backup_now_writes_a_verified_copy(engine: Engine, owner: Actor, clock: FrozenClock, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = backup_service.backup_now(engine, _settings(folder), clock, owner)
    assert path.parent == folder
    if sqlite_path(engine) is not None:
        assert path.name == "salondesk-20261123-020000.sqlite3.gz"
        assert db_backup.integrity_ok(_unpacked(path))
        assert db_backup.is_salondesk_database(_unpacked(path))
        assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no copy or check file left behind
    else:  # a server database: the portable JSON export
        assert path.suffix == ".json"
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == "salondesk-export"
    info = backup_service.last_good_backup(_settings(folder))
    assert info is not None and info.path == path
    with engine.connect() as conn:
        audited = conn.execute(sa.select(AuditEntry).where(col(AuditEntry.action) == "backup")).all()
    assert len(audited) == 1


def test_backup_needs_the_permission(engine: Engine, receptionist: Actor, clock: FrozenClock, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        backup_service.backup_now(engine, _settings(tmp_path / "b"), clock, receptionist)
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_default_folder_is_in_the_data_dir(_isolated_paths: Path) -> None:
    assert backup_service.backup_folder(SalonSettings()) == _isolated_paths / "backups"


def test_backup_under_concurrent_writes(tmp_path: Path, clock: FrozenClock) -> None:
    """A writer keeps inserting while the backup runs: the backup completes and is intact."""
    engine = make_engine(f"sqlite:///{tmp_path / 'busy.sqlite3'}")
    migrate.upgrade(engine)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        while not stop.is_set():
            with engine.begin() as conn:
                conn.execute(
                    sa.insert(AuditEntry),
                    [
                        {"at": datetime.now(UTC), "action": "x", "entity": "load", "entity_id": str(i)}
                        for i in range(50)
                    ],
                )
            written[0] += 50

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 500:
            time.sleep(0.01)
        plains = []
        for _ in range(3):  # one a day: each is read before the next one prunes it
            plains.append(_unpacked(backup_service.backup_now(engine, _settings(tmp_path / "b"), clock)))
            clock.advance(days=1)
    finally:
        stop.set()
        thread.join()
    for plain in plains:
        assert db_backup.integrity_ok(plain)
        conn = sqlite3.connect(plain)
        assert conn.execute("SELECT count(*) FROM auditentry").fetchone()[0] >= 500
        conn.close()
    engine.dispose()


def _fake_backup(folder: Path, when: datetime, label: str = "", suffix: str = ".sqlite3.gz") -> Path:
    """A file named like a backup taken at ``when`` (pruning goes by names, not contents)."""
    folder.mkdir(parents=True, exist_ok=True)
    extra = f"-{label}" if label else ""
    path = folder / f"salondesk-{when.astimezone(UTC):%Y%m%d-%H%M%S}{extra}{suffix}"
    path.write_bytes(b"x" * 1000)
    return path


def test_backup_now_keeps_grandfather_father_son(engine: Engine, clock: FrozenClock, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    start = datetime(2025, 12, 1, 13, 0, tzinfo=UTC)  # 21:00 in Shanghai: the closing backup
    for day in range(365):  # a year of daily backups, made earlier (older versions wrote plain .sqlite3 files)
        _fake_backup(folder, start + timedelta(days=day), suffix=".sqlite3" if day < 200 else ".sqlite3.gz")
    clock.set(start + timedelta(days=365))
    path = backup_service.backup_now(engine, _settings(folder), clock)
    kept = sorted(db_backup.list_backups(folder), key=lambda b: b.taken_at, reverse=True)
    assert kept[0].path == path
    days = [b.taken_at.astimezone(SHANGHAI).date() for b in kept]
    assert days[:7] == [date(2026, 12, 1) - timedelta(days=n) for n in range(7)]
    assert len(kept) == len(set(days))  # one a day at most
    assert {(d.year, d.month) for d in days} == {(2026, m) for m in range(1, 13)}  # 12 months: not Dec 2025
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12 + 1
    assert sum(1 for b in kept if b.path.suffix == ".sqlite3") == 5  # the old copies the schedule still wants


def test_pruning_clears_every_leftover(tmp_path: Path) -> None:
    folder, data = tmp_path / "b", tmp_path / "data"
    data.mkdir()
    db_file = data / "salondesk.sqlite3"
    db_file.write_bytes(b"live")
    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    scheduled = _fake_backup(folder, now - timedelta(hours=1))
    upgrades = [_fake_backup(folder, now - timedelta(days=d), label=f"pre-upgrade-r{d}") for d in (1, 2, 3, 4)]
    killed = folder / "salondesk-20261120-020000.sqlite3.gz.partial"  # a backup killed three days ago
    killed.write_bytes(b"half")
    os.utime(killed, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    running = folder / "salondesk-20261123-020000.sqlite3.gz.copy.partial"  # a backup being written now
    running.write_bytes(b"busy")
    asides = []
    for n in range(4):
        aside = data / f"salondesk.sqlite3.before-restore-2026112{n}-020000"
        aside.write_bytes(b"old")
        asides.append(aside)
    someone_elses = folder / "holiday-photos.partial"
    someone_elses.write_bytes(b"not ours")
    os.utime(someone_elses, (0, 0))

    removed = backup_service.prune(folder, _settings(folder), now, db_file)

    assert set(removed) == {upgrades[2], upgrades[3], killed, asides[0], asides[1]}
    assert scheduled.exists() and upgrades[0].exists() and upgrades[1].exists()
    assert running.exists() and someone_elses.exists() and db_file.exists()
    assert asides[2].exists() and asides[3].exists()


def test_start_up_clears_what_killed_backups_and_restores_left(tmp_path: Path) -> None:
    folder, db_file = tmp_path / "b", tmp_path / "salondesk.sqlite3"
    kept = _fake_backup(folder, datetime(2026, 11, 20, tzinfo=UTC))
    killed = folder / "salondesk-20261121-020000.sqlite3.gz.partial"
    killed.write_bytes(b"half")
    restoring = tmp_path / "salondesk.sqlite3.restoring"
    restoring.write_bytes(b"half a restore")
    for path in (killed, restoring):
        os.utime(path, (time.time() - 7200, time.time() - 7200))
    assert set(backup_service.clean_leftovers(folder, db_file)) == {killed, restoring}
    assert kept.exists() and not killed.exists() and not restoring.exists()
    files, size = backup_service.backup_space(folder)
    assert (files, size) == (1, 1000)


def test_a_backup_is_compressed_and_smaller_than_the_database(
    sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path
) -> None:
    engine, _owner = sqlite_salon
    with engine.begin() as conn:  # some bulk, as a salon has after a while
        conn.execute(
            sa.insert(AuditEntry),
            [{"at": datetime.now(UTC), "action": "x", "entity": "load", "entity_id": str(i)} for i in range(5000)],
        )
    path = backup_service.backup_now(engine, _settings(tmp_path / "b"), clock)
    with gzip.open(path, "rb") as packed:
        assert packed.read(16) == b"SQLite format 3\x00"
    assert path.stat().st_size < _unpacked(path).stat().st_size / 3


def test_a_backup_that_fails_its_check_leaves_nothing(
    sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _owner = sqlite_salon
    checked: list[Path] = []

    def failing_check(path: Path, *, quick: bool = False) -> bool:
        checked.append(path)
        return False

    monkeypatch.setattr(db_backup, "integrity_ok", failing_check)
    folder = tmp_path / "b"
    with pytest.raises(BackupError, match="integrity check"):
        backup_service.backup_now(engine, _settings(folder), clock)
    assert checked and checked[0].name.endswith(".check.partial")  # the decompressed copy was what got checked
    assert list(folder.iterdir()) == []


def test_daily_backup_is_due_once_a_local_day(engine: Engine, owner: Actor, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    settings = _settings(folder)
    clock = FrozenClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # 10:00 in Shanghai
    assert backup_service.due_for_daily_backup(settings, clock)
    path = backup_service.backup_now(engine, settings, clock)
    taken = datetime(2026, 11, 23, 2, 0, tzinfo=UTC).timestamp()
    os.utime(path, (taken, taken))
    clock.set(datetime(2026, 11, 23, 15, 59, tzinfo=UTC))  # 23:59 local: same day
    assert not backup_service.due_for_daily_backup(settings, clock)
    clock.set(datetime(2026, 11, 23, 16, 0, tzinfo=UTC))  # midnight local: a new day
    assert backup_service.due_for_daily_backup(settings, clock)


# ---------------------------------------------------------------- restore (SQLite)
@pytest.fixture
def sqlite_salon(tmp_path: Path, clock: FrozenClock) -> Iterator[tuple[Engine, Actor]]:
    from salondesk.domain.settings import default_opening_hours
    from salondesk.services import setup

    engine = make_engine(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    migrate.upgrade(engine)
    owner = setup.run_first_setup(
        uow_factory(engine)(), clock, setup.FirstRun("Salon", "Asia/Shanghai", default_opening_hours(), "王芳", "1234")
    )
    yield engine, owner
    engine.dispose()


def test_restore_brings_back_the_backup_and_keeps_the_current_aside(
    sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path
) -> None:
    engine, owner = sqlite_salon
    backup = backup_service.backup_now(engine, _settings(tmp_path / "b"), clock)
    staff_service.add_staff(
        uow_factory(engine)(), owner, clock, staff_service.StaffInput("After Backup", Role.TECHNICIAN), "5555"
    )
    assert _staff_names(engine) == ["王芳", "After Backup"]

    aside = backup_service.restore_backup(engine, backup, owner, clock)
    assert _staff_names(engine) == ["王芳"]
    assert aside is not None and aside.exists()
    kept = make_engine(f"sqlite:///{aside}")
    assert _staff_names(kept) == ["王芳", "After Backup"]
    kept.dispose()


def test_restore_refuses_a_corrupted_file(
    sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path
) -> None:
    engine, _owner = sqlite_salon
    backup = backup_service.backup_now(engine, _settings(tmp_path / "b"), clock)
    broken = tmp_path / "broken.sqlite3"
    shutil.copyfile(backup, broken)
    data = bytearray(broken.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = os.urandom(4096)  # garbage in the middle of the pages
    data[100:200] = b"\xff" * 100
    broken.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="integrity check"):
        backup_service.restore_backup(engine, broken)
    assert _staff_names(engine) == ["王芳"]  # untouched


def test_restore_reads_an_uncompressed_backup_of_an_earlier_version(
    sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path
) -> None:
    engine, owner = sqlite_salon
    old = tmp_path / "b" / "salondesk-20261101-130000.sqlite3"
    old.parent.mkdir()
    shutil.copyfile(_unpacked(backup_service.backup_now(engine, _settings(tmp_path / "new"), clock)), old)
    staff_service.add_staff(
        uow_factory(engine)(), owner, clock, staff_service.StaffInput("After Backup", Role.TECHNICIAN), "5555"
    )
    assert backup_service.last_good_backup(_settings(old.parent)) is not None
    backup_service.restore_backup(engine, old, owner, clock)
    assert _staff_names(engine) == ["王芳"]


def test_restore_refuses_a_damaged_compressed_backup(
    sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path
) -> None:
    engine, _owner = sqlite_salon
    backup = backup_service.backup_now(engine, _settings(tmp_path / "b"), clock)
    cut = tmp_path / backup.name
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])  # a copy that stopped half-way
    with pytest.raises(BackupError, match="integrity check"):
        backup_service.restore_backup(engine, cut)
    assert _staff_names(engine) == ["王芳"]
    live = sqlite_path(engine)
    assert live is not None and not live.with_name(live.name + ".restoring").exists()


def test_restore_refuses_a_file_that_is_not_sqlite(sqlite_salon: tuple[Engine, Actor], tmp_path: Path) -> None:
    engine, _owner = sqlite_salon
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackupError, match="integrity check"):
        backup_service.restore_backup(engine, garbage)
    assert _staff_names(engine) == ["王芳"]


def test_restore_refuses_another_programs_database(sqlite_salon: tuple[Engine, Actor], tmp_path: Path) -> None:
    engine, _owner = sqlite_salon
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="not a SalonDesk database"):
        backup_service.restore_backup(engine, other)
    assert _staff_names(engine) == ["王芳"]


def test_restore_needs_the_permission(sqlite_salon: tuple[Engine, Actor], clock: FrozenClock, tmp_path: Path) -> None:
    engine, _owner = sqlite_salon
    backup = backup_service.backup_now(engine, _settings(tmp_path / "b"), clock)
    with pytest.raises(PermissionDenied):
        backup_service.restore_backup(engine, backup, Actor(9, "Lily", Role.RECEPTIONIST))


# ---------------------------------------------------------------- migration safety net
def test_failing_upgrade_restores_the_pre_upgrade_backup(
    sqlite_salon: tuple[Engine, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _owner = sqlite_salon
    with engine.begin() as conn:  # pretend the database is one revision behind the code
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")

    def broken_upgrade(eng: Engine, revision: str = "head") -> None:
        with eng.begin() as conn:  # a half-done migration that then fails
            conn.exec_driver_sql("DELETE FROM staff")
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
        raise RuntimeError("migration exploded")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(migrate.MigrationFailed) as failure:
        migrate.safe_upgrade(engine, tmp_path / "b")
    saved = failure.value.restored_from
    assert saved is not None and saved.exists() and "pre-upgrade-0001" in saved.name
    assert _staff_names(engine) == ["王芳"]
    assert migrate.current_revision(engine) == "0001"


def test_a_database_of_a_newer_version_is_refused_untouched(
    sqlite_salon: tuple[Engine, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, _owner = sqlite_salon
    with engine.begin() as conn:  # a revision this code has never heard of: a newer SalonDesk wrote it
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'b0b0b0b0'")
    monkeypatch.setattr(migrate, "upgrade", lambda *a, **k: pytest.fail("no upgrade may be tried"))
    with pytest.raises(migrate.DatabaseTooNew) as refused:
        migrate.safe_upgrade(engine, tmp_path / "b")
    assert refused.value.revision == "b0b0b0b0"
    assert not (tmp_path / "b").exists()  # no pre-upgrade copy
    assert _staff_names(engine) == ["王芳"] and migrate.current_revision(engine) == "b0b0b0b0"


def test_check_reports_integrity_and_revision(engine: Engine) -> None:
    report = backup_service.check_database(engine)
    assert report.at_head and report.ok
    if sqlite_path(engine) is not None:
        assert report.integrity is True
        assert backup_service.check_database(engine, full=True).integrity_detail == "integrity_check"
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    report = backup_service.check_database(engine)
    assert not report.at_head and not report.ok


def test_is_recent() -> None:
    now = datetime(2026, 11, 23, 2, tzinfo=UTC)
    info = db_backup.BackupInfo(Path("x"), now - timedelta(hours=23), 1)
    assert backup_service.is_recent(info, now)
    assert not backup_service.is_recent(db_backup.BackupInfo(Path("x"), now - timedelta(hours=25), 1), now)
    assert not backup_service.is_recent(None, now)
