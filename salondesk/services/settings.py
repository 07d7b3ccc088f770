"""Reading and changing the salon's settings (append-only, audited)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import available_timezones

import phonenumbers
from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.clock import Clock
from salondesk.domain.errors import Label, ValidationError
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.settings import (  # noqa: F401 - callers import them from here
    DEFAULT_TARGETS,
    WEEKDAYS,
    SalonSettings,
    SettingValue,
    salon_timezone,
    system_timezone_name,
)
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def load_settings(uow: UnitOfWork, at: datetime | None = None) -> SalonSettings:
    """The settings in force at ``at`` (default: now, i.e. the latest values)."""
    query = select(SettingValue).order_by(col(SettingValue.changed_at), col(SettingValue.id))
    if at is not None:
        query = query.where(col(SettingValue.changed_at) <= at)
    values: dict[str, Any] = {}
    for row in uow.session.exec(query):
        values[row.key] = json.loads(row.value_json)
    settings = SalonSettings()
    known = set(SalonSettings.keys())
    for key, value in values.items():
        if key in known:
            setattr(settings, key, value)
    # a target added in a later version keeps its default for old databases
    settings.targets = {**DEFAULT_TARGETS, **settings.targets}
    return settings


def is_open_on(settings: SalonSettings, day: date) -> bool:
    """True when the salon opens on ``day`` (weekday hours set, not a closed day)."""
    if day.isoformat() in settings.closed_days:
        return False
    return bool(settings.opening_hours.get(WEEKDAYS[day.weekday()]))


def _invalid(field: str, message: str, **params: Any) -> ValidationError:
    return ValidationError(message, field=field, **params)


def validate(changes: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise a set of changes; raise ValidationError on the first bad one."""
    known = set(SalonSettings.keys())
    clean: dict[str, Any] = {}
    for key, raw in changes.items():
        value = raw  # normalised below, key by key
        if key not in known:
            raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "Unknown setting: {field}."))
        if key == "salon_name":
            value = str(value).strip()
            if not value:
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "The salon needs a name."))
        elif key == "timezone":
            value = str(value).strip()
            if value and value not in available_timezones():
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "Unknown time zone: {value}."), value=value)
        elif key == "phone_region":
            value = str(value).upper()
            if value not in phonenumbers.SUPPORTED_REGIONS:
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "Unknown phone region: {value}."), value=value)
        elif key == "opening_hours":
            value = _validate_hours(value)
        elif key == "closed_days":
            try:
                value = sorted({date.fromisoformat(str(d)).isoformat() for d in value})
            except ValueError as exc:
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "A closed day is not a valid date.")) from exc
        elif key == "targets":
            value = _validate_targets(value)
        elif key == "idle_lock_minutes":
            value = _int_in(key, value, 1, 240)
        elif key == "backup_daily":
            value = _int_in(key, value, 1, 365)
        elif key == "backup_weekly":
            value = _int_in(key, value, 0, 520)
        elif key == "backup_monthly":
            value = _int_in(key, value, 0, 1200)
        elif key == "check_in_grace_minutes":
            value = _int_in(key, value, 0, 120)
        elif key == "no_show_after_minutes":
            value = _int_in(key, value, 5, 24 * 60)
        elif key == "attachment_max_mb":
            value = _int_in(key, value, 1, 100)
        elif key == "language":
            if value not in {"", "en", "zh_CN"}:
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "Unknown language: {value}."), value=value)
        elif key == "refund_limit":
            try:
                value = float(value)
            except (TypeError, ValueError) as exc:
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "The refund limit must be a number.")) from exc
            if value < 0:
                raise _invalid(key, QT_TRANSLATE_NOOP("Errors", "The refund limit must be a number."))
        clean[key] = value
    return clean


# What a refusal calls a setting (never its key: nothing shows developer text).
NUMBER_NAMES = {
    "idle_lock_minutes": Label(QT_TRANSLATE_NOOP("Errors", "The screen lock time (minutes)")),
    "backup_daily": Label(QT_TRANSLATE_NOOP("Errors", "The number of daily backups kept")),
    "backup_weekly": Label(QT_TRANSLATE_NOOP("Errors", "The number of weekly backups kept")),
    "backup_monthly": Label(QT_TRANSLATE_NOOP("Errors", "The number of monthly backups kept")),
    "check_in_grace_minutes": Label(QT_TRANSLATE_NOOP("Errors", "The late time (minutes)")),
    "no_show_after_minutes": Label(QT_TRANSLATE_NOOP("Errors", "The no-show time (minutes)")),
    "attachment_max_mb": Label(QT_TRANSLATE_NOOP("Errors", "The largest evidence file (MB)")),
}
WEEKDAY_NAMES = dict(
    zip(
        WEEKDAYS,
        (
            Label(QT_TRANSLATE_NOOP("Errors", "Monday")),
            Label(QT_TRANSLATE_NOOP("Errors", "Tuesday")),
            Label(QT_TRANSLATE_NOOP("Errors", "Wednesday")),
            Label(QT_TRANSLATE_NOOP("Errors", "Thursday")),
            Label(QT_TRANSLATE_NOOP("Errors", "Friday")),
            Label(QT_TRANSLATE_NOOP("Errors", "Saturday")),
            Label(QT_TRANSLATE_NOOP("Errors", "Sunday")),
        ),
        strict=True,
    )
)


def _int_in(key: str, value: Any, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = low - 1
    if not low <= number <= high:
        raise _invalid(
            key,
            QT_TRANSLATE_NOOP("Errors", "{name} must be between {low} and {high}."),
            name=NUMBER_NAMES[key],
            low=low,
            high=high,
        )
    return number


def _validate_hours(value: Any) -> dict[str, list[str] | None]:
    hours: dict[str, list[str] | None] = {}
    for day in WEEKDAYS:
        span = value.get(day) if isinstance(value, dict) else None
        if not span:
            hours[day] = None
            continue
        opens, closes = str(span[0]), str(span[1])
        if not (_HHMM.match(opens) and _HHMM.match(closes)) or opens >= closes:
            raise _invalid(
                "opening_hours",
                QT_TRANSLATE_NOOP("Errors", "Opening hours for {day} must be HH:MM–HH:MM, opening first."),
                day=WEEKDAY_NAMES[day],
            )
        hours[day] = [opens, closes]
    return hours


def _validate_targets(value: Any) -> dict[str, float]:
    targets = dict(DEFAULT_TARGETS)
    for figure, target in dict(value).items():
        if figure not in DEFAULT_TARGETS:
            raise _invalid("targets", QT_TRANSLATE_NOOP("Errors", "Unknown figure: {value}."), value=figure)
        try:
            number = float(target)
        except (TypeError, ValueError):
            number = float("nan")
        low = -100.0 if figure == "S3" else 0.0
        high = 100.0 if figure in {"R1", "R3", "S1", "S2", "S3", "H1", "E1", "C1", "C2", "C3", "C4", "C5"} else 1000.0
        if not low <= number <= high:
            raise _invalid(
                "targets",
                QT_TRANSLATE_NOOP("Errors", "The target for {value} must be between {low} and {high}."),
                value=figure,
                low=low,
                high=high,
            )
        targets[figure] = number
    return targets


def update_settings(uow: UnitOfWork, actor: Actor, clock: Clock, changes: dict[str, Any]) -> SalonSettings:
    """Change settings (owner). Only values that differ are stored and audited."""
    require(uow, actor, Permission.MANAGE_SETTINGS)
    clean = validate(changes)
    with uow:
        current = load_settings(uow).as_dict()
        if "targets" in clean:  # a partial change keeps the other targets in force, not the defaults
            given = {key: clean["targets"][key] for key in dict(changes["targets"])}
            clean["targets"] = {**current["targets"], **given}
        merged = {**current, **clean}
        if int(merged["no_show_after_minutes"]) < int(merged["check_in_grace_minutes"]):
            raise _invalid(
                "no_show_after_minutes",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A booking can be offered as a no-show only after it shows as late: "
                    "set at least {grace} min (the late time).",
                ),
                grace=merged["check_in_grace_minutes"],
            )
        now = clock.now()
        for key, value in clean.items():
            if current.get(key) == value:
                continue
            uow.session.add(
                SettingValue(
                    key=key,
                    value_json=json.dumps(value, ensure_ascii=False, sort_keys=True),
                    changed_at=now,
                    changed_by=actor.staff_id,
                )
            )
            audit.record(uow, actor, clock, "update", "setting", key, key, current.get(key), value)
        uow.commit()
        return load_settings(uow)


def get_settings(uow: UnitOfWork, at: datetime | None = None) -> SalonSettings:
    """Read settings in their own unit of work."""
    with uow:
        return load_settings(uow, at)
