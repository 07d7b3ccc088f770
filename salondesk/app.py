"""Composition root: config → engine → migrate → (first run) → login → main window.

Nothing else in the program opens an engine or reads the settings for the GUI;
every view receives an :class:`~salondesk.ui.context.AppContext` from here.
Heavy libraries (reportlab, pyqtgraph) are imported by the tabs that use them,
on first use, never here.

The program (:func:`run_gui`) paints its login first: this module imports only Qt and
the light start-up helpers at the top, reads the login's two settings with the standard
library (``salondesk.db.first_look``) and loads SQLAlchemy, the tables, the services
and the main window in a worker thread while the PIN is typed (:class:`LoginFirst`).
A first run, an upgrade, a database server or a database with a problem take the
ordinary way (:func:`start_gui`), which tests and the soak use too.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWizard

from salondesk import __version__, config, session_trace
from salondesk.db.first_look import code_head_revision, read_login_facts
from salondesk.logs import log, setup_logging
from salondesk.ui.crash import install_crash_handler
from salondesk.ui.i18n import install_translators, resolve_language
from salondesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from salondesk.db.uow import UowFactory
    from salondesk.domain.clock import Clock
    from salondesk.domain.permissions import Actor
    from salondesk.domain.settings import SalonSettings
    from salondesk.queries.staff import StaffRow
    from salondesk.ui.backups import BackupController
    from salondesk.ui.context import AppContext
    from salondesk.ui.login import LoginDialog
    from salondesk.ui.main_window import MainWindow

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


def _schema_is_current(engine: Engine) -> bool:
    """True when the database is already at the code's head: start-up then skips loading alembic (~0.25 s)."""
    head = code_head_revision()
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
    from salondesk.domain.permissions import ROLE_LABELS

    lines = [QCoreApplication.translate("App", "Log in as one of the demo staff:"), ""]
    for login in logins:  # type: ignore[attr-defined]
        role = QCoreApplication.translate("Role", ROLE_LABELS[login.role])
        lines.append(
            QCoreApplication.translate("App", "{name} ({role}) — PIN {pin}").format(
                name=login.name, role=role, pin=login.pin
            )
        )
    return "\n".join(lines)


def _begin(lang: str | None) -> tuple[QApplication, str]:
    """The application, the log, the crash handler and the translators (``--lang`` or the system's)."""
    app = application()
    log_path = setup_logging()
    install_crash_handler()
    log.info("SalonDesk %s started (log: %s)", __version__, log_path.name)
    return app, install_translators(resolve_language(lang, None))


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
    _app, ui_lang = _begin(lang)
    return _start_ordinarily(config.resolve_db_url(db_url), lang, ui_lang, clock, autologin_staff_id)


def _start_ordinarily(
    url: str, lang: str | None, ui_lang: str, clock: Clock | None, autologin_staff_id: int | None
) -> GuiSession | None:
    """Open (creating or upgrading), run the first-run wizard if needed, show the window locked or logged in."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.permissions import Actor
    from salondesk.queries import staff as staff_queries
    from salondesk.services import setup

    app = application()
    engine = _open_database(url)
    if engine is None:
        return None
    _hold_window_lock(engine)
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

    settings = _prepare_salon(engine, new_uow, clock)
    if not lang and settings.language and settings.language != ui_lang:
        ui_lang = install_translators(settings.language)
    session = _build_session(app, engine, new_uow, clock, settings, url, ui_lang, tasks)
    window = session.window
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
    session.backups.start_schedule()
    return session


def _hold_window_lock(engine: Engine) -> None:
    """A restore elsewhere must see this window and refuse (records.md)."""
    from salondesk.db.engine import sqlite_path
    from salondesk.db.open_lock import hold_window_lock

    database_file = sqlite_path(engine)
    if database_file is not None:
        hold_window_lock(database_file)


def _prepare_salon(engine: Engine, new_uow: UowFactory, clock: Clock) -> SalonSettings:
    """Hold the window's lock on the file, install the default checklists, read the settings."""
    from salondesk.services import hygiene as hygiene_service
    from salondesk.services import settings as settings_service

    _hold_window_lock(engine)  # held already on the ordinary way (before the first-run wizard): kept
    # records.md: the default checklist templates exist from the first run on (idempotent)
    hygiene_service.install_default_templates(new_uow(), clock)
    return settings_service.get_settings(new_uow())


def _build_session(
    app: QApplication,
    engine: Engine,
    new_uow: UowFactory,
    clock: Clock,
    settings: SalonSettings,
    url: str,
    ui_lang: str,
    tasks: TaskRunner,
) -> GuiSession:
    """The context, the backups and the main window (built locked, not shown yet)."""
    from salondesk.ui.abnormal_end import tell_owner_if_needed
    from salondesk.ui.backups import BackupController
    from salondesk.ui.context import AppContext
    from salondesk.ui.main_window import MainWindow

    ctx = AppContext(new_uow=new_uow, clock=clock, settings=settings, db_url=url)
    ctx.extras.update({"engine": engine, "lang": ui_lang})
    backups = BackupController(ctx, engine, tasks)
    window = MainWindow(ctx, tasks, backups)
    # the owner hears about a session that ended abnormally once their tabs are up
    window.session_started.connect(lambda _actor: QTimer.singleShot(0, lambda: tell_owner_if_needed(window, ctx)))
    return GuiSession(app, engine, ctx, tasks, window, backups)


# What the logged-in window needs beyond the login, imported by the worker while the PIN is typed.
# The tabs built at login (reception for F2/F3, complaints for its status-bar chip) come from the
# tab registry; every other tab's module waits until the tab is first shown.
_LOADED_BEHIND_LOGIN = (
    "salondesk.ui.abnormal_end",
    "salondesk.ui.backups",
    "salondesk.ui.context",
    "salondesk.ui.main_window",
)


WORKER_AT_THE_LATEST_MS = 300


@dataclass
class _Loaded:
    """What the worker prepared behind the login."""

    engine: Engine
    new_uow: UowFactory
    settings: SalonSettings
    people: list[StaffRow]


class _LoaderSignals(QObject):
    done = Signal(object)  # _Loaded
    failed = Signal(object)  # the exception


def _freeze_heap_after_first_login(window: MainWindow) -> None:
    """Once the first login is done, leave what start-up built out of later garbage collections.

    Modules, classes, tables and the window (~143,000 objects) live as long as the program;
    a full collection walked them all and stopped the GUI thread for 170–210 ms, e.g.
    between two keys typed in the search box. Objects made later are collected as usual.
    """

    def freeze() -> None:
        window.session_started.disconnect(on_login)
        gc.freeze()

    def on_login(_actor: object) -> None:
        QTimer.singleShot(0, freeze)  # after the login's own work

    window.session_started.connect(on_login)


class LoginFirst(QObject):
    """The program's start: the login painted first, everything else loaded behind it.

    A worker thread imports SQLAlchemy, the tables, the services and the main window's
    modules, opens the database and reads the staff list, while the GUI thread keeps the
    PIN field responsive (the worker releases the interpreter every few milliseconds).
    The names appear when it is done; the main window is built then (hidden) and shown
    at the login. Any problem in the worker: the login goes and the ordinary start
    explains it (:func:`_start_ordinarily`).
    """

    def __init__(self, app: QApplication, url: str, lang: str | None, ui_lang: str, salon_name: str) -> None:
        from salondesk.ui.login import LoginDialog

        super().__init__(app)
        self.app, self.url, self.lang, self.ui_lang = app, url, lang, ui_lang
        self.session: GuiSession | None = None
        self.failed = False
        self.tasks = TaskRunner(app)
        app.setQuitOnLastWindowClosed(False)  # between the login closing and the main window showing
        self.dialog: LoginDialog | None = LoginDialog(None, None, salon_name)
        self.dialog.logged_in.connect(self._logged_in)
        self.dialog.rejected.connect(self._quit)
        self._signals = _LoaderSignals(self)
        self._signals.done.connect(self._loaded)
        self._signals.failed.connect(self._load_failed)
        self._worker = threading.Thread(target=self._load, name="salondesk-start", daemon=True)
        self._worker_started = False
        self.dialog.installEventFilter(self)  # the worker starts once the login has painted
        self.dialog.show()
        QTimer.singleShot(WORKER_AT_THE_LATEST_MS, self._start_worker)  # a window that is not painted at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The login's first paint starts the worker (before it, the worker would compete for the interpreter)."""
        if event.type() == QEvent.Type.Paint and watched is self.dialog:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._start_worker)  # after this paint is done
        return False

    def _start_worker(self) -> None:
        if not self._worker_started:
            self._worker_started = True
            self._worker.start()

    @classmethod
    def try_start(cls, app: QApplication, url: str, lang: str | None, ui_lang: str) -> LoginFirst | None:
        """Paint the login now when the salon is an ordinary SQLite file at the code's schema; else None."""
        facts = read_login_facts(url)
        if facts is None:
            return None
        if not lang and facts.language and facts.language != ui_lang:
            ui_lang = install_translators(resolve_language(None, facts.language))
        return cls(app, url, lang, ui_lang, facts.salon_name)

    def _load(self) -> None:
        """In the worker: import, open the database, prepare the salon, read the names."""
        try:
            from salondesk.db.opening import open_database
            from salondesk.db.uow import uow_factory
            from salondesk.domain.clock import SystemClock
            from salondesk.ui.login import staff_for_login

            engine = open_database(self.url)
            new_uow = uow_factory(engine)
            clock = SystemClock()
            settings = _prepare_salon(engine, new_uow, clock)
            people = staff_for_login(new_uow, clock)
            for module in _LOADED_BEHIND_LOGIN:
                importlib.import_module(module)
            from salondesk.ui.tabs import TABS

            for entry in TABS:
                if entry.at_login:
                    entry.tab_class()
        except Exception as exc:  # handed to the GUI thread: the ordinary start explains it or fails loudly
            self._signals.failed.emit(exc)
            return
        self._signals.done.emit(_Loaded(engine, new_uow, settings, people))

    def _loaded(self, loaded: _Loaded) -> None:
        from salondesk.domain.clock import SystemClock

        clock = SystemClock()
        settings = loaded.settings
        if not self.lang and settings.language and settings.language != self.ui_lang:  # changed since the look
            self.ui_lang = install_translators(settings.language)
        self.session = _build_session(
            self.app, loaded.engine, loaded.new_uow, clock, settings, self.url, self.ui_lang, self.tasks
        )
        self.session.backups.start_schedule()
        _freeze_heap_after_first_login(self.session.window)
        if self.dialog is not None:
            self.dialog.connect_source(loaded.new_uow, clock, loaded.people)

    def _load_failed(self, exc: Exception) -> None:
        log.warning("the quick start could not prepare the salon (%s): starting the ordinary way", type(exc).__name__)
        self._close_dialog()
        self.app.setQuitOnLastWindowClosed(True)
        self.session = _start_ordinarily(self.url, self.lang, self.ui_lang, None, None)
        if self.session is None:
            self.failed = True
            self.app.quit()

    def _logged_in(self, actor: Actor) -> None:
        assert self.session is not None  # the dialog logs nobody in before _loaded connected it
        window = self.session.window
        window.show()
        self.app.setQuitOnLastWindowClosed(True)
        self._close_dialog()
        # The login was the active window and is gone: the keyboard goes to the main window, so
        # F2/F3 pressed straight after the PIN reach it (without this, nothing had focus under X11).
        window.raise_()
        window.activateWindow()
        window.start_session(actor)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.logged_in.disconnect(self._logged_in)
            dialog.rejected.disconnect(self._quit)
            dialog.close()
            dialog.deleteLater()

    def finish(self, timeout_s: float = 60.0) -> None:
        """After the event loop: let a worker still preparing the salon finish its write, then the tasks."""
        if self._worker_started:
            self._worker.join(timeout_s)
        self.tasks.wait_idle()

    def _quit(self) -> None:
        """Quit SalonDesk from the first login (the main window's closing backup runs if it was built)."""
        self._close_dialog()
        if self.session is not None:
            self.session.window.close()
        self.app.quit()


def run_gui(db_url: str | None, lang: str | None) -> int:
    """Start SalonDesk's window and run until it closes; the process's exit code.

    A fault handler writes to the log folder while the window runs; only a normal
    exit clears the session's marker (``salondesk.session_trace``).
    """
    trace = session_trace.begin_session()
    app, ui_lang = _begin(lang)
    url = config.resolve_db_url(db_url)
    starter = LoginFirst.try_start(app, url, lang, ui_lang)
    session = _start_ordinarily(url, lang, ui_lang, None, None) if starter is None else None
    if starter is None and session is None:
        trace.end_cleanly()
        return 1 if QApplication.instance() is None else 0
    if session is not None:
        _freeze_heap_after_first_login(session.window)
    code = app.exec()
    if starter is not None:
        starter.finish()
        session = starter.session
        if starter.failed:
            code = 1
    if session is not None:
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
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.errors import DomainError
    from salondesk.domain.permissions import Role
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
