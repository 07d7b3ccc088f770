"""First-run wizard: creates the salon's settings and its owner, or asks for the demo."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWizard

from salondesk.domain.permissions import Role
from salondesk.services import auth, setup
from salondesk.services import settings as settings_service
from salondesk.ui import first_run
from salondesk.ui.first_run import PAGE_DEMO, PAGE_HOURS, PAGE_OWNER, PAGE_SALON, FirstRunWizard
from tests.ui.foundation import tasks  # noqa: F401 - fixture


@pytest.fixture
def wizard(qtbot, engine, new_uow, clock, tasks) -> FirstRunWizard:  # noqa: F811
    w = FirstRunWizard(engine, new_uow, clock, tasks)
    qtbot.addWidget(w)
    w.show()
    return w


def _fill_salon(wizard: FirstRunWizard) -> None:
    wizard.next()
    assert wizard.currentId() == PAGE_SALON
    wizard.salon_page.name_edit.setText("  Lotus Hair 莲花美发 ")
    wizard.salon_page.tz_combo.set_zone("Asia/Shanghai")
    wizard.next()
    assert wizard.currentId() == PAGE_HOURS
    check, _opens, _closes = wizard.hours_page.editor.rows["mon"]
    check.setChecked(False)  # closed on Mondays
    _sat_check, sat_opens, _ = wizard.hours_page.editor.rows["sat"]
    sat_opens.setTime(sat_opens.time().fromString("09:30", "HH:mm"))
    wizard.next()
    assert wizard.currentId() == PAGE_OWNER


def test_wizard_creates_owner_and_settings(wizard, new_uow, clock) -> None:
    _fill_salon(wizard)
    page = wizard.owner_page
    page.name_edit.setText("王芳")
    page.pin_edit.setText("2468")
    page.pin2_edit.setText("2468")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.owner is not None and wizard.owner.role == Role.OWNER
    assert setup.is_initialised(new_uow())
    settings = settings_service.get_settings(new_uow())
    assert settings.salon_name == "Lotus Hair 莲花美发"
    assert settings.timezone == "Asia/Shanghai"
    assert settings.opening_hours["mon"] is None
    assert settings.opening_hours["sat"] == ["09:30", "21:00"]
    assert auth.login(new_uow(), clock, wizard.owner.staff_id, "2468").name == "王芳"


def test_mismatched_pins_keep_the_wizard_open_and_create_nothing(wizard, new_uow) -> None:
    _fill_salon(wizard)
    page = wizard.owner_page
    page.name_edit.setText("王芳")
    page.pin_edit.setText("2468")
    page.pin2_edit.setText("2469")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == PAGE_OWNER
    assert page.error.text() == "The two PINs are not the same."
    assert not setup.is_initialised(new_uow())


def test_short_pin_is_refused_with_the_services_words(wizard, new_uow) -> None:
    _fill_salon(wizard)
    page = wizard.owner_page
    page.name_edit.setText("王芳")
    page.pin_edit.setText("12")
    page.pin2_edit.setText("12")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.error.text() == "A PIN is 4 to 8 digits."
    assert not setup.is_initialised(new_uow())


def test_salon_page_needs_a_name_and_a_real_zone(wizard) -> None:
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_SALON
    assert wizard.salon_page.error.text() == "Please enter the salon's name."
    wizard.salon_page.name_edit.setText("Lotus")
    wizard.salon_page.tz_combo.setEditText("Mars/Olympus")
    wizard.next()
    assert wizard.currentId() == PAGE_SALON
    assert "time zone" in wizard.salon_page.error.text()


def test_time_zone_defaults_to_the_computers(wizard, monkeypatch) -> None:
    system = settings_service.system_timezone_name()
    assert wizard.salon_page.tz_combo.zone() == ("UTC" if system == "Etc/UTC" else system)
    monkeypatch.setattr(first_run, "system_timezone_name", lambda: "Europe/Berlin")
    assert first_run.TimeZoneCombo().zone() == "Europe/Berlin"


def test_demo_choice_runs_the_generator_in_the_background(qtbot, wizard, monkeypatch, engine) -> None:
    calls = []

    def fake_build_demo(eng, seed, today, now, progress):
        calls.append((eng, seed, today, now))
        progress(1, 2)
        progress("staff", 2, 2)
        return "ok"

    monkeypatch.setattr(first_run, "load_demo_builder", lambda: fake_build_demo)
    wizard.choice_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DEMO
    wizard.button(QWizard.WizardButton.FinishButton).click()
    now = wizard.clock.now()
    assert calls == [(engine, first_run.DEMO_SEED, now.astimezone(ZoneInfo("Asia/Shanghai")).date(), now)]
    assert wizard.demo_loaded and wizard.demo_result == "ok"
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_a_failing_demo_is_reported_and_the_wizard_stays(qtbot, wizard, monkeypatch) -> None:
    def broken(eng, seed, today, now, progress):
        raise RuntimeError("disk full")

    monkeypatch.setattr(first_run, "load_demo_builder", lambda: broken)
    wizard.choice_page.demo.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    message = wizard.demo_page.error.text()
    assert "could not be created" in message and "nothing was saved" in message
    assert "disk full" not in message  # never the raw text of an exception (ux.md: no developer text)
    assert wizard.isVisible() and not wizard.demo_loaded


def test_the_missing_name_message_goes_once_a_name_is_typed(qtbot, wizard) -> None:
    wizard.next()
    wizard.next()
    assert wizard.salon_page.error.text() == "Please enter the salon's name."
    qtbot.keyClicks(wizard.salon_page.name_edit, "L")
    assert wizard.salon_page.error.text() == ""
    qtbot.keyClicks(wizard.salon_page.name_edit, "otus")
    wizard.next()
    assert wizard.currentId() == PAGE_HOURS
    _check, opens, _closes = wizard.hours_page.editor.rows["mon"]
    opens.setTime(QTime(22, 0))
    wizard.next()
    assert wizard.hours_page.error.text().endswith("the salon must open before it closes.")
    opens.setTime(QTime(9, 0))
    assert wizard.hours_page.error.text() == ""
    wizard.next()
    assert wizard.currentId() == PAGE_OWNER
    wizard.next()
    assert wizard.owner_page.error.text() == "Please enter your name."
    qtbot.keyClicks(wizard.owner_page.name_edit, "W")
    assert wizard.owner_page.error.text() == ""
