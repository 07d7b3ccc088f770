"""Demo generator: the appointment book — history with final statuses and the coming weeks' bookings.

Busy Saturdays, quiet Tuesday mornings, some late starts, no-shows and
cancellations, recurring bookings, tomorrow's confirmation calls half made.
Bookings respect each technician's hours, breaks, leave and certificates, and
stations and equipment are never double-booked. Rows go in with Core bulk inserts
(ten years are ~150 000 appointments).

For the reception generator that runs after this one: past appointments that were
kept are ``done`` with ``arrived_at`` / ``started_at`` / ``finished_at`` set; ``left``
ones have ``arrived_at`` and ``closed_at``; today's are spread over every status
according to ``ctx.now``. It creates the visits, service records and ratings from them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from salondesk.demo import DemoContext, days
from salondesk.domain.appointments import Appointment, AppointmentCall, AppointmentSeries, AppointmentStatus
from salondesk.domain.appointments import CallOutcome as Call
from salondesk.domain.catalogue import BufferHolds
from salondesk.domain.permissions import Role
from salondesk.domain.staff import CertificateKind

LABEL = "appointments"
S = AppointmentStatus
# how full each weekday is (Mon … Sun); Tuesday mornings are quiet, Saturdays packed
LOAD = (0.55, 0.5, 0.6, 0.62, 0.75, 0.95, 0.82)
CANCEL_REASONS = (
    "顾客临时出差",
    "Customer unwell",
    "孩子生病，改天再约",
    "Weather: typhoon warning",
    "顾客改约到下周",
    "Double-booked with a doctor's appointment",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "芳娜敏静丽艳娟霞玲燕雪琳婷颖欣怡佳悦雅琪倩璐妍瑶洁伟强磊杰涛明超辉鹏宇浩凯"


def _valid(certs: list[tuple[CertificateKind, tuple[date, date | None]]], kind: Any, day: date) -> bool:
    return any(
        (kind is None or k == kind) and start <= day and (until is None or day <= until) for k, (start, until) in certs
    )


class _Busy:
    """Per-day intervals of a station or a piece of equipment."""

    def __init__(self) -> None:
        self.spans: dict[int, list[tuple[datetime, datetime]]] = {}

    def free(self, key: int, start: datetime, until: datetime) -> bool:
        return all(until <= s or e <= start for s, e in self.spans.get(key, []))

    def take(self, key: int, start: datetime, until: datetime) -> None:
        self.spans.setdefault(key, []).append((start, until))


def generate(ctx: DemoContext) -> None:
    """Fill the book from the start of the history to four weeks ahead."""
    rng = ctx.rng
    services: list[dict[str, Any]] = ctx.shared.get("services", [])
    weekly: dict[int, dict[int, tuple[time, time, time, time]]] = ctx.shared.get("weekly_hours", {})
    if not services or not weekly:
        return
    certificates: dict[int, list[Any]] = ctx.shared.get("certificates", {})
    absences = ctx.shared.get("absences", [])
    stations_by_kind: dict[str, list[int]] = {}
    station_ids = list(ctx.shared.get("station_ids", []))
    station_kinds = (
        "chair",
        "chair",
        "chair",
        "shampoo_bowl",
        "shampoo_bowl",
        "manicure_table",
        "foot_spa",
        "foot_spa",
    )
    for sid, kind in zip(station_ids, station_kinds, strict=False):
        stations_by_kind.setdefault(kind, []).append(sid)
    customers: list[int] = list(ctx.shared.get("customer_ids", []))
    bookers: list[int | None] = [s.staff_id for s in ctx.staff if s.role == Role.RECEPTIONIST]
    bookers = bookers or [ctx.owner.staff_id if ctx.owner else None]
    now = ctx.now
    last_day = ctx.today + timedelta(days=28)
    rows: list[dict[str, Any]] = []
    all_days = days(ctx.history_start, last_day)
    for number, day in enumerate(all_days):
        if number % 200 == 0:
            ctx.progress(number, len(all_days) + 1)
        stations, equipment = _Busy(), _Busy()
        ahead = (day - ctx.today).days
        for staff_id, hours in weekly.items():
            shift = hours.get(day.weekday())
            if shift is None or any(sid == staff_id and a <= day <= b for sid, a, b in absences):
                continue
            certs = certificates.get(staff_id, [])
            menu = [
                s
                for s in services
                if _valid(certs, s["certificate"], day) and not (s["retired"] and day >= s["retired_on"])
            ]
            if not menu:
                continue
            start_t, end_t, break_a, break_b = (ctx.at_local(day, f"{t:%H:%M}") for t in shift)
            t = start_t
            while t < end_t:
                local_hour = (t - ctx.at_local(day, "00:00")).total_seconds() / 3600
                load = LOAD[day.weekday()]
                if day.weekday() == 1 and local_hour < 13:
                    load = 0.2  # quiet Tuesday mornings
                if ahead > 0:
                    load *= max(0.15, 1 - ahead / 30)  # the further ahead, the emptier
                if rng.random() > load:
                    t += timedelta(minutes=30)
                    continue
                service = rng.choice(menu)
                length = timedelta(minutes=service["minutes"])
                end = t + length
                if end > end_t:
                    break
                if t < break_b and break_a < end:  # would run into the break: start after it
                    t = break_b
                    continue
                buffer = timedelta(minutes=service["buffer"])
                holds = service["holds"]
                tech_until = end + (buffer if holds in (BufferHolds.TECHNICIAN, BufferHolds.BOTH) else timedelta(0))
                station_until = end + (buffer if holds in (BufferHolds.CHAIR, BufferHolds.BOTH) else timedelta(0))
                station_id = None
                if service["station_kind"]:
                    free = [
                        s
                        for s in stations_by_kind.get(service["station_kind"], [])
                        if stations.free(s, t, station_until)
                    ]
                    if not free and stations_by_kind.get(service["station_kind"]):
                        t += timedelta(minutes=15)
                        continue
                    station_id = free[0] if free else None
                if any(not equipment.free(e, t, station_until) for e in service["equipment"]):
                    t += timedelta(minutes=15)
                    continue
                if station_id is not None:
                    stations.take(station_id, t, station_until)
                for e in service["equipment"]:
                    equipment.take(e, t, station_until)
                rows.append(
                    _appointment(
                        ctx,
                        rng,
                        staff_id,
                        service,
                        t,
                        end,
                        tech_until,
                        station_until,
                        station_id,
                        customers,
                        bookers,
                        now,
                    )
                )
                t = tech_until
                if rng.random() < 0.3:
                    t += timedelta(minutes=15)
    _recurring(ctx, rows)
    ctx.insert_many(Appointment, rows)
    _calls(ctx, bookers)
    ctx.progress(len(all_days), len(all_days) + 1)


def _guest(rng: Any) -> tuple[str, str]:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
    return name, f"13{rng.randrange(10**9):09d}"


def _appointment(
    ctx: DemoContext,
    rng: Any,
    staff_id: int,
    service: dict[str, Any],
    start: datetime,
    end: datetime,
    tech_until: datetime,
    station_until: datetime,
    station_id: int | None,
    customers: list[int],
    bookers: list[int | None],
    now: datetime,
) -> dict[str, Any]:
    booked_before = timedelta(hours=rng.choice((2, 6, 24, 48, 72, 24 * 7, 24 * 14)))
    created = max(ctx.at_local(ctx.history_start, "09:00"), min(now, start - booked_before))
    row: dict[str, Any] = {
        "customer_id": rng.choice(customers) if customers else None,
        "guest_name": "",
        "guest_phone": "",
        "staff_id": staff_id,
        "service_id": service["id"],
        "station_id": station_id,
        "start": start,
        "end": end,
        "technician_until": tech_until,
        "station_until": station_until,
        "status": S.BOOKED.value,
        "series_id": None,
        "notes": "",
        "override_reason": None,
        "created_at": created,
        "created_by": rng.choice(bookers),
        "confirmed_at": None,
        "arrived_at": None,
        "started_at": None,
        "finished_at": None,
        "closed_at": None,
        "closed_by": None,
        "close_reason": None,
    }
    if not customers:
        row["guest_name"], row["guest_phone"] = _guest(rng)
    roll = rng.random()
    if roll < 0.055:  # cancelled ahead of time
        row["status"] = S.CANCELLED.value
        row["closed_at"] = max(created, min(now, start - timedelta(hours=rng.choice((1, 3, 20, 40)))))
        row["closed_by"] = rng.choice(bookers)
        row["close_reason"] = rng.choice(CANCEL_REASONS)
        return row
    if rng.random() < 0.5 and start - timedelta(hours=20) < now:
        row["status"] = S.CONFIRMED.value
        row["confirmed_at"] = max(created, min(now, start - timedelta(hours=rng.choice((3, 18, 22)))))
    if start > now:
        return row
    if roll < 0.095:  # no-show
        if start + timedelta(minutes=30) <= now:
            row.update(status=S.NO_SHOW.value, closed_at=start + timedelta(minutes=30), closed_by=rng.choice(bookers))
        return row
    early = rng.choice((-15, -10, -8, -5, -5, -3, 0, 2, 5, 12))
    arrived = start + timedelta(minutes=early)
    if arrived > now:
        return row
    row.update(status=S.ARRIVED.value, arrived_at=arrived)
    if roll < 0.1:  # left without service
        left = max(arrived, start) + timedelta(minutes=rng.choice((20, 25, 35)))
        if left <= now:
            row.update(status=S.LEFT.value, closed_at=left, closed_by=rng.choice(bookers))
        return row
    late_start = rng.random() < (0.09 if start.astimezone(ctx.tz).weekday() == 5 else 0.04)
    wait = rng.choice((11, 13, 16, 20, 25)) if late_start else rng.choice((0, 0, 1, 2, 3, 5, 7, 9))
    started = max(arrived, start) + timedelta(minutes=wait)
    if started > now:
        return row
    row.update(status=S.IN_SERVICE.value, started_at=started)
    finished = started + (end - start) + timedelta(minutes=rng.choice((-5, 0, 0, 5, 10)))
    if finished <= now:
        row.update(status=S.DONE.value, finished_at=finished)
    return row


def _recurring(ctx: DemoContext, rows: list[dict[str, Any]]) -> None:
    """A few regulars book every four weeks: tie their future appointments into series."""
    future = [r for r in rows if r["start"] > ctx.now and r["status"] == S.BOOKED.value and r["customer_id"]]
    if not future:
        return
    with ctx.engine.begin() as conn:
        for row in future[:: max(1, len(future) // 3)][:3]:
            result = conn.execute(
                sa.insert(AppointmentSeries.__table__).values(  # type: ignore[attr-defined]
                    every_weeks=4, count=1, created_at=row["created_at"], created_by=row["created_by"]
                )
            )
            key = result.inserted_primary_key
            row["series_id"] = key[0] if key else None


def _calls(ctx: DemoContext, bookers: list[int | None]) -> None:
    """Tomorrow's confirmation calls: about half done (confirmed, a message left, no answer)."""
    tomorrow = ctx.today + timedelta(days=1)
    first, last = ctx.at_local(tomorrow, "00:00"), ctx.at_local(tomorrow + timedelta(days=1), "00:00")
    table = Appointment.__table__  # type: ignore[attr-defined]
    with ctx.engine.begin() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                sa.select(table.c.id, table.c.status)
                .where(table.c.start >= first, table.c.start < last, table.c.status == S.BOOKED.value)
                .order_by(table.c.start)
            )
        ]
    calls = []
    for index, appointment_id in enumerate(ids):
        if index % 2:
            continue
        outcome = (Call.LEFT_MESSAGE, Call.NO_ANSWER, Call.CONFIRMED)[index % 3]
        calls.append(
            {
                "appointment_id": appointment_id,
                "at": ctx.now - timedelta(minutes=10 + index),
                "by": bookers[0],
                "outcome": outcome.value,
                "note": "",
            }
        )
    if calls:
        ctx.insert_many(AppointmentCall, calls)
        confirmed = [c["appointment_id"] for c in calls if c["outcome"] == Call.CONFIRMED.value]
        with ctx.engine.begin() as conn:
            conn.execute(
                sa.update(table)
                .where(table.c.id.in_(confirmed))
                .values(status=S.CONFIRMED.value, confirmed_at=ctx.now - timedelta(minutes=5))
            )
