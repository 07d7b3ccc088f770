"""Equipment use cases: the register, status changes, plans, signed work records, faults.

Status changes, fault reports and work records are append-only links of hash chains.
Other areas (booking) ask :func:`is_in_service` / :func:`equipment_blocking`; the
service ↔ equipment link table (``service_equipment``) belongs to the catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import col, func, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import local_date
from salondesk.domain.clock import Clock, ensure_utc
from salondesk.domain.equipment import (
    DEFAULT_OVERHAUL_DAYS,
    Equipment,
    EquipmentStatus,
    FaultReport,
    MaintenanceKind,
    MaintenancePlan,
    StatusChange,
    WorkRecord,
    WorkResult,
)
from salondesk.domain.errors import Conflict, NotFound, ValidationError
from salondesk.domain.limits import check_text
from salondesk.domain.permissions import Actor, Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.auth import check_pin
from salondesk.services.records_chain import per_row, register_chain, seal
from salondesk.services.settings import load_settings, salon_timezone

STATUS_REGISTER = "equipment_status"
FAULTS_REGISTER = "equipment_faults"
WORK_REGISTER = "equipment_work"


def status_content(s: StatusChange) -> dict[str, Any]:
    """The hashed fields of a status change."""
    return {
        "id": s.id,
        "equipment_id": s.equipment_id,
        "at": s.at,
        "status": s.status,
        "reason": s.reason,
        "by": s.by,
        "fault_id": s.fault_id,
    }


def fault_content(f: FaultReport) -> dict[str, Any]:
    """The hashed fields of a fault report."""
    return {
        "id": f.id,
        "equipment_id": f.equipment_id,
        "reported_at": f.reported_at,
        "reported_by": f.reported_by,
        "description": f.description,
        "took_out_of_service": f.took_out_of_service,
    }


def work_content(w: WorkRecord) -> dict[str, Any]:
    """The hashed fields of a work record."""
    return {
        "id": w.id,
        "equipment_id": w.equipment_id,
        "plan_id": w.plan_id,
        "fault_id": w.fault_id,
        "kind": w.kind,
        "due_date": w.due_date,
        "done_at": w.done_at,
        "done_by": w.done_by,
        "result": w.result,
        "parts": w.parts,
        "cost": w.cost,
        "notes": w.notes,
        "clock_anomaly": w.clock_anomaly,
    }


register_chain(STATUS_REGISTER, StatusChange, per_row(status_content))
register_chain(FAULTS_REGISTER, FaultReport, per_row(fault_content))
register_chain(WORK_REGISTER, WorkRecord, per_row(work_content))


@dataclass(frozen=True)
class EquipmentInput:
    """The register's fields as the owner types them."""

    name: str
    category: str = ""
    location: str = ""
    station_id: int | None = None
    manufacturer: str = ""
    model: str = ""
    serial: str | None = None
    purchase_date: date | None = None
    in_service_date: date | None = None
    warranty_end: date | None = None
    supplier: str = ""
    supplier_contact: str = ""


def _clean(data: EquipmentInput) -> EquipmentInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a name."), field="name")
    if data.purchase_date and data.in_service_date and data.in_service_date < data.purchase_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An asset cannot go into service before it was bought."),
            field="in_service_date",
        )
    clean = EquipmentInput(
        name=name,
        category=data.category.strip(),
        location=data.location.strip(),
        station_id=data.station_id,
        manufacturer=data.manufacturer.strip(),
        model=data.model.strip(),
        serial=(data.serial or "").strip() or None,
        purchase_date=data.purchase_date,
        in_service_date=data.in_service_date,
        warranty_end=data.warranty_end,
        supplier=data.supplier.strip(),
        supplier_contact=data.supplier_contact.strip(),
    )
    check_text(Equipment, {f: getattr(clean, f) for f in EQUIPMENT_TEXT_FIELDS})
    return clean


EQUIPMENT_TEXT_FIELDS = (
    "name", "category", "location", "manufacturer", "model", "serial", "supplier", "supplier_contact",
)  # fmt: skip


def _get(uow: UnitOfWork, equipment_id: int) -> Equipment:
    item = uow.session.get(Equipment, equipment_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No equipment with id {id}."), id=equipment_id)
    return item


def _serial_taken(uow: UnitOfWork, serial: str | None, own_id: int | None) -> bool:
    if serial is None:
        return False
    query = select(Equipment.id).where(Equipment.serial == serial)
    return any(found != own_id for found in uow.session.exec(query))


def _add_status(
    uow: UnitOfWork,
    clock: Clock,
    item: Equipment,
    status: EquipmentStatus,
    reason: str,
    by: int | None,
    fault_id: int | None = None,
) -> None:
    now = clock.now()
    item.status, item.status_since, item.status_reason = status, now, reason
    if status == EquipmentStatus.SCRAPPED:
        item.scrapped_on = item.scrapped_on or local_date(now, salon_timezone(load_settings(uow)))
    uow.session.add(item)
    assert item.id is not None
    change = StatusChange(equipment_id=item.id, at=now, status=status, reason=reason, by=by, fault_id=fault_id)
    seal(uow, STATUS_REGISTER, change)


def add_equipment(uow: UnitOfWork, actor: Actor, clock: Clock, data: EquipmentInput) -> int:
    """Put an asset on the register, in service (owner)."""
    require(uow, actor, Permission.MANAGE_EQUIPMENT)
    data = _clean(data)
    with uow.write_locked():  # appends to a hash chain
        if _serial_taken(uow, data.serial, None):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "Another asset has serial number {serial}."), serial=data.serial)
        now = clock.now()
        item = Equipment(**asdict(data), status=EquipmentStatus.IN_SERVICE, status_since=now, created_at=now)
        uow.session.add(item)
        uow.flush()
        _add_status(uow, clock, item, EquipmentStatus.IN_SERVICE, "registered", actor.staff_id)
        audit.record_created(uow, actor, clock, "equipment", item.id, asdict(data))
        uow.commit()
        assert item.id is not None
        return item.id


def update_equipment(uow: UnitOfWork, actor: Actor, clock: Clock, equipment_id: int, data: EquipmentInput) -> None:
    """Change the register's fields (owner; audited field by field). Status changes elsewhere."""
    require(uow, actor, Permission.MANAGE_EQUIPMENT)
    data = _clean(data)
    with uow:
        item = _get(uow, equipment_id)
        if _serial_taken(uow, data.serial, equipment_id):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "Another asset has serial number {serial}."), serial=data.serial)
        before = {k: getattr(item, k) for k in asdict(data)}
        for key, value in asdict(data).items():
            setattr(item, key, value)
        uow.session.add(item)
        audit.record_changes(uow, actor, clock, "equipment", equipment_id, before, asdict(data))
        uow.commit()


def set_status(
    uow: UnitOfWork, actor: Actor, clock: Clock, equipment_id: int, status: EquipmentStatus, reason: str
) -> None:
    """Take out of service, put back, or scrap (owner). A reason is always required; scrapping is final."""
    require(uow, actor, Permission.MANAGE_EQUIPMENT)
    status = EquipmentStatus(status)
    reason = reason.strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please give a reason."), field="reason")
    check_text(StatusChange, {"reason": reason})
    with uow.write_locked():  # appends to a hash chain
        item = _get(uow, equipment_id)
        if item.status == EquipmentStatus.SCRAPPED:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This asset is scrapped."))
        if item.status == status:
            return
        old = item.status
        _add_status(uow, clock, item, status, reason, actor.staff_id)
        audit.record(uow, actor, clock, "status", "equipment", equipment_id, "status", old, status)
        uow.commit()


def add_plan(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    equipment_id: int,
    kind: MaintenanceKind,
    first_due: date,
    interval_days: int = DEFAULT_OVERHAUL_DAYS,
) -> int:
    """Add a recurring maintenance task to an asset (owner)."""
    require(uow, actor, Permission.MANAGE_EQUIPMENT)
    kind = MaintenanceKind(kind)
    if kind == MaintenanceKind.REPAIR:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Repairs are not planned."), field="kind")
    if not 1 <= interval_days <= 3660:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The interval must be between 1 and 3660 days."), field="interval_days"
        )
    with uow:
        _get(uow, equipment_id)
        plan = MaintenancePlan(
            equipment_id=equipment_id,
            kind=kind,
            interval_days=interval_days,
            first_due=first_due,
            created_at=clock.now(),
        )
        uow.session.add(plan)
        uow.flush()
        audit.record_created(
            uow,
            actor,
            clock,
            "maintenance_plan",
            plan.id,
            {"equipment_id": equipment_id, "kind": kind, "interval_days": interval_days, "first_due": first_due},
        )
        uow.commit()
        assert plan.id is not None
        return plan.id


def set_plan_active(uow: UnitOfWork, actor: Actor, clock: Clock, plan_id: int, active: bool) -> None:
    """Stop or resume a plan (owner); its work records stay."""
    require(uow, actor, Permission.MANAGE_EQUIPMENT)
    with uow:
        plan = uow.session.get(MaintenancePlan, plan_id)
        if plan is None:
            raise NotFound()
        if plan.active != active:
            audit.record(uow, actor, clock, "update", "maintenance_plan", plan_id, "active", plan.active, active)
            plan.active = active
            uow.session.add(plan)
        uow.commit()


def plan_next_due(uow: UnitOfWork, plan: MaintenancePlan, tz: ZoneInfo) -> date:
    """The due date of the plan's open task (inside the caller's unit of work)."""
    last = uow.session.exec(
        select(WorkRecord).where(WorkRecord.plan_id == plan.id).order_by(col(WorkRecord.done_at).desc()).limit(1)
    ).first()
    if last is None:
        return plan.first_due
    return local_date(last.done_at, tz) + timedelta(days=plan.interval_days)


def _cost_text(cost: str) -> str:
    cost = cost.strip()
    if not cost:
        return ""
    try:
        value = Decimal(cost.replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The cost must be a number."), field="cost") from exc
    if not value.is_finite() or value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The cost must be a number."), field="cost")
    return format(value.quantize(Decimal("0.01")), "f")


@dataclass(frozen=True)
class WorkInput:
    """A piece of work as typed: for a plan's open task, or a repair closing a fault."""

    equipment_id: int
    result: WorkResult
    plan_id: int | None = None
    fault_id: int | None = None
    parts: str = ""
    cost: str = ""
    notes: str = ""


def record_work(uow: UnitOfWork, actor: Actor, clock: Clock, data: WorkInput, signer_id: int, pin: str) -> int:
    """Record maintenance/repair work signed with the doer's PIN; the time is the clock's.

    Planned work fulfils the plan's open task (its due date is stored). A repair names
    the fault it closes and puts the asset back in service (unless not repairable).
    """
    require(uow, actor, Permission.REPORT_FAULT)
    result = WorkResult(data.result)
    cost = _cost_text(data.cost)
    check_text(WorkRecord, {"parts": data.parts, "cost": cost, "notes": data.notes})
    if (data.plan_id is None) == (data.fault_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Work is either for a maintenance plan or for a fault."), field="plan"
        )
    with uow.write_locked():  # appends to a hash chain
        item = _get(uow, data.equipment_id)
        if item.status == EquipmentStatus.SCRAPPED:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This asset is scrapped."))
        tz = salon_timezone(load_settings(uow))
        kind, due = MaintenanceKind.REPAIR, None
        fault: FaultReport | None = None
        if data.plan_id is not None:
            plan = uow.session.get(MaintenancePlan, data.plan_id)
            if plan is None or plan.equipment_id != item.id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No maintenance plan with id {id}."), id=data.plan_id)
            kind, due = MaintenanceKind(plan.kind), plan_next_due(uow, plan, tz)
        else:
            fault = uow.session.get(FaultReport, data.fault_id)
            if fault is None or fault.equipment_id != item.id:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No fault report with id {id}."), id=data.fault_id)
            if uow.session.exec(select(WorkRecord.id).where(WorkRecord.fault_id == fault.id)).first():
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "This fault is already closed."))
        signer = check_pin(uow, clock, signer_id, pin, "sign")
        now = clock.now()
        newest = uow.session.exec(select(func.max(WorkRecord.done_at))).one()
        anomaly = newest is not None and now < ensure_utc(newest)
        work = WorkRecord(
            equipment_id=item.id or 0,
            plan_id=data.plan_id,
            fault_id=data.fault_id,
            kind=kind,
            due_date=due,
            done_at=now,
            done_by=signer_id,
            result=result,
            parts=data.parts.strip(),
            cost=cost,
            notes=data.notes.strip(),
            clock_anomaly=anomaly,
        )
        seal(uow, WORK_REGISTER, work)
        if fault is not None and result != WorkResult.NOT_REPAIRABLE and item.status == EquipmentStatus.OUT_OF_SERVICE:
            _add_status(uow, clock, item, EquipmentStatus.IN_SERVICE, "repaired", signer_id, fault.id)
        audit.record_created(
            uow,
            signer,
            clock,
            "work_record",
            work.id,
            {
                "equipment_id": item.id,
                "kind": kind,
                "due_date": due,
                "result": result,
                "fault_id": data.fault_id,
                "entered_on_login_of": actor.name,
            },
        )
        if anomaly:
            audit.record(uow, signer, clock, "clock_anomaly", "work_record", work.id, "done_at", newest, now)
        uow.commit()
        assert work.id is not None
        return work.id


def report_fault(
    uow: UnitOfWork, actor: Actor, clock: Clock, equipment_id: int, description: str, take_out_of_service: bool
) -> int:
    """Anyone reports a fault: a corrective job opens; optionally the asset is taken out of service now."""
    require(uow, actor, Permission.REPORT_FAULT)
    description = description.strip()
    if not description:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Describe the fault."), field="description")
    check_text(FaultReport, {"description": description})
    with uow.write_locked():  # appends to a hash chain
        item = _get(uow, equipment_id)
        if item.status == EquipmentStatus.SCRAPPED:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This asset is scrapped."))
        fault = FaultReport(
            equipment_id=equipment_id,
            reported_at=clock.now(),
            reported_by=actor.staff_id,
            description=description,
            took_out_of_service=take_out_of_service,
        )
        seal(uow, FAULTS_REGISTER, fault)
        if take_out_of_service and item.status == EquipmentStatus.IN_SERVICE:
            _add_status(uow, clock, item, EquipmentStatus.OUT_OF_SERVICE, description, actor.staff_id, fault.id)
        audit.record_created(
            uow,
            actor,
            clock,
            "fault_report",
            fault.id,
            {"equipment_id": equipment_id, "description": description, "out_of_service": take_out_of_service},
        )
        uow.commit()
        assert fault.id is not None
        return fault.id


# ---------------------------------------------------------------- checks for other areas
def is_in_service(uow: UnitOfWork, equipment_id: int, at: datetime | None = None) -> bool:
    """True when the asset was in service at ``at`` (now when None). Inside the caller's ``with uow``."""
    if at is None:
        item = uow.session.get(Equipment, equipment_id)
        return item is not None and item.status == EquipmentStatus.IN_SERVICE
    change = uow.session.exec(
        select(StatusChange)
        .where(StatusChange.equipment_id == equipment_id, col(StatusChange.at) <= at)
        .order_by(col(StatusChange.at).desc(), col(StatusChange.id).desc())
        .limit(1)
    ).first()
    return change is not None and change.status == EquipmentStatus.IN_SERVICE


def equipment_blocking(uow: UnitOfWork, equipment_ids: Sequence[int]) -> list[tuple[int, str, EquipmentStatus]]:
    """Of ``equipment_ids``, those not in service now: ``(id, name, status)``. Inside the caller's ``with uow``."""
    if not equipment_ids:
        return []
    query = select(Equipment).where(
        col(Equipment.id).in_(list(equipment_ids)), Equipment.status != EquipmentStatus.IN_SERVICE
    )
    return [
        (e.id or 0, e.name, EquipmentStatus(e.status)) for e in uow.session.exec(query.order_by(col(Equipment.name)))
    ]
