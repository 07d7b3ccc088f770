"""Equipment register, maintenance plans, work records, faults and status history.

Nothing here is deleted: an asset is scrapped (with date and reason); status changes,
fault reports and work records are append-only entries of hash chains. An asset's
``status`` column is a cache of its newest :class:`StatusChange`.

Task occurrences: a plan's first task is due on ``first_due``; each later task is due
``interval_days`` after the local date on which the previous task was done. A work
record names the due date it fulfils, so every task (done or not) is known.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlmodel import Field, SQLModel

from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.i18n import QT_TRANSLATE_NOOP

DEFAULT_OVERHAUL_DAYS = 91  # the quarterly overhaul
DUE_SOON_DAYS = 14


class EquipmentStatus(StrEnum):
    """Whether an asset may be used."""

    IN_SERVICE = "in_service"
    OUT_OF_SERVICE = "out_of_service"
    SCRAPPED = "scrapped"


EQUIPMENT_STATUS_LABELS = {
    EquipmentStatus.IN_SERVICE: QT_TRANSLATE_NOOP("EquipmentStatus", "In service"),
    EquipmentStatus.OUT_OF_SERVICE: QT_TRANSLATE_NOOP("EquipmentStatus", "Out of service"),
    EquipmentStatus.SCRAPPED: QT_TRANSLATE_NOOP("EquipmentStatus", "Scrapped"),
}


class MaintenanceKind(StrEnum):
    """Kinds of planned (and unplanned) maintenance work."""

    OVERHAUL = "overhaul"
    INSPECTION = "inspection"
    CALIBRATION = "calibration"
    CLEANING = "cleaning"
    REPAIR = "repair"  # corrective work after a fault (never planned)


MAINTENANCE_KIND_LABELS = {
    MaintenanceKind.OVERHAUL: QT_TRANSLATE_NOOP("MaintenanceKind", "Overhaul"),
    MaintenanceKind.INSPECTION: QT_TRANSLATE_NOOP("MaintenanceKind", "Inspection"),
    MaintenanceKind.CALIBRATION: QT_TRANSLATE_NOOP("MaintenanceKind", "Calibration"),
    MaintenanceKind.CLEANING: QT_TRANSLATE_NOOP("MaintenanceKind", "Cleaning"),
    MaintenanceKind.REPAIR: QT_TRANSLATE_NOOP("MaintenanceKind", "Repair"),
}


class WorkResult(StrEnum):
    """Outcome of a piece of maintenance work."""

    OK = "ok"
    ISSUES_FOUND = "issues_found"
    REPAIRED = "repaired"
    NOT_REPAIRABLE = "not_repairable"


WORK_RESULT_LABELS = {
    WorkResult.OK: QT_TRANSLATE_NOOP("WorkResult", "OK"),
    WorkResult.ISSUES_FOUND: QT_TRANSLATE_NOOP("WorkResult", "Issues found"),
    WorkResult.REPAIRED: QT_TRANSLATE_NOOP("WorkResult", "Repaired"),
    WorkResult.NOT_REPAIRABLE: QT_TRANSLATE_NOOP("WorkResult", "Not repairable"),
}


class TaskState(StrEnum):
    """Where a maintenance task stands on a day."""

    DONE = "done"
    OK = "ok"  # not due yet
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


TASK_STATE_LABELS = {
    TaskState.DONE: QT_TRANSLATE_NOOP("TaskState", "done"),
    TaskState.OK: QT_TRANSLATE_NOOP("TaskState", "not due yet"),
    TaskState.DUE_SOON: QT_TRANSLATE_NOOP("TaskState", "due soon"),
    TaskState.OVERDUE: QT_TRANSLATE_NOOP("TaskState", "overdue"),
}


class Equipment(SQLModel, table=True):
    """An asset of the register (records.md, "Equipment register")."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = text_field(length=120)
    category: str = text_field("", length=60)
    location: str = text_field("", length=80)
    station_id: int | None = Field(default=None, foreign_key="station.id")
    manufacturer: str = text_field("", length=80)
    model: str = text_field("", length=80)
    serial: str | None = text_field(None, length=80, unique=True)
    purchase_date: date | None = None
    in_service_date: date | None = None
    warranty_end: date | None = None
    supplier: str = text_field("", length=120)
    supplier_contact: str = text_field("", length=120)
    status: EquipmentStatus = enum_field(EquipmentStatus.IN_SERVICE, index=True)
    status_since: datetime = instant_field()
    status_reason: str = text_field("")
    scrapped_on: date | None = None
    created_at: datetime = instant_field()


class StatusChange(SQLModel, table=True):
    """An asset changed status (chained: downtime is computed from these)."""

    id: int | None = Field(default=None, primary_key=True)
    equipment_id: int = Field(foreign_key="equipment.id", index=True)
    at: datetime = instant_field(index=True)
    status: EquipmentStatus = enum_field()
    reason: str = text_field("")
    by: int | None = Field(default=None, foreign_key="staff.id")
    fault_id: int | None = Field(default=None, foreign_key="faultreport.id")
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


class MaintenancePlan(SQLModel, table=True):
    """A recurring task of one asset."""

    id: int | None = Field(default=None, primary_key=True)
    equipment_id: int = Field(foreign_key="equipment.id", index=True)
    kind: MaintenanceKind = enum_field()
    interval_days: int = DEFAULT_OVERHAUL_DAYS
    first_due: date
    active: bool = True
    created_at: datetime = instant_field()


class FaultReport(SQLModel, table=True):
    """A fault reported by anyone; opens a corrective job (closed by a repair work record)."""

    id: int | None = Field(default=None, primary_key=True)
    equipment_id: int = Field(foreign_key="equipment.id", index=True)
    reported_at: datetime = instant_field(index=True)
    reported_by: int | None = Field(default=None, foreign_key="staff.id")
    description: str = text_field()
    took_out_of_service: bool = False
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


class WorkRecord(SQLModel, table=True):
    """Maintenance or repair work, signed with the doer's PIN."""

    id: int | None = Field(default=None, primary_key=True)
    equipment_id: int = Field(foreign_key="equipment.id", index=True)
    plan_id: int | None = Field(default=None, foreign_key="maintenanceplan.id", index=True)
    fault_id: int | None = Field(default=None, foreign_key="faultreport.id", index=True)
    kind: MaintenanceKind = enum_field()
    due_date: date | None = None  # the planned due date this work fulfils
    done_at: datetime = instant_field(index=True)
    done_by: int = Field(foreign_key="staff.id")
    result: WorkResult = enum_field()
    parts: str = text_field("")
    cost: str = text_field("", length=20)  # decimal text: no float drift in the hash
    notes: str = text_field("")
    clock_anomaly: bool = False
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


def next_due(first_due: date, interval_days: int, last_done: date | None) -> date:
    """The due date of a plan's next task: ``first_due``, then last done + interval."""
    return first_due if last_done is None else last_done + timedelta(days=interval_days)


def days_overdue_at_month_end(due: date, next_month_first: date) -> int:
    """E2: days from the due date to the first day of the next month (due on the last day → 1)."""
    return (next_month_first - due).days
