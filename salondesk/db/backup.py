"""Backups, restore and integrity checks.

SQLite: the online backup API copies in one step (``pages=-1``): a paged copy
restarts on every concurrent write and may never finish. A copy is written under
a temporary name, checked with ``PRAGMA integrity_check`` and only then renamed,
so every file named ``salondesk-*.sqlite3`` in a backup folder is a good one.
Other engines are backed up as a whole-salon JSON export (the portable fallback).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from salondesk.db.engine import connect_read_only, sqlite_path
from salondesk.i18n import QT_TRANSLATE_NOOP

BACKUP_GLOB = "salondesk-*"
ProgressFn = Callable[[int, int], None]


class BackupError(RuntimeError):
    """A backup or restore could not be made; nothing was changed.

    Like ``DomainError`` it carries a translatable template (context ``Errors``) and
    its parameters; ``str()`` is the English text, :meth:`render` translates.
    """

    def __init__(self, message: str, /, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the caller's language, placeholders filled in."""
        template = translate("Errors", self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return self.message.format(**self.params)


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup file."""

    path: Path
    taken_at: datetime
    size: int


def integrity_ok(path: Path, *, quick: bool = False) -> bool:
    """True when ``path`` is a readable SQLite file passing the integrity check."""
    if not path.is_file():
        return False
    try:
        conn = connect_read_only(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            return rows == [("ok",)]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def is_salondesk_database(path: Path) -> bool:
    """True when the file has SalonDesk's tables (alembic_version and staff)."""
    try:
        conn = connect_read_only(path)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return {"alembic_version", "staff"} <= names


def _timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def backup_sqlite_file(engine: Engine, dest_dir: Path, *, label: str = "", now: datetime | None = None) -> Path:
    """Copy the live SQLite database into ``dest_dir`` and verify it; return the file."""
    source = sqlite_path(engine)
    if source is None:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Only a SQLite database file can be backed up this way."))
    dest_dir.mkdir(parents=True, exist_ok=True)
    suffix = f"-{label}" if label else ""
    final = dest_dir / f"salondesk-{_timestamp(now)}{suffix}.sqlite3"
    partial = final.with_suffix(".partial")
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(target, pages=-1)  # type: ignore[union-attr]
            # The copy inherits WAL mode from the live file; a backup is a single file,
            # so switch it to a rollback journal (no -wal/-shm files beside it).
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    except BaseException:  # a full drive, a removed stick: no half copy left behind
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup {file} failed its integrity check."), file=final.name)
    partial.replace(final)
    return final


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """Verified backups in ``dest_dir``, newest first."""
    if not dest_dir.is_dir():
        return []
    infos = []
    for path in dest_dir.glob(BACKUP_GLOB):
        if path.suffix not in {".sqlite3", ".json"}:
            continue
        stat = path.stat()
        infos.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size))
    return sorted(infos, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune_backups(dest_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; return what was removed."""
    removed = []
    automatic = [b for b in list_backups(dest_dir) if "pre-upgrade" not in b.path.name]
    for info in automatic[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def check_restorable(source: Path) -> None:
    """Refuse (``BackupError``) a file that fails the integrity check or is not a SalonDesk database."""
    if not integrity_ok(source):
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} failed the integrity check; nothing was restored."), file=source.name
        )
    if not is_salondesk_database(source):
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a SalonDesk database; nothing was restored."), file=source.name
        )


def restore_sqlite_file(source: Path, engine: Engine, *, keep_current_aside: bool = True) -> Path | None:
    """Replace the database behind ``engine`` with ``source``.

    Refuses a file that fails the integrity check or is not a SalonDesk
    database. The current database is moved aside (returned) unless told not to.
    The caller must not hold open connections (the engine is disposed here).
    """
    target = sqlite_path(engine)
    if target is None:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Restoring a backup needs a SQLite database file."))
    check_restorable(source)
    engine.dispose()
    aside: Path | None = None
    if target.exists():
        if keep_current_aside:
            aside = target.with_name(f"{target.name}.before-restore-{_timestamp()}")
            src = sqlite3.connect(target)
            try:
                dst = sqlite3.connect(aside)
                src.backup(dst, pages=-1)
                dst.close()
            finally:
                src.close()
        for extra in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            extra.unlink(missing_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    shutil.copyfile(source, tmp)
    tmp.replace(target)
    return aside
