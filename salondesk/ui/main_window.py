"""The main window: one tab per area the user may see, menus, shortcuts, status bar, locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import ROLE_LABELS, Actor, Permission
from salondesk.services.settings import salon_timezone
from salondesk.ui import tabs as tab_registry
from salondesk.ui.backups import BackupController
from salondesk.ui.context import AppContext, failure_text
from salondesk.ui.idle import IdleWatcher
from salondesk.ui.login import LoginDialog
from salondesk.ui.tabs import TabEntry
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, StatusChip, ui_settings

MAX_TAB_SHORTCUTS = 8
STALE_BACKUP_HOURS = 48  # amber when the newest good backup is older than two days


class TabSlot(QWidget):
    """Holds a tab's place in the tab bar until it is first shown (then its module is imported, the tab built)."""

    def __init__(self, entry: TabEntry) -> None:
        super().__init__()
        self.entry = entry


class MainWindow(QMainWindow):
    """Everything after login. Built locked; :meth:`start_session` or a login unlocks it."""

    session_started = Signal(object)  # Actor
    locked = Signal()

    def __init__(
        self,
        ctx: AppContext,
        tasks: TaskRunner,
        backups: BackupController | None = None,
        *,
        idle_interval_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.backups = backups
        self.login_dialog: LoginDialog | None = None
        self._tabs: dict[TabEntry, Tab] = {}  # built tabs (kept across logins)
        self._slots: dict[TabEntry, TabSlot] = {}  # places of the tabs not built yet
        self._stale: set[Tab] = set()
        self._global_actions: list[QAction] = []
        self._tab_actions: list[QAction] = []
        self._closing_done = False
        ctx.extras["main_window"] = self
        ctx.extras["tasks"] = tasks
        if backups is not None:
            ctx.extras["backups"] = backups

        self.setWindowTitle(self.tr("SalonDesk"))
        self.setMinimumSize(1280, 720)  # ux.md: every safety column visible without scrolling at this size
        self.resize(1280, 720)
        self.stack = QStackedWidget(self)
        self.locked_page = QWidget()
        layout = QVBoxLayout(self.locked_page)
        self.locked_label = QLabel(self.tr("SalonDesk is locked. Log in to continue."))
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_label.setStyleSheet("color: #5f6368; font-size: 14pt;")
        layout.addWidget(self.locked_label)
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.currentChanged.connect(self._current_tab_changed)
        self.stack.addWidget(self.locked_page)
        self.stack.addWidget(self.tab_widget)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        minutes = ctx.settings.idle_lock_minutes
        self.idle = IdleWatcher(idle_interval_ms if idle_interval_ms is not None else minutes * 60_000, self)
        self._idle_fixed = idle_interval_ms is not None
        self.idle.idle.connect(self.lock)

        ctx.signals.settings_changed.connect(self._settings_changed)
        # queued: the view that met the refusal finishes (its message box) before the window locks
        ctx.signals.staff_deactivated.connect(self._staff_deactivated, Qt.ConnectionType.QueuedConnection)
        if backups is not None:
            backups.state_changed.connect(self._update_backup_state)
            backups.restored.connect(self._after_restore)
            backups.hold_while(self.is_locked)  # no daily backup behind the login screen
            self.session_started.connect(lambda _actor: backups.check_soon())
        self._restore_window_state()
        self._apply_locked_ui(True)

    # ------------------------------------------------------------------ actions and menus
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when menus are hidden
        return action

    def _build_actions(self) -> None:
        self.act_backup = self._action(self.tr("&Back up now"), self.backup_now)
        self.act_restore = self._action(self.tr("&Restore from backup…"), self.restore_dialog)
        self.act_export = self._action(self.tr("&Export salon…"), self.export_salon)
        self.act_switch = self._action(self.tr("S&witch user…"), self.switch_user, "Ctrl+Shift+U")
        self.act_lock = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh_current, "F5")
        self.act_find = self._action(self.tr("&Find customer"), self.find_customer, "Ctrl+F")
        self.act_new = self._action(self.tr("&New record"), self.new_record, "Ctrl+N")
        self.act_about = self._action(self.tr("&About SalonDesk"), self.about)
        self._owner_only = {
            self.act_backup: (Permission.BACKUP_RESTORE, self.tr("Only the owner can back up the salon.")),
            self.act_restore: (Permission.BACKUP_RESTORE, self.tr("Only the owner can restore a backup.")),
            self.act_export: (Permission.EXPORT_SALON, self.tr("Only the owner can export the whole salon.")),
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        for act in (self.act_backup, self.act_restore, self.act_export):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_switch)
        self.file_menu.addAction(self.act_lock)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.act_new)
        self.edit_menu.addAction(self.act_find)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            menu.setToolTipsVisible(True)  # disabled actions say why

    def _rebuild_view_menu(self) -> None:
        self.view_menu.clear()
        for act in self._tab_actions:
            self.removeAction(act)
        self._tab_actions = []
        for index in range(self.tab_widget.count()):
            shortcut = f"Ctrl+{index + 1}" if index < MAX_TAB_SHORTCUTS else None
            act = self._action(self.tab_widget.tabText(index), lambda _=False, i=index: self.show_tab(i), shortcut)
            self._tab_actions.append(act)
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_refresh)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.backup_chip = StatusChip()
        self.clock_label = QLabel()
        self.clock_label.setMinimumWidth(120)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.backup_chip)
        bar.addPermanentWidget(self.clock_label)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self._tick()
        self._update_backup_state()

    # ------------------------------------------------------------------ status bar
    def _tick(self) -> None:
        now = self.ctx.clock.now().astimezone(salon_timezone(self.ctx.settings))
        self.clock_label.setText(common.moment_text(now, salon_timezone(self.ctx.settings)))
        self.clock_label.setToolTip(self.tr("Salon time ({zone})").format(zone=now.tzname() or ""))

    def _update_backup_state(self) -> None:
        if self.backups is None or not self.backups.supported():
            self.backup_chip.set_state(State.MUTED, self.tr("Backups are the database server's job"))
            return
        if self.backups.is_running():
            self.backup_chip.set_state(State.MUTED, self.tr("Backing up…"))
            return
        last = self.backups.last_backup()
        if last is None:
            self.backup_chip.set_state(State.ATTENTION, self.tr("No backup yet"))
        else:
            zone = salon_timezone(self.ctx.settings)
            stale = (self.ctx.clock.now() - last.taken_at).total_seconds() > STALE_BACKUP_HOURS * 3600
            state = State.ATTENTION if self.backups.last_error or stale else State.OK
            self.backup_chip.set_state(
                state, self.tr("Last backup: {when}").format(when=common.moment_text(last.taken_at, zone))
            )
        self.backup_chip.setToolTip(
            self.tr("Backup failed: {error}").format(error=self.backups.last_error)
            if self.backups.last_error
            else str(self.backups.folder())
        )

    def _update_user_label(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            self.user_label.setText(self.tr("Not logged in"))
            return
        from PySide6.QtCore import QCoreApplication

        role = QCoreApplication.translate("Role", ROLE_LABELS[actor.role])
        self.user_label.setText(self.tr("{name} ({role})").format(name=actor.name, role=role))

    # ------------------------------------------------------------------ tabs
    def visible_tabs(self) -> list[Tab]:
        """The tabs currently shown, in order (building any not built yet)."""
        return [self._tab_at(i) for i in range(self.tab_widget.count())]

    def _built_tabs(self) -> list[Tab]:
        """The shown tabs that are built (the others load when they are first shown)."""
        pages = (self.tab_widget.widget(i) for i in range(self.tab_widget.count()))
        return [page for page in pages if isinstance(page, Tab)]

    def tab_by_area(self, area: str) -> Tab | None:
        """The visible tab of ``area``, built if needed (None when hidden for this role)."""
        for index in range(self.tab_widget.count()):
            page = self.tab_widget.widget(index)
            page_area = page.entry.area if isinstance(page, TabSlot) else getattr(page, "area", None)
            if page_area == area:
                return self._tab_at(index)
        return None

    def current_tab(self) -> Tab | None:
        """The tab in front."""
        index = self.tab_widget.currentIndex()
        return self._tab_at(index) if index >= 0 else None

    def show_tab(self, index: int) -> None:
        """Bring tab ``index`` to the front (Ctrl+1…)."""
        if 0 <= index < self.tab_widget.count():
            self.tab_widget.setCurrentIndex(index)

    def _build_tab(self, entry: TabEntry) -> Tab:
        tab = entry.tab_class()(self.ctx)
        self._tabs[entry] = tab
        self._stale.add(tab)  # loads its data when shown
        return tab

    def _tab_at(self, index: int) -> Tab:
        """The tab at ``index``; a tab shown for the first time is built now, in its slot's place."""
        page = self.tab_widget.widget(index)
        if isinstance(page, Tab):
            return page
        assert isinstance(page, TabSlot)
        tab = self._build_tab(page.entry)
        in_front = self.tab_widget.currentIndex() == index
        was_blocked = self.tab_widget.blockSignals(True)  # the swap is not a change of tab
        self.tab_widget.insertTab(index, tab, tab.title())
        if in_front:
            self.tab_widget.setCurrentIndex(index)
        self.tab_widget.removeTab(index + 1)
        self.tab_widget.blockSignals(was_blocked)
        self._slots.pop(page.entry, None)
        page.deleteLater()
        self._register_global_actions(tab)
        return tab

    def _build_tabs_for_actor(self) -> None:
        """Show exactly the tabs this user may see (re-evaluated on every login); build each when first shown."""
        previous = self.tab_widget.currentWidget()
        if isinstance(previous, TabSlot):
            wanted_area = previous.entry.area
        elif isinstance(previous, Tab):
            wanted_area = previous.area
        else:
            wanted_area = str(ui_settings().value("main/last_tab", ""))
        self.tab_widget.blockSignals(True)
        while self.tab_widget.count():
            self.tab_widget.removeTab(0)
        for action in self._global_actions:
            self.removeAction(action)
        self._global_actions = []
        target = -1
        for entry in tab_registry.TABS:
            if entry.permission is not None and not self.ctx.can(entry.permission):
                continue
            page: Tab | TabSlot | None = self._tabs.get(entry)
            if page is None and entry.at_login:
                page = self._build_tab(entry)
            if page is None:
                page = self._slots.setdefault(entry, TabSlot(entry))
            index = self.tab_widget.addTab(page, page.title() if isinstance(page, Tab) else entry.title())
            if isinstance(page, Tab):
                self._register_global_actions(page)
            if wanted_area and entry.area == wanted_area:
                target = index
        self.tab_widget.blockSignals(False)
        self._stale = set(self._built_tabs())
        self._rebuild_view_menu()
        if target >= 0:
            self.tab_widget.setCurrentIndex(target)
        elif self.tab_widget.count():
            self.tab_widget.setCurrentIndex(0)
        self._current_tab_changed(self.tab_widget.currentIndex())

    def _register_global_actions(self, tab: Tab) -> None:
        """A tab may offer window-wide actions (F2 walk-in, F3 check in): ``global_actions() -> list[QAction]``."""
        provider = getattr(tab, "global_actions", None)
        if provider is None:
            return
        for action in provider():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if not action.property("salondesk_global"):  # connect once, though tabs are re-listed at every login
                action.setProperty("salondesk_global", True)
                action.triggered.connect(lambda _=False, t=tab: self.tab_widget.setCurrentWidget(t))
            self.addAction(action)
            self._global_actions.append(action)

    def _current_tab_changed(self, _index: int) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()
        ui_settings().setValue("main/last_tab", tab.area)

    def refresh_current(self) -> None:
        """F5: reload the tab in front; the others reload when next shown."""
        self._stale = set(self._built_tabs())
        self._current_tab_changed(self.tab_widget.currentIndex())

    def find_customer(self) -> None:
        """Ctrl+F: the current tab's search box, else the customers tab's."""
        tab = self.current_tab()
        if tab is not None and tab.focus_search():
            return
        customers = self.tab_by_area("customers")
        if customers is not None:
            self.tab_widget.setCurrentWidget(customers)
            customers.focus_search()
        else:
            self.statusBar().showMessage(self.tr("There is no customer search on this screen."), 4000)

    def new_record(self) -> None:
        """Ctrl+N on the current tab."""
        tab = self.current_tab()
        if tab is not None:
            tab.new_record()

    # ------------------------------------------------------------------ sessions
    def start_session(self, actor: Actor) -> None:
        """``actor`` is logged in: build their tabs, enable their actions, start the idle clock."""
        changed = self.ctx.actor != actor
        self.ctx.actor = actor
        self._apply_locked_ui(False)
        self._build_tabs_for_actor()
        self._apply_permissions()
        self._update_user_label()
        self.idle.start()
        if changed:
            self.ctx.signals.actor_changed.emit()
        self.session_started.emit(actor)

    def _apply_permissions(self) -> None:
        for action, (permission, why) in self._owner_only.items():
            allowed = self.ctx.can(permission)
            action.setEnabled(allowed)
            action.setToolTip("" if allowed else why)
        supported = self.backups is not None and self.backups.supported()
        for action in (self.act_backup, self.act_restore):
            if action.isEnabled() and not supported:
                action.setEnabled(False)
                action.setToolTip(self.tr("Backups of a database server are made on the server."))

    def _apply_locked_ui(self, locked: bool) -> None:
        self.stack.setCurrentWidget(self.locked_page if locked else self.tab_widget)
        for menu in (self.edit_menu, self.view_menu):
            menu.setEnabled(not locked)
        for action in (
            self.act_backup,
            self.act_restore,
            self.act_export,
            self.act_refresh,
            self.act_new,
            self.act_find,
        ):
            action.setEnabled(not locked)
        for action in self._global_actions + self._tab_actions:
            action.setEnabled(not locked)

    def is_locked(self) -> bool:
        """True while the login screen guards the window."""
        return self.stack.currentWidget() is self.locked_page

    def lock(self, *, switch_user: bool = False) -> LoginDialog:
        """Hide everything and ask for a login (idle lock, Lock, Switch user, start-up)."""
        self.idle.stop()
        self._close_open_dialogs()
        last = None if switch_user or self.ctx.actor is None else self.ctx.actor.staff_id
        self._apply_locked_ui(True)
        self.user_label.setText(self.tr("Locked"))  # nobody's name on an unattended screen
        self.locked.emit()
        if self.login_dialog is not None:
            self.login_dialog.load_staff(last)
            self.login_dialog.raise_()
            return self.login_dialog
        dialog = LoginDialog(self.ctx.new_uow, self.ctx.clock, self.ctx.settings.salon_name, last, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.logged_in.connect(self.start_session)
        dialog.rejected.connect(self._login_refused)
        dialog.finished.connect(lambda _r: self._login_finished(dialog))
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def _login_finished(self, dialog: LoginDialog) -> None:
        """A window open all day locks many times: each login dialog goes once it is done (the soak counts them)."""
        if self.login_dialog is dialog:
            self.login_dialog = None
        dialog.deleteLater()

    def _close_open_dialogs(self) -> None:
        """A half-filled form must not stay on a locked screen: close it unsaved (questions get "No").

        Hiding and re-showing is not an option: a dialog run with ``exec()`` ends its loop when hidden.
        """
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.login_dialog:
                dialog.done(QDialog.DialogCode.Rejected)

    def _staff_deactivated(self) -> None:
        """The logged-in account was deactivated (by the owner elsewhere): log out now."""
        if self.is_locked():
            return
        dialog = self.lock(switch_user=True)
        dialog.ui.errorLabel.setText(self.tr("Your staff account has been deactivated. Please log in again."))

    def switch_user(self) -> LoginDialog:
        """Another person takes the counter."""
        return self.lock(switch_user=True)

    def _login_refused(self) -> None:
        self.login_dialog = None
        self.close()

    # ------------------------------------------------------------------ settings and backups
    def _settings_changed(self) -> None:
        if not self._idle_fixed:
            self.idle.set_interval(self.ctx.settings.idle_lock_minutes * 60_000)
        self._tick()
        self._update_backup_state()

    def backup_now(self) -> None:
        """File → Back up now."""
        if self.backups is None:
            return
        started = self.backups.backup_now(
            self.ctx.actor,
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backup saved: {file}").format(file=str(path)), 8000
            ),
            on_error=lambda exc: common.show_error(
                self, self.tr("The backup failed: {error}").format(error=failure_text(exc))
            ),
        )
        if not started:
            self.statusBar().showMessage(self.tr("A backup is already running."), 4000)

    def restore_dialog(self) -> None:
        """File → Restore: pick a backup, confirm twice, replace the database, log in again."""
        if self.backups is None or not self.backups.supported():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from backup"),
            str(self.backups.folder()),
            self.tr("SalonDesk backups (salondesk-*.sqlite3.gz salondesk-*.sqlite3);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> bool:
        """Confirm twice, then restore ``path``."""
        if not common.confirm(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace ALL current data with the backup {file}?").format(file=path.name),
            destructive=True,
        ):
            return False
        if not common.confirm(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Are you sure? Everything entered since that backup will be gone from the app "
                "(the current database is kept aside as a file)."
            ),
            destructive=True,
        ):
            return False
        assert self.backups is not None
        try:
            aside = self.backups.restore(path)
        except Exception as exc:  # BackupError or MigrationFailed: nothing was changed
            common.show_error(self, self.tr("Nothing was restored: {error}").format(error=failure_text(exc)))
            return False
        common.show_info(
            self,
            self.tr("The backup was restored. The previous database was kept as {file}. Please log in again.").format(
                file=str(aside) if aside else "—"
            ),
        )
        return True

    def _after_restore(self, _aside: object) -> None:
        self._tabs.clear()
        self._slots.clear()
        self.tab_widget.blockSignals(True)  # no tab is shown (nor built) on the way out
        while self.tab_widget.count():
            widget = self.tab_widget.widget(0)
            self.tab_widget.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tab_widget.blockSignals(False)
        self.ctx.actor = None
        self.lock(switch_user=True)

    def export_salon(self) -> None:
        """File → Export salon: the whole salon as versioned JSON (in the background; audited, P1 counts it)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export salon"),
            f"salondesk-export-{local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))}.json",
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return
        with_credentials = common.confirm(
            self,
            self.tr("Export salon"),
            self.tr(
                "Include the staff PIN hashes?\n\nNo (recommended): everyone chooses a new PIN at their first login "
                "on the new PC. Yes: the file lets anyone holding it work out the PINs; it is recorded in the "
                "audit trail."
            ),
            destructive=True,
        )
        from salondesk.services import salon_transfer  # every table's export: loaded when asked for

        self.statusBar().showMessage(self.tr("Exporting…"))
        self.tasks.submit(
            lambda: self.ctx.run(salon_transfer.export_salon, Path(path), with_credentials=with_credentials),
            lambda _r: self.statusBar().showMessage(self.tr("Salon exported to {file}").format(file=path), 8000),
            lambda exc: common.show_error(
                self,
                exc
                if isinstance(exc, DomainError)
                else self.tr("The export failed: {error}").format(error=failure_text(exc)),
            ),
        )

    def about(self) -> None:
        """Help → About."""
        from salondesk import __version__

        QMessageBox.about(
            self,
            self.tr("About SalonDesk"),
            self.tr("SalonDesk {version}\nFront desk and compliance records for a beauty or hair salon.").format(
                version=__version__
            ),
        )

    # ------------------------------------------------------------------ window state
    def _restore_window_state(self) -> None:
        settings = ui_settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        state = settings.value("main/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))

    def save_window_state(self) -> None:
        """Geometry, toolbars/docks and the last tab, for next time."""
        settings = ui_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        tab = self.current_tab()
        if tab is not None:
            settings.setValue("main/last_tab", tab.area)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, stop timers, take the closing backup."""
        if not self._closing_done:
            self._closing_done = True
            self.save_window_state()
            self.idle.dispose()
            self.clock_timer.stop()
            if self.login_dialog is not None:
                dialog, self.login_dialog = self.login_dialog, None
                dialog.rejected.disconnect(self._login_refused)
                dialog.close()
            self.hide()
            if self.backups is not None:
                self.backups.backup_on_exit()
            self.tasks.wait_idle()
        event.accept()


__all__ = ["MainWindow", "QMenu"]
