"""Automatic and manual backups from the GUI: never on the GUI thread, never more than one at a time.

SQLite: the online backup API into the salon's backup folder, compressed and
verified, then the folder is pruned to the grandfather-father-son retention. The
daily backup waits while the login screen is shown (nobody is at the counter to
see it, and a start-up must not compete with the first login); the closing backup
does not. PostgreSQL: backups are the server's job; the app says so instead of
pretending.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.engine import Engine

from salondesk import config
from salondesk.db import backup as db_backup
from salondesk.db.engine import sqlite_path
from salondesk.domain.permissions import Actor
from salondesk.services import settings as settings_service
from salondesk.ui.context import AppContext, failure_text
from salondesk.ui.tasks import TaskRunner

CHECK_INTERVAL_MS = 15 * 60 * 1000  # look every 15 min whether a daily backup is due
FIRST_CHECK_DELAY_MS = 3000  # the first look waits until the window is up and the user logged in


def _service() -> Any:
    """``salondesk.services.backup`` on first use: it loads alembic (~0.25 s); showing the window does not need it."""
    from salondesk.services import backup

    return backup


def run_backup(ctx: AppContext, engine: Engine, actor: Actor | None) -> Path:
    """Take one verified backup and prune old ones (runs in a worker thread; audited when ``actor`` is set)."""
    return Path(_service().backup_now(engine, ctx.settings, ctx.clock, actor))


class BackupController(QObject):
    """Owns the backup schedule and the restore of a SQLite salon."""

    state_changed = Signal()  # a backup finished (or failed): the status bar re-reads
    failed = Signal(str)
    restored = Signal(object)  # the file kept aside (Path | None): everyone must log in again

    def __init__(self, ctx: AppContext, engine: Engine, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.engine = engine
        self.tasks = tasks
        self._running = False
        self.last_error = ""
        self._held: Callable[[], bool] = lambda: False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.backup_if_due)

    # -------------------------------------------------------------- state
    def supported(self) -> bool:
        """True for a SQLite file (PostgreSQL is backed up by its server)."""
        return sqlite_path(self.engine) is not None

    def folder(self) -> Path:
        """Where backups go."""
        chosen = self.ctx.settings.backup_folder
        return Path(chosen).expanduser() if chosen else config.default_backup_dir()

    def last_backup(self) -> db_backup.BackupInfo | None:
        """The newest verified backup (only verified files carry the backup name)."""
        found = db_backup.list_backups(self.folder()) if self.supported() else []
        return found[0] if found else None

    def space_used(self) -> tuple[int, int]:
        """(files, bytes) in the backup folder."""
        return db_backup.folder_usage(self.folder()) if self.supported() else (0, 0)

    def is_running(self) -> bool:
        """True while a backup is being taken."""
        return self._running

    def due(self) -> bool:
        """No backup yet on the salon's current local day."""
        return bool(_service().due_for_daily_backup(self.ctx.settings, self.ctx.clock, self.folder()))

    # -------------------------------------------------------------- actions
    def hold_while(self, held: Callable[[], bool]) -> None:
        """No daily backup starts while ``held()`` is true (the main window passes "the login is shown")."""
        self._held = held

    def start_schedule(self) -> None:
        """Clear what killed backups left, back up if due, then look again every 15 minutes."""
        if self.supported():
            self._timer.start()
            QTimer.singleShot(FIRST_CHECK_DELAY_MS, self._first_check)

    def _first_check(self) -> None:
        db_file = sqlite_path(self.engine)
        folder = self.folder()
        self.tasks.submit(
            lambda: _service().clean_leftovers(folder, db_file),
            lambda _removed: self.backup_if_due(),
            lambda _error: self.backup_if_due(),  # an unreadable leftover must not stop the backups
        )

    def check_soon(self) -> None:
        """Someone logged in: a backup that waited for the login may start shortly."""
        QTimer.singleShot(FIRST_CHECK_DELAY_MS, self.backup_if_due)

    def stop_schedule(self) -> None:
        """No more automatic backups (closing)."""
        self._timer.stop()

    def backup_if_due(self) -> None:
        """At most one automatic backup a day while running (only while the schedule runs)."""
        if self._timer.isActive() and self.supported() and not self._running and not self._held() and self.due():
            self.backup_now()

    def backup_now(
        self,
        actor: Actor | None = None,
        on_done: Callable[[Path], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Start a backup in the background; False when one is already running or unsupported.

        A backup the owner asked for passes ``actor`` (permission checked, audited);
        the automatic ones do not.
        """
        if not self.supported() or self._running:
            return False
        self._running = True

        def done(path: Path) -> None:
            self._running = False
            self.last_error = ""
            self.state_changed.emit()
            if on_done:
                on_done(path)

        def error(exc: BaseException) -> None:
            self._running = False
            self.last_error = failure_text(exc)
            self.state_changed.emit()
            self.failed.emit(self.last_error)
            if on_error:
                on_error(exc)

        self.tasks.submit(lambda: run_backup(self.ctx, self.engine, actor), done, error)
        self.state_changed.emit()
        return True

    def backup_on_exit(self) -> None:
        """The closing backup: started like any other, then waited for (the window is already gone)."""
        self.stop_schedule()
        if self.supported() and not self._running:
            self.backup_now()
        self.tasks.wait_idle(60_000)

    def restore(self, source: Path) -> Path | None:
        """Replace the database with ``source`` (verified first), upgrade it, reload settings.

        Returns the file the current database was kept aside as. Raises
        ``BackupError`` (nothing changed) or ``MigrationFailed``.
        """
        self.tasks.wait_idle(60_000)
        aside = _service().restore_backup(self.engine, source, self.ctx.actor, self.ctx.clock)
        self.engine.dispose()
        from salondesk.db import migrate

        migrate.safe_upgrade(self.engine, self.folder())
        self.ctx.settings = settings_service.get_settings(self.ctx.new_uow())
        self.ctx.signals.settings_changed.emit()
        self.restored.emit(aside)
        self.state_changed.emit()
        return aside
