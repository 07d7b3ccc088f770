# ruff: noqa: E501 - the default checklist texts are long sentences in two languages
"""Hygiene checklists: stations, versioned templates, signed runs and corrective actions.

Runs, their item results and corrective-action sign-offs are never updated or
deleted. A correction is a new run that names the run it corrects (``corrects_id``)
and why. Each run and each sign-off is a link of a hash chain (``domain.signing``,
``services.records_chain``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.settings import WEEKDAYS, SalonSettings
from salondesk.i18n import QT_TRANSLATE_NOOP


class StationKind(StrEnum):
    """Where a per-customer log is kept."""

    CHAIR = "chair"
    SHAMPOO_BOWL = "shampoo_bowl"
    MANICURE_TABLE = "manicure_table"
    FOOT_SPA = "foot_spa"


STATION_KIND_LABELS = {
    StationKind.CHAIR: QT_TRANSLATE_NOOP("StationKind", "Chair"),
    StationKind.SHAMPOO_BOWL: QT_TRANSLATE_NOOP("StationKind", "Shampoo bowl"),
    StationKind.MANICURE_TABLE: QT_TRANSLATE_NOOP("StationKind", "Manicure table"),
    StationKind.FOOT_SPA: QT_TRANSLATE_NOOP("StationKind", "Foot spa"),
}


class Frequency(StrEnum):
    """How often a template is due."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    PER_CUSTOMER = "per_customer"


FREQUENCY_LABELS = {
    Frequency.DAILY: QT_TRANSLATE_NOOP("Frequency", "Daily"),
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("Frequency", "Weekly"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("Frequency", "Monthly"),
    Frequency.PER_CUSTOMER: QT_TRANSLATE_NOOP("Frequency", "Per customer"),
}
PERIODIC = (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY)


class ItemResult(StrEnum):
    """The four answers to a checklist item."""

    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "n/a"
    NO_SERVICE = "no_service"


ITEM_RESULT_LABELS = {
    ItemResult.PASS: QT_TRANSLATE_NOOP("ItemResult", "Pass"),
    ItemResult.FAIL: QT_TRANSLATE_NOOP("ItemResult", "Fail"),
    ItemResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("ItemResult", "N/A"),
    ItemResult.NO_SERVICE: QT_TRANSLATE_NOOP("ItemResult", "No service today"),
}


class ValueKind(StrEnum):
    """Values an item may require."""

    PRODUCT = "product"
    DILUTION = "dilution"  # e.g. mg/L
    CONTACT_MIN = "contact_min"
    TEMPERATURE_C = "temperature_c"
    TIME_MIXED = "time_mixed"  # when a disinfectant solution was made up (records.md: older than 4 h is replaced)


VALUE_KIND_LABELS = {
    ValueKind.PRODUCT: QT_TRANSLATE_NOOP("ValueKind", "Product"),
    ValueKind.DILUTION: QT_TRANSLATE_NOOP("ValueKind", "Dilution (mg/L)"),
    ValueKind.CONTACT_MIN: QT_TRANSLATE_NOOP("ValueKind", "Contact time (min)"),
    ValueKind.TEMPERATURE_C: QT_TRANSLATE_NOOP("ValueKind", "Temperature (°C)"),
    ValueKind.TIME_MIXED: QT_TRANSLATE_NOOP("ValueKind", "Time mixed (HH:MM)"),
}
# The same names inside an error message ("Item 2 needs its dilution (mg/L).").
VALUE_KIND_ERROR_NAMES = {
    ValueKind.PRODUCT: QT_TRANSLATE_NOOP("Errors", "product"),
    ValueKind.DILUTION: QT_TRANSLATE_NOOP("Errors", "dilution (mg/L)"),
    ValueKind.CONTACT_MIN: QT_TRANSLATE_NOOP("Errors", "contact time (min)"),
    ValueKind.TEMPERATURE_C: QT_TRANSLATE_NOOP("Errors", "temperature (°C)"),
    ValueKind.TIME_MIXED: QT_TRANSLATE_NOOP("Errors", "time mixed (HH:MM)"),
}


# ---------------------------------------------------------------- tables
class Station(SQLModel, table=True):
    """A chair, shampoo bowl, manicure table or foot-spa tub. Retired, never deleted."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = text_field(length=60)
    kind: StationKind = enum_field()
    active: bool = True
    created_at: datetime = instant_field()


class ChecklistTemplate(SQLModel, table=True):
    """One version of a template; ``key`` ties the versions of one template together."""

    __table_args__ = (sa.UniqueConstraint("key", "version", name="uq_checklisttemplate_key_version"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = text_field(length=40, index=True)
    version: int = 1
    frequency: Frequency = enum_field()
    name_en: str = text_field(length=120)
    name_zh: str = text_field(length=120)
    current: bool = True  # the version new runs use
    retired: bool = False  # no longer required (kept for old runs)
    created_at: datetime = instant_field()
    created_by: int | None = Field(default=None, foreign_key="staff.id")


class ChecklistItem(SQLModel, table=True):
    """An item of one template version. ``values_json``: list of ValueSpec dicts."""

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = Field(foreign_key="checklisttemplate.id", index=True)
    position: int = 0
    text_en: str = text_field()
    text_zh: str = text_field()
    values_json: str = text_field("[]")


class ChecklistRun(SQLModel, table=True):
    """A signed run of a template for one period (and station, for per-customer logs)."""

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = Field(foreign_key="checklisttemplate.id", index=True)
    template_key: str = text_field(length=40, index=True)
    station_id: int | None = Field(default=None, foreign_key="station.id", index=True)
    period_start: date = Field(index=True)  # the day, the week's Monday, or the month's 1st
    period_end: date  # inclusive last day
    signed_by: int = Field(foreign_key="staff.id", index=True)
    signed_at: datetime = instant_field(index=True)
    late: bool = False
    late_reason: str = text_field("")
    clock_anomaly: bool = False
    corrects_id: int | None = Field(default=None, foreign_key="checklistrun.id")
    correction_reason: str = text_field("")
    note: str = text_field("")
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


class ChecklistResult(SQLModel, table=True):
    """One item's answer in a run, with values, photo hash and corrective action."""

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="checklistrun.id", index=True)
    item_id: int = Field(foreign_key="checklistitem.id")
    result: ItemResult = enum_field(index=True)  # the failed items are looked up (H3, corrective actions)
    values_json: str = text_field("{}")
    note: str = text_field("")
    photo_hash: str | None = text_field(None, length=64)
    action: str = text_field("")  # corrective action: what was done / what must be done
    action_done: bool = False  # True: put right at signing (nothing left open)
    action_owner_id: int | None = Field(default=None, foreign_key="staff.id")
    action_due: date | None = None


class CorrectiveSignoff(SQLModel, table=True):
    """The sign-off that closes an open corrective action (signed with a PIN)."""

    id: int | None = Field(default=None, primary_key=True)
    result_id: int = Field(foreign_key="checklistresult.id", index=True, unique=True)
    signed_by: int = Field(foreign_key="staff.id")
    signed_at: datetime = instant_field(index=True)
    note: str = text_field("")
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


# ---------------------------------------------------------------- value specs
@dataclass(frozen=True)
class ValueSpec:
    """A value an item requires, with optional inclusive limits and the value a run starts with."""

    kind: ValueKind
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    default: str = ""  # pre-filled when the station has no earlier run (e.g. the salon's usual product)

    def as_dict(self) -> dict[str, Any]:
        """JSON form (numbers as text: no float drift)."""
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "min": None if self.minimum is None else str(self.minimum),
            "max": None if self.maximum is None else str(self.maximum),
        }
        if self.default:
            data["default"] = self.default
        return data

    @staticmethod
    def from_dict(data: dict[str, Any]) -> ValueSpec:
        """Inverse of :meth:`as_dict`."""
        low, high = data.get("min"), data.get("max")
        return ValueSpec(
            ValueKind(data["kind"]),
            None if low is None else Decimal(str(low)),
            None if high is None else Decimal(str(high)),
            str(data.get("default") or ""),
        )

    @property
    def numeric(self) -> bool:
        """Product names are text and mixing times are times of day; everything else is a number."""
        return self.kind not in (ValueKind.PRODUCT, ValueKind.TIME_MIXED)

    def limit_text(self) -> str:
        """``≥ 15``, ``≤ 40``, ``200–300`` or empty."""
        if self.minimum is not None and self.maximum is not None:
            return f"{self.minimum}–{self.maximum}"
        if self.minimum is not None:
            return f"≥ {self.minimum}"
        if self.maximum is not None:
            return f"≤ {self.maximum}"
        return ""


def specs_of(values_json: str) -> list[ValueSpec]:
    """The value specs stored on an item."""
    return [ValueSpec.from_dict(d) for d in json.loads(values_json or "[]")]


def parse_number(text: str) -> Decimal | None:
    """A typed number, or None when it is not one."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError):
        return None
    return value if value.is_finite() else None


def parse_time_of_day(text: str) -> time | None:
    """``9:05``, ``09:05``, ``0905`` or ``9`` as a time of day, or None when it is not one."""
    match = re.fullmatch(r"(\d{1,2})(?:[:.：]?(\d{2}))?", text.strip())
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def within_limits(spec: ValueSpec, text: str) -> bool:
    """True when a typed value satisfies the spec (products: anything non-empty; times: a time of day)."""
    if spec.kind == ValueKind.TIME_MIXED:
        return parse_time_of_day(text) is not None
    if not spec.numeric:
        return bool(text.strip())
    number = parse_number(text)
    if number is None:
        return False
    if spec.minimum is not None and number < spec.minimum:
        return False
    return not (spec.maximum is not None and number > spec.maximum)


def prefilled_value(spec: ValueSpec, last_value: str, now_local: datetime) -> str:
    """What a new run shows for a value before anyone touches it.

    The station's last run (the same product and dilution as yesterday), else the
    template's default; a mixing time is today's, so it starts at the current time.
    """
    if spec.kind == ValueKind.TIME_MIXED:
        return now_local.strftime("%H:%M")
    return last_value.strip() or spec.default


# ---------------------------------------------------------------- periods
def period_of(frequency: Frequency, day: date) -> tuple[date, date]:
    """The period (first, last day inclusive) of a run of ``frequency`` made on ``day``."""
    if frequency == Frequency.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if frequency == Frequency.MONTHLY:
        first = day.replace(day=1)
        nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    return day, day


def salon_open_on(settings: SalonSettings, day: date) -> bool:
    """Same rule as ``services.settings.is_open_on`` (queries may not import services)."""
    if day.isoformat() in settings.closed_days:
        return False
    return bool(settings.opening_hours.get(WEEKDAYS[day.weekday()]))


# ---------------------------------------------------------------- default templates
def _v(kind: ValueKind, low: str | None = None, high: str | None = None) -> ValueSpec:
    return ValueSpec(kind, None if low is None else Decimal(low), None if high is None else Decimal(high))


@dataclass(frozen=True)
class DefaultItem:
    """One item of the default set, in both languages."""

    en: str
    zh: str
    values: tuple[ValueSpec, ...] = ()


@dataclass(frozen=True)
class DefaultTemplate:
    """One template of the default set (records.md)."""

    key: str
    frequency: Frequency
    en: str
    zh: str
    items: tuple[DefaultItem, ...]


DEFAULT_TEMPLATES: tuple[DefaultTemplate, ...] = (
    DefaultTemplate(
        "opening",
        Frequency.DAILY,
        "Opening checklist",
        "营业前检查",
        (
            DefaultItem(
                "Health permit and staff health certificates on display and valid",
                "卫生许可证和员工健康合格证已公示且在有效期内",
            ),
            DefaultItem(
                "Disinfectant solution freshly mixed (e.g. chlorine 250 mg/L); solution older than 4 h replaced",
                "消毒液现配（如含氯 250 mg/L），配制超过 4 小时的已更换",
                (
                    ValueSpec(ValueKind.PRODUCT, default="84消毒液"),
                    ValueSpec(ValueKind.DILUTION, Decimal(200), Decimal(500), default="250"),
                    ValueSpec(ValueKind.TIME_MIXED),
                ),
            ),
            DefaultItem(
                "Disinfection cabinet / clean-storage cabinet working and clean", "消毒柜/清洁物品柜运转正常、干净"
            ),
            DefaultItem(
                "Enough clean towels, capes and linen for the day, stored closed",
                "当天所需干净毛巾、围布、布草充足并密闭存放",
            ),
            DefaultItem("Floors, surfaces, mirrors, sinks and waste bins clean", "地面、台面、镜面、水池和垃圾桶干净"),
            DefaultItem(
                "Ventilation on; room temperature acceptable",
                "通风开启，室温适宜",
                (_v(ValueKind.TEMPERATURE_C, "16", "30"),),
            ),
            DefaultItem(
                "Separate marked tool kit for customers with skin conditions present",
                "皮肤病顾客专用工具已单独存放并有标识",
            ),
        ),
    ),
    DefaultTemplate(
        "per_customer",
        Frequency.PER_CUSTOMER,
        "Per-customer disinfection",
        "一客一消毒记录",
        (
            DefaultItem(
                "Tools cleaned, then disinfected (≥ 15 min chemical soak or cabinet cycle), air-dried, stored in the clean cabinet",
                "工具先清洗后消毒（化学浸泡 ≥ 15 分钟或消毒柜一个周期），晾干后放入清洁柜",
                (_v(ValueKind.CONTACT_MIN, "15"),),
            ),
            DefaultItem(
                "Fresh towel, cape/neck strip; used textiles into the closed laundry bin",
                "更换干净毛巾、围布/护颈纸，用过的布草放入带盖收集桶",
            ),
            DefaultItem(
                "Single-use items (cotton pads, razor blades, files) discarded", "一次性用品（棉片、刀片、锉条）已丢弃"
            ),
            DefaultItem(
                "Chair, headrest, shampoo bowl or manicure table disinfected", "座椅、头枕、洗头盆或美甲台已消毒"
            ),
            DefaultItem(
                "Foot spa (if used): drained, scrubbed, disinfectant circulated ≥ 10 min, drained, wiped dry",
                "足浴盆（如使用）：排水、刷洗、消毒液循环 ≥ 10 分钟、排空、擦干",
                (_v(ValueKind.CONTACT_MIN, "10"),),
            ),
        ),
    ),
    DefaultTemplate(
        "closing",
        Frequency.DAILY,
        "Closing checklist",
        "打烊检查",
        (
            DefaultItem(
                "All tools deep-cleaned and disinfected; capes washed and disinfected",
                "所有工具彻底清洗消毒，围布清洗消毒",
            ),
            DefaultItem(
                "Foot spas: screens removed and scrubbed, detergent circulated ≥ 10 min, then disinfected",
                "足浴盆：拆下滤网刷洗，清洁剂循环 ≥ 10 分钟后消毒",
                (_v(ValueKind.CONTACT_MIN, "10"),),
            ),
            DefaultItem("Soiled linen bagged for laundry; rubbish removed", "脏布草装袋待洗，垃圾清运"),
            DefaultItem("Disinfectant containers emptied, cleaned, labelled", "消毒液容器清空、清洗、贴标签"),
        ),
    ),
    DefaultTemplate(
        "weekly",
        Frequency.WEEKLY,
        "Weekly checklist",
        "每周检查",
        (
            DefaultItem("Immersion disinfectant containers changed and cleaned", "浸泡消毒容器更换并清洗"),
            DefaultItem("Disinfection and storage cabinets cleaned inside", "消毒柜和储物柜内部清洁"),
            DefaultItem("Deep clean of floors, drains, ventilation grilles", "地面、下水口、通风口深度清洁"),
        ),
    ),
    DefaultTemplate(
        "monthly",
        Frequency.MONTHLY,
        "Monthly checklist",
        "每月检查",
        (
            DefaultItem(
                "Stock and expiry check of disinfectants and cosmetic products (expired items removed, listed)",
                "消毒剂和化妆品库存及有效期检查（过期品已清出并登记）",
            ),
            DefaultItem(
                "Review of this month's records by the owner (signs the month off)", "店长审阅本月记录并签字确认"
            ),
        ),
    ),
)
