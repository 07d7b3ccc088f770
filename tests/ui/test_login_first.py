"""The program's start paints the login first and loads the rest behind it (``salondesk.app.LoginFirst``)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from salondesk.app import LoginFirst
from salondesk.db.first_look import LoginFacts, read_login_facts
from salondesk.db.uow import UowFactory
from salondesk.ui.login import LoginDialog, staff_for_login


def _sqlite_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


@pytest.mark.sqlite_only  # the quick way is for a SQLite file; a server takes the ordinary start
def test_the_login_shows_then_the_names_then_the_pin_opens_the_window(qtbot, db_url, owner, receptionist) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    starter = LoginFirst.try_start(app, db_url, "en", "en")
    assert starter is not None and starter.dialog is not None
    dialog = starter.dialog
    try:
        assert dialog.isVisible() and dialog.ui.titleLabel.text() == "测试沙龙"
        qtbot.waitUntil(dialog.ui.staffCombo.isEnabled, timeout=10_000)
        combo = dialog.ui.staffCombo
        assert [combo.itemText(i) for i in range(combo.count())] == ["Lily Chen — Receptionist", "王芳 — Owner"]
        assert starter.session is not None and not starter.session.window.isVisible()  # built, waiting
        dialog.select_staff(receptionist.staff_id)
        dialog.ui.pinEdit.setText("9999")
        dialog.try_login()
        assert dialog.error().startswith("Wrong PIN.") and not starter.session.window.isVisible()
        dialog.ui.pinEdit.setText("2222")
        dialog.try_login()
        window = starter.session.window
        assert window.isVisible() and not window.is_locked() and starter.dialog is None
        assert starter.session.ctx.actor == receptionist
        assert window.tab_by_area("reception") is not None and window.tab_by_area("staff") is None
        window.lock()  # later logins are the window's own, over it
        assert window.login_dialog is not None and window.login_dialog.parent() is window
    finally:
        app.setQuitOnLastWindowClosed(True)
        if starter.session is not None:
            starter.session.backups.stop_schedule()
            starter.session.window.close()
            starter.tasks.wait_idle()
            starter.session.engine.dispose()


def test_a_pin_typed_before_the_names_stays_and_nobody_is_logged_in_unseen(qtbot, new_uow: UowFactory, owner, clock):
    dialog = LoginDialog(None, None, "测试沙龙")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.staffCombo.isEnabled() and dialog.ui.staffCombo.currentText() == "Loading the staff list…"
    logged_in = []
    dialog.logged_in.connect(logged_in.append)
    qtbot.keyClicks(dialog.ui.pinEdit, "1234")
    dialog.try_login()
    assert dialog.error() == "One moment: SalonDesk is still starting…" and logged_in == []
    dialog.connect_source(new_uow, clock, staff_for_login(new_uow, clock))
    assert dialog.ui.staffCombo.isEnabled() and dialog.selected_staff_id() == owner.staff_id
    assert dialog.ui.pinEdit.text() == "1234" and dialog.error() == "Pick your name first." and logged_in == []
    dialog.try_login()
    assert logged_in == [owner]


@pytest.mark.sqlite_only
def test_the_quick_way_only_for_a_set_up_sqlite_file_at_the_code_schema(db_url, owner, tmp_path: Path) -> None:
    assert read_login_facts(db_url) == LoginFacts("测试沙龙", "")
    assert read_login_facts(f"sqlite:///{tmp_path / 'missing.sqlite3'}") is None  # created by the ordinary start
    assert read_login_facts("postgresql+psycopg://salon:pw@127.0.0.1:9/salon") is None
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("notes", encoding="utf-8")
    assert read_login_facts(f"sqlite:///{not_a_database}") is None
    with contextlib.closing(sqlite3.connect(_sqlite_file(db_url))) as conn, conn:
        conn.execute("UPDATE settingvalue SET value_json = '\"zh_CN\"' WHERE key = 'language'")
        conn.execute(
            "INSERT INTO settingvalue (key, value_json, changed_at) VALUES ('language', '\"zh_CN\"', '2099-01-01')"
        )
    assert read_login_facts(db_url) == LoginFacts("测试沙龙", "zh_CN")  # the latest value is in force
    with contextlib.closing(sqlite3.connect(_sqlite_file(db_url))) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_login_facts(db_url) is None  # an upgrade: the ordinary start migrates first


@pytest.mark.sqlite_only
def test_a_salon_without_staff_takes_the_first_run_wizard(db_url, new_uow: UowFactory) -> None:
    new_uow()  # the migrated, empty salon
    assert read_login_facts(db_url) is None


@pytest.mark.sqlite_only
def test_a_database_the_worker_cannot_open_is_explained_by_the_ordinary_start(
    qtbot, db_url, owner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from salondesk.db import opening

    def unavailable(url: str, **_kwargs: object) -> None:
        raise opening.read_only_problem("/salon/salon.sqlite3")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(opening, "open_database", unavailable)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    starter = LoginFirst.try_start(app, db_url, "en", "en")
    assert starter is not None
    try:
        qtbot.waitUntil(lambda: starter.failed, timeout=10_000)
        assert starter.dialog is None and starter.session is None
        ((title, text),) = shown
        assert title == "SalonDesk could not start" and "/salon/salon.sqlite3" in text
    finally:
        app.setQuitOnLastWindowClosed(True)
