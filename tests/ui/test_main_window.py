"""Main window: tabs by role, switching users, idle lock, shortcuts, status bar, remembered layout."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from salondesk.domain.permissions import Permission
from salondesk.ui import tabs as tab_registry
from salondesk.ui.backups import BackupController
from salondesk.ui.main_window import MainWindow
from salondesk.ui.tabs import TabEntry
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets.common import ui_settings
from tests.ui.foundation import make_ctx, tasks  # noqa: F401 - fixtures


class FakeCustomersTab(Tab):
    """Stands in for the customers area: visible to everyone, has a search box and a global action."""

    area = "customers"
    title_text = "Customers"
    required_permission = None
    instances: ClassVar[list[FakeCustomersTab]] = []

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        QVBoxLayout(self).addWidget(self.search)
        self.refreshed = 0
        self.new_records = 0
        self.walk_ins = 0
        FakeCustomersTab.instances.append(self)

    def refresh(self) -> None:
        self.refreshed += 1

    def new_record(self) -> None:
        self.new_records += 1

    def focus_search(self) -> bool:
        self.search.setFocus()
        return True

    def global_actions(self) -> list[QAction]:
        action = QAction("New walk-in", self)
        action.setShortcut(QKeySequence("F2"))
        action.triggered.connect(lambda: setattr(self, "walk_ins", self.walk_ins + 1))
        return [action]


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeCustomersTab.instances.clear()
    real = {entry.area: entry for entry in tab_registry.TABS}
    fake = TabEntry("tests.ui.test_main_window", "FakeCustomersTab", "customers", "Customers", None, at_login=True)
    monkeypatch.setattr(tab_registry, "TABS", [fake, real["staff"], real["settings"], real["audit"]])


@pytest.fixture
def window_for(qtbot, make_ctx, tasks):  # noqa: F811
    windows: list[MainWindow] = []

    def build(actor=None, idle_ms: int | None = None, with_backups: bool = False) -> MainWindow:
        ctx = make_ctx(None)
        backups = BackupController(ctx, ctx.extras["engine"], tasks) if with_backups else None
        window = MainWindow(ctx, tasks, backups, idle_interval_ms=idle_ms)
        qtbot.addWidget(window)
        window.show()
        if actor is not None:
            window.start_session(actor)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()


def titles(window: MainWindow) -> list[str]:
    return [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]


def test_owner_sees_every_tab_and_technician_none_of_the_owner_tabs(window_for, owner, technician) -> None:
    window = window_for(owner)
    assert titles(window) == ["Customers", "Staff", "Settings", "Audit trail"]
    window.switch_user()
    assert window.is_locked()
    window.start_session(technician)
    assert titles(window) == ["Customers"]
    assert not window.is_locked()


def built_tabs(window: MainWindow) -> list[str]:
    pages = (window.tab_widget.widget(i) for i in range(window.tab_widget.count()))
    return [type(page).__name__ for page in pages if isinstance(page, Tab)]


def test_a_tab_is_built_when_first_shown_and_its_shortcuts_work_before(qtbot, window_for, owner) -> None:
    ui_settings().setValue("main/last_tab", "staff")
    window = window_for(owner)
    # the tab in front and the one with window-wide shortcuts (F2) are built; the others wait
    assert built_tabs(window) == ["FakeCustomersTab", "StaffTab"]
    assert titles(window) == ["Customers", "Staff", "Settings", "Audit trail"]
    assert [a.text() for a in window.view_menu.actions() if a.text()][:4] == titles(window)
    walk_in = next(a for a in window.actions() if a.shortcut() == QKeySequence("F2"))
    walk_in.trigger()  # the customers tab's window-wide action, from the staff tab
    assert FakeCustomersTab.instances[-1].walk_ins == 1
    window.show_tab(1)
    view = next(a for a in window.view_menu.actions() if a.shortcut() == QKeySequence("Ctrl+4"))
    view.trigger()
    assert built_tabs(window) == ["FakeCustomersTab", "StaffTab", "AuditTab"]
    assert window.current_tab() is window.tab_widget.currentWidget()
    assert type(window.current_tab()).__name__ == "AuditTab" and window.tab_widget.currentIndex() == 3
    assert titles(window) == ["Customers", "Staff", "Settings", "Audit trail"]
    settings = window.tab_by_area("settings")  # asking for a tab builds it where it stands
    assert type(settings).__name__ == "SettingsTab" and window.tab_widget.indexOf(settings) == 2
    assert window.tab_widget.currentIndex() == 3  # without bringing it to the front


def test_switch_user_by_login_dialog_refreshes_tabs_for_the_new_role(qtbot, window_for, owner, receptionist) -> None:
    window = window_for(owner)
    dialog = window.switch_user()
    assert dialog.isVisible() and window.is_locked()
    assert window.stack.currentWidget() is window.locked_page
    dialog.select_staff(receptionist.staff_id)
    dialog.ui.pinEdit.setText("2222")
    dialog.try_login()
    assert window.ctx.actor == receptionist
    assert titles(window) == ["Customers"]
    assert window.user_label.text() == "Lily Chen (Receptionist)"


def test_owner_only_actions_are_disabled_with_a_reason_for_others(window_for, technician) -> None:
    window = window_for(technician)
    assert not window.act_backup.isEnabled()
    assert window.act_backup.toolTip() == "Only the owner can back up the salon."
    assert not window.act_export.isEnabled()
    assert "Only the owner" in window.act_restore.toolTip()


def test_idle_time_locks_the_window_and_shows_login(qtbot, window_for, owner) -> None:
    window = window_for(owner, idle_ms=80)
    assert not window.is_locked()
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert window.is_locked()
    assert window.login_dialog is not None and window.login_dialog.isVisible()
    assert window.login_dialog.selected_staff_id() == owner.staff_id  # the same person usually comes back
    assert not window.idle.is_watching()


def test_input_postpones_the_idle_lock(qtbot, window_for, owner) -> None:
    window = window_for(owner, idle_ms=300)
    for _ in range(4):
        qtbot.wait(120)
        qtbot.keyClick(window.tab_widget, Qt.Key.Key_Shift)
    assert not window.is_locked()


def test_ctrl_f_goes_to_the_customer_search_from_another_tab(qtbot, window_for, owner) -> None:
    window = window_for(owner)
    window.show_tab(1)  # Staff: no search box of its own
    window.find_customer()
    customers = FakeCustomersTab.instances[-1]
    assert window.current_tab() is customers


def test_ctrl_number_and_ctrl_n_and_global_actions(qtbot, window_for, owner) -> None:
    window = window_for(owner)
    window.activateWindow()
    view_actions = window.view_menu.actions()
    assert view_actions[1].shortcut().toString() == "Ctrl+2"
    view_actions[2].trigger()
    assert window.current_tab().area == "settings"
    customers = FakeCustomersTab.instances[-1]
    walk_in = next(a for a in window.actions() if a.text() == "New walk-in")
    walk_in.trigger()  # F2 from any tab: switches to the tab that owns it
    assert customers.walk_ins == 1 and window.current_tab() is customers
    window.act_new.trigger()
    assert customers.new_records == 1


def test_tabs_refresh_when_shown_and_on_f5(window_for, owner) -> None:
    window = window_for(owner)
    customers = FakeCustomersTab.instances[-1]
    window.show_tab(0)
    before = customers.refreshed
    window.act_refresh.trigger()
    assert customers.refreshed == before + 1


def test_geometry_and_last_tab_are_remembered(qtbot, window_for, owner) -> None:
    window = window_for(owner)
    window.resize(1280, 750)  # not the default 1280x720, and within the offscreen test screen
    size = (window.width(), window.height())
    window.show_tab(3)
    window.close()
    again = window_for(owner)
    assert (again.width(), again.height()) == size and size >= (1280, 720)
    assert again.current_tab().area == "audit"


@pytest.mark.sqlite_only  # SQLite file backups; on a server they are the server's job
def test_status_bar_shows_user_clock_and_backup_state(qtbot, window_for, owner) -> None:
    window = window_for(owner, with_backups=True)
    assert window.user_label.text() == "王芳 (Owner)"
    assert window.clock_label.text() == "2026-11-23 10:00"  # salon time of the frozen clock
    assert window.backup_chip.text() == "No backup yet"
    window.backup_now()
    qtbot.waitUntil(lambda: window.backup_chip.text().startswith("Last backup: 2026-"), timeout=5000)
    assert window.backups.last_backup() is not None


def test_a_broken_tab_module_fails_loudly(monkeypatch, window_for, owner) -> None:
    # built at login, so the import happens right there (a tab shown later fails through the crash handler)
    broken = TabEntry("salondesk.ui.tabs.no_such_tab", "NoTab", "no", "No", None, at_login=True)
    monkeypatch.setattr(tab_registry, "TABS", [broken])
    with pytest.raises(ModuleNotFoundError):
        window_for(owner)


def test_permission_of_each_registered_tab_matches_the_role_table() -> None:
    from salondesk.ui.tabs.audit_tab import AuditTab
    from salondesk.ui.tabs.settings_tab import SettingsTab
    from salondesk.ui.tabs.staff_tab import StaffTab

    assert StaffTab.required_permission == Permission.MANAGE_STAFF
    assert SettingsTab.required_permission == Permission.MANAGE_SETTINGS
    assert AuditTab.required_permission == Permission.VIEW_AUDIT


def test_locking_hides_who_was_logged_in(window_for, owner) -> None:
    window = window_for(owner)
    window.lock()
    assert window.user_label.text() == "Locked"


@pytest.mark.sqlite_only  # SQLite file backups; on a server they are the server's job
def test_start_gui_opens_the_window_logged_in_and_backs_up_on_exit(qtbot, db_url, owner, clock) -> None:
    from salondesk import config
    from salondesk.app import start_gui
    from salondesk.db.backup import list_backups

    session = start_gui(db_url, "en", clock=clock, autologin_staff_id=owner.staff_id)
    assert session is not None
    try:
        assert session.window.isVisible()
        qtbot.waitUntil(lambda: not session.window.is_locked(), timeout=3000)
        assert session.ctx.actor == owner
        assert session.window.tab_by_area("staff") is not None
        qtbot.waitUntil(lambda: not session.backups.is_running(), timeout=5000)  # the first daily backup
    finally:
        session.window.close()
        session.tasks.wait_idle()
        session.engine.dispose()
    assert list_backups(config.default_backup_dir())


def test_start_gui_without_login_shows_the_login_over_the_window(qtbot, db_url, owner, clock) -> None:
    from salondesk.app import start_gui

    session = start_gui(db_url, "en", clock=clock)
    assert session is not None
    try:
        qtbot.waitUntil(lambda: session.window.login_dialog is not None, timeout=3000)
        assert session.window.is_locked() and session.ctx.actor is None
        dialog = session.window.login_dialog
        dialog.select_staff(owner.staff_id)
        dialog.ui.pinEdit.setText("1234")
        dialog.try_login()
        assert session.ctx.actor == owner and not session.window.is_locked()
    finally:
        session.backups.stop_schedule()
        session.window.close()
        session.tasks.wait_idle()
        session.engine.dispose()


def test_the_program_leaves_the_start_up_heap_out_of_collections_after_the_first_login(
    qtbot, db_url, owner, clock
) -> None:
    import gc

    from salondesk.app import _freeze_heap_after_first_login, start_gui

    gc.unfreeze()  # whatever an earlier test in this process froze
    session = start_gui(db_url, "en", clock=clock)
    assert session is not None
    try:
        _freeze_heap_after_first_login(session.window)
        qtbot.waitUntil(lambda: session.window.login_dialog is not None, timeout=3000)
        qtbot.wait(50)
        assert gc.get_freeze_count() == 0  # the login alone freezes nothing
        dialog = session.window.login_dialog
        dialog.select_staff(owner.staff_id)
        dialog.ui.pinEdit.setText("1234")
        dialog.try_login()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)
        gc.unfreeze()
        session.window.lock()
        session.window.start_session(owner)  # a later login freezes nothing more
        qtbot.wait(50)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
        session.backups.stop_schedule()
        session.window.close()
        session.tasks.wait_idle()
        session.engine.dispose()


@pytest.mark.sqlite_only  # SQLite file backups; on a server they are the server's job
def test_no_daily_backup_behind_the_login_screen_and_leftovers_go_at_start(
    qtbot, db_url, owner, clock, monkeypatch
) -> None:
    import os
    import time

    from salondesk import config
    from salondesk.app import start_gui
    from salondesk.db.backup import list_backups
    from salondesk.ui import backups as backups_module

    monkeypatch.setattr(backups_module, "FIRST_CHECK_DELAY_MS", 10)
    killed = config.default_backup_dir() / "salondesk-20261120-020000.sqlite3.gz.partial"
    killed.write_bytes(b"a backup killed half-way")
    os.utime(killed, (time.time() - 7200, time.time() - 7200))
    session = start_gui(db_url, "en", clock=clock)
    assert session is not None
    try:
        qtbot.waitUntil(lambda: not killed.exists(), timeout=5000)  # cleaned on start
        qtbot.wait(300)  # the first look for a due backup has come and gone
        assert session.window.is_locked()
        assert session.backups.due() and not session.backups.is_running()
        assert list_backups(config.default_backup_dir()) == []
        session.backups.backup_if_due()  # the 15-minute timer looking again: still held
        assert not session.backups.is_running()
        dialog = session.window.login_dialog
        dialog.select_staff(owner.staff_id)
        dialog.ui.pinEdit.setText("1234")
        dialog.try_login()
        qtbot.waitUntil(lambda: bool(list_backups(config.default_backup_dir())), timeout=5000)
    finally:
        session.backups.stop_schedule()
        session.window.close()
        session.tasks.wait_idle()
        session.engine.dispose()


def test_the_owner_is_told_at_login_that_the_last_session_ended_abnormally(
    qtbot, db_url, owner, receptionist, clock, monkeypatch
) -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from salondesk import config, session_trace
    from salondesk.app import start_gui

    logs = config.logs_dir()
    trace = logs / "crash-20261122-020000-4242.log"
    trace.write_text("Fatal Python error: Aborted", encoding="utf-8")
    (logs / session_trace.NOTICE_FILE).write_text(
        f'{{"started_at": "{datetime(2026, 11, 22, 2, 0, tzinfo=UTC).isoformat()}", "trace": "{trace}"}}',
        encoding="utf-8",
    )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    session = start_gui(db_url, "en", clock=clock)
    assert session is not None
    try:
        window = session.window

        def log_in(staff_id: int, pin: str) -> None:
            qtbot.waitUntil(lambda: window.login_dialog is not None, timeout=3000)
            dialog = window.login_dialog
            dialog.select_staff(staff_id)
            dialog.ui.pinEdit.setText(pin)
            dialog.try_login()
            assert not window.is_locked() and session.ctx.actor.staff_id == staff_id
            qtbot.wait(50)

        log_in(receptionist.staff_id, "2222")  # the morning shift: not told, the notice waits
        assert shown == [] and session_trace.pending_notice() is not None
        window.lock()
        log_in(owner.staff_id, "1234")
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        title, text = shown[0]
        assert title == "SalonDesk did not close properly"
        assert "started 2026-11-22 10:00" in text and str(Path(trace)) in text  # salon time, the trace's path
        assert session_trace.pending_notice() is None  # told once
        window.lock()
        log_in(owner.staff_id, "1234")
        assert len(shown) == 1
    finally:
        session.backups.stop_schedule()
        session.window.close()
        session.tasks.wait_idle()
        session.engine.dispose()


def test_failed_upgrade_is_reported_and_the_app_does_not_start(monkeypatch, qtbot, tmp_path) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from salondesk import app as app_module
    from salondesk.db import migrate

    shown = []

    def boom(engine, backup_dir):
        raise migrate.MigrationFailed(RuntimeError("column exists"), Path("/backups/salondesk-pre-upgrade.sqlite3"))

    monkeypatch.setattr(migrate, "safe_upgrade", boom)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert app_module.start_gui(f"sqlite:///{tmp_path / 'x.sqlite3'}", "en") is None
    ((title, text),) = shown
    assert title == "SalonDesk could not start"
    assert "salondesk-pre-upgrade.sqlite3" in text and "Nothing was lost" in text
    assert "column exists" not in text  # the driver's own words stay in the log, not the dialog


@pytest.mark.sqlite_only  # SQLite file backups; on a server they are the server's job
def test_restore_confirms_twice_then_replaces_the_data_and_asks_for_a_login(
    qtbot, window_for, owner, clock, monkeypatch
) -> None:
    from salondesk.domain.permissions import Role
    from salondesk.queries import staff as staff_queries
    from salondesk.services import staff as staff_service
    from salondesk.ui.widgets import common

    window = window_for(owner, with_backups=True)
    saved = []
    window.backups.backup_now(owner, on_done=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    ctx = window.ctx
    staff_service.add_staff(ctx.new_uow(), owner, clock, staff_service.StaffInput("Late Hire", Role.TECHNICIAN), "1111")

    questions = []
    monkeypatch.setattr(
        common, "confirm", lambda parent, title, text, **k: questions.append(text) or len(questions) < 2
    )
    assert not window.restore_from(saved[0])  # the second question was answered No
    assert len(questions) == 2
    assert "Late Hire" in [r.name for r in staff_queries.staff_rows(ctx.new_uow(), clock.now().date())]

    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    infos = []
    monkeypatch.setattr(common, "show_info", lambda parent, text, title=None: infos.append(text))
    assert window.restore_from(saved[0])
    assert "Late Hire" not in [r.name for r in staff_queries.staff_rows(ctx.new_uow(), clock.now().date())]
    assert infos and "Please log in again." in infos[0]
    assert window.is_locked() and ctx.actor is None


@pytest.mark.sqlite_only  # SQLite file backups; on a server they are the server's job
def test_a_backup_the_owner_asks_for_is_audited(qtbot, window_for, owner, clock) -> None:
    from salondesk.queries.audit import audit_rows

    window = window_for(owner, with_backups=True)
    window.backup_now()
    qtbot.waitUntil(lambda: not window.backups.is_running(), timeout=5000)
    rows = audit_rows(window.ctx.new_uow(), owner)
    assert any(r.action == "backup" for r in rows)


def test_locking_closes_open_forms_unsaved(qtbot, window_for, owner) -> None:
    from salondesk.ui.dialogs.staff.dialogs import StaffDialog

    window = window_for(owner)
    dialog = StaffDialog(window.ctx, None, window.tab_by_area("staff"))
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Half typed")  # dirty: Esc would ask, the lock does not
    window.lock()
    assert not dialog.isVisible() and dialog.result() == StaffDialog.DialogCode.Rejected
    assert window.login_dialog is not None and window.login_dialog.isVisible()


@pytest.mark.parametrize("include_pins", [False, True])
def test_export_salon_writes_the_file_in_the_background(
    qtbot, window_for, owner, tmp_path, monkeypatch, include_pins: bool
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "salon.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if include_pins else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or answer)
    window = window_for(owner)
    window.act_export.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=5000)
    assert len(asked) == 1 and "PIN" in asked[0]
    staff = json.loads(target.read_text(encoding="utf-8"))["tables"]["staff"]
    pin_hashes = [row[staff["columns"].index("pin_hash")] for row in staff["rows"]]
    assert all(h.startswith("$argon2") for h in pin_hashes) if include_pins else set(pin_hashes) == {""}


def test_language_comes_from_the_command_line_then_the_setting_then_the_system(monkeypatch) -> None:
    from salondesk.ui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    assert i18n.resolve_language("en", "zh_CN") == "en"
    assert i18n.resolve_language(None, "en") == "en"
    assert i18n.resolve_language(None, "") == "zh_CN"
    assert i18n.resolve_language("klingon", None) == "en"


def test_chinese_translators_translate_the_window(qtbot, window_for, owner) -> None:
    from salondesk.ui import i18n

    try:
        assert i18n.install_translators("zh_CN") == "zh_CN"
        window = window_for(owner)
        assert window.file_menu.title() == "文件(&F)"
        assert window.user_label.text() == "王芳（店长）"
        assert [window.tab_widget.tabText(i) for i in range(1, 4)] == ["员工", "设置", "操作日志"]
    finally:
        i18n.install_translators("en")


def test_start_up_installs_the_default_checklist_templates(qtbot, tmp_path):
    """records.md: the default hygiene templates are there from the first start on."""
    from salondesk.app import start_gui
    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.settings import default_opening_hours
    from salondesk.queries.hygiene import templates
    from salondesk.services import setup

    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    owner = setup.run_first_setup(
        uow_factory(engine)(),
        SystemClock(),
        setup.FirstRun("沙龙", "Asia/Shanghai", default_opening_hours(), "王芳", "1234"),
    )
    assert templates(uow_factory(engine)()) == []
    session = start_gui(url, "en", autologin_staff_id=owner.staff_id)
    assert session is not None
    qtbot.addWidget(session.window)
    assert len({t.key for t in templates(uow_factory(engine)())}) >= 5
    session.backups.stop_schedule()
    session.tasks.wait_idle()
    session.window.hide()
    session.engine.dispose()
    engine.dispose()


def test_a_deactivated_user_is_logged_out_at_their_next_action(qtbot, window_for, owner, receptionist, clock) -> None:
    from salondesk.domain.errors import StaffInactive
    from salondesk.services import customers as customer_service
    from salondesk.services import staff as staff_service

    window = window_for(receptionist)
    assert not window.is_locked()
    # the owner deactivates her at another counter; her window still shows her tabs
    staff_service.set_active(window.ctx.new_uow(), owner, clock, receptionist.staff_id, False)
    assert not window.is_locked()
    with pytest.raises(StaffInactive):
        window.ctx.run(customer_service.create_customer, customer_service.CustomerInput(name="陈静"))
    qtbot.waitUntil(window.is_locked)
    assert window.login_dialog is not None
    assert "deactivated" in window.login_dialog.error()
    assert receptionist.staff_id not in [
        window.login_dialog.ui.staffCombo.itemData(i) for i in range(window.login_dialog.ui.staffCombo.count())
    ]
