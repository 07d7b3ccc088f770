"""Equipment register, plans, signed work, faults, status checks, and E1–E3 counted by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.calendar import month_period
from salondesk.domain.clock import FrozenClock
from salondesk.domain.equipment import EquipmentStatus, MaintenanceKind, WorkResult
from salondesk.domain.errors import AuthenticationError, Conflict, PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor
from salondesk.queries import equipment as q
from salondesk.reports.figure_data import area_figures
from salondesk.services import equipment as svc
from salondesk.services.settings import get_settings

# Run under a wall clock before and after the data: nothing below the UI may read it.
pytestmark = pytest.mark.usefixtures("wall_clock")

TZ = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2027, 1, 1, tzinfo=UTC)  # the figures are computed as of an instant after every record here


def at(day: date, hour: int = 12) -> datetime:
    """Local ``hour`` o'clock of ``day``."""
    return datetime.combine(day, time(hour), tzinfo=TZ)


def test_register_serial_unique_status_and_never_deleted(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    data = svc.EquipmentInput(
        "Foot spa tub 1",
        "foot spa",
        "Room 2",
        None,
        "Kangmei",
        "KM-200",
        "SN-1",
        date(2025, 1, 5),
        date(2025, 1, 10),
        date(2027, 1, 5),
        "Meijia Supplies",
        "021-5555 1234",
    )
    with pytest.raises(PermissionDenied):
        svc.add_equipment(new_uow(), technician, clock, data)
    asset = svc.add_equipment(new_uow(), owner, clock, data)
    with pytest.raises(Conflict):
        svc.add_equipment(new_uow(), owner, clock, svc.EquipmentInput("Another", serial="SN-1"))
    row = q.equipment_rows(new_uow(), TZ, date(2026, 11, 23))[0]
    assert (row.serial, row.supplier_contact, row.status, row.warranty_end) == (
        "SN-1",
        "021-5555 1234",
        EquipmentStatus.IN_SERVICE,
        date(2027, 1, 5),
    )
    with pytest.raises(ValidationError):
        svc.set_status(new_uow(), owner, clock, asset, EquipmentStatus.SCRAPPED, "  ")
    svc.set_status(new_uow(), owner, clock, asset, EquipmentStatus.SCRAPPED, "Cracked basin")
    row = q.equipment_rows(new_uow(), TZ, date(2026, 11, 23))[0]
    assert row.status == EquipmentStatus.SCRAPPED and row.scrapped_on == date(2026, 11, 23)
    assert row.status_reason == "Cracked basin"
    with pytest.raises(Conflict):
        svc.set_status(new_uow(), owner, clock, asset, EquipmentStatus.IN_SERVICE, "oops")
    assert [s.status for s in q.status_rows(new_uow(), asset)] == [EquipmentStatus.IN_SERVICE, EquipmentStatus.SCRAPPED]


def test_plan_next_due_from_last_done_and_work_signed_with_pin(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, receptionist: Actor
) -> None:
    asset = svc.add_equipment(new_uow(), owner, clock, svc.EquipmentInput("UV cabinet"))
    plan = svc.add_plan(new_uow(), owner, clock, asset, MaintenanceKind.OVERHAUL, date(2026, 11, 20))
    assert q.plan_rows(new_uow(), asset)[0].interval_days == 91  # the quarterly overhaul by default
    open_task = q.task_rows(new_uow(), TZ, date(2026, 11, 23))[0]
    assert (open_task.state, open_task.days_overdue) == (q.TaskState.OVERDUE, 3)
    work = svc.WorkInput(asset, WorkResult.OK, plan_id=plan, parts="lamp", cost="35,5", notes="lamp replaced")
    with pytest.raises(AuthenticationError):  # the receptionist at the PC cannot sign as the technician
        svc.record_work(new_uow(write_lock=True), receptionist, clock, work, technician.staff_id, "2222")
    svc.record_work(new_uow(write_lock=True), receptionist, clock, work, technician.staff_id, "3333")
    done = q.work_rows(new_uow(), asset)[0]
    assert (done.done_by, done.done_at, done.due_date, done.cost) == ("张伟", clock.now(), date(2026, 11, 20), "35.50")
    # next due: 91 days after the local date it was done (23 Nov)
    assert q.task_rows(new_uow(), TZ, date(2026, 11, 23))[0].due == date(2027, 2, 22)
    soon = q.task_rows(new_uow(), TZ, date(2027, 2, 10))[0]
    assert soon.state == q.TaskState.DUE_SOON


def test_fault_takes_out_of_service_blocks_and_repair_puts_back(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, receptionist: Actor
) -> None:
    spa = svc.add_equipment(new_uow(), owner, clock, svc.EquipmentInput("Foot spa 2"))
    dryer = svc.add_equipment(new_uow(), owner, clock, svc.EquipmentInput("Hood dryer"))
    before = clock.now()
    clock.advance(hours=1)
    fault = svc.report_fault(new_uow(), receptionist, clock, spa, "Heater does not warm", take_out_of_service=True)
    with new_uow() as uow:
        assert not svc.is_in_service(uow, spa)
        assert svc.is_in_service(uow, spa, before)
        assert svc.equipment_blocking(uow, [spa, dryer]) == [(spa, "Foot spa 2", EquipmentStatus.OUT_OF_SERVICE)]
    assert q.fault_rows(new_uow())[0].open
    clock.advance(hours=5)
    with pytest.raises(ValidationError):  # work is for a plan or a fault, not neither
        svc.record_work(
            new_uow(write_lock=True), owner, clock, svc.WorkInput(spa, WorkResult.REPAIRED), owner.staff_id, "1234"
        )
    svc.record_work(
        new_uow(write_lock=True),
        owner,
        clock,
        svc.WorkInput(spa, WorkResult.REPAIRED, fault_id=fault),
        technician.staff_id,
        "3333",
    )
    with new_uow() as uow:
        assert svc.is_in_service(uow, spa) and svc.equipment_blocking(uow, [spa]) == []
    row = q.fault_rows(new_uow())[0]
    assert not row.open and row.back_in_service_at == clock.now()
    with pytest.raises(Conflict):
        svc.record_work(
            new_uow(write_lock=True),
            owner,
            clock,
            svc.WorkInput(spa, WorkResult.REPAIRED, fault_id=fault),
            owner.staff_id,
            "1234",
        )
    with new_uow() as uow:
        actions = {a.action for a in uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "equipment"))}
    assert "create" in actions


def _month_setup(new_uow: UowFactory, owner: Actor, technician: Actor) -> dict[str, int]:
    """Four assets with plans due around October 2026 (see the test for the hand count)."""
    clock = FrozenClock(at(date(2026, 9, 1), 9))
    ids = {name: svc.add_equipment(new_uow(), owner, clock, svc.EquipmentInput(name)) for name in "ABCD"}
    plans = {
        "A": svc.add_plan(new_uow(), owner, clock, ids["A"], MaintenanceKind.OVERHAUL, date(2026, 10, 15)),
        "B": svc.add_plan(new_uow(), owner, clock, ids["B"], MaintenanceKind.INSPECTION, date(2026, 10, 10), 30),
        "C": svc.add_plan(new_uow(), owner, clock, ids["C"], MaintenanceKind.CLEANING, date(2026, 10, 31), 7),
        "D": svc.add_plan(new_uow(), owner, clock, ids["D"], MaintenanceKind.CALIBRATION, date(2026, 9, 20), 180),
    }
    clock.set(at(date(2026, 10, 12), 18))  # B done two days late
    svc.record_work(
        new_uow(write_lock=True),
        owner,
        clock,
        svc.WorkInput(ids["B"], WorkResult.OK, plan_id=plans["B"]),
        technician.staff_id,
        "3333",
    )
    clock.set(at(date(2026, 10, 15), 23))  # A done on its due date, late in the evening: on time
    svc.record_work(
        new_uow(write_lock=True),
        owner,
        clock,
        svc.WorkInput(ids["A"], WorkResult.OK, plan_id=plans["A"]),
        technician.staff_id,
        "3333",
    )
    clock.set(at(date(2026, 10, 20), 10))  # B breaks: out of service 20 Oct 10:00 …
    fault = svc.report_fault(new_uow(), technician, clock, ids["B"], "Motor stalls", take_out_of_service=True)
    clock.set(at(date(2026, 10, 22), 16))  # … back 22 Oct 16:00 = 54 h, on 3 calendar days
    svc.record_work(
        new_uow(write_lock=True),
        owner,
        clock,
        svc.WorkInput(ids["B"], WorkResult.REPAIRED, fault_id=fault),
        owner.staff_id,
        "1234",
    )
    return ids


def test_e1_e2_e3_counted_by_hand(new_uow: UowFactory, owner: Actor, technician: Actor) -> None:
    _month_setup(new_uow, owner, technician)
    settings = get_settings(new_uow())
    figures = area_figures(new_uow, "equipment", month_period(2026, 10, TZ), settings, AS_OF)
    # due in October: A (15th, done 15th: on time), B (10th, done 12th: late), C (31st, not done: passed at month end)
    assert (figures.E1.numerator, figures.E1.denominator) == (1, 3)
    # overdue at month end: C due on the last day → 1 day; D due 20 Sep → 42 days (to 1 Nov)
    assert [(o.equipment_name, o.days_overdue) for o in figures.overdue] == [("D", 42), ("C", 1)]
    assert figures.E2.count == 2 and figures.E2.met is False
    b = next(a for a in figures.assets if a.name == "B")
    assert (b.out_of_service_days, b.out_of_service_hours, b.mttr_hours) == (3, Decimal("54.0"), Decimal("54.0"))
    # MTBF: in service from 1 Sep 09:00 to 1 Nov 00:00 (60 d 15 h = 1455 h) minus 54 h down, over 1 fault
    assert b.mtbf_hours == Decimal("1401.0")
    assert figures.E3.count == 1  # one item out of service in October: B, 54.0 elapsed hours
    assert figures.E3.items[0] == {"equipment": "B", "hours": 54.0}
    assert [(f.equipment_name, f.hours_to_repair) for f in figures.faults] == [("B", Decimal("54.0"))]


def test_e1_provisional_month_waits_for_due_dates(new_uow: UowFactory, owner: Actor, technician: Actor) -> None:
    _month_setup(new_uow, owner, technician)
    figures = area_figures(
        new_uow, "equipment", month_period(2026, 10, TZ), get_settings(new_uow()), at(date(2026, 10, 20), 9)
    )
    # on 20 Oct, C (due 31st) has not passed and is not done: in neither count
    assert (figures.E1.numerator, figures.E1.denominator) == (1, 2)
    assert [(o.equipment_name, o.days_overdue) for o in figures.overdue] == [("D", 30)]


def test_e_figures_not_applicable_without_tasks(new_uow: UowFactory, owner: Actor) -> None:
    figures = area_figures(new_uow, "equipment", month_period(2026, 10, TZ), get_settings(new_uow()), AS_OF)
    assert figures.E1.denominator == 0 and figures.E1.value is None and figures.E1.met is None
    assert figures.E2.count == 0 and figures.E2.met is True and figures.E3.count == 0


def test_a_month_reads_only_the_tasks_it_can_count(new_uow: UowFactory, owner: Actor, technician: Actor) -> None:
    """A report's month reads the tasks due in it and those due by its end but done later, not the rest."""
    from salondesk.domain.figures import FigureContext
    from salondesk.domain.figures.equipment import EquipmentRows, TaskFact, equipment_figures
    from salondesk.queries.metrics_equipment import load_equipment_rows

    ids = _month_setup(new_uow, owner, technician)
    period = month_period(2026, 10, TZ)
    with new_uow() as uow:
        plan_of = {t.equipment_id: t.plan_id for t in q.all_tasks(uow, TZ, period.last_day)}
    clock = FrozenClock(at(date(2026, 11, 3), 9))
    for asset in ("C", "B"):  # C's cleaning due 31 Oct done on 3 Nov (late); B's next, due 11 Nov, done 3 Nov
        svc.record_work(
            new_uow(write_lock=True),
            owner,
            clock,
            svc.WorkInput(ids[asset], WorkResult.OK, plan_id=plan_of[ids[asset]]),
            technician.staff_id,
            "3333",
        )
    ctx = FigureContext(period, AS_OF, TZ, get_settings(new_uow()))
    rows = load_equipment_rows(new_uow(), ctx)
    with new_uow() as uow:
        every = q.all_tasks(uow, TZ, period.last_day)
    facts = tuple(TaskFact(t.equipment_name, t.kind.value, t.due, t.done_at, t.done_on, t.done_by) for t in every)
    assert sorted((t.equipment_name, t.due) for t in rows.tasks) == [
        ("A", date(2026, 10, 15)),
        ("A", date(2027, 1, 14)),  # each plan's open task (91 days after its last work)
        ("B", date(2026, 10, 10)),
        ("B", date(2026, 12, 3)),
        ("C", date(2026, 10, 31)),
        ("C", date(2026, 11, 10)),
        ("D", date(2026, 9, 20)),
    ]
    assert len(facts) == len(rows.tasks) + 1  # B's task due 11 Nov is not read for October
    full = EquipmentRows(facts, rows.changes, rows.faults, rows.assets)
    assert equipment_figures(rows, ctx) == equipment_figures(full, ctx)
    assert equipment_figures(rows, ctx).E2.count == 2  # C (done only in November) and D still overdue at October's end
