"""Who has a SQLite database open: the window's lock file, and SQLite's own locks.

A restore replaces the database file. A SalonDesk window still running on it would keep
writing into the old file's open handle (or its WAL) and those writes would be lost in
neither copy. So:

- the window holds ``<database>.lock`` (an OS file lock, released when the process
  ends, even by a crash) for as long as it runs, with its process id and computer name
  written inside for the message;
- :func:`ensure_not_open_elsewhere` refuses when another process holds that lock, or
  when any other program has the file open (a WAL database cannot leave WAL mode while
  another connection is open: SQLite's own, exact test, made with no waiting).
"""

from __future__ import annotations

import os
import socket
import sqlite3
from pathlib import Path

from filelock import FileLock, Timeout

from salondesk.db.backup import BackupError
from salondesk.i18n import QT_TRANSLATE_NOOP

_held: dict[Path, FileLock] = {}  # the locks THIS process holds (its own window is no obstacle)


def lock_path(database: Path) -> Path:
    """The lock file next to ``database``."""
    return database.with_name(database.name + ".lock")


def hold_window_lock(database: Path) -> bool:
    """Take the window's lock on ``database`` for the life of this process.

    Returns False when another process already holds it (another window on the same
    file); the caller may still start (two windows on one file are safe for SQLite),
    but a restore will name that window.
    """
    database = database.resolve()
    if database in _held:
        return True
    lock = FileLock(lock_path(database))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False
    Path(lock.lock_file).write_text(f"{os.getpid()} {socket.gethostname()}\n", encoding="utf-8")
    _held[database] = lock
    return True


def release_window_lock(database: Path) -> None:
    """Give the lock back (the window closed)."""
    lock = _held.pop(database.resolve(), None)
    if lock is not None:
        lock.release()


def _holder(database: Path) -> str:
    try:
        return lock_path(database).read_text(encoding="utf-8").strip() or "?"
    except OSError:
        return "?"


def ensure_not_open_elsewhere(database: Path) -> None:
    """Raise :class:`BackupError` naming what to close when another process has ``database`` open."""
    database = database.resolve()
    if database not in _held and lock_path(database).exists():
        probe = FileLock(lock_path(database))
        try:
            probe.acquire(timeout=0)
        except Timeout:
            pid, _, host = _holder(database).partition(" ")
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "SalonDesk is open on this database (process {pid} on {host}). Close that SalonDesk window, "
                    "then restore again. Nothing was restored.",
                ),
                pid=pid,
                host=host or "?",
            ) from None
        probe.release()
    if not database.exists():
        return
    conn = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":
            conn.execute("PRAGMA journal_mode=DELETE")  # fails while any other connection is open
            conn.execute("PRAGMA journal_mode=WAL")
        else:
            conn.execute("BEGIN EXCLUSIVE")  # fails while any other connection reads or writes
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another program has the database {file} open (another SalonDesk, a backup tool or a database "
                "browser). Close it, then restore again. Nothing was restored.",
            ),
            file=database.name,
        ) from None
    finally:
        conn.close()
