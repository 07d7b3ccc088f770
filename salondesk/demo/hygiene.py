"""Demo generator: stations, the default checklists and a realistic signed history.

Mostly complete runs; now and then a closing signed the next morning (late, with a
reason), a missed run, a failed item with its corrective action (most signed off a
few days later, the newest still open). Runs are bulk-inserted with Core and hashed
in id order with the same content function ``verify`` uses, so the chain is valid.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from salondesk.demo import DemoContext, days
from salondesk.domain.clock import FrozenClock
from salondesk.domain.hygiene import (
    ChecklistResult,
    ChecklistRun,
    CorrectiveSignoff,
    Frequency,
    ItemResult,
    StationKind,
    ValueKind,
    period_of,
)
from salondesk.domain.permissions import Role
from salondesk.domain.signing import GENESIS, entry_hash
from salondesk.queries import hygiene as hq
from salondesk.services import hygiene as svc
from salondesk.services.settings import get_settings, is_open_on

LABEL = "hygiene"
STATIONS = (
    ("1号座椅", StationKind.CHAIR),
    ("2号座椅", StationKind.CHAIR),
    ("3号座椅", StationKind.CHAIR),
    ("1号洗头盆", StationKind.SHAMPOO_BOWL),
    ("2号洗头盆", StationKind.SHAMPOO_BOWL),
    ("美甲台", StationKind.MANICURE_TABLE),
    ("1号足浴盆", StationKind.FOOT_SPA),
    ("2号足浴盆", StationKind.FOOT_SPA),
)
LATE_REASONS = (
    "停电，先记在纸质表上，次日补录",
    "Closing done but tablet was charging; entered next morning",
    "最后一位顾客超时，忘记签名",
)
FAILURES = (
    ("消毒液浓度偏低，已重新配制并复测", True),
    ("Cabinet lamp flickering: replaced the UV lamp", True),
    ("毛巾不够，已联系洗涤公司加送", False),
    ("Drain slow: call the plumber", False),
)


def _value_for(kind: ValueKind, rng: Any) -> str:
    if kind == ValueKind.PRODUCT:
        return rng.choice(("84消毒液", "Chlorine tablets", "季铵盐消毒液"))
    if kind == ValueKind.DILUTION:
        return str(rng.choice((250, 250, 300, 500)))
    if kind == ValueKind.CONTACT_MIN:
        return str(rng.choice((15, 20, 30)))
    if kind == ValueKind.TIME_MIXED:
        return f"08:{rng.randint(30, 59):02d}"
    return str(rng.choice((20, 22, 24)))


def generate(ctx: DemoContext) -> None:
    """Add stations, templates and the history."""
    assert ctx.owner is not None
    start = ctx.history_start
    install = FrozenClock(ctx.at_local(start - timedelta(days=1), "08:00"))
    svc.install_default_templates(ctx.new_uow(), install)
    station_ids = [svc.add_station(ctx.new_uow(), ctx.owner, install, n, k) for n, k in STATIONS]
    ctx.shared["station_ids"] = station_ids
    settings = get_settings(ctx.new_uow())
    templates = {t.key: t for t in hq.templates(ctx.new_uow())}
    techs = [s.staff_id for s in ctx.staff if s.role == Role.TECHNICIAN] or [ctx.owner.staff_id or 0]
    owner_id = ctx.owner.staff_id or 0
    rng = ctx.rng
    runs: list[ChecklistRun] = []
    results: dict[int, list[ChecklistResult]] = {}
    signoffs: list[CorrectiveSignoff] = []
    next_result = [1]
    open_actions_left = 2  # the newest failures stay open, so the open list is not empty

    def add(key: str, first: date, last: date, signed_local: tuple[date, str], by: int, **extra: Any) -> None:
        if ctx.at_local(*signed_local) > ctx.now:
            return  # not signed yet when the demo is made (e.g. today's opening, built at dawn)
        tpl = templates[key]
        run = ChecklistRun(
            id=len(runs) + 1,
            template_id=tpl.id,
            template_key=key,
            period_start=first,
            period_end=last,
            signed_by=by,
            signed_at=ctx.at_local(*signed_local),
            **extra,
        )
        failed_pos = rng.randrange(len(tpl.items)) if rng.random() < 0.03 else -1
        rows = []
        for item in tpl.items:
            values = {spec.kind.value: _value_for(spec.kind, rng) for spec in item.values}
            result = ItemResult.PASS
            if run.station_id is not None and "Foot spa" in item.text_en and rng.random() < 0.6:
                result, values = ItemResult.NOT_APPLICABLE, {}
            res = ChecklistResult(
                id=next_result[0],
                run_id=run.id or 0,
                item_id=item.id,
                result=result,
                values_json=json.dumps(values, ensure_ascii=False, sort_keys=True),
            )
            if item.position == failed_pos:
                text, done = rng.choice(FAILURES)
                res.result, res.action, res.action_done = ItemResult.FAIL, text, done
                if not done:
                    res.action_owner_id, res.action_due = owner_id, first + timedelta(days=3)
            next_result[0] += 1
            rows.append(res)
        runs.append(run)
        results[run.id or 0] = rows

    all_days = [d for d in days(start, ctx.today) if is_open_on(settings, d)]
    total = len(all_days)
    for index, day in enumerate(all_days):
        is_today = day == ctx.today
        tech = rng.choice(techs)
        if rng.random() > 0.01:
            add("opening", day, day, (day, f"09:{rng.randint(5, 40):02d}"), tech)
        # per-customer logs on a few stations, not today (the demo is made before opening time)
        if not is_today:
            for station_id in rng.sample(station_ids, rng.randint(2, 5)):
                for _ in range(rng.randint(1, 3)):
                    hh = rng.randint(10, 20)
                    add(
                        "per_customer",
                        day,
                        day,
                        (day, f"{hh:02d}:{rng.randint(0, 59):02d}"),
                        rng.choice(techs),
                        station_id=station_id,
                    )
            roll = rng.random()
            if roll < 0.02:  # signed next morning: late, with a reason
                add(
                    "closing",
                    day,
                    day,
                    (day + timedelta(days=1), "09:02"),
                    tech,
                    late=True,
                    late_reason=rng.choice(LATE_REASONS),
                )
            elif roll > 0.015 + 0.02:
                add("closing", day, day, (day, f"21:{rng.randint(5, 35):02d}"), tech)
        if day.weekday() == 5 or (day.weekday() == 6 and not is_open_on(settings, day - timedelta(days=1))):
            monday, sunday = period_of(Frequency.WEEKLY, day)
            if rng.random() > 0.05:
                add("weekly", monday, sunday, (day, "20:30"), rng.choice(techs))
        month_first, month_last = period_of(Frequency.MONTHLY, day)
        last_open = max(d for d in days(day, month_last) if is_open_on(settings, d) or d == month_last)
        if day == last_open and day < ctx.today:
            add("monthly", month_first, month_last, (day, "21:40"), owner_id)
        if index % 20 == 0:
            ctx.progress(index, total)

    # the chain follows signing order: number runs and results in that order
    order = sorted(range(len(runs)), key=lambda i: (runs[i].signed_at, i))
    originals = [(runs[i], results[runs[i].id or 0]) for i in order]
    runs = []
    ordered_results: dict[int, list[ChecklistResult]] = {}
    result_id = 0
    for new_id, (run, rows) in enumerate(originals, start=1):
        run.id = new_id
        for res in rows:
            result_id += 1
            res.id, res.run_id = result_id, new_id
        runs.append(run)
        ordered_results[new_id] = rows

    # corrective actions: sign most off a few days later
    failed_open = [
        (run, res)
        for run in runs
        for res in ordered_results[run.id or 0]
        if res.result == ItemResult.FAIL and not res.action_done
    ]
    for run, res in failed_open[: max(0, len(failed_open) - open_actions_left)]:
        signed = run.signed_at + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5))
        if signed < ctx.now:
            signoffs.append(
                CorrectiveSignoff(result_id=res.id or 0, signed_by=owner_id, signed_at=signed, note="已处理，复查合格")
            )
    signoffs.sort(key=lambda s: s.signed_at)
    for i, s in enumerate(signoffs):
        s.id = i + 1

    prev = GENESIS
    for run in runs:
        run.prev_hash = prev
        run.hash = prev = entry_hash(svc.run_content(run, ordered_results[run.id or 0]), prev)
    prev = GENESIS
    for s in signoffs:
        s.prev_hash = prev
        s.hash = prev = entry_hash(svc.signoff_content(s), prev)
    ctx.insert_many(ChecklistRun, [r.model_dump() for r in runs])
    ctx.insert_many(ChecklistResult, [r.model_dump() for rows in ordered_results.values() for r in rows])
    ctx.insert_many(CorrectiveSignoff, [s.model_dump() for s in signoffs])
    ctx.counts["checklist runs"] = len(runs)
