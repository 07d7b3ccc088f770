"""Composition root: config → engine → migrate → (first run) → login → main window.

Nothing else in the program opens an engine or reads the settings for the GUI;
every view receives an :class:`~salondesk.ui.context.AppContext` from here.
Heavy libraries (reportlab, pyqtgraph) are imported by the tabs that use them,
on first use, never here.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWizard
from sqlalchemy.engine import Engine

from salondesk import __version__, config, session_trace
from salondesk import db as db_package
from salondesk.db.engine import sqlite_path
from salondesk.db.open_lock import hold_window_lock
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import Clock, SystemClock
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import ROLE_LABELS, Actor, Role
from salondesk.logs import log, setup_logging
from salondesk.queries import staff as staff_queries
from salondesk.services import hygiene as hygiene_service
from salondesk.services import settings as settings_service
from salondesk.services import setup
from salondesk.ui.abnormal_end import tell_owner_if_needed
from salondesk.ui.backups import BackupController
from salondesk.ui.context import AppContext
from salondesk.ui.crash import install_crash_handler
from salondesk.ui.i18n import install_translators, resolve_language
from salondesk.ui.main_window import MainWindow
from salondesk.ui.tasks import TaskRunner

BENCH_AUTOLOGIN_ENV = "SALONDESK_BENCH_AUTOLOGIN"  # honoured only by benchmark_start()


@dataclass
class GuiSession:
    """What :func:`start_gui` built (the benchmark and tests look inside)."""

    app: QApplication
    engine: Engine
    ctx: AppContext
    tasks: TaskRunner
    window: MainWindow
    backups: BackupController


def application() -> QApplication:
    """The one QApplication (created on first call)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(config.APP_NAME)
    app.setWindowIcon(application_icon())
    # Wayland/X11 match the window to salondesk.desktop (menu entry, task bar icon) by this name.
    app.setDesktopFileName("salondesk")
    return app


def application_icon() -> QIcon:
    """The SalonDesk icon in every size shipped (resources/icons)."""
    icon = QIcon()
    for png in sorted(config.resource_dir("icons").glob("salondesk-*.png")):
        icon.addFile(str(png))
    return icon


_REVISION = re.compile(r"^(down_)?revision\b[^=]*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def _code_head_revision() -> str | None:
    """The newest migration, read from the migration files (None when that is not clear-cut)."""
    versions = Path(db_package.__file__).resolve().parent / "migrations" / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        for down, rev in _REVISION.findall(script.read_text(encoding="utf-8")):
            if rev:
                (parents if down else revisions).add(rev)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _schema_is_current(engine: Engine) -> bool:
    """True when the database is already at the code's head: start-up then skips loading alembic (~0.25 s)."""
    head = _code_head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except Exception:  # no table yet (new database) or unreadable: the full path decides
        return False
    return current == head


def _database_problem(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("App", "SalonDesk could not start"), text)


def _open_database(url: str) -> Engine | None:
    """Engine at the newest schema, or None after telling the user why not (in words, password hidden)."""
    from salondesk.db.opening import DatabaseUnavailable, describe, open_database

    try:
        engine = open_database(url, create=True)  # the first start creates the salon's file
    except DatabaseUnavailable as exc:
        _database_problem(exc.render(QCoreApplication.translate))
        return None
    if _schema_is_current(engine):
        return engine
    from salondesk.db import migrate  # alembic: only when an upgrade may be needed

    try:
        migrate.safe_upgrade(engine, config.default_backup_dir())
    except migrate.DatabaseTooNew as exc:
        _database_problem(
            QCoreApplication.translate(
                "App",
                "This database was written by a newer version of SalonDesk (schema {revision}); this is version "
                "{version}. Nothing was changed. Please install the newer version to open it.",
            ).format(revision=exc.revision, version=__version__)
        )
        engine.dispose()
        return None
    except migrate.MigrationFailed as exc:
        where = (
            str(exc.restored_from) if exc.restored_from else QCoreApplication.translate("App", "(the database was new)")
        )
        cause = describe(exc.cause, url)
        _database_problem(
            QCoreApplication.translate(
                "App",
                "The database could not be upgraded to this version of SalonDesk. It has been put back "
                "exactly as it was, from the backup {file}.\n\nNothing was lost. Please keep using the previous "
                "version and send this message to your support contact:\n\n{error}",
            ).format(
                file=where,
                error=cause.render(QCoreApplication.translate) if cause is not None else type(exc.cause).__name__,
            )
        )
        engine.dispose()
        return None
    except Exception as exc:  # the server went away, the file is unreadable…: say so instead of a traceback
        problem = describe(exc, url)
        if problem is None:
            raise
        _database_problem(problem.render(QCoreApplication.translate))
        engine.dispose()
        return None
    return engine


def demo_logins_text(logins: object) -> str:
    """The demo staff a new user can log in as, one per line."""
    lines = [QCoreApplication.translate("App", "Log in as one of the demo staff:"), ""]
    for login in logins:  # type: ignore[attr-defined]
        role = QCoreApplication.translate("Role", ROLE_LABELS[login.role])
        lines.append(
            QCoreApplication.translate("App", "{name} ({role}) — PIN {pin}").format(
                name=login.name, role=role, pin=login.pin
            )
        )
    return "\n".join(lines)


def start_gui(
    db_url: str | None,
    lang: str | None,
    *,
    clock: Clock | None = None,
    autologin_staff_id: int | None = None,
) -> GuiSession | None:
    """Build everything and show the window (locked behind a login, or logged in as given).

    Returns None when start-up ended early (database problem, wizard cancelled).
    """
    app = application()
    log_path = setup_logging()
    install_crash_handler()
    log.info("SalonDesk %s started (log: %s)", __version__, log_path.name)
    ui_lang = install_translators(resolve_language(lang, None))
    url = config.resolve_db_url(db_url)
    engine = _open_database(url)
    if engine is None:
        return None
    database_file = sqlite_path(engine)
    if database_file is not None:  # a restore elsewhere must see this window and refuse (records.md)
        hold_window_lock(database_file)
    clock = clock or SystemClock()
    new_uow = uow_factory(engine)
    tasks = TaskRunner(app)

    auto_actor = None
    if not setup.is_initialised(new_uow()):
        from salondesk.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(engine, new_uow, clock, tasks)
        if wizard.exec() != QWizard.DialogCode.Accepted or not (wizard.owner or wizard.demo_loaded):
            tasks.wait_idle()
            engine.dispose()
            return None
        auto_actor = wizard.owner
        logins = getattr(wizard.demo_result, "logins", ())
        if wizard.demo_loaded and logins:
            QMessageBox.information(
                None, QCoreApplication.translate("App", "The demo salon is ready"), demo_logins_text(logins)
            )

    # records.md: the default checklist templates exist from the first run on (idempotent)
    hygiene_service.install_default_templates(new_uow(), clock)
    settings = settings_service.get_settings(new_uow())
    if not lang and settings.language and settings.language != ui_lang:
        ui_lang = install_translators(settings.language)

    ctx = AppContext(new_uow=new_uow, clock=clock, settings=settings, db_url=url)
    ctx.extras.update({"engine": engine, "lang": ui_lang})
    backups = BackupController(ctx, engine, tasks)
    window = MainWindow(ctx, tasks, backups)
    # the owner hears about a session that ended abnormally once their tabs are up
    window.session_started.connect(lambda _actor: QTimer.singleShot(0, lambda: tell_owner_if_needed(window, ctx)))
    window.show()
    if autologin_staff_id is not None:
        rows = staff_queries.staff_rows(new_uow(), clock.now().date(), include_inactive=False)
        staff = next((s for s in rows if s.id == autologin_staff_id), None)
        if staff is None:
            raise SystemExit(f"no active staff member with id {autologin_staff_id}")
        auto_actor = Actor(staff.id, staff.name, staff.role)
    if auto_actor is not None:
        actor = auto_actor
        QTimer.singleShot(0, lambda: window.start_session(actor))  # paint the frame first, then build the tabs
    else:
        QTimer.singleShot(0, window.lock)  # the window paints first; the login sits on top of it
    backups.start_schedule()
    return GuiSession(app, engine, ctx, tasks, window, backups)


def run_gui(db_url: str | None, lang: str | None) -> int:
    """Start SalonDesk's window and run until it closes; the process's exit code.

    A fault handler writes to the log folder while the window runs; only a normal
    exit clears the session's marker (``salondesk.session_trace``).
    """
    trace = session_trace.begin_session()
    session = start_gui(db_url, lang)
    if session is None:
        trace.end_cleanly()
        return 1 if QApplication.instance() is None else 0
    code = session.app.exec()
    session.tasks.wait_idle()
    session.engine.dispose()
    trace.end_cleanly()
    return int(code)


def benchmark_start(db_url: str, staff_id: int) -> GuiSession | None:
    """For ``benchmarks/startup.py`` only: start logged in as ``staff_id`` without a PIN."""
    return start_gui(db_url, "en", autologin_staff_id=staff_id)


def _run_until_idle(session: GuiSession, on_ready: Callable[[], None]) -> int:
    """Run the event loop until the logged-in window is built and idle, call ``on_ready``, quit."""

    def ready() -> None:
        if session.window.is_locked():  # the tabs are built from a zero timer too: wait for them
            QTimer.singleShot(0, ready)
            return
        on_ready()
        session.window.hide()
        session.backups.stop_schedule()
        session.app.quit()

    QTimer.singleShot(0, ready)  # runs once the event loop has painted the window and has nothing else to do
    session.backups.stop_schedule()
    code = session.app.exec()
    session.tasks.wait_idle()
    return int(code)


def _bench_main() -> int:
    """``python -m salondesk.app`` with ``SALONDESK_BENCH_AUTOLOGIN=<id>``: print READY when idle, then quit."""
    staff_id = int(os.environ[BENCH_AUTOLOGIN_ENV])
    session = benchmark_start(config.resolve_db_url(None), staff_id)
    if session is None:
        return 1

    def report() -> None:
        heavy = " ".join(f"{name}={int(name in sys.modules)}" for name in ("reportlab", "pyqtgraph", "alembic"))
        print(f"READY {heavy}", flush=True)

    return _run_until_idle(session, report)


def smoke_main(db_url: str | None, pin: str) -> int:
    """The installed program's self-test (packaging/test_bundle.sh): the owner logs in with a PIN.

    Opens the database, checks ``pin`` against the owner's like the login dialog does,
    shows the main window logged in, prints ``READY <tabs>`` once it is idle and quits.
    Exit 1 when the database cannot be opened or the PIN is wrong.
    """
    from salondesk.services import auth

    application()
    url = config.resolve_db_url(db_url)
    engine = _open_database(url)
    if engine is None:
        return 1
    new_uow = uow_factory(engine)
    owner = next((s for s in auth.active_staff(new_uow()) if s.role == Role.OWNER), None)
    try:
        if owner is None or owner.id is None:
            print("SMOKE FAILED: the database has no active owner", file=sys.stderr, flush=True)
            return 1
        auth.login(new_uow(), SystemClock(), owner.id, pin)
    except DomainError:
        print("SMOKE FAILED: the owner's PIN was not accepted", file=sys.stderr, flush=True)
        return 1
    finally:
        engine.dispose()
    session = start_gui(url, None, autologin_staff_id=owner.id)
    if session is None:
        return 1
    window = session.window

    def report() -> None:
        tabs = window.findChild(QTabWidget)
        names = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
        print(f"READY {window.windowTitle()} | {' | '.join(names)}", flush=True)

    return _run_until_idle(session, report)


if __name__ == "__main__":
    raise SystemExit(_bench_main())
