"""Demo generator: the equipment register with plans and a maintenance history.

Most tasks are done on or a few days before their due date, one was done late, one
plan is overdue today, and one foot spa had a fault: out of service for two days,
then repaired. Entries are sealed into their hash chains in time order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from salondesk.demo import DemoContext
from salondesk.domain.clock import FrozenClock
from salondesk.domain.equipment import (
    Equipment,
    EquipmentStatus,
    FaultReport,
    MaintenanceKind,
    MaintenancePlan,
    StatusChange,
    WorkRecord,
    WorkResult,
)
from salondesk.domain.permissions import SYSTEM, Role
from salondesk.services import audit
from salondesk.services.equipment import FAULTS_REGISTER, STATUS_REGISTER, WORK_REGISTER
from salondesk.services.records_chain import seal

LABEL = "equipment"


@dataclass(frozen=True)
class _Asset:
    name: str
    category: str
    manufacturer: str
    model: str
    serial: str
    station: int | None  # index into ctx.shared["station_ids"]
    plans: tuple[tuple[MaintenanceKind, int], ...]


_OVERHAUL = (MaintenanceKind.OVERHAUL, 91)
_MONTHLY_CLEAN = (MaintenanceKind.CLEANING, 30)
_MONTHLY_CHECK = (MaintenanceKind.INSPECTION, 30)
_CALIBRATE = (MaintenanceKind.CALIBRATION, 182)
ASSETS = (
    _Asset("1号足浴盆", "足浴设备", "康美", "KM-F200", "KMF200-2291", 6, (_OVERHAUL, _MONTHLY_CLEAN)),
    _Asset("2号足浴盆", "足浴设备", "康美", "KM-F200", "KMF200-2292", 7, (_OVERHAUL, _MONTHLY_CLEAN)),
    _Asset("紫外线消毒柜", "消毒设备", "Midea", "ZTP-80", "MD80-771034", None, (_OVERHAUL, _MONTHLY_CHECK)),
    _Asset("毛巾消毒柜", "消毒设备", "Canbo", "RTP-100", "CB100-55021", None, (_OVERHAUL,)),
    _Asset("Hood dryer", "Hair equipment", "Takara Belmont", "HD-3", "TB-HD3-0098", 0, (_OVERHAUL,)),
    _Asset("Hair steamer", "Hair equipment", "Pibbs", "SV-900", "PB-900-4411", 1, (_OVERHAUL, _CALIBRATE)),
    _Asset("高压灭菌锅", "消毒设备", "Tuttnauer", "2340M", "TT2340-88120", None, (_CALIBRATE, _MONTHLY_CHECK)),
)
OVERDUE_ASSET = "Hood dryer"  # its overhaul is left undone: overdue today
LATE_ASSET = "毛巾消毒柜"  # one overhaul done a week late
FAULT_ASSET = "2号足浴盆"


def generate(ctx: DemoContext) -> None:
    """Register the assets and write their history (all entries sealed in time order)."""
    assert ctx.owner is not None
    rng = ctx.rng
    start = ctx.history_start
    stations: list[int] = list(ctx.shared.get("station_ids", []))
    techs = [s.staff_id for s in ctx.staff if s.role == Role.TECHNICIAN] or [ctx.owner.staff_id or 0]
    owner_id = ctx.owner.staff_id or 0
    registered = ctx.at_local(start - timedelta(days=1), "08:30")
    events: list[tuple[datetime, int, Any]] = []  # (when, order, entry) sealed in time order
    with ctx.new_uow() as uow:
        ids: dict[str, int] = {}
        plans: list[tuple[str, MaintenancePlan]] = []
        for n, spec in enumerate(ASSETS):
            bought = start - timedelta(days=400 + 37 * n)
            asset = Equipment(
                name=spec.name,
                category=spec.category,
                manufacturer=spec.manufacturer,
                model=spec.model,
                serial=spec.serial,
                station_id=stations[spec.station] if spec.station is not None and stations else None,
                location="店内" if spec.station is None else "",
                purchase_date=bought,
                in_service_date=bought + timedelta(days=3),
                warranty_end=bought + timedelta(days=730),
                supplier="美佳美发用品有限公司",
                supplier_contact="021-6288 5511",
                status=EquipmentStatus.IN_SERVICE,
                status_since=registered,
                created_at=registered,
            )
            uow.session.add(asset)
            uow.flush()
            assert asset.id is not None
            ids[spec.name] = asset.id
            events.append(
                (
                    registered,
                    0,
                    StatusChange(
                        equipment_id=asset.id,
                        at=registered,
                        status=EquipmentStatus.IN_SERVICE,
                        reason="registered",
                        by=owner_id,
                    ),
                )
            )
            audit.record_created(uow, SYSTEM, FrozenClock(registered), "equipment", asset.id, {"name": spec.name})
            for k, (kind, interval) in enumerate(spec.plans):
                first_due = start + timedelta(days=rng.randint(5, min(interval, 60)) + 3 * k)
                plan = MaintenancePlan(
                    equipment_id=asset.id, kind=kind, interval_days=interval, first_due=first_due, created_at=registered
                )
                uow.session.add(plan)
                plans.append((spec.name, plan))
        uow.flush()

        late_done = False
        for name, plan in plans:
            due = plan.first_due
            while True:
                overdue_now = (
                    name == OVERDUE_ASSET
                    and plan.kind == MaintenanceKind.OVERHAUL
                    and due + timedelta(days=plan.interval_days) > ctx.today
                )
                if overdue_now and due < ctx.today:
                    break  # left undone: overdue today
                if name == LATE_ASSET and not late_done and due > start + timedelta(days=30):
                    done_day, late_done = due + timedelta(days=7), True
                else:
                    done_day = due - timedelta(days=rng.choice((0, 0, 0, 1, 2, 3)))
                done_at = ctx.at_local(done_day, f"{rng.randint(10, 19):02d}:{rng.randint(0, 59):02d}")
                if done_at >= ctx.now:
                    break
                events.append(
                    (
                        done_at,
                        1,
                        WorkRecord(
                            equipment_id=plan.equipment_id,
                            plan_id=plan.id,
                            kind=plan.kind,
                            due_date=due,
                            done_at=done_at,
                            done_by=rng.choice(techs),
                            result=WorkResult.OK if rng.random() > 0.1 else WorkResult.ISSUES_FOUND,
                            parts=rng.choice(("", "", "滤网", "UV lamp", "密封圈")),
                            cost=rng.choice(("", "", "35.00", "120.00")),
                            notes=rng.choice(("", "按计划检修", "Checked and cleaned")),
                        ),
                    )
                )
                due = done_day + timedelta(days=plan.interval_days)

        # one fault: reported, out of service at once, repaired two days later
        fault_day = max(start + timedelta(days=20), ctx.today - timedelta(days=45))
        reported = ctx.at_local(fault_day, "15:20")
        back = ctx.at_local(fault_day + timedelta(days=2), "11:45")
        fault = FaultReport(
            equipment_id=ids[FAULT_ASSET],
            reported_at=reported,
            reported_by=rng.choice(techs),
            description="加热器不热，水温只有25°C",
            took_out_of_service=True,
        )
        events.append((reported, 2, fault))
        events.sort(key=lambda e: (e[0], e[1]))

        for when, _order, entry in events:
            if isinstance(entry, FaultReport):
                seal(uow, FAULTS_REGISTER, entry)
                down = StatusChange(
                    equipment_id=entry.equipment_id,
                    at=when,
                    status=EquipmentStatus.OUT_OF_SERVICE,
                    reason=entry.description,
                    by=entry.reported_by,
                    fault_id=entry.id,
                )
                seal(uow, STATUS_REGISTER, down)
                repair = WorkRecord(
                    equipment_id=entry.equipment_id,
                    fault_id=entry.id,
                    kind=MaintenanceKind.REPAIR,
                    done_at=back,
                    done_by=owner_id,
                    result=WorkResult.REPAIRED,
                    parts="加热管",
                    cost="280.00",
                    notes="厂家上门更换加热管",
                )
                # the repair and the return to service come later than other entries of the same days:
                # queue them in time order
                _insert_sorted(events, (back, 3, repair))
                _insert_sorted(
                    events,
                    (
                        back,
                        4,
                        StatusChange(
                            equipment_id=entry.equipment_id,
                            at=back,
                            status=EquipmentStatus.IN_SERVICE,
                            reason="repaired",
                            by=owner_id,
                            fault_id=entry.id,
                        ),
                    ),
                )
            elif isinstance(entry, WorkRecord):
                seal(uow, WORK_REGISTER, entry)
            else:
                seal(uow, STATUS_REGISTER, entry)
        uow.commit()
    ctx.shared["equipment_ids"] = ids


def _insert_sorted(events: list[tuple[datetime, int, Any]], event: tuple[datetime, int, Any]) -> None:
    """Insert into the (sorted) event list the loop above is walking, keeping time order."""
    key = (event[0], event[1])
    index = next((i for i, e in enumerate(events) if (e[0], e[1]) > key), len(events))
    events.insert(index, event)
