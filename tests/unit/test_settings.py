"""Settings: the defaults of commitments.md, validation that changes nothing, values in force at an instant."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor
from salondesk.domain.settings import SalonSettings, SettingValue, default_opening_hours
from salondesk.services import settings as settings_service

# commitments.md, "default target" column (rates in percent, counts as numbers).
COMMITMENT_TARGETS = {
    "R1": 98.0,
    "R3": 98.0,
    "S1": 100.0,
    "S2": 90.0,
    "S2Y": 90.0,
    "S3": 50.0,
    "S5": 95.0,
    "S6": 97.0,
    "H1": 100.0,
    "H2": 0.0,
    "H3": 0.0,
    "E1": 100.0,
    "E2": 0.0,
    "T1": 100.0,
    "T2": 95.0,
    "T3": 90.0,
    "C1": 100.0,
    "C2": 100.0,
    "C3": 98.0,
    "C4": 100.0,
    "C5": 95.0,
    "P1": 0.0,
}


def test_defaults(new_uow: UowFactory) -> None:
    settings = settings_service.get_settings(new_uow())
    assert settings.targets == COMMITMENT_TARGETS
    assert settings.opening_hours == default_opening_hours()
    assert settings.idle_lock_minutes == 10
    assert (settings.backup_daily, settings.backup_weekly, settings.backup_monthly) == (7, 4, 12)
    assert settings.backup_folder == ""
    assert settings.timezone == ""  # the computer's zone until set


def test_first_setup_stores_the_salon(new_uow: UowFactory, owner: Actor) -> None:
    settings = settings_service.get_settings(new_uow())
    assert (settings.salon_name, settings.timezone) == ("测试沙龙", "Asia/Shanghai")
    assert settings_service.salon_timezone(settings).key == "Asia/Shanghai"


def test_update_stores_and_audits_only_what_changed(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with new_uow() as uow:
        rows_before = len(list(uow.session.exec(select(SettingValue))))
    settings_service.update_settings(new_uow(), owner, clock, {"salon_name": "测试沙龙", "idle_lock_minutes": "15"})
    with new_uow() as uow:
        rows = list(uow.session.exec(select(SettingValue)))
        audit = list(uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "setting")))
    assert len(rows) == rows_before + 1
    assert rows[-1].key == "idle_lock_minutes" and rows[-1].value_json == "15"
    assert (audit[-1].field_name, audit[-1].old_value, audit[-1].new_value) == ("idle_lock_minutes", "10", "15")
    assert settings_service.get_settings(new_uow()).idle_lock_minutes == 15


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"salon_name": "  "}, "salon_name"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"phone_region": "XX"}, "phone_region"),
        ({"opening_hours": {"mon": ["21:00", "10:00"]}}, "opening_hours"),
        ({"opening_hours": {"mon": ["9", "18:00"]}}, "opening_hours"),
        ({"closed_days": ["2026-13-01"]}, "closed_days"),
        ({"targets": {"R1": 101}}, "targets"),
        ({"targets": {"Z9": 1}}, "targets"),
        ({"idle_lock_minutes": 0}, "idle_lock_minutes"),
        ({"backup_daily": "many"}, "backup_daily"),
        ({"backup_daily": 0}, "backup_daily"),
        ({"backup_weekly": -1}, "backup_weekly"),
        ({"backup_monthly": 1201}, "backup_monthly"),
        ({"language": "fr"}, "language"),
        ({"refund_limit": -1}, "refund_limit"),
        ({"colour": "pink"}, "colour"),
    ],
)
def test_invalid_changes_change_nothing(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, changes: dict[str, object], field: str
) -> None:
    before = settings_service.get_settings(new_uow())
    with pytest.raises(ValidationError) as bad:
        settings_service.update_settings(new_uow(), owner, clock, {"address": "新地址", **changes})
    assert bad.value.params["field"] == field
    assert settings_service.get_settings(new_uow()) == before  # the valid address was not stored either


def test_only_the_owner_changes_settings(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        settings_service.update_settings(new_uow(), receptionist, clock, {"salon_name": "Mine"})


def test_values_in_force_at_a_past_instant(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    start = clock.now()
    clock.advance(days=10)
    settings_service.update_settings(new_uow(), owner, clock, {"targets": {"R1": 95}})
    first_change = clock.now()
    clock.advance(days=10)
    settings_service.update_settings(new_uow(), owner, clock, {"targets": {"R1": 97}})

    def r1(at: object) -> float:
        return settings_service.get_settings(new_uow(), at).targets["R1"]  # type: ignore[arg-type]

    assert r1(start) == 98.0
    assert r1(first_change - timedelta(seconds=1)) == 98.0
    assert r1(first_change) == 95.0  # in force from the instant it was changed
    assert r1(clock.now() - timedelta(seconds=1)) == 95.0
    assert r1(clock.now()) == 97.0
    assert settings_service.get_settings(new_uow()).targets["R1"] == 97.0


def test_changing_one_target_keeps_the_others(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    settings_service.update_settings(new_uow(), owner, clock, {"targets": {"R3": 97}})
    clock.advance(minutes=1)
    settings_service.update_settings(new_uow(), owner, clock, {"targets": {"R1": 95}})
    targets = settings_service.get_settings(new_uow()).targets
    assert (targets["R1"], targets["R3"], targets["C5"]) == (95.0, 97.0, 95.0)


def test_opening_hours_and_closed_days(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    hours = default_opening_hours()
    hours["tue"] = None
    settings = settings_service.update_settings(
        new_uow(), owner, clock, {"opening_hours": hours, "closed_days": ["2027-01-01", "2026-12-25", "2027-01-01"]}
    )
    assert settings.closed_days == ["2026-12-25", "2027-01-01"]
    assert settings_service.is_open_on(settings, date(2026, 11, 23))  # Monday
    assert not settings_service.is_open_on(settings, date(2026, 11, 24))  # Tuesday: closed weekday
    assert not settings_service.is_open_on(settings, date(2026, 12, 25))  # a closed day (Friday)


def test_timezone_falls_back_to_the_computer() -> None:
    zone = settings_service.salon_timezone(SalonSettings())
    assert zone.key == settings_service.system_timezone_name()


def test_refusals_name_the_setting_and_the_weekday_in_words_never_their_keys() -> None:
    from salondesk.i18n import translate

    def chinese(context: str, text: str) -> str:
        return translate("zh_CN", context, text)

    with pytest.raises(ValidationError) as late:
        settings_service.validate({"check_in_grace_minutes": 500})
    assert late.value.params["field"] == "check_in_grace_minutes"  # the tab marks its field by the key
    assert late.value.render() == "The late time (minutes) must be between 0 and 120."
    assert "check_in_grace_minutes" not in late.value.render(chinese)
    hours = default_opening_hours()
    with pytest.raises(ValidationError) as monday:
        settings_service.validate({"opening_hours": {**hours, "mon": ["21:00", "10:00"]}})
    assert monday.value.render().startswith("Opening hours for Monday ")
    assert "星期一" in monday.value.render(chinese) and "mon" not in monday.value.render(chinese)
