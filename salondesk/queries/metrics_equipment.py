"""Loads the rows of E1–E3 for a month.

The figures are pure functions in :mod:`salondesk.domain.figures.equipment`.
"""

from __future__ import annotations

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.equipment import Equipment, EquipmentStatus, FaultReport, StatusChange, WorkRecord
from salondesk.domain.figures import FigureContext
from salondesk.domain.figures.equipment import AssetFact, EquipmentRows, FaultFact, StatusFact, TaskFact
from salondesk.queries.equipment import all_tasks


def load_equipment_rows(uow: UnitOfWork, ctx: FigureContext) -> EquipmentRows:
    """Every maintenance task, status change, fault and asset recorded before ``ctx.as_of``.

    Tasks are the done ones and each active plan's open one.
    """
    at = ctx.as_of
    with uow:
        # the open task's due date is the same whatever day is passed; only its state (unused here) changes
        tasks = tuple(
            TaskFact(t.equipment_name, t.kind.value, t.due, t.done_at, t.done_on, t.done_by)
            for t in all_tasks(uow, ctx.tz, ctx.period.last_day, month=ctx.period, as_of=at)
        )
        assets = {
            e.id: AssetFact(e.id, e.name, EquipmentStatus(e.status))
            for e in uow.session.exec(select(Equipment))
            if e.id is not None
        }
        changes = tuple(
            StatusFact(c.equipment_id, EquipmentStatus(c.status), c.at, c.fault_id)
            for c in uow.session.exec(
                select(StatusChange)
                .where(col(StatusChange.at) < at)
                .order_by(col(StatusChange.at), col(StatusChange.id))
            )
        )
        repairs = {
            w.fault_id: w.done_at
            for w in uow.session.exec(
                select(WorkRecord).where(col(WorkRecord.fault_id).is_not(None), col(WorkRecord.done_at) < at)
            )
        }
        faults = tuple(
            FaultFact(f.id or 0, f.equipment_id, f.reported_at, f.description, repairs.get(f.id))
            for f in uow.session.exec(
                select(FaultReport).where(col(FaultReport.reported_at) < at).order_by(col(FaultReport.reported_at))
            )
        )
    return EquipmentRows(tasks, changes, faults, assets)
