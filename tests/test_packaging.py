"""The packaging files agree with the code (version, names, icons) and stay well-formed."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from salondesk import __version__
from salondesk.config import resource_dir

ROOT = Path(__file__).resolve().parent.parent


def test_windows_version_resource_and_installer_carry_the_version() -> None:
    info = (ROOT / "packaging" / "windows" / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(part) for part in __version__.split("."))
    assert f"filevers=({', '.join(map(str, numbers))}, 0)" in info
    assert f"StringStruct('ProductVersion', '{__version__}')" in info
    iss = (ROOT / "packaging" / "windows" / "salondesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss
    assert "PrivilegesRequired=lowest" in iss  # per-user install, no administrator


def test_desktop_entry_starts_the_installed_bundle_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "resources" / "linux" / "salondesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "/opt/salondesk/SalonDesk"
    assert desktop["Icon"] == "salondesk"
    assert desktop["Terminal"] == "false"
    assert desktop["Name[zh_CN]"]


def test_appstream_metadata_names_the_desktop_file_and_the_version() -> None:
    root = ET.parse(ROOT / "resources" / "linux" / "app.salondesk.SalonDesk.metainfo.xml").getroot()
    assert root.findtext("id") == "app.salondesk.SalonDesk"
    assert root.findtext("launchable") == "salondesk.desktop"
    versions = [release.get("version") for release in root.iter("release")]
    assert __version__ in versions


def test_icon_set_is_complete() -> None:
    icons = resource_dir("icons")
    for size in (16, 32, 48, 256):
        png = icons / f"salondesk-{size}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "salondesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert ET.parse(icons / "salondesk.svg").getroot().tag.endswith("svg")


def test_bundle_leaves_out_what_a_one_pc_install_never_loads() -> None:
    spec = (ROOT / "packaging" / "salondesk.spec").read_text(encoding="utf-8")
    excludes = re.search(r"excludes = \[(.*?)\n\]", spec, re.S)
    assert excludes is not None
    for module in ("psycopg", "PySide6.QtQml", "PySide6.QtNetwork", "pytest"):
        assert f'"{module}"' in excludes[1]
    assert "console=False" in spec
