"""Backups, restore and integrity checks.

SQLite: the online backup API copies in one step (``pages=-1``): a paged copy
restarts on every concurrent write and may never finish. The copy is gzip-
compressed (a 10-year salon's 282 MB file shrinks to about a fifth), then verified
the way a restore would read it: decompressed again and put through
``PRAGMA integrity_check``. Every step writes under a ``*.partial`` name and only
the verified file is renamed to ``salondesk-<UTC time>[-label].sqlite3.gz``, so
every file carrying a backup name is a good one, and a backup killed half-way
leaves only ``*.partial`` files, which :func:`stale_partials` finds for pruning.
Restore reads these and the uncompressed ``*.sqlite3`` backups of earlier versions.
Other engines are backed up as a whole-salon JSON export (the portable fallback).
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import sqlite3
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from salondesk.db.engine import connect_read_only, sqlite_path
from salondesk.i18n import QT_TRANSLATE_NOOP

BACKUP_GLOB = "salondesk-*"
COMPRESSED = ".sqlite3.gz"
BACKUP_SUFFIXES = (COMPRESSED, ".sqlite3", ".json")  # .sqlite3: uncompressed backups of earlier versions
PARTIAL = ".partial"
PRE_UPGRADE = "pre-upgrade"
BEFORE_RESTORE = ".before-restore-"
# A *.partial file untouched this long belongs to no running backup (a live one is written
# continuously and renamed within a minute or two even for a 10-year salon).
PARTIAL_STALE_AFTER_S = 3600
GZIP_LEVEL = 6  # zlib's default: level 9 saves ~2 % more for twice the time
_CHUNK = 1 << 20
_TAKEN = re.compile(r"^salondesk-(\d{8}-\d{6})")
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


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def compress_file(source: Path, target: Path) -> None:
    """``source`` gzip-compressed into ``target`` (flushed to disk)."""
    with source.open("rb") as raw, gzip.open(target, "wb", compresslevel=GZIP_LEVEL) as packed:
        shutil.copyfileobj(raw, packed, _CHUNK)
    _fsync(target)


def decompress_file(source: Path, target: Path) -> bool:
    """``source`` decompressed into ``target``; False (and no ``target``) when it is not intact gzip."""
    try:
        with gzip.open(source, "rb") as packed, target.open("wb") as raw:
            shutil.copyfileobj(packed, raw, _CHUNK)
    except (OSError, EOFError, zlib.error):  # BadGzipFile is an OSError; a cut-off file ends in EOFError
        target.unlink(missing_ok=True)
        return False
    return True


def is_compressed(path: Path) -> bool:
    """True for a gzip backup (by name: ``*.gz``)."""
    return path.suffix == ".gz"


def backup_sqlite_file(engine: Engine, dest_dir: Path, *, label: str = "", now: datetime | None = None) -> Path:
    """Copy the live SQLite database into ``dest_dir``, compress it, verify it; return the file."""
    source = sqlite_path(engine)
    if source is None:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Only a SQLite database file can be backed up this way."))
    dest_dir.mkdir(parents=True, exist_ok=True)
    suffix = f"-{label}" if label else ""
    final = dest_dir / f"salondesk-{_timestamp(now)}{suffix}{COMPRESSED}"
    copy = dest_dir / f"{final.name}.copy{PARTIAL}"
    packed = dest_dir / f"{final.name}{PARTIAL}"
    try:
        raw = engine.raw_connection()
        try:
            target = sqlite3.connect(copy)
            try:
                raw.driver_connection.backup(target, pages=-1)  # type: ignore[union-attr]
                # The copy inherits WAL mode from the live file; a backup is a single file,
                # so switch it to a rollback journal (no -wal/-shm files beside it).
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            raw.close()
        compress_file(copy, packed)
        copy.unlink()
        if not _verified(packed, dest_dir):
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "The backup {file} failed its integrity check."), file=final.name
            )
        packed.replace(final)
    finally:  # a full drive, a removed stick, a failed check: no half copy left behind
        for leftover in (copy, copy.with_name(copy.name + "-journal"), packed):
            leftover.unlink(missing_ok=True)
    return final


def _verified(packed: Path, scratch_dir: Path) -> bool:
    """Decompress the gzip ``packed`` as a restore would and run the full integrity check on it."""
    scratch = scratch_dir / f"{packed.name}.check{PARTIAL}"
    try:
        return decompress_file(packed, scratch) and integrity_ok(scratch)
    finally:
        scratch.unlink(missing_ok=True)


def taken_at(path: Path) -> datetime:
    """When a backup was taken: the UTC time in its name, else the file's modification time."""
    match = _TAKEN.match(path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """Verified backups in ``dest_dir`` (compressed, uncompressed or JSON), newest first."""
    if not dest_dir.is_dir():
        return []
    infos = []
    for path in dest_dir.glob(BACKUP_GLOB):
        if not path.name.endswith(BACKUP_SUFFIXES) or not path.is_file():
            continue
        infos.append(BackupInfo(path, taken_at(path), path.stat().st_size))
    return sorted(infos, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def is_pre_upgrade(info: BackupInfo) -> bool:
    """A copy taken before an upgrade of the database structure (kept apart from the schedule)."""
    return PRE_UPGRADE in info.path.name


def stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """``*.partial`` files in ``folder`` left by a backup, restore or export that was killed."""
    if not folder.is_dir():
        return []
    moment = time.time() if now is None else now
    found = []
    for path in folder.glob(f"{BACKUP_GLOB}{PARTIAL}"):
        try:
            if path.is_file() and moment - path.stat().st_mtime > PARTIAL_STALE_AFTER_S:
                found.append(path)
        except FileNotFoundError:  # finished meanwhile
            continue
    return sorted(found)


def kept_aside_copies(db_file: Path) -> list[Path]:
    """The copies a restore kept aside next to the database (``<db>.before-restore-<time>``), newest first."""
    return sorted(db_file.parent.glob(f"{db_file.name}{BEFORE_RESTORE}*"), reverse=True)


def folder_usage(dest_dir: Path) -> tuple[int, int]:
    """(files, bytes) of everything SalonDesk keeps in a backup folder, leftovers included."""
    files = [p for p in dest_dir.glob(BACKUP_GLOB) if p.is_file()] if dest_dir.is_dir() else []
    return len(files), sum(p.stat().st_size for p in files)


def _check_plain(plain: Path, name: str) -> None:
    if not integrity_ok(plain):
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} failed the integrity check; nothing was restored."), file=name
        )
    if not is_salondesk_database(plain):
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a SalonDesk database; nothing was restored."), file=name
        )


def check_restorable(source: Path) -> None:
    """Refuse (``BackupError``) a file that does not decompress, fails the integrity check or is not SalonDesk's."""
    if not is_compressed(source):
        _check_plain(source, source.name)
        return
    with tempfile.TemporaryDirectory(prefix="salondesk-check-") as scratch:
        plain = Path(scratch) / "backup.sqlite3"
        decompress_file(source, plain)  # a damaged file leaves nothing: the check refuses it
        _check_plain(plain, source.name)


def restore_sqlite_file(source: Path, engine: Engine, *, keep_current_aside: bool = True) -> Path | None:
    """Replace the database behind ``engine`` with ``source`` (a ``.sqlite3.gz`` backup or a plain file).

    Refuses a file that does not decompress, fails the integrity check or is not a
    SalonDesk database. The current database is moved aside (returned) unless told
    not to. The caller must not hold open connections (the engine is disposed here).
    """
    target = sqlite_path(engine)
    if target is None:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Restoring a backup needs a SQLite database file."))
    incoming = target.with_name(target.name + ".restoring")
    try:
        if is_compressed(source):
            decompress_file(source, incoming)  # a damaged file leaves nothing: the check below refuses it
        elif source.is_file():
            shutil.copyfile(source, incoming)
        _check_plain(incoming, source.name)
        engine.dispose()
        aside: Path | None = None
        if target.exists():
            if keep_current_aside:
                aside = target.with_name(f"{target.name}{BEFORE_RESTORE}{_timestamp()}")
                src = sqlite3.connect(target)
                try:
                    dst = sqlite3.connect(aside)
                    src.backup(dst, pages=-1)
                    dst.close()
                finally:
                    src.close()
            for extra in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
                extra.unlink(missing_ok=True)
        incoming.replace(target)
        return aside
    finally:
        incoming.unlink(missing_ok=True)
