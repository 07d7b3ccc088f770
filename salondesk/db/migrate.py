"""Schema upgrades with a safety net: back up, upgrade, restore on failure.

Alembic (and the PostgreSQL dialect it pulls in, ~0.5 s) is imported by the functions that
use it, not with this module: the app imports this module at start-up (through the transfer
and backup code) but needs alembic only when the database is not at head.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

from salondesk.db import backup
from salondesk.db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationFailed(RuntimeError):
    """The upgrade failed; the database was put back as it was."""

    def __init__(self, cause: BaseException, restored_from: Path | None) -> None:
        self.cause = cause
        self.restored_from = restored_from
        super().__init__(f"database upgrade failed ({cause}); restored from {restored_from}")


class DatabaseTooNew(RuntimeError):
    """The database is at a schema revision this code does not know: a newer SalonDesk wrote it."""

    def __init__(self, revision: str, head: str | None) -> None:
        self.revision = revision
        self.head = head
        super().__init__(f"database schema {revision} is newer than this version (head {head})")


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.cache  # alembic reads and compiles every migration file each time (~30 ms; twice per import)
def head_revision() -> str | None:
    """The newest migration in the code."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None: empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_at_head(engine: Engine) -> bool:
    """True when no upgrade is needed."""
    return current_revision(engine) == head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (no safety net; see :func:`safe_upgrade`)."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def is_known_revision(revision: str) -> bool:
    """True when ``revision`` is one of this code's migrations."""
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def refuse_newer(engine: Engine) -> str | None:
    """The database's revision; raises :class:`DatabaseTooNew` when this code does not know it."""
    current = current_revision(engine)
    if current is not None and not is_known_revision(current):
        raise DatabaseTooNew(current, head_revision())
    return current


def safe_upgrade(engine: Engine, backup_dir: Path) -> Path | None:
    """Upgrade to head; before that back the database up, and restore it if the upgrade fails.

    Returns the pre-upgrade backup (None when nothing needed doing or the database
    was new). Raises :class:`MigrationFailed` after restoring, and :class:`DatabaseTooNew`
    (before touching anything: no backup, no upgrade, no restore) for a database a newer
    version wrote.
    """
    current = refuse_newer(engine)
    if current == head_revision():
        return None
    db_file = sqlite_path(engine)
    saved: Path | None = None
    if current is not None and db_file is not None and db_file.exists():
        saved = backup.backup_sqlite_file(engine, backup_dir, label=f"pre-upgrade-{current}")
    try:
        upgrade(engine)
    except Exception as exc:
        if saved is not None:
            engine.dispose()
            backup.restore_sqlite_file(saved, engine, keep_current_aside=False)
        raise MigrationFailed(exc, saved) from exc
    return saved
