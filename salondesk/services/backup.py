"""Backups as a use case: where they go, which are kept, when the next one is due.

The mechanics (SQLite online backup, compression, integrity check, restore) live in
``salondesk.db.backup``; this module adds the salon's settings (folder, the
grandfather-father-son retention of ``salondesk.domain.retention``), the pruning of
every leftover, the portable fallback for server databases (a whole-salon JSON
export), the permission check and the audit row.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from salondesk import config
from salondesk.db import backup as db_backup
from salondesk.db import migrate, transfer
from salondesk.db.backup import BackupError, BackupInfo
from salondesk.db.engine import is_sqlite, sqlite_path
from salondesk.db.open_lock import ensure_not_open_elsewhere
from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import local_date
from salondesk.domain.clock import Clock
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.retention import Retention, backups_to_keep
from salondesk.domain.settings import SalonSettings
from salondesk.domain.staff import Staff
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.settings import salon_timezone

__all__ = [
    "BackupError",
    "CheckReport",
    "backup_folder",
    "backup_now",
    "backup_space",
    "check_database",
    "clean_leftovers",
    "due_for_daily_backup",
    "last_good_backup",
    "prune",
    "restore_backup",
]

PRE_UPGRADE_KEEP = 2  # each failed upgrade attempt leaves a full copy: the newest two are all a rescue needs
ASIDE_KEEP = 2  # copies of the database a restore kept aside


def backup_folder(settings: SalonSettings) -> Path:
    """The owner's chosen folder, else ``<data dir>/backups`` (created on demand)."""
    if settings.backup_folder:
        folder = Path(settings.backup_folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return config.default_backup_dir()


def backup_now(
    engine: Engine,
    settings: SalonSettings,
    clock: Clock,
    actor: Actor | None = None,
    folder: Path | None = None,
) -> Path:
    """Take one verified backup, then :func:`prune` the folder; return the file.

    SQLite: an online-backup copy, compressed, checked with ``integrity_check``. Other engines:
    a whole-salon JSON export (restore it with ``salondesk import`` into an empty
    database). With an ``actor`` the permission is checked and the backup audited.
    """
    if actor is not None:
        require(UnitOfWork(engine), actor, Permission.BACKUP_RESTORE)
    dest = folder or backup_folder(settings)
    now = clock.now()
    if sqlite_path(engine) is not None:
        path = db_backup.backup_sqlite_file(engine, dest, now=now)
    elif is_sqlite(engine):
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "An in-memory database cannot be backed up."))
    else:
        dest.mkdir(parents=True, exist_ok=True)
        path = dest / f"salondesk-{now.strftime('%Y%m%d-%H%M%S')}.json"
        transfer.export_salon(engine, path, now=now, with_credentials=True)  # a backup restores logins too
    prune(dest, settings, now, sqlite_path(engine))
    if actor is not None:
        uow = UnitOfWork(engine)
        with uow:
            audit.record(uow, actor, clock, "backup", "database", path.name)
            uow.commit()
    return path


def retention(settings: SalonSettings) -> Retention:
    """The salon's grandfather-father-son counts."""
    return Retention(settings.backup_daily, settings.backup_weekly, settings.backup_monthly)


def prune(folder: Path, settings: SalonSettings, now: datetime, db_file: Path | None = None) -> list[Path]:
    """Delete what the salon no longer needs; return what was deleted.

    Scheduled backups beyond the retention (uncompressed ones of earlier versions
    included), pre-upgrade copies beyond the newest :data:`PRE_UPGRADE_KEEP`, copies a
    restore kept aside beyond the newest :data:`ASIDE_KEEP`, and ``*.partial`` files
    of backups that were killed. A backup dated after ``now`` (a clock set back) stays.
    """
    found = db_backup.list_backups(folder)
    scheduled = [b for b in found if not db_backup.is_pre_upgrade(b) and b.taken_at <= now]
    keep = backups_to_keep([b.taken_at for b in scheduled], retention(settings), salon_timezone(settings))
    doomed = [b.path for i, b in enumerate(scheduled) if i not in keep]
    doomed += [b.path for b in found if db_backup.is_pre_upgrade(b)][PRE_UPGRADE_KEEP:]
    if db_file is not None:
        doomed += db_backup.kept_aside_copies(db_file)[ASIDE_KEEP:]
    doomed += db_backup.stale_partials(folder)
    removed = []
    for path in doomed:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed


def clean_leftovers(folder: Path, db_file: Path | None) -> list[Path]:
    """At start-up: ``*.partial`` files of killed backups, and a restore's half-copied file when it was killed."""
    removed = db_backup.stale_partials(folder)
    if db_file is not None:
        restoring = db_file.with_name(db_file.name + ".restoring")
        if restoring.is_file() and time.time() - restoring.stat().st_mtime > db_backup.PARTIAL_STALE_AFTER_S:
            removed.append(restoring)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_space(folder: Path) -> tuple[int, int]:
    """(files, bytes) the backup folder takes, shown in Settings."""
    return db_backup.folder_usage(folder)


def last_good_backup(settings: SalonSettings, folder: Path | None = None) -> BackupInfo | None:
    """The newest verified backup in the backup folder (only verified files carry the name)."""
    backups = db_backup.list_backups(folder or backup_folder(settings))
    return backups[0] if backups else None


def due_for_daily_backup(settings: SalonSettings, clock: Clock, folder: Path | None = None) -> bool:
    """True when no backup was taken yet on the salon's current local day (at most once a day)."""
    last = last_good_backup(settings, folder)
    if last is None:
        return True
    tz = salon_timezone(settings)
    return local_date(last.taken_at, tz) < local_date(clock.now(), tz)


def restore_backup(engine: Engine, source: Path, actor: Actor | None = None, clock: Clock | None = None) -> Path | None:
    """Replace the salon with a backup file; returns where the current database was kept.

    Refuses a file failing the integrity check or not a SalonDesk database, and a
    database another process has open (a SalonDesk window elsewhere, a database browser):
    its writes would be lost in both copies. Nothing changes then. Server databases are
    restored by importing an export instead. With an ``actor`` the permission is checked
    and the restore is written to the restored database's audit trail.
    """
    if actor is not None:
        require(UnitOfWork(engine), actor, Permission.BACKUP_RESTORE)
        if clock is None:
            raise TypeError("a restore by an actor is audited: pass the clock")
    target = sqlite_path(engine)
    if target is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "Restoring replaces a SQLite file; for a server database import an export instead."
            )
        )
    engine.dispose()  # our own connections are not "another program"
    ensure_not_open_elsewhere(target)
    aside = db_backup.restore_sqlite_file(Path(source), engine)
    if actor is not None and clock is not None:  # both or neither: checked before anything changed
        _audit_restore(engine, actor, clock, Path(source), aside)
    return aside


def _audit_restore(engine: Engine, actor: Actor, clock: Clock, source: Path, aside: Path | None) -> None:
    """The restored database records who put it back (the actor may not exist in it: then by name)."""
    if not migrate.is_at_head(engine):  # an older backup: bring it up to date before writing into it
        migrate.safe_upgrade(engine, config.default_backup_dir())
    uow = UnitOfWork(engine)
    with uow:
        known = actor.staff_id is not None and uow.session.get(Staff, actor.staff_id) is not None
        who = actor if known else Actor(None, actor.name, actor.role)
        audit.record(
            uow, who, clock, "restore", "database", source.name, "kept_aside", None, aside.name if aside else None
        )
        uow.commit()


@dataclass(frozen=True)
class CheckReport:
    """What ``salondesk check`` found."""

    integrity: bool | None  # None: not applicable (server databases check themselves)
    integrity_detail: str
    revision: str | None
    head: str | None

    @property
    def at_head(self) -> bool:
        """True when the schema needs no upgrade."""
        return self.revision == self.head

    @property
    def ok(self) -> bool:
        """Integrity passed (or n/a) and the schema is current."""
        return self.integrity is not False and self.at_head


def check_database(engine: Engine, *, full: bool = False) -> CheckReport:
    """Integrity (``quick_check``, or ``integrity_check`` when ``full``) and migration state."""
    path = sqlite_path(engine)
    integrity: bool | None = None
    detail = "quick_check" if not full else "integrity_check"
    if path is not None:
        integrity = db_backup.integrity_ok(path, quick=not full)
    try:
        revision = migrate.current_revision(engine)
    except Exception:  # an unreadable file: integrity already says so
        revision = None
    return CheckReport(integrity, detail, revision, migrate.head_revision())


def is_recent(info: BackupInfo | None, now: datetime, hours: float = 24) -> bool:
    """True when ``info`` was taken within ``hours`` of ``now`` (status bar colouring)."""
    return info is not None and (now - info.taken_at).total_seconds() <= hours * 3600
