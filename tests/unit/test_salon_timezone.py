"""One salon time zone: the computer's real zone on Linux, macOS and Windows (issue 11, item 5).

Each platform's answer is faked the way that platform gives it — an ``/etc/localtime``
link on Linux, macOS's ``/var/db/timezone`` link, the Windows registry's zone name — and
read through tzlocal's own code for that platform; the first-run wizard's zone box must
pre-select it.
"""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzlocal
import tzlocal.unix

from salondesk.domain import settings as settings_domain
from salondesk.domain.settings import SalonSettings, salon_timezone, system_timezone_name


@pytest.fixture(autouse=True)
def _no_tz_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)


def _fake_root(tmp_path: Path, link_target: str) -> Path:
    """A file system root whose ``etc/localtime`` links to ``link_target`` (a zone file copy)."""
    zone = tmp_path / link_target.lstrip("/")
    zone.parent.mkdir(parents=True)
    zone.write_bytes(b"TZif")  # tzlocal reads the name from the link, not the file
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "localtime").symlink_to(zone)
    return tmp_path


def test_linux_link_to_usr_share_zoneinfo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _fake_root(tmp_path, "/usr/share/zoneinfo/Asia/Shanghai")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: tzlocal.unix._get_localzone_name(str(root)))
    assert system_timezone_name() == "Asia/Shanghai"


def test_macos_link_to_var_db_timezone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _fake_root(tmp_path, "/var/db/timezone/zoneinfo/Asia/Chongqing")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: tzlocal.unix._get_localzone_name(str(root)))
    assert system_timezone_name() == "Asia/Chongqing"


class _Key:
    def Close(self) -> None:
        pass


def _fake_winreg(zone_key_name: str) -> types.ModuleType:
    """The parts of ``winreg`` tzlocal reads: TimeZoneInformation's values."""
    values = [("TimeZoneKeyName", zone_key_name + "\x00\x00", 1), ("DynamicDaylightTimeDisabled", 0, 4)]
    winreg = types.ModuleType("winreg")
    winreg.HKEY_LOCAL_MACHINE = 0x80000002  # type: ignore[attr-defined]
    winreg.ConnectRegistry = lambda _machine, _hive: _Key()  # type: ignore[attr-defined]
    winreg.OpenKey = lambda _handle, _name: _Key()  # type: ignore[attr-defined]
    winreg.QueryInfoKey = lambda _key: (0, len(values), 0)  # type: ignore[attr-defined]
    winreg.EnumValue = lambda _key, i: values[i]  # type: ignore[attr-defined]
    return winreg


@pytest.mark.parametrize(
    ("registry", "zone"), [("China Standard Time", "Asia/Shanghai"), ("W. Europe Standard Time", "Europe/Berlin")]
)
def test_windows_registry_zone_is_mapped_to_iana(monkeypatch: pytest.MonkeyPatch, registry: str, zone: str) -> None:
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg(registry))
    monkeypatch.delitem(sys.modules, "tzlocal.win32", raising=False)
    win32 = importlib.import_module("tzlocal.win32")
    monkeypatch.setattr(win32, "_cache_tz_name", None)
    monkeypatch.setattr(tzlocal, "get_localzone_name", win32.get_localzone_name)
    assert system_timezone_name() == zone


def test_no_answer_means_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    def confused() -> str:
        raise LookupError("Can not find any timezone configuration")

    monkeypatch.setattr(tzlocal, "get_localzone_name", confused)
    assert system_timezone_name() == "UTC"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Not/AZone")
    assert system_timezone_name() == "UTC"


def test_the_setting_wins_and_unset_means_the_computers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Asia/Shanghai")
    assert salon_timezone(SalonSettings(timezone="Europe/Berlin")) == ZoneInfo("Europe/Berlin")
    assert salon_timezone(SalonSettings(timezone="")) == ZoneInfo("Asia/Shanghai")


def test_one_function_no_copies() -> None:
    """The old copies in services.settings, domain.hygiene and queries.reception are this function."""
    from salondesk.domain import hygiene
    from salondesk.queries import reception
    from salondesk.services import settings as settings_service

    assert settings_service.salon_timezone is settings_domain.salon_timezone
    assert reception.salon_timezone is settings_domain.salon_timezone
    assert not hasattr(hygiene, "salon_zone")


def test_first_run_wizard_preselects_the_windows_zone(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from salondesk.ui.first_run import TimeZoneCombo

    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg("China Standard Time"))
    monkeypatch.delitem(sys.modules, "tzlocal.win32", raising=False)
    win32 = importlib.import_module("tzlocal.win32")
    monkeypatch.setattr(win32, "_cache_tz_name", None)
    monkeypatch.setattr(tzlocal, "get_localzone_name", win32.get_localzone_name)
    combo = TimeZoneCombo()
    qtbot.addWidget(combo)
    assert combo.zone() == "Asia/Shanghai"
