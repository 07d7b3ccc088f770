"""Demo generator: the reception queue's history — visits, service records, ratings, re-checks.

Runs after the appointment book. Every past booking whose customer arrived gets its
visit (wait start per R1: ``max(arrival, booked time)``, so the book's late starts
show as waits over 15 min); walk-ins are added on every open day (more on
Saturdays, a few who left without service); finished visits get a service record
(colour formulas for colour work), about half get a rating, and a few customers
come back for a re-check — most within 7 days, some too late, one or two refused.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from salondesk.demo import DemoContext, days
from salondesk.demo.names import mobile_number, person_name
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.reception import recheck_within_window
from salondesk.domain.visits import LeftReason, Rating, Recheck, ServiceRecord, Visit, VisitState
from salondesk.services.customers import refresh_last_visit

LABEL = "visits"
S = AppointmentStatus
WALK_INS_PER_DAY = (2, 1, 2, 2, 3, 6, 4)  # Mon … Sun: busy Saturdays
FORMULAS = (
    "Wella Koleston 6/0 + 6 % 1:1, 35 min",
    "欧莱雅 5.3 + 6% 双氧 1:1.5，停留 30 分钟",
    "Schwarzkopf Igora 7-1 + 9 % 1:1, roots only",
    "施华蔻 8-0 + 12% 1:1，挑染",
)
NOTES = ("", "", "", "Prefers less volume", "下次想剪短一点", "Sensitive scalp: cool water", "客人很满意")


def _next_id(ctx: DemoContext, table: sa.Table) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))).scalar_one()) + 1


def _visit(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "customer_id": None,
        "walk_in_name": "",
        "walk_in_phone": "",
        "appointment_id": None,
        "scheduled_start": None,
        "service_id": None,
        "requested_staff_id": None,
        "staff_id": None,
        "service_started_at": None,
        "service_ended_at": None,
        "state": VisitState.WAITING.value,
        "left_at": None,
        "left_reason": None,
        "uncertified_override": "",
        "note": "",
        "created_by": None,
    }
    row.update(values)
    row["created_at"] = row["arrived_at"]
    return row


def _booked_visits(ctx: DemoContext) -> list[dict[str, Any]]:
    table = Appointment.__table__  # type: ignore[attr-defined]
    query = sa.select(table).where(table.c.arrived_at.is_not(None)).order_by(table.c.arrived_at)
    rows = []
    with ctx.engine.connect() as conn:
        for a in conn.execute(query).mappings():
            status = S(a["status"])
            state = {
                S.DONE: VisitState.DONE,
                S.IN_SERVICE: VisitState.IN_SERVICE,
                S.LEFT: VisitState.LEFT,
            }.get(status, VisitState.WAITING)
            arrived = a["arrived_at"]
            rows.append(
                _visit(
                    customer_id=a["customer_id"],
                    walk_in_name=a["guest_name"] if a["customer_id"] is None else "",
                    walk_in_phone=a["guest_phone"] if a["customer_id"] is None else "",
                    appointment_id=a["id"],
                    scheduled_start=a["start"],
                    arrived_at=arrived,
                    wait_start=max(arrived, a["start"]),
                    service_id=a["service_id"],
                    requested_staff_id=a["staff_id"],
                    staff_id=a["staff_id"] if a["started_at"] is not None else None,
                    service_started_at=a["started_at"],
                    service_ended_at=a["finished_at"] if state == VisitState.DONE else None,
                    state=state.value,
                    left_at=a["closed_at"] if state == VisitState.LEFT else None,
                    left_reason=LeftReason.CUSTOMER_LEFT.value if state == VisitState.LEFT else None,
                    created_by=a["created_by"],
                )
            )
    return rows


def _on_duty(weekly: dict[int, dict[int, tuple[time, time, time, time]]], day: date) -> list[tuple[int, time, time]]:
    return [
        (sid, hours[day.weekday()][0], hours[day.weekday()][1])
        for sid, hours in weekly.items()
        if day.weekday() in hours
    ]


def _certified(certificates: dict[int, list[Any]], staff_id: int, kind: Any, day: date) -> bool:
    return any(
        (kind is None or k == kind) and start <= day and (until is None or day <= until)
        for k, (start, until) in certificates.get(staff_id, [])
    )


def _walk_ins(ctx: DemoContext, services: list[dict[str, Any]], customers: list[int]) -> list[dict[str, Any]]:
    rng = ctx.rng
    weekly = ctx.shared.get("weekly_hours", {})
    bookable = [s for s in services if not s.get("retired")]
    if not weekly or not bookable:
        return []
    certificates: dict[int, list[Any]] = ctx.shared.get("certificates", {})
    rows = []
    last_day = ctx.today - timedelta(days=1)
    for day in days(ctx.history_start, last_day):
        duty = _on_duty(weekly, day)
        if not duty:
            continue
        count = max(0, WALK_INS_PER_DAY[day.weekday()] + rng.choice((-1, 0, 0, 1)))
        for _ in range(count):
            service = rng.choice(bookable)
            able = [d for d in duty if _certified(certificates, d[0], service.get("certificate"), day)]
            # once in a while someone uncertified steps in (S1's list)
            duty_pick = able if able and rng.random() > 0.01 else duty
            staff_id, start, end = rng.choice(duty_pick)
            opens = datetime.combine(day, start, tzinfo=ctx.tz)
            span = int((datetime.combine(day, end, tzinfo=ctx.tz) - opens).total_seconds() // 60) - 90
            if span <= 0:
                continue
            arrived = (opens + timedelta(minutes=rng.randrange(span))).astimezone(ctx.now.tzinfo)
            known = customers and rng.random() < 0.6
            base = _visit(
                customer_id=rng.choice(customers) if known else None,
                walk_in_name="" if known else person_name(rng),
                walk_in_phone="" if known else (mobile_number(rng) if rng.random() < 0.7 else ""),
                arrived_at=arrived,
                wait_start=arrived,
                service_id=service["id"],
                requested_staff_id=staff_id if rng.random() < 0.3 else None,
            )
            roll = rng.random()
            if roll < 0.04:  # gave up waiting
                base.update(
                    state=VisitState.LEFT.value,
                    left_at=arrived + timedelta(minutes=rng.choice((18, 25, 40))),
                    left_reason=LeftReason.CUSTOMER_LEFT.value,
                )
            else:
                wait = rng.choice((0, 2, 4, 6, 8, 9, 12, 14, 15)) if roll > 0.1 else rng.choice((16, 19, 24, 31))
                started = arrived + timedelta(minutes=wait, seconds=rng.randrange(60) if wait else 0)
                ended = started + timedelta(minutes=int(service.get("minutes", 45)) + rng.choice((-5, 0, 5)))
                base.update(
                    state=VisitState.DONE.value, staff_id=staff_id, service_started_at=started, service_ended_at=ended
                )
            rows.append(base)
    return rows


def generate(ctx: DemoContext) -> None:
    """Visits for kept bookings and walk-ins, then their records, ratings and re-checks."""
    rng = ctx.rng
    answers = random.Random(f"rating-answers-{ctx.seed}")  # its own draws: the rest of the demo is unchanged
    services: list[dict[str, Any]] = ctx.shared.get("services", [])
    by_id = {s["id"]: s for s in services}
    customers: list[int] = list(ctx.shared.get("customer_ids", []))
    visits = _booked_visits(ctx) + _walk_ins(ctx, services, customers)
    visits.sort(key=lambda v: (v["arrived_at"], v["appointment_id"] or 0))
    visit_table = Visit.__table__  # type: ignore[attr-defined]
    first_visit = _next_id(ctx, visit_table)
    for offset, row in enumerate(visits):
        row["id"] = first_visit + offset
    records: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    record_table = ServiceRecord.__table__  # type: ignore[attr-defined]
    next_record = _next_id(ctx, record_table)
    for row in visits:
        if row["state"] != VisitState.DONE.value:
            continue
        service = by_id.get(row["service_id"], {})
        colour = service.get("category") in ("colour", "perm")
        records.append(
            {
                "id": next_record,
                "visit_id": row["id"],
                "customer_id": row["customer_id"],
                "service_id": row["service_id"],
                "staff_id": row["staff_id"],
                "work_done": str(service.get("name", "Service")),
                "products": rng.choice(FORMULAS) if colour else "",
                "notes": rng.choice(NOTES),
                "finished_at": row["service_ended_at"],
                "corrects_id": None,
                "created_by": row["staff_id"],
            }
        )
        next_record += 1
        if rng.random() < 0.45:
            waited = row["service_started_at"] - row["wait_start"]
            unhappy = waited > timedelta(minutes=15)
            satisfaction = rng.choice((3, 4, 4, 5) if unhappy else (4, 5, 5, 5, 5, 4, 3))
            recommend: int | None = rng.choice((5, 7, 8, 9) if unhappy else (10, 10, 9, 9, 8, 7, 10, 6))
            if rng.random() < 0.08:
                recommend = None  # skipped the second question
            ratings.append(
                {
                    "visit_id": row["id"],
                    "satisfaction": satisfaction,
                    "recommend": recommend,
                    # the cleanliness and privacy questions (S5, S6): skippable, nearly always 4–5
                    "hygiene": answers.choices((None, 2, 3, 4, 5), weights=(6, 1, 3, 30, 60))[0],
                    "privacy": answers.choices((None, 3, 4, 5), weights=(8, 2, 25, 65))[0],
                    "given_at": row["service_ended_at"] + timedelta(minutes=rng.choice((1, 2, 3))),
                }
            )
    rechecks, recheck_visits = _rechecks(ctx, records, first_visit + len(visits))
    records += _recheck_records(recheck_visits, next_record)
    ctx.insert_many(visit_table, visits + recheck_visits)
    ctx.insert_many(record_table, records)
    ctx.insert_many(Rating.__table__, ratings)  # type: ignore[attr-defined]
    ctx.insert_many(Recheck.__table__, rechecks)  # type: ignore[attr-defined]
    with ctx.new_uow() as uow:
        refresh_last_visit(uow)
        uow.commit()


def _recheck_records(visits: list[dict[str, Any]], first_id: int) -> list[dict[str, Any]]:
    """The service record of each re-check visit (an adjustment, noted as such)."""
    return [
        {
            "id": first_id + i,
            "visit_id": v["id"],
            "customer_id": v["customer_id"],
            "service_id": v["service_id"],
            "staff_id": v["staff_id"],
            "work_done": "Re-check / adjustment",
            "products": "",
            "notes": "免费复查：修剪调整",
            "finished_at": v["service_ended_at"],
            "corrects_id": None,
            "created_by": v["staff_id"],
        }
        for i, v in enumerate(visits)
    ]


def _rechecks(
    ctx: DemoContext, records: list[dict[str, Any]], first_id: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """About 2 % of services with a customer file come back: mostly within 7 days, some late, a few refused."""
    rng = ctx.rng
    rechecks: list[dict[str, Any]] = []
    new_visits: list[dict[str, Any]] = []
    for record in records:
        if record["customer_id"] is None or rng.random() > 0.02:
            continue
        requested = record["finished_at"] + timedelta(hours=rng.choice((20, 46, 70, 120, 160, 168, 190, 260)))
        if requested >= ctx.now:
            continue
        within = recheck_within_window(record["finished_at"], requested)
        refused = within and rng.random() < 0.05
        visit_id: int | None = None
        if not refused:
            visit_id = first_id + len(new_visits)
            started = requested + timedelta(minutes=rng.choice((0, 3, 6, 10)))
            new_visits.append(
                _visit(
                    id=visit_id,
                    customer_id=record["customer_id"],
                    arrived_at=requested,
                    wait_start=requested,
                    service_id=record["service_id"],
                    requested_staff_id=record["staff_id"],
                    staff_id=record["staff_id"],
                    service_started_at=started,
                    service_ended_at=started + timedelta(minutes=20),
                    state=VisitState.DONE.value,
                    note="Re-check / 免费复查",
                )
            )
        rechecks.append(
            {
                "original_record_id": record["id"],
                "visit_id": visit_id,
                "requested_at": requested,
                "within_window": within,
                "refused": refused,
                "reason": "当天约满，顾客不愿等" if refused else ("" if within else "Came back after 7 days"),
                "created_by": record["created_by"],
            }
        )
    return rechecks, new_visits
