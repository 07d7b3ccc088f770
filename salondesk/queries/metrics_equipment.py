"""Figures E1–E3 (commitments.md §4) and the equipment details of the monthly report.

E1 maintenance on time: tasks due in the month done on or before their due date
(the local date of the work record), over tasks due in the month whose due date has
passed or that are done. E2 overdue at month end: tasks due in or before the month
and not done by its end, with days overdue = days from the due date to the first day
of the next month (due on the last day → 1). E3 out-of-service days per item (local
calendar days touched by out-of-service time) and the faults reported in the month
with their time to repair; MTTR and MTBF per asset.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import Period, local_date
from salondesk.domain.clock import SystemClock, ensure_utc
from salondesk.domain.equipment import Equipment, EquipmentStatus, FaultReport, StatusChange, WorkRecord
from salondesk.domain.figures import Count, Rate, round_half_away
from salondesk.domain.hygiene import salon_zone
from salondesk.domain.settings import SalonSettings
from salondesk.queries.equipment import TaskRow, TaskState, all_tasks


@dataclass(frozen=True)
class OverdueTask:
    """E2: one task overdue at the month's end."""

    equipment_name: str
    kind: str
    due: date
    days_overdue: int


@dataclass(frozen=True)
class FaultRepair:
    """E3: a fault reported in the month and how long it took to put right."""

    fault_id: int
    equipment_name: str
    reported_at: datetime
    description: str
    back_at: datetime | None
    hours_to_repair: Decimal | None  # None: still open


@dataclass(frozen=True)
class AssetReliability:
    """Downtime in the month and MTTR / MTBF (hours) over the asset's history up to the month's end."""

    equipment_id: int
    name: str
    out_of_service_days: int
    out_of_service_hours: Decimal
    faults_total: int
    mttr_hours: Decimal | None
    mtbf_hours: Decimal | None


@dataclass(frozen=True)
class EquipmentFigures:
    """E1–E3 and the report's equipment detail lists for one month."""

    figures: dict[str, Rate | Count]
    due_in_month: tuple[TaskRow, ...]  # with done_on / state, for the maintenance table
    overdue: tuple[OverdueTask, ...]
    faults: tuple[FaultRepair, ...]
    assets: tuple[AssetReliability, ...]

    @property
    def E1(self) -> Rate | Count:
        """Maintenance on time."""
        return self.figures["E1"]

    @property
    def E2(self) -> Rate | Count:
        """Overdue at month end."""
        return self.figures["E2"]

    @property
    def E3(self) -> Rate | Count:
        """Out-of-service days."""
        return self.figures["E3"]


def _hours(delta: timedelta) -> Decimal:
    return round_half_away(Decimal(delta.total_seconds()) / Decimal(3600), 1)


def _down_intervals(changes: list[StatusChange], until: datetime) -> list[tuple[datetime, datetime]]:
    """Out-of-service spans ``[from, to)`` of one asset from its ordered status changes."""
    spans = []
    for i, change in enumerate(changes):
        if change.status != EquipmentStatus.OUT_OF_SERVICE:
            continue
        end = changes[i + 1].at if i + 1 < len(changes) else until
        if end > change.at:
            spans.append((change.at, min(end, until)))
    return spans


def equipment_figures(
    uow: UnitOfWork, period: Period, settings: SalonSettings, now: datetime | None = None
) -> EquipmentFigures:
    """E1–E3 for the month ``period`` as of ``now`` (default: the computer's clock)."""
    tz = salon_zone(settings)
    # as of ``now`` (the report should pass its injected clock's; the default keeps the
    # framework's ``fn(uow, period, settings)`` call right for a month still running)
    current = ensure_utc(now) if now is not None else SystemClock().now()
    at = min(current, period.end)
    reference = local_date(at, tz) if at < period.end else period.last_day + timedelta(days=1)
    targets = settings.targets
    with uow:
        tasks = all_tasks(uow, tz, reference)
        assets = {e.id or 0: e for e in uow.session.exec(select(Equipment))}
        changes: dict[int, list[StatusChange]] = defaultdict(list)
        for change in uow.session.exec(
            select(StatusChange).where(col(StatusChange.at) < at).order_by(col(StatusChange.at), col(StatusChange.id))
        ):
            changes[change.equipment_id].append(change)
        faults = list(
            uow.session.exec(
                select(FaultReport).where(col(FaultReport.reported_at) < at).order_by(col(FaultReport.reported_at))
            )
        )
        repairs = {
            w.fault_id: w
            for w in uow.session.exec(
                select(WorkRecord).where(col(WorkRecord.fault_id).is_not(None), col(WorkRecord.done_at) < at)
            )
        }

    def done_by(task: TaskRow, instant: datetime) -> bool:
        return task.done_at is not None and task.done_at < instant

    # E1
    due_in_month = [t for t in tasks if period.first_day <= t.due <= period.last_day]
    counted = [t for t in due_in_month if t.due < reference or done_by(t, at)]
    on_time = [t for t in counted if done_by(t, at) and t.done_on is not None and t.done_on <= t.due]
    # E2
    overdue = [
        OverdueTask(t.equipment_name, t.kind.value, t.due, (reference - t.due).days)
        for t in tasks
        if t.due < reference and t.due <= period.last_day and not done_by(t, at)
    ]
    overdue.sort(key=lambda o: (-o.days_overdue, o.equipment_name))

    # E3: downtime per asset in the month, faults and their repair times
    back_by_fault: dict[int | None, datetime] = {}
    for asset_changes in changes.values():
        for change in asset_changes:
            if change.fault_id is not None and change.status == EquipmentStatus.IN_SERVICE:
                back_by_fault[change.fault_id] = change.at

    def repaired_at(fault: FaultReport) -> datetime | None:
        if fault.id in back_by_fault:
            return back_by_fault[fault.id]
        repair = repairs.get(fault.id)
        return repair.done_at if repair else None

    month_faults = []
    for fault in faults:
        if not period.contains(fault.reported_at):
            continue
        back = repaired_at(fault)
        month_faults.append(
            FaultRepair(
                fault.id or 0,
                assets[fault.equipment_id].name,
                fault.reported_at,
                fault.description,
                back,
                None if back is None else _hours(back - fault.reported_at),
            )
        )
    faults_by_asset: dict[int, list[FaultReport]] = defaultdict(list)
    for fault in faults:
        faults_by_asset[fault.equipment_id].append(fault)
    reliability = []
    for asset_id, asset in sorted(assets.items(), key=lambda kv: kv[1].name):
        history = changes.get(asset_id, [])
        down = _down_intervals(history, at)
        days: set[date] = set()
        hours = timedelta(0)
        for start, end in down:
            lo, hi = max(start, period.start), min(end, period.end)
            if hi <= lo:
                continue
            hours += hi - lo
            day = local_date(lo, tz)
            last = local_date(hi - timedelta(microseconds=1), tz)
            while day <= last:
                days.add(day)
                day += timedelta(days=1)
        asset_faults = faults_by_asset.get(asset_id, [])
        repair_times = [r - f.reported_at for f in asset_faults if (r := repaired_at(f)) is not None]
        mttr = _hours(sum(repair_times, timedelta(0)) / len(repair_times)) if repair_times else None
        mtbf = None
        if asset_faults and history:
            end_of_life = at
            scrapped = [c.at for c in history if c.status == EquipmentStatus.SCRAPPED]
            if scrapped:
                end_of_life = min(scrapped[0], at)
            downtime = sum((min(e, end_of_life) - s for s, e in down if s < end_of_life), timedelta(0))
            uptime = end_of_life - history[0].at - downtime
            mtbf = _hours(uptime / len(asset_faults))
        if asset.status == EquipmentStatus.SCRAPPED and not days and not asset_faults:
            continue
        reliability.append(
            AssetReliability(asset_id, asset.name, len(days), _hours(hours), len(asset_faults), mttr, mtbf)
        )

    e3_items: list[dict[str, Any]] = [
        {"equipment": a.name, "out_of_service_days": a.out_of_service_days, "hours": float(a.out_of_service_hours)}
        for a in reliability
        if a.out_of_service_days
    ] + [
        {
            "fault": f.fault_id,
            "equipment": f.equipment_name,
            "reported_at": f.reported_at.isoformat(),
            "hours_to_repair": None if f.hours_to_repair is None else float(f.hours_to_repair),
        }
        for f in month_faults
    ]
    figures: dict[str, Rate | Count] = {
        "E1": Rate("E1", len(on_time), len(counted), targets.get("E1")),
        "E2": Count(
            "E2",
            len(overdue),
            None if targets.get("E2") is None else int(targets["E2"]),
            tuple(
                {
                    "equipment": o.equipment_name,
                    "kind": o.kind,
                    "due": o.due.isoformat(),
                    "days_overdue": o.days_overdue,
                }
                for o in overdue
            ),
        ),
        "E3": Count("E3", sum(a.out_of_service_days for a in reliability), None, tuple(e3_items)),
    }
    return EquipmentFigures(
        figures=figures,
        due_in_month=tuple(sorted(due_in_month, key=lambda t: (t.due, t.equipment_name))),
        overdue=tuple(overdue),
        faults=tuple(month_faults),
        assets=tuple(reliability),
    )


__all__ = ["EquipmentFigures", "TaskState", "equipment_figures"]
