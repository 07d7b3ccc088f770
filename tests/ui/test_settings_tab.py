"""Settings tab: shows the settings in force, saves through the service, shows field errors."""

from __future__ import annotations

import pytest

from salondesk.domain.settings import DEFAULT_TARGETS
from salondesk.services import settings as settings_service
from salondesk.ui.tabs.settings_tab import ERROR_STYLE, SettingsTab
from salondesk.ui.widgets import common
from tests.ui.foundation import make_ctx, tasks  # noqa: F401 - fixtures


@pytest.fixture
def ctx(make_ctx, owner):  # noqa: F811
    return make_ctx(owner)


@pytest.fixture
def tab(qtbot, ctx) -> SettingsTab:
    widget = SettingsTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_shows_the_settings_in_force_with_default_targets(tab) -> None:
    assert tab.name_edit.text() == "测试沙龙"
    assert tab.tz_combo.zone() == "Asia/Shanghai"
    assert tab.target_spins["R1"].value() == DEFAULT_TARGETS["R1"] == 98.0
    assert tab.target_spins["S3"].value() == 50.0
    assert tab.idle_spin.value() == 10
    labels = [w.text() for w in tab.findChildren(type(tab.error_label)) if w.text().startswith("R1 ")]
    assert labels == ["R1 — Customers served within 15 min"]


def test_save_stores_changes_and_tells_everyone(qtbot, ctx, tab, new_uow) -> None:
    tab.name_edit.setText("Lotus Hair")
    tab.target_spins["C3"].setValue(95.0)
    tab.idle_spin.setValue(3)
    tab.hours_editor.rows["sun"][0].setChecked(False)
    tab.closed_date.setDate(tab.closed_date.date().fromString("2026-12-25", "yyyy-MM-dd"))
    tab._add_closed_day()
    with qtbot.waitSignal(ctx.signals.settings_changed):
        assert tab.save()
    stored = settings_service.get_settings(new_uow())
    assert stored.salon_name == "Lotus Hair"
    assert stored.targets["C3"] == 95.0
    assert stored.idle_lock_minutes == 3
    assert stored.opening_hours["sun"] is None
    assert stored.closed_days == ["2026-12-25"]
    assert ctx.settings.idle_lock_minutes == 3


def test_validation_error_is_shown_at_the_field_and_nothing_is_saved(tab, new_uow) -> None:
    tab.name_edit.setText("   ")
    tab.idle_spin.setValue(30)
    assert not tab.save()
    assert tab.error_label.text() == "The salon needs a name."
    assert tab.name_edit.styleSheet() == ERROR_STYLE
    stored = settings_service.get_settings(new_uow())
    assert stored.salon_name == "测试沙龙" and stored.idle_lock_minutes == 10


def test_unknown_time_zone_is_refused(tab, new_uow) -> None:
    tab.tz_combo.setEditText("Mars/Olympus")
    assert not tab.save()
    assert tab.error_label.text() == "Unknown time zone: Mars/Olympus."
    assert tab.tz_combo.styleSheet() == ERROR_STYLE
    assert settings_service.get_settings(new_uow()).timezone == "Asia/Shanghai"


def test_undo_changes_reloads_what_is_stored(tab) -> None:
    tab.name_edit.setText("Something else")
    tab.revert_button.click()
    assert tab.name_edit.text() == "测试沙龙"


def test_language_change_says_it_needs_a_restart(tab, monkeypatch, new_uow) -> None:
    shown = []
    monkeypatch.setattr(common, "show_info", lambda parent, text, title=None: shown.append(text))
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("zh_CN"))
    assert tab.save()
    assert shown == ["The new language is used when SalonDesk is next started."]
    assert settings_service.get_settings(new_uow()).language == "zh_CN"


def test_reset_targets_puts_the_defaults_back(tab) -> None:
    tab.target_spins["R1"].setValue(80)
    tab.reset_targets()
    assert tab.target_spins["R1"].value() == 98.0


def test_without_backups_the_buttons_say_why(tab) -> None:
    assert not tab.backup_button.isEnabled()
    assert tab.last_backup_label.text() == "Backups of a database server are made on the server."


def test_retention_is_saved_and_the_space_used_is_shown(qtbot, ctx, tab, new_uow, tasks, tmp_path) -> None:  # noqa: F811
    from salondesk.ui.backups import BackupController

    assert (tab.daily_spin.value(), tab.weekly_spin.value(), tab.monthly_spin.value()) == (7, 4, 12)
    tab.daily_spin.setValue(10)
    tab.monthly_spin.setValue(24)
    assert tab.save()
    stored = settings_service.get_settings(new_uow())
    assert (stored.backup_daily, stored.backup_weekly, stored.backup_monthly) == (10, 4, 24)

    engine = ctx.extras["engine"]
    controller = BackupController(ctx, engine, tasks)
    if not controller.supported():  # a server database: nothing to count
        return
    ctx.extras["backups"] = controller
    for name in ("salondesk-20261120-130000.sqlite3.gz", "salondesk-20261121-130000.sqlite3.gz"):
        (controller.folder() / name).write_bytes(b"x" * 600_000)
    tab.refresh()
    assert tab.space_label.text() == f"1.1 MB in {controller.folder()} (files: 2)"


def test_the_counters_late_and_no_show_times_are_set_here_and_checked(qtbot, ctx, tab, new_uow) -> None:
    assert (tab.grace_spin.value(), tab.no_show_spin.value()) == (15, 60)  # the defaults in force
    tab.grace_spin.setValue(10)
    tab.no_show_spin.setValue(45)
    assert tab.save()
    stored = settings_service.get_settings(new_uow())
    assert (stored.check_in_grace_minutes, stored.no_show_after_minutes) == (10, 45)
    tab.grace_spin.setValue(30)
    tab.no_show_spin.setValue(20)  # no-show before late: refused, nothing saved
    assert not tab.save()
    assert tab.error_label.text() == (
        "A booking can be offered as a no-show only after it shows as late: set at least 30 min (the late time)."
    )
    assert tab.no_show_spin.styleSheet() == ERROR_STYLE
    stored = settings_service.get_settings(new_uow())
    assert (stored.check_in_grace_minutes, stored.no_show_after_minutes) == (10, 45)


def test_only_the_owner_changes_the_counter_times(make_ctx, receptionist, new_uow, clock) -> None:  # noqa: F811
    from salondesk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        settings_service.update_settings(new_uow(), receptionist, clock, {"check_in_grace_minutes": 5})
    assert settings_service.get_settings(new_uow()).check_in_grace_minutes == 15
