"""Demo generator: the service catalogue and the technicians' weekly hours and leave.

Leaves for the generators after it: ``ctx.shared["services"]`` (list of dicts with
id, category, duration, buffer, certificate kind, station kind) and
``ctx.shared["weekly_hours"]`` ({staff_id: {weekday: (start, end, break_start, break_end)}}).
"""

from __future__ import annotations

from datetime import time, timedelta
from decimal import Decimal
from typing import Any

from salondesk.demo import DemoContext
from salondesk.domain.catalogue import BufferHolds, ServiceCategory
from salondesk.domain.permissions import Role
from salondesk.domain.schedule import AbsenceKind
from salondesk.domain.staff import CertificateKind
from salondesk.services import catalogue as catalogue_service
from salondesk.services import schedule as schedule_service
from salondesk.services import staff as staff_service

LABEL = "catalogue"
C, K = ServiceCategory, CertificateKind
H = CertificateKind.HAIRDRESSING
# name, 中文, category, minutes, buffer, holds, price, certificate, patch test, station kind, equipment name
SERVICES: tuple[tuple[Any, ...], ...] = (
    ("Women's cut", "女士剪发", C.CUT, 45, 10, BufferHolds.TECHNICIAN, "168", H, False, "chair", None),
    ("Men's cut", "男士剪发", C.CUT, 30, 0, BufferHolds.NONE, "88", H, False, "chair", None),
    ("Children's cut", "儿童剪发", C.CUT, 20, 0, BufferHolds.NONE, "58", H, False, "chair", None),
    ("Wash and blow-dry", "洗吹造型", C.STYLING, 30, 0, BufferHolds.NONE, "68", H, False, "shampoo_bowl", None),
    ("Full colour", "全头染发", C.COLOUR, 90, 30, BufferHolds.CHAIR, "480", H, True, "chair", None),
    ("Root touch-up", "补染发根", C.COLOUR, 60, 30, BufferHolds.CHAIR, "320", H, True, "chair", None),
    ("Highlights", "挑染", C.COLOUR, 120, 30, BufferHolds.CHAIR, "680", H, True, "chair", None),
    ("Digital perm", "数码烫", C.PERM, 150, 20, BufferHolds.CHAIR, "880", H, False, "chair", "Hood dryer"),
    ("Deep conditioning", "深层护理", C.HAIR_CARE, 45, 15, BufferHolds.CHAIR, "260", H, False, "chair", "Hair steamer"),
    ("Scalp treatment", "头皮护理", C.HAIR_CARE, 60, 0, BufferHolds.NONE, "298", H, False, "shampoo_bowl", None),
    ("Hydrating facial", "补水面部护理", C.FACIAL, 60, 15, BufferHolds.TECHNICIAN, "358", K.BEAUTY, False, None, None),
    ("Back massage", "肩颈按摩", C.MASSAGE, 45, 0, BufferHolds.NONE, "198", K.BEAUTY, False, None, None),
    ("Gel manicure", "凝胶美甲", C.MANICURE, 75, 0, BufferHolds.NONE, "238", K.NAIL, False, "manicure_table", None),
    ("Basic manicure", "基础修甲", C.MANICURE, 40, 0, BufferHolds.NONE, "98", K.NAIL, False, "manicure_table", None),
    ("Spa pedicure", "足部护理", C.PEDICURE, 60, 15, BufferHolds.BOTH, "268", K.FOOT_CARE, False, "foot_spa", None),
    ("Eyebrow shaping", "修眉", C.OTHER, 20, 0, BufferHolds.NONE, "58", K.BEAUTY, False, None, None),
)
RETIRED = "Children's cut"  # a retired service: kept in history, not bookable


def _pattern(index: int) -> dict[int, tuple[time, time, time, time]]:
    """Weekly hours: early or late shift, one weekday off (never Saturday), Tuesday closes at 18:00."""
    early = (time(10), time(19), time(13), time(14))
    late = (time(12), time(21), time(16), time(17))
    off = (0, 2, 3, 1, 4, 0, 2, 3)[index % 8]  # Mon, Wed, Thu, Tue, Fri…
    hours: dict[int, tuple[time, time, time, time]] = {}
    for weekday in range(7):
        if weekday == off:
            continue
        shift = late if (index + weekday) % 2 else early
        if weekday == 1:  # Tuesday: the salon closes at 18:00
            shift = (time(10), time(18), time(13), time(14))
        hours[weekday] = shift
    return hours


def _renewals(ctx: DemoContext) -> None:
    """Licences are renewed: give each technician the earlier certificates that cover the whole history.

    The staff generator records the certificates held today; a ten-year book needs the
    ones they held before (otherwise nobody was certified to work in the early years).
    """
    assert ctx.owner is not None
    certificates: dict[int, list[Any]] = ctx.shared.get("certificates", {})
    first = ctx.history_start - timedelta(days=1)
    for staff_id, held in certificates.items():
        earlier: list[Any] = []
        for kind, (valid_from, _until) in held:
            if kind == CertificateKind.HEALTH or valid_from <= first:
                continue
            start, end = first, valid_from - timedelta(days=1)
            staff_service.add_certificate(
                ctx.new_uow(),
                ctx.owner,
                ctx.clock,
                staff_id,
                kind,
                f"R{start.year}{staff_id:03d}{len(earlier)}",
                start,
                end,
            )
            earlier.append((kind, (start, end)))
        held.extend(earlier)


def generate(ctx: DemoContext) -> None:
    """The catalogue (one service retired) and every technician's hours, with two spells of leave."""
    assert ctx.owner is not None
    owner = ctx.owner
    ctx.clock.set(ctx.at_local(ctx.history_start - timedelta(days=7), "20:00"))
    equipment: dict[str, int] = dict(ctx.shared.get("equipment_ids", {}))
    services = []
    for name, zh, category, minutes, buffer, holds, price, cert, patch, station, needs in SERVICES:
        equipment_ids = (equipment[needs],) if needs and needs in equipment else ()
        sid = catalogue_service.create_service(
            ctx.new_uow(),
            owner,
            ctx.clock,
            catalogue_service.ServiceInput(
                name, category, minutes, Decimal(price), zh, buffer, holds, cert, patch, station, equipment_ids
            ),
        )
        services.append(
            {
                "id": sid,
                "name": name,
                "category": category,
                "minutes": minutes,
                "buffer": buffer,
                "holds": holds,
                "certificate": cert,
                "station_kind": station,
                "equipment": equipment_ids,
                "retired": name == RETIRED,
            }
        )
    ctx.clock.set(ctx.at_local(ctx.today - timedelta(days=60), "20:00"))
    retired = next(s for s in services if s["retired"])
    catalogue_service.set_retired(ctx.new_uow(), owner, ctx.clock, retired["id"], True)
    retired["retired_on"] = ctx.today - timedelta(days=60)

    bookable = [s for s in ctx.staff if s.role == Role.TECHNICIAN] + [s for s in ctx.staff if s.role == Role.OWNER]
    weekly: dict[int, dict[int, tuple[time, time, time, time]]] = {}
    for index, person in enumerate(bookable):
        hours = _pattern(index)
        if person.role == Role.OWNER:  # the owner cuts hair two afternoons a week
            hours = {3: (time(14), time(19), time(16), time(16, 30)), 5: (time(14), time(19), time(16), time(16, 30))}
        weekly[person.staff_id] = hours
        for weekday, (start, end, b1, b2) in hours.items():
            schedule_service.set_working_hours(
                ctx.new_uow(), owner, ctx.clock, person.staff_id, weekday, start, end, b1, b2
            )
    leave: list[tuple[int, Any, Any]] = []
    technicians = [s.staff_id for s in ctx.staff if s.role == Role.TECHNICIAN]
    if technicians:
        first = ctx.today - timedelta(days=40)
        leave.append((technicians[0], first, first + timedelta(days=6)))  # a week's annual leave
        sick = ctx.today + timedelta(days=2)
        leave.append((technicians[-1], sick, sick))  # a day off the day after tomorrow
    for staff_id, first_day, last_day in leave:
        schedule_service.add_absence(
            ctx.new_uow(),
            owner,
            ctx.clock,
            staff_id,
            first_day,
            last_day,
            AbsenceKind.LEAVE if first_day != last_day else AbsenceKind.DAY_OFF,
        )
    _renewals(ctx)
    ctx.shared["services"] = services
    ctx.shared["weekly_hours"] = weekly
    ctx.shared["absences"] = leave
    ctx.counts["service"] = len(services)
    ctx.counts["working_hours"] = sum(len(h) for h in weekly.values())
