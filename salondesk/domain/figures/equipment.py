"""E1–E3 of commitments.md as pure functions over maintenance tasks, status changes and faults.

E1 maintenance on time: tasks due in the month done on or before their due date (the
local date of the work record), over tasks due in the month whose due date has passed
or that are done. E2 overdue at month end: tasks due in or before the month and not
done by its end, with days overdue = days from the due date to the first day of the
next month (due on the last day → 1). E3 out-of-service time per item within the
month in elapsed hours (one decimal), clipped to the month, and the faults reported in
the month with their time to repair; MTTR and MTBF per asset.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from salondesk.domain.calendar import local_date
from salondesk.domain.equipment import EquipmentStatus, days_overdue_at_month_end
from salondesk.domain.figures.arithmetic import Count, Rate, round_half_away
from salondesk.domain.figures.context import FigureContext


@dataclass(frozen=True)
class TaskFact:
    """One due occurrence of a maintenance plan: done (with when) or still open."""

    equipment_name: str
    kind: str
    due: date
    done_at: datetime | None = None
    done_on: date | None = None  # local date of the work record
    done_by: str = ""  # who signed the work record (printed in the report's maintenance list)


@dataclass(frozen=True)
class StatusFact:
    """An asset's status from ``at`` on (linked to the fault it answers, if any)."""

    equipment_id: int
    status: EquipmentStatus
    at: datetime
    fault_id: int | None = None


@dataclass(frozen=True)
class FaultFact:
    """A fault report and the work record that repaired it (if any)."""

    id: int
    equipment_id: int
    reported_at: datetime
    description: str = ""
    repair_done_at: datetime | None = None


@dataclass(frozen=True)
class AssetFact:
    """An asset's name and current status."""

    id: int
    name: str
    status: EquipmentStatus


@dataclass(frozen=True)
class EquipmentRows:
    """Tasks (done and open), status changes, faults and assets known at the report's instant."""

    tasks: tuple[TaskFact, ...]
    changes: tuple[StatusFact, ...]  # ordered by time
    faults: tuple[FaultFact, ...]  # ordered by report time
    assets: Mapping[int, AssetFact]


def _done_by(task: TaskFact, instant: datetime) -> bool:
    return task.done_at is not None and task.done_at < instant


def _reference_day(ctx: FigureContext) -> date:
    """The first day not yet over: the day after the month, or today while it runs."""
    return ctx.period.last_day + timedelta(days=1) if ctx.ended else local_date(ctx.now, ctx.tz)


def tasks_due_in_month(rows: EquipmentRows, ctx: FigureContext) -> tuple[TaskFact, ...]:
    """Maintenance tasks whose due date falls in the month, by due date."""
    due = [t for t in rows.tasks if ctx.period.first_day <= t.due <= ctx.period.last_day]
    return tuple(sorted(due, key=lambda t: (t.due, t.equipment_name)))


def e1_maintenance_on_time(rows: EquipmentRows, ctx: FigureContext) -> Rate:
    """E1: tasks due in the month done on or before their due date.

    Over tasks due in the month whose due date has passed or that are done.
    """
    reference, at = _reference_day(ctx), ctx.as_of
    counted = [t for t in tasks_due_in_month(rows, ctx) if t.due < reference or _done_by(t, at)]
    on_time = [t for t in counted if _done_by(t, at) and t.done_on is not None and t.done_on <= t.due]
    return Rate("E1", len(on_time), len(counted), ctx.target("E1"))


@dataclass(frozen=True)
class DueTask:
    """A task due in the month as the report lists it: done (when, by whom), overdue, or not due yet."""

    equipment_name: str
    kind: str
    due: date
    done_on: date | None
    done_by: str
    state: str  # a TaskState value: "done", "overdue" or "ok" (not due yet)


def due_tasks(rows: EquipmentRows, ctx: FigureContext) -> tuple[DueTask, ...]:
    """The month's tasks with their state as of the report's instant (work after it is not seen)."""
    reference, at = _reference_day(ctx), ctx.as_of
    result = []
    for t in tasks_due_in_month(rows, ctx):
        done = _done_by(t, at)
        state = "done" if done else "overdue" if t.due < reference else "ok"
        result.append(
            DueTask(t.equipment_name, t.kind, t.due, t.done_on if done else None, t.done_by if done else "", state)
        )
    return tuple(result)


@dataclass(frozen=True)
class OverdueTask:
    """E2: one task overdue at the month's end."""

    equipment_name: str
    kind: str
    due: date
    days_overdue: int


def overdue_tasks(rows: EquipmentRows, ctx: FigureContext) -> tuple[OverdueTask, ...]:
    """E2's list, most overdue first (while the month runs: overdue as of today)."""
    reference, at = _reference_day(ctx), ctx.as_of
    overdue = [
        OverdueTask(t.equipment_name, t.kind, t.due, days_overdue_at_month_end(t.due, reference))
        for t in rows.tasks
        if t.due < reference and t.due <= ctx.period.last_day and not _done_by(t, at)
    ]
    overdue.sort(key=lambda o: (-o.days_overdue, o.equipment_name))
    return tuple(overdue)


def e2_overdue_at_month_end(rows: EquipmentRows, ctx: FigureContext) -> Count:
    """E2: tasks due in or before the month and not done by its end, with days overdue."""
    overdue = overdue_tasks(rows, ctx)
    return Count(
        "E2",
        len(overdue),
        ctx.count_target("E2"),
        tuple(
            {"equipment": o.equipment_name, "kind": o.kind, "due": o.due.isoformat(), "days_overdue": o.days_overdue}
            for o in overdue
        ),
    )


# ------------------------------------------------------------------ E3
def hours_1dp(delta: timedelta) -> Decimal:
    """Elapsed hours rounded half away from zero to one decimal."""
    return round_half_away(Decimal(delta.total_seconds()) / Decimal(3600), 1)


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
    out_of_service_days: int  # local calendar days touched by out-of-service time
    out_of_service_hours: Decimal
    faults_total: int
    mttr_hours: Decimal | None
    mtbf_hours: Decimal | None


def _changes_by_asset(rows: EquipmentRows, until: datetime) -> dict[int, list[StatusFact]]:
    changes: dict[int, list[StatusFact]] = defaultdict(list)
    for change in rows.changes:
        if change.at < until:
            changes[change.equipment_id].append(change)
    return changes


def down_intervals(changes: list[StatusFact], until: datetime) -> list[tuple[datetime, datetime]]:
    """Out-of-service spans ``[from, to)`` of one asset from its ordered status changes."""
    spans = []
    for i, change in enumerate(changes):
        if change.status != EquipmentStatus.OUT_OF_SERVICE:
            continue
        end = changes[i + 1].at if i + 1 < len(changes) else until
        if end > change.at:
            spans.append((change.at, min(end, until)))
    return spans


def _repaired_at(rows: EquipmentRows, at: datetime) -> dict[int, datetime]:
    """Per fault: back in service (the status change answering it), else its repair's work record."""
    back: dict[int, datetime] = {}
    for f in rows.faults:
        if f.repair_done_at is not None and f.repair_done_at < at:
            back[f.id] = f.repair_done_at
    for change in rows.changes:
        if change.at < at and change.fault_id is not None and change.status == EquipmentStatus.IN_SERVICE:
            back[change.fault_id] = change.at
    return back


def fault_repairs(rows: EquipmentRows, ctx: FigureContext) -> tuple[FaultRepair, ...]:
    """E3's faults: reported in the month, with elapsed hours from the report to the repair."""
    at = ctx.as_of
    back = _repaired_at(rows, at)
    result = []
    for fault in rows.faults:
        if not ctx.period.contains(fault.reported_at) or fault.reported_at >= at:
            continue
        repaired = back.get(fault.id)
        asset = rows.assets.get(fault.equipment_id)
        result.append(
            FaultRepair(
                fault.id,
                asset.name if asset else "?",
                fault.reported_at,
                fault.description,
                repaired,
                None if repaired is None else hours_1dp(repaired - fault.reported_at),
            )
        )
    return tuple(result)


def asset_reliability(rows: EquipmentRows, ctx: FigureContext) -> tuple[AssetReliability, ...]:
    """Per asset: out-of-service time in the month (clipped to its bounds), MTTR and MTBF."""
    at, period = ctx.as_of, ctx.period
    changes = _changes_by_asset(rows, at)
    back = _repaired_at(rows, at)
    faults_by_asset: dict[int, list[FaultFact]] = defaultdict(list)
    for fault in rows.faults:
        if fault.reported_at < at:
            faults_by_asset[fault.equipment_id].append(fault)
    result = []
    for asset_id, asset in sorted(rows.assets.items(), key=lambda kv: kv[1].name):
        history = changes.get(asset_id, [])
        down = down_intervals(history, at)
        days: set[date] = set()
        hours = timedelta(0)
        for start, end in down:
            lo, hi = max(start, period.start), min(end, period.end)
            if hi <= lo:
                continue
            hours += hi - lo
            day = local_date(lo, ctx.tz)
            last = local_date(hi - timedelta(microseconds=1), ctx.tz)
            while day <= last:
                days.add(day)
                day += timedelta(days=1)
        asset_faults = faults_by_asset.get(asset_id, [])
        repair_times = [r - f.reported_at for f in asset_faults if (r := back.get(f.id)) is not None]
        mttr = hours_1dp(sum(repair_times, timedelta(0)) / len(repair_times)) if repair_times else None
        mtbf = None
        if asset_faults and history:
            end_of_life = at
            scrapped = [c.at for c in history if c.status == EquipmentStatus.SCRAPPED]
            if scrapped:
                end_of_life = min(scrapped[0], at)
            downtime = sum((min(e, end_of_life) - s for s, e in down if s < end_of_life), timedelta(0))
            uptime = end_of_life - history[0].at - downtime
            mtbf = hours_1dp(uptime / len(asset_faults))
        if asset.status == EquipmentStatus.SCRAPPED and not days and not asset_faults:
            continue
        result.append(
            AssetReliability(asset_id, asset.name, len(days), hours_1dp(hours), len(asset_faults), mttr, mtbf)
        )
    return tuple(result)


def e3_out_of_service(rows: EquipmentRows, ctx: FigureContext) -> Count:
    """E3: the items out of service in the month and the month's faults with their time to repair.

    Each item carries its elapsed hours out of service within the month; the count is the
    number of items that were out of service.
    """
    down = [a for a in asset_reliability(rows, ctx) if a.out_of_service_hours > 0]
    items: list[dict[str, Any]] = [{"equipment": a.name, "hours": float(a.out_of_service_hours)} for a in down] + [
        {
            "fault": f.fault_id,
            "equipment": f.equipment_name,
            "reported_at": f.reported_at.isoformat(),
            "hours_to_repair": None if f.hours_to_repair is None else float(f.hours_to_repair),
        }
        for f in fault_repairs(rows, ctx)
    ]
    return Count("E3", len(down), None, tuple(items))


@dataclass(frozen=True)
class EquipmentFigures:
    """E1–E3 and the report's equipment detail lists for one month."""

    figures: dict[str, Rate | Count]
    due_in_month: tuple[DueTask, ...]
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
        """Out-of-service time."""
        return self.figures["E3"]


def equipment_figures(rows: EquipmentRows, ctx: FigureContext) -> EquipmentFigures:
    """E1–E3 and the maintenance, overdue, fault and reliability lists."""
    return EquipmentFigures(
        figures={
            "E1": e1_maintenance_on_time(rows, ctx),
            "E2": e2_overdue_at_month_end(rows, ctx),
            "E3": e3_out_of_service(rows, ctx),
        },
        due_in_month=due_tasks(rows, ctx),
        overdue=overdue_tasks(rows, ctx),
        faults=fault_repairs(rows, ctx),
        assets=asset_reliability(rows, ctx),
    )
