"""Read side of the equipment register: assets, maintenance tasks, work, faults, downtime.

A *task* is one due occurrence of a plan: every work record of a plan is a done task
(with the due date it fulfilled); each active plan has one open task, due
``interval_days`` after the local date of its last work (or on ``first_due``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_
from sqlalchemy import select as core_select
from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import Period, local_date
from salondesk.domain.equipment import (
    DUE_SOON_DAYS,
    Equipment,
    EquipmentStatus,
    FaultReport,
    MaintenanceKind,
    MaintenancePlan,
    StatusChange,
    TaskState,
    WorkRecord,
    WorkResult,
    next_due,
)
from salondesk.domain.staff import Staff


@dataclass(frozen=True)
class EquipmentRow:
    """One asset of the register."""

    id: int
    name: str
    category: str
    location: str
    station_id: int | None
    manufacturer: str
    model: str
    serial: str | None
    purchase_date: date | None
    in_service_date: date | None
    warranty_end: date | None
    supplier: str
    supplier_contact: str
    status: EquipmentStatus
    status_since: datetime
    status_reason: str
    scrapped_on: date | None
    next_due: date | None
    open_faults: int


@dataclass(frozen=True)
class TaskRow:
    """One due occurrence of a plan (done or open)."""

    plan_id: int
    equipment_id: int
    equipment_name: str
    equipment_status: EquipmentStatus
    kind: MaintenanceKind
    interval_days: int
    due: date
    done_at: datetime | None
    done_on: date | None  # local date of the work record
    done_by: str
    work_id: int | None
    state: TaskState
    days_overdue: int  # today − due for an open overdue task, else 0


def _names(uow: UnitOfWork) -> dict[int | None, str]:
    return {s.id: s.name for s in uow.session.exec(select(Staff))}


def all_tasks(
    uow: UnitOfWork,
    tz: ZoneInfo,
    today: date,
    soon_days: int = DUE_SOON_DAYS,
    month: Period | None = None,
    as_of: datetime | None = None,
) -> list[TaskRow]:
    """Every task of every plan (done ones and each active plan's open one). Inside ``with uow``.

    ``month`` and ``as_of`` (a month's report): of the done tasks only those its figures can
    count (E1, E2): due in the month, or due by its end but done only at ``as_of`` or later;
    each plan's open task is still due after its last work. The read then does not grow
    with the salon's history.
    """
    names = _names(uow)
    assets = {e.id: e for e in uow.session.exec(select(Equipment))}
    works: dict[int, list[Any]] = defaultdict(list)
    w = WorkRecord.__table__.c  # type: ignore[attr-defined]  # plain rows: ten years of work, no ORM objects
    query = core_select(w.id, w.plan_id, w.due_date, w.done_at, w.done_by).where(w.plan_id.is_not(None))
    last_done: dict[int, datetime] = {}
    if month is not None and as_of is not None:
        # a work's due date is its planned one, or the local day it was done on when it has none
        query = query.where(
            or_(
                and_(w.due_date >= month.first_day, w.due_date <= month.last_day),
                and_(w.due_date.is_(None), w.done_at >= month.start, w.done_at < month.end),
                and_(w.done_at >= as_of, or_(w.due_date.is_(None), w.due_date <= month.last_day)),
            )
        )
        latest = core_select(w.plan_id, func.max(w.done_at)).where(w.plan_id.is_not(None)).group_by(w.plan_id)
        last_done = {row[0]: row[1] for row in uow.session.execute(latest)}
    for work in uow.session.execute(query.order_by(w.done_at)):
        works[work.plan_id or 0].append(work)
    rows: list[TaskRow] = []
    for plan in uow.session.exec(select(MaintenancePlan).order_by(col(MaintenancePlan.id))):
        asset = assets[plan.equipment_id]
        status = EquipmentStatus(asset.status)
        done_works = works.get(plan.id or 0, [])
        for work in done_works:
            rows.append(
                TaskRow(
                    plan.id or 0,
                    asset.id or 0,
                    asset.name,
                    status,
                    MaintenanceKind(plan.kind),
                    plan.interval_days,
                    work.due_date or local_date(work.done_at, tz),
                    work.done_at,
                    local_date(work.done_at, tz),
                    names.get(work.done_by, ""),
                    work.id,
                    TaskState.DONE,
                    0,
                )
            )
        if not plan.active or status == EquipmentStatus.SCRAPPED:
            continue
        newest = last_done.get(plan.id or 0) or (done_works[-1].done_at if done_works else None)
        due = next_due(plan.first_due, plan.interval_days, None if newest is None else local_date(newest, tz))
        if due < today:
            state, overdue = TaskState.OVERDUE, (today - due).days
        elif due <= today + timedelta(days=soon_days):
            state, overdue = TaskState.DUE_SOON, 0
        else:
            state, overdue = TaskState.OK, 0
        rows.append(
            TaskRow(
                plan.id or 0,
                asset.id or 0,
                asset.name,
                status,
                MaintenanceKind(plan.kind),
                plan.interval_days,
                due,
                None,
                None,
                "",
                None,
                state,
                overdue,
            )
        )
    return rows


def task_rows(
    uow: UnitOfWork, tz: ZoneInfo, today: date, states: tuple[TaskState, ...] = (), soon_days: int = DUE_SOON_DAYS
) -> list[TaskRow]:
    """Open tasks (or those in ``states``), most overdue first."""
    with uow:
        rows = [t for t in all_tasks(uow, tz, today, soon_days) if t.state != TaskState.DONE]
    if states:
        rows = [t for t in rows if t.state in states]
    return sorted(rows, key=lambda t: (t.due, t.equipment_name))


def equipment_rows(uow: UnitOfWork, tz: ZoneInfo, today: date, include_scrapped: bool = True) -> list[EquipmentRow]:
    """The register, by name, with each asset's next due date and open faults."""
    with uow:
        tasks = [t for t in all_tasks(uow, tz, today) if t.state != TaskState.DONE]
        next_by_asset: dict[int, date] = {}
        for task in tasks:
            next_by_asset[task.equipment_id] = min(task.due, next_by_asset.get(task.equipment_id, date.max))
        closed = set(uow.session.exec(select(WorkRecord.fault_id).where(col(WorkRecord.fault_id).is_not(None))))
        open_faults: dict[int, int] = defaultdict(int)
        for fault in uow.session.exec(select(FaultReport)):
            if fault.id not in closed:
                open_faults[fault.equipment_id] += 1
        query = select(Equipment).order_by(col(Equipment.name))
        if not include_scrapped:
            query = query.where(Equipment.status != EquipmentStatus.SCRAPPED)
        return [
            EquipmentRow(
                e.id or 0,
                e.name,
                e.category,
                e.location,
                e.station_id,
                e.manufacturer,
                e.model,
                e.serial,
                e.purchase_date,
                e.in_service_date,
                e.warranty_end,
                e.supplier,
                e.supplier_contact,
                EquipmentStatus(e.status),
                e.status_since,
                e.status_reason,
                e.scrapped_on,
                next_by_asset.get(e.id or 0),
                open_faults.get(e.id or 0, 0),
            )
            for e in uow.session.exec(query)
        ]


@dataclass(frozen=True)
class PlanRow:
    """A plan of one asset."""

    id: int
    equipment_id: int
    kind: MaintenanceKind
    interval_days: int
    first_due: date
    active: bool


def plan_rows(uow: UnitOfWork, equipment_id: int | None = None) -> list[PlanRow]:
    """Plans (of one asset or all)."""
    with uow:
        query = select(MaintenancePlan).order_by(col(MaintenancePlan.id))
        if equipment_id is not None:
            query = query.where(MaintenancePlan.equipment_id == equipment_id)
        return [
            PlanRow(p.id or 0, p.equipment_id, MaintenanceKind(p.kind), p.interval_days, p.first_due, p.active)
            for p in uow.session.exec(query)
        ]


@dataclass(frozen=True)
class WorkRow:
    """A work record."""

    id: int
    equipment_id: int
    equipment_name: str
    kind: MaintenanceKind
    due_date: date | None
    done_at: datetime
    done_by: str
    result: WorkResult
    parts: str
    cost: str
    notes: str
    fault_id: int | None


def work_rows(uow: UnitOfWork, equipment_id: int | None = None) -> list[WorkRow]:
    """Work records, newest first."""
    with uow:
        names = _names(uow)
        assets = {e.id: e.name for e in uow.session.exec(select(Equipment))}
        query = select(WorkRecord).order_by(col(WorkRecord.done_at).desc())
        if equipment_id is not None:
            query = query.where(WorkRecord.equipment_id == equipment_id)
        return [
            WorkRow(
                w.id or 0,
                w.equipment_id,
                assets.get(w.equipment_id, ""),
                MaintenanceKind(w.kind),
                w.due_date,
                w.done_at,
                names.get(w.done_by, ""),
                WorkResult(w.result),
                w.parts,
                w.cost,
                w.notes,
                w.fault_id,
            )
            for w in uow.session.exec(query)
        ]


@dataclass(frozen=True)
class FaultRow:
    """A fault report and its repair, if any."""

    id: int
    equipment_id: int
    equipment_name: str
    reported_at: datetime
    reported_by: str
    description: str
    took_out_of_service: bool
    repaired_at: datetime | None  # the repair work record's time
    back_in_service_at: datetime | None
    repair_work_id: int | None

    @property
    def open(self) -> bool:
        """True until a repair work record closes it."""
        return self.repair_work_id is None


def fault_rows(uow: UnitOfWork, equipment_id: int | None = None) -> list[FaultRow]:
    """Fault reports, newest first, with their repair."""
    with uow:
        names = _names(uow)
        assets = {e.id: e.name for e in uow.session.exec(select(Equipment))}
        repairs = {
            w.fault_id: w for w in uow.session.exec(select(WorkRecord).where(col(WorkRecord.fault_id).is_not(None)))
        }
        back = {
            s.fault_id: s.at
            for s in uow.session.exec(
                select(StatusChange).where(
                    col(StatusChange.fault_id).is_not(None), StatusChange.status == EquipmentStatus.IN_SERVICE
                )
            )
        }
        query = select(FaultReport).order_by(col(FaultReport.reported_at).desc())
        if equipment_id is not None:
            query = query.where(FaultReport.equipment_id == equipment_id)
        rows = []
        for f in uow.session.exec(query):
            repair = repairs.get(f.id)
            rows.append(
                FaultRow(
                    f.id or 0,
                    f.equipment_id,
                    assets.get(f.equipment_id, ""),
                    f.reported_at,
                    names.get(f.reported_by, ""),
                    f.description,
                    f.took_out_of_service,
                    repair.done_at if repair else None,
                    back.get(f.id),
                    repair.id if repair else None,
                )
            )
        return rows


@dataclass(frozen=True)
class StatusRow:
    """One status change of an asset."""

    id: int
    equipment_id: int
    at: datetime
    status: EquipmentStatus
    reason: str
    by: str


def status_rows(uow: UnitOfWork, equipment_id: int | None = None) -> list[StatusRow]:
    """Status history, oldest first."""
    with uow:
        names = _names(uow)
        query = select(StatusChange).order_by(col(StatusChange.at), col(StatusChange.id))
        if equipment_id is not None:
            query = query.where(StatusChange.equipment_id == equipment_id)
        return [
            StatusRow(s.id or 0, s.equipment_id, s.at, EquipmentStatus(s.status), s.reason, names.get(s.by, ""))
            for s in uow.session.exec(query)
        ]


@dataclass(frozen=True)
class DeviceAtMonthEnd:
    """One asset as it stood at an instant (the report's month end): status and overhaul dates."""

    equipment_id: int
    name: str
    status: EquipmentStatus
    last_overhaul: date | None  # local date of the newest overhaul done before the instant
    next_overhaul: date | None  # due date of the next overhaul then; None: no active overhaul plan
    faults: int  # faults reported before the instant, ever


def devices_at(uow: UnitOfWork, tz: ZoneInfo, at: datetime) -> list[DeviceAtMonthEnd]:
    """Every asset that existed at ``at`` (not scrapped before it), by name, as it stood then."""
    rows = []
    with uow:
        assets = list(
            uow.session.exec(select(Equipment).where(col(Equipment.created_at) < at).order_by(col(Equipment.name)))
        )
        status_at: dict[int, EquipmentStatus] = {}
        for change in uow.session.exec(
            select(StatusChange).where(col(StatusChange.at) < at).order_by(col(StatusChange.at), col(StatusChange.id))
        ):
            status_at[change.equipment_id] = EquipmentStatus(change.status)
        plans = [
            p
            for p in uow.session.exec(select(MaintenancePlan).order_by(col(MaintenancePlan.id)))
            if p.kind == MaintenanceKind.OVERHAUL and p.created_at < at
        ]
        done: dict[int, list[date]] = defaultdict(list)
        w = WorkRecord.__table__.c  # type: ignore[attr-defined]
        # only each plan's newest work counts below (its last overhaul, its next due): one row per plan
        for plan_id, newest in uow.session.execute(
            core_select(w.plan_id, func.max(w.done_at))
            .where(w.plan_id.is_not(None), w.done_at < at)
            .group_by(w.plan_id)
        ):
            done[plan_id].append(local_date(newest, tz))
        fault_counts: dict[int, int] = defaultdict(int)
        for fault in uow.session.exec(select(FaultReport).where(col(FaultReport.reported_at) < at)):
            fault_counts[fault.equipment_id] += 1
    for asset in assets:
        assert asset.id is not None
        status = status_at.get(asset.id, EquipmentStatus.IN_SERVICE)
        if status == EquipmentStatus.SCRAPPED and not fault_counts[asset.id]:
            continue
        own = [p for p in plans if p.equipment_id == asset.id]
        last = max((d for p in own for d in done.get(p.id or 0, [])), default=None)
        active = [p for p in own if p.active]
        upcoming = [next_due(p.first_due, p.interval_days, max(done.get(p.id or 0, []), default=None)) for p in active]
        rows.append(
            DeviceAtMonthEnd(
                asset.id,
                asset.name,
                status,
                last,
                min(upcoming, default=None) if status != EquipmentStatus.SCRAPPED else None,
                fault_counts[asset.id],
            )
        )
    return rows
