"""Demo generator: a year of complaints and after-sales cases, handled through the real services.

About one or two complaints a week across every category and channel; most are
answered, investigated, resolved and followed up on time, a few are late (so C1–C4
are not all 100 %), one health-and-safety case is critical and closed by the owner,
and the last days leave a realistic "needs action now" list: one overdue, one
product case with its 24 h answer running out, and a fresh one. Going through the
services keeps the numbering, the audit trail and the hash chain exactly as in use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from salondesk.demo import DemoContext, evidence, names
from salondesk.domain.complaints import Category, Channel, ProductOutcome, Remedy, Severity
from salondesk.domain.permissions import Actor, Role
from salondesk.services import complaints as svc

LABEL = "complaints"
DAYS = 365  # a year, whatever the demo's history length

CHANNELS = (
    (Channel.IN_PERSON, 30),
    (Channel.PHONE, 25),
    (Channel.WECHAT, 25),
    (Channel.ONLINE, 10),
    (Channel.REVIEW_SITE, 7),
    (Channel.OTHER, 3),
)
CATEGORIES = (
    (Category.SERVICE, 45),
    (Category.PRODUCT, 15),
    (Category.ATTITUDE, 14),
    (Category.HYGIENE, 10),
    (Category.PRIVACY, 4),
    (Category.OTHER, 12),
)
SEVERITIES = ((Severity.LOW, 40), (Severity.MEDIUM, 42), (Severity.HIGH, 18))

WHAT = {
    Category.SERVICE: (
        ("染发颜色比色卡深很多，顾客不满意", "免费修色"),
        ("烫发三天后就塌了", "免费重做"),
        ("剪得太短，和沟通的发型不一样", "退部分费用"),
        ("美甲两天就起翘脱落", "免费重做"),
        ("洗头水温太烫", "道歉"),
        ("等了快半小时才开始服务", "下次优惠"),
    ),
    Category.PRODUCT: (
        ("洗发水瓶口漏液，包装破损", "换货"),
        ("护发精油用后头皮发痒", "退货退款"),
        ("发膜买回后发现已过期", "换货"),
        ("卷发棒用了一周就不发热", "换货"),
    ),
    Category.ATTITUDE: (
        ("前台接电话态度生硬", "道歉"),
        ("技师一直推销办卡，顾客反感", "道歉并改进"),
        ("预约改期时没有提前通知", "说明情况"),
    ),
    Category.HYGIENE: (
        ("毛巾有异味，怀疑未消毒", "说明消毒流程"),
        ("足浴盆边缘有污渍", "道歉并整改"),
        ("工具没有当面拆封", "说明情况"),
    ),
    Category.PRIVACY: (
        ("未经同意收到营销短信", "删除号码"),
        ("前台大声念出顾客手机号", "道歉"),
    ),
    Category.OTHER: (
        ("停车位太少，找不到车位", "说明情况"),
        ("会员积分没有到账", "补积分"),
        ("店内音乐太吵", "调整音量"),
    ),
}
PRODUCTS = (("摩洛哥坚果修护洗发水 500ml", "AR2407"), ("深层修护发膜 250ml", "HM2405"), ("负离子卷发棒 32mm", "CI2403"))
SAID = (
    "已致歉，说明会在两天内给出处理方案",
    "已电话联系顾客，记录了诉求，承诺尽快回复",
    "微信回复顾客，表示歉意并约好回电时间",
)
LESSONS = {
    Category.SERVICE: "染发前与顾客确认色卡并拍照留档",
    Category.PRODUCT: "产品出库前检查封口和保质期",
    Category.ATTITUDE: "前台接电话先自报店名，语气放缓",
    Category.HYGIENE: "毛巾消毒记录改为每批签名",
    Category.PRIVACY: "营销短信只发给已同意的顾客",
    Category.OTHER: "在预约确认短信中说明停车信息",
}
FINDINGS = (
    "查看服务记录并询问当班技师",
    "核对了产品批号和购买记录",
    "调取了当天的预约和消毒记录",
)


@dataclass
class Plan:
    """When each stage happens, in hours after receipt (None: never)."""

    answer: float | None
    investigate: float | None
    decide: float | None
    tell: float | None
    resolve: float | None
    follow_up_after_resolve: float | None
    close_after_follow_up: float | None


def _pick(rng: random.Random, weighted: tuple[tuple[object, int], ...]) -> object:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _plan(rng: random.Random) -> Plan:
    late = rng.random()
    answer = rng.uniform(50, 70) if late < 0.05 else rng.uniform(0.3, 20)
    investigate = rng.uniform(25, 40) if rng.random() < 0.05 else rng.uniform(0.5, 18)
    decide = max(answer, investigate) + rng.uniform(4, 96)
    tell = decide + rng.uniform(0.5, 24)
    resolve = tell + (rng.uniform(700, 800) - tell if rng.random() < 0.03 else rng.uniform(2, 200))
    follow = rng.uniform(170, 230) if rng.random() < 0.07 else rng.uniform(24, 150)
    return Plan(answer, investigate, decide, tell, resolve, follow, rng.uniform(1, 48))


def _working_time(ctx: DemoContext, instant: datetime) -> datetime:
    """Staff act between 10:00 and 21:00 local: a later instant moves to the next morning."""
    local = instant.astimezone(ctx.tz)
    if 10 <= local.hour < 21:
        return instant
    day = local.date() if local.hour < 10 else local.date() + timedelta(days=1)
    return ctx.at_local(day, f"10:{local.minute % 50:02d}")


def _open_hour(rng: random.Random) -> str:
    return f"{rng.randint(10, 20):02d}:{rng.choice((0, 10, 20, 30, 40, 50)):02d}"


def generate(ctx: DemoContext) -> None:
    """Log and work through a year of complaints ending at ``ctx.now``."""
    assert ctx.owner is not None
    rng = ctx.rng
    owner = ctx.owner
    desk = [Actor(s.staff_id, s.name, s.role) for s in ctx.login_for(Role.RECEPTIONIST)] or [owner]
    pins = {s.staff_id: s.pin for s in ctx.staff}

    def pin_of(actor: Actor) -> str:
        """Each stage is signed with its handler's own PIN, as at the counter."""
        return pins[actor.staff_id or 0]

    technicians = [s.staff_id for s in ctx.login_for(Role.TECHNICIAN)]
    customers: list[int] = list(ctx.shared.get("customer_ids", []))
    services = [str(s.get("name", "")) for s in ctx.shared.get("services", []) if s.get("name")]
    now = ctx.now
    first = ctx.today - timedelta(days=DAYS)
    days = [first + timedelta(days=i) for i in range(DAYS)]
    critical_day = ctx.today - timedelta(days=120)
    count = 0

    def receive(day: date, category: Category, **overrides: object) -> tuple[int, datetime]:
        received = ctx.at_local(day, str(overrides.pop("hhmm", _open_hour(rng))))
        ctx.clock.set(received)
        use_file = customers and rng.random() < 0.75
        description, wanted = rng.choice(WHAT[category])
        product, batch = rng.choice(PRODUCTS) if category == Category.PRODUCT else ("", "")
        with_technician = category in {Category.SERVICE, Category.ATTITUDE, Category.HYGIENE}
        data = svc.ComplaintInput(
            channel=overrides.pop("channel", _pick(rng, CHANNELS)),  # type: ignore[arg-type]
            category=category,
            severity=overrides.pop("severity", _pick(rng, SEVERITIES)),  # type: ignore[arg-type]
            description=str(overrides.pop("description", description)),
            wanted=wanted,
            customer_id=rng.choice(customers) if use_file else None,
            customer_name="" if use_file else names.person_name(rng),
            customer_phone="" if use_file else names.mobile_number(rng),
            technician_id=rng.choice(technicians) if technicians and with_technician else None,
            service_name=rng.choice(services) if services and category == Category.SERVICE else "",
            product_name=product,
            batch_number=f"{batch}-{rng.randint(1, 40):02d}" if batch else "",
            purchase_date=day - timedelta(days=rng.randint(0, 6)) if product else None,
            health_safety=bool(overrides.pop("health_safety", False)),
        )
        clerk = rng.choice(desk)
        return svc.log_complaint(ctx.new_uow(write_lock=True), clerk, ctx.clock, data, pin=pin_of(clerk)), received

    def work(cid: int, received: datetime, category: Category, plan: Plan, critical: bool = False) -> None:
        handler = owner if critical else rng.choice(desk)

        last = [received]

        def at(hours: float | None) -> bool:
            """Move the clock to ``hours`` after receipt, within opening hours and never backwards."""
            if hours is None:
                return False
            when = max(_working_time(ctx, received + timedelta(hours=hours)), last[0] + timedelta(minutes=3))
            if when > now:
                return False
            last[0] = when
            ctx.clock.set(when)
            return True

        if critical and at(0.2):
            svc.acknowledge_owner_alert(
                ctx.new_uow(), owner, ctx.clock, cid, "已亲自致电顾客并安排就医", pin=pin_of(owner)
            )
        first_steps = sorted(
            (hours, step) for hours, step in ((plan.answer, "answer"), (plan.investigate, "investigate")) if hours
        )
        done = set()
        for hours, step in first_steps:
            if not at(hours):
                break
            if step == "answer":
                svc.acknowledge(
                    ctx.new_uow(),
                    handler,
                    ctx.clock,
                    cid,
                    rng.choice(list(Channel)[:3]),
                    rng.choice(SAID),
                    pin=pin_of(handler),
                )
            else:
                svc.start_investigation(
                    ctx.new_uow(), handler, ctx.clock, cid, rng.choice(FINDINGS), pin=pin_of(handler)
                )
            done.add(step)
        if done != {"answer", "investigate"}:
            return
        if rng.random() < 0.3 and at((plan.investigate or 0) + 2):
            own = random.Random(cid)  # its own stream: the demo's other choices stay as they were
            photo = evidence.photo_jpeg(own, evidence.WECHAT_SMALL)
            name = f"wx_camera_{own.randint(10**12, 10**13 - 1)}.jpg"
            svc.add_evidence_file(
                ctx.new_uow(), handler, ctx.clock, cid, "顾客微信发来的照片（已存档）", name, photo, pin=pin_of(handler)
            )
        if not at(plan.decide):
            return
        if category == Category.PRODUCT:
            outcome = rng.choices(list(ProductOutcome), weights=(45, 45, 10))[0]
            if outcome == ProductOutcome.REJECTED:
                svc.decide(
                    ctx.new_uow(),
                    owner,
                    ctx.clock,
                    cid,
                    Remedy.NONE,
                    "产品已开封使用过半，不符合退换条件",
                    outcome=outcome,
                    pin=pin_of(owner),
                )
            elif outcome == ProductOutcome.REFUND:
                svc.decide(
                    ctx.new_uow(),
                    handler,
                    ctx.clock,
                    cid,
                    Remedy.REFUND,
                    "按原价退款",
                    rng.choice((68, 128, 198)),
                    outcome,
                    pin=pin_of(handler),
                )
            else:
                svc.decide(
                    ctx.new_uow(),
                    handler,
                    ctx.clock,
                    cid,
                    Remedy.REPLACEMENT,
                    "更换同款新品",
                    outcome=outcome,
                    pin=pin_of(handler),
                )
        elif critical:
            svc.decide(
                ctx.new_uow(), owner, ctx.clock, cid, Remedy.REFUND, "全额退款并承担医药费", 860, pin=pin_of(owner)
            )
            svc.decide(
                ctx.new_uow(),
                owner,
                ctx.clock,
                cid,
                Remedy.TRAINING,
                "全员重新培训皮肤测试和染发流程",
                pin=pin_of(owner),
            )
        else:
            remedy = rng.choices(
                (Remedy.FREE_REDO, Remedy.DISCOUNT, Remedy.TRAINING, Remedy.WARNING, Remedy.REFUND),
                weights=(40, 25, 15, 8, 12),
            )[0]
            amount = rng.choice((50, 80, 120, 200)) if remedy == Remedy.REFUND else None
            note = {
                Remedy.FREE_REDO: "安排资深技师免费重做",
                Remedy.DISCOUNT: "下次消费八折",
                Remedy.TRAINING: "相关员工参加服务规范培训",
                Remedy.WARNING: "对当班员工书面警告",
                Remedy.REFUND: "退还部分服务费",
            }[remedy]
            svc.decide(ctx.new_uow(), handler, ctx.clock, cid, remedy, note, amount, pin=pin_of(handler))
        if not at(plan.tell):
            return
        svc.tell_customer(
            ctx.new_uow(),
            handler,
            ctx.clock,
            cid,
            rng.choice(list(Channel)[:3]),
            "顾客接受处理方案",
            pin=pin_of(handler),
        )
        if not at(plan.resolve):
            return
        svc.resolve(ctx.new_uow(), handler, ctx.clock, cid, "处理方案已落实", pin=pin_of(handler))
        resolved = (plan.resolve or 0) + (plan.follow_up_after_resolve or 0)
        if not at(resolved):
            return
        rating = rng.choices((5, 4, 3, 2, None), weights=(55, 30, 8, 3, 4))[0]
        svc.follow_up(
            ctx.new_uow(),
            handler,
            ctx.clock,
            cid,
            rating,
            "回访顾客，对处理结果表示认可" if (rating or 0) >= 4 else "顾客仍有些不满意",
            pin=pin_of(handler),
        )
        if not at(resolved + (plan.close_after_follow_up or 0)):
            return
        note = "已回访，结案" if rng.random() < 0.7 else f"已回访，结案。改进：{LESSONS[category]}"
        svc.close(
            ctx.new_uow(),
            owner if critical else handler,
            ctx.clock,
            cid,
            note,
            pin=pin_of(owner if critical else handler),
        )

    recent = ctx.today - timedelta(days=3)
    for index, day in enumerate(days):
        if index % 30 == 0:
            ctx.progress(index, len(days))
        if day >= recent:
            continue
        if day == critical_day:
            cid, received = receive(
                day,
                Category.HYGIENE,
                severity=Severity.CRITICAL,
                health_safety=True,
                channel=Channel.IN_PERSON,
                description="染发后头皮红肿刺痛，顾客称未做皮肤测试",
                hhmm="15:20",
            )
            work(cid, received, Category.HYGIENE, Plan(0.5, 1, 20, 22, 100, 72, 24), critical=True)
            count += 1
        if rng.random() < 0.2:  # about 1.4 a week
            category = Category(str(_pick(rng, CATEGORIES)))
            cid, received = receive(day, category)
            work(cid, received, category, _plan(rng))
            count += 1
    # the last days: something for every state of the "needs action now" list
    specials = (
        (ctx.today - timedelta(days=2), "15:10", Category.SERVICE, Channel.PHONE, Plan(*[None] * 7)),  # overdue
        (ctx.today - timedelta(days=1), "13:30", Category.PRODUCT, Channel.IN_PERSON, Plan(None, 2, *[None] * 5)),
        (ctx.today - timedelta(days=1), "11:00", Category.ATTITUDE, Channel.PHONE, Plan(1, 3, *[None] * 5)),
        (ctx.today, "07:50", Category.SERVICE, Channel.WECHAT, Plan(*[None] * 7)),  # an overnight message
    )
    for wanted_day, wanted_hhmm, category, channel, plan in specials:
        day, hhmm = wanted_day, wanted_hhmm
        if ctx.at_local(day, hhmm) > now - timedelta(minutes=20):  # the demo is made before it came in
            earlier = (now - timedelta(minutes=20)).astimezone(ctx.tz)
            day, hhmm = earlier.date(), earlier.strftime("%H:%M")
        cid, received = receive(day, category, hhmm=hhmm, channel=channel)
        work(cid, received, category, plan)
        count += 1
    ctx.clock.set(now)
    ctx.counts["complaint"] = count
