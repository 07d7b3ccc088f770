"""Salon settings: typed, with the defaults of commitments.md.

Settings are stored append-only (key, JSON value, when, who), so the value "in
force" at any instant can be read back: the monthly report prints the target
that was in force, not today's.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal
from sqlmodel import Field, SQLModel

from salondesk.domain.base import instant_field, text_field
from salondesk.domain.retention import DEFAULT_DAILY, DEFAULT_MONTHLY, DEFAULT_WEEKLY

# Commitment targets (commitments.md, "default target" column). Rates in percent.
DEFAULT_TARGETS: dict[str, float] = {
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

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def default_opening_hours() -> dict[str, list[str] | None]:
    """10:00–21:00 every day; a weekday mapped to None is closed."""
    return {day: ["10:00", "21:00"] for day in WEEKDAYS}


@dataclass
class SalonSettings:
    """Every setting the owner can change, with its default."""

    salon_name: str = "SalonDesk"
    address: str = ""
    phone: str = ""
    timezone: str = ""  # empty: the computer's zone
    phone_region: str = "CN"
    language: str = ""  # empty: follow the system
    opening_hours: dict[str, list[str] | None] = field(default_factory=default_opening_hours)
    closed_days: list[str] = field(default_factory=list)  # ISO dates
    targets: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    idle_lock_minutes: int = 10
    check_in_grace_minutes: int = 15  # a booking this long past its start shows *late* (ux.md, F3)
    no_show_after_minutes: int = 60  # ... and this long past it is offered for no-show
    backup_folder: str = ""  # empty: <data dir>/backups
    # grandfather-father-son: the newest backup of each of the last N days, ISO weeks, months
    backup_daily: int = DEFAULT_DAILY
    backup_weekly: int = DEFAULT_WEEKLY
    backup_monthly: int = DEFAULT_MONTHLY
    privacy_notice_version: str = "2026-01"
    consent_text_version: str = "2026-01"
    refund_limit: float = 500.0  # refunds above need the owner
    attachment_max_mb: int = 10  # evidence files and photos larger than this are refused
    remedies: list[str] = field(
        default_factory=lambda: ["free_redo", "discount", "refund", "replacement", "training", "warning"]
    )

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able values."""
        return asdict(self)

    @classmethod
    def keys(cls) -> list[str]:
        """Names of all settings."""
        return [f.name for f in fields(cls)]


class SettingValue(SQLModel, table=True):
    """One value of one setting from ``changed_at`` on (append-only)."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = text_field(length=60, index=True)
    value_json: str = text_field()
    changed_at: datetime = instant_field(index=True)
    changed_by: int | None = Field(default=None, foreign_key="staff.id")


# ---------------------------------------------------------------- the salon's time zone (one place)
def system_timezone_name() -> str:
    """The computer's IANA zone name (``Asia/Shanghai``), or ``UTC`` when it cannot be told.

    tzlocal knows each platform's answer: ``TZ``, ``/etc/timezone`` or the ``/etc/localtime``
    link on Linux and macOS, the registry's Windows zone (mapped to IANA) on Windows.
    """
    try:
        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)  # a name zoneinfo cannot load is no answer
            return name
    except (OSError, ValueError, LookupError, ZoneInfoNotFoundError):  # tzlocal's "cannot tell"
        pass
    return "UTC"


def salon_timezone(settings: SalonSettings) -> ZoneInfo:
    """The salon's zone (the computer's when unset): every instant → local day or month goes through it."""
    return ZoneInfo(settings.timezone or system_timezone_name())
