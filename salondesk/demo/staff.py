"""Demo generator: the salon's settings, its staff with fixed PINs, certificates and training.

The staff and their PINs do not depend on the seed: they are listed in the README
so a new user can log in to any demo at once. Certificates are dated from
``ctx.today`` so that some always expire within 30 days and one has expired.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from salondesk.demo import DemoContext, DemoLogin
from salondesk.domain.permissions import Role
from salondesk.domain.settings import WEEKDAYS
from salondesk.domain.staff import Assessment, AttendanceResult, CertificateKind
from salondesk.services import settings as settings_service
from salondesk.services import setup
from salondesk.services import staff as staff_service

LABEL = "staff"
SALON_NAME = "悦美发艺 Yuemei Hair & Beauty"
ADDRESS = "上海市静安区南京西路 1266 号 2 楼 (2F, 1266 West Nanjing Road, Jing'an, Shanghai)"
PHONE = "021-6288 5166"


def opening_hours() -> dict[str, list[str] | None]:
    """10:00–21:00, Tuesday shorter (10:00–18:00: the team's training evening)."""
    hours: dict[str, list[str] | None] = {day: ["10:00", "21:00"] for day in WEEKDAYS}
    hours["tue"] = ["10:00", "18:00"]
    return hours


@dataclass(frozen=True)
class DemoPerson:
    """One demo staff member and the certificates they hold (kind, days until expiry; None: open)."""

    name: str
    role: Role
    pin: str
    phone: str
    certificates: tuple[tuple[CertificateKind, int | None], ...]


# Days until expiry relative to today: negative = expired, ≤ 30 = flagged as expiring.
STAFF: tuple[DemoPerson, ...] = (
    DemoPerson(
        "林悦",
        Role.OWNER,
        "1111",
        "13817261166",
        ((CertificateKind.HAIRDRESSING, None), (CertificateKind.HEALTH, 210)),
    ),
    DemoPerson("陈静", Role.RECEPTIONIST, "2222", "15921873302", ((CertificateKind.HEALTH, 160),)),
    DemoPerson("Lily Zhang", Role.RECEPTIONIST, "3333", "18616520418", ((CertificateKind.HEALTH, 95),)),
    DemoPerson(
        "王磊",
        Role.TECHNICIAN,
        "4444",
        "13761098824",
        ((CertificateKind.HAIRDRESSING, 540), (CertificateKind.HEALTH, 120)),
    ),
    DemoPerson(
        "曾晓燕",
        Role.TECHNICIAN,
        "5555",
        "15000873351",
        ((CertificateKind.BEAUTY, 400), (CertificateKind.HEALTH, 12)),  # health certificate expiring
    ),
    DemoPerson(
        "Kevin Liu",
        Role.TECHNICIAN,
        "6666",
        "18930217745",
        ((CertificateKind.HAIRDRESSING, 25), (CertificateKind.HEALTH, 300)),  # licence expiring
    ),
    DemoPerson(
        "单丽",
        Role.TECHNICIAN,
        "7777",
        "13524471609",
        ((CertificateKind.NAIL, 700), (CertificateKind.FOOT_CARE, 330), (CertificateKind.HEALTH, 45)),
    ),
    DemoPerson(
        "赵敏",
        Role.TECHNICIAN,
        "8888",
        "19921560287",
        ((CertificateKind.FOOT_CARE, -20), (CertificateKind.BEAUTY, 260), (CertificateKind.HEALTH, 180)),  # expired
    ),
    DemoPerson(
        "Amy Wu",
        Role.TECHNICIAN,
        "9999",
        "18817382206",
        ((CertificateKind.NAIL, 380), (CertificateKind.BEAUTY, 28), (CertificateKind.HEALTH, 230)),
    ),
)

_CERT_PREFIX = {
    CertificateKind.HAIRDRESSING: "HZ",  # 美发师职业技能等级证书
    CertificateKind.BEAUTY: "MR",  # 美容师
    CertificateKind.NAIL: "MJ",  # 美甲师
    CertificateKind.FOOT_CARE: "ZL",  # 足部护理
    CertificateKind.HEALTH: "JK",  # 健康合格证
}
_CERT_YEARS = {CertificateKind.HEALTH: 1}  # health certificates run one year; licences three


def _certificate_dates(kind: CertificateKind, days_left: int | None, today: date) -> tuple[date, date | None]:
    years = _CERT_YEARS.get(kind, 3)
    if days_left is None:
        return today - timedelta(days=365 * 6), None
    until = today + timedelta(days=days_left)
    return until - timedelta(days=365 * years - 1), until


TRAININGS: tuple[tuple[int, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (days before today, topic, trainer, attendees, who failed)
    (
        75,
        "消毒规范与一客一消毒 (Disinfection and the per-customer log)",
        "区疾控中心 张医生",
        ("王磊", "曾晓燕", "Kevin Liu", "单丽", "赵敏", "Amy Wu"),
        ("赵敏",),
    ),
    (40, "投诉处理与服务礼仪 (Complaint handling and courtesy)", "林悦", ("陈静", "Lily Zhang", "林悦"), ()),
    (
        10,
        "染发皮试与过敏处理 (Patch tests and allergic reactions)",
        "欧莱雅专业培训师 Grace Xu",
        ("王磊", "Kevin Liu", "林悦"),
        (),
    ),
    (3, "消毒规范补考 (Disinfection re-test)", "林悦", ("赵敏",), ()),
)


QUARTERLY_TOPIC = "季度安全与卫生培训 (Quarterly safety and hygiene training)"
NOT_ASSESSED_TOPICS = ("投诉处理与服务礼仪",)  # a courtesy talk has no test


def _training_rng(ctx: DemoContext) -> random.Random:
    """Its own generator: the training answers leave the other areas' demo data as they were."""
    return random.Random(f"training-{ctx.seed}")


def _quarterly_trainings(ctx: DemoContext, rng: random.Random) -> list[tuple[date, str, tuple[str, ...]]]:
    """One training early in each quarter of the history, before the named trainings.

    Held on the 10th day of the quarter (or of the history, for the first one); every
    receptionist and technician attends but one (T1 is not always 100 %).
    """
    trained = [p.name for p in STAFF if p.role in (Role.TECHNICIAN, Role.RECEPTIONIST)]
    first_named = ctx.today - timedelta(days=max(t[0] for t in TRAININGS))
    result = []
    quarter = date(ctx.history_start.year, 3 * ((ctx.history_start.month - 1) // 3) + 1, 1)
    while quarter < first_named:
        held_on = max(quarter, ctx.history_start) + timedelta(days=9)
        if held_on < first_named:
            missing = rng.choice(trained)
            result.append((held_on, QUARTERLY_TOPIC, tuple(n for n in trained if n != missing)))
        quarter = date(quarter.year + (quarter.month == 10), (quarter.month + 2) % 12 + 1, 1)
    return result


def _attendance(rng: random.Random, topic: str, failed: bool) -> AttendanceResult:
    """An assessment result and an attendee's rating (mostly 4–5, now and then 3, sometimes none)."""
    if topic.startswith(NOT_ASSESSED_TOPICS):
        assessment = Assessment.NOT_ASSESSED
    else:
        assessment = Assessment.FAILED if failed else Assessment.PASSED
    rating = rng.choices([None, 3, 4, 5], weights=[1, 1, 4, 6])[0]
    return AttendanceResult(assessment, rating)


def generate(ctx: DemoContext) -> None:
    """Settings, nine staff, their certificates and four training sessions."""
    start = ctx.history_start - timedelta(days=14)  # the salon was set up before its history
    ctx.clock.set(ctx.at_local(start, "09:00"))
    owner_spec = STAFF[0]
    owner = setup.run_first_setup(
        ctx.new_uow(),
        ctx.clock,
        setup.FirstRun(SALON_NAME, str(ctx.tz.key), opening_hours(), owner_spec.name, owner_spec.pin),
    )
    ctx.owner = owner
    ctx.shared["salon_name"] = SALON_NAME
    settings_service.update_settings(
        ctx.new_uow(),
        owner,
        ctx.clock,
        {"address": ADDRESS, "phone": PHONE, "phone_region": "CN", "idle_lock_minutes": 10},
    )
    assert owner.staff_id is not None
    ids = {owner_spec.name: owner.staff_id}
    ctx.staff.append(DemoLogin(owner.staff_id, owner_spec.name, owner_spec.role, owner_spec.pin))
    staff_service.update_staff(
        ctx.new_uow(),
        owner,
        ctx.clock,
        owner.staff_id,
        staff_service.StaffInput(owner_spec.name, Role.OWNER, owner_spec.phone),
    )
    for index, person in enumerate(STAFF[1:], start=1):
        ctx.clock.advance(minutes=5)
        sid = staff_service.add_staff(
            ctx.new_uow(),
            owner,
            ctx.clock,
            staff_service.StaffInput(person.name, person.role, person.phone),
            person.pin,
        )
        ids[person.name] = sid
        ctx.staff.append(DemoLogin(sid, person.name, person.role, person.pin))
        ctx.progress(index, len(STAFF) + len(TRAININGS))
    certificates = 0
    for person in STAFF:
        for kind, days_left in person.certificates:
            valid_from, valid_until = _certificate_dates(kind, days_left, ctx.today)
            number = f"{_CERT_PREFIX[kind]}{valid_from.year}{ctx.rng.randrange(10**6):06d}"
            staff_service.add_certificate(
                ctx.new_uow(), owner, ctx.clock, ids[person.name], kind, number, valid_from, valid_until
            )
            certificates += 1
    rng = _training_rng(ctx)
    trainings: list[tuple[date, str, str, tuple[str, ...], tuple[str, ...]]] = [
        (held_on, topic, "林悦", attendees, ()) for held_on, topic, attendees in _quarterly_trainings(ctx, rng)
    ]
    trainings += [
        (ctx.today - timedelta(days=days_before), topic, trainer, attendees, failed)
        for days_before, topic, trainer, attendees, failed in TRAININGS
    ]
    for held_on, topic, trainer, attendees, failed in trainings:
        ctx.clock.set(ctx.at_local(held_on, "19:30"))
        staff_service.record_training(
            ctx.new_uow(),
            owner,
            ctx.clock,
            held_on,
            topic,
            {ids[n]: _attendance(rng, topic, n in failed) for n in attendees},
            trainer,
        )
    ctx.shared["staff_ids"] = dict(ids)
    ctx.shared["technician_ids"] = [s.staff_id for s in ctx.staff if s.role == Role.TECHNICIAN]
    ctx.shared["certificates"] = {
        ids[p.name]: [(k, _certificate_dates(k, d, ctx.today)) for k, d in p.certificates] for p in STAFF
    }
    ctx.counts["staff"] = len(STAFF)
    ctx.counts["certificate"] = certificates
    ctx.counts["trainingsession"] = len(TRAININGS)
